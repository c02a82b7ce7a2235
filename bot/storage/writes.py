"""The question log's writes: each checked and encoded before its transaction starts.

A write (an ask, a count, a feedback, a reply note) becomes a ``Body`` that applies it;
building one raises ValueError/TypeError for a value the log refuses, so the journal
(``buffered.py``) checks a write with :func:`check_write` before keeping it, and a bad
write never fails half way through a transaction. The rules are the records' (kinds,
outcomes, languages, 64-bit ids, scores, aware times), not SQLite's: any backend takes
what passes them.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.models import (
    LANGUAGES,
    FeedbackGiven,
    FeedbackKind,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.errors import StorageError
from bot.storage import codec, rows
from bot.storage import queries as sql
from bot.storage.records import (
    EVENT_OUTCOMES,
    QUESTION_OUTCOMES,
    Journalled,
    ReplyNoted,
)

# Ask write ids already stored -> their question, looked up once per transaction.
Known = dict[str, int]


async def _known_asks(db: rows.Db, write_ids: Sequence[str]) -> Known:
    known: Known = {}
    for start in range(0, len(write_ids), sql.WRITE_IDS_PER_QUERY):
        chunk = write_ids[start : start + sql.WRITE_IDS_PER_QUERY]
        statement = sql.ASKS_BY_WRITES + f"({', '.join('?' * len(chunk))})"  # only "?"s
        for row in await rows.rows(db, statement, chunk):
            known[str(row["write_id"])] = int(row["question_id"])
    return known


def _asked_body(
    write: QuestionAsked, write_id: str | None = None, known: Known | None = None
) -> rows.Body[int]:
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
    origin_values = rows.origin_values(write.origin)
    outcome = write.outcome
    if write.language is not None and write.language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES} or None, got {write.language!r}")
    language = write.language
    user_id, kind = origin_values[1], origin_values[0]

    async def body(db: rows.Db) -> int:
        if write_id is not None:
            if known is None:
                done = await rows.row(db, sql.ASK_BY_WRITE, (write_id,))
                if done is not None:
                    return int(done["question_id"])
            elif write_id in known:
                return known[write_id]
        found = await rows.row(db, sql.OPEN_BY_KEY, (key,))
        if found is not None:
            question_id = int(found["id"])
            await rows.insert(db, sql.NEW_ASK, (question_id, when, *origin_values, write_id))
            await rows.change(db, sql.ADD_ASK_TO,
                          (when, outcome, *best, question_id, user_id, kind, language))
        else:
            question_id = await rows.insert(
                db, sql.NEW_QUESTION, (text, key, outcome, when, when, *best, language)
            )
            await rows.insert(db, sql.NEW_ASK, (question_id, when, *origin_values, write_id))
        if write_id is not None and known is not None:
            known[write_id] = question_id  # the same id again in this batch: done
        return question_id

    return body


def _counted_body(write: QuestionCounted, write_id: str | None = None) -> rows.Body[None]:
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

    async def body(db: rows.Db) -> None:
        await rows.change(db, sql.NEW_EVENT, params)  # nothing when write_id is already there

    return body


def _feedback_body(write: FeedbackGiven, write_id: str | None = None) -> rows.Body[int]:
    params = (
        FeedbackKind(write.kind).value,  # ValueError now for a kind it does not know
        codec.encode_text(write.question),
        codec.encode_optional_text(write.item_id),
        *rows.origin_values(write.origin),
        codec.encode_time(write.at),
        codec.encode_optional_text(write.answer),
        write_id,
    )

    async def body(db: rows.Db) -> int:
        async with db.execute(sql.NEW_FEEDBACK, params) as cursor:
            inserted, rowid = cursor.rowcount, cursor.lastrowid
        if inserted and rowid is not None:
            return rowid
        found = await rows.row(db, sql.FEEDBACK_BY_WRITE, (write_id,))  # an earlier replay's
        if found is None:  # pragma: no cover - only this id can conflict
            raise StorageError("feedback neither inserted nor found")
        return int(found["id"])

    return body


def _reply_body(note: ReplyNoted, write_id: str) -> rows.Body[None]:
    message_id = codec.check_id(note.message_id, "message_id")
    ask_id = codec.encode_text(note.ask_id)

    async def body(db: rows.Db) -> None:
        await rows.change(db, sql.NOTE_REPLY, (message_id, ask_id))  # idempotent by nature

    return body


def check_write(write: Write | Journalled) -> None:
    """Raise ValueError/TypeError now for a write the database would refuse."""
    _body(write)


def _body(write: Write | Journalled, known: Known | None = None) -> rows.Body[int | None]:
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


def write_all(writes: Sequence[Write | Journalled]) -> rows.Body[list[int | None]]:
    """Many writes, in order, in ONE transaction (one commit, one fsync)."""
    known: Known = {}
    bodies = [_body(w, known) for w in writes]
    ask_ids = [w.id for w in writes
               if isinstance(w, Journalled) and isinstance(w.write, QuestionAsked)]

    async def body(db: rows.Db) -> list[int | None]:
        known.clear()  # a retried transaction starts again from what is stored
        if ask_ids:
            known.update(await _known_asks(db, ask_ids))
        return [await b(db) for b in bodies]

    return body
