"""The question as the embedding model reads it: shorthand spelt out, typos put right."""

from __future__ import annotations

import pytest

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.meaning_text import for_the_meaning
from bot.core.models import AlertKind
from bot.core.semantic import Similarity
from tests.core.conftest import KB, THU, at

FAQ_WORDS = frozenset({
    "badge", "collect", "collection", "registration", "opening", "password", "plans",
    "language", "interpretation", "closing", "closed", "rather", "change", "halal",
    "openings"})


def _uses(word: str) -> bool:
    return word in FAQ_WORDS


def _read(text: str, *, english: bool = True) -> str:
    return for_the_meaning(text, FAQ_WORDS, _uses, english=english)


@pytest.mark.parametrize(("said", "read"), [
    ("roughly how many ppl r coming", "roughly how many people are coming"),
    ("wifi pw pls", "wifi password please"),
    ("is the GA hall far from the conf rooms", "is the general assembly hall far from the "
                                                "conference rooms"),
    ("any room for a bilat?", "any room for a bilateral?"),
    ("Wat time 2moro", "what time tomorrow"),
])
def test_chat_and_un_shorthand_is_spelt_out(said: str, read: str) -> None:
    assert _read(said) == read


@pytest.mark.parametrize(("said", "read"), [
    ("where do I colect my badge", "where do I collect my badge"),  # a letter dropped
    ("registraton closed already?", "registration closed already?"),
    ("sign langauge?", "sign language?"),  # two letters swapped
    ("when is the openning", "when is the opening"),  # a letter doubled
    ("hallal food?", "halal food?"),
])
def test_a_typo_of_one_of_the_faqs_words_is_put_right(said: str, read: str) -> None:
    assert _read(said) == read


@pytest.mark.parametrize("said", [
    "what is the agenda",  # a word the FAQ does not use, but no typo of one of its words
    "can I brng it",  # too short to guess at
    "gmt offset?",  # the lexicon reads it as the time-zone entry: left as written
    "is it sat or sun",  # shorthand that is a word too
    "when is the opening",  # a word the FAQ uses is right as it is, though "openings"
    # is the FAQ's word a letter dropped would make of it
    "a wheelchair for my father",  # a letter for another: "rather" is the FAQ's word,
    "who is in charge of security",  # "change" too, but these are words of their own
])
def test_words_that_are_neither_shorthand_nor_a_typo_are_left_alone(said: str) -> None:
    assert _read(said) == said


def test_a_word_as_near_to_two_of_the_faqs_words_is_left_alone() -> None:
    assert for_the_meaning("planed", {"planned", "planted"}, lambda _w: False,
                           english=True) == "planed"


def test_another_language_keeps_its_words_and_its_spelling_but_not_chat_shorthand() -> None:
    assert _read("J'ai laissé mon badge à l'hôtel", english=False) == (
        "J'ai laissé mon badge à l'hôtel")  # "mon": French "my", not Monday
    assert _read("dónde está la registraton", english=False) == "dónde está la registraton"
    assert _read("c'est quoi cette conf ?", english=False) == (
        "c'est quoi cette conference ?")


class _Recording:
    """A semantic retriever that remembers what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def similarities(self, question: str) -> dict[str, Similarity]:
        self.asked.append(question)
        return {item.id: Similarity(0.5, 0.5) for item in KB.faq}

    def alert_similarities(self, question: str) -> dict[str, float]:
        return {}

    def example_similarities(self, question: str) -> dict[str, float]:
        return {}


@pytest.mark.parametrize(("question", "read"), [
    ("wher can I get a pasword 4 the wifii pls", "where can I get a password 4 the wifii "
                                                  "please"),
    ("mon chef peut-il venir avec moi ?", "mon chef peut-il venir avec moi ?"),
])
def test_the_meaning_reads_the_question_spelt_out_in_the_faqs_words(
    index: MatchIndex, question: str, read: str
) -> None:
    meaning = _Recording()
    answer(index.with_semantic(meaning), question, at(THU, 12))
    assert meaning.asked and meaning.asked[0] == read


def test_a_question_in_words_the_faq_writes_reaches_the_meaning_as_it_is(
    index: MatchIndex,
) -> None:
    meaning = _Recording()
    question = "is the password on the badge or somewhere else entirely"
    answer(index.with_semantic(meaning), question, at(THU, 12))
    assert meaning.asked and meaning.asked[0] == question


class _NearAnEntryOnceSpeltOut(_Recording):
    """Close to the harassment topic; close to an entry too, but only once the
    shorthand is spelt out."""

    def similarities(self, question: str) -> dict[str, Similarity]:
        self.asked.append(question)
        near = 0.9 if "will not" in question else 0.5
        return {item.id: Similarity(near, near) for item in KB.faq}

    def alert_similarities(self, question: str) -> dict[str, float]:
        return {"standing-harassment": 0.8}


def test_the_alerts_weigh_the_question_as_written_not_spelt_out(index: MatchIndex) -> None:
    meaning = _NearAnEntryOnceSpeltOut()
    result = answer(index.with_semantic(meaning),
                    "a fella by the badge desk wont leave my colleague be", at(THU, 12))
    assert "a fella by the badge desk will not leave my colleague be" in meaning.asked
    assert result.alert is AlertKind.URGENT
