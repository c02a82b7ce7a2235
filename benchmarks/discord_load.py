"""Load on the Discord bot through the fake Discord the end-to-end tests use.

    .venv/bin/python benchmarks/discord_load.py
    .venv/bin/python benchmarks/discord_load.py --attendees 50 --questions 2000 \\
        --unanswered-share 0.3 [--dm-share 0.5] [--channels 5] [--profile]
    .venv/bin/python benchmarks/discord_load.py --rate 200 --memory-rate 80   # a fixed load

The real bot (``build_bot``: real AskService, real SQLite log in a temporary
directory, a copy of the bundled FAQ) runs against ``tests.discord_fake`` on
127.0.0.1, started as ``tests/discord_bot/fixtures.py`` does (``pointed_at`` +
``running_client``); flood control is off (``cooldown_questions=0``).

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
  the fake), RSS at 25/50/75/100 % of the run;
* memory: the same under tracemalloc (peak and samples). tracemalloc makes the
  run several times slower, so its timings are not the figures.

Each pass checks that the unanswered questions stored equal the unanswerable ones
sent. Nothing about timing is asserted; the exit status is 1 only when something
broke: a reply never came, the fake answered an error, the stored questions differ,
or the shutdown left tasks behind.

Target (issue): at least 200 questions/s with p99 under 100 ms on the 2-core
machine, memory flat over the run. The bot, the fake and the attendees share one
process and one event loop, so the figures include the fake's own work.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import gc
import io
import logging
import pstats
import random
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

# A script's own folder, not the working directory, is sys.path[0]; the fake Discord
# lives in tests/, which is not part of the installed package, so the repository root
# goes on the path (for ``tests.discord_fake`` and ``benchmarks._fake_world``).
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._fake_world import ReplyWatch, add_attendees, add_channels  # noqa: E402
from bot.config import BUNDLED_FAQ, Settings  # noqa: E402
from bot.core.answering import answer  # noqa: E402
from bot.core.matching import MatchIndex  # noqa: E402
from bot.discord_bot.client import SyncState, build_bot  # noqa: E402
from bot.service import FaqHolder, utc_now  # noqa: E402
from bot.storage import UnansweredLog  # noqa: E402
from bot.storage.records import Status  # noqa: E402
from bot.wiring import load_faq, open_question_log  # noqa: E402
from tests.discord_fake import FakeDiscord, FakeMember, Ids, pointed_at, running_client  # noqa: E402

MIB = 1024 * 1024
SAMPLE_AT = (0.25, 0.50, 0.75, 1.00)
DRAIN_LIMIT_S = 60.0  # waiting for the bot's writes after the last reply...
DRAIN_IDLE_S = 3.0  # ...giving up earlier when nothing moves for this long

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
    """FAQ questions and alternates, casually typed, that the engine answers confidently."""
    pool: list[str] = []
    for entry in index.kb.faq:
        for phrasing in (entry.question, *entry.alternates):
            for _ in range(3):
                text = casual(phrasing, rng)
                if answer(index, text, now).answered:
                    pool.append(text)
                    break
            else:
                if answer(index, phrasing, now).answered:
                    pool.append(phrasing)
    return pool


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


# --- measuring ----------------------------------------------------------------------


def rss_now_mib() -> float:
    """Current resident set size (ru_maxrss is only the peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * resource.getpagesize() / MIB


def rss_peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return peak / 1024 if sys.platform != "darwin" else peak / MIB


@dataclass
class Sample:
    at: float  # share of the run
    done: int
    seconds: float
    traced_mib: float | None
    rss_mib: float
    tasks: int


@dataclass
class Progress:
    total: int
    started: float
    samples: list[Sample] = field(default_factory=list)
    snapshots: list[tracemalloc.Snapshot] = field(default_factory=list)  # first and last
    rss_peak_mib: float = 0.0  # over the process's life, up to the last sample
    done: int = 0
    _next: int = 0

    def tick(self) -> None:
        self.done += 1
        while self._next < len(SAMPLE_AT) and self.done >= SAMPLE_AT[self._next] * self.total:
            at = SAMPLE_AT[self._next]
            traced = tracemalloc.get_traced_memory()[0] / MIB if tracemalloc.is_tracing() else None
            self.samples.append(Sample(
                at, self.done, time.perf_counter() - self.started, traced, rss_now_mib(),
                len(asyncio.all_tasks()),
            ))
            if at == SAMPLE_AT[-1]:
                self.rss_peak_mib = rss_peak_mib()  # before a snapshot inflates it
            if traced is not None and at in (SAMPLE_AT[0], SAMPLE_AT[-1]):
                self.snapshots.append(tracemalloc.take_snapshot())
            self._next += 1

    def growth(self, top: int = 6) -> list[tuple[float, int, str]]:
        """What grew most from the first sample to the last: (MiB, blocks, file)."""
        if len(self.snapshots) < 2:
            return []
        ignored = [tracemalloc.Filter(False, tracemalloc.__file__),
                   tracemalloc.Filter(False, "<frozen importlib._bootstrap*>")]
        first, last = (s.filter_traces(ignored) for s in self.snapshots[:2])
        diffs = sorted(last.compare_to(first, "filename"), key=lambda d: -d.size_diff)
        return [(d.size_diff / MIB, d.count_diff, short_path(d.traceback[0].filename))
                for d in diffs[:top]]


def percentile(sorted_values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), round(share * len(sorted_values) + 0.5)))
    return sorted_values[rank - 1]


@dataclass
class PassResult:
    traced: bool
    wall_s: float = 0.0
    latencies_ms: dict[str, list[float]] = field(default_factory=dict)  # by door
    missing: list[str] = field(default_factory=list)  # questions never replied to
    samples: list[Sample] = field(default_factory=list)
    growth: list[tuple[float, int, str]] = field(default_factory=list)  # first to last sample
    traced_peak_mib: float | None = None
    rss_start_mib: float = 0.0
    rss_peak_mib: float = 0.0
    events: int = 0
    expected_events: int = 0
    stored_settled: int = 0
    drain_s: float = 0.0
    stored: int = 0
    missing_rows: list[str] = field(default_factory=list)
    unexpected_rows: list[str] = field(default_factory=list)
    replies: int = 0
    extra_parts: int = 0
    fake_failed: int = 0
    fake_failures: list[str] = field(default_factory=list)
    leftover_tasks: list[str] = field(default_factory=list)
    profile: cProfile.Profile | None = None

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
        result: PassResult, progress: Progress,
    ) -> None:
        """Closed loop; with ``interval`` > 0, also no faster than one per interval."""
        latencies = result.latencies_ms.setdefault(attendee.door, [])
        slot = time.perf_counter() + random.Random(attendee.member.id).random() * interval
        for question in questions:
            if interval:
                await asyncio.sleep(max(0.0, slot - time.perf_counter()))
                slot += interval
            took = await self.ask(attendee, question)
            if took is None:
                result.missing.append(question)
            else:
                latencies.append(took * 1000.0)
            progress.tick()


class Problems(logging.Handler):
    """Counts the warnings and errors logged during the run (the bot's included)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.counts: dict[str, int] = {}
        self.first: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1
        if len(self.first) < 5:
            self.first.append(f"{record.levelname} {record.name}: {record.getMessage()}")


async def drained(questions: UnansweredLog, expected_events: int) -> tuple[int, int, float]:
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


async def stored_texts(questions: UnansweredLog) -> list[str]:
    texts: list[str] = []
    while True:
        page = await questions.list(Status.OPEN, limit=1000, offset=len(texts))
        texts += [q.question for q in page]
        if len(page) < 1000:
            return texts


# --- one pass -----------------------------------------------------------------------


async def one_pass(args: argparse.Namespace, plan: Plan, *, traced: bool) -> PassResult:
    result = PassResult(traced=traced)
    with tempfile.TemporaryDirectory(prefix="discord-load-") as tmp:
        await run_bot(args, plan, Path(tmp), result)
    for _ in range(3):  # let the callbacks of closed transports run
        await asyncio.sleep(0)
    current = asyncio.current_task()
    result.leftover_tasks = [
        t.get_name() for t in asyncio.all_tasks() if t is not current and not t.done()
    ]
    return result


async def run_bot(args: argparse.Namespace, plan: Plan, workdir: Path, result: PassResult) -> None:
    faq_path = workdir / "conference.yaml"
    shutil.copyfile(BUNDLED_FAQ, faq_path)
    settings = Settings(
        faq_path=faq_path,
        db_path=workdir / "data" / "concierge.sqlite3",
        guild_id=Ids.GUILD,
        mod_log_channel_id=Ids.GENERAL_CHANNEL,
        cooldown_questions=0,  # 0 switches flood control off (Cooldown.enabled)
    )
    fake = FakeDiscord()
    attendees = seat(add_attendees(fake.world, args.attendees),
                     add_channels(fake.world, args.channels), args.dm_share, args.seed)
    watch = ReplyWatch.install(fake)
    questions = await open_question_log(settings.db_path)
    try:
        async with fake:
            with pointed_at(fake):
                bot = build_bot(
                    settings, faq=FaqHolder(load_faq(faq_path)), questions=questions,
                    sync_state=SyncState(None), guild_ready_timeout=0.05,
                )
                async with running_client(bot, fake):
                    await exercise(args, plan, Asker(fake, watch, timeout=args.timeout),
                                   attendees, questions, result)
        # The bot has stopped; its close() flushed whatever it still had to write.
        result.stored = await questions.count(Status.OPEN)
        texts = set(await stored_texts(questions))
        result.missing_rows = sorted(plan.unanswerable - texts)
        result.unexpected_rows = sorted(texts - plan.unanswerable)
    finally:
        await questions.close()
    result.replies, result.extra_parts = watch.replies, watch.extra_parts
    result.fake_failed, result.fake_failures = watch.failed, watch.failures


async def exercise(
    args: argparse.Namespace, plan: Plan, asker: Asker, attendees: list[Attendee],
    questions: UnansweredLog, result: PassResult,
) -> None:
    for question in plan.warmup:  # first-use costs (caches, lazy imports) out of the figures
        if await asker.ask(attendees[0], question) is None:
            result.missing.append(question)

    gc.collect()
    if result.traced:
        tracemalloc.start()
    result.rss_start_mib = rss_now_mib()
    profiler = cProfile.Profile() if args.profile and not result.traced else None
    rate = args.memory_rate if result.traced else args.rate
    interval = args.attendees / rate if rate > 0 else 0.0
    progress = Progress(args.questions, time.perf_counter())
    if profiler is not None:
        profiler.enable()
    async with asyncio.TaskGroup() as group:
        for attendee, mine in zip(attendees, plan.per_attendee, strict=True):
            group.create_task(asker.attendee(attendee, mine, interval, result, progress))
    result.wall_s = time.perf_counter() - progress.started
    if profiler is not None:
        profiler.disable()
        result.profile = profiler
    result.samples = progress.samples
    result.growth = progress.growth()
    if result.traced:
        result.traced_peak_mib = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.stop()
    result.rss_peak_mib = progress.rss_peak_mib

    result.expected_events = len(plan.warmup) + args.questions
    result.events, result.stored_settled, result.drain_s = await drained(
        questions, result.expected_events
    )


# --- printing -----------------------------------------------------------------------


def latency_line(values: Sequence[float]) -> str:
    if not values:
        return "no replies"
    return (f"median {statistics.median(values):.1f} ms, p95 {percentile(values, 0.95):.1f} ms, "
            f"p99 {percentile(values, 0.99):.1f} ms, max {values[-1]:.1f} ms  "
            f"({len(values)} replies)")


def print_pass(args: argparse.Namespace, plan: Plan, r: PassResult) -> bool:
    """Print one pass; True when something broke."""
    sent = args.questions
    if r.traced:
        print(f"\n-- memory run (tracemalloc on; its timings are not the figures: "
              f"{r.wall_s:.2f} s, {sent / r.wall_s:.0f} questions/s)")
        if args.memory_rate > 0 and sent / r.wall_s < 0.95 * args.memory_rate:
            print(f"   (slower than the {args.memory_rate:g}/s asked for: the bot is saturated "
                  "under tracemalloc; try a lower --memory-rate)")
        print(f"peak memory:        tracemalloc peak {r.traced_peak_mib or 0:.1f} MiB, "
              f"RSS peak {r.rss_peak_mib:.1f} MiB (RSS {r.rss_start_mib:.1f} MiB at the start)")
    else:
        print("\n-- timed run")
        print(f"wall time:          {r.wall_s:.2f} s")
        print(f"throughput:         {sent / r.wall_s:.0f} questions/s")
        print(f"reply latency:      {latency_line(r.all_latencies)}")
        for door, values in sorted(r.latencies_ms.items()):
            print(f"  {'by ' + door + ':':17} {latency_line(sorted(values))}")
        print(f"peak memory:        RSS peak {r.rss_peak_mib:.1f} MiB "
              f"(RSS {r.rss_start_mib:.1f} MiB at the start)")
    print("memory samples:     (tasks: alive in the loop; the bot keeps one per message "
          "until its question is written)")
    for s in r.samples:
        traced = f"traced {s.traced_mib:6.2f} MiB  " if s.traced_mib is not None else ""
        print(f"  {s.at:4.0%} ({s.done:5d} done, {s.seconds:6.2f} s)  {traced}"
              f"RSS {s.rss_mib:6.1f} MiB  tasks {s.tasks:5d}")
    if r.growth:
        print(f"grew most from {SAMPLE_AT[0]:.0%} to {SAMPLE_AT[-1]:.0%} (allocated in):")
        for mib, blocks, path in r.growth:
            print(f"  {mib:+6.2f} MiB {blocks:+7d} blocks  {path}")
    print(f"replies seen:       {r.replies} ({r.extra_parts} further parts of long answers)")
    print(f"writes drained:     {r.drain_s:.2f} s after the last reply "
          f"({r.events} of {r.expected_events} questions in the stats)")
    unknown_sent = len(plan.unanswerable)
    match = r.stored == unknown_sent and not (r.missing_rows or r.unexpected_rows)
    print(f"unanswered stored:  {r.stored} of {unknown_sent} sent "
          f"({'match' if match else 'MISMATCH'}; {r.stored_settled} once the writes settled, "
          "before the bot stopped)")
    broken = not match
    for label, rows in (("sent but not stored", r.missing_rows),
                        ("stored but not sent as unanswerable", r.unexpected_rows)):
        if rows:
            print(f"  {len(rows)} {label}, e.g. {rows[:3]}")
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


def print_profile(profiler: cProfile.Profile, top: int = 25) -> None:
    """Own time by area (the bot's modules, discord.py, aiohttp, the fake...), top calls."""
    stats = pstats.Stats(profiler)
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = (
        stats.stats  # type: ignore[attr-defined]
    )
    areas: dict[str, float] = {}
    for (filename, _, _), (_, _, own, _, _) in raw.items():
        areas[area_of(filename)] = areas.get(area_of(filename), 0.0) + own
    total = sum(areas.values())
    print(f"\nprofile of the timed run (event-loop thread; {total:.2f} s own time):")
    for name, seconds in sorted(areas.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {seconds:6.2f} s  {seconds / total:5.1%}  {name}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
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
    parser.add_argument("--no-tracemalloc", dest="tracemalloc", action="store_false",
                        help="skip the memory run (RSS figures only)")
    parser.add_argument("--profile", action="store_true",
                        help="cProfile the timed run and print where the time goes")
    args = parser.parse_args()
    if args.memory_rate is None:
        args.memory_rate = args.rate
    if not (args.attendees > 0 and args.questions >= args.attendees and args.channels > 0):
        parser.error("need an attendee, a channel, and a question per attendee")
    if not (0.0 <= args.unanswered_share <= 1.0 and 0.0 <= args.dm_share <= 1.0):
        parser.error("shares are between 0 and 1")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    problems = Problems()
    logging.getLogger().addHandler(problems)

    plan = make_plan(load_faq(BUNDLED_FAQ).index, args.attendees, args.questions,
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

    results = [asyncio.run(one_pass(args, plan, traced=False))]
    if args.tracemalloc:
        results.append(asyncio.run(one_pass(args, plan, traced=True)))
    broken = False
    for result in results:
        broken |= print_pass(args, plan, result)
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    print(f"\nafter shutdown:     {sum(len(r.leftover_tasks) for r in results)} tasks and "
          f"{len(threads)} threads left{': ' + ', '.join(threads) if threads else ''}")
    if problems.counts:
        print(f"logged:             {problems.counts}; first: {problems.first}")
    if results[0].profile is not None:
        print_profile(results[0].profile)
    sys.exit(1 if broken or threads else 0)


if __name__ == "__main__":
    main()
