"""Instructions the engine executes per question, counted by valgrind; prints, asserts nothing.

    .venv/bin/python benchmarks/instructions.py                  # this checkout
    .venv/bin/python benchmarks/instructions.py --root ../other  # another checkout of it

Why instructions: on the shared two-core machines here, the CPU time of identical runs
varies by 10-20%, so a change of a few percent in the engine's speed cannot be told from
wall or CPU times (``engine.py``). valgrind's callgrind tool counts the instructions a
process executes: the same count for the same code and inputs, whatever else the machine
is doing (to about 0.1%; ``PYTHONHASHSEED`` is fixed). It does not weigh cache misses, so
it tells which of two versions does less work, not by how many milliseconds.

Each workload runs twice under callgrind, in parallel: once loading the bundled FAQ only
(imports, reading, validating and indexing it, one first question), once loading it and
answering the questions; the difference is the answers' share, printed per question:

* ``tuning``: the project's 150 tuning questions over the bundled FAQ, each asked once
  at its own moment (a new attendee's question), then ``engine.py``'s twenty short
  questions three times each;
* ``project``: 800 questions of the project's own sets over the bundled FAQ
  (``quality.py``'s, from the 201st), each asked once: a day's traffic of mostly new
  questions in the words an event keeps using.

Under callgrind Python runs about fifty times slower: about two minutes for ``tuning``
and four for ``project`` on two cores. Needs valgrind (Debian's ``valgrind`` package).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKLOADS = ("tuning", "project")
PROJECT_FIRST, PROJECT_COUNT = 200, 800


def inner(root: Path, workload: str, answering: bool) -> None:
    """The measured process: load the bundled FAQ of ``root``, then answer the workload."""
    sys.path.insert(0, str(root))
    from benchmarks import engine, quality
    from benchmarks._scoring import asked_at, load_questions
    from bot.config import load_settings
    from bot.core.answering import answer
    from bot.wiring import load_faq, semantic_factory

    settings = load_settings({"semantic_search": "off"})
    index = load_faq(engine.BUNDLED, semantic_factory(settings)).index
    answer(index, "hello", engine.NOW)
    if not answering:
        return
    if workload == "tuning":
        asked = [*engine.fresh_questions(), *((q, engine.NOW) for q in engine.QUESTIONS * 3)]
    else:
        paths = [p for ps in dict(quality.PROJECT_SETS).values() for p in ps]
        items = load_questions(paths)[PROJECT_FIRST:PROJECT_FIRST + PROJECT_COUNT]
        asked = [(str(item["q"]), asked_at(item)) for item in items]
    for question, moment in asked:
        answer(index, question, moment)
    print(f"questions={len(asked)}")  # read by ``counted``: the workload's own count


def counted(root: Path, workload: str, answering: bool) -> tuple[int, int]:
    """Instructions of one run of ``inner`` under callgrind, and the questions it asked."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                   sys.executable, __file__, "--inner", workload, "--root", str(root)]
        if answering:
            command.append("--answer")
        env = {**os.environ, "PYTHONHASHSEED": "0", "SEMANTIC_SEARCH": "off"}
        run = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or found is None:
        raise SystemExit(f"callgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
    asked = re.search(r"questions=(\d+)", run.stdout)
    if answering and asked is None:
        raise SystemExit(f"the answering run printed no count of questions:\n{run.stdout[-500:]}")
    return int(found.group(1)), int(asked.group(1)) if asked else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--workloads", nargs="+", choices=WORKLOADS, default=list(WORKLOADS))
    parser.add_argument("--inner", choices=WORKLOADS, help=argparse.SUPPRESS)
    parser.add_argument("--answer", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = args.root.resolve()
    if args.inner:
        inner(root, args.inner, args.answer)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    # Compiled first, so that neither run counts compiling the sources (with
    # PYTHONDONTWRITEBYTECODE set, as here, every start would compile them again).
    subprocess.run([sys.executable, "-m", "compileall", "-q", "bot", "benchmarks"],
                   cwd=root, capture_output=True, check=False)
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True, check=False).stdout.strip()
    print(f"{dt.date.today()}  instructions (callgrind), bundled FAQ, words only, "
          f"{root} at {head or 'unknown'}")
    for workload in args.workloads:
        with ThreadPoolExecutor(max_workers=2) as pool:
            loading = pool.submit(counted, root, workload, False)
            whole = pool.submit(counted, root, workload, True)
            (load, _), (total, n) = loading.result(), whole.result()
        answers = total - load
        print(f"  {workload:8s} load {load / 1e6:8,.0f}M   answers {answers / 1e6:8,.0f}M "
              f"({n} questions, {answers / n / 1e6:5.2f}M each)")


if __name__ == "__main__":
    main()
