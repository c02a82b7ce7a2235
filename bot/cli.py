"""The command line: chat | ask | check | unanswered | faq | run. The only module that prints.

The sub-commands, their flags and the ``ask --json`` line format are a fixed
contract that other tools call; extend them only compatibly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.config import Settings, load_settings
from bot.core.models import (
    LANGUAGE_NAMES,
    LANGUAGES,
    TRANSLATED_LANGUAGES,
    AlertKind,
    Answer,
    Outcome,
)
from bot.core.policy import MAX_SUGGESTIONS
from bot.errors import BotError, FaqFileError
from bot.review.chart import DEFAULT_DAYS

# Each command imports what it uses when it runs: `ask` and `check` start in a fraction
# of the time it takes to import asyncio, the database, the review and the editor.
if TYPE_CHECKING:
    from bot.core.grouping import QuestionKeys
    from bot.core.models import KnowledgeBase
    from bot.faqfile.limits import FileLimits
    from bot.faqfile.problems import Problem
    from bot.review.groups import QuestionGroup
    from bot.review.service import Closed, ReviewService
    from bot.served import LoadedFaq
    from bot.storage import QuestionStore, Status
    from bot.wiring import Stores

EXIT_OK = 0
EXIT_FAILURE = 1
# What a shell reports for a process killed by SIGPIPE (128 + 13): its reader has gone.
EXIT_BROKEN_PIPE = 141


class StrictParser(argparse.ArgumentParser):
    """No abbreviated options: ``--faq`` must never be read as ``--faq-id``. Every
    sub-command's parser is one of these too (argparse makes them of the same class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)


_FAQ_DEFAULT = "default: FAQ_PATH or the bundled one"
_FAQ_HELP = f"FAQ file ({_FAQ_DEFAULT})"
_DB_HELP = "question database (default: DB_PATH)"
_STATUS_CHOICES = ["open", "resolved", "dismissed", "all"]


def _parser() -> argparse.ArgumentParser:
    parser = StrictParser(
        prog="conference-bot",
        description="Conference concierge: answers attendees' questions from the FAQ file.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ask = sub.add_parser("ask", help="show what the bot would answer (never logged)")
    ask.add_argument("--faq", type=Path, help=_FAQ_HELP)
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("--now", help="pretend the current time is this ISO 8601 moment")
    ask.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                     help="answer as if the question were in LANG "
                          f"({', '.join(LANGUAGES)}), to test a translation")
    ask.add_argument("question", nargs="*", help="the question (default: one per line on stdin)")

    check = sub.add_parser("check", help="validate the FAQ file")
    check.add_argument("--faq", type=Path, help=_FAQ_HELP)

    chat = sub.add_parser("chat", help="chat with the bot in this terminal (no Discord needed)")
    chat.add_argument("--faq", type=Path, help=_FAQ_HELP)
    chat.add_argument("--db", type=Path, help=_DB_HELP)
    chat.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                      help="the console's own language for its banner and the programme "
                           f"commands ({', '.join(LANGUAGES)}; default en); questions are "
                           "answered in their own language")

    run = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    run.add_argument("--faq", type=Path, help=_FAQ_HELP)
    run.add_argument("--db", type=Path, help=_DB_HELP)
    run.add_argument("--sync-global", action="store_true",
                     help="also sync the slash commands globally (every server; slow to appear)")

    review = sub.add_parser("unanswered", help="moderators: review unanswered questions")
    review_sub = review.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = review_sub.add_parser("list", help="question groups, most people first")
    listing.add_argument("--db", type=Path, help=_DB_HELP)
    listing.add_argument("--faq", type=Path, help=f"{_FAQ_HELP}; questions are grouped as "
                         "the bot reads them")
    listing.add_argument("--status", choices=_STATUS_CHOICES, default="open")
    listing.add_argument("--limit", type=int, default=50,
                         help="at most this many groups (default 50)")
    listing.add_argument("--json", action="store_true",
                         help="one JSON object per group: id, text, asks, askers, members, "
                         "status, sensitive")
    export = review_sub.add_parser("export", help="write every question as CSV or JSON")
    export.add_argument("--db", type=Path, help=_DB_HELP)
    export.add_argument("--faq", type=Path, help=f"{_FAQ_HELP}, for the group column")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--status", choices=_STATUS_CHOICES, default="all")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    resolve = review_sub.add_parser(
        "resolve", help="mark a question's whole group answered (askers are told by the bot)")
    resolve.add_argument("id", type=int, help="a question of the group (#)")
    resolve.add_argument("--db", type=Path, help=_DB_HELP)
    resolve.add_argument("--faq", type=Path, help="the FAQ file to check --faq-id against and "
                         f"to edit with --add-alternate ({_FAQ_DEFAULT})")
    resolve.add_argument("--faq-id", help="the FAQ entry that now answers it")
    resolve.add_argument("--answer", help="what the askers are told (default: the entry's "
                         "answer)")
    resolve.add_argument("--internal-note", help="a note for the other moderators only")
    resolve.add_argument("--note", dest="internal_note",
                         help="same as --internal-note (never shown to askers)")
    resolve.add_argument("--add-alternate", action="store_true",
                         help="teach the bot: add the question, cleaned, as an alternate of "
                         "--faq-id in the FAQ file")
    resolve.add_argument("--alternate-text",
                         help="the wording to add (implies --add-alternate; default: the "
                         "question cleaned of greetings and personal details)")
    resolve.add_argument("--by", default="console", help="who resolved it (default: console)")
    dismiss = review_sub.add_parser("dismiss",
                                    help="set a question's whole group aside (spam, off-topic)")
    dismiss.add_argument("id", type=int, help="a question of the group (#)")
    dismiss.add_argument("--db", type=Path, help=_DB_HELP)
    dismiss.add_argument("--faq", type=Path, help=f"{_FAQ_HELP}, to group the questions")
    dismiss.add_argument("--reason", help="what the askers are told (nothing is told without it)")
    dismiss.add_argument("--internal-note", help="a note for the other moderators only")
    dismiss.add_argument("--note", dest="internal_note",
                         help="same as --internal-note (never shown to askers)")
    dismiss.add_argument("--by", default="console", help="who dismissed it (default: console)")
    split = review_sub.add_parser("split", help="take a wrongly grouped question out of its "
                                  "group (--undo: let it be grouped again)")
    split.add_argument("id", type=int)
    split.add_argument("--db", type=Path, help=_DB_HELP)
    split.add_argument("--undo", action="store_true", help="let it be grouped again")
    forget = review_sub.add_parser(
        "forget", help="erase one person's questions, feedback, follows and reminders")
    forget.add_argument("user_id", type=int, help="the Discord user id")
    forget.add_argument("--db", type=Path, help=_DB_HELP)
    purge = review_sub.add_parser(
        "purge", help="delete resolved/dismissed questions, feedback and stats events older "
        "than the retention period"
    )
    purge.add_argument("--db", type=Path, help=_DB_HELP)
    purge.add_argument("--days", type=int, help="retention in days (default: RETENTION_DAYS)")
    _programme_parser(sub)
    recover = review_sub.add_parser(
        "recover", help="copy every row still readable from a damaged database into a new one"
    )
    recover.add_argument("--db", type=Path, help="the damaged database (default: DB_PATH)")
    recover.add_argument("--output", "-o", type=Path,
                         help="the new database (default: DB.recovered.sqlite3 next to it)")

    faq = sub.add_parser("faq", help="teach the bot, suggestions, stats, translations")
    faq_sub = faq.add_subparsers(dest="action", required=True, metavar="ACTION")
    translated = faq_sub.add_parser(
        "translations", help="how much is translated into each UN language, and what is left"
    )
    translated.add_argument("--faq", type=Path, help=_FAQ_HELP)
    translated.add_argument("--missing", choices=TRANSLATED_LANGUAGES, metavar="LANG",
                            help="list every text not yet translated into LANG "
                                 f"({', '.join(TRANSLATED_LANGUAGES)})")
    add = faq_sub.add_parser("add", help="add a new FAQ entry to the FAQ file")
    add.add_argument("--faq", type=Path, help=f"the file to edit ({_FAQ_DEFAULT})")
    add.add_argument("--id", required=True, help="the new entry's id, e.g. cloakroom-hours")
    add.add_argument("--question", help="its question (default with --from-group: the group's "
                     "question, cleaned)")
    add.add_argument("--answer", required=True, help="its answer")
    add.add_argument("--alternates", nargs="+", default=[], metavar="PHRASING",
                     help="other phrasings (with --from-group: the group's other questions too)")
    add.add_argument("--from-group", type=int, metavar="ID",
                     help="make it from this question group and resolve the group with it")
    add.add_argument("--db", type=Path, help=f"{_DB_HELP}, for --from-group")
    add.add_argument("--by", default="console", help="who added it (default: console)")
    suggestions = faq_sub.add_parser(
        "suggestions", help="what picks, thumbs-down and collisions suggest adding")
    suggestions.add_argument("--db", type=Path, help=_DB_HELP)
    suggestions.add_argument("--faq", type=Path, help=_FAQ_HELP)
    suggestions.add_argument("--json", action="store_true", help="one JSON object per suggestion")
    accept = faq_sub.add_parser("accept", help="accept a suggestion: its wording becomes an "
                                "alternate")
    accept.add_argument("key", help="the suggestion's key (from faq suggestions)")
    accept.add_argument("--faq-id", help="the entry to add it to (default: the one suggested)")
    accept.add_argument("--text", help="the wording to add (default: the one suggested)")
    accept.add_argument("--db", type=Path, help=_DB_HELP)
    accept.add_argument("--faq", type=Path, help=_FAQ_HELP)
    accept.add_argument("--by", default="console", help="who accepted it (default: console)")
    reject = faq_sub.add_parser("reject", help="reject a suggestion (it is not shown again)")
    reject.add_argument("key", help="the suggestion's key (from faq suggestions)")
    reject.add_argument("--db", type=Path, help=_DB_HELP)
    reject.add_argument("--faq", type=Path, help=_FAQ_HELP)
    reject.add_argument("--by", default="console", help="who rejected it (default: console)")
    stats = faq_sub.add_parser("stats", help="questions asked and answered, and a chart")
    stats.add_argument("--db", type=Path, help=_DB_HELP)
    stats.add_argument("--faq", type=Path, help=_FAQ_HELP)
    stats.add_argument("--png", type=Path, help="also write the chart of the last days here")
    stats.add_argument("--days", type=int, default=DEFAULT_DAYS,
                       help=f"days the chart covers (default {DEFAULT_DAYS})")
    return parser


def _programme_parser(sub: Any) -> None:
    programme = sub.add_parser("programme", help="organisers: programme changes and calendars")
    programme_sub = programme.add_subparsers(dest="action", required=True, metavar="ACTION")
    diff = programme_sub.add_parser(
        "diff", help="the changes attendees would be told about, one line per change")
    diff.add_argument("old", type=Path, help="the FAQ file before the edit")
    diff.add_argument("new", type=Path, help="the FAQ file after the edit")
    ics = programme_sub.add_parser("ics", help="the programme as an .ics calendar file")
    ics.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")
    ics.add_argument("--day", help="one conference day only: 2018-06-28, a weekday, or 1, 2...")
    ics.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _reconfigure_streams()
    try:
        settings = load_settings(
            {
                "faq_path": getattr(args, "faq", None),
                "db_path": getattr(args, "db", None),
                "sync_global": True if getattr(args, "sync_global", False) else None,
            }
        )
        if args.command == "ask":
            return _ask(settings, args)
        if args.command == "check":
            return _check(settings)
        if args.command == "faq" and args.action == "translations":
            return _faq_translations(settings, args.missing)
        import asyncio  # the commands below run on an event loop

        if args.command == "chat":
            return asyncio.run(_chat(settings, args.lang))
        if args.command == "unanswered":
            return asyncio.run(_review(settings, args))
        if args.command == "faq":
            return asyncio.run(_faq(settings, args))
        if args.command == "run":
            return _run(settings)
        if args.command == "programme":
            return _programme(settings, args)
    except FaqFileError as exc:
        # A file that cannot be read at all is one problem: say it in one line.
        if not _file_level(exc.problems):
            _err(str(exc))
        for problem in exc.problems:
            _err(str(problem))
        return EXIT_FAILURE
    except BotError as exc:
        _err(f"error: {exc}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # "bot ask --json ... | head -c 100": the reader has gone. Nothing more can be
        # said; the interpreter's own last flush must not print a traceback either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    raise AssertionError(f"unhandled command {args.command}")  # argparse guarantees one


def _file_level(problems: Sequence[Problem]) -> bool:
    """True when the only problem is about the file as a whole (missing, a folder...)."""
    return len(problems) == 1 and problems[0].line is None


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
    try:
        moment.astimezone(dt.UTC).astimezone(ZoneInfo(faq.index.kb.conference.timezone))
    except OverflowError:
        raise BotError(f"--now is outside the calendar the bot can handle: {value!r}") from None
    return moment


def read_lines(stream: IO[bytes]) -> Iterator[str]:
    """Questions one per line; only "\\n" ends a line, so every input line gets one answer.

    Invalid UTF-8 is kept losslessly (surrogate escapes) rather than rejected.
    """
    for raw in stream:
        yield decode_line(raw)


def decode_line(raw: bytes) -> str:
    line = raw[:-1] if raw.endswith(b"\n") else raw
    if line.endswith(b"\r"):
        line = line[:-1]
    return line.decode("utf-8", errors="surrogateescape")


def answer_kind(result: Answer) -> str:
    """What the bot does with the question, as ``ask --json`` reports it."""
    if result.alert is not None:
        return result.alert.value
    if result.nothing_on:
        return "nothing_on"
    if result.answered:
        return "answer"
    if result.small_talk is not None:
        return "small_talk"
    if result.outcome is Outcome.SUGGEST:
        return "did_you_mean"
    return "unknown"


def _answered_parts(result: Answer) -> list[dict[str, Any]]:
    if not result.from_an_entry:
        return []
    if result.parts:
        return [{"id": p.id, "score": round(p.score, 1)} for p in result.parts]
    # A programme answer points to the session it is about (or to none: "nothing on").
    if result.item_id is not None:
        return [{"id": result.item_id, "score": round(result.score, 1)}]
    return []


def answer_json(result: Answer) -> dict[str, Any]:
    """One line of ``ask --json``: a fixed contract, extended only compatibly.

    ``answered``/``id`` keep their first meaning (the first confident part of the
    question); ``kind`` and ``answers`` (every part answered, two-part questions
    included) were added later, then ``language`` (the question's, or null).
    """
    # "Nothing is on right now": said, but no entry's answer; what comes next is offered.
    suggested = [{"id": s, "score": round(result.score, 1)}
                 for s in result.next_ids[:MAX_SUGGESTIONS]] or [
        {"id": s.id, "score": round(s.score, 1)} for s in result.suggestions]
    return {
        "question": result.question,
        "answered": result.from_an_entry,
        # A sensitive question is refused, and says which topic refused it.
        "id": result.item_id if result.from_an_entry else (
            result.best_id if result.alert is AlertKind.SENSITIVE else None),
        "score": round(result.score, 1),
        "answer": result.text if result.answered else None,
        "suggestions": suggested,
        "kind": answer_kind(result),
        "answers": _answered_parts(result),
        "language": result.language,
    }


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.console import format_answer
    from bot.core.answering import answer
    from bot.wiring import faq_loader

    faq = faq_loader(settings)(settings.faq_path)
    now = _parse_now(args.now, faq)
    if args.question:
        questions: Iterator[str] = iter([" ".join(args.question)])
    else:
        questions = read_lines(sys.stdin.buffer)
    for question in questions:
        result = answer(faq.index, question, now, language=args.lang)
        if args.json:
            print(json.dumps(answer_json(result), ensure_ascii=False), flush=True)
        else:
            print(format_answer(result, logged=False), end="\n\n", flush=True)
    return EXIT_OK


def _check(settings: Settings) -> int:
    from bot.core import translations
    from bot.faqfile import load_knowledge_base
    from bot.faqfile.readiness import leftovers_in_file

    result = load_knowledge_base(settings.faq_path, _faq_limits(settings))
    for problem in result.problems:
        print(problem)
    if result.kb is None:
        if not _file_level(result.problems):
            count = len(result.errors)
            print(f"{settings.faq_path}: {count} problem{'s' if count != 1 else ''}; not valid")
        return EXIT_FAILURE
    kb = result.kb
    left = leftovers_in_file(settings.faq_path)  # what is left to confirm before the event
    for problem in left:
        print(problem)
    warnings = len(result.warnings) + len(left)
    urgent = sum(1 for t in kb.alerts if t.kind is AlertKind.URGENT)
    extras = [f"{len(kb.glossary)} glossary terms"] if kb.glossary else []
    if kb.alerts:
        extras.append(f"{urgent} urgent and {len(kb.alerts) - urgent} sensitive topics")
    if translations.has_translations(kb):
        print(_translation_summary(kb))
    print(
        f"{settings.faq_path}: valid \u2014 {len(kb.faq)} FAQ entries, {len(kb.sessions)} "
        f"sessions, {len(kb.themes)} themes"
        + "".join(f", {extra}" for extra in extras)
        + (f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else "")
        + (f" ({len(left)} left to confirm before the event)" if left else "")
    )
    return EXIT_OK


def _faq_limits(settings: Settings) -> FileLimits:
    from bot.faqfile.limits import FileLimits

    return FileLimits.of(settings.faq_max_mib, settings.faq_max_values)


def _translation_summary(kb: KnowledgeBase) -> str:
    """One line for ``check``: per language, the items translated in full."""
    from bot.core import translations

    found = translations.coverage(kb)
    parts = [f"{c.language} {c.translated}/{c.items}" + (f" ({c.partly} partly)" if c.partly
                                                          else "") for c in found]
    review = sum(c.needs_review for c in found)
    return ("translations: " + ", ".join(parts)
            + (f"; {review} marked needs_review" if review else "")
            + "; `conference-bot faq translations --missing LANG` lists what is left")


def _faq_translations(settings: Settings, missing: str | None) -> int:
    from bot.core import translations
    from bot.faqfile import load_knowledge_base

    result = load_knowledge_base(settings.faq_path, _faq_limits(settings))
    if result.kb is None:
        raise FaqFileError(f"{settings.faq_path}: not valid; run `conference-bot check` "
                           "to see why", result.problems)
    kb = result.kb
    if missing is None:
        print(f"{'language':<14}{'translated':>12}{'partly':>8}{'missing':>9}"
              f"{'needs review':>14}")
        for c in translations.coverage(kb):
            print(f"{c.language + ' ' + LANGUAGE_NAMES[c.language]:<14}"
                  f"{c.translated:>7} of {c.items:<3}{c.partly:>7}{c.missing:>9}"
                  f"{c.needs_review:>14}")
        return EXIT_OK
    left = translations.untranslated(kb, missing)
    total = sum(1 for _ in translations.translatables(kb))
    if not left:
        print(f"everything is translated into {missing} ({LANGUAGE_NAMES[missing]})")
        return EXIT_OK
    print(f"{len(left)} of {total} items have text not yet translated into {missing} "
          f"({LANGUAGE_NAMES[missing]}):")
    for item in left:
        partly = " (the rest is translated)" if item.partly else ""
        print(f"  {item.label}: {', '.join(item.fields)}{partly}")
    return EXIT_OK


async def _chat(settings: Settings, language: str | None = None) -> int:
    import asyncio
    import functools

    from bot.console import run_chat
    from bot.core.wording import say
    from bot.lifecycle import CHAT_STOP_SIGNALS, StopSignals
    from bot.stdin_lines import StdinLines
    from bot.wiring import faq_loader, open_app

    interactive = sys.stdin.isatty()
    if interactive:  # the first start with the semantic extra embeds the FAQ: seconds
        _err(say("console_loading", language))
    faq = faq_loader(settings)(settings.faq_path)
    for warning in faq.warnings:
        _err(str(warning))
    stop = asyncio.Event()
    signals = StopSignals(lambda _name: stop.set(), CHAT_STOP_SIGNALS)
    signals.install(asyncio.get_running_loop())
    try:
        app = await open_app(settings, faq)
        log = app.log
        flushed = 0
        try:
            prompt = (functools.partial(_prompt, say("console_prompt", language))
                      if interactive else None)
            lines = StdinLines(sys.stdin.fileno(), stop, prompt)
            await run_chat(app.service, lines, lambda text: print(text + "\n", flush=True),
                           interactive=interactive, faq=app.faq, language=language)
        finally:
            flushed = await log.close()
    finally:
        signals.uninstall()
    if signals.received is not None:
        if interactive:
            print()  # the prompt (or ^C) is still on its line
        left = f"; {log.pending} kept in the journal for the next start" if log.pending else ""
        _err(f"stopped by {signals.received}: flushed {flushed} question log write(s){left}")
    return EXIT_OK


def _run(settings: Settings) -> int:
    # Imported here: discord.py takes a while to import and only `run` needs it.
    import asyncio

    from bot.discord_bot.runner import run_bot, setup_logging

    handler = setup_logging(settings.log_level, settings.discord_token)
    try:
        asyncio.run(run_bot(settings))
    except FaqFileError as exc:  # start-up stops with one line; `check` lists them all
        from bot.faqfile.problems import Severity

        problems = [p for p in exc.problems if p.severity is Severity.ERROR]
        if len(problems) == 1:
            raise BotError(str(problems[0])) from None
        raise BotError(
            f"{exc}; run `conference-bot check --faq {settings.faq_path}` to see them"
        ) from None
    finally:
        logging.getLogger().removeHandler(handler)
    return EXIT_OK


def _prompt(text: str = "you> ") -> None:
    print(text, end="", flush=True)


def _status(name: str) -> Status | None:
    """``--status``: one of the stored statuses, or None for all."""
    from bot.storage import Status

    return None if name == "all" else Status(name)


def _open_database_or_refuse(settings: Settings) -> None:
    if not settings.db_path.exists():
        raise BotError(f"no question database at {settings.db_path} (nothing logged yet?)")


def _review_faq(settings: Settings, *, required: bool) -> LoadedFaq | None:
    """The FAQ the review groups questions with (words only: grouping never uses the
    meaning model, and it would only slow the command down). None, with a warning, when
    it does not load and the command can do without it."""
    from bot.wiring import load_faq

    try:
        return load_faq(settings.faq_path, limits=_faq_limits(settings))
    except FaqFileError as exc:
        if required:
            raise
        _err(f"warning: {exc}; questions are grouped by their words alone "
             "(`conference-bot check` lists the problems)")
        return None


async def _review(settings: Settings, args: argparse.Namespace) -> int:
    _open_database_or_refuse(settings)
    if args.action == "recover":
        return await _recover(settings.db_path, args.output)
    from bot.core.grouping import QuestionKeys
    from bot.wiring import open_stores

    stores = await open_stores(settings.db_path)  # `forget` erases from both
    log = stores.questions
    try:
        if args.action in ("list", "export"):
            faq = _review_faq(settings, required=False)
            keys = QuestionKeys(faq.index if faq is not None else None)
            if args.action == "list":
                return await _list(log, keys, args)
            return await _export(log, keys, args)
        if args.action == "split":  # no grouping needed: only the mark changes
            return await _split(log, args)
        if args.action in ("resolve", "dismiss"):
            review = _review_service(settings, log, _review_faq(settings, required=True))
            return await _close(review, args)
        if args.action == "forget":
            erased = await _forget(stores, args.user_id)
            print(f"erased {erased} record(s) of user {args.user_id}")
        elif args.action == "purge":
            return await _purge(settings, log, args)
    finally:
        await stores.close()
    return EXIT_OK


def _programme(settings: Settings, args: argparse.Namespace) -> int:
    # Imported here: icalendar takes a while to import and only this command needs it.
    from bot import programme_commands
    from bot.served import utc_now

    if args.action == "diff":
        limits = _faq_limits(settings)
        for line in programme_commands.diff_lines(args.old, args.new, limits):
            print(line)
        return EXIT_OK
    kb = programme_commands.read_programme(settings.faq_path, _faq_limits(settings))
    data = programme_commands.calendar_file(kb, day=args.day, now=utc_now())
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    _write_file(args.output, data, f"{data.count(b'BEGIN:VEVENT')} session(s)")
    return EXIT_OK


def _write_file(path: Path, data: bytes, what: str) -> None:
    """Write a file a command was asked for and say so on stderr (stdout may be piped)."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise BotError(f"cannot write {path}: {exc.strerror or exc}") from exc
    print(f"wrote {what} to {path}", file=sys.stderr)


async def _forget(stores: Stores, user_id: int) -> int:
    """One person's questions and feedback, and their follows and reminders."""
    erased = await stores.questions.forget_user(user_id)
    return erased + await stores.programme.forget_user(user_id)


def _review_service(
    settings: Settings, log: QuestionStore, faq: LoadedFaq | None
) -> ReviewService:
    from bot.wiring import review_service

    assert faq is not None  # loaded with required=True
    # An edit is read back (within the FAQ file limits) into the review's own FAQ, so
    # what follows (a resolve, a check) sees it.
    return review_service(settings, log, faq, live=False)


async def _grouped(
    log: QuestionStore, keys: QuestionKeys, status: Status | None
) -> list[QuestionGroup]:
    from bot.review.groups import build_groups
    from bot.storage import MAX_LIMIT

    records = await log.list(status, limit=MAX_LIMIT)
    return build_groups(records, await log.askers_of([r.id for r in records]), keys)


async def _list(log: QuestionStore, keys: QuestionKeys, args: argparse.Namespace) -> int:
    from bot.console import format_group_list, group_json

    status = _status(args.status)
    groups = await _grouped(log, keys, status)
    shown = groups[: max(1, args.limit)]
    if args.json:
        for group in shown:
            print(json.dumps(group_json(group), ensure_ascii=False))
        return EXIT_OK
    questions = await log.count(status)
    print(format_group_list(shown, total=len(groups), questions=questions, status=args.status))
    return EXIT_OK


async def _export(log: QuestionStore, keys: QuestionKeys, args: argparse.Namespace) -> int:
    from bot import export
    from bot.review.groups import build_groups

    status = _status(args.status)
    rows = await log.export(status)
    records = [record for record, _ in rows]
    askers = await log.askers_of([r.id for r in records])
    groups = export.group_ids(build_groups(records, askers, keys))
    if args.format == "csv":
        text = export.to_csv(rows, groups=groups)
    else:
        text = export.to_json(rows, groups=groups)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    # As written, line ends included; a lone surrogate kept as the bytes it stood for.
    _write_file(args.output, text.encode("utf-8", "surrogateescape"), f"{len(rows)} question(s)")
    return EXIT_OK


async def _purge(settings: Settings, log: QuestionStore, args: argparse.Namespace) -> int:
    from bot.served import utc_now

    days = settings.retention_days if args.days is None else args.days
    if days < 0:
        raise BotError(f"--days must not be negative, got {days}")
    if args.days is None and days == 0:
        print("retention is off (RETENTION_DAYS=0): nothing purged; use --days N")
        return EXIT_OK
    cutoff = utc_now() - dt.timedelta(days=days)
    purged = await log.purge_closed(older_than=cutoff)
    feedback, events = await log.purge_activity(older_than=cutoff)
    print(f"purged {purged} resolved/dismissed question(s) closed over {days} days ago, "
          f"and {feedback} feedback and {events} stats event(s) from before then")
    return EXIT_OK


async def _recover(source: Path, output: Path | None) -> int:
    from bot.storage.recovery import default_target, recover

    target = output or default_target(source)
    result = await recover(source, target)
    print(f"saved {result.saved} row(s), lost {result.lost}; the readable rows of {source} "
          f"are now in {target}")
    for table in result.tables:
        detail = []
        if table.unreadable:
            detail.append(f"{table.unreadable} on damaged pages")
        if table.refused:
            detail.append(f"{table.refused} not usable, e.g. asks of a lost question")
        print(f"  {table.table}: {table.saved} saved, {table.lost} lost"
              + (f" ({', '.join(detail)})" if detail else ""))
    print(f"next: stop the bot, move {source} (with its -wal and -shm files) aside and move "
          f"{target} to {source}; questions waiting in its journal are written on the next "
          "start")
    return EXIT_OK


# The command line cannot reach Discord: the running bot tells the askers.
LATER = "the bot tells them (it sends what is waiting every few seconds while it runs)"


def notified_later(closed: Closed) -> str:
    from bot.review.groups import people
    from bot.storage import Status

    if not closed.tells:
        what = "an FAQ entry or --answer" if closed.status is Status.RESOLVED else "a --reason"
        return f"nobody is told (nothing to tell them: give {what})"
    if not closed.notices:
        return "nobody to tell on Discord"
    return f"{people(len(closed.notices))} to tell on Discord: {LATER}"


async def _split(log: QuestionStore, args: argparse.Namespace) -> int:
    from bot.console import plain

    record = await log.set_split(args.id, not args.undo)
    if record is None:
        _err(f"error: no question with id {args.id}")
        return EXIT_FAILURE
    state = "grouped again" if args.undo else "split out: a group of its own"
    print(f"#{record.id} {state}: {plain(record.display_question)}")
    return EXIT_OK


async def _close(review: ReviewService, args: argparse.Namespace) -> int:
    from bot.console import plain
    from bot.review.service import NoSuchQuestionError

    try:
        if args.action == "resolve":
            closed = await review.resolve(
                args.id, by=args.by, faq_id=args.faq_id, answer_text=args.answer,
                internal_note=args.internal_note,
                add_alternate=args.add_alternate or args.alternate_text is not None,
                alternate_text=args.alternate_text, notify_later=True,
            )
        else:
            closed = await review.dismiss(args.id, by=args.by, reason=args.reason,
                                          internal_note=args.internal_note, notify_later=True)
    except NoSuchQuestionError as exc:
        _err(f"error: {exc}")
        return EXIT_FAILURE
    for record in closed.records:
        print(f"#{record.id} {record.status.value}: {plain(record.display_question)}")
    print(closed.summary(notified_later(closed)))
    return EXIT_OK


async def _faq(settings: Settings, args: argparse.Namespace) -> int:
    if args.action == "add" and args.from_group is None:
        return await _add_entry(None, settings, args)
    from bot.console import format_suggestions, suggestion_json
    from bot.wiring import open_question_log

    _open_database_or_refuse(settings)
    log = await open_question_log(settings.db_path)
    try:
        review = _review_service(settings, log, _review_faq(settings, required=True))
        if args.action == "add":
            return await _add_entry(review, settings, args)
        if args.action == "suggestions":
            found = await review.suggestions()
            if args.json:
                for suggestion in found:
                    print(json.dumps(suggestion_json(suggestion), ensure_ascii=False))
            else:
                print(format_suggestions(found))
        elif args.action == "accept":
            taught = await review.accept(args.key, by=args.by, faq_id=args.faq_id,
                                         text=args.text)
            print(taught.summary())
        elif args.action == "reject":
            rejected = await review.reject(args.key, by=args.by)
            print(f"rejected {rejected.key}: it is not suggested again")
        elif args.action == "stats":
            return await _stats(review, args)
    finally:
        await log.close()
    return EXIT_OK


async def _add_entry(
    review: ReviewService | None, settings: Settings, args: argparse.Namespace
) -> int:
    import asyncio

    from bot.faqfile.editor import NewEntry, add_entry
    from bot.review.service import Taught
    from bot.review.wording import clean_question

    question, alternates = args.question, list(args.alternates)
    group = None
    if review is not None:
        group = await review.group(args.from_group)
        if group is None:
            raise BotError(f"no question with id {args.from_group}")
        if group.sensitive:
            raise BotError("a sensitive question is never added to the FAQ file")
        wordings = [clean_question(r.question) for r in group.records]
        question = question or wordings[0]
        alternates += wordings
    if not question:
        raise BotError("--question is required (or --from-group to take it from a group)")
    entry = NewEntry(args.id, question, args.answer, tuple(alternates))
    if review is None:
        edit = await asyncio.to_thread(add_entry, settings.faq_path, entry)
        print(Taught(edit, entry.id, reloaded=False, live=False).summary())
        return EXIT_OK
    taught = await review.new_entry(entry)
    print(taught.summary())
    assert group is not None
    closed = await review.resolve(group.id, by=args.by, faq_id=args.id, notify_later=True)
    print(closed.summary(notified_later(closed)))
    return EXIT_OK


async def _stats(review: ReviewService, args: argparse.Namespace) -> int:
    import asyncio

    from bot.console import format_stats
    from bot.review.chart import render_png

    if args.days < 1:
        raise BotError(f"--days must be at least 1, got {args.days}")
    report = await review.stats(days=args.days)
    print(format_stats(report))
    if args.png is not None:
        _write_file(args.png, await asyncio.to_thread(render_png, report.chart), "the chart")
    return EXIT_OK
