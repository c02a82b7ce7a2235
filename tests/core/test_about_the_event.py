"""The event as a whole, in the attendee's own words: who runs it, how many take part
(``attendee_wants``), answered by the file's entries on its organisers and on who
attends (this one when it gives figures)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import asks_how_many_take_part, asks_who_organises, figures_given
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
ORGANISERS = FaqEntry(
    id="organisers", question="Who is organising the conference?",
    answer="The UN Office of Counter-Terrorism, headed by the Under-Secretary-General.",
)
ATTENDING = FaqEntry(
    id="attending", question="Who is attending the conference?",
    alternates=("how many participants are there",),
    answer="Some 1,000 participants from 150 Member States and 55 civil society groups.",
)
WHO_RUNS = [
    "Which part of the UN is running this event?",
    "I am wanting to know who make this conference, is it UN office?",
    "which bit of the UN is actually running this?",
]
HOW_MANY = [
    "roughly how many countries sent people to this?",
    "how big is this thing, like how many people",
    "How many civil society groups coming?",
]



@pytest.fixture(scope="module")
def with_both() -> MatchIndex:
    return index_with(ORGANISERS, ATTENDING)



@pytest.mark.parametrize("question", WHO_RUNS)
def test_who_runs_the_event_is_recognised(question: str) -> None:
    assert asks_who_organises(question)


@pytest.mark.parametrize("question", [
    "who is organising the side event on youth?",  # a part of it
    "which office is running the registration desk?",  # a service
    "who convened this meeting?",  # a convener: a file may say so apart
    "who runs the cafeteria here?",
    "which office is behind my visa delay?",  # the asker's own
    "who is in charge of counter-terrorism in Kenya?",  # not the event
])
def test_who_runs_a_part_a_service_or_who_convened_it_is_not(question: str) -> None:
    assert not asks_who_organises(question)


@pytest.mark.parametrize("question", HOW_MANY)
def test_how_many_take_part_is_recognised(question: str) -> None:
    assert asks_how_many_take_part(question)


@pytest.mark.parametrize("question", [
    "how many member states does the UN have in total",  # the UN's own
    "how many people fit in conference room 4?",  # a room's capacity
    "how many delegates can one country send?",  # a limit
    "how many people attended in 2017?",  # another year
    "how many participants are coming from Africa?",  # a part of them
    "how many women are taking part?",
])
def test_a_rooms_capacity_a_limit_or_a_part_of_them_is_not(question: str) -> None:
    assert not asks_how_many_take_part(question)


@pytest.mark.parametrize(("question", "entry"), [
    *((question, "organisers") for question in WHO_RUNS),
    *((question, "attending") for question in HOW_MANY),
])
def test_the_files_entries_answer_them(with_both: MatchIndex, question: str, entry: str) -> None:
    result = answer(with_both, question, NOON)
    assert result.answered and result.item_id == entry


@pytest.mark.parametrize(("question", "entry"), [
    ("Which UN office is running the show?", "who-organises"),
    ("roughly how many countries are represented?", "who-attends"),
])
def test_the_bundled_files_entries_answer_them(
    bundled_index: MatchIndex, question: str, entry: str,
) -> None:
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == entry


def test_figures_are_what_a_question_of_how_many_needs() -> None:
    assert figures_given(HOW_MANY[0], "some 1,000 participants from 150 member states")
    assert not figures_given(HOW_MANY[0], "heads of agencies and civil society take part")


def test_an_entry_that_gives_no_figures_does_not_answer_how_many() -> None:
    silent = dataclasses.replace(ATTENDING, answer="Heads of agencies and civil society.")
    # (A question of "how many" is refused by the decision's count veto too.)
    result = answer(index_with(ORGANISERS, silent), "how big is this thing?", NOON)
    assert not (result.answered and result.item_id == "attending")


def test_an_entry_on_contacting_the_organisers_is_not_the_organisers_entry() -> None:
    contact = FaqEntry(id="contact-organisers", question="How do I contact the organisers?",
                       answer="Email the UN Office of Counter-Terrorism at ct@example.org.")
    result = answer(index_with(contact), WHO_RUNS[0], NOON)
    assert not (result.answered and result.item_id == "contact-organisers")
