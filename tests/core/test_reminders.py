"""Reminders by the clock: due from the chosen lead until the session starts, once per
start, never for a cancelled session."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Collection, Mapping

import pytest

from bot.core import reminders
from bot.core.models import KnowledgeBase, SessionStatus
from bot.core.reminders import DEFAULT_REMINDER_MINUTES, Follow, ReminderKey, reminder_key
from tests.core.conftest import KB, THU, at

ANN, BOB = 1, 2
FOLLOWS = [Follow(ANN, "session-2"), Follow(BOB, "session-2"), Follow(ANN, "closing")]
SESSION_2 = at(THU, 15)  # 15:00-18:00 on Thursday


def due(
    now: dt.datetime, kb: KnowledgeBase = KB, *, sent: Collection[ReminderKey] = frozenset(),
    minutes: Mapping[int, int] | None = None, default_minutes: int = DEFAULT_REMINDER_MINUTES,
) -> list[tuple[int, str]]:
    found = reminders.Followers(kb, FOLLOWS, sent, minutes or {}, default_minutes).due(now)
    return [(r.user_id, r.session.id) for r in found]


def test_nothing_is_due_before_the_lead() -> None:
    assert due(SESSION_2 - dt.timedelta(minutes=10, seconds=1)) == []


def test_due_from_ten_minutes_before_by_default() -> None:
    assert due(SESSION_2 - dt.timedelta(minutes=10)) == [(ANN, "session-2"), (BOB, "session-2")]


def test_a_reminder_missed_while_down_is_still_due_until_the_start_and_never_after() -> None:
    assert due(SESSION_2 - dt.timedelta(seconds=1)) == [(ANN, "session-2"), (BOB, "session-2")]
    assert due(SESSION_2) == []
    assert due(SESSION_2 + dt.timedelta(minutes=5)) == []


def test_one_sent_is_never_due_again() -> None:
    sent = {reminder_key(ANN, "session-2", SESSION_2)}
    assert due(SESSION_2 - dt.timedelta(minutes=5), sent=sent) == [(BOB, "session-2")]


def test_each_person_chooses_the_lead_and_zero_means_none() -> None:
    minutes = {ANN: 30, BOB: 0}
    assert due(SESSION_2 - dt.timedelta(minutes=25), minutes=minutes) == [(ANN, "session-2")]
    assert due(SESSION_2 - dt.timedelta(minutes=5), minutes=minutes) == [(ANN, "session-2")]


def test_the_default_lead_can_be_configured() -> None:
    assert due(SESSION_2 - dt.timedelta(minutes=14), default_minutes=15) == [
        (ANN, "session-2"), (BOB, "session-2")]


def test_a_cancelled_session_gets_no_reminder() -> None:
    kb = dataclasses.replace(KB, sessions=tuple(
        dataclasses.replace(s, status=SessionStatus.CANCELLED) if s.id == "session-2" else s
        for s in KB.sessions))
    assert due(SESSION_2 - dt.timedelta(minutes=5), kb) == []


def test_a_session_no_longer_in_the_programme_gets_no_reminder() -> None:
    kb = dataclasses.replace(KB, sessions=tuple(s for s in KB.sessions if s.id != "session-2"))
    assert due(SESSION_2 - dt.timedelta(minutes=5), kb) == []


def test_a_session_moved_later_is_reminded_of_again_for_its_new_start() -> None:
    sent = {reminder_key(ANN, "session-2", SESSION_2), reminder_key(BOB, "session-2", SESSION_2)}
    kb = dataclasses.replace(KB, sessions=tuple(
        dataclasses.replace(s, start=dt.time(16, 0)) if s.id == "session-2" else s
        for s in KB.sessions))
    assert due(SESSION_2 - dt.timedelta(minutes=5), kb, sent=sent) == []
    assert due(at(THU, 15, 55), kb, sent=sent) == [(ANN, "session-2"), (BOB, "session-2")]


def test_the_key_is_the_same_moment_whatever_its_zone() -> None:
    assert reminder_key(ANN, "x", SESSION_2) == reminder_key(ANN, "x",
                                                            SESSION_2.astimezone(dt.UTC))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(THU, 9), SESSION_2 - dt.timedelta(minutes=10)),
        (SESSION_2 - dt.timedelta(minutes=5), at(dt.date(2018, 6, 29), 15, 50)),  # the closing
        (at(dt.date(2018, 6, 30), 9), None),
    ],
)
def test_when_the_next_reminder_falls_due(now: dt.datetime, expected: dt.datetime | None) -> None:
    assert reminders.Followers(KB, FOLLOWS, set()).next_due(now) == expected


def test_a_sent_reminder_is_not_the_next_one() -> None:
    sent = {reminder_key(ANN, "session-2", SESSION_2), reminder_key(BOB, "session-2", SESSION_2)}
    assert reminders.Followers(KB, FOLLOWS, sent).next_due(at(THU, 9)) == at(
        dt.date(2018, 6, 29), 15, 50)
