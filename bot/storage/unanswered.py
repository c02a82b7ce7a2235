"""The log of questions the bot could not answer, for moderators to review.

Every public method is one short transaction on one connection, serialised by an
asyncio lock (so tasks sharing a log never interleave statements). Writes start
with ``BEGIN IMMEDIATE``, so writers from other processes queue on SQLite's
busy timeout instead of failing half way; a ``database is locked`` that outlasts
it is retried with backoff. Only storage lives here: no matching, no Discord.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar

import aiosqlite

from bot.core.models import (
    LANGUAGES,
    FeedbackGiven,
    FeedbackKind,
    Origin,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.errors import StorageError
from bot.storage import codec
from bot.storage import queries as sql
from bot.storage.connection import (
    one_line,
    open_connection,
    run_transaction,
)
from bot.storage.ports import MAX_LIMIT
from bot.storage.records import (
    EVENT_OUTCOMES,
    QUESTION_OUTCOMES,
    SUGGESTION_DECISIONS,
    Ask,
    Asked,
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

T = TypeVar("T")
Db = aiosqlite.Connection
Params = Sequence[Any]



def _bounded(limit: int, offset: int = 0) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must not be negative (got {limit}, {offset})")
    return min(limit, MAX_LIMIT), offset


def _origin_values(
    origin: Origin,
) -> tuple[codec.TextValue, int | None, int | None, int | None, int | None]:
    return (
        OriginKind(origin.kind).value,  # ValueError now for a kind it does not know
        codec.check_id(origin.user_id, "user_id"),
        codec.check_id(origin.channel_id, "channel_id"),
        codec.check_id(origin.guild_id, "guild_id"),
        codec.check_id(origin.message_id, "message_id"),
    )


def _origin(row: sqlite3.Row) -> Origin:
    return Origin(
        kind=OriginKind(codec.decode_text(row["origin_kind"])),
        user_id=row["user_id"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        message_id=row["message_id"],
    )


def _ask(row: sqlite3.Row) -> Ask:
    return Ask(asked_at=codec.decode_time(row["asked_at"]), origin=_origin(row))


def _question(row: sqlite3.Row) -> QuestionRecord:
    return QuestionRecord(
        id=row["id"],
        question=codec.decode_text(row["question"]),
        status=Status(row["status"]),
        outcome=row["outcome"],
        first_asked=codec.decode_time(row["first_asked"]),
        last_asked=codec.decode_time(row["last_asked"]),
        count=row["ask_count"],
        best_id=codec.decode_optional_text(row["best_id"]),
        best_score=row["best_score"],
        resolved_by=codec.decode_optional_text(row["resolved_by"]),
        resolved_at=codec.decode_optional_time(row["resolved_at"]),
        note=codec.decode_optional_text(row["note"]),
        faq_id=codec.decode_optional_text(row["faq_id"]),
        askers=row["asker_count"],
        reply=codec.decode_optional_text(row["reply"]),
        split=bool(row["split"]),
        notify=bool(row["notify"]),
        language=row["language"],
    )


def _feedback(row: sqlite3.Row) -> Feedback:
    return Feedback(
        id=row["id"],
        kind=FeedbackKind(row["kind"]),
        question=codec.decode_text(row["question"]),
        item_id=codec.decode_optional_text(row["item_id"]),
        origin=_origin(row),
        at=codec.decode_time(row["at"]),
        answer=codec.decode_optional_text(row["answer"]),
    )


async def _rows(db: Db, statement: str, params: Params = ()) -> list[sqlite3.Row]:
    return list(await db.execute_fetchall(statement, params))


async def _row(db: Db, statement: str, params: Params = ()) -> sqlite3.Row | None:
    async with db.execute(statement, params) as cursor:
        return await cursor.fetchone()


async def _change(db: Db, statement: str, params: Params = ()) -> int:
    async with db.execute(statement, params) as cursor:
        return cursor.rowcount


async def _insert(db: Db, statement: str, params: Params) -> int:
    async with db.execute(statement, params) as cursor:
        rowid = cursor.lastrowid
    if rowid is None:  # pragma: no cover - sqlite3 always sets it after INSERT
        raise StorageError("the database did not report the new row's id")
    return rowid


async def _get(db: Db, question_id: int) -> QuestionRecord | None:
    if not codec.fits_int64(question_id):
        return None
    row = await _row(db, sql.GET, (question_id,))
    return _question(row) if row is not None else None


async def _rows_for_ids(
    db: Db, statement: str, ids: Sequence[int], order: str = ""
) -> list[sqlite3.Row]:
    """``statement`` ends with ``IN``: run it for the ids, a chunk at a time."""
    rows: list[sqlite3.Row] = []
    wanted = [i for i in dict.fromkeys(ids) if codec.fits_int64(i)]
    for start in range(0, len(wanted), sql.WRITE_IDS_PER_QUERY):
        chunk = wanted[start : start + sql.WRITE_IDS_PER_QUERY]
        placeholders = f"({', '.join('?' * len(chunk))})"  # only "?"s
        rows += await _rows(db, statement + placeholders + order, chunk)
    return rows


async def _recount(db: Db, question_ids: Iterable[int]) -> None:
    await db.executemany(sql.RECOUNT, [(question_id,) for question_id in question_ids])


Body = Callable[[Db], Awaitable[T]]


# Ask write ids already stored -> their question, looked up once per transaction.
Known = dict[str, int]


async def _known_asks(db: Db, write_ids: Sequence[str]) -> Known:
    known: Known = {}
    for start in range(0, len(write_ids), sql.WRITE_IDS_PER_QUERY):
        chunk = write_ids[start : start + sql.WRITE_IDS_PER_QUERY]
        statement = sql.ASKS_BY_WRITES + f"({', '.join('?' * len(chunk))})"  # only "?"s
        for row in await _rows(db, statement, chunk):
            known[str(row["write_id"])] = int(row["question_id"])
    return known


def _asked_body(
    write: QuestionAsked, write_id: str | None = None, known: Known | None = None
) -> Body[int]:
    """Checked and encoded now, so bad values fail before a transaction starts.

    With a ``write_id`` (a journalled write) an ask already stored under that id is
    left alone: replaying a journal never counts an ask twice. ``known``: the ids
    already stored, when the caller looked them up for a whole batch.
    """
    if write.outcome not in QUESTION_OUTCOMES:
        raise ValueError(
            f"outcome must be one of {sorted(QUESTION_OUTCOMES)}, got {write.outcome!r}"
        )
    key, text = codec.text_key(write.question), codec.encode_text(write.question)
    when = codec.encode_time(write.asked_at)
    best = (codec.encode_optional_text(write.best_id), codec.check_score(write.best_score))
    origin_values = _origin_values(write.origin)
    outcome = write.outcome
    if write.language is not None and write.language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, got {write.language!r}")
    language = write.language
    user_id, kind = origin_values[1], origin_values[0]

    async def body(db: Db) -> int:
        if write_id is not None:
            if known is None:
                done = await _row(db, sql.ASK_BY_WRITE, (write_id,))
                if done is not None:
                    return int(done["question_id"])
            elif write_id in known:
                return known[write_id]
        found = await _row(db, sql.OPEN_BY_KEY, (key,))
        if found is not None:
            question_id = int(found["id"])
            await _insert(db, sql.NEW_ASK, (question_id, when, *origin_values, write_id))
            await _change(db, sql.ADD_ASK_TO,
                          (when, outcome, *best, question_id, user_id, kind, language))
        else:
            question_id = await _insert(
                db, sql.NEW_QUESTION, (text, key, outcome, when, when, *best, language)
            )
            await _insert(db, sql.NEW_ASK, (question_id, when, *origin_values, write_id))
        if write_id is not None and known is not None:
            known[write_id] = question_id  # the same id again in this batch: done
        return question_id

    return body


def _counted_body(write: QuestionCounted, write_id: str | None = None) -> Body[None]:
    if write.outcome not in EVENT_OUTCOMES:
        raise ValueError(
            f"outcome must be one of {sorted(EVENT_OUTCOMES)}, got {write.outcome!r}"
        )
    params = (
        codec.encode_time(write.at),
        write.outcome,
        codec.encode_optional_text(write.item_id),
        OriginKind(write.origin_kind).value,
        write_id,
    )

    async def body(db: Db) -> None:
        await _change(db, sql.NEW_EVENT, params)  # nothing when write_id is already there

    return body


def _feedback_body(write: FeedbackGiven, write_id: str | None = None) -> Body[int]:
    params = (
        FeedbackKind(write.kind).value,  # ValueError now for a kind it does not know
        codec.encode_text(write.question),
        codec.encode_optional_text(write.item_id),
        *_origin_values(write.origin),
        codec.encode_time(write.at),
        codec.encode_optional_text(write.answer),
        write_id,
    )

    async def body(db: Db) -> int:
        async with db.execute(sql.NEW_FEEDBACK, params) as cursor:
            inserted, rowid = cursor.rowcount, cursor.lastrowid
        if inserted and rowid is not None:
            return rowid
        found = await _row(db, sql.FEEDBACK_BY_WRITE, (write_id,))  # an earlier replay's
        if found is None:  # pragma: no cover - only this id can conflict
            raise StorageError("feedback neither inserted nor found")
        return int(found["id"])

    return body


def _reply_body(note: ReplyNoted, write_id: str) -> Body[None]:
    message_id = codec.check_id(note.message_id, "message_id")
    ask_id = codec.encode_text(note.ask_id)

    async def body(db: Db) -> None:
        await _change(db, sql.NOTE_REPLY, (message_id, ask_id))  # idempotent by nature

    return body


def check_write(write: Write | Journalled) -> None:
    """Raise ValueError/TypeError now for a write the database would refuse."""
    _body(write)


def _body(write: Write | Journalled, known: Known | None = None) -> Body[int | None]:
    write_id: str | None = None
    if isinstance(write, Journalled):
        write_id, inner = write.id, write.write
        if not isinstance(write_id, str) or not write_id:
            raise ValueError(f"a journalled write needs a non-empty id, got {write_id!r}")
        if isinstance(inner, ReplyNoted):
            return _reply_body(inner, write_id)
    else:
        inner = write
    if isinstance(inner, QuestionAsked):
        return _asked_body(inner, write_id, known)
    if isinstance(inner, QuestionCounted):
        return _counted_body(inner, write_id)
    if isinstance(inner, FeedbackGiven):
        return _feedback_body(inner, write_id)
    raise TypeError(f"not a write: {type(inner).__name__}")


class UnansweredLog:
    """Questions the bot could not answer, with every ask, feedback and stats events."""

    def __init__(self, db: Db, path: str) -> None:
        self._db: Db | None = db
        self._path = path
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> UnansweredLog:
        """Open (creating or migrating) the log at ``path``; StorageError on failure."""
        return cls(await open_connection(path), os.fspath(path))

    @property
    def path(self) -> str:
        return self._path

    async def close(self) -> None:
        db, self._db = self._db, None
        if db is None:
            return
        async with self._lock:
            with contextlib.suppress(sqlite3.Error):
                await db.execute("PRAGMA optimize")
            try:
                await db.close()
            except sqlite3.Error as exc:
                raise StorageError(
                    f"closing the question database failed: {one_line(exc)}"
                ) from exc

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- transactions ---------------------------------------------------------

    async def _run(self, body: Callable[[Db], Awaitable[T]], *, write: bool) -> T:
        """Run ``body`` as one transaction, retrying while the database is locked."""
        async with self._lock:
            db = self._db
            if db is None:
                raise StorageError("the question database is closed")
            return await run_transaction(
                db, body, write=write, path=self._path, what="question database")

    # -- unanswered questions -------------------------------------------------

    async def record(
        self,
        question: str,
        origin: Origin,
        *,
        asked_at: dt.datetime,
        best_id: str | None,
        best_score: float | None,
        outcome: str = "unknown",
        language: str | None = None,
    ) -> int:
        """Record one ask; returns the id of the (possibly existing) open question."""
        write = QuestionAsked(question, origin, asked_at, best_id, best_score, outcome,
                              language)
        return await self._run(_asked_body(write), write=True)

    async def write_all(
        self, writes: Sequence[Write | Journalled]
    ) -> builtins.list[int | None]:
        """Apply many writes, in order, in ONE transaction (one commit, one fsync).

        Returns, for each write, the question or feedback id (None for a count or a
        reply note). Bad values raise ValueError before anything is written; a database
        failure writes none of them. A ``Journalled`` write whose id is already stored
        changes nothing (replays are idempotent).
        """
        known: Known = {}
        bodies = [_body(w, known) for w in writes]
        ask_ids = [w.id for w in writes
                   if isinstance(w, Journalled) and isinstance(w.write, QuestionAsked)]

        async def body(db: Db) -> builtins.list[int | None]:
            known.clear()  # a retried transaction starts again from what is stored
            if ask_ids:
                known.update(await _known_asks(db, ask_ids))
            return [await b(db) for b in bodies]

        return await self._run(body, write=True) if bodies else []

    async def get(self, question_id: int) -> QuestionRecord | None:
        return await self._run(lambda db: _get(db, question_id), write=False)

    async def asks(self, question_id: int) -> builtins.list[Ask]:
        if not codec.fits_int64(question_id):
            return []
        rows = await self._run(lambda db: _rows(db, sql.ASKS, (question_id,)), write=False)
        return [_ask(row) for row in rows]

    async def list(
        self, status: Status | None = Status.OPEN, *, limit: int = 100, offset: int = 0
    ) -> builtins.list[QuestionRecord]:
        """One page of questions: most askers first, then most asks, then most recent.

        ``limit`` is capped at ``MAX_LIMIT``.
        """
        limit, offset = _bounded(limit, offset)
        params: Params
        if status is None:
            query, params = sql.LIST_ALL, (limit, offset)
        else:
            query, params = sql.LIST, (status.value, limit, offset)
        rows = await self._run(lambda db: _rows(db, query, params), write=False)
        return [_question(row) for row in rows]

    async def count(self, status: Status | None = Status.OPEN) -> int:
        params: Params
        if status is None:
            query, params = sql.COUNT_ALL, ()
        else:
            query, params = sql.COUNT, (status.value,)
        row = await self._run(lambda db: _row(db, query, params), write=False)
        return int(row[0]) if row is not None else 0

    async def _close_question(
        self, question_id: int, status: Status, values: tuple[object, ...]
    ) -> QuestionRecord | None:
        closed = await self._close(status, [question_id], values)
        return closed[0] if closed else None

    async def _close(
        self, status: Status, question_ids: Sequence[int], values: tuple[object, ...]
    ) -> builtins.list[QuestionRecord]:
        ids = [i for i in dict.fromkeys(question_ids) if codec.fits_int64(i)]

        async def body(db: Db) -> builtins.list[QuestionRecord]:
            closed: builtins.list[QuestionRecord] = []
            for question_id in ids:
                if await _change(db, sql.CLOSE, (status.value, *values, question_id)) == 0:
                    continue
                record = await _get(db, question_id)
                if record is not None:
                    closed.append(record)
            return closed

        return await self._run(body, write=True) if ids else []

    @staticmethod
    def _closing(
        by: str, at: dt.datetime, note: str | None, faq_id: str | None, reply: str | None,
        notify: bool = False,
    ) -> tuple[object, ...]:
        return (
            codec.encode_text(by),
            codec.encode_time(at),
            codec.encode_optional_text(note),
            codec.encode_optional_text(faq_id),
            codec.encode_optional_text(reply),
            int(notify),
        )

    async def resolve(
        self,
        question_id: int,
        *,
        by: str,
        at: dt.datetime,
        faq_id: str | None = None,
        note: str | None = None,
        reply: str | None = None,
    ) -> QuestionRecord | None:
        """Mark answered (also updates an already closed one); None for an unknown id.

        ``note`` is the moderators' own; ``reply`` is what the askers were told."""
        values = self._closing(by, at, note, faq_id, reply)
        return await self._close_question(question_id, Status.RESOLVED, values)

    async def dismiss(
        self,
        question_id: int,
        *,
        by: str,
        at: dt.datetime,
        note: str | None = None,
        reply: str | None = None,
    ) -> QuestionRecord | None:
        """Mark not worth answering; None for an unknown id."""
        values = self._closing(by, at, note, None, reply)
        return await self._close_question(question_id, Status.DISMISSED, values)

    async def close_all(
        self,
        question_ids: Sequence[int],
        status: Status,
        *,
        by: str,
        at: dt.datetime,
        faq_id: str | None = None,
        note: str | None = None,
        reply: str | None = None,
        notify_later: bool = False,
    ) -> builtins.list[QuestionRecord]:
        """Resolve or dismiss many questions (a group) in one transaction; returns the
        records closed (unknown ids are left out). ``notify_later``: the askers are to be
        told by the running bot (see :meth:`to_notify`)."""
        if status is Status.OPEN:
            raise ValueError("close_all resolves or dismisses; use reopen to open")
        entry = faq_id if status is Status.RESOLVED else None
        values = self._closing(by, at, note, entry, reply, notify_later)
        return await self._close(status, question_ids, values)

    async def to_notify(self, *, limit: int = 100) -> builtins.list[QuestionRecord]:
        """Closed questions whose askers are still to be told, oldest first."""
        limit, _ = _bounded(limit)
        rows = await self._run(lambda db: _rows(db, sql.TO_NOTIFY, (limit,)), write=False)
        return [_question(row) for row in rows]

    async def notified(self, question_ids: Sequence[int]) -> None:
        """The askers of these questions were told (or cannot be): nothing left to send."""
        ids = [(i,) for i in dict.fromkeys(question_ids) if codec.fits_int64(i)]

        async def body(db: Db) -> None:
            await db.executemany(sql.NOTIFIED, ids)

        if ids:
            await self._run(body, write=True)

    async def set_split(self, question_id: int, split: bool) -> QuestionRecord | None:
        """Split a question out of its group (a group of its own from now on), or let it
        be grouped again; None for an unknown id."""
        if not codec.fits_int64(question_id):
            return None

        async def body(db: Db) -> QuestionRecord | None:
            if await _change(db, sql.SET_SPLIT, (int(split), question_id)) == 0:
                return None
            return await _get(db, question_id)

        return await self._run(body, write=True)

    async def askers_of(self, question_ids: Sequence[int]) -> dict[int, frozenset[str]]:
        """The distinct askers of each question: a user id as text, or the kind of
        origin for asks without one (the console is one asker)."""

        async def body(db: Db) -> builtins.list[sqlite3.Row]:
            return await _rows_for_ids(db, sql.ASKERS_OF, question_ids)

        found: dict[int, set[str]] = {}
        for row in await self._run(body, write=False):
            found.setdefault(int(row[0]), set()).add(codec.decode_text(row[1]))
        return {qid: frozenset(askers) for qid, askers in found.items()}

    async def asks_of(self, question_ids: Sequence[int]) -> dict[int, builtins.list[Ask]]:
        """Every ask of each question, oldest first."""

        async def body(db: Db) -> builtins.list[sqlite3.Row]:
            return await _rows_for_ids(db, sql.ASKS_OF, question_ids, sql.ASKS_OF_ORDER)

        found: dict[int, builtins.list[Ask]] = {}
        for row in await self._run(body, write=False):
            found.setdefault(int(row["question_id"]), []).append(_ask(row))
        return found

    async def open_asked_since(
        self, since: dt.datetime | None, *, limit: int = MAX_LIMIT
    ) -> builtins.list[Asked]:
        """Open questions asked since ``since`` (or ever), most askers first, with who
        asked each and how often in that period."""
        start = "" if since is None else codec.encode_time(since)  # "" sorts before any time
        limit, _ = _bounded(limit)

        async def body(db: Db) -> tuple[builtins.list[sqlite3.Row], builtins.list[sqlite3.Row]]:
            return (await _rows(db, sql.OPEN_ASKED_SINCE, (start, limit)),
                    await _rows(db, sql.OPEN_ASKERS_SINCE, (start,)))

        question_rows, asker_rows = await self._run(body, write=False)
        askers: dict[int, set[str]] = {}
        asks: dict[int, int] = {}
        for row in asker_rows:
            qid = int(row[0])
            askers.setdefault(qid, set()).add(codec.decode_text(row[1]))
            asks[qid] = asks.get(qid, 0) + int(row[2])
        return [
            Asked(_question(row), frozenset(askers.get(row["id"], ())), asks[row["id"]])
            for row in question_rows
            if asks.get(row["id"], 0)
        ]

    async def hourly(self, *, since: dt.datetime) -> builtins.list[HourCount]:
        """Questions asked per hour (UTC) and outcome since ``since``, oldest first."""
        start = codec.encode_time(since)
        rows = await self._run(lambda db: _rows(db, sql.HOURLY, (start,)), write=False)
        return [
            HourCount(dt.datetime.fromisoformat(f"{row[0]}:00:00+00:00"), str(row[1]),
                      int(row[2]))
            for row in rows
        ]

    async def decide_suggestion(
        self,
        key: str,
        decision: str,
        *,
        by: str,
        at: dt.datetime,
        entry_id: str | None = None,
        text: str | None = None,
    ) -> None:
        """Remember that a suggestion was accepted or rejected (the latest word counts)."""
        if decision not in SUGGESTION_DECISIONS:
            raise ValueError(
                f"decision must be one of {sorted(SUGGESTION_DECISIONS)}, got {decision!r}"
            )
        params = (codec.encode_text(key), decision, codec.encode_optional_text(entry_id),
                  codec.encode_optional_text(text), codec.encode_text(by),
                  codec.encode_time(at))
        await self._run(lambda db: _change(db, sql.DECIDE, params), write=True)

    async def suggestion_decisions(self) -> dict[str, SuggestionDecision]:
        """Every suggestion accepted or rejected, by key."""
        rows = await self._run(lambda db: _rows(db, sql.DECISIONS), write=False)
        decisions = [
            SuggestionDecision(
                key=codec.decode_text(row["key"]),
                decision=str(row["decision"]),
                entry_id=codec.decode_optional_text(row["entry_id"]),
                text=codec.decode_optional_text(row["text"]),
                decided_by=codec.decode_text(row["decided_by"]),
                decided_at=codec.decode_time(row["decided_at"]),
            )
            for row in rows
        ]
        return {d.key: d for d in decisions}

    async def reopen(self, question_id: int) -> QuestionRecord | None:
        """Back to open, clearing the resolution; None for an unknown id.

        If the same text was asked again after closing (so another open row holds
        it), that row's asks move into this one and that row is deleted: there is
        only ever one open row per text.
        """
        if not codec.fits_int64(question_id):
            return None

        async def body(db: Db) -> QuestionRecord | None:
            found = await _row(db, sql.STATUS_AND_KEY, (question_id,))
            if found is None:
                return None
            if found["status"] != Status.OPEN.value:
                await self._merge_open_twin(db, question_id, found["question_key"])
                await _change(db, sql.REOPEN, (question_id,))
                await _recount(db, [question_id])
            return await _get(db, question_id)

        return await self._run(body, write=True)

    @staticmethod
    async def _merge_open_twin(db: Db, question_id: int, key: bytes) -> None:
        twin = await _row(db, sql.OPEN_TWIN, (key,))
        if twin is None:
            return
        await _change(db, sql.MOVE_ASKS, (question_id, twin["id"]))
        await _change(db, sql.DELETE_QUESTION, (twin["id"],))
        best = (twin["outcome"], twin["best_id"], twin["best_score"])
        await _change(db, sql.SET_BEST, (*best, question_id))

    async def export(
        self, status: Status | None = None
    ) -> builtins.list[tuple[QuestionRecord, builtins.list[Ask]]]:
        """Every question (with a status, or all) and its asks, oldest id first."""
        params = (None if status is None else status.value,)

        async def body(db: Db) -> tuple[builtins.list[sqlite3.Row], builtins.list[sqlite3.Row]]:
            return await _rows(db, sql.EXPORT, params), await _rows(db, sql.EXPORT_ASKS, params)

        question_rows, ask_rows = await self._run(body, write=False)
        asks: dict[int, builtins.list[Ask]] = {}
        for row in ask_rows:
            asks.setdefault(row["question_id"], []).append(_ask(row))
        return [(_question(row), asks.get(row["id"], [])) for row in question_rows]

    # -- feedback and stats ---------------------------------------------------

    async def record_feedback(
        self,
        kind: FeedbackKind,
        question: str,
        *,
        item_id: str | None,
        origin: Origin,
        at: dt.datetime,
        answer: str | None = None,
    ) -> int:
        """Store one feedback ("helpful", "not_helpful", "suggestion_chosen"); its id."""
        write = FeedbackGiven(kind, question, item_id, origin, at, answer)
        return await self._run(_feedback_body(write), write=True)

    async def feedback(
        self, kind: FeedbackKind | None = None, *, limit: int = 100
    ) -> builtins.list[Feedback]:
        """The most recent feedback first (of one kind, or all); ``limit`` capped."""
        limit, _ = _bounded(limit)
        params: Params
        if kind is None:
            query, params = sql.FEEDBACK_ALL, (limit,)
        else:
            query, params = sql.FEEDBACK, (FeedbackKind(kind).value, limit)
        rows = await self._run(lambda db: _rows(db, query, params), write=False)
        return [_feedback(row) for row in rows]

    async def record_event(
        self, *, outcome: str, item_id: str | None, origin_kind: OriginKind, at: dt.datetime
    ) -> None:
        """Count one question asked (answered or not), without its text, for stats."""
        await self._run(_counted_body(QuestionCounted(outcome, item_id, origin_kind, at)),
                        write=True)

    async def stats(self, *, since: dt.datetime | None = None, top: int = 5) -> Stats:
        """Totals of events since ``since`` (or ever) and the ``top`` items/open questions."""
        start = "" if since is None else codec.encode_time(since)  # "" sorts before any time
        top, _ = _bounded(top)

        async def body(db: Db) -> Stats:
            totals = await _row(db, sql.EVENT_TOTALS, (start,))
            asked, answered, suggested, unknown, urgent, sensitive = (
                totals if totals is not None else (0, 0, 0, 0, 0, 0))
            items = await _rows(db, sql.TOP_ITEMS, (start, top))
            questions = await _rows(db, sql.TOP_UNANSWERED, (start, top))
            return Stats(
                asked=asked,
                answered=answered,
                suggested=suggested,
                unknown=unknown,
                urgent=urgent,
                sensitive=sensitive,
                top_items=[(codec.decode_text(r[0]), int(r[1])) for r in items],
                top_unanswered=[
                    RankedQuestion(codec.decode_text(r[0]), int(r[1]), int(r[2]))
                    for r in questions
                ],
            )

        return await self._run(body, write=False)

    # -- retention and erasure ------------------------------------------------

    async def purge_closed(self, *, older_than: dt.datetime) -> int:
        """Delete resolved/dismissed questions closed before ``older_than`` (and
        their asks); returns how many questions were deleted."""
        cutoff = codec.encode_time(older_than)
        return await self._run(lambda db: _change(db, sql.PURGE, (cutoff,)), write=True)

    async def purge_activity(self, *, older_than: dt.datetime) -> tuple[int, int]:
        """Delete feedback and stats events from before ``older_than`` (the same
        retention as closed questions); returns (feedback, events) deleted."""
        cutoff = codec.encode_time(older_than)

        async def body(db: Db) -> tuple[int, int]:
            return (await _change(db, sql.PURGE_FEEDBACK, (cutoff,)),
                    await _change(db, sql.PURGE_EVENTS, (cutoff,)))

        return await self._run(body, write=True)

    async def forget_user(self, user_id: int) -> int:
        """Erase one person's asks and feedback, delete questions left with no ask,
        and blank ``resolved_by`` where it is this id. Returns rows erased or blanked."""
        uid = codec.check_id(user_id, "user_id")
        by = codec.encode_text(str(user_id))

        async def body(db: Db) -> int:
            affected = [int(row[0]) for row in await _rows(db, sql.USER_QUESTIONS, (uid,))]
            erased = await _change(db, sql.DELETE_USER_ASKS, (uid,))
            erased += await _change(db, sql.DELETE_USER_FEEDBACK, (uid,))
            erased += await _change(db, sql.FORGET_RESOLVER, (by,))
            await _recount(db, affected)
            await db.executemany(sql.DELETE_IF_UNASKED, [(qid,) for qid in affected])
            return erased

        return await self._run(body, write=True)

    async def settings(self) -> dict[str, object]:
        """The connection's durability settings, for diagnostics and tests."""

        async def body(db: Db) -> dict[str, object]:
            values = {name: (await _rows(db, query))[0][0] for name, query in sql.SETTINGS.items()}
            return {
                "journal_mode": str(values["journal_mode"]).lower(),
                "synchronous": sql.SYNCHRONOUS_NAMES.get(values["synchronous"], "?"),
                "foreign_keys": bool(values["foreign_keys"]),
                "busy_timeout_ms": int(values["busy_timeout"]),
            }

        return await self._run(body, write=False)

    async def integrity_ok(self) -> bool:
        """True when ``PRAGMA integrity_check`` says ok and no foreign key dangles."""

        async def body(db: Db) -> bool:
            check = await _rows(db, sql.INTEGRITY_CHECK)
            dangling = await _rows(db, sql.FOREIGN_KEY_CHECK)
            return [tuple(row) for row in check] == [("ok",)] and not dangling

        return await self._run(body, write=False)
