"""The programme as an iCalendar file (RFC 5545), via the ``icalendar`` library.

Every event carries the conference time zone (a VTIMEZONE for it is included, so a
calendar shows the right local time wherever the reader is), the room as LOCATION,
STATUS:CANCELLED for a cancelled session, and a UID made of the session id and the
conference, so importing the file again updates the events instead of duplicating
them. Only ``now`` differs between two exports of the same programme: it is the
DTSTAMP, and the SEQUENCE is the minutes since 2000 at ``now``, so the latest export
wins in the calendars that compare sequences before taking an update (Outlook), even
though nothing here remembers what an earlier export said.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

import icalendar

from bot.core import describe
from bot.core.models import KnowledgeBase, Session, SessionStatus
from bot.core.schedule import ends_at, ordered, starts_at
from bot.core.translations import room_name_in, text_in, title_in
from bot.core.wording import say

PRODUCT_ID = "-//Conference Concierge//Programme//EN"
MEDIA_TYPE = "text/calendar"
# How far around the conference days the VTIMEZONE's rules reach, in days.
_ZONE_MARGIN_DAYS = 366
_SEQUENCE_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def uid_of(kb: KnowledgeBase, session: Session) -> str:
    """Stable across exports and runs: the session id at the conference's own name."""
    name = kb.conference.short_name or kb.conference.name
    words = re.findall(r"[a-z0-9]+", name.lower())
    return f"{session.id}@{'-'.join(words)[:60] or 'conference'}"


def calendar(
    kb: KnowledgeBase, sessions: Iterable[Session], *, now: dt.datetime, title: str | None = None,
    language: str | None = None,
) -> bytes:
    """``sessions`` (the whole programme, a day, one session...) as an .ics file, in
    ``language`` where the FAQ file translates a title, a room or a description (the
    labels from the wording catalogue); English otherwise."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", title or kb.conference.short_name or kb.conference.name)
    cal.add("x-wr-timezone", kb.conference.timezone)
    stamp = now.astimezone(dt.UTC)
    for session in ordered(sessions):
        cal.add_component(_event(kb, session, stamp, language))
    first, last = min(kb.conference.dates), max(kb.conference.dates)
    margin = dt.timedelta(days=_ZONE_MARGIN_DAYS)
    cal.add_missing_timezones(first_date=first - margin, last_date=last + margin)
    data: bytes = cal.to_ical()
    return data


def _event(
    kb: KnowledgeBase, session: Session, stamp: dt.datetime, language: str | None
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid_of(kb, session))
    event.add("dtstamp", stamp)
    event.add("sequence", max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60)))
    event.add("dtstart", starts_at(kb, session))
    event.add("dtend", ends_at(kb, session))
    title = title_in(session, language)
    if session.status is not SessionStatus.SCHEDULED:
        title = f"[{describe.status_label(session.status, language).upper()}] {title}"
    event.add("summary", title)
    event.add("location", _location(kb, session, language))
    cancelled = session.status is SessionStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
    event.add("description", _description(kb, session, language))
    if kb.conference.website:
        event.add("url", kb.conference.website)
    return event


def _location(kb: KnowledgeBase, session: Session, language: str | None) -> str:
    room = room_name_in(kb, session.room, language)
    if kb.venue is None:
        return room
    return f"{room}, {text_in(kb.venue, 'name', language)}"


def _description(kb: KnowledgeBase, session: Session, language: str | None) -> str:
    lines = [line.replace("**", "") for line in describe.status_lines(session, language)]
    if session.speakers:
        lines.append(say("label_line", language, label=say("speakers", language),
                         value="; ".join(session.speakers)))
    theme = kb.theme(session.theme)
    if theme is not None:
        lines.append(say("label_line", language, label=say("theme", language),
                         value=title_in(theme, language)))
    description = text_in(session, "description", language)  # English where untranslated
    if description:
        lines += ["", description]
    return "\n".join(lines).strip()
