"""A review service over a real SQLite log (or the in-memory store) and a real FAQ file
in ``tmp_path``."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot.core.models import Origin, OriginKind
from bot.review.service import ReviewService
from bot.served import FaqHolder
from bot.storage import QuestionStore, UnansweredLog
from bot.wiring import load_faq
from tests.discord_bot.fixtures import FAQ_TEXT
from tests.storage.helpers import record_ask
from tests.storage.memory import MemoryStore

# 14:00 UTC on the first day: 10:00 in New York.
NOW = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
GUILD, HELP, OTHER = 9_100_000_000_000_000_001, 1_200_000_000_000_000_001, \
    1_200_000_000_000_000_002


def in_channel(user: int, message: int, channel: int = HELP) -> Origin:
    return Origin(kind=OriginKind.DISCORD, user_id=user, channel_id=channel, guild_id=GUILD,
                  message_id=message)


def by_dm(user: int, message: int | None = None) -> Origin:
    return Origin(kind=OriginKind.DISCORD, user_id=user, channel_id=5_000 + user, guild_id=None,
                  message_id=message)


@dataclass
class Clock:
    moment: dt.datetime = NOW

    def __call__(self) -> dt.datetime:
        return self.moment


@dataclass
class Review:
    service: ReviewService
    log: QuestionStore
    holder: FaqHolder
    faq_path: Path
    clock: Clock
    reloads: list[Path] = field(default_factory=list)

    async def ask(self, question: str, origin: Origin | None = None, *, minutes: float = 0,
                  outcome: str = "unknown", **kwargs: Any) -> int:
        return await record_ask(
            self.log, question, origin or Origin.console(),
            asked_at=self.clock.moment + dt.timedelta(minutes=minutes),
            best_id=kwargs.get("best_id"), best_score=kwargs.get("best_score"),
            outcome=outcome, language=kwargs.get("language"),
        )


@pytest.fixture(params=["sqlite", "memory"])
async def review(tmp_path: Path, request: pytest.FixtureRequest) -> AsyncIterator[Review]:
    """The review over the SQLite log, and over the in-memory store: it needs nothing
    of the log beyond the ``ReviewLog`` port."""
    faq_path = tmp_path / "faq.yaml"
    faq_path.write_text(FAQ_TEXT, encoding="utf-8")
    holder = FaqHolder(load_faq(faq_path))
    clock = Clock()
    reloads: list[Path] = []

    async def reload() -> bool:
        holder.replace(load_faq(faq_path))
        reloads.append(faq_path)
        return True

    log: QuestionStore
    async with contextlib.AsyncExitStack() as stack:
        if request.param == "sqlite":
            log = await UnansweredLog.open(tmp_path / "questions.sqlite3")
        else:
            log = MemoryStore()
        stack.push_async_callback(log.close)
        service = ReviewService(log, holder, faq_path=faq_path, clock=clock, after_edit=reload)
        yield Review(service, log, holder, faq_path, clock, reloads)
