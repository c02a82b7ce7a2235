"""Between SQLite rows and the records: decoding columns, and the statement helpers.

Every job of the question log (writes, questions, activity, retention) runs its
statements through these, so a column is decoded one way everywhere. A job is a
``Body``: the work of one transaction, given the connection; ``UnansweredLog`` runs it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

import aiosqlite

from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.errors import StorageError
from bot.storage import codec
from bot.storage import queries as sql
from bot.storage.ports import MAX_LIMIT
from bot.storage.records import Ask, Feedback, QuestionRecord, Status

T = TypeVar("T")
Db = aiosqlite.Connection
Params = Sequence[Any]
Body = Callable[[Db], Awaitable[T]]


def bounded(limit: int, offset: int = 0) -> tuple[int, int]:
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must not be negative (got {limit}, {offset})")
    return min(limit, MAX_LIMIT), offset


def origin_values(
    origin: Origin,
) -> tuple[str, int | None, int | None, int | None, int | None]:
    return (
        OriginKind(origin.kind).value,  # ValueError now for a kind it does not know
        codec.check_id(origin.user_id, "user_id"),
        codec.check_id(origin.channel_id, "channel_id"),
        codec.check_id(origin.guild_id, "guild_id"),
        codec.check_id(origin.message_id, "message_id"),
    )


def origin(row: sqlite3.Row) -> Origin:
    return Origin(
        kind=OriginKind(codec.decode_text(row["origin_kind"])),
        user_id=row["user_id"],
        channel_id=row["channel_id"],
        guild_id=row["guild_id"],
        message_id=row["message_id"],
    )


def ask(row: sqlite3.Row) -> Ask:
    return Ask(asked_at=codec.decode_time(row["asked_at"]), origin=origin(row))


def question(row: sqlite3.Row) -> QuestionRecord:
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


def feedback(row: sqlite3.Row) -> Feedback:
    return Feedback(
        id=row["id"],
        kind=FeedbackKind(row["kind"]),
        question=codec.decode_text(row["question"]),
        item_id=codec.decode_optional_text(row["item_id"]),
        origin=origin(row),
        at=codec.decode_time(row["at"]),
        answer=codec.decode_optional_text(row["answer"]),
    )


async def rows(db: Db, statement: str, params: Params = ()) -> list[sqlite3.Row]:
    return list(await db.execute_fetchall(statement, params))


async def row(db: Db, statement: str, params: Params = ()) -> sqlite3.Row | None:
    async with db.execute(statement, params) as cursor:
        return await cursor.fetchone()


async def change(db: Db, statement: str, params: Params = ()) -> int:
    async with db.execute(statement, params) as cursor:
        return cursor.rowcount


async def insert(db: Db, statement: str, params: Params) -> int:
    async with db.execute(statement, params) as cursor:
        rowid = cursor.lastrowid
    if rowid is None:  # pragma: no cover - sqlite3 always sets it after INSERT
        raise StorageError("the database did not report the new row's id")
    return rowid


async def get(db: Db, question_id: int) -> QuestionRecord | None:
    if not codec.fits_int64(question_id):
        return None
    found = await row(db, sql.GET, (question_id,))
    return question(found) if found is not None else None


async def rows_for_ids(
    db: Db, statement: str, ids: Sequence[int], order: str = ""
) -> list[sqlite3.Row]:
    """``statement`` ends with ``IN``: run it for the ids, a chunk at a time."""
    found: list[sqlite3.Row] = []
    wanted = [i for i in dict.fromkeys(ids) if codec.fits_int64(i)]
    for start in range(0, len(wanted), sql.WRITE_IDS_PER_QUERY):
        chunk = wanted[start : start + sql.WRITE_IDS_PER_QUERY]
        placeholders = f"({', '.join('?' * len(chunk))})"  # only "?"s
        found += await rows(db, statement + placeholders + order, chunk)
    return found


async def recount(db: Db, question_ids: Iterable[int]) -> None:
    await db.executemany(sql.RECOUNT, [(question_id,) for question_id in question_ids])
