"""Sweep an engine's answer threshold over question sets written apart from the fit.

    .venv/bin/python benchmarks/answer_threshold.py                # words only, the pool
    .venv/bin/python benchmarks/answer_threshold.py --check        # the check sets instead
    .venv/bin/python benchmarks/answer_threshold.py --semantic     # with the extra (slower)
    .venv/bin/python benchmarks/answer_threshold.py --semantic --model meaning
    .venv/bin/python benchmarks/answer_threshold.py --set FAQ.yaml=QUESTIONS.yaml ...

The words' model has a threshold of its own where the words decide alone
(``policy.LEXICAL_ALONE``, the engine without the extra). With the extra, the words'
model (``LEXICAL_FIRST``) decides first (a confident answer of the words stands) and the
meaning's (``SEMANTIC``) decides what the words leave: ``--model`` says whose threshold
is swept; the other keeps its policy value.

Why: ``fit_decision.py`` puts each answer threshold where a calibrated confidence makes
an answer worth it (p > WRONG_ANSWER_COST x (1 - p)), calibrated on the tuning
questions. Those were written to probe the engine and are dense in near misses; on
questions other people wrote blind, a model calibrated on them may be too sure or too
shy. This script asks the whole pipeline (``answering.answer``) every question of a set
of questions at each threshold and prints right answers, wrong answers and their
utility, right - WRONG_ANSWER_COST x wrong: the same rule, on other writers' questions.
``policy.py`` quotes its choice.

The pool (the default) is every set not kept for checking: the tuning sets, the
blind-written sets v3 to v40, v53, v57, v59 and time1 to time14 (read for the engine's
faults over many sessions), the other languages, and the invented Geneva, Vienna, Bangkok,
Tunis, Lome, Amman, Almaty, Rabat, Kampala, Jakarta and Muscat files with
``other_conference``. The check sets (``--check``) are never read for the choice: the
held-out third, the blind sets v41 to v52, v54 to v56, v58 and v60 to v66, and the
nineteen invented files the engine was never fitted to (New York, Addis Ababa, Panama,
Dakar, Doha, Nairobi, Bonn, Tashkent, Manila, Abuja, Bogota, Lisbon, Kuala Lumpur,
Windhoek, Riga, Lima, Tbilisi, Montevideo, Cape Town).

``--set`` sweeps only the sets given, each over its own FAQ file: fresh blind sets,
written after a choice, check it without the rest (the sets a session writes first, or
any set over another FAQ, the shared eval FAQ's included, which the project never holds).

Choice: the utility is flat over a range of thresholds (a plateau within PLATEAU of the
best, about what one writer's set moves it). The policy's threshold stands where it is
on the plateau: a step along it is noise. Off it, the plateau's highest threshold, which
gives the fewest wrong answers for the same utility.

Speed: only ``decide``'s comparison of the answer model's confidence with the threshold
reads it, so a question whose confidences all lie outside [next, this) is answered the
same at the next threshold down: each step re-asks only the others.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._scoring import Item, Verdict, asked_at, judge, load_questions  # noqa: E402
from benchmarks.quality import (  # noqa: E402
    BUNDLED,
    CHECK_FAQS,
    CHECK_SETS,
    OTHER_FAQS,
    PROJECT_SETS,
)
from bot import embeddings  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.core import decision, policy  # noqa: E402
from bot.core.answering import answer, forget_judgements  # noqa: E402
from bot.core.matching import MatchIndex  # noqa: E402
from bot.core.policy import Model  # noqa: E402
from bot.wiring import load_faq, semantic_factory  # noqa: E402

# Thresholds swept, highest first.
THRESHOLDS = tuple(round(0.85 - 0.01 * n, 2) for n in range(31))
# Utilities within this share of the best are one plateau.
PLATEAU = 0.005


@dataclass
class Question:
    index: MatchIndex
    item: Item
    verdict: Verdict | None = None
    confidences: list[float] = field(default_factory=list)


def questions(check: bool, semantic: bool,
              given: list[tuple[Path, Path]] | None = None) -> list[Question]:
    """The questions swept: the pool, the check sets, or only the (FAQ, set) pairs
    ``given``."""
    settings = load_settings({"semantic_search": None if semantic else "off"})
    factory = semantic_factory(settings)
    faqs: list[tuple[Path, tuple[Path, ...]]]
    if given:
        # Each FAQ file indexed once, however many of the sets given are over it.
        by_faq: dict[Path, tuple[Path, ...]] = {}
        for faq, path in given:
            by_faq[faq] = (*by_faq.get(faq, ()), path)
        faqs = list(by_faq.items())
    else:
        faqs = [(BUNDLED, tuple(
            path for name, paths in PROJECT_SETS.items() if (name in CHECK_SETS) == check
            for path in paths))]
        faqs += [(faq, (path,)) for name, (faq, path) in OTHER_FAQS.items()
                 if (name in CHECK_FAQS) == check]
    out = []
    for faq_path, paths in faqs:
        index = load_faq(faq_path, factory).index
        if semantic and index.semantic is None:
            raise SystemExit("--semantic needs the semantic extra: pip install -e '.[semantic]'")
        out += [Question(index, item) for item in load_questions(paths)]
    return out


def sweep(asked: list[Question], name: str) -> list[tuple[float, int, int]]:
    """(threshold, right answers, wrong answers) at each threshold, highest first, of
    the models ``policy.<name>``."""
    swept: policy.Models = getattr(policy, name)
    logged: list[float] = []
    plain_logistic = decision.logistic

    def logging_logistic(model: Model, features: Mapping[str, float]) -> float:
        value = plain_logistic(model, features)
        if model is swept.answer:
            logged.append(value)
        return value

    decision.logistic = logging_logistic
    rows = []
    try:
        above = 2.0
        for threshold in THRESHOLDS:
            setattr(policy, name, dataclasses.replace(swept, answer_at=threshold))
            for q in asked:
                if q.verdict is not None and not any(
                        threshold <= c < above for c in q.confidences):
                    continue
                logged.clear()
                forget_judgements(q.index)  # judged at this threshold, not the last one
                q.verdict = judge(q.item, answer(q.index, q.item["q"], asked_at(q.item)))
                q.confidences = list(logged)
            right = sum(q.verdict is Verdict.RIGHT for q in asked)
            wrong = sum(q.verdict is not None and q.verdict.wrong for q in asked)
            rows.append((threshold, right, wrong))
            above = threshold
    finally:
        decision.logistic = plain_logistic
        setattr(policy, name, swept)
    return rows


def chosen(rows: list[tuple[float, int, int]], current: float) -> float:
    """``current`` where it is on the plateau of the best utility, else the plateau's
    highest threshold."""
    utilities = [right - policy.WRONG_ANSWER_COST * wrong for _, right, wrong in rows]
    best = max(utilities)
    on_plateau = [t for (t, _, _), u in zip(rows, utilities, strict=True)
                  if u >= best - PLATEAU * abs(best)]
    return current if any(abs(t - current) < 1e-9 for t in on_plateau) else on_plateau[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--semantic", action="store_true",
                        help="sweep the threshold of the engine with the semantic extra")
    parser.add_argument("--check", action="store_true",
                        help="sweep over the check sets instead of the pool")
    parser.add_argument("--model", choices=("words", "meaning"), default="words",
                        help="whose threshold to sweep (meaning: needs --semantic)")
    parser.add_argument("--set", action="append", default=[], metavar="FAQ=QUESTIONS",
                        help="sweep only this question set, over this FAQ file (repeatable)")
    args = parser.parse_args()
    if args.model == "meaning" and not args.semantic:
        parser.error("--model meaning needs --semantic")
    given = []
    for pair in args.set:
        faq, sep, path = pair.partition("=")
        if not sep or not Path(faq).is_file() or not Path(path).is_file():
            parser.error(f"--set {pair}: expected FAQ=QUESTIONS, two files that exist")
        given.append((Path(faq), Path(path)))
    if given and args.check:
        parser.error("--set and --check choose the questions each: give one of them")
    name = ("SEMANTIC" if args.model == "meaning" else "LEXICAL_FIRST" if args.semantic
            else "LEXICAL_ALONE")
    # Every question's vector stays cached: each step re-asks some of them.
    embeddings.QUERY_CACHE_SIZE = 1 << 20
    asked = questions(args.check, args.semantic, given)
    engine = "with the semantic extra" if args.semantic else "words only"
    current = getattr(policy, name).answer_at
    which = "the sets given" if given else "check sets" if args.check else "pool"
    print(f"{dt.date.today()}  {engine}, the threshold of policy.{name}, "
          f"{which}: {len(asked)} questions; "
          f"utility = right - {policy.WRONG_ANSWER_COST:g} x wrong")
    rows = sweep(asked, name)
    pick = chosen(rows, current)
    for threshold, right, wrong in rows:
        utility = right - policy.WRONG_ANSWER_COST * wrong
        marks = (["policy now"] if abs(threshold - current) < 1e-9 else []) + (
            ["chosen"] if threshold == pick else [])
        print(f"  {threshold:.2f}  right {right:5d}  wrong {wrong:4d} "
              f"({100 * wrong / len(asked):.1f}%)  utility {utility:7.0f}  {', '.join(marks)}")
    print(f"chosen (the policy's where on the best plateau, within {100 * PLATEAU:g}%, "
          f"else its highest): {pick:.2f}")


if __name__ == "__main__":
    main()
