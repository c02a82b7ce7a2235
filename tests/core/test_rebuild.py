"""A rebuild after an edit re-reads only the entries that changed, and ranks as a fresh build."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.core import matching
from bot.core.matching import MatchIndex
from bot.core.models import GlossaryTerm, KnowledgeBase
from bot.faqfile import load_knowledge_base

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ("where do I pick up my badge", "wifi password?", "is there halal food",
             "can I bring a suitcase", "who speaks at the opening", "ftf session")


@pytest.fixture
def kb() -> KnowledgeBase:
    loaded = load_knowledge_base(ROOT / "faq" / "conference.yaml").kb
    assert loaded is not None
    matching._LAST_BUILD.forget()
    return loaded


def edited(kb: KnowledgeBase, position: int, answer: str) -> KnowledgeBase:
    faq = list(kb.faq)
    faq[position] = dataclasses.replace(faq[position], answer=answer)
    return dataclasses.replace(kb, faq=tuple(faq))


def fresh(kb: KnowledgeBase) -> MatchIndex:
    matching._LAST_BUILD.forget()
    return MatchIndex.build(kb)


def test_an_edit_reuses_every_other_entry_and_reads_the_edited_one(kb: KnowledgeBase) -> None:
    before = MatchIndex.build(kb)
    after = MatchIndex.build(edited(kb, 3, "Only the halal buffet, on the fourth floor."))
    n = len(kb.faq)
    same = [a is b for a, b in zip(before.entries[:n], after.entries[:n], strict=True)]
    assert same == [k != 3 for k in range(n)]
    assert "halal" in after.entries[3].stems and "halal" not in before.entries[3].stems


def test_a_rebuilt_index_ranks_exactly_as_a_fresh_one(kb: KnowledgeBase) -> None:
    MatchIndex.build(kb)
    changed = edited(kb, 0, "Halal food is served at the Delegates' Dining Room.")
    rebuilt = MatchIndex.build(changed)
    new = fresh(changed)
    for question in QUESTIONS:
        assert rebuilt.rank(question, limit=20) == new.rank(question, limit=20)


def test_a_glossary_change_reads_every_entry_again(kb: KnowledgeBase) -> None:
    before = MatchIndex.build(kb)
    term = GlossaryTerm(term="halal food", abbreviations=("HF",))
    after = MatchIndex.build(dataclasses.replace(kb, glossary=(*kb.glossary, term)))
    assert not any(a is b for a, b in zip(before.entries, after.entries, strict=False))


def test_a_faq_entry_is_related_to_itself_alone_and_a_session_to_its_theme(
    kb: KnowledgeBase,
) -> None:
    """A FAQ entry's record keeps no set of one; the index and the ranking still say it."""
    index = MatchIndex.build(kb)
    wifi = kb.faq[0].id
    assert index.related(wifi) == frozenset({wifi})
    match = next(m for m in index.rank(kb.faq[0].question).matches if m.item_id == wifi)
    assert match.related == frozenset({wifi})
    themed = next(s for s in kb.sessions if s.theme is not None)
    assert {themed.id, themed.theme} <= index.related(themed.id)
