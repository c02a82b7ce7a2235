"""A session's status and access in answers: cancelled sessions are never on now or
next, every answer about a session shows its status and access, and "is it full?",
"can I go?", "is it still on?" are answered from those fields."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bot.core import attendance, describe
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import Access, ItemKind, KnowledgeBase, Outcome, SessionStatus
from tests.core.conftest import FRI, KB, THU, at


def with_sessions(kb: KnowledgeBase, **changes: dict[str, object]) -> KnowledgeBase:
    """``kb`` with some sessions' fields replaced: ``with_sessions(kb, opening={...})``."""
    sessions = tuple(
        dataclasses.replace(s, **changes[s.id.replace("-", "_")])  # type: ignore[arg-type]
        if s.id.replace("-", "_") in changes else s
        for s in kb.sessions
    )
    return dataclasses.replace(kb, sessions=sessions)


def index_of(kb: KnowledgeBase) -> MatchIndex:
    return MatchIndex.build(kb)


CANCELLED = {"status": SessionStatus.CANCELLED, "status_note": "moved to Friday"}


def test_a_cancelled_session_is_never_on_now() -> None:
    index = index_of(with_sessions(KB, session_1=CANCELLED))
    result = answer(index, "what's on now?", at(THU, 11, 45))
    assert "session-1" not in {s.id for s in result.sessions}
    assert result.title == "Nothing is on right now. Next"
    assert result.item_id in {"side-finance", "side-youth"}


def test_a_cancelled_session_is_never_next() -> None:
    index = index_of(with_sessions(KB, session_2=CANCELLED))
    result = answer(index, "what's next in the GA hall?", at(THU, 13, 30))
    assert result.item_id == "closing"
    assert "session-2" not in {s.id for s in result.sessions}


def test_a_cancelled_session_is_not_on_at_its_hour_but_stays_in_the_days_listing() -> None:
    index = index_of(with_sessions(KB, session_2=CANCELLED))
    at_three = answer(index, "what's on at 4pm on thursday", at(THU, 9))
    assert "session-2" not in {s.id for s in at_three.sessions}
    day = answer(index, "thursday programme", at(THU, 9))
    assert "session-2" in {s.id for s in day.sessions}
    listed = "Foreign terrorist fighters** \u2014 General Assembly Hall \u00b7 cancelled"
    assert listed in (day.text or "")


def test_a_cancelled_opening_does_not_open_the_conference() -> None:
    index = index_of(with_sessions(KB, opening=CANCELLED))
    result = answer(index, "when does the conference start?", at(THU, 8))
    assert result.item_id == "session-1"
    first = answer(index, "what's first on thursday?", at(THU, 8))
    assert first.item_id == "session-1"


def test_an_answer_about_a_session_shows_its_status_and_access_first() -> None:
    kb = with_sessions(KB, session_2={"status": SessionStatus.MOVED,
                                      "status_note": "now in Conference Room 4",
                                      "access": Access.REGISTRATION, "capacity": 80})
    text = describe.describe_session(kb, next(s for s in kb.sessions if s.id == "session-2"))
    lines = text.splitlines()
    assert lines[1] == "Status: **Moved (now in Conference Room 4)**"
    assert lines[2] == "Access: Registration needed in advance, 80 seats"
    assert lines[3].startswith("When: ")


def test_a_scheduled_session_without_access_shows_no_status_lines() -> None:
    session = next(s for s in KB.sessions if s.id == "session-2")
    assert describe.status_lines(session) == []
    assert describe.describe_session(KB, session).splitlines()[1].startswith("When: ")


# --- "is it full?", "can I go?", "is it still on?" ------------------------------------

LIVE = with_sessions(
    KB,
    opening={"status": SessionStatus.FULL, "access": Access.OPEN, "capacity": 300},
    session_1={"access": Access.CLOSED},
    session_2=CANCELLED,
    side_youth={"access": Access.REGISTRATION, "capacity": 40},
    side_finance={"access": Access.OPEN, "status": SessionStatus.DELAYED,
                  "status_note": "starts 15 minutes late"},
)
LIVE_INDEX = index_of(LIVE)


@pytest.mark.parametrize(
    ("question", "session_id", "lead"),
    [
        ("is the opening full?", "opening", "Yes: **Opening session** is full."),
        ("Is the opening ceremony full??", "opening", "Yes: **Opening session** is full."),
        ("any seats left for session I?", "session-1",
         "**Session I: Sharing information** is not marked full. Closed meeting, by "
         "invitation only."),
        ("can I go to Session I?", "session-1",
         "Only if you are invited: **Session I: Sharing information** is a closed meeting."),
        ("can i attend the FTF session", "session-2",
         "No: **Session II: Foreign terrorist fighters** is cancelled (moved to Friday)."),
        ("is session II still on?", "session-2",
         "No: **Session II: Foreign terrorist fighters** is cancelled (moved to Friday)."),
        ("can we go to the opening", "opening",
         "Yes: **Opening session** is open to all conference participants. It is full, "
         "though."),
        ("do I need to register for side event: reaching young people", "side-youth",
         "Only if you registered for it: **Side event: Reaching young people** needs "
         "registration in advance."),
        ("is following the money delayed?", "side-finance",
         "**Side event: Following the money**: delayed (starts 15 minutes late)."),
        ("is the closing session still on", "closing", "**Closing session** is on as scheduled."),
        ("can I go to the closing?", "closing",
         "The programme does not say who may attend **Closing session**"),
        # whether anyone may go: the same question, asked for everyone
        ("can anyone attend session I?", "session-1",
         "Only if you are invited: **Session I: Sharing information** is a closed meeting."),
        ("Is the opening open to everyone with a badge?", "opening",
         "Yes: **Opening session** is open to all conference participants."),
        ("may everybody go to the side event: reaching young people", "side-youth",
         "Only if you registered for it: **Side event: Reaching young people** needs "
         "registration in advance."),
    ],
)
def test_status_and_access_questions_are_answered_from_the_fields(
    question: str, session_id: str, lead: str
) -> None:
    result = answer(LIVE_INDEX, question, at(THU, 9))
    assert result.outcome is Outcome.ANSWER
    assert (result.item_id, result.kind) == (session_id, ItemKind.SCHEDULE)
    assert (result.text or "").startswith(lead)
    assert [s.id for s in result.sessions] == [session_id]


@pytest.mark.parametrize(
    ("question", "moment", "lead"),
    [
        # over the same day: since when, whatever was asked of it
        ("is session I still on?", at(THU, 14), "Session I: Sharing information ended at 13:00."),
        ("can I go to Session I?", at(THU, 14), "Session I: Sharing information ended at 13:00."),
        ("is the opening full?", at(THU, 11), "Opening session ended at 10:30."),
        # over on another day: when it was
        ("is session I still on?", at(FRI, 9),
         "Session I: Sharing information is over: it took place on Thursday 28 June 2018, "
         "10:30\u201313:00."),
        # on now: since when and until when
        ("is the closing session still on", at(FRI, 16, 20),
         "Closing session is under way: it started at 16:00 and ends at 17:00."),
        # still to come: as planned
        ("is the closing session still on", at(FRI, 15), "**Closing session** is on as scheduled."),
        # cancelled or running late: the status says, not the printed times
        ("is session II still on?", at(FRI, 9),
         "No: **Session II: Foreign terrorist fighters** is cancelled (moved to Friday)."),
        ("is following the money delayed?", at(THU, 14, 40),
         "**Side event: Following the money**: delayed (starts 15 minutes late)."),
        ("is following the money delayed?", at(FRI, 9),
         "Side event: Following the money is over: it took place on Thursday 28 June 2018, "
         "13:15\u201314:30."),
    ],
)
def test_a_session_asked_about_once_over_or_while_on_says_so_not_as_scheduled(
    question: str, moment: dt.datetime, lead: str
) -> None:
    result = answer(LIVE_INDEX, question, moment)
    assert result.kind is ItemKind.SCHEDULE
    assert (result.text or "").startswith(lead)


def test_a_session_over_on_another_day_is_said_to_be_over_in_the_askers_language() -> None:
    result = answer(LIVE_INDEX, "la session I est-elle maintenue ?", at(FRI, 9))
    assert result.item_id == "session-1"
    assert (result.text or "").startswith("Session I: Sharing information est terminé : il a eu "
                                          "lieu le jeudi 28 juin 2018, de 10:30 à 13:00.")


def test_when_a_session_was_asked_the_next_day_says_it_is_over() -> None:
    result = answer(LIVE_INDEX, "when is the opening?", at(FRI, 9))
    assert result.item_id == "opening"
    assert (result.text or "").startswith("Opening session is over: it took place on Thursday "
                                          "28 June 2018, 10:00\u201310:30.")
    before = answer(LIVE_INDEX, "when is the closing session?", at(THU, 9))
    assert not (before.text or "").startswith("Closing session is over")


@pytest.mark.parametrize(
    ("question", "listed"),
    [
        ("which sessions are full?", ["opening"]),
        ("is anything cancelled?", ["session-2"]),
        ("any sessions delayed", ["side-finance"]),
        ("which sessions are running late", ["side-finance"]),
        ("anything running behind schedule?", ["side-finance"]),
    ],
)
def test_which_sessions_are_in_a_state_is_a_listing(question: str, listed: list[str]) -> None:
    result = answer(LIVE_INDEX, question, at(THU, 9))
    assert result.outcome is Outcome.ANSWER
    assert [s.id for s in result.sessions] == listed


def test_nothing_in_that_state_is_said_plainly() -> None:
    result = answer(index_of(KB), "what's been cancelled?", at(THU, 9))
    assert (result.outcome, result.text, result.item_id) == (
        Outcome.ANSWER, "No session is cancelled at the moment.", None)


@pytest.mark.parametrize(
    "question",
    [
        "is it full?",  # names no session
        "can I go to the side event?",  # names two
        "can I attend session I as an observer?",  # a word of its own: the FAQ's business
        "is the opening webcast?",  # not status or access
        "how many seats are in the general assembly hall",  # a room, not a session
        "can I go to the opening with my intern and my boss and a journalist from the times",
    ],
)
def test_questions_that_are_not_only_about_status_or_access_are_left_to_the_matcher(
    question: str,
) -> None:
    assert attendance.understand(LIVE, question) is None


@pytest.mark.parametrize(
    "question", ["sorry I'm late, what session is this?", "we are a bit late, which room is it"]
)
def test_an_asker_who_is_late_is_not_asking_about_delayed_sessions(question: str) -> None:
    asked = attendance.understand(LIVE, question)
    assert asked is None or asked.status is not SessionStatus.DELAYED


def test_the_longest_name_wins_and_session_i_is_not_session_ii() -> None:
    asked = attendance.understand(LIVE, "can I go to Session II?")
    assert asked is not None and asked.session is not None
    assert asked.session.id == "session-2"


def test_the_longest_name_wins_though_another_sessions_name_starts_inside_it() -> None:
    # "prevention panel" names the youth side event, "youth prevention panel" the
    # financing one: the longer is what the question says.
    kb = with_sessions(LIVE, side_youth={"alternates": ("prevention panel",)},
                       side_finance={"alternates": ("youth prevention panel",)})
    for question in ("is the youth prevention panel full?",
                     "can I go to the youth prevention panel?"):
        asked = attendance.understand(kb, question)
        assert asked is not None and asked.session is not None, question
        assert asked.session.id == "side-finance", question
    asked = attendance.understand(kb, "is the prevention panel full?")
    assert asked is not None and asked.session is not None
    assert asked.session.id == "side-youth"


def test_a_kb_without_sessions_never_reads_attendance() -> None:
    assert attendance.understand(dataclasses.replace(KB, sessions=()), "is it full?") is None


def test_reading_attendance_needs_no_clock_and_the_answer_none_until_the_session_is_over(
) -> None:
    first = answer(LIVE_INDEX, "is the opening full?", at(THU, 9))
    weeks_before = answer(LIVE_INDEX, "is the opening full?", at(THU, 9) - dt.timedelta(days=30))
    assert first.text == weeks_before.text
    assert attendance.understand(LIVE, "is the opening full?") is not None



@pytest.mark.parametrize("question", [
    "please register me for the side event on reaching young people",
    "sign us up for the side event on reaching young people",
    "register me for the opening session",
])
def test_a_request_to_register_the_asker_is_not_answered_as_how_to_attend(
    question: str,
) -> None:
    # The bot keeps no lists: "register me" asks for a piece of work, which neither the
    # session's access nor the programme answers (the decision's a_task veto).
    assert answer(LIVE_INDEX, question, at(THU, 9)).outcome is not Outcome.ANSWER


def test_asking_how_to_attend_a_session_is_still_answered() -> None:
    result = answer(LIVE_INDEX, "can I attend the side event on reaching young people?",
                    at(THU, 9))
    assert result.outcome is Outcome.ANSWER and result.item_id == "side-youth"
