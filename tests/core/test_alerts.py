"""Stage 0: urgent and sensitive topics, the trigger forms and what wins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.core.alerts import AlertIndex, parse_trigger
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import AlertKind, AlertTopic, Outcome
from tests.core.conftest import KB

NOON = dt.datetime(2018, 6, 28, 16, 0, tzinfo=dt.UTC)

MEDICAL = AlertTopic("medical", "Medical emergency", "Call security: 555-0199.",
                     ("collapsed", "not breathing", "fire!"), AlertKind.URGENT)
CHILD = AlertTopic("lost-child", "A lost child", "Tell the nearest officer.",
                   ("child/kid/son + missing/alone", "\u5b69\u5b50\u4e0d\u89c1"),
                   AlertKind.URGENT)
WEAPONS = AlertTopic("weapons", "Weapons", "I can't discuss weapons.",
                     ("gun/firearm + bring/carry/keep",), AlertKind.SENSITIVE)
THREAT = AlertTopic("threat", "Violence", "Get to safety.",
                    ("gun + man/guy/pulled",), AlertKind.URGENT)
INDEX = AlertIndex((MEDICAL, CHILD, WEAPONS, THREAT))


@pytest.mark.parametrize(
    ("trigger", "groups", "concept", "alone"),
    [
        ("not breathing", (((("not", "breathing"),),)), False, False),
        ("child/kid + missing", ((("child",), ("kid",)), (("missing",),)), True, False),
        ("desmayó/inconsciente", ((("desmayo",), ("inconsciente",)),), True, False),
        ("fire!", (((("fire",),),)), False, True),
        ("the", (), False, False),
    ],
)
def test_a_trigger_is_a_phrase_a_concept_or_a_lone_word(
    trigger: str, groups: object, concept: bool, alone: bool
) -> None:
    assert parse_trigger(trigger) == (groups, concept, alone)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my colleague just collapsed near the escalators", "medical"),
        ("COLAPSED!!", "medical"),  # a typo of a long word
        ("he is not breathing", "medical"),
        ("he's not breathing!", "medical"),
        ("FIRE!!", "medical"),  # the lone word, in a short message
        ("my son is missing", "lost-child"),
        ("a kid alone by the lifts. help", "lost-child"),  # any order, one sentence
        ("\u6211\u7684\u5b69\u5b50\u4e0d\u89c1\u4e86", "lost-child"),  # found inside the text
        ("a man pulled a gun in the lobby", "threat"),  # urgent wins over sensitive
        ("can I bring my gun", "weapons"),
    ],
)
def test_messages_raise_their_topic(message: str, topic: str) -> None:
    found = INDEX.find(message)
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    "message",
    [
        "what are the fire safety rules for side events",  # a lone word in a long message
        "breathing exercises in the quiet room?",  # a phrase needs all its words, in order
        "is there a session on guns and trafficking",
        "where is the kids' corner? Nothing is missing, just curious.",  # two sentences
        "",
    ],
)
def test_ordinary_messages_raise_nothing(message: str) -> None:
    assert INDEX.find(message) is None


def test_with_meaning_an_urgent_topic_much_closer_than_any_entry_is_raised() -> None:
    assert INDEX.find("zzz", {"medical": 0.90}, closest_entry=0.85) is MEDICAL
    assert INDEX.find("zzz", {"medical": 0.90}, closest_entry=0.89) is None
    # A sensitive topic is never raised by meaning alone.
    assert INDEX.find("zzz", {"weapons": 0.99}, closest_entry=0.5) is None


def _with_alerts() -> MatchIndex:
    return MatchIndex.build(dataclasses.replace(KB, alerts=(MEDICAL, WEAPONS)))


def test_an_urgent_message_is_answered_with_the_fixed_reply_before_anything_else() -> None:
    result = answer(_with_alerts(), "thanks, my colleague collapsed in the hall", NOON)
    assert result.alert is AlertKind.URGENT
    assert result.outcome is Outcome.ANSWER
    assert (result.item_id, result.text) == ("medical", MEDICAL.answer)
    assert not result.suggestions and not result.empty


def test_a_sensitive_question_is_refused_with_its_reply_never_answered_from_the_faq() -> None:
    result = answer(_with_alerts(), "can I carry a firearm through security at the entrance",
                    NOON)
    assert result.alert is AlertKind.SENSITIVE
    assert not result.answered
    assert (result.best_id, result.text) == ("weapons", WEAPONS.answer)


def test_without_alert_topics_the_pipeline_is_unchanged() -> None:
    plain = MatchIndex.build(KB)
    assert answer(plain, "my colleague collapsed", NOON).alert is None
