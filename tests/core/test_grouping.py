"""Grouping questions asked in similar words (pure, no event loop)."""

from __future__ import annotations

from bot.core.grouping import group_similar

Asked = tuple[str, int]


def grouped(items: list[Asked]) -> list[tuple[list[str], int]]:
    groups = group_similar(items, text=lambda i: i[0], count=lambda i: i[1])
    return [([text for text, _ in g.items], g.total) for g in groups]


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
