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
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

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

    @property
    def due_from(self) -> dt.datetime:
        return self.starts - dt.timedelta(minutes=self.minutes)


ReminderKey = tuple[int, str, str]  # (user, session, start as UTC ISO-8601)


def reminder_key(user_id: int, session_id: str, starts: dt.datetime) -> ReminderKey:
    return (user_id, session_id, starts.astimezone(dt.UTC).isoformat(timespec="minutes"))


@dataclass(frozen=True)
class Followers:
    """Who follows which session, each person's lead and the reminders already sent: what
    both questions, which reminders are due now and when the next one falls due, read.
    ``minutes``: a person's chosen lead (``default_minutes`` for the rest; 0 is none)."""

    kb: KnowledgeBase
    follows: Sequence[Follow]
    sent: Collection[ReminderKey]
    minutes: Mapping[int, int] = field(default_factory=dict)
    default_minutes: int = DEFAULT_REMINDER_MINUTES

    def due(self, now: dt.datetime) -> list[Reminder]:
        """Reminders to send at ``now``, soonest session first."""
        found = [r for r in self._unsent() if r.due_from <= now < r.starts]
        return sorted(found, key=lambda r: (r.starts, r.session.id, r.user_id))

    def next_due(self, now: dt.datetime) -> dt.datetime | None:
        """When the next reminder after ``now`` falls due (None: no reminder is ahead)."""
        return min((r.due_from for r in self._unsent() if r.due_from > now), default=None)

    def _unsent(self) -> Iterator[Reminder]:
        sessions = {s.id: s for s in self.kb.sessions}
        for follow in self.follows:
            session = sessions.get(follow.session_id)
            lead = self.minutes.get(follow.user_id, self.default_minutes)
            if session is None or session.cancelled or lead <= 0:
                continue
            reminder = Reminder(follow.user_id, session, starts_at(self.kb, session), lead,
                                follow.language)
            if reminder.key not in self.sent:
                yield reminder
