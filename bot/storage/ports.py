"""What the app needs of a question database: the ports a storage backend implements.

The service writes through :class:`QuestionWriter` (behind the journal of
``buffered.py``); the moderators' review, the command line and the Discord cogs read
and close questions through :class:`ReviewLog`; retention and erasure go through
:class:`Retention`. :class:`QuestionStore` is all three plus ``close``: what a backend
module provides and ``wiring.open_question_log`` opens. ``unanswered.py`` (SQLite) is
one; nothing outside the backend's module names it, so another backend (PostgreSQL)
is one new module and one line in ``wiring``. Plain typing only: importing this loads
no database driver.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from bot.core.models import FeedbackKind, Write
from bot.storage.records import (
    Ask,
    Asked,
    Closing,
    Feedback,
    HourCount,
    Journalled,
    QuestionRecord,
    Stats,
    Status,
    SuggestionDecision,
)

# Largest page that list(), feedback(), open_asked_since() and stats() return.
MAX_LIMIT = 1000


class QuestionWriter(Protocol):
    """Where the journal's writes are committed (the write side)."""

    async def write_all(
        self, writes: Sequence[Write | Journalled]
    ) -> builtins.list[int | None]:
        """Apply ``writes`` in order, all or none; for each, the question or feedback id
        (None for a count or a reply note). ValueError for a value the store refuses,
        before anything is written; a ``Journalled`` write whose id is already stored
        changes nothing (replaying a journal never counts an ask twice)."""
        ...

    async def close(self) -> None: ...


class ReviewLog(Protocol):
    """The moderators' side (the read side): listing, grouping, export, stats, and
    closing what they reviewed. Pages are capped at ``MAX_LIMIT``; an unknown id is
    None (or left out), never an error."""

    async def get(self, question_id: int) -> QuestionRecord | None: ...

    async def list(
        self, status: Status | None = Status.OPEN, *, limit: int = 100, offset: int = 0
    ) -> builtins.list[QuestionRecord]:
        """One page: most askers first, then most asks, then most recent."""
        ...

    async def count(self, status: Status | None = Status.OPEN) -> int: ...

    async def askers_of(self, question_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The distinct askers of each question: a user id as text, or the origin kind
        for asks without one (the console is one asker)."""
        ...

    async def asks_of(self, question_ids: Sequence[int]) -> dict[int, builtins.list[Ask]]:
        """Every ask of each question, oldest first."""
        ...

    async def export(
        self, status: Status | None = None
    ) -> builtins.list[tuple[QuestionRecord, builtins.list[Ask]]]:
        """Every question (of a status, or all) with its asks, oldest id first."""
        ...

    async def open_asked_since(
        self, since: dt.datetime | None, *, limit: int = MAX_LIMIT
    ) -> builtins.list[Asked]: ...

    async def close_all(
        self, question_ids: Sequence[int], closing: Closing
    ) -> builtins.list[QuestionRecord]:
        """Resolve or dismiss (a group) together; the records closed (unknown ids are
        left out)."""
        ...

    async def set_split(self, question_id: int, split: bool) -> QuestionRecord | None: ...

    async def to_notify(self, *, limit: int = 100) -> builtins.list[QuestionRecord]: ...

    async def notified(self, question_ids: Sequence[int]) -> None: ...

    async def feedback(
        self, kind: FeedbackKind | None = None, *, limit: int = 100
    ) -> builtins.list[Feedback]:
        """The most recent feedback first (of one kind, or all)."""
        ...

    async def hourly(self, *, since: dt.datetime) -> builtins.list[HourCount]: ...

    async def stats(self, *, since: dt.datetime | None = None, top: int = 5) -> Stats: ...

    async def decide_suggestion(self, decision: SuggestionDecision) -> None:
        """Remember it (the latest word on a key counts)."""
        ...

    async def suggestion_decisions(self) -> dict[str, SuggestionDecision]: ...


class Retention(Protocol):
    """Keeping personal data no longer than needed."""

    async def purge_closed(self, *, older_than: dt.datetime) -> int:
        """Delete questions closed before ``older_than``, with their asks; how many."""
        ...

    async def purge_activity(self, *, older_than: dt.datetime) -> tuple[int, int]:
        """Delete feedback and stats events from before ``older_than``; how many of each."""
        ...

    async def forget_user(self, user_id: int) -> int:
        """Erase one person's asks and feedback (and their name as a resolver)."""
        ...


class QuestionStore(QuestionWriter, ReviewLog, Retention, Protocol):
    """A whole question database, as one backend module provides it."""
