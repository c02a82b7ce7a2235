"""The live programme as Discord messages: change announcements, DMs to followers,
reminders, and a person's own schedule.

Pure: no network, no clock. Times are Discord timestamps (``<t:unix:F>``), so every
reader sees their own local time; the conference's own time is given alongside where a
person plans their day by it. Titles and notes are the organisers' (trusted) text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core import changes as programme
from bot.core import describe, wording
from bot.core.changes import Aspect, Change, Kind, SessionFacts
from bot.core.models import KnowledgeBase, Session, SessionStatus
from bot.core.reminders import Reminder
from bot.core.schedule import ends_at, starts_at
from bot.core.translations import room_name_in, title_in
from bot.core.wording import right_to_left, say
from bot.discord_bot.render import MESSAGE_CHARS, discord_time, truncate

ARROW = "\u2192"
TITLE_CHARS = 200  # a title in a notice: the rest of the message is what changed


def _when(facts: SessionFacts) -> str:
    return f"{discord_time(facts.start, 'F')}\u2013{discord_time(facts.end, 't')}"


def _local(facts: SessionFacts) -> str:
    """The conference's own time, for those who plan by it."""
    return programme.when_text(facts)


def _title(facts: SessionFacts) -> str:
    return truncate(" ".join(facts.title.split()), TITLE_CHARS)


def _aspect(aspect: Aspect, old: SessionFacts, new: SessionFacts) -> str:
    if aspect is Aspect.TIME:
        return (f"**When:** {_when(old)} {ARROW} **{_when(new)}**\n"
                f"({_local(old)} {ARROW} {_local(new)})")
    if aspect is Aspect.ROOM:
        return f"**Where:** {old.room_name} {ARROW} **{new.room_name}**"
    if aspect is Aspect.STATUS:
        return (f"**Status:** {programme.status_text(old)} {ARROW} "
                f"**{programme.status_text(new)}**")
    if aspect is Aspect.ACCESS:
        return (f"**Access:** {programme.access_text(old)} {ARROW} "
                f"**{programme.access_text(new)}**")
    return (f"**Speakers:** {programme.speakers_text(old)} {ARROW} "
            f"**{programme.speakers_text(new)}**")


def change_text(change: Change) -> str:
    """What changed, old -> new, for the announcement channel (and followers' DMs)."""
    facts = change.facts
    if change.kind is Kind.ADDED:
        return (f"\U0001f195 **New session: {_title(facts)}**\n{_when(facts)} "
                f"({_local(facts)})\n**Where:** {facts.room_name}")
    if change.kind is Kind.REMOVED:
        return (f"\U0001f5d1\ufe0f **Removed from the programme: {_title(facts)}**\n"
                f"It was {_when(facts)} ({_local(facts)}), {facts.room_name}.")
    assert change.old is not None and change.new is not None
    new = change.new
    if change.cancelled:
        head = f"\u274c **Cancelled: {_title(new)}**"
        lines = [head, f"It was {_when(new)} ({_local(new)}), {new.room_name}."]
        if new.status_note:
            lines.append(new.status_note)
        rest: list[Aspect] = [a for a in change.aspects if a is not Aspect.STATUS]
    else:
        lines = [f"\U0001f4e2 **Programme change: {_title(new)}**"]
        rest = list(change.aspects)
    lines += [_aspect(a, change.old, new) for a in rest]
    if not change.cancelled:
        if Aspect.TIME not in change.aspects:
            lines.append(f"**When:** {_when(new)} (unchanged)")
        if Aspect.ROOM not in change.aspects:
            lines.append(f"**Where:** {new.room_name} (unchanged)")
    return truncate("\n".join(lines), MESSAGE_CHARS)


def follower_text(change: Change) -> str:
    """The DM to someone following the session."""
    intro = "A session you follow has changed." if change.kind is not Kind.REMOVED else (
        "A session you follow is no longer in the programme.")
    outro = "(`/unfollow` stops these messages; `/my-schedule` lists what you follow.)"
    body = change_text(change)
    room = MESSAGE_CHARS - len(intro) - len(outro) - 4
    return f"{intro}\n\n{truncate(body, room)}\n\n{outro}"


def reminder_text(reminder: Reminder, kb: KnowledgeBase) -> str:
    session = reminder.session
    start, end = starts_at(kb, session), ends_at(kb, session)
    lines = [
        f"\u23f0 **{truncate(session.title, TITLE_CHARS)}** starts {discord_time(start, 'R')}, "
        f"at {discord_time(start, 't')} ({start:%H:%M} {describe.zone_label(kb, session.day)} "
        f"in {describe.city_of(kb)}), until {discord_time(end, 't')}.",
        f"**Where:** {describe.room_line(kb, session)}",
        *describe.status_lines(session),
        "",
        "(You follow this session. `/remind minutes:` changes when reminders come; "
        "`/unfollow` stops them.)",
    ]
    return truncate("\n".join(lines), MESSAGE_CHARS)


def schedule_lines(
    kb: KnowledgeBase, followed: Sequence[str], *, minutes: int, now: dt.datetime,
    language: str | None = None,
) -> str:
    """``/my-schedule``: what a person follows, in programme order, with the reminder lead,
    in the language of their Discord app."""
    sessions = {s.id: s for s in kb.sessions}
    present = sorted((sessions[i] for i in followed if i in sessions),
                     key=lambda s: (starts_at(kb, s), s.title))
    gone = [i for i in followed if i not in sessions]
    if not present and not gone:
        return right_to_left(say("my_nothing_followed", language), language)
    lines = [say("my_sessions", language)]
    for session in present:
        lines.append(_schedule_line(kb, session, now, language))
    for session_id in gone:
        lines.append(f"\u2022 `{truncate(session_id, 60)}`: {say('my_gone', language)}")
    reminders = (say("my_reminders_on", language, minutes=wording.minutes(minutes, language))
                 if minutes > 0 else say("my_reminders_off", language))
    lines += ["", say("my_footer", language, reminders=reminders)]
    return truncate(right_to_left("\n".join(lines), language), MESSAGE_CHARS)


def _schedule_line(
    kb: KnowledgeBase, session: Session, now: dt.datetime, language: str | None
) -> str:
    start, end = starts_at(kb, session), ends_at(kb, session)
    over = say("my_over", language) if end <= now else ""
    mark = "" if session.status is SessionStatus.SCHEDULED else (
        f" \u00b7 **{describe.status_label(session.status, language)}**")
    return (f"\u2022 {discord_time(start, 'f')}\u2013{discord_time(end, 't')} "
            f"**{truncate(title_in(session, language), 120)}**, "
            f"{room_name_in(kb, session.room, language)}{mark}{over}")


def followed_text(
    kb: KnowledgeBase, session: Session, *, minutes: int, refused: bool, already: bool,
    language: str | None = None,
) -> str:
    """The reply to ``/follow``, in the language of the person's Discord app."""
    start = starts_at(kb, session)
    lines = [say("follow_already" if already else "follow_now", language,
                 title=truncate(title_in(session, language), TITLE_CHARS),
                 when=discord_time(start, "F"), room=room_name_in(kb, session.room, language))]
    lines += describe.status_lines(session, language)
    if session.cancelled:
        lines.append(say("follow_cancelled", language))
    elif minutes > 0:
        lines.append(say("follow_reminder", language,
                         minutes=wording.minutes(minutes, language)))
    else:
        lines.append(say("follow_reminders_off", language))
    if refused:
        lines.append(say("follow_dms_refused", language))
    return truncate(right_to_left("\n".join(lines), language), MESSAGE_CHARS)
