"""The one answer pipeline: a question in, an ``Answer`` out.

Discord, the chat console and ``ask`` all call :func:`answer`; they differ only in
what they do with the result. Pure: the current moment is a parameter.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import unicodedata
import weakref
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from bot.core import attendance, describe, facts, schedule, vetoes
from bot.core.abbreviations import spelt_out_by
from bot.core.alerts import head_compounds_removed, subject_matter_removed
from bot.core.attendee_wants import (
    accommodation_answered,
    act_spoken_of,
    asks_about_a_visa,
    asks_about_accommodation,
    asks_about_luggage,
    asks_about_screening,
    asks_about_side_events,
    asks_for_proof_of_attendance,
    asks_how_many_take_part,
    asks_to_photograph,
    asks_to_speak_in_a_language,
    asks_to_watch_from_afar,
    asks_what_to_wear,
    asks_where_the_help_desk_is,
    asks_where_to_collect_a_badge,
    asks_where_to_eat_or_drink,
    asks_whether_lunch_is_provided,
    asks_who_organises,
    asks_whom_to_contact,
    contact_answered,
    dress_spoken_of,
    figures_given,
    identification_stated,
    luggage_answered,
    meals_answered,
    need_spoken_of,
    says_an_access_need,
    says_something_was_lost,
    says_the_delegation_changed,
    screening_answered,
    side_events_answered,
    visa_answered,
)
from bot.core.crosslingual import (
    english_reading,
    read_whole,
    split_sentences,
    unread_words,
    words_to_match,
)
from bot.core.decision import Decision, decide, unstated
from bot.core.english_words import is_english_word
from bot.core.event_words import (
    asks_the_address,
    asks_where_the_event_is,
    in_own_words,
    journey_from,
    says_the_way,
    way_from,
)
from bot.core.features import (
    SAYS_WHO_ASKS,
    TITLES,
    Candidate,
    Described,
    asking_alone,
    asking_sentence,
    points_back,
)
from bot.core.features import describe as describe_candidates
from bot.core.hosting import (
    asks_for_a_room_to_meet,
    asks_the_way_in,
    asks_to_host_an_event,
    asks_whether_the_network_is_safe,
    asks_who_may_attend,
    says_a_badge_is_lost,
)
from bot.core.language import detect
from bot.core.lexicon import GENERIC_WORDS, SMALL_TALK_KINDS
from bot.core.matching import MatchIndex
from bot.core.memo import keep
from bot.core.models import (
    ENGLISH,
    AlertKind,
    AlertTopic,
    Answer,
    AnsweredPart,
    FaqEntry,
    Item,
    ItemKind,
    KnowledgeBase,
    Outcome,
    Room,
    Session,
    SessionStatus,
    SmallTalk,
    Suggestion,
    Theme,
    kind_of,
    title_of,
)
from bot.core.policy import (
    LEXICAL,
    MAX_SUGGESTIONS,
    NEAR_THE_CONFERENCE_DAYS,
    PART_AGREED_CONFIDENCE,
    PART_LEAN_CONFIDENCE,
    WORDS_SURE,
)
from bot.core.room_setting import settings as setting_ids
from bot.core.schedule import ConferenceState, Intent, ScheduleQuestion
from bot.core.semantic import Similarity
from bot.core.session_names import title_stems
from bot.core.session_subjects import of_the_kind_said
from bot.core.speakers import speakers_asked, speaking_session
from bot.core.standing_urgent import MEDICAL_TOPIC, is_standing
from bot.core.text import (
    fold,
    is_english,
    stem,
    tokenize,
    unshouted,
    without_opener,
    without_our_own,
    words,
)
from bot.core.translations import (
    alert_answer_in,
    has_text_in,
    room_name_in,
    text_in,
    title_in,
)
from bot.core.way_to_room import room_asked, way_asked
from bot.core.wording import minutes, say

# Only the beginning of a very long question is matched (the whole of it is still
# logged): nobody's real question needs more, and matching time stays bounded.
MAX_QUESTION_CHARS = 500

# Where a question of several parts splits: sentence ends, and "and"/"also"/"plus"
# when a new question starts after it ("where do I get my badge and what's the wifi?"),
# not inside one ("a session on youth and radicalisation").
_ASKING_WORDS = (
    r"what|whats|where|wheres|when|whens|who|whos|how|hows|is|are|can|could|do|does|did|"
    r"will|would|should|any|anything|which"
)
_QUESTION_OPENER = rf"(?:{_ASKING_WORDS}|i|we)\b"
# A full stop ends a sentence, unless it ends a title or an abbreviation ("Mr. Voronkov's
# nationality", "e.g. a lanyard").
_NOT_AN_ABBREVIATION = "".join(
    rf"(?<!\b{a})" for a in (*TITLES, "no", "vs", r"e\.g", r"i\.e")
)
# A second "which" that points back at the first one's noun: "which sessions are open
# and which are closed?", "... and which ones can I attend?".
_CONTRASTING_WHICH = re.compile(r"which (?:ones?|of them|are|is|can|could|will|would|do|does)\b")
_AND = re.compile(r"\band\b")
_CLAUSE_BREAK = re.compile(
    r"\?+|;|\n|" + _NOT_AN_ABBREVIATION + r"\.\s|!\s|"
    r"(?:,\s*|\s+)(?:and|n|also|plus|&|\+)\s+(?=" + _QUESTION_OPENER + r"|whether\b)|"
    r"\s\+\s|,\s+(?=" + _QUESTION_OPENER + r")"
)
MAX_PARTS = 3
# A question that points back at what was said before it: "is it ...", "when does it
# start", "are they free".
_POINTS_BACK = re.compile(
    r"(?:(?:is|are|was|were|does|do|did|will|can|could|would|should|has|have) "
    r"(?:it|they|this|that|these|those)"
    r"|(?:when|where|what time|how much|how long|until when) (?:is|are|does|do|will|can) "
    r"(?:it|they|this|that))\b"
)


def answer(
    index: MatchIndex,
    question: str,
    now: dt.datetime,
    *,
    language: str | None = None,
    hint: str | None = None,
    meaning: bool = True,
) -> Answer:
    """What the bot says to ``question`` at the moment ``now`` (timezone-aware).

    ``language`` forces the question's language (organisers testing a translation);
    otherwise it is detected, with ``hint`` (the asker's app language, when known)
    deciding what the text alone cannot. ``meaning=False`` decides on the words alone,
    without the semantic extra's embedding (about 10 ms of CPU): a front end that has
    fallen behind (``bot.loop_lag``) answers fast rather than late.
    """
    text = question[:MAX_QUESTION_CHARS]
    asked_in = language if language is not None else detect(text, hint)
    return replace(_answer(index, question, text, now, asked_in, meaning), language=asked_in)


def _answer(
    index: MatchIndex, question: str, text: str, now: dt.datetime, lang: str | None,
    meaning: bool = True, *, whole_question: bool = True,
) -> Answer:
    """``whole_question``: the text is the whole question, not one part of it
    (``_judged``)."""
    kb = index.kb
    plain = without_our_own(without_opener(unshouted(text)))
    exact = index.exact(plain)
    # A session's or theme's name, word for word ("Tabletop exercise: Suspicious vessel
    # approaching a cruise terminal"), is the organisers' own: its card answers it,
    # whatever alert its words would raise. Not an entry's phrasing ("doctor"): shouted
    # alone, it may be a call for help.
    if exact is not None and isinstance(kb.answerable(exact), (Session, Theme)):
        return answer_for_item(index, exact, question, language=lang)
    raised = alert_by_words(index, text) if index.alerts.topics else None
    if raised is not None:
        return alert_answer(index, question, raised, lang)
    chat = small_talk(text)
    if chat is not None:
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0, empty=True,
                      small_talk=chat)
    text = plain
    if exact is not None:
        return answer_for_item(index, exact, question, language=lang)
    # The parts of a question of several, read once: answered each, or keeping a wanted
    # entry from answering a part it never names (below).
    clauses_asking = _asking_parts(index, text, now)
    each = (None if clauses_asking is None else _answer_each_clause(
        index, question, text, clauses_asking, now, lang, meaning))
    if each is not None:
        return each
    if (_asks_where_the_event_is(index, text) or _story_asks_where_the_event_is(index, text)
            or _asks_the_way_from_elsewhere(index, text) or _asks_the_journey(index, text)
            or (is_english(text) and asks_the_address(text, index.venue_words))):
        # Before the programme logic: "where is the conference happening" asks for the
        # venue, not for what is happening now.
        where = venue_entry(index)
        if where is not None:
            return answer_for_item(index, where, question, language=lang)
    # "Please register me for the digital evidence side event" asks for a piece of work:
    # neither what it wants, how to attend nor the programme answers it (the decision's
    # veto says so).
    task = vetoes.a_task(asking_sentence(text)) is not None
    wanted = None if task else _wanted_entry(index, text)
    if (wanted is not None and whole_question and clauses_asking is not None
            and _another_question(index, clauses_asking, wanted)):
        wanted = None
    if wanted is not None and index.alerts.near_sensitive(text) is None:
        # Not close to a sensitive topic ("would a ceramic knife be ok to bring in? just
        # for protection"), which is never answered from the FAQ (below).
        return answer_for_item(index, wanted, question, language=lang)
    attending = None if task else attendance.understand(kb, text)
    reading = english_reading(text) if attending is None and not task else None
    if reading is not None and "session" in reading.split():
        # "¿Está llena la sesión 2?" reads "full capacity session 2?". Only a reading
        # that says "session": the reading drops the small words that keep "¿hace falta
        # registrarse?" ("need register?") from looking like one about a session whose
        # title is "Registration".
        attending = attendance.understand(kb, reading)
    if attending is not None:
        return attendance_answer(kb, question, attending, now, lang)
    asked = None if task else schedule.understand(kb, text, now)
    respelled = schedule.respelled(kb, text, index.uses) if asked is None and not task else text
    if respelled != text:
        # "anythng going on atm?", "closing sesion where": the programme's words mistyped.
        asked = schedule.understand(kb, respelled, now)
    if (asked is None and reading is not None and _one_sentence(text)
            and len(unread_words(text)) < UNREAD_FOR_ANOTHER_QUESTION):
        # "À quelle heure commence la séance d'ouverture ?" reads "what time start session
        # opening?": the programme's question, answered in the asker's language. Of one
        # sentence only: a word-for-word reading of two runs their questions together.
        # Nor where the reading left words out: "À quelle heure commence la projection
        # du documentaire mardi ?" reads "what time start tuesday?", which it is not.
        asked = schedule.understand(kb, reading, now)
    off = None if asked is None else _off_the_programme(kb, asked, now)
    if off is not None:
        return _not_on_the_programme(kb, question, off, now, lang)
    if asked is not None and not _is_general_programme(asked):
        return _from_programme(index, asked, schedule_answer(kb, question, asked, now, lang))
    if not _has_words(text):
        # Emoji, mentions, bytes that are not text: nothing to match, but worth a look.
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0)
    speaking = (speaking_session(index, text) or speakers_asked(index, text)
                if is_english(text) else None)
    if speaking is not None and index.alerts.near_sensitive(text) is None:
        # "Is INTERPOL speaking?": the session whose speakers name them.
        return answer_for_item(index, speaking, question, language=lang)

    way = way_asked(kb, text)
    if way is not None and index.alerts.near_sensitive(text) is None:
        # "how do I find conference room 11?": how to find the rooms, then the room.
        return _joined(question, [answer_for_item(index, item, question, language=lang)
                                  for item in way])

    parts = _answer_in_parts(index, question, text, lang, meaning)
    near = index.alerts.near_sensitive(text) if parts is not None else None
    if parts is not None and near is None:
        return parts
    decision, raised = _judged(index, text, meaning, whole_question=whole_question)
    if raised is not None:
        return alert_answer(index, question, raised, lang)
    if near is None and (decision.confident is not None or bool(decision.candidates)
                         or asked is not None):
        # Looked for only where the bot would otherwise answer or suggest something.
        near = index.alerts.near_sensitive(text)
    if near is not None:
        # Close to a sensitive topic: never answered from the FAQ, nor offered as a
        # did-you-mean (half an answer); left unanswered for a human to read.
        best = decision.candidates[0].item_id if decision.candidates else None
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0, best_id=best,
                      reason=f"close to a sensitive topic: {near.topic}")
    # A question made of the programme's words only ("how many sessions are there?") is
    # the programme's: another entry close to it in meaning ("how many participants are
    # there") is not its answer; the FAQ's own programme entry is.
    if decision.confident is not None and (
            asked is None or decision.confident.item_id == programme_entry(index)):
        found = _item_answer(kb, question, decision.confident, decision.confidence, lang)
        other = _on_another_day(kb, text, found, now)
        if other is None:
            return found
        return replace(_not_confident(kb, question, decision, lang), reason=other.reason)
    # "What floor is the ECOSOC chamber?": the room's card says where it is. "What does
    # CTED stand for?": the entry that spells the letters out.
    read = None if asked is not None else (
        room_asked(kb, text) or spelt_out_by(kb, text)
        # "¿Dónde queda la Sala del ECOSOC?" reads "where room hall ecosoc?"
        or (room_asked(kb, reading) if reading is not None and _one_sentence(text) else None))
    if read is not None:
        return answer_for_item(index, read, question, language=lang)
    if asked is not None and not _event_not_held(index, text):
        # "Full agenda pls": the whole programme, under the FAQ's own programme entry.
        whole = programme_answer(kb, question, lang)
        entry = programme_entry(index)
        return whole if entry is None else replace(whole, item_id=entry, best_id=entry)
    return _not_confident(kb, question, decision, lang)


def _on_another_day(
    kb: KnowledgeBase, text: str, found: Answer, now: dt.datetime
) -> vetoes.Veto | None:
    """A session found for a question that names another day relative to now."""
    session = kb.item(found.item_id) if found.item_id is not None else None
    if not isinstance(session, Session):
        return None
    named = schedule.relative_day(kb, text, now)
    return None if named is None else vetoes.other_day_named(text, named, session.day)


# A question in another language whose reading left out this many words that may name
# what is asked is not read as the programme question its reading makes.
UNREAD_FOR_ANOTHER_QUESTION = 2


def _event_not_held(index: MatchIndex, text: str) -> bool:
    """Whether the question asks for an event on a subject the programme never names
    ("Is there a side event on the Lake Chad Basin? When?"): nothing the programme
    lists answers that. Its own entry and every session's card are read."""
    entry = programme_entry(index)
    said = " ".join([index.said(entry) if entry is not None else "",
                     *(index.said(s.id) for s in index.kb.sessions)])
    return vetoes.subject_not_held(text, said) is not None


def _one_sentence(text: str) -> bool:
    return len([s for s, _asks in split_sentences(text) if s.strip()]) <= 1


# A text's judgement, per index (``_judged``): the decision depends on the index, the
# text, whether the meaning may be read and whether the text is the whole question, on
# nothing else (not the moment asked: the programme's logic is read around it).
_Judgement = tuple[Decision, AlertTopic | None]
_JudgedTexts = dict[tuple[str, bool, bool], _Judgement]
_JUDGED: weakref.WeakKeyDictionary[MatchIndex, tuple[object, _JudgedTexts]] = (
    weakref.WeakKeyDictionary())
# Texts judged and kept per index. About 10 KB each (the candidates and their
# features): 2.5 MB at most, whatever the size of the FAQ.
JUDGED_KEPT = 256


def _judged(
    index: MatchIndex, text: str, meaning: bool = True, *, whole_question: bool = True
) -> _Judgement:
    """The judgement of a text, kept per index (``_judge``): a text asked again, as
    attendees ask "wifi?" and "where is lunch" again and again, is not described and
    decided again (two thirds of a repeated question's work). Kept with the index, and
    let go with it at a reload; a semantic retriever attached after the build starts
    the index's texts afresh."""
    held = _JUDGED.get(index)
    if held is None or held[0] is not index.semantic:
        held = _JUDGED[index] = (index.semantic, {})
    kept = held[1]
    key = (text, meaning, whole_question)
    found = kept.get(key)
    if found is None:
        found = keep(kept, key, _judge(index, text, meaning, whole_question=whole_question),
                     JUDGED_KEPT)
    return found


def forget_judgements(index: MatchIndex) -> None:
    """Let go of the texts ``index`` judged. For scripts only: one that changes the
    policy between two askings of a question (``benchmarks/answer_threshold.py``), or
    times a question as if it were new (``benchmarks/engine.py``)."""
    _JUDGED.pop(index, None)


def _judge(
    index: MatchIndex, text: str, meaning: bool = True, *, whole_question: bool = True
) -> _Judgement:
    """The decision, words first: the meaning (an embedding, about 12 ms of CPU) only
    when the words alone are not sure (``policy.WORDS_SURE``).

    With the meaning comes its check for urgent topics the words did not raise.
    ``whole_question``: the text is the whole question, not one part of it (a part has
    less to go on: there the meaning's doubt stands).
    """
    # Without the meaning to judge after them, the words decide alone (their own
    # threshold, ``policy.LEXICAL_ALONE``), as the engine without the extra does.
    words_only = decide(index, _described(index, text, None), words_alone=not meaning)
    if not meaning or index.semantic is None or (
        words_only.confident is not None and words_only.confidence >= WORDS_SURE
    ):
        return _or_the_question_alone(index, text, words_only, meaning=False), None
    meant = index.for_the_meaning(text)
    similarities = index.semantic.similarities(meant)
    if index.alerts.topics and _readable(index, text):
        # The alerts weigh a topic's cosine against the closest entry's, both for the
        # question as written, as they were measured: "a fella is stocking my wife ...
        # he wont leave her a loan" spelt out ("will not") came nearer an entry, and
        # its harassment no longer beat it by the margin.
        as_written = similarities if meant == text else index.semantic.similarities(text)
        closest = max((max(s.phrasing, s.passage) for s in as_written.values()), default=1.0)
        raised = index.alerts.find(text, index.semantic.alert_similarities(text), closest,
                                   index.semantic.example_similarities(text))
        if raised is not None:
            return words_only, raised
    own = in_own_words(text, index.event_noun)
    if own != text:  # "this conference", in a file about a forum: the meaning of "forum"
        similarities = index.semantic.similarities(index.for_the_meaning(own))
    decision = _or_the_question_alone(
        index, own, decide(index, _described(index, own, similarities)), meaning=True)
    if whole_question and decision.confident is None and words_only.confident is not None:
        # The meaning adds answers where the words abstain; it never takes a confident
        # answer of the words away (over every question set, the words were right in
        # 230 of the 267 answers the meaning's model withdrew).
        return words_only, None
    return decision, None


def _or_the_question_alone(
    index: MatchIndex, text: str, decision: Decision, *, meaning: bool
) -> Decision:
    """A long message's story dilutes its words and its meaning: where the whole is not
    sure, the sentence that asks may be on its own ("Dear colleagues, I assist our
    director ... Could you advise where he should collect his badge? Kind regards")."""
    asking = asking_alone(text) if decision.confident is None else None
    if asking is None:
        return decision
    similarities = (index.semantic.similarities(index.for_the_meaning(asking))
                    if meaning and index.semantic is not None else None)
    alone = decide(index, _described(index, asking, similarities),
                   words_alone=similarities is None)
    if alone.confident is None or (
            similarities is None and alone.confidence < WORDS_SURE
            and not _whole_leans_its_way(index, asking, decision, alone.confident)):
        # On words alone, only when the words are sure (as for skipping the meaning), or
        # when the whole message leans the same way: without the meaning, the story's
        # hints ("following from home": the webcast) are lost with it, unless the whole
        # still ranks the same entry first.
        return decision
    if vetoes.subject_not_held(text, index.said(alone.confident.item_id)) is not None:
        # "Is there a side event on gender? What time is it?": the sentence that asks
        # asks about the event the other names, which this entry never does.
        return decision
    return alone


def _whole_leans_its_way(
    index: MatchIndex, asking: str, whole: Decision, alone: Candidate
) -> bool:
    """Whether the whole message ranks first the entry its asking sentence is confident
    of. Not for a question word's "it" ("What room is it in?", "where would it have ended
    up?" speak of what the story named, whatever entry their words fit; "is it public?"
    asks of it as of the topic), nor for a sentence that leans to a sensitive topic ("is
    the head of UNOCT in the building today? just curious": alone it is sure of the
    acronyms entry, as a part of it would be, ``_answer_in_parts``)."""
    return (bool(whole.candidates) and alone.item_id == whole.candidates[0].item_id
            and not _of_it(asking) and index.alerts.leans_sensitive(asking) is None)


_QUESTION_WORDS = frozenset("who whom whose what which when where why how".split())


def _follows_up(part: str) -> bool:
    """"which room", "what time?", "where": a question word and a word at most, asked of
    what another part named ("is the side event on X at lunch today? which room")."""
    said = words(part)
    return bool(said) and said[0] in _QUESTION_WORDS and len(said) <= 2


def _of_it(sentence: str) -> bool:
    """A question word's "it" ("what did it conclude?", "where is it?") speaks of what
    another part or sentence named."""
    said = words(sentence)
    return bool(said) and said[0] in _QUESTION_WORDS and "it" in said


def _speaks_of_another_part(part: str) -> bool:
    """A part of a question that speaks of what another part named ("how do I get a
    new one?", "where is it?", "which room"): no question of its own."""
    return points_back(part) or _of_it(part) or _follows_up(part)


def alert_by_words(index: MatchIndex, text: str) -> AlertTopic | None:
    """The urgent or sensitive topic a message raises by its words: in another
    language, by the words of its English reading too ("Au feu !"). The first thing
    :func:`answer` reads; without the semantic extra, the only way a message raises one."""
    raised = index.alerts.find(text)
    if raised is None and (reading := english_reading(head_compounds_removed(text))) is not None:
        raised = index.alerts.find(reading)
        unframed, framed = subject_matter_removed(text)
        if framed and raised is not None and raised.kind is AlertKind.URGENT:
            # An urgent topic from the reading of the message without its subject
            # matter: "la política contra el acoso" reads "harassment" alone, with
            # nothing left to say it is a subject of talk.
            reading = english_reading(unframed)
            raised = index.alerts.find(reading) if reading is not None else None
    return raised


def _readable(index: MatchIndex, text: str) -> bool:
    """Text in another language, or English with a word the FAQ knows: not gibberish,
    which sits oddly close in meaning to short triggers ("zqxv blorp")."""
    if not is_english(text):
        return True
    return any(t.expansions and not t.token.generic for t in index.query_terms(text))


def alert_answer(
    index: MatchIndex, question: str, topic: AlertTopic, lang: str | None = None
) -> Answer:
    """An urgent topic is answered with its fixed reply; a sensitive one is refused with
    its fixed reply (``text``), and neither ever gets an FAQ answer. The reply is the
    translation into the asker's language where the FAQ file has one."""
    if is_standing(topic):
        return _standing_answer(index, question, topic, lang)
    text, untranslated = alert_answer_in(topic, lang)
    if topic.kind is AlertKind.URGENT:
        return Answer(
            question=question, outcome=Outcome.ANSWER, score=100.0, item_id=topic.id,
            kind=ItemKind.ALERT, title=topic.topic, text=text, best_id=topic.id,
            parts=(AnsweredPart(topic.id, topic.topic, 100.0),), alert=AlertKind.URGENT,
            untranslated=untranslated,
        )
    return Answer(
        question=question, outcome=Outcome.UNKNOWN, score=100.0, kind=ItemKind.ALERT,
        title=topic.topic, text=text, best_id=topic.id, alert=AlertKind.SENSITIVE,
        reason=f"sensitive: {topic.topic}", untranslated=untranslated,
    )


def _standing_answer(
    index: MatchIndex, question: str, topic: AlertTopic, lang: str | None
) -> Answer:
    """A standing urgent topic (the file has no ``urgent:`` section): its general safety
    reply, then the file's own entry on medical help or emergencies, whose numbers only
    the organisers know. Without such an entry the reply alone is given, not as an FAQ
    answer (``answered`` stays false: the file holds none), and the question is kept
    for the moderators with the alert."""
    entry = standing_entry(index, topic)
    if entry is None:
        return Answer(
            question=question, outcome=Outcome.UNKNOWN, score=100.0, kind=ItemKind.ALERT,
            title=topic.topic, text=topic.answer, alert=AlertKind.URGENT,
            reason=f"urgent: {topic.topic} (the FAQ file has no entry on it)",
            untranslated=lang not in (None, ENGLISH),
        )
    found = answer_for_item(index, entry, question, language=lang)
    return replace(
        found, score=100.0, title=topic.topic, text=f"{topic.answer}\n\n{found.text}",
        alert=AlertKind.URGENT, untranslated=found.untranslated or lang not in (None, ENGLISH),
        parts=(AnsweredPart(entry, found.title or entry, 100.0),),
    )


# Probes for the file's own entry, by the standing topic they serve: medical help for
# the medical topic, emergencies (numbers, who to call) for every topic.
_MEDICAL_PROBES = ("is there a doctor or first aid on site?",
                   "what do I do in a medical emergency?")
_EMERGENCY_PROBES = ("who do I call in an emergency?", "what are the emergency numbers?")
_MEDICAL_NAMED = re.compile(r"\b(medical|doctor|doctors|first aid|clinic|nurse|infirmary)\b")
_EMERGENCY_NAMED = re.compile(r"\bemergenc(y|ies)\b")


def standing_entry(index: MatchIndex, topic: AlertTopic) -> str | None:
    """The FAQ entry a standing urgent topic shows with its reply, if the file has one.

    Found by asking the engine, words only, like ``programme_entry``, and kept only
    when the entry's own phrasings name what it is for: the medical entry for the
    medical topic (or a general emergency entry); for fire, a suspicious item, violence,
    a lost child or harassment, only an entry on emergencies in general. A medical
    entry is no answer to a fire, nor a lost-property entry to a lost child.
    """
    emergency = _once_per_index(_EMERGENCY_ENTRIES, index, _emergency_entry)
    if topic.id != MEDICAL_TOPIC:
        return emergency
    medical = _once_per_index(_MEDICAL_ENTRIES, index, _medical_entry)
    return medical if medical is not None else emergency


def _medical_entry(index: MatchIndex) -> str | None:
    return _probed_entry(index, _MEDICAL_PROBES, _MEDICAL_NAMED)


def _emergency_entry(index: MatchIndex) -> str | None:
    found = _probed_entry(index, _EMERGENCY_PROBES, _EMERGENCY_NAMED)
    entry = index.kb.item(found) if found is not None else None
    if isinstance(entry, FaqEntry) and _MEDICAL_NAMED.search(fold(entry.question)):
        return None  # "What do I do in a medical emergency?" is the medical entry
    return found


def _looked_up(index: MatchIndex, probe: str) -> Decision:
    """The words' decision on a probe the bot asks itself to find one of the file's own
    entries (its programme, venue, medical and emergency entries): by the fitted words'
    models whatever the engine, so that no engine's answer threshold moves a lookup."""
    return decide(index, _described(index, probe, None), models=LEXICAL)


def _probed_entry(index: MatchIndex, probes: tuple[str, ...], named: re.Pattern[str]) -> str | None:
    """The words' best candidate for one of the probes, where its own phrasings name what
    it is for. Its best candidate, not a confident answer: a lookup of the file's own
    entries, which ``named`` vouches for, needs no attendee's confidence (a confident
    answer made the lookup move with the answer threshold, and missed "What do I do if I
    feel ill?" at 0.72 for "is there a doctor or first aid on site?")."""
    return next((found for probe in probes
                 if (found := _found_by(index, probe, named)) is not None), None)


def _found_by(index: MatchIndex, probe: str, named: re.Pattern[str]) -> str | None:
    """The FAQ entry a lookup probe ranks first, where its own phrasings name what it
    is for (``named``)."""
    decision = _looked_up(index, probe)
    entry = index.kb.item(decision.candidates[0].item_id) if decision.candidates else None
    if not isinstance(entry, FaqEntry) or not named.search(_own_words(entry)):
        return None
    return entry.id


def _own_words(entry: FaqEntry) -> str:
    """What an entry's organisers wrote to be found by: its question, alternates and
    keywords, folded."""
    return fold(" ".join((entry.question, *entry.alternates, *entry.keywords)))


def _described(
    index: MatchIndex, text: str, similarities: Mapping[str, Similarity] | None
) -> Described:
    """The candidates, with the meaning when ``similarities`` are given."""
    text = in_own_words(text, index.event_noun)
    sentence = asking_sentence(text)
    asking = None
    if similarities is not None and index.semantic is not None and sentence != text:
        asking = index.semantic.similarities(index.for_the_meaning(sentence))
    # Where the FAQ file is translated into the question's language, the question's
    # own words are matched in that language (``own``) beside its English reading;
    # elsewhere those of its Latin-script words the FAQ uses go before the reading.
    own = detect(text) in index.translated_languages
    reading = english_reading(text) if own else words_to_match(text, index.uses)
    own = own and reading is not None
    asked = facts.asked(asking_sentence(reading) if reading else sentence)
    described = describe_candidates(index, text, asked, similarities, asking, reading, own)
    # "Left my umbrella in conference room 6", "pray during the Friday lunch break": the
    # room is where, the session when, not what; its entry would win on its name. Its
    # words still count against the others' confidence.
    settings = setting_ids(text, index.kb)
    if not settings:
        return described
    return replace(described, candidates=tuple(
        c for c in described.candidates if c.item_id not in settings))


def _has_words(text: str) -> bool:
    return any(char.isalnum() for char in text)


def answer_for_item(
    index: MatchIndex, item_id: str, question: str = "", *, language: str | None = None
) -> Answer:
    """The answer an entry gives, for a picked suggestion, an autocompleted choice, or a
    question worded exactly like one of the entry's phrasings, in ``language``."""
    kb = index.kb
    item = kb.answerable(item_id)
    if item is None:
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0, language=language)
    return _entry_answer(kb, item, question or title_of(item), 100.0, language,
                         language=language)


# How one greets a person, which asks the bot nothing: "how are you doing today?" is no
# question about today's programme, and "good morning bot" is a greeting whatever words
# the matcher leaves out of it.
_SOCIAL = re.compile(
    r"\bhow (?:are|r) (?:you|u|ya|things)(?: all)?(?: doing| going| keeping)?"
    r"(?: today| this morning| this afternoon| this evening| tonight)?\b|"
    r"\bhow(?:'s| is) (?:it|everything|your day) going\b|\bhow do you do\b|"
    r"\b(?:nice|good|pleased|glad) to (?:meet|see) (?:you|u)\b|"
    r"\bhope (?:you|u)(?:'re| are| r)? (?:well|good|fine|doing well)\b|"
    r"\bgood (?:morning|afternoon|evening|day)\b"
)


# "Who are you?", "are you a bot or a person?", "what can you do?": the whole message
# asks what the bot is, after a greeting at most.
_ABOUT_THE_BOT = re.compile(
    r"^\W*(?:(?:hi|hello|hey)(?: there)?\W+)?(?:"
    r"(?:who|what) (?:are|r) (?:you|u)(?: exactly)?"
    r"|(?:are|r) (?:you|u) (?:a |an )?(?:bot|robot|human|real person|real|person|ai|machine)"
    r"(?: or (?:a |an )?(?:bot|robot|human|real person|person|ai|machine))?"
    r"|what (?:can|do) (?:you|u) do(?: for me)?"
    r"|what can i ask(?: you| u)?"
    r"|how (?:do|does) (?:you|u|this|this bot|it) work"
    # ... and in the other UN languages ("qui êtes-vous ?", "¿quién eres?", "кто ты?")
    r"|qui (?:es[- ]tu|etes[- ]vous)|quien (?:eres|es usted)|кто (?:ты|вы)"
    r"|من (?:انت|أنت)|你是谁|你是誰|您是谁"
    r")\W*$")


def small_talk(text: str) -> SmallTalk | None:
    """Which friendly word a message needs, when it is not a question at all.

    Blank or punctuation only is a greeting (the bot introduces itself); greetings,
    thanks, goodbyes and "ok great 👍" get a word back. Emoji and symbols are allowed
    beside such words, but a message of symbols alone, or bytes that were not text,
    is worth a moderator's look and is not small talk.
    """
    if _ABOUT_THE_BOT.search(fold(text).replace("\u2019", "'").strip()):
        return SmallTalk.ABOUT
    symbols = False
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "SC" and category not in ("Cc", "Cf"):
            symbols = True
    rest, social = _SOCIAL.subn(" ", fold(text).replace("\u2019", "'"))
    if social:  # "good morning bot, how are you today?"; most messages have no such phrase
        said = [SMALL_TALK_KINDS.get(t.word) for t in tokenize(rest)]
        if None not in said:
            return next((kind for kind in (SmallTalk.THANKS, SmallTalk.GOODBYE)
                         if kind.value in said), SmallTalk.GREETING)
    words = [t.word for t in tokenize(text)]
    if not words:
        return None if symbols else SmallTalk.GREETING
    kinds = [SMALL_TALK_KINDS.get(w) for w in words]
    if any(k is None for k in kinds) or all(k == "filler" for k in kinds):
        return None
    greeted = {w for w, k in zip(words, kinds, strict=True) if k != "filler"}
    if "?" in text and greeted <= schedule.PARTS_OF_DAY.keys():
        # "this afternoon?", "evening?": asks what is on then, greets no one.
        return None
    for kind in (SmallTalk.THANKS, SmallTalk.GOODBYE, SmallTalk.GREETING):
        if kind.value in kinds:
            return kind
    return SmallTalk.ACKNOWLEDGEMENT


# Three wordings of "the programme": the FAQ entry all three rank first, and at least
# one answers confidently, is the file's own entry about the programme.
_PROGRAMME_PROBES = ("what is the programme?", "agenda", "what is the schedule")


# Worked out once per index, and let go with it (an lru_cache would keep old indexes,
# embeddings and all, alive across reloads).
_PROGRAMME_ENTRIES: weakref.WeakKeyDictionary[MatchIndex, str | None] = (
    weakref.WeakKeyDictionary())
_VENUE_ENTRIES: weakref.WeakKeyDictionary[MatchIndex, str | None] = weakref.WeakKeyDictionary()
_MEDICAL_ENTRIES: weakref.WeakKeyDictionary[MatchIndex, str | None] = weakref.WeakKeyDictionary()
_EMERGENCY_ENTRIES: weakref.WeakKeyDictionary[MatchIndex, str | None] = (
    weakref.WeakKeyDictionary())


# What is worked out once per index: an entry's id, the words of the file's places.
_Found = TypeVar("_Found")


def _once_per_index(
    found: weakref.WeakKeyDictionary[MatchIndex, _Found], index: MatchIndex,
    work: Callable[[MatchIndex], _Found],
) -> _Found:
    if index not in found:
        found[index] = work(index)
    return found[index]


def programme_entry(index: MatchIndex) -> str | None:
    """The FAQ entry about the programme as a whole, if the file has one.

    Found by asking the engine, words only, rather than by id or title: organisers
    call it "What is the programme?", "What are the conference hours each day?" (with
    "agenda" among its alternates) or anything else.
    """
    return _once_per_index(_PROGRAMME_ENTRIES, index, _programme_entry)


def _programme_entry(index: MatchIndex) -> str | None:
    decisions = [_looked_up(index, probe) for probe in _PROGRAMME_PROBES]
    tops = Counter(d.candidates[0].item_id for d in decisions if d.candidates)
    if not tops:
        return None
    top, found = tops.most_common(1)[0]
    entry = index.kb.item(top)
    # Most probes find it (a documents entry listing "agenda" among its keywords may take
    # the one-word probe): sure enough when one is confident, or when the entry's own
    # phrasing names the programme ("What does the programme look like?", alone, is too
    # short for a confident answer to "agenda").
    if not isinstance(entry, FaqEntry) or 2 * found <= len(_PROGRAMME_PROBES):
        return None
    named = _PROGRAMME_NAMED.search(_own_words(entry)) is not None
    return top if named or any(
        d.confident is not None and d.confident.item_id == top for d in decisions) else None


_PROGRAMME_NAMED = re.compile(r"\b(programme|program|agenda|schedule|timetable)\b")


# An entry about getting to the venue says so in its own phrasings.
_DIRECTIONS = re.compile(
    r"\b(get to|get there|getting there|getting to|directions|address|location|located|"
    r"how to reach|find the venue|where is)\b"
)


def _asks_where_the_event_is(index: MatchIndex, text: str) -> bool:
    """Asked in English, or in another language whose reading leaves nothing unread
    (``read_whole``: "Где проходит конференция?" reads "where held conference?"): a
    word left unread may name the thing whose place is asked."""
    if is_english(text):
        return asks_where_the_event_is(text, index.venue_words)
    if not _one_sentence(text) or not read_whole(text):
        return False
    reading = english_reading(text)
    return reading is not None and asks_where_the_event_is(reading, index.venue_words)


def _story_asks_where_the_event_is(index: MatchIndex, text: str) -> bool:
    """A message whose asking sentence asks only where the event is, after a story
    ("Hello. I am not used to this computer chat. Can you please tell me the street
    address of the building where the meeting is. Thank you kindly."): the story's
    words ask for no place. Not the way there (``says_the_way``: from where the story
    is, "our minister uses a wheelchair. How does she get to the UN?", which the
    directions need not answer)."""
    asking = asking_alone(text)
    return (asking is not None and not says_the_way(asking)
            and _asks_where_the_event_is(index, asking))


def _asks_the_way_from_elsewhere(index: MatchIndex, text: str) -> bool:
    """"How do I get to the UN from Grand Central?", "best way to the venue from JFK?":
    the way to the venue from a place no other entry is about, which the entry on
    getting to the venue answers ("from the airport" is the airport shuttle's, where a
    file has one, and "from the hotel" the hotels'). The place is told by its last word,
    which says what kind of place it is ("Times Square", "JFK airport", "my hotel"): a
    name's other words may be anything ("times")."""
    if not is_english(text):
        return False
    origin = way_from(asking_alone(text) or text, index.venue_words)
    return origin is not None and _the_directions_from(index, text, origin)


def _asks_the_journey(index: MatchIndex, text: str) -> bool:
    """"how long is a cab ride from laguardia", "landing at JFK thursday around 7am,
    whats the quickest way to get to the UN from there": how long the journey to the
    venue takes, or by what means, from a place no other entry is about
    (``journey_from``), which the entry on getting to the venue answers. Not close to
    a sensitive topic."""
    if not is_english(text):
        return False
    origin = journey_from(text, index.venue_words)
    return (origin is not None and _the_directions_from(index, text, origin)
            and index.alerts.near_sensitive(text) is None)


def _the_directions_from(index: MatchIndex, text: str, origin: tuple[str, ...]) -> bool:
    """Whether the venue entry answers the way from ``origin``, a place ``text`` names."""
    head = stem(origin[-1])
    places = _once_per_index(_PLACE_WORDS, index, _place_words)
    if head in places.elsewhere:
        return False
    # A place the venue entry names ("from JFK"), or one of plain words ("Times Square",
    # "the train station"). Not one the file does not know by a name or initials of
    # its own ("from EBB to kololo": the airport, which an entry on airport pickups
    # answers in its own words): who knows what it is.
    if head in places.venue:
        return True
    initials = re.search(rf"\b{re.escape(origin[-1].upper())}\b", text) is not None
    return is_english_word(origin[-1]) and not initials


@dataclass(frozen=True)
class _PlaceWords:
    """The stems the places a question names are told by, worked out once per index."""

    # What every FAQ entry but the venue entry, and every room, was written to be found by.
    elsewhere: frozenset[str]
    # What the venue entry says, its answer included ("from JFK", "from Grand Central").
    venue: frozenset[str]


def _place_words(index: MatchIndex) -> _PlaceWords:
    venue = venue_entry(index)
    said = [_own_words(entry) for entry in index.kb.faq if entry.id != venue]
    said += [fold(room.name) for room in (index.kb.venue.rooms if index.kb.venue else ())]
    entry = index.kb.item(venue) if venue is not None else None
    own = f"{_own_words(entry)} {entry.answer}" if isinstance(entry, FaqEntry) else ""
    return _PlaceWords(frozenset(stem(word) for text in said for word in words(text)),
                       frozenset(stem(word) for word in words(own)))


_PLACE_WORDS: weakref.WeakKeyDictionary[MatchIndex, _PlaceWords] = weakref.WeakKeyDictionary()


def venue_entry(index: MatchIndex) -> str | None:
    """The FAQ entry on where the venue is and how to get there, if the file has one.

    Asked by the venue's own name ("how do I get to the Vienna International Centre?"):
    files call their venue by name, and "the venue" alone brings up whatever entry
    mentions one (hotels near it, its accessibility).
    """
    return _once_per_index(_VENUE_ENTRIES, index, _venue_entry)


def _venue_entry(index: MatchIndex) -> str | None:
    venue = index.kb.venue
    if venue is None:
        return None
    # By the venue's name first; then by the event's own word, for a venue named like
    # another entry's subject (a hotel whose conference wing holds the workshop: the
    # probe by its name finds the hotels entry).
    probes = (f"how do I get to the {venue.name}?",
              f"where is the {index.event_noun or 'conference'} held?")
    return _probed_entry(index, probes, _DIRECTIONS)


@dataclass(frozen=True)
class _Lookup:
    """One of the file's own entries, found by asking the words' engine (``probes``, in
    order) and kept when its own phrasings say what it is for (``named``), like the venue
    entry: organisers call their entries anything. ``unless``: an entry whose question
    says this is another's ("Can I bring a guest to the networking reception?" is no
    entry on who may attend). ``fits``: whether the entry, by all it says (folded),
    answers this question of its kind (an entry on wheelchair access does not answer a
    deaf delegate). ``sole``: kept only where no other entry's question or alternates
    say the same (a file with entries on taking photos and on consenting to be
    photographed leaves the choice to the question's words). Worked out once per
    index."""

    probes: tuple[str, ...]
    named: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    fits: Callable[[str, str], bool] | None = None
    sole: bool = False
    found: weakref.WeakKeyDictionary[MatchIndex, str | None] = field(
        default_factory=weakref.WeakKeyDictionary, compare=False, repr=False)

    def entry(self, index: MatchIndex) -> str | None:
        return _once_per_index(self.found, index, self._find)

    def _find(self, index: MatchIndex) -> str | None:
        for probe in self.probes:
            found = _found_by(index, probe, self.named)
            entry = index.kb.item(found) if found is not None else None
            if isinstance(entry, FaqEntry) and (
                    self.unless is None or not self.unless.search(fold(entry.question))):
                return found if not self.sole or self._alone(index, entry.id) else None
        return None

    def _alone(self, index: MatchIndex, found: str) -> bool:
        return not any(
            self.named.search(fold(" ".join((entry.question, *entry.alternates))))
            for entry in index.kb.faq if entry.id != found)


# Its own phrasings say both what is done and to what: "Can I still organise a side
# event?", "side event application", "How can my delegation host a side event?".
_ORGANISING = _Lookup(
    ("how can we organise a side event?", "can I host a side event?"),
    re.compile(
        r"\b(?:organi[sz]e|organi[sz]ing|host|hosting|hold|holding|propose|proposal|apply|"
        r"application|submit|request)\b.*\bside ?events?\b|\bside ?events?\b.*\b(?:organi[sz]e|"
        r"organi[sz]ing|organi[sz]er|host|hosting|proposals?|apply|application)\b"))
_MEETING_ROOM = _Lookup(("how can I book a room for a bilateral meeting?",),
                        re.compile(r"\bbilat(?:eral)?s?\b"))
# A file's entry on bringing a guest first ("Can I bring a guest or colleague who is not
# registered?"), then on who may attend. Named so in its own words: "public" alone is
# "public transport" too.
_ATTENDANCE = _Lookup(
    ("can I bring a guest who is not registered?", "can anyone attend the conference?",
     "is it open to the public?"),
    re.compile(
        r"\b(?:guests?|not registered|anyone|anybody|everyone|who can attend|who may attend|"
        r"who can take part|open to|invitation only|by invitation|invited)\b"),
    unless=re.compile(r"\b(?:reception|dinner|lunch|excursion|tour|visit)\b"))
# Its own phrasings ask the way in ("which gate do I use?", "How do I get into the
# building?"): an entry on the security checks "at the entrance" may not say which.
_ENTRANCE = _Lookup(
    ("which entrance do participants use?",),
    re.compile(
        r"\b(?:which|what)\s+(?:entrance|entrances|gate|gates|door|doors)\b|\bway in\b"
        r"|\bget in\b|\bget into\b|\bwhere (?:do|to|should) (?:i|we) (?:enter|go in)\b"))
_WIFI = _Lookup(("is there wifi?", "what is the wifi password?"),
                re.compile(r"\b(?:wifi|wi-fi|wireless|internet|network)\b"))
# Its own phrasings say the event is webcast, streamed or watched online ("Can I watch
# the conference online?", "Is there a livestream or a Zoom link?").
_WEBCAST = _Lookup(
    ("can I watch the conference online?", "is the conference webcast?"),
    re.compile(
        r"\b(?:webcast\w*|stream\w*|livestream\w*|live stream|web ?tv|broadcast\w*)\b"
        r"|\b(?:watch|follow|view)\b.*\b(?:online|remotely|internet|from home|live)\b"))
# Its own phrasings say registering, signing up or substituting ("How do I register for
# the conference?", "Can I change the name of a delegate?"); not a registration desk's
# place ("Where is the registration desk?", the badge office's).
_REGISTRATION = _Lookup(
    ("how do I register for the conference?", "can I change the name of a delegate?"),
    re.compile(r"\b(?:regist\w*|sign(?:ing)? up|substitut\w*|nominat\w*)\b"),
    unless=re.compile(r"\b(?:desk|counter|gate|badges?|pick ?up|collect\w*|where)\b"))
# Its own phrasings say access or a disability ("Is the venue wheelchair accessible?",
# "What support is there for participants with disabilities?").
_ACCESSIBILITY = _Lookup(
    ("is the venue wheelchair accessible?", "what support is there for participants with "
     "disabilities?"),
    re.compile(r"\b(?:accessib\w*|wheel ?chairs?|disab\w*|step-?free|mobility|hearing|"
               r"deaf|blind|sign language|special needs)\b"),
    fits=need_spoken_of)
# Its own phrasings say taking photos, filming or recording ("Can I take photos or record
# during the conference?").
_PHOTOGRAPHY = _Lookup(
    ("can I take photos during the sessions?", "is filming allowed?"),
    re.compile(r"\b(?:photo\w*|pictures?|pics?|film\w*|record\w*|cameras?|video\w*)\b"),
    fits=act_spoken_of, sole=True)
# Its own phrasings say security or screening ("What are the security checks at the
# entrance?"); not the Security Council's, nor the security staff's.
_SECURITY = _Lookup(
    ("how long does the security check take?", "what are the security checks at the "
     "entrance?"),
    re.compile(r"\b(?:security|screening|scanners?|metal detectors?|x-?ray|bag checks?)\b"),
    unless=re.compile(r"\b(?:council|staff|officers?|guards?)\b"),
    fits=screening_answered)
# Its own phrasings say picking up or collecting a badge ("Where do I pick up my
# badge?"); not a lost one's.
_BADGE_PICKUP = _Lookup(
    ("where do I pick up my badge?",),
    re.compile(r"\b(?:pick ?up|pick-up|collect\w*|get|obtain|issued|accreditation)\b"
               r".*\b(?:badges?|pass(?:es)?)\b|\b(?:badges?|pass(?:es)?)\b.*\b(?:pick ?up|"
               r"pick-up|collect\w*|issued)\b|\bbadge pick-?up\b"),
    unless=re.compile(r"\b(?:lost|lose|replace\w*|stolen)\b"),
    fits=identification_stated)
# Its own phrasings say a certificate or proof of attendance ("Can I get a certificate of
# attendance?").
_CERTIFICATE = _Lookup(
    ("can I get a certificate of attendance?",),
    re.compile(r"\b(?:certificate\w*|cert|attestation|proof|confirmation)\b"),
    unless=re.compile(r"\b(?:visa|invitation)\b"))
# Its own phrasings say dress or what to wear ("What is the dress code?").
_DRESS_CODE = _Lookup(
    ("what is the dress code?",),
    re.compile(r"\b(?:dress\w*|attire|wear|clothing|clothes|uniforms?)\b"),
    unless=re.compile(r"\b(?:reception|dinner|gala|visit|excursion)\b"),
    fits=dress_spoken_of)
# Its own phrasings say interpretation or languages ("Will there be interpretation?").
_INTERPRETATION = _Lookup(
    ("will there be interpretation?", "which languages will be interpreted?"),
    re.compile(r"\b(?:interpret\w*|translat\w*|languages?)\b"),
    unless=re.compile(r"\b(?:sign|deaf|hearing)\b"))
# Its own phrasings say side events as such ("What side events are there?", "Do I need to
# register for side events?"), not one of them ("the youth side event"), nor putting one on.
_SIDE_EVENTS = _Lookup(
    ("what side events are there?", "do I need to register for the side events?",
     "how do I sign up for a side event?"),
    re.compile(r"\bside ?events\b|\b(?:a|any) side ?event\b"),
    unless=re.compile(r"\b(?:organi[sz]\w*|host\w*|hold|propos\w*|apply|application)\b"),
    fits=side_events_answered)
# Its own phrasings say food, meals or coffee ("Is lunch provided?", "Where can I get food
# and coffee?"); not a reception's or dinner's, nor a diet's, nor one day's ("Where is
# lunch served on Thursday?").
_FOOD = re.compile(r"\b(?:food|lunch\w*|meals?|coffee|catering|eat|cafeteria|cafe|"
                   r"refreshments|snacks?|drinks)\b")
_NOT_FOOD = re.compile(
    r"\b(?:reception|dinner|gala|diet\w*|halal|kosher|vegetarian|allerg\w*|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|day (?:1|2|3|one|two|three)|"
    r"(?:first|second|third|last) day)\b")
_LUNCH = _Lookup(("is lunch provided?",), _FOOD, unless=_NOT_FOOD, fits=meals_answered)
_WHERE_TO_EAT = _Lookup(("where can I get food and coffee?", "where can I get a coffee?"),
                        _FOOD, unless=_NOT_FOOD, fits=meals_answered)
# Its own phrasings say an information or help desk ("Where is the information desk?",
# "help desk"), not a registration or badge desk.
_HELP_DESK = _Lookup(
    ("where is the information desk?", "who do I contact for help?"),
    re.compile(r"\b(?:(?:info|information|help|enquir\w*|inquir\w*|welcome) ?(?:desk|counter|"
               r"point)|helpdesk)\b"),
    fits=contact_answered)
# Its own phrasings say contacting the organisers ("Who do I contact for help?"); not an
# emergency's, the press's or a visa's.
_CONTACT = _Lookup(
    ("who do I contact for help?", "what is the phone number of the organisers?"),
    re.compile(r"\b(?:contact\w*|phone|email|e-mail|help ?desk|helpdesk|secretariat)\b"),
    unless=re.compile(r"\b(?:emergenc\w*|medical|security|press|media|visa\w*|embassy|"
                      r"hotels?|lost)\b"),
    fits=contact_answered)
# Its own phrasings say lost property ("Is there a lost and found?"), not a lost badge.
_LOST_PROPERTY = _Lookup(
    ("I lost something, is there a lost and found?", "where is lost property?"),
    re.compile(r"\b(?:lost (?:and|&) found|lost property|lost (?:items?|something|things)|"
               r"found (?:items?|something)|left (?:something|behind)|forgot\w*)\b"),
    unless=re.compile(r"\b(?:badges?|pass|passes|passports?)\b"))
# Its own phrasings say luggage, bags or a cloakroom ("Can I bring my luggage?", "Is there
# a cloakroom?").
_LUGGAGE_ENTRY = _Lookup(
    ("can I bring my luggage?", "is there a cloakroom?"),
    re.compile(r"\b(?:luggage|suitcases?|cloakroom|bags?|backpacks?|coats?|lockers?)\b"),
    unless=re.compile(r"\b(?:lost|hotels?|airline)\b"),
    fits=luggage_answered)
# Its own phrasings say hotels or accommodation ("Can you recommend a hotel?", "Are
# hotels booked by the organisers?"); not a hotel's shuttle or rate.
_HOTELS = _Lookup(
    ("do the organisers book hotels for participants?", "can you recommend a hotel?"),
    re.compile(r"\b(?:hotels?|accommodation|lodging|where to stay)\b"),
    unless=re.compile(r"\b(?:shuttle|airport|transfer|breakfast|check-?out)\b"),
    fits=accommodation_answered)
# Its own phrasings say who organises or runs the event ("Who is organising the
# conference?"); not a side event's, nor how to contact them.
_ORGANISERS = _Lookup(
    ("who is organising the conference?", "who organises this event?"),
    re.compile(r"\b(?:organi[sz]\w*|hosts?|hosted|convene\w*|run by|runs)\b"),
    unless=re.compile(r"\b(?:side ?events?|contact\w*|email|phone|reach|register\w*)\b"))
# Its own phrasings say who attends or how many ("Who is attending the conference?", "how
# many participants are there"); kept where its text gives figures.
_WHO_ATTENDS = _Lookup(
    ("who is attending the conference?", "how many participants are there?"),
    re.compile(r"\b(?:how many (?:participants|people|attendees|countries|delegations)|"
               r"who (?:is|are) (?:attending|coming|participating|taking part)|who attends|"
               r"number of (?:participants|delegations|attendees))\b"),
    fits=figures_given)
# Its own phrasings say visas or invitation letters ("Do I need a visa?").
_VISAS = _Lookup(
    ("do I need a visa?", "can I get an invitation letter for my visa?"),
    re.compile(r"\b(?:visas?|invitation letters?|letters? of invitation|visa letter)\b"),
    fits=visa_answered)
_LOST_BADGE = _Lookup(
    ("I lost my badge, what do I do?",),
    re.compile(
        r"\b(?:lost|lose|losing|replace|replacement|stolen)\b.*\b(?:badge|badges|pass)\b"
        r"|\b(?:badge|badges|pass)\b.*\b(?:lost|lose|losing|replace|replacement|stolen)\b"))

# The file's entries on organising a side event, on rooms for bilateral meetings, on who
# may attend, on the way in, on a lost badge, on its wifi, on its webcast, on
# registration, on accessibility, on photography, on security, on badge pick-up and on
# certificates of attendance, on its dress code and on interpretation, if it has them.
organising_entry = _ORGANISING.entry
meeting_room_entry = _MEETING_ROOM.entry
attendance_entry = _ATTENDANCE.entry
entrance_entry = _ENTRANCE.entry
lost_badge_entry = _LOST_BADGE.entry
wifi_entry = _WIFI.entry
webcast_entry = _WEBCAST.entry
registration_entry = _REGISTRATION.entry
accessibility_entry = _ACCESSIBILITY.entry
photography_entry = _PHOTOGRAPHY.entry
security_entry = _SECURITY.entry
badge_pickup_entry = _BADGE_PICKUP.entry
certificate_entry = _CERTIFICATE.entry
dress_code_entry = _DRESS_CODE.entry
interpretation_entry = _INTERPRETATION.entry

# What an asker wants, read from the question as a whole (``hosting``, ``attendee_wants``),
# and the file's entry that answers it, in this order: "Our mission would like to host a
# side event on border management, too late?" (the subject of the asker's event is not
# what is asked), "We need a small room to meet the Jordanian delegation for half an
# hour" (who is met and for how long would outweigh the bilateral rooms' entry), "My cousin
# is a grad student. Could she just come along and sit in?", "Which door do conference
# participants go in by?", "Left my conference pass in my hotel room and I'm already at
# the gate", "Is the conference wifi suitable for sensitive traffic from our ministry?",
# "can my team back home watch the closing live?", "Our director can't come; his deputy
# will attend instead. Whom should we inform?", "I lip-read, but the General Assembly Hall
# is huge. Can real-time captioning be arranged for me?", "can i take pics during the FTF
# session?", "how long is the security queue on thursday morning", "Where do I pock up my
# bade? Landed late last night", "my ministry needs proof that I attended in order to
# reimburse me", "Can our officers attend in their service uniform?", "Can our DG take the
# floor in Arabic in the plenary?".
_WANTED: tuple[tuple[Callable[[str], bool], _Lookup], ...] = (
    (asks_to_host_an_event, _ORGANISING),
    (asks_for_a_room_to_meet, _MEETING_ROOM),
    (asks_who_may_attend, _ATTENDANCE),
    (asks_the_way_in, _ENTRANCE),
    (says_a_badge_is_lost, _LOST_BADGE),
    (asks_whether_the_network_is_safe, _WIFI),
    (asks_to_watch_from_afar, _WEBCAST),
    (says_the_delegation_changed, _REGISTRATION),
    (says_an_access_need, _ACCESSIBILITY),
    (asks_to_photograph, _PHOTOGRAPHY),
    (asks_about_screening, _SECURITY),
    (asks_where_to_collect_a_badge, _BADGE_PICKUP),
    (asks_for_proof_of_attendance, _CERTIFICATE),
    (asks_what_to_wear, _DRESS_CODE),
    (asks_to_speak_in_a_language, _INTERPRETATION),
    (asks_about_side_events, _SIDE_EVENTS),
    (asks_whether_lunch_is_provided, _LUNCH),
    (asks_where_to_eat_or_drink, _WHERE_TO_EAT),
    (asks_where_the_help_desk_is, _HELP_DESK),
    (asks_whom_to_contact, _CONTACT),
    (says_something_was_lost, _LOST_PROPERTY),
    (asks_about_luggage, _LUGGAGE_ENTRY),
    (asks_about_accommodation, _HOTELS),
    (asks_who_organises, _ORGANISERS),
    (asks_how_many_take_part, _WHO_ATTENDS),
    (asks_about_a_visa, _VISAS),
)


# A part of a question that asks a question of its own: "can I bring my dog?", not "queue
# is long?" (the first part's).
_A_QUESTION_OF_ITS_OWN = re.compile(
    r"\s*(?:can|could|may|might|is|are|do|does|did|will|would|should|shall|where|when|what|"
    r"how|which|who|whom|why)\b")


_TIED = re.compile(r"\s*(?:besides|apart|except|other than|like|about|for|from|with|without|"
                   r"during|after|before|on|in|at|by|as)\b")


def _another_question(index: MatchIndex, parts: list[str], wanted: str) -> bool:
    """Whether a question of several ``parts`` (``_asking_parts``; ``_answer_each_clause``
    answered not every one) asks, in a part of its own, of something the wanted entry
    never names: "where do I pick up my badge and can I bring my dog?" may ask the part
    that matters second, and "wifi network login and where can I get a coffee?" names the
    first. Not a part that goes on about the same thing ("...? Is my driving licence
    enough or do I need the passport?": the entry names the passport)."""
    said = {token.stem for token in tokenize(index.said(wanted))}

    def asks_of_something_else(part: str) -> bool:
        own = [token.stem for token in tokenize(part)
               if not token.stop and token.word not in GENERIC_WORDS]
        if _A_QUESTION_OF_ITS_OWN.match(fold(part)):
            return not any(stem in said for stem in own)
        # A thing named and nothing else ("wifi network login and where can I get a
        # coffee?"), by words of its own, that the file has something else on; not what a
        # preposition ties to another part ("besides the big plenary, are there smaller
        # events?"), nor a greeting in another language ("Habari. Please where ...?").
        if not (_bare_topic(part) and _TIED.match(fold(part)) is None and own
                and not any(stem in said for stem in own)):
            return False
        found = _looked_up(index, part)
        return bool(found.candidates) and found.candidates[0].relevance >= found.suggest_at

    return any(asks_of_something_else(part) and _wanted_entry(index, part) != wanted
               for part in parts)


def _wanted_entry(index: MatchIndex, text: str) -> str | None:
    """The entry answering what an English question wants (``_WANTED``), if the file
    has it; asked only of a question that asks no piece of work ("please book us a room
    for a bilateral", ``_answer``). Not a fact the entry does not state ("is there a fee
    for a replacement if I lose my badge?", ``decision.unstated``): the decision's vetoes
    refuse it of a matched answer too."""
    if not is_english(text):
        return None
    for wants, lookup in _WANTED:
        found = lookup.entry(index) if wants(text) else None
        if (found is not None and unstated(index, text, found) is None
                and (lookup.fits is None or lookup.fits(text, index.said(found)))):
            return found
    return None


def _from_programme(index: MatchIndex, asked: ScheduleQuestion, result: Answer) -> Answer:
    """A day's whole programme ("what's on friday?", "agenda for tues") is the programme
    entry's answer in the day's detail: it goes by that entry's id, not by the id of
    whichever session happens to come first in the list (which no one asked about).

    So do the conference's length and an answer that nothing is on (or, in one room,
    that room's entry). Live questions (now, next, at a time), the first or last of a
    day and one room's or one kind's listing keep their sessions' ids: those ask about
    the sessions.
    """
    # A listing of all that runs, in no one room, of no one kind, nor one item of it.
    all_listed = (
        asked.intent is Intent.DAY and asked.room is None and not asked.kinds
        and not asked.first_only and not asked.last_only and asked.window is None
    )
    whole_day = all_listed and asked.day is not None and (
        len(result.sessions) > 1 or asked.day not in index.kb.conference.dates)
    # "What time do things kick off in the mornings?": a part of every day, listed across
    # the days, is the programme's, not its first session's.
    every_day = (all_listed and asked.day is None and asked.part is not None
                 and len({s.day for s in result.sessions}) > 1)
    # "How long is the conference?": its first and last day, the programme as a whole.
    whole = whole_day or every_day or asked.intent is Intent.LENGTH
    # "What's on at 11pm?": "Nothing is scheduled at that time" goes by the programme
    # entry too; in one room, by that room's ("nothing in Conference Room 2 at that
    # time"), for the stats. ``ask --json`` reports it as no entry's answer (``nothing_on``).
    nothing = result.answered and result.item_id is None
    if not result.answered or not (whole or nothing):
        return result
    if whole_day and asked.part is not None and asked.day in index.kb.conference.dates:
        # "What's on this afternoon?": the part's first main session, where it has one
        # (every writer of a question set takes it; lunch or a side event, which may
        # start first, not all); a part without one (lunchtime) by what it lists first,
        # the pause, which most writers take (not the programme entry: none did).
        main = schedule.Selection(breaks=False, side_events=False)
        first = next((s.id for s in result.sessions if main.keep(s)),
                     result.sessions[0].id if result.sessions else None)
        if first is not None:
            return replace(result, item_id=first, best_id=first)
    room = asked.room.id if nothing and asked.room is not None else None
    entry = room if room is not None and index.kb.answerable(room) is not None else (
        programme_entry(index))
    if entry is None:
        return result
    return replace(result, item_id=entry, best_id=entry)


def _is_general_programme(asked: ScheduleQuestion) -> bool:
    """"Agenda?": an FAQ entry about the programme, if there is one, beats a raw listing."""
    return (
        asked.intent is Intent.DAY and asked.day is None and asked.room is None
        and not asked.kinds and asked.part is None
    )


def _item_answer(
    kb: KnowledgeBase, question: str, candidate: Candidate, confidence: float,
    lang: str | None = None,
) -> Answer:
    item = kb.answerable(candidate.item_id)
    assert item is not None, "the index only holds ids of the knowledge base"
    if isinstance(item, Theme) and (_SESSION_ASKED.search(" ".join(words(question)))
                                    or facts.asked(question) & _WHEN_OR_WHERE):
        # "Any session about terrorists' propaganda?", "is there something on survivors":
        # the one session of the theme, not the theme's description. So is "the one
        # about digital evidence, which room is it in?": a theme has no room or time.
        # Of several, the one of the kind asked for: "when is the plenary on stopping
        # radicalisation?" is the theme's plenary session, not its side events.
        held = kb.held_in(item.id)
        held = of_the_kind_said(question, held) or held  # "any session on X?": the side event
        if facts.asked(question) & _WHEN_OR_WHERE:
            # A theme has no time or place: the session that says most of what is asked.
            held = _titled_by_the_words(question, held, item.title) or held
        if len(held) == 1:
            item = held[0]
    return _entry_answer(kb, item, question, round(100.0 * confidence, 1), lang)


def _titled_by_the_words(
    question: str, held: Sequence[Session], theme: str
) -> list[Session]:
    """Of a theme's sessions, the one whose title says most of the question's own words
    ("when is the session on ports and power plants": "Session 2: Critical
    infrastructure under threat: ports, power and transport"), where one says more. Not
    by the theme's own name, which all of them are about ("when is preventing violent
    extremism discussed?": the theme, which lists them)."""
    said = _own_stems(question) - {t.stem for t in tokenize(theme)}
    shared = [(len(said & title_stems(s)), s) for s in held]
    most = max((n for n, _ in shared), default=0)
    best = [s for n, s in shared if n == most]
    return best if most > 0 and len(best) == 1 else []


# What a theme cannot hold and its session does.
_WHEN_OR_WHERE = facts.Fact.TIME | facts.Fact.CLOCK | facts.Fact.PLACE
# A question asking for the programme's session on a topic, not about the topic.
_SESSION_ASKED = re.compile(
    r"\b(?:session|sessions|sideevent|sideevents|panel|panels|talk|talks|event|events|"
    r"meeting|thing|(?:anything|something) (?:on|about)|in the (?:programme|program|agenda)|"
    # its state: a theme does not start or end ("the meeting for digital evidence, already
    # it has started?")
    r"started|begun|starts|begins|finished|ended|over|under ?way|going on)\b")


def _entry_answer(
    kb: KnowledgeBase, item: Item, question: str, score: float, lang: str | None,
    *, language: str | None = None,
) -> Answer:
    """One entry's answer, in ``lang`` where it is translated; ``language`` is the
    question's, when the caller already knows it."""
    text, untranslated = _item_text(kb, item, lang)
    title = title_in(item, lang)
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=score,
        item_id=item.id,
        kind=kind_of(item),
        title=title,
        text=text,
        sessions=(item,) if isinstance(item, Session) else (),
        best_id=item.id,
        parts=(AnsweredPart(item.id, title, score),),
        language=language,
        untranslated=untranslated,
    )


def _item_text(kb: KnowledgeBase, item: Item, lang: str | None) -> tuple[str, bool]:
    """The item's answer in ``lang``, and whether it is still the English text.

    A generated answer (a session, theme or room) is always in ``lang``: its labels
    are the bot's, its titles translated where the FAQ has them. An FAQ entry's answer
    is the organisers' text: English (with a note) until they translate it.
    """
    if isinstance(item, Session):
        return describe.describe_session(kb, item, lang), False
    if isinstance(item, Theme):
        return describe.describe_theme(kb, item, lang), False
    if isinstance(item, Room):
        return describe.describe_room(kb, item, lang), False
    return text_in(item, "answer", lang) or item.answer, not has_text_in(item, "answer", lang)


def clauses(text: str) -> list[str]:
    """The parts of a question that asks several things (one part for most questions).

    "Which of the meetings are private and which can the public follow?" is one
    question: its second "which" has no noun of its own and contrasts with the first.
    """
    folded = fold(text)
    parts: list[str] = []
    start = 0
    for brk in _CLAUSE_BREAK.finditer(folded):
        if (_CONTRASTING_WHICH.match(folded, brk.end()) and _AND.search(brk.group())
                and folded[start:].lstrip().startswith("which ")):
            continue
        parts.append(folded[start:brk.start()])
        start = brk.end()
    parts.append(folded[start:])
    return [c for c in parts if c and c.strip()]


def _answer_in_parts(
    index: MatchIndex, question: str, text: str, lang: str | None = None, meaning: bool = True
) -> Answer | None:
    """Answer a question of several parts from the parts that have a confident answer.

    "Where do I get my badge and what's the wifi?" gets both answers. A part with
    nothing of its own to match ("hi!", "thanks") is skipped. A part without a
    confident answer that only tells ("I'm coeliac, any gluten-free options?": the
    story) leaves the others answered where the whole question, judged as one, is not
    confident itself but leans the same way (its best candidate is one of theirs, and
    good enough to suggest): a part read alone loses the rest's context, and the whole
    keeps it. A part that asks and gets no answer sends the whole question back to be
    judged as one: the question left over may be the one that matters, or one the bot
    must not touch (a sensitive question the alert stage missed, half-answered from
    the other part, on a blind alert table). Unless it is nearly sure alone and the
    whole ranks its entry first too (``_agreed_by_the_whole``), where every part asks a
    question of its own. A part that tells of a session, however sure its answer, is
    where the story happened (``_sets_the_scene``): not answered, and the others
    answered without the whole's lean.
    """
    parts = clauses(text)
    if not 2 <= len(parts) <= MAX_PARTS * 2:
        return None
    folded = fold(text)
    found: list[tuple[int, Candidate, float]] = []  # (the part's place, its answer)
    told: list[str] = []  # parts without an answer that only tell (the story)
    scene: list[str] = []  # parts that tell which session the story happened in
    unsure: list[tuple[int, str, Decision]] = []  # parts that ask, without an answer
    own = _with_words_of_their_own(index, parts)
    # The whole question judged as one: read at most once, by the agreement and the lean.
    whole = functools.cache(lambda: _judged(index, text, meaning))
    standing = True  # every part asks, confidently answered or not, of its own
    for at, part in enumerate(own):
        asks = _asks(part, folded) or _bare_topic(part)
        standing = standing and asks and not _speaks_of_another_part(part)
        if _topic_of_next(own, at, folded):
            told.append(part)
            continue
        if not asks and SAYS_WHO_ASKS.match(part) and not _SAYS_A_NEED.search(part):
            # "I'm an academic invited to speak at a side event. What is the conference
            # trying to achieve?": who asks is the story, whatever entry it fits.
            told.append(part)
            continue
        decision, _ = _judged(index, part, meaning, whole_question=False)
        if decision.confident is None:
            if asks:
                unsure.append((at, part, decision))
            else:
                told.append(part)
        elif not asks and _sets_the_scene(part, decision.confident, own[at + 1:]):
            scene.append(part)
        elif all(decision.confident.item_id not in c.related for _, c, _ in found):
            found.append((at, decision.confident, decision.confidence))
    if unsure:
        agreed = (_agreed_by_the_whole(index, text, unsure[0][2], whole)
                  if standing and found and len(unsure) == 1 and is_english(text) else None)
        if agreed is not None:
            if all(agreed.item_id not in c.related for _, c, _ in found):
                found = sorted([*found, (unsure[0][0], agreed, unsure[0][2].confidence)],
                               key=lambda f: f[0])
            else:
                told.append(unsure[0][1])  # "hard of hearing": the other part's topic
        elif any(_asks(part, folded) for _, part, _ in unsure):
            return None
        else:
            told.extend(part for _, part, _ in unsure)
    if not (len(found) + len(told) + len(scene) >= 2 and 1 <= len(found) <= MAX_PARTS):
        return None
    if (told or scene) and index.alerts.leans_sensitive(text) is not None:
        return None
    if told and not _leans_to([c for _, c, _ in found], whole()):
        return None
    return _joined(question, [_item_answer(index.kb, question, c, confidence, lang)
                              for _, c, confidence in found])


def _sets_the_scene(part: str, answer: Candidate, later: list[str]) -> bool:
    """Whether a part that tells rather than asks, confidently answered by a session,
    only says where the asker's story happened: "missed session 1, is there a
    recording?", "I was at session 2 yesterday, is there wifi in the hall?". The
    question is the other part's; the session's own answer (its time, room and
    speakers) is not what was asked. Not when the part holds a question word ("speed
    mentoring where is it now, i heard it moved"), nor when a later part speaks of it
    ("missed session 1, is there a recording of it?", "which room"): the session is
    then part of the question."""
    return (bool(answer.features.get("session"))
            and _QUESTION_WORDS.isdisjoint(words(part))
            and not any(_speaks_of_another_part(p) for p in later))


def _agreed_by_the_whole(
    index: MatchIndex, text: str, part: Decision,
    judged: Callable[[], tuple[Decision, AlertTopic | None]],
) -> Candidate | None:
    """The answer of a part that asks without a confident answer, where the whole
    question, judged as one, ranks the same entry first ("wifi network name and where
    do I get my badge?": the part alone is nearly sure of the wifi entry, and so is the
    whole), and nothing leans to a sensitive topic."""
    if part.veto is not None or not part.candidates or (
            part.confidence < PART_AGREED_CONFIDENCE):
        return None
    best = part.candidates[0]
    whole, raised = judged()  # only once the part itself is nearly sure
    if (raised is not None or whole.confident is not None or not whole.candidates
            or whole.candidates[0].item_id != best.item_id
            or index.alerts.leans_sensitive(text) is not None):
        return None
    return best


def _joined(question: str, answers: list[Answer]) -> Answer:
    """One answer of several parts' answers, the first part's first."""
    # "What's on now, and where is the cloakroom?" in a gap: the cloakroom's entry
    # answers, "nothing is on right now" is said beside it.
    first = next((a for a in answers if not a.nothing_on), answers[0])
    body = "\n\n".join(
        f"**{a.title}**\n{a.text}" if a.kind is ItemKind.FAQ else a.text or "" for a in answers
    )
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=min(a.score for a in answers),
        item_id=first.item_id,
        kind=first.kind,
        title=" \u00b7 ".join(a.title or "" for a in answers),
        text=body,
        sessions=tuple(s for a in answers for s in a.sessions),
        best_id=first.item_id,
        also_ids=tuple(a.item_id for a in answers
                       if a is not first and a.item_id is not None and not a.nothing_on),
        parts=tuple(p for a in answers for p in _parts_of(a)),
        untranslated=any(a.untranslated for a in answers),
        nothing_on=all(a.nothing_on for a in answers),
    )


def _parts_of(answer: Answer) -> tuple[AnsweredPart, ...]:
    """What one part's answer was answered from: a programme listing names the session
    it is about but keeps no part of its own, and the joined answer must still list it
    (``ask --json`` reports ``id`` and ``answers`` from the same parts)."""
    if answer.nothing_on:
        return ()
    if answer.parts or answer.item_id is None:
        return answer.parts
    return (AnsweredPart(answer.item_id, answer.title or answer.item_id, answer.score),)


def _answer_each_clause(
    index: MatchIndex, question: str, text: str, parts: list[str], now: dt.datetime,
    lang: str | None, meaning: bool,
) -> Answer | None:
    """Answer a question of several ``parts`` (``_asking_parts``) part by part, each the
    whole way (the
    programme's logic included), when every part gets a confident answer of its own.

    "When is the opening and is there wifi?" asks the programme one thing and the FAQ
    another: read whole, the programme's logic took it all (or the FAQ's parts left the
    programme's out). Every part must ask: a part that tells ("missed plenary 1, is
    there a recording?") is the context of another, and a part that needs the others
    (a follow-up pointing back) gets no answer of its own; the question then goes on to
    be read whole.
    """
    answers: list[Answer] = []
    for part in parts:
        result = _answer(index, part, part, now, lang, meaning, whole_question=False)
        if not result.answered or result.alert is not None:
            return None
        if all(result.item_id != a.item_id for a in answers):
            answers.append(result)
    if len(answers) < 2 or index.alerts.near_sensitive(text) is not None:
        return None
    return _joined(question, answers)


def _asking_parts(index: MatchIndex, text: str, now: dt.datetime) -> list[str] | None:
    """The parts of an English question of several parts that each ask, if it is one."""
    parts = clauses(text)
    if len(parts) < 2 or not is_english(text):
        return None  # one part; or a word-for-word reading of a fragment, too thin
    parts = _with_words_of_their_own(index, parts, now)
    folded = fold(text)
    if not 2 <= len(parts) <= MAX_PARTS or not all(
            _asks(p, folded) or _bare_topic(p) for p in parts):
        return None  # a part that tells rather than asks ("missed plenary 1") is context
    if any(_topic_of_next(parts, at, folded) for at in range(len(parts))):
        return None  # "the cafeteria food, is it halal?" is one question
    return parts


def _topic_of_next(parts: list[str], at: int, folded: str) -> bool:
    """Whether the part at ``at`` only names what the next part asks about: "The food
    in the cafeteria, is it halal?" ("it" is the food) is one question, not two."""
    return (at + 1 < len(parts) and _POINTS_BACK.match(parts[at + 1].lstrip()) is not None
            and not _asks(parts[at], folded))


def _leans_to(found: list[Candidate], judged: tuple[Decision, AlertTopic | None]) -> bool:
    """Whether the whole question, judged as one (``judged``), leans to what its parts
    found: not confident itself, but not far off (``policy.PART_LEAN_CONFIDENCE``), its
    best candidate one of theirs and good enough to suggest."""
    whole, raised = judged
    if (raised is not None or whole.confident is not None or not whole.candidates
            or whole.confidence < PART_LEAN_CONFIDENCE):
        return False
    best = whole.candidates[0]
    return best.relevance >= whole.suggest_at and any(best.item_id in c.related for c in found)


# A clause that asks: it opens as a question does, or a question mark ends it.
_ASKS = re.compile(rf"(?:{_ASKING_WORDS}|whom|why|may|whether)\b")


def _with_words_of_their_own(
    index: MatchIndex, parts: list[str], now: dt.datetime | None = None
) -> list[str]:
    """The parts with something of their own to match: not "hi!" or "thanks", nor
    only words every entry has, unless the programme reads them at ``now`` ("whats the
    wifi password and what is on now?": "what is on now" is all common words)."""
    return [p for p in parts if small_talk(p) is None
            and (any(not t.token.generic for t in index.query_terms(p))
                 or (now is not None and _asks_now_or_next(index, p, now)))]


def _asks_now_or_next(index: MatchIndex, part: str, now: dt.datetime) -> bool:
    """Whether a part asks what is on now or next, whole: not "what is on there?" or
    "at what time?", which point back at another part."""
    if _speaks_of_another_part(part):
        return False
    asked = schedule.understand(index.kb, part, now)
    return asked is not None and asked.intent in (schedule.Intent.NOW, schedule.Intent.NEXT)


# Words that make a short part a story or a clause rather than a bare topic: a person,
# a verb of being, having or doing ("im coeliac", "we have a bilateral"), or how the
# asker feels or fares ("hungry. where can i grab a sandwich?": no question of lunch).
_NOT_A_TOPIC = frozenset(
    """
    i im ive id me my mine we were our ours us you youre your he hes his him she shes her
    they theyre their them it its is are was am be been being have has had will would can
    could shall should do does did dont got get just please thanks thank here
    hungry thirsty starving tired exhausted sleepy jetlagged cold freezing hot late lost
    confused stuck bored
    """.split()
)
# A part that opens with one of these sets a time or a frame for the next ("On Friday,
# what comes before the closing?"), whatever it names.
_FRAMING = frozenset(
    "on at in after before for from during by until till since as about regarding re with"
    .split()
)
MAX_TOPIC_WORDS = 4


# What the asker needs, said of themselves ("im in a wheelchair, can I reach board room
# b"): the story is then the question's subject.
_SAYS_A_NEED = re.compile(
    rf"\b(?:{schedule.DIETS}|wheel ?chairs?|deaf|blind|hard of hearing|pregnant|expecting|"
    r"disabled|disability|mobility|crutches|nursing|breastfeeding|muslim|fasting)\b")


def _bare_topic(part: str) -> bool:
    """A part that names a thing and nothing else ("wifi password and where is lunch?"):
    asked as a one- or two-word query is. Not a story told in a few words: a person, a
    verb of being or doing, or a word in -ed ("missed plenary 1", "arrived late")."""
    said = words(part)
    return 1 <= len(said) <= MAX_TOPIC_WORDS and said[0] not in _FRAMING and not any(
        w in _NOT_A_TOPIC or w.endswith("ed") for w in said)


def _asks(part: str, folded: str) -> bool:
    """Whether a clause of the folded text (``clauses``) asks something, rather than
    telling the asker's story ("I'm coeliac") or greeting. "When session two is
    finished, what is next?" asks once: its first clause says from when."""
    if schedule.FROM_WHEN.fullmatch(part.strip()):
        return False
    if _ASKS.match(part.strip()):
        return True
    at = folded.find(part)
    return at >= 0 and folded[at + len(part):].lstrip().startswith("?")


def _not_confident(
    kb: KnowledgeBase, question: str, decision: Decision, lang: str | None = None
) -> Answer:
    suggestions: list[Suggestion] = []
    for c in decision.candidates:
        if c.relevance < decision.suggest_at or len(suggestions) >= MAX_SUGGESTIONS:
            break
        item = kb.answerable(c.item_id)
        title = title_in(item, lang) if item is not None else c.title
        suggestions.append(Suggestion(id=c.item_id, title=title, score=c.score))
    best = decision.candidates[0] if decision.candidates else None
    return Answer(
        question=question,
        outcome=Outcome.SUGGEST if suggestions else Outcome.UNKNOWN,
        score=round(100.0 * decision.confidence, 1),
        suggestions=tuple(suggestions),
        best_id=best.item_id if best else None,
        reason=decision.reason,
    )


def schedule_answer(
    kb: KnowledgeBase, question: str, asked: ScheduleQuestion, now: dt.datetime,
    lang: str | None = None,
) -> Answer:
    """The live answer to a programme question (also used by /now, /next, /schedule)."""
    if asked.intent in (Intent.START, Intent.END, Intent.LENGTH, Intent.ON):
        return _conference_bounds(kb, question, asked.intent, now, lang)
    if asked.intent is Intent.STATUS:
        return _status(kb, question, asked.named, now, lang)
    state = schedule.conference_state(kb, now)
    which = asked.choose
    where = say("in_room", lang, room=title_in(asked.room, lang)) if asked.room else ""
    # Before the conference, "when does the reception start?" is the first reception's
    # time, not that the conference has not begun.
    first_of_a_kind = (state is ConferenceState.BEFORE and asked.intent is Intent.NEXT
                       and bool(asked.kinds))
    if asked.intent in (Intent.NOW, Intent.NEXT) and asked.since is None and not first_of_a_kind:
        if state is ConferenceState.DURING and schedule.all_over(kb, now):
            state = ConferenceState.AFTER
        if (state is ConferenceState.AFTER and asked.intent is Intent.NEXT
                and asked.first_only and (asked.kinds or asked.room)):
            # "What time does the demonstration start?" (in the Demonstration Field),
            # "when does the reception begin?" once all is over: when those were, not
            # that the conference is over (which answers what is on, or next).
            held = schedule.ordered(s for s in kb.sessions if which.keep(s))
            if held:
                return _listing(kb, question, say("programme", lang), held, with_day=True,
                                lang=lang)
        if state is not ConferenceState.DURING:
            return _outside_conference(kb, question, state, lang)
    of_a_kind = bool(asked.kinds)
    if asked.intent in (Intent.NOW, Intent.NEXT) and asked.kinds and not any(
        which.keep(s) for s in kb.sessions
    ):
        # "the plenary" where no title says plenary: the room or kind is the whole
        # programme here, so answer for it.
        which = schedule.Selection(asked.room)
        of_a_kind = False
    if asked.intent is Intent.NOW:
        sessions = schedule.running(kb, now, which)
        if sessions:
            return _listing(kb, question, say("on_now", lang, where=where), sessions, lang=lang)
        ended = _ended_today(kb, now, which) if of_a_kind else None
        if ended is not None:
            # "Is lunch over?": yes, since when, and what is on instead.
            over = say("ended_at", lang, title=title_in(ended, lang),
                       time=f"{ended.end:%H:%M}")
            anything = schedule.Selection(asked.room)
            instead = schedule.running(kb, now, anything)
            then = "on_now" if instead else "next"
            listed = _listing(kb, question, f"{over} {say(then, lang, where=where)}",
                              instead or schedule.upcoming(kb, now, anything), lang=lang,
                              nothing=over)
            # Its subject is the session asked about; what is on instead follows it.
            return replace(listed, item_id=ended.id, best_id=ended.id, nothing_on=False)
        coming = schedule.upcoming(kb, now, which)
        first = [s for s in coming if (s.day, s.start) == (coming[0].day, coming[0].start)]
        if of_a_kind and len(first) == 1 and first[0].day == schedule.local(kb, now).date():
            # "Is lunch over?" in the morning: lunch has not begun, whatever else is on
            # ("nothing is on right now" would be false during the opening).
            return _status(kb, question, (first[0],), now, lang)
        heading = say("nothing_now_next", lang, where=where)
        listed = _listing(kb, question, heading, coming, lang=lang,
                          nothing=say("nothing_more", lang, where=where))
        # "Is there a plenary on now?": no, and the next plenary, which is what the
        # question is about. Of the programme as a whole, nothing is on.
        return listed if asked.kinds else replace(listed, nothing_on=True)
    if asked.intent is Intent.NEXT:
        coming = schedule.upcoming(kb, asked.since or now, which)
        today = schedule.local(kb, now).date()
        if asked.day == today and not any(s.day == today for s in coming):
            # "Is there anything left today?" late in the day: what is still on today,
            # not tomorrow's first session.
            running = schedule.running(kb, now, which)
            if running:
                return _listing(kb, question, say("on_now", lang, where=where), running,
                                lang=lang)
        # What comes next on another day says which day ("the next side event" asked on
        # Thursday evening is Friday's).
        following = _listing(kb, question, say("next", lang, where=where), coming,
                             lang=lang, with_day=any(s.day != today for s in coming),
                             nothing=say("nothing_more_last", lang, where=where))
        on = schedule.running(kb, now, which) if asked.also_now else []
        if not on:
            return following
        # "What's on now and next?": what is on, then what comes next.
        current = _listing(kb, question, say("on_now", lang, where=where), on, lang=lang)
        return replace(current, text=f"{current.text}\n\n{following.text}",
                       sessions=(*current.sessions, *following.sessions))
    if asked.intent is Intent.AT:
        assert asked.day is not None and asked.at is not None
        sessions = schedule.at_time(kb, asked.day, asked.at, which)
        if asked.first_only:
            # "What kicks off at 13.15?": the side events that start then, not the lunch
            # that began at 13:00 (what is on then, where nothing starts).
            sessions = [s for s in sessions if s.start == asked.at] or sessions
        heading = say("on_day_at", lang, day=describe.short_day(asked.day, lang),
                      time=f"{asked.at:%H:%M}", where=where)
        return _listing(kb, question, heading, sessions, lang=lang,
                        nothing=say("nothing_at_time", lang, where=where),
                        elsewhere=_elsewhere(kb, asked))
    if asked.day is None:  # a room's whole programme, or a part of every day
        heading = say("programme_where", lang, where=where)
        if asked.part is None:
            sessions = schedule.ordered(s for s in kb.sessions if which.keep(s))
        else:
            sessions = [s for day in sorted(kb.conference.dates)
                        for s in schedule.on_day(kb, day, asked.part, which)]
            heading = f"{heading}, {say(asked.part, lang)}"
        return _listing(kb, question, heading, sessions, with_day=True, lang=lang,
                        nothing=say("nothing_scheduled", lang, where=where))
    if asked.day not in kb.conference.dates:
        return _not_a_conference_day(kb, question, asked.day, lang)
    sessions = schedule.on_day(kb, asked.day, asked.part, which, asked.window)
    if (asked.first_only or asked.last_only) and sessions:
        # The first or last that takes place: a cancelled session opens or closes nothing.
        sessions = [s for s in sessions if not s.cancelled] or sessions
    on_today = asked.day == schedule.local(kb, now).date()
    if asked.first_only and on_today:
        # "When does the afternoon session start?" at 14:55: not the one that is over.
        sessions = [s for s in sessions if schedule.ends_at(kb, s) > now] or sessions
    still_to_come = False
    if asked.part is not None and on_today:
        # A session that began before this part of the day is on in it only while it
        # runs: "anything else on this evening?" at 18:40 is not the afternoon session
        # that ended at 18:00. Asked for what is left ("anything else on tonight?" at
        # 19:00), none that is over is, whenever it began.
        begins = schedule.PARTS_OF_DAY[asked.part][0]
        still_to_come = _STILL_TO_COME.search(question.casefold()) is not None
        sessions = [s for s in sessions
                    if (s.start >= begins and not still_to_come)
                    or schedule.ends_at(kb, s) > now]
    if still_to_come and not sessions:
        # "Anything else on this evening?" with nothing left: so it says, and what
        # comes next (tomorrow's first session), as "what's on now?" does.
        coming = schedule.upcoming(kb, now, which)
        if coming:
            then = f"{say('nothing_more', lang, where=where)} {say('next', lang, where=where)}"
            return replace(_listing(kb, question, then, coming, lang=lang, with_day=True),
                           nothing_on=True)
    if asked.first_only and sessions:
        sessions = [s for s in sessions if s.start == sessions[0].start]
    if asked.last_only and sessions:
        ending = max(s.end for s in sessions)
        sessions = [s for s in sessions if s.end == ending]
    part = f" {say(asked.part, lang)}" if asked.part else _window_words(asked, lang)
    heading = f"{describe.day_label(asked.day, lang)}{part}{where}"
    if asked.first_only:
        heading = say("first_on", lang, heading=heading)
    elif asked.last_only:
        heading = say("last_on", lang, heading=heading)
    return _listing(kb, question, heading, sessions, lang=lang,
                    nothing=say("nothing_more_last" if still_to_come else "nothing_then",
                                lang, where=where),
                    elsewhere=_elsewhere(kb, asked))


# Words by which a question about a part of today asks what is left of it.
_STILL_TO_COME = re.compile(r"\b(?:else|still|more|left|remaining|rest)\b")


def _window_words(asked: ScheduleQuestion, lang: str | None) -> str:
    """" from 15:00", " until 13:00", " 14:00–16:00": the span of the day asked."""
    if asked.window is None:
        return ""
    begin, end = asked.window
    if end == schedule.END_OF_DAY:
        return " " + say("from_time", lang, time=f"{begin:%H:%M}")
    if begin == schedule.START_OF_DAY:
        return " " + say("until_time", lang, time=f"{end:%H:%M}")
    return f" {begin:%H:%M}–{end:%H:%M}"


# How far ahead "starts at 10:00, in 8 minutes" counts the minutes.
_COUNTDOWN = dt.timedelta(hours=1)


def _status(
    kb: KnowledgeBase, question: str, named: tuple[Session, ...], now: dt.datetime,
    lang: str | None,
) -> Answer:
    """"Has the opening started?", "when is lunch?": the session named, with where it
    stands now. Of several with that name (a lunch each day), during the conference the
    first that is not over, else all of them; but "is lunch still on?", "is lunch over?"
    asked after today's is today's, which has ended (not tomorrow's card, which left the
    asker to work out that today's was over)."""
    state = schedule.conference_state(kb, now)
    if state is not ConferenceState.DURING and len(named) > 1:
        return _listing(kb, question, say("programme", lang), schedule.ordered(named),
                        with_day=True, lang=lang)
    coming = [s for s in schedule.ordered(named) if schedule.ends_at(kb, s) > now]
    today = schedule.local(kb, now).date()
    over_today = [s for s in schedule.ordered(named)
                  if s.day == today and s not in coming and not s.cancelled]
    if over_today and not any(s.day == today for s in coming) and _ASKS_IF_STILL.search(
            " ".join(words(question))):
        session = over_today[-1]
    else:
        session = coming[0] if coming else schedule.ordered(named)[-1]
    line = None if session.cancelled else _status_line(kb, session, now, lang)
    card = _entry_answer(kb, session, question, 100.0, lang)
    if line is None:
        return card
    return replace(card, text=f"{line}\n\n{card.text}", live=line)


# Whether it is still on, or over: asked of now, so of today's.
_ASKS_IF_STILL = re.compile(r"\b(?:still|over|finished|ended|done|yet)\b")


def _status_line(kb: KnowledgeBase, session: Session, now: dt.datetime,
                 lang: str | None) -> str | None:
    """Where the session stands at ``now``: on its own day, to come, under way or over;
    on a later day, over, and when it was (its card alone read as if to come); on an
    earlier day nothing (its card says when it is)."""
    start = schedule.starts_at(kb, session)
    over = _over_line(kb, session, now, lang)
    if over is not None or schedule.local(kb, now).date() != session.day:
        return over
    title = title_in(session, lang)
    if now >= start:
        return say("under_way", lang, title=title, start=f"{session.start:%H:%M}",
                   end=f"{session.end:%H:%M}")
    left = start - now
    soon = (say("starts_in", lang, minutes=minutes(math.ceil(left.total_seconds() / 60), lang))
            if left <= _COUNTDOWN else "")
    return say("starts_at", lang, title=title, time=f"{session.start:%H:%M}", soon=soon)


def _over_line(kb: KnowledgeBase, session: Session, now: dt.datetime,
               lang: str | None) -> str | None:
    """"Is the opening still on?" asked after it ended: that it is over, and when it
    was, on another day with its day (its card alone read as if it were still to come)."""
    if session.cancelled or now < schedule.ends_at(kb, session):
        return None
    title = title_in(session, lang)
    if schedule.local(kb, now).date() == session.day:
        return say("ended_at", lang, title=title, time=f"{session.end:%H:%M}")
    return say("ended_on", lang, title=title, day=describe.day_label(session.day, lang),
               start=f"{session.start:%H:%M}", end=f"{session.end:%H:%M}")


def _ended_today(kb: KnowledgeBase, now: dt.datetime,
                 which: schedule.Selection) -> Session | None:
    """The last of the chosen sessions that has ended today, if one has."""
    today = schedule.local(kb, now).date()
    over = [s for s in kb.sessions if which.keep(s) and s.day == today and not s.cancelled
            and schedule.ends_at(kb, s) <= now]
    return max(over, key=lambda s: (s.end, s.id)) if over else None


def _elsewhere(kb: KnowledgeBase, asked: ScheduleQuestion) -> list[Session]:
    """For "is there a reception on Friday?" when there is none then: the receptions
    the programme has at other times (nothing when the question named no kind or room)."""
    if not asked.kinds and asked.room is None:
        return []
    return schedule.ordered(s for s in kb.sessions if asked.choose.keep(s))


def _listing(
    kb: KnowledgeBase,
    question: str,
    heading: str,
    sessions: list[Session],
    *,
    nothing: str | None = None,
    with_day: bool = False,
    elsewhere: list[Session] | None = None,
    lang: str | None = None,
) -> Answer:
    nothing = nothing if nothing is not None else say("nothing_scheduled", lang, where="")
    if not sessions and elsewhere:
        text = f"{nothing}\n\n" + describe.describe_listing(
            kb, say("at_other_times", lang), elsewhere, with_day=True, language=lang)
        # Not on at that time, but at others: those are what the question is about.
        return _programme_note(question, text, elsewhere[0], tuple(elsewhere), lang=lang)
    if not sessions:
        return Answer(
            question=question, outcome=Outcome.ANSWER, score=100.0, kind=ItemKind.SCHEDULE,
            title=say("programme", lang), text=nothing, nothing_on=True,
        )
    if len(sessions) == 1:
        only = sessions[0]
        text = f"{heading}:\n\n{describe.describe_session(kb, only, lang)}"
    else:
        text = describe.describe_listing(kb, heading, sessions, with_day=with_day,
                                         language=lang)
    first = _singled_out(question, sessions) or sessions[0]
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=first.id,
        kind=ItemKind.SCHEDULE,
        title=heading,
        text=text,
        sessions=tuple(sessions),
        best_id=first.id,
    )


def _singled_out(question: str, sessions: list[Session]) -> Session | None:
    """Of several sessions listed, the one the question's own words point to ("I'm with
    Ethiopia's immigration, which breakout group should I be in right now?": the group
    whose title names Ethiopia): every word of the question that one listed session says
    and no other says points to the same one."""
    if len(sessions) < 2:
        return None
    said = [{t.stem for t in tokenize(f"{s.title} {s.description or ''}") if not t.stop}
            for s in sessions]
    asked = _own_stems(question)
    pointed = {n for word in asked
               if len(holders := [n for n, own in enumerate(said) if word in own]) == 1
               for n in holders}
    return sessions[pointed.pop()] if len(pointed) == 1 else None


def _own_stems(question: str) -> set[str]:
    """The stems of the words a question says of its own: not small words, general ones or
    the programme's ("session", "now"), which every item of a listing shares."""
    return {t.stem for t in tokenize(question)
            if not t.stop and not t.generic and not schedule.is_schedule_word(t.stem)}


def _programme_note(
    question: str, text: str, pointed: Session | None, sessions: tuple[Session, ...] = (),
    *, lang: str | None = None, nothing_on: bool = False,
) -> Answer:
    """A programme answer that points to one session (the first or the last);
    ``nothing_on``: it says the programme has nothing at the moment asked."""
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=pointed.id if pointed else None,
        kind=ItemKind.SCHEDULE,
        title=say("programme", lang),
        text=text,
        sessions=sessions or ((pointed,) if pointed else ()),
        best_id=pointed.id if pointed else None,
        nothing_on=nothing_on,
    )


_OPENING_TITLE = re.compile(r"\b(opening|welcome|inaugura\w*|keynote)\b", re.IGNORECASE)


def _conference_bounds(
    kb: KnowledgeBase, question: str, intent: Intent, now: dt.datetime,
    lang: str | None = None,
) -> Answer:
    """When the whole conference starts (its opening), ends (its last session), or both
    ("how long is the conference?"). "Is the conference over?" asked after its last
    session: that it is (not that it "ends" on a day gone by)."""
    sessions = schedule.ordered(s for s in kb.sessions if not s.cancelled) or schedule.ordered(
        kb.sessions)
    last = sessions[-1]
    if intent in (Intent.END, Intent.ON) and now >= schedule.ends_at(kb, last):
        return _programme_note(question, say("over", lang, span=_span(kb, lang)), last,
                               lang=lang)
    said = {"title": title_in(last, lang), "when": describe.when_label(kb, last, lang),
            "end": f"{last.end:%H:%M}", "room": room_name_in(kb, last.room, lang)}
    ends = say("conference_ends", lang, **said)
    if intent is Intent.END:
        return _programme_note(question, ends, last, lang=lang)
    first_day = [s for s in sessions if s.day == sessions[0].day]
    opening = next((s for s in first_day if _OPENING_TITLE.search(s.title)), sessions[0])
    if intent is Intent.ON and now >= schedule.starts_at(kb, sessions[0]):
        # "Is the conference still on?" between its first start and its last end.
        return _programme_note(question, say("conference_under_way", lang, **said), last,
                               lang=lang)
    if intent is Intent.ON:
        # "Has the conference started?" before it has: not yet, and what opens it.
        return _programme_note(question, _not_started(kb, opening, lang), opening, lang=lang)
    text = say("conference_opens", lang, title=title_in(opening, lang),
               when=describe.when_label(kb, opening, lang),
               room=room_name_in(kb, opening.room, lang))
    if intent is Intent.LENGTH:
        return _programme_note(question, f"{text}\n{ends}", opening, lang=lang)
    earlier = [s for s in first_day if schedule.starts_at(kb, s) < schedule.starts_at(kb, opening)]
    if earlier:
        text += f"\n{say('before_it', lang)}\n" + "\n".join(
            describe.session_line(kb, s, with_day=False, language=lang) for s in earlier)
    return _programme_note(question, text, opening, lang=lang)


def _span(kb: KnowledgeBase, lang: str | None) -> str:
    days = [describe.day_label(d, lang) for d in sorted(kb.conference.dates)]
    return say("list_and", lang).join(days) if lang not in (None, "en") else ", ".join(days)


def _outside_conference(
    kb: KnowledgeBase, question: str, state: ConferenceState, lang: str | None = None
) -> Answer:
    if state is ConferenceState.BEFORE:
        first = describe.first_session(kb)
        return _programme_note(question, _not_started(kb, first, lang), first, lang=lang,
                               nothing_on=True)
    last = describe.last_session(kb)
    text = say("over", lang, span=_span(kb, lang))
    return _programme_note(question, text, last, lang=lang, nothing_on=True)


def _not_started(kb: KnowledgeBase, opens: Session | None, lang: str | None) -> str:
    """That the conference has not started yet, and what opens it."""
    text = say("not_started", lang, span=_span(kb, lang))
    if opens is None:
        return text
    return text + "\n" + say("opens_with", lang, title=title_in(opens, lang),
                             when=describe.when_label(kb, opens, lang),
                             room=room_name_in(kb, opens.room, lang))


def _not_a_conference_day(
    kb: KnowledgeBase, question: str, day: dt.date, lang: str | None = None
) -> Answer:
    """"What's on today?" on the eve points to what opens the conference; on the day
    after, to what closed it (it did not "open with" anything that day)."""
    text = _not_a_day(kb, day, lang)
    after = bool(kb.conference.dates) and day > max(kb.conference.dates)
    pointed = describe.last_session(kb) if after else describe.first_session(kb)
    if pointed is not None:
        text += "\n" + say("closed_with_short" if after else "opens_with_short", lang,
                           title=title_in(pointed, lang),
                           when=describe.when_label(kb, pointed, lang))
    return _programme_note(question, text, pointed, lang=lang, nothing_on=True)


def _off_the_programme(
    kb: KnowledgeBase, asked: ScheduleQuestion, now: dt.datetime
) -> dt.date | None:
    """The day a question asks about, where the conference does not run that day and
    saying so is no answer from the FAQ ("what's on Saturday?", "the programme for Monday
    2 July"; "what's on today?" on the eve or the Saturday after).

    The programme holds nothing for that day, and whatever else happens then (a tour, a
    museum, the meditation room's hours) is not in it: "nothing is scheduled" is true but
    is no answer from the FAQ, so the question goes to the organisers like any other the
    FAQ cannot answer. Every writer of a question set expects that: of a day named (nine
    so far), and of today (nine of the eleven such questions, seven writers; answered,
    its entry was the programme's, which none of them wanted). Today counts only near the
    conference (``policy.NEAR_THE_CONFERENCE_DAYS``): asked long after, as question sets
    without ``now`` are, "this afternoon" cannot mean that day, and the programme as a
    whole answers it.
    """
    dates = kb.conference.dates
    if asked.intent not in (Intent.DAY, Intent.AT) or asked.day is None or asked.day in dates:
        return None
    if asked.day == schedule.local(kb, now).date() and not (
            dates and min(abs((asked.day - d).days) for d in dates)
            <= NEAR_THE_CONFERENCE_DAYS):
        return None
    return asked.day


def _not_on_the_programme(
    kb: KnowledgeBase, question: str, day: dt.date, now: dt.datetime, lang: str | None
) -> Answer:
    """Not an answer, with what the bot does know: the days the conference runs, and,
    asked about today, what opens or closed it (the programme's own note)."""
    text = (_not_a_conference_day(kb, question, day, lang).text
            if day == schedule.local(kb, now).date() else _not_a_day(kb, day, lang))
    return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0, text=text,
                  reason="a day the conference does not run")


def _not_a_day(kb: KnowledgeBase, day: dt.date, lang: str | None) -> str:
    """"Nothing is scheduled on Saturday 30 June 2018: the conference runs on ..."."""
    return say("not_a_day", lang, day=describe.day_label(day, lang), span=_span(kb, lang))


def attendance_answer(
    kb: KnowledgeBase,
    question: str,
    asked: attendance.AttendanceQuestion,
    now: dt.datetime,
    lang: str | None = None,
) -> Answer:
    """"Is the opening full?", "can I go to Session II?", "anything cancelled?": from the
    sessions' status and access, never from a FAQ answer. Of a session already over,
    that it is over: "is the opening still on?" asked in the afternoon is not answered
    "on as scheduled", nor "can I go?" with who may."""
    if asked.session is None:
        assert asked.status is not None
        found = attendance.listed(kb, asked.status)
        label = describe.status_label(asked.status, lang)
        if not found:
            return _programme_note(question, say("no_session_in_state", lang, label=label),
                                   None, lang=lang)
        text = describe.describe_listing(kb, label[:1].upper() + label[1:], found,
                                         with_day=True, language=lang)
        return _programme_note(question, text, found[0], tuple(found), lang=lang)
    session = asked.session
    late = (session.status is SessionStatus.DELAYED
            and schedule.local(kb, now).date() == session.day)
    # A session running late on its day may be on past its printed end: its status says.
    lead = None if late else _over_line(kb, session, now, lang)
    if (lead is None and asked.aspect is attendance.Aspect.STATUS
            and session.status is SessionStatus.SCHEDULED
            and schedule.starts_at(kb, session) <= now):
        # "Is Session II still going?" during it: under way, until when.
        lead = _status_line(kb, session, now, lang)
    text = (f"{lead or attendance.lead(kb, asked, lang)}\n\n"
            f"{describe.describe_session(kb, session, lang)}")
    title = title_in(session, lang)
    return Answer(
        question=question, outcome=Outcome.ANSWER, score=100.0, item_id=session.id,
        kind=ItemKind.SCHEDULE, title=title, text=text, sessions=(session,),
        best_id=session.id, parts=(AnsweredPart(session.id, title, 100.0),),
    )


def programme_answer(kb: KnowledgeBase, question: str, lang: str | None = None) -> Answer:
    """The whole programme, day by day."""
    sessions = tuple(schedule.ordered(kb.sessions))
    first = sessions[0] if sessions else None
    return _programme_note(question, describe.describe_programme(kb, lang), first, sessions,
                           lang=lang)
