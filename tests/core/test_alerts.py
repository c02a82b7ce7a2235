"""Stage 0: urgent and sensitive topics, the trigger forms and what wins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.core.alerts import (
    CONCEPTS,
    AlertIndex,
    asks_permission,
    parse_trigger,
    subject_matter_removed,
)
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import AlertKind, AlertTopic, Outcome
from bot.core.semantic import alert_example_texts, alert_texts
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


def test_without_alert_topics_an_emergency_raises_the_standing_topic() -> None:
    # core.standing_urgent: a file without an urgent section still knows emergencies.
    plain = MatchIndex.build(KB)
    result = answer(plain, "my colleague collapsed", NOON)
    assert (result.alert, result.title) == (AlertKind.URGENT, "Medical emergency")
    assert answer(plain, "what is the dress code", NOON).alert is None


# Topics made of the core's general concepts (bot/core/alert_words.py).
SIGNS = AlertTopic("medical", "Medical emergency", "Call security.",
                   ("@sign + @sign", "@sign + @body", "@sign + @now"), AlertKind.URGENT)
GONE = AlertTopic("lost-child", "A lost child", "Tell an officer.", ("@child + @gone",),
                  AlertKind.URGENT)
BOMB = AlertTopic("threat", "Violence", "Get to safety.", ("bomb threat", "smoke + everywhere"),
                  AlertKind.URGENT)
ARMED = AlertTopic("weapons", "Weapons", "I can't discuss weapons.", ("armed escorts",),
                   AlertKind.SENSITIVE)
CONCEPT_INDEX = AlertIndex((SIGNS, GONE, BOMB, ARMED))


def test_a_concept_in_a_trigger_stands_for_its_words_in_the_six_languages() -> None:
    (signs, bodies), concept, _alone = parse_trigger("@sign + @body")
    assert concept
    assert ("numb",) in signs and ("chest",) in bodies
    assert signs == CONCEPTS["sign"]
    assert ("\u660f\u8ff7",) in signs  # Chinese, "unconscious"
    assert ("inconsciente",) in signs  # Spanish (folded: no accents)


def test_an_unknown_concept_has_no_words() -> None:
    assert parse_trigger("@nonsense") == ((), True, False)
    assert parse_trigger("@nonsense + @body")[0] == (CONCEPTS["body"],)


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("my friend is sweating and says his left arm feels numb", "medical"),  # two signs
        ("older man here, his speech is slurred", "medical"),  # a sign and the body
        ("someone is bleeding in the lobby, help", "medical"),  # a sign and a call for help
        ("\u0427\u0435\u043b\u043e\u0432\u0435\u043a \u0431\u0435\u0437 "
         "\u0441\u043e\u0437\u043d\u0430\u043d\u0438\u044f, \u0431\u043e\u043b\u044c "
         "\u0432 \u0433\u0440\u0443\u0434\u0438", "medical"),  # Russian, two signs
        ("our little boy slipped away near the coat check", "lost-child"),
        ("\u6211\u7684\u5b69\u5b50\u4e0d\u89c1\u4e86", "lost-child"),  # unspaced Chinese
    ],
)
def test_a_wording_no_trigger_spells_out_is_recognised_by_its_concepts(
    message: str, topic: str
) -> None:
    found = CONCEPT_INDEX.find(message)
    assert found is not None and found.id == topic


@pytest.mark.parametrize(
    "message",
    [
        "he is bleeding",  # one sign: "@sign + @sign" needs two words, not one read twice
        "is the blood donation drive still on",
        "my kid wants to see the UN",
    ],
)
def test_each_group_of_a_concept_trigger_needs_a_word_of_its_own(message: str) -> None:
    assert CONCEPT_INDEX.find(message) is None
    assert CONCEPT_INDEX.find("he is bleeding and dizzy") is SIGNS


@pytest.mark.parametrize(
    "message",
    [
        "is there a session on bomb threats?",
        "the keynote about the bomb threat - will the slides be shared?",
        "the talk about smoke everywhere in old buildings, is there a recording",
    ],
)
def test_alert_words_inside_a_subject_matter_frame_raise_no_urgent_topic(message: str) -> None:
    assert subject_matter_removed(message)[1]
    assert CONCEPT_INDEX.find(message) is None


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("there is a bomb threat in room 4", "threat"),  # no frame at all
        ("help, the speaker of the session on drones is bleeding", "medical"),  # help: no frame
        ("the talk on drones was great but there is smoke everywhere", "threat"),  # "but"
        ("the session room of the GA hall: smoke everywhere", "threat"),  # "of" names a place
    ],
)
def test_a_frame_leaves_out_only_its_subject_and_never_a_call_for_help(
    message: str, topic: str
) -> None:
    found = CONCEPT_INDEX.find(message)
    assert found is not None and found.id == topic


def test_a_sensitive_topic_reads_the_subject_matter_too() -> None:
    # "The policy on armed escorts" is the sensitive subject itself, not a talk.
    assert CONCEPT_INDEX.find("what's the policy on armed escorts inside the compound") is ARMED


def test_a_message_about_a_subject_gets_no_urgent_topic_by_meaning() -> None:
    assert CONCEPT_INDEX.find("zzz", {"medical": 0.95}, closest_entry=0.5) is SIGNS
    assert CONCEPT_INDEX.find("is there a session on zzz", {"medical": 0.95},
                              closest_entry=0.5) is None


FIRE = AlertTopic("fire", "Fire", "Leave by the nearest exit.", ("fire + room/hall", "on fire"),
                  AlertKind.URGENT)
FIRE_INDEX = AlertIndex((FIRE,))


@pytest.mark.parametrize(
    "message",
    [
        "where are the fire exits in conference room 1",
        "what time is the fire drill in the GA hall",
        "could someone fire up the projector in room 1",
    ],
)
def test_a_word_naming_a_facility_or_procedure_is_not_the_emergency(message: str) -> None:
    assert FIRE_INDEX.find(message) is None


@pytest.mark.parametrize(
    "message", ["fire in room 1, near the fire exit", "the fire door of the hall is on fire"]
)
def test_the_same_word_outside_its_compound_still_raises_the_topic(message: str) -> None:
    assert FIRE_INDEX.find(message) is FIRE


def test_a_message_naming_a_facility_gets_no_urgent_topic_by_meaning() -> None:
    assert FIRE_INDEX.find("is there a smoking area", {"fire": 0.95}, closest_entry=0.5) is None
    assert FIRE_INDEX.find("is there smoke", {"fire": 0.95}, closest_entry=0.5) is FIRE


def test_a_sign_that_is_an_emergency_on_its_own_needs_nothing_else() -> None:
    alone = AlertIndex((dataclasses.replace(SIGNS, triggers=("@collapse",)),))
    assert alone.find("a man is lying motionless at the bottom of the stairs") is not None
    assert alone.find("\u0447\u0435\u043b\u043e\u0432\u0435\u043a \u043d\u0435 "
                      "\u0434\u044b\u0448\u0438\u0442") is not None  # Russian: not breathing
    assert alone.find("he is bleeding") is None  # a sign that needs another


def test_russian_and_arabic_words_are_matched_through_their_inflections() -> None:
    knife = AlertIndex((dataclasses.replace(THREAT, triggers=("@blade + @someone",)),))
    # Russian "a man with a knife": the instrumental case of "knife".
    assert knife.find("\u041c\u0443\u0436\u0447\u0438\u043d\u0430 \u0441 "
                      "\u043d\u043e\u0436\u043e\u043c \u0443 \u0432\u0445\u043e\u0434\u0430") \
        is not None
    alone = AlertIndex((dataclasses.replace(SIGNS, triggers=("@collapse",)),))
    # Arabic "a man fell and is not breathing": "and" written onto "not".
    assert alone.find("\u0633\u0642\u0637 \u0631\u062c\u0644 \u0648\u0644\u0627 "
                      "\u064a\u062a\u0646\u0641\u0633") is not None
    assert alone.find("\u0633\u0642\u0637 \u0631\u062c\u0644") is None  # "a man fell"


@pytest.mark.parametrize(
    "message",
    ["can I smoke anywhere near the building?", "how do I report a lost badge",
     "is it ok to bring a lighter", "\u00bfpuedo fumar en la terraza?"],
)
def test_a_question_about_what_one_may_do_asks_permission(message: str) -> None:
    assert asks_permission(message)


@pytest.mark.parametrize(
    "message",
    ["can I get help, someone fainted by the lifts",  # a call for help
     "there is smoke coming from the kitchen", "my colleague can not breathe"],
)
def test_an_event_or_a_call_for_help_does_not_ask_permission(message: str) -> None:
    assert not asks_permission(message)


def test_no_urgent_topic_by_meaning_for_a_question_of_permission() -> None:
    assert CONCEPT_INDEX.find("can I zzz", {"medical": 0.95}, closest_entry=0.5) is None
    assert CONCEPT_INDEX.find("zzz here", {"medical": 0.95}, closest_entry=0.5) is SIGNS


@pytest.mark.parametrize(
    "message",
    ["the keynote speaker fired up the hall this morning",  # "fire up" in another ending
     "the burning questions in the hall today"],
)
def test_a_compound_or_figure_of_speech_matches_in_any_ending(message: str) -> None:
    assert FIRE_INDEX.find(message) is None
    assert FIRE_INDEX.find("fire in the hall") is FIRE


def test_with_meaning_an_example_needs_a_wider_margin_than_a_trigger() -> None:
    # A whole example message sits closer to any message than a short trigger does.
    assert INDEX.find("zzz", {}, closest_entry=0.85, examples={"medical": 0.90}) is MEDICAL
    assert INDEX.find("zzz", {}, closest_entry=0.87, examples={"medical": 0.90}) is None
    assert INDEX.find("zzz", {"medical": 0.90}, closest_entry=0.87) is MEDICAL


def test_with_meaning_the_topic_of_the_closest_example_or_trigger_is_raised() -> None:
    raised = INDEX.find("zzz", {"medical": 0.90}, closest_entry=0.5,
                        examples={"lost-child": 0.95})
    assert raised is CHILD


def test_a_sensitive_topic_is_never_raised_by_its_examples() -> None:
    assert INDEX.find("zzz", {}, closest_entry=0.5, examples={"weapons": 0.99}) is None


def test_a_question_of_permission_gets_no_urgent_topic_by_its_examples() -> None:
    assert INDEX.find("can I zzz", {}, closest_entry=0.5, examples={"medical": 0.99}) is None


def test_examples_are_embedded_apart_from_triggers_in_english_only() -> None:
    medical = dataclasses.replace(MEDICAL, examples=("my colleague collapsed in the hall",
                                                     "mi colega se desmayó en la sala"))
    kb = dataclasses.replace(KB, alerts=(medical, WEAPONS))
    assert [(t.item_id, t.text, t.role) for t in alert_example_texts(kb)] == [
        ("medical", "my colleague collapsed in the hall", "query")]
    assert "my colleague collapsed in the hall" not in {t.text for t in alert_texts(kb)}


DRAGGED = AlertIndex((AlertTopic("harassment", "Harassment", "Tell security.",
                                 ("dragged/dragging/drags + me/her/someone",),
                                 AlertKind.URGENT),))


@pytest.mark.parametrize(("message", "raised"), [
    ("tell me a joke, this is dragging on", False),
    ("the session drags on and on, can someone bring coffee", False),
    ("a man is dragging her on the floor", True),
    ("someone dragged me out of the hall", True),
])
def test_a_meeting_dragging_on_is_taking_long_not_someone_dragged(
    message: str, raised: bool
) -> None:
    assert (DRAGGED.find(message) is not None) is raised
