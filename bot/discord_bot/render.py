"""Answers and moderator views as Discord messages, within Discord's limits.

Pure: no network, no clock (times come in). Organisers' FAQ text is trusted
markdown and goes out as written; attendees' text is never repeated in a reply,
and where moderators must see it, it goes through :func:`inert` first (no
mentions, no markdown, no control or bidi characters, no clickable links, cut to
length).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import discord

from bot.console import (
    UNKNOWN_REPLY_NOT_LOGGED,
    empty_reply,
    unknown_reply,
    untranslated_note,
)
from bot.core import describe
from bot.core.models import Answer, ItemKind, KnowledgeBase, Outcome, Session
from bot.core.schedule import ends_at, starts_at
from bot.core.text import valid_unicode, without_controls
from bot.core.translations import text_in, title_in
from bot.core.wording import right_to_left, say
from bot.faqfile.problems import Problem
from bot.review.chart import TopGroup
from bot.review.groups import QuestionGroup, people
from bot.review.suggestions import Suggestion
from bot.storage import Stats

# --- Discord's limits (characters unless stated) -------------------------------------
MESSAGE_CHARS = 2000
EMBED_TITLE_CHARS = 256
EMBED_DESCRIPTION_CHARS = 4096
EMBED_FIELD_NAME_CHARS = 256
EMBED_FIELD_VALUE_CHARS = 1024
EMBED_FOOTER_CHARS = 2048
EMBED_FIELDS = 25  # per embed
EMBED_TOTAL_CHARS = 6000  # all embeds of one message together
EMBEDS_PER_MESSAGE = 10
BUTTON_LABEL_CHARS = 80
CUSTOM_ID_CHARS = 100
BUTTONS_PER_ROW = 5
AUTOCOMPLETE_CHOICES = 25
CHOICE_NAME_CHARS = 100
CHOICE_VALUE_CHARS = 100
SELECT_LABEL_CHARS = 100  # a select option's label and description
SELECT_OPTIONS = 25
MODAL_LABEL_CHARS = 45
MODAL_INPUTS = 5

# How much of a question moderators see in a listing: enough to understand it, short
# enough that ten fit on one page.
QUESTION_PREVIEW_CHARS = 300
# Sessions listed with each reader's local time under a programme answer; a whole
# day's programme is better read as the text above it.
LOCAL_TIME_SESSIONS = 8

ANSWER_COLOUR = discord.Colour.from_rgb(0, 158, 219)  # UN blue
SESSION_COLOUR = discord.Colour.from_rgb(0, 114, 188)
CHANGED_COLOUR = discord.Colour.orange()  # a session that is not simply on as planned
MODERATOR_COLOUR = discord.Colour.dark_gold()
PROBLEM_COLOUR = discord.Colour.red()

ELLIPSIS = "\u2026"
SUGGEST_OUTRO = say("suggest_pick_button", None)
SUGGEST_LOGGED = say("suggest_logged", None)


@dataclass(frozen=True)
class Reply:
    """One message to send: text, embeds, or both."""

    content: str | None = None
    embeds: tuple[discord.Embed, ...] = ()


# --- making text safe -------------------------------------------------------------------

# Bidi embeddings/overrides/isolates and marks, the BOM, and other invisible formats
# that could reorder or hide what a moderator reads. ZWJ (U+200D) stays: emoji need it.
_INVISIBLE = re.compile(r"[\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
# @everyone / @here, and every piece of Discord markup in angle brackets: mentions
# <@1> <@!1> <@&1> <#1>, timestamps <t:0:R>, emoji <:x:1> <a:x:1>, command links
# </ask:1>, server links <id:home>. A zero-width space after "@" or "<" leaves the text
# readable and renders none of it, whatever Discord adds to the syntax later.
_EVERYONE = re.compile(r"@(everyone|here)")
_ANGLE_MARKUP = re.compile(r"<(?=\S)")
_LINK = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,20}):(//)")
# Stacked combining marks ("zalgo"): more than this many on one character are dropped.
MAX_COMBINING_MARKS = 2


def displayable(text: str) -> str:
    """Valid Unicode without control characters: lone surrogates become U+FFFD, ANSI
    escapes and C0/C1 controls go (tab and newline stay), zalgo is thinned."""
    text = _INVISIBLE.sub("", without_controls(valid_unicode(text)))
    out: list[str] = []
    marks = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Me":
            marks += 1
            if marks > MAX_COMBINING_MARKS:
                continue
        else:
            marks = 0
        out.append(ch)
    return "".join(out)


def inert(text: str, limit: int) -> str:
    """Someone else's text, safe to show: one line, no markdown, mentions or live links."""
    flat = " ".join(displayable(text).split())
    if not flat:
        return "(empty)"
    flat = truncate(flat, limit)
    escaped = discord.utils.escape_markdown(flat, ignore_links=False)
    escaped = _EVERYONE.sub("@\u200b\\1", escaped)
    escaped = _ANGLE_MARKUP.sub("<\u200b", escaped)
    escaped = _LINK.sub("\\1:\u200b\\2", escaped)
    # Escaping adds backslashes: cut again, never inside an escape.
    if len(escaped) > limit:
        escaped = escaped[: limit - 1].rstrip("\\") + ELLIPSIS
    return escaped


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)] + ELLIPSIS


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at paragraphs, lines, then spaces."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = max(window.rfind("\n\n"), -1)
        if cut < limit // 2:
            cut = window.rfind("\n")
        if cut < limit // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces or [""]


# --- times -----------------------------------------------------------------------------


def discord_time(moment: dt.datetime, style: discord.utils.TimestampStyle) -> str:
    """``<t:unix:style>``: Discord shows it in each reader's own time zone."""
    return discord.utils.format_dt(moment, style)


def session_when(kb: KnowledgeBase, session: Session, language: str | None = None) -> str:
    start, end = starts_at(kb, session), ends_at(kb, session)
    local = (
        f"{describe.short_day(session.day, language)}, {describe.time_range(kb, session)} "
        f"({describe.local_time(kb, language)})"
    )
    return (
        f"{discord_time(start, 'F')} \u2013 {discord_time(end, 't')} "
        f"({discord_time(start, 'R')})\n{local}"
    )


def session_line(kb: KnowledgeBase, session: Session, language: str | None = None) -> str:
    start, end = starts_at(kb, session), ends_at(kb, session)
    title = truncate(title_in(session, language), 80)
    return f"{discord_time(start, 'f')}\u2013{discord_time(end, 't')} {title}"


# --- answers ---------------------------------------------------------------------------


def render_answer(answer: Answer, kb: KnowledgeBase, *, logged: bool) -> list[Reply]:
    """The messages that carry ``answer``; the first is the one buttons go on."""
    language = answer.language
    note = untranslated_note(answer)
    if answer.alert is not None and answer.text:  # the organisers' fixed reply, plain
        text = f"{note}\n{answer.text}" if note else answer.text
        return [Reply(content=truncate(right_to_left(text, language), MESSAGE_CHARS))]
    if answer.outcome is Outcome.ANSWER and answer.text:
        replies = pack_embeds(answer_embeds(answer, kb))
        if note:  # one line in the asker's language above the English answer
            first = replies[0]
            replies[0] = Reply(content=right_to_left(note, language), embeds=first.embeds)
        return replies
    if answer.empty:
        return [Reply(content=right_to_left(empty_reply(answer), language))]
    if answer.outcome is Outcome.SUGGEST and answer.suggestions:
        return [Reply(content=suggest_text(answer, logged=logged))]
    return [Reply(content=right_to_left(unknown_reply(answer, logged=logged), language))]


def suggest_text(answer: Answer, *, logged: bool) -> str:
    """The did-you-mean list: FAQ titles only; the question itself is never echoed."""
    language = answer.language
    lines = [say("suggest_intro", language)]
    lines += [
        f"{i}. {truncate(' '.join(s.title.split()), 200)}"
        for i, s in enumerate(answer.suggestions, 1)
    ]
    lines += ["", say("suggest_pick_button", language)]
    if logged:
        lines.append(say("suggest_logged", language))
    return truncate(right_to_left("\n".join(lines), language), MESSAGE_CHARS)


def answer_embeds(answer: Answer, kb: KnowledgeBase) -> list[discord.Embed]:
    """The answer as embeds; a right-to-left language's text laid out right to left
    (the English text of an untranslated answer stays left to right)."""
    language = answer.language
    single = answer.sessions[0] if len(answer.sessions) == 1 else None
    if answer.kind is ItemKind.SESSION and single is not None and not answer.also_ids:
        return [session_embed(kb, single, language, live=answer.live)]
    text_language = "en" if answer.untranslated else language
    title = truncate(right_to_left(answer.title or say("answer", language), text_language),
                     EMBED_TITLE_CHARS)
    pieces = split_text(right_to_left(answer.text or "", text_language),
                        EMBED_DESCRIPTION_CHARS)
    embeds = [
        discord.Embed(
            title=title if i == 0 else None, description=piece, colour=ANSWER_COLOUR
        )
        for i, piece in enumerate(pieces)
    ]
    if answer.sessions and len(answer.sessions) <= LOCAL_TIME_SESSIONS:
        lines = [session_line(kb, s, language) for s in answer.sessions]
        value = truncate(right_to_left("\n".join(lines), language), EMBED_FIELD_VALUE_CHARS)
        embeds[-1].add_field(name=right_to_left(say("in_your_time_zone", language), language),
                             value=value, inline=False)
    return embeds


def session_embed(
    kb: KnowledgeBase, session: Session, language: str | None = None,
    *, live: str | None = None,
) -> discord.Embed:
    """``live`` says where the session stands now ("starts in 8 minutes"): first."""
    def rtl(text: str) -> str:
        return right_to_left(text, language)

    # What decides whether to go (cancelled, moved, full; who may go in) leads the
    # description: Discord shows the description above every field.
    lead = "\n".join(describe.status_lines(session, language))
    description = text_in(session, "description", language) or ""
    text = "\n\n".join(part for part in (live, lead, description) if part)
    embed = discord.Embed(
        title=truncate(rtl(title_in(session, language)), EMBED_TITLE_CHARS),
        description=truncate(rtl(text), EMBED_DESCRIPTION_CHARS) or None,
        colour=SESSION_COLOUR if describe.status_text(session) is None else CHANGED_COLOUR,
    )
    embed.add_field(name=rtl(say("when", language)),
                    value=truncate(rtl(session_when(kb, session, language)), 1024),
                    inline=False)
    embed.add_field(name=rtl(say("where", language)),
                    value=truncate(rtl(describe.room_line(kb, session, language)), 1024),
                    inline=False)
    if session.speakers:
        speakers = "\n".join(session.speakers)
        embed.add_field(name=rtl(say("speakers", language)), value=truncate(speakers, 1024),
                        inline=False)
    theme = kb.theme(session.theme)
    if theme is not None:
        embed.add_field(name=rtl(say("theme", language)),
                        value=truncate(rtl(title_in(theme, language)), 1024), inline=False)
    return embed


def pack_embeds(embeds: Iterable[discord.Embed]) -> list[Reply]:
    """Embeds grouped into messages of at most 10 embeds and 6000 characters."""
    replies: list[Reply] = []
    batch: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        length = len(embed)
        if batch and (len(batch) == EMBEDS_PER_MESSAGE or size + length > EMBED_TOTAL_CHARS):
            replies.append(Reply(embeds=tuple(batch)))
            batch, size = [], 0
        batch.append(embed)
        size += length
    if batch:
        replies.append(Reply(embeds=tuple(batch)))
    return replies or [Reply(content=UNKNOWN_REPLY_NOT_LOGGED)]


def text_replies(text: str, *, title: str | None = None) -> list[Reply]:
    """Plain (trusted) text as embeds: a title on the first, split within the limits."""
    pieces = split_text(text, EMBED_DESCRIPTION_CHARS)
    embeds = [
        discord.Embed(
            title=truncate(title, EMBED_TITLE_CHARS) if title and i == 0 else None,
            description=piece,
            colour=ANSWER_COLOUR,
        )
        for i, piece in enumerate(pieces)
    ]
    return pack_embeds(embeds)


def cooldown_notice(retry_after_seconds: float, language: str | None = None) -> str:
    seconds = max(1, round(retry_after_seconds))
    unit = say("second" if seconds == 1 else "seconds", language)
    return right_to_left(say("cooldown", language, seconds=seconds, unit=unit), language)


# --- moderators -------------------------------------------------------------------------


def question_field(
    group: QuestionGroup, value_limit: int = EMBED_FIELD_VALUE_CHARS
) -> tuple[str, str]:
    """(name, value) of one group in the moderators' listing."""
    lead = group.lead
    asks = group.asks
    name = (f"#{group.id} \u00b7 {people(group.people)} \u00b7 {asks} "
            f"{'ask' if asks == 1 else 'asks'} \u00b7 {group.status.value}")
    if group.sensitive:
        name = f"\U0001f512 sensitive \u00b7 {name}"
    if group.pinned:
        name += " \u00b7 split"
    if lead.language is not None and lead.language != "en":
        name += f" \u00b7 {lead.language}"  # moderators see what language it came in
    lines = [inert(lead.display_question, QUESTION_PREVIEW_CHARS)]
    details = [f"last {discord_time(group.last_asked, 'R')}"]
    if lead.best_id and lead.best_score is not None:
        details.append(f"closest: `{truncate(lead.best_id, 60)}` ({lead.best_score:.0f})")
    if lead.faq_id:
        details.append(f"answered by `{truncate(lead.faq_id, 60)}`")
    lines.append(" \u00b7 ".join(details))
    if group.same:
        shown = ", ".join(f"#{r.id}" for r in group.same[:8])
        more = f" and {len(group.same) - 8} more" if len(group.same) > 8 else ""
        lines.append(f"same question: {shown}{more}")
    similar = group.similar
    if similar:
        shown = ", ".join(f"#{r.id} ({r.count}\u00d7)" for r in similar[:8])
        more = f" and {len(similar) - 8} more" if len(similar) > 8 else ""
        lines.append(f"similar: {shown}{more}")
    return truncate(name, EMBED_FIELD_NAME_CHARS), truncate("\n".join(lines), value_limit)


def question_page(
    groups: Sequence[QuestionGroup],
    *,
    page: int,
    pages: int,
    status: str,
    questions: int,
) -> discord.Embed:
    """One page of the grouped listing (``page`` counts from 0)."""
    if not groups:
        return discord.Embed(
            title="Unanswered questions",
            description=f"No {status} questions." if status != "all" else "No questions logged.",
            colour=MODERATOR_COLOUR,
        )
    embed = discord.Embed(
        title=f"{status.capitalize()} questions, most people first",
        description=(
            "Grouped as the bot reads them. `/unanswered resolve id:` closes a whole group "
            "and tells everyone who asked; pick a group below to resolve it or make it a "
            "new FAQ entry; `/unanswered split id:` takes a question out of its group."
        ),
        colour=MODERATOR_COLOUR,
    )
    embed.set_footer(text=f"Page {page + 1} of {pages} \u00b7 {questions} question(s)")
    shown = groups[:EMBED_FIELDS]
    names = [question_field(g, 1)[0] for g in shown]
    # Share what is left of the 6000 characters of an embed between the fields.
    budget = EMBED_TOTAL_CHARS - len(embed) - sum(len(n) for n in names)
    value_limit = max(1, min(EMBED_FIELD_VALUE_CHARS, budget // len(shown)))
    for group in shown:
        name, value = question_field(group, value_limit)
        embed.add_field(name=name, value=value, inline=False)
    return embed


def group_option(group: QuestionGroup) -> tuple[str, str]:
    """(label, description) of a group in a select menu (100 characters each)."""
    label = truncate(f"#{group.id} \u00b7 {people(group.people)} \u00b7 "
                     f"{' '.join(displayable(group.lead.display_question).split())}",
                     SELECT_LABEL_CHARS)
    size = len(group.records)
    description = f"{size} question{'s' if size != 1 else ''} \u00b7 {group.asks} asks"
    if group.sensitive:
        description += " \u00b7 sensitive"
    return label or f"#{group.id}", truncate(description, SELECT_LABEL_CHARS)


def stats_embed(
    day: Stats,
    overall: Stats,
    titles: dict[str, str],
    *,
    now: dt.datetime,
    top_day: Sequence[TopGroup] | None = None,
    top_overall: Sequence[TopGroup] | None = None,
) -> discord.Embed:
    """The numbers; the top unanswered are the question groups when given (the review
    groups them), else storage's questions."""
    embed = discord.Embed(title="FAQ statistics", colour=MODERATOR_COLOUR, timestamp=now)
    for name, stats in (("Last 24 hours", day), ("Overall", overall)):
        share = f"{100 * stats.answered / stats.asked:.0f}%" if stats.asked else "\u2013"
        embed.add_field(
            name=name,
            value=(
                f"{stats.asked} asked \u00b7 {share} answered\n"
                f"{stats.suggested} did-you-mean \u00b7 {stats.unknown} not known"
                + (f"\n{stats.urgent} urgent \u00b7 {stats.sensitive} sensitive"
                   if stats.urgent or stats.sensitive else "")
            ),
            inline=True,
        )
    for name, stats in (("Top answers (24 h)", day), ("Top answers (overall)", overall)):
        lines = [
            f"{count}\u00d7 {truncate(titles.get(item, item), 80)} (`{truncate(item, 40)}`)"
            for item, count in stats.top_items
        ]
        embed.add_field(name=name, value=truncate("\n".join(lines) or "\u2013", 1024),
                        inline=False)
    for name, stats, groups in (("Top unanswered, open (24 h)", day, top_day),
                                ("Top unanswered, open (overall)", overall, top_overall)):
        if groups is not None:
            lines = [f"#{g.id} \u00b7 {people(g.people)} \u00b7 {g.asks}\u00d7 "
                     f"{inert(g.text, 110)}" for g in groups]
        else:
            lines = [f"{people(q.askers)} \u00b7 {q.asks}\u00d7 {inert(q.text, 120)}"
                     for q in stats.top_unanswered]
        embed.add_field(name=name, value=truncate("\n".join(lines) or "\u2013", 1024),
                        inline=False)
    return embed


def problem_messages(heading: str, problems: Sequence[Problem]) -> list[str]:
    """FAQ problems as ``PATH:LINE: field: message`` lines in code blocks within 2000
    chars: the form an editor jumps to, the same as ``conference-bot check`` prints."""
    lines = [displayable(str(p)).replace("```", "`\u200b``") for p in problems]
    messages: list[str] = []
    current: list[str] = []
    budget = MESSAGE_CHARS - len(heading) - 20
    used = 0
    for line in lines:
        line = truncate(line, 400)
        if current and used + len(line) + 1 > budget:
            messages.append(_code_block(heading, current))
            current, used = [], 0
        current.append(line)
        used += len(line) + 1
    if current or not messages:
        messages.append(_code_block(heading, current))
    return messages


def _code_block(heading: str, lines: Sequence[str]) -> str:
    body = "\n".join(lines) or "(no details)"
    return truncate(f"{heading}\n```\n{body}\n```", MESSAGE_CHARS)


RESOLVED_INTRO = say("resolved_intro", "en")
DISMISSED_INTRO = say("dismissed_intro", "en")


def resolve_notice(
    answer: Answer | None, kb: KnowledgeBase, reply: str | None, language: str | None = None
) -> list[Reply]:
    """What an asker is told when a moderator resolves their question: the entry's
    answer and the moderator's answer for them (never the moderators' internal note).
    ``language``: the question's; the moderator's own words stay as written."""
    intro = right_to_left(say("resolved_intro", language), language)
    if answer is not None and answer.answered:
        note = untranslated_note(answer)
        if note:
            intro += "\n" + right_to_left(note, language)
        replies = pack_embeds(answer_embeds(answer, kb))
        first = replies[0]
        content = intro if not reply else f"{intro}\n{truncate(displayable(reply), 1500)}"
        return [Reply(content=content, embeds=first.embeds), *replies[1:]]
    return [Reply(content=truncate(f"{intro}\n{displayable(reply or '')}".strip(), MESSAGE_CHARS))]


def dismiss_notice(reason: str, language: str | None = None) -> list[Reply]:
    """What an asker is told when a moderator sets their question aside with a reason."""
    intro = right_to_left(say("dismissed_intro", language), language)
    return [Reply(content=truncate(f"{intro}\n{displayable(reason)}", MESSAGE_CHARS))]


def suggestions_embed(suggestions: Sequence[Suggestion], *, shown: int) -> discord.Embed:
    """Suggestions from use, numbered as their buttons are."""
    embed = discord.Embed(title="Suggestions from use", colour=MODERATOR_COLOUR)
    if not suggestions:
        embed.description = ("Nothing to suggest: no wording picked by several people, no "
                             "\N{THUMBS DOWN SIGN} and no collision waiting for a decision.")
        return embed
    embed.description = (
        "**Add** puts the wording in the FAQ file as an alternate of the entry and reloads it; "
        "**Edit** lets you change the wording or the entry first; **Reject** hides it for good."
    )
    for n, suggestion in enumerate(suggestions[:shown], 1):
        asked = [inert(q, 150) for q in suggestion.questions[:3]]
        value = "\n".join([
            truncate(suggestion.describe(), 300),
            f"wording: {inert(suggestion.text, 200)}",
            *(f"asked: {q}" for q in asked),
        ])
        embed.add_field(name=truncate(f"{n}. {suggestion.kind.replace('_', ' ')} \u00b7 "
                                      f"{suggestion.key}", EMBED_FIELD_NAME_CHARS),
                        value=truncate(value, 900), inline=False)
    if len(suggestions) > shown:
        embed.set_footer(text=f"{len(suggestions) - shown} more after these are decided "
                         "(or `conference-bot faq suggestions`)")
    return embed
