"""Answer latency and start-up time of the engine. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/engine.py            # bundled FAQ and a synthetic 5,000-entry FAQ
    .venv/bin/python benchmarks/engine.py --entries 20000

Targets: under 1 ms median per question on the bundled FAQ with words alone, under 20
ms at 5,000 entries, and start-up (load, validate, index) under 0.5 s for the bundled
FAQ; with the semantic extra, under 40 ms median per question and a start of
``conference-bot ask`` under 1 s once the embeddings are cached. Machines here are
shared and noisy: read the figures, rerun when in doubt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot import embeddings
from bot.core import text
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import Conference, FaqEntry, KnowledgeBase
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parent.parent / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 15, 30, tzinfo=dt.UTC)

QUESTIONS = [
    "where do i pick up my badge", "wifi pwd?", "is there a gym near the UN",
    "what's on now?", "what's next in the GA hall", "can i bring my suitcase",
    "who speaks at the opening", "is the closing webcast", "registraton deadline",
    "how much is a taxi from JFK", "my minister wants to follow from the capital, any link?",
    "is there a session on foreign terrorist fighters", "halal food?", "languages?",
    "hey so my colleague had to cancel last minute, can someone else come instead",
    "tell me a joke", "where is the prayer room", "dress code", "lost my badge help",
    "friday afternoon?",
]

WORDS = (
    "badge security wifi lunch coffee taxi hotel visa interpretation webcast press media "
    "photo session plenary panel youth victims financing internet border prevention "
    "cooperation capacity strategy resolution mission delegation registration parking "
    "accessibility wheelchair prayer medical cloakroom luggage document statement speaker "
    "certificate reception dinner breakfast metro airport entrance schedule room hall "
    "chamber desk phone email contact network password laptop charger printer"
).split()


def synthetic_kb(entries: int, seed: int = 7) -> KnowledgeBase:
    rng = random.Random(seed)
    faq = []
    for n in range(entries):
        topic = rng.sample(WORDS, 4)
        faq.append(FaqEntry(
            id=f"entry-{n}",
            question=f"How does the {topic[0]} {topic[1]} work for {topic[2]}?",
            alternates=(f"{topic[1]} {topic[3]} question {n}", f"where is {topic[0]} {n}"),
            keywords=(topic[0], topic[3], f"code{n}"),
            answer=" ".join(rng.choice(WORDS) for _ in range(60)),
        ))
    conference = Conference(name="Synthetic", timezone="America/New_York",
                            dates=(dt.date(2018, 6, 28), dt.date(2018, 6, 29)))
    return KnowledgeBase(conference=conference, faq=tuple(faq))


def forget_words() -> None:
    """Empty the text caches, so "first sight" and build times are honest."""
    for cached in (text.words, text.tokenize, text.stem):
        cached.cache_clear()


def measure(index: MatchIndex, rounds: int) -> tuple[float, float]:
    samples = []
    for _ in range(rounds):
        for question in QUESTIONS:
            if isinstance(index.semantic, embeddings.E5Search):
                index.semantic._queries.clear()  # every question embedded, as if new
            start = time.perf_counter()
            answer(index, question, NOW)
            samples.append((time.perf_counter() - start) * 1000.0)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def process_start(cache: Path, semantic: str) -> float:
    """Wall time of ``conference-bot ask`` for one question, in a fresh process."""
    env = {**os.environ, "SEMANTIC_SEARCH": semantic, "EMBEDDING_CACHE": str(cache)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "bot", "ask", "is there wifi?"], env=env,
                   capture_output=True, check=True)
    return time.perf_counter() - start


def semantic_figures(rounds: int) -> None:
    if not embeddings.available():
        print("semantic extra not installed: pip install -e '.[semantic]'")
        return
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        start = time.perf_counter()
        faq = load_faq(BUNDLED, embeddings.searcher(cache))
        cold = time.perf_counter() - start
        start = time.perf_counter()
        load_faq(BUNDLED, embeddings.searcher(cache))
        warm = time.perf_counter() - start
        median, p95 = measure(faq.index, rounds)
        words = min(process_start(cache, "off") for _ in range(3))
        meaning = min(process_start(cache, "auto") for _ in range(3))
    print("bundled FAQ with the semantic extra")
    print(f"  first start (embeds every text):  {cold * 1000:8.1f} ms")
    print(f"  start-up, embeddings cached:      {warm * 1000:8.1f} ms")
    print(f"  per question: median {median:6.3f} ms, p95 {p95:6.3f} ms   (target median < 40 ms)")
    print(f"  `conference-bot ask` process, cached: {meaning:6.2f} s with meaning, "
          f"{words:6.2f} s words only   (target < 1 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-semantic", action="store_true", help="skip the semantic figures")
    args = parser.parse_args()
    print(f"{dt.date.today()}  engine benchmark")

    forget_words()
    start = time.perf_counter()
    faq = load_faq(BUNDLED)
    startup = time.perf_counter() - start
    kb = faq.index.kb
    forget_words()
    start = time.perf_counter()
    fresh = MatchIndex.build(kb)
    build = time.perf_counter() - start
    forget_words()
    cold_median, cold_p95 = measure(fresh, 1)  # every word seen for the first time
    median, p95 = measure(faq.index, args.rounds)
    print(f"bundled FAQ ({len(kb.faq)} faq, {len(kb.sessions)} sessions, "
          f"{len(kb.themes)} themes)")
    print(f"  start-up (read, validate, index): {startup * 1000:8.1f} ms   (target < 500 ms)")
    print(f"  index build alone:                {build * 1000:8.1f} ms")
    print(f"  per question: median {median:6.3f} ms, p95 {p95:6.3f} ms   (target median < 1 ms)")
    print(f"  first sight of each word: median {cold_median:6.3f} ms, p95 {cold_p95:6.3f} ms")

    if not args.no_semantic:
        semantic_figures(max(1, args.rounds // 4))

    synthetic = synthetic_kb(args.entries)
    forget_words()
    start = time.perf_counter()
    index = MatchIndex.build(synthetic)
    build = time.perf_counter() - start
    forget_words()
    cold_median, cold_p95 = measure(index, 1)
    median, p95 = measure(index, max(1, args.rounds // 4))
    print(f"synthetic FAQ ({args.entries} entries)")
    print(f"  index build:                      {build * 1000:8.1f} ms")
    print(f"  per question: median {median:6.3f} ms, p95 {p95:6.3f} ms   (target median < 20 ms)")
    print(f"  first sight of each word: median {cold_median:6.3f} ms, p95 {cold_p95:6.3f} ms")


if __name__ == "__main__":
    main()
