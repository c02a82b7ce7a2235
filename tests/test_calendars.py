"""The programme as .ics, parsed back with icalendar: times in the conference zone,
room as LOCATION, cancelled sessions marked, UIDs that stay the same across exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from bot.calendars import calendar, uid_of
from bot.core.models import KnowledgeBase, SessionStatus, Translation
from tests.core.conftest import KB, THU

NOW = dt.datetime(2018, 6, 20, 12, tzinfo=dt.UTC)
NEW_YORK = ZoneInfo("America/New_York")


def parsed(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events(kb: KnowledgeBase = KB, now: dt.datetime = NOW) -> dict[str, icalendar.Event]:
    cal = parsed(calendar(kb, kb.sessions, now=now))
    found = {str(e["uid"]): e for e in cal.walk("VEVENT") if isinstance(e, icalendar.Event)}
    assert len(found) == len(kb.sessions)
    return found


def by_session(found: dict[str, icalendar.Event], session_id: str) -> icalendar.Event:
    session = next(s for s in KB.sessions if s.id == session_id)
    return found[uid_of(KB, session)]


def test_times_are_in_the_conference_zone_with_its_vtimezone() -> None:
    cal = parsed(calendar(KB, KB.sessions, now=NOW))
    [zone] = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "America/New_York"
    event = by_session(events(), "session-2")
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert event["dtstart"].params["TZID"] == "America/New_York"
    assert start == dt.datetime(2018, 6, 28, 15, tzinfo=NEW_YORK)
    assert start.astimezone(dt.UTC) == dt.datetime(2018, 6, 28, 19, tzinfo=dt.UTC)
    assert end - start == dt.timedelta(hours=3)


def test_the_room_is_the_location_and_the_title_the_summary() -> None:
    event = by_session(events(), "session-3")
    assert str(event["location"]) == (
        "Economic and Social Council Chamber, United Nations Headquarters")
    assert str(event["summary"]) == "Session III: Preventing violent extremism"
    assert str(event["status"]) == "CONFIRMED"


def test_a_cancelled_session_is_cancelled_in_the_calendar() -> None:
    kb = dataclasses.replace(KB, sessions=tuple(
        dataclasses.replace(s, status=SessionStatus.CANCELLED, status_note="see Friday")
        if s.id == "session-2" else s for s in KB.sessions))
    event = by_session(events(kb), "session-2")
    assert str(event["status"]) == "CANCELLED"
    assert str(event["summary"]).startswith("[CANCELLED] ")
    assert "Status: Cancelled (see Friday)" in str(event["description"])
    assert str(by_session(events(kb), "session-1")["status"]) == "CONFIRMED"


def test_uids_are_the_same_in_every_export_and_differ_between_sessions() -> None:
    first, later = events(), events(now=NOW + dt.timedelta(days=3))
    assert set(first) == set(later)
    assert len({uid.split("@")[0] for uid in first}) == len(KB.sessions)
    assert uid_of(KB, KB.sessions[0]) == "opening@high-level-conference-on-counter-terrorism"


def test_a_later_export_has_a_higher_sequence_so_a_re_import_updates() -> None:
    first = by_session(events(), "opening")
    later = by_session(events(now=NOW + dt.timedelta(hours=1)), "opening")
    assert later.sequence - first.sequence == 60


def test_one_session_or_one_day_is_exported_alone() -> None:
    one = [s for s in KB.sessions if s.id == "closing"]
    cal = parsed(calendar(KB, one, now=NOW, title="Closing"))
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Closing session"]
    assert str(cal["x-wr-calname"]) == "Closing"
    day = [s for s in KB.sessions if s.day == THU]
    assert len(parsed(calendar(KB, day, now=NOW)).walk("VEVENT")) == 5


def test_an_empty_selection_is_still_a_valid_calendar() -> None:
    cal = parsed(calendar(KB, [], now=NOW))
    assert cal.walk("VEVENT") == [] and str(cal["version"]) == "2.0"


def test_speakers_and_text_with_commas_and_semicolons_survive() -> None:
    event = by_session(events(), "opening")
    assert "Speakers: António Guterres, Secretary-General" in str(event["description"])


def _translated(kb: KnowledgeBase) -> KnowledgeBase:
    """session-3 and its room translated into Spanish, session-2 cancelled."""
    sessions = []
    for s in kb.sessions:
        if s.id == "session-3":
            s = dataclasses.replace(s, translations=(Translation(
                language="es", title="Sesión III: Prevenir el extremismo violento",
                description="Cómo prevenir la radicalización."),))
        if s.id == "session-2":
            s = dataclasses.replace(s, status=SessionStatus.CANCELLED)
        sessions.append(s)
    assert kb.venue is not None
    third_room = next(s.room for s in kb.sessions if s.id == "session-3")
    rooms = tuple(
        dataclasses.replace(r, translations=(Translation(
            language="es", name="Salón del Consejo Económico y Social"),))
        if r.id == third_room else r
        for r in kb.venue.rooms)
    return dataclasses.replace(kb, sessions=tuple(sessions),
                               venue=dataclasses.replace(kb.venue, rooms=rooms))


def test_a_calendar_asked_for_in_spanish_uses_the_files_spanish_and_spanish_labels() -> None:
    kb = _translated(KB)
    cal = parsed(calendar(kb, kb.sessions, now=NOW, language="es"))
    found = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    third = found[uid_of(kb, next(s for s in kb.sessions if s.id == "session-3"))]
    assert str(third["summary"]) == "Sesión III: Prevenir el extremismo violento"
    assert str(third["location"]).startswith("Salón del Consejo Económico y Social, ")
    assert "Cómo prevenir la radicalización." in str(third["description"])
    second = found[uid_of(kb, next(s for s in kb.sessions if s.id == "session-2"))]
    assert str(second["summary"]).startswith("[CANCELADA] ")
    assert "CANCELLED" not in str(second["summary"])


def test_a_calendar_without_a_language_is_the_english_one() -> None:
    kb = _translated(KB)
    assert calendar(kb, kb.sessions, now=NOW) == calendar(kb, kb.sessions, now=NOW,
                                                          language="en")
    third = parsed(calendar(kb, kb.sessions, now=NOW)).walk("VEVENT")
    assert "Session III: Preventing violent extremism" in [str(e["summary"]) for e in third]
