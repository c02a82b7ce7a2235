"""The way to a room: the FAQ's entry on finding the rooms first, the room's card after,
when the organisers' own phrasings ask the way to a room of that kind; the room's card
alone, when it says where the room is and no entry covers it."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, Outcome
from bot.core.way_to_room import room_asked, way_asked, way_entry
from tests.core.conftest import KB, THU, at

FINDING = FaqEntry(
    id="finding-rooms", question="How do I find my way around?",
    alternates=("where is conference room 1",),
    answer="The conference rooms are in the Conference Building, signposted from the "
           "General Assembly lobby; maps are at the information desk.",
)
WITH_WAY = dataclasses.replace(KB, faq=(*KB.faq, FINDING))


@pytest.mark.parametrize(
    ("question", "room"),
    [
        ("how do I find conf room 4", "conf-room-4"),  # another room of the kind named
        ("where is conference room 4?", "conf-room-4"),
        ("wher is conference room 4, is there a map", "conf-room-4"),
        ("Where exactly is Conference Room 1 located?", "conf-room-1"),
    ],
)
def test_the_way_to_a_room_of_the_kind_the_entry_names_is_that_entry(
    question: str, room: str
) -> None:
    assert way_asked(WITH_WAY, question) == ("finding-rooms", room)


@pytest.mark.parametrize(
    "question",
    [
        "where is the ECOSOC chamber",  # a kind of room the entry's phrasings never name
        "where is conference room 4 and is there lunch",  # asks more
        "what floor is conference room 4 on",  # the card's business, or no one's
        "I left my umbrella in conference room 4",  # the room is the setting
        "how many seats in conference room 4",
        "where is the wifi password",  # no room
    ],
)
def test_other_questions_naming_a_room_are_left_to_the_engine(question: str) -> None:
    assert way_asked(WITH_WAY, question) is None


def test_a_file_without_an_entry_on_the_way_keeps_the_rooms_card() -> None:
    assert way_entry(KB) is None
    assert way_asked(KB, "where is conference room 4?") is None


def test_two_entries_asking_the_way_to_rooms_leave_it_to_the_engine() -> None:
    other = FaqEntry(id="rooms-map", question="Where is the ECOSOC chamber?",
                     answer="On the second floor of the Conference Building.")
    assert way_entry(dataclasses.replace(WITH_WAY, faq=(*WITH_WAY.faq, other))) is None


def test_the_answer_gives_the_way_then_the_room() -> None:
    result = answer(MatchIndex.build(WITH_WAY), "how do I find conf room 4", at(THU, 9))
    assert result.outcome is Outcome.ANSWER
    assert (result.item_id, result.also_ids) == ("finding-rooms", ("conf-room-4",))
    text = result.text or ""
    assert text.index("signposted from the General Assembly lobby") < text.index(
        "Conference Room 4")


@pytest.mark.parametrize(
    ("question", "room"),
    [
        ("where is the ECOSOC chamber?", "ecosoc"),
        ("what floor is the Economic and Social Council Chamber on", "ecosoc"),
        ("ecosoc chamber which floor", "ecosoc"),
        ("wheres the GA hall", "ga-hall"),  # its card: the General Assembly Building
        ("which building is the General Assembly Hall in?", "ga-hall"),
    ],
)
def test_where_a_room_is_comes_from_its_card_when_it_says_so(question: str, room: str) -> None:
    assert room_asked(KB, question) == room


@pytest.mark.parametrize(
    "question",
    [
        "where is conference room 4?",  # its card says nothing of where it is
        "what floor is the GA hall on",  # its card names the building, not the floor
        "where is the ECOSOC chamber and is there lunch",  # asks more
        "I left my umbrella in the ECOSOC chamber",  # the room is the setting
        "how many seats in the ECOSOC chamber",  # not where
        "where is the wifi password",  # no room
    ],
)
def test_a_card_that_cannot_say_where_or_a_question_asking_more_is_left_alone(
    question: str,
) -> None:
    assert room_asked(KB, question) is None


def test_a_room_the_organisers_answer_in_an_entry_of_their_own_keeps_that_entry() -> None:
    own = FaqEntry(id="chamber", question="Where is the ECOSOC chamber?",
                   answer="Second floor of the Conference Building, by the escalators.")
    loose = FaqEntry(id="photos", question="Can I post on social media?", answer="Yes.")
    assert room_asked(dataclasses.replace(KB, faq=(*KB.faq, loose)), "where is the ECOSOC "
                      "chamber?") == "ecosoc"  # "social" alone names no room
    assert room_asked(dataclasses.replace(KB, faq=(*KB.faq, own)), "where is the ECOSOC "
                      "chamber?") is None


def test_a_room_of_the_kind_the_way_entry_covers_gets_the_way_not_the_card_alone() -> None:
    assert room_asked(WITH_WAY, "where is conference room 4?") is None
    assert room_asked(WITH_WAY, "where is the ECOSOC chamber?") == "ecosoc"


def test_where_a_room_is_is_answered_from_its_card() -> None:
    result = answer(MatchIndex.build(KB), "what floor is the ECOSOC chamber", at(THU, 9))
    assert (result.outcome, result.item_id) == (Outcome.ANSWER, "ecosoc")
    assert "2nd floor" in (result.text or "")


@pytest.mark.parametrize("question", ["¿Dónde queda la Sala del ECOSOC?",
                                      "Où se trouve la salle de l'ECOSOC ?"])
def test_where_a_room_is_asked_in_another_language_comes_from_its_card(question: str) -> None:
    # Read on a probe set over the shared eval FAQ: the Spanish question got a
    # did-you-mean; its English reading ("where room hall ecosoc?") asks the room's card.
    result = answer(MatchIndex.build(KB), question, at(THU, 9, 0))
    assert (result.outcome, result.item_id) == (Outcome.ANSWER, "ecosoc")
