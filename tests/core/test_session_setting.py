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
