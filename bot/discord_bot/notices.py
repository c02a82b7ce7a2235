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
from bot.core.models import ENGLISH, LANGUAGES, KnowledgeBase, Session, SessionStatus
from bot.core.reminders import Reminder
from bot.core.schedule import ends_at, starts_at
from bot.core.translations import room_name_in, title_in
from bot.core.wording import right_to_left, say
from bot.discord_bot.render import MESSAGE_CHARS, discord_time, truncate

ARROW = "\u2192"
TITLE_CHARS = 200  # a title in a notice: the rest of the message is what changed


def _when(facts: SessionFacts) -> str:
    return f"{discord_time(facts.start, 'F')}\u2013{discord_time(facts.end, 't')}"


def _english(language: str | None) -> bool:
    return language in (None, ENGLISH) or language not in LANGUAGES


def _local(facts: SessionFacts, language: str | None = None) -> str:
    """The conference's own time, for those who plan by it."""
    if _english(language):
        return programme.when_text(facts)
    start, end = facts.start, facts.end
    return (f"{wording.short_day(start.date(), language)} {start:%H:%M}-{end:%H:%M} "
            f"{start:%Z}").rstrip()


def _title(facts: SessionFacts, kb: KnowledgeBase | None = None,
           language: str | None = None) -> str:
    """The title as announced; in a follower's language where the FAQ file translates
    it (and the session still has that title)."""
    title = facts.title
    if kb is not None and not _english(language):
        session = next((s for s in kb.sessions if s.id == facts.id), None)
        if session is not None and session.title == facts.title:
            title = title_in(session, language)
    return truncate(" ".join(title.split()), TITLE_CHARS)


def _room(facts: SessionFacts, kb: KnowledgeBase | None, language: str | None) -> str:
    if kb is None or _english(language):
        return facts.room_name
    room = kb.room(facts.room)
    return title_in(room, language) if room is not None else facts.room_name


def _status(facts: SessionFacts, language: str | None) -> str:
    if _english(language):
        return programme.status_text(facts)
    note = f" ({facts.status_note})" if facts.status_note else ""
    return f"{describe.status_label(facts.status, language)}{note}"


def _access(facts: SessionFacts, language: str | None) -> str:
    if _english(language):
        return programme.access_text(facts)
    if facts.access is None:
        return say("access_not_stated", language)
    return describe.access_label(facts.access, language)


def _speakers(facts: SessionFacts, language: str | None) -> str:
    return "; ".join(facts.speakers) if facts.speakers else say("speakers_none", language)


def _field(label: str, value: str, language: str | None) -> str:
    return say("notice_field", language, label=say(label, language), value=value)


def _aspect(aspect: Aspect, old: SessionFacts, new: SessionFacts,
            kb: KnowledgeBase | None = None, language: str | None = None) -> str:
    if aspect is Aspect.TIME:
        return (_field("when", f"{_when(old)} {ARROW} **{_when(new)}**", language) +
                f"\n({_local(old, language)} {ARROW} {_local(new, language)})")
    if aspect is Aspect.ROOM:
        return _field("where", f"{_room(old, kb, language)} {ARROW} "
                               f"**{_room(new, kb, language)}**", language)
    if aspect is Aspect.STATUS:
        return _field("status", f"{_status(old, language)} {ARROW} "
                                f"**{_status(new, language)}**", language)
    if aspect is Aspect.ACCESS:
        return _field("access", f"{_access(old, language)} {ARROW} "
                                f"**{_access(new, language)}**", language)
    return _field("speakers", f"{_speakers(old, language)} {ARROW} "
                              f"**{_speakers(new, language)}**", language)


def change_text(change: Change, kb: KnowledgeBase | None = None,
                language: str | None = None) -> str:
    """What changed, old -> new, in ``language`` (None: English): the server's for the
    announcement channel, a follower's for their DM (titles and rooms translated where
    the FAQ file in ``kb`` has a translation)."""
    facts = change.facts
    title = _title(facts, kb, language)
    if change.kind is Kind.ADDED:
        return "\n".join([
            say("notice_new", language, title=title),
            f"{_when(facts)} ({_local(facts, language)})",
            _field("where", _room(facts, kb, language), language)])
    if change.kind is Kind.REMOVED:
        return "\n".join([
            say("notice_removed", language, title=title),
            say("notice_was", language, when=_when(facts), local=_local(facts, language),
                room=_room(facts, kb, language))])
    assert change.old is not None and change.new is not None
    new = change.new
    if change.cancelled:
        lines = [say("notice_cancelled", language, title=title),
                 say("notice_was", language, when=_when(new), local=_local(new, language),
                     room=_room(new, kb, language))]
        if new.status_note:
            lines.append(new.status_note)
        rest: list[Aspect] = [a for a in change.aspects if a is not Aspect.STATUS]
    else:
        lines = [say("notice_changed", language, title=title)]
        rest = list(change.aspects)
    lines += [_aspect(a, change.old, new, kb, language) for a in rest]
    if not change.cancelled:
        if Aspect.TIME not in change.aspects:
            lines.append(_field("when", say("notice_unchanged", language, value=_when(new)),
                                language))
        if Aspect.ROOM not in change.aspects:
            lines.append(_field("where", say("notice_unchanged", language,
                                             value=_room(new, kb, language)), language))
    return truncate("\n".join(lines), MESSAGE_CHARS)


def announcement_text(change: Change, kb: KnowledgeBase | None = None,
                      language: str | None = None) -> str:
    """The post in the announcement channel, in the server's preferred language
    (None: English, word for word the wording it always had)."""
    return truncate(right_to_left(change_text(change, kb, language), language), MESSAGE_CHARS)


def follower_text(change: Change, kb: KnowledgeBase | None = None,
                  language: str | None = None) -> str:
    """The DM to someone following the session, in the language of their Discord app
    when they followed it (None: English)."""
    intro = say("notice_intro_removed" if change.kind is Kind.REMOVED
                else "notice_intro_changed", language)
    outro = say("notice_outro", language)
    body = change_text(change, kb, language)
    marks = 40 if wording.is_rtl(language) else 0  # a right-to-left mark on each line
    room = MESSAGE_CHARS - len(intro) - len(outro) - 4 - marks
    text = right_to_left(f"{intro}\n\n{truncate(body, room)}\n\n{outro}", language)
    return truncate(text, MESSAGE_CHARS)


def reminder_text(reminder: Reminder, kb: KnowledgeBase) -> str:
    """The reminder DM, in ``reminder.language`` (None: English)."""
    session, language = reminder.session, reminder.language
    start, end = starts_at(kb, session), ends_at(kb, session)
    lines = [
        say("reminder_starts", language,
            title=truncate(title_in(session, language), TITLE_CHARS),
            relative=discord_time(start, "R"), time=discord_time(start, "t"),
            clock=f"{start:%H:%M}", zone=describe.zone_label(kb, session.day),
            city=describe.city_of(kb), end=discord_time(end, "t")),
        _field("where", describe.room_line(kb, session, language), language),
        *describe.status_lines(session, language),
        "",
        say("reminder_outro", language),
    ]
    return truncate(right_to_left("\n".join(lines), language), MESSAGE_CHARS)


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
