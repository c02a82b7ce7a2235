"""A small conference built in Python: the core is tested without YAML or I/O."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.matching import MatchIndex
from bot.core.models import Conference, FaqEntry, KnowledgeBase, Room, Session, Theme, Venue
from bot.wiring import load_faq

NEW_YORK = ZoneInfo("America/New_York")
THU = dt.date(2018, 6, 28)
FRI = dt.date(2018, 6, 29)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in New York time."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=NEW_YORK)


def t(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def session(id_: str, title: str, day: dt.date, start: str, end: str, room: str,
            **extra: object) -> Session:
    return Session(id=id_, title=title, day=day, start=t(start), end=t(end), room=room,
                   **extra)  # type: ignore[arg-type]


FAQ = (
    FaqEntry(
        id="wifi", question="Is there wifi?", alternates=("What is the wifi password?",),
        keywords=("wifi", "internet", "password"), category="venue",
        answer="Yes: join the network UN-Guest; the password is on the back of your badge.",
    ),
    FaqEntry(
        id="badge-pickup", question="Where do I pick up my badge?",
        alternates=("When is the pass office open?",), keywords=("badge", "accreditation"),
        answer="Badges are issued at the Pass and ID Office, 801 First Avenue, from 07:30. "
               "Bring your passport.",
    ),
    FaqEntry(
        id="lost-badge", question="What do I do if I lose my badge?",
        keywords=("lost badge", "replacement"),
        answer="Report it to UN security at once; a replacement is issued at the Pass Office.",
    ),
    FaqEntry(
        id="hotels", question="Can you recommend a hotel?",
        alternates=("Does the UN pay for accommodation?",), keywords=("hotel", "accommodation"),
        answer="Delegations book and pay for their own hotels; Midtown East is close by.",
    ),
    FaqEntry(
        id="getting-there", question="How do I get to the UN?",
        alternates=("Directions from the airport",), keywords=("subway", "taxi", "airport"),
        answer="Take the subway to Grand Central, then walk east on 42nd Street. From JFK a "
               "taxi takes about an hour.",
    ),
    FaqEntry(
        id="interpretation", question="Will there be interpretation?",
        alternates=("Which languages are available?",), keywords=("languages", "headset"),
        answer="Plenary sessions are interpreted into the six official UN languages.",
    ),
    FaqEntry(
        id="dress-code", question="What is the dress code?", keywords=("attire", "uniform"),
        answer="Business attire. Uniforms may be worn.",
    ),
    FaqEntry(
        id="webcast", question="Is the conference webcast?",
        alternates=("Can I watch online?",), keywords=("livestream", "UN Web TV"),
        answer="The opening and closing are webcast live on UN Web TV.",
    ),
)

THEMES = (
    Theme(id="theme-ftf", title="Foreign terrorist fighters",
          summary="Returning and relocating foreign terrorist fighters and border security.",
          keywords=("FTF", "returnees")),
    Theme(id="theme-pve", title="Preventing violent extremism",
          summary="Prevention, youth and communities.", keywords=("PVE", "youth")),
)

SESSIONS = (
    session("opening", "Opening session", THU, "10:00", "10:30", "ga-hall",
            speakers=("António Guterres, Secretary-General",), alternates=("opening ceremony",)),
    session("session-1", "Session I: Sharing information", THU, "10:30", "13:00", "ga-hall"),
    session("side-youth", "Side event: Reaching young people", THU, "13:15", "14:30",
            "conf-room-4", theme="theme-pve"),
    session("side-finance", "Side event: Following the money", THU, "13:15", "14:30",
            "conf-room-1"),
    session("session-2", "Session II: Foreign terrorist fighters", THU, "15:00", "18:00",
            "ga-hall", theme="theme-ftf", alternates=("FTF session",)),
    session("session-3", "Session III: Preventing violent extremism", FRI, "10:00", "13:00",
            "ecosoc", theme="theme-pve"),
    session("closing", "Closing session", FRI, "16:00", "17:00", "ga-hall",
            speakers=("Vladimir Voronkov, Under-Secretary-General",)),
)

VENUE = Venue(
    name="United Nations Headquarters", address="405 East 42nd Street, New York",
    rooms=(
        Room("ga-hall", "General Assembly Hall", "General Assembly Building"),
        Room("conf-room-1", "Conference Room 1"),
        Room("conf-room-4", "Conference Room 4"),
        Room("ecosoc", "Economic and Social Council Chamber", "Conference Building, 2nd floor"),
    ),
)

KB = KnowledgeBase(
    conference=Conference(name="High-Level Conference on Counter-Terrorism",
                          timezone="America/New_York", dates=(THU, FRI)),
    venue=VENUE, themes=THEMES, sessions=SESSIONS, faq=FAQ,
)


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KB


@pytest.fixture(scope="session")
def index() -> MatchIndex:
    return MatchIndex.build(KB)


def index_with(*entries: FaqEntry) -> MatchIndex:
    """The small conference's index, its FAQ with ``entries`` added: how a reader's
    lookup fares on a file that has (or lacks) an entry of one kind."""
    return MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, *entries)))


@pytest.fixture(scope="module")
def bundled_index() -> MatchIndex:
    """The bundled FAQ's index (``faq/conference.yaml``), built once per module."""
    return load_faq(Path(__file__).resolve().parents[2] / "faq" / "conference.yaml",
                    None).index
