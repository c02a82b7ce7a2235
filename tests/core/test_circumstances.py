"""Words that set the scene, not the question: they count for little
(``bot.core.circumstances``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.answering import answer
from bot.core.circumstances import told_heading
from bot.core.text import tokenize
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"


@pytest.mark.parametrize(("message", "generic"), [
    ("where can i grab an espresso between sessions", True),
    ("is it ok to take pictures during the sessions", True),
    ("can our driver wait until the end of the session", True),
    ("I fly home straight after the last session", True),
    ("can I speak French in the sessions", True),
    # a session named: by its label, by its kind, by its subject
    ("can I take pictures during session 2", False),
    ("what is on after the closing session", False),
    ("is there a session on drones", False),
    ("which session covers drones", False),
    ("during session III", False),
])
def test_sessions_said_as_a_time_of_the_day_count_for_little(
    message: str, generic: bool,
) -> None:
    """"Between sessions" says when, like "in the evening"; "session 2", "the closing
    session", "a session on drones" name the session asked about."""
    said = [t for t in tokenize(message) if t.word in ("session", "sessions")]
    assert said and all(t.generic is generic for t in said)


def test_a_question_asked_between_sessions_is_answered_by_its_topic() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "where can i grab an espresso between sessions",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "food-and-coffee"


@pytest.mark.parametrize(("message", "place"), [
    ("I left my umbrella in conference room 6 yesterday, where would it be now",
     {"conference", "room", "6"}),
    ("lost my badge somewhere near the cafeteria, what now", {"cafeteria"}),
    ("I think I left my badge in the taxi, what do I do now", {"taxi"}),
    ("forgot my charger on the bus", {"bus"}),
    # when, between the thing and the place, is no word of what was lost
    ("i lost my badge yesterday evening at the reception, what do i do now?",
     {"yesterday", "evening", "reception"}),
])
def test_where_a_thing_was_lost_counts_for_little(message: str, place: set[str]) -> None:
    """Where it was lost says where to look; what is asked is the lost thing."""
    generic = {t.word for t in tokenize(message) if t.generic}
    assert place <= generic


@pytest.mark.parametrize("message", [
    "where is conference room 6",
    "is there a lost and found in conference room 6",
    "I lost my way to room 6",
])
def test_a_place_asked_about_is_no_place_of_a_loss(message: str) -> None:
    generic = {t.word for t in tokenize(message) if t.generic}
    assert not {"conference", "room", "6"} & generic


def test_a_thing_lost_in_a_room_is_answered_by_the_lost_property_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "I left my scarf in conference room 6 yesterday, who has it?",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "lost-and-found"


@pytest.mark.parametrize(("message", "base"), [
    ("can my team back home watch the closing live", {"back", "home"}),
    ("my DG back in the capital wants to follow the opening", {"back", "capital"}),
    ("can my boss watch the opening live from our capital?", {"capital"}),
    ("can I follow session 2 from my office on a screen?", {"office"}),
])
def test_where_the_asker_and_their_people_are_counts_for_little(
    message: str, base: set[str],
) -> None:
    """"Back home", "from our capital": where the asker's people watch from, not what
    is asked (the livestream)."""
    assert base <= {t.word for t in tokenize(message) if t.generic}


@pytest.mark.parametrize(("message", "word"), [
    ("is there a shuttle from the hotel", "hotel"),
    ("which session covers the returnees coming back from Syria", "back"),
    ("where is the UNOCT office", "office"),
])
def test_a_place_that_is_asked_about_stays_a_word_asked(message: str, word: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == word] == [False]


@pytest.mark.parametrize(("message", "word"), [
    ("Is there something vegetarian to eat on site?", "site"),
    ("is there a nurse on the premises during the meetings", "premises"),
    ("any onsite garage for participants?", "onsite"),
    ("is there an atm inside the venue", "venue"),
    ("Can I bring my suitcase into the venue on my check-out day?", "venue"),
    ("is smoking allowed at the venues", "venues"),
])
def test_at_the_venue_counts_for_little(message: str, word: str) -> None:
    """"On site" is where every question is asked, not what it asks about."""
    assert [t.generic for t in tokenize(message) if t.word == word] == [True]


@pytest.mark.parametrize(("message", "word"), [
    ("when does the site visit leave", "site"),
    ("where is the site of the conference", "site"),
    ("who owns the premises", "premises"),
    ("how do I get to the venue", "venue"),
    ("what is the venue of the workshop", "venue"),
])
def test_a_site_asked_about_stays_a_word_asked(message: str, word: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == word] == [False]


def test_a_question_asked_on_site_is_answered_by_its_topic() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "I am coeliac, will there be something safe to eat on site?",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "dietary-needs"


@pytest.mark.parametrize("message", [
    "Whats the wifi network called",
    "what is the hashtag called again?",
])
def test_called_asking_for_a_name_counts_for_little(message: str) -> None:
    """"What's X called?" asks X's name, which its entry gives without the word."""
    assert [t.generic for t in tokenize(message) if t.word == "called"] == [True]


@pytest.mark.parametrize("message", [
    "who called this meeting?",
    "is there a session called youth and the internet",
    "what happened, the organisers called me",
])
def test_called_that_says_more_than_a_name_stays_a_word_asked(message: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == "called"] == [False]


def test_what_the_wifi_is_called_is_answered_by_the_wifi_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "what's the wireless called",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "wifi"


@pytest.mark.parametrize(("message", "length"), [
    ("can I book a bilateral room for half an hour on friday", {"half", "hour"}),
    ("We need a small room for 30 min so our head of delegation can meet", {"30", "minutes"}),
    ("is there a quiet room I can use for a couple of hours", {"couple", "hours"}),
])
def test_how_long_the_asker_needs_a_thing_counts_for_little(
    message: str, length: set[str],
) -> None:
    assert length <= {t.word for t in tokenize(message) if t.generic}


@pytest.mark.parametrize("message", [
    "is the lunch break an hour?",
    "how many minutes does each speaker get",
])
def test_a_length_asked_about_stays_a_word_asked(message: str) -> None:
    said = [t for t in tokenize(message) if t.word in ("hour", "minutes")]
    assert said and not any(t.generic for t in said)


@pytest.mark.parametrize(("message", "head"), [
    ("Quick one from a think-tank researcher: does the financing theme cover kidnapping?",
     "Quick one from a think-tank researcher"),
    ("Logistics question from a Permanent Mission: how many people can we bring?",
     "Logistics question from a Permanent Mission"),
    ("Two questions: where do I pick up my badge, and is there wifi?", "Two questions"),
])
def test_a_heading_that_tells_who_asks_is_told_apart_from_the_question(
    message: str, head: str,
) -> None:
    told = told_heading(message)
    assert told is not None and told[0] == head


@pytest.mark.parametrize("message", [
    "General Assembly Hall: which building is it in?",  # the heading names the topic
    "Dress code: what should I wear to the reception?",
    "Quick question: wifi?",  # too short a question after it
    "Is there wifi? asking for a colleague: thanks",  # a question before the colon
])
def test_a_heading_that_names_the_topic_is_no_told_heading(message: str) -> None:
    assert told_heading(message) is None


def test_a_told_headings_words_count_for_little_unless_the_question_says_them() -> None:
    index = load_faq(BUNDLED, None).index
    terms = {t.token.stem: t.token for t in index.query_terms(
        "Protocol question from a photographer: can photographers work at the opening?")}
    assert terms["protocol"].generic
    assert not terms["photograph"].generic  # said again in the question


def test_a_question_after_a_told_heading_is_answered_by_its_topic() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "Two questions: where do I pick up badge, and is there wifi in "
                          "the building?", dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "badge-pickup"


@pytest.mark.parametrize(("message", "thing"), [
    ("my boss just forwarded me the invite with zero context", "invite"),
    ("a colleague sent us the agenda last week, what is this about?", "agenda"),
])
def test_what_the_asker_was_passed_on_counts_for_little(message: str, thing: str) -> None:
    """How the asker heard of the event is not what is asked."""
    assert [t.generic for t in tokenize(message) if t.word == thing] == [True]


@pytest.mark.parametrize(("message", "thing"), [
    ("who sent the invitations?", "invitations"),
    ("can you send me the programme", "programme"),
])
def test_a_thing_sent_that_is_asked_about_stays_a_word_asked(message: str, thing: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == thing] == [False]


@pytest.mark.parametrize("message", [
    "What is the main theme this year?",
    "what's this year's theme",
])
def test_this_year_counts_for_little(message: str) -> None:
    """The year of the meeting asked about is where every question is asked."""
    assert [t.generic for t in tokenize(message) if t.word == "year"] == [True]


@pytest.mark.parametrize("message", [
    "what was the theme last year?",
    "is there a follow-up meeting next year",
    "how many years has UNOCT existed",
])
def test_another_year_stays_a_word_asked(message: str) -> None:
    assert all(not t.generic for t in tokenize(message) if t.word in ("year", "years"))


def test_the_theme_this_year_is_answered_by_the_theme_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "What is the main theme this year?",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "conference-theme"


@pytest.mark.parametrize("message", [
    "left my badge in the taxi last night, help!!",
    "lost my badge at dinner last nite what now",
    "our adviser changed last week, how do we correct the name?",
])
def test_when_the_story_happened_counts_for_little(message: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == "last"] == [True]


def test_yesterday_evening_is_when_the_story_happened() -> None:
    told = {t.word for t in tokenize("the badge I got yesterday morning is broken") if t.scene}
    assert {"yesterday", "morning"} <= told
    # "the morning session" names when the session asked about is, no story
    assert not any(t.scene for t in tokenize("when is the morning session yesterday"))


@pytest.mark.parametrize("message", [
    "can I bring my suitcase on the last day",
    "what time does the last session end",
    "where was the conference held last year",
    "a delegate was replaced at the last minute, how do we change the name",
])
def test_the_last_of_what_is_asked_stays_a_word_asked(message: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == "last"] == [False]


def test_a_badge_lost_last_night_is_answered_by_the_lost_badge_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "Left my pass in the taxi last night!! what do i do now",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "lost-badge"


@pytest.mark.parametrize("message", [
    "Which parts of the programme deal with young people?",
    "anything on terror funding in the programme",
    "Are the times in the agenda Eastern time?",
])
def test_where_in_the_programme_the_asker_looks_counts_for_little(message: str) -> None:
    """The session or theme that answers never says "programme"."""
    assert [t.generic for t in tokenize(message)
            if t.word in ("programme", "agenda")] == [True]


@pytest.mark.parametrize("message", [
    "where can I find the programme",
    "is there a printed programme at the desk?",
    "What was on the agenda of the General Assembly review on Tuesday?",
])
def test_the_programme_asked_for_stays_a_word_asked(message: str) -> None:
    assert [t.generic for t in tokenize(message)
            if t.word in ("programme", "agenda")] == [False]


def test_a_topic_looked_for_in_the_programme_is_answered_by_its_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "Are the times in the programme Eastern time?",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "time-zone"


@pytest.mark.parametrize("message", [
    "what time do the doors open on day 1",
    "How early do the doors open on day one?",
])
def test_which_day_of_the_meeting_counts_for_little(message: str) -> None:
    assert [t.generic for t in tokenize(message) if t.word == "1"] == [True]


@pytest.mark.parametrize("message", [
    "what is on in room 1",
    "is session 1 webcast",
])
def test_a_number_that_is_no_day_stays_a_word_asked(message: str) -> None:
    assert all(not t.generic for t in tokenize(message) if t.word == "1")


def test_the_doors_on_day_one_are_answered_by_the_arrival_entry() -> None:
    index = load_faq(BUNDLED, None).index
    found = answer(index, "How early do the doors open on day one?",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id == "arrival-day1"


def test_scene_words_are_marked_as_the_scene_not_only_as_generic() -> None:
    tokens = {t.word: t for t in tokenize("how do I get to the UN from my hotel")}
    assert tokens["hotel"].scene and tokens["hotel"].generic
    assert not tokens["get"].scene


def test_a_scene_word_fills_no_phrasing_of_an_entry_about_it() -> None:
    # "From my hotel" is where the asker sets out from: the hotels entry's keyword
    # "hotel", covered by it alone, confidently answered a question on the way there.
    index = load_faq(BUNDLED, None).index
    found = answer(index, "how do I get to the UN from my hotel",
                   dt.datetime(2018, 6, 20, 12, 0, tzinfo=dt.UTC))
    assert found.item_id != "hotels" or not found.answered
    assert "getting-there" in {found.item_id, *(s.id for s in found.suggestions)}


@pytest.mark.parametrize(("message", "scene"), [
    ("can I get my pass the day before so I skip the thursday queue", {"skip", "queue"}),
    ("can I collect it on wednesday so I'm not stuck in the queue", {"stuck", "queue"}),
    ("how early should I come so that we don't miss the opening", {"miss", "opening"}),
    ("can I take it a day early, for avoiding the big crowd", {"big", "crowd"}),
    ("when should I arrive to avoid the queue at security", {"queue", "security"}),
])
def test_what_the_asker_would_avoid_counts_for_little(message: str, scene: set[str]) -> None:
    tokens = {t.word: t for t in tokenize(message)}
    assert all(tokens[w].scene for w in scene)


@pytest.mark.parametrize(("message", "word"), [
    ("will sessions be recorded so I can watch later", "watch"),  # a purpose to reach
    ("I fly out friday so I'll have my suitcase with me, can I bring it in", "suitcase"),
    ("so I don't need a visa?", "visa"),  # opening the question: what is asked
    ("is the queue long at security", "queue"),
])
def test_a_purpose_to_reach_or_what_follows_stays_a_word_asked(message: str, word: str) -> None:
    assert not next(t for t in tokenize(message) if t.word == word).scene


def test_a_pass_asked_for_early_to_skip_the_queue_gets_the_badge_entry() -> None:
    index = load_faq(BUNDLED, None).index
    result = answer(index, "Can I get my pass the day before so I skip the Thursday morning "
                           "queue?", dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC))
    assert result.answered and result.item_id == "badge-pickup"
