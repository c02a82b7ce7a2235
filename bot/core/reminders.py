"""Which followed sessions need a reminder now, and when the next one falls due.

A reminder for one person and one session is due from ``minutes`` before the session
starts until it starts: one missed while the bot was down is still sent if the session
has not started, never after. Each is keyed by the session's start, so one already sent
is never sent again, while a session moved to a later time is reminded of again for its
new time. A cancelled session gets no reminder (its followers are told of the
cancellation instead). Pure: the moment is an argument.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from bot.core.models import KnowledgeBase, Session
from bot.core.schedule import starts_at

DEFAULT_REMINDER_MINUTES = 10
# Longest lead a person may choose, in minutes (a day): longer is not a reminder.
MAX_REMINDER_MINUTES = 24 * 60


@dataclass(frozen=True)
class Follow:
    user_id: int
    session_id: str
    language: str | None = None  # the follower's app language (None: English)


@dataclass(frozen=True)
class Reminder:
    user_id: int
    session: Session
    starts: dt.datetime  # aware, conference time zone
    minutes: int  # the lead the person chose
    language: str | None = None  # the language of the DM (None: English)

    @property
    def key(self) -> ReminderKey:
        return reminder_key(self.user_id, self.session.id, self.starts)


ReminderKey = tuple[int, str, str]  # (user, session, start as UTC ISO-8601)


def reminder_key(user_id: int, session_id: str, starts: dt.datetime) -> ReminderKey:
    return (user_id, session_id, starts.astimezone(dt.UTC).isoformat(timespec="minutes"))


def _candidates(
    kb: KnowledgeBase,
    follows: Iterable[Follow],
    minutes: Mapping[int, int],
    default_minutes: int,
) -> Iterable[tuple[Follow, Session, dt.datetime, int]]:
    sessions = {s.id: s for s in kb.sessions}
    for follow in follows:
        session = sessions.get(follow.session_id)
        lead = minutes.get(follow.user_id, default_minutes)
        if session is None or session.cancelled or lead <= 0:
            continue
        yield follow, session, starts_at(kb, session), lead


def due(
    kb: KnowledgeBase,
    follows: Iterable[Follow],
    *,
    now: dt.datetime,
    sent: Collection[ReminderKey],
    minutes: Mapping[int, int] | None = None,
    default_minutes: int = DEFAULT_REMINDER_MINUTES,
) -> list[Reminder]:
    """Reminders to send at ``now``, soonest session first."""
    found: list[Reminder] = []
    for follow, session, starts, lead in _candidates(kb, follows, minutes or {},
                                                     default_minutes):
        if starts - dt.timedelta(minutes=lead) <= now < starts:
            reminder = Reminder(follow.user_id, session, starts, lead, follow.language)
            if reminder.key not in sent:
                found.append(reminder)
    return sorted(found, key=lambda r: (r.starts, r.session.id, r.user_id))


def next_due(
    kb: KnowledgeBase,
    follows: Iterable[Follow],
    *,
    now: dt.datetime,
    sent: Collection[ReminderKey],
    minutes: Mapping[int, int] | None = None,
    default_minutes: int = DEFAULT_REMINDER_MINUTES,
) -> dt.datetime | None:
    """When the next reminder after ``now`` falls due (None: no reminder is ahead)."""
    times = [
        starts - dt.timedelta(minutes=lead)
        for follow, session, starts, lead in _candidates(kb, follows, minutes or {},
                                                         default_minutes)
        if starts - dt.timedelta(minutes=lead) > now
        and reminder_key(follow.user_id, session.id, starts) not in sent
    ]
    return min(times, default=None)
