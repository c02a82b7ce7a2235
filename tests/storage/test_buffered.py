"""The buffered log: every write is in the journal before ``submit`` returns; the
database gets them behind, in batches, and a failing database loses none of them."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bot.core.models import (
    FeedbackGiven,
    FeedbackKind,
    Origin,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.errors import StorageError
from bot.storage import Status, UnansweredLog
from bot.storage.buffered import BufferedQuestionLog, journal_path_for
from bot.storage.journal import Journal
from bot.storage.records import Journalled, ReplyNoted

AT = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
USER = Origin(kind=OriginKind.DISCORD, user_id=42, channel_id=7, guild_id=9, message_id=1)


class FlakyStore:
    """A question store that fails while ``down`` is set, like a full or locked disk;
    like the database, it applies a journalled write once however often it comes."""

    def __init__(self) -> None:
        self.down = False
        self.rows: list[tuple[str, object]] = []
        self.seen: set[str] = set()
        self.transactions = 0
        self.closed = False

    async def write_all(self, writes: Sequence[Write | Journalled]) -> list[int | None]:
        await asyncio.sleep(0)  # a commit takes a moment: others queue meanwhile
        if self.down:
            raise StorageError("database or disk is full")
        self.transactions += 1
        results: list[int | None] = []
        for entry in writes:
            write = entry.write if isinstance(entry, Journalled) else entry
            if isinstance(entry, Journalled):
                if entry.id in self.seen:
                    results.append(None)
                    continue
                self.seen.add(entry.id)
            if isinstance(write, QuestionAsked):
                self.rows.append(("record", (write.question, write.origin, write.asked_at,
                                             write.best_id, write.best_score, write.outcome)))
            elif isinstance(write, QuestionCounted):
                self.rows.append(("event", (write.outcome, write.item_id, write.origin_kind,
                                            write.at)))
            elif isinstance(write, ReplyNoted):
                self.rows.append(("reply", (write.ask_id, write.message_id)))
            else:
                self.rows.append(("feedback", (write.kind, write.question, write.item_id,
                                               write.origin, write.at, write.answer)))
            results.append(len(self.rows))
        return results

    async def close(self) -> None:
        self.closed = True


def recorded_questions(store: FlakyStore) -> list[str]:
    return [str(args[0]) for kind, args in store.rows
            if kind == "record" and isinstance(args, tuple)]


def asked(text: str) -> QuestionAsked:
    return QuestionAsked(text, USER, AT, None, None)


def journal_lines(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="ascii").splitlines()]


async def test_a_write_is_in_the_journal_on_disk_when_submit_returns(tmp_path: Path) -> None:
    store = FlakyStore()
    journal = tmp_path / "q.pending.jsonl"
    log = BufferedQuestionLog(store, journal)
    [ask_id] = log.submit(asked("is there a gym?"))
    # No await yet: the database has nothing, the file has the question and its id.
    assert recorded_questions(store) == []
    [line] = journal_lines(journal)
    assert (line["id"], line["op"], line["question"]) == (ask_id, "record", "is there a gym?")
    await log.close()


async def test_writes_submitted_together_are_one_append_with_distinct_ids(
    tmp_path: Path,
) -> None:
    log = BufferedQuestionLog(FlakyStore(), tmp_path / "q.pending.jsonl")
    ids = log.submit(QuestionCounted("unknown", None, OriginKind.DISCORD, AT), asked("q"))
    ids += log.submit(asked("q"))
    assert len(set(ids)) == 3
    assert [line["id"] for line in journal_lines(tmp_path / "q.pending.jsonl")] == ids
    await log.close()


async def test_the_journal_is_emptied_once_the_database_has_everything_and_removed_on_close(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    journal = tmp_path / "q.pending.jsonl"
    log = BufferedQuestionLog(store, journal)
    for n in range(20):
        log.submit(asked(f"q{n}"))
    assert log.pending == 20
    await log.flush()
    assert log.pending == 0
    assert journal.read_bytes() == b""
    await log.close()
    assert not journal.exists()


async def test_questions_asked_during_an_outage_reach_the_database_once_it_recovers(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, tmp_path / "q.pending.jsonl")
    log.submit(asked("before"))
    await log.flush()
    store.down = True
    for n in range(5):
        log.submit(QuestionAsked(f"during {n}", USER, AT, "wifi", 50.0))
    log.submit(QuestionCounted("unknown", None, OriginKind.DISCORD, AT))
    await log.flush()
    assert log.pending == 6
    assert len(journal_lines(tmp_path / "q.pending.jsonl")) == 6
    store.down = False
    assert await log.flush() == 6
    assert log.pending == 0
    assert recorded_questions(store) == ["before"] + [f"during {n}" for n in range(5)]
    assert journal_lines(tmp_path / "q.pending.jsonl") == []
    await log.close()


async def test_recording_returns_before_the_write_and_flush_waits_for_it(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    log.submit(asked("asked"))
    assert recorded_questions(store) == []  # queued: the caller did not wait on the disk
    assert await log.flush() == 1
    assert recorded_questions(store) == ["asked"]
    await log.close()


async def test_the_next_write_after_recovery_replays_pending_ones_first(tmp_path: Path) -> None:
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, tmp_path / "f.jsonl")
    store.down = True
    log.submit(asked("first"))
    await log.flush()
    store.down = False
    log.submit(asked("second"))
    await log.flush()
    assert recorded_questions(store) == ["first", "second"]
    await log.close()


async def test_pending_questions_survive_a_restart_through_the_journal(tmp_path: Path) -> None:
    journal = tmp_path / "f.jsonl"
    store = FlakyStore()
    store.down = True
    log = await BufferedQuestionLog.open(store, journal)
    odd = "caf\u00e9 \U0001f600 \u202e \x00 lone \udcff surrogate"
    log.submit(QuestionAsked(odd, USER, AT, "wifi", 31.5, "suggest"))
    log.submit(FeedbackGiven(FeedbackKind.NOT_HELPFUL, "wifi?", "wifi", USER, AT, "the answer"))
    [ask_id] = log.submit(asked("plain"))
    log.note_reply(ask_id, 99)
    await log.close()  # still down: kept on disk, the loss-free way out
    assert journal.exists()
    assert store.closed

    fresh = FlakyStore()
    reopened = await BufferedQuestionLog.open(fresh, journal)
    assert reopened.pending == 0
    assert [kind for kind, _ in fresh.rows] == ["record", "feedback", "record", "reply"]
    first = fresh.rows[0][1]
    assert isinstance(first, tuple)
    question, origin, asked_at, best_id, score, outcome = first
    assert (question, origin, asked_at, best_id, score, outcome) == (
        odd, USER, AT, "wifi", 31.5, "suggest"
    )
    assert fresh.rows[3][1] == (ask_id, 99)
    await reopened.close()
    assert not journal.exists()


async def test_overflowing_the_memory_queue_loses_nothing(tmp_path: Path) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl", max_queue=3)
    for n in range(12):  # submitted faster than the writer task gets to run
        log.submit(asked(f"q{n}"))
    await log.flush()
    assert recorded_questions(store) == [f"q{n}" for n in range(12)]
    assert log.pending == 0
    await log.close()


async def test_an_outage_longer_than_the_memory_queue_loses_nothing(tmp_path: Path) -> None:
    store = FlakyStore()
    store.down = True
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl", max_queue=3)
    for n in range(10):
        log.submit(asked(f"q{n}"))
        await log.flush()
    assert log.pending == 10
    store.down = False
    assert await log.flush() == 10
    assert recorded_questions(store) == [f"q{n}" for n in range(10)]
    await log.close()


async def test_a_failure_is_logged_once_per_outage_not_per_question(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = FlakyStore()
    store.down = True
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    for n in range(4):
        log.submit(asked(f"q{n}"))
        await log.flush()
    errors = [r for r in caplog.records if "unavailable" in r.getMessage()]
    assert len(errors) == 1
    assert errors[0].levelname == "ERROR"
    await log.close()


async def test_an_unreadable_line_in_the_journal_does_not_stop_the_others(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    journal = tmp_path / "f.jsonl"
    good = {"id": "g1", "op": "event", "outcome": "unknown", "item_id": None,
            "origin_kind": "console", "at": AT.isoformat()}
    journal.write_text("not json\n" + json.dumps(good) + "\n{\"torn", encoding="ascii")
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, journal)
    assert [kind for kind, _ in store.rows] == ["event"]
    assert log.pending == 0
    assert "unreadable line" in caplog.text
    await log.close()


async def test_a_torn_last_line_is_never_glued_to_the_next_question(tmp_path: Path) -> None:
    journal = tmp_path / "f.jsonl"
    journal.write_text('{"id": "t1", "op": "rec', encoding="ascii")  # a power cut, mid-line
    store = FlakyStore()
    store.down = True
    log = await BufferedQuestionLog.open(store, journal)
    log.submit(asked("asked after the restart"))
    store.down = False
    await log.flush()
    assert recorded_questions(store) == ["asked after the restart"]
    await log.close()


def counted_and_asked(text: str) -> tuple[QuestionCounted, QuestionAsked]:
    """What the service journals for a question nobody could answer: its count for the
    stats and its ask, in one append."""
    return QuestionCounted("unknown", None, OriginKind.DISCORD, AT), asked(text)


@pytest.mark.parametrize("cut", ["inside the ask", "after the count"])
async def test_an_append_cut_short_keeps_neither_the_count_nor_the_ask(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, cut: str
) -> None:
    """A process killed during a question's one ``write()`` (the kernel copies it page by
    page) can leave the count whole and the ask torn, or missing. The question was never
    acknowledged, so neither may reach the database: a count without its ask is a
    question the stats count and nobody can find."""
    down = FlakyStore()
    down.down = True
    first = tmp_path / "first.jsonl"
    log = BufferedQuestionLog(down, first)
    log.submit(*counted_and_asked("acknowledged before the kill"))
    log.submit(*counted_and_asked("being written when the kill came"))
    data = first.read_bytes()
    await log.close()
    count_line_ends = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1
    end = count_line_ends + 20 if cut == "inside the ask" else count_line_ends
    journal = tmp_path / "f.jsonl"
    journal.write_bytes(data[:end])
    store = FlakyStore()
    log = await BufferedQuestionLog.open(store, journal)
    assert [kind for kind, _ in store.rows] == ["event", "record"]
    assert recorded_questions(store) == ["acknowledged before the kill"]
    assert "did not finish" in caplog.text
    log.submit(*counted_and_asked("asked after the restart"))
    await log.flush()
    assert recorded_questions(store) == ["acknowledged before the kill", "asked after the restart"]
    await log.close()


def test_a_journal_whose_unfinished_end_cannot_be_cut_off_is_refused_and_released(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text('{"id": "t1", "op": "rec', encoding="ascii")  # a torn append

    def read_only(fd: int, length: int) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "ftruncate", read_only)
    with pytest.raises(StorageError, match="cannot cut the unfinished end off"):
        Journal.create(path)
    monkeypatch.undo()
    journal = Journal.create(path)  # the failed attempt let go of the file and its lock
    assert journal.path == path and journal.unsettled == 0
    journal.close()


async def test_a_pending_file_of_the_release_before_the_journal_is_replayed_once(
    tmp_path: Path,
) -> None:
    """Lines without ids (the old fallback file) get ids from their place in the file,
    so replaying the file twice (a crash before it was emptied) stores them once."""
    db = tmp_path / "q.sqlite3"
    journal = journal_path_for(db)
    old = [{"op": "record", "question": "old question", "origin": {"kind": "console"},
            "asked_at": AT.isoformat(), "best_id": None, "best_score": None,
            "outcome": "unknown"}] * 2
    text = "".join(json.dumps(line) + "\n" for line in old)
    for _ in range(2):
        journal.write_text(text, encoding="ascii")  # the same file, back again
        inner = await UnansweredLog.open(db)
        log = await BufferedQuestionLog.open(inner, journal)
        await log.close()
    async with await UnansweredLog.open(db) as check:
        [record] = await check.list()
        assert (record.question, record.count) == ("old question", 2)


async def test_real_database_round_trip_through_the_buffer(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    inner = await UnansweredLog.open(db)
    log = await BufferedQuestionLog.open(inner, journal_path_for(db))
    log.submit(asked("is there a gym?"))
    await log.flush()
    [record] = await inner.list()
    assert record.question == "is there a gym?"
    await log.close()


async def test_a_burst_of_writes_takes_few_transactions(tmp_path: Path) -> None:
    store = FlakyStore()
    log = BufferedQuestionLog(store, tmp_path / "f.jsonl")
    for n in range(200):
        log.submit(asked(f"q{n}"))
    await log.flush()
    assert recorded_questions(store) == [f"q{n}" for n in range(200)]
    assert store.transactions < 10  # group commit: far fewer commits than writes
    await log.close()


async def test_a_value_the_database_would_refuse_fails_its_caller_at_once(
    tmp_path: Path,
) -> None:
    store = FlakyStore()
    journal = tmp_path / "f.jsonl"
    log = BufferedQuestionLog(store, journal)
    log.submit(asked("good"))
    with pytest.raises(ValueError, match="outcome"):
        log.submit(asked("also good"), QuestionAsked("bad", USER, AT, None, None, "nope"))
    with pytest.raises(ValueError, match="timezone-aware"):
        log.submit(QuestionCounted("answer", None, OriginKind.CONSOLE, dt.datetime(2018, 6, 28)))
    assert len(journal_lines(journal)) == 1  # nothing of a refused submit is journalled
    await log.flush()
    assert recorded_questions(store) == ["good"]
    await log.close()


async def test_a_journal_that_cannot_be_written_fails_the_caller(tmp_path: Path) -> None:
    log = BufferedQuestionLog(FlakyStore(), tmp_path / "missing-folder" / "f.jsonl")
    with pytest.raises(StorageError, match="journal"):
        log.submit(asked("q"))


async def test_real_database_takes_a_burst_and_counts_it(tmp_path: Path) -> None:
    db = tmp_path / "q.sqlite3"
    inner = await UnansweredLog.open(db)
    log = await BufferedQuestionLog.open(inner, journal_path_for(db))
    for n in range(300):
        log.submit(asked(f"burst {n}"))
        log.submit(QuestionCounted("answer", "wifi", OriginKind.DISCORD, AT))
    await log.flush()
    assert await inner.count() == 300
    assert (await inner.stats()).asked == 300
    await log.close()


async def test_a_second_log_on_the_same_database_journals_to_its_own_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "q.sqlite3"
    stuck = FlakyStore()
    stuck.down = True  # the first keeps its question in its journal
    first = await BufferedQuestionLog.open(stuck, journal_path_for(db))
    second = await BufferedQuestionLog.open(await UnansweredLog.open(db), journal_path_for(db))
    first.submit(asked("from the first"))
    second.submit(asked("from the second"))
    assert first.journal_file == journal_path_for(db)
    assert second.journal_file != first.journal_file
    await second.close()  # emptying and removing its journal never touches the first's
    assert not second.journal_file.exists()
    assert [line["question"] for line in journal_lines(first.journal_file)] == [
        "from the first"
    ]
    await first.close()
    reopened = await BufferedQuestionLog.open(await UnansweredLog.open(db), journal_path_for(db))
    await reopened.close()
    async with await UnansweredLog.open(db) as check:
        assert sorted(r.question for r in await check.list()) == [
            "from the first", "from the second"
        ]


async def test_a_journal_left_by_a_process_that_died_is_replayed_on_open(
    tmp_path: Path,
) -> None:
    db = tmp_path / "q.sqlite3"
    left = db.with_name(db.name + ".pending.999999.jsonl")
    dead = Journal(left)
    assert dead._lock(create=True)
    dead.append([Journalled("dead.1", asked("asked before the crash"))])
    dead.close()  # the process is gone: its lock with it
    inner = await UnansweredLog.open(db)
    log = await BufferedQuestionLog.open(inner, journal_path_for(db))
    [record] = await inner.list(Status.OPEN)
    assert record.question == "asked before the crash"
    assert not left.exists()
    await log.close()


class CrashingStore:
    """The real database, with the process "dying" at one moment of the replay: before
    the commit of batch ``at``, or just after it (before the journal learns of it)."""

    def __init__(self, inner: UnansweredLog, at: int, after_commit: bool) -> None:
        self.inner = inner
        self.at = at
        self.after_commit = after_commit
        self.batches = 0

    async def write_all(self, writes: Sequence[Write | Journalled]) -> list[int | None]:
        self.batches += 1
        if self.batches > self.at:
            raise RuntimeError("the process died here")
        results = await self.inner.write_all(writes)
        if self.batches == self.at and self.after_commit:
            raise RuntimeError("the process died after the commit")
        return results

    async def close(self) -> None:
        await self.inner.close()


@pytest.mark.parametrize("after_commit", [False, True], ids=["before-commit", "after-commit"])
async def test_a_replay_interrupted_at_any_batch_then_restarted_stores_each_ask_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, after_commit: bool
) -> None:
    monkeypatch.setattr("bot.storage.buffered.MAX_BATCH", 5)
    db = tmp_path / "q.sqlite3"
    journal = journal_path_for(db)
    store = FlakyStore()
    store.down = True  # everything stays in the journal
    log = BufferedQuestionLog(store, journal)
    questions = [f"question {n % 5}" for n in range(12)]  # repeats: counts must be exact
    for n, text in enumerate(questions):
        log.submit(QuestionCounted("unknown", None, OriginKind.DISCORD, AT),
                   QuestionAsked(text, Origin(OriginKind.DISCORD, user_id=n % 4), AT, None, None))
    await log.close()
    saved = journal.read_bytes()
    batches = -(-len(questions) * 2 // 5)

    for crash_at in range(batches + 1):
        db.unlink(missing_ok=True)
        journal.write_bytes(saved)
        crashing = CrashingStore(await UnansweredLog.open(db), crash_at, after_commit)
        await (await BufferedQuestionLog.open(crashing, journal)).close()
        inner = await UnansweredLog.open(db)  # the next start: runs to the end
        restarted = await BufferedQuestionLog.open(inner, journal)
        counts = {r.question: r.count for r in await inner.list(limit=100)}
        assert counts == {f"question {k}": questions.count(f"question {k}") for k in range(5)}
        assert (await inner.stats()).asked == len(questions)
        await restarted.close()
        assert not journal.exists()


def test_a_process_journal_is_never_seen_unlocked_under_its_name_while_it_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another process opening its log lists the per-process journals and adopts any
    nobody holds; one that starts just as this one creates its file must not take it
    (it did, and this process failed with "held by another process")."""
    db = tmp_path / "q.sqlite3"
    main = journal_path_for(db)
    owner = Journal.create(main)  # the main journal is taken: this one needs its own file
    assert owner.path == main
    real_open = os.open
    adopted: list[Journal | None] = []
    looked: list[bool] = []

    def open_and_let_another_process_look(path: Any, flags: int, *args: Any) -> int:
        fd = real_open(path, flags, *args)
        name = Path(path).name
        if not looked and name != main.name and name.startswith(main.name[:-len("jsonl")]):
            looked.append(True)
            # At this very moment another process opens its log and looks around.
            candidates = [p for p in tmp_path.iterdir()
                          if p.name.endswith(".jsonl") and p != main]
            adopted.append(Journal.adopt(candidates[0]) if candidates else None)
        return fd

    monkeypatch.setattr(os, "open", open_and_let_another_process_look)
    mine = Journal.create(main)
    monkeypatch.setattr(os, "open", real_open)
    assert adopted == [None]
    assert mine.path != main and mine.path.exists()
    assert Journal.adopt(mine.path) is None  # held: nobody else replays it
    assert not list(tmp_path.glob("*.new"))
    mine.close()
    owner.close()


def test_a_journal_name_being_replayed_by_another_process_makes_this_one_take_a_spare(
    tmp_path: Path,
) -> None:
    """A file under this pid's name, left by a dead process that had the same pid, may
    be held by a process replaying it: this process journals to another name."""
    db = tmp_path / "q.sqlite3"
    main = journal_path_for(db)
    owner = Journal.create(main)
    stale = db.with_name(f"{db.name}.pending.{os.getpid()}.jsonl")
    left = Journal(stale)
    assert left._lock(create=True)
    left.append([Journalled("dead.1", asked("left by a dead process with this pid"))])
    left.close()
    replaying = Journal.adopt(stale)
    assert replaying is not None
    mine = Journal.create(main)
    assert mine.path not in (main, stale)
    mine.append([Journalled(mine.new_id(), asked("asked now"))])
    assert [line["question"] for line in journal_lines(stale)] == [
        "left by a dead process with this pid"
    ]
    assert [line["question"] for line in journal_lines(mine.path)] == ["asked now"]
    for journal in (mine, replaying, owner):
        journal.close()


async def test_a_log_whose_journal_cannot_be_opened_closes_its_database_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The database's connection runs a thread: left open, it kept ``chat`` from exiting
    after it printed the error (the process hung until it was killed)."""
    db = tmp_path / "q.sqlite3"
    before = set(threading.enumerate())
    inner = await UnansweredLog.open(db)
    assert set(threading.enumerate()) != before

    def held(cls: type[Journal], main: Path) -> Journal:
        raise StorageError(f"cannot lock the journal {main}: held by another process")

    monkeypatch.setattr(Journal, "create", classmethod(held))
    try:
        with pytest.raises(StorageError, match="held by another process"):
            await BufferedQuestionLog.open(inner, journal_path_for(db))
        for _ in range(100):  # the connection's thread ends just after close returns
            if set(threading.enumerate()) <= before:
                break
            await asyncio.sleep(0.01)
        left_running = set(threading.enumerate()) - before
    finally:
        await inner.close()  # so that a failure here cannot hang the test run too
    assert not left_running
