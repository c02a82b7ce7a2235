"""What the bot asked the fake REST API, kept for tests to inspect or await."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

PathPattern = str | re.Pattern[str]


@dataclass
class RecordedFile:
    field: str  # form field name, e.g. "files[0]"
    filename: str
    content_type: str
    data: bytes

    @property
    def text(self) -> str:
        return self.data.decode()


@dataclass
class RecordedRequest:
    method: str
    path: str  # relative to /api/v10, no query string: "/channels/1/messages"
    query: dict[str, str]
    json: Any  # the JSON body, or multipart's payload_json; None without a body
    files: list[RecordedFile] = field(default_factory=list)
    authorization: str | None = None
    status: int = 0  # filled in once answered
    response: Any = None
    known_route: bool = True
    claimed: bool = False  # set once wait_for() handed it to a test

    def matches(self, method: str | None, path: PathPattern | None) -> bool:
        if method is not None and self.method != method.upper():
            return False
        if path is None:
            return True
        if isinstance(path, re.Pattern):
            return path.fullmatch(self.path) is not None
        return self.path == path

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


class RequestLog:
    """Every REST request in arrival order, with a way to wait for the next one."""

    def __init__(self) -> None:
        self.all: list[RecordedRequest] = []
        self._changed = asyncio.Condition()

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    async def add(self, request: RecordedRequest) -> None:
        self.all.append(request)
        async with self._changed:
            self._changed.notify_all()

    def matching(
        self, method: str | None = None, path: PathPattern | None = None
    ) -> list[RecordedRequest]:
        return [r for r in self.all if r.matches(method, path)]

    @property
    def unknown(self) -> list[RecordedRequest]:
        """Requests to routes the fake does not implement (answered 404)."""
        return [r for r in self.all if not r.known_route]

    async def wait_for(
        self, method: str | None = None, path: PathPattern | None = None, *, within: float = 5.0
    ) -> RecordedRequest:
        """The oldest matching request not yet returned by an earlier ``wait_for``.

        ``path`` is an exact path or a compiled regex (full match). Raises
        AssertionError after ``within`` seconds so a silent bot fails the test.
        """

        def unclaimed() -> RecordedRequest | None:
            return next((r for r in self.all if not r.claimed and r.matches(method, path)), None)

        try:
            async with asyncio.timeout(within), self._changed:
                found = await self._changed.wait_for(unclaimed)
        except TimeoutError:
            pattern = path.pattern if isinstance(path, re.Pattern) else path
            seen = ", ".join(str(r) for r in self.all[-10:]) or "none"
            raise AssertionError(
                f"no {method or 'any'} request to {pattern or 'any path'} within {within}s; "
                f"last requests: {seen}"
            ) from None
        assert found is not None
        found.claimed = True
        return found
