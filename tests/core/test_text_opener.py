"""Chat openers ("quick q -"), interjections ("omg") and the other way round of a yes/no
question ("... or do we pay for our own?") say nothing about what is asked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.text import without_opener, without_our_own
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"
MOMENT = dt.datetime.fromisoformat("2018-06-28T10:20:00-04:00")


@pytest.fixture(scope="module")
def bundled() -> MatchIndex:
    return load_faq(BUNDLED, None).index


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("quick q has the opening kicked off yet?", "has the opening kicked off yet?"),
        ("quick q, how early should I come?", "how early should I come?"),
        ("qq whats next", "whats next"),
        ("Quick question: where is the badge desk?", "where is the badge desk?"),
        ("one quick question - wifi?", "wifi?"),
        ("quick one - what's next?", "what's next?"),
        ("Question: what time is lunch?", "what time is lunch?"),
        # a bare "question" before the topic names it
        ("question about lunch: where?", "question about lunch: where?"),
        # "quick" alone, "Q&A", or nothing after the opener: the message as it is
        ("quick, where is the doctor", "quick, where is the doctor"),
        ("Q&A session when?", "Q&A session when?"),
        ("quick question", "quick question"),
    ],
)
def test_a_chat_opener_that_announces_a_question_is_read_past(message: str, read: str) -> None:
    assert without_opener(message) == read


def test_a_programme_question_after_quick_q_is_answered_as_without_it(
    bundled: MatchIndex,
) -> None:
    opened = answer(bundled, "quick q has the opening kicked off yet?", MOMENT)
    assert opened.answered and opened.item_id == "opening-session"


@pytest.mark.parametrize("message", [
    "left my badge in the taxi omg what do i do",
    "idk who organises this, is it UNOCT?",
])
def test_a_question_with_an_interjection_is_answered_as_without_it(
    bundled: MatchIndex, message: str,
) -> None:
    plain = answer(bundled, message.replace("omg ", "").replace("idk ", ""), MOMENT)
    told = answer(bundled, message, MOMENT)
    assert plain.answered and told.answered and told.item_id == plain.item_id


@pytest.mark.parametrize(("message", "plain"), [
    ("Hola, where is the prayer room por favor?", "where is the prayer room?"),
    ("bonjour, whats the wifi network called? merci", "whats the wifi network called?"),
    ("Salam, where do i get my badge?", "where do i get my badge?"),
    ("Entschuldigung, where is the prayer room?", "where is the prayer room?"),
])
def test_an_english_question_is_answered_as_without_another_languages_courtesies(
    bundled: MatchIndex, message: str, plain: str,
) -> None:
    # "Hola ... por favor": the asker's own courtesies, no more about what is asked
    # than "hi ... please" (the Trusteeship Council Chamber was missed at 18% so).
    without = answer(bundled, plain, MOMENT)
    told = answer(bundled, message, MOMENT)
    assert without.answered and told.answered and told.item_id == without.item_id


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("is lunch provided or do we pay for our own?", "is lunch provided?"),
        ("Is lunch included or do we need to buy our own?", "Is lunch included?"),
        ("is lunch included or we pay ourself", "is lunch included"),
        ("Is a hotel booked for us or do we arrange ourselves?", "Is a hotel booked for us?"),
        ("are interpreters provided or do we bring ours?", "are interpreters provided?"),
        ("Is the coffee free or do we pay?", "Is the coffee free?"),
        ("is lunch provided or do we pay, and where is the cafe?",
         "is lunch provided, and where is the cafe?"),
        # what comes after the verb names a thing: a question of its own
        ("is it free or do we pay for the shuttle?", "is it free or do we pay for the shuttle?"),
        ("do I need to buy tram tickets or is it free with the hotel",
         "do I need to buy tram tickets or is it free with the hotel"),
        ("or do we pay", "or do we pay"),  # nothing else to read
    ],
)
def test_the_other_way_round_of_whether_something_is_given_is_read_past(
    message: str, read: str
) -> None:
    assert without_our_own(message) == read


@pytest.mark.parametrize("question", ["is lunch provided or do we pay for our own?",
                                      "is lunch included or we pay ourselves"])
def test_whether_lunch_is_given_or_paid_for_is_the_food_entrys(
    bundled: MatchIndex, question: str
) -> None:
    # "pay" read as a price asked, "own" and "ourselves" as words no entry holds: the
    # bot abstained on both (seen in two blind sets over this file).
    result = answer(bundled, question, dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC))
    assert result.answered and result.item_id == "food-and-coffee"
