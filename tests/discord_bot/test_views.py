"""Buttons: custom ids within Discord's limits, contexts kept server-side and bounded."""

from __future__ import annotations

import re

import discord
import pytest

from bot.core.models import Suggestion
from bot.discord_bot import views


def test_the_context_store_forgets_the_least_recently_used() -> None:
    store = views.ContextStore[str](capacity=3)
    tokens = [store.put(f"question {n}") for n in range(3)]
    assert store.get(tokens[0]) == "question 0"  # now the most recent
    store.put("question 3")

    assert len(store) == 3
    assert store.get(tokens[1]) is None
    assert store.get(tokens[0]) == "question 0"
    assert all(re.fullmatch(r"[0-9a-f]{8}", t) for t in tokens)


@pytest.mark.parametrize(
    ("custom_id", "template"),
    [
        (views.pick_id("0123abcd", 2, "lunch-friday"), views.PICK_TEMPLATE),
        (views.pick_id("0123abcd", 3, "x" * 200), views.PICK_TEMPLATE),
        (views.rate_id("0123abcd", True), views.RATE_TEMPLATE),
        (views.rate_id("0123abcd", False), views.RATE_TEMPLATE),
        (views.page_id("0123abcd", 12), views.PAGE_TEMPLATE),
    ],
)
def test_custom_ids_fit_and_match_their_routes(custom_id: str, template: str) -> None:
    assert len(custom_id) <= 100
    assert re.fullmatch(template, custom_id)


def test_a_long_entry_id_is_left_out_of_the_custom_id() -> None:
    match = re.fullmatch(views.PICK_TEMPLATE, views.pick_id("0123abcd", 1, "x" * 200))
    assert match is not None and match["item"] is None
    match = re.fullmatch(views.PICK_TEMPLATE, views.pick_id("0123abcd", 1, "wifi"))
    assert match is not None and match["item"] == "wifi"


async def test_suggestion_buttons_are_labelled_within_80_characters() -> None:
    suggestions = [Suggestion("a", "Short?", 80.0), Suggestion("b", "Long " * 40, 79.0),
                   Suggestion("c", "Third?", 78.0), Suggestion("d", "Fourth?", 77.0)]
    view = views.suggestion_view("0123abcd", suggestions)

    labels = [getattr(item, "label", "") for item in view.children]
    assert labels[0] == "1. Short?" and len(labels) == 3
    assert all(len(label) <= 80 for label in labels)
    assert view.is_finished()  # rendered only: discord.py will not store it


async def test_rating_and_pager_views() -> None:
    rating = views.rating_view("0123abcd")
    assert [getattr(i, "label", "") for i in rating.children] == ["Helpful", "Not helpful"]
    assert views.pager_view("0123abcd", 0, 1) is None
    pager = views.pager_view("0123abcd", 2, 3)
    assert pager is not None
    previous, following = pager.children
    assert isinstance(previous, discord.ui.Button) and isinstance(following, discord.ui.Button)
    assert not previous.disabled and following.disabled
    assert previous.custom_id == "cc:page:0123abcd:1"
