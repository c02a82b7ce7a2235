"""One database connection per process: the question log and the programme store that
wiring opens share it, take turns on it, and close it once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import aiosqlite
import pytest

from bot import wiring
from bot.errors import StorageError
from bot.storage import QuestionStore, Status, UnansweredLog
from bot.storage.connection import Database, Store
from bot.storage.programme import ProgrammeStore
from bot.wiring import Stores, open_stores
from tests.storage.helpers import CONSOLE, at, discord, intact, record_ask
from tests.storage.memory import MemoryStore


@pytest.fixture
async def stores(db_path: Path) -> AsyncIterator[Stores]:
    opened = await open_stores(db_path)
    yield opened
    await opened.close()


def sqlite_log(stores: Stores) -> UnansweredLog:
    questions = stores.questions
    assert isinstance(questions, UnansweredLog)
    return questions


class Closes:
    """Counts the closes of every aiosqlite connection (the real close still runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = aiosqlite.Connection.close

        async def counted(connection: aiosqlite.Connection) -> None:
            self.count += 1
            await real(connection)

        monkeypatch.setattr(aiosqlite.Connection, "close", counted)


async def test_both_stores_work_on_the_one_connection_wiring_opens(
    stores: Stores, db_path: Path
) -> None:
    log = sqlite_log(stores)
    assert log.database is stores.programme.database
    assert log.database.connection is not None

    question_id = await record_ask(stores.questions, "where is the cloakroom?", discord(5),
                                   asked_at=at(0), best_id=None, best_score=None)
    assert await stores.programme.follow(5, "opening", at=at(1))

    assert [q.id for q in await stores.questions.list(Status.OPEN)] == [question_id]
    assert await stores.programme.followed(5) == ["opening"]
    assert await stores.questions.forget_user(5) == 1
    assert await stores.programme.forget_user(5) == 1
    await stores.close()
    assert intact(db_path)


async def test_transactions_of_the_two_stores_never_interleave(stores: Stores) -> None:
    """On one connection a BEGIN inside the other store's transaction would fail: the
    stores' writes, started all at once, must each run whole, one after the other."""
    writes = []
    for n in range(20):
        writes.append(record_ask(stores.questions, f"question {n}", CONSOLE,
                                 asked_at=at(n), best_id=None, best_score=None))
        writes.append(stores.programme.follow(100 + n, "opening", at=at(n)))
    await asyncio.gather(*writes)

    assert await stores.questions.count(Status.OPEN) == 20
    assert len(await stores.programme.follows()) == 20


async def test_closing_both_closes_the_connection_once(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closes = Closes(monkeypatch)
    stores = await open_stores(db_path)
    database = sqlite_log(stores).database

    await stores.programme.close()
    assert closes.count == 0 and database.connection is not None  # the log still uses it
    await record_ask(stores.questions, "still taken", CONSOLE, asked_at=at(0), best_id=None,
                     best_score=None)
    with pytest.raises(StorageError, match="the programme database is closed"):
        await stores.programme.followed(5)

    await stores.close()  # the programme again, then the log: the last one closes it
    await stores.close()
    assert closes.count == 1 and database.connection is None
    with pytest.raises(StorageError, match="the question database is closed"):
        await stores.questions.count()


async def test_a_store_closed_first_by_its_owner_is_not_closed_twice(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Discord bot closes the programme's store as it stops; the runner then closes
    both: the programme's close is not counted again, so the log's closes the file."""
    closes = Closes(monkeypatch)
    stores = await open_stores(db_path)
    await stores.programme.close()
    await stores.programme.close()
    assert closes.count == 0
    await stores.close()
    assert closes.count == 1


class Failing(Store):
    """A store whose transaction writes, then fails half way."""

    WHAT = "test database"

    async def write_then_fail(self) -> None:
        async def body(db: aiosqlite.Connection) -> None:
            await db.execute("INSERT INTO follows (user_id, session_id, followed_at) "
                             "VALUES (7, 'opening', '2025-06-02T09:00:00+00:00')")
            raise RuntimeError("half way")

        await self._run(body, write=True)


async def test_a_failed_transaction_of_one_store_leaves_the_other_no_transaction_open(
    stores: Stores,
) -> None:
    database = sqlite_log(stores).database
    failing = Failing(database)
    try:
        with pytest.raises(RuntimeError, match="half way"):
            await failing.write_then_fail()
        assert database.connection is not None and not database.connection.in_transaction
        # The other stores' next transactions start clean, and the failed write is gone.
        await record_ask(stores.questions, "after the failure", CONSOLE, asked_at=at(0),
                         best_id=None, best_score=None)
        assert await stores.programme.follows() == []
    finally:
        await failing.close()
    assert database.connection is not None  # the two stores still hold it


async def test_a_cancelled_transaction_of_one_store_is_rolled_back_for_the_other(
    stores: Stores,
) -> None:
    database = sqlite_log(stores).database
    started = asyncio.Event()

    async def stalls(db: aiosqlite.Connection) -> None:
        await db.execute("INSERT INTO follows (user_id, session_id, followed_at) "
                         "VALUES (8, 'opening', '2025-06-02T09:00:00+00:00')")
        started.set()
        await asyncio.Event().wait()  # never set: cancelled here

    stalled = Failing(database)
    task = asyncio.create_task(stalled._run(stalls, write=True))
    await started.wait()
    waiting = asyncio.create_task(stores.programme.follow(9, "closing", at=at(0)))
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await waiting  # ran after the rollback, on a connection with no transaction open
    assert [f.user_id for f in await stores.programme.follows()] == [9]  # 8 rolled back
    await stalled.close()


async def test_a_store_on_a_closed_connection_cannot_be_made(db_path: Path) -> None:
    database = await Database.open(db_path)
    store = ProgrammeStore(database)
    await store.close()
    assert database.connection is None
    with pytest.raises(StorageError, match="closed"):
        ProgrammeStore(database)


async def test_a_question_store_of_another_backend_leaves_the_programme_its_own_connection(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backend line in wiring (``open_question_log``) is all another backend changes:
    the programme's state, SQLite only, then opens the file itself."""
    memory = MemoryStore()

    async def open_memory(path: Path) -> QuestionStore:
        return memory

    monkeypatch.setattr(wiring, "open_question_log", open_memory)
    stores = await wiring.open_stores(db_path)
    assert stores.questions is memory
    assert await stores.programme.follow(5, "opening", at=at(0))
    assert stores.programme.database.connection is not None
    await stores.close()
    assert stores.programme.database.connection is None
