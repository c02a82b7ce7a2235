"""Stage 2: each candidate described by named features in known ranges."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.facts import Fact, asked
from bot.core.features import FEATURES, asking_alone, asking_sentence, describe, names_in
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, Room
from bot.core.semantic import Similarity
from bot.core.text import counted_item, words
from tests.core.conftest import KB


def test_every_feature_of_every_candidate_is_named_and_in_range(index: MatchIndex) -> None:
    described = describe(index, "where do I pick up my badge on thursday?", Fact.PLACE)
    assert described.candidates
    for candidate in described.candidates:
        assert set(candidate.features) <= set(FEATURES)
        for name, value in candidate.features.items():
            assert -1.0 <= value <= 1.5, (name, value)


def test_the_item_that_covers_the_question_has_the_best_word_score(index: MatchIndex) -> None:
    described = describe(index, "where do I pick up my badge", Fact.PLACE)
    best = max(described.candidates, key=lambda c: c.features["lexical"])
    assert best.item_id == "badge-pickup"
    assert best.features["lexical_top"] == 1.0
    assert best.features["query_coverage"] > 0.8


def test_a_kind_of_fact_the_item_does_not_state_is_flagged(index: MatchIndex) -> None:
    described = describe(index, "how much does the webcast cost", asked(
        "how much does the webcast cost"))
    webcast = next(c for c in described.candidates if c.item_id == "webcast")
    assert webcast.features["fact_missing"] == 1.0


def test_a_word_the_faq_never_uses_counts_as_unknown(index: MatchIndex) -> None:
    plain = describe(index, "is there wifi", Fact.NONE).candidates[0]
    odd = describe(index, "is there wifi for zorblax", Fact.NONE).candidates[0]
    assert plain.features["unknown_share"] == 0.0
    assert odd.features["unknown_share"] > 0.3


def test_a_question_not_in_english_is_flagged_and_its_unknown_words_not_held_against_it(
    index: MatchIndex,
) -> None:
    described = describe(index, "¿Dónde recojo mi acreditación?", Fact.NONE,
                         {"badge-pickup": Similarity(0.9, 0.85), "wifi": Similarity(0.7, 0.7)})
    best = described.candidates[0]
    assert best.features["foreign"] == 1.0
    assert best.features["unknown_share"] == 0.0


def test_semantic_features_appear_only_with_similarities(index: MatchIndex) -> None:
    words = describe(index, "is there wifi", Fact.NONE)
    assert not any("semantic" in name for c in words.candidates for name in c.features)
    meaning = describe(index, "is there wifi", Fact.NONE,
                       {"wifi": Similarity(0.95, 0.8), "webcast": Similarity(0.8, 0.75)})
    wifi = next(c for c in meaning.candidates if c.item_id == "wifi")
    assert wifi.features["semantic_top"] == 1.0
    assert wifi.features["semantic_margin"] == pytest.approx(0.15)


def test_an_item_only_the_meaning_brings_in_is_still_a_candidate(index: MatchIndex) -> None:
    meaning = describe(index, "zorblax?", Fact.NONE, {"dress-code": Similarity(0.9, 0.9)})
    assert [c.item_id for c in meaning.candidates] == ["dress-code"]


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("is there wifi?", "is there wifi?"),
        ("Hi! I landed late last night. Where do I get my badge?", "Where do I get my badge?"),
        ("Long story. The flight was late. where is the hall", "where is the hall"),
        ("where is lunch? thanks a lot", "where is lunch?"),
        # a title's full stop ends no sentence; a word's that ends like one does
        ("What is Mr. Voronkov's nationality?", "What is Mr. Voronkov's nationality?"),
        ("My laptop sees no UN-Guest. Which one do we join?", "Which one do we join?"),
        # no question mark: the last sentence that begins as a question does
        ("Whom do I telephone about the badge. I would rather speak to a person.",
         "Whom do I telephone about the badge."),
    ],
)
def test_the_asking_sentence_is_the_last_with_a_question_mark_or_the_last(
    message: str, sentence: str
) -> None:
    assert asking_sentence(message) == sentence


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Is the Brazilian delegation coming?", ["Brazilian"]),
        ("what nationality is Michele Coninsx", ["Michele", "Coninsx"]),
        ("When is the FTF session? I am new.", ["FTF"]),
        ("I think I lost my badge", []),
        ("Where is it", []),
    ],
)
def test_names_are_capitalised_words_past_a_sentence_start_or_acronyms(
    question: str, names: list[str]
) -> None:
    assert names_in(question) == names


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("HOW BIG IS THE TRUSTEESHIP COUNCIL CHAMBER", []),
        ("AGENDA FOR BOTH DAYS PLS", []),
        ("Where Is The Badge Office Please", []),
        # one sentence shouted, the other not: the other's names still count
        ("WHERE IS IT. Is Voronkov speaking", ["Voronkov"]),
        ("is UNOCT or CTED organising", ["UNOCT", "CTED"]),
    ],
)
def test_a_sentence_in_capitals_or_title_case_names_no_one(
    question: str, names: list[str]
) -> None:
    assert names_in(question) == names


@pytest.mark.parametrize(
    ("question", "alone"),
    [
        ("Dear colleagues, our director travels from Nairobi. Where does he pick up his "
         "badge? Kind regards", "Where does he pick up his badge?"),
        ("Long day ahead. wifi?", "wifi?"),
        # one sentence: nothing to take apart
        ("where do I pick up my badge", None),
        # pointing back at the story: not a question on its own
        ("my pass fell out of my jacket at the cafe. how do I get a new one?", None),
        ("we have two laptops and a projector. can we bring them in?", None),
        # only question words and generic ones of its own: the story says what is asked
        ("Left my pass in the taxi last night!! what do i do now", None),
        ("The lift is broken and I use a wheelchair. What should I do?", None),
        # an "it" at the end is the story's ("where would I find it?"), one at the start not
        ("Will the speeches go online? Where would I find it?", None),
        ("I have a big suitcase. Can I bring it in?", None),
        ("Long day ahead. Is it possible to collect the badge early?",
         "Is it possible to collect the badge early?"),
        # a "this" or "that" without its noun is the story's; with one it names its own
        ("Our head of agency wants to speak in Spanish. Is this possible in the plenary?",
         None),
        ("My colleague will stand in for me. Would that be ok?", None),
        ("Long day ahead. Is this conference webcast?", "Is this conference webcast?"),
        ("I pray five times a day. Is there a room that I can use?",
         "Is there a room that I can use?"),
        # a "something" at the end is what the story asked for; one with its noun is not
        ("My ministry needs proof I was there. Can I get something official?", None),
        ("I keep kosher. Is there anything for me?", None),
        ("Long day ahead. Is there something to eat on site?",
         "Is there something to eat on site?"),
        # one sentence that first says who asks: the clause that asks, after it
        ("I'm a reporter for a daily paper, how do I get press credentials?",
         "how do I get press credentials?"),
        ("Hello, I am with a youth forum - can we attend the side events?",
         "can we attend the side events?"),
        ("I am deaf and need a sign interpreter, who do I ask?", None),  # no word its own
        ("I'm a reporter, how do I get in to cover this", None),  # "this" is the story's
        ("I am coming with my wheelchair, it is possible to enter without stairs?", None),
        ("I'm at the gate and where is the badge desk?", None),  # no clause told apart
        # the question after a dash, the story before it
        ("Following from Nairobi - what's the opening in UTC?", "what's the opening in UTC?"),
        ("live-tweeting the opening \u2014 whats the official hashtag?",
         "whats the official hashtag?"),
        ("I need proof of attendance - is that possible?", None),  # "that" is the story's
        # "the same" without its noun is the same as the story; with one it names its own
        ("Last year I was very sick with the altitude in La Paz. Will Lima be the same?",
         None),
        ("Our minister has a wheelchair. Is it the same for the side events?", None),
        ("I arrive on Thursday. Can I register the same day?", "Can I register the same day?"),
        # "the" deadline, fee or link alone is the story's thing's; with whose, its own
        ("Our minister wants to give a statement in Plenary 2. What's the deadline?", None),
        ("We take the shuttle from the hotel. How much is the fee?", None),
        ("Our director will speak in Session III. Is there a time limit?",
         "Is there a time limit?"),
        ("Our minister wants to speak. What's the registration deadline?",
         "What's the registration deadline?"),
    ],
)
def test_the_asking_sentence_stands_alone_only_when_it_says_what_it_asks(
    question: str, alone: str | None
) -> None:
    assert asking_alone(question) == alone



def test_an_item_answering_one_part_does_not_miss_the_focus_of_the_question(
    index: MatchIndex,
) -> None:
    # "any gym + is there wifi" is about a gym and about the wifi: the wifi entry misses
    # only the first part's focus, not what the whole question is about.
    described = describe(index, "any gym + is there wifi", Fact.NONE)
    wifi = next(c for c in described.candidates if c.item_id == "wifi")
    assert wifi.features.get("focus_missed", 0.0) == 0.0
    alone = describe(index, "any gym", Fact.NONE)
    assert all(c.features.get("focus_missed") == 1.0 for c in alone.candidates)


@pytest.mark.parametrize(
    ("answer", "conflict"),
    [
        # the entry states the email its closest phrasing does not ask for
        ("The desk is in the lobby; or write to desk@un.org.", 0.0),
        # the entry states no email: the phrasing asks another kind of fact
        ("The desk is in the lobby of the Conference Building.", 1.0),
    ],
)
def test_a_phrasing_asking_another_fact_conflicts_only_when_the_item_lacks_the_fact_asked(
    answer: str, conflict: float
) -> None:
    entry = FaqEntry(id="help-desk", question="Where is the help desk?",
                     alternates=(), keywords=(), answer=answer)
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, entry)))
    question = "what's the help desk email"
    described = describe(index, question, asked(question))
    found = next(c for c in described.candidates if c.item_id == "help-desk")
    assert found.features.get("phrase_conflict", 0.0) == conflict


def test_an_atm_the_faq_mentions_is_no_unknown_name() -> None:
    # "ATM" is looked up alone as a name: not "at the moment", which no entry says.
    money = FaqEntry(id="money", question="What currency is used?",
                     answer="There is a bank branch with an ATM inside the compound.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, money)))
    assert index.knows("ATM")
    described = describe(index, "is there an ATM at the venue", Fact.NONE)
    top = next(c for c in described.candidates if c.item_id == "money")
    assert top.features["unknown_name"] == 0.0


@pytest.mark.parametrize(("text", "expected"), [
    ("ATM", ("atm",)),
    ("what's on atm", ("what", "on", "at", "the", "moment")),
    ("where is the atm", ("where", "is", "the", "atm")),
])
def test_atm_is_the_cash_machine_alone_or_after_an_article_else_at_the_moment(
    text: str, expected: tuple[str, ...],
) -> None:
    assert words(text) == expected


def _with_prayer_room(*answers: str) -> MatchIndex:
    assert KB.venue is not None
    room = Room("prayer-room", "Prayer and quiet room", "First floor, opposite the lifts.")
    venue = dataclasses.replace(KB.venue, rooms=(*KB.venue.rooms, room))
    entries = tuple(FaqEntry(id=f"entry-{n}", question=f"Question {n}?", answer=text)
                    for n, text in enumerate(answers))
    return MatchIndex.build(dataclasses.replace(KB, venue=venue, faq=(*KB.faq, *entries)))


def test_a_room_and_the_one_entry_naming_it_are_related_so_neither_is_the_others_rival(
) -> None:
    """"Where can I pray?" leads with the prayer entry or the room it names, the same
    place told twice: the margin to the twin is no doubt about the answer."""
    index = _with_prayer_room("Yes, the prayer and quiet room is on the first floor.")
    assert "prayer-room" in index.related("entry-0")
    assert "entry-0" in index.related("prayer-room")
    described = describe(index, "where can i pray", asked("where can i pray"))
    room = next(c for c in described.candidates if c.item_id == "prayer-room")
    entry = next(c for c in described.candidates if c.item_id == "entry-0")
    assert max(room.features["lexical_margin"], entry.features["lexical_margin"]) > 0.1


def test_a_room_many_entries_name_is_no_entrys_own_subject() -> None:
    index = _with_prayer_room("The prayer and quiet room is on the first floor.",
                              "Lunch is served opposite the prayer and quiet room.")
    assert index.related("prayer-room") == frozenset({"prayer-room"})
    assert index.related("entry-0") == frozenset({"entry-0"})


@pytest.mark.parametrize("question", [
    "can I watch session 2 on the webcast", "can I watch Session II on the webcast"])
def test_a_numbered_session_named_as_the_moment_is_no_word_the_item_misses(
    question: str, index: MatchIndex
) -> None:
    """"Can I take pictures during session II?" asks the photography entry's question;
    which session is the moment it is asked about, which that entry never names. The
    number counts for no more than the word "session" itself."""
    def missed(text: str) -> float:
        webcast = next(c for c in describe(index, text, Fact.NONE).candidates
                       if c.item_id == "webcast")
        return webcast.features["missed_weight"]

    assert missed(question) == missed("can I watch the session on the webcast") < 1.0


def test_counted_items_are_a_session_word_joined_to_its_number_or_letter() -> None:
    said = words("session 2, Session II, working group 3, breakout B, day 2, room 4")
    assert [w for w in said if counted_item(w)] == ["session2", "session2", "group3", "letterb"]
    assert not counted_item("sessions") and not counted_item("letters")


def test_a_room_asked_for_is_a_word_the_items_not_about_it_miss(index: MatchIndex) -> None:
    """Tried and left out: a room named whole counted as the place a question is asked
    in, like a day of the conference. "Comment trouver la salle de conférence 2 ?"
    asks for the room itself, and the lost-and-found entry ("find") then answered it."""
    webcast = next(c for c in describe(
        index, "can I watch the General Assembly Hall on the webcast", Fact.NONE).candidates
        if c.item_id == "webcast")
    assert webcast.features["missed_weight"] > 0.5


def test_a_day_of_the_conference_is_no_word_an_item_misses_another_day_is(
    index: MatchIndex,
) -> None:
    """"Where can I pray on Friday?": the prayer room's entry holds on each of the
    conference's days, and never names one. A day the conference does not hold (the
    Sunday before it) stays a word the item misses: what it says of that day, the
    entry may not."""
    def missed(text: str) -> float:
        webcast = next(c for c in describe(index, text, Fact.NONE).candidates
                       if c.item_id == "webcast")
        return webcast.features["missed_weight"]

    assert index.conference_days() == frozenset({"thursday", "friday"})
    assert missed("can I watch the webcast on friday") == 0.0
    assert missed("can I watch the webcast on sunday") > 0.5
