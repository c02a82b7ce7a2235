"""Load on the Discord bot through the fake Discord the end-to-end tests use.

    .venv/bin/python benchmarks/discord_load.py
    .venv/bin/python benchmarks/discord_load.py --attendees 50 --questions 2000 \\
        --unanswered-share 0.3 [--dm-share 0.5] [--channels 5] [--profile]
    .venv/bin/python benchmarks/discord_load.py --rate 200 --memory-rate 80   # a fixed load
    .venv/bin/python benchmarks/discord_load.py --one-process   # all in one event loop

The real bot (``build_bot``: real AskService, real SQLite log in a temporary
directory, a copy of the bundled FAQ; flood control off with ``cooldown_questions=0``)
runs against ``tests.discord_fake`` on 127.0.0.1.

Two processes (the default; the figures to quote, the README's included, come from
this mode): the bot runs alone in a child process, so its CPU is its own as it
would be in production, and the fake Discord and the simulated attendees run in
this one. The child is this script run with ``--serve-bot``. It points discord.py
at the fake's URLs and starts the bot (on_ready, then every guild available) with
the steps ``tests.discord_fake.running_client`` is made of (``tests.discord_client``;
the token comes in the environment). It never imports the fake or this benchmark's
plumbing, so its memory is the bot's. It takes orders on stdin, one JSON line each
(``mark`` the start of the measured run, ``sample`` at 25/50/75/100 % of it, ``stop``),
and answers on stdout (``ready``, ``marked``, then its report: RSS, tasks and CPU time of the bot's
process, the unanswered questions it stored, what it left running). Its logs go to
stderr, prefixed "bot process:". A child that dies or hangs is reported, then killed.

``--one-process``: the bot, the fake and the attendees share one process and one
event loop (``pointed_at`` + ``running_client``, as ``tests/discord_bot/fixtures.py``
does). The figures then include the fake's and the attendees' own work: on the
2-core machine that is about as much CPU as the bot's, queued in front of it.

Attendees ask in a closed loop: each sends its next question when the bot's reply to
the previous one reached the fake (``--rate`` adds think time to offer a fixed load
instead). They use the two doors that need no privileged intent: half of them
(``--dm-share``) by DM, the others by mentioning the bot in one of ``--channels``
text channels (#faq-help and "room-N"). Answerable questions are FAQ questions and
alternates typed casually (case, a typo, no "?"), kept only when the engine answers
them confidently; unanswerable ones are unique nonsense, so each must become its own
row for the moderators.

Two passes on the same questions, each with a fresh fake, bot and database:

* timed: throughput, reply latency (question sent -> the bot's reply request seen by
  the fake), the bot process's RSS at 25/50/75/100 % of the run;
* memory: the same under tracemalloc, started in the bot's process (in the default
  mode it traces the bot alone). tracemalloc makes the bot several times slower, so
  its timings are not the figures.

Each pass checks that the unanswered questions stored equal the unanswerable ones
sent (the bot side reports the exact texts). Nothing about timing is asserted; the
exit status is 1 only when something broke: a reply never came, the fake answered an
error, the stored questions differ, the bot process failed, or the shutdown left
tasks, threads or processes behind.

Target (issue): at least 200 questions/s with p99 under 100 ms on the 2-core
machine, memory flat over the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import datetime as dt
import gc
import io
import json
import logging
import os
import pstats
import random
import resource
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import traceback
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self

import discord

# A script's own folder, not the working directory, is sys.path[0]; the fake Discord
# lives in tests/, which is not part of the installed package, so the repository root
# goes on the path (for ``tests.discord_fake`` and ``benchmarks._fake_world``).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.config import BUNDLED_FAQ, Settings  # noqa: E402
from bot.core.answering import answer  # noqa: E402
from bot.core.matching import MatchIndex  # noqa: E402
from bot.discord_bot.client import ConciergeBot, SyncState  # noqa: E402
from bot.served import FaqHolder, utc_now  # noqa: E402
from bot.storage import ReviewLog  # noqa: E402
from bot.storage.records import Status  # noqa: E402
from bot.wiring import Stores, build_bot, faq_loader, open_stores  # noqa: E402

if TYPE_CHECKING:
    # Imported where used, in this process only: the bot's process never loads the fake.
    from benchmarks._fake_world import ReplyWatch
    from tests.discord_fake import FakeDiscord, FakeMember

MIB = 1024 * 1024
SAMPLE_AT = (0.25, 0.50, 0.75, 1.00)
DRAIN_LIMIT_S = 60.0  # waiting for the bot's writes after the last reply...
DRAIN_IDLE_S = 3.0  # ...giving up earlier when nothing moves for this long
STEP_S = 10.0  # each start-up step of the bot (identify, on_ready, a guild), as running_client
STARTUP_S = 60.0  # the bot's process, from its start (imports included) to ready
STOP_S = 5.0  # close() to the end of the bot's start() task, as running_client
EXIT_S = 10.0  # the bot's process, from the end of its stdin to its exit
LINE_LIMIT = 64 * MIB  # one JSON line from the bot's process (the report lists texts)
TOKEN_ENV = "DISCORD_LOAD_TOKEN"  # the fake's token, for the bot's process
SCRIPT = Path(__file__).resolve()  # run again with --serve-bot for the bot's process

SYLLABLES = (
    "bla bor cre dax fen gul hib jor kel lum mir nox pra quo riv sul tem ulf vak wim "
    "xer yol zib dro fli gam hux jen kro lep mub nir osk pim rux sab tox vel zor"
).split()
NONSENSE_FRAMES = (
    "where can I find the {a} {b}?",
    "is the {a} {b} {c} still allowed?",
    "who is in charge of {a} {b}",
    "can my {a} bring a {b} {c}",
    "{a} {b} {c}?",
    "do you know anything about {a} {b} {c}",
)


# --- questions ----------------------------------------------------------------------


def typo(text: str, rng: random.Random) -> str:
    """One light typo, the way people type on a phone: a swap, a drop or a double."""
    words = text.split()
    long = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def casual(text: str, rng: random.Random) -> str:
    """Chat style: maybe lower case, maybe no question mark, maybe a typo."""
    if rng.random() < 0.5:
        text = text.lower()
    if rng.random() < 0.4:
        text = text.rstrip("?")
    if rng.random() < 0.5:
        text = typo(text, rng)
    return text


def answerable_pool(index: MatchIndex, now: dt.datetime, rng: random.Random) -> list[str]:
    """FAQ questions and alternates, casually typed, that the engine answers confidently,
    with the meaning and on words alone: a bot whose loop lags answers on words alone
    (``bot.loop_lag``), and a question either way leaves unanswered would be stored."""
    pool: list[str] = []
    for entry in index.kb.faq:
        for phrasing in (entry.question, *entry.alternates):
            for _ in range(3):
                text = casual(phrasing, rng)
                if _answered_either_way(index, text, now):
                    pool.append(text)
                    break
            else:
                if _answered_either_way(index, phrasing, now):
                    pool.append(phrasing)
    return pool


def _answered_either_way(index: MatchIndex, text: str, now: dt.datetime) -> bool:
    """From the FAQ, not as an alert: a typo can read as one ("badge not woking" as
    someone not waking), and alerts go to the mod-log, which this run does not keep."""
    meaning, words = answer(index, text, now), answer(index, text, now, meaning=False)
    return (meaning.answered and words.answered
            and meaning.alert is None and words.alert is None)


def nonsense(index: MatchIndex, now: dt.datetime, rng: random.Random, count: int) -> list[str]:
    """``count`` distinct questions the engine cannot answer (each will be logged)."""
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
                 for _ in range(3)]
        text = rng.choice(NONSENSE_FRAMES).format(a=words[0], b=words[1], c=words[2])
        if text in seen:
            continue
        result = answer(index, text, now)
        if result.answered or result.empty:
            continue
        seen.add(text)
        out.append(text)
    return out


@dataclass
class Plan:
    per_attendee: list[list[str]]
    unanswerable: set[str]
    pool_size: int
    warmup: list[str]


def make_plan(
    index: MatchIndex, attendees: int, questions: int, share: float, warmup: int, seed: int
) -> Plan:
    rng = random.Random(seed)
    now = utc_now()
    pool = answerable_pool(index, now, rng)
    unknown = nonsense(index, now, rng, round(questions * share))
    mixed = [rng.choice(pool) for _ in range(questions - len(unknown))] + unknown
    rng.shuffle(mixed)
    per_attendee: list[list[str]] = [[] for _ in range(attendees)]
    for n, question in enumerate(mixed):
        per_attendee[n % attendees].append(question)
    return Plan(per_attendee, set(unknown), len(pool), [rng.choice(pool) for _ in range(warmup)])


# --- attendees ----------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    member: FakeMember
    channel_id: int | None  # None: asks by DM

    @property
    def door(self) -> str:
        return "DM" if self.channel_id is None else "mention"


def seat(
    members: Sequence[FakeMember], channels: Sequence[int], dm_share: float, seed: int
) -> list[Attendee]:
    """Who asks by DM (``dm_share`` of them) and who mentions the bot, and where."""
    dm_count = round(len(members) * dm_share)
    by_dm = [n < dm_count for n in range(len(members))]
    random.Random(seed).shuffle(by_dm)
    seated: list[Attendee] = []
    for member, dm in zip(members, by_dm, strict=True):
        mentioning = sum(a.channel_id is not None for a in seated)
        seated.append(Attendee(member, None if dm else channels[mentioning % len(channels)]))
    return seated


# --- measuring (in the process that measures itself) -------------------------------


def rss_now_mib() -> float:
    """Current resident set size (ru_maxrss is only the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * resource.getpagesize() / MIB


def rss_peak_mib() -> float:
    """Peak RSS of this process: VmHWM, not ru_maxrss.

    A child started by fork/vfork + exec inherits its parent's ru_maxrss (Linux keeps
    the old memory's high-water mark at exec), so the bot's process would report this
    benchmark's peak; VmHWM belongs to the process's own memory since its exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except (OSError, IndexError, ValueError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return peak / 1024 if sys.platform != "darwin" else peak / MIB


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(share * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


class Problems(logging.Handler):
    """Counts the warnings and errors logged in this process (the bot's included)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[str, int] = {}
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1
        if len(self.first) < 5:
            self.first.append(f"{record.levelname} {record.name}: {record.getMessage()}")


# --- the bot's side (in its own process by default) ----------------------------------


@dataclass
class BotSample:
    at: float  # share of the run
    rss_mib: float
    tasks: int  # alive in the bot's event loop
    traced_mib: float | None


@dataclass
class BotReport:
    """What the bot's side measured; the bot's process sends it as one JSON line."""

    pid: int = 0
    rss_start_mib: float = 0.0
    rss_peak_mib: float = 0.0  # over the process's life, up to the last sample
    cpu_s: float = 0.0  # CPU time of the bot's process during the measured run
    samples: list[BotSample] = field(default_factory=list)
    growth: list[tuple[float, int, str]] = field(default_factory=list)  # first to last sample
    traced_peak_mib: float | None = None
    events: int = 0  # questions in the stats once the writes settled
    stored_settled: int = 0  # open questions then, before the bot stopped
    drain_s: float = 0.0
    stored: int = 0  # open questions after the bot stopped
    texts: list[str] = field(default_factory=list)  # ... and their texts
    stop_error: str | None = None
    leftover_tasks: list[str] = field(default_factory=list)  # in the bot's process
    threads: list[str] = field(default_factory=list)  # in the bot's process
    logged: dict[str, int] = field(default_factory=dict)  # in the bot's process
    first_logged: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BotReport:
        fields = dict(data)
        fields["samples"] = [BotSample(**s) for s in data["samples"]]
        fields["growth"] = [(float(m), int(b), str(p)) for m, b, p in data["growth"]]
        return cls(**fields)


@dataclass
class BotConfig:
    """How the bot's process reaches the fake and what it measures (argv, as JSON)."""

    api_url: str  # what pointed_at sets Route.BASE to
    gateway_url: str  # ... and DiscordWebSocket.DEFAULT_GATEWAY
    guild_ids: list[int]  # every guild of the fake world, awaited as running_client does
    guild_id: int
    mod_log_channel_id: int
    traced: bool
    profile_to: str | None  # cProfile the measured run into this file
    semantic: bool = True  # match by meaning too, when the extra is installed


# Embeddings of the bundled FAQ, kept between runs (as a running bot keeps them).
EMBEDDING_CACHE = ROOT / "data" / "embeddings"


def bot_settings(
    workdir: Path, guild_id: int, mod_log_channel_id: int, semantic: bool = True,
    *, cooldown_questions: int = 0, alert_role_id: int | None = None,
) -> Settings:
    """A copy of the bundled FAQ in ``workdir``; flood control off unless
    ``cooldown_questions`` (0 switches it off, ``Cooldown.enabled``)."""
    faq_path = workdir / "conference.yaml"
    shutil.copyfile(BUNDLED_FAQ, faq_path)
    return Settings(
        faq_path=faq_path,
        db_path=workdir / "data" / "concierge.sqlite3",
        guild_id=guild_id,
        mod_log_channel_id=mod_log_channel_id,
        alert_role_id=alert_role_id,
        cooldown_questions=cooldown_questions,
        semantic_search="auto" if semantic else "off",
        embedding_cache=EMBEDDING_CACHE,
    )


def new_bot(settings: Settings, stores: Stores) -> ConciergeBot:
    """The bot as ``run`` builds it: the FAQ loaded with the semantic setting, both stores
    on one connection."""
    return build_bot(
        settings, faq=FaqHolder(faq_loader(settings)(settings.faq_path)),
        questions=stores.questions, programme=stores.programme,
        sync_state=SyncState(None), guild_ready_timeout=0.05,
    )


async def drained(questions: ReviewLog, expected_events: int) -> tuple[int, int, float]:
    """Wait for the bot's writes (each follows its reply): (events, open questions, s)."""
    start = time.perf_counter()
    last: tuple[int, int] | None = None
    moved = start
    while True:
        asked = (await questions.stats()).asked
        stored = await questions.count(Status.OPEN)
        now = time.perf_counter()
        if (asked, stored) != last:
            last, moved = (asked, stored), now
        elif asked >= expected_events or now - moved > DRAIN_IDLE_S:
            return asked, stored, now - start
        if now - start > DRAIN_LIMIT_S:
            return asked, stored, now - start
        await asyncio.sleep(0.05)


async def stored_texts(questions: ReviewLog) -> list[str]:
    texts: list[str] = []
    while True:
        page = await questions.list(Status.OPEN, limit=1000, offset=len(texts))
        texts += [q.question for q in page]
        if len(page) < 1000:
            return texts


def growth(snapshots: Sequence[tracemalloc.Snapshot], top: int = 6) -> list[tuple[float, int, str]]:
    """What grew most from the first snapshot to the second: (MiB, blocks, file)."""
    if len(snapshots) < 2:
        return []
    ignored = [tracemalloc.Filter(False, tracemalloc.__file__),
               tracemalloc.Filter(False, "<frozen importlib._bootstrap*>")]
    first, last = (s.filter_traces(ignored) for s in snapshots[:2])
    diffs = sorted(last.compare_to(first, "filename"), key=lambda d: -d.size_diff)
    return [(d.size_diff / MIB, d.count_diff, short_path(d.traceback[0].filename))
            for d in diffs[:top]]


class BotProbe:
    """The measurements taken in the bot's process and event loop, into a BotReport."""

    def __init__(self, questions: ReviewLog, *, traced: bool, profile: bool) -> None:
        self.questions = questions
        self.traced = traced
        self.profiler = cProfile.Profile() if profile else None
        self.report = BotReport(pid=os.getpid())
        self._snapshots: list[tracemalloc.Snapshot] = []  # first and last sample
        self._cpu_start = 0.0

    def mark(self) -> None:
        """The measured run starts (the warm-up is over)."""
        gc.collect()
        if self.traced:
            tracemalloc.start()
        self.report.rss_start_mib = rss_now_mib()
        self._cpu_start = time.process_time()
        if self.profiler is not None:
            self.profiler.enable()

    def sample(self, at: float) -> None:
        traced = tracemalloc.get_traced_memory()[0] / MIB if tracemalloc.is_tracing() else None
        self.report.samples.append(
            BotSample(at, rss_now_mib(), len(asyncio.all_tasks()), traced)
        )
        if at == SAMPLE_AT[-1]:
            self.report.rss_peak_mib = rss_peak_mib()  # before a snapshot inflates it
        if traced is not None and at in (SAMPLE_AT[0], SAMPLE_AT[-1]):
            self._snapshots.append(tracemalloc.take_snapshot())

    async def end_run(self, expected_events: int) -> None:
        """The measured run is over: stop profiling and tracing, wait for the writes."""
        self.report.cpu_s = time.process_time() - self._cpu_start
        if self.profiler is not None:
            self.profiler.disable()
        if not self.report.rss_peak_mib:  # the 100 % sample never came
            self.report.rss_peak_mib = rss_peak_mib()
        if tracemalloc.is_tracing():
            self.report.growth = growth(self._snapshots)
            self._snapshots.clear()
            self.report.traced_peak_mib = tracemalloc.get_traced_memory()[1] / MIB
            tracemalloc.stop()
        report = self.report
        report.events, report.stored_settled, report.drain_s = await drained(
            self.questions, expected_events
        )

    async def after_stop(self) -> None:
        """The bot has stopped; its close() flushed whatever it still had to write."""
        self.report.stored = await self.questions.count(Status.OPEN)
        self.report.texts = await stored_texts(self.questions)


def leftover_tasks() -> list[str]:
    current = asyncio.current_task()
    return [t.get_name() for t in asyncio.all_tasks() if t is not current and not t.done()]


def other_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t is not threading.main_thread()]


# --- the bot's process (``--serve-bot``) ---------------------------------------------

Send = Callable[..., None]


def serve_bot_main(config_json: str) -> int:
    """Entry point of the bot's process; stdout carries JSON lines for the parent only."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the parent stops it (stdin ends)
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)  # whatever else prints goes to stderr, not into the parent's pipe
    logging.basicConfig(level=logging.WARNING,
                        format="bot process: %(levelname)s %(name)s: %(message)s")
    problems = Problems()
    logging.getLogger().addHandler(problems)

    def send(event: str, **fields: Any) -> None:
        out.write(json.dumps({"event": event, **fields}) + "\n")
        out.flush()

    try:
        config = BotConfig(**json.loads(config_json))
        report = asyncio.run(serve_bot(config, os.environ[TOKEN_ENV], send))
        if report is None:
            return 1  # the parent went away before it said stop
        report.threads = other_threads()  # once the loop has closed its executor
        report.logged, report.first_logged = problems.counts, problems.first
        send("report", report=asdict(report))
    except BrokenPipeError:
        return 1
    except Exception as exc:
        traceback.print_exc()
        with contextlib.suppress(BrokenPipeError):
            send("failed", error=f"{type(exc).__name__}: {exc}")
        return 1
    return 0 if report.stop_error is None else 1


async def serve_bot(config: BotConfig, token: str, send: Send) -> BotReport | None:
    """Run the bot against the fake until the parent says stop; None if it went away."""
    # tests.discord_client, not tests.discord_fake: this process never loads the fake.
    from tests.discord_client import pointed_at_urls

    with pointed_at_urls(config.api_url, config.gateway_url), \
            tempfile.TemporaryDirectory(prefix="discord-load-bot-") as tmp:
        settings = bot_settings(Path(tmp), config.guild_id, config.mod_log_channel_id,
                                config.semantic)
        stores = await open_stores(settings.db_path)
        try:
            probe = BotProbe(stores.questions, traced=config.traced,
                             profile=bool(config.profile_to))
            bot = new_bot(settings, stores)
            reader, stdin = await stdin_reader()
            client = asyncio.create_task(bot.start(token), name="concierge-bot")
            try:
                await until_ready(bot, client, config.guild_ids)
                send("ready", pid=os.getpid())
                expected_events = await take_orders(reader, probe, send)
                if expected_events is not None:
                    await probe.end_run(expected_events)
            finally:
                stdin.close()
                probe.report.stop_error = await stop_client(bot, client)
            if expected_events is None:
                return None
            if config.profile_to and probe.profiler is not None:
                probe.profiler.dump_stats(config.profile_to)
            await probe.after_stop()
        finally:
            await stores.close()
    for _ in range(3):  # let the callbacks of closed transports run
        await asyncio.sleep(0)
    probe.report.leftover_tasks = leftover_tasks()
    return probe.report


async def stdin_reader() -> tuple[asyncio.StreamReader, asyncio.BaseTransport]:
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=LINE_LIMIT)
    transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), sys.stdin
    )
    return reader, transport


async def take_orders(reader: asyncio.StreamReader, probe: BotProbe, send: Send) -> int | None:
    """Obey the parent until ``stop``: its count of questions; None at the end of stdin."""
    while line := await reader.readline():
        order = json.loads(line)
        if order["cmd"] == "mark":
            probe.mark()
            send("marked")
        elif order["cmd"] == "sample":
            probe.sample(float(order["at"]))
        elif order["cmd"] == "stop":
            return int(order["expected_events"])
        else:
            raise ValueError(f"unknown order from the parent: {order}")
    return None


async def until_ready(
    bot: discord.Client, client: asyncio.Task[None], guild_ids: Sequence[int]
) -> None:
    """As ``running_client``: on_ready, then every guild available."""
    from tests.discord_client import ready_with_guilds

    await ready_with_guilds(bot, client, guild_ids, STEP_S)


async def stop_client(bot: discord.Client, client: asyncio.Task[None]) -> str | None:
    """As ``running_client``'s shutdown: close(), then the start() task must end."""
    from tests.discord_client import stopped

    error = await stopped(bot, client, STOP_S)
    return None if error is None else f"{type(error).__name__}: {error}"


# --- driving the bot from this process -----------------------------------------------


class BotProcessError(Exception):
    """The bot's process failed, hung or broke the protocol."""


class BotSide(Protocol):
    def alive(self) -> bool: ...

    async def mark(self) -> None: ...

    def sample(self, at: float) -> None: ...

    async def finish(self, expected_events: int) -> BotReport: ...

    def profile(self) -> pstats.Stats | None: ...


class BotProcess:
    """The bot in a child process (this script with ``--serve-bot``), driven by a pipe."""

    def __init__(self, token: str, config: BotConfig) -> None:
        self._token = token
        self._config = config
        self._proc: asyncio.subprocess.Process | None = None
        self.returncode: int | None = None
        self.killed = False

    async def __aenter__(self) -> Self:
        self._proc = await asyncio.create_subprocess_exec(
            sys.executable, str(SCRIPT),
            "--serve-bot", json.dumps(asdict(self._config)),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            env={**os.environ, TOKEN_ENV: self._token}, limit=LINE_LIMIT,
        )
        try:
            await self._expect("ready", STARTUP_S)
        except BaseException:
            await self._end()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self._end()

    @property
    def proc(self) -> asyncio.subprocess.Process:
        assert self._proc is not None, "the bot's process is not started"
        return self._proc

    def alive(self) -> bool:
        return self.proc.returncode is None

    async def mark(self) -> None:
        self._order({"cmd": "mark"})
        await self._expect("marked", STARTUP_S)

    def sample(self, at: float) -> None:
        self._order({"cmd": "sample", "at": at})  # the report brings the figures back

    async def finish(self, expected_events: int) -> BotReport:
        self._order({"cmd": "stop", "expected_events": expected_events})
        message = await self._expect("report", DRAIN_LIMIT_S + STOP_S + EXIT_S + 30.0)
        return BotReport.from_json(message["report"])

    def profile(self) -> pstats.Stats | None:
        path = self._config.profile_to
        return pstats.Stats(path) if path and Path(path).exists() else None

    def _order(self, order: dict[str, Any]) -> None:
        stdin = self.proc.stdin
        assert stdin is not None
        if not stdin.is_closing():
            stdin.write((json.dumps(order) + "\n").encode())

    async def _expect(self, event: str, within: float) -> dict[str, Any]:
        stdout = self.proc.stdout
        assert stdout is not None
        try:
            line = await asyncio.wait_for(stdout.readline(), within)
        except TimeoutError:
            raise BotProcessError(
                f"no {event!r} from the bot's process within {within:g} s"
            ) from None
        if not line:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.proc.wait(), EXIT_S)
            raise BotProcessError(f"the bot's process ended (exit status {self.proc.returncode}) "
                            f"before it sent {event!r}; its stderr is above")
        message: dict[str, Any] = json.loads(line)
        if message.get("event") == "failed":
            raise BotProcessError(f"the bot's process failed: {message.get('error')}")
        if message.get("event") != event:
            raise BotProcessError(f"expected {event!r} from the bot's process, got {line[:200]!r}")
        return message

    async def _end(self) -> None:
        """Close its stdin (it stops, if it has not yet), reap it; kill it if it hangs."""
        proc = self._proc
        if proc is None:
            return
        if proc.stdin is not None and not proc.stdin.is_closing():
            proc.stdin.close()
        try:
            await asyncio.wait_for(proc.wait(), EXIT_S)
        except TimeoutError:
            proc.kill()  # our own child, by its pid
            self.killed = True
            await proc.wait()
        self.returncode = proc.returncode


class InProcessBot:
    """The bot in this process and event loop, as the end-to-end tests run it."""

    def __init__(
        self, fake: FakeDiscord, workdir: Path, *, traced: bool, profile: bool,
        semantic: bool = True,
    ) -> None:
        self._fake = fake
        self._workdir = workdir
        self._traced = traced
        self._profile = profile
        self._semantic = semantic
        self._stack: contextlib.AsyncExitStack | None = None
        self._stores: Stores | None = None
        self._probe: BotProbe | None = None

    async def __aenter__(self) -> Self:
        from tests.discord_fake import Ids, pointed_at, running_client

        settings = bot_settings(self._workdir, Ids.GUILD, Ids.GENERAL_CHANNEL, self._semantic)
        self._stores = stores = await open_stores(settings.db_path)
        self._probe = BotProbe(stores.questions, traced=self._traced, profile=self._profile)
        self._stack = contextlib.AsyncExitStack()
        try:
            self._stack.enter_context(pointed_at(self._fake))
            bot = new_bot(settings, stores)
            await self._stack.enter_async_context(running_client(bot, self._fake))
        except BaseException:
            await self.__aexit__()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        stack, self._stack = self._stack, None
        stores, self._stores = self._stores, None
        try:
            if stack is not None:
                await stack.aclose()
        finally:
            if stores is not None:
                await stores.close()

    @property
    def probe(self) -> BotProbe:
        assert self._probe is not None, "the bot is not started"
        return self._probe

    def alive(self) -> bool:
        return True

    async def mark(self) -> None:
        self.probe.mark()

    def sample(self, at: float) -> None:
        self.probe.sample(at)

    async def finish(self, expected_events: int) -> BotReport:
        await self.probe.end_run(expected_events)
        stack, self._stack = self._stack, None
        if stack is not None:
            try:
                await stack.aclose()  # running_client closes the bot, pointed_at undone
            except Exception as exc:
                self.probe.report.stop_error = f"{type(exc).__name__}: {exc}"
        await self.probe.after_stop()
        return self.probe.report

    def profile(self) -> pstats.Stats | None:
        profiler = self.probe.profiler
        return pstats.Stats(profiler) if profiler is not None else None


# --- attendees asking ----------------------------------------------------------------


@dataclass
class Mark:
    at: float  # share of the run
    done: int
    seconds: float


@dataclass
class Progress:
    total: int
    started: float
    sample: Callable[[float], None]  # the bot's side takes its sample
    marks: list[Mark] = field(default_factory=list)
    done: int = 0
    _next: int = 0

    def tick(self) -> None:
        self.done += 1
        while self._next < len(SAMPLE_AT) and self.done >= SAMPLE_AT[self._next] * self.total:
            at = SAMPLE_AT[self._next]
            self.marks.append(Mark(at, self.done, time.perf_counter() - self.started))
            self.sample(at)
            self._next += 1


@dataclass
class PassResult:
    traced: bool
    one_process: bool
    wall_s: float = 0.0
    cpu_s: float = 0.0  # this process's CPU time during the measured run
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # by door
    missing: list[str] = field(default_factory=list)  # questions never replied to
    marks: list[Mark] = field(default_factory=list)
    expected_events: int = 0
    bot: BotReport | None = None
    failure: str | None = None  # the bot's process failed
    bot_exit: int | None = None  # the bot's process's exit status
    bot_killed: bool = False
    missing_rows: list[str] = field(default_factory=list)
    unexpected_rows: list[str] = field(default_factory=list)
    replies: int = 0
    extra_parts: int = 0
    fake_failed: int = 0
    fake_failures: list[str] = field(default_factory=list)
    leftover_tasks: list[str] = field(default_factory=list)  # in this process's loop
    profile: pstats.Stats | None = None

    @property
    def all_latencies(self) -> list[float]:
        return sorted(ms for door in self.latencies_ms.values() for ms in door)


class Asker:
    """Sends one attendee's questions, each after the reply to the one before."""

    def __init__(self, fake: FakeDiscord, watch: ReplyWatch, *, timeout: float) -> None:
        self.fake = fake
        self.watch = watch
        self.timeout = timeout

    async def ask(self, attendee: Attendee, question: str) -> float | None:
        """Seconds from sending to the reply reaching the fake; None without a reply."""
        start = time.perf_counter()
        if attendee.channel_id is None:
            message = await self.fake.send_dm(attendee.member.user, question)
        else:
            bot = self.fake.world.bot_member
            message = await self.fake.send_message(
                attendee.channel_id, attendee.member, f"{bot.mention} {question}",
                mentions=[bot],
            )
        try:
            replied = await self.watch.reply_to(int(message["id"]), self.timeout)
        except TimeoutError:
            return None
        return replied - start

    async def attendee(
        self, attendee: Attendee, questions: Sequence[str], interval: float,
        result: PassResult, progress: Progress, alive: Callable[[], bool],
    ) -> None:
        """Closed loop; with ``interval`` > 0, also no faster than one per interval."""
        latencies = result.latencies_ms.setdefault(attendee.door, [])
        slot = time.perf_counter() + random.Random(attendee.member.id).random() * interval
        for n, question in enumerate(questions):
            if not alive():  # the bot's process is gone: no use waiting for each reply
                result.missing += questions[n:]
                return
            if interval:
                await asyncio.sleep(max(0.0, slot - time.perf_counter()))
                slot += interval
            took = await self.ask(attendee, question)
            if took is None:
                result.missing.append(question)
            else:
                latencies.append(took * 1000.0)
            progress.tick()


# --- one pass -----------------------------------------------------------------------


async def one_pass(args: argparse.Namespace, plan: Plan, *, traced: bool) -> PassResult:
    result = PassResult(traced=traced, one_process=args.one_process)
    with tempfile.TemporaryDirectory(prefix="discord-load-") as tmp:
        try:
            await run_pass(args, plan, Path(tmp), result)
        except BotProcessError as exc:
            result.failure = str(exc)
    for _ in range(3):  # let the callbacks of closed transports run
        await asyncio.sleep(0)
    result.leftover_tasks = leftover_tasks()
    return result


async def run_pass(args: argparse.Namespace, plan: Plan, workdir: Path, result: PassResult) -> None:
    from benchmarks._fake_world import ReplyWatch, add_attendees, add_channels
    from tests.discord_fake import FakeDiscord, Ids

    fake = FakeDiscord()
    attendees = seat(add_attendees(fake.world, args.attendees),
                     add_channels(fake.world, args.channels), args.dm_share, args.seed)
    watch = ReplyWatch.install(fake)
    profile = args.profile and not result.traced
    result.expected_events = len(plan.warmup) + args.questions
    try:
        async with fake:
            bot: InProcessBot | BotProcess
            if args.one_process:
                bot = InProcessBot(fake, workdir, traced=result.traced, profile=profile,
                                   semantic=args.semantic)
            else:
                bot = BotProcess(fake.token, BotConfig(
                    api_url=fake.api_url, gateway_url=fake.gateway_url,
                    guild_ids=[g.id for g in fake.world.guilds], guild_id=Ids.GUILD,
                    mod_log_channel_id=Ids.GENERAL_CHANNEL, traced=result.traced,
                    profile_to=str(workdir / "bot.prof") if profile else None,
                    semantic=args.semantic,
                ))
            try:
                async with bot:
                    await exercise(args, plan, Asker(fake, watch, timeout=args.timeout),
                                   attendees, bot, result)
                    result.bot = await bot.finish(result.expected_events)
                    result.profile = bot.profile()
            finally:
                if isinstance(bot, BotProcess):
                    result.bot_exit, result.bot_killed = bot.returncode, bot.killed
    finally:
        result.replies, result.extra_parts = watch.replies, watch.extra_parts
        result.fake_failed, result.fake_failures = watch.failed, watch.failures
    texts = set(result.bot.texts)
    result.missing_rows = sorted(plan.unanswerable - texts)
    result.unexpected_rows = sorted(texts - plan.unanswerable)


async def exercise(
    args: argparse.Namespace, plan: Plan, asker: Asker, attendees: list[Attendee],
    bot: BotSide, result: PassResult,
) -> None:
    for question in plan.warmup:  # first-use costs (caches, lazy imports) out of the figures
        if await asker.ask(attendees[0], question) is None:
            result.missing.append(question)

    gc.collect()
    await bot.mark()
    rate = args.memory_rate if result.traced else args.rate
    interval = args.attendees / rate if rate > 0 else 0.0
    progress = Progress(args.questions, time.perf_counter(), bot.sample)
    cpu_start = time.process_time()
    async with asyncio.TaskGroup() as group:
        for attendee, mine in zip(attendees, plan.per_attendee, strict=True):
            group.create_task(
                asker.attendee(attendee, mine, interval, result, progress, bot.alive)
            )
    result.wall_s = time.perf_counter() - progress.started
    result.cpu_s = time.process_time() - cpu_start
    result.marks = progress.marks


# --- printing -----------------------------------------------------------------------


def latency_line(values: Sequence[float], *, counted: str = " replies",
                 none: str = "no replies") -> str:
    """Median, p95, p99 and max of already sorted times in ms, and how many."""
    if not values:
        return none
    return (f"median {statistics.median(values):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
            f"p99 {percentile(values, 0.99):.1f} ms, max {values[-1]:.1f} ms  "
            f"({len(values)}{counted})")


def print_pass(args: argparse.Namespace, plan: Plan, r: PassResult) -> bool:
    """Print one pass; True when something broke."""
    sent = args.questions
    where = ("one process: bot, fake and attendees" if r.one_process
             else "the bot in its own process")
    if r.traced:
        traced = ("it traces the fake and the attendees too" if r.one_process
                  else "in the bot's process only")
        print(f"\n-- memory run ({where}; tracemalloc on, {traced}; its timings are not "
              "the figures)")
    else:
        print(f"\n-- timed run ({where})")
    if r.failure is not None:
        print(f"BOT PROCESS FAILED: {r.failure}")
    wall = r.wall_s or float("nan")
    if r.wall_s:
        print(f"wall time:          {r.wall_s:.2f} s")
        print(f"throughput:         {sent / wall:.0f} questions/s")
    if r.traced and args.memory_rate > 0 and sent / wall < 0.95 * args.memory_rate:
        print(f"   (slower than the {args.memory_rate:g}/s asked for: the bot is saturated "
              "under tracemalloc; try a lower --memory-rate)")
    if r.latencies_ms:
        print(f"reply latency:      {latency_line(r.all_latencies)}")
    for door, values in sorted(r.latencies_ms.items()):
        print(f"  {'by ' + door + ':':17} {latency_line(sorted(values))}")
    b = r.bot
    if b is not None:
        if r.one_process:
            print(f"CPU over the run:   {b.cpu_s:.2f} s ({b.cpu_s / wall:.0%} of a core), "
                  "bot, fake and attendees together")
        else:
            print(f"CPU over the run:   bot process {b.cpu_s:.2f} s "
                  f"({b.cpu_s / wall:.0%} of a core); fake + attendees {r.cpu_s:.2f} s "
                  f"({r.cpu_s / wall:.0%})")
        owner = "" if r.one_process else "bot process "
        traced = f"tracemalloc peak {b.traced_peak_mib:.1f} MiB, " if b.traced_peak_mib else ""
        print(f"peak memory:        {owner}{traced}RSS peak {b.rss_peak_mib:.1f} MiB "
              f"(RSS {b.rss_start_mib:.1f} MiB at the start of the run)")
        print_samples(r, b)
    print(f"replies seen:       {r.replies} ({r.extra_parts} further parts of long answers)")
    broken = r.failure is not None
    if b is not None:
        print(f"writes drained:     {b.drain_s:.2f} s after the last reply "
              f"({b.events} of {r.expected_events} questions in the stats)")
        unknown_sent = len(plan.unanswerable)
        match = b.stored == unknown_sent and not (r.missing_rows or r.unexpected_rows)
        print(f"unanswered stored:  {b.stored} of {unknown_sent} sent "
              f"({'match' if match else 'MISMATCH'}; {b.stored_settled} once the writes "
              "settled, before the bot stopped)")
        broken |= not match
        for label, rows in (("sent but not stored", r.missing_rows),
                            ("stored but not sent as unanswerable", r.unexpected_rows)):
            if rows:
                print(f"  {len(rows)} {label}, e.g. {rows[:3]}")
        broken |= print_bot_shutdown(r, b)
    if r.missing:
        broken = True
        print(f"NO REPLY within {args.timeout:g} s to {len(r.missing)} question(s), "
              f"e.g. {r.missing[:3]}")
    if r.fake_failed:
        broken = True
        print(f"the fake answered {r.fake_failed} request(s) with an error: "
              f"{r.fake_failures[:3]}")
    if r.leftover_tasks:
        broken = True
        print(f"LEFT RUNNING after shutdown: {r.leftover_tasks}")
    return broken


def print_samples(r: PassResult, b: BotReport) -> None:
    loop = ("the one loop: the bot's, the fake's and the attendees'" if r.one_process
            else "the bot's loop")
    print(f"memory samples:     (tasks: alive in {loop}; the bot keeps one per message "
          "until its question is written)")
    taken = {s.at: s for s in b.samples}
    for m in r.marks:
        s = taken.get(m.at)
        if s is None:
            print(f"  {m.at:4.0%} ({m.done:5d} done, {m.seconds:6.2f} s)  no sample")
            continue
        traced = f"traced {s.traced_mib:6.2f} MiB  " if s.traced_mib is not None else ""
        print(f"  {m.at:4.0%} ({m.done:5d} done, {m.seconds:6.2f} s)  {traced}"
              f"RSS {s.rss_mib:6.1f} MiB  tasks {s.tasks:5d}")
    if len(b.samples) >= 2:
        first, last = b.samples[0], b.samples[-1]
        print(f"  RSS {first.at:.0%} -> {last.at:.0%}: {last.rss_mib - first.rss_mib:+.1f} MiB")
    if b.growth:
        print(f"grew most from {SAMPLE_AT[0]:.0%} to {SAMPLE_AT[-1]:.0%} (allocated in):")
        for mib, blocks, path in b.growth:
            print(f"  {mib:+6.2f} MiB {blocks:+7d} blocks  {path}")


def print_bot_shutdown(r: PassResult, b: BotReport) -> bool:
    """The bot's stop (and its process's end); True when something broke."""
    broken = False
    if b.stop_error is not None:
        broken = True
        print(f"BOT STOP FAILED: {b.stop_error}")
    if r.one_process:
        return broken
    status = "killed" if r.bot_killed else f"exit status {r.bot_exit}"
    left = b.leftover_tasks + b.threads
    print(f"bot process:        pid {b.pid}, {status}; after the stop {len(b.leftover_tasks)} "
          f"tasks and {len(b.threads)} threads left{': ' + ', '.join(left) if left else ''}")
    if b.logged:
        print(f"  logged there:     {b.logged}; first: {b.first_logged}")
    return broken or bool(left) or r.bot_killed or r.bot_exit != 0


def print_profile(stats: pstats.Stats, where: str, top: int = 25) -> None:
    """Own time by area (the bot's modules, discord.py, aiohttp, the fake...), top calls."""
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = (
        stats.stats  # type: ignore[attr-defined]
    )
    areas: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, _) in raw.items():
        areas[area_of(filename)] = areas.get(area_of(filename), 0.0) + own
    total = sum(areas.values())
    print(f"\nprofile of the timed run ({where}; {total:.2f} s own time):")
    for name, seconds in sorted(areas.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {seconds:6.2f} s  {seconds / total:5.1%}  {name}")
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)
    print(out.getvalue())


def short_path(filename: str) -> str:
    path = filename.replace("\\", "/")
    for marker in ("site-packages/", str(ROOT).replace("\\", "/") + "/", "/lib/python3"):
        if marker in path:
            return path.split(marker, 1)[1].removeprefix(".11/").removeprefix(".12/")
    return path


def area_of(filename: str) -> str:
    path = filename.replace("\\", "/")
    if "/tests/discord_fake/" in path:
        return "the fake Discord (tests/discord_fake)"
    if "/benchmarks/" in path:
        return "this benchmark"
    root = str(ROOT).replace("\\", "/") + "/bot/"
    if path.startswith(root):
        parts = path[len(root):].removesuffix(".py").split("/")
        return "bot." + ".".join(parts[:2] if parts[0] in ("core", "storage") else parts[:1])
    if "site-packages/" in path:
        return path.split("site-packages/")[1].split("/")[0]
    if path.startswith("<") or path == "~":
        return "C built-ins (json, sockets, select, str...)"
    return "stdlib asyncio" if "/asyncio/" in path else "stdlib " + Path(path).stem


def child_processes() -> list[int]:
    """Pids of this process's children still there (zombies included); Linux only."""
    pids: list[int] = []
    for children in Path("/proc/self/task").glob("*/children"):
        with contextlib.suppress(OSError, ValueError):
            pids += [int(pid) for pid in children.read_text().split()]
    return pids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attendees", type=int, default=50)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--unanswered-share", type=float, default=0.3,
                        help="share of unanswerable (unique) questions (default 0.3)")
    parser.add_argument("--dm-share", type=float, default=0.5,
                        help="share of attendees asking by DM; the others mention the bot")
    parser.add_argument("--channels", type=int, default=5,
                        help="text channels the mentioning attendees share (default 5)")
    parser.add_argument("--rate", type=float, default=0.0,
                        help="offer at most this many questions/s in all (default 0: as fast "
                             "as the bot replies)")
    parser.add_argument("--memory-rate", type=float, default=None,
                        help="--rate for the memory run (default: the same); tracemalloc "
                             "makes the bot about 5 times slower")
    parser.add_argument("--warmup", type=int, default=50,
                        help="answerable questions asked first and left out of the figures")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds to wait for one reply before reporting it missing")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-semantic", dest="semantic", action="store_false",
                        help="words only, even when the semantic extra is installed")
    parser.add_argument("--no-tracemalloc", dest="tracemalloc", action="store_false",
                        help="skip the memory run (RSS figures only)")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the bot's process (with --one-process: the one loop) "
                             "in the timed run and print where the time goes")
    parser.add_argument("--one-process", action="store_true",
                        help="run the bot in this process and event loop, with the fake "
                             "and the attendees (the figures then include their work)")
    parser.add_argument("--serve-bot", metavar="CONFIG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_bot is not None:
        sys.exit(serve_bot_main(args.serve_bot))
    if args.memory_rate is None:
        args.memory_rate = args.rate
    if not (args.attendees > 0 and args.questions >= args.attendees and args.channels > 0):
        parser.error("need an attendee, a channel, and a question per attendee")
    if not (0.0 <= args.unanswered_share <= 1.0 and 0.0 <= args.dm_share <= 1.0):
        parser.error("shares are between 0 and 1")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    problems = Problems()
    logging.getLogger().addHandler(problems)

    # The plan judges its questions with the engine the bot runs (words, or meaning too).
    with tempfile.TemporaryDirectory() as scratch:
        engine = faq_loader(bot_settings(Path(scratch), 0, 0, args.semantic))
        plan = make_plan(engine(BUNDLED_FAQ).index, args.attendees, args.questions,
                         args.unanswered_share, args.warmup, args.seed)
    unknown = len(plan.unanswerable)
    dm = round(args.attendees * args.dm_share)
    print(f"questions:          {args.questions} ({args.questions - unknown} answerable, drawn "
          f"from {plan.pool_size} phrasings; {unknown} unanswerable, all distinct) "
          f"+ {len(plan.warmup)} warm-up")
    pace = f"at most {args.rate:g} questions/s" if args.rate > 0 else "as fast as replies come"
    if args.memory_rate != args.rate and args.tracemalloc:
        pace += f" ({args.memory_rate:g}/s in the memory run)"
    print(f"attendees:          {args.attendees}, closed loop, {pace}: {dm} by DM, "
          f"{args.attendees - dm} by mention in {args.channels} channel(s)")
    print("processes:          " + (
        "one: the bot, the fake Discord and the attendees share an event loop"
        if args.one_process else
        f"the bot in its own; the fake Discord and the attendees in this one "
        f"({os.cpu_count()} CPUs)"))

    results = [asyncio.run(one_pass(args, plan, traced=False))]
    if args.tracemalloc:
        results.append(asyncio.run(one_pass(args, plan, traced=True)))
    broken = False
    for result in results:
        broken |= print_pass(args, plan, result)
    threads = other_threads()
    children = child_processes()
    print(f"\nafter shutdown:     {sum(len(r.leftover_tasks) for r in results)} tasks, "
          f"{len(threads)} threads{': ' + ', '.join(threads) if threads else ''} and "
          f"{len(children)} child processes{': ' + str(children) if children else ''} "
          "left in this process")
    if problems.counts:
        print(f"logged:             {problems.counts}; first: {problems.first}")
    profile = results[0].profile
    if profile is not None:
        print_profile(profile, "the one event loop" if args.one_process else "the bot's process")
    sys.exit(1 if broken or threads or children else 0)


if __name__ == "__main__":
    main()
