"""Grouping questions asked in similar words (pure, no event loop)."""

from __future__ import annotations

import pytest

from bot.core.grouping import QuestionKeys, group_similar, same_question
from bot.core.matching import MatchIndex
from bot.core.models import Conference, FaqEntry, GlossaryTerm, KnowledgeBase

Asked = tuple[str, int]


def grouped(items: list[Asked], keys: QuestionKeys | None = None) -> list[tuple[list[str], int]]:
    groups = group_similar(items, text=lambda i: i[0], count=lambda i: i[1], keys=keys)
    return [([text for text, _ in g.items], g.total) for g in groups]


def questions_of(items: list[Asked], keys: QuestionKeys | None = None) -> list[list[list[str]]]:
    groups = group_similar(items, text=lambda i: i[0], count=lambda i: i[1], keys=keys)
    return [[[text for text, _ in q] for q in g.questions] for g in groups]


def test_similar_wordings_are_one_group_named_after_the_most_asked() -> None:
    result = grouped([
        ("where is the cloak room", 1),
        ("Is there parking near the UN?", 2),
        ("Where is the cloakroom?", 3),
        ("WHERE IS THE CLOAKROOM", 1),
    ])
    assert result == [
        (["Where is the cloakroom?", "where is the cloak room", "WHERE IS THE CLOAKROOM"], 5),
        (["Is there parking near the UN?"], 2),
    ]


@pytest.mark.parametrize(
    "wordings",
    [
        ("Where is the cloakroom?", "where is the cloakroom", "WHERE  IS THE CLOAKROOM!!"),
        ("Where is the cloakroom?", "wher is the cloakrom"),  # typos of the same words
        ("Is the registration desk open?", "is the registeration desk open"),
        ("where can I charge my phone", "Where can I charge my phone??"),
        ("where is the cloakroom", "where is the cloak room"),  # spacing
    ],
)
def test_case_spacing_punctuation_and_typos_make_one_question(wordings: tuple[str, ...]) -> None:
    items = [(w, 1) for w in wordings]
    assert questions_of(items) == [[list(wordings)]]


def test_near_duplicates_are_grouped_under_the_most_asked_question() -> None:
    result = questions_of([("where exactly is the cloakroom", 1), ("Where is the cloakroom?", 3),
                           ("where is the cloakroom", 1)])
    assert result == [[["Where is the cloakroom?", "where is the cloakroom"],
                       ["where exactly is the cloakroom"]]]


@pytest.mark.parametrize(
    ("one", "other"),
    [("conference room 4 where", "conference room 5 where"),  # numbers must agree
     ("is there a prayer room", "is there a press room"),
     ("parking near the UN?", "parking near the hotel?")],
)
def test_different_needs_are_not_one_question(one: str, other: str) -> None:
    keys = QuestionKeys()
    assert not same_question(keys.key(one), keys.key(other))
    assert len(grouped([(one, 1), (other, 1)])) == 2


def test_different_needs_stay_apart() -> None:
    result = grouped([("parking near the UN?", 1), ("parking near the hotel?", 1),
                      ("where is lunch", 1), ("where is dinner", 1)])
    assert len(result) == 4


def test_text_without_words_groups_only_with_the_same_text() -> None:
    result = grouped([("\U0001f600", 2), ("@@@", 1), ("\U0001f600", 1), ("", 1)])
    assert sorted(total for _, total in result) == [1, 1, 3]


def test_groups_are_ordered_by_total_asks_then_first_seen() -> None:
    result = grouped([("alpha?", 1), ("bravo?", 1), ("charlie?", 3)])
    assert [texts[0] for texts, _ in result] == ["charlie?", "alpha?", "bravo?"]


def test_nothing_to_group() -> None:
    assert grouped([]) == []


def test_a_split_question_stays_alone_but_keeps_its_own_wordings() -> None:
    items = [("Where is the cloakroom?", 3, False), ("where exactly is the cloakroom", 2, True),
             ("Where exactly is the cloakroom?", 1, False), ("where is the cloakroom", 1, False),
             ("where exactly is the cloak room", 1, False)]
    groups = group_similar(items, text=lambda i: i[0], count=lambda i: i[1],
                           pinned=lambda i: i[2])
    shown = [([text for text, _, _ in g.items], g.pinned) for g in groups]
    assert shown == [
        (["Where is the cloakroom?", "where is the cloakroom", "where exactly is the cloak room"],
         False),
        (["where exactly is the cloakroom", "Where exactly is the cloakroom?"], True),
    ]


def _index() -> MatchIndex:
    kb = KnowledgeBase(
        conference=Conference(name="Test", timezone="America/New_York", dates=()),
        faq=(
            FaqEntry(id="wifi", question="What is the wifi password?", answer="unite2018"),
            FaqEntry(id="ftf", question="Is there a session on foreign terrorist fighters?",
                     answer="Session II."),
        ),
        glossary=(GlossaryTerm("foreign terrorist fighters", abbreviations=("FTF", "FTFs")),),
    )
    return MatchIndex.build(kb)


def test_the_engine_reads_typos_of_faq_words_and_glossary_forms_as_the_same_words() -> None:
    keys = QuestionKeys(_index())
    assert keys.key("wifi pasword?") == keys.key("WiFi password")
    assert keys.key("panel about FTFs") == keys.key("panel about foreign terrorist fighters")
    assert QuestionKeys().key("wifi pasword?") != QuestionKeys().key("WiFi password")


def test_grouping_with_the_engine_merges_what_words_alone_keep_apart() -> None:
    items = [("any panel on FTFs", 2), ("any panel on foreign terrorist fighters", 1)]
    assert len(grouped(items)) == 2
    assert questions_of(items, QuestionKeys(_index())) == [
        [["any panel on FTFs", "any panel on foreign terrorist fighters"]]]
