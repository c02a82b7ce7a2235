"""The buffered log keeps every question while the database fails, and replays them in order."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.core.models import FeedbackGiven, Origin, QuestionAsked, QuestionCounted, Write
from bot.errors import StorageError
from bot.storage import UnansweredLog
from bot.storage.buffered import BufferedQuestionLog, fallback_path_for

AT = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
USER = Origin(kind="discord", user_id=42, channel_id=7, guild_id=9, message_id=1)


class FlakyStore:
    """A question store that fails while ``down`` is set, like a full or locked disk."""

    def __init__(self) -> None:
        self.down = False
        self.rows: list[tuple[str, object]] = []
        self.transactions = 0
        self.closed = False

    async def write_all(self, writes: Sequence[Write]) -> list[int | None]:
        await asyncio.sleep(0)  # a commit takes a moment: others queue meanwhile
        if self.down:
            raise StorageError("database or disk is full")
        self.transactions += 1
        results: list[int | None] = []
        for write in writes:
            if isinstance(write, QuestionAsked):
                if write.outcome not in ("unknown", "suggest"):
                    raise ValueError(f"bad outcome {write.outcome!r}")
                self.rows.append(("record", (write.question, write.origin, write.asked_at,
                                             write.best_id, write.best_score, write.outcome)))
                results.append(len(self.rows))
            elif isinstance(write, QuestionCounted):
                self.rows.append(("event", (write.outcome, write.item_id, write.origin_kind,
                                            write.at)))
                results.append(None)
            else:
                self.rows.append(("feedback", (write.kind, write.question, write.item_id,
                                               write.origin, write.at, write.answer)))
                results.append(len(self.rows))
        return results

    async def close(self) -> None:
        self.closed = True


def recorded_questions(store: FlakyStore) -> list[str]:
    return [str(args[0]) for kind, args in store.rows if kind == "record"]  # type: ignore[index]


async def test_questions_asked_during_an_outage_reach_the_database_once_it_recovers(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, tmp_path / "q.pending.jsonl")
    log.submit(QuestionAsked("before", USER, AT, None, None))
    await log.flush()
    store.down = True
    for n in range(5):
        log.submit(QuestionAsked(f"during {n}", USER, AT, "wifi", 50.0))
    log.submit(QuestionCounted("unknown", None, "discord", AT))
    await log.flush()
    assert log.pending == 6
    store.down = False
    assert await log.flush() == 6
    assert log.pending == 0
    assert recorded_questions(store) == ["before"] + [f"during {n}" for n in range(5)]
    assert not (tmp_path / "q.pending.jsonl").exists()


async def test_recording_returns_before_the_write_and_flush_waits_for_it(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    log.submit(QuestionAsked("asked", USER, AT, None, None))
    assert recorded_questions(store) == []  # queued: the caller did not wait on the disk
    await log.flush()
    assert recorded_questions(store) == ["asked"]


async def test_the_next_write_after_recovery_replays_pending_ones_first(tmp_path: Path) -> None:
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, tmp_path / "f.jsonl")
    store.down = True
    log.submit(QuestionAsked("first", USER, AT, None, None))
    await log.flush()
    store.down = False
    log.submit(QuestionAsked("second", USER, AT, None, None))
    await log.flush()
    assert recorded_questions(store) == ["first", "second"]


async def test_pending_questions_survive_a_restart_through_the_fallback_file(
    tmp_path: Path,
) -> None:
    fallback = tmp_path / "f.jsonl"
    store = FlakyStore()
    store.down = True
    log = await BufferedQuestionLog.open(store, fallback)
    odd = "caf\u00e9 \U0001f600 \u202e \x00 lone \udcff surrogate"
    log.submit(QuestionAsked(odd, USER, AT, "wifi", 31.5, "suggest"))
    log.submit(FeedbackGiven("not_helpful", "wifi?", "wifi", USER, AT, "the answer"))
    await log.close()  # still down: kept on disk, the loss-free way out
    assert fallback.exists()
    assert store.closed

    fresh = FlakyStore()
    reopened = await BufferedQuestionLog.open(fresh, fallback)
    assert reopened.pending == 0
    kinds = [kind for kind, _ in fresh.rows]
    assert kinds == ["record", "feedback"]
    question, origin, asked_at, best_id, score, outcome = fresh.rows[0][1]  # type: ignore[misc]
    assert (question, origin, asked_at, best_id, score, outcome) == (
        odd, USER, AT, "wifi", 31.5, "suggest"
    )
    assert not fallback.exists()


async def test_overflowing_the_memory_queue_loses_nothing(tmp_path: Path) -> None:
    store = FlakyStore()
    store.down = True
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl", max_pending=3)
    for n in range(10):
        log.submit(QuestionAsked(f"q{n}", USER, AT, None, None))
        await log.flush()
    assert log.pending == 10
    store.down = False
    assert await log.flush() == 10
    assert recorded_questions(store) == [f"q{n}" for n in range(10)]


async def test_a_failure_is_logged_once_per_outage_not_per_question(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = FlakyStore()
    store.down = True
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    for n in range(4):
        log.submit(QuestionAsked(f"q{n}", USER, AT, None, None))
        await log.flush()
    errors = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(errors) == 1
    assert errors[0].levelname == "ERROR"


async def test_an_unreadable_line_in_the_fallback_file_does_not_stop_the_others(
    tmp_path: Path,
) -> None:
    fallback = tmp_path / "f.jsonl"
    good = {"op": "event", "outcome": "unknown", "item_id": None, "origin_kind": "console",
            "at": AT.isoformat()}
    fallback.write_text("not json\n" + json.dumps(good) + "\n", encoding="ascii")
    store = FlakyStore()
    await BufferedQuestionLog.open(store, fallback)
    assert [kind for kind, _ in store.rows] == ["event"]


async def test_real_database_round_trip_through_the_buffer(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    inner = await UnansweredLog.open(db)
    log = await BufferedQuestionLog.open(inner, fallback_path_for(db))
    log.submit(QuestionAsked("is there a gym?", USER, AT, None, None))
    await log.flush()
    [record] = await inner.list()
    assert record.question == "is there a gym?"
    await log.close()


async def test_a_burst_of_writes_takes_few_transactions(tmp_path: Path) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    for n in range(200):
        log.submit(QuestionAsked(f"q{n}", USER, AT, None, None))
    await log.flush()
    assert recorded_questions(store) == [f"q{n}" for n in range(200)]
    assert store.transactions < 10  # group commit: far fewer commits than writes


async def test_a_value_the_database_would_refuse_fails_its_caller_at_once(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    log.submit(QuestionAsked("good", USER, AT, None, None))
    with pytest.raises(ValueError, match="outcome"):
        log.submit(QuestionAsked("bad", USER, AT, None, None, "nope"))
    with pytest.raises(ValueError, match="timezone-aware"):
        log.submit(QuestionCounted("answer", None, "console", dt.datetime(2018, 6, 28)))
    await log.flush()
    assert recorded_questions(store) == ["good"]


async def test_real_database_takes_a_burst_and_counts_it(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    inner = await UnansweredLog.open(db)
    log = await BufferedQuestionLog.open(inner, fallback_path_for(db))
    for n in range(300):
        log.submit(QuestionAsked(f"burst {n}", USER, AT, None, None))
        log.submit(QuestionCounted("answer", "wifi", "discord", AT))
    await log.flush()
    assert await inner.count() == 300
    assert (await inner.stats()).asked == 300
    await log.close()


async def test_a_queue_longer_than_the_limit_spills_to_the_fallback_file_not_memory(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    fallback = tmp_path / "f.jsonl"
    log = BufferedQuestionLog(store, fallback, max_pending=5)
    for n in range(12):  # submitted faster than the writer task gets to run
        log.submit(QuestionAsked(f"q{n}", USER, AT, None, None))
    assert len(fallback.read_text(encoding="ascii").splitlines()) == 7
    await log.flush()
    assert sorted(recorded_questions(store)) == sorted(f"q{n}" for n in range(12))
    assert not fallback.exists()
