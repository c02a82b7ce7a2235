"""The information desk and reaching the organisers, in the attendee's own words: where
the desk is and when someone is there, whom to call or write to with a problem
(``attendee_wants``), answered by the file's entry when it says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import (
    asks_where_the_help_desk_is,
    asks_whom_to_contact,
    contact_answered,
)
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
CONTACT = FaqEntry(
    id="contact", question="Who do I contact for help?", alternates=("information desk",),
    answer="The information desk is in the main lobby, staffed from 08:00 to 18:00. Write "
           "to help@example.org or call +1 212 555 0100.",
)
DESK = [
    "where is the info desk and what hours is it staffed",
    "Information desk, until what hour it is working? I arrive late to building on Thursday.",
    "um sorry, where exactly is the information desk? I was told to pick up maps there",
    "what time does the info desk open in the mornings",
]
WHOM = [
    "who can i phone if i have a problem during the conference",
    "who do i write to if something goes wrong",
    "Is there a phone number for the organisers if I have a question?",
]



@pytest.fixture(scope="module")
def with_contact() -> MatchIndex:
    return index_with(CONTACT)



@pytest.mark.parametrize("question", DESK)
def test_where_the_desk_is_or_its_hours_is_recognised(question: str) -> None:
    assert asks_where_the_help_desk_is(question)


@pytest.mark.parametrize("question", [
    "How many wheelchairs does the info desk have to lend?",  # what it lends
    "Does the information desk sell MetroCards?",
    "Can you print my badge and leave it at the info desk for me?",  # a badge, a task
    "where is the registration desk?",  # another desk
    "is the help desk any good?",  # neither where nor when
    "What time does the info desk lend out wheelchairs?",
    "when can I collect my badge at the info desk?",
])
def test_what_the_desk_lends_or_another_desk_is_not(question: str) -> None:
    assert not asks_where_the_help_desk_is(question)


@pytest.mark.parametrize("question", WHOM)
def test_whom_to_call_or_write_to_with_a_problem_is_recognised(question: str) -> None:
    assert asks_whom_to_contact(question)


@pytest.mark.parametrize("question", [
    "who do i call in an emergency?",  # an emergency's
    "which email should press enquiries go to?",  # the press's
    "who do I call about my visa problem?",  # a particular service's
    "who can I phone to get a taxi?",  # no problem or question
    "who is the organiser?",  # nobody to reach
    "who should I email my statement to?",  # no problem or question
])
def test_an_emergency_the_press_or_a_particular_service_is_not(question: str) -> None:
    assert not asks_whom_to_contact(question)


@pytest.mark.parametrize("question", [*DESK, *WHOM])
def test_the_contact_entry_answers_them(with_contact: MatchIndex, question: str) -> None:
    result = answer(with_contact, question, NOON)
    assert result.answered and result.item_id == "contact"


@pytest.mark.parametrize("question", [
    "where is the info desk",  # the room card of that name is only a place
    "until what time is the help desk staffed",
    "who do i write to if something goes wrong",
])
def test_the_bundled_files_contact_entry_answers_them(
    bundled_index: MatchIndex, question: str,
) -> None:
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == "contacts-help-desk"


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("the desk is in the main lobby", DESK[2], True),
    ("ask at the desk", DESK[2], False),  # no place
    ("staffed from 08:00 to 18:00", DESK[3], True),
    ("the desk is in the main lobby", DESK[3], False),  # no hours
    ("call +1 212 555 0100", WHOM[0], True),
    ("write to help@example.org", WHOM[0], False),  # no number to phone
    ("write to help@example.org", WHOM[1], True),
    ("call +1 212 555 0100", WHOM[1], False),  # no address to write to
])
def test_the_entry_must_say_where_when_or_how_to_reach(
    said: str, question: str, answered: bool,
) -> None:
    assert contact_answered(question, said) == answered


def test_an_entry_without_a_number_does_not_answer_whom_to_phone() -> None:
    silent = dataclasses.replace(CONTACT, answer="Write to help@example.org.")
    result = answer(index_with(silent), WHOM[0], NOON)
    assert not (result.answered and result.item_id == "contact")


def test_an_entry_on_emergencies_is_not_the_contact_entry() -> None:
    emergency = FaqEntry(id="emergency-contacts", question="Who do I contact in an emergency?",
                         answer="Call UN Security on +1 212 555 0199.")
    result = answer(index_with(emergency), WHOM[0], NOON)
    assert not (result.answered and result.item_id == "emergency-contacts")


def test_an_entry_on_the_registration_desk_is_not_the_information_desk() -> None:
    registration = FaqEntry(id="registration-desk", question="Where is the registration desk?",
                            answer="In the main lobby, open from 08:00.")
    result = answer(index_with(registration), DESK[3], NOON)
    assert not (result.answered and result.item_id == "registration-desk")


def test_an_entry_without_hours_does_not_answer_when_the_desk_is_staffed() -> None:
    silent = dataclasses.replace(
        CONTACT, answer="The information desk is in the main lobby. Write to help@example.org.")
    result = answer(index_with(silent), "what time does the info desk open in the mornings",
                    NOON)
    assert not (result.answered and result.item_id == "contact")
