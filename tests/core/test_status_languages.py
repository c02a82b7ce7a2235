"""A session's status and access, and the answers to "is it full?", "can I go?", "is it
still on?", in the asker's language: none of the bot's own words left in English."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core import describe
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import LANGUAGES, Access, Outcome, SessionStatus, Translation
from tests.core.conftest import THU, at
from tests.core.test_live_status import LIVE, LIVE_INDEX

OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]
NOW = at(THU, 9)

# What the English answers say around the organisers' text: none of it may be left in
# an answer in another language ("No:" is Spanish too).
ENGLISH_WORDING = (
    "Status:", "Access:", "Yes:", "Only if", "is full", "is cancelled", "not marked",
    "open to all", "registration needed", "closed meeting", "invitation only", "seats",
    "on as scheduled", "The programme does not say", "It is full, though", "delayed",
    "No session is",
)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("status", list(SessionStatus))
def test_every_status_has_its_own_label_in_every_language(
    language: str, status: SessionStatus
) -> None:
    label = describe.status_label(status, language)
    assert label.strip() and label != describe.status_label(status, "en")


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize("access", list(Access))
def test_every_access_has_its_own_label_in_every_language(language: str, access: Access) -> None:
    label = describe.access_label(access, language)
    assert label.strip() and label != describe.access_label(access, "en")


def test_english_status_and_access_lines_are_unchanged() -> None:
    session = next(s for s in LIVE.sessions if s.id == "opening")
    assert describe.status_lines(session) == [
        "Status: **Full**", "Access: Open to all conference participants, 300 seats"]
    assert describe.STATUS_LABELS[SessionStatus.CANCELLED] == "cancelled"


def test_status_and_access_lines_are_in_the_replys_language() -> None:
    session = next(s for s in LIVE.sessions if s.id == "opening")
    assert describe.status_lines(session, "fr") == [
        "Statut : **Complète**",
        "Accès : Ouverte à tous les participants à la conférence, 300 places"]
    assert describe.status_lines(session, "zh") == [
        "状态：**已满**", "入场：向所有与会者开放，300 个座位"]


@pytest.mark.parametrize(
    ("question", "language", "lead"),
    [
        ("is the opening full?", "fr", "Oui : la session **Opening session** est complète."),
        ("is session II still on?", "es",
         "No: la sesión **Session II: Foreign terrorist fighters** está cancelada "
         "(moved to Friday)."),  # the organisers' note stays as they wrote it
        ("can I go to Session I?", "ru",
         "Только по приглашению: заседание **Session I: Sharing information** закрытое."),
        ("can we go to the opening", "zh",
         "可以：**Opening session**向所有与会者开放。不过已经满员。"),
        ("do I need to register for side event: reaching young people", "ar",
         "فقط إذا كنت مسجلًا: تتطلب الجلسة **Side event: Reaching young people** تسجيلًا "
         "مسبقًا."),
        ("any seats left for session I?", "fr",
         "La session **Session I: Sharing information** n'est pas indiquée comme complète. "
         "Réunion à huis clos, sur invitation uniquement."),
        ("is the closing session still on", "es",
         "La sesión **Closing session** se celebra según lo previsto."),
        ("can I go to the closing?", "ru",
         "В программе не сказано, кто может присутствовать на заседании **Closing session**"),
    ],
)
def test_attendance_answers_lead_in_the_askers_language(
    question: str, language: str, lead: str
) -> None:
    result = answer(LIVE_INDEX, question, NOW, language=language)
    assert result.outcome is Outcome.ANSWER and result.language == language
    assert (result.text or "").startswith(lead)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@pytest.mark.parametrize(
    "question",
    ["is the opening full?", "can I go to Session I?", "is session II still on?",
     "is following the money delayed?", "can I go to the closing?",
     "any seats left for side event: reaching young people", "which sessions are full?",
     "is anything cancelled?", "any sessions delayed"],
)
def test_no_english_wording_is_left_in_an_attendance_answer(question: str, language: str) -> None:
    result = answer(LIVE_INDEX, question, NOW, language=language)
    assert result.outcome is Outcome.ANSWER
    text = result.text or ""
    left = [words for words in ENGLISH_WORDING if words in text]
    assert not left, (language, left, text)


def test_a_listing_of_sessions_in_a_state_is_headed_and_marked_in_the_askers_language() -> None:
    result = answer(LIVE_INDEX, "any sessions delayed", NOW, language="es")
    assert (result.text or "").startswith("Retrasada (horas en hora de New York")
    assert "\u00b7 retrasada" in (result.text or "")
    assert [s.id for s in result.sessions] == ["side-finance"]


def test_nothing_in_that_state_is_said_in_the_askers_language() -> None:
    result = answer(MatchIndex.build(dataclasses.replace(LIVE, sessions=LIVE.sessions[:1])),
                    "is anything cancelled?", NOW, language="ru")
    assert result.text == "Сейчас нет заседаний со статусом «отменено»."


def test_a_cancelled_session_is_marked_in_the_askers_language_in_the_days_programme() -> None:
    result = answer(LIVE_INDEX, "thursday programme", NOW, language="fr")
    assert "Foreign terrorist fighters** \u2014 General Assembly Hall \u00b7 annulée" in (
        result.text or "")


def test_the_session_is_named_by_its_translated_title_where_the_faq_has_one() -> None:
    spanish = Translation(language="es", title="Sesión de apertura")
    sessions = tuple(dataclasses.replace(s, translations=(spanish,)) if s.id == "opening" else s
                     for s in LIVE.sessions)
    index = MatchIndex.build(dataclasses.replace(LIVE, sessions=sessions))
    result = answer(index, "is the opening full?", NOW, language="es")
    assert (result.text or "").startswith("Sí: la sesión **Sesión de apertura** está completa.")
    assert result.title == "Sesión de apertura"


@pytest.mark.parametrize(
    ("question", "language", "lead"),
    [
        ("¿Se canceló la sesión II?", "es", "No: la sesión **Session II: Foreign terrorist"),
        ("La séance II est-elle annulée ?", "fr", "Non : la session **Session II: Foreign"),
        ("Сессия II отменена?", "ru", "Нет: заседание **Session II: Foreign terrorist"),
    ],
)
def test_an_attendance_question_asked_in_another_language_is_understood_by_its_reading(
    question: str, language: str, lead: str
) -> None:
    result = answer(LIVE_INDEX, question, NOW)
    assert result.outcome is Outcome.ANSWER and result.language == language
    assert (result.text or "").startswith(lead)


def test_a_question_in_another_language_that_only_names_a_session_is_no_attendance_question(
) -> None:
    result = answer(LIVE_INDEX, "¿Qué es la sesión II?", NOW)
    assert not (result.text or "").startswith("No: ")
