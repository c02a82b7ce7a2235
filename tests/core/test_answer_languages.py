"""Answering in the asker's language: the translation where the FAQ has one, else the
English text with a note; the bot's own words always in the asker's language."""

from __future__ import annotations

import dataclasses

from bot.core.answering import answer, answer_for_item
from bot.core.matching import MatchIndex
from bot.core.models import KnowledgeBase, Outcome, Translation
from tests.core.conftest import KB, THU, at

FRENCH_WIFI = Translation(
    language="fr", question="Y a-t-il du wifi ?",
    alternates=("Quel est le mot de passe du wifi ?",),
    answer="Oui : réseau UN-Guest ; le mot de passe est au dos de votre badge.",
)
SPANISH_OPENING = Translation(language="es", title="Sesión de apertura")


def translated_kb() -> KnowledgeBase:
    faq = tuple(dataclasses.replace(e, translations=(FRENCH_WIFI,)) if e.id == "wifi" else e
                for e in KB.faq)
    sessions = tuple(
        dataclasses.replace(s, translations=(SPANISH_OPENING,)) if s.id == "opening" else s
        for s in KB.sessions)
    return dataclasses.replace(KB, faq=faq, sessions=sessions)


INDEX = MatchIndex.build(translated_kb())
NOW = at(THU, 9)


def test_an_entry_with_a_translation_is_answered_in_the_askers_language() -> None:
    result = answer(INDEX, "Quel est le mot de passe du wifi ?", NOW)
    assert result.language == "fr"
    assert result.item_id == "wifi"
    assert result.text == FRENCH_WIFI.answer
    assert result.title == FRENCH_WIFI.question
    assert not result.untranslated


def test_an_entry_without_a_translation_is_answered_in_english_marked_for_a_note() -> None:
    result = answer_for_item(INDEX, "badge-pickup", "¿Dónde recojo mi credencial?",
                             language="es")
    assert result.text is not None and result.text.startswith("Badges are issued")
    assert result.untranslated
    assert result.language == "es"


def test_an_english_question_never_gets_a_translation_or_a_note() -> None:
    result = answer(INDEX, "Is there wifi?", NOW)
    assert result.language == "en"
    assert result.text is not None and result.text.startswith("Yes: join the network")
    assert not result.untranslated


def test_a_forced_language_answers_in_it_whatever_the_question_is_written_in() -> None:
    result = answer(INDEX, "Is there wifi?", NOW, language="fr")
    assert result.language == "fr" and result.text == FRENCH_WIFI.answer


def test_a_session_answer_uses_the_translated_title_and_the_languages_labels() -> None:
    result = answer_for_item(INDEX, "opening", language="es")
    assert result.text is not None
    assert "**Sesión de apertura**" in result.text
    assert "Cuándo: jueves, 28 de junio de 2018" in result.text
    assert not result.untranslated


def test_a_programme_answer_is_in_the_askers_language() -> None:
    result = answer(INDEX, "what's on now?", at(THU, 10, 5), language="ru")
    assert result.outcome is Outcome.ANSWER
    assert result.text is not None and result.text.startswith("Сейчас идёт")
    assert "Opening session" in result.text  # no Russian title: the English one


def test_suggestions_are_titled_in_the_askers_language_where_translated() -> None:
    result = answer(INDEX, "wifi", NOW, language="fr")
    titles = {s.id: s.title for s in result.suggestions} | {
        p.id: p.title for p in result.parts}
    assert titles.get("wifi") == FRENCH_WIFI.question
