"""Files without an ``urgent:`` section still answer emergencies as emergencies."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli import answer_json
from bot.console import format_answer
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import AlertKind, AlertTopic, FaqEntry, Outcome
from bot.core.standing_urgent import STANDING_TOPICS, alert_topics, is_standing
from tests.core.conftest import KB, THU, at
from tests.question_sets import read_set

NOW = at(THU, 11, 0)

MEDICAL = FaqEntry(
    id="medical", question="Is there a doctor on site?",
    alternates=("Where is first aid?",), keywords=("clinic", "nurse"),
    answer="The UN clinic is on the 5th floor of the Secretariat; call ext. 3-7080.",
)
EMERGENCIES = FaqEntry(
    id="emergency-contacts", question="What are the emergency numbers?",
    alternates=("who do I call in an emergency",), keywords=("police", "fire", "security"),
    answer="UN Security Control Room, 24 hours: +1 212 963 6666.",
)
LOST_PROPERTY = FaqEntry(
    id="lost-and-found", question="I lost something, where is lost and found?",
    keywords=("lost property", "missing"),
    answer="Lost property is kept at the Security desk in the Visitors' Lobby.",
)


def _index(*entries: FaqEntry, alerts: tuple[AlertTopic, ...] = ()) -> MatchIndex:
    return MatchIndex.build(replace(KB, faq=KB.faq + entries, alerts=alerts))


@pytest.fixture(scope="module")
def with_medical() -> MatchIndex:
    return _index(MEDICAL, LOST_PROPERTY)


@pytest.fixture(scope="module")
def with_both() -> MatchIndex:
    return _index(MEDICAL, EMERGENCIES, LOST_PROPERTY)


@pytest.mark.parametrize("message", [
    "my colleague just collapsed near the escalators",
    "someone fainted in conference room 4, please send help",
    "a delegate is having a seizure in the GA hall",
])
def test_a_medical_emergency_gets_the_safety_reply_and_the_files_medical_entry(
    with_medical: MatchIndex, message: str
) -> None:
    result = answer(with_medical, message, NOW)
    assert result.alert is AlertKind.URGENT
    assert result.answered and result.item_id == "medical"
    assert result.text is not None
    assert result.text.startswith("If someone is seriously ill or hurt")
    assert "ext. 3-7080" in result.text  # the organisers' own numbers are shown


def test_without_an_emergency_entry_a_fire_gets_the_safety_reply_but_no_faq_answer(
    with_medical: MatchIndex,
) -> None:
    result = answer(with_medical, "there is smoke pouring out of the kitchen", NOW)
    assert result.alert is AlertKind.URGENT
    assert not result.answered  # the medical entry is no answer to a fire
    assert result.item_id is None
    assert result.text is not None and "emergency exit" in result.text
    assert "3-7080" not in result.text
    line = answer_json(result)
    assert (line["kind"], line["answered"], line["id"]) == ("urgent", False, None)
    assert "emergency exit" in format_answer(result)  # the console shows the reply


def test_with_an_emergency_entry_a_fire_is_answered_with_it(with_both: MatchIndex) -> None:
    result = answer(with_both, "the fire alarm is going off on our floor", NOW)
    assert result.alert is AlertKind.URGENT
    assert result.answered and result.item_id == "emergency-contacts"
    assert result.text is not None and "+1 212 963 6666" in result.text


def test_a_lost_child_is_never_answered_with_lost_property(with_medical: MatchIndex) -> None:
    result = answer(with_medical, "I can't find my daughter, she is six and was right here",
                    NOW)
    assert result.alert is AlertKind.URGENT
    assert result.item_id != "lost-and-found"
    assert result.text is not None and "Lost property" not in result.text


@pytest.mark.parametrize(("question", "entry"), [
    ("is there a doctor on site?", "medical"),
    ("where is first aid", "medical"),
    ("I lost my scarf, where is lost and found?", "lost-and-found"),
])
def test_ordinary_questions_about_help_stay_ordinary_answers(
    with_both: MatchIndex, question: str, entry: str
) -> None:
    result = answer(with_both, question, NOW)
    assert result.alert is None
    assert result.outcome is not Outcome.UNKNOWN and result.best_id == entry


def test_a_file_without_urgent_topics_reads_suspicious_transactions_as_no_emergency(
    with_medical: MatchIndex,
) -> None:
    # A workshop on terrorist financing: its sessions' own titles speak of them.
    title = "Session 2: Financial intelligence and suspicious transaction reporting"
    assert answer(with_medical, title, NOW).alert is None
    assert answer(with_medical, "someone left a suspicious bag by the lifts", NOW).alert \
        is AlertKind.URGENT


@pytest.mark.parametrize("question", [
    "Plenary 2: Extradition of terrorism suspects",
    "I arrive late and I suspect I will have to queue for my badge in the morning",
])
def test_the_english_word_suspect_is_no_unattended_item(
    with_medical: MatchIndex, question: str
) -> None:
    # Seen on an invented file's own session title (and a blind set's long question): the
    # French trigger "suspect" fired on the English word.
    assert answer(with_medical, question, NOW).alert is None


def test_a_suspicious_parcel_said_in_french_is_still_one(with_medical: MatchIndex) -> None:
    result = answer(with_medical, "Il y a un colis suspect devant l'entrée !", NOW)
    assert result.alert is AlertKind.URGENT


def test_a_file_without_urgent_topics_knows_someone_shot(with_medical: MatchIndex) -> None:
    assert answer(with_medical, "a man was shot in the car park", NOW).alert is AlertKind.URGENT
    assert answer(with_medical, "the opening was shot on video, where is it?", NOW).alert is None
    assert answer(with_medical, "someone attacked a guard at the gate", NOW).alert \
        is AlertKind.URGENT


def test_an_organisers_urgent_section_replaces_the_standing_topics() -> None:
    own = AlertTopic(id="medical-help", topic="Medical", answer="Call 555.",
                     triggers=("collapsed",), kind=AlertKind.URGENT)
    kb = replace(KB, alerts=(own,))
    assert alert_topics(kb) == (own,)
    result = answer(MatchIndex.build(kb), "there is smoke pouring out of the kitchen", NOW)
    assert result.alert is None  # the organisers said what counts as urgent


def test_a_file_with_only_sensitive_topics_gets_the_standing_urgent_ones_first() -> None:
    sensitive = AlertTopic(id="weapons", topic="Weapons", answer="I can't discuss that.",
                           triggers=("firearm",), kind=AlertKind.SENSITIVE)
    topics = alert_topics(replace(KB, alerts=(sensitive,)))
    assert topics[-1] is sensitive
    assert [t.id for t in topics[:-1]] == [t.id for t in STANDING_TOPICS]


def test_an_organisers_topic_named_like_a_standing_one_is_not_standing() -> None:
    own = AlertTopic(id=STANDING_TOPICS[0].id, topic="Medical", answer="Call 555.",
                     triggers=("collapsed",), kind=AlertKind.URGENT)
    assert not is_standing(own)
    assert all(is_standing(t) for t in alert_topics(KB))


def test_the_urgent_tuning_tables_raise_the_same_standing_topics(with_medical: MatchIndex) -> None:
    # The standing triggers are the bundled FAQ's: its tables' urgent messages raise the
    # standing topic of the same name in a file without an urgent section.
    tables = Path(__file__).parent.parent / "alerts"
    urgent = {t.id.removeprefix("standing-"): t.topic for t in STANDING_TOPICS}
    items = [item for name in ("messages.yaml", "messages_more.yaml")
             for item in read_set(tables / name)
             if item["expect"] in urgent]
    assert len(items) > 100
    missed = []
    for item in items:
        result = answer(with_medical, item["q"], NOW)
        if result.alert is not AlertKind.URGENT or result.title != urgent[item["expect"]]:
            missed.append(item["q"])
    assert missed == []


def test_the_bundled_kb_of_the_core_tests_has_no_urgent_section() -> None:
    # The standing topics are what these tests exercise: a guard against a fixture change.
    assert not any(t.kind is AlertKind.URGENT for t in KB.alerts)


def test_a_word_the_faq_writes_is_never_read_as_a_typo_of_a_trigger() -> None:
    question = "when is the Evacuaton scheduled"
    # One letter from "evacuation": where the FAQ does not write it, read as its typo
    # (an exercise named so, say).
    assert answer(_index(), question, NOW).alert is AlertKind.URGENT
    entry = FaqEntry(id="evacuaton", question="When is the Evacuaton?",
                     keywords=("evacuaton",), answer="In the afternoon of the second day.")
    assert answer(_index(entry), question, NOW).alert is None


def test_a_common_english_word_is_never_read_as_a_typo_of_a_trigger() -> None:
    # Sixteenth round: "evaluation" is one letter from "evacuation", but written right,
    # whether the FAQ writes it or not.
    assert answer(_index(), "when is the mutual evaluation scheduled", NOW).alert is None


def test_the_standing_triggers_and_examples_are_the_bundled_files() -> None:
    # One recognition, two places: an alert round that improves the bundled file's
    # urgent triggers must carry the change here (or this fails).
    bundled = read_set(Path(__file__).parent.parent.parent / "faq" / "conference.yaml")["urgent"]
    assert [(f"standing-{t['id']}", tuple(t["triggers"]), tuple(t.get("examples", ())))
            for t in bundled] == [(t.id, t.triggers, t.examples) for t in STANDING_TOPICS]


@pytest.mark.parametrize("message", [
    "is there a room for praying and where can people smoke",
    "can delegates smoke outside the hall?",
])
def test_where_people_may_smoke_is_a_rule_asked_not_a_fire(
    with_medical: MatchIndex, message: str
) -> None:
    assert with_medical.alerts.find(message) is None
    assert with_medical.alerts.find("smoke in the room, people are coughing") is not None


def test_the_weather_asked_raises_no_urgent_topic_by_meaning(with_medical: MatchIndex) -> None:
    # The meaning of "how hot will it be" sits close to a fire's: an example message
    # beats the closest entry by more than the margin, and the forecast words stop it.
    fire = "standing-fire-evacuation"
    asked = with_medical.alerts.find("how hot will it be, do I need an umbrella",
                                     examples={fire: 0.95}, closest_entry=0.5)
    assert asked is None
    burning = with_medical.alerts.find("it is so hot in here, I feel dizzy",
                                       examples={fire: 0.95}, closest_entry=0.5)
    assert burning is not None


@pytest.mark.parametrize(("message", "urgent"), [
    ("скоро обед?", False),  # "soon": the ambulance's stem, "скор", not its word
    ("скоро начнутся секции? сколько ещё ждать", False),
    ("вызовите скорую!", True),
    ("человеку плохо, нужна скорая помощь", True),
])
def test_soon_in_russian_is_no_ambulance(message: str, urgent: bool) -> None:
    assert (answer(_index(), message, NOW).alert is AlertKind.URGENT) is urgent
