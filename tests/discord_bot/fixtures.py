"""Helpers for the bot's end-to-end tests: a small FAQ, a settable clock, a started bot.

``Starter`` builds the real bot with ``build_bot`` (real AskService, real SQLite log
in ``tmp_path``) and runs it against the fake Discord of ``tests.discord_fake``. It
closes the bot before the log, so nothing is left running after a test.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.config import Settings
from bot.core.answering import answer
from bot.core.models import QuestionAsked, QuestionCounted, Write
from bot.discord_bot.client import ConciergeBot, SyncState
from bot.served import FaqHolder
from bot.storage import UnansweredLog
from bot.storage.programme import ProgrammeStore
from bot.storage.records import Journalled, ReplyNoted
from bot.wiring import build_bot, load_faq
from tests.discord_fake import FakeDiscord, Ids, InteractionCallback, running_client
from tests.discord_fake.records import RecordedRequest

NEW_YORK = ZoneInfo("America/New_York")
# During the Opening session (10:00-10:30 on the first day).
DURING_OPENING = dt.datetime(2018, 6, 28, 10, 15, tzinfo=NEW_YORK)

FAQ_TEXT = """\
version: 1
conference:
  name: Test Conference on Counter-Terrorism
  short_name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28, 2018-06-29]
venue:
  name: United Nations Headquarters
  address: 405 East 42nd Street, New York, NY 10017, USA
  rooms:
    - id: ga-hall
      name: General Assembly Hall
    - id: conference-room-2
      name: Conference Room 2
themes:
  - id: cooperation
    title: International cooperation
    summary: Sharing information and expertise across borders.
sessions:
  - id: opening-session
    title: Opening session
    day: 2018-06-28
    start: "10:00"
    end: "10:30"
    room: ga-hall
    theme: cooperation
    speakers:
      - António Guterres, Secretary-General
    description: The conference opens with a statement by the Secretary-General.
  - id: session-one
    title: "Session I: Sharing information"
    day: 2018-06-28
    start: "10:30"
    end: "13:00"
    room: ga-hall
    theme: cooperation
  - id: side-event-youth
    title: Side event on youth and prevention
    day: 2018-06-28
    start: "13:15"
    end: "14:45"
    room: conference-room-2
  - id: closing-session
    title: Closing session
    day: 2018-06-29
    start: "16:00"
    end: "17:00"
    room: ga-hall
faq:
  - id: wifi
    question: Is there wifi?
    alternates: [wifi password, internet access]
    keywords: [wifi, internet, password]
    answer: Yes, free wifi. Network HLC-Guest, password unite2018.
  - id: badge
    question: Where do I get my badge?
    alternates: [badge pick-up, registration desk]
    keywords: [badge, registration]
    answer: Badges are collected at the visitors' entrance on First Avenue at 46th Street.
  - id: lunch-thursday
    question: Where is lunch served on Thursday?
    keywords: [lunch, food]
    answer: On Thursday lunch is served in the Delegates' Dining Room at 13:00.
  - id: lunch-friday
    question: Where is lunch served on Friday?
    keywords: [lunch, food]
    answer: On Friday lunch is served in the North Lawn cafeteria at 13:00.
"""

# Questions with a known outcome on FAQ_TEXT.
CONFIDENT = "wifi password?"
AMBIGUOUS = "where is lunch?"  # two entries fit equally: did you mean
UNKNOWN = "who won the football last night?"

NO_PINGS: dict[str, list[str]] = {"parse": []}


class ObservedLog(UnansweredLog):
    """The real log, telling tests when each write has finished (the bot writes after
    it replies, so a test awaits the write instead of sleeping)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.writes: list[tuple[str, str | None]] = []  # (kind, question or outcome)
        self._claimed: set[int] = set()
        self._changed = asyncio.Condition()

    async def _wrote(self, kind: str, detail: str | None) -> None:
        self.writes.append((kind, detail))
        async with self._changed:
            self._changed.notify_all()

    async def write_all(self, writes: Sequence[Write | Journalled]) -> list[int | None]:
        results = await super().write_all(writes)
        for entry in writes:
            write = entry.write if isinstance(entry, Journalled) else entry
            if isinstance(write, ReplyNoted):
                await self._wrote("reply", write.ask_id)
            elif isinstance(write, QuestionAsked):
                await self._wrote("question", write.question)
            elif isinstance(write, QuestionCounted):
                await self._wrote("event", write.outcome)
            else:
                await self._wrote(write.kind, write.question)
        return results

    async def notified(self, question_ids: Sequence[int]) -> None:
        await super().notified(question_ids)
        await self._wrote("notified", ",".join(str(i) for i in question_ids))

    async def purge_closed(self, *, older_than: dt.datetime) -> int:
        purged = await super().purge_closed(older_than=older_than)
        await self._wrote("purge", str(purged))
        return purged

    async def purge_activity(self, *, older_than: dt.datetime) -> tuple[int, int]:
        purged = await super().purge_activity(older_than=older_than)
        await self._wrote("purge activity", f"{purged[0]},{purged[1]}")
        return purged

    async def next_write(self, kind: str, within: float = 5.0) -> str | None:
        """The next write of this kind not yet returned (question text or outcome)."""

        def found() -> int | None:
            for i, (written, _) in enumerate(self.writes):
                if written == kind and i not in self._claimed:
                    return i
            return None

        try:
            async with asyncio.timeout(within), self._changed:
                await self._changed.wait_for(lambda: found() is not None)
        except TimeoutError:
            raise AssertionError(f"no {kind} write within {within}s: {self.writes}") from None
        index = found()
        assert index is not None
        self._claimed.add(index)
        return self.writes[index][1]


class FakeClock:
    def __init__(self, moment: dt.datetime = DURING_OPENING) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Concierge:
    bot: ConciergeBot
    fake: FakeDiscord
    questions: ObservedLog
    settings: Settings
    clock: FakeClock
    ticks: FakeMonotonic
    faq: FaqHolder  # the FAQ the bot is serving

    async def ask(self, question: str, **options: Any) -> InteractionCallback:
        pending = await self.fake.send_slash_command("ask", {"question": question}, **options)
        return await pending.response()

    async def settle(self, question: str) -> None:
        """Wait until the bot has recorded ``question`` (it records after replying)."""
        result = answer(self.faq.current.index, question, self.clock())
        if result.empty:
            return
        await self.questions.next_write("event")
        if not result.answered:
            await self.questions.next_write("question")


def write_faq(path: Path, text: str = FAQ_TEXT) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def make_settings(tmp_path: Path, **overrides: Any) -> Settings:
    faq_path = tmp_path / "faq.yaml"
    if not faq_path.exists():
        write_faq(faq_path)
    base = Settings(
        faq_path=faq_path,
        db_path=tmp_path / "data" / "questions.sqlite3",
        guild_id=Ids.GUILD,
        mod_log_channel_id=Ids.GENERAL_CHANNEL,
        faq_poll_seconds=0,  # tests poll the watcher themselves, or ask for polling
        semantic_search="off",  # reloads match on words, like the first load here
    )
    return replace(base, **overrides)


# discord.py waits this long after the last GUILD_CREATE before on_ready, at every start
# of every test: 50 ms was a fifth of the Discord tests' time. The stand-in sends its
# guilds at once; one that comes later is awaited as available (``ready_with_guilds``),
# and the bot does nothing at on_ready but log.
GUILD_READY_S = 0.01


class Starter:
    """``await start(**settings)``: the real bot, running against the fake Discord."""

    def __init__(self, fake: FakeDiscord, tmp_path: Path, stack: AsyncExitStack) -> None:
        self.fake = fake
        self.tmp_path = tmp_path
        self.stack = stack

    async def __call__(
        self, *, clock: FakeClock | None = None, sync_state: SyncState | None = None,
        notice_poll_seconds: float = 3600.0, programme_tick_seconds: float = 3600.0,
        **overrides: Any,
    ) -> Concierge:
        settings = make_settings(self.tmp_path, **overrides)
        settings.db_path.parent.mkdir(parents=True, exist_ok=True)
        questions = await ObservedLog.open(settings.db_path)
        self.stack.push_async_callback(questions.close)  # after the bot has stopped
        clock = clock or FakeClock()
        ticks = FakeMonotonic()
        holder = FaqHolder(load_faq(settings.faq_path))
        bot = build_bot(
            settings,
            faq=holder,
            questions=questions,
            programme=ProgrammeStore(questions.database),  # one connection, as `run` has
            clock=clock,
            monotonic=ticks,
            sync_state=sync_state or SyncState(None),
            guild_ready_timeout=GUILD_READY_S,
            # Notices left by the command line: only the tests about them poll often.
            notice_poll_seconds=notice_poll_seconds,
            # The programme notifier reads the (fake) clock this often; else it waits for a poke.
            programme_tick_seconds=programme_tick_seconds,
        )
        await self.stack.enter_async_context(running_client(bot, self.fake))
        return Concierge(bot, self.fake, questions, settings, clock, ticks, holder)


# --- what the bot sent ---------------------------------------------------------------

_SENDS = (
    ("POST", re.compile(r"/channels/\d+/messages")),
    ("PATCH", re.compile(r"/channels/\d+/messages/\d+")),
    ("POST", re.compile(r"/webhooks/\d+/[^/]+")),
    ("PATCH", re.compile(r"/webhooks/\d+/[^/]+/messages/[^/]+")),
)
_CALLBACK = re.compile(r"/interactions/\d+/[^/]+/callback")
_MESSAGE_CALLBACKS = (4, 7)  # CHANNEL_MESSAGE, UPDATE_MESSAGE


def sent_messages(fake: FakeDiscord) -> Iterator[tuple[RecordedRequest, dict[str, Any]]]:
    """Every message body the bot sent or edited: (request, body)."""
    for request in fake.requests:
        if any(request.matches(method, path) for method, path in _SENDS):
            yield request, request.json or {}
        elif request.matches("POST", _CALLBACK) and request.json and (
            request.json.get("type") in _MESSAGE_CALLBACKS
        ):
            yield request, request.json.get("data") or {}


def pings_nobody(allowed: Any) -> bool:
    """``allowed_mentions`` that let no mention ping: no @everyone, users, roles or reply."""
    return (
        isinstance(allowed, dict)
        and allowed.get("parse") == []
        and not allowed.get("users")
        and not allowed.get("roles")
        and allowed.get("replied_user") in (None, False)
    )


def assert_never_pings(fake: FakeDiscord) -> int:
    """Every message the bot sent disables all mentions; returns how many were checked."""
    checked = 0
    for request, body in sent_messages(fake):
        assert pings_nobody(body.get("allowed_mentions")), f"{request}: {body}"
        checked += 1
    return checked


def assert_one_response_each(fake: FakeDiscord) -> None:
    """No interaction was answered twice (Discord refuses the second with 40060)."""
    for request in fake.requests.matching("POST", _CALLBACK):
        assert request.status in (200, 204), f"{request}: {request.response}"


def assert_within_limits(body: dict[str, Any]) -> None:
    """Discord's limits on one message body (content, embeds, components)."""
    assert len(body.get("content") or "") <= 2000
    embeds = body.get("embeds") or []
    assert len(embeds) <= 10
    total = 0
    for embed in embeds:
        title, description = embed.get("title") or "", embed.get("description") or ""
        assert len(title) <= 256 and len(description) <= 4096
        fields = embed.get("fields") or []
        assert len(fields) <= 25
        for f in fields:
            assert 0 < len(f["name"]) <= 256 and 0 < len(f["value"]) <= 1024
        footer = (embed.get("footer") or {}).get("text") or ""
        assert len(footer) <= 2048
        total += len(title) + len(description) + len(footer)
        total += sum(len(f["name"]) + len(f["value"]) for f in fields)
    assert total <= 6000
    rows = body.get("components") or []
    assert len(rows) <= 5
    for row in rows:
        assert len(row["components"]) <= 5
        for item in row["components"]:
            assert len(item.get("label") or "") <= 80
            assert len(item.get("custom_id") or "") <= 100


def assert_all_within_limits(fake: FakeDiscord) -> None:
    for _, body in sent_messages(fake):
        assert_within_limits(body)


def buttons(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for row in body.get("components") or [] for c in row["components"]]
