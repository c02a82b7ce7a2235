"""Programme changes: what differs between two versions by session id, and the quiet
period that merges edits and drops the ones reverted."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.core.changes import (
    Announcements,
    Aspect,
    Change,
    Kind,
    SessionFacts,
    describe_change,
    diff,
    programme_of,
)
from bot.core.models import Access, KnowledgeBase, SessionStatus
from tests.core.conftest import KB, THU, at

QUIET = dt.timedelta(seconds=60)
BASE = programme_of(KB)


def edited(session_id: str, **fields: object) -> dict[str, SessionFacts]:
    programme = dict(BASE)
    programme[session_id] = dataclasses.replace(programme[session_id], **fields)  # type: ignore[arg-type]
    return programme


def kb_with(**changes: object) -> KnowledgeBase:
    """KB with session-2 edited as an organiser would in the file."""
    sessions = tuple(dataclasses.replace(s, **changes) if s.id == "session-2" else s  # type: ignore[arg-type]
                     for s in KB.sessions)
    return dataclasses.replace(KB, sessions=sessions)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def test_identical_programmes_have_no_change() -> None:
    assert diff(BASE, programme_of(KB)) == []


@pytest.mark.parametrize(
    ("edit", "aspects"),
    [
        ({"room": "conf-room-4"}, (Aspect.ROOM,)),
        ({"start": dt.time(15, 30)}, (Aspect.TIME,)),
        ({"end": dt.time(18, 30)}, (Aspect.TIME,)),
        ({"day": dt.date(2018, 6, 29)}, (Aspect.TIME,)),
        ({"status": SessionStatus.CANCELLED}, (Aspect.STATUS,)),
        ({"status_note": "starts 15 minutes late"}, (Aspect.STATUS,)),
        ({"access": Access.CLOSED}, (Aspect.ACCESS,)),
        ({"speakers": ("Someone New",)}, (Aspect.SPEAKERS,)),
        ({"status": SessionStatus.MOVED, "room": "conf-room-4", "start": dt.time(16, 0)},
         (Aspect.STATUS, Aspect.TIME, Aspect.ROOM)),
    ],
)
def test_each_kind_of_change_attendees_must_know_is_found(
    edit: dict[str, object], aspects: tuple[Aspect, ...]
) -> None:
    change = only(diff(BASE, programme_of(kb_with(**edit))))
    assert (change.kind, change.session_id, change.aspects) == (Kind.CHANGED, "session-2",
                                                                aspects)
    assert change.old == BASE["session-2"]


@pytest.mark.parametrize(
    "edit",
    [
        {"title": "Session II: Foreign terorist fighters"},
        {"description": "A new description."},
        {"alternates": ("FTF", "returnees session")},
        {"theme": None},
        {"capacity": 300},
        {"speakers": ()},  # session-2 has none: an empty list is the same
    ],
)
def test_what_sends_nobody_elsewhere_is_not_a_change(edit: dict[str, object]) -> None:
    assert diff(BASE, programme_of(kb_with(**edit))) == []


def test_a_note_reworded_only_in_case_or_punctuation_is_not_a_change() -> None:
    before = programme_of(kb_with(status_note="Starts 15 minutes late."))
    after = programme_of(kb_with(status_note="starts 15 minutes late"))
    assert diff(before, after) == []


def test_a_room_renamed_in_the_venue_is_not_a_change_of_room() -> None:
    renamed = dataclasses.replace(BASE["session-2"], room_name="The Great Hall")
    assert diff(BASE, {**BASE, "session-2": renamed}) == []


def test_a_session_added_and_one_removed() -> None:
    new = dict(BASE)
    removed = new.pop("closing")
    added = dataclasses.replace(BASE["session-3"], id="session-4", title="Session IV")
    new["session-4"] = added
    changes = diff(BASE, new)
    assert [(c.kind, c.session_id) for c in changes] == [
        (Kind.ADDED, "session-4"), (Kind.REMOVED, "closing")]
    assert changes[0].old is None and changes[0].new == added
    assert changes[1].new is None and changes[1].old == removed


def test_changes_come_in_programme_order() -> None:
    new = edited("closing", room="ecosoc")
    new["opening"] = dataclasses.replace(new["opening"], room="ecosoc")
    assert [c.session_id for c in diff(BASE, new)] == ["opening", "closing"]


def test_a_time_is_compared_as_a_moment_whatever_the_zone_it_is_written_in() -> None:
    utc = {k: dataclasses.replace(v, start=v.start.astimezone(dt.UTC),
                                  end=v.end.astimezone(dt.UTC)) for k, v in BASE.items()}
    assert diff(BASE, utc) == []


def test_a_change_reads_as_one_line_naming_the_session() -> None:
    kb = kb_with(room="conf-room-4", status=SessionStatus.MOVED,
                 status_note="now in Conference Room 4")
    line = describe_change(only(diff(BASE, programme_of(kb))))
    assert line == (
        'session-2 "Session II: Foreign terrorist fighters": status: scheduled -> moved (now '
        "in Conference Room 4); room: General Assembly Hall -> Conference Room 4")


def test_added_and_removed_lines_give_the_time_and_place() -> None:
    new = dict(BASE)
    new.pop("closing")
    assert describe_change(only(diff(BASE, new))) == (
        'closing "Closing session": removed (was Fri 29 Jun 16:00-17:00 EDT, '
        "General Assembly Hall)")
    assert describe_change(only(diff(new, BASE))) == (
        'closing "Closing session": added: Fri 29 Jun 16:00-17:00 EDT, General Assembly Hall')


# --- the quiet period -------------------------------------------------------------------

T0 = at(THU, 9)


def test_nothing_is_announced_before_the_quiet_period_ends() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(edited("session-2", room="conf-room-4"), T0)
    assert queue.due_at == T0 + QUIET
    assert queue.take(T0 + QUIET - dt.timedelta(seconds=1)) is None
    change = only(queue.take(T0 + QUIET) or [])
    assert change.aspects == (Aspect.ROOM,)
    assert queue.take(T0 + 2 * QUIET) is None  # taken once


def test_several_edits_within_the_quiet_period_are_announced_once_as_their_sum() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(edited("session-2", room="conf-room-4"), T0)
    queue.edited(edited("session-2", room="ecosoc"), T0 + dt.timedelta(seconds=20))
    both = edited("session-2", room="ecosoc")
    both["closing"] = dataclasses.replace(both["closing"], start=both["closing"].start
                                          + dt.timedelta(minutes=30))
    queue.edited(both, T0 + dt.timedelta(seconds=40))
    changes = queue.take(T0 + QUIET) or []
    assert [(c.session_id, c.aspects) for c in changes] == [
        ("session-2", (Aspect.ROOM,)), ("closing", (Aspect.TIME,))]
    assert changes[0].new is not None and changes[0].new.room == "ecosoc"
    assert changes[0].old is not None and changes[0].old.room == "ga-hall"


def test_an_edit_reverted_within_the_quiet_period_is_not_announced() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(edited("session-2", room="conf-room-4"), T0)
    queue.edited(dict(BASE), T0 + dt.timedelta(seconds=30))
    assert queue.take(T0 + QUIET) == []
    assert queue.due_at is None


def test_an_edit_that_changes_no_session_opens_no_quiet_period() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(dict(BASE), T0)  # a FAQ answer was edited
    assert queue.due_at is None and queue.take(T0 + QUIET) is None


def test_the_next_edit_after_an_announcement_is_compared_with_what_was_announced() -> None:
    queue = Announcements(BASE, QUIET)
    moved = edited("session-2", room="conf-room-4")
    queue.edited(moved, T0)
    queue.take(T0 + QUIET)
    later = T0 + 5 * QUIET
    queue.edited(dict(BASE), later)  # moved back: people were told, so they are told again
    change = only(queue.take(later + QUIET) or [])
    assert change.old is not None and change.old.room == "conf-room-4"
    assert change.new is not None and change.new.room == "ga-hall"


def test_changes_ready_but_not_settled_are_ready_again() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(edited("session-2", room="conf-room-4"), T0)
    first = queue.ready(T0 + QUIET)
    assert first is not None
    again = queue.ready(T0 + QUIET + dt.timedelta(seconds=5))  # keeping them failed
    assert again is not None and again[1] == first[1]
    queue.settled(again[0], T0 + QUIET + dt.timedelta(seconds=5))
    assert queue.ready(T0 + 3 * QUIET) is None


def test_an_edit_saved_while_changes_are_being_kept_gets_its_own_quiet_period() -> None:
    queue = Announcements(BASE, QUIET)
    queue.edited(edited("session-2", room="conf-room-4"), T0)
    found = queue.ready(T0 + QUIET)
    assert found is not None
    both = edited("session-2", room="conf-room-4")
    both["closing"] = dataclasses.replace(both["closing"], room="ecosoc")
    queue.edited(both, T0 + QUIET)  # saved while the first changes were being written
    settled_at = T0 + QUIET + dt.timedelta(seconds=1)
    queue.settled(found[0], settled_at)
    assert queue.due_at == settled_at + QUIET
    assert queue.take(settled_at + QUIET - dt.timedelta(seconds=1)) is None
    change = only(queue.take(settled_at + QUIET) or [])
    assert (change.session_id, change.aspects) == ("closing", (Aspect.ROOM,))
