"""The words a question is read as: chat shorthand, not words of other languages."""

from __future__ import annotations

import pytest

from bot.core.text import words


@pytest.mark.parametrize(("message", "read"), [
    ("whats next n where", ("what", "next", "and", "where")),
    ("wifi password n is lunch included", ("wifi", "password", "and", "is", "lunch",
                                           "included")),
])
def test_a_lone_n_in_chat_is_and(message: str, read: tuple[str, ...]) -> None:
    assert words(message) == read


def test_the_n_of_a_french_negation_is_no_and() -> None:
    # "mon fils n'est pas là": a lost child, read by the alerts in French.
    assert "and" not in words("mon fils n'est pas là")
    assert "n" in words("mon fils n'est pas là")
