"""The moderators' review: grouping a full queue, and editing the FAQ file. Prints
figures; asserts nothing.

    .venv/bin/python benchmarks/review.py              # 1,000 questions over the bundled FAQ
    .venv/bin/python benchmarks/review.py --questions 3000

The queue is grouped twice: English only, and with one question in five in another UN
language (from the project's multilingual table), which is read in English as well.

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

import yaml

from bot.core.grouping import QuestionKeys, group_similar
from bot.faqfile.editor import add_alternate
from bot.wiring import load_faq

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "faq" / "conference.yaml"
TABLE = ROOT / "tests" / "languages"
WORDS = ("where is the when what lunch badge wifi room hall session open close time bus "
         "taxi hotel visa pass coffee dinner speaker cloakroom prayer press printer charge "
         "laptop parking shuttle").split()


def questions(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(rng.randint(3, 8))]
        if n % 3 == 0 and out:  # a third are another wording of an earlier one
            words = rng.choice(out).upper().split()
            words[rng.randrange(len(words))] += rng.choice(("?", "!", "s"))
        out.append(" ".join(words))
    return out


def with_other_languages(texts: list[str], seed: int = 11) -> list[str]:
    """``texts`` with one in five replaced by a question of the multilingual table."""
    asked: list[str] = []
    for name in ("tuning.yaml", "heldout.yaml"):
        with (TABLE / name).open(encoding="utf-8") as fh:
            asked += [item["q"] for item in yaml.safe_load(fh)]
    rng = random.Random(seed)
    return [rng.choice(asked) + rng.choice(("", "?", " ?", "!!")) if n % 5 == 4 else text
            for n, text in enumerate(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    index = load_faq(BUNDLED).index
    english = questions(args.questions)
    for name, texts in (("English", english),
                        ("one in five in another language", with_other_languages(english))):
        times = []
        for _ in range(args.repeat):
            keys = QuestionKeys(index)  # a fresh cache each time: the worst case
            start = time.perf_counter()
            groups = group_similar(texts, text=lambda t: t, count=lambda t: 1, keys=keys)
            times.append(time.perf_counter() - start)
        print(f"grouping {len(texts)} questions ({name}) into {len(groups)} groups: median "
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
