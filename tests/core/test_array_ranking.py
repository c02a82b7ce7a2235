"""Ranking on numpy arrays (big FAQ files) gives exactly the plain-Python ranking.

A FAQ from ``ARRAY_RANKING_FROM`` entries up ranks on arrays; everything downstream
(features, the fitted decision, suggestions) reads the ranking, so the two paths must
agree to the last bit: the same entries in the same order, with the same scores,
coverages and per-term coverages. The questions are the project's own regression
questions, over the bundled FAQ and over the bundled FAQ copied several times, whose
copies tie with each other everywhere (ties are where an ordering slip would show).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot.core.arrays import _flatten
from bot.core.facts import Fact
from bot.core.matching import ARRAY_RANKING_FROM, MatchIndex, _phrase_stems
from bot.core.models import KnowledgeBase
from bot.faqfile import load_knowledge_base
from tests.question_sets import read_set

pytestmark = pytest.mark.heavy

ROOT = Path(__file__).resolve().parents[2]
SETS = ("questions.yaml", "tuning_more.yaml", "heldout.yaml", "languages.yaml")


def questions() -> list[str]:
    found: list[str] = []
    for name in SETS:
        found += [item["q"] for item in read_set(ROOT / "tests/regression" / name)]
    return found


@pytest.fixture(scope="module")
def bundled() -> KnowledgeBase:
    kb = load_knowledge_base(ROOT / "faq" / "conference.yaml").kb
    assert kb is not None
    return kb


def copied(kb: KnowledgeBase, times: int) -> KnowledgeBase:
    """The FAQ with each entry written ``times`` times over, under other ids."""
    faq = tuple(
        dataclasses.replace(entry, id=f"{entry.id}-{n}" if n else entry.id)
        for n in range(times) for entry in kb.faq
    )
    return dataclasses.replace(kb, faq=faq)


def both_ways(kb: KnowledgeBase) -> tuple[MatchIndex, MatchIndex]:
    on_arrays, in_python = MatchIndex.build(kb), MatchIndex.build(kb)
    on_arrays.use_arrays(True)
    in_python.use_arrays(False)
    return on_arrays, in_python


@pytest.mark.parametrize("times", [1, 6])
def test_arrays_rank_every_question_exactly_as_python_does(
    bundled: KnowledgeBase, times: int
) -> None:
    on_arrays, in_python = both_ways(copied(bundled, times))
    compared = 0
    for question in questions():
        expected = in_python.rank(question, limit=30)
        assert on_arrays.rank(question, limit=30) == expected, question
        compared += bool(expected.matches)
    assert compared > 300  # most questions do reach entries


def test_entries_brought_in_by_another_retriever_score_the_same(
    bundled: KnowledgeBase,
) -> None:
    on_arrays, in_python = both_ways(copied(bundled, 3))
    include = [entry.id for entry in on_arrays.kb.faq[::7]] + ["no-such-entry"]
    for question in questions()[:80]:
        terms = in_python.query_terms(question)
        expected = in_python.rank_terms(terms, limit=3, include=include)
        assert on_arrays.rank_terms(terms, limit=3, include=include) == expected, question


def test_each_entrys_coverage_is_that_of_its_closest_phrasing(bundled: KnowledgeBase) -> None:
    """Read phrasing by phrasing, for every entry, whether it shares a stem with the
    question or not (most do not: they are passed over with one set test)."""
    index = MatchIndex.build(bundled)
    passed_over = 0
    for question in questions()[::4]:
        said: dict[str, float] = {}
        for term in index.query_terms(question):
            for stem, sim in term.expansions.items():
                said[stem] = max(said.get(stem, 0.0), sim)
        for i in range(len(index.entries)):
            best, asks = 0.0, Fact.NONE
            for stems, weights, denominator, phrase_asks in index._phrasings(i):
                got = sum(w * said.get(s, 0.0) for s, w in zip(stems, weights, strict=True))
                if got > best * denominator:
                    best, asks = got / denominator, phrase_asks
            assert index._entry_coverage(i, said) == (best, asks), (question, i)
            passed_over += best == 0.0
    assert passed_over > 1000


def test_a_big_faq_ranks_on_arrays_and_a_small_one_in_python(bundled: KnowledgeBase) -> None:
    small = MatchIndex.build(bundled)
    per_copy = len(small.entries)
    big = MatchIndex.build(copied(bundled, ARRAY_RANKING_FROM // len(bundled.faq) + 1))
    assert per_copy < ARRAY_RANKING_FROM <= len(big.entries)
    assert small._arrays is None and big._arrays is not None


def test_a_question_no_entry_shares_a_word_with_ranks_nothing_either_way(
    bundled: KnowledgeBase,
) -> None:
    on_arrays, in_python = both_ways(bundled)
    for question in ("zqxv blorp", "the and of", ""):
        assert on_arrays.rank(question).matches == in_python.rank(question).matches == ()


def test_a_words_synonyms_come_in_an_order_the_hash_seed_cannot_change(
    bundled: KnowledgeBase,
) -> None:
    # The expansions' order breaks ties between entries; the synonym table's sets
    # would give another order with each PYTHONHASHSEED, from one run to the next.
    index = MatchIndex.build(bundled)
    [token] = index.vocabulary.tokens("meals")
    synonyms = [s for s, sim in index.expand(token).items() if sim < 1.0]
    assert len(synonyms) >= 5
    assert synonyms == sorted(synonyms)


def test_the_arrays_hold_each_stems_postings_in_entry_order(bundled: KnowledgeBase) -> None:
    """Built from the entries with one sort: the same (entry, weight) lists, in the same
    order, as the posting lists the plain-Python path builds."""
    index = MatchIndex.build(copied(bundled, 3))
    index.use_arrays(True)
    arrays = index._arrays
    assert arrays is not None
    lists = index._posting_lists()
    for stem, postings in lists.items():
        span = arrays._stem_span.get(stem)
        assert span is not None
        start, end = span
        weights = arrays._weight_of[arrays._weight_codes[start:end]]
        assert list(zip(arrays._ids[start:end].tolist(), weights.tolist(),
                        strict=True)) == list(postings)
    assert arrays._stem_span.get("no-such-stem") is None


def test_an_entrys_phrasings_are_weighted_alike_whenever_first_needed(
    bundled: KnowledgeBase,
) -> None:
    eager, lazy = MatchIndex.build(bundled), MatchIndex.build(bundled)
    every = [eager._phrasings(i) for i in range(len(eager.entries))]
    question = "where do i pick up my badge"
    assert lazy.rank(question).matches == eager.rank(question).matches
    assert [lazy._phrasings(i) for i in range(len(lazy.entries))] == every


def test_an_entrys_phrasings_come_back_as_the_stems_of_each_phrasing_in_order(
    bundled: KnowledgeBase,
) -> None:
    """Kept as one string per entry: split again, they are each phrasing's own stems."""
    index = MatchIndex.build(bundled)
    entry = next(e for e in bundled.faq if len(e.alternates) >= 2 and not e.translations)
    expected = []
    for text in (entry.question, *entry.alternates, *entry.keywords):
        stems = tuple(dict.fromkeys(t.stem for t in index.vocabulary.tokens(text) if not t.stop))
        if stems:
            expected.append(stems)
    record = index.entries[index._position[entry.id]]
    assert _phrase_stems(record) == expected
    assert _phrase_stems(dataclasses.replace(record, phrases="")) == []


def test_a_phrasing_two_items_share_names_neither_and_one_repeated_names_its_item(
    bundled: KnowledgeBase,
) -> None:
    first, second = bundled.faq[0], bundled.faq[1]
    shared = "Where can I find the cloakroom today?"
    faq = (
        dataclasses.replace(first, alternates=(*first.alternates, shared)),
        dataclasses.replace(second, alternates=(shared, second.question)),
        *bundled.faq[2:],
    )
    index = MatchIndex.build(dataclasses.replace(bundled, faq=faq))
    assert index.exact(shared) is None
    assert index.exact(first.question) == first.id
    assert index.exact(second.question) == second.id


@pytest.mark.parametrize(("rows", "dtype"), [(3, np.uint16), (65_536, np.uint16),
                                             (65_537, np.int32)])
def test_posting_ids_take_the_smallest_type_that_holds_every_entry(
    rows: int, dtype: type[np.integer[Any]]
) -> None:
    _spans, ids, _codes = _flatten([("same",)] * rows, None)
    assert ids.dtype == dtype
    assert ids.tolist() == list(range(rows))
