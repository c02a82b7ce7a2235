"""Rendering: Discord's limits, escaping of other people's text, and timestamps."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import discord
import pytest

from bot.console import (
    EMPTY_REPLY,
    SMALL_TALK_REPLIES,
    UNKNOWN_REPLY,
    UNKNOWN_REPLY_NOT_LOGGED,
)
from bot.core.answering import answer, answer_for_item
from bot.core.models import (
    Access,
    Answer,
    ItemKind,
    KnowledgeBase,
    Outcome,
    SessionStatus,
    SmallTalk,
    Suggestion,
)
from bot.discord_bot import render
from bot.faqfile import Problem
from bot.review.groups import QuestionGroup
from bot.served import LoadedFaq
from bot.storage import QuestionRecord, RankedQuestion, Stats, Status
from bot.wiring import load_faq

from .fixtures import FAQ_TEXT, NEW_YORK, assert_within_limits, write_faq


@pytest.fixture(scope="module")
def faq(tmp_path_factory: pytest.TempPathFactory) -> LoadedFaq:
    return load_faq(write_faq(tmp_path_factory.mktemp("faq") / "faq.yaml", FAQ_TEXT))


@pytest.fixture(scope="module")
def kb(faq: LoadedFaq) -> KnowledgeBase:
    return faq.index.kb


def body(reply: render.Reply) -> dict[str, Any]:
    return {"content": reply.content, "embeds": [e.to_dict() for e in reply.embeds]}


def faq_answer(text: str, title: str = "Is there wifi?") -> Answer:
    return Answer(question="q", outcome=Outcome.ANSWER, score=100.0, item_id="wifi",
                  kind=ItemKind.FAQ, title=title, text=text)


# --- escaping -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("@everyone look", "@everyone"),
        ("@here look", "@here"),
        ("hi <@123456789012345678>", "<@123456789012345678>"),
        ("hi <@!123456789012345678>", "<@!123456789012345678>"),
        ("hi <@&123456789012345678>", "<@&123456789012345678>"),
        ("see <#123456789012345678>", "<#123456789012345678>"),
        ("starts <t:0:R>", "<t:0"),
        ("party <a:party:123456789012345678>", "<a:"),
        ("smile <:smile:123456789012345678>", "<:smile"),
        ("run </ask:123456789012345678>", "</ask"),
        ("go <id:customize>", "<id:"),
        ("**bold** and __under__", "**bold**"),
        ("```py\nimport os\n```", "```"),
        ("||spoiler||", "||spoiler||"),
        ("go to http://spam.example/x", "http://"),
        ("[click](https://evil.example)", "](https://"),
        ("red\x1b[31mtext\x1b[0m", "\x1b"),
        ("nul\x00byte\x07bell", "\x00"),
        ("\u202eevil\u202c", "\u202e"),
        ("lone \udc80 surrogate", "\udc80"),
    ],
)
def test_inert_text_cannot_ping_format_link_or_control(text: str, absent: str) -> None:
    shown = render.inert(text, 200)
    assert absent not in shown
    assert "\n" not in shown


def test_inert_markup_stays_readable() -> None:
    assert render.inert("starts <t:0:R> in <#1>", 100) == "starts <\u200bt:0:R> in <\u200b#1>"
    assert render.inert("1 < 2", 100) == "1 < 2"


def test_inert_text_keeps_its_words_and_thins_zalgo() -> None:
    zalgo = "h" + "\u0301" * 50 + "ello"
    assert render.inert(zalgo, 100) == "h\u0301\u0301ello"
    assert render.inert("where is the\n\ncloakroom?", 100) == "where is the cloakroom?"
    assert render.inert("   ", 100) == "(empty)"
    assert render.inert("\U0001f44d\U0001f3fd", 100) == "\U0001f44d\U0001f3fd"


@pytest.mark.parametrize("limit", [1, 2, 10, 300])
def test_inert_text_fits_its_limit_even_after_escaping(limit: int) -> None:
    shown = render.inert("*_`~|" * 500, limit)
    assert len(shown) <= limit
    assert not shown.endswith("\\")


def test_split_text_cuts_at_paragraphs_within_the_limit() -> None:
    text = "\n\n".join(f"Paragraph {n}. " + "word " * 150 for n in range(10))
    pieces = render.split_text(text, 1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert all(p.startswith("Paragraph") for p in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
    assert render.split_text("x" * 2500, 1000) == ["x" * 1000, "x" * 1000, "x" * 500]


# --- answers ------------------------------------------------------------------------------


def test_a_confident_answer_is_one_embed_titled_with_the_matched_question(
    kb: KnowledgeBase,
) -> None:
    [reply] = render.render_answer(faq_answer("Yes, free wifi."), kb, logged=False)
    assert reply.content is None
    [embed] = reply.embeds
    assert (embed.title, embed.description) == ("Is there wifi?", "Yes, free wifi.")


@pytest.mark.parametrize("length", [4096, 4097, 12_000, 70_000])
def test_long_answers_are_split_within_every_limit(kb: KnowledgeBase, length: int) -> None:
    text = ("word " * (length // 5 + 1))[:length]
    replies = render.render_answer(faq_answer(text, title="T" * 400), kb, logged=False)
    for reply in replies:
        assert_within_limits(body(reply))
    shown = "".join(e.description or "" for r in replies for e in r.embeds)
    assert shown.replace(" ", "") == text.replace(" ", "")
    assert replies[0].embeds[0].title is not None and len(replies[0].embeds[0].title) == 256


def test_a_session_shows_discord_timestamps_from_the_conference_time_zone(
    faq: LoadedFaq, kb: KnowledgeBase
) -> None:
    session_answer = answer_for_item(faq.index, "opening-session")
    [reply] = render.render_answer(session_answer, kb, logged=False)
    [embed] = reply.embeds
    fields = {f.name: f.value or "" for f in embed.fields}
    start = int(dt.datetime(2018, 6, 28, 10, 0, tzinfo=NEW_YORK).timestamp())
    assert start == 1530194400  # 14:00 UTC: New York is UTC-4 in June
    assert fields["When"].startswith(f"<t:{start}:F> \u2013 <t:{start + 1800}:t> (<t:{start}:R>)")
    assert "Thu 28 Jun, 10:00\u201310:30 EDT (New York time)" in fields["When"]


def test_a_session_shows_its_status_and_access_before_anything_else(kb: KnowledgeBase) -> None:
    session = dataclasses.replace(
        next(s for s in kb.sessions if s.id == "session-one"), status=SessionStatus.MOVED,
        status_note="now in Conference Room 2", access=Access.CLOSED, capacity=40)
    session = dataclasses.replace(session, description="A long account of the session.")
    embed = render.session_embed(kb, session)
    assert (embed.description or "").split("\n") == [
        "Status: **Moved (now in Conference Room 2)**",
        "Access: Closed meeting, by invitation only, 40 seats",
        "",
        "A long account of the session.",
    ]
    assert embed.fields[0].name == "When"
    assert embed.colour == render.CHANGED_COLOUR


def test_a_session_on_as_planned_has_no_status_line(kb: KnowledgeBase) -> None:
    session = next(s for s in kb.sessions if s.id == "opening-session")
    embed = render.session_embed(kb, session)
    assert embed.description == session.description
    assert embed.fields[0].name == "When"
    assert embed.colour == render.SESSION_COLOUR


def test_where_a_named_session_stands_now_leads_its_card(faq: LoadedFaq) -> None:
    moment = dt.datetime(2018, 6, 28, 9, 52, tzinfo=NEW_YORK)
    result = answer(faq.index, "has the opening started yet?", moment)
    [reply] = render.render_answer(result, faq.index.kb, logged=False)
    [embed] = reply.embeds
    assert (embed.description or "").startswith("Opening session starts at 10:00, in 8 minutes.")
    assert embed.fields[0].name == "When"


def test_access_alone_leads_the_description_without_the_changed_colour(
    kb: KnowledgeBase,
) -> None:
    session = next(s for s in kb.sessions if s.id == "side-event-youth")
    embed = render.session_embed(kb, dataclasses.replace(session, access=Access.REGISTRATION))
    assert embed.description == "Access: Registration needed in advance"
    assert embed.colour == render.SESSION_COLOUR


def test_a_listing_adds_each_sessions_local_time(kb: KnowledgeBase) -> None:
    sessions = tuple(s for s in kb.sessions if s.day == dt.date(2018, 6, 28))
    listing = Answer(question="/schedule", outcome=Outcome.ANSWER, score=100.0,
                     kind=ItemKind.SCHEDULE, title="Thursday", text="...", sessions=sessions)
    [reply] = render.render_answer(listing, kb, logged=False)
    local = reply.embeds[0].fields[0]
    assert local.name == "In your time zone"
    assert local.value is not None and local.value.count("<t:") == 2 * len(sessions)


def test_did_you_mean_lists_titles_but_never_the_question(kb: KnowledgeBase) -> None:
    suggest = Answer(
        question="@everyone where is lunch http://spam.example", outcome=Outcome.SUGGEST,
        score=80.0,
        suggestions=(Suggestion("lunch-thursday", "Where is lunch served on Thursday?", 80),
                     Suggestion("lunch-friday", "L" * 500, 79)),
    )
    [logged] = render.render_answer(suggest, kb, logged=True)
    [quiet] = render.render_answer(suggest, kb, logged=False)
    assert logged.content is not None and quiet.content is not None
    assert "1. Where is lunch served on Thursday?" in logged.content
    assert "@everyone" not in logged.content and "spam.example" not in logged.content
    assert render.SUGGEST_LOGGED in logged.content and render.SUGGEST_LOGGED not in quiet.content
    assert_within_limits(body(logged))


def test_an_unknown_answer_with_what_the_bot_knows_shows_it_before_passing_it_on(
    kb: KnowledgeBase
) -> None:
    known = Answer("what's on saturday?", Outcome.UNKNOWN, 0.0,
                   text="Nothing is scheduled on Saturday 30 June 2018.")
    [logged] = render.render_answer(known, kb, logged=True)
    [quiet] = render.render_answer(known, kb, logged=False)
    assert logged.content is not None and quiet.content is not None
    assert logged.content.startswith("Nothing is scheduled on Saturday 30 June 2018.\n")
    assert "passed your question to the organisers" in logged.content
    assert "passed" not in quiet.content and "information desk" in quiet.content


@pytest.mark.parametrize(
    ("answer", "logged", "content"),
    [
        (Answer("hi", Outcome.UNKNOWN, 0.0, empty=True), True, EMPTY_REPLY),
        (Answer("thx!", Outcome.UNKNOWN, 0.0, empty=True, small_talk=SmallTalk.THANKS), True,
         SMALL_TALK_REPLIES[SmallTalk.THANKS]),
        (Answer("?", Outcome.UNKNOWN, 0.0), True, UNKNOWN_REPLY),
        (Answer("?", Outcome.UNKNOWN, 0.0), False, UNKNOWN_REPLY_NOT_LOGGED),
    ],
)
def test_no_answer_replies_are_fixed_sentences(
    kb: KnowledgeBase, answer: Answer, logged: bool, content: str
) -> None:
    assert render.render_answer(answer, kb, logged=logged) == [render.Reply(content=content)]


def test_many_embeds_are_packed_ten_and_six_thousand_characters_at_most() -> None:
    embeds = [discord.Embed(description="x" * 1000) for _ in range(25)]
    replies = render.pack_embeds(embeds)
    assert [len(r.embeds) for r in replies] == [6, 6, 6, 6, 1]
    small = render.pack_embeds([discord.Embed(description="x") for _ in range(25)])
    assert [len(r.embeds) for r in small] == [10, 10, 5]


# --- moderators ---------------------------------------------------------------------------


def record(question_id: int, question: str, count: int) -> QuestionRecord:
    moment = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
    return QuestionRecord(
        id=question_id, question=question, status=Status.OPEN, outcome="unknown",
        first_asked=moment, last_asked=moment, count=count, best_id="wifi", best_score=55.0,
        resolved_by=None, resolved_at=None, note=None, faq_id=None, askers=1,
    )


def test_a_page_of_huge_hostile_questions_stays_within_limits() -> None:
    groups = [
        QuestionGroup(tuple((record(n * 100 + k, "@everyone **" + "x" * 5000, 9),)
                            for k in range(30)), frozenset(str(k) for k in range(270)))
        for n in range(25)
    ]
    page = render.question_page(groups, page=0, pages=4, status="open", questions=750)
    assert_within_limits({"embeds": [page.to_dict()]})
    assert all("@everyone" not in (f.value or "") for f in page.fields)


def test_stats_stay_within_limits_and_escape_questions() -> None:
    hostile = RankedQuestion("<@&1234567890123456789> " + "y" * 3000, 1, 1)
    stats = Stats(asked=3, answered=2, suggested=0, unknown=1, top_items=[("wifi", 2)],
                  top_unanswered=[hostile] * 5)
    embed = render.stats_embed(stats, stats, {"wifi": "Is there wifi?"},
                               now=dt.datetime(2018, 6, 28, tzinfo=dt.UTC))
    assert_within_limits({"embeds": [embed.to_dict()]})
    fields = {f.name: f.value for f in embed.fields}
    assert fields["Last 24 hours"] == (
        "3 asked \u00b7 67% answered\n0 did-you-mean \u00b7 1 not known"
    )
    for window in ("24 h", "overall"):
        shown = fields[f"Top unanswered, open ({window})"] or ""
        assert "<@&1234567890123456789>" not in shown


def test_problems_are_split_into_code_blocks_under_two_thousand_characters() -> None:
    problems = [Problem("faq.yaml", n, f"faq[{n}].answer", "required ```") for n in range(200)]
    messages = render.problem_messages("Problems:", problems)
    assert len(messages) > 1
    assert all(len(m) <= 2000 and m.startswith("Problems:\n```\n") for m in messages)
    assert sum(m.count("faq.yaml:") for m in messages) == 200
    assert all(m.count("```") == 2 for m in messages)


def test_a_resolve_notice_carries_the_answer_or_the_note(
    faq: LoadedFaq, kb: KnowledgeBase
) -> None:
    [with_answer] = render.resolve_notice(answer_for_item(faq.index, "wifi"), kb, "Added!")
    [with_note] = render.resolve_notice(None, kb, "n" * 5000)
    assert with_answer.content is not None and with_answer.content.endswith("Added!")
    assert with_answer.embeds[0].title == "Is there wifi?"
    assert with_note.embeds == () and with_note.content is not None
    assert len(with_note.content) <= 2000


def test_a_notice_to_an_asker_is_in_the_language_they_asked_in(
    faq: LoadedFaq, kb: KnowledgeBase
) -> None:
    from bot.core.wording import RIGHT_TO_LEFT_MARK, say

    english_only = answer_for_item(faq.index, "wifi", language="ar")  # no Arabic text
    [resolved] = render.resolve_notice(english_only, kb, "Added!", "ar")
    [dismissed] = render.dismiss_notice("Hors sujet ici.", "fr")

    assert resolved.content is not None
    assert resolved.content.split("\n") == [
        RIGHT_TO_LEFT_MARK + say("resolved_intro", "ar"),
        RIGHT_TO_LEFT_MARK + say("untranslated_note", "ar"),
        "Added!",  # the moderator's words, as written
    ]
    assert dismissed.content == f"{say('dismissed_intro', 'fr')}\nHors sujet ici."
