"""Concurrent writers: asyncio tasks, several connections, several processes."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot.core.models import OriginKind
from bot.errors import StorageError
from bot.storage import UnansweredLog, connection
from tests.storage.helpers import (
    CONSOLE,
    REPO,
    asks_of_question,
    at,
    discord,
    intact,
    record_ask,
    record_event,
    writer_command,
    writer_env,
)
from tests.storage.writer import SHARED, text_for

pytestmark = pytest.mark.heavy


async def test_many_tasks_sharing_one_log_lose_nothing(
    log: UnansweredLog, db_path: Path
) -> None:
    async def task(number: int) -> list[int]:
        ids = []
        for index in range(10):
            ids.append(
                await record_ask(
                    log, f"task {number} question {index}",
                    discord(number, index),
                    asked_at=at(index),
                    best_id=None,
                    best_score=None,
                )
            )
            await record_ask(
                log, "asked by everyone", CONSOLE, asked_at=at(index), best_id=None, best_score=None
            )
            await log.list(limit=5)  # reads interleaved with writes
        return ids

    results = await asyncio.gather(*(task(number) for number in range(40)))
    ids = [question_id for batch in results for question_id in batch]
    assert len(set(ids)) == 400
    assert await log.count() == 401
    top = (await log.list(limit=1))[0]
    assert (top.question, top.count) == ("asked by everyone", 400)
    assert intact(db_path)


async def test_tasks_on_several_connections_to_one_file_lose_nothing(db_path: Path) -> None:
    logs = [await UnansweredLog.open(db_path) for _ in range(4)]
    try:

        async def task(number: int) -> None:
            log = logs[number % len(logs)]
            for index in range(25):
                await record_ask(
                    log, f"conn task {number} q {index}",
                    CONSOLE,
                    asked_at=at(index),
                    best_id=None,
                    best_score=None,
                )
                await record_ask(
                    log, "shared", CONSOLE, asked_at=at(index), best_id=None, best_score=None
                )
                await record_event(
                    log, outcome="unknown", item_id=None, origin_kind=OriginKind.CONSOLE,
                    at=at(index),
                )

        await asyncio.gather(*(task(number) for number in range(12)))
        check = logs[0]
        assert await check.count() == 12 * 25 + 1
        shared = [r for r in await check.list(limit=1) if r.question == "shared"]
        assert shared[0].count == 12 * 25
        assert (await check.stats()).asked == 12 * 25
        assert intact(db_path)
    finally:
        for log in logs:
            await log.close()


@pytest.mark.process
def test_writer_processes_creating_and_filling_one_file_lose_no_row(db_path: Path) -> None:
    processes, per_process, shared_every = 6, 150, 5
    # no database yet: the writers also race to create and migrate it
    writers = [
        subprocess.Popen(
            writer_command(
                db_path,
                f"proc{number}",
                per_process,
                "--user",
                str(number),
                "--shared-every",
                str(shared_every),
                "--wait-for-go",
            ),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=writer_env(),
            cwd=REPO,
        )
        for number in range(processes)
    ]
    try:
        for writer in writers:  # every writer has the database open...
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "ready"
        for writer in writers:  # ...then all start writing at once
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        outputs = [writer.communicate(timeout=300) for writer in writers]
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
    for writer, (stdout, stderr) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, stderr
        assert len(stdout.splitlines()) == per_process
    acknowledged = {
        f"proc{number}": dict(_acks(stdout)) for number, (stdout, _) in enumerate(outputs)
    }
    asyncio.run(_check_all_rows(db_path, acknowledged, processes * (per_process // shared_every)))


def _acks(stdout: str) -> list[tuple[int, int]]:
    """(index, question id) for each complete acknowledgement line."""
    pairs = []
    for line in stdout.splitlines(keepends=True):
        if line.endswith("\n") and line.strip() != "ready":
            question_id, index = line.split()
            pairs.append((int(index), int(question_id)))
    return pairs


async def _check_all_rows(
    db_path: Path, acknowledged: dict[str, dict[int, int]], shared_asks: int
) -> None:
    async with await UnansweredLog.open(db_path) as log:
        total = sum(len(ids) for ids in acknowledged.values())
        assert await log.count() == total + 1
        for prefix, ids in acknowledged.items():
            for index, question_id in ids.items():
                record = await log.get(question_id)
                assert record is not None
                assert (record.question, record.count) == (text_for(prefix, index, False), 1)
        shared = (await log.list(limit=1))[0]
        assert (shared.question, shared.count) == (SHARED, shared_asks)
        shared_asks_of = await asks_of_question(log, shared.id)
        assert len({a.origin.user_id for a in shared_asks_of}) == len(acknowledged)
        assert intact(db_path)


def _hold_write_lock(db_path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute("BEGIN IMMEDIATE")
    return raw


async def test_a_write_blocked_beyond_the_busy_timeout_is_retried(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 20)
    async with await UnansweredLog.open(db_path) as log:
        raw = _hold_write_lock(db_path)
        try:
            pending = asyncio.create_task(
                record_ask(log, "q", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
            )
            await asyncio.sleep(0.3)  # well past the 20 ms busy timeout
        finally:
            raw.execute("COMMIT")
            raw.close()
        question_id = await pending
        assert (await log.get(question_id)) is not None


async def test_a_lock_that_never_clears_ends_in_storage_error_and_the_log_recovers(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 20)
    monkeypatch.setattr(connection, "RETRY_DELAYS_S", (0.01, 0.01))
    async with await UnansweredLog.open(db_path) as log:
        raw = _hold_write_lock(db_path)
        try:
            with pytest.raises(StorageError, match="locked"):
                await record_ask(log, "q", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
        finally:
            raw.execute("ROLLBACK")
            raw.close()
        assert await record_ask(log, "q", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
        assert await log.count() == 1


async def test_cancelled_writers_leave_no_half_transaction_behind(
    log: UnansweredLog, db_path: Path
) -> None:
    """Cancel writes at many different points (waiting for BEGIN, mid-body, during
    COMMIT): each either fully happened or not at all, and the log keeps working."""
    finished = []
    for number in range(150):
        task = asyncio.create_task(
            record_ask(
                log,
                f"cancel me {number}",
                discord(number),
                asked_at=at(number),
                best_id=None,
                best_score=None,
            )
        )
        for _ in range(number % 7):
            await asyncio.sleep(0)
        await asyncio.sleep((number % 11) * 0.0001)
        task.cancel()
        (result,) = await asyncio.gather(task, return_exceptions=True)
        if isinstance(result, int):
            finished.append(result)
        else:
            assert isinstance(result, asyncio.CancelledError)

    after = await record_ask(log, "after", CONSOLE, asked_at=at(999), best_id=None, best_score=None)
    exported = {record.id: (record, asks) for record, asks in await log.export()}
    for question_id in [*finished, after]:
        assert question_id in exported
    for record, asks in exported.values():
        assert record.count == len(asks) == 1
    assert intact(db_path)
