"""What changed in the programme between two versions of the FAQ file, by session id.

Only what sends people to another place or time, or decides whether they go, is a
change: the time (day, start, end), the room, the status (or its note), the access and
the speakers; and a session added or removed. A reworded title, description or FAQ
answer is not: nobody needs a notice about a typo fix.

``Announcements`` merges the edits saved within a quiet period into one set of
changes, and an edit reverted within it into none. Pure: the moments are arguments.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.models import Access, KnowledgeBase, Session, SessionStatus
from bot.core.text import fold


class Aspect(enum.Enum):
    """What about a session changed, in the order a notice lists them."""

    STATUS = "status"
    TIME = "time"
    ROOM = "room"
    ACCESS = "access"
    SPEAKERS = "speakers"


@dataclass(frozen=True)
class SessionFacts:
    """What attendees rely on about one session, as announced (kept between runs)."""

    id: str
    title: str
    start: dt.datetime  # aware, in the conference time zone
    end: dt.datetime
    room: str  # the room id, or the place as written
    room_name: str  # what people are told
    status: SessionStatus = SessionStatus.SCHEDULED
    status_note: str | None = None
    access: Access | None = None
    speakers: tuple[str, ...] = ()

    def differs(self, other: SessionFacts) -> tuple[Aspect, ...]:
        """The aspects that differ, in notice order."""
        found: list[Aspect] = []
        if self.status is not other.status or _words(self.status_note) != _words(
            other.status_note
        ):
            found.append(Aspect.STATUS)
        if (self.start, self.end) != (other.start, other.end):
            found.append(Aspect.TIME)
        if self.room != other.room:
            found.append(Aspect.ROOM)
        if self.access is not other.access:
            found.append(Aspect.ACCESS)
        if {_words(s) for s in self.speakers} != {_words(s) for s in other.speakers}:
            found.append(Aspect.SPEAKERS)
        return tuple(found)


def _words(text: str | None) -> str:
    """Text as far as a change goes: case, accents, spacing and punctuation aside."""
    if not text:
        return ""
    return " ".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


Programme = Mapping[str, SessionFacts]


def programme_of(kb: KnowledgeBase) -> dict[str, SessionFacts]:
    zone = ZoneInfo(kb.conference.timezone)
    return {s.id: facts_of(kb, s, zone) for s in kb.sessions}


def facts_of(kb: KnowledgeBase, session: Session, zone: ZoneInfo | None = None) -> SessionFacts:
    zone = zone or ZoneInfo(kb.conference.timezone)
    return SessionFacts(
        id=session.id,
        title=session.title,
        start=dt.datetime.combine(session.day, session.start, tzinfo=zone),
        end=dt.datetime.combine(session.day, session.end, tzinfo=zone),
        room=session.room,
        room_name=kb.room_name(session.room),
        status=session.status,
        status_note=session.status_note,
        access=session.access,
        speakers=session.speakers,
    )


class Kind(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class Change:
    """One session's change: added (``old`` is None), removed (``new`` is None), or
    changed in ``aspects``."""

    kind: Kind
    old: SessionFacts | None
    new: SessionFacts | None
    aspects: tuple[Aspect, ...] = ()

    @property
    def session_id(self) -> str:
        facts = self.new or self.old
        assert facts is not None, "a change has at least one side"
        return facts.id

    @property
    def facts(self) -> SessionFacts:
        """The session as it is now (as it was, for a removed one)."""
        facts = self.new or self.old
        assert facts is not None, "a change has at least one side"
        return facts

    @property
    def cancelled(self) -> bool:
        return (
            self.new is not None and Aspect.STATUS in self.aspects
            and self.new.status is SessionStatus.CANCELLED
        )


def diff(old: Programme, new: Programme) -> list[Change]:
    """The changes from ``old`` to ``new``, in programme order (by start, then id)."""
    changes: list[Change] = []
    for session_id, facts in new.items():
        before = old.get(session_id)
        if before is None:
            changes.append(Change(Kind.ADDED, None, facts))
            continue
        aspects = before.differs(facts)
        if aspects:
            changes.append(Change(Kind.CHANGED, before, facts, aspects))
    changes += [Change(Kind.REMOVED, facts, None) for sid, facts in old.items() if sid not in new]
    return sorted(changes, key=lambda c: (c.facts.start, c.facts.end, c.session_id))


class Announcements:
    """Programme edits in, changes to announce out, once per quiet period.

    The first edit that differs from what was last announced opens a window of
    ``quiet``; every edit inside it replaces the pending version; when the window has
    passed, :meth:`take` gives the changes from the last announced version to the
    latest one (none when the edits cancel out) and makes the latest the announced one.
    """

    def __init__(self, announced: Programme, quiet: dt.timedelta) -> None:
        self.announced: Programme = dict(announced)
        self.quiet = quiet
        self._latest: Programme | None = None
        self._opened: dt.datetime | None = None

    @property
    def due_at(self) -> dt.datetime | None:
        """When the open window closes (None: nothing pending)."""
        return None if self._opened is None else self._opened + self.quiet

    @property
    def latest(self) -> Programme:
        return self.announced if self._latest is None else self._latest

    def edited(self, programme: Programme, at: dt.datetime) -> None:
        if self._opened is None:
            if dict(programme) == dict(self.announced):
                return  # an edit elsewhere in the file (a FAQ answer): nothing to announce
            self._opened = at
        self._latest = dict(programme)

    def ready(self, now: dt.datetime) -> tuple[Programme, list[Change]] | None:
        """The programme to announce and its changes, once the window has passed (None
        before, or with no window open). Nothing is settled until :meth:`settled`, so a
        caller that fails to keep them (the database is locked) gets them again."""
        due = self.due_at
        if due is None or now < due:
            return None
        latest = self.latest
        return latest, diff(self.announced, latest)

    def settled(self, programme: Programme, now: dt.datetime) -> None:
        """``programme`` (from :meth:`ready`) is now the announced one. An edit that came
        in meanwhile opens its own window, from ``now``."""
        self.announced = dict(programme)
        if self._latest is None or dict(self._latest) == self.announced:
            self._latest, self._opened = None, None
        else:
            self._opened = now

    def take(self, now: dt.datetime) -> list[Change] | None:
        """The changes to announce now, settled at once; None while the window is open
        (or none is)."""
        found = self.ready(now)
        if found is None:
            return None
        programme, changes = found
        self.settled(programme, now)
        return changes


def session_ids(changes: Iterable[Change]) -> list[str]:
    return [c.session_id for c in changes]


# --- plain text (the command line; Discord renders its own with timestamps) ----------


def when_text(facts: SessionFacts) -> str:
    start, end = facts.start, facts.end
    return f"{start:%a} {start.day} {start:%b} {start:%H:%M}-{end:%H:%M} {start:%Z}".rstrip()


def status_text(facts: SessionFacts) -> str:
    note = f" ({facts.status_note})" if facts.status_note else ""
    return f"{facts.status.value}{note}"


def access_text(facts: SessionFacts) -> str:
    return facts.access.value if facts.access is not None else "not stated"


def speakers_text(facts: SessionFacts) -> str:
    return "; ".join(facts.speakers) if facts.speakers else "none listed"


def aspect_values(aspect: Aspect, facts: SessionFacts) -> str:
    if aspect is Aspect.STATUS:
        return status_text(facts)
    if aspect is Aspect.TIME:
        return when_text(facts)
    if aspect is Aspect.ROOM:
        return facts.room_name
    if aspect is Aspect.ACCESS:
        return access_text(facts)
    return speakers_text(facts)


def describe_change(change: Change) -> str:
    """One line naming the session: what changed, old -> new."""
    facts = change.facts
    head = f"{facts.id} \"{facts.title}\""
    if change.kind is Kind.ADDED:
        return f"{head}: added: {when_text(facts)}, {facts.room_name}"
    if change.kind is Kind.REMOVED:
        return f"{head}: removed (was {when_text(facts)}, {facts.room_name})"
    assert change.old is not None and change.new is not None
    parts = [
        f"{aspect.value}: {aspect_values(aspect, change.old)} -> "
        f"{aspect_values(aspect, change.new)}"
        for aspect in change.aspects
    ]
    return f"{head}: " + "; ".join(parts)
