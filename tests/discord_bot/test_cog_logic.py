"""The cogs' own decisions, without a Discord connection: which answer, which buttons."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.core.models import Origin, OriginKind, Outcome
from bot.core.wording import say
from bot.discord_bot import views
from bot.discord_bot.cogs.ask import AskCog, AskContext
from bot.discord_bot.cogs.moderation import GROUPS_PER_PAGE, Listing, ResolveNotifier
from bot.discord_bot.cogs.organisers import summary
from bot.discord_bot.cooldown import Cooldown
from bot.faqfile import Problem, Severity
from bot.reloading import ReloadResult, Status
from bot.review.groups import QuestionGroup
from bot.review.notices import Notice
from bot.review.service import Closed
from bot.served import FaqHolder, ServedFaq
from bot.service import AskService
from bot.storage import QuestionRecord
from bot.storage import Status as QuestionStatus
from bot.wiring import load_faq

from .fixtures import AMBIGUOUS, CONFIDENT, DURING_OPENING, UNKNOWN, write_faq


class NoLog:
    """The ask cog's decisions need no storage."""

    def submit(self, *writes: object) -> list[str]:
        raise AssertionError("not recorded here")

    def note_reply(self, ask_id: str, message_id: int) -> None:
        raise AssertionError("not recorded here")


@pytest.fixture
def cog(tmp_path: Path) -> AskCog:
    faq = load_faq(write_faq(tmp_path / "faq.yaml"))
    served = ServedFaq(FaqHolder(faq), lambda: DURING_OPENING)
    return AskCog(
        discord.Client(intents=discord.Intents.default()), AskService(served, NoLog()), served,
        cooldown=Cooldown(5, 30),
        contexts=views.ContextStore[AskContext](),
    )


ORIGIN = Origin(kind=OriginKind.DISCORD, user_id=1, channel_id=2, guild_id=3)


async def test_an_answer_gets_rating_buttons_and_keeps_its_question_server_side(
    cog: AskCog,
) -> None:
    result = cog.answer(CONFIDENT)
    replies, view, context = cog.present(result, ORIGIN, logged=False)

    assert result.answered and replies[0].embeds[0].title == "Is there wifi?"
    assert view is not None and len(view.children) == 2
    assert context is not None and context.question == CONFIDENT and context.item_id == "wifi"
    custom_ids = [str(getattr(i, "custom_id", "")) for i in view.children]
    assert all(CONFIDENT not in c for c in custom_ids)


async def test_did_you_mean_gets_one_button_per_suggestion(cog: AskCog) -> None:
    result = cog.answer(AMBIGUOUS)
    _, view, context = cog.present(result, ORIGIN, logged=False)

    assert result.outcome is Outcome.SUGGEST
    assert view is not None and len(view.children) == len(result.suggestions) == 2
    assert context is not None and context.suggestions == ("lunch-thursday", "lunch-friday")


async def test_an_unknown_question_gets_no_buttons(cog: AskCog) -> None:
    replies, view, context = cog.present(cog.answer(UNKNOWN), ORIGIN, logged=True)
    assert view is None and context is None
    assert replies[0].content is not None and "passed your question" in replies[0].content


async def test_an_autocomplete_choice_answers_its_own_entry(cog: AskCog) -> None:
    result = cog.answer("Where is lunch served on Friday?")
    assert (result.outcome, result.item_id) == (Outcome.ANSWER, "lunch-friday")
    assert result.question == "Where is lunch served on Friday?"


def record(question_id: int) -> QuestionRecord:
    moment = dt.datetime(2018, 6, 28, tzinfo=dt.UTC)
    return QuestionRecord(question_id, f"q{question_id}", QuestionStatus.OPEN, "unknown", moment,
                          moment, 1, None, None, None, None, None, None, 1)


def test_a_listing_pages_its_groups() -> None:
    groups = tuple(QuestionGroup(((record(n),),), frozenset({str(n)}))
                   for n in range(GROUPS_PER_PAGE * 2 + 1))
    listing = Listing(owner_id=1, status="open", groups=groups, questions=len(groups))

    assert listing.pages == 3
    assert len(listing.page(2).fields) == 1
    assert listing.page(0).footer.text == f"Page 1 of 3 \u00b7 {len(groups)} question(s)"
    assert Listing(1, "open", (), 0).pages == 1


def test_reload_summaries(tmp_path: Path) -> None:
    faq = load_faq(write_faq(tmp_path / "faq.yaml"))
    assert summary(ReloadResult(Status.RELOADED, faq=faq)) == (
        "FAQ reloaded and live: 4 FAQ entries, 4 sessions, 1 themes.")
    warning = Problem("faq.yaml", 3, "faq[0].answer", "w", Severity.WARNING)
    error = Problem("faq.yaml", 3, "faq[0].answer", "p")
    assert summary(ReloadResult(Status.VALID, faq=faq, problems=(warning,))).startswith(
        "The FAQ file is valid: 4 FAQ entries, 4 sessions, 1 themes, 1 warning(s).")
    assert summary(ReloadResult(Status.FAILED, problems=(error,))).startswith(
        "The FAQ file has problems")


class Sent:
    """Where a resolve notice goes (a channel or a user): what was sent to it."""

    def __init__(self) -> None:
        self.contents: list[str | None] = []

    async def send(self, content: str | None, **_: Any) -> None:
        self.contents.append(content)


class Reaching:
    """The client as the notifier uses it: one recording destination per channel."""

    def __init__(self) -> None:
        self.channels: dict[int, Sent] = {}

    def get_partial_messageable(self, channel_id: int, **_: Any) -> Sent:
        return self.channels.setdefault(channel_id, Sent())


async def test_a_resolve_notice_reaches_each_asker_in_the_language_of_their_question(
    tmp_path: Path,
) -> None:
    served = ServedFaq(FaqHolder(load_faq(write_faq(tmp_path / "faq.yaml"))))
    lead = dataclasses.replace(record(1), language="en")
    notices = (Notice(1, 11, 3, 101, "es"), Notice(2, 12, 3, 102, "fr"),
               Notice(3, 13, 3, 103, None))
    closed = Closed(QuestionGroup(((lead,),), frozenset({"1", "2", "3"})), (lead,),
                    QuestionStatus.RESOLVED, None, "By door 3.", notices)
    client = Reaching()

    told = await ResolveNotifier(client, served).notify(closed)  # type: ignore[arg-type]

    assert told.delivered == 3
    intros = [client.channels[c].contents[0] for c in (11, 12, 13)]
    assert intros == [f"{say('resolved_intro', language)}\nBy door 3."
                      for language in ("es", "fr", "en")]
