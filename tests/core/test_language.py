"""Telling which UN language a question is in (``bot.core.language``)."""

from __future__ import annotations

from typing import ClassVar

import pytest

from bot.core import language
from bot.core.language import detect


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("هل توجد غرفة للصلاة؟", "ar"),
        ("会议几点开始？", "zh"),
        ("Где можно пообедать?", "ru"),
        ("都有哪些side event？", "zh"),  # mostly Chinese with an English term
        ("пароль от wifi", "ru"),
        ("كلمة سر الواي فاي wifi", "ar"),
    ],
)
def test_arabic_chinese_and_russian_are_told_by_their_script(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "wifi?", "UNCCT?", "participation cert?", "dress code?", "agenda?",
        "who is the rapporteur for session IV", "are you chatgpt?", "buffet at noon?",
        "what's on now?", "address of the palais des nations in geneva?",
    ],
)
def test_english_chat_shorthand_and_foreign_names_stay_english(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("¿A qué hora empieza la conferencia?", "es"),
        ("où déjeuner ?", "fr"),
        ("salle de prière ?", "fr"),
        ("horario del almuerzo", "es"),
        ("hay estacionamiento", "es"),
        ("Y aura-t-il de l'interprétation vers le français ?", "fr"),
        ("c'est quoi le mdp du wifi ?", "fr"),
        ("mot de passe wifi", "fr"),
    ],
)
def test_french_and_spanish_questions_are_detected_even_when_short(
    text: str, code: str
) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text", ["", "???", "👍🙏", "12:30", "<@123>"])
def test_text_without_letters_has_no_language_unless_a_hint_gives_one(text: str) -> None:
    assert detect(text) is None
    assert detect(text, hint="es") == "es"


def test_a_hint_tips_a_text_that_leans_towards_it() -> None:
    # "taxi hotel" leans Spanish, but not enough for a bot whose FAQ is English.
    assert detect("taxi hotel") == "en"
    assert detect("taxi hotel", hint="es") == "es"
    assert detect("taxi hotel", hint="fr") == "en"  # it does not lean French


def test_a_hint_never_overrides_a_script_or_clear_english() -> None:
    assert detect("Где гардероб?", hint="fr") == "ru"
    assert detect("where is the cloakroom please", hint="es") == "en"
    assert detect("where is the cloakroom please", hint="xx") == "en"


def test_without_the_detector_a_word_of_its_own_decides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    language._detect.cache_clear()
    monkeypatch.setattr(language, "_detector", lambda: None)
    try:
        assert detect("où est le vestiaire") == "fr"
        assert detect("dónde está el guardarropa") == "es"
        assert detect("where is the cloakroom") == "en"
        assert detect("Где гардероб?") == "ru"
    finally:
        language._detect.cache_clear()


def test_text_that_was_not_utf8_is_detected_without_failing() -> None:
    assert detect("où est \udce9\udca0 le vestiaire") == "fr"
    assert detect("\udcff\udcfe wifi?") == "en"


class _RecordingBuilder:
    """Stands in for lingua's builder and remembers how the detector was asked for."""

    calls: ClassVar[list[str]] = []

    @classmethod
    def from_languages(cls, *languages: object) -> _RecordingBuilder:
        cls.calls.append("from_languages")
        return cls()

    def with_preloaded_language_models(self) -> _RecordingBuilder:
        self.calls.append("with_preloaded_language_models")
        return self

    def build(self) -> object:
        self.calls.append("build")
        return object()


def test_warming_loads_the_language_models_not_only_the_detector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # lingua builds a detector in no time and loads its models at the first text it
    # reads (0.7 s): the first French question would pay for them on the event loop.
    lingua = pytest.importorskip("lingua")
    monkeypatch.setattr(lingua, "LanguageDetectorBuilder", _RecordingBuilder)
    monkeypatch.setattr(_RecordingBuilder, "calls", [])
    language._detector.cache_clear()
    try:
        language.warm()
    finally:
        language._detector.cache_clear()
    assert "with_preloaded_language_models" in _RecordingBuilder.calls
    assert _RecordingBuilder.calls[-1] == "build"
