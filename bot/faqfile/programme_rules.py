"""Rules about the programme as a whole, not one field: rooms and speakers in time.

A room holds one session at a time, so two sessions in the same room at overlapping
times are an error (an attendee sent there would find the other one). A speaker listed
in two rooms at once is a warning: a generic entry ("Heads of agencies") may well be
in two places. A cancelled session frees its room and its speakers.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.models import Session
from bot.core.text import fold
from bot.faqfile.problems import FieldPath, Problem, Severity, format_path


@dataclass(frozen=True)
class PlacedSession:
    """A session with where it is written in the file."""

    session: Session
    where: FieldPath  # ("sessions", 3)
    line: int
    room_line: int
    speaker_lines: tuple[int, ...]


def programme_problems(
    placed: Sequence[PlacedSession], path: str, room_names: Mapping[str, str]
) -> list[Problem]:
    live = [p for p in placed if not p.session.cancelled]
    return [*_room_overlaps(live, path, room_names), *_speakers_in_two_rooms(live, path,
                                                                              room_names)]


def _overlap(a: Session, b: Session) -> bool:
    return a.day == b.day and a.start < b.end and b.start < a.end


def _span(session: Session) -> str:
    return f"{session.start:%H:%M}-{session.end:%H:%M}"


def _day(session: Session) -> str:
    return f"{session.day:%a} {session.day.day} {session.day:%b}"


def _later_first(a: PlacedSession, b: PlacedSession) -> tuple[PlacedSession, PlacedSession]:
    """(reported, other): a problem is reported once, at the session written later."""
    return (b, a) if b.line >= a.line else (a, b)


def _room_overlaps(
    live: Sequence[PlacedSession], path: str, room_names: Mapping[str, str]
) -> list[Problem]:
    problems: list[Problem] = []
    by_room: dict[tuple[str, str], list[PlacedSession]] = {}
    for p in live:
        by_room.setdefault((p.session.day.isoformat(), p.session.room), []).append(p)
    for (_, room), sessions in by_room.items():
        for a, b in _overlapping_pairs(sessions):
            reported, other = _later_first(a, b)
            name = room_names.get(room, room)
            message = (
                f"{reported.session.id!r} ({_span(reported.session)}) overlaps "
                f"{other.session.id!r} ({_span(other.session)}, line {other.line}) in the "
                f"same room, {name}, on {_day(reported.session)}: a room holds one session "
                "at a time; change a time or a room, or mark one status: cancelled"
            )
            problems.append(Problem(path, reported.room_line,
                                    format_path((*reported.where, "room")), message))
    return problems


def _overlapping_pairs(
    sessions: Sequence[PlacedSession],
) -> list[tuple[PlacedSession, PlacedSession]]:
    """Pairs that overlap in time, by a sweep over start times (no all-pairs check)."""
    ordered = sorted(sessions, key=lambda p: (p.session.start, p.session.end, p.line))
    pairs: list[tuple[PlacedSession, PlacedSession]] = []
    active: list[PlacedSession] = []
    for current in ordered:
        active = [p for p in active if p.session.end > current.session.start]
        pairs.extend((p, current) for p in active)
        active.append(current)
    return pairs


def speaker_key(speaker: str) -> str:
    """The person, whatever follows: "António Guterres, Secretary-General" is "antonio
    guterres"."""
    return " ".join(fold(speaker.split(",", 1)[0]).split())


def _speakers_in_two_rooms(
    live: Sequence[PlacedSession], path: str, room_names: Mapping[str, str]
) -> list[Problem]:
    problems: list[Problem] = []
    by_speaker: dict[str, list[tuple[PlacedSession, int]]] = {}
    for p in live:
        for position, speaker in enumerate(p.session.speakers):
            key = speaker_key(speaker)
            if key:
                by_speaker.setdefault(key, []).append((p, position))
    for entries in by_speaker.values():
        for (a, _), (b, _) in itertools.combinations(entries, 2):
            if a.session.room == b.session.room or not _overlap(a.session, b.session):
                continue
            reported, other = _later_first(a, b)
            position = next(i for q, i in entries if q is reported)
            speaker = reported.session.speakers[position]
            message = (
                f"{speaker!r} is in two rooms at once on {_day(reported.session)}: "
                f"{room_names.get(reported.session.room, reported.session.room)} "
                f"({_span(reported.session)}) and "
                f"{room_names.get(other.session.room, other.session.room)} "
                f"({_span(other.session)}, {other.session.id!r}, line {other.line})"
            )
            problems.append(Problem(
                path, reported.speaker_lines[position],
                format_path((*reported.where, "speakers", position)), message, Severity.WARNING,
            ))
    return problems
