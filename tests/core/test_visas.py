"""Visas in the attendee's own words: whether one is needed, how to get a letter of
invitation for it (``attendee_wants``), answered by the file's entry on visas when that
entry says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import asks_about_a_visa, visa_answered
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
VISAS = FaqEntry(
    id="visas", question="Do I need a visa?", alternates=("letter of invitation",),
    answer="Most participants need a visa; the organisers send letters of invitation on "
           "request.",
)
ASKED = [
    "need an invitation ltr for my visa appt asap, how do i get one",
    "The US consulate in Lagos wants proof that I'm invited. Can the organisers give me "
    "something official?",
    "Does a participant from our agency need a US visa for this?",
]




@pytest.mark.parametrize("question", ASKED)
def test_whether_a_visa_is_needed_or_a_letter_for_it_is_recognised(question: str) -> None:
    assert asks_about_a_visa(question)


@pytest.mark.parametrize("question", [
    "my visa was refused, what now?",  # one visa's fate
    "how much is the visa fee?",  # a price
    "What's the last day to request the invitation letter for the visa?",  # a deadline
    "Do Moroccan passport holders need a visa to come to the US for this?",  # a nationality
    "do i need a visa for canada if i go to toronto after the conference",  # another country
    "I need a letter for my visa and later a certificate saying I attended",  # another entry
])
def test_a_visas_fate_a_deadline_a_nationality_or_another_country_is_not(question: str) -> None:
    assert not asks_about_a_visa(question)


@pytest.mark.parametrize("question", ASKED)
def test_the_visa_entry_answers_them(question: str) -> None:
    result = answer(index_with(VISAS), question, NOON)
    assert result.answered and result.item_id == "visas"


def test_the_bundled_files_visa_entry_answers_them(bundled_index: MatchIndex) -> None:
    question = "I need a letter for my US visa interview. Who issues that?"
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == "visas-invitation-letters"


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("letters of invitation for the visa are sent on request", ASKED[0], True),
    ("most participants need a visa", ASKED[0], False),  # no letter said
    ("most participants need a visa", ASKED[2], True),
    ("letters of invitation are sent on request", ASKED[2], False),  # no visa said
])
def test_the_entry_must_say_what_is_asked_of_the_visa(
    said: str, question: str, answered: bool,
) -> None:
    assert visa_answered(question, said) == answered


def test_an_entry_that_names_no_letter_does_not_answer_how_to_get_one() -> None:
    silent = dataclasses.replace(VISAS, alternates=(), answer="Most participants need a visa.")
    result = answer(index_with(silent), ASKED[0], NOON)
    assert not (result.answered and result.item_id == "visas")
