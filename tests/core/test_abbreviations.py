"""What an abbreviation stands for comes from the entry that spells it out."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.abbreviations import spelt_out_by
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, KnowledgeBase, Outcome
from tests.core.conftest import KB, THU, at

GLOSSARY = FaqEntry(
    id="acronyms", question="What do the abbreviations stand for?",
    alternates=("what is CTED",), keywords=("CTED", "UNOCT"),
    answer="UNOCT: UN Office of Counter-Terrorism. CTED: Counter-Terrorism Committee "
           "Executive Directorate. FTF: foreign terrorist fighters.",
)
CHAIRS = FaqEntry(
    id="chairs", question="Who chairs the sessions?", keywords=("CTED",),
    answer="Session I is chaired by the Executive Director of the Counter-Terrorism "
           "Committee Executive Directorate (CTED).",
)
ORGANISER = FaqEntry(
    id="organiser", question="Who organises the conference?",
    answer="The UN Office of Counter-Terrorism (UNOCT), with its Counter-Terrorism Centre "
           "(UNCCT).",
)


def with_entries(*entries: FaqEntry) -> KnowledgeBase:
    return dataclasses.replace(KB, faq=(*KB.faq, *entries))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does CTED stand for", "acronyms"),
        ("wat does cted stand 4?", "acronyms"),  # small letters, typed fast
        ("What's CTED short for?", "acronyms"),
        ("CTED ça veut dire quoi ?", "acronyms"),
        ("what does FTF mean", "acronyms"),  # "FTF: foreign ...", in small letters
        ("UNCCT: what's the full name?", "organiser"),  # the only one that spells it out
        ("UNOCT: what's the full name?", "acronyms"),  # both do: the one that names it
    ],
)
def test_the_entry_that_spells_the_letters_out_answers_what_they_stand_for(
    question: str, expected: str,
) -> None:
    kb = with_entries(GLOSSARY, ORGANISER)
    assert spelt_out_by(kb, question) == expected


def test_of_several_entries_that_spell_it_out_the_one_asking_what_letters_mean_answers(
) -> None:
    # Both spell CTED out and both name it in their keywords: the glossary asks meanings.
    assert spelt_out_by(with_entries(CHAIRS, GLOSSARY), "what does CTED stand for") == (
        "acronyms")
    # Without the glossary, the chairs entry is the only one to spell it out.
    assert spelt_out_by(with_entries(CHAIRS), "what does CTED stand for") == "chairs"


@pytest.mark.parametrize(
    "question",
    [
        "is CTED speaking on thursday",  # asks no meaning
        "what does it mean for us",  # "us" is a word, not the US
        "what does CTED and UNOCT stand for",  # two at once: left to the decision
        "what does ISIL stand for",  # no entry spells it out
        "what does side event mean",  # not letters the FAQ writes in capitals
        # named far from what asks a meaning: another question's subject
        "CTED chairs the first session on Thursday, but what does that mean for us",
    ],
)
def test_other_questions_are_left_to_the_decision(question: str) -> None:
    kb = with_entries(GLOSSARY, ORGANISER, FaqEntry(
        id="threat", question="What is the threat?", answer="ISIL remains a threat."))
    assert spelt_out_by(kb, question) is None


def test_the_answer_to_what_letters_stand_for_is_the_spelling_out_entry() -> None:
    index = MatchIndex.build(with_entries(CHAIRS, GLOSSARY))
    result = answer(index, "sorry basic question but what does CTED stand for", at(THU, 9))
    assert (result.outcome, result.item_id) == (Outcome.ANSWER, "acronyms")
