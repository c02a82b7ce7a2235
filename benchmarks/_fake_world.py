"""Load-test plumbing around the fake Discord of ``tests/discord_fake`` (tests/ untouched).

* :func:`add_attendees` and :func:`add_channels` put simulated attendees and more
  text channels in the fake world's guild, before the bot connects (GUILD_CREATE
  carries them).
* :class:`ReplyWatch` replaces the fake's request log for the run. The stock
  :class:`~tests.discord_fake.records.RequestLog` keeps every request and wakes every
  waiter on each one, and each waiter rescans the whole list: fine for a test, O(n^2)
  under 50 concurrent askers, and its memory grows with the run. ``ReplyWatch`` keeps
  counts only, timestamps the bot's replies the moment the fake has answered them,
  hands each one to the attendee waiting for it (matched by ``message_reference``),
  and drops the question and the reply from ``fake.messages`` so the fake's own
  memory stays flat and the figures show the bot's.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from tests.discord_fake import FakeChannel, FakeDiscord, FakeMember, FakeUser, Ids, World
from tests.discord_fake.records import RecordedRequest, RequestLog

JSON = dict[str, Any]

ATTENDEE_ID_BASE = 1_300_000_000_000_000_000
CHANNEL_ID_BASE = 1_200_000_000_000_000_100
_CHANNEL_MESSAGES = re.compile(r"/channels/\d+/messages")
FAILURES_KEPT = 20


def add_attendees(world: World, count: int) -> list[FakeMember]:
    """``count`` plain members (the Delegate role, like ``world.member``) in the main guild."""
    guild = world.main_guild
    attendees = []
    for n in range(1, count + 1):
        user = FakeUser(ATTENDEE_ID_BASE + n, f"attendee_{n:03d}", f"Attendee {n}")
        member = FakeMember(user, guild.id, (Ids.MEMBER_ROLE,))
        guild.members.append(member)
        attendees.append(member)
    return attendees


def add_channels(world: World, count: int) -> list[int]:
    """``count`` text channels to ask in: #faq-help, then new ones ("room-1"...)."""
    guild = world.main_guild
    ids = [Ids.HELP_CHANNEL]
    for n in range(1, count):
        channel = FakeChannel(CHANNEL_ID_BASE + n, f"room-{n}", guild.id,
                              position=len(guild.channels))
        guild.channels.append(channel)
        ids.append(channel.id)
    return ids


K = TypeVar("K")


class Arrivals(Generic[K]):
    """When each awaited thing reached the fake (``clock`` seconds), whether someone was
    already waiting for it or came to ask after it had arrived."""

    def __init__(self) -> None:
        self._waiting: dict[K, asyncio.Future[float]] = {}
        self._early: dict[K, float] = {}  # arrivals before anyone waited for them

    def arrived(self, key: K, at: float) -> None:
        waiter = self._waiting.pop(key, None)
        if waiter is None:
            self._early[key] = at
        elif not waiter.done():
            waiter.set_result(at)

    async def when(self, key: K, within: float) -> float:
        """When ``key`` arrived; TimeoutError after ``within`` seconds without it."""
        early = self._early.pop(key, None)
        if early is not None:
            return early
        waiter = asyncio.get_running_loop().create_future()
        self._waiting[key] = waiter
        try:
            return await asyncio.wait_for(waiter, within)
        finally:
            self._waiting.pop(key, None)

    @property
    def waiting(self) -> int:
        return len(self._waiting)


class ReplyWatch(RequestLog):
    """The fake's request log during a load run: counts, reply times, nothing kept."""

    def __init__(
        self, messages: dict[int, JSON], clock: Callable[[], float] = time.perf_counter
    ) -> None:
        super().__init__()
        self._messages = messages
        self._clock = clock
        self._replies: Arrivals[int] = Arrivals()  # question id -> the reply's arrival
        self.seen = 0  # REST requests answered by the fake
        self.replies = 0  # first parts of replies (they reference the question)
        self.extra_parts = 0  # further parts of long answers, sent without a reference
        self.failed = 0  # answered with a non-2xx status, or an unknown route
        self.failures: list[str] = []  # the first few, for the report

    @classmethod
    def install(cls, fake: FakeDiscord) -> ReplyWatch:
        """Swap it in for ``fake.requests`` (REST handler and the fake's shortcut)."""
        watch = cls(fake.messages)
        fake.rest.requests = fake.requests = watch
        return watch

    async def add(self, request: RecordedRequest) -> None:
        now = self._clock()
        self.seen += 1
        if not request.known_route or not 200 <= request.status < 300:
            self.failed += 1
            if len(self.failures) < FAILURES_KEPT:
                self.failures.append(f"{request} {request.response}")
            return
        if request.method != "POST" or not _CHANNEL_MESSAGES.fullmatch(request.path):
            return
        sent = request.response if isinstance(request.response, dict) else {}
        self._messages.pop(int(sent.get("id", 0)), None)
        reference = (request.json or {}).get("message_reference")
        if not reference:
            self.extra_parts += 1
            return
        self.replies += 1
        question_id = int(reference["message_id"])
        self._messages.pop(question_id, None)
        self._replies.arrived(question_id, now)

    async def reply_to(self, message_id: int, within: float) -> float:
        """When (``clock`` seconds) the bot's reply to ``message_id`` reached the fake.

        TimeoutError after ``within`` seconds without one.
        """
        return await self._replies.when(message_id, within)

    @property
    def waiting(self) -> int:
        return self._replies.waiting
