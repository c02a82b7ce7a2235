"""Named vetoes: rules that stop a confident answer whatever the confidence says.

The confidence model weighs evidence; a veto is for the few cases where one fact
settles it:

* ``ambiguous``: two unrelated items fit the question about equally ("where is
  lunch?" with a lunch entry per day): picking one is a coin toss, a did-you-mean
  of both is honest.

The others are the classic confident-but-wrong answers, where the entry is about the
topic but cannot hold what was asked:

* ``price_not_stated``: a price is asked ("how much is a taxi from JFK?") and the
  entry's answer states none (a "costs" among its keywords states no amount); asked
  how much, only a sum or "free" states it ("at their own cost" says who pays); where
  the answer's clauses name what is asked, only those (and the one after each) count;
* ``other_time``: the question is about a day, month or year outside the conference
  ("is the cloakroom open on Saturday?", "next year's conference") that the entry
  never mentions;
* ``other_day``: a session held on one day of the conference is asked about on another
  ("can I pick up my badge Friday morning, and from what time?" of Thursday's badge
  pick-up): its card says nothing of that day (a question whether it is on that day is
  answered by the card, which gives its own). A day named relative to the moment
  ("tomorrow", "tonight") is read by the answering, which has the clock
  (``other_day_named``);
* ``other_edition``: the question is about another edition or meeting than this one
  ("when is the second conference?", "will there be a next forum?", "the next UN youth
  forum"), which an entry about this one never covers unless it says so;
* ``unknown_place``: the question places itself somewhere the FAQ never mentions
  ("the UN office in Geneva");
* ``own_place``: the question is about a place of the asker's own ("the wifi password
  at my hotel") that the entry never mentions;
* ``other_language``: a language is asked for ("the concept note in Arabic") that the
  entry never names, nor all six UN languages;
* ``a_task``: the message asks the bot to do a piece of work ("write me a statement
  on...", "can you translate our speech into French", "summarise what the SG said",
  "book me a room", "tell me a joke"), or asks the bot its own tastes ("do you like
  Ethiopian coffee?"): an entry that shares its topic is not what was asked for;
* ``contact_not_stated``: a phone number or an email is asked of a thing the entry
  names ("the phone number of the NYU Langone emergency department?") and each number
  it gives is in a clause about another ("call the UN Security Control Centre at ..."):
  the number given is not the one asked for;
* ``floor_not_stated``: the question asks which floor or level ("what floor is Conference
  Room 11 on?") and the entry names none: it says where the room is, not that;
* ``closing_not_stated``: the question asks when something closes or until when it is
  open ("what time does the Pass and ID Office close?") and the entry says only when it
  opens;
* ``opening_not_stated``: the question asks when something opens or its hours ("what
  time does the cafeteria open for breakfast?") and the entry states no time of day;
* ``date_not_stated``: the question asks for a date or a deadline ("until what date can
  we send a written statement?") and the entry states no time at all;
* ``length_not_stated``: the question asks how long something takes or lasts ("how long
  has she been Executive Director?") and the entry states no length of time ("30 to 60
  minutes", "half an hour", "10:00-10:30" state one); "how long until" is the programme's;
* ``number_not_stated``: the question asks for a number by name ("which channel number
  is Spanish?") and the entry states no number at all;
* ``membership_not_stated``: the question asks how many members the UN itself has
  ("How many Member States does the UN have in total?") and the entry counts only those
  taking part in the meeting: general knowledge about the Organization is not this
  meeting's attendance;
* ``count_not_stated``: the question asks how many of a thing there are ("how many
  bilateral meeting rooms are there?") and the entry puts no number before that thing
  (its "rooms for 6-10 people" counts people);
* ``limit_not_stated``: the question asks the limit of a measure ("is there a word limit
  for written statements?", "the maximum file size for slides") and the entry never puts
  a number to that measure (its "about three minutes" limits the time spoken);
* ``particular_not_named``: the question asks which one of a kind of party ("which
  social media company is speaking?", "which 13 countries take part?", "who is the UNDP
  adviser on the panel?") and the entry speaks of that kind only in general ("a major
  social media company", "13 countries", "a UNDP regional adviser"); of any other thing
  ("which film will be shown?"), where the entry says only "a" one ("a short film");
* ``deputy_not_named``: the question asks who a deputy, vice-chair, acting or assistant
  head is ("who is the deputy head of UNOCT?") and the entry names none: its head is
  not the person asked about;
* ``role_not_named``: the question asks who chairs, moderates or is the rapporteur of a
  meeting ("who will chair Session III?", "who is moderating breakout A?") and the entry
  never speaks of the role: a session's entry says what it is and when, not who runs it;
* ``names_not_stated``: the names of a session's people are asked ("what are the names
  of the survivors speaking?") and its card lists only kinds of people ("Survivors of
  terrorist attacks"), naming no one (``person_names``); or who holds an office is asked
  ("who is the President of the General Assembly speaking at the opening?") of a card
  whose line for that office names no person;
* ``person_not_named``: the question asks who holds an office or a job ("who is the UN
  photographer?", "what's the name of the DJ?") and the entry names no one at all: it
  says there is such a person, not who;
* ``organiser_not_named``: the question asks which Member State or UN entity organises
  something ("which Member States are organising the side event on youth?") and the
  entry says only that Member States organise it with UN entities;
* ``judgement_not_stated``: the question asks which is better, worth it or
  recommended, and the entry judges nothing: its facts are not the bot's opinion;
* ``refers_back``: a follow-up that only points back at something said before ("and
  the second one?", "same for Friday?"): the bot keeps no conversation, so whatever
  entry shares its one word is a guess;
* ``unknown_focus``: what the question asks about, after a usual opening ("is there a
  gym...", "can I bring my dog"), is a word the FAQ never uses;
* ``party_not_named``: whether a party takes part is asked ("is Facebook speaking at the
  tech side event?") and the entry never names it: an entry that lists speakers by kind
  does not say whether that one is among them;
* ``one_of_many``: a yes/no question about a kind of session as a whole ("are the
  plenaries webcast?", "will all the side events be recorded?") is not answered by one
  session's entry, whatever its text shares with the question;
* ``kind_not_named``: the question asks whether side events or breakouts (one or all)
  are streamed, recorded or interpreted ("will the side events be recorded?") and the
  entry does not speak of both the kind and that: the webcast entry lists what is
  webcast, and a side event's own entry says nothing of its recording;
* ``other_meal``: a meal is asked ("is there dinner on Wednesday?") of an entry that
  speaks of meals, but of others only (the Wednesday lunch): words for food are
  synonyms, so one meal finds another's entry;
* ``next_to_one``: the question asks what comes after or before a session ("what's on
  after the money-laundering side event?", "which item immediately precedes Session
  II?"): that session is where it counts from, and its own entry never the answer;
* ``subject_not_held``: the question asks for a session or an event on a subject ("is
  there a side event on the Lake Chad Basin? When?") that the entry never names: the
  general side-events entry says when side events are, not that there is one on that.
* ``feature_not_named``: the question asks whether a thing has something ("do the
  bilateral rooms have a screen?", "do the bilateral rooms come with interpreters?")
  that the entry never names: the entry about the rooms says how to book them, not
  what is in them.

Each rule reads the question's wording (English) and the entry's text; each has its
own table of cases in ``tests/core/test_vetoes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from bot.core.calendar_words import MONTHS, WEEKDAYS
from bot.core.facts import (
    CLOCK_STATED,
    NAMED_THINGS,
    STATED_IN,
    Fact,
    names_amount,
    names_price,
)
from bot.core.follow_up import points_back
from bot.core.lexicon import GENERIC_WORDS, STOPWORDS
from bot.core.models import KnowledgeBase
from bot.core.person_names import names_a_person, text_names_a_person
from bot.core.text import Token, fold, singular_stem, stem, tokenize, words

if TYPE_CHECKING:  # features imports this module for focus_word
    from bot.core.features import Candidate


@dataclass(frozen=True)
class Veto:
    name: str
    reason: str


# "may" is a month and a verb: only count it next to a day number.
_MAY = re.compile(r"\b(\d{1,2}(st|nd|rd|th)? may|may \d{1,2})\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_WEEKEND = re.compile(r"\b(?:weekends?|saturdays?|sundays?)\b")
_OTHER_TIME = re.compile(r"\b(next|last|previous|following) (year|month|time|edition)\b")
_PLACE = re.compile(r"\b(?:in|at|near|from)\s+(?:the\s+)?([a-z][a-z\-]{3,})\b")
# "is there a gym ...", "what nationality is ...", "how old is ...": the word after these
# openings is what the question is about (read on the words with contractions and chat
# abbreviations expanded: "wats the" -> "what the").
_FOCUS = re.compile(
    r"\b(?:is there|are there|do you have|do they have|is it possible to (?:get|have)|"
    r"can i (?:get|have|bring|use|rent|hire|book)|where (?:is|are|can i find)|"
    r"what(?: is| are| was)?|any)\s+(?:a |an |any |the |some |my |our |your |this |"
    r"that |his |her |their )?(\w+)"
)
# "a session on returning fighters", "any panel about victims": a part of the programme
# named by its subject is about the subject (read on ``words``: "side event" is one word).
_TOPIC_OF = re.compile(
    r"(?:sessions?|panels?|talks?|workshops?|sideevents?|events?|discussions?|debates?|"
    r"presentations?|seminars?|breakouts?|plenar(?:y|ies)|lectures?|briefings?|"
    r"roundtables?|segments?|tracks?|meetings?)\s+"
    r"(?:on|about|regarding|concerning|covering|addressing|dealing with|related to|"
    r"devoted to|focused on|focusing on)\s+(?=\w)"
)
# "the name of the wifi network" is about the network, which an entry holding its name
# says (a person's name is another fact, which ``facts`` reads: "the name of the chair").
_NAME_OF = re.compile(r"names? of (?:(?:the|this|that|our|your) )?(?=\w)")
_BEARS_A_NAME = re.compile(NAMED_THINGS)
# Words that stand where a focus would and name none: a vague part or kind ("which bits",
# "any advice", "the quickest way"), an attribute the fact kinds read instead ("the
# address of"), a judgement ("the best"; "appropriate clothing" is about the clothing).
# Skipped like generic words when the head of a phrase is sought. Not "name": "what's
# the name of the rapporteur" asks for something the entry may not give.
_VAGUE = frozenset(
    """
    bit bits part parts piece pieces point kind kinds sort sorts type types way ways option
    options advice recs rec recommendation recommendations tip tips info information detail
    details smth sth something anything diff difference component components address
    number numbers date dates quickest fastest best easiest cheapest nearest closest
    appropriate proper right correct official usual main exact place places spot spots
    somewhere happening planned simplest shortest safest biggest largest smallest idea ideas
    suggestion suggestions alternative alternatives overarching
    """.split()
)
# "Voronkov's nationality" is about the nationality: the possessor goes.
_POSSESSOR = re.compile(
    r"\b(?!(?:what|where|who|when|how|it|that|there|here|he|she|which)'s)\w+'s\s+(?=\w)"
)
# "which country ...", "what nationality ...": the one word after is the focus.
_WHICH = re.compile(r"\b(?:what|which)\s+(\w+)")
# Words after "what"/"which" that do not name a focus ("what do I...", "how can I...").
_NOT_FOCUS = frozenset(
    """
    is are was were do does did can could will would should shall may might must i we you
    he she it they there this that these those to of about if near around inside outside
    next opposite beside behind
    """.split()
)


# Two unrelated candidates whose relevance (0-1) differs by less than this are a tie.
TIE_MARGIN = 0.03


def ambiguous(top: Candidate, others: Sequence[Candidate]) -> Veto | None:
    rival = next((c for c in others if c.item_id not in top.related), None)
    if rival is not None and top.relevance - rival.relevance < TIE_MARGIN:
        return Veto("ambiguous", f"{top.item_id} and {rival.item_id} fit about equally")
    return None


_REIMBURSED = re.compile(r"\breimburs\w*", re.IGNORECASE)


def price_not_stated(
    asked: Fact, said: str, *, amount: bool = False, question: str | None = None,
    whole: str | None = None, echoed: bool = False,
    forms: Callable[[str], frozenset[str]] | None = None,
) -> Veto | None:
    """``amount``: the question asks how much ("how much is the DSA per day?"), which
    only a sum (or "free") answers: "at the UN rate", "at their own cost" say who pays.
    Where the ``question`` is given and the entry's sentences name what it asks about,
    only those count: "how much is the NJ Transit ticket?" is not answered by the
    taxi's "$52" in the clause before "from Newark take NJ Transit". Any of them, not
    only those naming the most: a price is often said beside the thing ("the ride ...
    should cost around 10 dinars (a night rate applies)" prices a cab "late at night").
    ``whole``: the whole message, whose story may name the thing the sentence that asks
    prices ("From JFK to the UN? The taxi is expensive?"). ``echoed``: the question names
    the price in a word the entry uses too ("is there a fee?" where it says "no fee"),
    which answers it, unless the entry's price is only another thing's ("the taxi fare
    from LaGuardia" against "flat fare of $52 from JFK"). ``forms``: a word's stems and
    its synonyms' the FAQ uses, so that a thing asked in other words is still found
    ("how much does the metro cost?" of an entry whose subway has no price)."""
    if Fact.PRICE not in asked:
        return None
    if question is not None:
        said = _on_the_things_asked(question, said, most=False, told_on=False) or said
    if (not amount and question is not None and _REIMBURSED.search(question)
            and _REIMBURSED.search(said)):
        # "I paid my own ticket, does UNOCT reimburse me?" asks whether, which "the
        # ticket is bought by UNOCT ... self-funded participants are not reimbursed"
        # answers without a sum.
        return None
    stated = names_amount(said) if amount else names_price(said)
    if not stated:
        return None if echoed else Veto(
            "price_not_stated", "a price is asked and the entry states none")
    if question is not None and not _priced_as_asked(whole or question, said, forms):
        return Veto("price_not_stated",
                    "a price is asked and the entry states only another thing's")
    return None


# A bracket within a clause: "(flat fare of $52 plus tolls from jfk)".
_BRACKETED = re.compile(r"\(([^()]*)\)")


def _priced_as_asked(
    question: str, said: str, forms: Callable[[str], frozenset[str]] | None = None
) -> bool:
    """Whether a clause of the entry that states a price names a thing the question
    names: "how much is a taxi from LaGuardia?" is not answered by "from JFK or
    LaGuardia a taxi takes 30 to 60 minutes (flat fare of $52 from JFK)", whose bracket
    says of which the price is. A bracket that names nothing its clause does is said of
    the whole clause ("from JFK a taxi takes 30 minutes (flat fare of $52)"). True where
    the question names nothing the entry does."""
    def thing_words(text: str) -> list[str]:
        return [w for w in words(text) if w not in _NOT_A_THING and w.isalpha()]

    def things(text: str) -> set[str]:
        return {stem(w) for w in thing_words(text)}

    asked = thing_words(question)
    named = {stem(w) for w in asked}
    if forms is not None:
        named |= {f for w in asked for f in forms(w)}
    if not named & things(said):
        return True
    for clause in _CLAUSE_END.split(said):
        outside = _BRACKETED.sub(" ", clause)
        for part in [outside, *_BRACKETED.findall(clause)]:
            if not names_price(part):
                continue
            own = things(part)
            if part is not outside and not own & things(outside):
                own |= things(outside)  # nothing of its own: said of the clause
            if named & own:
                return True
    return False


# A name as written: a capitalised word or an acronym ("NYU Langone", "UN Security").
_CAPITALISED = re.compile(r"(?<![\w'-])[A-Z][\w'-]*")


def _names_in(clause: str) -> set[str]:
    """The names a clause writes (its first word left out: any sentence begins so)."""
    found = [m.group(0) for m in _CAPITALISED.finditer(clause)]
    if found and clause.lstrip().startswith(found[0]):
        found = found[1:]
    return {fold(name) for name in found} - STOPWORDS


def contact_not_stated(asked: Fact, question: str, answer: str) -> Veto | None:
    """A phone number or an email is asked of something the entry names ("the phone
    number of the NYU Langone emergency department?"), and every number the entry gives
    is in a clause naming something else ("call the UN Security Control Centre at ...")
    and not the thing asked. ``answer``: the entry's own sentences, as written."""
    kinds = [kind for kind in (Fact.PHONE, Fact.EMAIL) if kind in asked]
    if not kinds:
        return None
    clauses = _CLAUSE_END.split(answer)
    names = {clause: _names_in(clause) for clause in clauses}
    asked_of = set(words(question)) & set().union(*names.values())
    if not asked_of:
        return None
    for kind in kinds:
        stating = [c for c in clauses if STATED_IN[kind].search(c)]
        if not stating or any(asked_of & names[c] or not names[c] for c in stating):
            return None
    return Veto("contact_not_stated",
                "a number is asked of a thing the entry names, and it gives another's")


# "which floor", "on the second floor", "what level": a floor asked for. Not "take the
# floor", "the floor is yours", "given the floor" (to speak, in any UN meeting).
_FLOOR_ASKED = re.compile(
    r"\b(?:which|what|wich|wat) (?:floor|storey)\b|\b(?:which|what|wich|wat) level\b(?! of)|"
    r"\b(?:on|at) the (?:(?:ground|first|second|third|fourth|fifth|top|lower|upper|main|"
    r"\d+(?:st|nd|rd|th)) or )?(?:ground|first|second|third|fourth|fifth|top|lower|upper|"
    r"main|\d+(?:st|nd|rd|th)) (?:floor|level)\b|"
    r"\b(?:upstairs|downstairs)\b"
)
_FLOOR_NOT_ASKED = re.compile(
    r"\b(?:take|taking|took|takes|given|give|have|has|yield)s? the floor\b"
)
_FLOOR_STATED = re.compile(
    r"\b(?:floor|floors|level|levels|storey|basement|upstairs|downstairs|lobby|mezzanine|"
    r"(?:1st|2nd|3rd|\d+th) fl)\b"
)


def floor_not_stated(question: str, said: str) -> Veto | None:
    """A floor or level is asked for and the entry names none: knowing the room is not
    knowing its floor."""
    text = fold(question)
    if (_FLOOR_ASKED.search(text) and not _FLOOR_NOT_ASKED.search(text)
            and not _FLOOR_STATED.search(said)):
        return Veto("floor_not_stated", "a floor is asked and the entry names none")
    return None


# When something closes, or until when it is open ("what time does the Pass and ID Office
# close?", "until what time is the cafe open?", "how late is the cloakroom open?"). Not
# "close to the UN" (near), nor the closing session, ceremony or remarks.
_CLOSING_ASKED = re.compile(
    r"\b(?:what time|when|at what time|which time|by what time)\b(?:\s+\S+){0,8}?\s+"
    r"(?:close|closes|closed|shut|shuts)\b(?! (?:to|by|session|ceremony|remarks))"
    r"|\b(?:closing time|closing hours|open until|open till|open til|until what time|"
    r"till what time|til what time|until when|till when|how late)\b"
    # The order of other languages, read word for word: "Le Vienna Café ferme à quelle
    # heure ?" reads "vienna coffee close what time".
    r"|\b(?:close|closes|shut|shuts)\s+(?:\S+\s+){0,2}?(?:what time|when|which time)\b"
)
# An entry that says when something closes or ends: a range of hours ("08:00-18:00"), or
# "until", "closes", "end of" ... (in words: "open until the last session ends").
_CLOSING_STATED = re.compile(
    r"\b(?:until|till|til|close|closes|closed|closing|shut|shuts|ends?|end of)\b"
    # "through Friday", "throughout the day": not "go through security"
    r"|\bthrough(?:out)?\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"(?:day|days|evening|afternoon|morning|night|lunch|week|conference|meeting|event)\b)"
    r"|\d{1,2}[:.]\d{2}\s*(?:-|\u2013|\u2014|to)\s*\d{1,2}[:.]\d{2}"
)


def closing_not_stated(
    question: str, said: str, *, top_is_session: bool = False, answer: str | None = None
) -> Veto | None:
    """When something closes is asked and the entry says only when it opens ("open from
    08:00"): its opening hour is not its closing one (the closing time of a cafe is the
    near miss the issue names first). Never of a session: it always ends, at a time the
    programme holds rather than its card's text. Where the entry's ``answer`` (its
    sentences, folded) names the thing asked, only those sentences count: the café's,
    not the lunch break's "13:00-15:00" in another."""
    if top_is_session or not _CLOSING_ASKED.search(fold(question)):
        return None
    stated = _on_the_days_asked(question, said)
    if answer is not None:
        stated = _on_the_things_asked(question, _on_the_days_asked(question, answer)) or stated
    if not _CLOSING_STATED.search(stated):
        return Veto("closing_not_stated", "a closing time is asked and the entry states none")
    return None


# When something opens, or its hours ("what time does the cafeteria open for
# breakfast?", "opening hours of the Vienna Café?"); not until when it is open
# (``closing_not_stated``) nor "the opening" (the session).
_OPENING_ASKED = re.compile(
    r"(?<!till )(?<!until )(?<!til )"
    r"\b(?:what time|when|at what time|from what time|how early|what hour|which hour|"
    r"what are the hours)\b[^?.!]{0,60}?\bopens?\b|\bopening (?:hours|times)\b|"
    r"\bhours\b[^?.!]{0,25}\bopen\b"
)


def opening_not_stated(
    question: str, *, states_a_time: bool, answer: str | None = None
) -> Veto | None:
    """When something opens, or its hours, is asked, and the entry states no time of day
    (``states_a_time``: ``facts.Fact.CLOCK`` among what it holds): it says the café
    exists, or where, not when it opens. Over every question set, 34 such questions are
    not to be answered; of the 32 that are, every right entry states a time. Where the
    entry's ``answer`` (its sentences, folded) names the thing asked, only those
    sentences count, as for the closing time."""
    if not _OPENING_ASKED.search(fold(question)):
        return None
    if states_a_time:
        on_it = _on_the_things_asked(question, answer) if answer is not None else None
        if on_it is None or CLOCK_STATED.search(on_it):
            return None
    return Veto("opening_not_stated", "an opening time is asked and the entry states none")


# A date or a deadline asked ("until what date can we send a written statement?", "what
# is the deadline for registering?"); not a reporter "on deadline".
_DATE_ASKED = re.compile(
    r"\b(?:what|which) (?:is the |s the |was the )?(?:exact |final |last )?(?:deadline|date)\b|"
    r"\b(?:until|by|before|till) (?:what|which) (?:date|day)\b|(?<!on )\bdeadline\b"
)


def date_not_stated(question: str, *, states_a_time: bool) -> Veto | None:
    """A date or deadline is asked, and the entry states no time at all (``states_a_time``:
    ``facts.Fact.TIME`` among what it holds: a day, a month, a year, "deadline"): it says
    how to send a statement, not by when."""
    if states_a_time or not _DATE_ASKED.search(fold(question)):
        return None
    return Veto("date_not_stated", "a date or deadline is asked and the entry states none")


# Words of a closing-time or a price question that name no thing ("until what time can I
# still get ...", "how late is it open", "how much does ... cost").
# Not "night", generic elsewhere: a price is said of it ("$12 by day, more at night").
_NOT_A_THING = (STOPWORDS | GENERIC_WORDS) - {"night"} | frozenset("""
    until till til late open opens close closes closed closing still get time hour hours
    much cost costs price prices fee fees charge charged pay paid fare fares rate rates
    expensive cheap
    """.split())


def _on_the_things_asked(question: str, answer: str, *, most: bool = True,
                         told_on: bool = True) -> str | None:
    """The sentences of an entry's answer that name most of the things the question
    names ("the coffee cart outside the GA hall": the cart's sentence, not the café's that
    says "coffee" too), or with ``most`` false any of them, each with the sentence after
    it (which may go on with "it"); None where none names any."""
    named = {stem(w) for w in words(question) if w not in _NOT_A_THING and w.isalpha()}
    sentences = _CLAUSE_END.split(answer)
    shared = [len(named & {stem(w) for w in words(c)}) for c in sentences]
    least = max(shared, default=0) if most else 1
    # ``told_on`` false: the next sentence goes on about the same thing only where it
    # points back to it ("... It costs $10"); "The free morning shuttle runs from all
    # three" after the hotels' rate is another thing's price.
    goes_on = [told_on or bool(_POINTS_BACK_WORDS & set(words(c))) for c in sentences]
    kept = {k + d for k, n in enumerate(shared) if n and n >= least for d in (0, 1)
            if d == 0 or (k + 1 < len(sentences) and goes_on[k + 1])}
    return " ".join(sentences[n] for n in sorted(kept) if n < len(sentences)) or None


_POINTS_BACK_WORDS = frozenset("it its they them their this these that those there".split())


_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")
_CLAUSE_END = re.compile(r"[;.!?](?:\s|$)")
# ... and where a colon or a bracket opens another ("an official invitation letter: email
# visa@...", whose "an" is the letter's): where the words that say how a thing is spoken
# of (``_how_said``) stop.
_CLAUSE_BREAK = re.compile(r"[:;.!?()]\s")


def _on_the_days_asked(question: str, said: str) -> str:
    """What the entry says in its clauses naming the weekday the question asks about,
    where it names it; else all it says. "Monday to Wednesday, 09:00 to 16:00; Thursday
    and Friday from 07:30" gives Thursday's hours as "from 07:30": the range is another
    day's."""
    days = set(_WEEKDAY.findall(" ".join(words(question))))
    if not days:
        return said
    clauses = [c for c in _CLAUSE_END.split(said) if days & set(_WEEKDAY.findall(c))]
    return " ".join(clauses) if clauses else said


# A number asked for by its name ("which channel number is Spanish on the headset?", "what
# is the room number of the media centre?", "seat no."). Not a phone number (asked as a
# contact), nor "number of" (a count).
_NUMBER_ASKED = re.compile(
    r"\b(?:what|which|whats)\b(?:\s+\S+){0,4}?\s+"
    r"(?:(?!(?:the|a|an|total|exact|phone|telephone|contact|fax|mobile)\b)\w+ (?:number|no)\b"
    r"|(?:number|no)\b(?! of\b))"
    # "which channel is Russian on the headset?": a channel is a number on the receiver
    r"|\b(?:what|which|whats) (?:headset |audio |interpretation |language )?channel\b"
)
_DIGIT = re.compile(r"\d")


def number_not_stated(question: str, said: str) -> Veto | None:
    """A number is asked for by name and the entry holds no number at all: it says how to
    choose the channel, not which channel is which."""
    if _NUMBER_ASKED.search(" ".join(words(question))) and not _DIGIT.search(said):
        return Veto("number_not_stated", "a number is asked and the entry states none")
    return None


# How many members the UN itself has: "does the UN have", "members of the UN", "are
# in the UN". Not how many take part in a meeting ("how many UN Member States attend?").
_UN = r"(?:the )?(?:un|united nations|uno)"
_MEMBERSHIP_ASKED = re.compile(
    rf"\bhow many\b.*(?:\b(?:does|do|has|have|did) {_UN} (?:have|has|got|count)\b"
    rf"|\b(?:members?|member states?|countries|states|nations) (?:of|in|belong \w+ to) {_UN}\b"
    rf"|\b(?:are|is) (?:there )?in {_UN}\b"
    rf"|\bmake up {_UN}\b)"
)
_TAKING_PART = re.compile(
    r"\b(?:attend\w*|participat\w*|tak\w+ part|coming|represented|present|here|"
    r"conference|meeting|event|expected|registered|joining|sending|week|session\w*)\b"
)
_MEMBERSHIP_STATED = re.compile(
    rf"\b(?:un|united nations) (?:has|have|counts|comprises)\b"
    rf"|\bmembers? (?:states )?of {_UN}\b|\bmembership of {_UN}\b"
)


def membership_not_stated(question: str, said: str) -> Veto | None:
    """How many members the UN has is asked ("How many Member States does the UN have in
    total?") and the entry counts only those taking part: its "In total, 150 Member
    States are taking part" is this meeting's attendance, not the Organization's size."""
    asked = " ".join(words(question))
    if (_MEMBERSHIP_ASKED.search(asked) and not _TAKING_PART.search(asked)
            and not _MEMBERSHIP_STATED.search(said)):
        return Veto("membership_not_stated",
                    "the UN's own membership is asked and the entry counts participants")
    return None


# Where the thing asked about ends: "how many bilateral meeting rooms | are there in
# total?", "which social media company | is speaking?".
_COUNT_ENDS = frozenset("""
    are is were was will would do does did can could should may might must have has had
    there in at on of for per to from with by during each a an the this that these those
    attend attending attended take taking come coming speak speaking get go expected
    fit fits hold holds sit seat seated work working
    allowed registered available approximately roughly about exactly altogether total
    i we you he she it they my our your his her its their me us him them
    """.split())
_NUMBER_WORDS = frozenset("""
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen
    dozens single couple
    """.split())
# "How long does the screening take?", "how long can I speak?": a length of time asked
# (not "how long until ...", which the programme answers from the moment).
_HOW_LONG = re.compile(r"\bhow long\b(?! (?:until|till|til|before|to go)\b)")
_UNITS = r"(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
# A length said: "30 to 60 minutes", "a 10-minute walk", "half an hour", "two days", or a
# time from one hour to another ("10:00-13:00").
_LENGTH_SAID = re.compile(
    rf"\b(?:\d+|an?|half an?|{'|'.join(sorted(_NUMBER_WORDS))})[ -]{_UNITS}\b"
    r"|\b\d{1,2}[:.]\d{2}\s*(?:-|\u2013|to|until)\s*\d{1,2}[:.]\d{2}")


def length_not_stated(question: str, said: str) -> Veto | None:
    """How long something takes or lasts is asked ("how long has she been Executive
    Director?", "how long does the invitation letter take?") and the entry states no length
    of time: it says what the thing is, not how long."""
    if not _HOW_LONG.search(fold(question)) or _LENGTH_SAID.search(said):
        return None
    return Veto("length_not_stated", "a length of time is asked and the entry states none")


# Kinds of party called by several names (a count of participants is one of people; a
# delegation is a country's), shared by the count and the which-one vetoes.
_PEOPLE = "people participant delegate attendee person guest visitor"
_COUNTRIES = "country state nation delegation member government"
_ORGANISATIONS = "organisation organization org ngo entity body agency institution"


def _stems(group: str) -> frozenset[str]:
    return frozenset(stem(w) for w in group.split())


_PEOPLE_STEMS = _stems(_PEOPLE)
# Things one counts by several names; a room's seats count the people it holds ("how
# many people fit in Room 11?").
_COUNTED_ALIKE = tuple(_stems(g) for g in (
    f"{_PEOPLE} head seat place", _COUNTRIES, _ORGANISATIONS))


def _thing_named(said: tuple[str, ...], start: int) -> list[str]:
    """The words from ``start`` up to the first that is no part of the thing named (at
    most four): "how many bilateral meeting rooms are ...", "which social media company
    is ..."; the last of them names it."""
    named: list[str] = []
    for word in said[start:start + 4]:
        if word in _COUNT_ENDS:
            break
        named.append(word)
    return named


def count_not_stated(question: str, said: str) -> Veto | None:
    """How many of a thing is asked ("how many bilateral meeting rooms are there?") and
    the entry puts no number before that thing: its "rooms for 6-10 people" counts the
    people in one room, not the rooms."""
    said_words = words(question)
    start = next((n + 2 for n in range(len(said_words) - 1)
                  if said_words[n:n + 2] == ("how", "many")), None)
    named = [] if start is None else _thing_named(said_words, start)
    if not named:
        return None
    # Any of its words counted will do ("how many months validity": the months), by a
    # count in its own sentence: not "by Monday 25 June. Approved journalists ...", nor
    # a label's number ("Conference Room 1 has simultaneous interpretation").
    # Of a phrase, the words in the plural are what is counted ("how many civil society
    # speakers": the speakers, not a count of civil society organisations).
    counted = [w for w in named if len(w) > 3 and w.endswith("s")] or named
    qualifiers = [w for w in named[:-1] if w not in STOPWORDS]
    if counted == named and qualifiers and stem(named[-1]) in _PEOPLE_STEMS:
        # "how many civil society people": people of that kind, which a count of all
        # the participants does not say; the kind must be counted ("60 civil society
        # representatives").
        counted = qualifiers
    alike = _alike(counted, _COUNTED_ALIKE)
    if any(_numbered(_without_labels(words(sentence)), alike)
           for sentence in _CLAUSE_END.split(said)):
        return None
    return Veto("count_not_stated", f"how many {named[-1]} is asked and the entry counts none")


# Words a number after them labels, not counts: "Room 1", "channel 3", "Plenary 2".
_LABELLED = frozenset("""
    room rooms session sessions plenary breakout channel floor level gate hall building
    group panel workshop day no number
    """.split())


_MONTH_NAMES = frozenset(MONTHS)
_BEFORE_A_LABEL = _LABELLED | _MONTH_NAMES


def _without_labels(said: tuple[str, ...]) -> tuple[str, ...]:
    """The words without the numbers that label or date something ("Room 1", "25 June",
    "June 25"): what is left of them counts."""
    return tuple(
        "" if any(c.isdigit() for c in w) and (
            (n and said[n - 1] in _BEFORE_A_LABEL)
            or (n + 1 < len(said) and said[n + 1] in _MONTH_NAMES))
        else w
        for n, w in enumerate(said))


def _alike(named: Sequence[str], groups: tuple[frozenset[str], ...]) -> set[str]:
    """The stems of the words named, and of the words each is counted alike with."""
    return set().union(*(next((g for g in groups if stem(w) in g), {stem(w)}) for w in named))


def _numbered(entry: tuple[str, ...], alike: set[str], *, in_the_word: bool = False) -> bool:
    """Whether the entry puts a number (in digits or in words) at most four words before
    one of these stems; with ``in_the_word``, in that word too ("10mb")."""
    def number(w: str) -> bool:
        return w in _NUMBER_WORDS or any(c.isdigit() for c in w)

    return any(
        stem(word) in alike
        and any(number(w) for w in entry[max(0, at - 4):at + 1 if in_the_word else at])
        for at, word in enumerate(entry))


# "Is there a word limit for the written statements?", "the maximum file size for slides",
# "what's the height limit in the garage?": a limit on a measure is asked for, and the
# entry never puts a number to that measure (its "about three minutes" limits the time
# spoken, not the words written). A limit of time ("time limit", "how long") is left to
# the entries that state times; "off limits" limits no measure.
_LIMIT_AFTER = frozenset("limit limits".split())
# Not "min": the words read it as minutes ("a 10 min walk"), as chat means it.
_LIMIT_BEFORE = frozenset("maximum max minimum".split())
_NOT_MEASURES = frozenset("""
    time times speaking speech length duration long minute minutes hour hours off no any
    age
    """.split()) | _COUNT_ENDS
# A measure and the units it is given in ("10 MB", "55 x 40 cm").
_MEASURED_ALIKE = tuple(_stems(g) for g in (
    "word words character characters",
    "page pages sheet sheets",
    "size file mb kb gb megabyte megabytes",
    "dimension dimensions cm centimetre centimetres centimeter centimeters inch inches",
    "height tall metre metres meter meters feet foot",
    "weight heavy kg kilo kilos kilogram kilograms pound pounds lb",
    f"{_PEOPLE} head seat place",
    _COUNTRIES,
))


def _measure_limited(said: tuple[str, ...]) -> list[str]:
    """The measure a question asks the limit of ("word" of "word limit", "delegates" of
    "maximum number of delegates"), or nothing."""
    for n, word in enumerate(said):
        if n > 0 and said[n - 1] not in _NOT_MEASURES and (
                word in _LIMIT_AFTER
                # "word count", not "vote count"
                or (word == "count" and any(stem(said[n - 1]) in g for g in _MEASURED_ALIKE))):
            return [said[n - 1]]
        if word in _LIMIT_BEFORE:
            rest = [w for w in said[n + 1:n + 5] if w not in ("number", "amount", "of", "the")]
            named = _thing_named(tuple(rest), 0)[:2]
            return [] if any(w in _NOT_MEASURES for w in named) else named
    return []


def limit_not_stated(question: str, said: str) -> Veto | None:
    """A limit on a measure is asked and the entry gives that measure no number."""
    measured = _measure_limited(words(question))
    if not measured:
        return None
    if _numbered(words(said), _alike(measured, _MEASURED_ALIKE), in_the_word=True):
        return None
    return Veto("limit_not_stated",
                f"a limit of {measured[-1]} is asked and the entry gives it no number")


# "Which social media company is speaking in Plenary 3?", "which 13 countries are taking
# part?": who in particular is asked, of a kind of party (a company, a country, an
# expert), and the entry speaks of that kind only in general: "a representative of a
# major social media company", "13 countries", "Member States".
_PARTIES = (
    _PEOPLE_STEMS,  # not "which place" or "which seat", as counted alike
    *(_stems(group) for group in (
        _COUNTRIES,
        _ORGANISATIONS,
        "company firm business corporation",
        "airline carrier",
        "platform provider",
        "bank",
        "university academic",
        "speaker panellist panelist expert adviser advisor official minister representative",
        "partner sponsor donor",
        "survivor victim",
    )),
)
_PARTICULAR = frozenset("the this these those that its their".split())
_GENERAL = frozenset("a an one some several various certain other many".split()) | _NUMBER_WORDS
_INDEFINITE = frozenset("a an one".split())
# A "the" before one of these is another noun's ("the participation of internet
# companies" names no company in particular) or another sentence's (the entry's own
# phrasing "who are the participants which countries are invited").
_BREAKS_OFF = frozenset("of with for by from to in on at which what who how".split())
# After the kind, a list of who they are: "13 countries: Kenya, ...", "companies such as".
# Not a bracket that says they are not known yet: "a regional airline (tbc)".
_LIST_FOLLOWS = re.compile(
    r"\s*(?::|\((?!\s*(?:tbc|tba|tbd|to be (?:confirmed|announced|determined))\b)|"
    r",?\s+(?:including|such as|namely|like)\b)")
_WORD = re.compile(r"[\w'-]+")


def _who_is_the(asked: tuple[str, ...]) -> int | None:
    """Where the party asked for begins in "who is the ...", "who's the ...", "who are
    the ...": a particular one is asked for, as by "which"."""
    for n in range(len(asked) - 2):
        if asked[n] in ("who", "whos") and asked[n + 1] in ("is", "s", "are", "the"):
            at = n + 1 if asked[n + 1] == "the" else n + 2
            if at < len(asked) and asked[at] == "the":
                return at + 1
    return None


def _how_said(before: list[str]) -> str | None:
    """The word that says how the thing after ``before`` is spoken of: as a particular
    one ("the", "these"), in general ("a", "some", "13"), or None (bare, or the word is
    another noun's)."""
    for word in reversed(before):
        if word in _PARTICULAR or word in _GENERAL or word.isdigit():
            return word
        if word in _BREAKS_OFF:
            return None
    return None


def particular_not_named(question: str, said: str) -> Veto | None:
    """Which one of a kind of party is asked ("which airline is sending someone to
    Session 2?", "who is the UNDP adviser on the panel?") and the entry speaks of that
    kind only in general ("airlines and border agencies", "a major social media
    company", "a UNDP regional adviser"): it names none of them. Of any other thing
    ("which film will be shown?"), only where the entry says "a" one ("a short film")."""
    asked = words(question)
    start = asked.index("which") + 1 if "which" in asked else _who_is_the(asked)
    if start is None:
        return None
    named = _thing_named(asked, start)
    if not named:
        return None
    if "which" not in asked:
        # "who is the UNDP regional adviser speaking": the party is its last word.
        named = named[:max((n + 1 for n, w in enumerate(named)
                            if any(stem(w) in g for g in _PARTIES)), default=0)]
        if not named:
            return None
    kind = next((g for g in _PARTIES if stem(named[-1]) in g), None)
    # Any other thing asked "which" of ("which film will be shown?") counts only where
    # the entry says "a" one of it ("a short film"): said bare, it may be the one, and
    # "the other sessions are not webcast" names the webcast ones elsewhere.
    general_only = kind is None
    if kind is None:
        if "which" not in asked or not named[-1].isalpha():
            return None
        kind = frozenset({stem(named[-1])})
    found = [m for m in _WORD.finditer(said) if stem(m.group()) in kind]
    if not found:
        return None  # the entry may name them without the word ("hosted by Norway")
    for match in found:
        if _LIST_FOLLOWS.match(said, match.end()):
            return None
        # Within its own clause: in "an official invitation letter: email visa@...",
        # the "an" is the letter's.
        before = _CLAUSE_BREAK.split(said[max(0, match.start() - 60):match.start()])[-1]
        how = _how_said(_WORD.findall(before)[-4:])
        if how in _PARTICULAR or (general_only and how not in _INDEFINITE):
            return None
    return Veto("particular_not_named",
                f"which {named[-1]} is asked and the entry names none in particular")


# Offices and jobs held by one person, whose holder "who is the ..." asks for by name
# ("who is the UN photographer?", "who's the head of the Nigerian delegation?"). Not a
# contact, a host or an organiser, which an address or a body answers, nor a speaker or
# a chair, which ``names_not_stated`` and ``role_not_named`` read.
_ONE_PERSON = _stems("""
    photographer cameraman spokesperson spokesman spokeswoman dj doctor nurse physician
    paramedic director head chief boss president ambassador minister curator artist
    performer singer poet filmmaker rep representative officer usg secretary
    secretary-general
""")


def person_not_named(question: str, names_someone: bool) -> Veto | None:
    """Who holds an office or a job is asked ("who is the UN photographer?", "what's the
    name of the DJ at the cultural evening?") and the entry names no one at all
    (``person_names.text_names_someone``): it says there is a photographer, not who."""
    if names_someone:
        return None
    asked = words(question)
    start = _who_is_the(asked)
    if start is None:
        start = next((n + 4 for n in range(len(asked) - 3)
                      if asked[n:n + 4] == ("the", "name", "of", "the")), None)
    if start is None:
        return None
    named = _thing_named(asked, start)
    held = [n for n, w in enumerate(named) if stem(w) in _ONE_PERSON]
    if not held:
        return None
    role = " ".join(named[:held[-1] + 1])
    return Veto("person_not_named",
                f"who the {role} is is asked and the entry names no one")


# Names asked of the people taking part ("what are the names of the survivors speaking
# at the side event?", "who exactly is moderating session 1, name please"); not the name
# of a thing ("the wifi network name", "the name on my badge").
_NAMES_ASKED = re.compile(r"\bnames\b|\bwho\b.*\bname\b|\bname (?:please|pls|plz)\b")
_PEOPLE_ASKED = re.compile(
    r"\b(?:who|speak\w*|present\w*|panel\w*|moderat\w*|chair\w*|facilitat\w*|"
    r"survivors?|victims?|representatives?|experts?|officials?|people|youth|ngos?|"
    r"participants?|ministers?|rapporteurs?|trainers?|lead\w*)\b")


def names_not_stated(question: str, speakers: Sequence[str], description: str) -> Veto | None:
    """The names of a session's people are asked and its card gives none: its speakers
    are kinds of people ("Survivors of terrorist attacks", "Heads of counter-terrorism
    agencies"), and its description names no one by title."""
    folded = fold(question)
    role = _role_asked(question, speakers)
    if role is not None:
        # "Who is the President of the General Assembly who speaks at the opening?": the
        # card lists the office, not who holds it.
        return Veto("names_not_stated", f"who the {role} is is asked, and the card lists "
                                        "the office only")
    if not (_NAMES_ASKED.search(folded) and _PEOPLE_ASKED.search(folded)):
        return None
    if any(names_a_person(line) for line in speakers) or text_names_a_person(description):
        return None
    return Veto("names_not_stated", "names are asked and the session names no one")


def _role_asked(question: str, speakers: Sequence[str]) -> str | None:
    """The office asked in "who is the ..." that a speaker line of the card names without
    a person ("President of the General Assembly"), or None."""
    asked = words(question)
    start = _who_is_the(asked)
    if start is None:
        return None
    named = [w for w in _thing_named(asked, start) if w not in STOPWORDS]
    if not named:
        return None
    head = stem(named[0])
    for line in speakers:
        said = {stem(w) for w in words(line)}
        if head in said and not names_a_person(line):
            return named[0]
    return None


# "Who is the deputy head of UNOCT?", "who's the vice-chair of Session II?": a second in
# command is asked for; an entry naming the head or the chair says nothing of them.
_DEPUTY_ASKED = re.compile(
    r"\b(?:who|whos|name|names)\b.{0,40}?\b(deputy|vice|assistant|acting|co)\b[\s-]?"
    r"(?:head|chair|chairs|chairman|chairperson|chairwoman|director|executive|secretary|"
    r"president|minister|coordinator|coordinators|rapporteur|moderator|organiser|organizer)")


def deputy_not_named(question: str, said: str) -> Veto | None:
    """A deputy, a vice-chair, an acting or assistant head is asked for ("who is the
    deputy executive director of CTED?") and the entry never says that word: it names
    the head only, who is not the person asked about."""
    asked = _DEPUTY_ASKED.search(fold(question))
    if asked is None or re.search(rf"\b{asked.group(1)}\b", said):
        return None
    return Veto("deputy_not_named",
                f"a '{asked.group(1)}' is asked for and the entry never says the word")


# Who holds a role at a meeting: chairs, moderates, presides over or facilitates it, or
# is its rapporteur ("who will chair session III?", "who is moderating breakout A?").
# Not the organisers (``organiser_not_named``) nor a deputy (``deputy_not_named``).
_ROLE_ASKED = re.compile(
    r"\b(?:who|whos|name|names)\b(?:\s+\S+){0,5}?\s+(?:the\s+)?"
    r"(chair|chairs|chairing|chaired|chairman|chairperson|chairwoman|co-chairs?|"
    r"moderate|moderates|moderating|moderated|moderator|moderators|preside|presides|"
    r"presiding|facilitate|facilitates|facilitating|facilitator|facilitators|"
    r"rapporteur|rapporteurs)\b")
# The words that say who holds it: a chair, moderator, president or facilitator runs a
# meeting alike ("chaired by" answers "who moderates"); a rapporteur is another role.
_RUNS_THE_MEETING = re.compile(r"\b(?:co-)?(?:chair|presid|moderat|facilitat)\w*")
_RAPPORTEUR = re.compile(r"\brapporteur")


def role_not_named(question: str, said: str) -> Veto | None:
    """Who chairs, moderates or reports on a meeting is asked ("who is moderating the
    closing session?", "who is the rapporteur for breakout B?") and the entry never
    speaks of that role: it says what the session is and when, not who runs it."""
    asked = _ROLE_ASKED.search(" ".join(words(question)))
    if asked is None:
        return None
    held = _RAPPORTEUR if asked.group(1).startswith("rapporteur") else _RUNS_THE_MEETING
    if held.search(said):
        return None
    return Veto("role_not_named",
                f"who is asked ('{asked.group(1)}') and the entry never speaks of the role")


# Which particular Member State, country or UN entity organises or sponsors something
# ("Which Member States are organising the side event on digital evidence?", "which UN
# entity is co-organising it?").
_ORGANISER_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:member\s+states?|countries|country|states?|governments?|"
    r"delegations?|missions?|un\s+(?:entity|entities|agency|agencies|body|bodies|office|"
    r"offices)|entity|entities|agency|agencies|organi[sz]ations?)\b(?:\s+\S+){0,3}?\s+"
    r"(?:organi[sz]|co-?organi[sz]|sponsor|co-?sponsor|host|run|fund|behind|support)\w*"
)
# An entry that says who organises only in general ("Organised by Member States with UN
# entities"): it names no one in particular.
_ORGANISERS_IN_GENERAL = re.compile(
    r"\b(?:organi[sz]ed|sponsored|hosted|run)\s+by\s+member\s+states\b")
_ORGANISERS_NAMED = re.compile(
    r"\b(?:organi[sz]ed|sponsored|hosted|run)\s+by\s+(?!member\s+states\b)")


def organiser_not_named(question: str, said: str) -> Veto | None:
    """Which Member State or UN entity organises something is asked, and the entry says
    only that Member States organise it with UN entities: it names no one."""
    if (_ORGANISER_ASKED.search(" ".join(words(question)))
            and _ORGANISERS_IN_GENERAL.search(said) and not _ORGANISERS_NAMED.search(said)):
        return Veto("organiser_not_named",
                    "a particular organiser is asked and the entry names none")
    return None


# A judgement asked for: which is better or worth it, what is recommended. Not "the
# best way / time / place to ..." (a how-to question) nor a letter's "best regards".
_JUDGEMENT_ASKED = re.compile(
    r"\b(?:(?:better|best)(?! (?:way|ways|route|time|times|place|option|regards|wishes))|"
    r"worth|worthwhile|recommend(?:s|ed|ing|ations?)?|favou?rites?|"
    r"more interesting|most interesting|more useful|most useful|"
    # "which subway line is the most safe late in the evening?"
    r"safest|most safe|safer|more safe)\b"
)


def judgement_not_stated(question: str, said: str) -> Veto | None:
    """"Which side event is better, the victims one or the internet one?": the entry
    describes the side event but judges nothing; an answer would pass its facts off
    as the bot's opinion. An entry that judges ("the best way to get there") may."""
    asked = _JUDGEMENT_ASKED.search(fold(question))
    if asked is None or _JUDGEMENT_ASKED.search(said) is not None:
        return None
    return Veto("judgement_not_stated",
                f"the question asks for a judgement ({asked.group(0)}) the entry never makes")


def other_time(kb: KnowledgeBase, question: str, said: str) -> Veto | None:
    """A day, month or year named in the question that neither the conference nor the
    entry covers."""
    asked = fold(question)
    dates = kb.conference.dates
    conference_days = {WEEKDAYS[d.weekday()] for d in dates}
    conference_months = {MONTHS[d.month - 1] for d in dates}
    words = set(re.findall(r"\w+", asked))
    other: str | None = None
    for day in WEEKDAYS:
        if day in words and day not in conference_days and day not in said:
            other = day.capitalize()
    if (words & {"weekend", "weekends"} and not conference_days & {"saturday", "sunday"}
            and not _WEEKEND.search(said)):
        other = "the weekend"  # "is the meditation room open on the weekend as well?"
    for month in MONTHS:
        mentioned = _MAY.search(asked) if month == "may" else month in words
        if mentioned and month not in conference_months and month not in said:
            other = month.capitalize()
    years = {str(d.year) for d in dates}
    for match in _YEAR.finditer(asked):
        if match.group(0) not in years and match.group(0) not in said:
            other = match.group(0)
    found = _OTHER_TIME.search(asked)
    if found and found.group(0) not in said:
        other = found.group(0)
    if other is None:
        return None
    return Veto("other_time", f"the question is about {other}, which the entry does not mention")


# A question that asks whether ("is the digital evidence event on Thursday?") is
# answered by the session's card, whatever its day: it says which day it is.
_ASKS_WHETHER = re.compile(
    r"^(?:is|are|was|were|will|would|does|do|did|can|could|has|have|shall)\b")


def other_day(kb: KnowledgeBase, question: str, said: str, day: dt.date) -> Veto | None:
    """A session held on one day of the conference, asked about another ("what time
    does the accreditation centre close on Wednesday?" of Tuesday's accreditation):
    its card says nothing of that day. Not when the question asks whether it is on
    that day, which the card answers by giving its own."""
    asked = fold(question)
    if _ASKS_WHETHER.match(asked.strip()):
        return None
    conference_days = {WEEKDAYS[d.weekday()] for d in kb.conference.dates}
    named = conference_days & set(re.findall(r"\w+", asked))
    own = WEEKDAYS[day.weekday()]
    other = sorted(d for d in named if d != own and d not in said)
    if not other or own in named:
        return None
    return _on_another_day(other[0], own)


def _on_another_day(asked: str, own: str) -> Veto:
    return Veto("other_day", f"the question is about {asked.capitalize()}, and the "
                             f"session is on {own.capitalize()}")


def other_day_named(question: str, named: dt.date, day: dt.date) -> Veto | None:
    """``other_day`` for a day named relative to the moment asked, which the answering
    reads with its clock: "what time should I arrive tomorrow?" asked on the Thursday is
    not answered with Thursday's arrival. Not when the question asks whether ("is the
    youth event tomorrow?"): the card answers that by giving its own day."""
    if named == day or _ASKS_WHETHER.match(fold(question).strip()):
        return None
    return _on_another_day(WEEKDAYS[named.weekday()], WEEKDAYS[day.weekday()])


# "the second conference", "next year's forum", "the next regional workshop", "a future
# edition": an ordinal or "next" before the name of a gathering, a few words apart at most.
_OTHER_EDITION = re.compile(
    r"\b(second|2nd|third|3rd|fourth|4th|next|following|future|upcoming|subsequent)\s+"
    r"((?:[\w'-]+\s+){0,5}?)"
    r"(conference|forum|summit|edition|workshop|consultation|ministerial|meeting)s?"
    r"\b(?!\s+(?:room|rooms|building|hall|centre|center|desk|officers?|services|bags?|app|badge|"
    r"venue|area|staff|team|website|site|page|programme|program|agenda|materials|pack|kit))"
)
# Words that make the ordinal about a part of this gathering, not another one: "the
# second day of the conference", "the next session of the meeting", "2nd row of ...".
_PART_OF = frozenset(
    "day days session sessions floor row rows half part week time panel plenary break round "
    "slot speaker speakers room item segment block".split()
)


def other_edition(question: str, said: str) -> Veto | None:
    """Another edition or meeting than this one, which the entry never mentions."""
    mentioned = {m.group(3) for m in _OTHER_EDITION.finditer(said)}
    for found in _OTHER_EDITION.finditer(fold(question)):
        if set(found.group(2).split()) & _PART_OF or found.group(3) in mentioned:
            continue
        return Veto("other_edition",
                    f"the question is about another {found.group(3)} ({found.group(0)}), "
                    "which the entry does not mention")
    return None


# A request for work, addressed to the bot: the verb of the work, then what to work on.
_TASK = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay)\s+)?(?:(?:please|pls|plz|kindly)\s+)?"
    r"(?:(?:can|could|would|will) (?:you|u) (?:please |pls |kindly )?)?"
    r"(?:(?:write|draft|compose|translate|proofread|rewrite|paraphrase|edit|prepare|generate)"
    r"\s+(?:me|us|for me|for us|a|an|our|my|his|her|their|this|these|that|the|what|it)|"
    # "translate into french pls: we thank the organisers ..."
    r"translate\s+(?:into|to)\s|"
    # "summarise the programme" may want the overview; "summarise what he said" wants work
    r"summari[sz]e\s+(?:for me|for us|what|his|her|their|our|my)|"
    # "make me a powerpoint", "book me a room", "tell me a joke"
    r"(?:make|book|reserve|get|save|hold)\s+(?:me|us)\s+(?:a|an|the|some|two|three)|"
    # "put me down for the victims side event": a place on a list the bot does not keep
    r"put\s+(?:me|us|him|her|them|(?:my|our|his|her|their)\s+\w+)\s+down\s+(?:for|as)\s|"
    r"tell\s+(?:me|us)\s+(?:a|another|some)\s+(?:joke|jokes|story|poem|riddle)s?|"
    # "register me and my deputy for the side event", "sign us up": the bot keeps no
    # lists; how to register is asked otherwise ("how do I register?")
    r"(?:register|enrol|enroll)\s+(?:me|us|him|her|them|(?:my|our|his|her|their)\s+\w+)|"
    r"sign\s+(?:me|us)\s+up|"
    # "how do you say 'thank you' in Arabic?": a translation, not a fact of the meeting
    r"how (?:do|would|can) (?:you|i|we|u) say\b.*\b(?:in|into) (?:arabic|chinese|mandarin|"
    r"english|french|russian|spanish)|"
    # "put our head of agency on the speakers list", "add me to the mailing list"
    r"(?:put|add)\s+(?:me|us|our|my|his|her|their|him|them)\b(?:\s+\w+){0,4}?"
    r"\s+(?:on|to|onto)\s+(?:the\s+)?(?:\w+\s+){0,2}?list|"
    # "send the concept note to my colleague", "email the organisers for me that I'll be
    # late", "let the chair know": a message carried to someone else (not "send me the
    # programme", which the bot may show)
    r"(?:send|email|e-mail|mail|forward|message|text|notify|inform)\s+(?!me\b|us\b)"
    r"(?:.*\bto (?:my|our|his|her|their|the)|.*\bfor (?:me|us)|.*\b(?:that|saying))|"
    r"let\s+(?!me\b|us\b)\w+(?:\s+\w+){0,6}\s+know|"
    r"tell\s+(?:the|my|our)\s+\w+(?:\s+\w+){0,4}\s+that|"
    r"tell\s+(?:them|him|her)\s+(?:that|i|we|our|my)|"
    # "print my badge and send it to my hotel", "send me my certificate by email": the
    # asker's own papers made or carried (not "send me the programme")
    # ("will you print our badges?" asks what the organisers do)
    r"(?<!will you )(?<!will u )"
    r"(?:print\s+|(?:send|mail|email|e-mail|post|deliver|courier)\s+(?:me|us)\s+)"
    r"(?:my|our|his|her|their)\s|"
    # "book me on the 17:00 shuttle", "move me from breakout A to breakout B": a place on
    # a list the bot does not keep
    r"(?:book|move|switch|transfer|swap|seat)\s+(?:me|us|him|her|them)\s+"
    r"(?:on|onto|in|into|to|from|for)\s|"
    # "change my registration: replace me with my deputy", "update the email address on
    # my registration": a record of the asker's changed, which only the organisers can
    # do ("how do I change my registration?" asks how, and is not this)
    r"(?:change|cancel|update|amend|modify|correct)\s+(?:my|our|"
    r"the\s+(?:\w+\s+){1,2}?(?:on|of|in)\s+(?:my|our))\s|"
    # "fill in the form for me", "book a table for us": the work, then what it is done
    # to, then "for me" ("summarise the programme for me" may want the overview)
    r"(?:fill (?:in|out)|book|reserve|print)\s.*\bfor (?:me|us))\b"
)
# Asking the bot its own tastes or views ("do you like Ethiopian coffee?"): no entry
# holds them, whatever topic the words share with one.
_TO_THE_BOT = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|so|and)\s+)?(?:bot\s+)?"
    r"(?:do|did|would|have|are) (?:you|u) (?:ever )?"
    r"(?:like|love|enjoy|prefer|hate|drink|eat|tried|been to|fond of|a fan of)\b|"
    r"^(?:what|which)(?: is| s| are)? (?:your|ur) (?:favou?rite|fave|opinion|view|name)\b"
)


def a_task(question: str) -> Veto | None:
    """The FAQ answers questions; a request to write, translate or summarise something is
    not one of them, whatever topic it shares with an entry."""
    said = " ".join(words(fold(question)))
    if _TASK.search(said):
        return Veto("a_task", "the message asks for a piece of work, not an answer")
    if _TO_THE_BOT.search(said):
        return Veto("a_task", "the message asks the bot its own tastes, not a fact")
    return None


# "the wifi password at my hotel", "parking near our mission": a place of the asker's
# own, not the venue's.
_OWN_PLACE = re.compile(
    r"\b(?:in|at|near|inside|outside)\s+(?:my|our|his|her|their)\s+([a-z][a-z\-]{2,})\b"
    # "the wifi password at the hotel", "is breakfast included at the hotel": where the
    # asker stays, where the venue is no hotel (``own_place``'s ``venue``).
    r"|\b(?:in|at|inside)\s+the\s+(?:(?:other|partner|recommended|nearby|official|"
    r"participants|delegates|delegation)\s+)?(hotels?)\b"
)


# What one wears or carries, or a meeting one is in, is no place: "can I come in my
# police uniform?", "scissors in my bag", "a coffee while he is in his meetings": the
# asker's own, but the venue's rules or services are the answer.
_NO_PLACE = frozenset(
    """
    uniform uniforms suit suits dress clothes clothing attire outfit jacket coat costume
    robe robes bag bags suitcase luggage backpack handbag purse pocket pockets wallet
    wheelchair hand hands meeting meetings session sessions bilateral bilaterals
    """.split()
)


def own_place(question: str, said: str, venue: frozenset[str] = frozenset()) -> Veto | None:
    """The question is about a place of the asker's own ("at my hotel") that the entry
    never mentions: the entry's answer is about the venue, not that place. ``venue``:
    the words of the venue's name, where "the hotel" may be the venue itself."""
    said_words = set(words(said))
    folded = fold(question)
    for match in _OWN_PLACE.finditer(folded):
        place = match.group(match.lastindex or 1)
        if match.lastindex == 2 and place in venue:
            continue
        following = folded[match.start(match.lastindex or 1):].split()[:3]
        compound = [w.strip(".,;:!?") for w in following]
        compound = compound[:next((n for n, w in enumerate(compound) if w in STOPWORDS),
                                  len(compound))]
        if _NO_PLACE & set(compound):
            continue
        forms = {place, place.rstrip("s"), place + "s"}
        if not forms & said_words:
            return Veto("own_place",
                        f"the question is about the asker's own {place}, which the entry "
                        "never mentions")
    return None


# "is the concept note available in Arabic?": a language named after "in" or "into".
_LANGUAGE = re.compile(
    r"\b(?:in|into|to)\s+(arabic|chinese|mandarin|english|french|russian|spanish)\b"
)
_EVERY_LANGUAGE = re.compile(
    r"\b(?:six|6|all(?: the)?(?: six)?) (?:official |un |united nations )*languages\b"
)


# Sign language: asked for in any words ("is there sign language interpretation", "an
# International Sign interpreter"); the six UN languages say nothing of it.
_SIGN_LANGUAGE = re.compile(r"\bsign(?:ed)?[\s-]+languages?\b|\binternational sign\b|\bsigning\b")


def other_language(question: str, said: str) -> Veto | None:
    """A language asked for ("in Arabic") that the entry never names, nor all six UN
    languages at once: the entry cannot say whether that language is served. Sign
    language is asked for as often as any, and the entry must name it itself."""
    folded = fold(question)
    if _SIGN_LANGUAGE.search(folded) and not _SIGN_LANGUAGE.search(said):
        return Veto("other_language", "the question asks about sign language, which the "
                                      "entry never names")
    match = _LANGUAGE.search(folded)
    if match is None or _EVERY_LANGUAGE.search(said):
        return None
    language = match.group(1)
    named = "chinese" if language == "mandarin" else language
    if named in said:
        return None
    return Veto("other_language",
                f"the question asks about {language}, which the entry never names")


def refers_back(question: str) -> Veto | None:
    """A follow-up made only of words that point back ("and the second one?", "same
    for friday?"): without the conversation it continues, no entry is what was asked,
    however well it shares "second" or "friday" (``follow_up``)."""
    if points_back(question):
        return Veto("refers_back",
                    "a follow-up to a conversation the bot does not keep")
    return None


# After "in", "at" or "from", words that make a manner or a time, not a place: "send it
# in advance", "at the moment", "in person", "watching from home", "in the middle of".
_NOT_PLACES = frozenset(
    """
    advance moment moments person writing total general public private detail details
    particular fact short case addition order parallel least most once time times first
    last latest earliest home half middle beginning start end meantime future past night
    dawn dusk noon midnight simple plain full english french spanish russian arabic
    chinese earnest return exchange principle theory practice
    """.split()
)


def unknown_place(
    question: str, known: Callable[[str], bool], term: Callable[[str], bool] | None = None
) -> Veto | None:
    """``known(word)``: whether the FAQ uses the word (or one it is a typo or form of).
    ``term(words)``: whether it uses the place and the word after it as one term: "at
    the side event" is at a "side event", which the FAQ knows though never "side" alone."""
    folded = fold(question)
    for match in _PLACE.finditer(folded):
        place = match.group(1)
        if place in _NOT_PLACES:
            continue
        tokens = tokenize(place)
        if not tokens or tokens[0].stop or tokens[0].generic or known(place):
            continue
        following = folded[match.end(1):].split()[:1]
        if term and following and term(f"{place} {following[0].strip('.,;:!?')}"):
            continue
        return Veto("unknown_place",
                    f"the question is about '{place}', which the FAQ never mentions")
    return None


def focus_word(question: str) -> str | None:
    """What a question is about (a folded word), when it follows a usual opening.

    The head of the phrase after the opening: "what is Voronkov's nationality" is about
    his nationality, "is there a gym near the UN" about a gym.
    """
    return next(iter(focus_words(question)), None)


def focus_words(question: str) -> tuple[str, ...]:
    """Every focus of a question, one per opening: a question of two parts ("where do I
    pick up the badge + whats the wifi") is about both, and an entry answering one part
    misses only the other's. Each head of a coordinated phrase is one ("the motto or
    theme": an entry that holds either has what is asked)."""
    return tuple(dict.fromkeys(word for heads in _focus_groups(question) for word in heads))


def _focus_groups(question: str) -> list[tuple[str, ...]]:
    """The heads of each opening's phrase: one, or one per coordinated noun phrase."""
    text = " ".join(words(_POSSESSOR.sub("", fold(question))))
    found: list[tuple[str, ...]] = []
    for match in _WHICH.finditer(text):
        word = match.group(1)
        if word in _NOT_FOCUS or word in ("is", "are", "was"):
            continue
        tokens = [t for t in tokenize(word) if not t.stop and not _vague(t)]
        if tokens:
            found.append((tokens[0].word,))
    for match in _FOCUS.finditer(text):
        if match.group(1) in _NOT_FOCUS:
            continue
        rest = text[match.start(1):]
        topic = _TOPIC_OF.match(rest)
        heads = (_heads(rest[topic.end():]) if topic else ()) or _heads(rest)
        name_of = _NAME_OF.match(rest)
        if name_of:
            named = _heads(rest[name_of.end():])
            if named and _BEARS_A_NAME.fullmatch(named[0]):
                heads = named
        if heads:
            found.append(heads)
    return found


def _vague(token: Token) -> bool:
    return token.generic or token.word in _VAGUE


# Words that join two noun phrases as one focus: either is what is asked ("the motto or
# theme"). Not "and": "a cloakroom and a prayer room" asks for both, and an entry that
# holds the second misses the first.
_JOINING = frozenset(("or",))
# Irregular past participles: "the local money called", "never heard of it" end the
# noun phrase before them, as a word in -ed does.
_PARTICIPLES = frozenset("heard known told said seen given made done named".split())
# What may open the phrase after "or" again ("a gym or a pool").
_DETERMINERS = frozenset("a an the any some my our your their".split())
# Words that end a noun phrase without being stopwords: "the delegates' entrance rather
# than queuing" is about the entrance.
_PHRASE_ENDS = frozenset(
    "rather instead than anyway though too either yet maybe perhaps nearby n plus".split())


def _in_ed(word: str) -> bool:
    """A past form by its ending ("called", "accredited"), not a noun ("speed", "bed")."""
    return len(word) > 5 and word.endswith("ed") and not word.endswith("eed")


def _heads(text: str) -> tuple[str, ...]:
    """The last word of the noun phrase a text opens with ("returning foreign fighters"),
    and of each phrase joined to it ("the motto or theme"). A digit or a letter alone
    ("the hashtag 4 this conf") is no head; a verb form after a head ends the phrase
    ("the local money called")."""
    heads: list[str] = []
    head: str | None = None
    joined = False  # just after "or": "a gym or a pool" says "a" again
    for token in tokenize(text):
        word = token.word
        if word in _JOINING and head is not None:
            heads.append(head)
            head, joined = None, True
            continue
        if joined and word in _DETERMINERS:
            continue
        joined = False
        if token.stop or word in _NOT_FOCUS or word in _PHRASE_ENDS:
            break
        if head is not None and (word in _PARTICIPLES or _in_ed(word)):
            break
        if not _vague(token) and len(word) > 1 and not word.isdigit():
            head = word
    if head is not None:
        heads.append(head)
    return tuple(heads)


def unknown_focus(question: str, known: Callable[[str], bool]) -> Veto | None:
    """The first opening's focus, when the FAQ uses none of its heads ("is there a gym or
    a pool?"; not "the motto or theme", where it knows the theme)."""
    groups = _focus_groups(question)
    if groups and not any(known(word) for word in groups[0]):
        return Veto("unknown_focus",
                    f"the question is about '{groups[0][0]}', which the FAQ never uses")
    return None


# Whether a party takes part: "is Facebook speaking at the tech side event?", "will
# Interpol send someone?" (read on ``words``). The party is the words between the
# opening and the verb.
_TAKES_PART = re.compile(
    r"^(?:is|are|will|does|do|did|has|have)\s+((?:\w+\s+){1,3}?)(?:also\s+|even\s+|still\s+|"
    r"actually\s+|really\s+)?(?:be\s+|going\s+to\s+)?"
    r"(?:speak|speaking|present|presenting|attend|attending|come|coming|participate|"
    r"participating|join|joining|send|sending|take\s+part|taking\s+part|"
    r"on\s+the\s+panel|on\s+the\s+programme|represented|"
    r"(?P<arranges>hold|holding|host|hosting|organi[sz]e|organi[sz]ing|have|has|get|"
    r"getting))\b"
)
# A party that "the" opens and a word of its kind closes: "is the Indian delegation
# holding a side event?", "does the Canadian delegation have a room?" ("is the minister
# coming" names no one in particular).
_PARTY_NOUNS = frozenset(
    "delegation delegations mission missions embassy consulate government ministry "
    "team".split())
# Where a party's own office is: "where is the Russian mission?" (not the conference's).
_PARTY_PLACE = re.compile(
    r"\bwhere (?:is|are|s) (?:the )?((?:\w+\s+){1,2}?)(?:permanent\s+)?"
    r"(mission|missions|embassy|consulate|ministry)\b"
)
# What may open the party without being it: "is the minister coming", "will our deputy".
_NOT_A_PARTY = frozenset(
    "the a an any some my our your his her their its this that there he she it they we "
    "you i me us them someone somebody anyone anybody everyone everybody people anything "
    "something nothing everything possible ok okay allowed able free necessary needed "
    "required".split())


# Where a party stays: "which hotel is the French delegation staying at?", "where are
# the ministers staying" (read on ``words``). The party is the words before the verb.
_STAYS = re.compile(
    r"\b(?:(?:which|what) hotel|where) (?:is|are|will|s|has|have) ((?:\w+\s+){1,4}?)"
    r"(?:be\s+|been\s+)?(?:staying|stay|booked|lodged|lodging|accommodated|housed)\b"
)


def party_not_named(question: str, said: str) -> Veto | None:
    """Whether a party takes part is asked ("is Facebook speaking at the tech side
    event?"), what a named delegation holds or has ("does the Canadian delegation have a
    bilateral room?"), where a party's office is ("where is the Russian mission?") or
    where it stays ("which hotel is the French delegation staying at?"), and the entry
    never names it: one whose speakers are "representatives of internet companies" does
    not say whether that one is among them, nor a list of recommended hotels where one
    delegation sleeps, nor a list of languages where a mission is."""
    asked = _party_asked(" ".join(words(question)))
    if asked is None:
        return None
    what, party = asked
    if not party or any(w in _NOT_A_PARTY or w.isdigit() for w in party):
        return None
    entry = {stem(w) for w in words(said)}
    missing = next((w for w in party if stem(w) not in entry), None)
    if missing is None:
        return None
    return Veto("party_not_named",
                f"{what.format(missing)} is asked, and the entry never names it")


def _party_asked(read: str) -> tuple[str, list[str]] | None:
    """What is asked of a party (a template for the veto's reason) and the party's
    words, for each question ``party_not_named`` reads."""
    found = _TAKES_PART.search(read)
    if found is not None:
        party = found.group(1).split()
        named = len(party) >= 2 and party[-1] in _PARTY_NOUNS
        if found.group("arranges") and not named:
            return None  # "will Mr Voronkov hold a press briefing?" asks of the briefing
        if named and len(party) >= 3 and party[0] in ("the", "a", "an"):
            # "the Indian delegation": named by "Indian", which the entry must say ("does
            # the French delegation get interpretation?" is the interpretation entry's).
            party = party[1:-1]
        what = "what the '{}' party holds or has" if found.group("arranges") else (
            "whether '{}' takes part")
        return what, party
    found = _PARTY_PLACE.search(read)
    if found is not None:
        return "where the '{}' office is", [*found.group(1).split(), found.group(2)]
    found = _STAYS.search(read)
    if found is not None:
        # "the French delegation": the party is its words after the determiner.
        return "where '{}' stays", [w for w in found.group(1).split()
                                    if w not in ("the", "a", "an")]
    return None


# "are the plenaries webcast?", "will all the side events be recorded": the subject is a
# kind of session in the plural (read on ``words``: "r" is "are", "side events" one word).
_ALL_OF_A_KIND = re.compile(
    r"^(?:are|will|do|can|have|were)\s+(?:all\s+)?(?:the\s+|of\s+the\s+)?(?:plenary\s+)?"
    r"(?:plenaries|sessions|sideevent|sideevents|breakouts|panels|workshops|meetings)\b"
)


def one_of_many(question: str, top_is_session: bool) -> Veto | None:
    if top_is_session and _ALL_OF_A_KIND.search(" ".join(words(question))):
        return Veto("one_of_many", "asked about a kind of session as a whole, not one session")
    return None


# Whether side events or breakouts (one or all of them) are streamed, recorded or
# interpreted (read on ``words``: "side events" is one word): "will the side events be
# recorded?", "is the victims side event livestreamed".
_KIND_ASKED = re.compile(
    r"\b(?:are|will|is|do|does|can|would)\s+(?:the\s+|all\s+(?:the\s+)?|any\s+(?:of\s+the\s+)?)?"
    r"(?:\w+\s+){0,2}?(sideevents?|breakouts?)\s+(?:sessions?\s+)?(?:also\s+|too\s+)?"
    r"(?:be\s+|being\s+|get\s+)?((?:live)?stream\w*|webcast\w*|record\w*|film\w*|"
    r"broadcast\w*|televised|interpret\w*|translat\w*|caption\w*|on\s+webtv|online)\b"
)
# What an entry says when it speaks of that: how a meeting reaches those not in the room,
# or in which languages it is held.
_REACH_SAID = re.compile(r"\b(?:(?:live)?stream|webcast|record|film|broadcast|televis|webtv|"
                         r"online|caption)\w*")
_LANGUAGE_SAID = re.compile(r"\b(?:interpret|translat|language|english|french|spanish)\w*")


def kind_not_named(question: str, said: str) -> Veto | None:
    """``said``: the entry's text, folded. Whether side events or breakouts are streamed,
    recorded or interpreted is asked, and the entry does not speak of both: the webcast
    entry lists what is webcast and says nothing of side events; a side event's own
    entry says where and when it is, not whether it is recorded."""
    asked = _KIND_ASKED.search(" ".join(words(question)))
    if asked is None:
        return None
    kind = asked.group(1).rstrip("s")
    how = _LANGUAGE_SAID if re.match(r"interpret|translat", asked.group(2)) else _REACH_SAID
    if kind in " ".join(words(said)) and how.search(said):
        return None
    return Veto("kind_not_named",
                f"asked whether a {'side event' if kind == 'sideevent' else kind} is "
                f"{asked.group(2)}, and the entry does not say")


# The meals of a day, each by the words that name it ("supper" is dinner).
_MEALS = {"breakfast": "breakfast", "brunch": "breakfast", "lunch": "lunch",
          "luncheon": "lunch", "lunches": "lunch", "dinner": "dinner", "dinners": "dinner",
          "supper": "dinner"}


def other_meal(question: str, said: str) -> Veto | None:
    """``said``: the entry's text, folded. A meal is asked ("is there dinner on
    Wednesday?") and the entry speaks of meals, but of others only (the Wednesday lunch):
    the synonyms that let "where do we eat" find the lunch entry make dinner its
    neighbour, and its day decides the rest."""
    asked = {_MEALS[w] for w in words(question) if w in _MEALS}
    named = {_MEALS[w] for w in words(said) if w in _MEALS}
    if not asked or not named or asked & named:
        return None
    return Veto("other_meal", f"asked about {' and '.join(sorted(asked))}, and the entry "
                              f"speaks only of {' and '.join(sorted(named))}")


# "what's on after the money-laundering side event?", "which item immediately precedes
# Session II?", "after Session IV, is there anything else in the Hall?" (read on
# ``words``: "what's" is "what"). Not "following": "anything on CFT / following the money?"
# names a topic.
_NEXT_TO = re.compile(
    r"\b(?:what|which|anything|something)\b(?:\s+\w+){0,5}?\s+"
    r"(?:after|before|follows|precedes|preceding)\b"
    # A clause that only says after or before what ("After Session IV, is there anything
    # else in the Hall?" read part by part).
    r"|^(?:right |straight |just |immediately )?(?:after|before)\b"
)


def next_to_one(question: str, top_is_session: bool) -> Veto | None:
    if top_is_session and _NEXT_TO.search(" ".join(words(question))):
        return Veto("next_to_one", "asked what comes after or before a session, not about it")
    return None


# "a side event on the Lake Chad Basin", "a hackathon about cyber threats": an item of a
# programme and the subject it is on (read on ``words``: "side events" is one word). Not
# "is the briefing about to start?", which says when.
_EVENT_ON = re.compile(
    r"\b(?:sideevents?|sessions?|panels?|workshops?|events?|talks?|hackathons?|"
    r"discussions?|debates?|briefings?|seminars?|plenary|plenaries|meetings?|roundtables?)"
    r"\s+(?:on|about(?!\s+to\b)|regarding|covering|concerning)\s+((?:\w+\s*){1,6})"
)
# Words after "on" that say when, not what about ("a session on Friday morning"), or that
# only frame what it is about.
_NO_SUBJECT = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    """
    day days morning afternoon evening today tomorrow tonight week weekend lunch
    lunchtime time date first second third last same this that the
    """.split()
) | frozenset(
    # "a session on the theme of UN support": what it is on comes after them
    "theme themes topic topics subject subjects issue issues question questions role".split()
)


def subject_not_held(question: str, said: str) -> Veto | None:
    """``said``: the entry's text, folded. The subject is the first word after the small
    ones (none where that word is vague, a time or a frame such as "theme"); a word the
    entry spells a little differently ("radicalisation", "radicalization") counts as
    named."""
    named: set[str] | None = None
    for match in _EVENT_ON.finditer(" ".join(words(question))):
        # The first word after the small ones: "an event on thursday, what room" is on
        # a day, and names no subject further on.
        subject = next((t for t in tokenize(match.group(1)) if not t.stop), None)
        if (subject is None or _vague(subject) or not subject.word.isalpha()
                or subject.word in _NO_SUBJECT):
            continue
        if named is None:
            named = {t.stem for t in tokenize(said)}
        if (subject.stem in named or singular_stem(subject.word) in named
                or _spelt_near(subject.stem, named)):
            continue
        return Veto("subject_not_held",
                    f"the question asks for an event on '{subject.word}', "
                    "which the entry never names")
    return None


# "do the bilateral rooms have a screen", "does the hall come with captions": whether a
# thing named has something (read on ``words``). The thing is named between the verb
# and "have" ("do we have to register" has none: "we" is the asker).
_HAS_A = re.compile(
    r"\b(?:does|do|will|would|did)\s+(?:the|a|an|each|every|these|those|all|your)\s+"
    r"(?:\w+\s+){0,6}?(?:have|has|come with|comes with|include|includes|offer|offers)\s+"
    r"(?:(?:a|an|any|some|the|their own|its own)\s+)?((?:\w+\s*){1,4})"
)


def feature_not_named(
    question: str, said: str, forms: Callable[[str], frozenset[str]]
) -> Veto | None:
    """``said``: the entry's text, folded; ``forms``: a word's stems, its synonyms' too.
    The thing asked for is the noun phrase after "have" ("a screen or projector": the
    screen; "interpretation booths"); a word of it, or one of the same meaning, must be
    in the entry."""
    match = _HAS_A.search(" ".join(words(question)))
    if match is None:
        return None
    phrase: list[Token] = []
    for token in tokenize(match.group(1)):
        if token.stop or token.word in _NOT_FOCUS:
            break
        if not _vague(token) and token.word.isalpha():
            phrase.append(token)
    if not phrase:
        return None
    named = {t.stem for t in tokenize(said)}
    # The phrase's head, its last word ("live captions": the captions; "a screen or
    # projector" stops at "or"), is what the thing must have.
    head = phrase[-1]
    if forms(head.word) & named or _spelt_near(head.stem, named):
        return None
    return Veto("feature_not_named", "the question asks whether a thing has "
                f"'{' '.join(t.word for t in phrase)}', which the entry never names")


def _spelt_near(stem: str, named: set[str]) -> bool:
    """Whether an entry spells a long word a little differently ("radicalisation",
    "radicalization"): two edits at most, from six letters."""
    return len(stem) >= 6 and any(Levenshtein.distance(stem, w) <= 2 for w in named)
