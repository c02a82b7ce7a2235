"""ServedFaq: what front ends ask of the FAQ being served, on the app's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.config import BUNDLED_FAQ
from bot.core.models import ItemKind, Outcome, Session
from bot.served import SESSIONS, FaqHolder, LoadedFaq, ServedFaq
from bot.wiring import load_faq
from tests.robustness.fakes import loaded_faq
from tests.robustness.helpers import SMALL_FAQ

NEW_YORK = ZoneInfo("America/New_York")
THURSDAY = dt.date(2018, 6, 28)
FRIDAY = dt.date(2018, 6, 29)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NEW_YORK)


@pytest.fixture(scope="module")
def bundled() -> LoadedFaq:
    return load_faq(BUNDLED_FAQ)


DURING_OPENING = at(THURSDAY, 10, 15)


def served(faq: LoadedFaq, now: dt.datetime = DURING_OPENING) -> ServedFaq:
    return ServedFaq(FaqHolder(faq), lambda: now)


# -- the programme --------------------------------------------------------------------


def test_on_now_reads_the_clock_it_was_given(bundled: LoadedFaq) -> None:
    assert [s.id for s in served(bundled).on_now().sessions] == [
        "opening-session"]
    assert [s.id for s in served(bundled, at(FRIDAY, 17, 30)).on_now().sessions] == [
        "closing-session"]


def test_next_up_in_one_room_skips_the_other_rooms(bundled: LoadedFaq) -> None:
    faq = served(bundled, at(THURSDAY, 13, 5))
    room = faq.room_named("Conference Room 6")
    assert room is not None and room.id == "conference-room-6"
    assert [s.id for s in faq.next_up(room).sessions] == ["side-event-pve-incitement"]


def test_a_day_without_a_day_is_today_during_the_conference(bundled: LoadedFaq) -> None:
    friday = served(bundled, at(FRIDAY, 9)).day()
    assert friday.outcome is Outcome.ANSWER and friday.kind is ItemKind.SCHEDULE
    assert {s.day for s in friday.sessions} == {FRIDAY}


def test_outside_the_conference_the_programme_says_so(bundled: LoadedFaq) -> None:
    after = served(bundled, at(dt.date(2018, 7, 2), 10)).on_now()
    assert "The conference is over" in (after.text or "")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("friday", FRIDAY), ("Thu", THURSDAY), ("day 2", FRIDAY), ("2018-06-28", THURSDAY),
     ("tomorrow", FRIDAY), ("someday", None), ("", None), ("day 9", None)],
)
def test_days_are_read_as_people_type_them(
    bundled: LoadedFaq, typed: str, expected: dt.date | None
) -> None:
    assert served(bundled).day_named(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("ga-hall", "ga-hall"), ("general assembly", "ga-hall"), ("Conference Room 11",
                                                              "conference-room-11"),
     ("conference room", None),  # several rooms fit: none is guessed
     ("the moon", None)],
)
def test_rooms_are_found_by_id_or_name_and_never_guessed(
    bundled: LoadedFaq, typed: str, expected: str | None
) -> None:
    room = served(bundled).room_named(typed)
    assert (room.id if room is not None else None) == expected


def test_days_and_rooms_matching_narrow_as_people_type(bundled: LoadedFaq) -> None:
    faq = served(bundled)
    assert faq.days_matching("") == [THURSDAY, FRIDAY]
    assert faq.days_matching("fri") == [FRIDAY]
    assert faq.days_matching("saturday") == []
    assert [r.id for r in faq.rooms_matching("room 1")] == ["conference-room-11"]
    assert faq.rooms_matching("zzz") == []


def test_venue_and_topics_are_listings_of_the_file(bundled: LoadedFaq) -> None:
    faq = served(bundled)
    assert "General Assembly Hall" in (faq.venue().text or "")
    topics = faq.topics()
    assert topics.outcome is Outcome.ANSWER and topics.title == "Conference themes"


# -- entries and completions ----------------------------------------------------------


def test_a_session_is_found_by_id_label_or_what_is_typed(bundled: LoadedFaq) -> None:
    faq = served(bundled)
    by_id = faq.session_named("session-2-ftf")
    assert isinstance(by_id, Session) and by_id.id == "session-2-ftf"
    typed = faq.session_named("foreign terrorist fighters")
    assert typed is not None and typed.id == "session-2-ftf"
    assert faq.session_named("qqqq zzzz") is None


def test_completions_of_one_kind_hold_only_that_kind(bundled: LoadedFaq) -> None:
    faq = served(bundled)
    assert {e.kind for e in faq.complete("session", SESSIONS)} == {ItemKind.SESSION}
    first = faq.complete("wifi")[0]
    assert first.kind is ItemKind.FAQ and faq.entry_labelled(first.label) == first
    assert faq.entry_labelled("not a label of anything") is None


def test_items_matching_finds_entries_sessions_and_themes_by_id_or_title(
    bundled: LoadedFaq,
) -> None:
    faq = served(bundled)
    assert "session-2-ftf" in [i.id for i in faq.items_matching("ftf")]
    assert "foreign-terrorist-fighters" in [i.id for i in faq.items_matching("Foreign")]
    assert faq.items_matching("qqqq zzzz") == []


def test_show_and_answerable_agree_on_what_can_be_shown(bundled: LoadedFaq) -> None:
    faq = served(bundled)
    assert faq.answerable("opening-session") and faq.show("opening-session").answered
    assert not faq.answerable("no-such-entry") and not faq.show("no-such-entry").answered
    assert faq.item("no-such-entry") is None


def test_every_query_sees_a_reload_at_once() -> None:
    holder = FaqHolder(loaded_faq())
    faq = ServedFaq(holder, lambda: at(THURSDAY, 10, 30))
    assert faq.complete("wifi")[0].title == "Is there wifi?"
    holder.replace(loaded_faq(SMALL_FAQ.replace("Is there wifi?", "Is there wireless?")))
    assert faq.complete("wire")[0].title == "Is there wireless?"
    assert faq.knowledge_base is holder.current.index.kb
