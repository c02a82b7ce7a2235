"""Structured answers for /now, /next, /schedule, /venue and /topics.

Pure: the knowledge base and the current moment come in, an ``Answer`` goes out, so
the same renderer shows them and tests need neither Discord nor a clock. Times are
reasoned about in the conference time zone (``bot.core.schedule``).
"""

from __future__ import annotations

import datetime as dt

from bot.core import describe, schedule
from bot.core.models import Answer, ItemKind, KnowledgeBase, Outcome, Room, Session
from bot.core.schedule import Selection
from bot.core.text import fold

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _listing(
    command: str, title: str, text: str, sessions: list[Session] | tuple[Session, ...] = ()
) -> Answer:
    first = sessions[0] if sessions else None
    return Answer(
        question=command,
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=first.id if first else None,
        kind=ItemKind.SCHEDULE,
        title=title,
        text=text,
        sessions=tuple(sessions),
        best_id=first.id if first else None,
    )


def _sessions_text(kb: KnowledgeBase, heading: str, sessions: list[Session], *,
                   with_day: bool = False) -> str:
    if len(sessions) == 1:
        return f"{heading}:\n\n{describe.describe_session(kb, sessions[0])}"
    return describe.describe_listing(kb, heading, sessions, with_day=with_day)


def _outside(kb: KnowledgeBase, command: str, state: str) -> Answer:
    span = ", ".join(describe.day_label(d) for d in sorted(kb.conference.dates))
    if state == "before":
        first = describe.first_session(kb)
        text = f"The conference has not started yet: it runs on {span}."
        if first is not None:
            text += (
                f"\nIt opens with **{first.title}** on {describe.when_label(kb, first)}, "
                f"in the {kb.room_name(first.room)}."
            )
        return _listing(command, "Programme", text, (first,) if first else ())
    text = f"The conference is over: it ran on {span}. Thank you for taking part!"
    return _listing(command, "Programme", text)


def _where(room: Room | None) -> str:
    return f" in the {room.name}" if room else ""


def now_answer(kb: KnowledgeBase, now: dt.datetime, room: Room | None = None) -> Answer:
    """What is on at ``now`` (or next, when nothing is)."""
    state = schedule.conference_state(kb, now)
    if state != "during":
        return _outside(kb, "/now", state)
    which = Selection(room)
    running = schedule.running(kb, now, which)
    if running:
        heading = f"On now{_where(room)}"
        return _listing("/now", heading, _sessions_text(kb, heading, running), running)
    return next_answer(kb, now, room, nothing_now=True)


def next_answer(
    kb: KnowledgeBase, now: dt.datetime, room: Room | None = None, *, nothing_now: bool = False
) -> Answer:
    """The sessions that start next after ``now`` (in one room, or anywhere)."""
    state = schedule.conference_state(kb, now)
    if state == "after":
        return _outside(kb, "/next", state)
    coming = schedule.upcoming(kb, now, Selection(room))
    where = _where(room)
    heading = f"Nothing is on{where} right now. Next{where}" if nothing_now else f"Next{where}"
    if not coming:
        return _listing("/next", "Programme", f"Nothing more is scheduled{where}.")
    return _listing("/next", heading, _sessions_text(kb, heading, coming), coming)


def day_answer(kb: KnowledgeBase, day: dt.date | None, now: dt.datetime) -> Answer:
    """One day's programme; no day: today's during the conference, else all of it."""
    dates = sorted(kb.conference.dates)
    if day is None:
        today = schedule.local(kb, now).date()
        if today not in dates:
            first = describe.first_session(kb)
            return _listing("/schedule", "Programme", describe.describe_programme(kb),
                            (first,) if first else ())
        day = today
    if day not in dates:
        span = ", ".join(describe.day_label(d) for d in dates)
        text = f"Nothing is scheduled on {describe.day_label(day)}: the conference runs on {span}."
        return _listing("/schedule", "Programme", text)
    sessions = schedule.on_day(kb, day)
    heading = describe.day_label(day)
    if not sessions:
        return _listing("/schedule", heading, "Nothing is scheduled that day.")
    return _listing("/schedule", heading, describe.describe_listing(kb, heading, sessions),
                    sessions)


def venue_answer(kb: KnowledgeBase) -> Answer:
    title = kb.venue.name if kb.venue else "Venue"
    return _listing("/venue", title, describe.describe_venue(kb))


def topics_answer(kb: KnowledgeBase) -> Answer:
    return _listing("/topics", "Conference themes", describe.describe_topics(kb))


def parse_day(kb: KnowledgeBase, text: str, now: dt.datetime) -> dt.date | None:
    """A day from an autocomplete value (ISO date) or what someone typed: "today",
    "tomorrow", a weekday, "day 2", "28"; None when it names no day."""
    folded = " ".join(fold(text).split())
    if not folded:
        return None
    try:
        return dt.date.fromisoformat(folded)
    except ValueError:
        pass
    dates = sorted(kb.conference.dates)
    today = schedule.local(kb, now).date()
    words = folded.replace(",", " ").split()
    if "today" in words:
        return today
    if "tomorrow" in words:
        return today + dt.timedelta(days=1)
    for date in dates:
        name = _WEEKDAYS[date.weekday()]
        if any(w == name or (len(w) >= 3 and name.startswith(w)) for w in words):
            return date
    numbers = [int(w) for w in words if w.isdigit() and len(w) <= 2]
    if "day" in words and numbers and 1 <= numbers[0] <= len(dates):
        return dates[numbers[0] - 1]
    for date in dates:
        if date.day in numbers:
            return date
    for date in dates:
        if folded == fold(describe.day_label(date)):
            return date
    return None


def find_room(kb: KnowledgeBase, text: str) -> Room | None:
    """A room by its id (the autocomplete value) or its name as typed."""
    rooms = kb.venue.rooms if kb.venue else ()
    folded = " ".join(fold(text).split())
    for room in rooms:
        if folded in (room.id, fold(room.name)):
            return room
    named = [r for r in rooms if folded and folded in fold(r.name)]
    return named[0] if len(named) == 1 else None
