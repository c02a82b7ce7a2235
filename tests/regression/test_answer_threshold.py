"""The threshold sweep behind ``policy.LEXICAL_ALONE``: its shortcut and its choice."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from benchmarks import answer_threshold
from benchmarks._scoring import Verdict, asked_at, judge, load_questions
from bot.core import answering, policy
from bot.core.answering import answer
from bot.core.facts import Fact
from bot.core.features import Candidate, Described
from bot.wiring import load_faq

ROOT = Path(__file__).resolve().parents[2]
SWEPT = (0.8, 0.75, 0.72, 0.7, 0.66, 0.6)


def _asked() -> list[answer_threshold.Question]:
    index = load_faq(ROOT / "faq" / "conference.yaml").index
    items = load_questions([ROOT / "tests" / "regression" / "tuning_extra.yaml"])
    return [answer_threshold.Question(index, item) for item in items[:60]]


def _afresh(asked: list[answer_threshold.Question], threshold: float) -> tuple[int, int]:
    saved = policy.LEXICAL_ALONE
    policy.LEXICAL_ALONE = dataclasses.replace(saved, answer_at=threshold)
    try:
        verdicts = []
        for q in asked:
            answering.forget_judgements(q.index)  # judged at this threshold
            verdicts.append(judge(q.item, answer(q.index, q.item["q"], asked_at(q.item))))
    finally:
        policy.LEXICAL_ALONE = saved
    return (sum(v is Verdict.RIGHT for v in verdicts), sum(v.wrong for v in verdicts))


def test_the_sweep_re_asking_only_questions_near_the_threshold_counts_as_asking_afresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(answer_threshold, "THRESHOLDS", SWEPT)
    rows = answer_threshold.sweep(_asked(), "LEXICAL_ALONE")
    asked = _asked()
    assert rows == [(t, *_afresh(asked, t)) for t in SWEPT]
    # Not a flat line: the thresholds swept change answers on these questions.
    assert len({(right, wrong) for _, right, wrong in rows}) > 2


def test_sets_given_are_swept_alone_each_over_its_own_faq_file() -> None:
    fixtures, regression = ROOT / "tests" / "fixtures", ROOT / "tests" / "regression"
    given = [(ROOT / "faq" / "conference.yaml", regression / "heldout_v51.yaml"),
             (fixtures / "bonn_youth.yaml", regression / "other_bonn_youth.yaml")]
    asked = answer_threshold.questions(check=False, semantic=False, given=given)
    assert len(asked) == 150 + 200
    assert {q.index.kb.conference.name for q in asked[:150]} != {
        q.index.kb.conference.name for q in asked[150:]}
    assert [q.item["q"] for q in asked[150:152]] == [
        i["q"] for i in load_questions([given[1][1]])[:2]]


def test_the_sweep_leaves_the_policy_as_it_found_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer_threshold, "THRESHOLDS", (0.7, 0.6))
    before = policy.LEXICAL_ALONE
    answer_threshold.sweep(_asked()[:5], "LEXICAL_ALONE")
    assert policy.LEXICAL_ALONE is before


ROWS_WITH_A_PLATEAU = [(0.75, 1000, 20), (0.70, 1060, 38), (0.66, 1080, 44), (0.6, 1100, 60)]


@pytest.mark.parametrize(("rows", "current", "expected"), [
    # Off the plateau (0.70 and 0.66, within half a percent of the best): its highest.
    (ROWS_WITH_A_PLATEAU, 0.75, 0.70),
    # On the plateau, though not its best: the policy's threshold stands.
    (ROWS_WITH_A_PLATEAU, 0.66, 0.66),
    # A clear peak: the peak.
    ([(0.75, 1000, 20), (0.70, 1100, 25), (0.66, 1110, 40)], 0.75, 0.70),
    # Utility falling from the start: the highest threshold.
    ([(0.75, 1000, 20), (0.70, 1010, 40)], 0.70, 0.75),
])
def test_the_chosen_threshold_stays_on_the_best_plateau_with_the_fewest_wrong_answers(
    rows: list[tuple[float, int, int]], current: float, expected: float
) -> None:
    assert answer_threshold.chosen(rows, current) == expected


def test_the_words_alone_threshold_is_the_engine_without_the_extra() -> None:
    described = Described("q", Fact.NONE, (
        Candidate("wifi", "Wifi", frozenset({"wifi"}), {"lexical": 1.0}),))
    assert policy.models_for(described, words_alone=True) is policy.LEXICAL_ALONE
    assert policy.models_for(described) is policy.LEXICAL_FIRST
    meant = Described("q", Fact.NONE, (
        Candidate("wifi", "Wifi", frozenset({"wifi"}), {"semantic": 0.9}),))
    assert policy.models_for(meant, words_alone=True) is policy.SEMANTIC


@pytest.mark.parametrize("threshold", [0.55, 0.71, 0.9])
def test_the_files_own_entries_are_looked_up_whatever_the_words_alone_threshold(
    monkeypatch: pytest.MonkeyPatch, threshold: float
) -> None:
    # The medical and emergency entries an urgent reply points to are found by asking
    # the engine: a lookup of the file's own entries, which no answer threshold moves
    # (the other conference's "What do I do if I feel ill?" is 0.72 confident for the
    # probe "is there a doctor or first aid on site?": found only below that, before).
    index = load_faq(ROOT / "tests" / "fixtures" / "other_conference.yaml").index
    monkeypatch.setattr(policy, "LEXICAL_ALONE",
                        dataclasses.replace(policy.LEXICAL_ALONE, answer_at=threshold))
    assert (answering._medical_entry(index), answering._emergency_entry(index)) == (
        "medical-help", "emergency-contacts")


def test_with_the_extra_the_thresholds_are_the_sweeps_and_lookups_keep_the_fits() -> None:
    # answer_threshold.py --semantic (both models, pool and check sets, 2026-12-06) put
    # both at 0.73, off the fit's 0.75; the bot's lookups of its own entries keep the
    # fitted words' threshold, which no engine's sweep moves.
    from bot.core import fitted
    assert policy.LEXICAL_FIRST.answer_at == policy.SEMANTIC.answer_at == 0.73
    assert policy.LEXICAL.answer_at == fitted.LEXICAL_ANSWER_CONFIDENCE
    assert policy.SEMANTIC.answer == policy.Model(fitted.SEMANTIC_ANSWER_INTERCEPT,
                                                  fitted.SEMANTIC_ANSWER)
