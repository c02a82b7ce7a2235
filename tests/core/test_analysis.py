"""Each UN language's own rules for the words of a text (``bot.core.analysis``)."""

from __future__ import annotations

import pytest

from bot.core.analysis import analyse, normalise_arabic


def stems(text: str, language: str | None) -> list[str]:
    return [t.stem for t in analyse(text, language) if not t.stop]


@pytest.mark.parametrize(
    ("one", "other", "language"),
    [
        ("inscripciones", "inscripción", "es"),
        ("traductions", "traduction", "fr"),
        ("пообедать", "пообедал", "ru"),
        ("الشارات", "الشارة", "ar"),
    ],
)
def test_forms_of_one_word_meet_at_one_stem(one: str, other: str, language: str) -> None:
    assert stems(one, language) == stems(other, language)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("غرفة الصلاة", "غرفه الصلاه"),  # ta marbuta written as ha
        ("إلى القاعة", "الى القاعة"),  # alef with hamza below, or without
        ("عَلَى المَنَصَّة", "علي المنصة"),  # vowel marks, alef maqsura written as ya
        ("المـــؤتمر", "المؤتمر"),  # tatweel stretching a word
    ],
)
def test_arabic_spellings_writers_use_interchangeably_meet(one: str, other: str) -> None:
    assert stems(one, "ar") == stems(other, "ar")


def test_arabic_normalisation_drops_marks_and_unifies_alef() -> None:
    assert normalise_arabic("إِسْتِعْلامَات أحمد") == "استعلامات احمد"


def test_function_words_are_stopwords_in_each_language() -> None:
    assert stems("Où est la salle de prière ?", "fr") == stems("salle prière", "fr")
    assert stems("¿Dónde está la sala de oración?", "es") == stems("sala oración", "es")
    assert stems("Где можно пообедать?", "ru") == stems("пообедать", "ru")
    assert stems("هل توجد غرفة للصلاة؟", "ar") == stems("غرفة للصلاة", "ar")


def test_chinese_is_cut_into_overlapping_character_pairs() -> None:
    assert stems("无线网络密码", "zh") == ["无线", "线网", "网络", "络密", "密码"]


def test_chinese_function_characters_are_left_out_and_latin_words_kept() -> None:
    assert stems("UN-Guest的密码是什么？", "zh") == ["un", "guest", "密码"]
    assert stems("饭", "zh") == ["饭"]


def test_a_latin_word_in_russian_or_arabic_is_an_english_word() -> None:
    assert "wifi" in stems("пароль от wifi", "ru")
    assert "wifi" in stems("كلمة سر wifi", "ar")


@pytest.mark.parametrize("language", [None, "en", "xx"])
def test_english_and_unknown_languages_get_the_english_rules(language: str | None) -> None:
    assert stems("badges registration", language) == stems("badge registrations", None)
