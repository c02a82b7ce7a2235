"""The asker's belongings, in their own words: something lost or found at the event, and
luggage or a coat brought in or left somewhere (``attendee_wants``), answered by the
file's entry on lost property or on luggage when that entry says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import asks_about_luggage, luggage_answered, says_something_was_lost
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
LOST = FaqEntry(
    id="lost-and-found", question="Is there a lost and found?",
    answer="Items left in the meeting rooms go to the security office by the main entrance.",
)
LUGGAGE = FaqEntry(
    id="luggage", question="Can I bring my luggage?", alternates=("is there a cloakroom",),
    answer="Suitcases are not allowed and cannot be stored; small backpacks are fine. The "
           "cloakroom by the lobby takes coats.",
)
LOST_OR_FOUND = [
    "I think I left my reading glasses in Conference Room 6 yesterday. Who would have them?",
    "found someone's reading glasses in the GA hall, where do I hand them in?",
    "I forgot my scarf in conference room 6 yesterday afternoon, who would have it now?",
]
LUGGAGE_ASKED = [
    "I fly home Friday night straight after the closing, is it ok to roll my suitcase in with "
    "me that day?",
    "any lockers where i can stash my backpack for the day",
    "Is there somewhere to hang a coat and a scarf for the day?",
]



@pytest.fixture(scope="module")
def with_both() -> MatchIndex:
    return index_with(LOST, LUGGAGE)



@pytest.mark.parametrize("question", LOST_OR_FOUND)
def test_something_lost_or_found_at_the_event_is_recognised(question: str) -> None:
    assert says_something_was_lost(question)


@pytest.mark.parametrize("question", [
    "I found a badge on the floor near the escalator, where do I hand it in?",  # a badge
    "lost my passport on the subway, what do i do",  # a passport, on the way
    "I left my phone in the taxi from JFK",  # not the event's to find
    "my laptop was stolen from my bag",  # the police's
    "What are the opening hours of the lost and found office?",  # its hours
    "I think I left the hotel without my charger",  # nothing lost here
])
def test_a_badge_something_lost_elsewhere_or_the_offices_hours_is_not(question: str) -> None:
    assert not says_something_was_lost(question)


@pytest.mark.parametrize("question", LUGGAGE_ASKED)
def test_luggage_or_a_coat_brought_in_or_left_is_recognised(question: str) -> None:
    assert asks_about_luggage(question)


@pytest.mark.parametrize("question", [
    "Is the cloakroom free or do they charge per coat?",  # a price
    "What are the maximum dimensions for a backpack brought into the building?",  # a size
    "can I bring hairspray in my backpack?",  # what it may hold: the screening's
    "can I leave my suitcase at the hotel after check-out?",  # the hotel's
    "the airline lost my luggage, what do I do?",
    "is the cloakroom open during the reception?",  # a time
    "the cloakroom attendant was very kind",  # nothing asked of it
    "can my protection officer leave his sidearm in a locker?",  # arms: the alerts'
    "Can I leave my ceremonial dagger in my bag at the cloakroom?",
    "can I leave a box of files at the cloakroom?",  # not a coat or a bag
])
def test_a_price_a_size_the_screening_or_the_hotel_is_not_luggage(question: str) -> None:
    assert not asks_about_luggage(question)


@pytest.mark.parametrize(("question", "entry"), [
    *((question, "lost-and-found") for question in LOST_OR_FOUND),
    *((question, "luggage") for question in LUGGAGE_ASKED),
])
def test_the_files_entries_answer_them(with_both: MatchIndex, question: str, entry: str) -> None:
    result = answer(with_both, question, NOON)
    assert result.answered and result.item_id == entry


@pytest.mark.parametrize(("question", "entry"), [
    ("I left my umbrella in Conference Room 6 yesterday afternoon. Who would have it now?",
     "lost-and-found"),
    ("I fly home Friday evening directly after the last session. Can I bring my wheeled "
     "suitcase into the building with me?", "luggage-cloakroom"),
])
def test_the_bundled_files_entries_answer_them(
    bundled_index: MatchIndex, question: str, entry: str,
) -> None:
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == entry


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("suitcases are not allowed", LUGGAGE_ASKED[0], True),
    ("the cloakroom takes coats", LUGGAGE_ASKED[0], False),  # neither allowed nor suitcases
    ("suitcases can be left at the cloakroom", LUGGAGE_ASKED[0], False),  # not whether in
    ("backpacks can be left in the lockers", LUGGAGE_ASKED[1], True),
    ("suitcases can be left in the lockers", LUGGAGE_ASKED[1], False),  # no backpacks said
    ("the cloakroom takes coats", LUGGAGE_ASKED[2], True),
    ("luggage can be stored at the front desk", LUGGAGE_ASKED[2], False),  # no coats said
    ("backpacks are allowed", LUGGAGE_ASKED[0], False),  # no suitcases said
    ("backpacks are allowed", LUGGAGE_ASKED[1], False),  # nowhere to leave one
])
def test_the_entry_must_say_what_is_asked_of_the_luggage(
    said: str, question: str, answered: bool,
) -> None:
    assert luggage_answered(question, said) == answered


def test_an_entry_on_a_lost_badge_is_not_the_lost_property_entry() -> None:
    badge = FaqEntry(id="badge-office", question="I lost my badge, is there a lost and found?",
                     answer="Lost badges are replaced at the pass office.")
    result = answer(index_with(badge), LOST_OR_FOUND[0], NOON)
    assert not (result.answered and result.item_id == "badge-office")


def test_an_entry_on_the_hotels_luggage_room_is_not_the_luggage_entry() -> None:
    hotel = FaqEntry(id="hotel-luggage", question="Can I leave luggage at the hotel?",
                     answer="Suitcases are allowed in the hotel's luggage room after check-out.")
    result = answer(index_with(hotel), LUGGAGE_ASKED[0], NOON)
    assert not (result.answered and result.item_id == "hotel-luggage")


def test_an_entry_that_does_not_say_whether_suitcases_may_come_in_does_not_answer_it() -> None:
    silent = dataclasses.replace(LUGGAGE, alternates=(),
                                 answer="The cloakroom by the lobby takes coats.")
    result = answer(index_with(silent), LUGGAGE_ASKED[0], NOON)
    assert not (result.answered and result.item_id == "luggage")
