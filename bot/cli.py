"""The command line: chat | ask | check | unanswered | run. The only module that prints.

The sub-commands, their flags and the ``ask --json`` line format are a fixed
contract that other tools call; extend them only compatibly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from bot.config import Settings, load_settings
from bot.console import format_answer
from bot.core.answering import answer
from bot.core.models import Answer
from bot.errors import BotError, FaqFileError
from bot.faqfile import load_knowledge_base
from bot.wiring import LoadedFaq, load_faq

EXIT_OK = 0
EXIT_FAILURE = 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conference-bot",
        description="Conference concierge: answers attendees' questions from the FAQ file.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="show what the bot would answer (never logged)")
    ask.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--now", help="pretend the current time is this ISO 8601 moment")
    ask.add_argument("question", nargs="*", help="the question (default: one per line on stdin)")

    check = sub.add_parser("check", help="validate the FAQ file")
    check.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _reconfigure_streams()
    try:
        settings = load_settings({"faq_path": getattr(args, "faq", None)})
        if args.command == "ask":
            return _ask(settings, args)
        if args.command == "check":
            return _check(settings)
    except FaqFileError as exc:
        _err(str(exc))
        for problem in exc.problems:
            _err(str(problem))
        return EXIT_FAILURE
    except BotError as exc:
        _err(f"error: {exc}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    raise AssertionError(f"unhandled command {args.command}")  # argparse guarantees one


def _reconfigure_streams() -> None:
    # Attendees' text may hold anything, including lone surrogates from invalid
    # bytes: print it escaped rather than crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")


def _err(line: str) -> None:
    print(line, file=sys.stderr)


def _parse_now(value: str | None, faq: LoadedFaq) -> dt.datetime:
    if value is None:
        return dt.datetime.now(dt.UTC)
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BotError(
            f"--now must be an ISO 8601 date and time, e.g. 2018-06-28T10:15:00-04:00; "
            f"got {value!r}"
        ) from None
    if moment.tzinfo is None:  # a local time at the conference
        moment = moment.replace(tzinfo=ZoneInfo(faq.index.kb.conference.timezone))
    return moment


def read_lines(stream: IO[bytes]) -> Iterator[str]:
    """Questions one per line; only "\\n" ends a line, so every input line gets one answer.

    Invalid UTF-8 is kept losslessly (surrogate escapes) rather than rejected.
    """
    for raw in stream:
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        yield line.decode("utf-8", errors="surrogateescape")


def answer_json(result: Answer) -> dict[str, Any]:
    return {
        "question": result.question,
        "answered": result.answered,
        "id": result.item_id if result.answered else None,
        "score": round(result.score, 1),
        "answer": result.text if result.answered else None,
        "suggestions": [{"id": s.id, "score": round(s.score, 1)} for s in result.suggestions],
    }


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    faq = load_faq(settings.faq_path)
    now = _parse_now(args.now, faq)
    if args.question:
        questions: Iterator[str] = iter([" ".join(args.question)])
    else:
        questions = read_lines(sys.stdin.buffer)
    for question in questions:
        result = answer(faq.index, question, now)
        if args.json:
            print(json.dumps(answer_json(result), ensure_ascii=False), flush=True)
        else:
            print(format_answer(result, logged=False), end="\n\n", flush=True)
    return EXIT_OK


def _check(settings: Settings) -> int:
    result = load_knowledge_base(settings.faq_path)
    for problem in result.problems:
        print(problem)
    if result.kb is None:
        count = len(result.errors)
        print(f"{settings.faq_path}: {count} problem{'s' if count != 1 else ''}; not valid")
        return EXIT_FAILURE
    kb = result.kb
    warnings = len(result.warnings)
    print(
        f"{settings.faq_path}: valid \u2014 {len(kb.faq)} FAQ entries, {len(kb.sessions)} "
        f"sessions, {len(kb.themes)} themes"
        + (f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else "")
    )
    return EXIT_OK
