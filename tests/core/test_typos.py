"""Typos of the FAQ's words: found when the slip is plain, never a real word turned
into another."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from bot.core.text import tokenize
from tests.core.conftest import KB


def stems(index: MatchIndex, word: str) -> dict[str, float]:
    return index.expand(tokenize(word)[0])


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wifii", "wifi"),  # a letter doubled
        ("passwrd", "password"),  # a letter dropped (long word: one edit of any kind)
        ("bagde", "badg"),  # two letters swapped
        ("hotle", "hotel"),
        ("hotell", "hotel"),
        ("accomodation", "accommod"),
    ],
)
def test_a_slip_of_the_fingers_finds_the_faq_word(index: MatchIndex, typed: str,
                                                  meant: str) -> None:
    assert stems(index, typed).get(meant, 0.0) >= 0.9


@pytest.mark.parametrize("typed", ["motel", "point", "hoteq", "wifo"])
def test_a_changed_letter_in_a_short_word_is_not_taken_for_a_typo(index: MatchIndex,
                                                                  typed: str) -> None:
    # "motel" is a word of its own, not "hotel" mistyped; four letters are too few.
    assert not stems(index, typed)


def test_chat_spelling_of_what_is_not_the_verb_of_water(index: MatchIndex) -> None:
    assert "water" not in stems(index, "wats")
    assert "water" not in stems(index, "wat")


def test_agent_nouns_still_meet_their_verbs() -> None:
    kb = dataclasses.replace(KB, faq=(*KB.faq, FaqEntry(
        id="speakers", question="Who are the speakers?", answer="See the programme.")))
    assert MatchIndex.build(kb).expand(tokenize("speak")[0]).get("speaker", 0.0) >= 0.9


def test_a_typo_is_the_word_that_begins_as_it_does() -> None:
    # "adress" is one edit from "address" and from "dress": a slip seldom hits the first
    # letter, and the dress code is not the venue's address.
    kb = dataclasses.replace(KB, faq=(*KB.faq,
        FaqEntry(id="dress", question="What should I wear?", answer="Dress smartly."),
        FaqEntry(id="venue", question="What is the address?", answer="405 East 42nd St.")))
    found = MatchIndex.build(kb).expand(tokenize("adress")[0])
    assert found.get("address", 0.0) >= 0.9
    assert "dress" not in found
