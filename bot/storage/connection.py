"""Opening the database: settings, version checks, migrations, clear errors.

Durability: WAL journal mode with ``synchronous=FULL``. In WAL mode every commit
is written to the -wal file before COMMIT returns, so a SIGKILLed process never
loses an acknowledged row even with NORMAL; NORMAL would only risk the last
transactions on power loss or an OS crash. We still choose FULL (an fsync of the
WAL per commit): rows arrive at human pace, the fsync is cheap at that rate, and
then "acknowledged" means durable on disk, not only in the OS cache.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Self, TypeVar

import aiosqlite

from bot.errors import StorageError
from bot.storage import schema

BUSY_TIMEOUT_MS = 30_000
# Extra attempts after SQLite's own busy_timeout gave up ("database is locked").
RETRY_DELAYS_S = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6, 3.2)

T = TypeVar("T")

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_busy(exc: BaseException) -> bool:
    """True for SQLITE_BUSY / SQLITE_LOCKED, which a later retry may clear."""
    return _is_error(exc, sqlite3.OperationalError, (_SQLITE_BUSY, _SQLITE_LOCKED),
                     ("locked", "busy"))


def is_damage(exc: BaseException) -> bool:
    """True for SQLITE_CORRUPT / SQLITE_NOTADB: the file itself is damaged."""
    return _is_error(exc, sqlite3.DatabaseError, (_SQLITE_CORRUPT, _SQLITE_NOTADB),
                     ("malformed", "not a database"))


def _is_error(
    exc: BaseException, kind: type[sqlite3.Error], codes: tuple[int, ...], words: tuple[str, ...]
) -> bool:
    """An error of ``kind`` with one of SQLite's primary result ``codes``; told by its
    message (``words``) when the error carries no code (one raised by hand)."""
    if not isinstance(exc, kind):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in codes
    text = str(exc).lower()
    return any(word in text for word in words)


def damage_advice(path: Path | str) -> str:
    """What to do about a damaged database, in one clause."""
    shown = os.fspath(path)
    return (
        f"stop the bot and run `conference-bot unanswered recover --db {shown}` to copy what "
        "can still be read into a new file, then put that file in its place"
    )


class DamagedDatabaseError(StorageError):
    """The database file is damaged (``PRAGMA quick_check`` failed): nothing may write it."""


def retry_delays() -> Iterator[float | None]:
    """Backoff delays with jitter; ``None`` marks the last attempt."""
    for delay in RETRY_DELAYS_S:
        yield delay * (0.5 + random.random())
    yield None


async def run_transaction(
    db: aiosqlite.Connection,
    body: Callable[[aiosqlite.Connection], Awaitable[T]],
    *,
    write: bool,
    path: str,
    what: str,
) -> T:
    """Run ``body`` as one transaction, retrying while the database is locked.

    Every store (questions, programme) runs its work through here, under the lock of the
    connection they share (:class:`Database`): ``what`` names the database in the errors
    ("question database").
    """
    for delay in retry_delays():
        try:
            return await _transaction(db, body, write)
        except sqlite3.Error as exc:
            if is_damage(exc):  # found while running: never write around it
                raise DamagedDatabaseError(
                    f"the {what} {path!r} is damaged ({one_line(exc)}); {damage_advice(path)}"
                ) from exc
            if delay is None or not is_busy(exc):
                raise StorageError(f"{what} {path!r}: {one_line(exc)}") from exc
        assert delay is not None
        await asyncio.sleep(delay)
    raise AssertionError("unreachable: retry_delays ends with None")


async def _transaction(
    db: aiosqlite.Connection, body: Callable[[aiosqlite.Connection], Awaitable[T]], write: bool
) -> T:
    try:
        # BEGIN inside the try: a task cancelled while BEGIN is queued must
        # still roll back, or the connection would stay in a transaction.
        await db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        result = await body(db)
        await db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error, ValueError):
            await db.execute("ROLLBACK")
        raise
    return result


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def show_path(path: Path) -> str:
    return repr(os.fspath(path))


def _first_existing(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if os.path.lexists(candidate):
            return candidate
    return None


def layout_problem(path: Path) -> str | None:
    """Why ``path`` cannot possibly be a database file, checked before connecting."""
    parent = path.parent
    if path.is_dir():
        return "it is a directory"
    if not parent.is_dir():
        found = _first_existing(parent)
        if found is not None and not found.is_dir():
            return f"{show_path(found)} is not a directory"
        return f"directory {show_path(parent)} does not exist"
    return None


def diagnose(path: Path) -> str | None:
    """A reason the file system itself gives for not being able to use ``path``."""
    problem = layout_problem(path)
    if problem is not None:
        return problem
    parent = path.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        return (
            f"directory {show_path(parent)} is not writable "
            "(SQLite needs to create -wal and -shm files next to the database)"
        )
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        return "the file is not readable and writable by this user"
    return None


def open_error(path: Path, exc: BaseException) -> StorageError:
    """One clear line for a failure while opening the database."""
    reason = diagnose(path)
    if reason is None:
        message = str(exc).lower()
        if isinstance(exc, sqlite3.DatabaseError) and "not a database" in message:
            reason = "it is not a SQLite database (or it is damaged)"
        elif is_damage(exc):
            return DamagedDatabaseError(
                f"the question database {show_path(path)} is damaged ({one_line(exc)}); "
                f"{damage_advice(path)}"
            )
        elif "readonly" in message or "read-only" in message:
            reason = "it is read-only (check the permissions of the file and its directory)"
        elif is_busy(exc):
            reason = "it stays locked by another process"
        else:
            reason = one_line(exc)
    return StorageError(f"cannot open the question database {show_path(path)}: {reason}")


async def _pragma_int(db: aiosqlite.Connection, name: str) -> int:
    # PRAGMA names cannot be bound as parameters; ``name`` is one of our constants.
    async with db.execute(f"PRAGMA {name}") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row is not None else 0


# One statement, so one snapshot: three separate reads could straddle another
# process's migration and see its application id missing but its tables there.
_IDENTITY = (
    "SELECT (SELECT user_version FROM pragma_user_version), "
    "(SELECT application_id FROM pragma_application_id), "
    "(SELECT count(*) FROM sqlite_master)"
)


async def _identity(db: aiosqlite.Connection) -> tuple[int, int, bool]:
    """(user_version, application_id, whether it has any schema), read at once."""
    async with db.execute(_IDENTITY) as cursor:
        row = await cursor.fetchone()
    if row is None:  # pragma: no cover - a SELECT of scalars always has a row
        return 0, 0, False
    return int(row[0]), int(row[1]), int(row[2]) > 0


def _check_version(path: Path, version: int, app_id: int, has_tables: bool) -> None:
    foreign = app_id != schema.APPLICATION_ID and (version > 0 or app_id != 0 or has_tables)
    if foreign:
        raise StorageError(
            f"cannot open the question database {show_path(path)}: it is a SQLite "
            "database of another program (refusing to modify it)"
        )
    if version > schema.LATEST_VERSION:
        raise StorageError(
            f"cannot open the question database {show_path(path)}: it has schema version "
            f"{version}, newer than the {schema.LATEST_VERSION} this bot knows; "
            "upgrade the bot or use another file"
        )


async def _migrate(db: aiosqlite.Connection, path: Path) -> None:
    """Apply the missing steps in one transaction; with none, prove we can write."""
    await db.execute("BEGIN IMMEDIATE")
    try:
        current, app_id, has_tables = await _identity(db)  # may have moved meanwhile
        _check_version(path, current, app_id, has_tables)
        steps = schema.pending(current)
        if not steps:
            # Writing the same version back fails now, on a read-only file,
            # instead of at the first record; ROLLBACK leaves the file untouched.
            await db.execute(f"PRAGMA user_version = {int(current)}")
            await db.execute("ROLLBACK")
            return
        for step in steps:
            for statement in step.statements:
                await db.execute(statement)
            await db.execute(f"PRAGMA user_version = {int(step.version)}")
        await db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error, ValueError):
            await db.execute("ROLLBACK")
        raise


async def _check_intact(db: aiosqlite.Connection, path: Path) -> None:
    """Refuse a damaged file before anything writes to it (or around it).

    ``quick_check`` reads every page and checks each b-tree (not that indexes match
    their tables, which ``integrity_check`` adds at several times the cost): tens of
    milliseconds for a conference's worth of questions.
    """
    async with db.execute("PRAGMA quick_check(1)") as cursor:
        row = await cursor.fetchone()
    verdict = str(row[0]) if row is not None else "no answer"
    if verdict != "ok":
        raise DamagedDatabaseError(
            f"the question database {show_path(path)} is damaged ({one_line(verdict)}); "
            f"{damage_advice(path)}"
        )


async def _prepare(db: aiosqlite.Connection, path: Path) -> None:
    await db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _check_version(path, *await _identity(db))  # the first read: fails on a non-database
    await _check_intact(db, path)
    async with db.execute("PRAGMA journal_mode = WAL") as cursor:
        row = await cursor.fetchone()
    mode = str(row[0]).lower() if row is not None else "?"
    if mode != "wal":
        reason = diagnose(path) or f"cannot use WAL journal mode (got {mode!r})"
        raise StorageError(f"cannot open the question database {show_path(path)}: {reason}")
    await db.execute("PRAGMA foreign_keys = ON")
    await db.execute("PRAGMA synchronous = FULL")  # see the module docstring
    await _migrate(db, path)


async def open_connection(path: str | os.PathLike[str]) -> aiosqlite.Connection:
    """A ready connection: WAL, busy timeout, foreign keys, latest schema."""
    target = Path(os.fspath(path))
    problem = layout_problem(target)
    if problem is not None:  # fail before aiosqlite starts a thread for nothing
        raise StorageError(f"cannot open the question database {show_path(target)}: {problem}")
    for delay in retry_delays():
        db: aiosqlite.Connection | None = None
        try:
            db = await aiosqlite.connect(
                target, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000
            )
            await _prepare(db, target)
            db.row_factory = sqlite3.Row
            return db
        except sqlite3.Error as exc:
            await _close_quietly(db)
            if delay is None or not is_busy(exc):
                raise open_error(target, exc) from exc
        except BaseException:
            await _close_quietly(db)
            raise
        await asyncio.sleep(delay)
    raise AssertionError("unreachable: retry_delays ends with None")


async def _close_quietly(db: aiosqlite.Connection | None) -> None:
    if db is not None:
        with contextlib.suppress(Exception):
            await db.close()


class Database:
    """The one SQLite connection of a process, shared by its stores, and the one lock
    every transaction on it runs under.

    Why one: the question log and the programme store live in the same file. With a
    connection each, a process held two WAL readers of one file and its own two stores
    waited on each other's write locks (SQLite's busy timeout, in a thread each). On one
    connection a transaction must never start inside another store's (``BEGIN`` would
    fail, or worse, one store's ROLLBACK would undo the other's statements): hence the
    one lock. Each store that shares the connection holds a claim on it; the connection
    closes when the last claim is released, so it closes exactly once however many
    stores (and however often each) are closed.
    """

    def __init__(self, db: aiosqlite.Connection, path: str) -> None:
        self.connection: aiosqlite.Connection | None = db  # None once closed
        self.path = path
        self.lock = asyncio.Lock()  # every transaction and the close run under it
        self._claims = 0

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Database:
        """Open (creating or migrating) the database at ``path``; StorageError on failure."""
        return cls(await open_connection(path), os.fspath(path))

    def claim(self) -> None:
        """One more store runs on this connection: it stays open until that one releases."""
        if self.connection is None:
            raise StorageError("the database is closed")
        self._claims += 1

    async def release(self, *, optimize: bool, failed: str) -> None:
        """A store is done with the connection; the last one closes it (``failed`` is the
        start of the error when that fails). ``optimize``: let SQLite refresh its query
        statistics first, as a store about to stop asks for."""
        async with self.lock:
            db = self.connection
            if db is None:
                return
            if optimize:
                with contextlib.suppress(sqlite3.Error):
                    await db.execute("PRAGMA optimize")
            self._claims -= 1
            if self._claims > 0:
                return
            self.connection = None
            try:
                await db.close()
            except sqlite3.Error as exc:
                raise StorageError(f"{failed}: {one_line(exc)}") from exc


class Store:
    """A store's transactions on a shared :class:`Database`, one at a time across every
    store of the process.

    Why a base: the question log and the programme store open, guard and close their
    connection the same way; only how they name their database in errors (``WHAT``,
    ``CLOSED``) and whether closing first lets SQLite refresh its statistics differ.
    ``Store.open(path)`` gives a store its own connection (a command that needs one
    store); ``wiring.open_stores`` hands one connection to both.
    """

    WHAT = "database"  # in run_transaction's errors
    CLOSED = "the database is closed"
    CLOSE_FAILED = "closing the database failed"
    OPTIMIZE_ON_CLOSE = False

    def __init__(self, database: Database) -> None:
        database.claim()
        self._database = database
        self._closed = False

    @classmethod
    async def open(cls, path: str | os.PathLike[str]) -> Self:
        """Open (creating or migrating) the database at ``path``; StorageError on failure."""
        return cls(await Database.open(path))

    @property
    def database(self) -> Database:
        """The connection this store runs on, for another store to share."""
        return self._database

    async def close(self) -> None:
        """No more transactions from this store; the connection closes with the last
        store on it. Closing twice is closing once."""
        if self._closed:
            return
        self._closed = True
        await self._database.release(optimize=self.OPTIMIZE_ON_CLOSE, failed=self.CLOSE_FAILED)

    async def _run(
        self, body: Callable[[aiosqlite.Connection], Awaitable[T]], *, write: bool
    ) -> T:
        """Run ``body`` as one transaction, retrying while the database is locked."""
        database = self._database
        async with database.lock:
            db = database.connection
            if self._closed or db is None:
                raise StorageError(self.CLOSED)
            return await run_transaction(
                db, body, write=write, path=database.path, what=self.WHAT)
