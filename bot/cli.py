"""The command line: chat | ask | check | unanswered | run. The only module that prints.

The sub-commands, their flags and the ``ask --json`` line format are a fixed
contract that other tools call; extend them only compatibly.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import datetime as dt
import difflib
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

from bot import export
from bot.config import Settings, load_settings
from bot.console import format_answer, format_question_list, plain, run_chat
from bot.core import translations
from bot.core.answering import answer
from bot.core.models import (
    LANGUAGE_NAMES,
    LANGUAGES,
    TRANSLATED_LANGUAGES,
    AlertKind,
    Answer,
    KnowledgeBase,
    Outcome,
)
from bot.errors import BotError, FaqFileError
from bot.faqfile import load_knowledge_base
from bot.lifecycle import CHAT_STOP_SIGNALS, StopSignals
from bot.service import AskService, FaqHolder, utc_now
from bot.storage import Status, UnansweredLog
from bot.storage.recovery import default_target, recover
from bot.wiring import LoadedFaq, faq_loader, open_buffered_log, open_question_log

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
    ask.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                     help="answer as if the question were in LANG "
                          f"({', '.join(LANGUAGES)}), to test a translation")
    ask.add_argument("question", nargs="*", help="the question (default: one per line on stdin)")

    check = sub.add_parser("check", help="validate the FAQ file")
    check.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")

    faq_cmd = sub.add_parser("faq", help="organisers: what the FAQ file holds")
    faq_sub = faq_cmd.add_subparsers(dest="action", required=True, metavar="ACTION")
    translations = faq_sub.add_parser(
        "translations", help="how much is translated into each UN language, and what is left"
    )
    translations.add_argument("--faq", type=Path,
                              help="FAQ file (default: FAQ_PATH or the bundled one)")
    translations.add_argument("--missing", choices=TRANSLATED_LANGUAGES, metavar="LANG",
                              help="list every text not yet translated into LANG "
                                   f"({', '.join(TRANSLATED_LANGUAGES)})")

    chat = sub.add_parser("chat", help="chat with the bot in this terminal (no Discord needed)")
    chat.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")
    chat.add_argument("--db", type=Path, help="question database (default: DB_PATH)")

    run = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    run.add_argument("--faq", type=Path, help="FAQ file (default: FAQ_PATH or the bundled one)")
    run.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    run.add_argument("--sync-global", action="store_true",
                     help="also sync the slash commands globally (every server; slow to appear)")

    review = sub.add_parser("unanswered", help="moderators: review unanswered questions")
    review_sub = review.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = review_sub.add_parser("list", help="questions, most askers first")
    listing.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    listing.add_argument("--status", choices=["open", "resolved", "dismissed", "all"],
                         default="open")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    export = review_sub.add_parser("export", help="write every question as CSV or JSON")
    export.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--status", choices=["open", "resolved", "dismissed", "all"],
                        default="all")
    export.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    resolve = review_sub.add_parser("resolve", help="mark a question answered")
    resolve.add_argument("id", type=int)
    resolve.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    resolve.add_argument("--faq-id", help="the FAQ entry that now answers it")
    resolve.add_argument("--note", help="a note for the other moderators")
    resolve.add_argument("--by", default="console", help="who resolved it (default: console)")
    dismiss = review_sub.add_parser("dismiss", help="set a question aside (spam, off-topic)")
    dismiss.add_argument("id", type=int)
    dismiss.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    dismiss.add_argument("--note", help="a note for the other moderators")
    dismiss.add_argument("--by", default="console", help="who dismissed it (default: console)")
    forget = review_sub.add_parser("forget", help="erase one person's questions and feedback")
    forget.add_argument("user_id", type=int, help="the Discord user id")
    forget.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    purge = review_sub.add_parser(
        "purge", help="delete resolved/dismissed questions older than the retention period"
    )
    purge.add_argument("--db", type=Path, help="question database (default: DB_PATH)")
    purge.add_argument("--days", type=int, help="retention in days (default: RETENTION_DAYS)")
    recover = review_sub.add_parser(
        "recover", help="copy every row still readable from a damaged database into a new one"
    )
    recover.add_argument("--db", type=Path, help="the damaged database (default: DB_PATH)")
    recover.add_argument("--output", "-o", type=Path,
                         help="the new database (default: DB.recovered.sqlite3 next to it)")
    return parser


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
        if args.command == "faq":
            return _faq_translations(settings, args.missing)
        if args.command == "chat":
            return asyncio.run(_chat(settings))
        if args.command == "unanswered":
            return asyncio.run(_review(settings, args))
        if args.command == "run":
            return _run(settings)
    except FaqFileError as exc:
        problems = [str(p) for p in exc.problems]
        # A file that cannot be read at all is one problem: say it in one line.
        for line in problems if _file_level(exc.problems) else [str(exc), *problems]:
            _err(line)
        return EXIT_FAILURE
    except BotError as exc:
        _err(f"error: {exc}")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
    raise AssertionError(f"unhandled command {args.command}")  # argparse guarantees one


def _file_level(problems: Sequence[object]) -> bool:
    """True when the only problem is about the file as a whole (missing, a folder...)."""
    return len(problems) == 1 and getattr(problems[0], "line", 0) is None


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


# Lines read ahead of the chat loop (back-pressure beyond that: the reader waits).
READ_AHEAD_LINES = 64


class StdinLines:
    """Lines of stdin for ``chat``, read by a daemon thread so the event loop (and the
    signal handlers on it) never block on input; ends early once ``stop`` is set.

    The thread uses ``os.read`` on the descriptor, not ``sys.stdin``: a daemon thread
    blocked inside a buffered stream's lock would abort the interpreter at exit.
    """

    def __init__(
        self, fd: int, stop: asyncio.Event, prompt: Callable[[], None] | None = None
    ) -> None:
        self._fd = fd
        self._stop = stop
        self._prompt = prompt
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue(READ_AHEAD_LINES)
        self._loop = asyncio.get_running_loop()
        self._ended = False
        threading.Thread(target=self._pump, name="stdin-reader", daemon=True).start()

    def __aiter__(self) -> StdinLines:
        return self

    async def __anext__(self) -> str:
        if self._ended or self._stop.is_set():
            raise StopAsyncIteration
        if self._prompt is not None:
            self._prompt()
        line = asyncio.ensure_future(self._queue.get())
        stopped = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({line, stopped}, return_when=asyncio.FIRST_COMPLETED)
        for waiter in (line, stopped):
            waiter.cancel()
        if self._stop.is_set() or line.cancelled():
            raise StopAsyncIteration  # a line read but not answered was never acknowledged
        raw = line.result()
        if raw is None:
            self._ended = True
            if self._prompt is not None:
                print()  # end the prompt's line at Ctrl-D
            raise StopAsyncIteration
        return decode_line(raw)

    def _pump(self) -> None:
        pending = b""
        while True:
            try:
                chunk = os.read(self._fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                if not self._hand_over(line):
                    return
        if pending:
            self._hand_over(pending)
        self._hand_over(None)

    def _hand_over(self, line: bytes | None) -> bool:
        put = self._queue.put(line)
        try:
            future = asyncio.run_coroutine_threadsafe(put, self._loop)
        except RuntimeError:  # the loop is closed: the chat is over
            put.close()
            return False
        try:
            future.result()
        except concurrent.futures.CancelledError:  # the loop stopped with it pending
            return False
        return True


def answer_kind(result: Answer) -> str:
    """What the bot does with the question, as ``ask --json`` reports it."""
    if result.alert is not None:
        return result.alert.value
    if result.answered:
        return "answer"
    if result.small_talk is not None:
        return "small_talk"
    if result.outcome is Outcome.SUGGEST:
        return "did_you_mean"
    return "unknown"


def _answered_parts(result: Answer) -> list[dict[str, Any]]:
    if not result.answered:
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
    return {
        "question": result.question,
        "answered": result.answered,
        # A sensitive question is refused, and says which topic refused it.
        "id": result.item_id if result.answered else (
            result.best_id if result.alert is AlertKind.SENSITIVE else None),
        "score": round(result.score, 1),
        "answer": result.text if result.answered else None,
        "suggestions": [{"id": s.id, "score": round(s.score, 1)} for s in result.suggestions],
        "kind": answer_kind(result),
        "answers": _answered_parts(result),
        "language": result.language,
    }


def _ask(settings: Settings, args: argparse.Namespace) -> int:
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
    result = load_knowledge_base(settings.faq_path)
    for problem in result.problems:
        print(problem)
    if result.kb is None:
        if not _file_level(result.problems):
            count = len(result.errors)
            print(f"{settings.faq_path}: {count} problem{'s' if count != 1 else ''}; not valid")
        return EXIT_FAILURE
    kb = result.kb
    warnings = len(result.warnings)
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
    )
    return EXIT_OK


def _translation_summary(kb: KnowledgeBase) -> str:
    """One line for ``check``: per language, the items translated in full."""
    found = translations.coverage(kb)
    parts = [f"{c.language} {c.translated}/{c.items}" + (f" ({c.partly} partly)" if c.partly
                                                          else "") for c in found]
    review = sum(c.needs_review for c in found)
    return ("translations: " + ", ".join(parts)
            + (f"; {review} marked needs_review" if review else "")
            + "; `conference-bot faq translations --missing LANG` lists what is left")


def _faq_translations(settings: Settings, missing: str | None) -> int:
    result = load_knowledge_base(settings.faq_path)
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


async def _chat(settings: Settings) -> int:
    interactive = sys.stdin.isatty()
    if interactive:  # the first start with the semantic extra embeds the FAQ: seconds
        _err("Loading the FAQ...")
    faq = faq_loader(settings)(settings.faq_path)
    for warning in faq.warnings:
        _err(str(warning))
    stop = asyncio.Event()
    signals = StopSignals(lambda _name: stop.set(), CHAT_STOP_SIGNALS)
    signals.install(asyncio.get_running_loop())
    try:
        log = await open_buffered_log(settings.db_path)
        flushed = 0
        try:
            service = AskService(FaqHolder(faq), log)
            lines = StdinLines(sys.stdin.fileno(), stop, _prompt if interactive else None)
            await run_chat(service, lines, lambda text: print(text + "\n", flush=True),
                           interactive=interactive)
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
    from bot.discord_bot.runner import run_bot, setup_logging

    handler = setup_logging(settings.log_level, settings.discord_token)
    try:
        asyncio.run(run_bot(settings))
    except FaqFileError as exc:  # start-up stops with one line; `check` lists them all
        problems = [p for p in exc.problems if "warning:" not in str(p)]
        if len(problems) == 1:
            raise BotError(str(problems[0])) from None
        raise BotError(
            f"{exc}; run `conference-bot check --faq {settings.faq_path}` to see them"
        ) from None
    finally:
        logging.getLogger().removeHandler(handler)
    return EXIT_OK


def _prompt() -> None:
    print("you> ", end="", flush=True)


_STATUSES = {"open": Status.OPEN, "resolved": Status.RESOLVED, "dismissed": Status.DISMISSED,
             "all": None}


async def _review(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.db_path.exists():
        raise BotError(f"no question database at {settings.db_path} (nothing logged yet?)")
    if args.action == "recover":
        return await _recover(settings.db_path, args.output)
    log = await open_question_log(settings.db_path)
    try:
        if args.action == "list":
            records = await log.list(_STATUSES[args.status], limit=max(1, args.limit))
            total = await log.count(_STATUSES[args.status])
            print(format_question_list(records, total=total, status=args.status))
        elif args.action == "export":
            rows = await log.export(_STATUSES[args.status])
            text = export.to_csv(rows) if args.format == "csv" else export.to_json(rows)
            if args.output is None:
                sys.stdout.write(text)
            else:
                try:
                    args.output.write_text(text, encoding="utf-8", errors="surrogateescape",
                                           newline="")
                except OSError as exc:
                    raise BotError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
                print(f"wrote {len(rows)} question(s) to {args.output}", file=sys.stderr)
        elif args.action in ("resolve", "dismiss"):
            if args.action == "resolve" and args.faq_id:
                _check_faq_id(settings, args.faq_id)
            return await _close(log, args)
        elif args.action == "forget":
            erased = await log.forget_user(args.user_id)
            print(f"erased {erased} record(s) of user {args.user_id}")
        elif args.action == "purge":
            days = settings.retention_days if args.days is None else args.days
            if days < 0:
                raise BotError(f"--days must not be negative, got {days}")
            if args.days is None and days == 0:
                print("retention is off (RETENTION_DAYS=0): nothing purged; use --days N")
                return EXIT_OK
            cutoff = utc_now() - dt.timedelta(days=days)
            purged = await log.purge_closed(older_than=cutoff)
            print(f"purged {purged} resolved/dismissed question(s) closed over {days} days ago")
    finally:
        await log.close()
    return EXIT_OK


async def _recover(source: Path, output: Path | None) -> int:
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


def _check_faq_id(settings: Settings, faq_id: str) -> None:
    """A typo in --faq-id would send askers nowhere: refuse ids the FAQ does not have."""
    result = load_knowledge_base(settings.faq_path)
    if result.kb is None:
        _err(f"warning: cannot check --faq-id against {settings.faq_path} (not valid)")
        return
    if result.kb.item(faq_id) is None:
        kb = result.kb
        ids = [e.id for e in kb.faq] + [s.id for s in kb.sessions] + [t.id for t in kb.themes]
        close = difflib.get_close_matches(faq_id, ids, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise BotError(f"no entry {faq_id!r} in {settings.faq_path}{hint}")


async def _close(log: UnansweredLog, args: argparse.Namespace) -> int:
    if args.action == "resolve":
        record = await log.resolve(args.id, by=args.by, at=utc_now(), faq_id=args.faq_id,
                                   note=args.note)
    else:
        record = await log.dismiss(args.id, by=args.by, at=utc_now(), note=args.note)
    if record is None:
        _err(f"error: no question with id {args.id}")
        return EXIT_FAILURE
    print(f"#{record.id} {record.status.value}: {plain(record.display_question)}")
    return EXIT_OK
