"""Stop the bot's real processes with real signals, many times; print lost/acknowledged.

    .venv/bin/python benchmarks/kill_test.py                 # 50 runs of each door x signal
    .venv/bin/python benchmarks/kill_test.py --runs 10 --doors chat --signals SIGKILL
    .venv/bin/python benchmarks/kill_test.py --questions 200 --seed 3

For each door (``run`` through the fake Discord, ``chat`` through a pipe) and each
signal (SIGKILL, SIGTERM): ``--runs`` runs of ``--questions`` questions the bot cannot
answer, the signal sent the moment the last acknowledgement is seen (every fifth run)
or the n-th one, n drawn at random (seeded) over the whole stream. After each run the
database is opened as a restart opens it and compared with what was acknowledged
(``tests/process/stops.py`` does the work; tests/process/test_stops.py is the same in
small). Printed per door and signal: acknowledged questions lost over all runs, asks
counted twice, unexpected exit statuses. Nothing about timing. Exit status 1 when
anything was lost or doubled, or a SIGTERM did not exit 0.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

# tests/ holds the fake Discord and the drivers, and is not part of the installed package.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.process.stops import DOORS, Stop, unanswerable  # noqa: E402

SIGNALS = {"SIGKILL": signal.SIGKILL, "SIGTERM": signal.SIGTERM}
LAST_REPLY_EVERY = 5  # every fifth run stops at the last reply


@dataclass
class Tally:
    runs: int = 0
    acknowledged: int = 0
    lost: int = 0
    doubled: int = 0
    stored: int = 0
    bad_exits: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # runs that could not be completed
    seconds: float = 0.0

    def add(self, stop: Stop) -> None:
        self.runs += 1
        self.acknowledged += len(stop.acknowledged)
        self.lost += len(stop.lost)
        self.doubled += len(stop.counted_twice) + (stop.counted != stop.asks)
        self.stored += len(stop.stored)
        expected = 0 if stop.signal is signal.SIGTERM else -signal.SIGKILL
        if stop.returncode != expected:
            self.bad_exits.append(f"{stop.describe()}: {stop.stderr.strip()[-300:]}")


async def one_kind(door: str, sig: signal.Signals, questions: list[str], runs: int,
                   rng: random.Random) -> Tally:
    tally = Tally()
    started = time.perf_counter()
    for n in range(runs):
        stop_at = len(questions) if n % LAST_REPLY_EVERY == 0 else rng.randint(1, len(questions))
        with tempfile.TemporaryDirectory(prefix=f"kill-{door}-") as tmp:
            try:
                stop = await DOORS[door](Path(tmp), questions, sig, stop_at)
            except (AssertionError, TimeoutError, OSError) as exc:
                tally.failures.append(f"run {n} (stop at {stop_at}): {exc}")
                continue
        tally.add(stop)
        if stop.lost or stop.counted_twice:
            print(f"   {stop.describe()}; lost e.g. {stop.lost[:2]}", flush=True)
    tally.seconds = time.perf_counter() - started
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--doors", nargs="+", choices=sorted(DOORS), default=["run", "chat"])
    parser.add_argument("--signals", nargs="+", choices=sorted(SIGNALS),
                        default=["SIGKILL", "SIGTERM"])
    parser.add_argument("--seed", type=int, default=50)
    args = parser.parse_args()
    # The restarts replay journals and say so; the table below is the report.
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")

    questions = unanswerable(args.questions, args.seed)
    print(f"{args.runs} runs per door and signal, {args.questions} unanswerable questions each; "
          f"stopped at the last acknowledgement every {LAST_REPLY_EVERY}th run, else at a "
          f"random one (seed {args.seed})")
    print(f"{'door':5} {'signal':8} {'runs':>4} {'lost/acknowledged':>20} {'doubled':>8} "
          f"{'bad exits':>9} {'failed':>6} {'time':>7}")
    broken = False
    for door in args.doors:
        for name in args.signals:
            rng = random.Random(f"{args.seed} {door} {name}")
            tally = asyncio.run(one_kind(door, SIGNALS[name], questions, args.runs, rng))
            print(f"{door:5} {name:8} {tally.runs:4d} "
                  f"{f'{tally.lost}/{tally.acknowledged}':>20} {tally.doubled:8d} "
                  f"{len(tally.bad_exits):9d} {len(tally.failures):6d} "
                  f"{tally.seconds:6.1f}s", flush=True)
            for problem in (tally.bad_exits + tally.failures)[:3]:
                print(f"   {problem}")
            broken |= bool(tally.lost or tally.doubled or tally.bad_exits or tally.failures)
    sys.exit(1 if broken else 0)


if __name__ == "__main__":
    main()
