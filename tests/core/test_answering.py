"""The answer pipeline: answer, did-you-mean or unknown, never a confident wrong answer."""

from __future__ import annotations

import dataclasses

import pytest

from bot.core.answering import (
    MAX_QUESTION_CHARS,
    _asking_parts,
    _described,
    _item_answer,
    answer,
    answer_for_item,
    clauses,
)
from bot.core.decision import decide
from bot.core.features import Candidate
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, ItemKind, Outcome, SmallTalk, Theme
from bot.core.policy import WORDS_SURE
from bot.core.semantic import Similarity
from tests.core.conftest import FRI, KB, THU, at, session

NOON = at(THU, 12, 0)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Is there wifi?", "wifi"),
        ("wifi pwd?", "wifi"),
        ("WHATS THE WI-FI PASSWORD", "wifi"),
        ("wher do i pick up my badge", "badge-pickup"),
        ("i lost my badge, help!!", "lost-badge"),
        ("will there be interpretaton", "interpretation"),
        ("which languages?", "interpretation"),
        ("is the opening webcast", "webcast"),
        ("how do i get to the UN from JFK", "getting-there"),
        ("when is the FTF session", "session-2"),
        ("who speaks at the opening ceremony", "opening"),
    ],
)
def test_clear_questions_get_the_right_answer(
    index: MatchIndex, question: str, expected: str
) -> None:
    result = answer(index, question, NOON)
    assert result.outcome is Outcome.ANSWER, result
    assert result.item_id == expected
    assert result.text


@pytest.mark.parametrize(
    "question",
    [
        "who is the director of the FBI",
        "is there a gym near the UN",
        "what is the wifi password at my hotel",
        "how much is a taxi from the airport",
        "is the cloakroom open on saturday",
        "when is next year's conference",
        "what's the capital of mali",
        "tell me a joke",
        "\u0441\u043a\u043e\u043b\u044c\u043a\u043e \u0441\u0442\u043e\u0438\u0442 "
        "\u0442\u0430\u043a\u0441\u0438 \u0438\u0437 "
        "\u0430\u044d\u0440\u043e\u043f\u043e\u0440\u0442\u0430",
    ],
)
def test_questions_the_faq_cannot_answer_are_never_answered(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert not result.answered, (question, result.item_id)


def test_an_unanswered_question_keeps_its_best_candidate_for_moderators(
    index: MatchIndex,
) -> None:
    result = answer(index, "how much is a taxi from the airport", NOON)
    assert not result.answered
    assert result.best_id == "getting-there"
    assert 0.0 < result.score <= 100.0


TWIN_LUNCHES = dataclasses.replace(KB, faq=(
    *KB.faq,
    FaqEntry(id="lunch-thursday", question="Where is lunch served on Thursday?",
             keywords=("lunch",), answer="In the Delegates' Dining Room."),
    FaqEntry(id="lunch-friday", question="Where is lunch served on Friday?",
             keywords=("lunch",), answer="In the North Lawn cafeteria."),
))


def test_a_question_two_entries_fit_equally_gets_did_you_mean_with_both() -> None:
    result = answer(MatchIndex.build(TWIN_LUNCHES), "where is lunch served?", NOON)
    assert result.outcome is Outcome.SUGGEST
    ids = [s.id for s in result.suggestions]
    assert {"lunch-thursday", "lunch-friday"} <= set(ids)
    assert len(ids) <= 3
    assert [s.score for s in result.suggestions] == sorted(
        (s.score for s in result.suggestions), reverse=True
    )


def test_a_two_part_question_gets_both_answers(index: MatchIndex) -> None:
    result = answer(index, "where do I pick up my badge and is there wifi?", NOON)
    assert result.answered
    assert {result.item_id, *result.also_ids} == {"badge-pickup", "wifi"}
    assert "801 First Avenue" in (result.text or "")
    assert "UN-Guest" in (result.text or "")


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("when is the opening and is there wifi?", "opening", "wifi"),
        ("is there wifi and when is the closing session?", "wifi", "closing"),
        # A listing of the programme: it keeps no answered part of its own.
        ("what side events are on thursday and is there wifi?", "side-finance", "wifi"),
        ("is there wifi and what side events are on thursday?", "wifi", "side-finance"),
        # A part that only names a thing asks for it, as a one- or two-word query does.
        ("wifi password and when is the opening?", "wifi", "opening"),
        ("wifi, and when is the closing session?", "wifi", "closing"),
        # "n" for "and", in chat.
        ("wifi password n when is the opening?", "wifi", "opening"),
        # What is on now is all common words, but the programme reads it.
        ("whats the wifi password and what is on now?", "wifi", "session-1"),
        ("what is on now and whats the wifi password?", "session-1", "wifi"),
    ],
)
def test_a_question_for_the_programme_and_the_faq_gets_both_answers(
    index: MatchIndex, question: str, first: str, second: str
) -> None:
    result = answer(index, question, NOON)
    assert (result.item_id, result.also_ids) == (first, (second,))
    # Every part is listed, the programme's too, first part first: ``ask --json``'s
    # "answers" is read from these and must start with its "id".
    assert [p.id for p in result.parts] == [first, second]


@pytest.mark.parametrize("question", [
    "When session 1 is finished, what is next?",
    "once session 1 is over, what comes next?",
])
def test_a_clause_saying_from_when_is_no_question_of_its_own(
    index: MatchIndex, question: str
) -> None:
    # Read whole, what comes after Session I; split, its first part was answered as
    # a question ("when is session 1 finished": the session) and the second from now.
    result = answer(index, question, at(THU, 9, 0))
    assert result.kind is ItemKind.SCHEDULE
    assert (result.item_id, result.also_ids) == ("session-2", ())


@pytest.mark.parametrize("question", [
    # A time or a frame set for the question, a person telling who they are: no topic.
    "On Friday, when is the closing session?",
    "Journalist here, when is the closing session?",
    "we arrived late, when is the closing session?",
])
def test_a_part_that_frames_or_tells_is_no_topic_of_its_own(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert [p.id for p in result.parts] in ([], ["closing"])


@pytest.mark.parametrize(("question", "asked"), [
    # "missed the opening" names a session the programme would answer for; it is the
    # context of the question, not a second one.
    ("missed the opening, is there a recording?", "webcast"),
    # So is a session named by its number, which alone is a sure answer: the story
    # happened there, and the question is the other part's.
    ("missed session 1, is there a recording?", "webcast"),
    ("missed session one this morning, is there a recording I can watch?", "webcast"),
    ("I was at session 2 yesterday, is there wifi in the hall?", "wifi"),
    ("attended the closing session, is there wifi?", "wifi"),
])
def test_a_part_that_tells_rather_than_asks_is_not_answered_on_its_own(
    index: MatchIndex, question: str, asked: str
) -> None:
    result = answer(index, question, NOON)
    assert (result.item_id, result.also_ids) == (asked, ())


@pytest.mark.parametrize(("question", "answered"), [
    # A question word in the part: it asks about the session itself.
    ("session 1 where is it now, i heard it moved", ("session-1", ())),
    # A later part speaks of it: the session is part of what is asked.
    ("missed session 1, is there a recording of it?", ("session-1", ("webcast",))),
])
def test_a_session_a_question_speaks_of_is_no_mere_scene(
    index: MatchIndex, question: str, answered: tuple[str, tuple[str, ...]]
) -> None:
    result = answer(index, question, NOON)
    assert (result.item_id, result.also_ids) == answered


def test_a_second_question_without_an_answer_keeps_the_first_from_being_answered_alone(
    index: MatchIndex,
) -> None:
    # The question left over may be the one that matters, or one the bot must not touch.
    assert answer(index, "where do I pick up my badge?", NOON).answered  # precondition
    result = answer(index, "where do I pick up my badge and can I bring my dog?", NOON)
    assert not result.answered


def test_the_story_around_a_question_leaves_the_question_answered(index: MatchIndex) -> None:
    result = answer(index, "I'm vegan, is there wifi?", NOON)
    assert result.answered and result.item_id == "wifi"


_FOOD = FaqEntry(
    id="food", question="Where can I get food?", alternates=("cafeteria",),
    keywords=("food", "cafeteria", "lunch"),
    answer="The cafeteria in the Conference Building serves lunch from 11:30.",
)
_DIET = FaqEntry(
    id="dietary", question="Are there halal, kosher or vegetarian options?",
    keywords=("halal", "kosher", "vegetarian"),
    answer="Halal and vegetarian dishes are served every day; ask for kosher meals.",
)
_WITH_FOOD = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, _FOOD, _DIET)))


@pytest.mark.parametrize("question", [
    "The food at the cafeteria, is it kosher?",
    "the cafeteria food, is it halal?",
])
def test_a_topic_named_before_a_question_about_it_is_no_question_of_its_own(
    question: str,
) -> None:
    # "it" is the food: the question asks about the options, not where the food is.
    assert answer(_WITH_FOOD, "where can I get food?", NOON).item_id == "food"  # precondition
    result = answer(_WITH_FOOD, question, NOON)
    assert (result.item_id, result.also_ids) == ("dietary", ())


def test_a_part_answered_alone_is_not_given_when_the_whole_question_leans_elsewhere(
    index: MatchIndex,
) -> None:
    # Alone, "is there wifi" is sure; the whole question is about the dress code.
    question = "the dress code says uniform and attire for the webcast interview, is there wifi?"
    assert answer(index, "is there wifi?", NOON).item_id == "wifi"  # precondition
    assert not answer(index, question, NOON).answered


@pytest.mark.parametrize(
    "question",
    ["What is Mr. Voronkov's nationality?", "do I need e.g. a passport for the badge?",
     "is Dr. Coninsx speaking?"],
)
def test_a_title_or_abbreviation_does_not_end_a_sentence(question: str) -> None:
    assert len(clauses(question)) == 1


@pytest.mark.parametrize("question", ["", "   ", "?!", "hi", "hello there, thanks"])
def test_empty_or_greeting_questions_are_marked_empty_not_unanswered(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert result.empty
    assert not result.answered


def test_a_very_long_question_is_answered_from_its_beginning(index: MatchIndex) -> None:
    question = "is there wifi? " + "please " * 5000
    result = answer(index, question, NOON)
    assert result.question == question  # kept whole for the log
    assert len(question) > MAX_QUESTION_CHARS
    assert result.item_id == "wifi"


def test_a_session_answer_states_day_time_zone_room_and_speakers(index: MatchIndex) -> None:
    result = answer(index, "when is the closing session", NOON)
    assert result.item_id == "closing"
    assert result.kind is ItemKind.SESSION
    text = result.text or ""
    assert "Friday 29 June 2018" in text
    assert "16:00\u201317:00 EDT" in text
    assert "General Assembly Hall" in text
    assert "Voronkov" in text
    assert result.sessions[0].day == FRI


def test_a_theme_answer_lists_its_sessions(index: MatchIndex) -> None:
    result = answer_for_item(index, "theme-pve")
    assert result.kind is ItemKind.THEME
    text = result.text or ""
    assert "Side event: Reaching young people" in text
    assert "Session III: Preventing violent extremism" in text


def test_picking_an_unknown_id_is_unknown_not_an_error(index: MatchIndex) -> None:
    assert answer_for_item(index, "no-such-entry").outcome is Outcome.UNKNOWN


@pytest.mark.parametrize("question", ["\U0001f642\U0001f642", "\udcff\udcfe", "\u2603?"])
def test_wordless_questions_that_are_not_small_talk_are_left_for_the_moderators(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert not result.answered
    assert not result.empty


# -- small talk ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("great, thx \U0001f64f", SmallTalk.THANKS),
        ("cheers", SmallTalk.THANKS),
        ("thank you so much!", SmallTalk.THANKS),
        ("ok thx bye", SmallTalk.THANKS),
        ("bye!", SmallTalk.GOODBYE),
        ("hi", SmallTalk.GREETING),
        ("good morning", SmallTalk.GREETING),
        ("?!", SmallTalk.GREETING),
        ("haha", SmallTalk.ACKNOWLEDGEMENT),
        ("ok great \U0001f44d", SmallTalk.ACKNOWLEDGEMENT),
        ("thank u so much, very helpful \U0001f64f", SmallTalk.THANKS),
        ("thanks for your help", SmallTalk.THANKS),
        ("cheers mate", SmallTalk.THANKS),
        ("got it, thanks guys", SmallTalk.THANKS),
        ("perfect, makes sense", SmallTalk.ACKNOWLEDGEMENT),
        ("you are the best", SmallTalk.ACKNOWLEDGEMENT),
        ("have a nice day", SmallTalk.ACKNOWLEDGEMENT),
        ("thanks, that's all for now \U0001f44d", SmallTalk.THANKS),  # not "what's on now"
        # asking after the bot as after a person asks nothing about today's programme
        ("hi, how are you doing today?", SmallTalk.GREETING),
        ("good morning bot, how are you today?", SmallTalk.GREETING),
        ("good morning bot!!", SmallTalk.GREETING),
        ("how's it going", SmallTalk.GREETING),
        ("nice to meet you, thanks", SmallTalk.THANKS),
        ("good evening and bye", SmallTalk.GOODBYE),
        # asking what the bot is: it says, and what it can be asked
        ("who are you?", SmallTalk.ABOUT),
        ("hi, are you a bot or a real person?", SmallTalk.ABOUT),
        ("what can you do", SmallTalk.ABOUT),
        ("¿quién eres?", SmallTalk.ABOUT),
        ("кто вы?", SmallTalk.ABOUT),
    ],
)
def test_small_talk_gets_its_kind_and_is_never_matched_or_logged(
    index: MatchIndex, message: str, kind: SmallTalk
) -> None:
    result = answer(index, message, NOON)
    assert result.small_talk is kind
    assert result.empty
    assert not result.answered
    assert not result.suggestions


@pytest.mark.parametrize(
    "message", ["thanks, where is the wifi?", "hi is there wifi", "you", "\U0001f642", "help",
                "help me", "job?", "day 2", "thanks, is the session helpful",
                "thanks, what's on now", "good morning, where is the badge office?",
                "how are you supposed to get a badge", "hope you are well. when does it start?",
                "hello, how are things going with the wifi today?",
                # a part of the day asked about greets no one
                "this afternoon?", "evening?"]
)
def test_a_question_with_a_greeting_in_it_is_not_small_talk(
    index: MatchIndex, message: str
) -> None:
    assert answer(index, message, NOON).small_talk is None


# -- questions of several parts ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("where do I get my badge and what's the wifi?", 2),
        ("is there wifi? where is the hall?", 2),
        ("hotel recs + do I need a visa letter?", 2),
        ("is there a session on youth and prevention", 1),
        ("lunch and coffee", 1),
        ("badge and wifi, which entrance do I use", 2),
        # a second "which" without a noun of its own contrasts with the first
        ("Which of the meetings are private and which can the public follow?", 1),
        ("which sessions are open and which ones are closed?", 1),
        ("where do I get my badge and which is the entrance?", 2),
        ("which room is session 2 in and which room is the side event in?", 2),
        # "whether" opens an indirect question of its own
        ("could you tell me the dress code, and whether there is interpretation?", 2),
        ("I would like to know whether the hall is step-free and whether it has a loop", 2),
        ("is the hall step-free, whether by lift or by ramp", 1),
    ],
)
def test_a_question_splits_where_a_new_question_starts(question: str, parts: int) -> None:
    assert len(clauses(question)) == parts


@pytest.mark.parametrize(("question", "asking"), [
    ("wifi password and where is the hall?", 2),  # a thing named, then a question
    ("hungry. where can i grab a sandwich near the UN", 1),  # how the asker feels
    ("so tired. where is the prayer room", 1),
    ("lost, where is conference room 4?", 1),
])
def test_how_the_asker_feels_is_no_part_of_its_own(
    index: MatchIndex, question: str, asking: int,
) -> None:
    # "hungry" alone, read as a topic, got Thursday's lunch break before the answer asked.
    parts = _asking_parts(index, question, NOON)
    assert (len(parts) if parts is not None else 1) == asking


def test_a_two_part_answer_lists_every_part_with_its_score(index: MatchIndex) -> None:
    result = answer(index, "where do I pick up my badge and is there wifi?", NOON)
    assert [p.id for p in result.parts] == ["badge-pickup", "wifi"]
    assert all(0.0 < p.score <= 100.0 for p in result.parts)


# -- the organisers' own words -------------------------------------------------------


def test_a_question_worded_exactly_like_an_entry_s_phrasing_gets_that_entry(
    index: MatchIndex,
) -> None:
    result = answer(index, "which languages are available?", NOON)
    assert result.item_id == "interpretation"
    assert result.score == 100.0


def test_an_exact_phrasing_wins_over_the_programme_logic(index: MatchIndex) -> None:
    exact = dataclasses.replace(KB, faq=(*KB.faq, FaqEntry(
        id="first-steps", question="What's on today?", answer="Collect your badge first.")))
    result = answer(MatchIndex.build(exact), "what's on today", NOON)
    assert result.item_id == "first-steps"


# -- the conference as a whole -------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("when does the conference start?", "opening"),
        ("what time does it all kick off", "opening"),
        ("when does the conference end", "closing"),
        ("when does everything finish", "closing"),
    ],
)
def test_the_start_and_end_of_the_whole_conference_are_its_first_and_last_sessions(
    index: MatchIndex, question: str, item: str
) -> None:
    for moment in (NOON, at(FRI, 20, 0)):  # during, and after, the conference
        result = answer(index, question, moment)
        assert result.answered
        assert result.item_id == item


def test_the_end_of_one_day_is_its_last_session(index: MatchIndex) -> None:
    result = answer(index, "what time does thursday wrap up", NOON)
    assert result.item_id == "session-2"
    assert "Last on Thursday" in (result.title or "")


# -- rooms ---------------------------------------------------------------------------


def test_a_room_answers_questions_about_itself_with_its_notes_and_sessions(
    index: MatchIndex,
) -> None:
    result = answer_for_item(index, "ecosoc")
    assert result.kind is ItemKind.ROOM
    text = result.text or ""
    assert "Conference Building, 2nd floor" in text
    assert "Session III" in text


def test_a_kind_of_session_not_on_the_day_asked_points_to_when_it_is(index: MatchIndex) -> None:
    result = answer(index, "any side events on friday?", NOON)
    assert result.answered
    assert result.item_id in {"side-youth", "side-finance"}
    assert "Nothing is scheduled" in (result.text or "")
    assert "Thu 28 Jun" in (result.text or "")


def test_a_long_message_unsure_as_a_whole_is_answered_from_its_asking_sentence(
    index: MatchIndex,
) -> None:
    story = ("Dear colleagues, I am writing on behalf of our director, who will travel from "
             "Nairobi with two advisers and has a very busy week of bilateral meetings.")
    result = answer(index, f"{story} Is there wifi? Kind regards", NOON)
    assert result.answered
    assert result.item_id == "wifi"


_ASSISTANT = ("Dear colleagues, I am the executive assistant to our agency's director, who "
              "lands on Wednesday evening with two advisers.")


def test_an_asking_sentence_fairly_sure_alone_is_answered_where_the_whole_leans_its_way(
    index: MatchIndex,
) -> None:
    # Alone, "Where should he collect his badge?" is confident but short of sure (0.88);
    # the whole message, diluted by its story, still ranks the badge entry first.
    result = answer(index, f"{_ASSISTANT} Where should he collect his badge?", NOON)
    assert result.answered and result.item_id == "badge-pickup"


def test_an_asking_sentence_whose_question_word_asks_of_it_is_not_read_alone(
    index: MatchIndex,
) -> None:
    # "it" after a question word stands for something the story named.
    result = answer(index, f"{_ASSISTANT} Where is it that he should collect his badge?", NOON)
    assert not result.answered



@pytest.mark.parametrize(("question", "expected"), [
    # The theme has one session: asked for a session, the session answers.
    ("is there a session on foreign terrorist fighters and returnees?", "session-2"),
    ("is there anything on returnees", "session-2"),
    # Two sessions hold the theme: the theme, which says what it covers.
    ("is there something about youth", "theme-pve"),
    # Asked about the theme itself, the theme answers.
    ("what does the FTF theme cover", "theme-ftf"),
    # A theme has no room or time; its one session has ("which room", "when").
    ("the one about foreign terrorist fighters and returnees, which room is it in?",
     "session-2"),
    ("foreign terrorist fighters and returnees: when?", "session-2"),
    # "The event on ...": a programme item, not the theme's description.
    ("Sorry, I was held up. Did I miss the event on foreign terrorist fighters?",
     "session-2"),
])
def test_a_session_asked_for_on_a_topic_is_the_themes_one_session(
    index: MatchIndex, question: str, expected: str
) -> None:
    result = answer(index, question, NOON)
    assert result.answered and result.item_id == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("is there a panel on returnees", "session-2"),
    ("any discussion about foreign fighters?", "theme-ftf"),
    ("is there a debate on youth", "theme-pve"),
])
def test_a_programme_part_asked_for_by_its_subject_is_not_missing_what_it_is_about(
    index: MatchIndex, question: str, expected: str
) -> None:
    # "panel", "discussion", "debate" are the asker's word for a part of the programme; the
    # subject after "on"/"about" is what the entry has to hold, and it does.
    result = answer(index, question, NOON)
    assert result.answered and result.item_id == expected, result


def test_a_question_typed_in_capitals_is_read_as_the_same_question_in_lower_case(
    index: MatchIndex,
) -> None:
    # Capitals say nothing of names there, and the meaning model reads them worse.
    for question in ("IS THE OPENING WEBCAST", "WHEN IS THE FTF SESSION"):
        shouted, plain = answer(index, question, NOON), answer(index, question.lower(), NOON)
        assert (shouted.outcome, shouted.item_id, shouted.score) == (
            plain.outcome, plain.item_id, plain.score)
        assert shouted.question == question


def test_a_canteen_is_the_cafeteria_an_entry_names() -> None:
    # General vocabulary: "canteen" is one of the words for where food is served, not a
    # place the FAQ never mentions (which vetoes an answer).
    food = FaqEntry(id="food", question="Is food available at the venue?", alternates=(),
                    keywords=("food", "lunch"),
                    answer="Food is served in the cafeteria on the first floor, halal too.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, food)))
    result = answer(index, "is there halal food in the canteen?", NOON)
    assert result.answered and result.item_id == "food", result


class _MeaningThatTellsNothing:
    """A semantic retriever that finds every entry equally close to any question: its
    model cannot be confident of any one of them."""

    def similarities(self, question: str) -> dict[str, Similarity]:
        return {item.id: Similarity(0.8, 0.8) for item in KB.faq}

    def alert_similarities(self, question: str) -> dict[str, float]:
        return {}

    def example_similarities(self, question: str) -> dict[str, float]:
        return {}


@pytest.mark.parametrize(("question", "expected"), [
    ("can I get the internet", "wifi"),
    ("where is room 4", "conf-room-4"),
])
def test_the_meaning_never_takes_a_confident_answer_of_the_words_away(
    index: MatchIndex, question: str, expected: str
) -> None:
    with_meaning = index.with_semantic(_MeaningThatTellsNothing())
    words = decide(index, _described(index, question, None))
    meaning = decide(with_meaning, _described(
        with_meaning, question, _MeaningThatTellsNothing().similarities(question)))
    # The words are confident but not sure enough to skip the meaning, whose model is
    # not confident at all: the words' answer stands.
    assert words.confident is not None and words.confident.item_id == expected
    assert words.confidence < WORDS_SURE
    assert meaning.confident is None
    assert answer(with_meaning, question, at(THU, 12)).item_id == expected


def _theme_pve() -> Candidate:
    return Candidate("theme-pve", "Preventing violent extremism", frozenset({"theme-pve"}), {})


@pytest.mark.parametrize(("question", "answered"), [
    # The theme is held in Session III (a plenary) and a side event: the kind said picks.
    ("When is the plenary on preventing violent extremism?", "session-3"),
    ("P/CVE sess = day 2 am?", "session-3"),
    ("the side event on preventing violent extremism, which room?", "side-youth"),
    # Neither kind said, or several asked for: the theme, which lists them all.
    ("When is preventing violent extremism discussed?", "theme-pve"),
    ("Which sessions are on preventing violent extremism?", "theme-pve"),
    ("Is there a session on preventing violent extremism?", "theme-pve"),
])
def test_a_theme_asked_for_as_a_session_is_its_session_of_the_kind_said(
    question: str, answered: str
) -> None:
    # Seen time8: "When is the plenary on stopping young people being radicalised and
    # recruited online?" got the theme, which lists its plenary and its side event.
    assert _item_answer(KB, question, _theme_pve(), 0.9).item_id == answered


@pytest.mark.parametrize(("question", "answered"), [
    ("the workshop on football and reintegration, when and where", "workshop-sport"),
    ("where is the exhibition on arts and sport?", "exhibition-arts"),
    ("when is the arts and sport evening?", "theme-arts"),  # no kind a title names
])
def test_a_theme_asked_for_by_a_kind_its_titles_name_is_that_session(
    question: str, answered: str
) -> None:
    # Read in the Rabat file: the theme of a workshop, an exhibition and an evening was
    # answered for "the workshop on football": its titles name the kind asked.
    theme = Theme(id="theme-arts", title="Arts, culture and sport", summary="Sport and art.",
                  keywords=("football", "reintegration"))
    held = (
        session("workshop-sport", "Workshop D: Sport and music as a way back", THU,
                "11:00", "12:30", "room-4", theme="theme-arts"),
        session("exhibition-arts", "Art exhibition opening", THU, "18:00", "19:00",
                "gallery", theme="theme-arts"),
        session("evening-culture", "Cultural evening", FRI, "19:00", "22:00", "courtyard",
                theme="theme-arts"),
    )
    kb = dataclasses.replace(KB, themes=(*KB.themes, theme), sessions=(*KB.sessions, *held))
    arts = Candidate("theme-arts", theme.title, frozenset({"theme-arts"}), {})
    assert _item_answer(kb, question, arts, 0.9).item_id == answered


@pytest.mark.parametrize("question", [
    "The meeting for foreign terrorist fighters, already it has started?",
    "the foreign fighters thing, is it over?",
])
def test_a_theme_asked_for_by_a_meeting_or_its_state_is_its_one_session(question: str) -> None:
    # Seen time8: "The meeting for digital evidence, already it has started?" got the
    # theme: a theme neither starts nor ends, its one session does.
    theme = Candidate("theme-ftf", "Foreign terrorist fighters", frozenset({"theme-ftf"}), {})
    assert _item_answer(KB, question, theme, 0.9).item_id == "session-2"


def test_a_sessions_name_asked_word_for_word_is_its_card_whatever_alert_it_names() -> None:
    # "Suspicious vessel" raised the standing urgent topic of a suspicious item.
    titled = session("tabletop", "Tabletop exercise: Suspicious vessel approaching a terminal",
                     FRI, "09:00", "11:00", "ga-hall")
    index = MatchIndex.build(dataclasses.replace(KB, sessions=(*KB.sessions, titled)))
    result = answer(index, "Tabletop exercise: Suspicious vessel approaching a terminal",
                    at(THU, 9, 0))
    assert result.alert is None and result.item_id == "tabletop"
    assert answer(index, "there is a suspicious bag by the door", at(THU, 9, 0)).alert


def test_an_entrys_phrasing_shouted_alone_still_raises_its_alert() -> None:
    clinic = FaqEntry(id="clinic", question="Is there a clinic on site?",
                      alternates=("doctor",), answer="The UN clinic is on the 5th floor.")
    index = MatchIndex.build(dataclasses.replace(KB, faq=(*KB.faq, clinic)))
    assert answer(index, "DOCTOR!!", at(THU, 9, 0)).alert is not None


@pytest.mark.parametrize("question", [
    "who are you meeting at lunch?",
    "what can you do about my misspelt badge?",
    "are you a delegate too?",
])
def test_a_question_that_only_starts_like_one_about_the_bot_is_still_a_question(
    index: MatchIndex, question: str
) -> None:
    assert answer(index, question, NOON).small_talk is None


@pytest.mark.parametrize("question", [
    "Hello. I am new to this chat. Could you tell me the street address of the building "
    "where the meeting is? Thank you.",
    "Our minister uses a wheelchair. Where is the conference held?",
])
def test_a_storys_sentence_asking_where_the_event_is_gets_the_venue(
    index: MatchIndex, question: str
) -> None:
    result = answer(index, question, NOON)
    assert (result.outcome, result.item_id, result.score) == (
        Outcome.ANSWER, "getting-there", 100.0)


def test_a_storys_sentence_asking_the_way_is_not_the_venue_outright(index: MatchIndex) -> None:
    # The way from where the story is (a wheelchair) is more than the directions say.
    result = answer(index, "I use a wheelchair. How do I get to the conference?", NOON)
    assert result.score < 100.0
