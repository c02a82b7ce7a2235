"""Meals in the attendee's own words: whether lunch is provided, where to eat or get a
coffee, whether food may be taken into a room (``attendee_wants``), answered by the
file's entry on food when that entry says what is asked."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import answer
from bot.core.attendee_wants import (
    asks_where_to_eat_or_drink,
    asks_whether_lunch_is_provided,
    meals_answered,
)
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from tests.core.conftest import THU, at, index_with

NOON = at(THU, 12, 0)
FOOD = FaqEntry(
    id="food", question="Where can I get food and coffee?", alternates=("is lunch provided",),
    answer="Lunch is not provided; the cafeteria on the ground floor sells meals and coffee. "
           "Food and drinks other than water are not allowed in the plenary hall.",
)

PROVIDED = [
    "is lunch free there or do we have to buy our own food",
    "Y'all feeding us lunch or do I need to fend for myself?",
    "I supervise a catering crew and need to know: is lunch laid on for participants or do "
    "they buy their own?",
]
WHERE = [
    "where can i grab an espresso without leaving the complex",
    "Where can I grab a bite between the morning and afternoon sittings?",
    "Habari. Please where I can find tea or coffee near to the meeting rooms?",
]
INTO = [
    "can i take my sandwich and a soda into the GA hall",
    "am i allowed to take my water bottle into the general assembly hall",
]



@pytest.fixture(scope="module")
def with_food() -> MatchIndex:
    return index_with(FOOD)



@pytest.mark.parametrize("question", PROVIDED)
def test_whether_lunch_is_provided_is_recognised(question: str) -> None:
    assert asks_whether_lunch_is_provided(question)


@pytest.mark.parametrize("question", [*WHERE, *INTO])
def test_where_to_eat_or_whether_food_may_go_in_is_recognised(question: str) -> None:
    assert asks_where_to_eat_or_drink(question)


@pytest.mark.parametrize("question", [
    "is dinner at the reception included?",  # another meal
    "is the halal lunch provided or should I bring my own food?",  # a diet
    "is breakfast included with the hotel room?",
    "is lunch provided today? what time?",  # a time: the programme's
    "how much does lunch cost if it's not included?",  # a price
    "is the plane ticket paid for or do we buy our own?",  # the asker's costs
])
def test_another_meal_a_diet_a_time_or_a_price_is_not_lunch_provided(question: str) -> None:
    assert not asks_whether_lunch_is_provided(question)


@pytest.mark.parametrize("question", [
    "where is lunch served?",  # a place of the programme's
    "where's the restaurant",  # a place
    "is there somewhere I can pray during the lunch break",  # prayer
    "Session II - is there a coffee break halfway through?",  # a break in a session
    "Could you bring me a coffee in Conference Room 11?",  # a piece of work
    "where can I get halal food?",  # a diet
    "where can I get dinner after the reception tonight?",  # another meal, a time
    "where do they serve tea in the morning",  # where it is served: the programme's
    "where can I go during the lunch break?",  # the break, not a meal
])
def test_a_place_of_the_programme_prayer_a_break_or_a_task_is_not_where_to_eat(
    question: str,
) -> None:
    assert not asks_where_to_eat_or_drink(question)


@pytest.mark.parametrize("question", [*PROVIDED, *WHERE, *INTO])
def test_the_food_entry_answers_them(with_food: MatchIndex, question: str) -> None:
    result = answer(with_food, question, NOON)
    assert result.answered and result.item_id == "food"


@pytest.mark.parametrize("question", [
    "Is lunch laid on for participants, or do we fend for ourselves?",
    "where cn i grab an espresso between sesions",
    "can I bring my sandwich and juice into the GA hall?",
])
def test_the_bundled_files_food_entry_answers_them(
    bundled_index: MatchIndex, question: str,
) -> None:
    result = answer(bundled_index, question, NOON)
    assert result.answered and result.item_id == "food-and-coffee"


@pytest.mark.parametrize(("said", "question", "answered"), [
    ("lunch is not provided; the cafeteria sells meals", PROVIDED[0], True),
    ("a buffet lunch is served in the foyer", PROVIDED[0], True),
    ("the cafeteria is on the ground floor", PROVIDED[0], False),  # not whether provided
    ("the vienna cafe sells coffee", WHERE[0], True),
    ("the cafeteria sells sandwiches", WHERE[1], True),  # food, not coffee, asked
    ("the restaurant sells sandwiches", WHERE[0], False),  # no coffee said
    ("food and drinks are not allowed in the hall", INTO[0], True),
    ("the cafeteria sells sandwiches and soda", INTO[0], False),  # not whether allowed
])
def test_the_entry_must_say_what_is_asked_of_meals(
    said: str, question: str, answered: bool,
) -> None:
    assert meals_answered(question, said) == answered


def test_an_entry_that_does_not_say_whether_lunch_is_provided_does_not_answer_it() -> None:
    # (Its phrasings count as what it says: "is lunch provided" as an alternate would do.)
    silent = dataclasses.replace(FOOD, alternates=(),
                                 answer="The cafeteria on the ground floor sells meals.")
    result = answer(index_with(silent), PROVIDED[1], NOON)
    assert not (result.answered and result.item_id == "food")


def test_an_entry_on_the_reception_is_not_the_food_entry() -> None:
    reception = FaqEntry(id="reception", question="Is food provided at the reception?",
                         answer="Canapés and drinks are provided at the reception.")
    result = answer(index_with(reception), PROVIDED[0], NOON)
    assert not (result.answered and result.item_id == "reception")


def test_an_entry_that_names_no_coffee_does_not_answer_where_to_get_one() -> None:
    meals = FaqEntry(id="meals", question="Where can I eat?",
                     answer="The restaurant on the ground floor sells sandwiches.")
    index = index_with(meals)
    assert answer(index, WHERE[1], NOON).item_id == "meals"  # precondition: food asked
    result = answer(index, WHERE[0], NOON)  # an espresso asked
    assert not (result.answered and result.item_id == "meals")


@pytest.mark.parametrize(("question", "answered"), [
    ("wifi password, and where can I get a coffee?", False),  # the wifi entry's part
    ("passport photo, and where can I get a coffee?", True),  # nothing the file has
    ("Habari. Please where I can find tea or coffee?", True),  # a greeting
])
def test_a_thing_named_beside_the_question_stops_the_answer_when_the_file_has_it(
    with_food: MatchIndex, question: str, answered: bool,
) -> None:
    result = answer(with_food, question, NOON)
    assert (result.answered and result.item_id == "food") == answered
