"""The decision stage: the ranker orders, the answer model decides, the vetoes stop.

The mechanism is tested with small hand-set models, so these tests say what the
stage does whatever the fitted coefficients are; the fitted models are judged by
their answers (tests/regression, benchmarks/quality.py).
"""

from __future__ import annotations

import dataclasses
import math

import pytest

from bot.core.decision import answer_features, decide, logistic, ranked
from bot.core.facts import Fact
from bot.core.features import FEATURES, Candidate, Described, describe
from bot.core.fitted import LEXICAL_RANKER, SEMANTIC_ANSWER, SEMANTIC_RANKER
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry
from bot.core.policy import LEXICAL, LEXICAL_FIRST, SEMANTIC, Model, Models, models_for
from bot.core.semantic import Similarity
from tests.core.conftest import KB

# A ranker that trusts words, and an answer model that trusts the ranker.
WORDS = Model(-6.0, {"lexical": 12.0})
TRUSTING = Model(-4.0, {"relevance": 8.0, "relevance_gap": 4.0})
MODELS = Models(WORDS, TRUSTING, answer_at=0.5, suggest_at=0.1)


def test_logistic_is_the_usual_sigmoid_of_the_weighted_sum() -> None:
    model = Model(-1.0, {"a": 2.0, "b": -3.0})
    z = -1.0 + 2.0 * 0.5 - 3.0 * 0.25
    assert logistic(model, {"a": 0.5, "b": 0.25}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert logistic(model, {}) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert logistic(Model(-100.0, {}), {}) == 0.0


def _candidate(item_id: str, lexical: float) -> Candidate:
    return Candidate(item_id, item_id, frozenset({item_id}), {"lexical": lexical})


def test_the_ranker_orders_candidates_by_relevance() -> None:
    described = Described("q", Fact.NONE, (_candidate("b", 0.2), _candidate("a", 0.9)))
    order = ranked(described, MODELS)
    assert [c.item_id for c in order] == ["a", "b"]
    assert order[0].relevance > order[1].relevance


def test_the_answer_model_reads_the_best_candidate_and_its_lead() -> None:
    described = Described("q", Fact.NONE, (_candidate("a", 0.9), _candidate("b", 0.2)))
    features = answer_features(ranked(described, MODELS))
    assert features["relevance"] > 0.9
    assert features["relevance_gap"] == pytest.approx(
        features["relevance"] - logistic(WORDS, {"lexical": 0.2}))
    assert features["lexical"] == 0.9


def test_a_clear_best_candidate_is_answered(index: MatchIndex) -> None:
    described = Described("is there wifi", Fact.NONE, (
        _candidate("wifi", 0.95), _candidate("webcast", 0.1)))
    decision = decide(index, described, models=MODELS)
    assert decision.confident is not None
    assert decision.confident.item_id == "wifi"
    assert decision.reason == "confident"


def test_a_weak_best_candidate_is_not_answered_and_says_why(index: MatchIndex) -> None:
    described = Described("is there wifi", Fact.NONE, (_candidate("wifi", 0.3),))
    decision = decide(index, described, models=MODELS)
    assert decision.confident is None
    assert decision.reason.startswith("not confident enough")
    assert decision.veto is None


def test_a_tie_between_two_unrelated_candidates_is_vetoed_as_ambiguous(
    index: MatchIndex,
) -> None:
    described = Described("q", Fact.NONE, (_candidate("wifi", 0.95), _candidate("hotels", 0.95)))
    decision = decide(index, described, models=Models(WORDS, Model(5.0, {}), 0.5, 0.1))
    assert decision.confident is None
    assert decision.veto == "ambiguous"


def test_a_confident_candidate_that_cannot_hold_the_price_asked_is_vetoed(
    index: MatchIndex,
) -> None:
    described = Described("how much is a taxi from the airport", Fact.PRICE, (
        _candidate("getting-there", 0.95), _candidate("hotels", 0.1)))
    decision = decide(index, described, models=MODELS)
    assert decision.confident is None
    assert decision.veto == "price_not_stated"


def test_a_price_named_by_a_word_the_entry_uses_is_no_reason_to_veto() -> None:
    certificate = FaqEntry(
        id="certificate", question="Can I get a certificate of attendance?",
        answer="Yes, for example for your employer or for travel reimbursement: email us.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, certificate)))
    named = Described("certificate of attendance for travel reimbursement?", Fact.PRICE,
                      (_candidate("certificate", 0.95),))
    amount = Described("how much is the travel reimbursement?", Fact.PRICE,
                       (_candidate("certificate", 0.95),))
    assert decide(index, named, models=MODELS).veto is None
    assert decide(index, amount, models=MODELS).veto == "price_not_stated"


def test_a_price_word_among_the_phrasings_states_no_price() -> None:
    """"costs" as a keyword says what the entry is about; only its answer can state a
    price ("how much DSA do we get per day?" of an entry that never gives the rate)."""
    funding = FaqEntry(
        id="funding", question="Do the organisers pay for my travel?",
        keywords=("costs", "price", "DSA"),
        answer="They pay one ticket and the daily subsistence allowance (DSA), in US "
               "dollars at the finance desk.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, funding)))
    asked = Described("how much DSA do we get per day?", Fact.PRICE,
                      (_candidate("funding", 0.95),))
    assert decide(index, asked, models=MODELS).veto == "price_not_stated"


def test_a_theme_is_vetoed_on_what_its_sessions_say_as_well() -> None:
    # A theme answered for a side event is answered by the side event's card: what the
    # card says (organised by Member States, none named) stops the answer as the
    # card itself would.
    organised = "Organised by Member States with UN entities."
    kb = dataclasses.replace(KB, sessions=tuple(
        dataclasses.replace(s, description=organised) if s.theme == "theme-ftf" else s
        for s in KB.sessions))
    index = MatchIndex.build(kb)
    theme = Candidate("theme-ftf", "Foreign terrorist fighters", frozenset({"theme-ftf"}),
                      {"lexical": 0.95, "theme": 1.0})
    which = Described("which country is organising the FTF session?", Fact.NONE, (theme,))
    when = Described("when is the FTF session?", Fact.TIME, (theme,))
    assert decide(index, which, models=MODELS).veto == "organiser_not_named"
    assert decide(index, when, models=MODELS).veto is None


@pytest.mark.parametrize(
    "question",
    ["le wifi marche-t-il le samedi ?", "¿hay wifi el domingo?", "есть ли wifi в воскресенье?"],
)
def test_a_day_outside_the_conference_named_in_another_language_is_vetoed(
    index: MatchIndex, question: str
) -> None:
    described = Described(question, Fact.NONE, (_candidate("wifi", 0.95),))
    decision = decide(index, described, models=MODELS)
    assert decision.confident is None
    assert decision.veto == "other_time"


def test_another_edition_of_the_conference_is_vetoed(index: MatchIndex) -> None:
    described = Described("when is the second conference of agency heads", Fact.TIME,
                          (_candidate("wifi", 0.95),))
    assert decide(index, described, models=MODELS).veto == "other_edition"


def test_a_word_for_word_reading_of_another_language_is_not_read_for_another_edition(
    index: MatchIndex,
) -> None:
    # The reading of "第二场会议" (the second session) says "second conference".
    foreign = Candidate("session-2", "Session II", frozenset({"session-2"}),
                        {"lexical": 0.95, "foreign": 1.0})
    described = Described("second conference terrorism which question?", Fact.NONE, (foreign,))
    assert decide(index, described, models=MODELS).veto is None


def test_a_conference_day_named_in_another_language_is_no_reason_to_veto(
    index: MatchIndex,
) -> None:
    described = Described("le wifi marche-t-il jeudi ?", Fact.NONE, (_candidate("wifi", 0.95),))
    assert decide(index, described, models=MODELS).veto is None


def test_an_explicit_threshold_overrides_the_models_own(index: MatchIndex) -> None:
    described = Described("is there wifi", Fact.NONE, (_candidate("wifi", 0.95),))
    assert decide(index, described, models=MODELS, answer_confidence=0.99999).confident is None


def test_no_candidates_means_nothing_matches(index: MatchIndex) -> None:
    decision = decide(index, Described("zzz", Fact.NONE, ()), models=MODELS)
    assert decision.confident is None
    assert decision.candidates == ()


def test_the_semantic_models_serve_questions_matched_by_meaning(index: MatchIndex) -> None:
    words = describe(index, "is there wifi", Fact.NONE)
    assert models_for(words) is LEXICAL_FIRST
    meaning = describe(index, "is there wifi", Fact.NONE,
                       {i: Similarity(0.9, 0.8) for i in ("wifi", "webcast")})
    assert models_for(meaning) is SEMANTIC


def test_the_fitted_models_use_only_features_the_engine_computes() -> None:
    known = set(FEATURES) | {"relevance", "relevance_gap"}
    for weights in (LEXICAL_RANKER, SEMANTIC_RANKER, SEMANTIC_ANSWER):
        assert set(weights) <= known
    assert not any("semantic" in name for name in LEXICAL_RANKER)
    for models in (LEXICAL, LEXICAL_FIRST, SEMANTIC):
        assert 0.0 < models.suggest_at <= models.answer_at < 1.0
