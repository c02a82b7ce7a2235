"""The catalogue of what the bot says: every message in all six languages."""

from __future__ import annotations

import datetime as dt
import string

import pytest

from bot.core.models import LANGUAGES
from bot.core.wording import CATALOGUE, RIGHT_TO_LEFT_MARK, long_day, right_to_left, say, short_day


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_message_is_in_all_six_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES)
    english = _placeholders(entry["en"])
    for language, text in entry.items():
        if key != "untranslated_note" or language != "en":
            assert text.strip(), (key, language)
        assert _placeholders(text) == english, (key, language)


def test_a_message_is_said_in_the_language_asked_and_in_english_without_one() -> None:
    assert say("unknown", "fr").startswith("Je ne le sais pas encore")
    assert say("unknown", None) == say("unknown", "en")
    assert say("unknown", "xx") == say("unknown", "en")
    assert say("pick_a_number", "es", count=3).endswith("del 1 al 3, o pregunte con otras "
                                                        "palabras.")


def test_days_are_written_in_the_languages_own_words() -> None:
    thursday = dt.date(2018, 6, 28)
    assert long_day(thursday, "en") == "Thursday 28 June 2018"
    assert long_day(thursday, "fr") == "jeudi 28 juin 2018"
    assert "junio" in long_day(thursday, "es")
    assert "июня" in long_day(thursday, "ru")
    assert "星期四" in long_day(thursday, "zh")
    assert "الخميس" in long_day(thursday, "ar")
    assert short_day(thursday, "en") == "Thu 28 Jun"
    assert "juin" in short_day(thursday, "fr")


def test_right_to_left_text_leads_every_line_with_a_mark_and_english_is_left_alone() -> None:
    text = "**UN-Guest** كلمة السر\n\n10:00 الافتتاح"
    marked = right_to_left(text, "ar")
    lines = marked.split("\n")
    assert lines[0].startswith(RIGHT_TO_LEFT_MARK) and lines[2].startswith(RIGHT_TO_LEFT_MARK)
    assert lines[1] == ""
    assert right_to_left(marked, "ar") == marked  # never marked twice
    assert right_to_left("Hello\nthere", "en") == "Hello\nthere"
    assert right_to_left("Hello", "fr") == "Hello"
