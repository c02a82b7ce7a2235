"""A room named as where something happened is not what the question is about."""

from __future__ import annotations

import pytest

from bot.core.answering import _described
from bot.core.matching import MatchIndex
from bot.core.room_setting import room_as_setting
from tests.core.conftest import KB


@pytest.mark.parametrize(
    ("question", "room"),
    [
        ("i left my umbrella in conference room 4 yesterday", "conf-room-4"),
        ("found a wallet in the general assembly hall, who do I give it to", "ga-hall"),
        ("the wifi keeps dropping inside conference room 1", "conf-room-1"),
        ("my phone charger is still at the ECOSOC chamber, can someone check", "ecosoc"),
        ("i left my umbrella in cr4 yesterday, who has it", "conf-room-4"),
    ],
)
def test_a_room_after_a_word_of_place_with_a_question_of_its_own_is_a_setting(
    question: str, room: str
) -> None:
    assert room_as_setting(question, KB) == room


@pytest.mark.parametrize(
    "question",
    [
        "where is conference room 4",  # the room itself, no word of place
        "what floor is the ECOSOC chamber on",
        "how many people fit in the general assembly hall",  # a count of the room
        "what's in conference room 4",  # nothing else said
        "i left my umbrella in conference room 9",  # no such room in the file
        "i left my umbrella in the hotel",
    ],
)
def test_a_question_about_the_room_or_naming_no_room_has_no_setting(question: str) -> None:
    assert room_as_setting(question, KB) is None


def test_the_setting_room_is_no_candidate_for_the_answer(index: MatchIndex) -> None:
    question = "i left my coat in conference room 4, where can i pick it up"
    ids = [c.item_id for c in _described(index, question, None).candidates]
    assert "conf-room-4" not in ids
    plain = [c.item_id for c in _described(index, "where is conference room 4", None).candidates]
    assert "conf-room-4" in plain
