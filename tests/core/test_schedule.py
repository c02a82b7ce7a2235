"""Programme questions answered live from the sessions, in the conference time zone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bot.core import schedule
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.models import ItemKind, KnowledgeBase, Outcome, Room
from bot.core.session_names import named_sessions
from bot.core.session_subjects import subject_named
from bot.core.text import stem
from bot.wiring import load_faq
from tests.core.conftest import FRI, KB, THU, at, session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("question", "moment", "expected_first", "expected_all"),
    [
        ("what's on now?", at(THU, 11, 45), "session-1", {"session-1"}),
        ("whats happening rn", at(THU, 10, 10), "opening", {"opening"}),
        ("what's on now", at(THU, 13, 30), "side-finance", {"side-finance", "side-youth"}),
        ("what's next?", at(THU, 12, 0), "side-finance", {"side-finance", "side-youth"}),
        ("wot's next", at(THU, 12, 0), "side-finance", {"side-finance", "side-youth"}),
        ("wat time is the nxt side evnt", at(THU, 12, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what's next in the GA hall?", at(THU, 13, 30), "session-2", {"session-2"}),
        ("what's on in conference room 4 right now", at(THU, 13, 20), "side-youth",
         {"side-youth"}),
        ("what's first tomorrow?", at(THU, 20, 0), "session-3", {"session-3"}),
        # The sentence that asks names the day; the story's "today" does not.
        ("Done for today. What's first tomorrow?", at(THU, 20, 0), "session-3", {"session-3"}),
        ("What's first tomorrow? I'm done for today.", at(THU, 20, 0), "session-3",
         {"session-3"}),
        # Or the clause that asks, in a sentence of several.
        ("Done for today, what's first tomorrow?", at(THU, 20, 0), "session-3",
         {"session-3"}),
        ("finished for today - what's first tomorrow", at(THU, 20, 0), "session-3",
         {"session-3"}),
        ("what's on at this hour?", at(THU, 11, 45), "session-1", {"session-1"}),
        ("anything going on I can join?", at(THU, 13, 30), "side-finance",
         {"side-finance", "side-youth"}),
        ("is anything on yet?", at(THU, 10, 10), "opening", {"opening"}),
        ("just got to the UN, is anything on yet?", at(THU, 10, 10), "opening", {"opening"}),
        ("friday afternoon?", at(THU, 9, 0), "closing", {"closing"}),
        ("what's on at 3pm on thursday", at(FRI, 9, 0), "session-2", {"session-2"}),
        # The minutes count: at 10:00 the opening was on, at 13:00 nothing.
        ("what's on at 10:45 on thursday", at(FRI, 9, 0), "session-1", {"session-1"}),
        ("anything at 1:30 on thursday?", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what's on thursday at 1.45pm", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        # A time said in words, or "around" it.
        ("what's on at half past one on thursday", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("anything at quarter to two on thursday?", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what's on thursday at noon", at(FRI, 9, 0), "session-1", {"session-1"}),
        ("what's on around 11 on thursday", at(FRI, 9, 0), "session-1", {"session-1"}),
        ("whats on @ 3pm thursday", at(FRI, 9, 0), "session-2", {"session-2"}),
        # A day of the month without its month, and the earliest of a day.
        ("what's on on the 29th", at(THU, 9, 0), "session-3", {"session-3", "closing"}),
        ("programme for the 29th please", at(THU, 9, 0), "session-3",
         {"session-3", "closing"}),
        ("what's the earliest session on friday", at(THU, 9, 0), "session-3", {"session-3"}),
        # A span of a day: what is on at any moment of it.
        ("what's on after 3pm on thursday", at(FRI, 9, 0), "session-2", {"session-2"}),
        ("what's on between 2 and 4 on thursday", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth", "session-2"}),
        ("anything friday before the closing?", at(THU, 9, 0), "session-3", {"session-3"}),
        # "In this moment", "can I still catch".
        ("what session is running in this moment in the big hall?", at(THU, 11, 0),
         "session-1", {"session-1"}),
        ("Good afternoon, I am in the cafeteria. Which side events can I still catch?",
         at(THU, 13, 30), "side-finance", {"side-finance", "side-youth"}),
        # After a session named: whatever comes next, side events too.
        ("what's on after session 1", at(THU, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what's the next session after session 1", at(THU, 9, 0), "session-2",
         {"session-2"}),
        # Now and next: both, what is on first.
        ("what's on now and next?", at(THU, 11, 45), "session-1",
         {"session-1", "side-finance", "side-youth"}),
        # Hours from now.
        ("what's on in 2 hours", at(THU, 13, 30), "session-2", {"session-2"}),
        ("anything on in an hour?", at(THU, 9, 45), "session-1", {"session-1"}),
        ("which side events are on now", at(THU, 13, 30), "side-finance",
         {"side-finance", "side-youth"}),
        # The 24-hour clock in four digits; hours from now in words; later today.
        ("What is happening at 1330 hrs on thursday?", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what's on at 1100 on thursday", at(FRI, 9, 0), "session-1", {"session-1"}),
        ("anything between 1300 and 1500 hrs on thursday?", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("what will be going on two hours from now?", at(THU, 13, 30), "session-2",
         {"session-2"}),
        ("what else is on later today?", at(THU, 14, 40), "session-2", {"session-2"}),
        # "Anything else today?": what is left of the day, not its whole listing.
        ("anything else on today or is that it?", at(THU, 14, 40), "session-2",
         {"session-2"}),
        ("is there anything else today?", at(THU, 14, 40), "session-2", {"session-2"}),
        # What follows a session; what comes after one named with its kind.
        ("which session follows Session I?", at(THU, 9, 0), "session-2", {"session-2"}),
        ("what comes after the money side event?", at(THU, 9, 0), "session-2",
         {"session-2"}),
        # A room said as the message's heading.
        ("Conference Room 4 - what's there on thursday at lunchtime? checking before I "
         "book my slot", at(THU, 9, 0), "side-youth", {"side-youth"}),
        # "Half ten" is half past ten; a time with am or pm, or its minutes, needs no "at".
        ("what's on at half ten on thursday?", at(THU, 8, 0), "session-1", {"session-1"}),
        ("what will be on at half three?", at(THU, 12, 0), "session-2", {"session-2"}),
        ("Day one, 1:45pm - what's on?", at(THU, 8, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("friday 10:15, anything on?", at(THU, 8, 0), "session-3", {"session-3"}),
        # An hour and a half.
        ("In an hour and a half, where should I be?", at(THU, 13, 45), "session-2",
         {"session-2"}),
        ("what's on one and a half hours from now", at(THU, 9, 0), "session-1",
         {"session-1"}),
        # A time, or a short heading before a colon, said apart from the clause that asks.
        ("Two hours from now, what's happening? Trying to plan my day.", at(THU, 13, 30),
         "session-2", {"session-2"}),
        ("Booth shift check: when does the next session in the GA hall begin?",
         at(THU, 10, 10), "session-1", {"session-1"}),
        # A second clause that asks about what the first finds.
        ("I'm the driver, parked up and waiting. Which session is going on at the moment "
         "and what time does it let out?", at(THU, 16, 10), "session-2", {"session-2"}),
        # The one item just before a named one, not all that come before it.
        ("Which plenary is just before the FTF session?", at(THU, 9, 0), "session-1",
         {"session-1"}),
        ("what precedes the FTF session?", at(THU, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("What comes straight after the opening session?", at(THU, 9, 0), "session-1",
         {"session-1"}),
        # What is left of today; whether a day has begun; the next item.
        ("What's left for today?", at(THU, 14, 55), "session-2", {"session-2"}),
        ("has day two kicked off yet?", at(FRI, 10, 5), "session-3", {"session-3"}),
        ("Is anything on now, or what's the next item?", at(FRI, 9, 15), "session-3",
         {"session-3"}),
        # The frame of a formal letter around the question it asks.
        ("I should be most grateful if you would inform me which session is presently "
         "under way in the GA hall.", at(THU, 11, 0), "session-1", {"session-1"}),
        # What has just begun is what is on now.
        ("Live-tweeting: which session has just got going in the GA Hall?", at(THU, 10, 32),
         "session-1", {"session-1"}),  # seen time8
        ("Good morning. Would you be so kind as to inform me which meeting is presently "
         "under way in the GA hall?", at(THU, 11, 40), "session-1", {"session-1"}),  # time9
        ("May I respectfully enquire as to what follows Session I?", at(THU, 9, 0),
         "side-finance", {"side-finance", "side-youth"}),
        # Blocks are the programme's items.
        ("What's in the next block?", at(THU, 14, 40), "session-2", {"session-2"}),
        ("The very last block of the whole conference - when does it kick off?",
         at(THU, 9, 0), "closing", {"closing"}),
        # Before a session named by its label.
        ("What's on right before Session II?", at(THU, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        # A part of a day goes by its first main session, not lunch or a side event.
        ("what's on thursday afternoon?", at(THU, 9, 0), "session-2",
         {"side-finance", "side-youth", "session-2"}),
        # The venue by its initials says where, and asks the programme no less.
        ("just got off the subway, what's going on at the UN right now", at(THU, 11, 45),
         "session-1", {"session-1"}),
        # "A quarter past one"; what "came" just before; the time left in the one on now;
        # a day "done".
        ("which side events start at a quarter past one on thursday?", at(FRI, 9, 0),
         "side-finance", {"side-finance", "side-youth"}),
        ("What came just before the closing session?", at(FRI, 9, 0), "session-3",
         {"session-3"}),
        ("how long left?", at(THU, 11, 0), "session-1", {"session-1"}),
        # "how much longer?" alone, and the minutes left in this one (seen time14, time13)
        ("how much longer??", at(THU, 11, 0), "session-1", {"session-1"}),

        ("minutes left in this session?", at(THU, 11, 0), "session-1", {"session-1"}),
        ("day 1 done?", at(THU, 18, 5), "session-2", {"session-2"}),
        # Minutes and a half hour spelt out; a word of greeting or courtesy; dropping in.
        ("what's on in forty five minutes", at(THU, 14, 20), "session-2", {"session-2"}),
        ("half 3 on thursday?", at(THU, 8, 0), "session-2", {"session-2"}),
        ("anything on right now I can drop into?", at(THU, 13, 30), "side-finance",
         {"side-finance", "side-youth"}),
        # A longer heading before a colon, when it says nothing of the programme.
        ("Quick one for the blog: which session is on at the moment and what is it about?",
         at(THU, 11, 0), "session-1", {"session-1"}),
        # About an hour ("2ish"); a courteous frame around the question.
        ("anythin on at 2ish on thursday?", at(FRI, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        ("I would be grateful to know what is on at the moment.", at(THU, 11, 0),
         "session-1", {"session-1"}),
        # A question asked for someone else is that question.
        ("Good morning, hotel concierge here. My guest asks what will be on at noon today.",
         at(THU, 9, 0), "session-1", {"session-1"}),
        ("Concierge calling: my guest wants to know whether anything is still on now.",
         at(THU, 11, 0), "session-1", {"session-1"}),
        # How long till something ends, said of no kind: the one on now.
        ("how long till the wrap-up finishes?", at(THU, 16, 40), "session-2", {"session-2"}),
        # An hour or more said in minutes, or as "1hr": a moment, like "in 2 hours".
        ("What will be on in 90 minutes?", at(THU, 11, 0), "session-1", {"session-1"}),
        ("wats on in 1hr", at(THU, 11, 30), "session-1", {"session-1"}),
        # The time remaining in the session on now.
        ("Please inform me of the time remaining in the present session.", at(THU, 11, 0),
         "session-1", {"session-1"}),
        # The session a question counts back from is not the kind it asks for; "which
        # session" before one is one session.
        ("which session comes before session 2?", at(THU, 9, 0), "session-1", {"session-1"}),
        ("which item immediately precedes Session II on thursday?", at(THU, 9, 0),
         "side-finance", {"side-finance", "side-youth"}),
        ("whats nxt after sess 1", at(THU, 9, 0), "side-finance",
         {"side-finance", "side-youth"}),
        # "From now" counts the minutes from now, it asks nothing of now; three quarters
        # of an hour is what comes next; "the session before" one is the one before.
        ("wat happens in twenty mins from now", at(THU, 10, 14), "session-1",
         {"session-1"}),
        ("what's on in three quarters of an hour?", at(THU, 10, 0), "session-1",
         {"session-1"}),
        ("What is the session before the closing one?", at(FRI, 9, 0), "session-3",
         {"session-3"}),
        # Counted back from a session of another day: that day's items before it, not
        # the session itself (asked on Thursday of Friday's closing).
        ("What comes before the closing session?", at(THU, 9, 0), "session-3",
         {"session-3"}),
        ("which session comes before the closing?", at(THU, 9, 0), "session-3",
         {"session-3"}),
        # What is "taking place", "discussed" or "debated" in a room is what is on there.
        ("What is taking place in the GA hall just now?", at(THU, 11, 0), "session-1",
         {"session-1"}),
        ("What are they discussing in the hall at the moment?", at(THU, 11, 0), "session-1",
         {"session-1"}),
        ("what's being discussed in the GA hall now", at(THU, 16, 0), "session-2",
         {"session-2"}),
        # After or just before a session named by its subject, not by its title.
        ("What comes after the session on sharing information?", at(THU, 9, 0),
         "side-finance", {"side-finance", "side-youth"}),
        ("What comes after the side event about following the money?", at(THU, 9, 0),
         "session-2", {"session-2"}),
        ("what's on right before the session on foreign terrorist fighters?", at(THU, 9, 0),
         "side-finance", {"side-finance", "side-youth"}),
        ("what's on after the side event about money?", at(THU, 9, 0), "session-2",
         {"session-2"}),
        ("What comes after the foreign fighters discussion?", at(THU, 9, 0), "session-3",
         {"session-3"}),
        # A day's "line-up" is its programme; "the bit after" one is what follows it.
        ("Give me the full line-up for Thursday please", at(THU - dt.timedelta(days=1), 20, 0),
         "opening", {"opening", "session-1", "side-finance", "side-youth", "session-2"}),
        ("what's the line up tomorrow?", at(THU, 20, 0), "session-3", {"session-3", "closing"}),
        ("the bit after the opening, what is it?", at(THU, 9, 0), "session-1", {"session-1"}),
        # Picking up again is resuming: its next start, "today" too (not the day's first).
        ("When does the plenary pick up again after the break today?", at(THU, 13, 50),
         "session-2", {"session-2"}),
        ("when does it all get going again today?", at(THU, 13, 50), "session-2",
         {"session-2"}),
        # A session "lets out" when it ends; a hall "in use" is one something is on in; a
        # part of the day "looks like" its programme, and asked alone it is no greeting.
        ("How many minutes until the morning session lets out?", at(THU, 12, 35),
         "session-1", {"session-1"}),
        ("When is the GA hall next in use?", at(THU, 13, 20), "session-2", {"session-2"}),
        ("What does this afternoon look like?", at(THU, 12, 0), "session-2",
         {"side-finance", "side-youth", "session-2"}),
        ("this afternoon?", at(THU, 12, 0), "session-2",
         {"side-finance", "side-youth", "session-2"}),
        # The programme between two bounds is the programme, not the session at one end.
        ("what's the programme from the opening to the closing?", at(THU, 8, 0), "opening",
         {"opening", "session-1", "side-finance", "side-youth", "session-2", "session-3",
          "closing"}),
        ("whats the programme for both days, from the opening all the way to the end on "
         "friday?", at(THU, 8, 0), "opening",
         {"opening", "session-1", "side-finance", "side-youth", "session-2", "session-3",
          "closing"}),
        # A last clause asking when to be there: the first clause's answer gives its time.
        ("just checked into my hotel. what's the first session tomorrow and when should I "
         "be there?", at(THU - dt.timedelta(days=1), 21, 0), "opening", {"opening"}),
        ("What's the first session tomorrow and by when must I be seated?",
         at(THU - dt.timedelta(days=1), 21, 0), "opening", {"opening"}),
    ],
)
def test_programme_questions_follow_the_clock(
    index: MatchIndex, question: str, moment: dt.datetime, expected_first: str,
    expected_all: set[str],
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER
    assert result.kind is ItemKind.SCHEDULE
    assert result.item_id == expected_first
    assert {s.id for s in result.sessions} == expected_all


@pytest.mark.parametrize(
    "question", ["how many minutes until the closing starts?", "closing in how many minutes?",
                 "How many more minutes till the closing?",
                 # not the programme until then: the time to its start
                 "how much time before the closing starts?",
                 "how much time do we have until the closing"],
)
def test_a_countdown_in_minutes_to_a_named_session_gets_its_start(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, at(FRI, 15, 45))
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == "closing"
    assert "in 15 minutes" in (result.text or "")


@pytest.mark.parametrize(
    "question", ["how long until the reception?", "how many hours until the reception"],
)
def test_the_time_until_a_kind_of_event_the_programme_lacks_is_not_the_next_session(
    index: MatchIndex, question: str
) -> None:
    # Nothing in the programme is a reception: the next session (lunch, a side event)
    # is no answer to it.
    result = answer(index, question, at(THU, 12, 0))
    assert result.kind is not ItemKind.SCHEDULE


@pytest.mark.parametrize(
    "question", ["anything on terrorist financing?", "can I join remotely?",
                 "is there anything for vegetarians?"],
)
def test_anything_or_joining_about_a_topic_is_no_programme_question(
    kb: KnowledgeBase, question: str
) -> None:
    assert schedule.understand(kb, question, at(THU, 13, 30)) is None


def test_now_in_a_gap_says_nothing_is_on_and_gives_the_next(index: MatchIndex) -> None:
    result = answer(index, "what's on now?", at(THU, 14, 45))
    assert result.item_id == "session-2"
    assert "Nothing is on right now" in (result.text or "")


@pytest.mark.parametrize(
    "question", ["what comes after this session?", "whats on after the current session",
                 "what's after the current one?"],
)
def test_after_the_session_one_is_in_lists_whatever_comes_next(
    index: MatchIndex, question: str
) -> None:
    # "this session" is where the asker is, not the kind wanted next: side events count.
    result = answer(index, question, at(THU, 11, 0))
    assert {s.id for s in result.sessions} == {"side-youth", "side-finance"}


def test_the_next_session_still_means_a_session(index: MatchIndex) -> None:
    result = answer(index, "what's the next session?", at(THU, 11, 0))
    assert {s.id for s in result.sessions} == {"session-2"}


def test_the_current_session_is_the_one_on_now(index: MatchIndex) -> None:
    result = answer(index, "when does the current session end", at(THU, 11, 0))
    assert result.answered
    assert result.item_id == "session-1"


def test_now_before_the_conference_points_to_the_first_day(index: MatchIndex) -> None:
    result = answer(index, "what's on now?", at(dt.date(2018, 6, 20), 10, 0))
    assert result.answered
    assert result.item_id == "opening"
    assert "has not started yet" in (result.text or "")


def test_now_after_the_conference_says_it_is_over(index: MatchIndex) -> None:
    result = answer(index, "what's next?", at(dt.date(2018, 7, 2), 10, 0))
    assert "is over" in (result.text or "")


@pytest.mark.parametrize("day", [dt.date(2018, 6, 20), dt.date(2018, 7, 2), dt.date(2026, 1, 15)])
@pytest.mark.parametrize("question", [
    "What time does the first session start?", "when is the earliest session",
    "Во сколько начинается первое заседание?"])
def test_the_first_session_asked_on_another_day_is_the_programmes_first(
    index: MatchIndex, day: dt.date, question: str
) -> None:
    # Once the conference was over this said only that it was: the first session is
    # the programme's first, whatever starts next (nothing, by then).
    result = answer(index, question, at(day, 10))
    assert (result.answered, result.item_id) == (True, "opening")
    assert "over" not in (result.text or "")


def test_the_first_session_asked_on_a_conference_day_is_the_next_to_start(
    kb: KnowledgeBase,
) -> None:
    # On one of its days the day's first item may be behind, or be the badge queue
    # under way: "before the first session kicks off" at 08:40 is the opening's start.
    arrival = session("arrival", "Arrival and badge pick-up", THU, "08:00", "09:45", "lobby")
    index = MatchIndex.build(dataclasses.replace(kb, sessions=(arrival, *kb.sessions)))
    result = answer(index, "how long have I got before the first session kicks off?",
                    at(THU, 8, 40))
    assert result.item_id == "opening"


@pytest.mark.parametrize("day", [dt.date(2018, 6, 20), dt.date(2018, 7, 2)])
@pytest.mark.parametrize("question", [
    "what is this meeting about", "first time at the UN, what is this meeting actually?",
    "what is this event"])
def test_this_meeting_on_a_day_without_the_conference_is_the_conference_not_a_live_item(
    kb: KnowledgeBase, day: dt.date, question: str
) -> None:
    # Once it was over, "what is this meeting about?" was answered "the conference is
    # over": with nothing on, "this meeting" is the conference, which the FAQ describes.
    assert schedule.understand(kb, question, at(day, 10)) is None


@pytest.mark.parametrize("question", [
    "what is this meeting about", "is this event still going on?"])
def test_this_meeting_during_the_conference_is_the_item_on_now(
    kb: KnowledgeBase, question: str
) -> None:
    asked = schedule.understand(kb, question, at(THU, 11))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_a_live_word_beside_this_event_still_asks_what_is_on(kb: KnowledgeBase) -> None:
    # "Is this event still going on?" after the conference: still whether it is over.
    asked = schedule.understand(kb, "is this event still going on?", at(dt.date(2018, 7, 2), 10))
    assert asked is not None and asked.intent is schedule.Intent.NOW


@pytest.mark.parametrize("question", [
    "Kindly advise where the conference is taking place.",
    "can you tell me where exactly the meeting is taking place",
    "where is the closing taking place?"])
def test_where_something_is_taking_place_asks_where_it_is_held_not_what_is_on(
    kb: KnowledgeBase, question: str
) -> None:
    # Seen on a probe set: a letter's "kindly advise where ... is taking place" was read
    # as whether the conference is on now ("The conference is over").
    asked = schedule.understand(kb, question, at(THU, 11))
    assert asked is None or asked.intent is not schedule.Intent.NOW


def test_the_moment_may_be_given_in_any_zone(index: MatchIndex) -> None:
    utc = dt.datetime(2018, 6, 28, 15, 45, tzinfo=dt.UTC)  # 11:45 in New York
    assert answer(index, "what's on now?", utc).item_id == "session-1"


def test_a_question_about_something_specific_is_not_a_programme_question(
    index: MatchIndex,
) -> None:
    result = answer(index, "can I get my badge on thursday morning", at(THU, 8, 0))
    assert result.kind is not ItemKind.SCHEDULE


def test_a_room_alone_is_not_a_programme_question(kb: KnowledgeBase) -> None:
    assert schedule.understand(kb, "where is conference room 4?", at(THU, 9)) is None


def test_a_session_number_is_not_taken_for_a_room_number(kb: KnowledgeBase) -> None:
    assert schedule.find_room(kb, "session 1 what time") is None
    room = schedule.find_room(kb, "what's on in room 1")
    assert room is not None and room.id == "conf-room-1"


@pytest.mark.parametrize(
    ("question", "room_id"),
    [
        ("what's next in the GA hall", "ga-hall"),
        ("anything on in the ecosoc chamber now", "ecosoc"),
        ("what's on in the economic and social council", "ecosoc"),
    ],
)
def test_rooms_are_recognised_by_abbreviation_or_name(
    kb: KnowledgeBase, question: str, room_id: str
) -> None:
    room = schedule.find_room(kb, question)
    assert room is not None and room.id == room_id


@pytest.mark.parametrize("question", ["what's on saturday?", "anything on saturday at 3pm?"])
def test_a_day_outside_the_conference_says_so_but_is_no_answer_from_the_faq(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, at(THU, 9))
    assert "Nothing is scheduled on Saturday" in (result.text or "")
    assert result.outcome is Outcome.UNKNOWN and result.item_id is None
    assert result.reason == "a day the conference does not run"


@pytest.mark.parametrize(("question", "day"), [
    ("what is the programme for monday 2 july?", "Monday 2 July 2018"),  # not Monday 25
    ("anything on the 30th of june?", "Saturday 30 June 2018"),
    ("what's on jun 27th", "Wednesday 27 June 2018"),
])
def test_a_date_outside_the_conference_is_that_date(
    index: MatchIndex, question: str, day: str,
) -> None:
    result = answer(index, question, at(THU, 9))
    assert f"Nothing is scheduled on {day}" in (result.text or "")
    assert not result.answered


def test_today_outside_the_conference_is_no_answer_but_says_where_the_conference_stands(
    index: MatchIndex
) -> None:
    eve = answer(index, "what's on today?", at(THU - dt.timedelta(days=1), 16))
    after = answer(index, "anything on the programme today?", at(FRI + dt.timedelta(days=1), 10))
    # Nothing in the FAQ answers it: the note is shown and the question is logged.
    assert not eve.answered and not after.answered
    assert eve.outcome is after.outcome is Outcome.UNKNOWN
    assert eve.reason == after.reason == "a day the conference does not run"
    assert "It opens with" in (eve.text or "") and "It closed with" not in (eve.text or "")
    # The day after, nothing "opens": the note says what closed the conference.
    assert "It closed with" in (after.text or "") and "It opens with" not in (after.text or "")
    at_three = answer(index, "what's on at 3pm today?", at(FRI + dt.timedelta(days=1), 10))
    assert not at_three.answered
    assert "Nothing is scheduled on Saturday 30 June 2018" in (at_three.text or "")
    # A week after the last day, someone may still be there; not eight days after.
    week = answer(index, "what's on today?", at(FRI + dt.timedelta(days=7), 10))
    assert not week.answered


@pytest.mark.parametrize("days", [8, 30, 3000])
def test_today_long_after_the_conference_is_answered_by_its_programme(
    index: MatchIndex, days: int
) -> None:
    # Asked long after, "this afternoon" cannot mean that day: the programme answers (this
    # file has no programme entry: the session its note points to, the last).
    result = answer(index, "what is left on the programme this afternoon?",
                    at(FRI + dt.timedelta(days=days), 10))
    assert (result.answered, result.item_id) == (True, "closing")


@pytest.mark.parametrize(("question", "day"), [
    ("what's on 29 june", FRI), ("programme for june the 28th", THU),
    ("sept 3?", dt.date(2018, 9, 3)),
])
def test_a_date_is_read_by_its_day_and_month_either_way_round(
    kb: KnowledgeBase, question: str, day: dt.date,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9))
    assert asked is not None and asked.day == day


def test_part_of_day_selects_the_sessions_starting_in_it(kb: KnowledgeBase) -> None:
    morning = schedule.on_day(kb, THU, "morning")
    assert [s.id for s in morning] == ["opening", "session-1"]
    afternoon = schedule.on_day(kb, THU, "afternoon")
    assert [s.id for s in afternoon] == ["side-finance", "side-youth", "session-2"]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(dt.date(2018, 6, 27), 23, 59), schedule.ConferenceState.BEFORE),
        (at(THU, 0, 0), schedule.ConferenceState.DURING),
        (at(FRI, 23, 59), schedule.ConferenceState.DURING),
        (at(dt.date(2018, 6, 30), 0, 0), schedule.ConferenceState.AFTER),
        # Midnight in New York is already the next day in UTC: the conference zone decides.
        (dt.datetime(2018, 6, 30, 3, 0, tzinfo=dt.UTC), schedule.ConferenceState.DURING),
    ],
)
def test_the_conference_state_is_read_in_the_conference_zone(
    kb: KnowledgeBase, moment: dt.datetime, expected: schedule.ConferenceState
) -> None:
    assert schedule.conference_state(kb, moment) is expected


def test_intents_and_states_still_read_as_their_words() -> None:
    """Logs and JSON that printed the strings print the same with the enums."""
    now: str = schedule.Intent.NOW  # compared as the string a log or JSON holds
    assert now == "now" and f"{schedule.Intent.NEXT}" == "next"
    assert [str(s) for s in schedule.ConferenceState] == ["before", "during", "after"]


@pytest.mark.parametrize(
    "question",
    [
        "left my badge in a yellow cab!!! what now",
        "I think I left my umbrella under my seat in the Hall yesterday, where would it be now?",
    ],
)
def test_a_bare_now_after_a_story_is_not_a_programme_question(kb: KnowledgeBase,
                                                              question: str) -> None:
    assert schedule.understand(kb, question, at(THU, 11, 45)) is None


@pytest.mark.parametrize(
    "question",
    [
        "just landed at JFK, what's on now?",
        "sorry I'm late, what session is this?",
        "stuck in security, what am I missing",
        "running late, what's next in the GA hall",
    ],
)
def test_a_live_programme_question_after_a_story_is_still_read(kb: KnowledgeBase,
                                                               question: str) -> None:
    assert schedule.understand(kb, question, at(THU, 11, 45)) is not None


def _kb_with_lunch(kb: KnowledgeBase) -> KnowledgeBase:
    lunch = session("lunch-thu", "Lunch break", THU, "13:00", "15:00", "cafeteria")
    return dataclasses.replace(kb, sessions=(*kb.sessions, lunch))


def _with_lunch(kb: KnowledgeBase) -> MatchIndex:
    return MatchIndex.build(_kb_with_lunch(kb))


@pytest.mark.parametrize(("question", "moment", "said"), [
    ("is it lunchtime yet?", at(THU, 12, 50), "starts at 13:00"),
    ("Jet-lagged. Is it already lunch time at the conference?", at(THU, 13, 30), "under way"),
])
def test_is_it_lunchtime_asks_the_state_of_today_s_lunch_break(
    kb: KnowledgeBase, question: str, moment: dt.datetime, said: str,
) -> None:
    # Seen time10: at 12:58 "is it lunchtime yet?" got the session on now, Session I.
    result = answer(_with_lunch(kb), question, moment)
    assert result.item_id == "lunch-thu"
    assert said in (result.live or "")


def test_is_it_lunchtime_on_a_day_without_lunch_asks_no_lunch_break(kb: KnowledgeBase) -> None:
    asked = schedule.understand(_kb_with_lunch(kb), "is it lunchtime yet?", at(FRI, 12, 50))
    assert asked is None or not asked.named


@pytest.mark.parametrize("question", [
    "is the programme on friday the same as thursday?",
    "what's on friday, like on thursday?",
    "Friday also starts at 10, as on Thursday?",
])
def test_a_day_compared_with_is_not_the_day_asked_about(kb: KnowledgeBase, question: str) -> None:
    # Seen v22: "The lunch of Friday is also of two hours, like Thursday?" got Thursday's.
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.day == FRI


@pytest.mark.parametrize("question", [
    "I'd like friday's programme please",
    "we would like the programme for friday",
    "what's the programme like on friday?",
])
def test_a_day_after_a_wish_or_a_likeness_is_the_day_asked_about(
    kb: KnowledgeBase, question: str
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.day == FRI


@pytest.mark.parametrize("question", [
    "What happens on Thursday and on Friday, session by session?",  # seen v12
    "what's on thursday and friday?",
])
def test_every_day_named_asks_the_whole_programme_not_its_first_day(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.day is None


@pytest.mark.parametrize("question", [
    "is the reception on thursday or friday?",  # a choice: which of the two
    "The closing of Friday is also one hour, like Thursday?",  # one day, compared
])
def test_two_days_said_as_a_choice_or_a_likeness_are_not_every_day(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.day is not None or asked.intent is not schedule.Intent.DAY


@pytest.mark.parametrize("question", [
    "could u give me what happens each day hour by hour",  # seen v29
    "what will happen on the two days?",
])
def test_what_happens_asks_the_programme_as_what_is_on_does(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.day is None


@pytest.mark.parametrize("question", [
    "pls send me the full agenda for both days",  # seen v40
    "Could you share the running order for both days?",
    "Kindly email me the programme.",
])
def test_a_request_to_be_sent_the_programme_asks_for_it(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.day is None


@pytest.mark.parametrize("question", [
    "send me the minutes of Session I",  # a document about a session
    "send me a reminder 10 min before session II",
    "who do I email about Session II?",
])
def test_a_request_to_be_sent_something_else_is_not_read_as_the_programme(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None


@pytest.mark.parametrize(("question", "part"), [
    ("what's on at lunchtime on both days?", "lunchtime"),
    ("what happens in the mornings?", "morning"),
    ("anything on each day in the afternoon?", "afternoon"),
])
@pytest.mark.parametrize("moment", [at(THU, 9, 0), dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC)])
def test_a_part_of_every_day_is_that_part_of_each_conference_day(
    kb: KnowledgeBase, question: str, part: str, moment: dt.datetime,
) -> None:
    # "what's on at lunchtime on both days?" said "Nothing is scheduled on Saturday ..."
    # asked on a day the conference does not run, and listed Thursday's alone during it.
    asked = schedule.understand(kb, question, moment)
    assert asked is not None and asked.day is None and asked.part == part


def test_a_part_of_every_day_lists_it_on_each_day(index: MatchIndex) -> None:
    result = answer(index, "what's on in the mornings?", at(THU, 9, 0))
    assert result.outcome is Outcome.ANSWER
    assert {s.id for s in result.sessions} == {"opening", "session-1", "session-3"}
    assert (result.text or "").startswith("Programme, morning")


@pytest.mark.parametrize(("question", "intent"), [
    ("I'm on Brussels time. What's happening at the conference in New York right now?",
     schedule.Intent.NOW),  # seen time6
    ("is anything on right now in New York?", schedule.Intent.NOW),
    ("What will be going on in New York an hour from now?", schedule.Intent.AT),  # seen time4
])
def test_the_conference_city_said_with_now_asks_the_programme_from_afar(
    kb: KnowledgeBase, question: str, intent: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 11, 30))
    assert asked is not None and asked.intent is intent


@pytest.mark.parametrize("question", [
    "what time is it in New York right now?",  # the city's clock
    "what's on in New York this weekend?",  # the city's own programme
])
def test_the_conference_city_asked_about_itself_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 11, 30)) is None


def test_start_to_finish_is_the_whole_conference_not_its_end(kb: KnowledgeBase) -> None:
    # Seen v30: "which days does it run, start to finish" got the closing session.
    asked = schedule.understand(kb, "which days does it run, start to finish", at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.LENGTH


@pytest.mark.parametrize("question", [
    "when is the conference?", "When exactly is the conference?", "when's the event",
    "what are the dates of the conference", "conference dates?",
    "Hello, could you please confirm the exact dates of the conference? Thank you",
])
def test_when_the_conference_is_or_its_dates_is_the_whole_conference(
    kb: KnowledgeBase, question: str
) -> None:
    # Seen on a probe set over the shared eval FAQ: "when is the conference?", among the
    # questions every attendee asks, got a did-you-mean there and on the bundled file.
    asked = schedule.understand(kb, question, dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC))
    assert asked is not None and asked.intent is schedule.Intent.LENGTH


@pytest.mark.parametrize("question", [
    "when is the opening?", "when is the side event on financing?",
    "can I change my arrival date for the conference?"])
def test_a_session_or_another_date_is_not_the_whole_conference(
    kb: KnowledgeBase, question: str
) -> None:
    asked = schedule.understand(kb, question, dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC))
    assert asked is None or asked.intent is not schedule.Intent.LENGTH


def test_at_what_hour_asks_a_time_and_names_no_session_that_speaks_of_hours(
    kb: KnowledgeBase,
) -> None:
    # "Bonjour, at what hour the first session begins?" named the two-hour lunch break
    # by its subject, "hour"; it asks when, of no session by its subject.
    lunch = session("lunch-fri", "Lunch break", FRI, "13:00", "15:00", "cafeteria",
                    description="Two-hour break between the morning and afternoon sessions.")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    asked = schedule.understand(with_lunch, "Bonjour, at what hour the first session begins?",
                                at(FRI, 8, 30))
    assert asked is None or lunch not in asked.named


@pytest.mark.parametrize("question", ["coffee break now, what is next?",
                                      "Coffee break now, what comes next in the big hall?"])
def test_a_kind_only_the_story_names_leaves_the_question_what_comes_next(
    kb: KnowledgeBase, question: str
) -> None:
    # The programme lists no coffee break: "coffee break now" says where the asker is,
    # and the question is the last clause's (it was left unanswered, or answered with
    # the meals entry).
    asked = schedule.understand(kb, question, at(THU, 11, 35))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert not asked.kinds


def test_a_kind_the_programme_lacks_asked_for_itself_is_still_no_programme_question(
    kb: KnowledgeBase,
) -> None:
    assert schedule.understand(kb, "when is the next coffee break?", at(THU, 11, 35)) is None


def test_is_lunch_over_says_when_it_ended_and_what_is_on_instead(kb: KnowledgeBase) -> None:
    result = answer(_with_lunch(kb), "is lunch over", at(THU, 15, 5))
    # The answer is about the lunch asked about; what is on instead follows it.
    assert result.item_id == "lunch-thu"
    assert (result.text or "").startswith("Lunch break ended at 15:00. On now")
    assert [s.id for s in result.sessions] == ["session-2"]


def test_is_lunch_over_in_the_morning_says_when_lunch_starts_whatever_else_is_on(
    kb: KnowledgeBase,
) -> None:
    # During the opening, "nothing is on right now" was false.
    result = answer(_with_lunch(kb), "is lunch over", at(THU, 10, 15))
    assert result.item_id == "lunch-thu"
    assert (result.text or "").startswith("Lunch break starts at 13:00")
    assert "Nothing is on" not in (result.text or "")


def test_a_kind_the_programme_never_names_has_not_ended_with_the_last_session() -> None:
    # No coffee break in this file's programme: the opening that ended before the
    # question is not its subject (an answer under the opening's id would be wrong).
    index = load_faq(FIXTURES / "lome_softtargets.yaml", None).index
    moment = dt.datetime(2024, 10, 2, 10, 20, tzinfo=dt.UTC)
    result = answer(index, "Coffee break now, what comes next in the big hall?", moment)
    assert result.item_id != "opening-ceremony"
    assert "Opening ceremony ended" not in (result.text or "")


@pytest.mark.parametrize("question", [
    "what time does the closing ceremony start?", "when does the ceremony begin?",
    "closing ceremony, what time?",
])
def test_a_title_joining_two_things_is_named_by_the_first(question: str) -> None:
    # "Closing ceremony and certificates": the next workshops (what starts next) were
    # said for its start, or, after the conference, that it is over.
    index = load_faq(FIXTURES / "rabat_youth.yaml", None).index
    for moment in (dt.datetime(2024, 10, 16, 9, 0, tzinfo=dt.UTC),
                   dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)):
        result = answer(index, question, moment)
        assert result.from_an_entry and result.item_id == "closing-ceremony", moment
        assert "12:15" in (result.text or "")


def test_a_ceremony_the_programme_does_not_hold_is_not_what_starts_next(
    kb: KnowledgeBase,
) -> None:
    result = answer(MatchIndex.build(kb), "what time does the ceremony start?", at(THU, 9, 0))
    assert not (result.answered and result.kind is ItemKind.SCHEDULE)


def test_when_a_kind_of_item_starts_once_all_is_over_is_when_those_were(
    kb: KnowledgeBase,
) -> None:
    index = MatchIndex.build(kb)
    when = answer(index, "what time does the side event start?", at(FRI, 18, 0))
    assert when.from_an_entry and {s.id for s in when.sessions} == {"side-youth", "side-finance"}
    assert "13:15" in (when.text or "")
    # The next one is asked: there is none, the conference is over.
    following = answer(index, "when does the next side event start?", at(FRI, 18, 0))
    assert following.nothing_on and (following.text or "").startswith("The conference is over")


@pytest.mark.parametrize(("question", "session"), [
    ("When does it all finish on Friday? Need to book my flight back to Lagos", "closing"),
    ("How late do the meetings run on Thursday? Planning a dinner with our ambassador.",
     "session-2"),
])
def test_a_programme_question_asked_first_is_read_without_the_story_after_it(
    kb: KnowledgeBase, question: str, session: str
) -> None:
    result = answer(MatchIndex.build(kb), question, at(THU, 9, 0))
    assert result.answered and result.kind is ItemKind.SCHEDULE
    assert session in {s.id for s in result.sessions}


def test_a_sentence_that_narrows_the_question_is_no_story_to_leave_out(
    kb: KnowledgeBase,
) -> None:
    # "b4 lunch i mean": not the whole day, which "wats 1st today?" alone would list.
    result = answer(MatchIndex.build(kb), "wats 1st today? b4 lunch i mean", at(THU, 9, 0))
    assert "session-2" not in {s.id for s in result.sessions}


def test_a_story_before_a_bare_what_now_is_not_the_programmes(kb: KnowledgeBase) -> None:
    result = answer(MatchIndex.build(kb), "Lost my badge in a cab. What now?", at(THU, 9, 0))
    assert result.item_id == "lost-badge"


def test_is_lunch_over_during_lunch_shows_the_lunch(kb: KnowledgeBase) -> None:
    result = answer(_with_lunch(kb), "is lunch over", at(THU, 13, 30))
    assert result.item_id == "lunch-thu"
    assert "ended" not in (result.text or "")


@pytest.mark.parametrize("question", ["do they give us lunch?", "will you give us lunch?",
                                      "do they give us lunch on friday?",
                                      # what the meal offers one who eats no meat
                                      "I'm vegetarian, will there be something at lunch?",
                                      "any halal options at lunch today?"])
def test_whether_a_meal_is_provided_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    index = _with_lunch(kb)
    assert schedule.understand(index.kb, question, at(THU, 9, 0)) is None
    # when the break is, still is
    assert schedule.understand(index.kb, "when is lunch?", at(THU, 9, 0)) is not None


@pytest.mark.parametrize("question", ["lunchtime events today?",
                                      "which events are on at 1:30?",
                                      "any events at lunchtime?"])
def test_events_asked_at_lunchtime_are_what_is_held_not_the_break(
    kb: KnowledgeBase, question: str,
) -> None:
    result = answer(_with_lunch(kb), question, at(THU, 9, 0))
    assert {s.id for s in result.sessions} == {"side-youth", "side-finance"}
    # asked plainly, the lunchtime listing still shows the break first
    plain = answer(_with_lunch(kb), "what's on at lunchtime?", at(THU, 9, 0))
    assert plain.item_id == "lunch-thu"


def test_the_afternoon_session_is_neither_the_lunch_break_nor_a_side_event(
    kb: KnowledgeBase,
) -> None:
    result = answer(_with_lunch(kb), "when does the afternoon session start", at(THU, 9, 0))
    assert result.item_id == "session-2"
    assert {s.id for s in result.sessions} == {"session-2"}


def test_a_question_that_names_side_events_or_a_room_still_gets_them(
    kb: KnowledgeBase,
) -> None:
    named = answer(_with_lunch(kb), "when does the first side event session start this afternoon",
                   at(THU, 9, 0))
    assert named.item_id in {"side-youth", "side-finance"}
    listing = answer(_with_lunch(kb), "which sessions are on thursday afternoon", at(THU, 9, 0))
    assert {"side-youth", "side-finance", "session-2"} <= {s.id for s in listing.sessions}


def test_what_starts_first_today_skips_what_is_already_over(kb: KnowledgeBase) -> None:
    result = answer(_with_lunch(kb), "when does the afternoon session start", at(THU, 14, 50))
    assert result.item_id == "session-2"


def test_how_much_longer_today_is_the_last_session_of_the_day(index: MatchIndex) -> None:
    result = answer(index, "how much longer until they wrap up today?", at(FRI, 16, 20))
    assert result.item_id == "closing"


def test_anything_left_today_late_in_the_day_is_what_is_still_on_not_tomorrow(
    index: MatchIndex,
) -> None:
    result = answer(index, "is there anything left today", at(THU, 17, 30))
    assert result.item_id == "session-2"
    assert (result.text or "").startswith("On now")


def test_what_is_next_late_in_the_day_is_still_tomorrow_s_first_session(
    index: MatchIndex,
) -> None:
    result = answer(index, "what is next", at(THU, 17, 30))
    assert result.item_id != "session-2"


def test_a_room_at_lunch_is_the_room_s_lunchtime_when_no_lunch_is_held_there(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(kb, "what is on in conference room 4 at lunch on thursday",
                                at(THU, 9, 0))
    assert asked is not None and asked.part == "lunchtime" and not asked.kinds
    lunch = schedule.understand(_with_lunch(kb).kb, "when is lunch on thursday", at(THU, 9, 0))
    assert lunch is not None and lunch.part is None  # no room: lunch itself is asked


def test_the_topic_in_a_room_at_lunch_is_what_the_room_holds_then(index: MatchIndex) -> None:
    result = answer(index, "conf room 4 at lunch thursday, whats the topic", at(THU, 9, 0))
    assert result.item_id == "side-youth"


def test_a_room_at_lunch_lists_what_the_room_holds_at_lunchtime(index: MatchIndex) -> None:
    result = answer(index, "what is on in conference room 4 at lunch on thursday", at(THU, 9, 0))
    assert result.item_id == "side-youth"


# -- a session named by its short title: where it stands now ---------------------------


def _two_lunches(kb: KnowledgeBase) -> MatchIndex:
    lunches = (session("lunch-thu", "Lunch break (Thursday)", THU, "13:00", "15:00", "cafe"),
               session("lunch-fri", "Lunch break (Friday)", FRI, "13:00", "15:00", "cafe"))
    return MatchIndex.build(dataclasses.replace(kb, sessions=(*kb.sessions, *lunches)))


@pytest.mark.parametrize(
    ("question", "moment", "expected_id", "expected_start"),
    [
        ("has the opening started yet?", at(THU, 9, 52),
         "opening", "Opening session starts at 10:00, in 8 minutes."),
        ("running late!! did the opening already start", at(THU, 10, 5),
         "opening", "Opening session is under way: it started at 10:00 and ends at 10:30."),
        ("has the opening started yet? still stuck in the security queue", at(THU, 10, 5),
         "opening", "Opening session is under way"),
        ("still time to catch the closing?", at(FRI, 16, 40),
         "closing", "Closing session is under way"),
        ("is the closing over", at(FRI, 17, 5), "closing", "Closing session ended at 17:00."),
        # Past forms of "begin" and "commence" ask the same.
        ("has the closing begun", at(FRI, 16, 10), "closing", "Closing session is under way"),
        ("has the opening commenced?", at(THU, 9, 40),
         "opening", "Opening session starts at 10:00, in 20 minutes."),
        ("when is the closing", at(THU, 9, 0), "closing", "**Closing session**"),
    ],
)
def test_a_session_named_by_its_title_says_where_it_stands_now(
    index: MatchIndex, question: str, moment: dt.datetime, expected_id: str,
    expected_start: str,
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == expected_id
    assert (result.text or "").startswith(expected_start)


def test_a_named_session_far_ahead_gives_its_time_without_a_countdown(
    index: MatchIndex,
) -> None:
    result = answer(index, "when does the opening start", at(THU, 6, 0))
    assert result.item_id == "opening"
    assert (result.text or "").startswith("Opening session starts at 10:00.")


def test_a_name_several_sessions_share_is_today_s_during_the_conference(
    kb: KnowledgeBase,
) -> None:
    index = _two_lunches(kb)
    assert answer(index, "lunch when", at(THU, 12, 45)).item_id == "lunch-thu"
    assert answer(index, "lunch when", at(FRI, 12, 45)).item_id == "lunch-fri"


def test_a_name_several_sessions_share_lists_them_all_before_the_conference(
    kb: KnowledgeBase,
) -> None:
    result = answer(_two_lunches(kb), "when is lunch", at(THU - dt.timedelta(days=7), 9, 0))
    assert {s.id for s in result.sessions} == {"lunch-thu", "lunch-fri"}


@pytest.mark.parametrize(
    "question",
    [
        "is it open now",  # "open" is not "the opening"
        "opening is at 10, what time should i get there?",  # a time, then another question
        "is the opening session open to the press",
    ],
)
def test_a_session_s_name_alone_does_not_make_a_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.intent is not schedule.Intent.STATUS


def test_a_session_named_only_to_mark_a_time_is_not_the_one_asked_about(
    index: MatchIndex,
) -> None:
    asked = schedule.understand(index.kb, "what's on after the opening", at(THU, 9, 0))
    assert asked is None or asked.intent is not schedule.Intent.STATUS
    assert named_sessions(index.kb, "what's on after the opening") == ()


@pytest.mark.parametrize(("question", "moment", "expected"), [
    # seen time8
    ("My next booking is the afternoon plenary. When and where does it begin?",
     at(THU, 14, 35), "session-2"),
    # seen time6
    ("Booth coordinator: our interpreters need to be in the booths 15 minutes before the "
     "first plenary tomorrow. What time does it start?", at(THU, 18, 15), "session-3"),
])
def test_it_after_a_story_naming_an_item_by_its_kind_is_that_item(
    index: MatchIndex, question: str, moment: dt.datetime, expected: str,
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER and result.item_id == expected


def test_it_after_a_story_naming_two_items_by_their_kind_is_neither(kb: KnowledgeBase) -> None:
    question = ("My boss skips the morning plenary but attends the first panel tomorrow. "
                "When does it start?")
    assert schedule.understand(kb, question, at(THU, 9, 0)) is None


@pytest.mark.parametrize(("question", "moment", "expected"), [
    ("For the last pick-up run of the day: what time is the final thing on today's "
     "programme over?", at(FRI, 16, 10), "closing"),  # seen time5
    ("Drawing up today's movement plan: what is the first item on the programme this "
     "morning, and where is it?", at(FRI, 8, 30), "session-3"),  # seen time5
])
def test_a_heading_that_says_only_the_day_the_question_says_is_left_aside(
    index: MatchIndex, question: str, moment: dt.datetime, expected: str,
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER and result.item_id == expected


@pytest.mark.parametrize("question", [
    "Live-blogging from the GA — what's actually on right this minute?",  # seen time7
    "Live-blogging from the GA—what's on right now?",
    "Just arrived – what's happening now?",
])
def test_a_dash_ends_the_story_before_a_live_question(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 12))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_an_en_dash_between_hours_splits_no_clause(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on thursday 10–13?", at(THU, 9, 0))
    assert asked is not None and asked.day == THU


@pytest.mark.parametrize("question", [
    "Would you be so kind as to set out the programme for tomorrow afternoon?",  # seen time7
    "could you list the programme for tomorrow afternoon",
])
def test_a_request_to_set_out_or_list_the_programme_asks_for_it(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 16, 45))
    assert asked is not None and asked.day == FRI and asked.part == "afternoon"


@pytest.mark.parametrize("question", [
    "what's the exact title of the session happening now?",  # seen time3
    "which session is on right now exactly?",
])
def test_exactly_what_is_on_now_is_what_is_on_now(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(FRI, 11, 30))
    assert asked is not None and asked.intent is schedule.Intent.NOW


@pytest.mark.parametrize("question", [
    "can I go to the opening and the closing both",  # seen vienna: "breakout A and B"
    "are we allowed to attend the opening and the closing?",
])
def test_whether_one_may_go_to_two_sessions_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 9, 0)) is None


def test_when_two_sessions_are_is_still_the_programme_s(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "when are the opening and the closing?", at(THU, 9, 0))
    assert asked is not None and {s.id for s in asked.named} == {"opening", "closing"}


def _with_speeches(kb: KnowledgeBase) -> KnowledgeBase:
    """The opening and the closing, named by their speeches as organisers write them."""
    alternates = {"opening": ("Secretary-General's speech",),
                  "closing": ("closing remarks", "Under-Secretary-General closing statement")}
    return dataclasses.replace(kb, sessions=tuple(
        dataclasses.replace(s, alternates=(*s.alternates, *alternates.get(s.id, ())))
        for s in kb.sessions))


@pytest.mark.parametrize("question", [
    "the Secretary-General's address this morning, what time does it begin?",  # seen time8
    "when are the Secretary-General's remarks?",
    "what time will the SG's statement be?",
])
def test_a_speech_said_in_other_words_names_the_session_its_alternate_names(
    kb: KnowledgeBase, question: str,
) -> None:
    assert [s.id for s in named_sessions(_with_speeches(kb), question)] == ["opening"]


def test_a_speech_word_names_no_second_session_where_the_words_said_name_one(
    kb: KnowledgeBase,
) -> None:
    # "USG" says "Secretary-General" too: the closing's remarks, not also the opening.
    said = "USG's closing remarks - started yet?"
    assert [s.id for s in named_sessions(_with_speeches(kb), said)] == ["closing"]


@pytest.mark.parametrize(("question", "expected"), [
    ("did i miss voronkov's speech at the end?", ["closing"]),  # seen time11
    ("what time are Guterres's remarks?", ["opening"]),
    # a word of two sessions' speakers names neither
    ("what time is the secretary-general's address?", []),
    # what the list says of the speech names no speaker (seen: an Arabic question read
    # as "how speech statement session?")
    ("how do I ask to make a statement in the session?", []),
])
def test_a_speech_by_a_speaker_of_one_session_names_that_session(
    kb: KnowledgeBase, question: str, expected: list[str],
) -> None:
    speakers = {"opening": ("António Guterres, Secretary-General (opening statement)",),
                "closing": ("Vladimir Voronkov, Under-Secretary-General",)}
    two_titles = dataclasses.replace(kb, sessions=tuple(
        dataclasses.replace(s, speakers=speakers.get(s.id, s.speakers)) for s in kb.sessions))
    assert [s.id for s in named_sessions(two_titles, question)] == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("is Guterres still speaking?", ["opening"]),
    ("What's on right before Mr Voronkov speaks on Friday?", ["closing"]),
    # A list's titles are no speaker's name: the closing's "UN Office of ..." is not the
    # UN where someone else speaks.
    ("my son is speaking at the UN for the first time, which room?", []),
])
def test_a_speaker_said_to_speak_names_the_one_session_whose_list_names_him(
    kb: KnowledgeBase, question: str, expected: list[str],
) -> None:
    speakers = {"closing": ("Vladimir Voronkov, Under-Secretary-General, UN Office of "
                            "Counter-Terrorism",)}
    with_office = dataclasses.replace(kb, sessions=tuple(
        dataclasses.replace(s, speakers=speakers.get(s.id, s.speakers)) for s in kb.sessions))
    assert [s.id for s in named_sessions(with_office, question)] == expected


def test_a_speech_named_in_other_words_is_asked_about_on_its_own(kb: KnowledgeBase) -> None:
    # "address" is no word of the alternate "Secretary-General's speech", but the
    # question says nothing else: the opening's time is asked.
    asked = schedule.understand(_with_speeches(kb), "when is the Secretary-General's address?",
                                at(THU, 9, 0))
    assert asked is not None and [s.id for s in asked.named] == ["opening"]


@pytest.mark.parametrize(
    ("question", "moment", "expected_id"),
    [
        ("what starts in 5 min", at(THU, 14, 55), "session-2"),
        ("what's starting in the GA hall in a few minutes", at(THU, 14, 52), "session-2"),
        ("anything starting shortly?", at(FRI, 9, 50), "session-3"),
    ],
)
def test_what_starts_in_a_few_minutes_is_what_is_next(
    index: MatchIndex, question: str, moment: dt.datetime, expected_id: str,
) -> None:
    result = answer(index, question, moment)
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == expected_id


def test_the_afternoon_plenary_is_the_programme_s_session_where_no_title_says_plenary(
    kb: KnowledgeBase,
) -> None:
    result = answer(_with_lunch(kb), "when does the afternoon plenary start today",
                    at(THU, 11, 30))
    assert result.item_id == "session-2"


def test_a_plenary_named_in_titles_is_still_chosen_by_its_title(kb: KnowledgeBase) -> None:
    plenary = session("plenary-x", "Plenary: the way forward", THU, "16:00", "17:00", "ga-hall")
    titled = dataclasses.replace(kb, sessions=(*kb.sessions, plenary))
    asked = schedule.understand(titled, "when does the afternoon plenary start today",
                                at(THU, 11, 30))
    assert asked is not None and stem("plenary") in asked.kinds


def test_a_part_of_the_day_in_which_nothing_starts_lists_what_runs_into_it(
    index: MatchIndex,
) -> None:
    result = answer(index, "is anything still going on this evening", at(THU, 17, 30))
    assert result.item_id == "session-2"


def test_a_part_of_the_day_lists_what_starts_in_it_before_what_runs_over(
    index: MatchIndex,
) -> None:
    result = answer(index, "what's on thursday afternoon", at(THU, 9, 0))
    assert "session-1" not in {s.id for s in result.sessions}


def test_how_long_till_the_session_wraps_up_is_the_one_on_now(index: MatchIndex) -> None:
    result = answer(index, "how long till this afternoon's session wraps up", at(THU, 16, 30))
    assert result.item_id == "session-2"
    assert (result.text or "").startswith("On now")


def test_a_conference_room_written_cr_and_its_number_is_that_room(kb: KnowledgeBase) -> None:
    for written in ("CR4", "cr 4", "CR #4"):
        room = schedule.find_room(kb, f"what is on in {written} at lunchtime")
        assert room is not None and room.id == "conf-room-4", written
    assert schedule.find_room(kb, "is the CRT session recorded") is None


def test_a_live_question_after_and_is_read_on_its_own(index: MatchIndex) -> None:
    result = answer(index, "running late from the mission - what have I missed so far and "
                    "what is on right now?", at(THU, 11, 0))
    assert result.item_id == "session-1"


def test_a_follow_up_that_picks_from_a_list_is_no_programme_question(
    kb: KnowledgeBase,
) -> None:
    assert schedule.understand(kb, "ok the first one pls", at(THU, 11, 0)) is None
    assert schedule.understand(kb, "what's first tomorrow?", at(THU, 11, 0)) is not None


def test_a_kind_of_event_the_programme_never_has_is_not_said_to_be_absent(
    kb: KnowledgeBase,
) -> None:
    # The programme may not list receptions at all: "nothing then" would be a guess.
    assert schedule.understand(kb, "is there a reception on thursday evening",
                               at(THU, 11, 0)) is None
    # A kind it has, at another time, is still answered (with when it is).
    with_lunch = _with_lunch(kb).kb
    asked = schedule.understand(with_lunch, "is there lunch on thursday evening",
                                at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY


@pytest.mark.parametrize(
    ("question", "moment", "expected_id"),
    [
        ("what's happening after lunch", at(THU, 12, 10), "session-2"),
        ("what's on after the opening", at(THU, 9, 10), "session-1"),
        # What follows session 1 is the lunch break; "the next session after session 1"
        # is session 2 (the clock test above).
        ("what comes after session 1", at(THU, 11, 10), "lunch-thu"),
    ],
)
def test_what_is_on_after_a_named_session_is_what_follows_its_end(
    kb: KnowledgeBase, question: str, moment: dt.datetime, expected_id: str,
) -> None:
    result = answer(_with_lunch(kb), question, moment)
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == expected_id


@pytest.mark.parametrize("question", [
    "what comes after the secretary-general's speech?",
    "what's on after the SG's speech",
])
def test_what_is_on_after_a_session_named_by_a_three_word_name_is_what_follows_it(
    kb: KnowledgeBase, question: str,
) -> None:
    # "Secretary-General's speech", one of the opening's names, is three words once read.
    index = MatchIndex.build(_with_speeches(kb))
    result = answer(index, question, at(THU, 9, 10))
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == "session-1"



@pytest.mark.parametrize("question", [
    "What comes just before the Secretary-General's speech on the programme?",
    "what's on right before the SG's speech",
])
def test_what_comes_before_a_session_named_by_a_three_word_name_ends_at_its_start(
    kb: KnowledgeBase, question: str,
) -> None:
    # As after it: "secretary general s" names nothing, with "speech" the opening. Nor is
    # "general" the General Assembly Hall's: the Secretary-General is no room.
    opening = next(s for s in kb.sessions if s.id == "opening")
    asked = schedule.understand(_with_speeches(kb), question, at(THU, 8, 10))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.last_only
    assert asked.window == (dt.time(0, 0), opening.start) and asked.day == THU
    assert asked.room is None


def test_the_secretary_general_is_no_room_by_the_general_assembly_hall_s_word(
    kb: KnowledgeBase,
) -> None:
    assert schedule.find_room(kb, "when does the secretary-general speak?") is None
    assert schedule.find_room(kb, "what is the Under-Secretary-General doing today") is None
    assert schedule.find_room(kb, "is the SG's speech on yet?") is None
    hall = schedule.find_room(kb, "what's on in the general assembly today?")
    assert hall is not None and hall.id == "ga-hall"


def test_after_the_last_session_nothing_more_is_scheduled(index: MatchIndex) -> None:
    result = answer(index, "what's after the closing", at(FRI, 16, 10))
    assert result.answered and result.item_id is None
    assert "Nothing more" in (result.text or "")


def test_after_a_session_in_a_question_about_something_else_is_no_programme_question(
    index: MatchIndex,
) -> None:
    assert schedule.understand(index.kb, "where can I leave my bag after the closing",
                               at(THU, 11, 0)) is None


@pytest.mark.parametrize("question", [
    "is the closing session today",
    "is the closing today?",
    "will the closing be on Thursday?",
])
def test_whether_a_session_is_on_a_day_it_is_not_is_its_card_not_that_day_s_listing(
    index: MatchIndex, question: str
) -> None:
    # Asked on the Thursday of a session held on the Friday: the card gives its day.
    result = answer(index, question, at(THU, 11, 0))
    assert result.item_id == "closing"
    assert "Friday" in (result.text or "")


def test_what_is_on_a_day_a_named_session_is_not_stays_that_day_s_listing(
    index: MatchIndex,
) -> None:
    # Not a question whether: what the Thursday holds besides.
    asked = schedule.understand(index.kb, "what's on today before the closing",
                                at(THU, 11, 0))
    assert asked is None or asked.named == ()


@pytest.mark.parametrize("question", [
    "who is speaking now", "Who's speaking right now?", "who is on stage at the moment",
    "who's chairing rn",
])
def test_who_is_speaking_now_is_the_item_on_now(index: MatchIndex, question: str) -> None:
    # Its card names its speakers and chair; the FAQ's chairs entry says nothing of now.
    result = answer(index, question, at(THU, 11, 0))
    assert result.item_id == "session-1"


@pytest.mark.parametrize("question", [
    "who is speaking at the closing", "who is speaking on friday", "who is speaking",
])
def test_who_is_speaking_asked_of_no_moment_is_no_question_of_what_is_on(
    kb: KnowledgeBase, question: str
) -> None:
    # Not what is on then, nor a day's listing: the session's card or the FAQ says who.
    assert schedule.understand(kb, question, at(THU, 11, 0)) is None


def test_tonight_is_the_evening_of_today(index: MatchIndex) -> None:
    result = answer(index, "is there anything tonight", at(THU, 16, 10))
    assert result.item_id == "session-2"


@pytest.mark.parametrize("question", [
    "Is anything on the programme this afternoon?",
    "what's on this evening",
    "anything this morning?",
])
def test_this_part_of_the_day_is_today_s_even_before_the_conference(
    index: MatchIndex, question: str
) -> None:
    # The day before, "this afternoon" is Wednesday's, when nothing is on; it was the
    # first conference day's afternoon.
    result = answer(index, question, at(THU - dt.timedelta(days=1), 15, 0))
    assert (result.text or "").startswith("Nothing is scheduled on Wednesday")
    # (It points to the conference's first session, the next thing on.)
    assert [s.id for s in result.sessions] in ([], ["opening"])


@pytest.mark.parametrize("question", [
    "what time does the closing start on friday",
    "On Friday, when does the closing session start?",
    "when is the closing session on friday?",
])
def test_a_session_named_with_its_day_is_that_session_not_the_day_s_listing(
    index: MatchIndex, question: str
) -> None:
    # "closing" is also a word of the programme's ("closing time"): with a day named, the
    # question was read as Friday's listing, and "start" as its first session.
    result = answer(index, question, at(THU, 11, 0))
    assert result.answered and result.item_id == "closing"


def test_a_session_named_with_another_day_leaves_that_day_s_listing(index: MatchIndex) -> None:
    # The closing is on Friday: Thursday's programme is what there is to show.
    result = answer(index, "when is the closing session on thursday?", at(THU, 11, 0))
    assert result.item_id != "closing"


@pytest.mark.parametrize("question", [
    "what follows the session we are sitting in now",
    "what comes after the session we're in?",
    # "now" said of the session counted from, not of what is asked
    "what comes after the session that's running now?",
    "what follows the one going on now?",
])
def test_what_follows_the_session_the_asker_is_in_is_the_next_one(
    index: MatchIndex, question: str
) -> None:
    # Session II (15:00-18:00) is on: its "now" says which session, not what is asked.
    result = answer(index, question, at(THU, 16, 0))
    assert result.item_id == "session-3"


@pytest.mark.parametrize(("question", "first"), [
    ("this am whats on", "session-3"),
    ("anything this p.m.?", "closing"),
])
def test_this_am_and_this_pm_are_this_morning_and_this_afternoon(
    index: MatchIndex, question: str, first: str
) -> None:
    result = answer(index, question, at(FRI, 8, 45))
    assert [s.id for s in result.sessions][:1] == [first]


@pytest.mark.parametrize("question", [
    "what was on before this session?",
    "which one came before the one going on now?",
    "what was before this?",
    "what session precedes the current one",
])
def test_what_came_before_the_session_on_now_is_the_one_item_before_it(
    index: MatchIndex, question: str
) -> None:
    # Session I (10:30-13:00) is on: the opening came just before it (it was read as
    # what is on now, Session I itself).
    result = answer(index, question, at(THU, 11, 45))
    assert result.answered and [s.id for s in result.sessions] == ["opening"]


@pytest.mark.parametrize(("question", "first"), [
    ("what was the last session yesterday", "session-2"),
    ("which session was running yesterday around 4pm?", "session-2"),
])
def test_yesterday_is_the_day_before_today(
    index: MatchIndex, question: str, first: str
) -> None:
    # On Friday, yesterday is Thursday: its programme, not Friday's (it was read as
    # no day at all).
    result = answer(index, question, at(FRI, 11, 0))
    assert [s.id for s in result.sessions][:1] == [first]


@pytest.mark.parametrize("moment", [at(THU, 13, 30), at(THU, 20, 0)])
def test_before_this_session_is_not_answered_when_no_one_session_is_on(
    index: MatchIndex, moment: dt.datetime
) -> None:
    # Two side events at once, or nothing at all: "this session" names no one item.
    result = answer(index, "what was before this session?", moment)
    assert not result.answered


def test_before_this_afternoon_is_a_part_of_the_day_not_the_session_on(
    index: MatchIndex,
) -> None:
    result = answer(index, "what did I miss before this afternoon?", at(THU, 16, 0))
    assert [s.id for s in result.sessions] != ["side-finance", "side-youth"]
    assert "Last on" not in (result.text or "")


def test_when_a_session_is_over_what_comes_next_is_after_it(index: MatchIndex) -> None:
    # "When the opening is over, ...": once it is, not a question of when it ends.
    result = answer(index, "when the opening is over, what's next?", at(THU, 9, 0))
    assert result.item_id == "session-1"
    # Asking when it is over still gets the opening.
    assert answer(index, "when is the opening over?", at(THU, 9, 0)).item_id == "opening"


def test_a_session_over_before_the_question_is_not_on_this_evening(index: MatchIndex) -> None:
    # Session II runs 15:00-18:00, into the evening: at 16:10 it is this evening's, and
    # at 18:40 it is over, so nothing is left this evening (it was listed as on).
    assert answer(index, "anything on this evening?", at(THU, 16, 10)).item_id == "session-2"
    late = answer(index, "Is there anything else on this evening?", at(THU, 18, 40))
    assert "session-2" not in [s.id for s in late.sessions]
    assert late.item_id != "session-2"


def test_what_is_left_of_this_afternoon_leaves_out_what_is_over(index: MatchIndex) -> None:
    # The side events began this afternoon (13:15) and ended at 14:30: at 16:00 they
    # are no answer to what else is on, though they are to what was on.
    left = answer(index, "anything else on this afternoon?", at(THU, 16, 0))
    assert [s.id for s in left.sessions] == ["session-2"]
    was = answer(index, "what was on this afternoon?", at(THU, 16, 0))
    assert {"side-youth", "side-finance", "session-2"} <= {s.id for s in was.sessions}


def test_nothing_left_of_this_afternoon_says_nothing_more(index: MatchIndex) -> None:
    # The closing (16:00-17:00) is this afternoon's only item; at 17:30 it is over.
    result = answer(index, "is there anything else on this afternoon?", at(FRI, 16, 59))
    assert [s.id for s in result.sessions] == ["closing"]
    over = answer(index, "is there anything more this afternoon?", at(FRI, 17, 30))
    assert over.sessions == ()
    assert (over.text or "").startswith("Nothing more is scheduled")


def test_nothing_left_of_today_points_to_what_comes_next(index: MatchIndex) -> None:
    # Thursday's afternoon is over at 18:30; what comes next is Friday's first session.
    result = answer(index, "anything else on this afternoon?", at(THU, 18, 30))
    assert result.item_id == "session-3"
    assert (result.text or "").startswith("Nothing more is scheduled. Next")


@pytest.mark.parametrize(
    "question",
    [
        "is there a room where I can rest quietly between sessions",
        "is there a room for bilateral meetings between sessions",
        "are there any quiet rooms free during the sessions",
    ],
)
def test_whether_a_kind_of_place_exists_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    rooms = (Room("quiet", "Quiet and prayer room"), Room("bilaterals", "Bilateral meeting rooms"))
    assert kb.venue is not None
    with_rooms = dataclasses.replace(
        kb, venue=dataclasses.replace(kb.venue, rooms=kb.venue.rooms + rooms))
    assert schedule.understand(with_rooms, question, at(THU, 11, 0)) is None


def test_whether_a_session_is_on_in_a_room_stays_a_programme_question(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(kb, "is there a session in the GA hall now", at(THU, 11, 0))
    assert asked is not None and asked.room is not None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("running late, did session II begin?", schedule.Intent.STATUS),
        ("when is the next session, I'm still in the badge queue", schedule.Intent.NEXT),
        ("I'm early - what's first today?", schedule.Intent.DAY),
        ("stuck in security, will I miss the start of the opening?", schedule.Intent.STATUS),
    ],
)
def test_the_one_clause_that_asks_is_read_beside_the_askers_situation(
    kb: KnowledgeBase, question: str, intent: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 20))
    assert asked is not None and asked.intent is intent


@pytest.mark.parametrize(
    "question",
    [
        # Two clauses that ask: two questions, for the parts of a question.
        "where do I pick up my badge, and what's first today?",
        # The asking clause's "it" is the story's scarf, not a session.
        "I left my scarf in conference room 4 at lunch, where would it end up",
        "my friend is with an NGO in town, can she just show up on friday?",
        # "that" is the story's side event, one the programme does not have.
        "the side event on kidnapping for ransom, is that on at lunchtime?",
        # "on that", "about this": the subject the story names, not the day's listing.
        "I work on solitary confinement in prisons. Is anything on the programme about"
        " that?",
        "Our agency trains border guards. Anything in the programme on this?",
    ],
)
def test_no_clause_is_read_alone_when_another_asks_or_the_story_is_pointed_at(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 14, 0)) is None


@pytest.mark.parametrize("question", [
    "I'm only here on Friday. What's on that day?",
    "We are in the cafe. Which side events are on this lunchtime?",
])
def test_that_day_or_this_lunchtime_still_says_when(kb: KnowledgeBase, question: str) -> None:
    assert schedule.understand(kb, question, at(THU, 11, 0)) is not None


@pytest.mark.parametrize(("question", "programme"), [
    # A property of the sessions, which the FAQ says (seen tuning_extra and v21: the
    # whole programme was listed for "which sessions are off the record").
    ("which sessions are closed?", False),
    ("Which sessions are off the record?", False),
    ("which of the sessions are open to the press?", False),
    # When or where they are: the programme's.
    ("which sessions are on thursday?", True),
    ("which sessions are left today?", True),
    ("which sessions are in the General Assembly Hall?", True),
    ("what sessions are there tomorrow", True),
])
def test_which_sessions_have_a_property_is_no_question_for_the_programme(
    kb: KnowledgeBase, question: str, programme: bool,
) -> None:
    assert (schedule.understand(kb, question, at(THU, 9, 0)) is not None) is programme


@pytest.mark.parametrize("question", [
    "what's on in the big hall now",
    "which session is going on in the main hall at the moment",
    "what comes next in the plenary hall",
])
def test_the_big_hall_is_the_room_that_holds_most_sessions(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 45))
    assert asked is not None and asked.room is not None and asked.room.id == "ga-hall"


def test_no_room_is_the_big_hall_when_two_hold_as_many_sessions(kb: KnowledgeBase) -> None:
    even = dataclasses.replace(kb, sessions=tuple(
        dataclasses.replace(s, room="ecosoc") if s.id in ("opening", "side-youth") else s
        for s in kb.sessions))  # three in the GA hall, three in ECOSOC
    assert schedule.find_room(even, "what's on in the big hall now") is None


@pytest.mark.parametrize("question", [
    "what's on in half an hour",
    "which side events can I go to in a quarter of an hour",
])
def test_in_half_an_hour_asks_what_comes_next(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 12, 45))
    assert asked is not None and asked.intent is schedule.Intent.NEXT


@pytest.mark.parametrize("question", [
    "when does the plenary resume",
    "when do we reconvene",
    "what time does the session restart",
])
def test_resuming_asks_for_the_next_session_to_start(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 14, 10))
    assert asked is not None and asked.intent is schedule.Intent.NEXT and asked.first_only


@pytest.mark.parametrize(("question", "session_id"), [
    ("has the second session started", "session-2"),
    ("who is running the 2nd session", "session-2"),
])
def test_a_numbered_session_is_named_by_its_place_in_order(
    kb: KnowledgeBase, question: str, session_id: str,
) -> None:
    assert [s.id for s in named_sessions(kb, question)] == [session_id]
    asked = schedule.understand(kb, question, at(THU, 12, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS


def test_the_first_session_of_a_named_day_is_the_days_first_not_session_one(
    kb: KnowledgeBase,
) -> None:
    assert named_sessions(kb, "when is the first session tomorrow") == ()
    asked = schedule.understand(kb, "when is the first session tomorrow", at(THU, 12, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.first_only


def test_the_events_own_word_names_the_event_not_a_room_or_a_kind(kb: KnowledgeBase) -> None:
    # A workshop's file with a room whose name holds "workshop": "when does the workshop
    # finish" is about the whole event.
    assert kb.venue is not None
    workshop = dataclasses.replace(
        kb, conference=dataclasses.replace(kb.conference, name="Regional Workshop on Borders"),
        venue=dataclasses.replace(
            kb.venue, rooms=(*kb.venue.rooms, Room("desk", "Workshop secretariat desk"))))
    assert schedule.find_room(workshop, "when does the workshop finish on friday") is None
    asked = schedule.understand(workshop, "when does the workshop finish", at(THU, 12, 0))
    assert asked is not None and asked.intent is schedule.Intent.END
    # The room by more of its name still.
    assert schedule.find_room(workshop, "where is the secretariat desk") is not None


def test_a_word_two_rooms_share_names_neither_and_a_word_only_one_has_names_it(
    kb: KnowledgeBase,
) -> None:
    assert kb.venue is not None
    lounges = dataclasses.replace(kb, venue=dataclasses.replace(kb.venue, rooms=(
        *kb.venue.rooms, Room("north-lounge", "North delegates lounge"),
        Room("north-terrace", "North terrace"))))
    assert schedule.find_room(lounges, "is anything on in the north this afternoon") is None
    terrace = schedule.find_room(lounges, "what is on at the terrace this afternoon")
    assert terrace is not None and terrace.id == "north-terrace"


@pytest.mark.parametrize("question", [
    "how long until the FTF session finishes",
    "has the FTF session started yet?",
    "is the ftf session over",
])
def test_a_session_is_named_by_an_alternate_said_in_full(
    kb: KnowledgeBase, question: str,
) -> None:
    assert [s.id for s in named_sessions(kb, question)] == ["session-2"]
    asked = schedule.understand(kb, question, at(THU, 15, 40))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["session-2"]


@pytest.mark.parametrize("question", [
    "what does FTF stand for",  # one word of the alternate: a topic, not the session
    "what is the FTF threat",
])
def test_part_of_an_alternate_names_no_session(kb: KnowledgeBase, question: str) -> None:
    assert named_sessions(kb, question) == ()


def test_what_follows_a_session_named_by_an_alternate_is_next(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on after the FTF session", at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.hour == 17


@pytest.mark.parametrize("alternate", [
    "session 2", "second session", "session two", "session II", "breakout A",
    "registration", "keynote", "badge pick-up", "doors open",
])
def test_an_alternate_that_is_a_label_one_word_or_not_an_items_kind_is_not_a_name(
    kb: KnowledgeBase, alternate: str,
) -> None:
    plain = session("side-x", "Side event: Working with internet companies", FRI, "13:15",
                    "14:00", "conf-room-1", alternates=(alternate,))
    with_it = dataclasses.replace(kb, sessions=(*kb.sessions, plain))
    assert "side-x" not in [s.id for s in named_sessions(with_it, f"is the {alternate} on")]


@pytest.mark.parametrize(("question", "expected"), [
    ("anything happening right now apart from lunch?", {"side-finance", "side-youth"}),
    ("what's on now besides the side events", {"lunch"}),
    ("what's on now, other than side events?", {"lunch"}),
    # The words set aside end with the last that names something.
    ("what's on apart from lunch right now", {"side-finance", "side-youth"}),
    ("anything besides the lunch break on now?", {"side-finance", "side-youth"}),
])
def test_items_set_aside_are_left_out_of_the_listing(
    index: MatchIndex, question: str, expected: set[str],
) -> None:
    lunching = dataclasses.replace(index.kb, sessions=(
        *index.kb.sessions,
        session("lunch", "Lunch break (Thursday)", THU, "13:00", "15:00", "cafeteria")))
    result = answer(MatchIndex.build(lunching), question, at(THU, 13, 30))
    assert result.outcome is Outcome.ANSWER and result.kind is ItemKind.SCHEDULE
    assert {s.id for s in result.sessions} == expected


def test_words_set_aside_that_name_no_item_leave_the_question_as_it_is(
    kb: KnowledgeBase,
) -> None:
    assert schedule.understand(kb, "other than that, is there wifi?", at(THU, 13, 30)) is None
    asked = schedule.understand(kb, "what's on now other than in the GA hall", at(THU, 13, 30))
    assert asked is None or not asked.leave_out


def test_an_ordinal_before_a_noun_is_not_a_day_of_the_month(kb: KnowledgeBase) -> None:
    # In a conference held on the 1st and 2nd of a month, "the 2nd session" is the second
    # session and "the 2nd floor" a floor, not the 2nd of the month.
    early = dataclasses.replace(kb, conference=dataclasses.replace(
        kb.conference, dates=(dt.date(2018, 7, 1), dt.date(2018, 7, 2))))
    for question in ("what's on the 2nd floor", "when is the 2nd session",
                     "what's on the 2nd day of the conference"):
        asked = schedule.understand(early, question, at(THU, 9, 0))
        assert asked is None or asked.day != dt.date(2018, 7, 2), question
    asked = schedule.understand(early, "what's on on the 2nd", at(THU, 9, 0))
    assert asked is not None and asked.day == dt.date(2018, 7, 2)


def test_a_span_of_the_day_is_said_in_the_heading(index: MatchIndex) -> None:
    after = answer(index, "what's on from 15:00 on thursday", at(FRI, 9, 0))
    assert (after.text or "").startswith("Thursday 28 June 2018 from 15:00")
    before = answer(index, "what's on thursday before 11", at(FRI, 9, 0))
    assert (before.text or "").startswith("Thursday 28 June 2018 until 11:00")
    assert {s.id for s in before.sessions} == {"opening", "session-1"}


@pytest.mark.parametrize("question", [
    "i'm coming from 42nd street, which entrance?",  # not a time
    "what's on after lunch",  # what comes next once lunch is over, as before
])
def test_words_that_are_not_a_span_of_the_day_set_none(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.window is None


@pytest.mark.parametrize("question", [
    "how long does the conference last",
    "how many days is the conference?",
    "how long is the event",
    "Which dates is the conference on?",
    "what days is the conference",
])
def test_the_length_of_the_conference_is_its_opening_and_its_end(
    index: MatchIndex, question: str,
) -> None:
    asked = schedule.understand(index.kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.LENGTH
    text = answer(index, question, at(THU, 9, 0)).text or ""
    assert "The conference opens with **Opening session** on Thursday 28 June" in text
    assert "The conference ends with **Closing session** on Friday 29 June" in text


@pytest.mark.parametrize(("question", "moment", "session"), [
    # A chat word for "though" asks nothing more.
    ("FTF session where tho", at(THU, 9, 0), "session-2"),
    ("the closing, when is it tho?", at(THU, 9, 0), "closing"),
])
def test_a_session_asked_with_a_chat_word_is_that_session(
    index: MatchIndex, question: str, moment: dt.datetime, session: str,
) -> None:
    result = answer(index, question, moment)
    assert result.answered and result.item_id == session


@pytest.mark.parametrize(("question", "intent", "day"), [
    ("what day and what time does the whole thing actually kick off", schedule.Intent.START,
     None),
    ("when does the whole thing wrap up", schedule.Intent.END, None),
    # its start asked with its first day, its end with its last, are the conference's
    ("what time does everything kick off on thursday", schedule.Intent.START, None),
    ("when does everything finish on friday", schedule.Intent.END, None),
    # whether it has ended, or begun, or is still on: read with the clock
    ("is the conference finished?", schedule.Intent.ON, None),
    ("has the conference ended?", schedule.Intent.ON, None),
    ("is the conference over now?", schedule.Intent.ON, None),
    ("has the conference started yet", schedule.Intent.ON, None),
    ("is the meeting still going?", schedule.Intent.ON, None),
    # the day's programme, not the conference's
    ("is the conference finished for today?", schedule.Intent.DAY, THU),
    # another day's start or end is that day's first or last item
    ("when does it all start on friday", schedule.Intent.DAY, FRI),
    ("when does it all end on thursday", schedule.Intent.DAY, THU),
])
def test_the_whole_thing_is_the_conference(
    kb: KnowledgeBase, question: str, intent: schedule.Intent, day: dt.date | None,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is intent and asked.day == day


@pytest.mark.parametrize(("question", "read"), [
    ("how late do they go on day 1?", True),  # until when: the day's programme
    ("how late does it go on thursday", True),
    ("how late can I arrive", False),  # the asker's own lateness is the FAQ's
    ("I'm running late, can I still get in?", False),
])
def test_how_late_a_day_goes_is_read_as_until_when(
    kb: KnowledgeBase, question: str, read: bool,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert (asked is not None and asked.intent is schedule.Intent.DAY
            and asked.day == THU) is read


def test_the_next_thing_is_not_the_whole_conference(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "when does the next thing start?", at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT


@pytest.mark.parametrize(("question", "intent"), [
    ("how long until the conference starts", schedule.Intent.START),
    ("how long is the lunch break", None),  # a session's, not the conference's
])
def test_how_long_about_something_else_is_not_the_conferences_length(
    kb: KnowledgeBase, question: str, intent: schedule.Intent | None,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert (asked.intent if asked is not None else None) in (
        {intent} if intent else {None, schedule.Intent.STATUS, schedule.Intent.DAY})


def test_an_alternate_said_in_full_names_its_own_session_only(kb: KnowledgeBase) -> None:
    side = session("side-ftf", "Side event: Returnees and the courts", THU, "13:15",
                   "14:30", "conf-room-4", alternates=("FTF side event",))
    with_side = dataclasses.replace(kb, sessions=(*kb.sessions, side))
    assert [s.id for s in named_sessions(with_side, "has the FTF session started")] == [
        "session-2"]
    assert [s.id for s in named_sessions(with_side, "is the FTF side event on")] == [
        "side-ftf"]
    assert named_sessions(with_side, "is the FTF one on") == ()


def test_what_follows_a_session_named_with_another_word_is_next(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's the session after the FTF one?", at(THU, 15, 30))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.hour == 17


@pytest.mark.parametrize(("question", "intent", "at_time"), [
    # The story gives the time the asking clause leaves out.
    ("we have a bilateral at 11:30 tomorrow; which plenary session would we be missing?",
     schedule.Intent.AT, dt.time(11, 30)),
    # The asking clause says when itself.
    ("my bilateral is at 4, what's on right now?", schedule.Intent.NOW, None),
    # "Then" is the story's time, said in words (blind time10, read in the
    # thirty-seventh session: the whole programme answered it).
    ("My group passes the hall doors tomorrow at quarter past three. What's on in there "
     "then?", schedule.Intent.AT, dt.time(15, 15)),
    # "Then" in a clause that asks nothing: the question's own time.
    ("anything on at 12 noon tomorrow? hoping to grab a colleague then", schedule.Intent.AT,
     dt.time(12, 0)),
])
def test_the_storys_time_is_the_asking_clauses_when_it_says_none(
    kb: KnowledgeBase, question: str, intent: schedule.Intent, at_time: dt.time | None,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is intent and asked.at == at_time
    if at_time is not None:
        assert asked.day == FRI


@pytest.mark.parametrize(("question", "expected"), [
    ("What is left of today's programme?", schedule.Intent.NEXT),
    ("Could you remind me what was on the first day?", schedule.Intent.DAY),
    ("wen is the closing", schedule.Intent.STATUS),
])
def test_more_ways_of_asking_about_the_programme(
    kb: KnowledgeBase, question: str, expected: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 16, 0))
    assert asked is not None and asked.intent is expected


def test_a_session_named_in_a_live_question_keeps_its_own_time_after_a_story(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(kb, "my flight lands at 2pm - will I be missing the opening?",
                                at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS


@pytest.mark.parametrize(("question", "day"), [
    ("what's on day two", FRI), ("what's on the second day", FRI), ("day 1 programme", THU),
])
def test_a_day_of_the_conference_by_its_place(
    kb: KnowledgeBase, question: str, day: dt.date,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.day == day


@pytest.mark.parametrize(("question", "day", "part", "first", "last"), [
    # the day's own number is no first or last item of it
    ("what's on the first day?", THU, None, False, False),
    ("what's on the last day?", FRI, None, False, False),
    # a part of the day said by the day's number
    ("what's on the first morning?", THU, "morning", False, False),
    ("anything on the last afternoon?", FRI, "afternoon", False, False),
    # ...not the first session of a part of the day
    ("when is the first afternoon session on friday?", FRI, "afternoon", True, False),
    ("what is the first session on the first day?", THU, None, True, False),
])
def test_a_day_said_by_its_number_is_listed_whole(
    kb: KnowledgeBase, question: str, day: dt.date, part: str | None, first: bool,
    last: bool,
) -> None:
    # Asked outside the conference, "what's on the first day?" got the first day's
    # first item only, and "the first morning" today's morning (nothing).
    asked = schedule.understand(kb, question, at(THU, 9, 0) - dt.timedelta(days=30))
    assert asked is not None
    assert (asked.day, asked.part, asked.first_only, asked.last_only) == (day, part, first,
                                                                          last)


@pytest.mark.parametrize(("question", "day"), [
    ("what is on tomorrow night?", THU), ("what's on thursday night", THU)])
def test_a_days_night_is_its_evening(kb: KnowledgeBase, question: str, day: dt.date) -> None:
    # "Tonight" was read as this evening, "tomorrow night" as no programme question.
    asked = schedule.understand(kb, question, at(THU, 9, 0) - dt.timedelta(days=1))
    assert asked is not None and (asked.day, asked.part) == (day, "evening")


@pytest.mark.parametrize("question", [
    "how much is the hotel per night?",
    "what happened at the reception last night, did i miss anything",
])
def test_a_night_of_no_day_said_is_no_evening_asked(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0) - dt.timedelta(days=1))
    assert asked is None or asked.part is None


@pytest.mark.parametrize(("question", "expected"), [
    ("what time is the last coffee break?", ["coffee-fri"]),
    ("when's the final coffee break", ["coffee-fri"]),
    ("when is the coffee break?", ["coffee-thu", "coffee-fri"]),
    # a story's "last night" asks for no last one
    ("missed the coffee break last night, when is the coffee break?",
     ["coffee-thu", "coffee-fri"]),
])
def test_the_first_or_last_of_items_a_name_fits_is_that_one(
    kb: KnowledgeBase, question: str, expected: list[str],
) -> None:
    # Over an invented file, "what time is the last coffee break" got the first of them.
    breaks = (session("coffee-thu", "Coffee break", THU, "10:30", "11:00", "hall"),
              session("coffee-fri", "Coffee break (Friday)", FRI, "10:30", "11:00", "hall"))
    with_breaks = dataclasses.replace(kb, sessions=(*kb.sessions, *breaks))
    asked = schedule.understand(with_breaks, question, at(THU, 9, 0) - dt.timedelta(days=30))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == expected


@pytest.mark.parametrize("question", ["where are the side events at lunch?",
                                      "which side events are on during lunch"])
def test_side_events_at_lunch_are_the_side_events_not_the_lunch_break(
    kb: KnowledgeBase, question: str,
) -> None:
    # Over the shared eval file, whose lunch breaks are items of the programme, the
    # question named the two lunch breaks and got the first one's card.
    lunch = session("lunch", "Lunch break", THU, "13:00", "15:00", "delegates-lounge")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    asked = schedule.understand(with_lunch, question, at(THU, 10, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY
    assert (asked.day, asked.part, asked.named) == (THU, "lunchtime", ())
    assert asked.kinds == {"sideev"}


def test_a_number_of_days_before_day_is_a_length_not_a_day(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "is it a two day conference", at(THU, 9, 0))
    assert asked is None or asked.day is None


def test_before_the_conference_the_next_of_a_kind_is_its_first(index: MatchIndex) -> None:
    before = dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    result = answer(index, "when is the next side event?", before)
    assert result.answered and {s.id for s in result.sessions} == {"side-finance", "side-youth"}
    assert "has not started" not in (result.text or "")
    assert "Thu 28 Jun 13:15" in (result.text or "")
    # Without a kind, that the conference has not begun, and how it opens.
    assert "has not started" in (answer(index, "what's next?", before).text or "")


def test_what_comes_next_on_another_day_says_the_day(kb: KnowledgeBase) -> None:
    friday = (session("side-a", "Side event: Borders", FRI, "13:15", "14:00", "conf-room-1"),
              session("side-b", "Side event: Prisons", FRI, "13:15", "14:00", "conf-room-4"))
    index = MatchIndex.build(dataclasses.replace(kb, sessions=(*kb.sessions, *friday)))
    result = answer(index, "when is the next side event?", at(THU, 20, 0))
    assert {s.id for s in result.sessions} == {"side-a", "side-b"}
    assert "Fri 29 Jun 13:15" in (result.text or "")
    # Today's say no day.
    result = answer(index, "when is the next side event?", at(THU, 9, 0))
    assert "Thu 28 Jun" not in (result.text or "")


@pytest.mark.parametrize(("question", "expected"), [
    ("what's on at 3pm?", {"session-2"}),
    ("what's on in the morning?", {"opening", "session-1"}),
])
def test_before_the_conference_a_time_without_a_day_is_on_its_first_day(
    index: MatchIndex, question: str, expected: set[str],
) -> None:
    before = dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    result = answer(index, question, before)
    assert result.answered and {s.id for s in result.sessions} == expected


@pytest.mark.parametrize("question", [
    "what's on in conference room 9 today?", "anything in room 12 this afternoon?"])
def test_a_room_the_programme_does_not_have_is_not_a_listing_of_every_room(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 9, 0)) is None


@pytest.mark.parametrize(("question", "expected"), [
    ("what's on day 3 of the conference?", schedule.Intent.LENGTH),
    ("programme for the fourth day?", schedule.Intent.LENGTH),
    ("what's on day 2?", schedule.Intent.DAY),
])
def test_a_day_past_the_conferences_last_is_asked_as_its_length(
    kb: KnowledgeBase, question: str, expected: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is expected


@pytest.mark.parametrize(("question", "session_id"), [
    # A session's name and a time it may start at: when it starts.
    ("does session three start at 10 or 11?", "session-3"),
    ("sorry, still on Pacific time - does session 3 start at 10? New York time I mean",
     "session-3"),
    ("is the FTF session still in progress?", "session-2"),
    # The story names the session; the asking clause points back at it.
    ("chairing the FTF session here, how long till we start?", "session-2"),
    ("I'm at the opening ceremony, is it over yet?", "opening"),
    # Or asks whether it has begun, or its hours; "sess" is a session.
    ("My next shift is the closing. Has it begun yet?", "closing"),
    ("I'm booked for the FTF session. Is it already under way?", "session-2"),
    ("I'm volunteering at the opening. What hours does it run?", "opening"),
    ("sess 3 start?", "session-3"),
    # Its time asked on the day said.
    ("what time is the FTF session today?", "session-2"),
    ("yo how long till session 2 begins, kindly", "session-2"),
    # Named by its subject, asked when it is on or whether it has begun.
    ("Is the session on preventing violent extremism in progress yet?", "session-3"),
    ("Would you kindly tell me which session, if any, is at present addressing the "
     "question of foreign terrorist fighters, and at what hour it concludes?", "session-2"),
    ("when is the side event about following the money?", "side-finance"),
    # Named by its name, asked which of two days.
    ("Is the FTF session on day 1 or day 2?", "session-2"),
    # Three words of a subject, one of them the session's file uses for another.
    ("when is the session about following the money and extremism?", "side-finance"),
    # Whether one named by its subject is happening now or still going on.
    ("Is the discussion on preventing violent extremism happening now?", "session-3"),
    ("is the session about foreign terrorist fighters still going?", "session-2"),
    # Asked again for others who keep asking.
    ("Volunteer on the info desk: people keep asking me what time the opening starts. Is it "
     "10?", "opening"),
    # Its length in total.
    ("How long is Session II in total, and how much of it is left?", "session-2"),
    # A heading that only says who asks; "due to", "til".
    ("Booth check: Session II, start and finish times please.", "session-2"),
    ("Kindly advise at what time Session III is due to conclude.", "session-3"),
    ("closing til wen?? thx", "closing"),
])
def test_a_session_named_and_asked_about_by_its_time_gets_its_status(
    kb: KnowledgeBase, question: str, session_id: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 12, 40))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == [session_id]


def test_a_sessions_name_and_a_time_that_asks_about_the_asker_is_not_its_status(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(kb, "the opening is at 10, what time should I get there?",
                                at(THU, 9, 0))
    assert asked is None or asked.intent is not schedule.Intent.STATUS


def test_the_midday_break_is_the_lunch_break(kb: KnowledgeBase) -> None:
    lunch = session("lunch-thu", "Lunch break", THU, "13:00", "15:00", "ga-hall")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    asked = schedule.understand(with_lunch, "Once the midday break is over, what's on?",
                                at(THU, 12, 30))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.hour == 14


def test_arvo_is_the_afternoon(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on tmrw arvo", at(THU, 18, 30))
    assert asked is not None and asked.day == FRI and asked.part == "afternoon"


@pytest.mark.parametrize(("question", "intent"), [
    ("wats running rite now", schedule.Intent.NOW),  # seen time9
    ("what else is on l8r today?", schedule.Intent.NEXT),  # seen time9
    ("anything on 2nite?", schedule.Intent.DAY),
    ("whats next n where", schedule.Intent.NEXT),
])
def test_chat_spellings_of_the_programme_s_words_are_read(
    kb: KnowledgeBase, question: str, intent: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 11, 0))
    assert asked is not None and asked.intent is intent


def test_a_thing_of_the_askers_is_not_the_room_its_word_names(kb: KnowledgeBase) -> None:
    assert kb.venue is not None
    venue = dataclasses.replace(
        kb.venue, rooms=(*kb.venue.rooms, Room("bilateral-rooms", "Bilateral meeting rooms")))
    with_bilaterals = dataclasses.replace(kb, venue=venue)
    story = "we have a bilateral at 11:30 tomorrow; which session would we be missing?"
    asked = schedule.understand(with_bilaterals, story, at(THU, 17, 45))
    assert asked is not None and asked.room is None
    assert asked.day == FRI and asked.at == dt.time(11, 30)
    # The room's own name still names it.
    asked = schedule.understand(with_bilaterals, "what's on in the bilateral rooms tomorrow?",
                                at(THU, 17, 45))
    assert asked is not None and asked.room is not None and asked.room.id == "bilateral-rooms"


def test_a_sitting_is_a_session_on_now(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "is the plenary sitting at the moment?", at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.NOW


@pytest.mark.parametrize("question", [
    "is the SG still speaking or has the opening finished?",
    "has the opening finished or is it still going?",
])
def test_a_second_question_after_or_that_asks_the_same_is_read(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 15))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["opening"]


def test_two_questions_after_or_that_are_not_the_programmes_stay_unread(
    kb: KnowledgeBase,
) -> None:
    assert schedule.understand(kb, "is lunch provided or do we buy it ourselves?",
                               at(THU, 10, 15)) is None


def test_what_will_be_on_when_one_arrives_at_a_time_is_what_is_on_then(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(
        kb, "My flight lands at 2 in the afternoon on Thursday. If I go straight to the UN, "
            "what will be on when I arrive around 4pm?", at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.AT
    assert asked.at == dt.time(16, 0) and asked.day == THU
    # Arriving alone asks nothing of the programme.
    assert schedule.understand(kb, "what time should I arrive?", at(THU, 9, 0)) is None
    assert schedule.understand(kb, "what time should i arrive on thursday morning",
                               at(THU, 9, 0)) is None


def test_anything_still_on_after_the_last_session_says_the_conference_is_over(
    index: MatchIndex,
) -> None:
    asked = schedule.understand(index.kb, "Is anything still on?", at(FRI, 18, 20))
    assert asked is not None and asked.intent is schedule.Intent.NOW
    assert answer(index, "Is anything still on?", at(FRI, 18, 20)).answered


def test_what_is_still_on_today_is_what_comes_next_not_the_whole_day(
    index: MatchIndex,
) -> None:
    result = answer(index, "What is still on today?", at(THU, 14, 40))
    assert result.kind is ItemKind.SCHEDULE
    assert result.item_id == "session-2"


@pytest.mark.parametrize("question", [
    "half an hour before the closing, where should I be?",
    "what's on at the halfway point of the day",
])
def test_half_is_a_time_only_before_an_hour(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.at is None


def test_a_long_lead_in_before_a_colon_is_not_a_heading() -> None:
    # Only a heading of a few words is set apart; a long lead-in stays with its question.
    assert schedule._clauses("Booth check: what's next?") == ["Booth check", "what's next"]
    assert len(schedule._clauses(
        "I need the running order for both days please: what happens Thursday")) == 1


def test_the_venues_address_does_not_make_a_question_the_programmes(kb: KnowledgeBase) -> None:
    # "New York" is as often the city ("are the agenda's times New York time?").
    assert schedule.understand(kb, "are the agenda times new york time", at(THU, 9, 0)) is None


@pytest.mark.parametrize(("question", "intent"), [
    ("what am I supposed to be doing now?", schedule.Intent.NOW),
    # A second question after "or am I" that asks the first another way.
    ("has the closing begun or am I early?", schedule.Intent.STATUS),
])
def test_where_the_asker_should_be_is_the_programme(
    kb: KnowledgeBase, question: str, intent: schedule.Intent,
) -> None:
    asked = schedule.understand(kb, question, at(FRI, 16, 5))
    assert asked is not None and asked.intent is intent


@pytest.mark.parametrize(("question", "moment", "session_id"), [
    ("Kindly advise whether Session II has commenced.", at(THU, 15, 5), "session-2"),
    ("Our Minister would like to attend the closing on Friday. Where is it held and when "
     "does it begin?", at(THU, 16, 0), "closing"),
    ("my wife is stuck in Session II all afternoon. when does that let out? trying to book "
     "a table", at(THU, 15, 40), "session-2"),
])
def test_a_question_about_the_session_a_story_names_gets_its_card(
    index: MatchIndex, question: str, moment: dt.datetime, session_id: str,
) -> None:
    result = answer(index, question, moment)
    assert result.kind is ItemKind.SESSION
    assert result.item_id == session_id


def test_a_break_a_story_tells_the_time_by_is_not_the_session_it_names(
    kb: KnowledgeBase,
) -> None:
    lunch = session("lunch", "Lunch break", THU, "13:00", "15:00", "ga-hall")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    asked = schedule.understand(
        with_lunch, "I'm booked for the FTF session over lunch. Is it already under way?",
        at(THU, 13, 20))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["session-2"]


def test_a_meeting_is_no_room_by_that_word_alone(kb: KnowledgeBase) -> None:
    rooms = Room("bilateral-rooms", "Bilateral meeting rooms")
    assert kb.venue is not None
    venue = dataclasses.replace(kb.venue, rooms=(*kb.venue.rooms, rooms))
    with_rooms = dataclasses.replace(kb, venue=venue)
    assert schedule.find_room(
        with_rooms, "What time does this morning's meeting wrap up?") is None
    assert schedule.find_room(with_rooms, "what's on in the bilateral rooms?") == rooms


def test_information_is_no_room_by_that_word_alone(kb: KnowledgeBase) -> None:
    desk = Room("info-desk", "Conference information desk")
    assert kb.venue is not None
    venue = dataclasses.replace(kb.venue, rooms=(*kb.venue.rooms, desk))
    with_desk = dataclasses.replace(kb, venue=venue)
    question = "is the session on sharing information already in progress?"
    assert schedule.find_room(with_desk, question) is None
    asked = schedule.understand(with_desk, question, at(THU, 11, 0))
    assert asked is not None and [s.id for s in asked.named] == ["session-1"]
    assert schedule.find_room(with_desk, "what's on at the information desk?") == desk


@pytest.mark.parametrize("question", [
    "What time does the quiet room close in the evening?",
    "is the prayer room open during lunch?",
    "until when is the quiet room opened tomorrow",
])
def test_when_a_place_that_holds_no_session_opens_or_closes_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    # Its hours are not the programme's: "Nothing is scheduled in the quiet room then"
    # answered nobody (blind v26, read in the sixteenth session).
    quiet = Room("quiet-room", "Quiet and prayer room")
    assert kb.venue is not None
    venue = dataclasses.replace(kb.venue, rooms=(*kb.venue.rooms, quiet))
    with_quiet = dataclasses.replace(kb, venue=venue)
    assert schedule.find_room(with_quiet, question) == quiet
    assert schedule.understand(with_quiet, question, at(THU, 12, 0)) is None
    there = schedule.understand(with_quiet, "what's on in the quiet room this afternoon?",
                                at(THU, 12, 0))
    assert there is not None and there.room == quiet
    # "the opening" is a session, not the place's hours
    going = schedule.understand(
        with_quiet, "Is the opening still going or has it finished? I want the quiet room.",
        at(THU, 10, 25))
    assert going is not None and [s.id for s in going.named] == ["opening"]


@pytest.mark.parametrize("question", [
    "What's happening hour by hour on both days? I need to plan who from our team covers what.",
    "what's happening over the two days?",
    "whats happening each day, hour by hour",
])
def test_what_is_happening_on_every_day_lists_the_programme_not_the_moment(
    kb: KnowledgeBase, question: str,
) -> None:
    # "what's happening" asks for now only when no span of days is said (blind v26,
    # read in the sixteenth session: it got the session on now).
    asked = schedule.understand(kb, question, at(THU, 12, 0))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.day is None
    now = schedule.understand(kb, "what's happening right now?", at(THU, 12, 0))
    assert now is not None and now.intent is schedule.Intent.NOW


@pytest.mark.parametrize(("question", "hour", "minute"), [
    ("what's on at ten?", 10, 0),
    ("what'll be on at five thirty pm", 17, 30),
    ("anything at ten fifteen tomorrow?", 10, 15),
    ("what's on at three this afternoon?", 15, 0),
    ("what's on about half five?", 17, 30),
    ("what about 3pm?", 15, 0),
    ("what'll be going on at ten to three?", 14, 50),
    ("what's on at five to five", 16, 55),
    ("at ten past one, what is on?", 13, 10),
    ("what's the 3 o'clock session about?", 15, 0),
    ("where's the 10 o'clock?", 10, 0),
    ("anything at twenty five to 5?", 16, 35),
    ("what is on at twenty-five to five?", 16, 35),
    # Seventeenth session, from the blind time12: a hyphen between the words.
    ("Anything at ten-thirty tomorrow?", 10, 30),
    ("what's on at half-past three?", 15, 30),
    ("quarter-to four, anything on?", 15, 45),
])
def test_a_time_of_day_in_words_is_read_as_the_clock(
    kb: KnowledgeBase, question: str, hour: int, minute: int,
) -> None:
    # Sixteenth session, from the blind time9: hours in words were not read at all
    # ("what's on at ten?" listed the whole day); from time10: "at ten to three" was
    # read as 10:00, and minutes past or to an hour and o'clock not at all.
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.AT
    assert asked.at == dt.time(hour, minute)


@pytest.mark.parametrize("question", [
    "is the lunch at one of the side events?",
    "can a statement be made by two delegates together?",
    "the session lasts about 2 hours, right?",
    "is the walk 5 to 10 minutes?",
])
def test_a_number_in_words_or_a_duration_is_no_time_of_day(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.at is None


def test_in_an_hour_and_a_quarter_is_seventy_five_minutes_on(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on in an hour and a quarter?", at(THU, 9, 20))
    assert asked is not None and asked.intent is schedule.Intent.AT
    assert asked.at == dt.time(10, 35)
    later = schedule.understand(kb, "what's on in two and three quarters hours?",
                                at(THU, 9, 0))
    assert later is not None and later.at == dt.time(11, 45)


def test_the_final_item_of_a_day_is_its_last(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "What is the final item on Friday?", at(THU, 20, 0))
    assert asked is not None and asked.last_only and asked.day == FRI


def test_over_lunch_says_when_and_not_that_something_is_over(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "which side events are there over lunch today?",
                                at(FRI, 12, 45))
    assert asked is not None and not asked.last_only
    assert stem("lunch") not in asked.kinds and asked.kinds
    over = schedule.understand(kb, "what time is it all over today?", at(THU, 12, 45))
    assert over is not None and over.last_only and over.day == THU


def test_just_before_the_lunch_break_asks_for_the_item_before_it(kb: KnowledgeBase) -> None:
    with_lunch = _with_lunch(kb).kb
    asked = schedule.understand(with_lunch, "what's just before the lunch break today?",
                                at(THU, 10, 0))
    assert asked is not None and asked.last_only and not asked.kinds
    assert asked.window is not None and asked.window[1] < dt.time(13, 1)


def test_what_follows_the_item_currently_on_is_what_comes_next_alone(kb: KnowledgeBase) -> None:
    asked = schedule.understand(
        kb, "The Minister is asking what follows the item currently in the hall.",
        at(FRI, 11, 45))
    assert asked is not None and asked.intent is schedule.Intent.NEXT and not asked.also_now


def test_apart_from_food_sets_the_meals_aside(kb: KnowledgeBase) -> None:
    asked = schedule.understand(
        _with_lunch(kb).kb, "apart from food, is anything actually happening right now?",
        at(THU, 13, 40))
    assert asked is not None and asked.intent is schedule.Intent.NOW
    assert asked.leave_out == {"lunch-thu"}


def test_a_story_after_the_question_is_not_read_as_the_question(kb: KnowledgeBase) -> None:
    # The sentence with the question mark asks of an event the programme does not have;
    # "after this session" in the story that follows asks nothing (blind time9).
    told = schedule.understand(
        kb, "When does the Security Council's debate on Syria start today? I want to go "
        "after this session.", at(THU, 11, 0))
    assert told is None
    asked = schedule.understand(kb, "Quick q? whats on now", at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_after_the_3_o_clock_one_is_not_the_3_o_clock_one(kb: KnowledgeBase) -> None:
    # The session counted from, not the time asked (time5 lost its abstention to it).
    asked = schedule.understand(kb, "What's after the 3 o'clock one?", at(THU, 16, 0))
    assert asked is None or asked.at != dt.time(15, 0)


@pytest.mark.parametrize("question", ["wot's on at the mo?", "wuts on rn"])
def test_chat_spellings_of_now_ask_what_is_on_now(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_a_half_that_only_points_back_is_not_read_alone(kb: KnowledgeBase) -> None:
    # "did it already end" alone read as the conference's end.
    asked = schedule.understand(
        kb, "Is the one on keeping power stations safe still going or did it already end?",
        at(THU, 13, 20))
    assert asked is None or asked.intent is not schedule.Intent.END
    both = schedule.understand(kb, "is the opening still going or has it finished?",
                               at(THU, 10, 20))
    assert both is not None and [s.id for s in both.named] == ["opening"]


def test_once_a_session_is_over_is_after_it(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on once the opening has finished?", at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.time() < dt.time(10, 30)
    assert asked.since.time() >= dt.time(10, 29)


def test_how_much_longer_a_session_runs_is_the_time_left_in_the_one_on_now(
    kb: KnowledgeBase,
) -> None:
    # Blind v27, read in the sixteenth session: it listed the morning from its start.
    asked = schedule.understand(
        kb, "How much longer will the morning closed session run? I have a call with my "
        "capital", at(THU, 12, 35))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_what_is_on_after_it_finishes_counts_from_the_end_of_the_one_named(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(
        kb, "I'm in the following the money side event - what's on after it finishes?",
        at(THU, 14, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.time() == dt.time(14, 29, 59)


def test_did_i_miss_a_session_named_by_its_subject_asks_its_state(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "did I miss the one on young people?? was stuck in a "
                                "bilateral", at(THU, 15, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["side-youth"]


@pytest.mark.parametrize(("question", "moment", "named"), [
    ("the session with young people, is it going on now?", at(THU, 13, 30), "side-youth"),
    ("the session of Mr Voronkov, is it over?", at(FRI, 17, 30), "closing"),
])
def test_a_session_named_by_its_subject_or_speaker_then_pointed_back_at_is_asked_its_state(
    kb: KnowledgeBase, question: str, moment: dt.datetime, named: str
) -> None:
    # Blind time14, read in the thirty-fifth session: "the session with survivors of
    # attacks, is it going on now?" got the listing of all that was on (another side
    # event first).
    asked = schedule.understand(kb, question, moment)
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == [named]


def test_what_starts_at_a_time_lists_what_starts_then_not_what_runs(kb: KnowledgeBase) -> None:
    # Blind time9, read in the sixteenth session: "what kicks off at 13.15?" got the
    # lunch break that began at 13:00.
    index = _with_lunch(kb)
    starting = answer(index, "what kicks off at 13.15?", at(THU, 12, 0))
    assert {s.id for s in starting.sessions} == {"side-youth", "side-finance"}
    running = answer(index, "what's on at 13.15?", at(THU, 12, 0))
    assert "lunch-thu" in {s.id for s in running.sessions}
    # nothing starts then: what is on then
    nothing_starts = answer(index, "what starts at 2:50?", at(THU, 12, 0))
    assert [s.id for s in nothing_starts.sessions] == ["lunch-thu"]


def test_a_question_asked_if_not_is_read_alone(kb: KnowledgeBase) -> None:
    # Blind v27, read in the sixteenth session: "this evening" of the first question
    # was read into the second ("first on Friday evening").
    asked = schedule.understand(
        kb, "Is anything else on this evening? If not, what's the first thing tomorrow?",
        at(THU, 18, 40))
    assert asked is not None and asked.intent is schedule.Intent.DAY
    assert asked.day == FRI and asked.first_only and asked.part is None
    both = schedule.understand(kb, "is anything on now? if not, what's next?", at(THU, 11, 40))
    assert both is not None and both.intent is schedule.Intent.NEXT and both.also_now


def test_the_last_meeting_of_the_day_is_today_s_last(kb: KnowledgeBase) -> None:
    asked = schedule.understand(
        kb, "My boss is inside. What time does the last meeting of the day finish?",
        at(THU, 15, 30))
    assert asked is not None and asked.intent is schedule.Intent.DAY
    assert asked.day == THU and asked.last_only


@pytest.mark.parametrize("question", ["is anything still on?", "what's next?",
                                      "Has the conference finished for good now?"])
def test_after_the_last_item_of_the_last_day_the_conference_is_over(
    index: MatchIndex, question: str,
) -> None:
    result = answer(index, question, at(FRI, 17, 30))
    assert result.outcome is Outcome.ANSWER
    assert result.item_id == "closing"
    assert "over" in (result.text or "")


@pytest.mark.parametrize("question", [
    "When is the one on foreign fighters returning from Syria?",
    "the session on foreign terrorist fighters returning from Syria, has it started?",
])
def test_a_subject_may_miss_a_word_the_file_never_uses_inside_a_phrase_of_its_own_words(
    kb: KnowledgeBase, question: str,
) -> None:
    # Blind time8, read in the thirty-seventh session: "When's the one on fighters coming
    # home from Syria and Iraq?" abstained, the file never saying "Syria". Every other
    # session misses three words or more.
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["session-2"]


@pytest.mark.parametrize(("question", "named"), [
    ("The event with young people: when and where?", "side-youth"),
    ("the meeting on following the money - what time?", "side-finance"),
    ("When is the debate on foreign terrorist fighters?", "session-2"),
    ("how long is left of the talk about sharing information?", "session-1"),
    # The subject ends where the question goes on: "started", "finished".
    ("Has the meeting chaired by Mr Voronkov started yet?", "closing"),
    ("is the talk on following the money finished?", "side-finance"),
    # "Where" that says which event, not asks where it is.
    ("When is the event where they follow the money?", "side-finance"),
    # The subject before "event" (seen time14).
    ("the following the money event - has it started?", "side-finance"),
    # Asked whether it is over (seen time1).
    ("Is the side event on following the money over already?", "side-finance"),
])
def test_an_event_meeting_talk_or_debate_on_a_subject_names_the_session(
    kb: KnowledgeBase, question: str, named: str,
) -> None:
    # Blind time7 and time8, read in the thirty-seventh session: "The event with
    # survivors of attacks: when and where?" abstained.
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == [named]


@pytest.mark.parametrize("question", [
    # "On" that says they are held, not what about.
    "Are the talks open to the press when they are on with Voronkov?",
    "who is chairing the meeting on right now?",
    # "Where" that asks, not says which event.
    "At the event where does Voronkov sit?",
    # Another body's meeting or debate, named by the words before it.
    "When is Guterres' next meeting?",
    "is the Voronkov debate over?",
])
def test_a_meeting_that_is_on_or_is_another_s_names_no_session_by_its_subject(
    kb: KnowledgeBase, question: str,
) -> None:
    rights = session("side-rights", "Side event: Victims and their rights", FRI, "13:15",
                     "14:30", "conf-room-1")
    with_rights = dataclasses.replace(kb, sessions=(*kb.sessions, rights))
    assert subject_named(with_rights, question) is None


@pytest.mark.parametrize(("question", "named"), [
    ("what time does the foreign fighters plenary start", "session-2"),
    ("how long till the foreign terrorist fighters plenary?", "session-2"),
    # a UN organ's plenary, or the plenary a statement is made in: no subject
    ("What time does the General Assembly plenary start?", None),
    ("How many minutes for a national statement in the plenary?", None),
])
def test_the_words_before_plenary_name_a_session_by_its_subject(
    kb: KnowledgeBase, question: str, named: str | None,
) -> None:
    # Read on four probe sets over two files: "the foreign fighters plenary", "the data
    # protection plenary" abstained.
    found = subject_named(kb, question)
    assert (found.id if found else None) == named


@pytest.mark.parametrize("question", [
    # A subject no session has: no guess at the closest, nor one with a word the file
    # never uses.
    "When is the side event on human trafficking?",
    "when is the side event on following the money and trafficking?",
    # A word the file never uses, as a subject of its own beside the session's.
    "When is the session on foreign fighters and Syria?",
    # A word the file never uses missed, with another session only one word further.
    "When is the one on reaching violent extremism in Syria?",
    "When does the Human Rights Council session in Geneva open?",
    # A subject two sessions share, neither by its title alone.
    "when is the session about communities?",
    # A session named, but the time asked is the asker's.
    "Which booth am I in for Session II, and when is my handover?",
])
def test_a_subject_no_one_session_has_is_not_read_as_a_session(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.intent is not schedule.Intent.STATUS


@pytest.mark.parametrize("question", [
    # A subject no session holds: no guess at the one closest.
    "What comes after the session on human trafficking?",
    # "Before" the session, but not what comes before it.
    "what should I bring before the session on foreign terrorist fighters?",
    "Which hotel is nearest, and what comes after it?",
])
def test_after_or_before_a_subject_no_one_session_holds_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or (asked.since is None and asked.window is None)


def test_a_place_where_nothing_is_held_narrows_no_listing(kb: KnowledgeBase) -> None:
    desk = Room("info-desk", "Conference information desk")
    assert kb.venue is not None
    venue = dataclasses.replace(kb.venue, rooms=(*kb.venue.rooms, desk))
    with_desk = dataclasses.replace(kb, venue=venue)
    asked = schedule.understand(
        with_desk, "I'm on the desk after session 1. What's on this afternoon?", at(THU, 9, 0))
    assert asked is not None and asked.room is None
    # Asked about in the sentence that asks, it narrows the listing: nothing is on there.
    there = schedule.understand(with_desk, "what's on at the info desk this afternoon?",
                                at(THU, 9, 0))
    assert there is not None and there.room == desk


@pytest.mark.parametrize(("question", "counted_from"), [
    # A "debate" may be another body's ("the General Assembly's general debate").
    ("What comes after the foreign fighters debate?", "theme-ftf"),
])
def test_what_comes_after_a_session_the_programme_cannot_place_is_not_that_session(
    index: MatchIndex, question: str, counted_from: str,
) -> None:
    # The programme cannot tell which session is meant; the engine finds it, and its
    # own card is where the question counts from, never the answer.
    result = answer(index, question, at(THU, 9, 0))
    assert result.outcome is not Outcome.ANSWER
    assert result.best_id == counted_from
    assert result.reason == "asked what comes after or before a session, not about it"


@pytest.mark.parametrize("question", [
    "when is the next conference?",
    "When will the next conference be held?",
    "where will next year's summit take place?",
])
def test_another_edition_is_no_question_for_this_programme(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 12, 0)) is None
    # A part of this one still is.
    assert schedule.understand(kb, "when is the next session of the conference?",
                               at(THU, 12, 0)) is not None


def _with_reception(kb: KnowledgeBase) -> KnowledgeBase:
    reception = session("reception", "Evening reception", THU, "18:00", "19:30", "ga-hall")
    return dataclasses.replace(kb, sessions=(*kb.sessions, reception))


def test_a_session_asked_for_tonight_on_a_day_without_the_conference_is_that_session(
    kb: KnowledgeBase,
) -> None:
    # Asked long after the conference (as a question set without a moment is): not an
    # empty listing of tonight's programme, but the reception's card.
    asked = schedule.understand(_with_reception(kb), "what time is the evening reception "
                                "tonight and where", at(FRI + dt.timedelta(days=300), 12))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["reception"]


def test_a_kind_of_session_at_a_time_of_day_off_the_conference_is_left_to_the_faq(
    kb: KnowledgeBase, index: MatchIndex,
) -> None:
    later = at(FRI + dt.timedelta(days=300), 12)
    assert schedule.understand(kb, "any side events at lunchtime?", later) is None
    assert "Nothing is scheduled" not in (answer(index, "any side events at lunchtime?",
                                                 later).text or "")
    # During the conference it is today's listing, as before.
    during = schedule.understand(kb, "any side events at lunchtime?", at(THU, 9))
    assert during is not None and during.intent is schedule.Intent.DAY


@pytest.mark.parametrize(("question", "hour", "minute"), [
    ("is anything happening at the moment or do i have a break", 10, 40),
    ("are we on a break now?", 10, 40),
    ("is it a coffee break right now", 10, 40),
    # not the lunchtime listing
    ("is it lunchtime yet?", 12, 30),
    ("is it lunch time now", 12, 30),
    ("are we at lunchtime now?", 12, 30),
])
def test_whether_it_is_a_break_or_lunchtime_now_is_what_is_on_now_not_the_next_break(
    kb: KnowledgeBase, question: str, hour: int, minute: int,
) -> None:
    asked = schedule.understand(kb, question, at(THU, hour, minute))
    assert asked is not None and asked.intent is schedule.Intent.NOW
    assert asked.kinds == frozenset()


def test_which_side_events_run_over_lunch_is_still_the_lunchtime_listing(
    kb: KnowledgeBase,
) -> None:
    listing = schedule.understand(kb, "which side events are on at lunchtime?", at(THU, 12, 30))
    assert listing is not None and listing.intent is schedule.Intent.DAY


@pytest.mark.parametrize("question", [
    "what's happening over the lunch break?",
    "anything on during lunch?",
    "what's on during lunch on thursday",
    "what is on over lunch today",  # "over" says when, not that something is over
])
def test_lunch_said_as_the_time_asks_for_all_that_runs_at_lunchtime(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(_with_lunch(kb).kb, question, at(THU, 9, 0))
    assert asked is not None and asked.part == "lunchtime" and not asked.kinds
    assert not asked.last_only


def test_lunch_said_as_the_time_on_a_day_without_the_conference_is_left_to_the_faq(
    kb: KnowledgeBase,
) -> None:
    # Not "nothing is scheduled today": the question is about any day of the conference.
    later = at(FRI + dt.timedelta(days=30), 12, 0)
    assert not any("lunch" in s.title.lower() for s in kb.sessions)  # as in many files
    assert schedule.understand(kb, "what is there at lunch time besides eating", later) is None


def test_what_runs_over_lunch_apart_from_eating_is_the_side_events(kb: KnowledgeBase) -> None:
    result = answer(_with_lunch(kb), "what's happening over the lunch break apart from eating",
                    at(THU, 9, 0))
    listed = [s.id for s in result.sessions]
    assert "side-youth" in listed and "lunch-thu" not in listed
    assert "Lunch break" not in (result.text or "")


def test_what_else_is_on_during_the_lunch_break_lists_the_side_events_not_the_lunch(
    kb: KnowledgeBase,
) -> None:
    # Seen in the Lome file: "Anything on during the lunch break today?" listed the
    # lunch first, and its answer was the lunch break's card.
    result = answer(_with_lunch(kb), "anything on during the lunch break today?",
                    at(THU, 12, 0))
    listed = [s.id for s in result.sessions]
    assert "side-youth" in listed and "lunch-thu" not in listed
    assert result.item_id in ("side-youth", "side-finance")


def test_the_lunch_break_said_as_the_time_is_listed_where_nothing_else_is_on(
    kb: KnowledgeBase,
) -> None:
    lunch = session("lunch-fri", "Lunch break", FRI, "13:00", "14:00", "cafeteria")
    index = MatchIndex.build(dataclasses.replace(kb, sessions=(*kb.sessions, lunch)))
    result = answer(index, "anything on during the lunch break on friday?", at(THU, 9, 0))
    assert [s.id for s in result.sessions] == ["lunch-fri"]


def test_the_lunch_break_said_as_the_time_on_a_day_without_the_conference_is_left_to_the_faq(
    kb: KnowledgeBase,
) -> None:
    # Not the lunch break's own card: the question asks what else goes on then.
    later = at(FRI + dt.timedelta(days=30), 12, 0)
    asked = schedule.understand(_kb_with_lunch(kb),
                                "what's happening over the lunch break apart from eating", later)
    assert asked is None
    when = schedule.understand(_kb_with_lunch(kb), "when is the lunch break?", later)
    assert when is not None and [s.id for s in when.named] == ["lunch-thu"]


def test_a_named_break_asked_about_now_keeps_its_kind(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "is lunch over?", at(THU, 13, 20))
    assert asked is not None and asked.kinds == frozenset({stem("lunch")})


@pytest.mark.parametrize(("question", "session_id"), [
    ("closing ceremony time pls", "closing"),
    ("when does the opening ceremony start", "opening"),
])
def test_a_ceremony_is_a_word_of_the_programme_for_the_session_it_names(
    kb: KnowledgeBase, question: str, session_id: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9))
    assert asked is not None and [s.id for s in asked.named] == [session_id]


def test_the_one_session_of_a_kind_asked_off_the_conference_is_that_session(
    kb: KnowledgeBase,
) -> None:
    later = at(FRI + dt.timedelta(days=300), 12)
    asked = schedule.understand(_with_reception(kb), "what time is the reception?", later)
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["reception"]


def test_coffee_in_the_breaks_off_the_conference_is_left_to_the_faq(kb: KnowledgeBase) -> None:
    # One session may serve the coffee ("Registration and welcome coffee"): the question
    # is about every pause.
    coffee = session("welcome-coffee", "Registration and welcome coffee", THU, "08:00",
                     "09:30", "ga-hall")
    with_coffee = dataclasses.replace(kb, sessions=(*kb.sessions, coffee))
    later = at(FRI + dt.timedelta(days=300), 12)
    assert schedule.understand(with_coffee, "is there coffee during the breaks", later) is None


@pytest.mark.parametrize("question", [
    "where's the session that's on",
    "which session is on?",
    "which meeting is running",
    "where is the one that is on",
])
def test_the_session_that_is_on_is_the_one_on_now_though_now_is_not_said(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 40))
    assert asked is not None and asked.intent is schedule.Intent.NOW


@pytest.mark.parametrize("question", ["which session is on Friday", "what session is on financing"])
def test_which_session_is_on_a_day_or_a_subject_is_no_question_about_now(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 40))
    assert asked is None or asked.intent is not schedule.Intent.NOW


@pytest.mark.parametrize("question", [
    "where is the next session held?",
    "Where's the next session being held?",
    "What's in the next slot?",
])
def test_where_the_next_session_is_held_or_the_next_slot_asks_what_is_next(
    kb: KnowledgeBase, question: str,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 12, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT


@pytest.mark.parametrize("question", [
    "Why is this meeting being held at all?",
    "why is the next session closed?",
])
def test_a_question_asking_why_is_no_programme_question(kb: KnowledgeBase, question: str) -> None:
    assert schedule.understand(kb, question, at(THU, 12, 0)) is None


@pytest.mark.parametrize("question", [
    "Lost my badge somewhere on the subway. It's late now - what do I do first thing "
    "tomorrow?",
    "my flight is delayed, what should I do tomorrow morning?",
])
def test_what_to_do_about_something_is_no_programme_question(
    kb: KnowledgeBase, question: str,
) -> None:
    assert schedule.understand(kb, question, at(THU, 21, 0)) is None


def test_what_is_first_tomorrow_is_still_the_programme(kb: KnowledgeBase) -> None:
    assert schedule.understand(kb, "what's first thing tomorrow?", at(THU, 21, 0)) is not None


@pytest.mark.parametrize("question", ["Where is lunch served?",
                                      "what time is lunch being served?"])
def test_where_or_when_a_meal_is_served_is_where_or_when_it_is(
    kb: KnowledgeBase, question: str,
) -> None:
    lunch = session("lunch", "Lunch", THU, "13:00", "15:00", "conf-room-4")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    asked = schedule.understand(with_lunch, question, at(THU, 10, 0))
    assert asked is not None and [s.id for s in asked.named] == ["lunch"]


def test_what_is_held_in_a_room_without_sessions_is_left_to_the_faq(kb: KnowledgeBase) -> None:
    # The programme lists no prayers: "nothing is scheduled in the quiet room" would
    # answer no one. A room that holds sessions is still asked as before.
    quiet = Room("quiet-room", "Quiet and prayer room")
    assert kb.venue is not None
    venue = dataclasses.replace(kb.venue, rooms=(*kb.venue.rooms, quiet))
    with_quiet = dataclasses.replace(kb, venue=venue)
    assert schedule.understand(
        with_quiet, "What time is Friday prayer held in the quiet and prayer room?",
        at(THU, 9, 0)) is None
    held = schedule.understand(with_quiet, "what is held in the General Assembly Hall on friday?",
                               at(THU, 9, 0))
    assert held is not None and held.room is not None and held.room.id == "ga-hall"


@pytest.mark.parametrize(("question", "hour", "minute"), [
    ("What is scheduled at 14h?", 14, 0),
    ("Please, what will happen at 16h in the hall?", 16, 0),
    ("anything at 15h30 on thursday?", 15, 30),
])
def test_an_hour_written_with_h_is_a_time_of_day(
    kb: KnowledgeBase, question: str, hour: int, minute: int,
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.at == dt.time(hour, minute)


def test_an_hour_written_with_h_starts_a_window(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "what's on after 16h30?", at(THU, 9, 0))
    assert asked is not None and asked.window is not None
    assert asked.window[0] == dt.time(16, 30)


@pytest.mark.parametrize("question", ["when does the current plenary finish",
                                      "how long is left in the current plenary?"])
def test_the_current_plenary_is_the_one_on_now(kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_a_time_and_a_room_said_before_a_bare_whats_on_are_what_it_asks(
    kb: KnowledgeBase,
) -> None:
    # Not the whole programme from Thursday: what is on then, there.
    asked = schedule.understand(
        kb, "need to know for the mics - 4:30 pm in the General Assembly Hall, whats on",
        at(FRI, 10, 30))
    assert asked is not None and asked.intent is schedule.Intent.AT
    assert asked.at == dt.time(16, 30) and asked.day == FRI
    assert asked.room is not None and asked.room.id == "ga-hall"


def test_a_late_part_of_a_day_said_as_the_heading_is_that_part(kb: KnowledgeBase) -> None:
    # Not the whole programme from Thursday.
    asked = schedule.understand(kb, "Friday late afternoon - what's on?", at(THU, 9, 0))
    assert asked is not None and asked.day == FRI and asked.part == "afternoon"


def test_kindly_inform_is_a_request_not_the_subject_of_information_sharing(
    kb: KnowledgeBase,
) -> None:
    # "inform" is no word of "Session I: Sharing information"'s subject here.
    asked = schedule.understand(
        kb, "Kindly inform which session is presently in progress in the Hall.",
        at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_the_sentence_that_asks_what_follows_a_session_is_read_after_a_story(
    kb: KnowledgeBase,
) -> None:
    asked = schedule.understand(
        kb, "I'm signing for a deaf delegate. Straight after the opening, what comes next "
        "in the hall and at what time?", at(THU, 9, 50))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.time() >= dt.time(10, 29)


def test_the_afternoon_meeting_is_its_session_not_the_lunch_break(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "When does the afternoon meeting resume?", at(THU, 14, 30))
    assert asked is not None and asked.part == "afternoon"
    assert not asked.breaks and not asked.side_events
    # "the meeting" alone is the conference as a whole, as before.
    whole = schedule.understand(kb, "when does the meeting start?", at(THU, 9, 0))
    assert whole is not None and whole.intent is schedule.Intent.START


@pytest.mark.parametrize("question", [
    "What comes straight after the Secretary-General's address?",
    "what comes straight after the secretary-general's welcome?",
])
def test_a_session_named_by_its_alternate_with_another_word_for_a_speech_counts_from_it(
    kb: KnowledgeBase, question: str,
) -> None:
    # The opening's alternate is "Secretary-General's speech"; an address or a welcome
    # is a speech too.
    sessions = tuple(
        dataclasses.replace(s, alternates=(*s.alternates, "Secretary-General's speech"))
        if s.id == "opening" else s for s in kb.sessions)
    with_alternate = dataclasses.replace(kb, sessions=sessions)
    asked = schedule.understand(with_alternate, question, at(THU, 8, 0))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    opening = next(s for s in sessions if s.id == "opening")
    assert asked.since == schedule.ends_at(with_alternate, opening) - dt.timedelta(seconds=1)


@pytest.mark.parametrize("question", [
    "when do the breakout groups start?", "how long till the breakout groups start?"])
def test_breakout_groups_are_the_breakouts(kb: KnowledgeBase, question: str) -> None:
    # Seen on the Tunis probe set: "groups" made the question no programme question,
    # and the matcher suggested the side events' registration.
    with_breakouts = dataclasses.replace(kb, sessions=(
        *kb.sessions,
        session("breakout-a", "Breakout A: Classification and housing", THU, "15:00",
                "16:30", "hall"),
        session("breakout-b", "Breakout B: Prison staff", THU, "15:00", "16:30", "hall")))
    asked = schedule.understand(with_breakouts, question, at(THU, 14, 0))
    assert asked is not None and "breakout" in asked.kinds


@pytest.mark.parametrize("question", [
    "Has the youth side event started already?", "when is the youth side event?"])
def test_a_side_event_named_by_a_word_before_side_event_is_that_one(
    kb: KnowledgeBase, question: str
) -> None:
    # Seen on the Lome probe set: "the drone side event" read "side" as a word of its
    # subject, which no session holds, and named none.
    found = subject_named(kb, question)
    assert found is not None and found.id == "side-youth"


@pytest.mark.parametrize("question", ["Just arrived, stuck in traffic. Which session is on now?",
                                      "in a taxi. which session is on right now?"])
def test_a_story_then_which_session_is_on_now_asks_the_programme(
    kb: KnowledgeBase, question: str
) -> None:
    # Read on the Jakarta probe: "which session" named no cue, kind or room of the
    # programme, so after a story the bare "now" was taken for the asker's plight.
    asked = schedule.understand(kb, question, at(THU, 10, 45))
    assert asked is not None and asked.intent is schedule.Intent.NOW


def test_a_story_then_what_now_is_still_the_askers_plight(kb: KnowledgeBase) -> None:
    assert schedule.understand(kb, "left my badge in a cab!!! what now", at(THU, 10, 45)) is None


def test_of_parallel_sessions_listed_the_one_the_question_singles_out_is_its_subject(
    kb: KnowledgeBase,
) -> None:
    # Read on the Kampala probe: breakout groups by country, all on at once; the group
    # naming the asker's country is the answer's subject, the listing shows all three.
    groups = (
        session("group-a", "Breakout group A: Kenya, Tanzania, Uganda", FRI, "11:00",
                "12:30", "room-a"),
        session("group-c", "Breakout group C: Djibouti, Ethiopia, Somalia", FRI, "11:00",
                "12:30", "room-c"),
    )
    index = MatchIndex.build(dataclasses.replace(kb, sessions=(*kb.sessions, *groups)))
    result = answer(index, "I'm with Ethiopia's immigration, which breakout group should I "
                           "be in right now?", at(FRI, 11, 15))
    assert result.item_id == "group-c"
    assert [s.id for s in result.sessions] == ["group-a", "group-c"]
    # nothing singled out: the first listed, as before
    everything = answer(index, "what's on right now?", at(FRI, 11, 15))
    assert everything.item_id == everything.sessions[0].id


def test_a_day_after_an_event_is_when_it_is_not_what_it_is_about(kb: KnowledgeBase) -> None:
    # Read on a probe set: "youth event on friday, what time and where?" took "friday"
    # for the event's subject, and the Friday lunch break, whose title says Friday, was
    # answered.
    lunch = session("lunch-fri", "Lunch break (Friday)", FRI, "13:00", "15:00", "cafeteria")
    with_lunch = dataclasses.replace(kb, sessions=(*kb.sessions, lunch))
    found = subject_named(with_lunch, "youth event on friday, what time and where?")
    assert found is None or found.id != "lunch-fri"


@pytest.mark.parametrize("question", [
    "where's the young people event being held", "where is the young people event",
    "wheres the reaching young people event held"])
def test_where_an_event_named_by_its_subject_is_held_is_its_card(
    kb: KnowledgeBase, question: str
) -> None:
    # Read on a probe set: "where's the terrorist financing lunchtime event being held"
    # got the general side-events entry.
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is not None and asked.intent is schedule.Intent.STATUS
    assert [s.id for s in asked.named] == ["side-youth"]


@pytest.mark.parametrize("question", ["where can i grab a sandwich between sessions",
                                      "where do the youth speakers talk to the press?"])
def test_where_something_else_is_is_not_an_events_place(
    kb: KnowledgeBase, question: str
) -> None:
    asked = schedule.understand(kb, question, at(THU, 9, 0))
    assert asked is None or asked.intent is not schedule.Intent.STATUS


def test_the_time_left_before_a_session_ends_is_that_sessions_end(index: MatchIndex) -> None:
    # Seen on a probe set over the shared eval FAQ: "before the closing session ends" was
    # read as what is on before the closing starts (a breakout of that morning).
    result = answer(index, "how much time is left before the closing session ends",
                    at(FRI, 16, 50))
    assert result.item_id == "closing"
    assert result.live is not None and "17:00" in result.live


def test_a_coffee_break_is_not_the_programmes_lunch_break(kb: KnowledgeBase) -> None:
    # Seen on a probe set over the shared eval FAQ: "Is the afternoon coffee break on now
    # or later?" got the lunch break, a break too, in a programme with no coffee break.
    with_lunch = dataclasses.replace(kb, sessions=(
        *kb.sessions, session("lunch", "Lunch break", THU, "13:00", "15:00", "hall")))
    asked = schedule.understand(with_lunch, "Is the afternoon coffee break on now or later?",
                                at(THU, 15, 30))
    assert asked is None or not any(asked.choose.keep(s) for s in with_lunch.sessions
                                    if s.id == "lunch")


@pytest.mark.parametrize(("question", "moment", "first"), [
    ("opening's just finished, what's next?", at(THU, 10, 31), "session-1"),
    ("the opening just ended. what now?", at(THU, 10, 31), "session-1"),
    # A session named, the next session is asked, as "once session 1 is over, what
    # comes next?" reads (``test_answering``).
    ("Session I is over - what's next?", at(THU, 13, 2), "session-2"),
])
def test_a_clause_saying_what_just_ended_asks_what_follows_it(
    index: MatchIndex, question: str, moment: dt.datetime, first: str,
) -> None:
    # Read in the s46 probe over the shared eval FAQ: the opening itself was answered.
    assert answer(index, question, moment).item_id == first


def test_a_session_just_over_is_no_programme_question_when_something_else_is_asked(
        kb: KnowledgeBase) -> None:
    assert schedule.understand(
        kb, "the opening is over, where is the wifi password?", at(THU, 10, 31)) is None


def test_after_a_numbered_session_counts_from_that_one_not_the_last_of_its_kind(
    kb: KnowledgeBase,
) -> None:
    plenaries = (
        session("p1", "Plenary 1: The evolving threat", THU, "10:00", "11:30", "ga-hall"),
        session("p2", "Plenary 2: Sharing information", THU, "11:30", "13:00", "ga-hall"),
        session("p3", "Plenary 3: Foreign fighters", THU, "15:00", "17:00", "ga-hall"),
        session("reception", "Evening reception", THU, "18:00", "20:00", "ga-hall"),
    )
    index = MatchIndex.build(dataclasses.replace(kb, sessions=plenaries))
    assert answer(index, "what's on after Plenary 1?", at(THU, 9, 0)).item_id == "p2"
    assert answer(index, "Plenary 2 is over - what's next?", at(THU, 13, 5)).item_id == "p3"
    # The kind's word alone still counts from the last of the kind that day.
    assert answer(index, "what's on after the plenary?", at(THU, 9, 0)).item_id == "reception"


@pytest.mark.parametrize("question", [
    "I'm outside conference room 4, what's on in there now?",
    "standing by conference room 4. what's on in there right now?",
])
def test_in_there_after_a_story_is_the_room_the_story_names(
        index: MatchIndex, question: str) -> None:
    result = answer(index, question, at(THU, 13, 20))
    assert [s.id for s in result.sessions] == ["side-youth"]


def test_a_room_only_in_the_story_does_not_narrow_a_plain_what_is_on(index: MatchIndex) -> None:
    result = answer(index, "I'm outside conference room 4, what's on now?", at(THU, 13, 20))
    assert {s.id for s in result.sessions} == {"side-finance", "side-youth"}


@pytest.mark.parametrize("question", [
    "opening over? what's up next?",
    "ok the opening is done!! what's happening next",
])
def test_what_just_ended_may_be_asked_as_its_own_question_before_what_follows(
        kb: KnowledgeBase, question: str) -> None:
    asked = schedule.understand(kb, question, at(THU, 10, 20))
    assert asked is not None and asked.intent is schedule.Intent.NEXT
    assert asked.since is not None and asked.since.time() < dt.time(10, 30) < (
        asked.since + dt.timedelta(seconds=2)).time()


def test_a_heading_naming_an_item_only_says_who_asks_what_is_on_now(index: MatchIndex) -> None:
    # Read in the time12 set: the heading's "lunch" kept the question off the programme.
    result = answer(index, "Volunteer at the lunch desk: which side events are on right now?",
                    at(THU, 13, 30))
    assert {s.id for s in result.sessions} == {"side-finance", "side-youth"}
    # Without a "now", a heading that names an item still asks about it.
    assert schedule._heading("Catering for the reception on Thursday evening: "
                             "how many guests?") is None


@pytest.mark.parametrize(("question", "moment"), [
    ("Has the Conference Room 4 event begun?", at(THU, 13, 10)),  # not yet: the next
    ("has the event in conference room 4 started?", at(THU, 13, 30)),  # on now
    ("is the one in conference room 4 over yet?", at(THU, 14, 40)),  # the last today
])
def test_the_state_of_a_rooms_item_is_asked_by_the_room(
    index: MatchIndex, question: str, moment: dt.datetime,
) -> None:
    # Read in the time12 and time13 sets: named by its room alone, the item got no answer.
    assert answer(index, question, moment).item_id == "side-youth"


@pytest.mark.parametrize("question", [
    "I only arrive on Friday. What's on that day?",
    "Our minister lands on Friday. Is anything on the same day?",
])
def test_that_day_is_the_day_the_story_names(kb: KnowledgeBase, question: str) -> None:
    # Not the first day of the programme, which the clause alone would list.
    asked = schedule.understand(kb, question, at(THU, 9, 0) - dt.timedelta(days=1))
    assert asked is not None and asked.intent is schedule.Intent.DAY and asked.day == FRI


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("what time should I arrive tomorrow", dt.date(2018, 6, 29)),
        ("anything tonight?", dt.date(2018, 6, 28)),
        ("what did I miss this morning", dt.date(2018, 6, 28)),
        ("where was it yesterday", dt.date(2018, 6, 27)),
        ("what time should I arrive on friday", None),  # a weekday: the decision reads it
        ("what time should I arrive", None),
    ],
)
def test_a_day_named_relative_to_the_moment_asked(question: str, day: dt.date | None) -> None:
    thursday_afternoon = dt.datetime(2018, 6, 28, 17, 30, tzinfo=dt.UTC)
    assert schedule.relative_day(KB, question, thursday_afternoon) == day


BUNDLED_INDEX = load_faq(Path(__file__).resolve().parents[2] / "faq" / "conference.yaml",
                         None).index


@pytest.mark.parametrize(
    ("question", "hour", "lead"),
    [
        # a meal "still being served" is whether its session is still on
        ("is lunch still being served?", 14, "Lunch break (Thursday) is under way"),
        ("are they still serving lunch?", 14, "Lunch break (Thursday) is under way"),
        ("is the cafeteria still serving lunch", 11, "Lunch break (Thursday) starts at 13:00"),
        # asked after today's: today's is over, not tomorrow's card without a word
        ("is lunch still on", 16, "Lunch break (Thursday) ended at 15:00."),
        ("has lunch finished?", 16, "Lunch break (Thursday) ended at 15:00."),
        ("is lunch still being served?", 16, "Lunch break (Thursday) ended at 15:00."),
    ],
)
def test_a_meal_still_served_or_over_is_todays_and_says_where_it_stands(
    question: str, hour: int, lead: str
) -> None:
    thursday = dt.datetime(2018, 6, 28, hour + 4, 0, tzinfo=dt.UTC)  # New York time + 4
    result = answer(BUNDLED_INDEX, question, thursday)
    assert result.item_id == "lunch-day1"
    assert (result.text or "").startswith(lead)


def test_when_is_lunch_after_todays_is_tomorrows() -> None:
    thursday_afternoon = dt.datetime(2018, 6, 28, 20, 0, tzinfo=dt.UTC)
    assert answer(BUNDLED_INDEX, "when is lunch?", thursday_afternoon).item_id == "lunch-day2"


def test_is_the_conference_over_asked_after_it_says_it_is() -> None:
    after = dt.datetime(2018, 6, 30, 3, 0, tzinfo=dt.UTC)  # Friday 23:00 in New York
    during = dt.datetime(2018, 6, 28, 19, 0, tzinfo=dt.UTC)
    over = answer(BUNDLED_INDEX, "is the conference over?", after)
    assert over.item_id == "closing-session"
    assert (over.text or "").startswith("The conference is over: it ran on Thursday 28 June")
    still = answer(BUNDLED_INDEX, "is the conference over?", during)
    assert still.item_id == "closing-session"
    assert (still.text or "").startswith(
        "The conference is under way: it ends with **Closing session**")


@pytest.mark.parametrize(("moment", "session", "lead"), [
    (dt.datetime(2018, 6, 27, 14, 0, tzinfo=dt.UTC), "opening-session",
     "The conference has not started yet"),
    (dt.datetime(2018, 6, 29, 20, 0, tzinfo=dt.UTC), "closing-session",
     "The conference is under way"),
    (dt.datetime(2018, 6, 30, 14, 0, tzinfo=dt.UTC), "closing-session",
     "The conference is over"),
])
@pytest.mark.parametrize("question", [
    "is the conference still going?",
    "has the conference started yet",
    "Has the conference finished for good now?",
])
def test_whether_the_conference_is_on_is_answered_with_the_clock(
    question: str, moment: dt.datetime, session: str, lead: str,
) -> None:
    # Before the first day, on the last afternoon, the day after: the same questions.
    result = answer(BUNDLED_INDEX, question, moment)
    assert result.from_an_entry and result.item_id == session
    assert (result.text or "").startswith(lead)


def test_whether_it_is_over_without_the_gathering_named_is_not_the_conference_s(
    kb: KnowledgeBase,
) -> None:
    # "It" may be a session spoken of: not read as the whole conference.
    asked = schedule.understand(kb, "is it still going?", at(THU, 10, 15))
    assert asked is None or asked.intent is not schedule.Intent.ON


@pytest.mark.parametrize("question", [
    "what did i miss",
    "What have I missed so far?",
    "what was on earlier today",
    "what's been on today so far",
])
def test_what_one_missed_is_todays_programme_not_a_lost_badge(question: str) -> None:
    thursday_afternoon = dt.datetime(2018, 6, 28, 20, 30, tzinfo=dt.UTC)
    result = answer(BUNDLED_INDEX, question, thursday_afternoon)
    assert result.item_id == "programme-overview"
    assert (result.text or "").startswith("Thursday 28 June 2018")


def test_a_badge_lost_before_what_did_i_miss_is_still_the_lost_badge() -> None:
    thursday_afternoon = dt.datetime(2018, 6, 28, 20, 30, tzinfo=dt.UTC)
    reply = answer(BUNDLED_INDEX, "i lost my badge, what did i miss", thursday_afternoon)
    assert reply.item_id == "lost-badge"


@pytest.mark.parametrize(("question", "item"), [
    # a part of every day, listed across the days: the programme's entry
    ("what time do things kick off in the mornings?", "programme-overview"),
    ("what's on in the afternoons?", "programme-overview"),
    # a part of one day: its first main session, as before
    ("what's on this afternoon?", "session-2-ftf"),
])
def test_a_part_of_every_day_goes_by_the_programme_entry_a_part_of_one_day_by_its_session(
    question: str, item: str,
) -> None:
    thursday_morning = dt.datetime(2018, 6, 28, 13, 0, tzinfo=dt.UTC)
    result = answer(BUNDLED_INDEX, question, thursday_morning)
    assert result.from_an_entry and result.item_id == item


@pytest.mark.parametrize("question", [
    "is the forum still going?", "has the consultation started yet", "is the summit over now?",
])
def test_whether_the_gathering_is_on_is_read_whatever_its_own_word(
    kb: KnowledgeBase, question: str
) -> None:
    # Not only "the conference": the word another organiser's file calls its event.
    asked = schedule.understand(kb, question, at(THU, 11, 0))
    assert asked is not None and asked.intent is schedule.Intent.ON


@pytest.mark.parametrize(("question", "programme"), [
    # the event's history: no programme question (it was the first item on Thursday)
    ("is this the first conference of its kind?", False),
    ("Has there ever been a conference like this before, or is this the first one?", False),
    ("is it really the first summit of heads of agencies?", False),
    # the programme's first item, as before
    ("Please what is the first meeting this morning?", True),
    ("what is the first conference session tomorrow?", True),
    ("when does the first one start", True),
])
def test_the_first_of_its_kind_is_the_event_s_history_not_the_first_item(
    kb: KnowledgeBase, question: str, programme: bool
) -> None:
    assert (schedule.understand(kb, question, at(THU, 9, 0)) is not None) is programme


@pytest.mark.parametrize(("question", "session"), [
    ("is session 4 after lunch", "session-4-un-support"),
    ("is Session III before lunch?", "session-3-pve"),
    ("is lunch after session 3?", "lunch-day2"),
    ("is session 3 before the closing?", "session-3-pve"),
])
def test_whether_a_named_session_is_before_or_after_another_is_its_card(
    question: str, session: str
) -> None:
    # Asked on the Thursday afternoon: not what comes after or before today's lunch
    # ("Next: Session II", Thursday's morning listing), but the card, which gives the time.
    thursday_afternoon = dt.datetime(2018, 6, 28, 20, 0, tzinfo=dt.UTC)
    result = answer(BUNDLED_INDEX, question, thursday_afternoon)
    assert result.from_an_entry and result.item_id == session


def test_what_comes_after_a_session_is_still_what_comes_after_it(kb: KnowledgeBase) -> None:
    asked = schedule.understand(kb, "is there anything after the opening?", at(THU, 9, 0))
    assert asked is not None and asked.intent is not schedule.Intent.STATUS


@pytest.mark.parametrize("question", [
    "are we running on time?", "is everything on schedule", "are things running late?",
])
def test_whether_the_programme_keeps_to_time_is_the_state_of_what_is_on(
    index: MatchIndex, question: str
) -> None:
    # During Session I: its card, whose first line says where it stands.
    result = answer(index, question, at(THU, 11, 0))
    assert result.item_id == "session-1"
    assert "under way" in (result.text or "")


def test_whether_the_programme_keeps_to_time_with_several_things_on_lists_them(
    kb: KnowledgeBase,
) -> None:
    # Over lunch two side events run: what is on, not one of them.
    asked = schedule.understand(kb, "are we on time?", at(THU, 13, 30))
    assert asked is not None and asked.intent is schedule.Intent.NOW
