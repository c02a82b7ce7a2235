"""A damaged database is refused on open, and ``recover`` copies out every readable row."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.storage import UnansweredLog
from bot.storage.connection import DamagedDatabaseError
from bot.storage.recovery import default_target, recover
from tests.storage.damage import QUESTIONS, Damaged, damaged_database, fill
from tests.storage.helpers import CONSOLE, asks_of_question, at, intact, record_ask


@pytest.fixture(scope="module")
def damaged_file(tmp_path_factory: pytest.TempPathFactory) -> Damaged:
    return damaged_database(tmp_path_factory.mktemp("damaged") / "questions.sqlite3")


@pytest.fixture
def damaged(damaged_file: Damaged, tmp_path: Path) -> Damaged:
    copy = tmp_path / "questions.sqlite3"
    copy.write_bytes(damaged_file.path.read_bytes())
    return Damaged(copy, damaged_file.pages, damaged_file.questions)


async def test_opening_a_database_with_damaged_pages_is_refused_with_what_to_do(
    damaged: Damaged,
) -> None:
    before = damaged.path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        await UnansweredLog.open(damaged.path)
    message = str(caught.value)
    assert "\n" not in message
    assert "is damaged" in message
    assert f"conference-bot unanswered recover --db {damaged.path}" in message
    assert damaged.path.read_bytes() == before  # nothing was written to it


async def test_recover_saves_every_readable_row_and_counts_the_lost_ones(
    damaged: Damaged, tmp_path: Path
) -> None:
    before = damaged.path.read_bytes()
    target = tmp_path / "new.sqlite3"
    result = await recover(damaged.path, target)

    tables = {t.table: t for t in result.tables}
    questions, asks, events = tables["questions"], tables["asks"], tables["events"]
    assert 0 < questions.unreadable < QUESTIONS // 2  # two pages' worth, no more
    assert questions.saved + questions.lost == QUESTIONS
    assert asks.saved == questions.saved  # the asks of lost questions cannot be kept
    assert asks.refused == questions.lost
    assert (events.saved, events.lost) == (QUESTIONS, 0)  # pages of other tables are fine
    assert result.saved == questions.saved + asks.saved + events.saved
    assert damaged.path.read_bytes() == before  # the damaged file is never written

    async with await UnansweredLog.open(target) as log:  # opens: it passes quick_check
        assert intact(target)
        rows = {r.id: r for r in await log.list(limit=1000)}
        assert len(rows) == questions.saved
        for question_id, record in rows.items():  # what was saved is what was written
            assert record.question == damaged.questions[question_id]
            assert (record.count, record.askers) == (1, 1)
            [ask] = await asks_of_question(log, question_id)
            assert ask.origin.user_id is not None
        assert (await log.stats()).asked == QUESTIONS
        # and it takes new questions
        new_id = await record_ask(log, "after the recovery", CONSOLE, asked_at=at(0), best_id=None,
                                  best_score=None)
        assert new_id not in rows


async def test_recover_of_an_intact_database_saves_everything(tmp_path: Path) -> None:
    source = tmp_path / "ok.sqlite3"
    await fill(source)
    result = await recover(source, default_target(source))
    assert result.lost == 0
    assert result.saved == 3 * QUESTIONS
    assert default_target(source) == tmp_path / "ok.recovered.sqlite3"


async def test_recover_never_overwrites_an_existing_file(damaged: Damaged, tmp_path: Path) -> None:
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"precious")
    with pytest.raises(StorageError, match="already exists"):
        await recover(damaged.path, target)
    assert target.read_bytes() == b"precious"


async def test_recover_of_a_file_whose_table_list_is_unreadable_says_so(tmp_path: Path) -> None:
    source = tmp_path / "garbage.sqlite3"
    source.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8192)
    target = tmp_path / "new.sqlite3"
    with pytest.raises(StorageError, match="nothing can be saved") as caught:
        await recover(source, target)
    assert "\n" not in str(caught.value)
    assert not target.exists()

