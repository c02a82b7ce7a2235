"""Typos of the FAQ's words: found when the slip is plain, never a real word turned
into another."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from bot.core.text import singular_stem, tokenize
from bot.wiring import load_faq
from tests.core.conftest import KB

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"


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


def test_the_search_over_words_of_about_the_same_length_finds_what_the_whole_list_does() -> None:
    # The typo search reads only the FAQ's words within as many letters of the typed
    # word's length as it allows edits (``_near_in_length``): a word further in length
    # is further in edits, and the list keeps its order, so ties fall as before.
    index = load_faq(BUNDLED).index
    typed = set()
    for word in index._word_list[::60]:
        typed.add(word)
        for at in range(0, len(word), 4):
            typed.update((word[:at] + word[at + 1:], word[:at] + "e" + word[at:],
                          word[:at] + word[at + 1:at + 2] + word[at:at + 1] + word[at + 2:]))
    compared = 0
    for word in sorted(typed):
        for edits in (1, 2):
            near = process.extract(word, index._near_in_length(len(word), edits),
                                   scorer=OSA.distance, score_cutoff=edits, limit=8)
            whole = process.extract(word, index._word_list, scorer=OSA.distance,
                                    score_cutoff=edits, limit=8)
            assert [hit[:2] for hit in near] == [hit[:2] for hit in whole], word
            compared += bool(whole)
    assert compared > 150  # most of them find something


def test_the_plural_of_an_acronym_the_faq_uses_is_that_acronym() -> None:
    # The stemmer keeps the "s" of "FTFs" and "NGOs" (no vowel before it, or one just
    # before it), and four letters are too few for the typo search.
    kb = dataclasses.replace(KB, faq=(*KB.faq,
        FaqEntry(id="ftf", question="What is the FTF plenary about?", answer="Returnees."),
        FaqEntry(id="ngo", question="Can an NGO attend?", answer="Yes, if accredited.")))
    index = MatchIndex.build(kb)
    assert index.expand(tokenize("FTFs")[0]) == {"ftf": 1.0}
    assert index.expand(tokenize("NGOs")[0]).get("ngo") == 1.0


@pytest.mark.parametrize(("typed", "singular"), [
    ("ftfs", "ftf"), ("ngos", "ngo"), ("fius", "fiu"),
    ("bus", None), ("gas", None), ("is", None),  # too short to be a plural
    ("class", None), ("access", None),  # a double "s" is the word's own
])
def test_a_word_is_read_as_a_plural_only_where_it_can_be_one(typed: str,
                                                             singular: str | None) -> None:
    assert singular_stem(typed) == singular


def test_a_plural_is_read_as_its_singular_only_where_the_faq_uses_that() -> None:
    index = MatchIndex.build(KB)
    assert "fiu" not in index.expand(tokenize("FIUs")[0])


def test_two_words_typed_apart_that_the_faq_writes_as_one_are_that_word() -> None:
    kb = dataclasses.replace(KB, faq=(*KB.faq,
        FaqEntry(id="cloakroom", question="Is there a cloakroom?", answer="Yes, by the lobby."),
        FaqEntry(id="wifi", question="Is there wifi?", answer="Network UN-Guest.")))
    index = MatchIndex.build(kb)
    assert [t.token.stem for t in index.query_terms("where is the cloak room")
            if not t.token.generic][-1:] == ["cloakroom"]
    assert "wifi" in {t.token.stem for t in index.query_terms("is there wi fi")}


def test_two_words_the_faq_uses_each_stay_two_words() -> None:
    # "lunch time": both words are the FAQ's, and may be meant apart.
    kb = dataclasses.replace(KB, faq=(*KB.faq,
        FaqEntry(id="lunch", question="When is lunchtime?", answer="13:00, lunch at the cafe;"
                 " time for coffee at 15:00.")))
    stems_ = {t.token.stem for t in MatchIndex.build(kb).query_terms("what lunch time")}
    assert {"lunch", "time"} <= stems_


def _index_with(*words: str) -> MatchIndex:
    kb = dataclasses.replace(KB, faq=(*KB.faq, *(
        FaqEntry(id=f"entry-{word}", question=f"What about {word}?", answer=f"All on {word}.")
        for word in words)))
    return MatchIndex.build(kb)


@pytest.mark.parametrize(("typed", "other"), [
    ("flight", "fight"),  # six letters and more: the search of one edit
    ("error", "terror"),  # five letters: a slip, put in or dropped
    ("order", "border"),
    ("black", "back"),
])
def test_a_word_spelt_right_is_not_a_slip_of_another(typed: str, other: str) -> None:
    index = _index_with(other)
    assert other in stems(index, other)  # the FAQ's word, there to be found
    assert other not in stems(index, typed)


@pytest.mark.parametrize(("typed", "meant"), [
    ("russia", "russian"),  # one edit: the FAQ's word with an ending of its own
    ("drive", "driver"),  # five letters: the slip search
])
def test_a_word_spelt_right_still_finds_the_faq_word_it_only_ends_otherwise(
        typed: str, meant: str) -> None:
    assert stems(_index_with(meant), typed).get(meant, 0.0) >= 0.9


def test_a_misspelt_word_still_finds_the_faq_word() -> None:
    assert stems(_index_with("flight"), "fligth").get("flight", 0.0) >= 0.9
    assert stems(_index_with("order"), "ordre").get("order", 0.0) >= 0.9
