"""Subprocess helper for the storage tests (not a test module).

Records questions into a log and prints ``<question id> <index>`` for each one
only after ``record`` returned, flushing at once, so the parent knows exactly
which rows were acknowledged. It prints ``ready`` once the log is open; with
``--wait-for-go`` it then waits for a line on stdin before writing.

usage: writer.py DB PREFIX COUNT [--user N] [--shared-every K] [--wait-for-go] [--big]
COUNT < 0 means "until killed".
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys

from bot.core.models import Origin, OriginKind
from bot.storage import UnansweredLog
from tests.storage.helpers import record_ask

SHARED = "shared question asked by every process"


def text_for(prefix: str, index: int, big: bool) -> str:
    padding = "Δ🙂x" * (index % 7 * 1500) if big else ""
    return f"{prefix} question {index} {padding}"


def _ack(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def main(args: argparse.Namespace) -> None:
    async with await UnansweredLog.open(args.db) as log:
        _ack("ready")
        if args.wait_for_go:  # the parent starts every writer at once
            await asyncio.to_thread(sys.stdin.readline)
        index = 0
        while args.count < 0 or index < args.count:
            origin = Origin(kind=OriginKind.DISCORD, user_id=args.user, channel_id=7,
                            message_id=index)
            now = dt.datetime.now(dt.UTC)
            text = text_for(args.prefix, index, args.big)
            question_id = await record_ask(
                log, text, origin, asked_at=now, best_id=None, best_score=None
            )
            _ack(f"{question_id} {index}")
            if args.shared_every and index % args.shared_every == 0:
                await record_ask(log, SHARED, origin, asked_at=now, best_id="faq-1",
                                 best_score=42.0)
            index += 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("prefix")
    parser.add_argument("count", type=int)
    parser.add_argument("--user", type=int, default=1)
    parser.add_argument("--shared-every", type=int, default=0)
    parser.add_argument("--wait-for-go", action="store_true")
    parser.add_argument("--big", action="store_true")
    asyncio.run(main(parser.parse_args()))
