"""A session named as the time of a question, not as its subject."""

from __future__ import annotations

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import KnowledgeBase
from bot.core.room_setting import sessions_as_setting
from tests.core.conftest import THU, at


@pytest.mark.parametrize(("question", "sessions"), [
    ("can I take photos during the opening", {"opening"}),
    ("what should I wear before the closing", {"closing"}),
    ("is there French interpretation during session 2", {"session-2"}),
    # The session is the subject: who, when, where of it.
    ("who speaks at the opening", set()),
    ("when is the closing", set()),
    # Nothing else said: "during the opening?" alone asks about the opening.
    ("during the opening?", set()),
])
def test_a_session_after_a_word_of_time_is_the_setting_when_the_rest_asks_something(
    kb: KnowledgeBase, question: str, sessions: set[str],
) -> None:
    assert sessions_as_setting(kb, question) == frozenset(sessions)


@pytest.mark.parametrize(("question", "setting"), [
    ("what is the dress code during the closing session", "closing"),
    ("are police uniforms ok during the opening session", "opening"),
])
def test_the_setting_session_is_no_candidate_for_the_answer(
    index: MatchIndex, question: str, setting: str,
) -> None:
    result = answer(index, question, at(THU, 9, 0))
    assert result.item_id == "dress-code" or result.best_id == "dress-code"
    assert setting not in {s.id for s in result.suggestions}


@pytest.mark.parametrize(("question", "sessions"), [
    # In or at a session, with something of its own asked.
    ("can I take photos in session 2 of the speakers", {"session-2"}),
    ("can I record video of the speeches at the opening", {"opening"}),
    # The session is the subject: who speaks at it, what is in it.
    ("who is speaking at the opening", set()),
    ("what is in session 2", set()),
    # "At what time", "in person for the opening": no place; "sit in" is attending.
    ("the protocol staff of our minister ask at what time the opening begins", set()),
    ("is the minister coming in person for the opening", set()),
    ("can observers from tech companies sit in session 2", set()),
])
def test_a_session_after_in_or_at_is_the_setting_when_the_rest_asks_enough_of_its_own(
    kb: KnowledgeBase, question: str, sessions: set[str],
) -> None:
    assert sessions_as_setting(kb, question) == frozenset(sessions)
