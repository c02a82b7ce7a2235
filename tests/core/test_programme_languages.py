"""A programme question in another UN language is read by its English reading and
answered from the programme, in the asker's language."""

from __future__ import annotations

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import Outcome
from tests.core.conftest import THU, at

NOW = at(THU, 9, 0)


@pytest.mark.parametrize(("question", "session_id", "language", "said"), [
    ("À quelle heure commence la séance d'ouverture ?", "opening", "fr", "commence à 10:00"),
    ("¿A qué hora empieza la sesión de apertura?", "opening", "es", "10:00"),
    ("开幕式几点开始？", "opening", "zh", "10:00"),
    ("¿Cuándo es la sesión de clausura?", "closing", "es", "16:00"),
    # "What time does the conference end on Friday?": the programme's last, as in English.
    ("¿a qué hora termina la conferencia el viernes?", "closing", "es", "17:00"),
])
def test_a_programme_question_in_another_language_gets_the_programme_in_it(
    index: MatchIndex, question: str, session_id: str, language: str, said: str,
) -> None:
    result = answer(index, question, NOW)
    assert result.outcome is Outcome.ANSWER and result.item_id == session_id
    assert result.language == language
    assert result.text is not None and said in result.text


def test_a_message_of_two_questions_is_not_read_word_for_word_as_one(
    index: MatchIndex,
) -> None:
    # "Where do I get the badge? What time does it start?": read together, the two would
    # be one programme question about nothing named.
    result = answer(index, "胸卡在哪儿领？几点开始", NOW)
    assert not (result.outcome is Outcome.ANSWER and result.sessions)
