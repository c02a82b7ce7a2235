"""The English dictionary behind the typo search: which words count as spelt right."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from bot.core import english_words
from bot.core.english_words import MIN_SEEN, is_english_word


@pytest.fixture
def fresh_dictionary() -> Iterator[None]:
    """Each test loads the dictionary again, and leaves the real one loaded after it."""
    english_words._words.cache_clear()
    yield
    english_words._words.cache_clear()


@pytest.mark.parametrize("word", ["flight", "order", "error", "black", "cooked", "russia"])
def test_common_english_words_are_spelt_right(word: str) -> None:
    assert is_english_word(word)


@pytest.mark.parametrize("word", ["sesion", "recieve", "tommorow", "accomodation", "wifii"])
def test_common_misspellings_are_not_words(word: str) -> None:
    assert not is_english_word(word)


def test_a_word_seen_too_seldom_does_not_count(fresh_dictionary: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    class Dictionary:
        def __init__(self, language: str, distance: int) -> None:
            self.word_frequency = types.SimpleNamespace(
                dictionary={"often": MIN_SEEN, "seldom": MIN_SEEN - 1})

    monkeypatch.setitem(sys.modules, "spellchecker",
                        types.SimpleNamespace(SpellChecker=Dictionary))
    assert is_english_word("often")
    assert not is_english_word("seldom")


def test_without_the_dictionary_no_word_is_known(fresh_dictionary: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes the import fail, as where the package is not installed.
    monkeypatch.setitem(sys.modules, "spellchecker", None)
    assert not is_english_word("flight")


def test_warming_loads_the_dictionary_once(fresh_dictionary: None) -> None:
    english_words.warm()
    assert english_words._words.cache_info().currsize == 1
    is_english_word("flight")
    assert english_words._words.cache_info().misses == 1


@pytest.mark.parametrize(("typed", "meant", "may"), [
    ("sesion", "session", True),  # no word of its own: a slip
    ("flight", "fight", False),  # a word, a letter put in before its end
    ("order", "border", False),
    ("russia", "russian", True),  # a word, the other's ending
    ("finished", "finishes", True),
])
def test_a_word_of_its_own_may_be_a_slip_only_of_a_word_it_ends_otherwise(
        typed: str, meant: str, may: bool) -> None:
    assert english_words.may_be_a_slip(typed, meant) is may
