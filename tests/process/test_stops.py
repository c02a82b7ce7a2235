"""Nothing acknowledged is lost on any stop: real processes, real signals.

``run`` (through the fake Discord) and ``chat`` (through a pipe) get 200 questions
the bot cannot answer and are stopped with SIGKILL or SIGTERM the moment the last
reply is seen, and at a seeded random moment mid-stream (and with SIGINT, and SIGHUP
for chat, which stop as gracefully as SIGTERM). After a restart every question whose
"I've passed your question on" was seen is in the database, and nothing is counted
twice. benchmarks/kill_test.py runs the same many more times.
"""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

from bot.config import BUNDLED_FAQ
from bot.core.models import Origin, OriginKind, QuestionAsked, QuestionCounted
from bot.storage.buffered import BufferedQuestionLog, journal_path_for
from tests.process.stops import (
    DOORS,
    START_S,
    Stop,
    acknowledges,
    journal_lines,
    process_env,
    restart_and_count,
    unanswerable,
)
from tests.storage.test_buffered import AT, FlakyStore

pytestmark = [pytest.mark.process, pytest.mark.heavy]

QUESTIONS = 200


@pytest.fixture(scope="module")
def questions() -> list[str]:
    return unanswerable(QUESTIONS, seed=8)


def check(stop: Stop) -> None:
    what = stop.describe()
    assert len(stop.acknowledged) >= stop.stop_at, what
    assert stop.lost == [], f"{what}: acknowledged but not stored: {stop.lost[:5]}"
    assert stop.counted_twice == [], f"{what}: counted twice: {stop.counted_twice[:5]}"
    assert set(stop.stored) <= set(stop.sent), what
    # each question's count for the stats and its ask were kept together, once
    assert stop.counted == stop.asks == len(stop.stored), what
    if stop.signal is not signal.SIGKILL:  # a graceful stop
        assert stop.returncode == 0, f"{what}\n{stop.stderr[-3000:]}"
        last = stop.stderr.strip().splitlines()[-1]
        assert f"stopped by {stop.signal.name}" in last and "flushed" in last, stop.stderr
        assert stop.journal_left == 0, f"{what}: a graceful stop left the journal to replay"
    else:
        assert stop.returncode == -signal.SIGKILL, what


# Per door, stopped at the last reply and at a seeded random moment, by SIGKILL and
# SIGTERM; and by the other stop signals at the last reply. All at once (one process
# each): the processes' start-up is most of the time.
STOPS = {
    "chat": [signal.SIGKILL, signal.SIGTERM, signal.SIGINT, signal.SIGHUP],
    "run": [signal.SIGKILL, signal.SIGTERM, signal.SIGINT],
}


@pytest.mark.parametrize("door", ["chat", "run"])
async def test_every_acknowledged_question_survives_every_kind_of_stop(
    door: str, questions: list[str], tmp_path: Path
) -> None:
    runs: list[tuple[str, signal.Signals, int, list[str]]] = []
    for sig in STOPS[door]:
        if sig in (signal.SIGKILL, signal.SIGTERM):
            mid_stream = random.Random(f"{door} {sig.name}").randint(1, QUESTIONS - 1)
            runs.append((f"{sig.name}-last", sig, QUESTIONS, questions))
            runs.append((f"{sig.name}-mid", sig, mid_stream, questions))
        else:  # the same graceful stop: a few questions show it
            runs.append((f"{sig.name}-last", sig, 20, questions[:20]))
    for name, *_ in runs:
        (tmp_path / name).mkdir()
    stops = await asyncio.gather(*(
        DOORS[door](tmp_path / name, asked, sig, at) for name, sig, at, asked in runs
    ))
    for (name, *_), stop in zip(runs, stops, strict=True):
        check(stop)
        if name.endswith("-last"):
            assert len(stop.stored) == len(stop.sent), stop.describe()


async def _chat(workdir: Path, db: Path, stdin: int = asyncio.subprocess.PIPE
                ) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--faq", str(BUNDLED_FAQ), "--db", str(db),
        stdin=stdin, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        cwd=workdir, env=process_env(workdir),
    )


async def _acknowledgements(process: asyncio.subprocess.Process, count: int) -> None:
    assert process.stdout is not None
    seen = 0
    async with asyncio.timeout(START_S):
        while seen < count:
            seen += acknowledges((await process.stdout.readline()).decode())


async def test_a_second_signal_exits_at_once_and_loses_nothing_journalled(
    questions: list[str], tmp_path: Path
) -> None:
    db = tmp_path / "questions.sqlite3"
    chat = await _chat(tmp_path, db)
    blocker: sqlite3.Connection | None = None
    try:
        assert chat.stdin is not None
        chat.stdin.write("".join(q + "\n" for q in questions[:5]).encode())
        await _acknowledgements(chat, 5)
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")  # the database stops taking writes
        chat.stdin.write("".join(q + "\n" for q in questions[5:10]).encode())
        await _acknowledgements(chat, 5)  # acknowledged: they are in the journal
        chat.send_signal(signal.SIGTERM)  # the flush now waits for the database...
        await asyncio.sleep(0.2)
        assert chat.returncode is None
        chat.send_signal(signal.SIGTERM)  # ...and a second signal does not
        async with asyncio.timeout(START_S):
            status = await chat.wait()
    finally:
        if blocker is not None:
            blocker.close()
        if chat.returncode is None:
            chat.kill()
            await chat.wait()
    assert status == 128 + signal.SIGTERM
    stop = Stop("chat", signal.SIGTERM, 10, questions[:10], acknowledged=questions[:10])
    await restart_and_count(db, stop)
    assert stop.journal_left >= 10
    assert (stop.lost, stop.counted_twice, stop.asks) == ([], [], 10)


async def test_a_replay_killed_again_and_again_then_finished_counts_each_ask_once(
    tmp_path: Path,
) -> None:
    db = tmp_path / "questions.sqlite3"
    texts = [f"zqxv blorptang frobnicate {n % 300}" for n in range(1500)]
    down = FlakyStore()
    down.down = True  # a run whose database never took a write: 3000 writes journalled
    log = BufferedQuestionLog(down, journal_path_for(db))
    for n, text in enumerate(texts):
        log.submit(QuestionCounted("unknown", None, OriginKind.DISCORD, AT),
                   QuestionAsked(text, Origin(OriginKind.DISCORD, user_id=n % 11), AT, None, None))
    await log.close()
    rng = random.Random(1500)

    for _ in range(3):  # starts killed at random moments of the replay
        chat = await _chat(tmp_path, db, asyncio.subprocess.DEVNULL)
        assert chat.stderr is not None
        async with asyncio.timeout(START_S):
            line = await chat.stderr.readline()
        assert b"replaying" in line
        await asyncio.sleep(rng.uniform(0.0, 0.08))
        if chat.returncode is None:
            chat.kill()
        await chat.wait()
        raw = sqlite3.connect(db)  # whatever was written so far, never doubled
        try:
            top = raw.execute("SELECT max(ask_count) FROM questions").fetchone()[0]
        finally:
            raw.close()
        assert top is None or top <= 5

    stop = Stop("chat", signal.SIGKILL, 0, texts)
    await restart_and_count(db, stop)  # the clean start
    assert stop.stored == {text: 5 for text in set(texts)}
    assert (stop.asks, stop.counted) == (1500, 1500)
    assert journal_lines(db) == 0
