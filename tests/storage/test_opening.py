"""Opening: settings, migrations, and one clear StorageError for every bad file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.errors import StorageError
from bot.storage import LATEST_VERSION, Status, UnansweredLog, schema
from bot.storage.codec import encode_time, text_key
from tests.storage.helpers import (
    CONSOLE,
    asks_of_question,
    at,
    connection_settings,
    intact,
    record_ask,
    record_event,
    record_feedback,
)


def _raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _pragma(path: Path, name: str) -> object:
    raw = _raw(path)
    try:
        return raw.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        raw.close()


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


async def _open_error(path: Path) -> str:
    with pytest.raises(StorageError) as caught:
        await UnansweredLog.open(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("cannot open the question database")
    return message


async def test_a_new_database_uses_wal_full_sync_foreign_keys_and_a_busy_timeout(
    db_path: Path,
) -> None:
    async with await UnansweredLog.open(db_path):
        assert await connection_settings(db_path) == {
            "journal_mode": "wal",
            "synchronous": "FULL",
            "foreign_keys": True,
            "busy_timeout_ms": 30_000,
        }
    assert _pragma(db_path, "journal_mode") == "wal"
    assert _pragma(db_path, "user_version") == LATEST_VERSION
    assert _pragma(db_path, "application_id") == schema.APPLICATION_ID


async def test_reopening_keeps_every_row(db_path: Path) -> None:
    async with await UnansweredLog.open(db_path) as log:
        question_id = await record_ask(log, "q", CONSOLE, asked_at=at(0), best_id=None,
                                       best_score=None)
    async with await UnansweredLog.open(str(db_path)) as log:
        record = await log.get(question_id)
        assert record is not None and record.question == "q"
        assert await record_ask(log, "q", CONSOLE, asked_at=at(1), best_id=None,
                                best_score=None) == (
            question_id
        )


def _make_v1_database(path: Path) -> None:
    """A database as the first release wrote it: only migration 1, with data."""
    raw = _raw(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("BEGIN")
    for statement in schema.MIGRATIONS[0].statements:
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute(
        "INSERT INTO questions (id, question, question_key, status, outcome, first_asked, "
        "last_asked, ask_count, best_id, best_score) VALUES (7, ?, ?, 'open', 'suggest', ?, ?, "
        "2, 'faq-1', 40.0)",
        ("Where is hall B?", text_key("Where is hall B?"), encode_time(at(0)), encode_time(at(1))),
    )
    raw.executemany(
        "INSERT INTO asks (question_id, asked_at, origin_kind, user_id, channel_id, guild_id, "
        "message_id) VALUES (7, ?, ?, ?, ?, ?, ?)",
        [
            (encode_time(at(0)), "console", None, None, None, None),
            (encode_time(at(1)), "discord", 1, 2, 3, 4),
        ],
    )
    raw.execute(
        "INSERT INTO questions (id, question, question_key, status, outcome, first_asked, "
        "last_asked, ask_count, resolved_by, resolved_at, note) VALUES (8, 'old', ?, "
        "'dismissed', 'unknown', ?, ?, 0, 'console', ?, 'spam')",
        (text_key("old"), encode_time(at(0)), encode_time(at(0)), encode_time(at(2))),
    )
    raw.execute("COMMIT")
    raw.close()


async def test_opening_a_v1_database_migrates_it_and_keeps_its_rows(db_path: Path) -> None:
    _make_v1_database(db_path)
    assert _pragma(db_path, "user_version") == 1
    async with await UnansweredLog.open(db_path) as log:
        record = await log.get(7)
        assert record is not None
        assert (record.question, record.count, record.best_id) == ("Where is hall B?", 2, "faq-1")
        assert record.askers == 2  # worked out by migration 3: the console and user 1
        discord = Origin(OriginKind.DISCORD, 1, 2, 3, 4)
        assert [a.origin for a in await asks_of_question(log, 7)] == [CONSOLE, discord]
        dismissed = await log.get(8)
        assert dismissed is not None
        assert (dismissed.status, dismissed.note) == (Status.DISMISSED, "spam")
        # old rows keep working with new code, and the v2 tables exist
        again = await record_ask(
            log, "Where is hall B?", CONSOLE, asked_at=at(5), best_id=None, best_score=None
        )
        assert again == 7
        assert (await log.get(7)).count == 3  # type: ignore[union-attr]
        await record_feedback(log, FeedbackKind.HELPFUL, "q", item_id=None, origin=CONSOLE,
                              at=at(6))
        await record_event(log, outcome="unknown", item_id=None, origin_kind=OriginKind.CONSOLE,
                           at=at(6))
        assert intact(db_path)
    assert _pragma(db_path, "user_version") == LATEST_VERSION


async def test_a_failing_migration_leaves_the_database_at_its_old_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_v1_database(db_path)
    broken = schema.Migration(
        version=2, description="broken", statements=("CREATE TABLE feedback (x)", "NOT SQL")
    )
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    await _open_error(db_path)
    assert _pragma(db_path, "user_version") == 1
    raw = _raw(db_path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert "feedback" not in tables
    monkeypatch.undo()
    async with await UnansweredLog.open(db_path) as log:
        assert await log.count() == 1


async def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    raw = _raw(db_path)
    raw.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.execute("CREATE TABLE future (x)")
    raw.close()
    before = _bytes(db_path)
    message = await _open_error(db_path)
    assert f"schema version {LATEST_VERSION + 1}" in message
    assert "newer" in message
    assert _bytes(db_path) == before


async def test_a_file_that_is_not_a_database_is_refused_untouched(db_path: Path) -> None:
    _write(db_path, b"questions:\n  - where is lunch?\n" * 200)
    before = _bytes(db_path)
    message = await _open_error(db_path)
    assert "not a SQLite database" in message
    assert _bytes(db_path) == before


async def test_another_programs_sqlite_database_is_refused_untouched(db_path: Path) -> None:
    raw = _raw(db_path)
    raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    raw.close()
    before = _bytes(db_path)
    message = await _open_error(db_path)
    assert "another program" in message
    assert _bytes(db_path) == before


async def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    _write(db_path, b"")
    async with await UnansweredLog.open(db_path) as log:
        assert await log.count() == 0
    assert _pragma(db_path, "user_version") == LATEST_VERSION


async def test_a_path_under_a_regular_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("plain file")
    message = await _open_error(blocker / "questions.db")
    assert "is not a directory" in message
    assert blocker.read_text() == "plain file"


async def test_a_path_in_a_missing_directory_is_refused(tmp_path: Path) -> None:
    message = await _open_error(tmp_path / "missing" / "questions.db")
    assert "does not exist" in message
    assert not (tmp_path / "missing").exists()


async def test_a_directory_is_refused(tmp_path: Path) -> None:
    message = await _open_error(tmp_path)
    assert "is a directory" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only directories")
async def test_a_read_only_directory_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    try:
        message = await _open_error(locked / "questions.db")
        assert "not writable" in message
    finally:
        os.chmod(locked, 0o755)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
async def test_a_read_only_database_file_is_refused(db_path: Path) -> None:
    async with await UnansweredLog.open(db_path):
        pass
    os.chmod(db_path, 0o444)
    try:
        message = await _open_error(db_path)
        assert "not readable and writable" in message
    finally:
        os.chmod(db_path, 0o644)
