"""The programme asked directly: what is on now, what is next, one day, the venue, the
themes, and days and rooms as people type them (``/now``, ``/next``, ``/schedule``...).

Pure: the knowledge base and the current moment come in, an ``Answer`` goes out, so
every front end (Discord's commands, the chat console) shows the same answers and tests
need neither Discord nor a clock. Times are reasoned about in the conference time zone
(``bot.core.schedule``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.core import describe, schedule
from bot.core.answering import programme_answer, schedule_answer
from bot.core.calendar_words import WEEKDAYS
from bot.core.models import Answer, ItemKind, KnowledgeBase, Outcome, Room, Venue
from bot.core.schedule import Intent, ScheduleQuestion
from bot.core.text import fold
from bot.core.translations import has_text_in, text_in
from bot.core.wording import say


def _listing(command: str, title: str, text: str, language: str | None) -> Answer:
    return Answer(
        question=command, outcome=Outcome.ANSWER, score=100.0, kind=ItemKind.SCHEDULE,
        title=title, text=text, language=language,
    )


def now_answer(
    kb: KnowledgeBase, now: dt.datetime, room: Room | None = None, language: str | None = None
) -> Answer:
    """What is on at ``now`` (or next, when nothing is), in ``language``."""
    asked = ScheduleQuestion(Intent.NOW, room=room)
    return replace(schedule_answer(kb, "/now", asked, now, language), language=language)


def next_answer(
    kb: KnowledgeBase, now: dt.datetime, room: Room | None = None, language: str | None = None
) -> Answer:
    """The sessions that start next after ``now`` (in one room, or anywhere)."""
    asked = ScheduleQuestion(Intent.NEXT, room=room)
    return replace(schedule_answer(kb, "/next", asked, now, language), language=language)


def day_answer(
    kb: KnowledgeBase, day: dt.date | None, now: dt.datetime, language: str | None = None
) -> Answer:
    """One day's programme; no day: today's during the conference, else all of it."""
    if day is None:
        today = schedule.local(kb, now).date()
        if today not in kb.conference.dates:
            return replace(programme_answer(kb, "/schedule", language), language=language)
        day = today
    asked = ScheduleQuestion(Intent.DAY, day=day)
    return replace(schedule_answer(kb, "/schedule", asked, now, language), language=language)


def venue_answer(kb: KnowledgeBase, language: str | None = None) -> Answer:
    title = text_in(kb.venue, "name", language) if kb.venue else say("venue", language)
    answer = _listing("/venue", title or say("venue", language),
                      describe.describe_venue(kb, language), language)
    return replace(answer, untranslated=_venue_untranslated(kb, language))


def _venue_untranslated(kb: KnowledgeBase, language: str | None) -> bool:
    """Whether the venue's prose (directions, notes, the rooms' notes) is still partly in
    English in ``language``: the reply then says so in one line, as an FAQ answer does."""
    venue = kb.venue
    if venue is None:
        return False
    fields: list[tuple[Venue | Room, str]] = [(venue, "directions"), (venue, "notes")]
    fields += [(room, "notes") for room in venue.rooms]
    return any(getattr(item, name) and not has_text_in(item, name, language)
               for item, name in fields)


def topics_answer(kb: KnowledgeBase, language: str | None = None) -> Answer:
    return _listing("/topics", say("conference_themes", language),
                    describe.describe_topics(kb, language), language)


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
        name = WEEKDAYS[date.weekday()]
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
