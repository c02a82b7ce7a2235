"""The words a question is read as: chat shorthand, not words of other languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.answering import answer
from bot.core.text import tokenize, words
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"


@pytest.mark.parametrize(("message", "read"), [
    ("whats next n where", ("what", "next", "and", "where")),
    ("wifi password n is lunch included", ("wifi", "password", "and", "is", "lunch",
                                           "included")),
])
def test_a_lone_n_in_chat_is_and(message: str, read: tuple[str, ...]) -> None:
    assert words(message) == read


def test_the_n_of_a_french_negation_is_no_and() -> None:
    # "mon fils n'est pas là": a lost child, read by the alerts in French.
    assert "and" not in words("mon fils n'est pas là")
    assert "n" in words("mon fils n'est pas là")


@pytest.mark.parametrize(("question", "word"), [
    ("when are returnees discussed", "discussed"),
    ("where do they discuss youth engagement", "discuss"),
    ("which theme covers biometrics", "covers"),
    ("where can I buy a sandwich near the UN", "near"),
    ("will Mr Voronkov brief journalists?", "mr"),
    ("my ministry needs a certificate", "ministry"),
    ("an invitation letter for my visa application", "application"),
    ("can the driver wait until the end of the day", "end"),
    ("the head of our agency asks which entrance to use", "head"),
    ("the head of our agency asks which entrance to use", "agency"),
])
def test_words_of_where_and_what_is_talked_about_count_for_little(
    question: str, word: str,
) -> None:
    """"Discussed", "covers", "near" say how the question is put: the subject is
    returnees, biometrics, a sandwich."""
    assert [t.generic for t in tokenize(question) if t.word == word] == [True]


@pytest.mark.parametrize(("question", "entry"), [
    ("where can I buy a sandwich near the UN", "food-and-coffee"),
    ("where do they discuss youth engagement", "side-event-youth"),
    ("will Mr Voronkov brief journalists?", "media-interviews"),
])
def test_a_subject_asked_with_near_or_discuss_is_answered(question: str, entry: str) -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, question, dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == entry
