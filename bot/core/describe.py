"""Plain chat text for answers generated from the programme, venue and themes.

Markdown kept light (bold titles, short lines) so it reads well both in Discord and
in a terminal. Times are always shown with the conference time zone named. Every
function takes the reply's language: the labels come from ``wording``, titles and
descriptions from the item's translation where the FAQ file has one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.core import wording
from bot.core.models import Access, KnowledgeBase, Room, Session, SessionStatus, Theme
from bot.core.schedule import ordered, starts_at
from bot.core.translations import room_name_in, text_in, title_in
from bot.core.wording import say


def zone_label(kb: KnowledgeBase, day: dt.date) -> str:
    """e.g. "EDT", the abbreviation in force on that day, or the zone name."""
    zone = ZoneInfo(kb.conference.timezone)
    name = dt.datetime.combine(day, dt.time(12, 0), tzinfo=zone).tzname()
    return name or kb.conference.timezone


def city_of(kb: KnowledgeBase) -> str:
    return kb.conference.timezone.rsplit("/", 1)[-1].replace("_", " ")


def local_time(kb: KnowledgeBase, language: str | None = None) -> str:
    """"New York time", in the reply's language."""
    return say("local_time", language, city=city_of(kb))


def day_label(day: dt.date, language: str | None = None) -> str:
    return wording.long_day(day, language)


def short_day(day: dt.date, language: str | None = None) -> str:
    return wording.short_day(day, language)


def time_range(kb: KnowledgeBase, session: Session) -> str:
    return f"{session.start:%H:%M}\u2013{session.end:%H:%M} {zone_label(kb, session.day)}"


def room_line(kb: KnowledgeBase, session: Session, language: str | None = None) -> str:
    room = kb.room(session.room)
    if room is None:
        return session.room
    name, notes = title_in(room, language), text_in(room, "notes", language)
    return f"{name} ({notes})" if notes else name


def status_label(status: SessionStatus, language: str | None = None) -> str:
    """"cancelled", "full"... in the reply's language."""
    return say(f"status_{status.value}", language)


def access_label(access: Access, language: str | None = None) -> str:
    return say(f"access_{access.value}", language)


# English, for what has no asker's language (announcements, calendar files).
STATUS_LABELS = {status: status_label(status) for status in SessionStatus}
ACCESS_LABELS = {access: access_label(access) for access in Access}


def status_text(session: Session, language: str | None = None) -> str | None:
    """"cancelled (moved to Friday)"; None for a scheduled session without a note."""
    if session.status is SessionStatus.SCHEDULED and not session.status_note:
        return None
    label = status_label(session.status, language)
    return f"{label} ({session.status_note})" if session.status_note else label


def access_text(session: Session, language: str | None = None) -> str | None:
    """Who may go in, capitalised, with the seats; None when the file says nothing."""
    parts = [access_label(session.access, language)] if session.access is not None else []
    if session.capacity:
        parts.append(say("seats", language, count=session.capacity))
    text = say("comma", language).join(parts)
    return text[:1].upper() + text[1:] if text else None


def status_lines(session: Session, language: str | None = None) -> list[str]:
    """The lines that go first in an answer about a session: what changed, who may go."""
    lines = []
    status = status_text(session, language)
    if status is not None:
        lines.append(say("status_line", language, status=status[:1].upper() + status[1:]))
    access = access_text(session, language)
    if access is not None:
        lines.append(say("access_line", language, access=access))
    return lines


def status_mark(session: Session, language: str | None = None) -> str:
    """What a one-line listing adds after a session that is not simply on: " · cancelled"."""
    if session.status is SessionStatus.SCHEDULED:
        return ""
    return f" \u00b7 {status_label(session.status, language)}"


def _label(key: str, value: str, language: str | None) -> str:
    return say("label_line", language, label=say(key, language), value=value)


def describe_session(kb: KnowledgeBase, session: Session, language: str | None = None) -> str:
    when = (f"{day_label(session.day, language)}, {time_range(kb, session)} "
            f"({local_time(kb, language)})")
    lines = [
        f"**{title_in(session, language)}**",
        *status_lines(session, language),
        _label("when", when, language),
        _label("where", room_line(kb, session, language), language),
    ]
    if session.speakers:
        lines.append(_label("speakers", "; ".join(session.speakers), language))
    theme = kb.theme(session.theme)
    if theme is not None:
        lines.append(_label("theme", title_in(theme, language), language))
    description = text_in(session, "description", language)
    if description:
        lines += ["", description]
    return "\n".join(lines)


def session_line(
    kb: KnowledgeBase, session: Session, *, with_day: bool = True, language: str | None = None
) -> str:
    when = f"{short_day(session.day, language)} " if with_day else ""
    return (
        f"\u2022 {when}{session.start:%H:%M}\u2013{session.end:%H:%M} "
        f"**{title_in(session, language)}** \u2014 {room_name_in(kb, session.room, language)}"
        f"{status_mark(session, language)}"
    )


def describe_listing(
    kb: KnowledgeBase,
    heading: str,
    sessions: Sequence[Session],
    *,
    with_day: bool = False,
    language: str | None = None,
) -> str:
    zone = zone_label(kb, sessions[0].day) if sessions else kb.conference.timezone
    lines = [say("times_in", language, heading=heading, local=local_time(kb, language),
                 zone=zone)]
    lines += [session_line(kb, s, with_day=with_day, language=language)
              for s in ordered(sessions)]
    return "\n".join(lines)


def describe_programme(kb: KnowledgeBase, language: str | None = None) -> str:
    parts = []
    for day in sorted(kb.conference.dates):
        todays = [s for s in kb.sessions if s.day == day]
        if todays:
            parts.append(describe_listing(kb, f"**{day_label(day, language)}**", todays,
                                          language=language))
    return "\n\n".join(parts) if parts else say("no_programme", language)


def describe_theme(kb: KnowledgeBase, theme: Theme, language: str | None = None) -> str:
    lines = [f"**{title_in(theme, language)}**", "", text_in(theme, "summary", language) or ""]
    sessions = ordered(s for s in kb.sessions if s.theme == theme.id)
    if sessions:
        lines += ["", say("sessions_on_theme", language)]
        lines += [session_line(kb, s, language=language) for s in sessions]
    return "\n".join(lines)


def describe_room(kb: KnowledgeBase, room: Room, language: str | None = None) -> str:
    lines = [f"**{title_in(room, language)}**"]
    notes = text_in(room, "notes", language)
    if notes:
        lines.append(notes)
    if kb.venue is not None:
        lines.append(f"{text_in(kb.venue, 'name', language)}, {kb.venue.address}")
    sessions = ordered(s for s in kb.sessions if s.room == room.id)
    if sessions:
        lines += ["", say("sessions_here", language)]
        lines += [session_line(kb, s, language=language) for s in sessions]
    return "\n".join(lines)


def describe_topics(kb: KnowledgeBase, language: str | None = None) -> str:
    if not kb.themes:
        return say("no_themes", language)
    lines = [say("themes_intro", language)]
    lines += [f"\u2022 **{title_in(t, language)}**" for t in kb.themes]
    return "\n".join(lines)


def describe_venue(kb: KnowledgeBase, language: str | None = None) -> str:
    venue = kb.venue
    if venue is None:
        return say("no_venue", language)
    lines = [f"**{text_in(venue, 'name', language)}**", venue.address]
    for name in ("directions", "notes"):
        text = text_in(venue, name, language)
        if text:
            lines += ["", text]
    if venue.rooms:
        lines += ["", say("rooms", language)]
        for r in venue.rooms:
            notes = text_in(r, "notes", language)
            extra = f" \u2014 {notes}" if notes else ""
            lines.append(f"\u2022 **{title_in(r, language)}**{extra}")
    return "\n".join(lines)


def first_session(kb: KnowledgeBase) -> Session | None:
    """The first session that will take place (a cancelled one is not where it opens)."""
    sessions = ordered(s for s in kb.sessions if not s.cancelled)
    return sessions[0] if sessions else None


def last_session(kb: KnowledgeBase) -> Session | None:
    """The programme's last item, what "the conference is over" points to (cancelled or
    not: where the programme ends)."""
    sessions = ordered(kb.sessions)
    return sessions[-1] if sessions else None


def when_label(kb: KnowledgeBase, session: Session, language: str | None = None) -> str:
    start = starts_at(kb, session)
    return say("day_at", language, day=day_label(session.day, language), time=f"{start:%H:%M}",
               zone=zone_label(kb, session.day))
