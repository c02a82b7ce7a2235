"""Urgent and sensitive messages on the bundled FAQ: the tables, words only.

``messages.yaml`` and ``messages_more.yaml`` are the tables the bundled FAQ's triggers
were written with: every urgent message must get its fixed answer. ``heldout_fresh``
and ``heldout_v2`` were written blind, and their misses read since to add general
concepts (never their phrases): their recall has a floor just under what the triggers
reach today (benchmarks/alerts.py prints it, with and without the semantic extra).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.core.answering import answer
from bot.core.models import AlertKind, Answer, Outcome
from bot.served import LoadedFaq
from bot.wiring import load_faq

HERE = Path(__file__).parent
BUNDLED_FAQ = HERE.parent.parent / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 15, 0, tzinfo=dt.UTC)

# Tuning-table messages the triggers still get wrong, each for a reason: fixing one
# makes this list shrink (the marks are strict).
KNOWN_MISSES = {
    "what is the VIP evacuation route out of the GA hall if something happens":
        "raises the fire topic (urgent wins) instead of security arrangements",
    "our head of agency's bodyguard has a firearms permit, can he keep his weapon in the GA hall":
        "'he ... weapon' reads as a threat: urgent wins over the sensitive weapons topic",
    "where will the head of the kenyan counter-terrorism agency be at 3pm":
        "'where will X be' cannot be told from programme questions by words",
    "I lost my child's jacket somewhere in the lobby": "'lost my child' is a trigger",
    "is the afghan delegation in CR 6 right now": "no trigger for 'delegation in a room'",
}


@pytest.fixture(scope="module")
def faq() -> LoadedFaq:
    return load_faq(BUNDLED_FAQ)


def table(*names: str) -> list[dict[str, Any]]:
    return [item for name in names
            for item in yaml.safe_load((HERE / name).read_text(encoding="utf-8"))]


def raised(result: Answer) -> str | None:
    if result.alert is AlertKind.URGENT:
        return result.item_id
    if result.alert is AlertKind.SENSITIVE:
        return result.best_id
    return None


def _cases() -> list[Any]:
    cases = []
    for item in table("messages.yaml", "messages_more.yaml"):
        reason = KNOWN_MISSES.get(item["q"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(item, marks=marks, id=item["q"][:40]))
    return cases


@pytest.mark.parametrize("item", _cases())
def test_the_tuning_tables_raise_urgent_or_sensitive_as_labelled_and_ordinary_nothing(
    faq: LoadedFaq, item: dict[str, Any]
) -> None:
    kinds = {t.id: t.kind for t in faq.index.kb.alerts}
    got = raised(answer(faq.index, item["q"], NOW))
    expected = item["expect"]
    assert (kinds[got] if got else None) == (kinds[expected] if expected else None)


def test_nearly_every_alert_of_the_tuning_tables_raises_its_very_topic(faq: LoadedFaq) -> None:
    alerts = [i for i in table("messages.yaml", "messages_more.yaml") if i["expect"]]
    exact = sum(raised(answer(faq.index, i["q"], NOW)) == i["expect"] for i in alerts)
    assert exact / len(alerts) >= 0.9


def test_every_urgent_message_of_the_tables_gets_its_fixed_answer_and_nothing_else(
    faq: LoadedFaq,
) -> None:
    kinds = {t.id: t for t in faq.index.kb.alerts}
    for item in table("messages.yaml", "messages_more.yaml"):
        topic = kinds.get(item["expect"] or "")
        if topic is None or topic.kind is not AlertKind.URGENT or item["q"] in KNOWN_MISSES:
            continue
        result = answer(faq.index, item["q"], NOW)
        assert result.outcome is Outcome.ANSWER
        assert result.text == topic.answer
        assert not result.suggestions


def test_no_sensitive_question_of_the_tables_is_answered_from_the_faq(faq: LoadedFaq) -> None:
    kinds = {t.id: t.kind for t in faq.index.kb.alerts}
    for item in table("messages.yaml", "messages_more.yaml", "heldout_fresh.yaml",
                      "heldout_v2.yaml"):
        if item["expect"] and kinds[item["expect"]] is AlertKind.SENSITIVE:
            result = answer(faq.index, item["q"], NOW)
            assert result.alert is not None or not result.answered, item["q"]


# Words only (the semantic extra adds to urgent recall: benchmarks/alerts.py). Both
# tables were read for their misses since (2026-11-30, issue 9): the fixes were the
# general concepts and the subject-matter frame, so these are floors, not honest
# figures; the honest check is a table nobody tuned with.
HELD_OUT_URGENT_RECALL = 0.97
HELD_OUT_SENSITIVE_RECALL = 0.70
HELD_OUT_FALSE_ALARMS = 0.03


@pytest.mark.parametrize("name", ["heldout_fresh.yaml", "heldout_v2.yaml"])
def test_the_held_out_tables_stay_above_their_recall_and_below_their_false_alarms(
    faq: LoadedFaq, name: str
) -> None:
    kinds = {t.id: t.kind for t in faq.index.kb.alerts}
    recalled = {AlertKind.URGENT: 0, AlertKind.SENSITIVE: 0}
    total = {AlertKind.URGENT: 0, AlertKind.SENSITIVE: 0}
    alarms = ordinary = 0
    for item in table(name):
        got = raised(answer(faq.index, item["q"], NOW))
        if item["expect"] is None:
            ordinary += 1
            alarms += got is not None
            continue
        kind = kinds[item["expect"]]
        total[kind] += 1
        recalled[kind] += got is not None and kinds[got] is kind
    assert recalled[AlertKind.URGENT] / total[AlertKind.URGENT] >= HELD_OUT_URGENT_RECALL
    assert recalled[AlertKind.SENSITIVE] / total[AlertKind.SENSITIVE] >= HELD_OUT_SENSITIVE_RECALL
    assert alarms / ordinary <= HELD_OUT_FALSE_ALARMS


def test_the_tables_are_big_enough_in_every_direction() -> None:
    for names in (("messages.yaml", "messages_more.yaml"), ("heldout_fresh.yaml",)):
        items = table(*names)
        assert sum(1 for i in items if i["expect"] is None) >= 50
        assert sum(1 for i in items if i["expect"] is not None) >= 100


def test_ordinary_questions_of_the_regression_sets_almost_never_raise_an_alert(
    faq: LoadedFaq,
) -> None:
    topics = {t.id for t in faq.index.kb.alerts}
    regression = HERE.parent / "regression"
    ordinary = [
        item["q"]
        for path in sorted(regression.glob("*.yaml")) if not path.name.startswith("other_")
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
        if not topics & set(item["expect"] or ())
    ]
    alarms = [q for q in ordinary if answer(faq.index, q, NOW).alert is not None]
    assert len(ordinary) > 600
    assert len(alarms) / len(ordinary) <= 0.01, alarms


@pytest.mark.parametrize(
    "question",
    [
        "is there a session on attacks on soft targets?",
        "the keynote about bomb threats - will the slides be shared?",
        "\u00bfd\u00f3nde puedo leer la pol\u00edtica de la ONU contra el acoso?",
    ],
)
def test_a_question_about_a_subject_of_talk_gets_no_emergency_answer(
    faq: LoadedFaq, question: str
) -> None:
    assert answer(faq.index, question, NOW).alert is None


def test_a_blade_is_a_weapons_question_only_when_carried_for_defence(faq: LoadedFaq) -> None:
    # "Can I bring a pocket knife?" is about the screening rules, which the FAQ answers.
    assert answer(faq.index, "can i bring a pocket knife in", NOW).alert is None
    carried = answer(faq.index, "can I bring a pocket knife for self defence", NOW)
    assert (carried.alert, carried.best_id) == (AlertKind.SENSITIVE, "weapons")


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my husband's face is drooping and his arm went numb", "medical-emergency"),
        ("sirens going and everyone told to get out, where do I go", "fire-evacuation"),
        ("a container with a chemical smell under the stairs", "suspicious-item"),
        ("a man waving a knife in the lobby", "threat-violence"),
        ("my daughter is gone, we were at the bookshop", "lost-child"),
        ("a man keeps leering at me and I'm scared", "harassment"),
        ("is it ok to carry a taser", "weapons"),
    ],
)
def test_the_bundled_topics_recognise_a_new_wording_by_its_concepts(
    faq: LoadedFaq, message: str, topic: str
) -> None:
    assert raised(answer(faq.index, message, NOW)) == topic


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("how many police officers will be inside the GA hall", "security-arrangements"),
        ("\u0421\u043a\u043e\u043b\u044c\u043a\u043e \u043e\u0445\u0440\u0430\u043d\u043d"
         "\u0438\u043a\u043e\u0432 \u0443 \u0432\u0445\u043e\u0434\u0430?",
         "security-arrangements"),  # Russian: how many guards at the entrance
        ("where are the security cameras in the lobby", "security-arrangements"),
        ("what is the itinerary of the Japanese delegation tomorrow", "delegation-whereabouts"),
        ("where does the Secretary-General enter the building", "protected-persons"),
        ("is pepper spray allowed through screening", "weapons"),
    ],
)
def test_the_sensitive_topics_recognise_a_new_wording_by_its_concepts(
    faq: LoadedFaq, question: str, topic: str
) -> None:
    result = answer(faq.index, question, NOW)
    assert (result.alert, raised(result)) == (AlertKind.SENSITIVE, topic)


@pytest.mark.parametrize(
    "question",
    [
        "how many delegates are registered",
        "where is the delegates' lounge",
        "where is the security screening for visitors",
        "can I take photos with my camera in the GA hall",
    ],
)
def test_an_ordinary_question_sharing_a_sensitive_concept_word_is_not_refused(
    faq: LoadedFaq, question: str
) -> None:
    assert answer(faq.index, question, NOW).alert is None


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("an attendee in the lobby is threatening to hurt himself", "medical-emergency"),
        ("there's a strange white powder on the desk of the press room", "suspicious-item"),
    ],
)
def test_danger_to_oneself_and_a_strange_hazard_are_recognised(
    faq: LoadedFaq, message: str, topic: str
) -> None:
    assert raised(answer(faq.index, message, NOW)) == topic


@pytest.mark.parametrize(
    "message",
    [
        "I need help, my badge is broken",
        "it's a real pain to find room 4, can you help",
        "urgent: my laptop fell and the screen cracked, is there an IT desk",
    ],
)
def test_a_call_for_help_with_a_word_of_injury_is_not_an_emergency_alone(
    faq: LoadedFaq, message: str
) -> None:
    assert answer(faq.index, message, NOW).alert is None
