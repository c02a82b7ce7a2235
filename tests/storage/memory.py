"""A question store in memory: the ports of ``bot.storage.ports`` over plain lists.

It proves the seam: the review, the command line's helpers and the cogs run on it
unchanged, and the contract tests (test_ports.py) hold it and the SQLite log to the
same behaviour. It is also the model for a new backend: what it does, in SQL.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from bot.core.models import (
    FeedbackGiven,
    FeedbackKind,
    Origin,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.storage.ports import MAX_LIMIT
from bot.storage.records import (
    Ask,
    Asked,
    Closing,
    Feedback,
    HourCount,
    Journalled,
    QuestionRecord,
    RankedQuestion,
    ReplyNoted,
    Stats,
    Status,
    SuggestionDecision,
)
from bot.storage.writes import check_write


def _bounded(limit: int, offset: int = 0) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must not be negative (got {limit}, {offset})")
    return min(limit, MAX_LIMIT), offset


def _asker(origin: Origin) -> str:
    return str(origin.user_id) if origin.user_id is not None else str(origin.kind)


@dataclass
class _StoredAsk:
    question_id: int
    ask: Ask
    write_id: str | None


@dataclass
class _Event:
    at: dt.datetime
    outcome: str
    item_id: str | None


@dataclass
class MemoryStore:
    """A ``QuestionStore`` in lists; ``closed`` once closed, like a closed database."""

    questions: dict[int, QuestionRecord] = field(default_factory=dict)
    asks: list[_StoredAsk] = field(default_factory=list)
    feedbacks: list[tuple[Feedback, str | None]] = field(default_factory=list)
    events: list[tuple[_Event, str | None]] = field(default_factory=list)
    decisions: dict[str, SuggestionDecision] = field(default_factory=dict)
    closed: bool = False
    _next_id: int = 1

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def _asks_of(self, question_id: int) -> builtins.list[Ask]:
        found = [s.ask for s in self.asks if s.question_id == question_id]
        return sorted(found, key=lambda a: a.asked_at)

    def _recount(self, question_id: int) -> None:
        asks = self._asks_of(question_id)
        record = self.questions[question_id]
        self.questions[question_id] = replace(
            record, count=len(asks), askers=len({_asker(a.origin) for a in asks}),
            first_asked=min((a.asked_at for a in asks), default=record.first_asked),
            last_asked=max((a.asked_at for a in asks), default=record.last_asked),
        )

    # -- QuestionWriter -------------------------------------------------------------

    async def write_all(
        self, writes: Sequence[Write | Journalled]
    ) -> builtins.list[int | None]:
        if self.closed:
            raise AssertionError("the store is closed")
        for write in writes:
            check_write(write)  # all refused before any is applied, like a transaction
        return [self._apply(write) for write in writes]

    def _apply(self, entry: Write | Journalled) -> int | None:
        write_id = entry.id if isinstance(entry, Journalled) else None
        write = entry.write if isinstance(entry, Journalled) else entry
        if isinstance(write, ReplyNoted):
            return None  # the ask's message id: not kept here
        if isinstance(write, QuestionAsked):
            done = [s.question_id for s in self.asks if write_id and s.write_id == write_id]
            return done[0] if done else self._ask(write, write_id)
        if isinstance(write, QuestionCounted):
            if write_id is None or all(w != write_id for _, w in self.events):
                self.events.append((_Event(write.at, write.outcome, write.item_id), write_id))
            return None
        return self._feedback(write, write_id)

    def _ask(self, write: QuestionAsked, write_id: str | None) -> int:
        same = [r for r in self.questions.values()
                if r.question == write.question and r.status is Status.OPEN]
        if same:
            record = same[0]
        else:
            record = QuestionRecord(
                id=self._new_id(), question=write.question, status=Status.OPEN,
                outcome=write.outcome, first_asked=write.asked_at, last_asked=write.asked_at,
                count=0, best_id=write.best_id, best_score=write.best_score, resolved_by=None,
                resolved_at=None, note=None, faq_id=None, askers=0, language=write.language)
        if write.asked_at >= record.last_asked:
            record = replace(record, outcome=write.outcome, best_id=write.best_id,
                             best_score=write.best_score, language=write.language)
        self.questions[record.id] = record
        self.asks.append(_StoredAsk(record.id, Ask(write.asked_at, write.origin), write_id))
        self._recount(record.id)
        return record.id

    def _feedback(self, write: FeedbackGiven, write_id: str | None) -> int:
        for stored, stored_id in self.feedbacks:
            if write_id is not None and stored_id == write_id:
                return stored.id
        feedback = Feedback(self._new_id(), FeedbackKind(write.kind), write.question,
                            write.item_id, write.origin, write.at, write.answer)
        self.feedbacks.append((feedback, write_id))
        return feedback.id

    async def close(self) -> None:
        self.closed = True

    # -- ReviewLog ------------------------------------------------------------------

    async def get(self, question_id: int) -> QuestionRecord | None:
        return self.questions.get(question_id)

    def _ranked(self, records: builtins.list[QuestionRecord]) -> builtins.list[QuestionRecord]:
        return sorted(records, key=lambda r: (-r.askers, -r.count, -r.last_asked.timestamp(),
                                              -r.id))

    async def list(
        self, status: Status | None = Status.OPEN, *, limit: int = 100, offset: int = 0
    ) -> builtins.list[QuestionRecord]:
        limit, offset = _bounded(limit, offset)
        chosen = [r for r in self.questions.values() if status is None or r.status is status]
        return self._ranked(chosen)[offset : offset + limit]

    async def count(self, status: Status | None = Status.OPEN) -> int:
        return sum(1 for r in self.questions.values() if status is None or r.status is status)

    async def askers_of(self, question_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        found = {qid: frozenset(_asker(a.origin) for a in self._asks_of(qid))
                 for qid in question_ids}
        return {qid: askers for qid, askers in found.items() if askers}

    async def asks_of(self, question_ids: Sequence[int]) -> dict[int, builtins.list[Ask]]:
        found = {qid: self._asks_of(qid) for qid in question_ids}
        return {qid: asks for qid, asks in found.items() if asks}

    async def export(
        self, status: Status | None = None
    ) -> builtins.list[tuple[QuestionRecord, builtins.list[Ask]]]:
        return [(r, self._asks_of(r.id)) for r in sorted(self.questions.values(),
                                                         key=lambda r: r.id)
                if status is None or r.status is status]

    async def open_asked_since(
        self, since: dt.datetime | None, *, limit: int = MAX_LIMIT
    ) -> builtins.list[Asked]:
        limit, _ = _bounded(limit)
        found = []
        for record in self._ranked(await self.list(Status.OPEN, limit=MAX_LIMIT)):
            asks = [a for a in self._asks_of(record.id) if since is None or a.asked_at >= since]
            if asks:
                found.append(Asked(record, frozenset(_asker(a.origin) for a in asks), len(asks)))
        return found[:limit]

    async def close_all(
        self, question_ids: Sequence[int], closing: Closing
    ) -> builtins.list[QuestionRecord]:
        closed = []
        for question_id in dict.fromkeys(question_ids):
            record = self.questions.get(question_id)
            if record is None:
                continue
            record = replace(record, status=closing.status, resolved_by=closing.by,
                             resolved_at=closing.at, note=closing.note,
                             faq_id=closing.kept_faq_id, reply=closing.reply,
                             notify=closing.notify_later)
            self.questions[question_id] = record
            closed.append(record)
        return closed

    async def set_split(self, question_id: int, split: bool) -> QuestionRecord | None:
        record = self.questions.get(question_id)
        if record is None:
            return None
        self.questions[question_id] = replace(record, split=split)
        return self.questions[question_id]

    async def to_notify(self, *, limit: int = 100) -> builtins.list[QuestionRecord]:
        limit, _ = _bounded(limit)
        return sorted((r for r in self.questions.values() if r.notify), key=lambda r: r.id)[
            :limit]

    async def notified(self, question_ids: Sequence[int]) -> None:
        for question_id in question_ids:
            if question_id in self.questions:
                self.questions[question_id] = replace(self.questions[question_id], notify=False)

    async def feedback(
        self, kind: FeedbackKind | None = None, *, limit: int = 100
    ) -> builtins.list[Feedback]:
        limit, _ = _bounded(limit)
        chosen = [f for f, _ in self.feedbacks if kind is None or f.kind is FeedbackKind(kind)]
        return sorted(chosen, key=lambda f: (f.at, f.id), reverse=True)[:limit]

    async def hourly(self, *, since: dt.datetime) -> builtins.list[HourCount]:
        counts: dict[tuple[dt.datetime, str], int] = {}
        for event, _ in self.events:
            if event.at >= since:
                hour = event.at.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
                counts[hour, event.outcome] = counts.get((hour, event.outcome), 0) + 1
        return [HourCount(hour, outcome, n) for (hour, outcome), n in sorted(counts.items())]

    async def stats(self, *, since: dt.datetime | None = None, top: int = 5) -> Stats:
        top, _ = _bounded(top)
        events = [e for e, _ in self.events if since is None or e.at >= since]
        outcomes = [e.outcome for e in events]
        answered: dict[str, int] = {}
        for e in events:
            if e.outcome == "answer" and e.item_id is not None:
                answered[e.item_id] = answered.get(e.item_id, 0) + 1
        items = sorted(answered.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        asked = await self.open_asked_since(since)
        return Stats(
            asked=len(events), answered=outcomes.count("answer"),
            suggested=outcomes.count("suggest"), unknown=outcomes.count("unknown"),
            urgent=outcomes.count("urgent"), sensitive=outcomes.count("sensitive"),
            top_items=items,
            top_unanswered=[RankedQuestion(a.record.question, len(a.askers), a.asks)
                            for a in asked[:top]],
        )

    async def decide_suggestion(self, decision: SuggestionDecision) -> None:
        self.decisions[decision.key] = decision

    async def suggestion_decisions(self) -> dict[str, SuggestionDecision]:
        return dict(self.decisions)

    # -- Retention ------------------------------------------------------------------

    async def purge_closed(self, *, older_than: dt.datetime) -> int:
        gone = {r.id for r in self.questions.values()
                if r.status is not Status.OPEN and r.resolved_at is not None
                and r.resolved_at < older_than}
        self.questions = {i: r for i, r in self.questions.items() if i not in gone}
        self.asks = [s for s in self.asks if s.question_id not in gone]
        return len(gone)

    async def purge_activity(self, *, older_than: dt.datetime) -> tuple[int, int]:
        feedback, events = len(self.feedbacks), len(self.events)
        self.feedbacks = [(f, w) for f, w in self.feedbacks if f.at >= older_than]
        self.events = [(e, w) for e, w in self.events if e.at >= older_than]
        return feedback - len(self.feedbacks), events - len(self.events)

    async def forget_user(self, user_id: int) -> int:
        affected = {s.question_id for s in self.asks if s.ask.origin.user_id == user_id}
        before = len(self.asks) + len(self.feedbacks)
        self.asks = [s for s in self.asks if s.ask.origin.user_id != user_id]
        self.feedbacks = [(f, w) for f, w in self.feedbacks if f.origin.user_id != user_id]
        erased = before - len(self.asks) - len(self.feedbacks)
        for question_id, record in list(self.questions.items()):
            if record.resolved_by == str(user_id):
                self.questions[question_id] = replace(record, resolved_by=None)
                erased += 1
        for question_id in affected:
            self._recount(question_id)
            if self.questions[question_id].count == 0:
                del self.questions[question_id]
        return erased
