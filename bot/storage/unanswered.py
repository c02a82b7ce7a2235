"""The SQLite question log: the ``QuestionStore`` (``bot.storage.ports``) that wiring opens.

This module is the transactions: every public method is one short transaction on the
process's one connection (``connection.Database``, shared with the programme store),
serialised by its asyncio lock (so tasks and stores sharing it never interleave
statements). Writes start with ``BEGIN IMMEDIATE``, so writers from other
processes queue on SQLite's busy timeout instead of failing half way; a ``database is
locked`` that outlasts it is retried with backoff. What each transaction does lives
with its job: ``writes``, ``questions``, ``activity`` and ``retention``, reading rows
through ``rows``; every statement is in ``queries``.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from types import TracebackType
from typing import Self

from bot.core.models import FeedbackKind, Write
from bot.storage import activity, questions, retention
from bot.storage.connection import Store
from bot.storage.ports import MAX_LIMIT
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
from bot.storage.writes import write_all as write_all_body


class UnansweredLog(Store):
    """Questions the bot could not answer, with every ask, feedback and stats events."""

    WHAT = "question database"
    CLOSED = "the question database is closed"
    CLOSE_FAILED = "closing the question database failed"
    OPTIMIZE_ON_CLOSE = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- QuestionWriter ---------------------------------------------------------------

    async def write_all(
        self, writes: Sequence[Write | Journalled]
    ) -> builtins.list[int | None]:
        """Apply many writes, in order, in ONE transaction (one commit, one fsync).

        Returns, for each write, the question or feedback id (None for a count or a
        reply note). Bad values raise ValueError before anything is written; a database
        failure writes none of them. A ``Journalled`` write whose id is already stored
        changes nothing (replays are idempotent).
        """
        if not writes:
            return []
        return await self._run(write_all_body(writes), write=True)

    # -- ReviewLog: questions ---------------------------------------------------------

    async def get(self, question_id: int) -> QuestionRecord | None:
        return await self._run(questions.get(question_id), write=False)

    async def list(
        self, status: Status | None = Status.OPEN, *, limit: int = 100, offset: int = 0
    ) -> builtins.list[QuestionRecord]:
        """One page of questions: most askers first, then most asks, then most recent.

        ``limit`` is capped at ``MAX_LIMIT``.
        """
        return await self._run(questions.page(status, limit=limit, offset=offset),
                               write=False)

    async def count(self, status: Status | None = Status.OPEN) -> int:
        return await self._run(questions.count(status), write=False)

    async def close_all(
        self, question_ids: Sequence[int], closing: Closing
    ) -> builtins.list[QuestionRecord]:
        """Resolve or dismiss many questions (a group) in one transaction."""
        body = questions.close(question_ids, closing)
        return [] if body is None else await self._run(body, write=True)

    async def to_notify(self, *, limit: int = 100) -> builtins.list[QuestionRecord]:
        """Closed questions whose askers are still to be told, oldest first."""
        return await self._run(questions.to_notify(limit), write=False)

    async def notified(self, question_ids: Sequence[int]) -> None:
        """The askers of these questions were told (or cannot be): nothing left to send."""
        body = questions.notified(question_ids)
        if body is not None:
            await self._run(body, write=True)

    async def set_split(self, question_id: int, split: bool) -> QuestionRecord | None:
        """Split a question out of its group (a group of its own from now on), or let it
        be grouped again; None for an unknown id."""
        return await self._run(questions.set_split(question_id, split), write=True)

    async def askers_of(self, question_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The distinct askers of each question: a user id as text, or the kind of
        origin for asks without one (the console is one asker)."""
        return await self._run(questions.askers_of(question_ids), write=False)

    async def asks_of(self, question_ids: Sequence[int]) -> dict[int, builtins.list[Ask]]:
        """Every ask of each question, oldest first."""
        return await self._run(questions.asks_of(question_ids), write=False)

    async def open_asked_since(
        self, since: dt.datetime | None, *, limit: int = MAX_LIMIT
    ) -> builtins.list[Asked]:
        """Open questions asked since ``since`` (or ever), most askers first, with who
        asked each and how often in that period."""
        return await self._run(questions.open_asked_since(since, limit=limit), write=False)

    async def export(
        self, status: Status | None = None
    ) -> builtins.list[tuple[QuestionRecord, builtins.list[Ask]]]:
        """Every question (with a status, or all) and its asks, oldest id first."""
        return await self._run(questions.export(status), write=False)

    # -- ReviewLog: feedback, stats and suggestions -----------------------------------

    async def feedback(
        self, kind: FeedbackKind | None = None, *, limit: int = 100
    ) -> builtins.list[Feedback]:
        """The most recent feedback first (of one kind, or all); ``limit`` capped."""
        return await self._run(activity.feedback(kind, limit=limit), write=False)

    async def hourly(self, *, since: dt.datetime) -> builtins.list[HourCount]:
        """Questions asked per hour (UTC) and outcome since ``since``, oldest first."""
        return await self._run(activity.hourly(since), write=False)

    async def stats(self, *, since: dt.datetime | None = None, top: int = 5) -> Stats:
        """Totals of events since ``since`` (or ever) and the ``top`` items/open questions."""
        return await self._run(activity.stats(since, top=top), write=False)

    async def decide_suggestion(self, decision: SuggestionDecision) -> None:
        """Remember that a suggestion was accepted or rejected (the latest word counts)."""
        await self._run(activity.decide_suggestion(decision), write=True)

    async def suggestion_decisions(self) -> dict[str, SuggestionDecision]:
        """Every suggestion accepted or rejected, by key."""
        return await self._run(activity.suggestion_decisions(), write=False)

    # -- Retention --------------------------------------------------------------------

    async def purge_closed(self, *, older_than: dt.datetime) -> int:
        """Delete resolved/dismissed questions closed before ``older_than`` (and
        their asks); returns how many questions were deleted."""
        return await self._run(retention.purge_closed(older_than), write=True)

    async def purge_activity(self, *, older_than: dt.datetime) -> tuple[int, int]:
        """Delete feedback and stats events from before ``older_than`` (the same
        retention as closed questions); returns (feedback, events) deleted."""
        return await self._run(retention.purge_activity(older_than), write=True)

    async def forget_user(self, user_id: int) -> int:
        """Erase one person's asks and feedback, delete questions left with no ask,
        and blank ``resolved_by`` where it is this id. Returns rows erased or blanked."""
        return await self._run(retention.forget_user(user_id), write=True)
