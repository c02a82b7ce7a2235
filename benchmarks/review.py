"""The moderators' review: grouping a full queue, and editing the FAQ file. Prints
figures; asserts nothing.

    .venv/bin/python benchmarks/review.py              # 1,000 questions over the bundled FAQ
    .venv/bin/python benchmarks/review.py --questions 3000

Grouping runs when a moderator lists the queue, on the bot's event loop: it should
stay well under a second for the 1,000 most asked questions (the most a listing
reads). An edit of the FAQ file (parse with positions, splice, validate, atomic write)
happens once per teaching resolve. Machines here are shared and noisy: read the
figures, rerun when in doubt.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bot.core.grouping import QuestionKeys, group_similar
from bot.faqfile.editor import add_alternate
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parent.parent / "faq" / "conference.yaml"
WORDS = ("where is the when what lunch badge wifi room hall session open close time bus "
         "taxi hotel visa pass coffee dinner speaker cloakroom prayer press printer charge "
         "laptop parking shuttle").split()


def questions(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 8))]
        if n % 3 == 0 and out:  # a third are another wording of an earlier one
            words = rng.choice(out).upper().split()
            words[rng.randrange(len(words))] += rng.choice(("?", "!", "s"))
        out.append(" ".join(words))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    index = load_faq(BUNDLED).index
    texts = questions(args.questions)
    times = []
    for _ in range(args.repeat):
        keys = QuestionKeys(index)  # a fresh cache each time: the worst case
        start = time.perf_counter()
        groups = group_similar(texts, text=lambda t: t, count=lambda t: 1, keys=keys)
        times.append(time.perf_counter() - start)
    print(f"grouping {len(texts)} questions into {len(groups)} groups: median "
          f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    edits = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "faq.yaml"
        shutil.copyfile(BUNDLED, path)
        for n in range(args.repeat):
            start = time.perf_counter()
            add_alternate(path, "wifi", f"wifi code number {n} please")
            edits.append(time.perf_counter() - start)
    print(f"adding an alternate to the bundled FAQ file: median "
          f"{statistics.median(edits) * 1000:.0f} ms, max {max(edits) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
