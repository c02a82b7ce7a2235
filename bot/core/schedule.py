"""The programme in time: what is on now, what is next, what is on a given day.

Every function takes the current moment as an argument (aware datetime, any zone)
and works in the conference time zone, so answers are testable and correct for a
reader anywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core.calendar_words import HOUR_WORDS, MONTHS, WEEKDAYS
from bot.core.event_words import EVENT_NOUNS, own_event_noun, venue_name_words
from bot.core.follow_up import points_back
from bot.core.memo import per_object
from bot.core.models import KnowledgeBase, Room, Session
from bot.core.respelling import Respeller
from bot.core.session_names import (
    DAY_WORDS,
    after_words,
    before_words,
    name_words,
    named_in_full,
    named_sessions,
    names_after,
    session_names,
    title_stems,
)
from bot.core.session_subjects import ON_NOW, subject_named
from bot.core.text import SENTENCE_BREAK, fold, stem, tokenize, words

# Parts of the day, as half-open local-time ranges. A session belongs to the part
# in which it starts: "Friday afternoon" lists what starts after lunch, not the
# morning session that runs over.
PARTS_OF_DAY: dict[str, tuple[dt.time, dt.time]] = {
    "morning": (dt.time(0, 0), dt.time(12, 0)),
    "lunchtime": (dt.time(12, 0), dt.time(14, 30)),
    "afternoon": (dt.time(12, 0), dt.time(17, 0)),
    "evening": (dt.time(17, 0), dt.time(23, 59)),
}

_CARDINALS = frozenset("1 one 2 two 3 three 4 four".split())
# A day's place in the conference said before its word: "the second day", "the 1st
# morning", "the last evening".
_DAY_ORDINAL = r"first|1st|second|2nd|third|3rd|fourth|4th|last|final"
# "The first morning", "the last evening": a part of the day said by the day's number
# (not "the first afternoon session", the afternoon's first).
_ORDINAL_PART = re.compile(
    rf"\b({_DAY_ORDINAL}) (morning|afternoon|evening)"
    r"\b(?! (?:session|sessions|plenary|panel|break|sideevent|sideevents|event|events|"
    r"workshop|meeting|talk|slot|item|one|speaker))")
# "The first day", "day 2": which day, not the first or last item of one.
_ORDINAL_DAY = re.compile(
    rf"\b(?:{_DAY_ORDINAL}) day\b|\bday (?:one|two|three|four|1|2|3|4)\b")
_ORDINAL_DAYS = {"first": 0, "1": 0, "one": 0, "second": 1, "2": 1, "two": 1, "third": 2,
                 "3": 2, "three": 2, "fourth": 3, "4": 3, "four": 3, "last": -1, "final": -1}

# Words that make up a pure programme question ("what's on in the GA hall now?").
# If a question has meaningful words beyond these, it is about something specific
# and goes to the FAQ matcher instead.
# A date by its day and month, either way round ("2 july", "july 2nd"); not "may", which
# is as often a verb ("may 2 of us come?").
_MONTH_NUMBERS = {name: n for n, name in enumerate(MONTHS, 1) if name != "may"} | {
    name[:3]: n for n, name in enumerate(MONTHS, 1) if name != "may"} | {"sept": 9}
_MONTH_NAME = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_SCHEDULE_TEXT = """
    now currently current moment right next upcoming coming up after afterwards soon be
    later first last final start starts starting begin begins began begun commence commenced
    today tomorrow tonight yesterday
    day days morning afternoon evening lunchtime schedule programme program agenda
    timetable happening happen going on session sessions event events sideevent what
    when which who where time times there running run scheduled planned in at whats
    is are room hall chamber do does go st nd rd th am pm o clock oclock
    conference conf event meeting summit everything things thing proceedings whole
    forum consultation symposium seminar congress convention gathering
    officially official kick off get underway wrap finish finishes end ends ending over
    earliest ceremony ceremonies group groups
    close closes closing long longer until till til before left remaining done rest still missing
    miss due
    this how already yet again min mins minute minutes hr hrs hours few couple shortly catch
    come comes
    many last lasts take takes total
    anything join remind
    half hour quarter past noon midday around between resume resumes resuming reconvene reconvenes
    restart restarts follows precedes came progress sitting
    straight immediately directly just item items date dates title titled
    delegates participants everyone everybody supposed doing
    block blocks precisely exact exactly presently conclude concludes concluded
    second third fourth fifth sixth 1st 2nd 3rd 4th 5th 6th
    topic topics subject full complete entire overall detailed
    fifteen twenty thirty forty fifty drop yo kindly mo
    held hold holding slot slots late
    discuss discussed discussing bit let lets use used
    order lineup line up rundown
    """
_SCHEDULE_WORDS = (
    frozenset(stem(w) for w in _SCHEDULE_TEXT.split()) | frozenset(WEEKDAYS)
    | frozenset(MONTHS) | frozenset(_MONTH_NUMBERS) | frozenset(stem(w) for w in HOUR_WORDS))

# Kinds of programme item, as said ("which side events are on now?").
_KINDS_TEXT = """
    sideevent plenary breakout panel workshop reception keynote lunch dinner breakfast ceremony
    coffee break
    """

# The programme's own words mistyped ("anythng going on?", "closing sesion where"):
# words the FAQ itself need not use, so the matcher's typo search does not reach them.
_PROGRAMME_WORDS = (*_SCHEDULE_TEXT.split(), *_KINDS_TEXT.split(), *WEEKDAYS, *MONTHS)


def respelled(kb: KnowledgeBase, question: str, used: Callable[[str], bool]) -> str:
    """The question with the programme's words it mistyped put right (``used``: words
    the FAQ writes, which are right as they are)."""
    return _respeller(kb.sessions).respell(question, used)


@per_object(kept=16)
def _respeller(sessions: tuple[Session, ...]) -> Respeller:
    """The programme's words and the names of its sessions ("wat time is the openin"):
    the matcher puts a session's name right for its own ranking, but the programme
    reader reads the question as typed, and found no session named."""
    return Respeller([*_PROGRAMME_WORDS,
                      *(word for _session, name in session_names(sessions) for word in name)])


# "When does the conference start / end?": the conference as a whole, not one day of it.
_WHOLE = re.compile(r"\b(conference|conf|event|meeting|summit|everything|things|it|proceedings|"
                    r"whole thing)\b")
_WHOLE_START = re.compile(r"\b(start|starts|starting|begin|begins|began|begun|beginning|"
                          r"kick off|kicks off|get underway|open|opens)\b")
# "How long is the conference?", "how many days does the event last?": from when to when.
_EVENT_NOUN = "|".join(EVENT_NOUNS)
_LENGTH = re.compile(
    r"\bhow (?:long|many days)\b|\b(?:which|what) (?:dates|days)\b"
    # "what are the dates of the conference?", "conference dates?", "exact dates pls"
    r"|\b(?:what|which) (?:is|are) the (?:exact )?dates?\b|\bthe (?:exact )?dates? of\b"
    rf"|\b(?:{_EVENT_NOUN}) dates?\b"
    r"|^(?:the )?(?:exact )?dates?\b"
    # "When is the conference?", "when exactly is it?": the event itself, nothing in it.
    r"|^(?:so |and |ok )?when (?:exactly |again )?(?:is |will be |'?s )?"
    r"(?:it\b|(?:the|this) "
    rf"(?:whole )?(?:{_EVENT_NOUN}|conf|dialogue))"
    r"(?: (?:exactly|again|happening|taking place|held|on))?\W*$")
_WHOLE_END = re.compile(r"\b(end|ends|ending|finish|finishes|over|wrap up|wraps up|close|"
                        r"closes|conclude|concludes)\b")
# "Is the conference still on?", "has the forum started yet?", "is the event over now?":
# whether the gathering itself, named, has begun or ended at the moment asked ("is the
# conference finished for today?" names a day: that day's programme).
_WHOLE_ON = re.compile(
    r"^(?:is|are|has|have|did)\b(?:.*\bstill (?:on|going|"
    r"happening|running|in session|under ?way|going on)\b|.*\b(?:started|begun|began|opened|"
    r"kicked off|under ?way|over|finished|ended|done|concluded|wrapped up)\b)")
# "Is the conference finished?", "has it ended?": whether it is over (not "finished for
# today - what's first tomorrow?", the asker's own day).
_WHOLE_ENDED = re.compile(r"^(?:is|are|has|have)\b.*\b(?:finished|ended|concluded|wrapped up)$")

_SESSION_KINDS = frozenset(stem(w) for w in _KINDS_TEXT.split())


def is_schedule_word(stemmed: str) -> bool:
    """Whether a (stemmed) word is one of the programme's own ("now", "right", "next",
    "session", a weekday): it says when or what kind, not which item."""
    return stemmed in _SCHEDULE_WORDS or stemmed in _SESSION_KINDS


# Items of the programme that are pauses, not sessions: "when does the afternoon session
# start?" is not asking about lunch.
_BREAK_KINDS = frozenset(stem(w) for w in "lunch dinner breakfast coffee break reception".split())
_SESSION_WORD = stem("session")
_MEETING_WORD = stem("meeting")
# What is served in every pause rather than held once: "coffee during the breaks".
_SERVICE_KINDS = frozenset(stem(w) for w in "coffee break".split())
# "after this session", "once the current session ends": the session one is in, not the
# kind of session wanted next (which may be a lunch break or a side event).
_THIS_SESSION = re.compile(r"\b(?:this|current|present|ongoing|running) sessions?\b")
# "What's on after session 3?", "after the FTF session", "which item immediately precedes
# Session II?": the session named is where the question counts from, not the kind of
# item asked for.
_AFTER_A_SESSION = re.compile(
    r"\b(?:after|before|precedes|preceding) (?:the )?(?:[\w-]+ )?(?:sessions?|sess)\b"
    r"(?: (?:\d+|[ivx]+|one|two|three|four|five|six)\b)?")
# The words an "after" is followed by, up to four: the item a question counts from.
_AFTER_WORDS = re.compile(r"\bafter ((?:\S+ ?){1,4})")
_FOLLOWS = re.compile(r"\bfollows\b", re.IGNORECASE)
# "2ish", "half 2-ish", "3pm-ish": about that time.
_ISH = re.compile(r"\b(\d{1,2}(?:[:.]\d{2})?(?: ?[ap]m)?) ?-?ish\b", re.IGNORECASE)
_UNDER_WAY = re.compile(r"\bunder way\b", re.IGNORECASE)
# Other ways of saying the programme's words, in the order they are put plainly.
_SAID_PLAINLY: tuple[tuple[re.Pattern[str], str], ...] = (
    # "How much time is left before the closing session ends?": until it ends, not what is
    # on before it starts.
    (re.compile(r"(\b(?:how long|how much (?:time|longer)|time (?:is )?left|minutes)\b"
                r"[^?.!]*?)\bbefore\b(?=(?:\s+[\w'-]+){1,5}\s+(?:ends|finishes|is over|"
                r"wraps up|closes|starts|begins|kicks off|opens)\b)", re.IGNORECASE),
     r"\1until"),
    # "Kindly advise where the conference is taking place": where it is held, however
    # the clause is ordered, not whether it is on now.
    (re.compile(r"(\bwhere\b[^.?!;]*?)\btaking place\b", re.IGNORECASE), r"\1held"),
    # "What is taking place in the hall?": what is happening there; "where does it take
    # place?" asks where it is held, at no particular moment.
    (re.compile(r"\btaking place\b", re.IGNORECASE), "happening"),
    (re.compile(r"\b(?:takes|take|took) place\b", re.IGNORECASE), "held"),
    # "When does the plenary pick up again?": when it resumes.
    (re.compile(r"\b(?:picks?|picking|gets?|getting|kicks?|kicking) (?:up |going |off )?"
                r"again\b", re.IGNORECASE), "resumes"),
    # "Once the midday break is over": the lunch break.
    (re.compile(r"\b(?:midday|mid-day|noon) (?:break|pause|recess)\b", re.IGNORECASE),
     "lunch break"),
    # "The full line-up for Thursday": its programme.
    (re.compile(r"\bline[- ]?ups?\b", re.IGNORECASE), "programme"),
    # "What does this afternoon look like?": its programme.
    (re.compile(rf"\b(today|tomorrow|tonight|morning|afternoon|evening|"
                rf"day (?:1|2|3|one|two|three)|{'|'.join(WEEKDAYS)}) (?:look|looks|looking) "
                r"like\b", re.IGNORECASE), r"\1 programme"),
    # "Which session has just got going in the hall?": the one on now, which has.
    (re.compile(r"\b(?:has|have) just (?:started|begun|got going|gotten going|kicked off|"
                r"got under ?way|opened)\b", re.IGNORECASE), "is on now"),
    # "Which days does it run, start to finish?": the whole of it, not when it ends.
    (re.compile(r"\b(?:from )?(?:the )?(?:start|beginning) to (?:the )?(?:finish|end)\b",
                re.IGNORECASE), " "),
    # "Where is lunch served?", "what time is breakfast being served?": where or when that
    # meal is ("is lunch served?" asks whether there is one: ``_MEAL_GIVEN`` and the FAQ).
    (re.compile(r"\b((?:where|when|what time|at what time) (?:is|are|will) "
                r"(?:the )?(?:lunch|dinner|breakfast|coffee)(?: break)?) (?:being |be )?served\b",
                re.IGNORECASE), r"\1"),
)
_PRECEDES = re.compile(r"\b(?:precedes|preceding|comes before|is before)\b", re.IGNORECASE)
# "The very last block of the whole conference": its last item, not the conference's end.
_LAST_OF_ALL = re.compile(
    r"\b(?:last|final) (?:block|session|slot|item|event|one|part|thing|plenary)\b")
# "Which session is just before the closing?", "what comes right before lunch?": the one
# item before it, not all that day's items before it ("what's on before lunch?").
_ONE_BEFORE = re.compile(
    r"\b(?:just|right|immediately|directly|straight) before\b"
    r"|\b(?:which|what) (?:session|plenary|one|event|meeting|panel) before\b"
    # "What is the session before the closing one?": the one, not a window.
    r"|\b(?:which|what) (?:is|s|was) the (?:session|plenary|event|meeting|panel|item) before\b")
# The words that name the programme itself.
_PROGRAMME_NAMES = r"schedule|programme|program|agenda|running order|line-? ?up|rundown|timetable"
# How a request to the bot opens: "could you kindly", "would you be so kind as to",
# "pls", "can someone just".
_YOU_PLEASE = (r"(?:(?:could|would|can|will) (?:you|u|someone|somebody|anyone) "
               r"(?:please |pls |kindly |just |be so kind as to )?|(?:please|pls|plz|kindly) )")
# "Could you confirm at what time...", "kindly advise whether Session IV has commenced", "I
# should be most grateful if you would inform me which session...": the asking frame of a
# formal letter, around the question it asks.
_POLITE = re.compile(
    rf"\b(?:{_YOU_PLEASE}"
    r"|i (?:should|would) be (?:most |very )?grateful if you (?:would|could) "
    r"|(?:would|will) be obliged if you (?:would|could) )"
    r"(?:confirm|tell (?:me|us)|let (?:me|us) know|advise|indicate|inform(?: me| us)?|say)"
    r"(?: whether| if)?\b"
    r"|\bmay i (?:respectfully )?(?:enquire|inquire|ask)(?: as to| whether| if)?\b"
    r"|\bi would (?:like|be (?:most |very )?(?:obliged|grateful|glad)) to "
    r"(?:know|learn|be told)(?: whether| if)?\b",
    re.IGNORECASE)
# "Pls send me the full agenda for both days", "could you share the running order": a
# request to be handed the programme is asking for it. At the start of a sentence or
# after a request's own words only: "who do I email about Session II?" asks a contact.
_HAND_OVER = re.compile(
    rf"(?:^|(?<=[.!?] )|\b{_YOU_PLEASE})"
    r"(?:send|share|forward|e-?mail|outline|provide|set out|list)(?: (?:me|us|over))?"
    r"(?: with)?"
    # ...the programme, not a thing about it ("send me the minutes of Session I", "send me
    # a reminder before session 6")
    r"(?= (?:(?:the|a|your|our|a copy of the) )?(?:(?:full|whole|complete|detailed|final|"
    rf"updated|latest|entire|two-day|2-day) )*(?:{_PROGRAMME_NAMES}|what|when|which)\b)",
    re.IGNORECASE)
# Asking whether one may go to something (read on ``words``).
_MAY_I_GO = re.compile(r"\b(?:(?:can|could|may) (?:i|we)|allowed to) (?:also )?"
                       r"(?:go to|attend|join|sit in on|take part in|be at)\b")
# "My guest asks what will be on at noon", "he wants to know whether anything is still
# on": a question asked for someone else is that question.
_REPORTED = re.compile(
    r"\b(?:(?:my|our|his|her|their|the|a|one of our) (?:[\w'-]+ ){0,2}?|he |she |they |"
    r"people |everyone |everybody |delegates |guests )"
    r"(?:(?:also |just )?(?:asks|is asking|has asked|asked|keeps? asking)(?: me)?|wonders|"
    r"is wondering|"
    r"(?:wants|would like|needs) to know)(?: whether| if)?"
    r"(?= (?:what|when|whether|if|how|which|where|is|are|will|does|do|can)\b)", re.IGNORECASE)
# "When is the next conference?", "where will next year's summit be held?": another
# edition, which the programme does not hold (the engine's veto ``other_edition`` reads
# the same for the FAQ's entries).
_ANOTHER_EDITION = re.compile(
    r"\b(?:second|2nd|third|3rd|next|following|future|subsequent)\s+(?:year'?s\s+)?"
    r"(?:conference|forum|summit|edition)s?\b(?!'?s?\s+(?:day|days|session|sessions|room|"
    r"rooms|building|hall|venue|programme|program|agenda|schedule)\b)")
# "Is this the first conference of its kind?", "has there ever been a gathering like this
# before, or is this the first one?": the event's history, not the programme's first item.
# Not "the first meeting", "event" or "workshop": as often an item of the programme.
_HELD_ONCE = tuple(n for n in EVENT_NOUNS if n not in ("meeting", "event", "workshop"))
_FIRST_OF_ITS_KIND = re.compile(
    r"\b(?:is|was) (?:this|it) (?:really )?(?:the|a|our) (?:very )?first\b"
    rf"|\bfirst (?:ever )?(?:{'|'.join(_HELD_ONCE)})s?\b(?!'?s?\s+(?:day|days|session|"
    r"sessions|item|items|morning|afternoon|programme|program|agenda)\b)"
    r"|\bof its kind\b|\bever been (?:a|an|one|anything)\b")
# "Why is this meeting being held at all?": a reason, which no listing gives.
_WHY = re.compile(r"\bwhy\b")
# "Lost my badge on the subway - what do I do first thing tomorrow?": what to do about
# something, which the FAQ's entry on it says, not what is on first.
_WHAT_TO_DO = re.compile(r"\bwhat (?:do|should|shall|can|must|would) (?:i|we|one) do\b")
# "Do they give us lunch?", "will they feed us?": whether a meal is provided, which the
# FAQ's food entry says, not when the lunch break is ("when is lunch served?" asks that).
_MEAL_GIVEN = re.compile(
    r"\b(?:do|does|will|would|did) (?:they|you|the organisers|the un|anyone) "
    r"(?:give|serve|provide|offer|feed)\b")
# "I'm vegetarian, will there be something for me at lunch?": what the meal offers, not
# when it is.
# A diet said of oneself (``answering`` reads it as what an asker needs too).
DIETS = r"vegetarian|vegan|halal|kosher|coeliac|celiac|allerg\w*|diabetic"
_DIET = re.compile(
    rf"\b(?:{DIETS}|gluten|dietary|diet|lactose|dairy|pescatarian)\b")
# "Which sessions are closed?", "which sessions are off the record": a property of the
# sessions, which the FAQ says; not "which sessions are on thursday / left / in the hall".
_OF_A_KIND_ARE = re.compile(
    r"^\s*(?:which|what)(?: of the)? (?:sessions|meetings|parts|ones|plenaries|panels|"
    r"sideevents) (?:are|r|will be) (?P<predicate>.+)")
_TIMELY = frozenset(
    """on happening running there left remaining still in at scheduled planned held taking
    coming due about over done finished going after before during between until till from
    first last next starting""".split())
# A day named as what another is compared with: "like Thursday", "same as on day 1"; not
# a wish ("I'd like Thursday's programme") nor what a day is like ("what's the programme
# like on Friday?").
_COMPARED_WITH = re.compile(
    r"\b(?:(?<!would )(?<!\bd )(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bu )(?<!they )like(?! on\b)|"
    r"same as|"
    r"than|as (?:it was |it is |they were )?on)\s+(?:on\s+)?(?:the\s+)?"
    r"(?:" + "|".join(WEEKDAYS) + r"|yesterday|day \w+|first day|second day|last day)\b")
_ARRIVING = re.compile(r"\bwhen (?:i|we) (?:arrive|get there|get in|land)\b", re.IGNORECASE)
# "What's the first session tomorrow and when should I be there?": a last clause that asks
# when to be at what the first names, which the first's answer says (its time).
_AND_WHEN_THERE = re.compile(
    r"\s+and\s+(?:when|what time|how early|by when|by what time)\s+"
    r"(?:should|do|must|shall|can|need)\s+(?:i|we)"
    r"\s+(?:be|get|arrive|turn up|show up|come)(?:\s+(?:there|in|here|seated))?\s*[?!.]*\s*$",
    re.IGNORECASE)
_LUNCH = stem("lunch")
_COFFEE, _BREAK = stem("coffee"), stem("break")
# "Side event" (the UN's word for a meeting beside the programme, in any UN meeting):
# "when does the afternoon session start?" asks about the programme's session, not the
# side event at lunchtime, unless the question names side events or a room.
_SIDE_EVENT = next(t.stem for t in tokenize("side event"))  # one term: "sideev"

# "Plenary", the UN's word for the main meeting of all participants: where no session's
# title says it, "the afternoon plenary" is the programme's session, not lunch or a side
# event.
_PLENARY = stem("plenary")

# Words in room names that do not identify a room on their own.
_GENERIC_ROOM_WORDS = frozenset(
    stem(w) for w in "room rooms hall chamber conference building floor the of and".split()
)

# The live words that are about the programme on their own ("what am I missing",
# "what's happening", "this session"), unlike a bare "now".
# What one calls a session when asking about the one running.
_AN_ITEM = r"(?:session|one|event|meeting|talk|panel|plenary)"
_LIVE_CUES = (r"happening|going on|missing|"
              rf"(?:this|the current|the present|the ongoing) {_AN_ITEM}|"
              r"(?:session|one|event|room) is this|"
              # "where's the session that's on?", "the talk which is running"
              rf"{_AN_ITEM} (?:that|which)(?: s| is)? (?:on|running|under way)|"
              # "which session is on?" said without "now" (not "... is on Friday", "... is
              # on financing"): the question ends there, or names a room
              r"(?:which|what) (?:session|event|meeting|talk|panel)s? (?:is|are) "
              r"(?:on|running|under way)(?=$| in (?:the |room |conference ))")
_NOW_CUE = re.compile(rf"\b({_LIVE_CUES})\b")
_NOW = re.compile(
    rf"\b(now|currently|(?:at|in) (?:the|this) moment|at the mo|at this hour|right this minute|"
    rf"{_LIVE_CUES}|is \w+ over|anything on yet|anything still on|presently|underway|"
    rf"(?:can|could) (?:i|we) still (?:catch|make|join|attend|see|get to))\b"
)
# Minutes spelt out: "in forty five minutes", "in twenty minutes".
_SPELLED_MINUTES = (r"(?:(?:twenty|thirty|forty|fifty)(?: (?:one|two|three|four|five|six|seven|"
                    r"eight|nine))?|one|two|five|ten|fifteen)")
# "What follows the item currently in the hall?": what comes next, its "currently" no
# question about now.
# How an item is said to be the one on now, after its noun: "currently", "now", "that's
# running", "going on", "which is on".
_ON_NOW_SAID = (r"currently|now|on now|"
                r"(?:(?:that|which)(?: s| is)? )?(?:going on|under way|underway|running|"
                r"happening)|(?:that|which)(?: s| is)? on")
_AFTER_THE_ONE_ON = (
    r"(?:follows?|comes? after|after) (?:the |this )?(?:item|session|one|thing|meeting|talk|"
    # "what comes after the session that's running now?", "... the one going on now"
    rf"segment|panel) (?:{_ON_NOW_SAID}|"
    # "what follows the session we are sitting in now": the one the asker is in
    r"(?:we|i) (?:are|am) (?:sitting in|in|at|attending|watching|following))"
    r"(?: right now| now)?")
_AFTER_THE_ONE_ON_SAID = re.compile(rf"\b{_AFTER_THE_ONE_ON}\b")
# "What was on before this session?", "which one came before the one going on now?",
# "what was before this?": the item just before the one on now (not "before this
# afternoon", a part of the day, nor "before this event", the conference).
_BEFORE_THE_ONE_ON = re.compile(
    r"\b(?:before|precedes|preceded|preceding) (?:the |this )?(?:item|session|one|meeting|"
    rf"talk|segment|panel) (?:{_ON_NOW_SAID})\b"
    r"|\b(?:before|precedes|preceded|preceding) (?:this|the current|the present|the ongoing)"
    r"(?: (?:item|session|one|meeting|talk|segment|panel))?(?! (?:morning|afternoon|evening|"
    r"event|conference|week|year|day))\b")
_NEXT = re.compile(
    r"\b(next|upcoming|coming up|after (?:this|the current|the present)|afterwards|soon|"
    rf"{_AFTER_THE_ONE_ON}|"
    r"how long (?:till|until|before)|"
    r"left (?:for |of )?today|left of the day|rest of (?:the day|today)|remaining|still to come|"
    r"still on today|"
    # "anything else on today?": what is left of it, not the day's whole listing
    r"(?:anything|something|what) else (?:is |s )?(?:on |happening |going on |planned )?today|"
    r"are we done|shortly|"
    rf"in (?:\d+|a|{_SPELLED_MINUTES}|a few|a couple of) (?:min|mins|minute|minutes)|"
    r"(?:\d+|five|ten|fifteen|twenty|thirty|a few) (?:min|mins|minute|minutes) from now|"
    r"later (?:on )?today|later this (?:morning|afternoon|evening)|"
    r"in (?:half an hour|a half hour|(?:a |three )?quarters? of an hour))\b"
)
# "How many minutes until the closing?", "closing in how many minutes?", "how much time
# before the opening starts?": how long.
_COUNTDOWN = re.compile(
    r"\bhow many (?:more )?(?:mins?|minutes|hours?)\b"
    r"|\bhow much (?:more )?time(?: (?:do|have) (?:i|we|you) (?:got|have)| is there)?"
    r"(?= (?:before|until|till|til|to)\b)",
    re.IGNORECASE,
)
# Where a message's last clause starts ("just landed at JFK, what's on now?").
_UNTIL_THE_END = re.compile(
    r"\bhow (?:long|much longer)\b.*\b(?:wrap|wraps|end|ends|finish|finishes|over|done"
    r"|lets out|let out)\b"
    # "How much longer will the morning session run?" ("how long does it run" asks how
    # long it is)
    r"|\bhow much longer\b.*\b(?:run|runs|go on|goes on|last|lasts|continue|continues)\b"
)
_TIME_LEFT = re.compile(
    r"\bhow (?:long|much (?:time|longer)) (?:is |have we |do we have )?(?:still )?left\b"
    r"(?! (?:for |of )?(?:today|the day))"
    # "the time remaining in the present session", "time left in this one"
    r"|\b(?:time|minutes|mins) (?:still )?(?:remaining|left) (?:in|of|for) (?:the |this )?"
    r"(?:present |current |ongoing )?(?:session|one|meeting|plenary|panel|event)\b"
    # "how much longer?" alone, of what is on
    r"|^(?:\w+ )?how much longer\W*$")
# What "how long till ... ends" is said of: a thing that ends ("the wrap-up", "it"), not
# the asker's own ("how long till my shift ends": no item of the programme).
_WHOSE_END = re.compile(r"\b(?:till|until|before) (?:the|it|it s|its|this|that)\b")
_ONES_DAY = re.compile(r"\b(?:today|day|tonight)\b")
_ONE_ON_NOW = re.compile(r"\b(?:session|this|current|present)\b")
_LAST_CLAUSE = re.compile(
    # a dash between spaces, or an em dash however typed ("from the GA—what's on?"; not
    # the en dash of "10–12")
    r"[,;.!?]\s+|\s+[-\u2013]\s+|\s*\u2014\s*|"
    r"\s+and\s+(?=(?:what|whats|which|when|where|who|is|are)\b)"
)
# "Anything on now apart from lunch?", "what's next other than the side events": items
# set aside, up to the end of the clause.
_BESIDES = re.compile(
    r"\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding|not counting)"
    r"\s+([^?,.!;]+)", re.IGNORECASE)
_FOOD_WORDS = frozenset("food eating meal meals catering sandwiches".split())
# "Now" said as such ("what's on now and next?"), not a live cue ("after this session").
_NOW_SAID = r"now|currently|at (?:the|this) moment"
_SAYS_NOW = re.compile(rf"\b({_NOW_SAID})\b")
# Whether it is a break now, not which break: "are we on a break?", "do I have a break".
_ON_A_BREAK = re.compile(
    r"\b(?:on|in|having|have|has|get|got|is it|it s) (?:a |our |the )?(?:short |coffee )?"
    r"(?:break|pause)\b|\bbreak ?time\b")
# Whether it is lunchtime yet, not the lunch listing: "is it lunchtime yet?", "is it
# already lunchtime at the conference?", "is it lunch yet?", "time for lunch?".
_IS_IT_LUNCHTIME = re.compile(
    r"\b(?:is it|it s|it is|is it not|are we at) (?:already |now |yet )?"
    r"(?:lunch ?time|lunch hour|lunch|time for lunch)\b")
_FROM_NOW = re.compile(r"\bfrom (?:now|right now)\b")
# A span said by where it starts and ends: "from the opening (all the way) to the end".
_FROM_TO = re.compile(
    r"\bfrom (?:the )?\w+\b.*?\b(?:to|till|until|through|thru) (?:the )?\w+")
# What starts once more after a pause: "resumes", "starts again" (its first words are
# also among those of a first start, ``_FIRST``).
_RESUME = r"resume|resumes|reconvene|reconvenes|restart|restarts"
_RESUMING = re.compile(
    rf"\b(?:{_RESUME}|resuming|(?:start|starts|begin|begins) again)\b")
# A clause that says when it asks about ("what's on now?", "...next?", "...today?").
_SAYS_WHEN = re.compile(
    rf"\b({_NOW_SAID}|next|soon|today|tonight|tomorrow|morning|afternoon|evening)\b")
# Where a message's sentences end, each keeping its own mark.
_ASKING = re.compile(r"(?<=[.!?])\s+")
# "Is there a room where I can rest between sessions?", "is there a room for bilateral
# meetings?": whether a kind of place exists, not what is on in one.
_A_PLACE_FOR = re.compile(
    r"\b(is|are) there (a|an|any|some)? ?(\w+ )?(room|rooms|place|places|space|spaces|"
    r"area|areas|spot|spots|corner)\b")
_FIRST = re.compile(r"\b(first(?! time)|earliest|start|starts|begin|begins|kick off|"
                    rf"kicks off|kicked off|kicking off|{_RESUME})\b")
# First in order, not in time from now: "the first session", "the earliest one".
_ORDINAL_FIRST = re.compile(r"\b(?:first(?! time)|earliest|1st)\b")
_CLOCK_WORD = re.compile(r"\d{1,2}(am|pm|h\d{0,2}|hrs?|mins?|st|nd|rd|th)")
# "At 1:30", "around 11", "@ 3pm", "at half past one", "at quarter to 3", "at noon".
_AT = r"(?:\bat|\baround|\babout|@)\s*"
# A time of day: its hour, minutes and am or pm (``_said_time``); "14h", "14h30" as
# French and Spanish speakers write them.
_TIME = r"(\d{1,2})(?:[:.h](\d{2})|h)?\s*(am|pm)?"
_CLOCK = re.compile(_AT + _TIME + r"\b(?!\s*(?:min|mins|minutes|hours?|hrs?|days?|people)\b)")
# "Day two, 2pm - what's on?", "14:30 anything?": a time with am or pm, or with its
# minutes, is one without "at" too; not where a word before it makes it a span's end
# ("after 2pm", "between 2 and 4pm": ``_window`` reads those).
_BARE_CLOCK = re.compile(rf"\b{_TIME}\b(?!\s*(?:min|mins|minutes|hours?|hrs?)\b)")
_SPAN_WORDS = frozenset("after from before until till til between and to by".split())
_HOUR_NUMBERS = {w: n for n, w in enumerate(HOUR_WORDS, 1)}
_HOUR_WORD = "|".join(HOUR_WORDS)  # an hour in words, in a pattern
# "At half ten" is British for half past ten.
_PAST_HOUR = re.compile(
    r"(?:^|" + _AT + r")(?:a )?(half past|half|quarter past|quarter to) (\d{1,2}|"
    + _HOUR_WORD + r")\b")
# A span of the day: "between 2 and 4", "after 3pm", "from 15:00", "before 11:30",
# "before lunch".
_BETWEEN = re.compile(rf"\bbetween {_TIME} and {_TIME}\b")
_AFTER_CLOCK = re.compile(rf"\b(?:after|from) {_TIME}(?!\s*(?:min|minutes|hours?|people))\b")
_BEFORE_CLOCK = re.compile(rf"\b(?:before|until|till|til) {_TIME}(?!\s*(?:min|minutes|hours?))\b")
# "How long until the closing?", "how many hours till 3pm": a countdown, not a span.
_HOW_LONG = re.compile(r"\bhow (?:long|much longer|many)\b")
# The bounds of a span open at one end ("after 3pm": until the day's end).
START_OF_DAY, END_OF_DAY = dt.time(0, 0), dt.time(23, 59)
# "In 2 hours", "in an hour", "in a couple of hours" (read from the question's words).
_HOURS_SAID = {"an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "a couple of": 2,
               "couple of": 2, "a few": 3, "few": 3}
_HOURS_NUMBER = r"(\d{1,2}|" + "|".join(_HOURS_SAID) + r")"
# "In an hour and a half", "in one and a half hours", "two and a half hours from now".
_HALF = r"(?: and a half| and a quarter| and three quarters)?"
# What "and a half" and the like add to the hours said.
_FRACTIONS = {" and a half": 0.5, " and a quarter": 0.25, " and three quarters": 0.75}
_IN_HOURS = re.compile(
    rf"\bin {_HOURS_NUMBER}{_HALF} (?:hours?|hrs?){_HALF}\b"
    rf"|\b{_HOURS_NUMBER}{_HALF} (?:hours?|hrs?){_HALF} from now\b"
    r"|\bin (\d{1,2}) ?(?:h|hr|hrs)\b")  # "wats on in 1hr"
# "In 90 minutes": an hour or more said in minutes is a moment, like "in 2 hours" (fewer
# are what comes next: ``_NEXT``).
_IN_MANY_MINUTES = re.compile(r"\bin (\d{2,3}) (?:min|mins|minutes)\b")
# A time on the 24-hour clock in four digits: "1330 hrs", "at 0930", "from 1500h" (not
# "2018": a year, unless "hrs" says it is a time).
_FOUR_DIGITS = re.compile(
    r"\b(?:(?P<said>at|by|from|till|after|until|before|around|between) )?"
    r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?P<hrs>\s*(?:hrs|hr|hours|h)\b)?")
_NOON = re.compile(_AT + r"(?:noon|midday|mid day|12 noon)\b")
_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")
_DATED = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_NAME})\b"
    rf"|\b({_MONTH_NAME}) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?\b")
# "On the 29th", "the 28th": a day of the month said as such, month or no month; not
# "the 2nd session", "the 3rd floor", "the 2nd day".
_NTH_OF_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\b(?! (?:day|days|session|sessions|plenary|panel|breakout|"
    r"workshop|floor|time|edition|conference|meeting|event|one)\b)")
# "CR 4", "CR11": the UN's own short form of "Conference Room 4".
_ROOM_NUMBER = re.compile(r"\b(?:room|cr)\s*(?:no\.?\s*|number\s*|#\s*)?(\d+)\b")
_CR_ROOM = re.compile(r"cr\d+")
# Without one of these, a question is not about the programme as such, even if it
# names a room ("where is conference room 6?" is a venue question).
_PROGRAMME_CUE = re.compile(
    r"\b(what(?:s| is| s| was| will be| ll be| would be)? (?:actually |really |exactly )?on|"
    r"what(?:s| is| s)? (?:actually |really )?happening|"
    r"what (?:happens|will happen|goes on)|"
    r"anything on (?:yet|now)|"
    rf"{_PROGRAMME_NAMES}|sessions|events)\b"
)


class Intent(enum.StrEnum):
    """What a programme question asks (a StrEnum: it compares and prints as its word)."""

    NOW = "now"
    NEXT = "next"
    DAY = "day"
    AT = "at"
    START = "start"  # when the conference as a whole begins
    END = "end"  # ...and when it ends
    LENGTH = "length"  # ...and both: "how long is the conference?"
    ON = "on"  # ...and whether it is on at the moment asked: started, under way, over
    STATUS = "status"  # one named session: when is it, has it started, is it over


class ConferenceState(enum.StrEnum):
    """Where a moment falls against the conference days, in the conference zone."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


@dataclass(frozen=True)
class ScheduleQuestion:
    """A programme question understood: what is asked, for which day, part and room."""

    intent: Intent
    day: dt.date | None = None
    part: str | None = None
    room: Room | None = None
    at: dt.time | None = None
    first_only: bool = False
    last_only: bool = False
    kinds: frozenset[str] = frozenset()
    breaks: bool = True  # False: "the afternoon session" is not the lunch break
    side_events: bool = True  # False: ... nor the side event at lunchtime
    named: tuple[Session, ...] = ()  # STATUS: the sessions its name fits ("lunch": both)
    since: dt.datetime | None = None  # NEXT from this moment, not now ("after lunch")
    leave_out: frozenset[str] = frozenset()  # session ids: "apart from lunch"
    window: tuple[dt.time, dt.time] | None = None  # DAY: "after 3pm", "before lunch"
    also_now: bool = False  # NEXT: "what's on now and next?"

    @property
    def choose(self) -> Selection:
        return Selection(self.room, self.kinds, self.breaks, self.side_events, self.leave_out)


def is_pause(session: Session) -> bool:
    """Whether the item is a break (lunch, a coffee break), not a session."""
    return bool(title_stems(session) & _BREAK_KINDS)


@dataclass(frozen=True)
class Selection:
    """Which sessions a listing covers: one room, some kinds of item, or all."""

    room: Room | None = None
    kinds: frozenset[str] = frozenset()
    breaks: bool = True
    side_events: bool = True
    leave_out: frozenset[str] = frozenset()  # session ids

    def keep(self, session: Session) -> bool:
        if session.id in self.leave_out:
            return False
        if self.room is not None and session.room != self.room.id:
            return False
        titled = title_stems(session)
        if not self.breaks and is_pause(session):
            return False
        if not self.side_events and _SIDE_EVENT in titled:
            return False
        return not self.kinds or bool(self.kinds & titled)


ALL_SESSIONS = Selection()


def local(kb: KnowledgeBase, moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(ZoneInfo(kb.conference.timezone))


def starts_at(kb: KnowledgeBase, session: Session) -> dt.datetime:
    zone = ZoneInfo(kb.conference.timezone)
    return dt.datetime.combine(session.day, session.start, tzinfo=zone)


def ends_at(kb: KnowledgeBase, session: Session) -> dt.datetime:
    zone = ZoneInfo(kb.conference.timezone)
    return dt.datetime.combine(session.day, session.end, tzinfo=zone)


def ordered(sessions: Iterable[Session]) -> list[Session]:
    return sorted(sessions, key=lambda s: (s.day, s.start, s.end, s.title))


def running(
    kb: KnowledgeBase, moment: dt.datetime, which: Selection = ALL_SESSIONS
) -> list[Session]:
    """Sessions under way at this moment (a cancelled one is never on)."""
    return ordered(
        s for s in kb.sessions
        if not s.cancelled and which.keep(s) and starts_at(kb, s) <= moment < ends_at(kb, s)
    )


def upcoming(
    kb: KnowledgeBase, moment: dt.datetime, which: Selection = ALL_SESSIONS
) -> list[Session]:
    """The sessions that start next after this moment (all those sharing that start),
    never a cancelled one."""
    later = ordered(
        s for s in kb.sessions if not s.cancelled and which.keep(s) and starts_at(kb, s) > moment
    )
    if not later:
        return []
    first_start = starts_at(kb, later[0])
    return [s for s in later if starts_at(kb, s) == first_start]


def on_day(
    kb: KnowledgeBase, day: dt.date, part: str | None = None, which: Selection = ALL_SESSIONS,
    window: tuple[dt.time, dt.time] | None = None,
) -> list[Session]:
    """The day's sessions, of a part of it (those starting then) or of a window of time
    (those on at any moment of it: "after 3pm" lists the session that runs until 18:00)."""
    sessions = [s for s in kb.sessions if which.keep(s) and s.day == day]
    if window is not None:
        begin, end = window
        sessions = [s for s in sessions if s.end > begin and s.start < end]
    if part is not None:
        begin, end = PARTS_OF_DAY[part]
        starting = [s for s in sessions if begin <= s.start < end]
        # Where nothing starts in that part, what runs into it is on then: "anything on
        # this evening?" is not "nothing" while the afternoon session runs until 18:00.
        sessions = starting or [s for s in sessions if s.start < end and s.end > begin]
    return ordered(sessions)


def at_time(
    kb: KnowledgeBase, day: dt.date, when: dt.time, which: Selection = ALL_SESSIONS
) -> list[Session]:
    return ordered(
        s for s in kb.sessions
        if not s.cancelled and which.keep(s) and s.day == day and s.start <= when < s.end
    )


def conference_state(kb: KnowledgeBase, moment: dt.datetime) -> ConferenceState:
    today = local(kb, moment).date()
    dates = kb.conference.dates
    if today < min(dates):
        return ConferenceState.BEFORE
    if today > max(dates):
        return ConferenceState.AFTER
    return ConferenceState.DURING


def all_over(kb: KnowledgeBase, moment: dt.datetime) -> bool:
    """Whether the programme's last item has ended: on the last day's evening, "is
    anything still on?" is answered as after the conference."""
    last = _last_end(kb)
    return last is not None and moment >= last


@per_object(kept=16)
def _last_end(kb: KnowledgeBase) -> dt.datetime | None:
    return max((ends_at(kb, s) for s in kb.sessions), default=None)


@per_object(kept=256)
def _all_room_words(room: Room) -> frozenset[str]:
    return frozenset(t.stem for t in (*tokenize(room.name), *tokenize(room.id)))


@per_object(kept=16)
def _room_keys(rooms: tuple[Room, ...]) -> tuple[
        tuple[Room, frozenset[str], frozenset[str], frozenset[str], frozenset[str]], ...]:
    """Per room: the words that identify it, those of them that are no number, its
    numbers, and the words no other room has (no number): what ``find_room`` compares.

    Worked out once per FAQ version (the rooms tuple is the cache key), not per question
    and room.
    """
    distinctive = {
        room.id: frozenset(w for w in _all_room_words(room) if w not in _GENERIC_ROOM_WORDS)
        for room in rooms
    }
    counts: dict[str, int] = {}
    for identifying in distinctive.values():
        for w in identifying:
            counts[w] = counts.get(w, 0) + 1
    keys = []
    for room in rooms:
        identifying = distinctive[room.id]
        keys.append((
            room, identifying,
            frozenset(w for w in identifying if not w.isdigit()),
            frozenset(w for w in identifying if w.isdigit()),
            frozenset(w for w in identifying if counts[w] == 1 and not w.isdigit()),
        ))
    return tuple(keys)


# A room's word that names no room said alone: "this morning's meeting" is a session,
# not the "Bilateral meeting rooms"; "the session on sharing information" is not at the
# "Conference information desk".
_NOT_A_ROOM_ALONE = frozenset(stem(w) for w in "meeting meetings information".split())
_ONES_OWN = re.compile(r"\b(?:a|an|my|our) \w+")
# A title whose word a room's name has: the Secretary-General is no room by "general"
# (the General Assembly Hall's one word no other room has).
_TITLE_NOT_ROOM = re.compile(r"\b(?:(?:under )?secretary[ -]generals?|u?sgs?)\b")


def find_room(kb: KnowledgeBase, question: str) -> Room | None:
    """The room a question names, by its id, its full name or a word only it has.

    A bare number names a room only next to the word "room" ("room 4", "conference
    room 4"), so "session 2" is not taken for "Conference Room 2".
    """
    rooms = kb.venue.rooms if kb.venue else ()
    if not rooms:
        return None
    folded = fold(question)
    said = {t.stem for t in tokenize(question)}
    # "We have a bilateral at 11:30": a thing of the asker's, not a room by one of its
    # words (a room's full name or number still names it).
    loosely = {t.stem for t in tokenize(_TITLE_NOT_ROOM.sub(" ", _ONES_OWN.sub(" ", folded)))}
    numbered = {m.group(1) for m in _ROOM_NUMBER.finditer(folded)}
    split = folded.split()
    noun = own_event_noun(kb)
    own = {stem(noun)} if noun is not None else set()
    best: tuple[int, Room] | None = None
    for room, identifying, named_by, numbers, unique_words in _room_keys(rooms):
        if room.id in split or (identifying and named_by <= said and numbers <= numbered):
            hit = len(identifying) + 10
        else:
            # Not by the event's own word: "when does the workshop finish" is about the
            # workshop, not the "Workshop secretariat desk".
            unique = unique_words & (loosely - own - _NOT_A_ROOM_ALONE)
            hit = len(unique) if not numbers or numbers <= numbered else 0
        if hit and (best is None or hit > best[0]):
            best = (hit, room)
    if best is None and _MAIN_ROOM.search(folded):
        return _main_room(kb)
    return best[1] if best else None


# "The big hall", "the main room": no room's name, but every attendee's word for the
# room the programme mostly happens in.
_MAIN_ROOM = re.compile(r"\b(big|bigger|biggest|main|large|larger|largest|plenary)\s+"
                        r"(hall|room|chamber|auditorium)\b")
_MAIN_ROOM_WORDS = frozenset(stem(w) for w in (
    "big bigger biggest main large larger largest plenary hall room chamber auditorium".split()))


def _main_room(kb: KnowledgeBase) -> Room | None:
    """The room that holds the most sessions, when one clearly does."""
    counts: dict[str, int] = {}
    for session in kb.sessions:
        counts[session.room] = counts.get(session.room, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return kb.room(ranked[0][0])


# The words that name a day only relative to the moment asked.
_RELATIVE_DAY = frozenset({"today", "tonight", "tomorrow", "yesterday"})


def relative_day(kb: KnowledgeBase, question: str, now: dt.datetime) -> dt.date | None:
    """The day "tomorrow", "today", "tonight", "yesterday" or "this afternoon" names at
    ``now``, or None where the question says none of them: the decision, which has no
    clock, reads weekday names itself (``vetoes.other_day``); these it cannot."""
    said = words(question)
    if not (_RELATIVE_DAY.intersection(said) or any(
            a == "this" and b in PARTS_OF_DAY for a, b in itertools.pairwise(said))):
        return None
    return _named_day(kb, " ".join(said), local(kb, now).date())


def _named_day(kb: KnowledgeBase, folded: str, today: dt.date) -> dt.date | None:
    dates = sorted(kb.conference.dates)
    # "Is Friday's lunch also two hours, like Thursday?": the day compared with is not
    # the day asked about.
    folded = _COMPARED_WITH.sub(" ", folded)
    words = folded.split()
    if "today" in words or "tonight" in words or any(
            a == "this" and b in PARTS_OF_DAY for a, b in itertools.pairwise(words)):
        # "this afternoon" is today's, also on a day without sessions (the day before,
        # it was read as the first conference day's afternoon).
        return today
    if "tomorrow" in words:
        return today + dt.timedelta(days=1)
    if "yesterday" in words:
        return today - dt.timedelta(days=1)
    dated = _dated(folded, dates[0].year)
    if dated is not None:  # "Monday 2 July": the 2nd of July, not the Monday of the week
        return dated
    for date in dates:
        if WEEKDAYS[date.weekday()] in words:
            return date
    for number, name in enumerate(WEEKDAYS):
        if name in words:  # a day of the conference week that is not a conference day
            monday = dates[0] - dt.timedelta(days=dates[0].weekday())
            return monday + dt.timedelta(days=number)
    counted = _day_number(words)
    if counted is not None:
        return _nth(dates, counted)
    for date in dates:
        month = MONTHS[date.month - 1]
        if month in words or month[:3] in words:
            for match in _DAY_OF_MONTH.finditer(folded):
                if int(match.group(1)) == date.day:
                    return date
    said = {int(m.group(1)) for m in _NTH_OF_MONTH.finditer(folded)}
    return next((date for date in dates if date.day in said), None)


def _names_every_day(kb: KnowledgeBase, folded: str) -> bool:
    """Whether a question names each day of a conference of several, one after the other
    ("on Thursday and on Friday", "thursday to friday"): not as a choice ("Thursday or
    Friday?") nor as a likeness ("Friday's lunch, like on Thursday?")."""
    days = {WEEKDAYS[date.weekday()] for date in kb.conference.dates}
    said = folded.split()
    at = [i for i, word in enumerate(said) if word in days]
    return (len(days) > 1 and {said[i] for i in at} == days
            and all(set(said[a + 1:b]) <= _JOINING_DAYS for a, b in itertools.pairwise(at)))


_JOINING_DAYS = frozenset("and on the to through till until plus also".split())


def _day_number(words: Sequence[str]) -> int | None:
    """The conference day said by its number ("day 2", "the second day", "the first
    morning"; -1 for "the last day"), counted from 0."""
    part = _ORDINAL_PART.search(" ".join(words))
    if part is not None:
        return _ORDINAL_DAYS[part.group(1)]
    for i, word in enumerate(words):
        if word in ("day", "days") and i + 1 < len(words) and words[i + 1] in _ORDINAL_DAYS:
            return _ORDINAL_DAYS[words[i + 1]]
        before = words[i - 1] if i > 0 else ""
        if word == "day" and before in _ORDINAL_DAYS and before not in _CARDINALS:
            # "the second day"; not "a two day conference", its length
            return _ORDINAL_DAYS[before]
    return None


def _dated(folded: str, year: int) -> dt.date | None:
    """The date a question gives by its day and month ("2 July", "july 2nd", "the 30th of
    june"), in the conference's year."""
    match = _DATED.search(folded)
    if match is None:
        return None
    day = int(match.group(1) or match.group(4))
    month = _MONTH_NUMBERS[match.group(2) or match.group(3)]
    try:
        return dt.date(year, month, day)
    except ValueError:  # "31 june"
        return None


def _nth(dates: Sequence[dt.date], index: int) -> dt.date | None:
    try:
        return dates[index]
    except IndexError:
        return None


def _clock(folded: str) -> dt.time | None:
    """The time of day asked about ("at 1:30", "at 11.15 am", "at 3"), read from the
    folded question with its punctuation."""
    if _NOON.search(folded):
        return dt.time(12, 0)
    past = _PAST_HOUR.search(folded)
    if past is not None:
        said, hour_said = past.groups()
        hour = _hour_number(hour_said)
        minute = {"half past": 30, "half": 30, "quarter past": 15, "quarter to": 45}[said]
        if said == "quarter to":
            hour = hour - 1 or 12
        return _afternoon(hour, minute, None)
    match = _CLOCK.search(folded)
    if match is not None:
        return _said_time(match, 1)
    for bare in _BARE_CLOCK.finditer(folded):
        before = folded[:bare.start()].split()[-1:]
        if (bare.group(2) or bare.group(3)) and not _SPAN_WORDS.intersection(before):
            return _said_time(bare, 1)
    return None


def _window(
    kb: KnowledgeBase, folded: str, day: dt.date, before_said: list[frozenset[str]],
) -> tuple[dt.time, dt.time] | None:
    """The span of the day asked about: "between 2 and 4", "after 3pm", "from 15:00",
    "before 11", "before lunch" (until the start of the session named, on that day:
    ``before_said``, the words after each "before" that name one)."""
    if _HOW_LONG.search(folded):
        return None
    between = _BETWEEN.search(folded)
    if between is not None:
        begin, end = _said_time(between, 1), _said_time(between, 4)
        return (begin, end) if begin is not None and end is not None and begin < end else None
    after = _AFTER_CLOCK.search(folded)
    if after is not None:
        begin = _said_time(after, 1)
        return None if begin is None else (begin, END_OF_DAY)
    before = _BEFORE_CLOCK.search(folded)
    if before is not None:
        end = _said_time(before, 1)
        return None if end is None else (START_OF_DAY, end)
    for said in before_said:
        starts = [s.start for s in kb.sessions if s.day == day and names_after(kb, s, said)]
        if starts:
            return (START_OF_DAY, min(starts))
    return None


def _day_counted_back_from(
    kb: KnowledgeBase, before_said: list[frozenset[str]],
) -> dt.date | None:
    """The day of the sessions a "before" names ("before Session IV", "before the
    closing"), when they are all on one day: the window before them is on that day,
    not today's."""
    days = {s.day for said in before_said
            for s in kb.sessions if names_after(kb, s, said)}
    return days.pop() if len(days) == 1 else None


def _with_colons(folded: str) -> str:
    """Times in four digits written with a colon ("1330 hrs" -> "13:30"), and times in
    words in digits ("at five thirty pm" -> "at 5:30 pm"), as the clock's patterns read
    them."""
    def colon(match: re.Match[str]) -> str:
        said, hour, minute, hrs = match.group("said", "hour", "minute", "hrs")
        if hrs is None and (said is None or hour[0] == "2"):
            return match.group(0)  # a bare "2018", "at 2030": a year or a number
        return f"{said} {hour}:{minute}" if said is not None else f"{hour}:{minute}"
    folded = _HYPHENED_CLOCK.sub(r"\1 \2", folded)
    timed = _OCLOCK.sub(lambda m: f"{_hour_number(m.group(1))}:00",
                        _PAST_OR_TO.sub(_past_or_to, _FOUR_DIGITS.sub(colon, folded)))
    return _SPELLED_CLOCK.sub(_in_digits, timed)


# "ten to three", "five past one", "twenty-five to 5": minutes in words before or after an
# hour (not "5 to 10 minutes": the minutes are words and no unit follows; not the "five"
# of "twenty-five").
_PAST_OR_TO = re.compile(
    r"(?<!-)\b(twenty[ -]five|five|ten|twenty) (past|after|to|til|till) (\d{1,2}|"
    + _HOUR_WORD + r")\b(?!\s*(?:min|mins|minutes|hours?|hrs?|people|days?)\b)")
# "ten-thirty", "half-past three", "quarter-to four": the hyphen read as a space.
_HYPHENED_CLOCK = re.compile(
    r"\b(" + _HOUR_WORD + r"|half|quarter)-(oh|o|five|ten|fifteen|twenty|thirty|forty|fifty|"
    r"past|to)\b")
# "the 3 o'clock session", "at ten oclock".
# Not "after the 3 o'clock one": the session counted from, which the clock would
# become itself.
_OCLOCK = re.compile(r"(?<!after the )(?<!before the )\b(\d{1,2}|" + _HOUR_WORD
                     + r") ?o ?'? ?clock\b")


def _hour_number(said: str) -> int:
    return int(said) if said.isdigit() else _HOUR_NUMBERS[said]


def _past_or_to(match: re.Match[str]) -> str:
    minutes, direction, hour_said = match.groups()
    hour, minute = _hour_number(hour_said), _MINUTE_WORDS[minutes.replace("-", " ")]
    if hour > 12:
        return match.group(0)
    if direction in ("to", "til", "till"):
        hour, minute = (hour - 1) or 12, 60 - minute
    return f"{hour}:{minute:02d}"


# An hour in words after a word that says a time follows ("at ten", "around five
# thirty pm", "between two and four"), with its minutes in words; alone only where the
# clause ends or a word of the clock or the day follows, so that "at one of the side
# events" and "by two delegates" stay words.
_MINUTE_WORDS = {"oh five": 5, "o five": 5, "five": 5, "ten": 10, "fifteen": 15,
                 "twenty": 20, "twenty five": 25, "thirty": 30, "thirty five": 35,
                 "forty": 40, "forty five": 45, "fifty": 50, "fifty five": 55}
_SPELLED_CLOCK = re.compile(
    r"\b(?P<said>at|around|about|by|from|until|till|til|before|after|between|and|to) "
    r"(?P<hour>" + _HOUR_WORD + r")"
    r"(?:(?P<minute> (?:" + "|".join(sorted(_MINUTE_WORDS, key=len, reverse=True)) + r"))\b"
    r"|(?=\s*(?:am|pm|a m|p m|o ?clock|sharp|ish|today|tomorrow|tonight|this|in the|"
    r"on (?:thursday|friday|day)|(?:and|to|till|until|-) (?:\d|" + _HOUR_WORD + r")\b|"
    r"[?.!,;]|$)))")


def _in_digits(match: re.Match[str]) -> str:
    hour = _HOUR_NUMBERS[match.group("hour")]
    minute = match.group("minute")
    if minute is None:
        return f"{match.group('said')} {hour}"
    return f"{match.group('said')} {hour}:{_MINUTE_WORDS[minute.strip()]:02d}"


def _said_time(match: re.Match[str], first: int) -> dt.time | None:
    """The time of ``_TIME``'s three groups, from group ``first`` on."""
    hour, minute, meridiem = match.group(first, first + 1, first + 2)
    return _afternoon(int(hour), int(minute or 0), meridiem)


def _hours_later(folded: str, now: dt.datetime) -> dt.datetime | None:
    """The moment "in 2 hours", "in an hour" from now ("in 20 minutes" is what comes
    next: ``_NEXT``)."""
    minutes = _IN_MANY_MINUTES.search(folded)
    if minutes is not None and int(minutes.group(1)) >= 60:
        return now + dt.timedelta(minutes=int(minutes.group(1)))
    match = _IN_HOURS.search(folded)
    if match is None:
        return None
    said = match.group(1) or match.group(2) or match.group(3)
    hours = int(said) if said.isdigit() else _HOURS_SAID[said]
    part = next((f for said, f in _FRACTIONS.items() if said in match.group(0)), 0.0)
    return now + dt.timedelta(hours=hours + part)


def _afternoon(hour: int, minute: int, meridiem: str | None) -> dt.time | None:
    """The time on the 24-hour clock, an hour without am or pm from 1 to 7 in the
    afternoon (a conference day's)."""
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    elif meridiem is None and 1 <= hour <= 7:
        hour += 12  # "at 3" during a conference day means the afternoon
    if hour > 23 or minute > 59:
        return None
    return dt.time(hour, minute)


def is_pure_schedule_question(
    kb: KnowledgeBase, question: str, room: Room | None, extra: frozenset[str] = frozenset(),
) -> bool:
    """``extra`` words (the names of sessions the question names) count as the
    programme's words."""
    room_words = _all_room_words(room) if room is not None else frozenset()
    place = _venue_place(kb)
    if room is not None and _MAIN_ROOM.search(fold(question)):
        room_words |= _MAIN_ROOM_WORDS  # "the big hall"
    for token in tokenize(question):
        if token.stop or token.stem in _SCHEDULE_WORDS or token.word in _SCHEDULE_WORDS:
            continue
        if token.word in extra:
            continue
        if (token.stem in room_words or token.word.isdigit() or token.stem in _SESSION_KINDS
                or _CLOCK_WORD.fullmatch(token.word) or token.word in place
                or (room is not None and _CR_ROOM.fullmatch(token.word))):
            continue
        return False
    return True


def _without_the_city_now(kb: KnowledgeBase, question: str) -> str:
    """The question without "in New York" (the city of the conference's time zone) where
    it asks what is on now or in so many hours: "I'm on Brussels time - what's happening
    in New York right now?" asks the programme from afar. Said of another moment ("what's
    on in New York this weekend?") it is as often about the city, and stays."""
    city = _city_said(kb)
    if city.search(question) is None:
        return question
    said = " ".join(words(question))
    if not (_NOW.search(said) or _IN_HOURS.search(said)) or _CLOCK_ASKED.search(said):
        return question
    return city.sub(" ", question)


# "What time is it in New York right now?": the city's clock, not its programme.
_CLOCK_ASKED = re.compile(r"\b(?:what time is it|what s the time|whats the time|"
                          r"(?:the|local) time (?:is it |now )?in|time difference|time ?zone)\b")


@per_object(8)
def _city_said(kb: KnowledgeBase) -> re.Pattern[str]:
    city = kb.conference.timezone.rpartition("/")[2].replace("_", " ")
    return re.compile(rf"\b(?:in|at) (?:the city of )?{re.escape(city)}(?: city)?\b",
                      re.IGNORECASE)


@per_object(8)
def _venue_place(kb: KnowledgeBase) -> frozenset[str]:
    """The venue's name and initials: "what's going on at the UN right now" asks the
    programme no less for saying where."""
    return venue_name_words(kb)


def _asks_for_programme(kb: KnowledgeBase, clause: str) -> bool:
    """Whether a clause names the programme: a cue ("what's on", "next"), a session or a
    kind of session ("stuck in traffic. Which session is on now?"), or a room."""
    return bool(
        _PROGRAMME_CUE.search(clause) or _NEXT.search(clause)
        or _NOW_CUE.search(clause)
        or {t.stem for t in tokenize(clause)} & (_SESSION_KINDS | {_SESSION_WORD})
        or find_room(kb, clause) is not None
    )


# Words by which the asking clause points back at the story told around it.
_BACK = frozenset("it its they them those one ones he she him her his".split())
# A clause that asks: opened by a question word or an auxiliary verb.
_ASKS = re.compile(
    r"^\s*(what|whats|what's|when|where|which|who|how|is|are|was|were|did|does|do|has|have|"
    r"will|would|can|could|should|am|any|anything)\b")


def _asking_sentences(question: str) -> list[str]:
    """The sentences of a message of several that ask: those with a question mark, or
    else the last one. None for a message of one sentence."""
    sentences = _ASKING.split(question.strip())
    if len(sentences) < 2:
        return []
    return [s for s in sentences if "?" in s] or sentences[-1:]


def _asking_clauses(question: str) -> list[str]:
    """The clauses of a sentence of several that ask (opened by a question word or an
    auxiliary verb): "what's first tomorrow" in "done for today, what's first tomorrow?".
    None for a sentence of one clause."""
    clauses = _clauses(question)
    if len(clauses) < 2:
        return []
    return [c for c in clauses if _ASKS.search(fold(c))]


def _clauses(question: str) -> list[str]:
    text = question.strip().rstrip("?!. ")
    headed = _heading(text)
    if headed is not None:
        return [headed[0], *_clauses(headed[1])]
    return [c for c in _LAST_CLAUSE.split(text) if c.strip()]


def _heading(text: str) -> tuple[str, str] | None:
    """A message's heading before a colon and the rest: "Booth shift check: when does the
    next session begin?" (not the colon of "...for both days please: what happens
    Thursday")."""
    head, colon, rest = text.partition(": ")
    if colon and (len(head.split()) <= _HEADING_WORDS or (
            len(head.split()) <= _TOLD_HEADING_WORDS and (
                not _says_the_programme(head) or _asks_what_is_on_now(rest)))):
        return head, rest
    return None


def _asks_what_is_on_now(text: str) -> bool:
    """Whether a question after a heading asks what is on now: the heading's own items
    are then only who asks ("Volunteer at the lunch desk: which side events are on right
    now?")."""
    return bool(_SAYS_NOW.search(" ".join(words(text))))


def _says_the_programme(text: str) -> bool:
    """Whether words say anything of the programme: a cue, a kind of item, a day or a
    part of one (a heading that says one asks of the programme)."""
    return _names_the_programme(text) or bool(DAY_WORDS.intersection(words(text)))


def _names_the_programme(text: str) -> bool:
    """Whether words say the programme by a cue ("what's on", "next", "now") or a kind of
    item, whatever day they name."""
    live = " ".join(words(text))
    said = {t.stem for t in tokenize(text)}
    return bool(_PROGRAMME_CUE.search(live) or _NEXT.search(live) or _NOW_CUE.search(live)
                or said & (_SESSION_KINDS | {_SESSION_WORD}))


def _says_only_its_day(kb: KnowledgeBase, head: str, rest: str, moment: dt.datetime) -> bool:
    """Whether a heading says nothing of the programme but a day, the one the question
    after it names too ("For the last pick-up run of the day: what time is the final
    thing on today's programme over?")."""
    head = _OF_THE_DAY.sub("today", head)
    if _names_the_programme(head):
        return False
    live = " ".join(words(head))
    today = local(kb, moment).date()
    day = _named_day(kb, live, today)
    asked = " ".join(words(_OF_THE_DAY.sub("today", rest)))
    return day is not None and day == _named_day(kb, asked, today)


# The most words a message's heading before a colon has ("Catering again:"); more when
# it says nothing of the programme ("Quick one for the blog:", "My phone is still on
# Tokyo time, so in New York time please:").
_HEADING_WORDS = 4
_TOLD_HEADING_WORDS = 14
_START_OR_END = r"start|starts|begin|begins|end|ends|finish|finishes|let out|lets out"
_STARTS_OR_ENDS = re.compile(rf"\b(?:{_START_OR_END}|starting)\b")
# "..., or has the opening finished?": a second question, another way of asking the first.
# "... the midday break is over": what is over, in group 1.
_OVER = r"over|done|finished|ended|wrapped up"
_SAID_OVER = rf"(?:the |this )?(\w+(?: \w+){{0,3}}?) (?:is|are|has|have)? ?(?:{_OVER})\b"
_ONCE_OVER = re.compile(r"\bonce " + _SAID_OVER, re.IGNORECASE)
# After "when", a word that makes it ask ("when is the opening over?") rather than say
# from when ("when the opening is over, ...").
_NOT_ASKING = r"(?!(?:is|are|was|were|will|does|do|did|has|have|would|should|can)\b)"
# "When session two is finished, what is next?": once it is. Not "when is the opening
# over?", which asks when it ends: the clause says what is over, then asks on.
_WHEN_OVER = re.compile(
    r"\bwhen " + _NOT_ASKING + _SAID_OVER
    + r"(?=\s*[,;:]|\s+(?:what|which|where|is|are|any)\b)",
    re.IGNORECASE)
# "Opening's just finished, what's next?", "the plenary is over. What now?": a first
# clause that tells what just ended, then asks what follows it, as "after the opening,
# what's next?" does (not the opening itself, which the clause only names).
_JUST_OVER = re.compile(
    r"^\W*(?:(?:ok|okay|so|right|well|hi|hey)\b[,!]?\s*)?(?:the |this )?"
    # not "when session 1 is finished, ...", "once it is over": ``_WHEN_OVER``, ``_ONCE_OVER``
    r"(?!(?:when|once|after|if|as soon as)\b)(\w+(?: \w+){0,3}?)"
    rf"(?:['’]s| is| are| has| have)?(?: just| now)? (?:{_OVER})\b"
    r"(?=\s*[,;:.!?-]+\s*(?:(?:so|and|ok)\b,?\s*)?"
    r"(?:what(?:['’]s|s| is| comes| happens)? (?:\w+ )?(?:next|now|on|after)"
    r"|anything (?:next|else|on)))",
    re.IGNORECASE)
# A whole clause that says from when the next one asks ("when session two is finished",
# "once the opening is over"): the parts of a question read it as no question of its own.
FROM_WHEN = re.compile(
    rf"(?:when|once|after|as soon as) {_NOT_ASKING}(?:[\w-]+ ){{1,4}}(?:is |are |has |have )?"
    rf"(?:{_OVER}|ends|finishes|wraps up)")
_OF_THE_DAY = re.compile(r"\b(?:of|for) the day\b", re.IGNORECASE)
# "this am whats on", "anything this pm?": this morning, this afternoon.
_THIS_AM = re.compile(r"\bthis\s+a\.?m\b\.?", re.IGNORECASE)
_THIS_PM = re.compile(r"\bthis\s+p\.?m\b\.?", re.IGNORECASE)
# A subject the story names, pointed back at: "... on that?", "about this topic" (not
# "on that day", which says when).
_ABOUT_THAT = re.compile(
    r"\b(?:about|on|regarding|concerning|covering) (?:that|this|these|those)\b"
    r"(?! (?:day|days|date|morning|afternoon|evening|night|lunchtime|lunch|break|week|"
    r"weekend|time|year|floor|room|hall)\b)")
_POINTS_BACK_ALONE = re.compile(r"^(?:is|are|has|have|did|does|do|was|were|will)\s+"
                                r"(?:it|that|they|this|she|he)\b")
_OR_ASKS = re.compile(r"\s+or\s+(?=(?:is|are|am|has|have|did|does|do|was|were|will)\b)",
                      re.IGNORECASE)
# A clause that asks when ("when does it begin?", "at what time...").
_ASKS_WHEN = re.compile(
    r"^\s*(?:when|what time|at what time|how long|how much longer|(?:what|which) hours"
    r"|(?:has|have|is|are|did) (?:it|they|that)(?: already| yet)?"
    r" (?:started|begun|finished|ended|over|underway|in progress)"
    r"|has (?:it|that) (?:already |yet )?(?:started|begun|finished|ended))\b")
# "Is it on day 1 or day 2?", "thursday or friday?": which of two days.
_TWO_DAYS = r"(?:day \w+|\w+day) or (?:on )?(?:day \w+|\w+day)"
_EITHER_DAY = re.compile(rf"\b{_TWO_DAYS}\b")
# What only a session's card says: its state, its day, its hour to the minute.
_STATE = (r"started|begun|began|commenced|underway|in progress|finished|scheduled|"
          r"over already|already over|over yet|ended|"
          r"did i miss|have i missed|"
          rf"(?:which|what) day|at what hour|how much longer|{_TWO_DAYS}")
_ITS_STATE = re.compile(rf"\b(?:{_STATE})\b")
# What a question asks of a session named by its subject: its state, or when it is on,
# starts or ends, how long it has left.
_WHEN_OR_WHETHER = re.compile(
    rf"\b(?:{_STATE}|when|what time|at what time|(?:which|what) date|start|starts|starting|"
    r"begin|begins|commence|commences|finish|finishes|wrap(?:s|ped)? up|how long|"
    rf"(?:{ON_NOW}|on) (?:now|right now|at the moment)|"
    r"still (?:on|going|running|happening))\b")
# Where an item is held: "where's the terrorist financing lunchtime event being held",
# "which room is the youth event in" (its card says where).
_WHERE_HELD = re.compile(
    r"^(?:where|wheres|which room|what room)\b(?: is| s| are| will)? the\b[^,;]{0,60}?"
    r"\b(?:side ?event|sideevent|event|session|discussion|panel|talk|workshop|one)s?"
    r"(?: (?:being |going to be |be )?(?:held|hosted|located|taking place|happening))?"
    r"(?: in| at)?\W*$")
# A last clause about the time of what the story names, by a word that points back at
# it ("how long till we start?", "is it over?").
_POINTS_BACK = re.compile(
    rf"\b(?:we|us|it|they|that)\b.*\b(?:{_START_OR_END}|over|started|begun|finished|ended|"
    r"underway|in progress|run|runs)\b"
    r"|\bhow (?:long|much longer) (?:till|until|before) (?:we|it|they)\b")


# An item named by its kind, and when it is: "the afternoon plenary", "the first plenary
# tomorrow", "this morning's session" (folded).
_KIND_SAID = re.compile(
    r"\b(?:the|this|today s|tomorrow s|(?:this|tomorrow) (?:morning|afternoon|evening) s)"
    r" (?:(?:first|next|last|final|morning|afternoon|evening|opening|closing) )*"
    r"(?:session|plenary|side event|panel|breakout)\b"
    r"(?: (?:today|tomorrow|tonight|this (?:morning|afternoon|evening)|on \w+day))?")
_IT = re.compile(r"\b(?:it|that)\b")


def _asking(clauses: list[str]) -> list[str]:
    """The clauses that ask: opened by a question word or an auxiliary verb."""
    return [c for c in clauses if _ASKS.search(fold(c))]


def _asks_when_it(kb: KnowledgeBase, clauses: list[str]) -> bool:
    """Whether a clause asks when what the story names starts or ends ("when does it
    begin?"; not "where would it end up?"), and no clause that asks names an item."""
    asking = _asking(clauses)
    return any(_ASKS_WHEN.search(fold(c)) and _POINTS_BACK.search(" ".join(words(c)))
               for c in asking) and not any(_names_an_item(kb, c) for c in asking)


def _names_an_item(kb: KnowledgeBase, clause: str) -> bool:
    """Whether a clause names a session or a kind of item ("the next session", "lunch")."""
    said = {t.stem for t in tokenize(clause)}
    return bool(named_sessions(kb, clause) or said & _SESSION_KINDS or _SESSION_WORD in said
                or "next" in said)


def _told_around(
    kb: KnowledgeBase, clauses: list[str], moment: dt.datetime
) -> ScheduleQuestion | None:
    """The one clause that asks, when every other clause tells the asker's situation:
    "running late, did session IV begin?", "when is the next session, I'm still in the
    badge queue", "I'm early - what's first today?". A second question ("where is my
    badge, and what's on today?") is not a situation: left to the parts of a question."""
    asking = _asking(clauses)
    if len(asking) == 2 and _follows_up(kb, asking[1]):
        # "which session is going on at the moment and what time does it let out?":
        # the second asks about what the first finds, whose card says it.
        asking = asking[:1]
    if len(asking) != 1:
        return None
    clause = asking[0]
    live = " ".join(words(clause))
    if ((_BACK.intersection(live.split()) or _POINTS_BACK_ALONE.match(live)
         or _ABOUT_THAT.search(live)) and not named_sessions(kb, clause)):
        # "I left my scarf in room 6 at lunch, where would it end up", "my friend is with
        # an NGO, can she just show up on tuesday?", "the side event on kidnapping, is
        # that on at lunchtime?", "I work on solitary confinement. Anything in the
        # programme on that?": "it", "she" and "that" are the story's.
        return None
    room = find_room(kb, clause)
    if not (named_sessions(kb, clause) or _asks_for_programme(kb, live)
            or is_pure_schedule_question(kb, clause, room)):
        return None
    if room is None:
        # "Conference Room 2 - what's there at lunchtime? checking before I book": a
        # room said as the message's heading is the room asked about.
        heading = next((c for c in clauses if c is not clause and _is_a_room(kb, c)), None)
        clause = clause if heading is None else f"{heading} {clause}"
    if not _says_a_time(kb, clause, moment):
        # "Two hours from now, what's happening? Trying to plan my day": a time of day
        # said as the heading is the time asked about (not a day or a part of one: a
        # story's "thursday morning" is as often about something else, measured).
        heading = next((c for c in clauses if c is not clause
                        and is_pure_schedule_question(kb, c, find_room(kb, c))
                        and _says_a_clock(c)), None)
        clause = clause if heading is None else f"{heading} {clause}"
    return _understand(kb, _on_the_storys_day(kb, clause, clauses, moment), moment)


# "that day", "the same day": the day the story names ("I only arrive on Friday.
# What's on that day?"), not the first of the programme.
_THAT_DAY = re.compile(r"\b(?:that|the same) day\b")


def _on_the_storys_day(
    kb: KnowledgeBase, clause: str, clauses: list[str], moment: dt.datetime
) -> str:
    """The asking clause with the day its "that day" points back at, when the story
    names one of the conference's days and the clause names none."""
    if not _THAT_DAY.search(fold(clause)):
        return clause
    named = _storys_day(kb, clause, clauses, local(kb, moment).date())
    return clause if named is None else f"{clause} on {named}"


def _storys_day(
    kb: KnowledgeBase, clause: str, clauses: list[str], today: dt.date
) -> str | None:
    """The day the story around an asking clause names ("Friday 29 June", as the
    programme reads a day), when the clause names none itself."""
    if _named_day(kb, " ".join(words(clause)), today) is not None:
        return None
    day = _named_day(kb, " ".join(words(_story(clauses, clause))), today)
    return None if day is None else f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def _follows_up(kb: KnowledgeBase, clause: str) -> bool:
    """Whether an asking clause asks about what the one before it found ("and what time
    does it let out?"): it points back and names nothing of the programme itself."""
    live = " ".join(words(clause))
    return bool(_BACK.intersection(live.split())) and not (
        named_sessions(kb, clause) or _asks_for_programme(kb, live))


def _says_a_clock(clause: str) -> bool:
    """Whether a clause says a time of day, or hours from now."""
    return bool(_clock(_with_colons(fold(clause))) or _IN_HOURS.search(" ".join(words(clause))))


def _says_a_time(kb: KnowledgeBase, clause: str, moment: dt.datetime) -> bool:
    """Whether a clause says when: a time of day, hours from now, a day or part of one."""
    live = " ".join(words(clause))
    return bool(_says_a_clock(clause) or _SAYS_WHEN.search(live)
                or _named_day(kb, live, local(kb, moment).date()))


def _is_a_room(kb: KnowledgeBase, clause: str) -> bool:
    """Whether a clause is a room's name and nothing more ("Conference Room 2")."""
    room = find_room(kb, clause)
    return room is not None and all(
        t.stop or t.stem in _all_room_words(room) or t.word.isdigit()
        or _CR_ROOM.fullmatch(t.word) for t in tokenize(clause))


def _with_storys_time(
    kb: KnowledgeBase, clause: str, clauses: list[str], moment: dt.datetime
) -> str:
    """The last clause, a live programme question, with the time the story before it
    gives, when it gives none itself: "we have a bilateral at 11:30 tomorrow; which
    plenary session would we be missing?" asks what is on at 11:30 tomorrow, not now.
    (Only there: an asking clause without a live word, after a story with a time, is
    more often about something else than that time, measured on the blind sets.)"""
    if (_clock(fold(clause)) is not None or _SAYS_WHEN.search(" ".join(words(clause)))
            or named_sessions(kb, clause)):
        # It says when, or names the session it is about ("I land at 2, will I miss
        # the opening?": the opening's time, not 2 o'clock's).
        return clause
    clock = _storys_clock(_story(clauses, clause))
    if clock is None:
        return clause
    named = _storys_day(kb, clause, clauses, local(kb, moment).date())
    return f"{clause} at {clock:%H:%M}" + ("" if named is None else f" on {named}")


# A last clause that asks about the time said before it: "what's on in there then?" (not
# "... hoping to grab a colleague then", which asks nothing).
_THEN = re.compile(r"^(?:what|which|who|where|is|are|anything|any)\b.*"
                   r"\b(?:then|at that (?:time|point|hour|moment))$")


def _story(clauses: list[str], clause: str) -> str:
    """The clauses told around the one that asks, folded."""
    return fold(" ".join(c for c in clauses if c is not clause))


def _storys_clock(story: str) -> dt.time | None:
    """The time of day a story says, as the programme reads one ("at 11:30", "at quarter
    past three")."""
    return _clock(_with_colons(story))


# A meal served still: whether the meal's session is still on.
_MEALS = r"(lunch|breakfast|dinner|supper|brunch)"
_SERVED_STILL = re.compile(rf"\b{_MEALS}\s+(?:still\s+)?being\s+served(?:\s+still)?\b",
                           re.IGNORECASE)
_STILL_SERVING = re.compile(
    rf"\b(?:are|is)\s+(?:they|you|we|the\s+\w+)\s+still\s+serving\s+{_MEALS}\b",
    re.IGNORECASE)


# "What did I miss?" with nothing after it: what was on today (a lost thing is "I
# missed my badge", not this).
_MISSED_ALONE = re.compile(
    r"^(\W*what (?:did|have) (?:i|we) (?:miss|missed))(?: so far)?(?=\W*$)", re.IGNORECASE)
_EARLIER_TODAY = re.compile(r"\b(?:earlier today|today so far|so far today)\b",
                            re.IGNORECASE)


def understand(kb: KnowledgeBase, question: str, moment: dt.datetime) -> ScheduleQuestion | None:
    """Read a programme question, or None when the question is about something specific.

    A message whose last clause is a live programme question ("just landed at JFK,
    what's on in the hall right now?") is read from that clause; one that sets some
    items aside ("anything on now apart from lunch?") is read without them.
    """
    question, leave_out = _set_aside(kb, question)
    # "Is lunch still being served?", "are they still serving lunch?": whether it is on.
    question = _SERVED_STILL.sub(r"\1 still on", question)
    question = _STILL_SERVING.sub(r"is \1 still on", question)
    # "What did I miss?", "what was on earlier today?": today's programme so far.
    question = _MISSED_ALONE.sub(r"\1 today", question)
    question = _EARLIER_TODAY.sub("today", question)
    sentences = [x for x in _ASKING.split(question.strip()) if x.strip()]
    fallback = _IF_NOT.match(sentences[-1]) if len(sentences) > 1 else None
    if fallback is not None:
        # "Is anything else on this evening? If not, what's the first thing tomorrow?":
        # the answer to the last says whether the first was so; read alone (its
        # "tomorrow" is not this evening's).
        question = sentences[-1][fallback.end():]
    asked = _understood(kb, question, moment)
    if (fallback is not None and asked is not None and asked.intent is Intent.NEXT
            and _SAYS_NOW.search(" ".join(words(sentences[0])))):
        # "Is anything on now? If not, what's next?": both, what is on first.
        asked = dataclasses.replace(asked, also_now=True)
    if asked is not None and leave_out and asked.intent not in (
            Intent.STATUS, Intent.START, Intent.END, Intent.LENGTH):
        return dataclasses.replace(asked, leave_out=leave_out)
    if asked is not None and asked.intent is Intent.STATUS and len(asked.named) > 1:
        return dataclasses.replace(asked, named=_the_last_if_asked(asked.named, question))
    return asked


# "The last coffee break", "the final break": of the items a name fits, the last in
# time (not "last night", when a story happened). "The first coffee break" is read as the
# first item of a listing already.
_LAST_SAID = re.compile(r"\b(?:last|final)\b(?! (?:night|week|weekend|time|year|month)\b)")


def _the_last_if_asked(named: tuple[Session, ...], question: str) -> tuple[Session, ...]:
    """``named``, or its last in time where the question asks for it."""
    if _LAST_SAID.search(" ".join(words(question))) is None:
        return named
    return (max(named, key=lambda s: (s.day, s.start)),)


def _set_aside(kb: KnowledgeBase, question: str) -> tuple[str, frozenset[str]]:
    """The question without its "apart from lunch", "other than the side events", and
    the ids of the sessions so set aside: those of that kind, or named. Words set aside
    that name no item of the programme ("other than that, is there wifi?") are kept."""
    match = _BESIDES.search(question)
    if match is None:
        return question, frozenset()
    # The words after "apart from" up to the last one that names something: "apart from
    # lunch right now" sets lunch aside, not "right now"; "the lunch break", all three.
    spans = [m.span() for m in re.finditer(r"\S+", match.group(1))]
    following = [match.group(1)[start:end] for start, end in spans]
    for count in range(min(len(following), 4), 0, -1):
        said = " ".join(following[:count])
        tokens = tokenize(said)
        named = named_sessions(kb, said)
        food = bool(tokens) and tokens[-1].word in _FOOD_WORDS
        if not tokens or not (tokens[-1].stem in _SESSION_KINDS or food
                              or tokens[-1].word in name_words(kb, named)):
            continue
        # "apart from food": the programme's meals and breaks
        kinds = {t.stem for t in tokens} & _SESSION_KINDS | (_BREAK_KINDS if food else set())
        left = frozenset(s.id for s in kb.sessions if title_stems(s) & kinds) | frozenset(
            s.id for s in named)
        end = match.start(1) + spans[count - 1][1]
        return question[:match.start()] + question[end:], left
    return question, frozenset()


# Things held, asked for as such: a listing of them leaves the pauses out.
_EVENTS_ASKED = re.compile(r"\b(?:events|talks|activities|panels)\b")
# "How late do they go on day 1?": until when.
_HOW_LATE = re.compile(r"\bhow late\b", re.IGNORECASE)


def _said_plainly(question: str) -> str:
    """The question with a countdown said as "how long" and "how late" as "until when"."""
    return _HOW_LATE.sub("until when", _COUNTDOWN.sub("how long", question))


def _understood(kb: KnowledgeBase, question: str, moment: dt.datetime) -> ScheduleQuestion | None:
    asked = _understand(kb, _said_plainly(question), moment)
    headed = _heading(question.strip()) if asked is None else None
    if headed is not None and (not _says_the_programme(headed[0])
                               or _asks_what_is_on_now(headed[1])):
        # "Booth check: Session II, start and finish times please.": the heading only
        # says who asks; what follows it is the question (``_heading``).
        asked = _understand(kb, _said_plainly(headed[1]), moment)
    if asked is None:
        head, colon, rest = question.strip().partition(": ")
        if (colon and len(head.split()) <= _TOLD_HEADING_WORDS
                and _says_only_its_day(kb, head, rest, moment)):
            # "Drawing up today's movement plan: what is the first item on the programme
            # this morning?": a heading that says only the day the question says too.
            asked = _understand(kb, _said_plainly(rest), moment)
    if (asked is not None and asked.room is not None and asked.kinds == {_LUNCH}
            and asked.part is None
            and not any(asked.choose.keep(s) for s in kb.sessions)):
        # "Conference Room 2 at lunch": no lunch is held there; the lunchtime is asked.
        asked = dataclasses.replace(asked, kinds=frozenset(), part="lunchtime")
    said = {t.stem for t in tokenize(_AFTER_A_SESSION.sub(
        " ", _THIS_SESSION.sub(" ", _FOLLOWS.sub("after", fold(question)))))}
    if (asked is not None and _PLENARY in asked.kinds
            and not any(_PLENARY in title_stems(s) for s in kb.sessions)):
        # "The afternoon plenary" where no title says plenary: the programme's sessions.
        others = asked.kinds - {_PLENARY}
        return dataclasses.replace(asked, kinds=others, breaks=bool(others),
                                   side_events=bool(others))
    if (asked is not None and asked.kinds
            and asked.intent in (Intent.DAY, Intent.AT, Intent.NEXT)
            and not any(asked.choose.keep(s) for s in kb.sessions)):
        # "Is there a reception on Thursday evening?", "how long until the reception?"
        # where the programme has none at all: it may not list such things, so it cannot
        # say there is none, nor that the next thing on is one. Unless the kind is only
        # the story's: "coffee break now, what is next?" asks what comes next.
        last = _clauses(question)[-1:]
        if (last and last[0].strip() != question.strip()
                and not {t.stem for t in tokenize(last[0])} & asked.kinds):
            return _understand(kb, _said_plainly(last[0]), moment)
        return None
    if (asked is not None and not asked.kinds and asked.breaks and asked.part == "lunchtime"
            and _DURING_THE_LUNCH_BREAK.search(" ".join(words(question)))
            and _held_during_lunch(kb, asked.day)):
        # "Anything on during the lunch break today?": the pause says when, and what else
        # is on then is asked (the lunch itself only where nothing else is).
        asked = dataclasses.replace(asked, breaks=False)
    if (asked is not None and not asked.kinds and asked.breaks
            and _EVENTS_ASKED.search(fold(question))):
        # "lunchtime events today?", "which events are on at 1:15?": what is held then,
        # not the break it is held in.
        asked = dataclasses.replace(asked, breaks=False)
    if asked is not None and not asked.kinds and (
            _SESSION_WORD in said or (_MEETING_WORD in said and asked.part is not None)):
        # Only where one session is wanted ("when does the afternoon session start",
        # "the next session"; "the afternoon meeting", said with a part of the day):
        # a listing of the afternoon's sessions shows them all.
        one = asked.first_only or asked.last_only or asked.intent is Intent.NEXT
        side_events = not one or asked.room is not None or _SIDE_EVENT in said
        return dataclasses.replace(asked, breaks=False, side_events=side_events)
    return asked


def _pauses_said_as_the_time(named: Sequence[Session], folded: str) -> bool:
    """"What's happening over the lunch break apart from eating?": the breaks it names say
    when, they are not what it asks about."""
    return all(is_pause(s) for s in named) and bool(_DURING_A_BREAK.search(folded))


def _held_during_lunch(kb: KnowledgeBase, day: dt.date | None) -> bool:
    """Whether anything but a break starts during a lunch break (that day's, or any)."""
    lunches = [s for s in kb.sessions if _LUNCH in title_stems(s) and day in (None, s.day)]
    return any(not is_pause(s) and s.day == lunch.day and lunch.start <= s.start < lunch.end
               for lunch in lunches for s in kb.sessions)


def _understand(kb: KnowledgeBase, question: str, moment: dt.datetime) -> ScheduleQuestion | None:
    if not kb.sessions or points_back(question):
        # "ok the first one pls": a follow-up to a conversation the bot does not keep.
        return None
    as_asked = fold(question)
    if (_A_PLACE_FOR.search(as_asked) or _ANOTHER_EDITION.search(as_asked)
            or _FIRST_OF_ITS_KIND.search(as_asked)
            or _WHY.search(as_asked) or _MEAL_GIVEN.search(as_asked) or _DIET.search(as_asked)
            or _WHAT_TO_DO.search(as_asked)
            or _asks_a_property(kb, question, moment)):
        return None
    question = _HAND_OVER.sub(" ", _POLITE.sub(" ", question))
    question = _A_DAYS_NIGHT.sub(r"\1 evening", _REPORTED.sub(" ", question))
    question = _ISH.sub(r"around \1", question)  # "anything on at 2ish?"
    question = _UNDER_WAY.sub("underway", question)
    for wording, plainly in _SAID_PLAINLY:
        question = wording.sub(plainly, question)
    question = _FOLLOWS.sub("after", question)  # "which session follows lunch?"
    # "Which plenary comes before the FTF session?": the one item before it.
    one_before = bool(_ONE_BEFORE.search(fold(question)) or _PRECEDES.search(question))
    question = _PRECEDES.sub("before", question)
    # "Once the midday break is over, what ...?": after it. "The last meeting of the
    # day": today's.
    question = _ONCE_OVER.sub(r"after \1", _OF_THE_DAY.sub("today", question))
    question = _WHEN_OVER.sub(r"after \1", question)
    question = _JUST_OVER.sub(r"after \1", question)
    question = _THIS_PM.sub("this afternoon", _THIS_AM.sub("this morning", question))
    # "What will be on when I arrive around 4pm?": what is on at 4pm.
    question = _ARRIVING.sub(" ", question)
    question = _without_the_city_now(kb, question)
    question = _AND_WHEN_THERE.sub("?", question)
    said = " ".join(words(question))
    if _RUNNING_TO_TIME.match(said) and not named_sessions(kb, question):
        # "Are we running on time?": the state of what is on now, delayed or not (its
        # card says so first); with nothing on, what is on says that and what is next.
        where = find_room(kb, question)
        on = _the_one_on(kb, moment, where)
        return (ScheduleQuestion(Intent.STATUS, room=where, named=(on,)) if on is not None
                else ScheduleQuestion(Intent.NOW, room=where))
    who = _WHO_SPEAKS.match(said)
    if who is not None and _NOW.search(said):
        # "Who's speaking right now?": the card of the item on now names its speakers
        # and chair (the FAQ's entry on who chairs the sessions says nothing of now).
        question = "what is on" + said[who.end():]
    room = find_room(kb, question)
    if room is None and _ROOM_NUMBER.search(fold(question)):
        # "What's on in conference room 4?" where the programme has no such room: not a
        # listing of every room's sessions.
        return None
    if room is not None and not _holds_sessions(kb, room) and _OPENS_OR_CLOSES.search(
            fold(question)):
        # "What time does the quiet room close in the evening?": the place's hours,
        # which the programme does not hold ("Nothing is scheduled in the quiet room
        # then" answered no one).
        return None
    named = named_sessions(kb, question)
    # Abbreviations expanded ("rn" -> "right now", "tmrw" -> "tomorrow").
    folded = " ".join(words(question))
    if _BEFORE_THE_ONE_ON.search(folded):
        # "What was on before this session?": the one item before the one on now.
        on = _the_one_on(kb, moment, room)
        return _before_it(on, last_only=True) if on is not None else None
    lunch = _is_it_lunch(kb, folded, moment)
    if lunch is not None and all(_LUNCH in title_stems(s) for s in named):
        # "Is it lunchtime yet?": whether today's lunch break has begun, not what is on
        # (a day without one lunch break: what runs now, ``_listed``). "Is it lunch
        # yet?" names both days' lunch breaks: today's is asked.
        return ScheduleQuestion(Intent.STATUS, named=(lunch,))
    if len(named) > 1 and _MAY_I_GO.search(folded):
        # "Can I go to breakout A and breakout B both?": whether one may, which is the
        # FAQ's to say (one session alone: its access, ``attendance``).
        return None
    after_said = after_words(kb, folded)
    pure = is_pure_schedule_question(kb, question, room)
    # Pure only by a session's name ("opening is at 10, when should I get there?"): a
    # question about that session or none, not a listing at a time.
    by_name = (not pure and bool(named)
               and is_pure_schedule_question(kb, question, room, name_words(kb, named)))
    after = frozenset().union(*after_said)
    if len(named) == 1 and _AFTER_IT.search(folded):
        # "I'm in the victims side event - what's on after it finishes?": what comes
        # after the one the question names.
        return _after_it(kb, named[0])
    if not (pure or by_name or (after and is_pure_schedule_question(kb, question, room, after))):
        read = _read_around(kb, question, moment, named)
        if read is None:
            beside = _next_to(kb, question, last_only=one_before)
            if beside is not None:
                return beside
        if read is None and not after and len(named) <= 1:
            # "Is the session on sharing information already in progress?", "at what
            # hour does the one about foreign fighters returning home conclude?": the
            # session its subject names, in the sentence that asks when or whether. One
            # named by its name, only asked its state ("when is my handover in Session
            # IV?" asks no time of the session).
            for sentence in SENTENCE_BREAK.split(question):
                said = " ".join(words(sentence))
                if named and named_sessions(kb, sentence) == named and _ITS_STATE.search(said):
                    return ScheduleQuestion(Intent.STATUS, named=named)
                about = subject_named(kb, sentence) if not named else None
                if about is not None and _AFTER_IT.search(said):
                    return _after_it(kb, about)  # named by its subject
                if about is not None and (_WHEN_OR_WHETHER.search(said)
                                          or _WHERE_HELD.search(said)):
                    return ScheduleQuestion(Intent.STATUS, named=(about,))
                by_room = (_the_rooms_state(kb, room, said, moment)
                           if not named and about is None else None)
                if by_room is not None:
                    return by_room
        return read
    if room is not None and not _narrows(kb, room, question):
        room = None
    by_room = _the_rooms_state(kb, room, folded, moment) if not named else None
    if by_room is not None:
        return by_room
    kinds = frozenset(t.stem for t in tokenize(question)) & _SESSION_KINDS
    if _COFFEE in kinds:  # "the coffee break" is the coffee, not any break (lunch's)
        kinds -= {_BREAK}
    noun = own_event_noun(kb)
    if noun is not None:  # "the workshop", in a workshop's file: the event, not a kind
        kinds -= {stem(noun)}
    if room is not None:  # "the plenary" may name a room, not a kind of session
        kinds -= _all_room_words(room)
    # "What comes after the financing side event?": the item it counts from, not the
    # kind asked for.
    kinds -= {t.stem for m in _AFTER_WORDS.finditer(folded) for t in tokenize(m.group(1))}
    # "before lunch", "just before the lunch break": the item counted back from
    before_said = before_words(kb, folded)  # "secretary general s speech"
    kinds -= {stem(w) for said in before_said for w in said}
    if named and (after_said or before_said) and _ASKS_WHETHER.match(folded):
        # "Is session 4 after lunch?", "is Session III before lunch?": whether the one
        # named is, which its card says by its time (not what comes after lunch today).
        marks = [*after_said, *before_said]
        asked_of = tuple(s for s in named
                         if not any(named_in_full(kb, s, marked) for marked in marks))
        if asked_of and _all_in(asked_of, room):
            return ScheduleQuestion(Intent.STATUS, room=room, named=asked_of)
    if kinds - _BREAK_KINDS and _DURING_A_BREAK.search(folded):
        # "Which side events are there over lunch today?": the pause says when, the
        # other kind what is asked for.
        kinds -= _BREAK_KINDS
    today = local(kb, moment).date()
    # The day a time or a part of a day is on when no day is named: today, or before the
    # conference its first day ("what's on at 3pm?" a week before).
    unnamed = max(today, min(kb.conference.dates))
    day = _named_day(kb, folded, today)
    every_day = bool(_EVERY_DAY.search(folded))
    if day is not None and _names_every_day(kb, folded):
        # "What happens on Thursday and on Friday?": the whole programme, not its first day.
        day, every_day = None, True
    number = _day_number(folded.split()) if day is None else None
    if number is not None and number >= len(kb.conference.dates):
        # "What's on day 3?" at a two-day conference: which days it has.
        return ScheduleQuestion(Intent.LENGTH)
    asking = (_asking_sentences(question) or _asking_clauses(question)
              if day is not None else [])
    if asking:
        # "Done for today. What's first tomorrow?", "done for today, what's first
        # tomorrow?": the (last) sentence or clause that asks says which day, when it
        # names one.
        day = _named_day(kb, " ".join(words(asking[-1])), today) or day
    part = next((p for p in PARTS_OF_DAY if p in folded.split()),
                "evening" if "tonight" in folded.split() else None)
    each_part = next((p for p in PARTS_OF_DAY if f"{p}s" in folded.split()), None)
    if day is None and (each_part or (part and every_day)) and not after_said:
        # "What's on at lunchtime on both days?", "what happens in the mornings?": that
        # part of every day (not today's, nor, on a day the conference does not run,
        # nothing).
        return ScheduleQuestion(Intent.DAY, part=each_part or part, room=room, kinds=kinds)
    if (day is None or day == today) and (day or unnamed) not in kb.conference.dates:
        # Asked on a day the conference does not run, about "tonight" or a time of day
        # without one: "what time is the reception tonight?" wants the reception, and
        # "any side events at lunchtime?" the side events, whatever day it is now (an
        # empty listing for today answered neither).
        if named and not after_said and _all_in(named, room):
            if _pauses_said_as_the_time(named, folded):
                return None  # what else is on then, the FAQ's as below
            return ScheduleQuestion(Intent.STATUS, room=room, named=named)
        if kinds and not named:
            # The one session of that kind is the answer ("what time is the
            # reception?"); several ("any side events at lunchtime?") are the FAQ's, and
            # so is coffee in the breaks, whatever one session serves it.
            wanted = kinds - _SERVICE_KINDS
            of_kind = [s for s in kb.sessions if title_stems(s) & wanted]
            if len(of_kind) == 1:
                return ScheduleQuestion(Intent.STATUS, room=room, named=(of_kind[0],))
            return None
    if part is None and _LUNCH in kinds and kinds <= _BREAK_KINDS and _DURING_LUNCH.search(folded):
        # "What's happening over the lunch break?", "anything on during lunch?": the pause
        # says when, and all that runs then is asked (the side events too), not the
        # lunch listing. (On a day the conference does not run, above, it is the FAQ's:
        # "what is there at lunch time besides eating?" asks about any of its days.)
        kinds, part = frozenset(), "lunchtime"
    elif (part is None and named and kinds - _BREAK_KINDS and _DURING_LUNCH.search(folded)
          and all(is_pause(s) for s in named)):
        # "Where are the side events at lunch?": lunch says when; the side events are
        # asked, not the lunch breaks the word names.
        kinds, part, named = kinds - _BREAK_KINDS, "lunchtime", ()
    with_marks = _with_colons(fold(question))  # its colon kept: "at 1:30" is not "at 1 30"
    clock = _clock(with_marks)
    later = _hours_later(folded, local(kb, moment)) if clock is None else None
    if later is not None:
        # "What's on in 2 hours?": what is on then.
        clock, day = later.time(), later.date()
    # "What comes before Session IV?" asked on Thursday: Friday's items before it.
    counted_back = day or _day_counted_back_from(kb, before_said) or unnamed
    window = _window(kb, with_marks, counted_back, before_said) if clock is None else None
    if window is not None:
        # "What's on after 3pm?", "anything between 2 and 4?", "what's on before lunch?"
        return ScheduleQuestion(Intent.DAY, day=counted_back, room=room, kinds=kinds,
                                window=window, last_only=one_before)
    since = _after_session(kb, after_said, day or unnamed, moment) if clock is None else None
    if since is not None:
        # "What's happening after lunch?": what comes next once that session is over.
        return ScheduleQuestion(Intent.NEXT, day=day, room=room, kinds=kinds, since=since)
    # A session named with its day ("when does the closing start on friday?") is that
    # session, as one named alone is: not the day's listing (which gave Friday's first
    # session a start asked for the closing's).
    of_the_day = tuple(s for s in named if day is None or s.day == day)
    if named and not of_the_day and _ASKS_WHETHER.match(folded):
        # "Is the closing session today?" asked on the Thursday: its card answers by
        # giving its own day (Friday); today's listing, without it, answered nothing.
        of_the_day = named
    # "The programme from the opening to the closing": the programme, not the opening.
    spanned = bool(_PROGRAMME_CUE.search(folded) and _FROM_TO.search(folded))
    status = (ScheduleQuestion(Intent.STATUS, room=room, named=of_the_day)
              if of_the_day and part is None and clock is None and not spanned
              and _all_in(of_the_day, room) else None)
    if spanned:
        # Its bounds are not what is asked ("... to the end" asks no last item), nor is
        # the day of one where both days are asked ("both days, from the opening to the
        # end on Friday").
        return _listed(kb, _FROM_TO.sub(" ", folded), room, kinds,
                       None if _EVERY_DAY.search(folded) else day, part, clock, today, unnamed)
    if by_name and status is None and (_STARTS_OR_ENDS.search(folded)
                                       or _EITHER_DAY.search(folded)
                                       or _ASKS_WHEN.search(folded)):
        # Only the session's name besides the programme's words, with a time: "does
        # session 3 start at 10 or 11?" asks when that session starts, which its card
        # says (the one of the day said, where it is named on two days).
        fits = tuple(s for s in named if day is None or s.day == day) or named
        return ScheduleQuestion(Intent.STATUS, room=room, named=fits)
    if by_name:
        return status
    if status is not None and not all(title_stems(s) & _SESSION_KINDS for s in named):
        # A session named by its own title ("the opening"), not by a kind ("lunch"),
        # which the listings below already read.
        return status
    asked = _listed(kb, folded, room, kinds, day, part, clock, today, unnamed)
    return asked if asked is not None or status is None else status


# "Tomorrow night", "Thursday night": that day's evening, as "tonight" is today's (not
# "last night", a story, nor "per night", a price).
_A_DAYS_NIGHT = re.compile(
    rf"\b(tomorrow|today|this|{'|'.join(WEEKDAYS)}) night\b", re.IGNORECASE)


# Whether the programme keeps to its times, asked of no session: "are we on time?", "is
# everything running late?" (read on ``words``).
_RUNNING_TO_TIME = re.compile(
    r"^(?:are|is) (?:we|things|everything|it all|the (?:programme|program|schedule|agenda|"
    r"conference|meeting|sessions?))(?: still)? (?:running )?(?:on time|on schedule|to time|"
    r"to schedule|late|behind(?: schedule| time)?|delayed|ahead of schedule)\b")


# Who is on the floor, asked of a moment: what is on then, whose card names them.
_WHO_SPEAKS = re.compile(
    r"^who(?: is| are)? (?:speaking|talking|chairing|presenting|moderating|on stage|"
    r"at the podium|on the podium|at the mic|at the microphone|taking the floor)\b")


# A question whether something is so ("is the closing today?", "will the youth event be
# on Thursday?"), not what or when.
_ASKS_WHETHER = re.compile(r"(?:is|are|will|does|do|was|were)\b")


# Not "the opening" or "the closing": those name sessions ("is the opening still going?
# ... if I can get to the stakeout").
_OPENS_OR_CLOSES = re.compile(
    r"\b(?:opens?|opened|close[sd]?|shuts?|opening hours|opening times|closing time"
    r"|held|holds?)\b")


def _is_it_lunch(kb: KnowledgeBase, folded: str, moment: dt.datetime) -> Session | None:
    """Today's one lunch break, when the question asks whether it is lunchtime."""
    if _IS_IT_LUNCHTIME.search(folded) is None:
        return None
    today = local(kb, moment).date()
    lunches = [s for s in kb.sessions if s.day == today and _LUNCH in title_stems(s)]
    return lunches[0] if len(lunches) == 1 else None


def _asks_a_property(kb: KnowledgeBase, question: str, moment: dt.datetime) -> bool:
    """Whether the question asks which sessions have a property ("which sessions are
    closed?"), saying nothing of when or where."""
    match = _OF_A_KIND_ARE.match(" ".join(words(question)))
    if match is None:
        return False
    predicate = match.group("predicate")
    return (predicate.split()[0] not in _TIMELY and not _says_a_time(kb, predicate, moment)
            and find_room(kb, predicate) is None and not _NOW.search(predicate))


def _all_in(named: tuple[Session, ...], room: Room | None) -> bool:
    """Whether every named session is held in the room the question names, if it names
    one: "the opening" asked with "info desk" in it is no question about the opening."""
    return room is None or all(s.room == room.id for s in named)


def _holds_sessions(kb: KnowledgeBase, room: Room) -> bool:
    return any(s.room == room.id for s in kb.sessions)


def _narrows(kb: KnowledgeBase, room: Room, question: str) -> bool:
    """Whether a room the question names narrows what it lists: not a place where
    nothing of the programme is held, said only in the story around the question ("I'm on
    the desk after lunch. What's on this afternoon?"); "what's on in the bilateral rooms
    tomorrow?" asks about it. Read only where a room is named, off most questions' path."""
    if _holds_sessions(kb, room):
        return True
    asks = _asking_sentences(question) or _asking_clauses(question)
    return not asks or any(find_room(kb, a) == room for a in asks)


def _not_the_pause(named: tuple[Session, ...]) -> tuple[Session, ...]:
    """The sessions a story names, without the break it only says the time by ("the
    victims side event over lunch: is it under way?"), when it names another."""
    held = tuple(s for s in named if not is_pause(s))
    return held or named


# What follows a question to narrow it ("wats 1st today? b4 lunch i mean"): no story.
_NARROWED = re.compile(r"\b(?:before|b4|after|until|till|i mean|or rather|sorry)\b")


def _read_around(
    kb: KnowledgeBase, question: str, moment: dt.datetime, named: tuple[Session, ...],
) -> ScheduleQuestion | None:
    """A question with words besides the programme's: the sentence or clause that asks,
    read around the story told with it."""
    asking = _asking_sentences(question)
    # "has the opening started yet? still stuck in the security queue": the sentence
    # that asks, when it names a session.
    for sentence in asking if named else []:
        if named_sessions(kb, sentence):
            return _understand(kb, sentence, moment)
    # "I'm signing for a deaf delegate. Straight after the opening, what comes next?":
    # the sentence that asks, when it says which session it counts from.
    for sentence in asking:
        if any(after_words(kb, " ".join(words(sentence)))):
            counted = _understand(kb, sentence, moment)
            if counted is not None and counted.since is not None:
                return counted
    if (len(asking) == 1 and "?" in asking[0]
            and question.strip().startswith(asking[0].strip())):
        # "When does it all finish on Friday? Need to book my flight back to Lagos": the
        # one sentence that asks, first, when it is the programme's alone (the story
        # after it says why). Not "... What now?", whose "now" is the asker's plight.
        alone = asking[0]
        told = " ".join(words(question.strip()[len(alone.strip()):]))
        room = find_room(kb, alone)
        if not _NARROWED.search(told) and is_pure_schedule_question(kb, alone, room):
            return _understand(kb, alone, moment)
    either = _either(kb, question, moment)
    if either is not None:
        return either
    clauses = _clauses(question)
    if len(clauses) < 2:
        return None
    last = clauses[-1]
    live = " ".join(words(last))
    # "My group passes the hall doors at quarter past three. What's on in there then?":
    # "then" is the time the story gives.
    then = bool(_THEN.search(live)) and _storys_clock(_story(clauses, last)) is not None
    if _NOW.search(live) or _NEXT.search(live) or then:
        if _only_tells(question, live):
            # "When does the Security Council's debate on Syria start today? I want to
            # go after this session.": the question is the other sentence's.
            return None
        if named and _POINTS_BACK.search(live) and not _names_an_item(kb, last):
            # "organiser of the victims side event here, how long till we start?",
            # "I'm booked for the victims side event. Is it under way?": the session
            # the story names.
            return ScheduleQuestion(Intent.STATUS, named=_not_the_pause(named))
        about = subject_named(kb, question) if not named else None
        if (about is not None and _POINTS_BACK_ALONE.match(live)
                and not _names_an_item(kb, last)):
            # "the session with survivors of attacks, is it going on now?": the session
            # the story names by its subject.
            return ScheduleQuestion(Intent.STATUS, named=(about,))
        if not _asks_for_programme(kb, live):
            # "left my badge in a cab!!! what now" and "where would it be now?": after
            # a story, a bare "now" is the asker's plight, not the programme's.
            return None
        asked = _understand(kb, _with_storys_time(kb, last, clauses, moment), moment)
        if asked is not None and asked.room is None and _IN_THERE.search(live):
            # "I'm outside Conference Room 4, what's on in there now?": "there" is the
            # room the story names.
            room = find_room(kb, _story(clauses, last))
            if room is not None and _holds_sessions(kb, room):
                asked = dataclasses.replace(asked, room=room)
        return asked
    if len(named) == 1 and _asks_when_it(kb, clauses):
        # "Our Minister would like to attend the closing. Where is it held and when
        # does it begin?", "she's stuck in Session II. when does that let out? trying
        # to book a table": when the one session the story names starts or ends.
        return ScheduleQuestion(Intent.STATUS, named=named)
    sentences = SENTENCE_BREAK.split(question.strip())
    if not named and len(sentences) > 1 and _asks_when_it(kb, sentences[-1:]):
        # "My next booking is the afternoon plenary. When and where does it begin?":
        # "it" is the item the story names by its kind and when it is ("the first
        # plenary tomorrow"), as if named in its place.
        phrases = [m.group(0) for s in sentences[:-1] for m in _KIND_SAID.finditer(fold(s))]
        if len(phrases) == 1:
            said = _IT.sub(phrases[0], fold(sentences[-1]), count=1)
            return _understand(kb, said, moment)
    return _told_around(kb, clauses, moment)


# A place the last clause points back to: the room its story names.
_IN_THERE = re.compile(r"\b(?:in there|in here|inside there|in that room|in this room)\b")
_AFTER_IT = re.compile(r"\b(?:after|once) (?:it|that|this one|that one) (?:finishes|ends|is over|"
                       r"wraps up|is done|lets out)\b")
_ASKS_WHICH = re.compile(r"\b(?:which|what|whats)\b")


def _the_rooms_state(
    kb: KnowledgeBase, room: Room | None, said: str, moment: dt.datetime,
) -> ScheduleQuestion | None:
    """"Has the Conference Room 11 event begun?", "is the one in room 4 over yet?" (the
    words as ``words`` gives them, no session named): the state of the room's item of the
    moment, on now, else its next today, else its last today. "Which session is under way
    in the GA hall?" asks what is on, which the listing says."""
    if room is None or not _ITS_STATE.search(said) or _ASKS_WHICH.search(said):
        return None
    on = running(kb, moment, Selection(room))
    today = [s for s in ordered(kb.sessions) if s.room == room.id
             and s.day == local(kb, moment).date()]
    coming = [s for s in today if starts_at(kb, s) > moment]
    held = on[0] if on else coming[0] if coming else today[-1] if today else None
    return ScheduleQuestion(Intent.STATUS, named=(held,)) if held is not None else None


def _the_one_on(kb: KnowledgeBase, moment: dt.datetime, room: Room | None) -> Session | None:
    """The item on now that "this session" or "the current one" points at: the one
    running (in the room, if one is named), or the one session among a break and
    sessions; None where it is not one (four side events over lunch, or nothing)."""
    on = running(kb, moment, Selection(room))
    sessions = [s for s in on if not is_pause(s)]
    if len(sessions) == 1:
        return sessions[0]
    return on[0] if len(on) == 1 else None


def _after_it(kb: KnowledgeBase, session: Session) -> ScheduleQuestion:
    return ScheduleQuestion(Intent.NEXT, since=ends_at(kb, session) - dt.timedelta(seconds=1))


def _before_it(session: Session, *, last_only: bool) -> ScheduleQuestion:
    """What is on that day before the session starts (``last_only``: the one item just
    before it), as "what's on before lunch?" reads (``_window``)."""
    return ScheduleQuestion(Intent.DAY, day=session.day, window=(START_OF_DAY, session.start),
                            last_only=last_only)


# "What comes after the session on preventing violent extremism?", "which session comes
# right before the one about foreign fighters?": what is asked, then the session counted
# from ("follows" and "precedes" already said as "after" and "before").
_NEXT_TO = re.compile(
    r"\b(?:what|whats|which \w+|anything)(?: is| s| comes| come| happens| is on| s on| on)?"
    r" (?:right |just |straight |immediately |directly )?(after|before) (.+)")


def _next_to(kb: KnowledgeBase, question: str, *, last_only: bool) -> ScheduleQuestion | None:
    """What comes after or before the one session that the words after "after" or
    "before" name, by its name or its subject, in the sentence that asks; None when they
    name none, or more than one."""
    for sentence in SENTENCE_BREAK.split(question):
        match = _NEXT_TO.search(" ".join(words(sentence)))
        if match is None:
            continue
        said = named_sessions(kb, match.group(2))
        about = said[0] if len(said) == 1 else subject_named(kb, match.group(2))
        if about is None:
            return None
        return (_after_it(kb, about) if match.group(1) == "after"
                else _before_it(about, last_only=last_only))
    return None


_IF_NOT = re.compile(r"^\s*(?:and )?(?:if not|if there is nothing|if there isn't)\s*[,:]?\s*",
                     re.IGNORECASE)
_OPENS_A_QUESTION = re.compile(
    r"^(?:what|whats|which|when|where|who|how|is|are|will|can|could|does|do|did|has|have|"
    r"any|anything|so|and|but|or)\b")


def _only_tells(question: str, last: str) -> bool:
    """Whether the last clause (``last``, on words) tells, another sentence asking: it
    opens as no question does, and a sentence with a question mark does not hold it."""
    asking = [" ".join(words(s)) for s in _asking_sentences(question) if "?" in s]
    return (bool(asking) and not _OPENS_A_QUESTION.match(last)
            and not any(last in sentence for sentence in asking))


def _either(kb: KnowledgeBase, question: str, moment: dt.datetime) -> ScheduleQuestion | None:
    """Two questions joined by "or" that ask the same thing two ways ("is the SG still
    speaking or has the opening finished?"): the one the programme can read, when only
    one can (or both read the same)."""
    halves = _OR_ASKS.split(question.strip().rstrip("?!. "))
    if len(halves) != 2:
        return None
    # "Is the one on power grids still going or did it already end?": a half that only
    # points back at the other says nothing alone (it read as the conference's end).
    halves = [h for h in halves if not _POINTS_BACK_ALONE.match(" ".join(words(h)))]
    read = {asked for asked in (_understand(kb, half, moment) for half in halves)
            if asked is not None}
    return read.pop() if len(read) == 1 else None


def _after_session(
    kb: KnowledgeBase, after_said: list[frozenset[str]], day: dt.date, moment: dt.datetime,
) -> dt.datetime | None:
    """The moment "after lunch", "after the opening" counts from: the end of the session
    the words after "after" name (``after_words``), on the day asked (today's, if it is
    not over, or the next one that is not), a moment before it, so that what starts as
    it ends is next."""
    for said in after_said:
        fits = [s for s in kb.sessions if names_after(kb, s, said)]
        # "After Plenary 1": the one its whole name names, not every plenary by its word.
        fits = [s for s in fits if named_in_full(kb, s, said)] or fits
        on_day = [s for s in fits if s.day == day] or [
            s for s in fits if ends_at(kb, s) > moment]
        if on_day:
            first_day = min(s.day for s in on_day)
            end = max(ends_at(kb, s) for s in on_day if s.day == first_day)
            return end - dt.timedelta(seconds=1)
    return None


_STARTS_AT = re.compile(r"\b(?:starts?|starting|begins?|beginning|kicks? off|kicking off)"
                        r" (?:at|around|about)\b")
# A pause said as the time of something else ("over lunch", "during the coffee break"),
# and lunch so said as the time of what is asked ("what's on during lunch?").
_AS_THE_TIME = r"\b(?:over|during|at|around|in) (?:the )?"
_LUNCH_SAID = r"lunch|lunchtime|lunch break"
_DURING_A_BREAK = re.compile(
    rf"{_AS_THE_TIME}(?:{_LUNCH_SAID}|coffee|coffee break|break|breakfast|dinner)\b")
_DURING_LUNCH = re.compile(rf"{_AS_THE_TIME}(?:{_LUNCH_SAID})\b")
# The lunch break itself said as the time ("during the lunch break", "over lunch"), not
# the time of day ("at lunchtime", whose listing shows the break too).
_DURING_THE_LUNCH_BREAK = re.compile(r"\b(?:over|during) (?:the )?lunch(?: break)?\b")
# The words by which a question during the conference points at the item on now, and
# before or after it at the conference itself.
_THIS_EVENT = re.compile(r"\bthis (?:meeting|event)\b")
# The last item of a day ("what is the final item on Friday?").
_LAST = frozenset(("last", "final"))
# "What's happening hour by hour on both days?": the whole programme, not the moment
# "what's happening" would otherwise ask for.
_EVERY_DAY = re.compile(r"\b(?:both days|(?:the|these|all|over|across) (?:two|2) days|each day|"
                        r"every day|all days|day by day|hour by hour)\b")


def _names_the_event(folded: str) -> bool:
    """Whether the gathering itself is named ("the conference", "this forum": a file's
    own word for it is one of ``EVENT_NOUNS`` too), not "it" or "everything", which may
    be a session spoken of."""
    return not _GATHERINGS.isdisjoint(folded.split())


_GATHERINGS = frozenset(EVENT_NOUNS)


def _listed(
    kb: KnowledgeBase, folded: str, room: Room | None, kinds: frozenset[str],
    day: dt.date | None, part: str | None, clock: dt.time | None, today: dt.date,
    unnamed: dt.date,
) -> ScheduleQuestion | None:
    """A question about the programme at a time, on a day, or next (``unnamed``: the day
    of a time or part of a day said without one)."""
    noun = own_event_noun(kb)
    whole = _WHOLE.search(folded) or (noun is not None and noun in folded.split())
    first_day, last_day = min(kb.conference.dates), max(kb.conference.dates)
    if (part is None and clock is None and room is None and not kinds and day is None
            and _WHOLE_ON.search(folded) and _names_the_event(folded)
            and not _THIS_EVENT.search(folded)):
        # "Is the conference still on?": it is not started, under way, or over. ("Is
        # this event still going on?" during it asks of the item on now, below.)
        return ScheduleQuestion(Intent.ON)
    if part is None and clock is None and room is None and not kinds and whole:
        if day is None and _EVERY_DAY.search(folded) and (
                _WHOLE_START.search(folded) or _WHOLE_END.search(folded)):
            # "What time does it finish each day?": the hours of every day, which the
            # programme gives (its entry, where the file has one), not the last day's end.
            return ScheduleQuestion(Intent.DAY)
        # "What time does everything kick off on Thursday?", on the first day: the
        # conference's start, as without the day (and its end on the last day).
        if day is None and _LAST_OF_ALL.search(folded):
            # "The very last block of the whole conference - when does it kick off?"
            return ScheduleQuestion(Intent.DAY, day=last_day, last_only=True)
        if (day in (None, last_day) and (_WHOLE_END.search(folded) or _WHOLE_ENDED.search(folded))
                and not _NOW.search(folded)):
            return ScheduleQuestion(Intent.END)
        if day in (None, first_day) and _WHOLE_START.search(folded) and not _NOW.search(folded):
            return ScheduleQuestion(Intent.START)
        if day is None and _LENGTH.search(folded):
            return ScheduleQuestion(Intent.LENGTH)
    if clock is not None:
        # "What kicks off at 13.15?": what starts then, where something does (first_only).
        return ScheduleQuestion(Intent.AT, day=day or unnamed, room=room, at=clock, kinds=kinds,
                                first_only=bool(_STARTS_AT.search(folded)))
    if (_UNTIL_THE_END.search(folded) and day in (None, today)
            and (kinds or _ONE_ON_NOW.search(folded)
                 or (day is None and part is None and _WHOSE_END.search(folded)
                     and not _ONES_DAY.search(folded)))):
        # "How long till this afternoon's session wraps up?", "how long till the wrap-up
        # finishes?": the one on now, whose card says when it ends ("till they wrap up
        # today" is the day's end, below).
        return ScheduleQuestion(Intent.NOW, room=room, kinds=kinds)
    if _TIME_LEFT.search(folded) and day in (None, today):
        # "How long left?": in the session on now, whose card says when it ends.
        return ScheduleQuestion(Intent.NOW, room=room, kinds=kinds)
    if _NEXT.search(folded):
        # "What's on now and next?": both, what is on first.
        # Not "in twenty mins from now": a moment counted from now, not now.
        said_now = _FROM_NOW.sub(" ", _AFTER_THE_ONE_ON_SAID.sub(" ", folded))
        also_now = (bool(_SAYS_NOW.search(said_now)) and day in (None, today)
                    and part is None)
        return ScheduleQuestion(Intent.NEXT, day=day, room=room, kinds=kinds,
                                also_now=also_now)
    if _IS_IT_LUNCHTIME.search(folded) and day in (None, today) and kinds <= _BREAK_KINDS:
        # "Is it lunchtime yet?": what runs now says whether it is (and what else runs).
        return ScheduleQuestion(Intent.NOW, room=room)
    if (today not in kb.conference.dates and _THIS_EVENT.search(folded)
            and not _NOW.search(_THIS_EVENT.sub(" ", folded))):
        # "What is this meeting about?" on a day the conference does not run: the
        # conference, not the item on now (there is none).
        return None
    if (_NOW.search(folded) and day in (None, today) and part is None
            and not _EVERY_DAY.search(folded)):
        if kinds <= _BREAK_KINDS and _ON_A_BREAK.search(folded):
            # "Is anything on at the moment or do I have a break?": whether anything is
            # on, which the listing of all that runs now says (not the next lunch).
            kinds = frozenset()
        return ScheduleQuestion(Intent.NOW, room=room, kinds=kinds)
    if day == today and part is None and _RESUMING.search(folded):
        # "When does the plenary resume after the break today?": its next start, as
        # without "today" (the day's first start is behind it).
        return ScheduleQuestion(Intent.NEXT, room=room, first_only=True, kinds=kinds)
    if day is not None or part is not None:
        # "Which side events are there over lunch today?": "over" says when, where a
        # kind besides the pause is asked (read on words, "Is Session I over? Lunch..."
        # has lost its question mark).
        # Nor where lunch says when ("what is on over lunch tomorrow", read as lunchtime).
        # Not the day's own number: "what's on the first day?" lists all of it.
        unnumbered = _ORDINAL_PART.sub(" ", _ORDINAL_DAY.sub(" ", folded))
        ended = (_DURING_A_BREAK.sub(" ", unnumbered)
                 if kinds - _BREAK_KINDS or part == "lunchtime" else unnumbered)
        last = (bool(_WHOLE_END.search(ended)) or not _LAST.isdisjoint(unnumbered.split())
                or folded.endswith(" done"))
        first = bool(_FIRST.search(unnumbered)) and not last
        return ScheduleQuestion(Intent.DAY, day=day or unnamed, part=part, room=room,
                                first_only=first, last_only=last, kinds=kinds)
    if _FIRST.search(folded):
        if _ORDINAL_FIRST.search(folded) and today not in kb.conference.dates:
            # "What time does the first session start?" on a day the conference does not
            # run: the first of its programme, not what starts next (once it is over,
            # nothing). On one of its days, the next to start (the day's first may be
            # behind, or be the badge queue: "before the first session in here").
            return ScheduleQuestion(Intent.DAY, day=first_day, room=room, first_only=True,
                                    kinds=kinds)
        return ScheduleQuestion(Intent.NEXT, room=room, first_only=True, kinds=kinds)
    if _PROGRAMME_CUE.search(folded):
        return ScheduleQuestion(Intent.DAY, day=None, room=room, kinds=kinds)
    return None
