"""Grouping across the six UN languages: a question in another language joins the
English one the engine reads the same (by its English reading), and only then."""

from __future__ import annotations

import pytest

from bot.core.grouping import QuestionKeys, group_similar
from bot.core.matching import MatchIndex
from tests.core.conftest import KB

# (question, asks, the entry the engine found closest)
Asked = tuple[str, int, str | None]
KEYS = QuestionKeys(MatchIndex.build(KB))
BADGE_EN: Asked = ("where do I collect my badge?", 3, "badge-pickup")


def grouped(items: list[Asked], keys: QuestionKeys = KEYS, *, entries: bool = True
            ) -> list[list[str]]:
    groups = group_similar(items, text=lambda i: i[0], count=lambda i: i[1], keys=keys,
                           entry=(lambda i: i[2]) if entries else None)
    return [[text for text, _, _ in g.items] for g in groups]


def test_a_french_and_an_english_question_about_the_badge_pickup_are_one_group() -> None:
    french: Asked = ("Où puis-je retirer mon badge ?", 1, "badge-pickup")
    assert grouped([french, BADGE_EN]) == [[BADGE_EN[0], french[0]]]


@pytest.mark.parametrize(
    "question",
    ["Où puis-je retirer mon badge ?", "¿Dónde recojo mi credencial?", "Где получить бейдж?",
     "在哪里领取证件？", "أين أستلم الشارة؟"],
)
def test_the_badge_pickup_asked_in_each_language_joins_the_english_group(question: str) -> None:
    groups = grouped([BADGE_EN, (question, 1, "badge-pickup")])
    assert groups == [[BADGE_EN[0], question]]
    # As the moderators see it: one group, two questions, the English one leading.
    [group] = group_similar([BADGE_EN, (question, 1, "badge-pickup")], text=lambda i: i[0],
                            count=lambda i: i[1], keys=KEYS)
    assert len(group.questions) == 2 and group.total == 4


def test_questions_in_two_other_languages_group_with_each_other() -> None:
    spanish: Asked = ("¿Dónde recojo mi credencial?", 2, "badge-pickup")
    russian: Asked = ("Где получить бейдж?", 1, "badge-pickup")
    assert grouped([spanish, russian]) == [[spanish[0], russian[0]]]


def test_two_different_topics_in_two_languages_stay_apart() -> None:
    prayer: Asked = ("où est la salle de prière ?", 2, None)
    assert grouped([BADGE_EN, prayer]) == [[BADGE_EN[0]], [prayer[0]]]
    wifi: Asked = ("Quel est le mot de passe du wifi ?", 1, "wifi")
    assert grouped([BADGE_EN, wifi, prayer]) == [[BADGE_EN[0]], [prayer[0]], [wifi[0]]]


def test_a_reading_that_leaves_most_of_the_question_out_never_joins() -> None:
    # "can I bring" is all the table reads of it: the dog is lost in the reading.
    dog: Asked = ("Est-ce que je peux amener mon chien ?", 1, None)
    laptop: Asked = ("can I bring my laptop?", 2, None)
    assert KEYS.reading_key(dog[0]) is None
    assert grouped([laptop, dog]) == [[laptop[0]], [dog[0]]]


def test_questions_the_engine_found_closest_to_different_entries_stay_apart() -> None:
    lost: Asked = ("Où puis-je retirer mon badge ?", 1, "lost-badge")
    assert grouped([BADGE_EN, lost]) == [[BADGE_EN[0]], [lost[0]]]
    # Without the engine's entries, the reading alone decides.
    assert grouped([BADGE_EN, lost], entries=False) == [[BADGE_EN[0], lost[0]]]


def test_english_questions_have_no_reading_and_group_as_before() -> None:
    assert KEYS.reading_key("where do I collect my badge?") is None
    assert grouped([BADGE_EN, ("where can i collect my badge", 1, "lost-badge")]) == [
        [BADGE_EN[0], "where can i collect my badge"]]


def test_a_split_question_in_another_language_stays_alone() -> None:
    french = ("Où puis-je retirer mon badge ?", 1, "badge-pickup")
    groups = group_similar([BADGE_EN, french], text=lambda i: i[0], count=lambda i: i[1],
                           keys=KEYS, pinned=lambda i: i is french)
    assert [[text for text, _, _ in g.items] for g in groups] == [[BADGE_EN[0]], [french[0]]]
