"""Words that set the scene of a question rather than say what it asks.

Why: "where can I grab an espresso between sessions", "I left my umbrella in conference
room 6", "can my team back home watch the closing": the topic's entry never names the
sessions, the room or home, and a word it misses holds its answer back. These words tell
when, where or from where, like "yesterday" or "in the evening"; the tokens read them as
generic (``text.tokenize``), so they still count, for little. Each reader works on the
words as ``text.words`` gives them (folded, "left my" read as "lost", "session 2" as
"session session2"), but ``told_heading``, which needs the colon: a question's heading
("Quick one from a researcher: ...") is read by the index on questions alone
(``matching.MatchIndex.query_terms``), an entry's own "Note: ..." being no story.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence


def circumstantial(said: Sequence[str]) -> list[int]:
    """The positions of the words that set the scene, in any order."""
    return [*_sessions_as_time(said), *_place_of_a_loss(said), *_askers_base(said),
            *_at_the_venue(said), *_what_it_is_called(said), *_for_how_long(said),
            *_passed_on(said), *_this_year(said), *_last_night(said),
            *_in_the_programme(said), *_day_number(said), *_what_for(said)]


# "I left my umbrella in conference room 6 yesterday", "lost my badge in the taxi": where
# a thing was lost says where to look, not what is asked (``words`` reads "left my" as
# "lost"). The place runs from its preposition to the end of the clause.
_LOSING = frozenset("lost lose forgot forgotten misplaced dropped".split())
_AT_A_PLACE = frozenset("in at on under inside near by somewhere".split())
_END_OF_A_PLACE = frozenset(
    """where who what how when which whom can could would will do does did is are was
    were and but so or please help pls yesterday today tonight last this after before
    during while since earlier now""".split())
_OBJECT_WORDS = 3
_YESTERDAYS = frozenset("morning afternoon evening night".split())
_WHEN_LOST = frozenset("yesterday today tonight earlier this last".split()) | _YESTERDAYS
_PLACE_WORDS = 4


def _place_of_a_loss(said: Sequence[str]) -> list[int]:
    """The positions of the words naming where a thing was lost (see above)."""
    found: list[int] = []
    for n, word in enumerate(said):
        if word not in _LOSING:
            continue
        k, counted = n + 1, 0
        while k < len(said) and counted < _OBJECT_WORDS and said[k] not in _AT_A_PLACE:
            # "lost my badge yesterday evening at the reception": when, no word of what
            counted += said[k] not in _WHEN_LOST
            k += 1
        if k >= len(said) or said[k] not in _AT_A_PLACE:
            continue
        k += 1
        end = k + _PLACE_WORDS
        while k < len(said) and k < end and said[k] not in _END_OF_A_PLACE:
            found.append(k)
            k += 1
    return found


# "Between sessions", "during the sessions", "until the end of the session", "after the
# last session": the sessions as a time of the day, not a session asked about ("session
# 2", "the closing session", "a session on drones" name one).
_TIME_PREPOSITIONS = frozenset(
    "between during until till after before in at throughout to into".split())
_OF_A_TIME = frozenset("end start beginning middle rest".split())
_BEFORE_SESSIONS = frozenset(
    "the a an each every all any our my your their morning afternoon evening last final "
    "first next other whole".split())
_AFTER_A_SESSION = frozenset(
    "on about regarding concerning covering dealing deals one two three four five six "
    "i ii iii iv v vi".split())
_SESSION_WORDS = frozenset(("session", "sessions"))


def _sessions_as_time(said: Sequence[str]) -> list[int]:
    """The positions of "session(s)" said as a time of the day (see above)."""
    found: list[int] = []
    for n, word in enumerate(said):
        if word not in _SESSION_WORDS:
            continue
        after = said[n + 1] if n + 1 < len(said) else ""
        # "session 2" reads "session session2" (``words`` joins a label to its noun)
        if after[-1:].isdigit() or after in _AFTER_A_SESSION:
            continue
        k = n - 1
        while k >= 0 and said[k] in _BEFORE_SESSIONS:
            k -= 1
        if k < 0:
            continue
        if said[k] in _TIME_PREPOSITIONS or (
                said[k] == "of" and k > 0 and said[k - 1] in _OF_A_TIME):
            found.append(n)
    return found


# "My team back home", "my DG back in the capital", "watch from my office": where the
# asker or their people are, not what is asked (a livestream, a report to send).
_BASES = frozenset(
    "office offices capital home country hotel room ministry mission embassy".split())
_POSSESSIVES = frozenset("my our his her their".split())
_BEFORE_A_BASE = _POSSESSIVES | frozenset("in to at the".split())


def _askers_base(said: Sequence[str]) -> list[int]:
    """The positions of "back" and of the base it names, and of a base "from" the
    asker's own (see above)."""
    found: list[int] = []
    for n, word in enumerate(said):
        if word == "back" and n + 1 < len(said) and said[n + 1] in ("home", "in", "to", "at"):
            # "back home", "back in the capital", "back to capital"
            found.append(n)
            k = n + 1
            while k < len(said) and k <= n + 3 and said[k] in _BEFORE_A_BASE:
                k += 1
        elif word == "from" and n + 1 < len(said) and said[n + 1] in _POSSESSIVES:
            # "from our capital", "from my office"; not "the shuttle from the hotel"
            k = n + 2
        else:
            continue
        if k < len(said) and said[k] in _BASES:
            found.append(k)
    return found


# "Is there something vegetarian to eat on site?", "any ATM on the premises?", "is there
# an ATM inside the venue?", "can I bring my suitcase into the venue?": at the venue,
# where every question is asked, not the venue asked about (the topic's entry seldom
# says "site" or "venue", and calls the place by its name). "The site visit", "where is
# the site", "how do I get to the venue" and "who owns the premises" name one.
_THE_VENUE = frozenset(("venue", "venues", "premises", "site"))
# The words before which each of them says where: a site only "on" it.
_AT = frozenset(("on", "in", "inside", "at", "within", "into"))
_AT_SITE = frozenset(("on",))


def _at_the_venue(said: Sequence[str]) -> list[int]:
    """The positions of "onsite", and of "on site", "on the premises", "in / inside /
    at / within / into the venue" (see above)."""
    before = ("", "", *said)  # the two words before each: "on site", "on the premises"
    found = []
    for n, word in enumerate(said):
        at = _AT_SITE if word == "site" else _AT
        if word == "onsite" or (word in _THE_VENUE and (
                before[n + 1] in at or (before[n] in at and before[n + 1] == "the"))):
            found.append(n)
    return found


# "What's the wifi network called?", "what is the hashtag called again": "called" asks
# for a name, which the topic's entry gives without the word. "Who called this meeting"
# and "a session called ..." are no such question.
_AFTER_CALLED = frozenset("again please pls now here exactly".split())


def _what_it_is_called(said: Sequence[str]) -> list[int]:
    """The position of a "called" that ends a "what ... called" question (see above)."""
    return [n for n, word in enumerate(said)
            if word == "called" and "what" in said[:n]
            and all(w in _AFTER_CALLED for w in said[n + 1:])]


# "A small room for half an hour", "we need it for 30 minutes": how long the asker needs
# a thing, not what is asked (the topic's entry never says how long anyone needs it).
# "Is the lunch break an hour?" asks a length, which no "for" says.
_UNITS_OF_TIME = frozenset("hour hours hr hrs minute minutes min mins".split())
_HOW_MANY = frozenset("half an a one two three few couple of".split())


def _for_how_long(said: Sequence[str]) -> list[int]:
    """The positions of a length of time said after "for" (see above): its words."""
    found: list[int] = []
    for n, word in enumerate(said):
        if word not in _UNITS_OF_TIME:
            continue
        k = n - 1
        while k >= 0 and (said[k] in _HOW_MANY or said[k].isdigit()):
            k -= 1
        if k < n - 1 and k >= 0 and said[k] == "for":
            found.extend(range(k + 1, n + 1))
    return found


# "Can I get my pass the day before so I skip the Thursday morning queue?", "... to avoid
# the big crowd on the first day": what the asker would spare themselves, not what is
# asked; its words ("skip", "crowd", "stuck") are no entry's. From the words that open it
# to the end of its clause, a few words on. Only a thing to avoid: a purpose to reach
# ("so I can watch it later") often says what is asked, and "so I'll have my suitcase
# with me" tells what follows, which may be the question's very subject.
_TO_AVOID = frozenset("avoid skip beat dodge".split())
_NOT = (("do", "not"), ("am", "not"), ("are", "not"), ("will", "not"), ("can", "not"),
        ("does", "not"), ("have", "not"), ("need", "not"))
_END_OF_A_PURPOSE = frozenset(
    """where who what how when which whom and but or please pls is are was were does
    did""".split())
_PURPOSE_WORDS = 6


def _what_for(said: Sequence[str]) -> list[int]:
    """The positions of the words of a thing the asker would avoid (see above)."""
    found: list[int] = []
    for n in range(1, len(said)):  # "so I ..." opening the question says what is asked
        k = _past_an_avoiding(said, n)
        if k is None:
            continue
        end = k + _PURPOSE_WORDS
        while k < len(said) and k < end and said[k] not in _END_OF_A_PURPOSE:
            found.append(k)
            k += 1
    return found


def _past_an_avoiding(said: Sequence[str], n: int) -> int | None:
    """Where the words of an avoiding opened at ``n`` begin ("to avoid the queue": "the"),
    or None where none opens there."""
    if said[n] in ("to", "for") and n + 1 < len(said) and (
            said[n + 1] in _TO_AVOID or said[n + 1] == "avoiding"):
        return n + 1
    if said[n] != "so":
        return None
    k = n + 1 + (tuple(said[n + 1:n + 2]) == ("that",))
    if tuple(said[k:k + 1]) not in (("i",), ("we",)):
        return None
    k += 1
    if tuple(said[k:k + 2]) in _NOT:
        return k
    if tuple(said[k:k + 1]) == ("can",):
        k += 1
    return k if k < len(said) and said[k] in _TO_AVOID else None


def _following(said: Sequence[str], first: Container[str], then: Container[str]) -> list[int]:
    """The positions of the words of ``then`` said right after a word of ``first``."""
    return [n for n in range(1, len(said)) if said[n] in then and said[n - 1] in first]


# "What is the main theme this year?": the year of the meeting asked about, where every
# question is asked; the topic's entry never says "year". "Last year's conference" and
# "the 2019 meeting" name another one, and keep their words.
def _this_year(said: Sequence[str]) -> list[int]:
    """The position of a "year" after "this" (see above)."""
    return _following(said, ("this",), ("year",))


# "Left my badge in the taxi last night", "our adviser changed last week": when the
# story happened. "The last day", "the last session" and "last year's conference" name
# what is asked about, and keep their words; so does "at the last minute", a change made
# late ("a delegate was replaced at the last minute": the registration entry).
_LAST_WHEN = frozenset("night week weekend evening month".split())


def _last_night(said: Sequence[str]) -> list[int]:
    """The positions of "last" and its word in "last night" and the like, and of
    "yesterday evening" and the like (see above)."""
    return [k for n in (*_following(said, ("last",), _LAST_WHEN),
                        *_following(said, ("yesterday",), _YESTERDAYS))
            for k in (n - 1, n)]


# "Which part of the programme deals with online radicalisation?", "anything on terror
# funding in the programme": where the asker looks, not what is asked (the session or
# theme that answers never says "programme"). "Where is the programme?" and "is there a
# printed programme" ask for it; "on the agenda of the General Assembly review" names
# another meeting's.
_PROGRAMME = frozenset("programme programmes program programs agenda".split())
_LOOKING_IN = frozenset("in on of".split())


def _in_the_programme(said: Sequence[str]) -> list[int]:
    """The position of "programme" after "in the", "on the", "of the" (see above)."""
    return [n for n, word in enumerate(said) if word in _PROGRAMME and n > 1
            and said[n - 1] == "the" and said[n - 2] in _LOOKING_IN
            and (said[n + 1] if n + 1 < len(said) else "") not in ("of", "for")]


# "What time do the doors open on day 1?", "the day 2 programme": which of the meeting's
# days, like a weekday (the topic's entry says "on both days", or names the date).
_DAY_NUMBERS = frozenset("1 2 3 4 5".split())


def _day_number(said: Sequence[str]) -> list[int]:
    """The position of the number in "day 1", "day two" (see above)."""
    return _following(said, ("day",), _DAY_NUMBERS)


# "Quick one from a think-tank researcher: does the financing theme cover kidnapping?",
# "Logistics question from a Permanent Mission: how many people can we bring?": a
# heading before a colon says who asks or what for; the question after it says what is
# asked. Its words count for little where the question does not say them again.
_HEADING = re.compile(r"^([^:?!.\n]{3,120}?):\s+(\S.*)$", re.DOTALL)
_HEADING_WORDS = 10
_QUESTION_WORDS = 3


def told_heading(text: str) -> tuple[str, str] | None:
    """The heading of a message and the question after it (see above), if it has one."""
    match = _HEADING.match(text.strip())
    if match is None:
        return None
    head, rest = match.groups()
    if len(head.split()) > _HEADING_WORDS or len(rest.split()) < _QUESTION_WORDS:
        return None
    # Only a heading that says it tells who asks or why: "... question", "quick one",
    # "... here", "from ...", "for ..."; not "General Assembly Hall: which building?".
    if not _TELLING.intersection(re.findall(r"[a-z]+", head.lower())):
        return None
    return head, rest


_TELLING = frozenset(
    """question questions query queries one ones here from for behalf writing speaking
    asking""".split())


# "My boss just forwarded me the invite", "a colleague sent us the link": how the asker
# heard of the event, not what is asked (the invitation entry is not the answer to "what
# is this conference about?").
_PASSING_ON = frozenset("forwarded forwarding sent passed".split())
_TO_WHOM = frozenset("me us him her them".split())
# The words that own or point at a thing before its name (also ``text``: "my watch").
BEFORE_A_THING = frozenset("the a an this that my our his her their".split())
_THING_WORDS = 2


def _passed_on(said: Sequence[str]) -> list[int]:
    """The positions of the thing the asker was passed on (see above)."""
    found: list[int] = []
    for n, word in enumerate(said):
        if word not in _PASSING_ON or n + 1 >= len(said) or said[n + 1] not in _TO_WHOM:
            continue
        k = n + 2
        while k < len(said) and said[k] in BEFORE_A_THING:
            k += 1
        found.extend(range(k, min(k + _THING_WORDS, len(said))))
    return found
