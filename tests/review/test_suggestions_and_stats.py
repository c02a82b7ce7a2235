"""Suggestions from use (picks, votes, collisions) and the picture of the week."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

import pytest

from bot.core.answering import answer
from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.review.chart import ALERTS, ANSWERED, DID_YOU_MEAN, UNKNOWN, draw, render_png
from bot.review.service import ReviewError
from bot.review.suggestions import COLLISION, NOT_HELPFUL, PICKED
from tests.review.conftest import Review, in_channel
from tests.storage.helpers import record_event, record_feedback

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.patches import Rectangle


async def _pick(review: Review, question: str, entry: str, user: int) -> None:
    await record_feedback(review.log, FeedbackKind.SUGGESTION_CHOSEN, question, item_id=entry,
                                     origin=in_channel(user, user), at=review.clock())


async def _vote(review: Review, question: str, entry: str, user: int) -> None:
    await record_feedback(review.log, FeedbackKind.NOT_HELPFUL, question, item_id=entry,
                                     origin=in_channel(user, user), at=review.clock(),
                                     answer="...")


async def test_people_who_asked_the_same_thing_and_picked_the_same_entry_are_a_suggestion(
    review: Review,
) -> None:
    await _pick(review, "where's lunch today?", "lunch-thursday", 1)
    await _pick(review, "Where's lunch today??", "lunch-thursday", 2)
    await _pick(review, "wheres lunch today", "lunch-thursday", 2)
    await _pick(review, "where is the badge office", "badge", 3)  # one person: not yet

    [suggestion] = await review.service.suggestions()

    assert (suggestion.kind, suggestion.target, suggestion.people, suggestion.count) == (
        PICKED, "lunch-thursday", 2, 3)
    assert suggestion.text == "where's lunch today?"
    assert suggestion.describe().startswith(
        "2 people who asked the same thing picked `lunch-thursday`")


async def test_accepting_a_suggestion_teaches_the_bot_and_it_is_not_shown_again(
    review: Review,
) -> None:
    for user in (1, 2):
        await _pick(review, "where's lunch today?", "lunch-thursday", user)
    [suggestion] = await review.service.suggestions()

    taught = await review.service.accept(suggestion.key, by="mod")

    assert taught.answers is True and review.reloads
    result = answer(review.holder.current.index, "where's lunch today?", review.clock())
    assert result.item_id == "lunch-thursday"
    assert await review.service.suggestions() == []
    decisions = await review.log.suggestion_decisions()
    assert decisions[suggestion.key].decision == "accepted"
    with pytest.raises(ReviewError, match="no open suggestion"):
        await review.service.accept(suggestion.key, by="mod")


async def test_a_rejected_suggestion_is_remembered_and_not_shown_again(review: Review) -> None:
    for user in (1, 2):
        await _pick(review, "where's lunch today?", "lunch-thursday", user)
    [suggestion] = await review.service.suggestions()

    rejected = await review.service.reject(suggestion.key, by="mod")
    await _pick(review, "where's lunch today?", "lunch-thursday", 3)  # more picks later

    assert rejected == suggestion
    assert await review.service.suggestions() == []
    with pytest.raises(ReviewError, match="no open suggestion 'nope'"):
        await review.service.reject("nope", by="mod")


async def test_thumbs_down_list_the_entry_and_the_questions_that_led_to_them(
    review: Review,
) -> None:
    await _vote(review, "is there wifi in the hotel?", "wifi", 1)
    await _vote(review, "Is there wifi in the hotel", "wifi", 2)

    [suggestion] = await review.service.suggestions()

    assert (suggestion.kind, suggestion.entries, suggestion.target) == (
        NOT_HELPFUL, ("wifi",), None)
    assert (suggestion.count, suggestion.people) == (2, 2)
    assert suggestion.questions == ("is there wifi in the hotel?", "Is there wifi in the hotel")
    with pytest.raises(ReviewError, match="Say which entry"):
        await review.service.accept(suggestion.key, by="mod")
    taught = await review.service.accept(suggestion.key, by="mod", faq_id="badge",
                                         text="wifi in the hotel")
    assert taught.edit.changed and "wifi in the hotel" in review.faq_path.read_text("utf-8")


async def test_a_phrasing_that_lands_between_two_entries_is_a_collision(review: Review) -> None:
    for user, text in ((1, "lunch location?"), (2, "Lunch location"), (3, "where do we eat")):
        await review.ask(text, in_channel(user, user), outcome="suggest")
    await review.ask("who won the football?", in_channel(4, 4))  # unknown: not between two

    suggestions = await review.service.suggestions()

    collisions = [s for s in suggestions if s.kind == COLLISION]
    assert [(s.entries, s.people, s.target) for s in collisions] == [
        (("lunch-friday", "lunch-thursday"), 2, None),
        (("lunch-friday", "lunch-thursday"), 1, None),
    ]
    assert collisions[0].describe().startswith(
        "lands between `lunch-friday` and `lunch-thursday` (2 asks by 2 people")


async def test_picks_say_which_side_of_a_collision_is_right(review: Review) -> None:
    await review.ask("lunch location?", in_channel(1, 1), outcome="suggest")
    await _pick(review, "lunch location?", "lunch-friday", 1)

    [collision] = [s for s in await review.service.suggestions() if s.kind == COLLISION]

    assert collision.target == "lunch-friday"


# --- stats -------------------------------------------------------------------------------


async def _event(review: Review, outcome: str, hours_ago: float) -> None:
    await record_event(review.log, outcome=outcome, item_id=None, origin_kind=OriginKind.DISCORD,
                                  at=review.clock() - dt.timedelta(hours=hours_ago))


async def test_the_chart_counts_questions_per_hour_by_what_the_bot_did(review: Review) -> None:
    for outcome, hours_ago in (("answer", 0), ("answer", 0.5), ("suggest", 1), ("unknown", 1),
                               ("sensitive", 2), ("urgent", 2), ("answer", 71), ("answer", 80)):
        await _event(review, outcome, hours_ago)
    await review.ask("Where is the cloakroom?", in_channel(1, 1))
    await review.ask("where is the cloakroom", in_channel(2, 2))
    await review.ask("WHERE IS THE CLOAKROOM?!", in_channel(3, 3))
    await review.ask("is there parking", in_channel(4, 4))

    report = await review.service.stats(days=3)

    chart = report.chart
    assert len(chart.hours) == 72 and chart.hours[-1] == review.clock().replace(minute=0)
    assert chart.series[ANSWERED][-1] == 1  # 14:00 (the half hour before is 13:30)
    assert chart.series[ANSWERED][-2] == 1 and chart.series[DID_YOU_MEAN][-2] == 1
    assert chart.series[UNKNOWN][-2] == 1 and chart.series[ALERTS][-3] == 2
    assert chart.series[ANSWERED][0] == 1  # 71 hours ago is the first hour; 80 is out
    assert chart.asked == 7
    assert chart.shares[ANSWERED] == pytest.approx(3 / 7)
    assert [(g.text, g.people, g.asks) for g in chart.top] == [
        ("Where is the cloakroom?", 3, 3), ("is there parking", 1, 1)]
    assert [(g.text, g.people, g.asks, g.questions) for g in report.top_day] == [
        ("Where is the cloakroom?", 3, 3, 3), ("is there parking", 1, 1, 1)]
    assert report.top_overall == report.top_day
    assert report.day.asked == 6 and report.overall.asked == 8


def rectangles(axes: Axes) -> list[Rectangle]:
    """The bars of a bar chart (matplotlib types them as any patch)."""
    from matplotlib.patches import Rectangle

    found = list(axes.patches)
    assert all(isinstance(p, Rectangle) for p in found)
    return [p for p in found if isinstance(p, Rectangle)]


async def test_the_chart_is_a_png_with_a_bar_per_hour_and_series(review: Review) -> None:
    for hours_ago in (0, 0, 5):
        await _event(review, "answer", hours_ago)
    await _event(review, "unknown", 5)
    await review.ask("Is there a cloakroom? $5 $10", Origin.console())
    chart = (await review.service.stats(days=1)).chart

    figure = draw(chart)
    png = render_png(chart)

    hourly, _shares, top = figure.axes
    bars = {name: [round(p.get_height()) for p in rectangles(hourly) if p.get_gid() == name]
            for name in chart.series}
    assert bars == {name: list(counts) for name, counts in chart.series.items()}
    assert bars[ANSWERED][-1] == 2 and bars[UNKNOWN][-6] == 1
    assert [round(p.get_width()) for p in rectangles(top)] == [1]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.size == (1000, 800)


async def test_a_chart_with_nothing_asked_is_still_drawn(review: Review) -> None:
    chart = (await review.service.stats(days=1)).chart
    assert chart.asked == 0 and chart.top == ()
    assert render_png(chart).startswith(b"\x89PNG")
