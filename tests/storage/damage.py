"""Databases with damaged pages, for the refusal and recovery tests (not a test module)."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bot.core.models import Origin, OriginKind, QuestionAsked, QuestionCounted
from bot.storage import UnansweredLog

AT = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
QUESTIONS = 300
GARBAGE = b"\xde\xad\xbe\xef"


def question_text(n: int) -> str:
    # Long enough that the questions table spans dozens of pages.
    return f"question {n} " + "zqxv blorptang " * 50


@dataclass(frozen=True)
class Damaged:
    path: Path
    pages: list[int]  # the pages overwritten (leaves of the questions table)
    questions: dict[int, str]  # id -> text, as written before the damage


async def fill(path: Path) -> dict[int, str]:
    """A closed database (WAL checkpointed into the file) with QUESTIONS questions, one
    ask each, and an event each; returns id -> text."""
    async with await UnansweredLog.open(path) as log:
        writes: list[QuestionAsked | QuestionCounted] = []
        for n in range(QUESTIONS):
            writes.append(QuestionAsked(question_text(n), Origin(OriginKind.DISCORD, user_id=n % 7),
                                        AT, None, None))
            writes.append(QuestionCounted("unknown", None, OriginKind.DISCORD, AT))
        ids = await log.write_all(writes)
        return {int(i): question_text(n) for n, i in enumerate(ids[::2]) if i is not None}


def build(path: Path) -> dict[int, str]:
    """:func:`fill`, outside an event loop."""
    return asyncio.run(fill(path))


def damage(path: Path, pages: int = 2) -> list[int]:
    """Overwrite ``pages`` leaf pages from the middle of the questions table."""
    raw = sqlite3.connect(path)
    try:
        size = int(raw.execute("PRAGMA page_size").fetchone()[0])
        leaves = [int(row[0]) for row in raw.execute(
            "SELECT pageno FROM dbstat WHERE name = 'questions' AND pagetype = 'leaf' "
            "ORDER BY pageno")]
    finally:
        raw.close()
    chosen = leaves[len(leaves) // 2: len(leaves) // 2 + pages]
    with path.open("r+b") as fh:
        for page in chosen:
            fh.seek((page - 1) * size)
            fh.write(GARBAGE * (size // len(GARBAGE)))
    return chosen


def damaged_database(path: Path, pages: int = 2) -> Damaged:
    questions = build(path)
    return Damaged(path, damage(path, pages), questions)
