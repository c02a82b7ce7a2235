"""Accommodation in the attendee's own words: whether the organisers book or pay for it,
where to stay (``attendee_wants``), answered by the file's entry on hotels when that
entry says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import accommodation_answered, asks_about_accommodation
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import KB, THU, at

NOON = at(THU, 12, 0)
HOTELS = FaqEntry(
    id="stay", question="Where should I stay?", alternates=("accommodation",),
    answer="The organisers do not book or pay for hotels. Hotels near the venue fill up fast.",
)
BOOKED = [
    "Does UNOCT book and pay for our hotel rooms?",
    "Our ministry is very small and the travel budget is tight. Does the UN pay for our "
    "hotel, or do we book and pay it ourselves?",
    "Do you have a block of rooms for delegates or do we sort out our own accommodation?",
]
WHERE = ["can you recommend a hotel near the venue", "where should I stay for the conference?"]


def index_with(*entries: FaqEntry) -> MatchIndex:
    # The shared small file has an entry on hotels of its own: without it here.
    faq = tuple(entry for entry in KB.faq if entry.id != "hotels")
    return MatchIndex.build(dataclasses.replace(KB, faq=(*faq, *entries)))



@pytest.mark.parametrize("question", [*BOOKED, *WHERE])
def test_whether_the_organisers_book_it_or_where_to_stay_is_recognised(question: str) -> None:
    assert asks_about_accommodation(question)


@pytest.mark.parametrize("question", [
    "how much is the hotel per night?",  # a price
    "is breakfast included at the conference hotel?",  # the hotel's own service
    "which hotel is the Kenyan delegation staying at?",  # another delegation's
    "is there a shuttle from the hotel to the venue?",  # the way
    "how many hotel rooms are booked for funded participants?",  # a count
    "can I have my bilateral in my hotel room?",  # a meeting
    "I left my charger in the hotel room, can you book a courier?",
])
def test_a_price_the_hotels_services_or_another_delegation_is_not(question: str) -> None:
    assert not asks_about_accommodation(question)


@pytest.mark.parametrize("question", [*BOOKED, *WHERE])
def test_the_hotels_entry_answers_them(question: str) -> None:
    result = answer(index_with(HOTELS), question, NOON)
    assert result.answered and result.item_id == "stay"


def test_the_bundled_files_hotels_entry_answers_them(bundled_index: MatchIndex) -> None:
    result = answer(bundled_index, BOOKED[1], NOON)
    assert result.answered and result.item_id == "hotels"


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("the organisers do not book hotels", BOOKED[0], True),
    ("delegations make their own arrangements", BOOKED[0], True),
    ("hotels near the venue fill up fast", BOOKED[0], False),  # not who books
    ("hotels near the venue fill up fast", WHERE[0], True),
    ("delegations make their own arrangements", WHERE[0], False),  # no hotels named
])
def test_the_entry_must_say_who_books_or_where_to_stay(
    said: str, question: str, answered: bool,
) -> None:
    assert accommodation_answered(question, said) == answered


def test_an_entry_that_does_not_say_who_books_does_not_answer_it() -> None:
    silent = dataclasses.replace(HOTELS, alternates=("hotels",),
                                 answer="Hotels near the venue fill up fast.")
    result = answer(index_with(silent), BOOKED[2], NOON)
    assert not (result.answered and result.item_id == "stay")


def test_an_entry_on_the_hotel_shuttle_is_not_the_hotels_entry() -> None:
    shuttle = FaqEntry(id="hotel-shuttle", question="Is there a hotel shuttle?",
                       answer="The organisers pay for a shuttle from the partner hotels.")
    result = answer(index_with(shuttle), BOOKED[0], NOON)
    assert not (result.answered and result.item_id == "hotel-shuttle")
