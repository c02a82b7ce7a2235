"""Stopping the bot's real processes with real signals, then counting what was kept.

Shared by tests/process/test_stops.py (a few runs) and benchmarks/kill_test.py (many).
Not a test module.

* ``chat``: ``python -m bot chat`` with the questions piped into its stdin (left open,
  so only the signal stops it); a reply is seen when it is read from its stdout.
* ``run``: the real command line (``tests/process/bot_at_fake.py run``) against a
  ``FakeDiscord`` in this process; questions are DMs to the bot from ``ASKERS``
  attendees, each asking again when its last reply arrives (so a stop mid-stream finds
  questions in flight); a reply is seen when the fake receives the bot's POST, before
  the fake even answers it.

The signal goes out the moment the ``stop_at``-th acknowledgement ("I've passed your
question to the organisers", or a did-you-mean saying it was passed on) is seen.
Afterwards the database is opened the way a restart opens it (the journal replayed)
and compared with what was acknowledged.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import random
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.config import BUNDLED_FAQ
from bot.core.answering import answer
from bot.storage import Status, UnansweredLog
from bot.wiring import load_faq, open_buffered_log
from tests.discord_fake import FakeDiscord
from tests.discord_fake.records import RecordedRequest, RequestLog
from tests.robustness.helpers import bot_env

REPO = Path(__file__).resolve().parents[2]
LAUNCHER = Path(__file__).with_name("bot_at_fake.py")
ACKNOWLEDGEMENTS = ("I've passed your question", "has been passed to the organisers")
READY_LINE = "taking questions"
ASKERS = 8  # attendees asking at once in ``run``
REPLY_S = 10.0  # an attendee waits this long for a reply (the bot may be gone)
START_S = 30.0  # a process's start, up to taking questions
STOP_S = 30.0  # from the signal to the process's end (a graceful stop flushes first)
_CHANNEL_MESSAGES = re.compile(r"/channels/\d+/messages")
SYLLABLES = "zq blor ptang frob nic vax quil dorp mib zant kresh yulv gorp snib twa".split()


def acknowledges(text: str) -> bool:
    return any(mark in text for mark in ACKNOWLEDGEMENTS)


def unanswerable(count: int, seed: int) -> list[str]:
    """``count`` distinct nonsense questions the engine passes on (checked with it)."""
    index = load_faq(BUNDLED_FAQ).index
    now = dt.datetime.now(dt.UTC)
    rng = random.Random(seed)
    found: list[str] = []
    while len(found) < count:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(3)) for _ in range(3)]
        text = f"{words[0]} {words[1]} {words[2]} {len(found)}?"
        result = answer(index, text, now)
        if not result.answered and not result.empty and text not in found:
            found.append(text)
    return found


def process_env(home: Path, **settings: str) -> dict[str, str]:
    """None of the machine's own settings: only ``settings``, and words-only matching
    (these tests are about stopping, not about embedding an FAQ at every start)."""
    return bot_env(home, **settings)


@dataclass
class Stop:
    """One run: which door, which signal, when; what was seen and what was kept."""

    door: str
    signal: signal.Signals
    stop_at: int  # the signal went out when this many acknowledgements had been seen
    sent: list[str]
    acknowledged: list[str] = field(default_factory=list)  # every one seen, before or after
    returncode: int | None = None
    stderr: str = ""
    journal_left: int = 0  # journal lines on disk when the process had ended
    stored: Counter[str] = field(default_factory=Counter)  # text -> asks, after a restart
    asks: int = 0  # ask rows after a restart
    counted: int = 0  # questions in the stats after a restart

    @property
    def lost(self) -> list[str]:
        return [q for q in self.acknowledged if q not in self.stored]

    @property
    def counted_twice(self) -> list[str]:
        return [q for q, n in self.stored.items() if n > 1]

    def describe(self) -> str:
        return (f"{self.door} {self.signal.name} at acknowledgement {self.stop_at}: "
                f"{len(self.acknowledged)} acknowledged, {len(self.stored)} stored, "
                f"{len(self.lost)} lost, exit {self.returncode}")


def journal_lines(db: Path) -> int:
    """Lines in every journal of ``db`` (``DB.pending.jsonl``, ``DB.pending.<pid>.jsonl``)."""
    prefix = db.name + ".pending."
    return sum(
        len(path.read_bytes().splitlines()) for path in db.parent.iterdir()
        if path.name.startswith(prefix) and path.name.endswith(".jsonl")
    )


async def restart_and_count(db: Path, stop: Stop) -> None:
    """Open the database as a restart does (the journal replayed), then count."""
    stop.journal_left = journal_lines(db)
    log = await open_buffered_log(db)
    await log.close()
    async with await UnansweredLog.open(db) as questions:
        records = await questions.list(Status.OPEN, limit=1000)
        for record in records:
            stop.stored[record.question] += record.count
        stop.asks = sum(record.count for record in records)
        stop.counted = (await questions.stats()).asked


async def _end(process: asyncio.subprocess.Process) -> None:
    """Our own child, by its pid: killed if still there, always reaped."""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            process.kill()
    await process.wait()


# -- chat ------------------------------------------------------------------------------


async def stop_chat(workdir: Path, questions: list[str], sig: signal.Signals,
                    stop_at: int) -> Stop:
    db = workdir / "questions.sqlite3"
    stop = Stop("chat", sig, stop_at, questions)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--faq", str(BUNDLED_FAQ), "--db", str(db),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE, cwd=workdir, env=process_env(workdir),
    )
    try:
        assert process.stdin is not None and process.stdout is not None
        assert process.stderr is not None
        errors = asyncio.create_task(process.stderr.read())
        process.stdin.write("".join(q + "\n" for q in questions).encode())
        await process.stdin.drain()  # and left open: only the signal stops it
        replies = 0
        block: list[str] = []

        def reply_seen() -> None:
            nonlocal replies
            if replies < len(questions) and acknowledges("".join(block)):
                stop.acknowledged.append(questions[replies])
                if len(stop.acknowledged) == stop_at:
                    process.send_signal(sig)
            replies += 1

        async with asyncio.timeout(START_S + STOP_S):
            async for raw in process.stdout:  # one reply per question, then a blank line
                line = raw.decode("utf-8", "replace")
                if line.strip():
                    block.append(line)
                elif block:
                    reply_seen()
                    block = []
            if block:  # cut off by the kill, but seen
                reply_seen()
            stop.returncode = await process.wait()
        stop.stderr = (await errors).decode("utf-8", "replace")
    finally:
        await _end(process)
    if len(stop.acknowledged) < stop_at:
        raise AssertionError(f"chat acknowledged only {len(stop.acknowledged)} questions "
                             f"before it ended: {stop.stderr[-2000:]}")
    await restart_and_count(db, stop)
    return stop


# -- run (Discord) ---------------------------------------------------------------------


class ReplyWatch(RequestLog):
    """The fake's request log for a stop run: the bot's replies, matched to questions."""

    def __init__(self, on_acknowledged: Callable[[int], None]) -> None:
        super().__init__()
        self._on_acknowledged = on_acknowledged
        self._questions: dict[int, str] = {}  # message id -> question
        self._replied: dict[int, asyncio.Future[None]] = {}
        self._early: dict[int, bool] = {}  # replies seen before their question's id
        self.acknowledged: list[str] = []
        self.failed: list[str] = []

    def asked(self, message_id: int, question: str) -> asyncio.Future[None]:
        """Remember the question; the future completes when the bot replies to it."""
        self._questions[message_id] = question
        replied = self._replied[message_id] = asyncio.get_running_loop().create_future()
        if message_id in self._early:
            self._seen(message_id, self._early.pop(message_id))
        return replied

    async def add(self, request: RecordedRequest) -> None:
        if not request.known_route or not 200 <= request.status < 300:
            self.failed.append(str(request))
            return
        if request.method != "POST" or not _CHANNEL_MESSAGES.fullmatch(request.path):
            return
        body = request.json or {}
        reference = body.get("message_reference")
        if not reference:
            return
        message_id = int(reference["message_id"])
        acknowledged = acknowledges(str(body.get("content") or ""))
        if message_id in self._questions:
            self._seen(message_id, acknowledged)
        else:
            self._early[message_id] = acknowledged

    def _seen(self, message_id: int, acknowledged: bool) -> None:
        replied = self._replied.get(message_id)
        if replied is not None and not replied.done():
            replied.set_result(None)
        if acknowledged:
            self.acknowledged.append(self._questions[message_id])
            self._on_acknowledged(len(self.acknowledged))


async def _wait_ready(process: asyncio.subprocess.Process, lines: list[str]) -> None:
    assert process.stderr is not None
    async with asyncio.timeout(START_S):
        while True:
            raw = await process.stderr.readline()
            if not raw:
                raise AssertionError("the bot ended before it took questions:\n"
                                     + "".join(lines)[-3000:])
            lines.append(raw.decode("utf-8", "replace"))
            if READY_LINE in lines[-1]:
                return


async def stop_run(workdir: Path, questions: list[str], sig: signal.Signals,
                   stop_at: int) -> Stop:
    db = workdir / "questions.sqlite3"
    stop = Stop("run", sig, stop_at, questions)
    signalled = asyncio.Event()
    process: asyncio.subprocess.Process | None = None

    def acknowledged(count: int) -> None:
        if count == stop_at and process is not None:
            process.send_signal(sig)  # the moment the fake sees that reply
            signalled.set()

    async with FakeDiscord() as fake:
        watch = ReplyWatch(acknowledged)
        fake.rest.requests = fake.requests = watch
        env = process_env(
            workdir, DISCORD_TOKEN=fake.token, FAKE_API_URL=fake.api_url,
            FAKE_GATEWAY_URL=fake.gateway_url, COOLDOWN_QUESTIONS="0", LOG_LEVEL="info",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(LAUNCHER), "run", "--faq", str(BUNDLED_FAQ), "--db", str(db),
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE, cwd=workdir, env=env,
        )
        lines: list[str] = []
        sender: asyncio.Task[None] | None = None
        try:
            await _wait_ready(process, lines)
            assert process.stderr is not None
            errors = asyncio.create_task(process.stderr.read())

            waiting = iter(questions)

            async def attendee() -> None:
                for question in waiting:
                    message = await fake.send_dm(fake.world.member, question)
                    await asyncio.wait_for(watch.asked(int(message["id"]), question), REPLY_S)

            async def send() -> None:
                await asyncio.gather(*(attendee() for _ in range(ASKERS)))

            sender = asyncio.create_task(send())
            async with asyncio.timeout(START_S + STOP_S):
                await signalled.wait()
                stop.returncode = await process.wait()
            stop.stderr = "".join(lines) + (await errors).decode("utf-8", "replace")
        finally:
            if sender is not None:
                sender.cancel()
                await asyncio.gather(sender, return_exceptions=True)
            await _end(process)
    stop.acknowledged = watch.acknowledged
    if watch.failed:
        raise AssertionError(f"the fake refused requests: {watch.failed[:3]}")
    await restart_and_count(db, stop)
    return stop


DOORS = {"chat": stop_chat, "run": stop_run}
