"""The programme commands' answers (pure: knowledge base and moment in, Answer out)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core import programme
from bot.core.models import ItemKind, KnowledgeBase, Outcome
from bot.wiring import load_faq

from .fixtures import FAQ_TEXT, NEW_YORK, write_faq


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return load_faq(write_faq(tmp_path_factory.mktemp("faq") / "faq.yaml", FAQ_TEXT)).index.kb


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2018, 6, day, hour, minute, tzinfo=NEW_YORK)


def test_now_during_a_session(kb: KnowledgeBase) -> None:
    answer = programme.now_answer(kb, at(28, 10, 15))
    assert (answer.outcome, answer.kind, answer.title) == (Outcome.ANSWER, ItemKind.SCHEDULE,
                                                           "On now")
    assert [s.id for s in answer.sessions] == ["opening-session"]


def test_now_between_sessions_points_to_the_next(kb: KnowledgeBase) -> None:
    answer = programme.now_answer(kb, at(28, 13, 5))
    assert answer.title == "Nothing is on right now. Next"
    assert [s.id for s in answer.sessions] == ["side-event-youth"]


def test_now_works_from_any_time_zone(kb: KnowledgeBase) -> None:
    tokyo = at(28, 10, 15).astimezone(dt.timezone(dt.timedelta(hours=9)))
    assert programme.now_answer(kb, tokyo).sessions == programme.now_answer(
        kb, at(28, 10, 15)).sessions


@pytest.mark.parametrize(
    ("moment", "text"),
    [(at(27, 23), "has not started yet"), (at(30, 9), "The conference is over")],
)
def test_outside_the_conference(kb: KnowledgeBase, moment: dt.datetime, text: str) -> None:
    assert text in (programme.now_answer(kb, moment).text or "")


def test_next_in_one_room(kb: KnowledgeBase) -> None:
    room = programme.find_room(kb, "conference-room-2")
    answer = programme.next_answer(kb, at(28, 9), room)
    assert answer.title == "Next in the Conference Room 2"
    assert [s.id for s in answer.sessions] == ["side-event-youth"]
    assert programme.next_answer(kb, at(29, 16, 30)).text == (
        "Nothing more is scheduled: that was the last session."
    )


def test_a_day_lists_its_sessions_in_order(kb: KnowledgeBase) -> None:
    answer = programme.day_answer(kb, dt.date(2018, 6, 28), at(28, 9))
    assert [s.id for s in answer.sessions] == ["opening-session", "session-one",
                                               "side-event-youth"]
    assert answer.title == "Thursday 28 June 2018"


def test_no_day_means_today_during_the_conference_else_everything(kb: KnowledgeBase) -> None:
    assert programme.day_answer(kb, None, at(29, 9)).title == "Friday 29 June 2018"
    whole = programme.day_answer(kb, None, at(1, 9))
    assert whole.title == "Programme" and "Friday 29 June 2018" in (whole.text or "")


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2018-06-29", dt.date(2018, 6, 29)),
        ("Friday", dt.date(2018, 6, 29)),
        ("thu", dt.date(2018, 6, 28)),
        ("day 2", dt.date(2018, 6, 29)),
        ("28", dt.date(2018, 6, 28)),
        ("today", dt.date(2018, 6, 28)),
        ("tomorrow", dt.date(2018, 6, 29)),
        ("Friday 29 June 2018", dt.date(2018, 6, 29)),
        ("whenever", None),
        ("", None),
    ],
)
def test_days_as_people_type_them(kb: KnowledgeBase, typed: str, day: dt.date | None) -> None:
    assert programme.parse_day(kb, typed, at(28, 9)) == day


@pytest.mark.parametrize(
    ("typed", "room_id"),
    [("ga-hall", "ga-hall"), ("General Assembly Hall", "ga-hall"), ("assembly", "ga-hall"),
     ("room", "conference-room-2"), ("e", None), ("the moon", None)],
)
def test_rooms_by_id_or_name(kb: KnowledgeBase, typed: str, room_id: str | None) -> None:
    room = programme.find_room(kb, typed)
    assert (room.id if room else None) == room_id


def test_venue_and_topics(kb: KnowledgeBase) -> None:
    venue = programme.venue_answer(kb)
    assert venue.title == "United Nations Headquarters" and "405 East" in (venue.text or "")
    assert "International cooperation" in (programme.topics_answer(kb).text or "")
