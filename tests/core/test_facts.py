"""The kind of fact a question asks for, and the kinds an entry states."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.core import facts
from bot.core.facts import Fact
from bot.core.models import FaqEntry, Room, Session, Theme
from tests.core.conftest import KB, THU


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("when does registration close", Fact.TIME),
        ("what day is the reception", Fact.TIME),
        ("what time does the cafe open", Fact.CLOCK),
        ("opening hours of the pass office?", Fact.CLOCK),
        ("until what hour is somebody at the desk", Fact.CLOCK),
        ("at what hour does the first session begin", Fact.CLOCK),
        ("where is the conference held", Fact.PLACE),
        ("which floor is the ECOSOC chamber on", Fact.PLACE),
        ("in which building is the ECOSOC chamber situated", Fact.PLACE),
        # a room, however named
        ("the critical infrastructure one. Which conference room?", Fact.PLACE),
        ("what meeting room is the briefing in", Fact.PLACE),
        ("who is speaking at the opening", Fact.PERSON),
        ("who is the rapporteur for breakout B", Fact.PERSON),
        ("who is the deputy executive director of CTED", Fact.PERSON),
        ("who's the acting head of the office", Fact.PERSON),
        ("names of the panelists?", Fact.PERSON),
        ("what is the name of the moderator", Fact.PERSON),
        # the name of a place or a thing is no person asked for
        ("what is the name of the venue", Fact.NONE),
        ("whats the name of the congress centre", Fact.NONE),
        ("name of the wifi network?", Fact.NONE),
        ("who designed the ECOSOC chamber", Fact.PERSON),
        ("who founded UNOCT and when", Fact.PERSON | Fact.TIME),
        ("how much is a taxi from JFK", Fact.PRICE),
        ("is there a registration fee", Fact.PRICE),
        ("does UNOCT pay for our flights", Fact.PRICE),
        # an allowance's amount or rate is a price; an amount of time is not
        ("what is the exact DSA amount per day", Fact.PRICE),
        ("what is the per diem rate for New York", Fact.PRICE),
        ("the exact amount of time for statements?", Fact.NONE),
        # a charge, a rate or a discount is a price; charging a phone is not
        ("is there a charge for the cloakroom?", Fact.PRICE),
        ("do they charge per coat", Fact.PRICE),
        ("is there a discounted room rate for participants", Fact.PRICE),
        ("what's the euro to dollar exchange rate today", Fact.PRICE),
        ("which hotel has the cheapest rooms", Fact.PRICE),
        ("where can I charge my phone", Fact.PLACE),
        ("who is in charge of the cloakroom", Fact.NONE),
        # free of charge asked at the end of a yes/no question; not free as in not taken
        ("Is the cloakroom free?", Fact.PRICE),
        ("is parking free of charge", Fact.PRICE),
        ("can I get the photos for free", Fact.PRICE),
        ("are you free at 3", Fact.NONE),
        ("is conference room 2 free now", Fact.NONE),
        ("is there free wifi", Fact.NONE),
        ("how many seats in room 4", Fact.COUNT),
        ("phone number of the help desk?", Fact.PHONE),
        ("what is the email for the press office", Fact.EMAIL),
        ("who do I contact about my badge", Fact.CONTACT),
        ("why is this conference being held", Fact.REASON),
        ("how old is the executive director", Fact.AGE),
        ("what did the Secretary-General say in his opening speech", Fact.SAID),
        ("what was agreed in the closed session", Fact.SAID),
        ("what exactly did the chair say at the end", Fact.SAID),
        ("is there an age limit for the youth event", Fact.NONE),
        ("is there wifi", Fact.NONE),
        ("can I bring my suitcase", Fact.NONE),
        ("how much time do I need for security", Fact.NONE),
        # how much longer something lasts asks when it ends, not a price
        ("how much longer does this session go on", Fact.TIME),
        ("who is in charge of the help desk", Fact.NONE),
        # the person who presides; an address is a place, unless it is a speech or an email
        ("who is presiding over the first session", Fact.PERSON),
        ("who gives the opening address", Fact.PERSON),
        ("who will address the assembly", Fact.NONE),
        ("what is the email address of the help desk", Fact.EMAIL),
        ("whats the address of the venue", Fact.PLACE),
        ("address pls", Fact.PLACE),
        # a "when" that joins clauses asks no time; one after a verb of knowing does
        ("what hashtag should i use when tweeting about this", Fact.NONE),
        ("how do I get in when I come late?", Fact.NONE),
        ("can I bring food when attending the session?", Fact.NONE),
        ("could you tell me when the opening is?", Fact.TIME),
        ("do you know when lunch is", Fact.TIME),
        ("is the webcast available, and when?", Fact.TIME),
        ("the closing, when is it", Fact.TIME),
        ("When does it start and where?", Fact.TIME | Fact.PLACE),
    ],
)
def test_the_question_words_say_what_kind_of_fact_is_asked(question: str, kinds: Fact) -> None:
    assert facts.asked(question) == kinds


@pytest.mark.parametrize(
    ("answer", "has", "lacks"),
    [
        ("Open from 08:00 to 18:00 on both days.", Fact.CLOCK | Fact.TIME, Fact.PRICE),
        ("On Thursday morning.", Fact.TIME, Fact.CLOCK),
        ("A taxi costs about $52 plus tolls.", Fact.PRICE, Fact.PERSON),
        # a currency's code or name, before or after the sum
        ("Rate USD 138 single per night.", Fact.PRICE, Fact.PERSON),
        ("A day pass is 1,500 KES.", Fact.PRICE, Fact.PERSON),
        ("We are 4 francophone delegations.", Fact.COUNT, Fact.PRICE),
        ("Participation is free of charge.", Fact.PRICE, Fact.PLACE),
        ("Write to press@example.org.", Fact.EMAIL | Fact.CONTACT, Fact.PHONE),
        ("Call +1 212 555 0100.", Fact.PHONE | Fact.CONTACT, Fact.EMAIL),
        ("In the General Assembly Building lobby.", Fact.PLACE, Fact.TIME),
        ("Chaired by the Executive Director of CTED.", Fact.PERSON, Fact.COUNT),
        ("More than 1,000 participants from 150 Member States.", Fact.COUNT, Fact.CLOCK),
        ("Yes, it is webcast.", Fact.NONE, Fact.PLACE | Fact.TIME | Fact.PRICE),
        ("Participants must be 18 years old or over.", Fact.AGE, Fact.SAID),
        ("Statements are posted on the website after delivery.", Fact.NONE, Fact.SAID | Fact.AGE),
        ("The Secretary-General stressed the role of victims.", Fact.SAID, Fact.AGE),
        # a duration spelt out, a month, a year
        ("Please keep interventions to about three minutes.", Fact.TIME, Fact.PLACE),
        ("The report is published within a few weeks.", Fact.TIME, Fact.PLACE),
        ("The office was established in 2017.", Fact.TIME, Fact.PLACE),
        ("Nominations close in March.", Fact.TIME, Fact.PLACE),
        # "may" the verb is not the month
        ("You may bring a laptop.", Fact.NONE, Fact.TIME),
        # an online place answers "where can I watch / download it"
        ("Watch it on https://webtv.un.org after the event.", Fact.PLACE, Fact.PRICE),
        ("Slides are on the conference website.", Fact.PLACE, Fact.PRICE),
        ("Smoking is allowed only outside, in the courtyard.", Fact.PLACE, Fact.TIME),
        # an organiser is not who chairs or speaks: "who is chairing the side event?"
        ("A side event organised by the Permanent Mission of Norway.", Fact.NONE, Fact.PERSON),
    ],
)
def test_an_entry_states_the_kinds_of_fact_its_text_holds(
    answer: str, has: Fact, lacks: Fact
) -> None:
    held = facts.held(KB, FaqEntry(id="x", question="Question?", answer=answer))
    assert held & has == has
    assert not held & lacks


def test_a_session_states_its_time_and_place_and_its_speakers_when_it_has_some() -> None:
    bare = Session(id="s", title="Workshop", day=THU, start=dt.time(10), end=dt.time(11),
                   room="ga-hall")
    assert facts.held(KB, bare) & (Fact.TIME | Fact.CLOCK | Fact.PLACE) == (
        Fact.TIME | Fact.CLOCK | Fact.PLACE)
    assert not facts.held(KB, bare) & Fact.PERSON
    speaking = Session(id="s", title="Workshop", day=THU, start=dt.time(10),
                       end=dt.time(11), room="ga-hall", speakers=("A. Person",))
    assert facts.held(KB, speaking) & Fact.PERSON


def test_a_room_states_a_place() -> None:
    assert facts.held(KB, Room("r", "Conference Room 9")) & Fact.PLACE


def test_an_entry_naming_one_of_the_files_own_places_states_a_place() -> None:
    """"Use the far end of the Terrasse des Jasmins" says where, in no English word for
    a place: the file names it as one of its rooms."""
    assert KB.venue is not None
    terrace = Room("jasmins", "Terrasse des Jasmins")
    kb = replace(KB, venue=replace(KB.venue, rooms=(*KB.venue.rooms, terrace)))
    entry = FaqEntry(id="x", question="Where can I smoke?",
                     answer="Use the far end of the Terrasse des Jasmins.")
    assert facts.held(kb, entry) & Fact.PLACE
    assert not facts.held(KB, entry) & Fact.PLACE
    named_venue = FaqEntry(id="y", question="Is there a bank?",
                           answer="Yes, inside United Nations Headquarters.")
    assert facts.held(KB, named_venue) & Fact.PLACE


def test_a_room_with_sessions_states_their_times() -> None:
    room = KB.room("conf-room-4")
    assert room is not None
    assert facts.held(KB, room) & Fact.CLOCK
    assert not facts.held(KB, Room("r", "Conference Room 9")) & (Fact.TIME | Fact.CLOCK)


def test_a_theme_with_sessions_states_their_time_and_place_and_one_without_none() -> None:
    """Its answer lists its sessions with day, time and room: "when is the FTF session"
    is answered by the theme as well as by the session."""
    with_sessions = next(t for t in KB.themes if t.id == "theme-ftf")
    assert facts.held(KB, with_sessions) & (Fact.TIME | Fact.CLOCK | Fact.PLACE) == (
        Fact.TIME | Fact.CLOCK | Fact.PLACE)
    alone = Theme(id="theme-alone", title="Cooperation", summary="Working together.")
    assert not facts.held(KB, alone) & (Fact.TIME | Fact.CLOCK | Fact.PLACE)


@pytest.mark.parametrize(
    ("question", "entry", "echoed"),
    [
        # named by the word the entry itself uses: the entry speaks to it
        ("certificate for my travel reimbursement?", "useful for travel reimbursement",
         Fact.PRICE),
        ("what's the capacity of room 2", "capacity is limited, come early", Fact.COUNT),
        ("is there a per diem", "no per diem is paid to participants", Fact.PRICE),
        # asked with a question word: only a stated amount or number will do
        ("how much is the reimbursement", "ask about reimbursement at the desk", Fact.NONE),
        ("how much is the taxi", "taxis wait outside", Fact.NONE),
        ("how many people fit", "many people come early", Fact.NONE),
        # a named word the entry never uses
        ("what are the fees", "registration is open until friday", Fact.NONE),
    ],
)
def test_a_price_or_count_named_by_a_word_the_entry_uses_is_echoed(
    question: str, entry: str, echoed: Fact
) -> None:
    assert facts.echoed(facts.named(question), entry) == echoed
