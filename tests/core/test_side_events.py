"""Side events as such, asked in the attendee's own words: how to get into them, how many
there are, what goes on besides the main meeting (``attendee_wants``), answered by the
file's entry on its side events when that entry says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import asks_about_side_events, side_events_answered
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
SIDE_EVENTS = FaqEntry(
    id="side-events", question="What side events are there?",
    alternates=("list of side events",),
    answer="About a dozen side events run over lunch, first come, first served: bring your "
           "badge.",
)
ORGANISING = FaqEntry(
    id="organise-side-event", question="Can my organisation hold a side event?",
    answer="Proposals closed on 1 June; there are 12 side events and no room for more.",
)



@pytest.fixture(scope="module")
def with_side_events() -> MatchIndex:
    return index_with(SIDE_EVENTS, ORGANISING)



GETTING_IN = [
    "do i need to sign up beforehand for the side events or can i just turn up",
    "Is necessary to make an inscription for the side events, or the badge is enough to enter?",
    "How does getting into a side event work: first come first served, or do people sign up "
    "beforehand?",
    "Do I need to reserve a place for the side events or can I just turn up?",
]
HOW_MANY = [
    "how many side events r there altogether",
    "HOW MANY SIDE EVENTS ARE THERE",
]
BESIDES = [
    "what's happening over the lunch break apart from eating",
    "what's going on along the sidelines besides the plenary?",
    "Apart from the big meetings in the main hall, is anything else going on in parallel "
    "around midday?",
]


@pytest.mark.parametrize("question", [*GETTING_IN, *HOW_MANY, *BESIDES])
def test_getting_into_counting_or_what_goes_on_besides_is_recognised(question: str) -> None:
    assert asks_about_side_events(question)


@pytest.mark.parametrize("question", [
    "Do I need to sign up for the terror financing side event?",  # one of them: its card's
    "is the side event on sport open to all?",
    "How many side events were there at the 2017 Counter-Terrorism Week?",  # the past
    "How many people have registered for the side events?",  # a count of people
    "what's the deadline to sign up for side events?",  # a deadline
    "where are the side events? do i need to register?",  # a place
    "are the side events interpreted or do I need to register for headsets?",  # a language
    "The Permanent Mission wishes to enquire whether it might still be possible to convene "
    "a modest event on the margins of the Conference.",  # putting one on
    "what's happening besides the plenary right now?",  # now: the programme's
    "how do i sign up for side events at the human rights council in geneva",  # elsewhere
    "do i need to register for the conference?",  # not side events
    "what's for lunch besides sandwiches?",  # nothing going on
    "any vegetarian options other than pasta?",
])
def test_one_side_event_or_anything_else_about_them_is_not(question: str) -> None:
    assert not asks_about_side_events(question)


@pytest.mark.parametrize("question", [*GETTING_IN, *HOW_MANY, *BESIDES])
def test_the_side_events_entry_answers_them(
    with_side_events: MatchIndex, question: str,
) -> None:
    result = answer(with_side_events, question, NOON)
    assert result.answered and result.item_id == "side-events"


@pytest.mark.parametrize("question", [
    "do I need to sign up separately for the lunchtime side events or can I just turn up?",
    "how many side events are there altogether",
    "what's happening on the margins at midday?",
    # a part tied to the next by a preposition asks nothing else
    "besides the big plenary, are there smaller events going on during lunch? on what topics?",
])
def test_the_bundled_files_side_events_entry_answers_them(
    bundled_index: MatchIndex, question: str,
) -> None:
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == "side-events"


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("first come, first served", GETTING_IN[0], True),
    ("open to every participant with a badge", GETTING_IN[0], True),
    ("side events run over lunch in room 4", GETTING_IN[0], False),  # not how to get in
    ("about 25 side events run over lunch", HOW_MANY[0], True),
    ("three side events at lunchtime", HOW_MANY[0], True),
    ("side events run over lunch in room 4", HOW_MANY[0], False),  # no number
    ("side events run over lunch in room 4", BESIDES[0], True),  # what they are: enough
])
def test_the_entry_must_say_how_to_get_in_or_how_many(
    said: str, question: str, answered: bool,
) -> None:
    assert side_events_answered(question, said) == answered


def test_an_entry_that_does_not_say_how_to_get_in_does_not_answer_getting_in() -> None:
    silent = dataclasses.replace(SIDE_EVENTS, answer="Side events run over lunch in room 4.")
    result = answer(index_with(silent, ORGANISING), GETTING_IN[3], NOON)
    assert not (result.answered and result.item_id == "side-events")


def test_an_entry_on_putting_them_on_is_not_the_side_events_entry() -> None:
    # Its own words say side events, and it states a number: still not what is asked.
    hosting = FaqEntry(id="host-side-events", question="Can we host side events?",
                       alternates=("side events proposals",),
                       answer="There are 12 side events, first come, first served; "
                              "proposals closed on 1 June.")
    result = answer(index_with(hosting), HOW_MANY[0], NOON)
    assert not (result.answered and result.item_id == "host-side-events")


def test_an_entry_on_one_side_event_is_not_the_side_events_entry() -> None:
    youth = FaqEntry(id="youth-side-event", question="What is the youth side event?",
                     answer="One of 12 side events, first come, first served.")
    result = answer(index_with(youth), HOW_MANY[0], NOON)
    assert not (result.answered and result.item_id == "youth-side-event")
