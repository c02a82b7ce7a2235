"""Terminal text for answers, and the attendee-facing wording the console shares with Discord."""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from bot.core.models import (
    ENGLISH,
    Answer,
    FeedbackKind,
    Origin,
    Outcome,
    SmallTalk,
)
from bot.core.text import without_controls
from bot.core.wording import say

if TYPE_CHECKING:  # `ask` formats answers with this module and needs none of these
    import datetime as dt

    from bot.review.groups import QuestionGroup
    from bot.review.service import StatsReport
    from bot.review.suggestions import Suggestion
    from bot.served import ServedFaq
    from bot.service import AskService
    from bot.storage import QuestionRecord

# The English wording, as tests and the docs quote it; every reply goes through
# ``wording.say`` in the asker's language.
UNKNOWN_REPLY = say("unknown_logged", ENGLISH)
UNKNOWN_REPLY_NOT_LOGGED = say("unknown", ENGLISH)
SUGGEST_INTRO = say("suggest_intro", ENGLISH)
EMPTY_REPLY = say("greeting", ENGLISH)
# What small talk gets back: a friendly word, never an FAQ answer, never logged.
_SMALL_TALK_WORDING: dict[SmallTalk, str] = {
    SmallTalk.GREETING: "greeting",
    SmallTalk.THANKS: "thanks",
    SmallTalk.GOODBYE: "goodbye",
    SmallTalk.ACKNOWLEDGEMENT: "acknowledgement",
    SmallTalk.ABOUT: "about_bot",
}
SMALL_TALK_REPLIES: dict[SmallTalk, str] = {
    kind: say(key, ENGLISH) for kind, key in _SMALL_TALK_WORDING.items()
}


def empty_reply(answer: Answer) -> str:
    """The friendly word for a message that is not a question, in the asker's language."""
    key = _SMALL_TALK_WORDING[answer.small_talk] if answer.small_talk else "greeting"
    return say(key, answer.language)


def unknown_reply(answer: Answer, *, logged: bool) -> str:
    """"I don't know", after what the bot does know where it has something
    ("Nothing is scheduled on Saturday: the conference runs on ...")."""
    if answer.text and answer.alert is None:
        more = say("unknown_more_logged" if logged else "unknown_more", answer.language)
        return f"{answer.text}\n{more}"
    return say("unknown_logged" if logged else "unknown", answer.language)


def untranslated_note(answer: Answer) -> str | None:
    """The one line in the asker's language before an answer that is still in English."""
    if not answer.untranslated or answer.reply_language == ENGLISH:
        return None
    return say("untranslated_note", answer.language)

# Markdown a terminal does not render: **bold** becomes plain.
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(text: str) -> str:
    """Text safe to print on a terminal: no control sequences, no markdown stars."""
    return without_controls(_BOLD.sub(r"\1", text))


def format_answer(answer: Answer, *, logged: bool = True) -> str:
    language = answer.language
    if (answer.outcome is Outcome.ANSWER or answer.alert is not None) and answer.text:
        note = untranslated_note(answer)
        return f"{note}\n{plain(answer.text)}" if note else plain(answer.text)
    if answer.empty:
        return empty_reply(answer)
    if answer.outcome is Outcome.SUGGEST:
        lines = [say("suggest_intro", language)]
        lines += [f"  {i}. {plain(s.title)}" for i, s in enumerate(answer.suggestions, 1)]
        lines.append(say("suggest_pick_number", language))
        if logged:
            lines.append(say("suggest_logged", language))
        return "\n".join(lines)
    return plain(unknown_reply(answer, logged=logged))


_CHOICE = re.compile(r"\s*([1-9])\s*[.)]?\s*")
BANNER = say("console_banner", ENGLISH)
# The programme commands Discord has, typed the same way; any other line is a question.
_COMMAND = re.compile(r"\s*/(now|next|schedule|session|venue|topics)(?:\s+(.*?))?\s*",
                      re.DOTALL)
COMMANDS_HINT = say("console_commands", ENGLISH)


def banner(language: str | None = None, *, commands: bool = False) -> str:
    """The interactive console's first words, in its language (``chat --lang``)."""
    text = say("console_banner", language)
    return f"{text}\n{say('console_commands', language)}" if commands else text


def programme_command(faq: ServedFaq, line: str, language: str | None = None) -> str | None:
    """The reply to a programme command (``/now``, ``/next GA hall``...), as Discord's
    commands give it; None when the line is not one of them (it is then a question).
    Never logged: like Discord's commands, they ask the file, not the moderators.
    ``language``: the console's (like a Discord app's), since a command has no words to
    tell the asker's language by."""
    found = _COMMAND.fullmatch(line)
    if found is None:
        return None
    name, rest = found.group(1), (found.group(2) or "").strip()
    if name == "now":
        return format_answer(faq.on_now(language), logged=False)
    if name == "next":
        room = faq.room_named(rest) if rest else None
        if rest and room is None:
            return say("no_such_room", language)
        return format_answer(faq.next_up(room, language), logged=False)
    if name == "schedule":
        day = faq.day_named(rest) if rest else None
        if rest and day is None:
            return say("no_such_day", language)
        return format_answer(faq.day(day, language), logged=False)
    if name == "session":
        session = faq.session_named(rest) if rest else None
        if session is None:
            return say("no_such_session", language)
        return format_answer(faq.show(session.id, language=language), logged=False)
    return format_answer(faq.venue(language) if name == "venue" else faq.topics(language),
                         logged=False)


async def _each(lines: Iterable[str] | AsyncIterable[str]) -> AsyncIterator[str]:
    if isinstance(lines, AsyncIterable):
        async for line in lines:
            yield line
    else:
        for line in lines:
            yield line


async def run_chat(
    service: AskService,
    lines: Iterable[str] | AsyncIterable[str],
    write: Callable[[str], None],
    *,
    interactive: bool,
    faq: ServedFaq | None = None,
    language: str | None = None,
) -> int:
    """The console loop: the same pipeline as Discord, recording what it cannot answer.

    Each question is journalled before its reply is written. Returns the number of
    questions answered. A reply of "1", "2" or "3" after a "did you mean" picks that
    suggestion, as the buttons do on Discord. The loop ends when ``lines`` ends (an
    async source ends early when a stop is requested: the question in hand is
    finished first). With ``faq``, the programme commands (``/now``...) are answered
    from it too. ``language`` is the console's own (``chat --lang``; None: English): its
    banner, and the programme commands, which have no words to tell a language by; a
    question is answered in its own language, as on Discord.
    """
    origin = Origin.console()
    pending: Answer | None = None
    answered = 0
    if interactive:
        write(banner(language, commands=faq is not None))
    async for line in _each(lines):
        if interactive and not line.strip():
            break
        command = programme_command(faq, line, language) if faq is not None else None
        if command is not None:
            write(command)
            pending = None
            continue
        choice = _CHOICE.fullmatch(line)
        if pending is not None and choice is not None:
            picked = int(choice.group(1))
            if picked > len(pending.suggestions):
                # Not a question: logging "3" would only give the moderators noise.
                write(say("pick_a_number", pending.language,
                          count=len(pending.suggestions)))
                continue
            suggestion = pending.suggestions[picked - 1]
            shown = service.show(suggestion.id, language=pending.language)
            write(format_answer(shown))
            service.feedback(
                FeedbackKind.SUGGESTION_CHOSEN, pending.question, item_id=suggestion.id,
                origin=origin,
            )
            pending = None
            continue
        result = service.answer(line)
        # On disk before the reply says it was passed on.
        recorded = service.record(result, origin)
        write(format_answer(result, logged=recorded.logged))
        answered += result.answered
        pending = result if result.outcome is Outcome.SUGGEST and result.suggestions else None
    return answered


def format_question_list(records: Sequence[QuestionRecord], *, total: int, status: str) -> str:
    """The moderators' terminal review: most askers first, attendee text made inert."""
    if not records:
        return f"No {status} questions." if status != "all" else "No questions logged."
    lines = [f"{total} {status} question(s), most askers first:" if status != "all"
             else f"{total} question(s), most askers first:"]
    for r in records:
        lines.append(_summary_line(r.id, r.count, r.askers, r.last_asked, r,
                                   r.status.value if status == "all" else None,
                                   sensitive=r.outcome == "sensitive"))
        lines.append(f"        {one_line(plain(r.display_question), 300)}")
        if r.note or r.faq_id:
            extra = " ".join(x for x in (f"faq: {r.faq_id}" if r.faq_id else "",
                                         f"note: {one_line(plain(r.note or ''), 120)}") if x)
            lines.append(f"        {extra}")
    if total > len(records):
        lines.append(f"... and {total - len(records)} more (use --limit)")
    return "\n".join(lines)


def _summary_line(
    number: int, asks: int, people: int, last_asked: dt.datetime, lead: QuestionRecord,
    status: str | None, *, sensitive: bool, split: bool = False,
) -> str:
    """A question's or a group's first line: both listings read the same way."""
    markers = ([status] if status is not None else []) + ["sensitive"] * sensitive \
        + ["split"] * split
    if lead.language is not None and lead.language != ENGLISH:
        markers.append(lead.language)
    best = f"  best match: {lead.best_id} ({lead.best_score:.0f})" if lead.best_id and \
        lead.best_score is not None else ""
    return (f"#{number:<5} asked {asks}x by {people} {'person' if people == 1 else 'people'}"
            f", last {last_asked:%Y-%m-%d %H:%M} UTC{''.join(f' [{m}]' for m in markers)}{best}")


def one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


# -- the moderators' review in a terminal ------------------------------------------------


def _ids(records: Sequence[QuestionRecord]) -> str:
    return ", ".join(f"#{r.id}" for r in records)


def format_group_list(
    groups: Sequence[QuestionGroup], *, total: int, questions: int, status: str
) -> str:
    """Question groups, most people first: the lead question, its other wordings and the
    similar questions under it. Attendees' text is made inert."""
    if not groups:
        return f"No {status} questions." if status != "all" else "No questions logged."
    kind = f"{status} question(s)" if status != "all" else "question(s)"
    lines = [f"{questions} {kind} in {total} group(s), most people first:"]
    for g in groups:
        lead = g.lead
        lines.append(_summary_line(g.id, g.asks, g.people, g.last_asked, lead,
                                   g.status.value if status == "all" else None,
                                   sensitive=g.sensitive, split=g.pinned))
        lines.append(f"        {one_line(plain(lead.display_question), 300)}")
        if g.same:
            lines.append(f"        same question: {_ids(g.same)}")
        for other in g.similar[:5]:
            shown = one_line(plain(other.display_question), 80)
            lines.append(f"        similar: #{other.id} {shown}")
        if len(g.similar) > 5:
            lines.append(f"        and {len(g.similar) - 5} more similar")
        extra = [f"faq: {lead.faq_id}" if lead.faq_id else "",
                 f"note: {one_line(plain(lead.note or ''), 120)}" if lead.note else "",
                 f"told: {one_line(plain(lead.reply or ''), 120)}" if lead.reply else ""]
        if any(extra):
            lines.append(f"        {' '.join(x for x in extra if x)}")
    if total > len(groups):
        lines.append(f"... and {total - len(groups)} more group(s) (use --limit)")
    return "\n".join(lines)


def group_json(group: QuestionGroup) -> dict[str, object]:
    """One line of ``unanswered list --json``."""
    return {
        "id": group.id,
        "text": group.lead.question,
        "asks": group.asks,
        "askers": group.people,
        "members": list(group.members),
        "status": group.status.value,
        "sensitive": group.sensitive,
        "language": group.lead.language,
    }


def format_suggestions(suggestions: Sequence[Suggestion]) -> str:
    if not suggestions:
        return "No suggestions: nothing people picked or voted on needs a look."
    lines = [f"{len(suggestions)} suggestion(s), most people first "
             "(`conference-bot faq accept KEY` or `faq reject KEY`):"]
    for s in suggestions:
        lines.append(f"{s.key}  {s.kind}: {plain(s.describe())}")
        lines.append(f"        add: {one_line(plain(s.text), 200)}"
                     + (f"  -> {s.target}" if s.target else "  -> (say --faq-id)"))
        for text in s.questions[1:]:
            lines.append(f"        also asked: {one_line(plain(text), 120)}")
    return "\n".join(lines)


def suggestion_json(suggestion: Suggestion) -> dict[str, object]:
    return {
        "key": suggestion.key,
        "kind": suggestion.kind,
        "text": suggestion.text,
        "entries": list(suggestion.entries),
        "target": suggestion.target,
        "count": suggestion.count,
        "people": suggestion.people,
        "questions": list(suggestion.questions),
    }


def format_stats(report: StatsReport) -> str:
    lines: list[str] = []
    for name, stats in (("Last 24 hours", report.day), ("Overall", report.overall)):
        share = f"{100 * stats.answered / stats.asked:.0f}%" if stats.asked else "-"
        lines.append(f"{name}: {stats.asked} asked, {share} answered, {stats.suggested} "
                     f"did-you-mean, {stats.unknown} not known, {stats.urgent} urgent, "
                     f"{stats.sensitive} sensitive")
    lines.append("Top unanswered groups (open):")
    for g in report.top_overall:
        lines.append(f"  #{g.id:<5} {g.people} {'person' if g.people == 1 else 'people'}, "
                     f"{g.asks}x  {one_line(plain(g.text), 100)}")
    if not report.top_overall:
        lines.append("  none")
    shares = report.chart.shares
    lines.append(f"Last {len(report.chart.hours) // 24} day(s): {report.chart.asked} asked; "
                 + ", ".join(f"{name} {100 * share:.0f}%" for name, share in shares.items()))
    return "\n".join(lines)
