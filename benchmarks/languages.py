"""The six UN languages: answer quality, latency and language detection. Prints
figures, asserts nothing.

    .venv/bin/python benchmarks/languages.py                # words only, then semantic
    .venv/bin/python benchmarks/languages.py --no-semantic  # words only
    .venv/bin/python benchmarks/languages.py --semantic-only
    .venv/bin/python benchmarks/languages.py --misses       # ...and every miss

Per language, English included, for each engine (words only; with the semantic extra
when it is installed), on the project's multilingual table (``tests/languages/tuning.yaml``,
and ``heldout.yaml``, kept out of all tuning: its figures are the honest ones) over
the bundled FAQ as shipped (with its translations) and with every translation
removed (the bot then matches the English text alone and answers in English with a
note): correct decisions (right answers plus right refusals), wrong answers (an
answer with an id not expected, or any answer to a question that must not be
answered), how many answers are in the asker's language, and the time per question.
English is scored on the project's English held-out and tuning sets, the same way.
A summary table, one row per language, closes the report.

Detection: how often ``bot.core.language.detect`` names the right language for the
2-4 word questions of ``tests/languages/short_questions.yaml`` and for the table's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._scoring import (  # noqa: E402
    FIXED_NOW,
    Item,
    Verdict,
    judge,
    load_questions,
    miss_line,
    pct,
)
from bot.config import load_settings  # noqa: E402
from bot.core.answering import answer  # noqa: E402
from bot.core.language import detect, warm  # noqa: E402
from bot.core.models import LANGUAGES, Answer  # noqa: E402
from bot.errors import ConfigError  # noqa: E402
from bot.served import LoadedFaq  # noqa: E402
from bot.wiring import load_faq, semantic_factory  # noqa: E402

BUNDLED = ROOT / "faq" / "conference.yaml"
TABLE = ROOT / "tests" / "languages"
REGRESSION = ROOT / "tests" / "regression"
ENGLISH_SETS = {
    "tuning": ("questions.yaml", "tuning_more.yaml", "tuning_extra.yaml"),
    "held-out": ("heldout.yaml", "heldout_more.yaml"),
}


@dataclass
class Tally:
    total: int = 0
    right: int = 0
    refused_null: int = 0
    wrong: int = 0
    in_language: int = 0
    answered: int = 0
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, item: Item, result: Answer, seconds: float, cpu_seconds: float) -> None:
        self.total += 1
        self.seconds.append(seconds)
        self.cpu_seconds.append(cpu_seconds)
        if result.answered:
            self.answered += 1
            self.in_language += not result.untranslated
        verdict = judge(item, result)
        self.right += verdict is Verdict.RIGHT
        self.refused_null += verdict is Verdict.REFUSED_NULL
        self.wrong += verdict.wrong
        line = miss_line(item, result, verdict)
        if line is not None:
            self.misses.append(line)

    def line(self) -> str:
        ms = [s * 1000 for s in self.seconds]
        p95 = statistics.quantiles(ms, n=20)[-1] if len(ms) >= 2 else (ms[0] if ms else 0.0)
        return (
            f"n={self.total:4d}  correct {pct(self.right + self.refused_null, self.total)}  "
            f"wrong {pct(self.wrong, self.total)}  "
            f"answers in the asker's language {pct(self.in_language, self.answered)}  "
            f"latency mean {statistics.fmean(ms) if ms else 0:6.2f} ms  p95 {p95:6.2f} ms  "
            f"median CPU {statistics.median(self.cpu_seconds) * 1000 if ms else 0:6.2f} ms"
        )


def english_only(items: list[Item]) -> list[Item]:
    """The English questions of the English sets (they hold a few in other languages),
    the time-aware ones left out as the table has none."""
    return [i for i in items if not i.get("now") and detect(i["q"]) == "en"]


def score(faq: LoadedFaq, items: list[Item]) -> dict[str, Tally]:
    by_language: dict[str, Tally] = defaultdict(Tally)
    for warm_up in ("wifi?", "le wifi ?", "¿el wifi?", "вайфай?", "واي فاي؟", "无线网络？"):
        answer(faq.index, warm_up, FIXED_NOW)  # first-use loading (lingua, stemmers) not timed
    for item in items:
        started, cpu = time.perf_counter(), time.process_time()
        result = answer(faq.index, item["q"], FIXED_NOW)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        by_language[item.get("lang", "en")].add(item, result, elapsed, cpu)
    return by_language


def without_translations(path: Path, folder: Path) -> Path:
    """A copy of the FAQ file with every ``translations:`` removed."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "translations"}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    with path.open(encoding="utf-8") as fh:
        data = strip(yaml.safe_load(fh))
    out = folder / "conference-english-only.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def print_scores(title: str, scores: dict[str, Tally], misses: bool) -> None:
    print(f"\n{title}")
    for language in LANGUAGES:
        if language in scores:
            print(f"  {language}  {scores[language].line()}")
            if misses:
                for miss in scores[language].misses:
                    print(f"        {miss}")


def detection(misses: bool) -> None:
    with (TABLE / "short_questions.yaml").open(encoding="utf-8") as fh:
        short = yaml.safe_load(fh)
    table = load_questions([TABLE / "tuning.yaml", TABLE / "heldout.yaml"])
    started = time.perf_counter()
    warm()  # what the Discord bot does at start, in a thread
    warmed = time.perf_counter()
    detect("où est la salle de conférence ?")
    first = time.perf_counter()
    print(f"\nlanguage detector: warmed in {warmed - started:.2f} s, then the first French "
          f"question's detection {(first - warmed) * 1000:.1f} ms")
    print("\nlanguage detection (right / questions)")
    sets = {
        "2-4 words, tuning": short["tuning"],
        "2-4 words, held-out": short["held-out"],
        "the table's questions": {
            lang: [i["q"] for i in table if i["lang"] == lang] for lang in LANGUAGES
        },
    }
    for name, by_language in sets.items():
        cells, right, total, wrong_lines = [], 0, 0, []
        for language in LANGUAGES:
            questions = by_language.get(language) or []
            if not questions:
                continue
            found = [detect(q) for q in questions]
            good = sum(f == language for f in found)
            wrong_lines += [f"{language} -> {f}: {q}" for q, f in zip(questions, found, strict=True)
                            if f != language]
            cells.append(f"{language} {good}/{len(questions)}")
            right, total = right + good, total + len(questions)
        print(f"  {name:22s} {100 * right / total:5.1f}%  " + "  ".join(cells))
        if misses:
            for line in wrong_lines:
                print(f"        {line}")
    started = time.perf_counter()
    every = [q for qs in short["held-out"].values() for q in qs]
    for q in every:
        detect(q + " ")  # a text not seen yet: detect caches what it has seen
    per = (time.perf_counter() - started) / len(every) * 1000
    print(f"  time per detection (lingua loaded): {per:.3f} ms")


def summary(results: dict[str, dict[str, dict[str, Tally]]]) -> None:
    """One row per language: correct / wrong (median wall / CPU ms per question) for
    each engine and part, as the README's table shows them. On a shared machine the CPU
    time is the steady figure: wall time carries the waits for a core."""
    columns = [(engine, part) for engine in results for part in results[engine]]
    print("\nsummary: correct decisions / wrong answers (median wall / CPU ms per question)")
    print("| language | " + " | ".join(f"{part}, {engine}" for engine, part in columns) + " |")
    print("| --- |" + " --- |" * len(columns))
    for language in LANGUAGES:
        cells = []
        for engine, part in columns:
            tally = results[engine][part].get(language)
            if tally is None or not tally.total:
                cells.append("-")
                continue
            correct = 100 * (tally.right + tally.refused_null) / tally.total
            wrong = 100 * tally.wrong / tally.total
            median = statistics.median(tally.seconds) * 1000
            cpu = statistics.median(tally.cpu_seconds) * 1000
            cells.append(f"{correct:.1f}% / {wrong:.1f}% ({median:.1f} / {cpu:.1f} ms)")
        print(f"| {language} | " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    engine = parser.add_mutually_exclusive_group()
    engine.add_argument("--no-semantic", action="store_true",
                        help="words only, even when the semantic extra is installed")
    engine.add_argument("--semantic-only", action="store_true",
                        help="with the semantic extra only (it must be installed)")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()

    engines = [] if args.semantic_only else [("words only", "off")]
    if not args.no_semantic:
        engines.append(("with the semantic extra", "on"))
    print(f"{dt.date.today()}  FAQ {BUNDLED.name}")
    detection(args.misses)
    results: dict[str, dict[str, dict[str, Tally]]] = {}
    for name, switch in engines:
        try:
            semantic = semantic_factory(load_settings({"semantic_search": switch}))
        except ConfigError as error:
            print(f"\n{name}: skipped ({error})")
            continue
        started = time.perf_counter()
        faq = load_faq(BUNDLED, semantic)
        loaded = time.perf_counter() - started
        print(f"\n== {name} (FAQ loaded in {loaded:.2f} s) ==")
        with tempfile.TemporaryDirectory() as folder:
            plain = load_faq(without_translations(BUNDLED, Path(folder)), semantic)
        results[name] = {}
        for part, file in (("held-out", "heldout.yaml"), ("tuning", "tuning.yaml")):
            items = load_questions([TABLE / file])
            english = english_only(load_questions([REGRESSION / f for f in ENGLISH_SETS[part]]))
            shipped = score(faq, english) | score(faq, items)
            results[name][part] = shipped
            print_scores(f"{part}: bundled FAQ with its translations", shipped, args.misses)
            untranslated = score(plain, items)
            results[name][f"{part} untranslated"] = untranslated
            print_scores(f"{part}: the same FAQ without any translation", untranslated,
                         args.misses)
    summary(results)


if __name__ == "__main__":
    main()
