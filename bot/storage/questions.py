"""The questions the bot could not answer: listing, grouping, export, closing.

Each function gives the ``Body`` of one transaction (checked now, run by
``UnansweredLog``); ids that cannot be stored are simply not found.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from bot.storage import codec, rows
from bot.storage import queries as sql
from bot.storage.records import Ask, Asked, Closing, QuestionRecord, Status


def get(question_id: int) -> rows.Body[QuestionRecord | None]:
    return lambda db: rows.get(db, question_id)


def page(status: Status | None, *, limit: int, offset: int) -> rows.Body[list[QuestionRecord]]:
    """Most askers first, then most asks, then most recent; ``limit`` capped."""
    limit, offset = rows.bounded(limit, offset)
    params: rows.Params
    if status is None:
        query, params = sql.LIST_ALL, (limit, offset)
    else:
        query, params = sql.LIST, (status.value, limit, offset)

    async def body(db: rows.Db) -> list[QuestionRecord]:
        return [rows.question(row) for row in await rows.rows(db, query, params)]

    return body


def count(status: Status | None) -> rows.Body[int]:
    params: rows.Params
    if status is None:
        query, params = sql.COUNT_ALL, ()
    else:
        query, params = sql.COUNT, (status.value,)

    async def body(db: rows.Db) -> int:
        found = await rows.row(db, query, params)
        return int(found[0]) if found is not None else 0

    return body


def close(question_ids: Sequence[int], closing: Closing) -> rows.Body[list[QuestionRecord]] | None:
    """Resolve or dismiss; the records closed (unknown ids left out). None: no id to
    close (no transaction needed)."""
    values = (
        closing.status.value,
        codec.encode_text(closing.by),
        codec.encode_time(closing.at),
        codec.encode_optional_text(closing.note),
        codec.encode_optional_text(closing.kept_faq_id),
        codec.encode_optional_text(closing.reply),
        int(closing.notify_later),
    )
    ids = [i for i in dict.fromkeys(question_ids) if codec.fits_int64(i)]
    if not ids:
        return None

    async def body(db: rows.Db) -> list[QuestionRecord]:
        closed: list[QuestionRecord] = []
        for question_id in ids:
            if await rows.change(db, sql.CLOSE, (*values, question_id)) == 0:
                continue
            record = await rows.get(db, question_id)
            if record is not None:
                closed.append(record)
        return closed

    return body


def to_notify(limit: int) -> rows.Body[list[QuestionRecord]]:
    limit, _ = rows.bounded(limit)

    async def body(db: rows.Db) -> list[QuestionRecord]:
        return [rows.question(row) for row in await rows.rows(db, sql.TO_NOTIFY, (limit,))]

    return body


def notified(question_ids: Sequence[int]) -> rows.Body[None] | None:
    """None: no id to mark (no transaction needed)."""
    ids = [(i,) for i in dict.fromkeys(question_ids) if codec.fits_int64(i)]
    if not ids:
        return None

    async def body(db: rows.Db) -> None:
        await db.executemany(sql.NOTIFIED, ids)

    return body


def set_split(question_id: int, split: bool) -> rows.Body[QuestionRecord | None]:
    async def body(db: rows.Db) -> QuestionRecord | None:
        if not codec.fits_int64(question_id):
            return None
        if await rows.change(db, sql.SET_SPLIT, (int(split), question_id)) == 0:
            return None
        return await rows.get(db, question_id)

    return body


def askers_of(question_ids: Sequence[int]) -> rows.Body[dict[int, frozenset[str]]]:
    async def body(db: rows.Db) -> dict[int, frozenset[str]]:
        found: dict[int, set[str]] = {}
        for row in await rows.rows_for_ids(db, sql.ASKERS_OF, question_ids):
            found.setdefault(int(row[0]), set()).add(codec.decode_text(row[1]))
        return {qid: frozenset(askers) for qid, askers in found.items()}

    return body


def asks_of(question_ids: Sequence[int]) -> rows.Body[dict[int, list[Ask]]]:
    async def body(db: rows.Db) -> dict[int, list[Ask]]:
        found: dict[int, list[Ask]] = {}
        for row in await rows.rows_for_ids(db, sql.ASKS_OF, question_ids, sql.ASKS_OF_ORDER):
            found.setdefault(int(row["question_id"]), []).append(rows.ask(row))
        return found

    return body


def open_asked_since(since: dt.datetime | None, *, limit: int) -> rows.Body[list[Asked]]:
    """Open questions asked since ``since`` (or ever), most askers first, with who asked
    each and how often in that period."""
    start = "" if since is None else codec.encode_time(since)  # "" sorts before any time
    limit, _ = rows.bounded(limit)

    async def body(db: rows.Db) -> list[Asked]:
        question_rows = await rows.rows(db, sql.OPEN_ASKED_SINCE, (start, limit))
        asker_rows = await rows.rows(db, sql.OPEN_ASKERS_SINCE, (start,))
        askers: dict[int, set[str]] = {}
        asks: dict[int, int] = {}
        for row in asker_rows:
            qid = int(row[0])
            askers.setdefault(qid, set()).add(codec.decode_text(row[1]))
            asks[qid] = asks.get(qid, 0) + int(row[2])
        return [
            Asked(rows.question(row), frozenset(askers.get(row["id"], ())), asks[row["id"]])
            for row in question_rows
            if asks.get(row["id"], 0)
        ]

    return body


def export(status: Status | None) -> rows.Body[list[tuple[QuestionRecord, list[Ask]]]]:
    """Every question (of a status, or all) and its asks, oldest id first."""
    params = (None if status is None else status.value,)

    async def body(db: rows.Db) -> list[tuple[QuestionRecord, list[Ask]]]:
        question_rows: list[sqlite3.Row] = await rows.rows(db, sql.EXPORT, params)
        asks: dict[int, list[Ask]] = {}
        for row in await rows.rows(db, sql.EXPORT_ASKS, params):
            asks.setdefault(row["question_id"], []).append(rows.ask(row))
        return [(rows.question(row), asks.get(row["id"], [])) for row in question_rows]

    return body
