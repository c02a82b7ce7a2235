"""How fast an urgent message reaches the moderators' log, through the fake Discord.

    .venv/bin/python benchmarks/alert_latency.py
    .venv/bin/python benchmarks/alert_latency.py --messages 20 --burst 5 [--askers 4] [--seed 7]

The real bot (``build_bot``: real AskService, real SQLite log in a temporary
directory, a copy of the bundled FAQ with its ``urgent:`` and ``sensitive:``
sections; ``MOD_LOG_CHANNEL_ID`` and ``ALERT_ROLE_ID`` set; flood control and
SEMANTIC_SEARCH at their production defaults) runs against ``tests.discord_fake`` on
127.0.0.1, in this process and event loop (``pointed_at`` + ``running_client``, as
``tests/discord_bot/fixtures.py`` and ``discord_load.py --one-process`` do). The
figures therefore include the fake's and the askers' own work.

The messages are the bundled FAQ's urgent topics' ``examples`` (read from the loaded
FAQ), each varied a little (a prefix or suffix and a number), kept only when the
engine files them as urgent: recall is ``tests/alerts``' business, this measures time.

* Distinct alerts (``--messages``, default 200): half by DM, half by mentioning the
  bot in a text channel, sent by ``--askers`` closed-loop askers. The bot collapses
  the same alert from the same place (topic + channel, or topic + DM user) into one
  post, so each message comes from its own place: its own DM user, or its own
  channel. Each must get its own post.
* A burst (``--burst``, default 20): the same message mentioned in one channel by
  that many people at once: one post, then one edit per further message with the
  count. The k-th edit (count k in its text) is paired with the k-th message the fake
  delivered.

Times are from the moment the fake writes the MESSAGE_CREATE to the bot's gateway
socket to the moment the fake has answered the bot's mod-log POST (or the PATCH of a
collapsed post) for it, and to the bot's reply to the asker. A first message, before
the measured ones, pays the first-use costs; its figures are printed apart.

Nothing about timing is asserted; the exit status is 1 only when something broke: a
post, an edit or a reply never came, a distinct alert was collapsed, the fake
answered an error, the bot logged an error, or tasks were left running.

Target (issue 9): every urgent message reaches the mod-log within 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import logging
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._fake_world import Arrivals, ReplyWatch, add_attendees, add_channels  # noqa: E402
from benchmarks.discord_load import (  # noqa: E402
    Problems,
    bot_settings,
    latency_line,
    leftover_tasks,
)
from bot.config import Settings  # noqa: E402
from bot.core.answering import answer  # noqa: E402
from bot.core.matching import MatchIndex  # noqa: E402
from bot.core.models import AlertKind  # noqa: E402
from bot.discord_bot.client import SyncState  # noqa: E402
from bot.served import FaqHolder, utc_now  # noqa: E402
from bot.wiring import build_bot, faq_loader, open_stores  # noqa: E402
from tests.discord_fake import FakeDiscord, FakeMember, Ids, pointed_at, running_client  # noqa: E402
from tests.discord_fake.records import RecordedRequest  # noqa: E402

if TYPE_CHECKING:
    from bot.served import LoadedFaq

ALERT_ROLE_ID = 1_200_000_000_000_000_099
MOD_LOG = Ids.GENERAL_CHANNEL
_MOD_LOG_PATH = re.compile(rf"/channels/{MOD_LOG}/messages(/\d+)?")
_JUMP = re.compile(r"https://discord\.com/channels/\d+/\d+/(\d+)")
_DM_USER = re.compile(r"in a DM from user id (\d+)")
_COUNT = re.compile(r"\(\u00d7(\d+) in the last minutes\)")
TARGET_S = 1.0
VARIATIONS = ("{text} ({n})", "please help! {text} #{n}", "{text}, hurry, room {n}",
              "URGENT {n}: {text}", "{text}!! ref {n}")


# --- the messages -----------------------------------------------------------------


def urgent_examples(index: MatchIndex) -> list[str]:
    return [example for topic in index.kb.alerts if topic.kind is AlertKind.URGENT
            for example in topic.examples]


def varied(index: MatchIndex, count: int, rng: random.Random) -> tuple[list[str], int]:
    """``count`` distinct urgent messages, and how many variants the engine did not file
    as urgent (left out)."""
    examples = urgent_examples(index)
    if not examples:
        raise SystemExit("the bundled FAQ has no urgent examples")
    now = utc_now()
    kept: list[str] = []
    dropped = 0
    n = 0
    while len(kept) < count:
        n += 1
        if n > 20 * count + 100:
            raise SystemExit(f"only {len(kept)} variants of the examples are filed as urgent")
        text = rng.choice(VARIATIONS).format(text=rng.choice(examples), n=n)
        if answer(index, text, now).alert is AlertKind.URGENT:
            kept.append(text)
        else:
            dropped += 1
    return kept, dropped


# --- what the fake sees --------------------------------------------------------------


@dataclass
class ModLogRequest:
    at: float
    method: str
    content: str


class AlertWatch(ReplyWatch):
    """``ReplyWatch`` (reply times), plus every mod-log POST and PATCH with its time.

    Mod-log posts stay in ``fake.messages``: the bot edits them when alerts collapse."""

    def __init__(self, messages: dict[int, dict[str, Any]]) -> None:
        super().__init__(messages)
        self.mod_log: list[ModLogRequest] = []
        self.delivered: dict[int, float] = {}  # message id -> MESSAGE_CREATE written
        self._posts: Arrivals[str] = Arrivals()  # post key -> the post's arrival
        self._mod_log_grew = asyncio.Condition()

    @classmethod
    def install(cls, fake: FakeDiscord) -> AlertWatch:
        watch = cls(fake.messages)
        fake.rest.requests = fake.requests = watch
        dispatch = fake.gateway.dispatch

        async def timed(event: str, data: dict[str, Any], *, within: float = 5.0) -> None:
            if event == "MESSAGE_CREATE":
                watch.delivered[int(data["id"])] = time.perf_counter()
            await dispatch(event, data, within=within)

        fake.gateway.dispatch = timed  # type: ignore[method-assign]
        return watch

    async def add(self, request: RecordedRequest) -> None:
        ok = request.known_route and 200 <= request.status < 300
        if not ok or not _MOD_LOG_PATH.fullmatch(request.path):
            await super().add(request)
            return
        now = time.perf_counter()
        self.seen += 1
        content = str((request.json or {}).get("content") or "")
        self.mod_log.append(ModLogRequest(now, request.method, content))
        async with self._mod_log_grew:
            self._mod_log_grew.notify_all()
        if request.method == "POST":
            found = _JUMP.search(content) or _DM_USER.search(content)
            if found is not None:
                self._posts.arrived(found.group(1), now)

    async def mod_log_reaches(self, count: int, within: float) -> None:
        """Until ``count`` mod-log requests have come; TimeoutError after ``within`` s."""
        async with asyncio.timeout(within), self._mod_log_grew:
            await self._mod_log_grew.wait_for(lambda: len(self.mod_log) >= count)

    async def posted(self, key: str, within: float) -> float:
        """When the mod-log post naming ``key`` (a message id, or a DM user's id) came."""
        return await self._posts.when(key, within)


# --- sending -------------------------------------------------------------------------


@dataclass
class Timings:
    post_ms: list[float] = field(default_factory=list)
    reply_ms: list[float] = field(default_factory=list)
    missing_posts: int = 0
    missing_replies: int = 0


async def send(fake: FakeDiscord, member: FakeMember, channel_id: int | None, text: str) -> int:
    """Deliver ``text`` by DM (``channel_id`` None) or as a mention; the message's id."""
    if channel_id is None:
        message = await fake.send_dm(member.user, text)
    else:
        bot = fake.world.bot_member
        message = await fake.send_message(channel_id, member, f"{bot.mention} {text}",
                                          mentions=[bot])
    return int(message["id"])


async def one_alert(
    fake: FakeDiscord, watch: AlertWatch, member: FakeMember, channel_id: int | None,
    text: str, timings: Timings, within: float,
) -> None:
    message_id = await send(fake, member, channel_id, text)
    delivered = watch.delivered[message_id]
    key = str(member.id if channel_id is None else message_id)
    post, reply = await asyncio.gather(watch.posted(key, within),
                                       watch.reply_to(message_id, within),
                                       return_exceptions=True)
    if isinstance(post, BaseException):
        timings.missing_posts += 1
    else:
        timings.post_ms.append((post - delivered) * 1000.0)
    if isinstance(reply, BaseException):
        timings.missing_replies += 1
    else:
        timings.reply_ms.append((reply - delivered) * 1000.0)


async def distinct(
    fake: FakeDiscord, watch: AlertWatch, places: Sequence[tuple[FakeMember, int | None]],
    texts: Sequence[str], askers: int, within: float,
) -> Timings:
    timings = Timings()
    queue = list(zip(places, texts, strict=True))

    async def asker() -> None:
        while queue:
            (member, channel_id), text = queue.pop(0)
            await one_alert(fake, watch, member, channel_id, text, timings, within)

    async with asyncio.TaskGroup() as group:
        for _ in range(askers):
            group.create_task(asker())
    return timings


@dataclass
class Burst:
    timings: Timings
    posts: int = 0
    edits: int = 0


async def burst(
    fake: FakeDiscord, watch: AlertWatch, members: Sequence[FakeMember], channel_id: int,
    text: str, within: float,
) -> Burst:
    """``len(members)`` people mention the same alert in one channel at once."""
    first = len(watch.mod_log)
    ids = await asyncio.gather(*(send(fake, m, channel_id, text) for m in members))
    delivered = sorted(watch.delivered[i] for i in ids)
    replies = await asyncio.gather(*(watch.reply_to(i, within) for i in ids),
                                   return_exceptions=True)
    with contextlib.suppress(TimeoutError):  # counted as missing below
        await watch.mod_log_reaches(first + len(members), within)
    result = Burst(Timings())
    by_count: dict[int, float] = {}
    for request in watch.mod_log[first:]:
        if request.method == "POST":
            result.posts += 1
            by_count.setdefault(1, request.at)
        else:
            result.edits += 1
            found = _COUNT.search(request.content)
            if found is not None:
                by_count.setdefault(int(found.group(1)), request.at)
    for k, at in enumerate(delivered, start=1):
        if k in by_count:
            result.timings.post_ms.append((by_count[k] - at) * 1000.0)
        else:
            result.timings.missing_posts += 1
    for sent, reply in zip(ids, replies, strict=True):
        if isinstance(reply, BaseException):
            result.timings.missing_replies += 1
        else:
            result.timings.reply_ms.append((reply - watch.delivered[sent]) * 1000.0)
    return result


# --- the run -------------------------------------------------------------------------


def settings_in(workdir: Path) -> Settings:
    """Production defaults (flood control on), with the bundled FAQ's copy, the mod-log
    channel and the role."""
    return bot_settings(workdir, Ids.GUILD, MOD_LOG,
                        cooldown_questions=Settings.cooldown_questions,
                        alert_role_id=ALERT_ROLE_ID)


@dataclass
class Run:
    warmup: Timings = field(default_factory=Timings)
    timings: Timings = field(default_factory=Timings)
    burst: Burst = field(default_factory=lambda: Burst(Timings()))
    distinct_posts: int = 0
    dropped: int = 0
    semantic: bool = False
    fake_failed: int = 0
    fake_failures: list[str] = field(default_factory=list)
    stop_error: str | None = None
    leftover: list[str] = field(default_factory=list)


async def run(args: argparse.Namespace, workdir: Path) -> Run:
    result = Run()
    rng = random.Random(args.seed)
    settings = settings_in(workdir)
    loaded: LoadedFaq = faq_loader(settings)(settings.faq_path)
    index = loaded.index
    result.semantic = index.semantic is not None
    texts, result.dropped = varied(index, args.messages + 2, rng)  # + warm-up, burst
    burst_text = texts.pop()

    dms = args.messages // 2
    mentions = args.messages - dms
    fake = FakeDiscord()
    members = add_attendees(fake.world, args.messages + args.burst + 1)
    channels = add_channels(fake.world, mentions + 2)  # + the warm-up's and the burst's
    places: list[tuple[FakeMember, int | None]] = [
        *((members[i], None) for i in range(dms)),
        *((members[dms + i], channels[i]) for i in range(mentions)),
    ]
    rng.shuffle(places)
    watch = AlertWatch.install(fake)
    stores = None
    try:
        async with fake, contextlib.AsyncExitStack() as stack:
            stores = await open_stores(settings.db_path)
            stack.enter_context(pointed_at(fake))
            bot = build_bot(settings, faq=FaqHolder(loaded), questions=stores.questions,
                            programme=stores.programme, sync_state=SyncState(None),
                            guild_ready_timeout=0.05)
            await stack.enter_async_context(running_client(bot, fake))
            warm = members[args.messages]
            await one_alert(fake, watch, warm, channels[mentions], texts.pop(),
                            result.warmup, args.timeout)
            start = len(watch.mod_log)
            result.timings = await distinct(fake, watch, places, texts, args.askers,
                                            args.timeout)
            result.distinct_posts = sum(r.method == "POST" for r in watch.mod_log[start:])
            result.burst = await burst(fake, watch, members[args.messages + 1:],
                                       channels[mentions + 1], burst_text, args.timeout)
            try:
                await stack.aclose()  # running_client closes the bot, pointed_at undone
            except Exception as exc:
                result.stop_error = f"{type(exc).__name__}: {exc}"
    finally:
        if stores is not None:
            await stores.close()
        result.fake_failed, result.fake_failures = watch.failed, watch.failures
    for _ in range(3):  # let the callbacks of closed transports run
        await asyncio.sleep(0)
    result.leftover = leftover_tasks()
    return result


# --- printing ------------------------------------------------------------------------


def figures(values: Sequence[float]) -> str:
    return latency_line(sorted(values), counted="", none="none")


def within_target(values: Sequence[float]) -> int:
    return sum(ms <= TARGET_S * 1000.0 for ms in values)


def report(args: argparse.Namespace, r: Run, problems: Problems) -> bool:
    """Print the figures; True when something broke."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"alert latency, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
          f"{os.cpu_count()} cores, load average {load}")
    print(f"one process: bot, fake and askers; semantic matching "
          f"{'on' if r.semantic else 'off (words only)'}; flood control at its defaults "
          f"({Settings.cooldown_questions} questions / {Settings.cooldown_seconds:g} s)")
    print(f"urgent messages: {args.messages} distinct ({args.messages // 2} DMs, "
          f"{args.messages - args.messages // 2} mentions, {args.askers} askers), "
          f"variants not filed as urgent and left out: {r.dropped}")
    print(f"  warm-up (first message): mod-log {figures(r.warmup.post_ms)}; "
          f"reply {figures(r.warmup.reply_ms)}")
    t = r.timings
    print(f"  mod-log post: {figures(t.post_ms)}")
    print(f"  reply:        {figures(t.reply_ms)}")
    print(f"  within {TARGET_S:g} s: {within_target(t.post_ms)} of {args.messages} "
          f"reached the mod-log; posts {r.distinct_posts} for {args.messages} messages")
    b = r.burst
    print(f"burst: {args.burst} mentions of the same alert in one channel at once")
    print(f"  mod-log post or edit: {figures(b.timings.post_ms)}")
    print(f"  reply:                {figures(b.timings.reply_ms)}")
    print(f"  within {TARGET_S:g} s: {within_target(b.timings.post_ms)} of {args.burst}; "
          f"posts {b.posts}, edits {b.edits} for {args.burst} messages")

    broke: list[str] = []
    for name, timings in (("warm-up", r.warmup), ("distinct", t), ("burst", b.timings)):
        if timings.missing_posts:
            broke.append(f"{name}: {timings.missing_posts} mod-log posts never came")
        if timings.missing_replies:
            broke.append(f"{name}: {timings.missing_replies} replies never came")
    if r.distinct_posts != args.messages:
        broke.append(f"distinct: {r.distinct_posts} posts for {args.messages} messages")
    if args.burst and (b.posts, b.edits) != (1, args.burst - 1):
        broke.append(f"burst: {b.posts} posts and {b.edits} edits, "
                     f"expected 1 and {args.burst - 1}")
    if r.fake_failed:
        broke.append(f"the fake answered {r.fake_failed} errors: {r.fake_failures[:3]}")
    if problems.counts.get("ERROR") or problems.counts.get("CRITICAL"):
        broke.append(f"logged {problems.counts}: {problems.first}")
    if r.stop_error:
        broke.append(f"stopping the bot: {r.stop_error}")
    if r.leftover:
        broke.append(f"tasks left running: {r.leftover}")
    for line in broke:
        print(f"BROKE: {line}")
    return bool(broke)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=200, help="distinct urgent messages")
    parser.add_argument("--burst", type=int, default=20,
                        help="the same alert from this many people in one channel")
    parser.add_argument("--askers", type=int, default=4,
                        help="concurrent askers for the distinct messages")
    parser.add_argument("--timeout", type=float, default=10.0,
                        help="seconds to wait for each post or reply before calling it lost")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.messages < 2 or args.burst < 1 or args.askers < 1:
        parser.error("--messages >= 2, --burst >= 1 and --askers >= 1")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    problems = Problems()
    logging.getLogger().addHandler(problems)
    with tempfile.TemporaryDirectory(prefix="alert-latency-") as tmp:
        result = asyncio.run(run(args, Path(tmp)))
    return 1 if report(args, result, problems) else 0


if __name__ == "__main__":
    sys.exit(main())
