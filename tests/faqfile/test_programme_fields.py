"""Session status, access and capacity in the FAQ file, and the rules about the
programme as a whole: rooms and speakers in time."""

from __future__ import annotations

import pytest

from bot.config import BUNDLED_FAQ
from bot.core.models import Access, SessionStatus
from bot.faqfile import Severity, load_knowledge_base
from tests.faqfile.helpers import build, find, line_with, only_error, parse


def session(id_: str = "opening", *, start: str = "10:00", end: str = "11:15",
            room: str = "ga-hall", day: str = "2018-06-28", **extra: str) -> str:
    lines = [f"id: {id_}", f"title: Session {id_}", f"day: {day}", f'start: "{start}"',
             f'end: "{end}"', f"room: {room}", *(f"{k}: {v}" for k, v in extra.items())]
    return "  - " + "\n    ".join(lines) + "\n"


def test_a_session_without_the_new_fields_is_scheduled_with_access_unsaid() -> None:
    result = parse(build(session()))
    assert result.kb is not None
    only = result.kb.sessions[0]
    assert (only.status, only.status_note, only.access, only.capacity) == (
        SessionStatus.SCHEDULED, None, None, None)


def test_status_note_access_and_capacity_are_read() -> None:
    text = build(session(status="cancelled", status_note="'moved to Friday: see Session IV'",
                         access="registration", capacity="120"))
    result = parse(text)
    assert result.kb is not None, [str(p) for p in result.problems]
    only = result.kb.sessions[0]
    assert (only.status, only.status_note, only.access, only.capacity) == (
        SessionStatus.CANCELLED, "moved to Friday: see Session IV", Access.REGISTRATION, 120)
    assert only.cancelled


def test_status_and_access_forgive_capitals() -> None:
    result = parse(build(session(status="Full", access="OPEN")))
    assert result.kb is not None
    assert (result.kb.sessions[0].status, result.kb.sessions[0].access) == (
        SessionStatus.FULL, Access.OPEN)


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("status", "canceled", "unknown status 'canceled': use one of scheduled, delayed, "
                               "moved, cancelled, full (did you mean 'cancelled'?)"),
        ("status", "postponed", "unknown status 'postponed'"),
        ("access", "public", "unknown access 'public': use one of open, registration, closed"),
        ("capacity", "'200'", "write the number of seats without quotes: capacity: 200"),
        ("capacity", "0", "expected the number of seats, a whole number from 1 to 100000"),
        ("capacity", "-5", "expected the number of seats"),
        ("capacity", "12.5", "expected the number of seats"),
        ("capacity", "lots", "expected the number of seats"),
        ("capacity", "true", "expected the number of seats"),
    ],
)
def test_a_wrong_status_access_or_capacity_is_an_error_on_its_line(
    field: str, value: str, fragment: str
) -> None:
    text = build(session(**{field: value}))
    problem = only_error(parse(text))
    assert problem.field == f"sessions[0].{field}"
    assert problem.line == line_with(text, f"{field}: {value}")
    assert fragment in problem.message


def test_two_sessions_in_one_room_at_overlapping_times_are_an_error() -> None:
    text = build(session("opening") + session("panel", start="11:00", end="12:00"))
    problem = only_error(parse(text))
    assert problem.field == "sessions[1].room"
    assert problem.line == line_with(text, "room: ga-hall", 2)
    assert problem.message.startswith(
        f"'panel' (11:00-12:00) overlaps 'opening' (10:00-11:15, line "
        f"{line_with(text, 'id: opening')}) in the same room, General Assembly Hall, on "
        "Thu 28 Jun")


@pytest.mark.parametrize(
    "second",
    [
        session("panel", start="11:15", end="12:00"),  # starts as the other ends
        session("panel", room="conf-room-4"),  # another room
        session("panel", day="2018-06-29"),  # another day
        session("panel", status="cancelled"),  # a cancelled session frees the room
    ],
)
def test_sessions_that_do_not_share_a_room_at_once_are_fine(second: str) -> None:
    result = parse(build(session("opening") + second))
    assert result.ok, [str(p) for p in result.problems]
    assert not result.problems


def test_a_room_written_out_is_a_room_too() -> None:
    text = build(session("a", room="'North Lawn tent'") + session("b", room="'North Lawn tent'",
                                                                  start="11:00"))
    assert "in the same room, North Lawn tent" in only_error(parse(text)).message


def test_three_sessions_at_once_in_one_room_give_one_error_per_pair() -> None:
    text = build(session("a") + session("b", start="10:30") + session("c", start="11:00"))
    assert len(parse(text).errors) == 3


def test_a_speaker_in_two_rooms_at_once_is_a_warning_on_the_later_line() -> None:
    text = build(
        session("opening", speakers="['António Guterres, Secretary-General']")
        + session("panel", room="conf-room-4", start="11:00",
                  speakers="[Someone Else, antonio guterres]")
    )
    result = parse(text)
    assert result.ok
    warning = find(result, "sessions[1].speakers[1]", line_with(text, "speakers: [Someone"),
                   "'antonio guterres' is in two rooms at once on Thu 28 Jun: Conference Room 4 "
                   "(11:00-11:15) and General Assembly Hall (10:00-11:15, 'opening', line",
                   Severity.WARNING)
    assert warning.severity is Severity.WARNING


def test_a_speaker_at_consecutive_sessions_or_a_cancelled_one_is_fine() -> None:
    text = build(
        session("opening", speakers="[Ann Smith]")
        + session("panel", room="conf-room-4", start="11:15", end="12:00",
                  speakers="[Ann Smith]")
        + session("dropped", room="conf-room-4", start="10:00", end="11:00",
                  speakers="[Ann Smith]", status="cancelled")
    )
    result = parse(text)
    assert result.ok and not result.problems, [str(p) for p in result.problems]


def test_the_bundled_faq_has_no_programme_error_and_no_warning() -> None:
    result = load_knowledge_base(BUNDLED_FAQ)
    assert result.ok, [str(p) for p in result.errors]
    assert not result.warnings, [str(p) for p in result.warnings]
    assert result.kb is not None


def test_the_bundled_faq_says_who_may_go_in_as_its_closed_vs_open_entry_does() -> None:
    """Sessions I-IV are closed meetings, the opening, the closing and the side events
    are open: an answer from ``access`` must not contradict the FAQ entry about it."""
    result = load_knowledge_base(BUNDLED_FAQ)
    assert result.kb is not None
    access = {s.id: s.access for s in result.kb.sessions}
    closed = {"session-1-cooperation", "session-2-ftf", "session-3-pve", "session-4-un-support"}
    assert {i for i, a in access.items() if a is Access.CLOSED} == closed
    assert all(access[i] is Access.OPEN for i in access
               if i.startswith(("side-event-", "opening", "closing")))
    entry = next(e for e in result.kb.faq if e.id == "closed-vs-open-sessions")
    said = " ".join(entry.answer.split())
    assert "terrorist fighters) are closed sessions" in said
    assert "so are Sessions III and IV" in said
