"""Fit the decision models and their thresholds on the project's tuning questions.

    .venv/bin/python benchmarks/fit_decision.py            # fit, print, write bot/core/fitted.py
    .venv/bin/python benchmarks/fit_decision.py --dry-run  # fit and print only

Data: the tuning sets over the bundled FAQ (``tests/regression/questions.yaml``,
``tuning_more.yaml``, ``tuning_extra.yaml``, and ``languages.yaml`` in the other five UN
languages) and over a second, invented FAQ file (``tests/fixtures/other_conference.yaml``,
questions in ``other_conference.yaml`` and ``other_languages.yaml``), committed with the
project. ``heldout*.yaml`` are never read here:
its figures (``benchmarks/quality.py``) are the honest check of what this fit learnt.
Questions the programme logic answers ("what's on now?") never reach the models and
are left out.

Method (``bot.core.decision``):

1. Ranker: every candidate the retrievers bring for a question is one row of
   features labelled 1 when its id is an expected answer, else 0 (every candidate of
   a question the bot must refuse is a 0).
2. Answer model: one row per question, the best candidate's features plus its
   relevance and lead, labelled 1 when that candidate is right. Its relevances come
   from rankers fitted without the question's own fold (stacking), so the answer
   model learns from relevances as unseen questions will get them.

Both are logistic regressions with an L2 penalty (strength chosen by 5-fold
cross-validation over questions), fitted on standardised features by Newton's
method and written back in the features' own units. Each is fitted twice: on word
features alone, and with the semantic features (needs the semantic extra).

The answer threshold is where a calibrated confidence p makes an answer worth it:
p > WRONG_ANSWER_COST x (1 - p). Where the words decide alone (no semantic extra),
``policy.LEXICAL_ALONE`` overrides the words' threshold with one chosen by the same rule
on other writers' questions (``answer_threshold.py``). The suggestion threshold maximises
questions whose right id is among the suggestions minus SUGGESTION_NOISE_COST x
must-refuse questions shown a did-you-mean at all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_settings  # noqa: E402
from bot.core import schedule  # noqa: E402
from bot.core.answering import _described  # noqa: E402
from bot.core.decision import ANSWER_FEATURES, answer_features, decide, ranked  # noqa: E402
from bot.core.features import FEATURES, Described  # noqa: E402
from bot.core.matching import MatchIndex  # noqa: E402
from bot.core.policy import Model, Models  # noqa: E402
from bot.core.text import is_english  # noqa: E402
from bot.wiring import load_faq, semantic_factory  # noqa: E402

BUNDLED = ROOT / "faq" / "conference.yaml"
REGRESSION = ROOT / "tests" / "regression"
OTHER_FAQ = ROOT / "tests" / "fixtures" / "other_conference.yaml"
# (FAQ file, its tuning question sets): two FAQ files, so that what is learnt is about
# questions and answers in general, not about one file.
TUNING = (
    (BUNDLED, (
        REGRESSION / "questions.yaml",
        REGRESSION / "tuning_more.yaml",
        REGRESSION / "tuning_extra.yaml",
        REGRESSION / "languages.yaml",
    )),
    (OTHER_FAQ, (REGRESSION / "other_conference.yaml", REGRESSION / "other_languages.yaml")),
)
OUTPUT = ROOT / "bot" / "core" / "fitted.py"
DEFAULT_NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)

WRONG_ANSWER_COST = 3.0
SUGGESTION_NOISE_COST = 0.25
# A did-you-mean needs at least this relevance, whatever the sweep finds: below it the
# suggestions are noise ("where do I park my bike?" -> the coffee bar).
MIN_SUGGEST_RELEVANCE = 0.05
PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
FOLDS = 5
SEMANTIC_FEATURES = tuple(f for f in FEATURES if "semantic" in f)
LEXICAL_FEATURES = tuple(f for f in FEATURES if f not in SEMANTIC_FEATURES)
ANSWER_EXTRA = tuple(ANSWER_FEATURES)


@dataclass
class Example:
    question: str
    expect: list[str] | None
    described: Described

    def right(self, item_id: str) -> bool:
        return bool(self.expect) and item_id in (self.expect or ())


def examples(index: MatchIndex, paths: tuple[Path, ...]) -> list[Example]:
    out = []
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            now = item.get("now")
            moment = dt.datetime.fromisoformat(str(now)) if now else DEFAULT_NOW
            if schedule.understand(index.kb, item["q"], moment) is not None:
                continue  # answered by the programme logic, not the models
            meaning = index.semantic.similarities(item["q"]) if index.semantic else None
            described = _described(index, item["q"], meaning)
            if described.candidates:
                out.append(Example(item["q"], item["expect"], described))
    return out


class Fitted:
    """A logistic regression over named features, kept standardised while fitting."""

    def __init__(self, names: tuple[str, ...], rows: Any, labels: Any, groups: Any) -> None:
        keep = rows.std(axis=0) > 1e-9
        self.names = tuple(n for n, k in zip(names, keep, strict=True) if k)
        rows = rows[:, keep]
        self.mean, self.scale = rows.mean(axis=0), rows.std(axis=0)
        self.x = self.design(rows)
        self.y, self.groups = labels, groups
        rng = np.random.default_rng(7)
        fold_of = rng.integers(0, FOLDS, size=groups.max() + 1)
        self.folds = fold_of[groups]
        self.penalty, self.losses = self.choose_penalty()
        self.w = fit(self.x, self.y, self.penalty)

    def design(self, rows: Any) -> Any:
        return np.hstack([np.ones((len(rows), 1)), (rows - self.mean) / self.scale])

    def choose_penalty(self) -> tuple[float, dict[float, float]]:
        losses = {}
        for penalty in PENALTIES:
            total = 0.0
            for k in range(FOLDS):
                train, test = self.folds != k, self.folds == k
                w = fit(self.x[train], self.y[train], penalty)
                total += log_loss(self.x[test], self.y[test], w) * test.sum()
            losses[penalty] = total / len(self.y)
        return min(losses, key=losses.__getitem__), losses

    def model(self, w: Any | None = None) -> Model:
        w = self.w if w is None else w
        weights = {n: float(w[i + 1] / self.scale[i]) for i, n in enumerate(self.names)}
        intercept = float(
            w[0] - sum(w[i + 1] * self.mean[i] / self.scale[i] for i in range(len(self.names)))
        )
        return Model(intercept, weights)

    def fold_models(self) -> list[Model]:
        """One model per fold, fitted without that fold's questions."""
        return [self.model(fit(self.x[self.folds != k], self.y[self.folds != k], self.penalty))
                for k in range(FOLDS)]

    def report(self, what: str) -> None:
        print(f"  {what}: {len(self.y)} rows ({int(self.y.sum())} positive); penalty "
              f"{self.penalty} (cross-validated log loss "
              + ", ".join(f"{p}: {v:.4f}" for p, v in self.losses.items()) + ")")


def candidate_rows(data: list[Example], names: tuple[str, ...]) -> tuple[Any, Any, Any]:
    rows, labels, groups = [], [], []
    for n, ex in enumerate(data):
        for c in ex.described.candidates:
            rows.append([c.features.get(f, 0.0) for f in names])
            labels.append(1.0 if ex.right(c.item_id) else 0.0)
            groups.append(n)
    return np.array(rows), np.array(labels), np.array(groups)


def fit_models(data: list[Example], names: tuple[str, ...]) -> Models:
    rows, labels, groups = candidate_rows(data, names)
    ranker = Fitted(names, rows, labels, groups)
    ranker.report("ranker")
    fold_rankers = ranker.fold_models()
    fold_of_question = ranker.folds[np.searchsorted(groups, np.arange(len(data)))]
    answer_names = (*names, *ANSWER_EXTRA)
    answer_rows, answer_labels = [], []
    for n, ex in enumerate(data):
        own = Models(fold_rankers[fold_of_question[n]], Model(0.0, {}), 0.5, 0.5)
        candidates = ranked(ex.described, own)
        features = answer_features(candidates)
        answer_rows.append([features.get(f, 0.0) for f in answer_names])
        answer_labels.append(1.0 if ex.right(candidates[0].item_id) else 0.0)
    answer = Fitted(answer_names, np.array(answer_rows), np.array(answer_labels),
                    np.arange(len(data)))
    answer.report("answer model")
    return Models(ranker.model(), answer.model(), 0.5, 0.5)


def fit(x: Any, y: Any, penalty: float) -> Any:
    """L2-penalised logistic regression by Newton's method; column 0 is the intercept."""
    w = np.zeros(x.shape[1])
    ridge = penalty * np.eye(x.shape[1])
    ridge[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge @ w
        hessian = (x.T * (p * (1 - p))) @ x + ridge + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def log_loss(x: Any, y: Any, w: Any) -> float:
    p = np.clip(1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30))), 1e-9, 1 - 1e-9)
    return float(-(y * np.log(p) + (1 - y) * np.log(1 - p)).mean())


def thresholds(
    sets: list[tuple[MatchIndex, list[Example]]], models: Models
) -> tuple[float, float]:
    data = [ex for _, exs in sets for ex in exs]
    decisions = [decide(index, ex.described, answer_confidence=0.0, models=models)
                 for index, exs in sets for ex in exs]
    vetoed = [d.veto is not None for d in decisions]
    # The answer model is calibrated (cross-fitted, log loss chosen), so the threshold
    # is where an answer's expected gain (p) beats its expected cost
    # (WRONG_ANSWER_COST x (1 - p)); a sweep over the tuning questions lands near it
    # but jumps about with every change of the data.
    answer_at = WRONG_ANSWER_COST / (1.0 + WRONG_ANSWER_COST)
    best_utility, suggest_at = -1e9, 0.5
    for threshold in np.arange(MIN_SUGGEST_RELEVANCE, 0.8, 0.01):
        utility = 0.0
        for ex, d, v in zip(data, decisions, vetoed, strict=True):
            if not v and d.confidence >= answer_at:
                continue
            shown = [c for c in d.candidates if c.relevance >= threshold][:3]
            if not shown:
                continue
            if ex.expect is None:
                utility -= SUGGESTION_NOISE_COST
            elif any(ex.right(c.item_id) for c in shown):
                utility += 1.0
        if utility > best_utility:
            best_utility, suggest_at = utility, float(threshold)
    return round(answer_at, 2), round(suggest_at, 2)


def render(lexical: Models, semantic: Models) -> str:
    def weights(model: Model) -> str:
        return "".join(f"    {n!r}: {w:.4f},\n" for n, w in model.weights.items())

    parts = []
    for prefix, models in (("LEXICAL", lexical), ("SEMANTIC", semantic)):
        parts.append(f"{prefix}_ANSWER_CONFIDENCE = {models.answer_at}\n"
                     f"{prefix}_SUGGEST_RELEVANCE = {models.suggest_at}\n")
        for name, model in (("RANKER", models.ranker), ("ANSWER", models.answer)):
            parts.append(f"{prefix}_{name}_INTERCEPT = {model.intercept:.4f}\n"
                         f"{prefix}_{name}: dict[str, float] = {{\n{weights(model)}}}\n")
    body = "\n".join(parts)
    return f'''"""Coefficients of the decision models, written by benchmarks/fit_decision.py.

Do not edit: rerun the script. Fitted on the project's tuning questions (see that
script and policy.py).
"""

from __future__ import annotations

WRONG_ANSWER_COST = {WRONG_ANSWER_COST}

{body}'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args()
    factory = semantic_factory(load_settings({"semantic_search": "on"}))
    loaded = [(load_faq(faq, factory).index, paths) for faq, paths in TUNING]
    fitted = []
    for what, names, semantic in (("words only", LEXICAL_FEATURES, False),
                                  ("words and meaning", tuple(FEATURES), True)):
        print(f"{what}:")
        # Words alone cannot read the other languages: their questions would only teach
        # the words-only model that no evidence is evidence.
        data = [(index if semantic else index.with_semantic(None),
                 [ex for ex in examples(index if semantic else index.with_semantic(None), paths)
                  if semantic or is_english(ex.question)])
                for index, paths in loaded]
        models = fit_models([ex for _, exs in data for ex in exs], names)
        answer_at, suggest_at = thresholds(data, models)
        print(f"  answer at confidence {answer_at}, suggest from relevance {suggest_at}")
        fitted.append(replace(models, answer_at=answer_at, suggest_at=suggest_at))
    lexical, semantic_models = fitted
    text = render(lexical, semantic_models)
    print(text)
    if not args.dry_run:
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
