"""Times, origins and one-at-a-time writes shared by the storage tests."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path

from bot.core.models import (
    FeedbackGiven,
    FeedbackKind,
    Origin,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
)
from bot.storage.connection import open_connection
from bot.storage.ports import QuestionWriter, ReviewLog
from bot.storage.records import Ask, Closing, QuestionRecord, Status

T0 = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.UTC)
CONSOLE = Origin.console()


def at(minutes: float) -> dt.datetime:
    """A time ``minutes`` after T0."""
    return T0 + dt.timedelta(minutes=minutes)


def discord(user: int, message: int = 1) -> Origin:
    """A Discord origin with realistic snowflake-sized ids."""
    return Origin(
        kind=OriginKind.DISCORD,
        user_id=user,
        channel_id=1_200_000_000_000_000_000 + user,
        guild_id=9_100_000_000_000_000_000,
        message_id=message,
    )


REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer.py")  # subprocess helper script


def writer_command(db_path: Path, prefix: str, count: int, *flags: str) -> list[str]:
    return [sys.executable, str(WRITER), str(db_path), prefix, str(count), *flags]


def writer_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


# -- one write or one close at a time, through the ports ---------------------------------
# The app writes through the journal in batches (write_all) and closes groups
# (close_all); the tests often want one row at a time, the way the log once offered.


async def record_ask(
    log: QuestionWriter,
    question: str,
    origin: Origin,
    *,
    asked_at: dt.datetime,
    best_id: str | None,
    best_score: float | None,
    outcome: str = "unknown",
    language: str | None = None,
) -> int:
    """Record one ask; the id of the (possibly existing) open question."""
    write = QuestionAsked(question, origin, asked_at, best_id, best_score, outcome, language)
    (question_id,) = await log.write_all([write])
    assert question_id is not None
    return question_id


async def record_feedback(
    log: QuestionWriter,
    kind: FeedbackKind,
    question: str,
    *,
    item_id: str | None,
    origin: Origin,
    at: dt.datetime,
    answer: str | None = None,
) -> int:
    (feedback_id,) = await log.write_all(
        [FeedbackGiven(kind, question, item_id, origin, at, answer)])
    assert feedback_id is not None
    return feedback_id


async def record_event(
    log: QuestionWriter, *, outcome: str, item_id: str | None, origin_kind: OriginKind,
    at: dt.datetime,
) -> None:
    await log.write_all([QuestionCounted(outcome, item_id, origin_kind, at)])


async def resolve_question(
    log: ReviewLog,
    question_id: int,
    *,
    by: str,
    at: dt.datetime,
    faq_id: str | None = None,
    note: str | None = None,
    reply: str | None = None,
) -> QuestionRecord | None:
    closed = await log.close_all([question_id], Closing(Status.RESOLVED, by=by, at=at,
                                                        faq_id=faq_id, note=note, reply=reply))
    return closed[0] if closed else None


async def dismiss_question(
    log: ReviewLog,
    question_id: int,
    *,
    by: str,
    at: dt.datetime,
    note: str | None = None,
    reply: str | None = None,
) -> QuestionRecord | None:
    closed = await log.close_all([question_id], Closing(Status.DISMISSED, by=by, at=at,
                                                        note=note, reply=reply))
    return closed[0] if closed else None


async def asks_of_question(log: ReviewLog, question_id: int) -> list[Ask]:
    return (await log.asks_of([question_id])).get(question_id, [])


# -- the SQLite file itself -------------------------------------------------------------


def intact(path: Path) -> bool:
    """True when ``PRAGMA integrity_check`` says ok and no foreign key dangles."""
    raw = sqlite3.connect(path)
    try:
        check = raw.execute("PRAGMA integrity_check").fetchall()
        dangling = raw.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        raw.close()
    return check == [("ok",)] and not dangling


_SYNCHRONOUS_NAMES = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}


async def connection_settings(path: Path) -> dict[str, object]:
    """The durability settings of a connection as the question log opens it."""
    db = await open_connection(path)
    try:
        first: dict[str, int | str] = {}
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"):
            async with db.execute(f"PRAGMA {name}") as cursor:
                row = await cursor.fetchone()
            assert row is not None
            first[name] = row[0]
    finally:
        await db.close()
    return {
        "journal_mode": str(first["journal_mode"]).lower(),
        "synchronous": _SYNCHRONOUS_NAMES.get(int(first["synchronous"]), "?"),
        "foreign_keys": bool(first["foreign_keys"]),
        "busy_timeout_ms": first["busy_timeout"],
    }
