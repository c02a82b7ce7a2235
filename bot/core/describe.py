"""Plain chat text for answers generated from the programme, venue and themes.

Markdown kept light (bold titles, short lines) so it reads well both in Discord and
in a terminal. Times are always shown with the conference time zone named.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.core.models import Access, KnowledgeBase, Room, Session, SessionStatus, Theme
from bot.core.schedule import ordered, starts_at


def zone_label(kb: KnowledgeBase, day: dt.date) -> str:
    """e.g. "EDT", the abbreviation in force on that day, or the zone name."""
    zone = ZoneInfo(kb.conference.timezone)
    name = dt.datetime.combine(day, dt.time(12, 0), tzinfo=zone).tzname()
    return name or kb.conference.timezone


def city_of(kb: KnowledgeBase) -> str:
    return kb.conference.timezone.rsplit("/", 1)[-1].replace("_", " ")


def day_label(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def time_range(kb: KnowledgeBase, session: Session) -> str:
    return f"{session.start:%H:%M}\u2013{session.end:%H:%M} {zone_label(kb, session.day)}"


def room_line(kb: KnowledgeBase, session: Session) -> str:
    room = kb.room(session.room)
    if room is None:
        return session.room
    return f"{room.name} ({room.notes})" if room.notes else room.name


STATUS_LABELS = {
    SessionStatus.SCHEDULED: "on as scheduled",
    SessionStatus.DELAYED: "delayed",
    SessionStatus.MOVED: "moved",
    SessionStatus.CANCELLED: "cancelled",
    SessionStatus.FULL: "full",
}
ACCESS_LABELS = {
    Access.OPEN: "open to all conference participants",
    Access.REGISTRATION: "registration needed in advance",
    Access.CLOSED: "closed meeting, by invitation only",
}


def status_text(session: Session) -> str | None:
    """"cancelled (moved to Friday)"; None for a scheduled session without a note."""
    if session.status is SessionStatus.SCHEDULED and not session.status_note:
        return None
    label = STATUS_LABELS[session.status]
    return f"{label} ({session.status_note})" if session.status_note else label


def access_text(session: Session) -> str | None:
    """Who may go in, capitalised, with the seats; None when the file says nothing."""
    parts = [ACCESS_LABELS[session.access]] if session.access is not None else []
    if session.capacity:
        parts.append(f"{session.capacity} seats")
    return ", ".join(parts).capitalize() if parts else None


def status_lines(session: Session) -> list[str]:
    """The lines that go first in an answer about a session: what changed, who may go."""
    lines = []
    status = status_text(session)
    if status is not None:
        lines.append(f"Status: **{status[0].upper()}{status[1:]}**")
    access = access_text(session)
    if access is not None:
        lines.append(f"Access: {access}")
    return lines


def status_mark(session: Session) -> str:
    """What a one-line listing adds after a session that is not simply on: " · cancelled"."""
    if session.status is SessionStatus.SCHEDULED:
        return ""
    return f" \u00b7 {STATUS_LABELS[session.status]}"


def describe_session(kb: KnowledgeBase, session: Session) -> str:
    lines = [
        f"**{session.title}**",
        *status_lines(session),
        f"When: {day_label(session.day)}, {time_range(kb, session)} ({city_of(kb)} time)",
        f"Where: {room_line(kb, session)}",
    ]
    if session.speakers:
        lines.append("Speakers: " + "; ".join(session.speakers))
    theme = kb.theme(session.theme)
    if theme is not None:
        lines.append(f"Theme: {theme.title}")
    if session.description:
        lines += ["", session.description]
    return "\n".join(lines)


def session_line(kb: KnowledgeBase, session: Session, *, with_day: bool = True) -> str:
    when = f"{short_day(session.day)} " if with_day else ""
    return (
        f"\u2022 {when}{session.start:%H:%M}\u2013{session.end:%H:%M} "
        f"**{session.title}** \u2014 {kb.room_name(session.room)}{status_mark(session)}"
    )


def describe_listing(
    kb: KnowledgeBase, heading: str, sessions: Sequence[Session], *, with_day: bool = False
) -> str:
    zone = zone_label(kb, sessions[0].day) if sessions else kb.conference.timezone
    lines = [f"{heading} (times in {city_of(kb)} time, {zone}):"]
    lines += [session_line(kb, s, with_day=with_day) for s in ordered(sessions)]
    return "\n".join(lines)


def describe_programme(kb: KnowledgeBase) -> str:
    parts = []
    for day in sorted(kb.conference.dates):
        todays = [s for s in kb.sessions if s.day == day]
        if todays:
            parts.append(describe_listing(kb, f"**{day_label(day)}**", todays))
    return "\n\n".join(parts) if parts else "The programme has not been published yet."


def describe_theme(kb: KnowledgeBase, theme: Theme) -> str:
    lines = [f"**{theme.title}**", "", theme.summary]
    sessions = ordered(s for s in kb.sessions if s.theme == theme.id)
    if sessions:
        lines += ["", "Sessions on this theme:"]
        lines += [session_line(kb, s) for s in sessions]
    return "\n".join(lines)


def describe_room(kb: KnowledgeBase, room: Room) -> str:
    lines = [f"**{room.name}**"]
    if room.notes:
        lines.append(room.notes)
    if kb.venue is not None:
        lines.append(f"{kb.venue.name}, {kb.venue.address}")
    sessions = ordered(s for s in kb.sessions if s.room == room.id)
    if sessions:
        lines += ["", "Sessions here:"]
        lines += [session_line(kb, s) for s in sessions]
    return "\n".join(lines)


def describe_topics(kb: KnowledgeBase) -> str:
    if not kb.themes:
        return "The organisers have not listed the themes yet."
    lines = ["The conference themes:"]
    lines += [f"\u2022 **{t.title}**" for t in kb.themes]
    return "\n".join(lines)


def describe_venue(kb: KnowledgeBase) -> str:
    venue = kb.venue
    if venue is None:
        return "The organisers have not published venue details yet."
    lines = [f"**{venue.name}**", venue.address]
    if venue.directions:
        lines += ["", venue.directions]
    if venue.notes:
        lines += ["", venue.notes]
    if venue.rooms:
        lines += ["", "Rooms:"]
        lines += [
            f"\u2022 **{r.name}**" + (f" \u2014 {r.notes}" if r.notes else "") for r in venue.rooms
        ]
    return "\n".join(lines)


def first_session(kb: KnowledgeBase) -> Session | None:
    """The first session that will take place (a cancelled one is not where it opens)."""
    sessions = ordered(s for s in kb.sessions if not s.cancelled)
    return sessions[0] if sessions else None


def when_label(kb: KnowledgeBase, session: Session) -> str:
    start = starts_at(kb, session)
    return f"{day_label(session.day)} at {start:%H:%M} {zone_label(kb, session.day)}"
