"""``conference-bot programme diff|ics``: what the organisers' edit would announce, and
the programme as a calendar file. The command line prints; this module only computes.
"""

from __future__ import annotations

import datetime as dt
import os

from bot import calendars
from bot.core import describe
from bot.core.calendar_words import WEEKDAYS
from bot.core.changes import describe_change, diff, programme_of
from bot.core.models import KnowledgeBase, Session
from bot.errors import BotError, FaqFileError
from bot.faqfile import FileLimits, load_knowledge_base


def read_programme(
    path: str | os.PathLike[str], limits: FileLimits | None = None
) -> KnowledgeBase:
    """The knowledge base of a valid FAQ file; FaqFileError lists every problem."""
    result = load_knowledge_base(path, limits or FileLimits())
    if result.kb is None:
        count = len(result.errors)
        noun = "problem" if count == 1 else "problems"
        raise FaqFileError(f"{path}: not valid, {count} {noun}", tuple(result.problems))
    return result.kb


def diff_lines(
    old: str | os.PathLike[str], new: str | os.PathLike[str], limits: FileLimits | None = None
) -> list[str]:
    """One line per change attendees would be told about; none for the same programme."""
    before, after = read_programme(old, limits), read_programme(new, limits)
    return [describe_change(c) for c in diff(programme_of(before), programme_of(after))]


def conference_day(kb: KnowledgeBase, text: str) -> dt.date:
    """A conference day from "2018-06-28", "thursday" (or "thu"), or "1", "day 2"."""
    dates = sorted(kb.conference.dates)
    folded = " ".join(text.lower().split())
    found: dt.date | None = None
    try:
        found = dt.date.fromisoformat(folded)
    except ValueError:
        number = folded.removeprefix("day").strip()
        if number.isdigit() and 1 <= int(number) <= len(dates):
            found = dates[int(number) - 1]
        elif len(folded) >= 3:
            found = next((d for d in dates if WEEKDAYS[d.weekday()].startswith(folded)), None)
    if found is None or found not in dates:
        days = ", ".join(f"{d.isoformat()} ({d:%A})" for d in dates)
        raise BotError(f"--day {text!r} is not a conference day; the days are {days} "
                       f"(or 1 to {len(dates)})")
    return found


def calendar_file(kb: KnowledgeBase, *, day: str | None, now: dt.datetime) -> bytes:
    """The whole programme, or one day of it, as an .ics file."""
    sessions: list[Session] = list(kb.sessions)
    title = kb.conference.short_name or kb.conference.name
    if day is not None:
        chosen = conference_day(kb, day)
        sessions = [s for s in sessions if s.day == chosen]
        title = f"{title}: {describe.day_label(chosen)}"
    return calendars.calendar(kb, sessions, now=now, title=title)
