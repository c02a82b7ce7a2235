"""The programme's own words typed with a letter dropped, doubled or two swapped."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import Outcome
from bot.core.respelling import Respeller, _slips, slipped_from
from bot.core.schedule import respelled
from tests.core.conftest import FRI, KB, THU, at

WORDS = ("session", "anything", "tomorrow", "afternoon", "event", "starting", "stating")


@pytest.mark.parametrize(("said", "right"), [
    ("closing sesion where", "closing session where"),  # a letter dropped
    ("anythng on?", "anything on?"),
    ("whats on tomorow afternon", "whats on tomorrow afternoon"),
    ("what's on tomorrwo", "what's on tomorrow"),  # two letters swapped
    ("Sesion III", "session III"),
    ("the sesssion", "the session"),  # a letter doubled
    ("whats on tommorrow", "whats on tomorrow"),
    ("whats on tommorow", "whats on tomorrow"),  # two slips in a long word
    ("the seshion", "the seshion"),  # ...not in a shorter one
    ("this afternoons", "this afternoons"),  # a letter added is no slip unless doubled
])
def test_a_word_of_the_list_with_one_slip_is_put_right(said: str, right: str) -> None:
    assert Respeller(WORDS).respell(said) == right


@pytest.mark.parametrize("said", [
    "is it even open",  # "event" is too short to guess at: "even" is a word
    "the sessions start",  # a word of the list (or a form of it) is left alone
    "salad on thursday",
])
def test_words_that_are_no_slip_of_one_word_of_the_list_are_left_alone(said: str) -> None:
    assert Respeller(WORDS).respell(said) == said


@pytest.mark.parametrize(("said", "right"), [
    ("when is the closeing session", "when is the closing session"),
    ("whats comeing up", "whats coming up"),
])
def test_the_silent_e_kept_before_ing_is_put_right_even_where_the_faq_uses_the_stem(
    said: str, right: str,
) -> None:
    # "closeing" stems as "close", which the FAQ uses ("closed sessions"): that is no
    # reason to keep it, as it is for a real word one slip away ("staring").
    respeller = Respeller(("closing", "coming", "being"))
    assert respeller.respell(said, used=lambda word: True) == right


def test_a_word_of_the_list_is_never_read_as_another_with_its_e_kept() -> None:
    # "singeing" (scorching) is a word of its own, not "singing" misspelt.
    assert Respeller(("singing", "singeing")).respell("singeing") == "singeing"


def test_a_slip_of_two_of_the_lists_words_is_left_alone() -> None:
    assert Respeller(("planned", "planted")).respell("planed") == "planed"


def test_a_word_the_faq_writes_is_right_as_it_is() -> None:
    respeller = Respeller(("starting",))
    assert respeller.respell("staring") == "starting"
    assert respeller.respell("staring", used=lambda word: word == "staring") == "staring"


@pytest.mark.parametrize(("question", "moment", "expected"), [
    ("anythng going on atm?", at(THU, 11, 0), "session-1"),
    ("whats on tomorow afternon", at(THU, 9, 0), "closing"),
    ("when is the nxt sesion", at(THU, 14, 0), "session-2"),
    ("wen is the closeing sesion", at(THU, 9, 0), "closing"),
    ("whats on tommorow afternon", at(THU, 9, 0), "closing"),
])
def test_a_programme_question_with_its_words_mistyped_is_answered_from_the_programme(
    index: MatchIndex, question: str, moment: dt.datetime, expected: str,
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER and result.item_id == expected


@pytest.mark.parametrize(("question", "moment", "expected"), [
    ("wat time is the openin", at(THU, 8, 0), "opening"),  # the last letter dropped
    ("whats after the openng", at(THU, 9, 0), "session-1"),  # the moment counted from
    ("what's on before the clsoing", at(FRI, 9, 0), "session-3"),  # two letters swapped
])
def test_a_session_named_with_a_slip_is_still_the_one_asked_about(
    index: MatchIndex, question: str, moment: dt.datetime, expected: str,
) -> None:
    # "opening" and "closing" are no words of the programme reader's own list: its
    # names are the FAQ file's sessions'.
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER and result.item_id == expected


def test_only_the_programme_of_the_faq_asked_lends_its_names_to_the_respelling() -> None:
    bare = replace(KB, sessions=())
    assert respelled(KB, "wat time is the openin", lambda _w: False) == (
        "wat time is the opening")
    assert respelled(bare, "wat time is the openin", lambda _w: False) == (
        "wat time is the openin")


@pytest.mark.parametrize("word", ["session", "tomorrow", "afternoon", "halal"])
def test_every_slip_of_a_word_leads_back_to_it(word: str) -> None:
    assert all(word in slipped_from(slip) for slip in _slips(word))


def test_a_slip_one_word_of_the_list_reaches_is_not_left_for_another_two_slips_away() -> None:
    # "sesion" is "session" with a letter dropped and "sessions" with two: the nearer.
    assert Respeller(("session", "sessions")).respell("sesion") == "session"
    assert Respeller(("session", "sessions")).respell("sesions") == "sessions"
