"""Feedback on answers, text-free question events and the stats built from them."""

from __future__ import annotations

from typing import cast

import pytest

from bot.core.models import FeedbackKind, OriginKind
from bot.storage import Feedback, RankedQuestion, Stats, UnansweredLog
from tests.storage.helpers import (
    CONSOLE,
    at,
    discord,
    record_ask,
    record_event,
    record_feedback,
    resolve_question,
)


async def test_feedback_is_stored_with_its_origin_and_listed_newest_first(
    log: UnansweredLog,
) -> None:
    helpful = await record_feedback(
        log, FeedbackKind.HELPFUL, "wifi?", item_id="faq-wifi", origin=discord(5, 50), at=at(1),
        answer="SSID UN",
    )
    chosen = await record_feedback(
        log, FeedbackKind.SUGGESTION_CHOSEN, "lunch", item_id="faq-lunch", origin=CONSOLE, at=at(3)
    )
    unhelpful = await record_feedback(
        log, FeedbackKind.NOT_HELPFUL, "badge?", item_id=None, origin=discord(6), at=at(2)
    )
    listed = await log.feedback()
    assert [f.id for f in listed] == [chosen, unhelpful, helpful]
    assert listed[2] == Feedback(
        id=helpful,
        kind=FeedbackKind.HELPFUL,
        question="wifi?",
        item_id="faq-wifi",
        origin=discord(5, 50),
        at=at(1),
        answer="SSID UN",
    )
    assert listed[0].answer is None


async def test_feedback_can_be_filtered_by_kind_and_limited(log: UnansweredLog) -> None:
    for minute in range(4):
        await record_feedback(
            log, FeedbackKind.HELPFUL, f"q{minute}", item_id="a", origin=CONSOLE, at=at(minute)
        )
    await record_feedback(log, FeedbackKind.NOT_HELPFUL, "q", item_id="a", origin=CONSOLE, at=at(9))
    assert [f.question for f in await log.feedback(FeedbackKind.HELPFUL, limit=2)] == ["q3", "q2"]
    assert [f.kind for f in await log.feedback(FeedbackKind.NOT_HELPFUL)] == ["not_helpful"]
    assert await log.feedback(FeedbackKind.SUGGESTION_CHOSEN) == []
    assert len(await log.feedback(limit=100)) == 5


async def test_unknown_feedback_kinds_are_refused(log: UnansweredLog) -> None:
    not_a_kind = cast(FeedbackKind, "meh")  # what an untyped caller could pass
    with pytest.raises(ValueError):
        await record_feedback(log, not_a_kind, "q", item_id=None, origin=CONSOLE, at=at(0))
    assert await log.feedback() == []


async def test_stats_count_every_event_by_outcome_and_rank_answered_items(
    log: UnansweredLog,
) -> None:
    events = [
        ("answer", "faq-wifi"),
        ("answer", "faq-wifi"),
        ("answer", "faq-wifi"),
        ("answer", "faq-lunch"),
        ("answer", "faq-lunch"),
        ("answer", "faq-badge"),
        ("suggest", "faq-lunch"),
        ("unknown", None),
        ("unknown", None),
    ]
    for minute, (outcome, item) in enumerate(events):
        await record_event(log, outcome=outcome, item_id=item, origin_kind=OriginKind.DISCORD,
                           at=at(minute))
    stats = await log.stats(top=2)
    assert (stats.asked, stats.answered, stats.suggested, stats.unknown) == (9, 6, 1, 2)
    assert stats.top_items == [("faq-wifi", 3), ("faq-lunch", 2)]


async def test_stats_since_only_counts_events_and_asks_from_then_on(log: UnansweredLog) -> None:
    await record_event(log, outcome="answer", item_id="old", origin_kind=OriginKind.CONSOLE,
                       at=at(0))
    await record_event(log, outcome="unknown", item_id=None, origin_kind=OriginKind.CONSOLE,
                       at=at(1))
    await record_event(log, outcome="answer", item_id="new", origin_kind=OriginKind.DISCORD,
                       at=at(10))
    await record_event(log, outcome="suggest", item_id="x", origin_kind=OriginKind.DISCORD,
                       at=at(11))
    for minute in (0, 1, 2):
        await record_ask(log, "early bird", CONSOLE, asked_at=at(minute), best_id=None,
                         best_score=None)
    await record_ask(log, "late", CONSOLE, asked_at=at(10), best_id=None, best_score=None)
    await record_ask(log, "late", CONSOLE, asked_at=at(12), best_id=None, best_score=None)

    since = await log.stats(since=at(10))
    assert since == Stats(
        asked=2,
        answered=1,
        suggested=1,
        unknown=0,
        top_items=[("new", 1)],
        top_unanswered=[RankedQuestion("late", 1, 2)],
    )
    ever = await log.stats()
    assert (ever.asked, ever.answered, ever.unknown) == (4, 2, 1)
    assert ever.top_unanswered == [("early bird", 1, 3), ("late", 1, 2)]


async def test_top_unanswered_only_counts_open_questions(log: UnansweredLog) -> None:
    closed = await record_ask(log, "closed", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    await record_ask(log, "closed", CONSOLE, asked_at=at(1), best_id=None, best_score=None)
    await record_ask(log, "open", CONSOLE, asked_at=at(2), best_id=None, best_score=None)
    await resolve_question(log, closed, by="console", at=at(3))
    assert (await log.stats()).top_unanswered == [("open", 1, 1)]
    assert (await log.stats(top=0)).top_unanswered == []


async def test_stats_of_an_empty_log_are_zero(log: UnansweredLog) -> None:
    assert await log.stats() == Stats(0, 0, 0, 0, [], [])


async def test_unknown_event_outcomes_are_refused(log: UnansweredLog) -> None:
    with pytest.raises(ValueError):
        await record_event(log, outcome="maybe", item_id=None, origin_kind=OriginKind.CONSOLE,
                           at=at(0))
    assert (await log.stats()).asked == 0
