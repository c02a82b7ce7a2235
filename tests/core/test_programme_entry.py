"""A day's whole programme goes by the FAQ's own programme entry, when the file has one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import weakref
from pathlib import Path

import pytest

from bot.core import answering
from bot.core.answering import answer, programme_entry, venue_entry
from bot.core.decision import Decision
from bot.core.features import Candidate
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, ItemKind, Room
from bot.wiring import load_faq
from tests.core.conftest import FRI, KB, THU, at

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
NOON = at(THU, 12, 0)
OUTSIDE = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
PROGRAMME = FaqEntry(
    id="agenda-and-hours", question="What are the conference hours each day?",
    alternates=("Where can I see the agenda?",), keywords=("programme", "schedule"),
    answer="Thursday from 10:00 to 18:00, Friday from 10:00 to 17:00; the full programme "
           "is on the website.",
)


@pytest.fixture(scope="module")
def with_programme() -> MatchIndex:
    return MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PROGRAMME)))


def test_the_programme_entry_is_found_by_what_it_answers_not_by_its_id_or_title(
    with_programme: MatchIndex, index: MatchIndex
) -> None:
    assert programme_entry(with_programme) == "agenda-and-hours"
    assert programme_entry(index) is None  # no entry about the programme


@pytest.mark.parametrize(("question", "found"), [
    ("What does the programme look like?", True),
    ("What does a typical day look like?", False),
])
def test_an_entry_every_probe_finds_unsurely_is_the_programme_entry_if_it_names_it(
    monkeypatch: pytest.MonkeyPatch, question: str, found: bool
) -> None:
    # As in a big file where a terse entry ("What does the programme look like?", no
    # alternates) comes first for every probe, but never confidently.
    entry = FaqEntry(id="overview", question=question, answer="Thursday and Friday.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, entry)))
    top = Candidate("overview", question, frozenset({"overview"}), {})
    unsure = Decision(candidates=(top,), confident=None, confidence=0.6, reason="unsure")
    monkeypatch.setattr(answering, "decide", lambda *_args, **_kw: unsure)
    assert programme_entry(index) == ("overview" if found else None)


def test_an_entry_that_only_mentions_the_programme_is_not_the_programme_entry() -> None:
    documents = FaqEntry(
        id="documents", question="Where do I find the concept note?",
        keywords=("concept note", "documents"),
        answer="The concept note and the list of participants are on the website.",
    )
    assert programme_entry(MatchIndex.build(dataclasses.replace(
        KB, faq=(*KB.faq, documents)))) is None


def test_a_documents_entry_listing_the_agenda_does_not_hide_the_programme_entry() -> None:
    # In this terse file "agenda" alone is closest to the documents entry, which lists it
    # among its keywords; the other probes find the programme's own entry.
    index = load_faq(FIXTURES / "abuja_judicial.yaml", None).index
    tops = [answering._looked_up(index, probe).candidates[0].item_id
            for probe in answering._PROGRAMME_PROBES]
    assert sorted(tops) == ["documents", "programme-overview", "programme-overview"]
    assert programme_entry(index) == "programme-overview"
    assert answer(index, "what's the agenda", OUTSIDE).item_id == "programme-overview"


@pytest.mark.parametrize("question", ["what's on friday?", "whats the agenda for thursday"])
def test_a_days_whole_programme_goes_by_the_programme_entry(
    with_programme: MatchIndex, question: str
) -> None:
    result = answer(with_programme, question, OUTSIDE)
    assert result.answered
    assert result.kind is ItemKind.SCHEDULE  # still the day's listing, in the day's detail
    assert result.item_id == "agenda-and-hours"
    assert result.best_id == "agenda-and-hours"


@pytest.mark.parametrize("question", ["full agenda pls", "the complete schedule?",
                                      "entire programme please", "overall timetable"])
def test_the_whole_programme_asked_for_in_full_is_answered_under_the_programme_entry(
    with_programme: MatchIndex, question: str
) -> None:
    result = answer(with_programme, question, NOON)
    assert result.answered
    assert result.item_id == "agenda-and-hours"


def test_without_a_programme_entry_the_whole_programme_is_still_listed(
    index: MatchIndex,
) -> None:
    result = answer(index, "the complete schedule?", NOON)
    assert result.answered
    assert result.item_id == "opening"


def test_the_days_listing_still_shows_its_sessions(with_programme: MatchIndex) -> None:
    result = answer(with_programme, "what's on thursday?", OUTSIDE)
    assert [s.id for s in result.sessions][:2] == ["opening", "session-1"]
    assert "Opening session" in (result.text or "")


@pytest.mark.parametrize("question", [
    "what time does it finish each day?", "what time does the conference start every day?",
    "when does everything end on both days?"])
def test_the_start_or_end_of_every_day_is_the_programme_entrys_not_the_last_days(
    with_programme: MatchIndex, question: str,
) -> None:
    result = answer(with_programme, question, OUTSIDE)
    assert result.answered
    assert result.item_id == "agenda-and-hours"


def test_the_start_or_end_of_every_day_without_a_programme_entry_lists_each_day(
    index: MatchIndex,
) -> None:
    result = answer(index, "what time does it finish each day?", OUTSIDE)
    assert result.answered
    assert {s.day for s in result.sessions} == {THU, FRI}


@pytest.mark.parametrize("question", [
    "how many days does the conference last?", "what's on day 3 of the conference?"])
def test_the_conferences_length_goes_by_the_programme_entry(
    with_programme: MatchIndex, question: str,
) -> None:
    result = answer(with_programme, question, OUTSIDE)
    assert result.item_id == "agenda-and-hours"
    assert "The conference ends with **Closing session** on Friday 29 June" in (
        result.text or "")


def test_that_nothing_is_on_goes_by_the_programme_entry_or_the_rooms(
    with_programme: MatchIndex,
) -> None:
    nothing = answer(with_programme, "what's on at 11pm on thursday?", OUTSIDE)
    assert nothing.answered and nothing.item_id == "agenda-and-hours"
    assert "Nothing is scheduled" in (nothing.text or "")
    assert nothing.nothing_on and not nothing.from_an_entry  # ``ask --json``: unanswered
    # A room the programme holds nothing in: the room's own entry.
    assert KB.venue is not None
    venue = dataclasses.replace(
        KB.venue, rooms=(*KB.venue.rooms, Room("bilateral-rooms", "Bilateral meeting rooms")))
    index = MatchIndex.build(dataclasses.replace(KB, venue=venue, faq=(*KB.faq, PROGRAMME)))
    in_a_room = answer(index, "what's on in the bilateral meeting rooms tomorrow?",
                       at(THU, 9, 0))
    assert in_a_room.answered and in_a_room.item_id == "bilateral-rooms"


def test_without_a_programme_entry_a_days_listing_goes_by_its_first_session(
    index: MatchIndex,
) -> None:
    assert answer(index, "what's on friday?", OUTSIDE).item_id == "session-3"


@pytest.mark.parametrize(
    ("question", "moment", "expected"),
    [
        ("what's on now?", at(THU, 11, 0), {"session-1"}),
        ("what's next?", at(THU, 11, 0), {"side-youth", "side-finance"}),  # both at 13:15
        ("what time does thursday wrap up", NOON, {"session-2"}),
        ("what's on in the ECOSOC chamber on friday", OUTSIDE, {"session-3"}),
        ("what's on friday at 16:30", OUTSIDE, {"closing"}),
    ],
)
def test_live_first_last_one_room_and_one_time_listings_keep_their_sessions_ids(
    with_programme: MatchIndex, question: str, moment: dt.datetime, expected: set[str]
) -> None:
    assert answer(with_programme, question, moment).item_id in expected


def test_the_entries_worked_out_per_index_let_the_index_go_with_a_reload() -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PROGRAMME)))
    assert programme_entry(index) == "agenda-and-hours"
    assert venue_entry(index) == "getting-there"
    gone = weakref.ref(index)
    del index
    gc.collect()
    assert gone() is None


def test_a_lunchtime_listing_goes_by_what_it_lists_first_not_the_programme_entry(
    with_programme: MatchIndex,
) -> None:
    # Lunchtime holds no main session: the listing is its side events, under the first.
    result = answer(with_programme, "what's happening on thursday over lunchtime?", OUTSIDE)
    assert result.answered
    assert {s.id for s in result.sessions} == {"side-youth", "side-finance"}
    assert result.item_id == result.sessions[0].id


_HOTEL_VENUE = dataclasses.replace(
    KB,
    conference=dataclasses.replace(KB.conference, short_name="Lagoon Workshop 2024"),
    venue=dataclasses.replace(KB.venue, name="Hotel Lagune Bleue, Conference Wing")
    if KB.venue else None,
    faq=(
        FaqEntry(id="hotels", question="Which hotels do you recommend?",
                 keywords=("hotel", "accommodation"),
                 answer="A block of rooms is held at the Hotel Lagune Bleue, where the "
                        "workshop is, at a reduced rate until 1 September."),
        FaqEntry(id="venue-location", question="Where is the workshop held?",
                 keywords=("venue", "address", "location"),
                 answer="In the conference wing of the hotel on Boulevard du Mono: turn "
                        "left after the lobby."),
    ),
)


def test_a_venue_named_like_another_entrys_subject_still_finds_the_directions_entry() -> None:
    # Seen on an invented file: the venue is a hotel's conference wing, so the lookup by
    # its name found the hotels entry and "where is the workshop taking place?" got the
    # closing ceremony's card.
    index = MatchIndex.build(_HOTEL_VENUE)
    assert venue_entry(index) == "venue-location"
    assert answer(index, "where is the workshop taking place?", OUTSIDE).item_id == (
        "venue-location")


@pytest.mark.parametrize(
    ("question", "moment", "offered"),
    [
        ("what's on now?", at(THU, 14, 45), ("session-2",)),  # between two items
        ("anything on right now?", at(THU, 7, 0), ("opening",)),  # before the day's first
        ("anything else on tonight?", at(THU, 19, 0), ("session-3",)),  # tomorrow's first
        ("what's on now?", at(FRI, 18, 0), ("closing",)),  # the conference is over
        ("what's on at 11pm on thursday?", at(THU, 9, 0), ()),
    ],
)
def test_nothing_on_at_the_moment_asked_is_said_but_is_no_entrys_answer(
    index: MatchIndex, question: str, moment: dt.datetime, offered: tuple[str, ...]
) -> None:
    result = answer(index, question, moment)
    assert result.answered and result.nothing_on and not result.from_an_entry
    assert result.next_ids[:1] == offered


@pytest.mark.parametrize(
    ("question", "moment", "session"),
    [
        ("what's next?", at(THU, 14, 45), "session-2"),  # what comes next is asked
        ("what's on now?", at(THU, 11, 0), "session-1"),
        ("is there a side event on now?", at(THU, 15, 30), "side-youth"),  # ended at 14:30
    ],
)
def test_a_session_that_answers_the_moment_asked_is_an_entrys_answer(
    index: MatchIndex, question: str, moment: dt.datetime, session: str
) -> None:
    result = answer(index, question, moment)
    assert result.from_an_entry and not result.nothing_on and not result.next_ids
    assert result.item_id == session


@pytest.mark.parametrize("question", ["what is on right now? and is there wifi?",
                                      "Is there wifi? And what is on right now?"])
def test_a_part_answered_beside_nothing_on_is_the_answers_entry(
    index: MatchIndex, question: str
) -> None:
    # Between two items: "nothing is on right now" is said, and no part of the answer.
    result = answer(index, question, at(THU, 14, 45))
    assert result.from_an_entry and result.item_id == "wifi"
    assert [p.id for p in result.parts] == ["wifi"] and not result.also_ids


@pytest.mark.parametrize(
    "question",
    ["Где проходит конференция?", "会议在哪里举行？", "¿Dónde es la conferencia?",
     "Où se tient la conférence ?"],
)
def test_where_the_event_is_asked_in_another_language_is_the_directions_entry(
    question: str,
) -> None:
    # Read "where held conference?", as the English question finds it.
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PROGRAMME)))
    assert answer(index, question, OUTSIDE).item_id == venue_entry(index) == "getting-there"


@pytest.mark.parametrize(
    "question",
    # where to buy cheap cosmetics in New York; where the film is shown
    ["纽约哪里买化妆品比较便宜？", "Où est la projection du documentaire ?"],
)
def test_a_place_asked_in_another_language_of_a_thing_its_reading_left_out_is_not_the_venue(
    question: str,
) -> None:
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, PROGRAMME)))
    assert answer(index, question, OUTSIDE).item_id != "getting-there"
