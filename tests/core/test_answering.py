"""The answer pipeline: answer, did-you-mean or unknown, never a confident wrong answer."""

from __future__ import annotations

import pytest

from bot.core.answering import MAX_QUESTION_CHARS, answer, answer_for_item
from bot.core.matching import MatchIndex
from bot.core.models import ItemKind, Outcome
from tests.core.conftest import FRI, THU, at

NOON = at(THU, 12, 0)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is there wifi?", "wifi"),
        ("wifi pwd?", "wifi"),
        ("WHATS THE WI-FI PASSWORD", "wifi"),
        ("wher do i pick up my badge", "badge-pickup"),
        ("i lost my badge, help!!", "lost-badge"),
        ("will there be interpretaton", "interpretation"),
        ("which languages?", "interpretation"),
        ("can I wear my police uniform", "dress-code"),
        ("is the opening webcast", "webcast"),
        ("how do i get to the UN from JFK", "getting-there"),
        ("when is the FTF session", "session-2"),
        ("who speaks at the opening ceremony", "opening"),
    ],
)
def test_clear_questions_get_the_right_answer(
    index: MatchIndex, question: str, expected: str
) -> None:
    result = answer(index, question, NOON)
    assert result.outcome is Outcome.ANSWER, result
    assert result.item_id == expected
    assert result.text


@pytest.mark.parametrize(
    "question",
    [
        "who is the director of the FBI",
        "is there a gym near the UN",
        "what is the wifi password at my hotel",
        "how much is a taxi from the airport",
        "is the cloakroom open on saturday",
        "when is next year's conference",
        "what's the capital of mali",
        "tell me a joke",
        "\u00bfa qu\u00e9 hora termina la conferencia el viernes?",
        "\u0433\u0434\u0435 \u043c\u043e\u0439 \u0431\u0435\u0439\u0434\u0436",
    ],
)
def test_questions_the_faq_cannot_answer_are_never_answered(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert not result.answered, (question, result.item_id)


def test_an_unanswered_question_keeps_its_best_candidate_for_moderators(
    index: MatchIndex,
) -> None:
    result = answer(index, "what is the wifi password at my hotel", NOON)
    assert result.best_id in {"wifi", "hotels"}
    assert 0.0 < result.score <= 100.0


def test_a_question_two_entries_fit_equally_gets_did_you_mean(index: MatchIndex) -> None:
    result = answer(index, "what is the wifi password at my hotel", NOON)
    assert result.outcome is Outcome.SUGGEST
    ids = [s.id for s in result.suggestions]
    assert {"wifi", "hotels"} <= set(ids)
    assert len(ids) <= 3
    assert [s.score for s in result.suggestions] == sorted(
        (s.score for s in result.suggestions), reverse=True
    )


def test_a_two_part_question_gets_both_answers(index: MatchIndex) -> None:
    result = answer(index, "where do I pick up my badge and is there wifi?", NOON)
    assert result.answered
    assert {result.item_id, *result.also_ids} == {"badge-pickup", "wifi"}
    assert "801 First Avenue" in (result.text or "")
    assert "UN-Guest" in (result.text or "")


@pytest.mark.parametrize("question", ["", "   ", "?!", "hi", "hello there, thanks"])
def test_empty_or_greeting_questions_are_marked_empty_not_unanswered(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert result.empty
    assert not result.answered


def test_a_very_long_question_is_answered_from_its_beginning(index: MatchIndex) -> None:
    question = "is there wifi? " + "blah " * 5000
    result = answer(index, question, NOON)
    assert result.question == question  # kept whole for the log
    assert len(question) > MAX_QUESTION_CHARS
    assert result.item_id == "wifi"


def test_a_session_answer_states_day_time_zone_room_and_speakers(index: MatchIndex) -> None:
    result = answer(index, "when is the closing session", NOON)
    assert result.item_id == "closing"
    assert result.kind is ItemKind.SESSION
    text = result.text or ""
    assert "Friday 29 June 2018" in text
    assert "16:00\u201317:00 EDT" in text
    assert "General Assembly Hall" in text
    assert "Voronkov" in text
    assert result.sessions[0].day == FRI


def test_a_theme_answer_lists_its_sessions(index: MatchIndex) -> None:
    result = answer_for_item(index, "theme-pve")
    assert result.kind is ItemKind.THEME
    text = result.text or ""
    assert "Side event: Reaching young people" in text
    assert "Session III: Preventing violent extremism" in text


def test_picking_an_unknown_id_is_unknown_not_an_error(index: MatchIndex) -> None:
    assert answer_for_item(index, "no-such-entry").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize("question", ["\U0001f642\U0001f642", "\udcff\udcfe", "\u2603?"])
def test_wordless_questions_that_are_not_small_talk_are_left_for_the_moderators(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert not result.answered
    assert not result.empty
