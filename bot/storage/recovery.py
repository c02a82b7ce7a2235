"""Copying what can still be read out of a damaged question database.

The approach of SQLite's ``.recover``, kept to this schema: the damaged file is copied
aside (so nothing here ever writes to it), then each table is read row by row in
rowid order. When a read fails (a damaged page), the next readable row is found by
probing ``rowid >= p`` for growing ``p`` and then bisecting, so the rows on the
damaged pages are skipped and every row on a good page is kept. Rows go into a new
database created with the current schema; a row it refuses (garbage from a damaged
page, an ask whose question was lost) is counted as lost too.

"Lost" rows on damaged pages are counted from the ids skipped over. Ids are handed out
in order, so this is exact unless rows had been deleted there before (a purge or an
erasure), in which case it over-counts.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.errors import StorageError
from bot.storage import programme_schema
from bot.storage.connection import one_line, show_path
from bot.storage.unanswered import UnansweredLog

# Parents before children: an ask needs its question.
TABLES = ("questions", "asks", "feedback", "events", "suggestion_decisions",
          *programme_schema.TABLES)
_FIRST_ROWID = -(2**63)
_LAST_ROWID = 2**63 - 1
_FAILED = object()  # a probe that hit a damaged page
Row = tuple[Any, ...]


@dataclass(frozen=True)
class TableRecovery:
    table: str
    saved: int
    unreadable: int  # rows on damaged pages (counted from the ids skipped over)
    refused: int  # rows read but refused by the new database

    @property
    def lost(self) -> int:
        return self.unreadable + self.refused


@dataclass(frozen=True)
class Recovery:
    source: Path
    target: Path
    tables: tuple[TableRecovery, ...]

    @property
    def saved(self) -> int:
        return sum(t.saved for t in self.tables)

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables)


def default_target(source: Path) -> Path:
    """``concierge.sqlite3`` -> ``concierge.recovered.sqlite3``, next to it."""
    return source.with_name(f"{source.stem}.recovered{source.suffix or '.sqlite3'}")


async def recover(source: Path, target: Path) -> Recovery:
    """Copy every readable row of ``source`` into a new database at ``target``."""
    _check_paths(source, target)
    # The schema, the application id and the version come from the normal opening.
    created = await UnansweredLog.open(target)
    await created.close()
    try:
        return await asyncio.to_thread(_copy, source, target)
    except BaseException:
        _remove(target)
        raise


def _check_paths(source: Path, target: Path) -> None:
    if not source.is_file():
        raise StorageError(f"no question database at {show_path(source)}")
    if os.path.lexists(target):
        raise StorageError(f"{show_path(target)} already exists; choose another file with -o")


def _remove(target: Path) -> None:
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        with contextlib.suppress(OSError):
            path.unlink()


def _copy(source: Path, target: Path) -> Recovery:
    with tempfile.TemporaryDirectory(prefix="recover-") as tmp:
        copy = Path(tmp) / "damaged.sqlite3"
        shutil.copyfile(source, copy)
        for suffix in ("-wal",):  # committed rows may still be in the WAL
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", f"{copy}{suffix}")
        src = sqlite3.connect(copy, isolation_level=None)
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.execute("PRAGMA query_only = ON")
            dst.execute("PRAGMA foreign_keys = ON")
            results = tuple(_copy_table(src, dst, table) for table in TABLES)
            _count_askers(dst)
        except sqlite3.DatabaseError as exc:
            raise StorageError(
                f"cannot recover {show_path(source)}: its list of tables is unreadable "
                f"({one_line(exc)}); nothing can be saved from it"
            ) from exc
        finally:
            src.close()
            dst.close()
    return Recovery(source, target, results)


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in db.execute(f"PRAGMA table_info({table})")]


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> TableRecovery:
    theirs = _columns(src, table)
    if not theirs:  # an older schema without this table
        return TableRecovery(table, 0, 0, 0)
    columns = [c for c in _columns(dst, table) if c in theirs]
    names = ", ".join(columns)
    select = f"SELECT rowid, {names} FROM {table}"  # names: known columns, not data
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    reader = _TableReader(src, table, select)
    saved = refused = 0
    dst.execute("BEGIN")
    try:
        for row in reader.rows():
            try:
                dst.execute(insert, row[1:])
            except sqlite3.Error:  # garbage that looked like a row, or its parent is lost
                refused += 1
            else:
                saved += 1
        dst.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            dst.execute("ROLLBACK")
        raise
    return TableRecovery(table, saved, reader.unreadable, refused)


def _count_askers(dst: sqlite3.Connection) -> None:
    """A database from before asker counts (or whose counts were lost) gets them again."""
    dst.execute(
        "UPDATE questions SET asker_count = max(1, (SELECT count(DISTINCT "
        "coalesce(user_id, origin_kind)) FROM asks WHERE question_id = questions.id)) "
        "WHERE asker_count = 0 AND ask_count > 0"
    )


class _TableReader:
    """Rows of one table in rowid order, stepping over damaged pages."""

    def __init__(self, db: sqlite3.Connection, table: str, select: str) -> None:
        self._db = db
        self._table = table
        self._select = select
        self.unreadable = 0

    def rows(self) -> Iterator[Row]:
        after = _FIRST_ROWID  # the rowid of the last row read (exclusive lower bound)
        while True:
            try:
                for row in self._db.execute(f"{self._select} WHERE rowid > ? ORDER BY rowid",
                                            (after,)):
                    yield row
                    after = int(row[0])
                return
            except sqlite3.DatabaseError:
                found = self._next_readable(after)
                if found is None:
                    self._count_tail(after)
                    return
                self.unreadable += int(found[0]) - _skipped_from(after) - 1
                yield found
                after = int(found[0])

    def _probe(self, at: int) -> object:
        """The first row with rowid >= ``at`` (None: none), or _FAILED."""
        try:
            row: Row | None = self._db.execute(
                f"{self._select} WHERE rowid >= ? ORDER BY rowid LIMIT 1", (at,)
            ).fetchone()
        except sqlite3.DatabaseError:
            return _FAILED
        return row

    def _next_readable(self, after: int) -> Row | None:
        """The first readable row after ``after`` (reading just after it failed)."""
        bad, step = after, 1
        while True:  # probe further and further until a read works
            good = bad + step
            if good > _LAST_ROWID:
                return None
            found = self._probe(good)
            if found is not _FAILED:
                break
            bad, step = good, step * 2
        while good - bad > 1:  # then the first place it works
            middle = (bad + good) // 2
            probed = self._probe(middle)
            if probed is _FAILED:
                bad = middle
            else:
                good, found = middle, probed
        return found if isinstance(found, tuple) else None

    def _count_tail(self, after: int) -> None:
        """Rows after the last readable one, when the table's last id can be read."""
        try:
            row = self._db.execute(
                f"SELECT rowid FROM {self._table} ORDER BY rowid DESC LIMIT 1"
            ).fetchone()
        except sqlite3.DatabaseError:
            return
        if row is not None:
            self.unreadable += max(0, int(row[0]) - _skipped_from(after))


def _skipped_from(after: int) -> int:
    """The id before the first one skipped (ids start at 1)."""
    return 0 if after == _FIRST_ROWID else after
