"""What an attendee wants done or known at the event, read from the question as a whole
(as ``hosting`` reads putting on an event of one's own): whether the event can be watched
from afar ("can my team back home watch the closing live"), what to do about a change to
a delegation's registration ("Our director can't come; his deputy will attend instead.
Whom should we inform?"), a need of the asker's body ("can i borrow a wheelchair for my
elderly boss while we're inside"), leave to photograph ("can i take pics during the FTF
session?"), the security screening's wait or rules ("can I bring a can of hairspray
through the checks?"), where to collect one's badge ("Where do I pock up my bade?"),
proof of attendance ("my ministry needs proof that I attended in order to reimburse
me"), what to wear ("Can our officers attend in their service uniform?"), or whether the
asker's side may speak in a language ("Can our DG take the floor in Arabic?").

Each is asked by many writers in many words, and who asks, where, when and why outweigh
the few words of the file's entry that answers it; the file's entry is found and kept by
``answering._WANTED``. Each reader goes with what it must not take: details the entry may
not state, another entry's subject, a time (the programme's). Where an entry answers only
some of what such a question asks (an entry on wheelchair access asked about hearing
loops), a table of what is asked and what the entry must say for it decides
(``need_spoken_of`` and the like).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.text import fold


def _plain(text: str) -> str:
    """``text`` folded, apostrophes as spaces ("what s on"), spaces single."""
    return " ".join(fold(text).replace("'", " ").split())


def _says_all_asked(pairs: Iterable[tuple[re.Pattern[str], re.Pattern[str]]], asked: str,
                    said: str) -> bool:
    """Whether ``said`` (an entry's text, folded) says, for every pair whose first pattern
    ``asked`` matches, what the second pattern looks for."""
    return all(rule.search(said) for ask, rule in pairs if ask.search(asked))


@dataclass(frozen=True)
class _SaysWhatIsAsked:
    """An entry's test for a class of question (an ``answering._Lookup``'s ``fits``):
    whether its text (folded) says, for each thing the question asks (a first pattern
    that the question, read plain, matches), what answers it (the second)."""

    pairs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]

    def __call__(self, question: str, said: str) -> bool:
        return _says_all_asked(self.pairs, _plain(question), said)


# "can my team back home watch the closing live", "Is the opening being broadcast
# anywhere?", "missed the opening bc of the time difference, can i rewatch it later??":
# whether the event can be watched from afar, which the file's entry on its webcast
# answers. Who would watch and from where ("my boss in Canberra", "from my desk") outweigh
# the entry's few words. Said of the event as streamed or broadcast...
_STREAMED = re.compile(
    r"\b(?:streamed|streaming|livestream\w*|live[- ]stream\w*|webcast\w*|web ?tv|broadcast|"
    r"broadcasted|broadcasting|televised|on tv|on television)\b")
# ... or as watched (followed, listened to) online, live, later or from somewhere else.
_WATCHED = re.compile(
    r"\b(?:watch|watching|wach|rewatch|re-watch|follow(?![- ]up)|view|viewing|"
    r"tune in|listen)\b")
_FROM_AFAR = re.compile(
    r"\b(?:online|on line|internet|remotely|virtually|from home|at home|back home|back in|"
    r"from (?:my|our|the|his|her|their) (?:office|desk|capital|mission|hotel|country|home|"
    r"room|embassy|ministry)|from the capital|in real time|live|later|afterwards|"
    r"recorded|recording|recordings|link|the stream|a stream|somewhere|anywhere)\b")
# Not what the entry does not say: a side event's stream, the stream's captions,
# languages, transcript, platform or channel, nor a webcast's interviews or studio (the
# media's); nor a time (the programme's) nor a session named by number, whose own card
# may say whether it is webcast; nor something else watched (a match, a show, a
# demonstration, the overflow room's screens), nor a follow-up; nor streaming from
# inside the room ("can I livestream from inside the hall on my phone?"), which the
# rules on recording answer.
_NOT_THE_WEBCAST = re.compile(
    r"\b(?:side ?events?|captions?|subtitle\w*|audio|languages?|english|arabic|french|"
    r"spanish|russian|chinese|portuguese|interpret\w*|sign language|transcripts?|"
    r"download\w*|footage|feed|youtube|facebook|twitter|instagram|linkedin|tiktok|"
    r"resolution|frame rate|interviews?|booths?|studio|viewers|"
    r"channel|cable|broadcasters?|speed|wired|security council|world cup|match|game|show|"
    r"demo|demonstration|photo\w*|cameras?|crew|film\w*|overflow|gallery|screens?|utc|gmt|"
    r"time ?zones?|what time|when|how long|from now|right now|next|watchlists?|inside|"
    r"from within|(?:my|our|a) (?:phone|camera|mobile)|"
    r"breakouts?|(?:session|plenary|panel|breakout)\s+(?:\d+|[ivx]+|one|two|three|four|five)|"
    r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:session|plenary|panel))\b")


def asks_to_watch_from_afar(text: str) -> bool:
    """Whether ``text`` asks whether the event can be watched from elsewhere: streamed,
    broadcast, online, live or recorded for later."""
    said = fold(text)
    return (_STREAMED.search(said) is not None
            or (_WATCHED.search(said) is not None and _FROM_AFAR.search(said) is not None)
            ) and _NOT_THE_WEBCAST.search(said) is None


# "Our deputy director replaced a colleague on our delegation at the last minute. How do
# we update the registration?", "they spelled my surname wrong in the registration, who
# do i tell", "We need to add one more delegate to our list, can we still register him?":
# a change to a delegation's registration, which the file's entry on registration
# answers. Who changed, why and when (an illness, a minister pulling out, a note verbale
# of 14 June) outweighed the entry's words. Said of a delegate and someone in their
# place...
_DELEGATE = (r"(?:delegates?|delegation|deputy|directors?|director-general|dg|colleagues?|"
             r"minister|head|ambassador|advis[eo]r|counsellor|officer|someone|somebody|"
             r"line-?up|composition|nominees?|him|her|me|he|she)")
_IN_PLACE = (r"(?:replaced?|replacing|replacement|swap\w*|substitut\w*|switch\w*|instead|"
             r"in (?:his|her|my|their) place|in place of|stand in|standing in|"
             r"fill(?:ing)? in|take over|taking over|change of)")
_SWAPPED = re.compile(
    rf"\b{_DELEGATE}\b(?:\s+[\w'-]+){{0,8}}?\s+{_IN_PLACE}\b"
    rf"|\b{_IN_PLACE}\b(?:\s+[\w'-]+){{0,5}}?\s+(?:{_DELEGATE}|names?)\b")
# ... of a name registered wrongly...
_MISSPELT = re.compile(
    r"\b(?:misspel\w*|mis-spel\w*|misspelt|(?:spelt|spelled|spelling|typed|written)"
    r"(?:\s+\w+)?\s+(?:wrong|wrongly|incorrectly)|wrong (?:name|surname|spelling)|"
    r"(?:name|surname) (?:is |are |was )?(?:wrong|incorrect|misspelt)|inverted|"
    r"typo in (?:my|his|her) (?:name|surname)|"
    r"(?:error|mistake) in (?:my|his|her|our) registration)\b")
# ... or of one more delegate to register, or of registering at the door.
_ONE_MORE = re.compile(
    rf"\b(?:add|adding|register|sign up|signing up|get (?:\w+ )?(?:registered|signed up))\s+"
    rf"(?:\w+\s+){{0,2}}?(?:one more|another|an extra|extra|additional|a new)\s+{_DELEGATE}\b"
    rf"|\b{_DELEGATE}\b(?:\s+\w+){{0,3}} (?:was|is|were) not registered\b"
    r"|\b(?:can|could|may) (?:i|we|she|he|they) (?:still )?register (?:at the door|"
    r"on arrival|on site|onsite|on the day|at the venue|when (?:i|we) arrive)\b")
# Asked: who to tell, how to update, whether it is still possible.
# Not "who" alone: "Could you give me an overview of what this conference is and who is
# behind it?", asked by a newcomer replacing a colleague, asks something else.
_ASKS_WHAT_TO_DO = re.compile(
    r"\b(?:(?:who|whom)\s+(?:do|should|must|shall|can|would|to)|to whom|"
    r"how (?:do|can|should|would|must|to)|inform|tell|notify|update|correct|fix|chang\w*|"
    r"amend\w*|advise|procedure|register\w*|registration|let [\w ]+ know|contact|write|"
    r"email|possible|still|too late|what do|what should)\b")
# Not the registration of something else (a side event, a working group, a hotel room, a
# visa), nor a change to the programme, the speakers or the seating, nor a badge.
_NOT_THE_DELEGATION = re.compile(
    r"\b(?:side ?events?|workshop choice|working group|visas?|hotels?|rooms?|speak\w*|"
    r"statements?|podium|seats?|meals?|vegetarian|menu|badges?|pass|passes|tickets?|"
    r"chair\w*|moderat\w*|panel\w*|programme|agenda|session)\b")


def says_the_delegation_changed(text: str) -> bool:
    """Whether ``text`` asks what to do about a change to a delegation's registration: a
    delegate replaced, a name registered wrongly, one more to add, registering late."""
    said = fold(text)
    return (_NOT_THE_DELEGATION.search(said) is None
            and _ASKS_WHAT_TO_DO.search(said) is not None
            and any(rx.search(said) for rx in (_SWAPPED, _MISSPELT, _ONE_MORE)))


# "I lip-read, but the General Assembly Hall is huge. Can real-time captioning be arranged
# for me?", "can i borrow a wheelchair for my elderly boss while we're inside", "A deaf
# member of our delegation will need International Sign. How far ahead do we have to ask
# for it?": a need of the asker's (or a colleague's) body, which the file's entry on
# accessibility answers. Who has it and where they would go (the minister, the hall, last
# year in Vienna) outweighed the entry's words. Said by the need, the aid or the
# condition...
_ACCESS_NEED = re.compile(
    r"\b(?:wheel ?chairs?|wheelchair users?|power chair|mobility (?:scooter|aids?|"
    r"impair\w*|issues?|problems?)|(?:walk|walks|walking) with (?:a )?(?:cane|stick|walker|"
    r"frame|crutches)|crutches|deaf|hard of hearing|hearing (?:aids?|loop|impair\w*)|"
    r"lip-?read\w*|blind|low vision|visually impaired|partially sighted|sign language|"
    r"international sign|sign(?:ing)? for (?:her|him|them|me|us)|captions?|captioning|cart|"
    r"screen reader|braille|accessible (?:formats?|toilets?|restrooms?|bathrooms?|entrance|"
    r"seating|version)|step-?free|assistive listening|listening (?:devices?|aids?|"
    r"equipment)|disabilit\w*|disabled|(?:struggles?|difficulty|trouble) (?:with )?"
    r"(?:long walks|stairs|walking)|stairs are hard|neurodivergent|autis\w*)\b")
# Not what the entry may not say (a guide dog, how many wheelchairs, a deposit, a name,
# where interpreters stand, whether a headset works with an implant), nor the webcast's
# captions, nor a time or a side event's speakers (the programme's), nor a visit, an
# excursion, a hotel, transport, a meal or a badge, whose own entry may say how
# accessible it is or what it takes.
_NOT_THE_ACCESS_NEED = re.compile(
    r"\b(?:dogs?|how many|deposit|fee|fees|cost|price|names?|stand|platform|booths?|"
    r"cochlear|implants?|stream\w*|webcast|web tv|on-screen|next|what time|right now|"
    r"side events?|speaking|visits?|excursions?|tours?|trips?|hotels?|parking|shuttles?|"
    r"bus|buses|taxis?|cabs?|cars?|transport|metro|subway|airport|flights?|restaurants?|"
    r"dinner|reception|lunch|badges?|regist\w*|accredit\w*|visas?)\b")


# Who the asker is, said as a label before what they ask ("sign language interpreter: I'm
# covering the SG's session, can you give me the exact times he moves between rooms?",
# "screen reader user: could you tell me the seat of the delegation of India"): the need
# is theirs, the question another.
_LABEL = re.compile(r"^[^:.?!]{1,60}?(?::|\s-\s|\s\u2013\s|\s\u2014\s)\s*")


def says_an_access_need(text: str) -> bool:
    """Whether ``text`` speaks of a disability, or an aid for one, that the asker or a
    colleague needs served (past a label saying who the asker is)."""
    said = fold(_LABEL.sub("", text.strip(), count=1))
    return _ACCESS_NEED.search(said) is not None and _NOT_THE_ACCESS_NEED.search(said) is None


# The kinds of need, each by the words an entry would speak of it in: an entry on step-free
# access answers a wheelchair user, not a deaf delegate asking for International Sign.
_NEED_KINDS = (
    re.compile(r"\b(?:wheel ?chairs?|power chair|mobility|canes?|walker|crutches|step-?free|"
               r"stairs|steps|lifts?|elevators?|ramps?|accessible (?:toilets?|restrooms?|"
               r"bathrooms?|entrances?|seating)|long walks|walking)\b"),
    re.compile(r"\b(?:deaf|hard of hearing|hearing|lip-?read\w*|sign language|international "
               r"sign|sign(?:ing)? for|captions?|captioning|cart|listening)\b"),
    re.compile(r"\b(?:blind|low vision|visually|partially sighted|screen readers?|braille|"
               r"accessible (?:formats?|versions?|documents?)|large print)\b"),
    re.compile(r"\b(?:neurodivergent|autis\w*|sensory|overwhelm\w*)\b"),
)
# An aid asked for by name, and the words an entry offering it would use: "can I borrow a
# wheelchair?" is not answered by "the venue is wheelchair accessible", nor "is the
# programme in Braille?" by an entry that names no Braille.
_AIDS = (
    (re.compile(r"\b(?:borrow|lend|loan|rent|hire)\b"),
     re.compile(r"\b(?:borrow\w*|lend\w*|loan\w*|rent\w*|hire)\b")),
    (re.compile(r"\bbraille\b"), re.compile(r"\bbraille\b")),
    (re.compile(r"\bscreen readers?\b"),
     re.compile(r"\b(?:screen readers?|accessible formats?|electronic)\b")),
    (re.compile(r"\blarge print\b"), re.compile(r"\b(?:large print|accessible formats?)\b")),
    (re.compile(r"\b(?:captions?|captioning|cart|subtitles?)\b"), re.compile(r"\bcaption\w*")),
    (re.compile(r"\b(?:sign language|international sign|sign(?:ing)? for)\b"),
     re.compile(r"\b(?:sign language|international sign)\b")),
    (re.compile(r"\b(?:loop|loops|headsets?|listening)\b"),
     re.compile(r"\b(?:loops?|headsets?|listening|hearing assistance)\b")),
    (re.compile(r"\b(?:lifts?|elevators?)\b"), re.compile(r"\b(?:lifts?|elevators?)\b")),
    (re.compile(r"\bramps?\b"), re.compile(r"\b(?:ramps?|step-?free)\b")),
    (re.compile(r"\b(?:toilets?|restrooms?|bathrooms?|washrooms?)\b"),
     re.compile(r"\b(?:toilets?|restrooms?|bathrooms?|washrooms?)\b")),
    (re.compile(r"\b(?:meet (?:me|her|him|them)|accompany|escort|guide (?:me|her|him|them)|"
                r"walk (?:me|her|him|them))\b"),
     re.compile(r"\b(?:escort\w*|accompan\w*|assistance|assist\w*|guid\w*)\b")),
    (re.compile(r"\b(?:quiet|rest)\b"), re.compile(r"\b(?:quiet|rest)\b")),
)


# A kind of need is spoken of in its own words; an aid in the words of its offer.
_NEEDS_AND_AIDS = (*((kind, kind) for kind in _NEED_KINDS), *_AIDS)


def need_spoken_of(question: str, said: str) -> bool:
    """Whether an entry saying ``said`` (folded) speaks of every kind of need ``question``
    names, and offers every aid it asks for by name: a file's entry on wheelchair access
    may say nothing of hearing loops, nor of wheelchairs to borrow."""
    asked = fold(question)
    return _says_all_asked(_NEEDS_AND_AIDS, asked, said)


# "can i take pics during the FTF session?", "TV producer here: can our camera crew film
# the closed meetings?", "Am I allowed to record audio of Session II purely for my own
# note-taking?": whether the asker may photograph, film or record, which the file's
# entry on photography answers. The session named and what the pictures are for (a
# newsletter, the ministry's channel) outweighed the entry's words. Said by the act...
_SHOOTING = re.compile(
    r"\b(?:take|taking|snap|snapping|get|grab)\s+(?:a\s+)?(?:few\s+|couple\s+(?:of\s+)?|"
    r"some\s+|any\s+)?(?:pics?|pictures?|photos?|photographs?|selfies?|shots?|videos?|"
    r"footage|clips?)\b|\b(?:photograph|photographing|film|filming|record|recording|shoot|"
    r"shooting|videotape)\b|\b(?:use|using)\s+(?:the\s+|a\s+|my\s+)?(?:flash|camera)\b|"
    r"\bflash\b|\bcamera ?(?:man|men|crew|person|operator)s?\b|\bcrew\b|\bvideographer\b|"
    r"\bphotographer\b")
# ... asked as leave ("can I", "am I allowed", "is flash ok").
_LEAVE = re.compile(
    r"\b(?:can|could|may|allowed|permitted|permission|ok|okay|all right|alright|fine|rules?|"
    r"policy|is it|are we|am i)\b")
# Not a photo for a badge or an ID, the official photos, the webcast's recording, a time
# (the programme's), a visit's site or a drone (their own entries'), nor other work's
# ("cleaning crew").
_NOT_PHOTOGRAPHY = re.compile(
    r"\b(?:photo ?id|photo identification|passport photos?|id photos?|badge photos?|"
    r"photos? for (?:the|my) badge|download\w*|official photos?|photo gallery|flickr|"
    r"stream\w*|webcast|web tv|broadcast\w*|watch\w*|what time|when|what s on|visits?|"
    r"tours?|excursions?|site|port|drones?|cleaning|catering)\b")


def asks_to_photograph(text: str) -> bool:
    """Whether ``text`` asks whether the asker (or their crew) may photograph, film or
    record."""
    said = fold(text).replace("'", " ")
    return (_SHOOTING.search(said) is not None and _LEAVE.search(said) is not None
            and _NOT_PHOTOGRAPHY.search(said) is None)


# The acts, each by the words an entry allowing or barring it would use: an entry on
# taking photos ("No photos or video on the demo field") may say nothing of recording a
# session's sound, which another entry's rule ("Chatham House rule. No recording.") may.
_ACTS = (
    (re.compile(r"\b(?:record|recording|audio|tape)\b"), re.compile(r"\brecord\w*")),
    (re.compile(r"\b(?:film|filming|videos?|videotape|footage|clips?|crew|videographer|"
                r"camera ?(?:man|men|person|operator)s?)\b"),
     re.compile(r"\b(?:film\w*|video\w*|cameras?|record\w*)\b")),
    (re.compile(r"\b(?:pics?|pictures?|photos?|photograph\w*|selfies?|shots?|flash|snap\w*)\b"),
     re.compile(r"\b(?:photo\w*|pictures?|cameras?)\b")),
)


def act_spoken_of(question: str, said: str) -> bool:
    """Whether an entry saying ``said`` (folded) speaks of every act ``question`` asks
    leave for (photographing, filming, recording)."""
    return _says_all_asked(_ACTS, fold(question), said)


# "how long is the security queue on thursday morning", "How early should I join the
# screening line?", "can I bring me can of deodorant and hairspray through the checks or
# will they bin it?": the wait at, or what may pass, the security screening, which the
# file's entry on security answers. The day, the asker's worries and the things carried
# outweighed the entry's words.
_SCREENING = (r"(?:security|screening|(?:the|security|bag|entry) checks|checkpoint|"
              r"check point|metal detectors?|scanners?|x-?ray)")
_WAIT = (r"(?:how long|how much time|how early|how many minutes|come early|arrive early|"
         r"get there early|be there early|what time should (?:i|we) (?:be|arrive|get|come)|"
         r"when should (?:i|we) (?:arrive|come|get there|be there))")
_THE_WAIT = re.compile(rf"\b{_WAIT}\b.*\b{_SCREENING}\b|\b{_SCREENING}\b.*\b(?:{_WAIT}|take|"
                       r"takes)\b")
# What may pass: sprays, liquids, or the items in general. Not a blade or anything carried
# "for protection", which the alerts read.
_CARRIED = re.compile(
    r"\b(?:hairspray|hair spray|deodorant|aerosols?|sprays?|sanitis\w*|sanitiz\w*|liquids?|"
    r"perfume|bags? scanned|what (?:kind of )?items|which items|prohibited|banned|"
    r"not allowed)\b")
_MAY_PASS = re.compile(
    r"\b(?:bring|carry|take|taking|bringing|carrying|allowed|permitted|ok|okay|bin|"
    r"confiscat\w*|take it off)\b")
# Not the Security Council, a field of security (a session's subject), the moment (the
# programme's: "just got through security, what's on?"), a bag's size or a power bank
# (what the entry may not say), nor the security staff, nor a weapon or how the screening
# could be beaten or who skips it (the alerts').
_NOT_SCREENING = re.compile(
    r"\b(?:security council|munich|council|sector reform|security studies|security policy|"
    r"border security|aviation security|maritime|cyber\w*|right now|now|started|start|next|"
    r"what s on|happening|going on|just got|through security|past security|"
    r"past the screening|once i m past|film|documentary|dimensions?|size|power ?banks?|"
    r"waiting room|officers?|detail|staff|shift|lost items|lost and found|knife|knives|"
    r"blades?|pepper|mace|weapons?|guns?|protection|protect|self-?defen[cs]e|defend\w*|"
    r"attack\w*|vips?|dignitar\w*|heads of state|motorcade|detect\w*|"
    r"undetected|bypass|lighter|lax|weak\w*|thorough|strict|lenient|calibrat\w*|"
    r"dogs?|sniffer|guards?|police|cameras?|cctv)\b")


# The wait is at the line or the checks, not "security" alone: how long security would
# take to come is the alerts' to read.
_IN_LINE = re.compile(
    r"\b(?:lines?|queues?|queue|queuing|queueing|screening|checks?|checkpoint|get through|"
    r"getting through|clear|pass through|go through|wait|waiting)\b")


def asks_about_screening(text: str) -> bool:
    """Whether ``text`` asks how long the security screening takes or what may pass it."""
    said = _plain(text)
    if _NOT_SCREENING.search(said) is not None:
        return False
    return (_THE_WAIT.search(said) is not None and _IN_LINE.search(said) is not None) or (
        _CARRIED.search(said) is not None and _MAY_PASS.search(said) is not None)


# What the screening entry must say to answer: a length of time for the wait, the kind of
# thing carried (an entry naming no liquids does not say whether hairspray passes).
_SCREENING_ANSWERS = (
    (re.compile(rf"\b{_WAIT}\b"),
     re.compile(r"\b(?:\d+\s*(?:minutes?|mins?|hours?)|early|in advance|ahead)\b")),
    (re.compile(r"\b(?:hairspray|hair spray|deodorant|aerosols?|sprays?|sanitis\w*|sanitiz\w*|"
                r"liquids?|perfume)\b"),
     re.compile(r"\b(?:aerosols?|sprays?|liquids?|hairspray|deodorants?|gels?)\b")),
)


# Whether a security entry saying ``said`` (folded) states what ``question`` asks of the
# screening.
screening_answered = _SaysWhatIsAsked(_SCREENING_ANSWERS)


# "wher do i colect the Commissioner's badge pls", "Where do I pock up my bade? Landed late
# last night", "What identification must I show to receive my conference pass?": where or
# how the asker collects their badge, which the file's entry on badge pick-up answers. The
# story around it (a late flight, a lovely hotel) and the badge's many names outweighed
# the entry's words.
_BADGE_NAMES = (r"(?:badges?|bade|bage|badg|conference pass(?:es)?|pass|passes|"
                r"accreditation card|acreditation card|entry card|id card|lanyard)")
_COLLECTED = (r"(?:pick up|pick-up|pickup|pock up|collect|colect|collected|collecting|get|grab|"
              r"take|receive|retrieve|obtain|handed out|hand out|issued|given out|printed|print)")
_BADGE_COLLECTED = re.compile(
    rf"\b{_COLLECTED}\b(?:\s+[\w'-]+){{0,4}}?\s+{_BADGE_NAMES}\b"
    rf"|\b{_BADGE_NAMES}\b(?:\s+[\w'-]+){{0,4}}?\s+(?:are |is )?(?:collected|handed out|"
    r"issued|given out|printed|picked up)\b|\b(?:badge|pass) (?:office|pickup|pick-up|"
    r"collection|counter|desk)\b")
# Asked where, how, or with what identification.
_WHERE_OR_HOW = re.compile(
    r"\b(?:where|which office|which desk|which counter|how do i get|how can i get|how to get|"
    r"how do we get|what (?:do i|do we|must i|should i) (?:need|bring|show)|identification|"
    r"id|documents?|passport|driving licen[cs]e|driver s licen[cs]e)\b")
# Not a badge lost or replaced (the lost badge's entry), another pass (the press's, the
# grounds pass, a parking or boarding pass), someone else's; nor the office's hours on a
# given day, the walk from it, another meeting's badges, or the piece of work of
# printing or sending one, which the entry may not state.
_NOT_COLLECTING = re.compile(
    r"\b(?:lost|lose|losing|stolen|replace\w*|forgot|forgotten|left|press pass|media pass|"
    r"grounds pass|side events?|reception|dinner|parking|car|vehicle|driver|wifi|password|"
    r"boarding pass|metro|subway|bus|spouse|wife|husband|what time|until|open|opens|close|"
    r"closes|closing|hours?|when|how long|walk|minutes|monday|tuesday|wednesday|saturday|"
    r"sunday|geneva|palais|september|high-level week|already|chauffeur|print|send|email|"
    r"pdf)\b")


def asks_where_to_collect_a_badge(text: str) -> bool:
    """Whether ``text`` asks where or how the asker collects their badge."""
    said = _plain(text)
    return (_BADGE_COLLECTED.search(said) is not None
            and _WHERE_OR_HOW.search(said) is not None
            and _NOT_COLLECTING.search(said) is None)


_IDENTIFICATION = re.compile(
    r"\b(?:identification|id|documents?|passport|driving licen[cs]e|driver s licen[cs]e)\b")


# Said of what to show: not "ID" alone, which names the "Pass and ID Office".
_IDENTIFICATION_SAID = re.compile(
    r"\b(?:passports?|identification|identity documents?|photo id|id card|government-issued|"
    r"driving licen[cs]es?|driver s licen[cs]es?)\b")


# Whether a badge entry saying ``said`` (folded) names the identification to show, where
# ``question`` asks which.
identification_stated = _SaysWhatIsAsked(((_IDENTIFICATION, _IDENTIFICATION_SAID),))


# "my ministry needs proof that I attended in order to reimburse me", "can I get something
# in writing proving I was there, for my HR department": proof of attendance, which the
# file's entry on certificates of attendance answers. Who needs it and why (the travel
# claim, the DSA, the personnel file) outweighed the entry's words.
_PROOF = re.compile(
    r"\b(?:proof|prove|proving|evidence|certificate|cert|certif\w*|attestation|paper|"
    r"something (?:official|in writing)|letter confirming|confirmation of (?:attendance|"
    r"participation)|document(?:ation)? (?:proving|showing|confirming|that))\b")
_ATTENDED = re.compile(
    r"\b(?:attend\w*|was there|were there|was actually there|participat\w*|took part|"
    r"take part|went|actually went|presence)\b")
# Not another document (a visa's or an invitation letter, a medical one), nor a training
# course's certificate, nor a side event's or a speaker's.
# Nor what the certificate says or costs, who signs it, in what language, or one from
# another year's meeting: details the entry may not state, asked of a certificate by name
# ("Will the certificate of attendance show the number of hours?").
_NOT_ATTENDANCE = re.compile(
    r"\b(?:visa|invitation letter|embassy|consulate|vaccin\w*|covid|medical|insurance|"
    r"side events?|speakers?|completion|training|signed|signature|sign|hours|languages?|"
    r"format|personally|fee|fees|cost|costs|price|(?:19|20)\d\d|last year|previous)\b")
# Asked for: got, needed, requested ("can I get something like that", "who do I ask").
_ASKED_TO_HAVE = re.compile(
    r"\b(?:get|getting|receive|request|need|needs|want|wants|obtain|have|give|provide|help|"
    r"ask|is there|are there)\b")


def asks_for_proof_of_attendance(text: str) -> bool:
    """Whether ``text`` asks for proof that the asker attended."""
    said = _plain(text)
    return (_PROOF.search(said) is not None and _ATTENDED.search(said) is not None
            and _ASKED_TO_HAVE.search(said) is not None
            and _NOT_ATTENDANCE.search(said) is None)


# "Can our officers attend in their service uniform?", "Is it admitted to come in our
# traditional dress (the boubou) for the opening ceremony, or a suit is necessary?", "is it
# cold inside the rooms? should i bring a jacket": what to wear, which the file's entry on
# its dress code answers. Who would wear it and to what outweighed the entry's words.
_CLOTHES = (r"(?:suit|suits|tie|ties|jacket|blazer|uniforms?|traditional (?:dress|clothes|"
            r"clothing|attire|costume)|national (?:dress|costume|attire)|boubou|jeans|sneakers|"
            r"trainers|shorts|heels|sandals|dress|dresses|skirt|hijab|headscarf|kaftan|abaya|"
            r"sari)")
_LEAVE_TO = (r"(?:need|needs|required|obligatory|necessary|mandatory|compulsory|acceptable|"
             r"appropriate|ok|okay|admitted|allowed|permitted)")
_TO_WEAR = re.compile(
    r"\b(?:dress ?code|dresscode|dres code|attire|what (?:to|should (?:i|we)|do (?:people|"
    r"ppl|men|women)|must (?:i|we)|would be appropriate to) wear|(?:can|may|could|should|"
    r"must) (?:i|we|he|she|they|men|women|our \w+|my \w+) (?:\w+ )?(?:wear|dress)|"
    r"in (?:my|his|her|their|our) (?:\w+ )?(?:uniform|traditional dress|national dress|"
    r"costume)|come in (?:a |my |our |his |her )?(?:\w+ )?(?:uniform|suit|jeans)|"
    rf"{_LEAVE_TO}\b(?:\s+\w+){{0,4}}\s+{_CLOTHES}|{_CLOTHES}\b(?:\s+\w+){{0,4}}\s+"
    rf"(?:{_LEAVE_TO}|needed))\b")
# ... or how cold it is inside, asked with what to bring.
_COLD_INSIDE = re.compile(
    r"\b(?:cold|chilly|freezing|air ?con\w*|a c|warm|temperature)\b.*\b(?:jacket|sweater|"
    r"cardigan|layer|layers|shawl|scarf|bring|pack|wear)\b|\b(?:jacket|sweater|cardigan|"
    r"layers?|shawl)\b.*\b(?:cold|chilly|freezing|air ?con\w*|inside|indoors)\b"
    r"|\bair ?condition\w*\b")
# Not what to wear to a reception, a dinner, a visit or outdoors (their own entries may
# say), the weather, another meeting's or room's code, shopping, the air conditioning's
# setting, nor what the code says, told before another question ("the dress code says
# uniform..., is there wifi?"), nor a weapon worn with a uniform (the alerts').
_NOT_OUR_DRESS = re.compile(
    r"\b(?:reception|dinner|gala|excursion|visit|tour|demo|field|outdoor|outside|weather|"
    r"forecast|rain|umbrella|dining room|buy|shop|shopping|dry clean\w*|general debate|"
    r"september|hearing aids?|photo\w*|what temperature|set to|degrees|says|said|states|"
    r"mentions|weapons?|guns?|firearms?|pistols?|holsters?|sidearms?|armed|batons?|tasers?|"
    r"knife|knives|pepper spray)\b")


def asks_what_to_wear(text: str) -> bool:
    """Whether ``text`` asks what to wear (or whether to bring something warm) at the
    event."""
    said = _plain(text)
    return _NOT_OUR_DRESS.search(said) is None and (
        _TO_WEAR.search(said) is not None or _COLD_INSIDE.search(said) is not None)


# What the dress code entry must speak of to answer: the cold inside, a uniform, national
# dress (an entry saying "business attire" does not say whether a police uniform is).
_DRESS_ANSWERS = (
    (re.compile(r"\b(?:cold|chilly|freezing|air ?con\w*|warm|temperature|sweater|cardigan|"
                r"layers?|shawl)\b"),
     re.compile(r"\b(?:cold|cool|chilly|air ?con\w*|layers?|temperature|sweater|cardigan|"
                r"jacket|warm)\b")),
    (re.compile(r"\buniforms?\b"), re.compile(r"\buniforms?\b")),
    (re.compile(r"\b(?:traditional|national (?:dress|costume|attire)|boubou|kaftan|abaya|"
                r"sari)\b"),
     re.compile(r"\b(?:traditional|national)\b")),
)


# Whether a dress code entry saying ``said`` (folded) speaks of what ``question`` asks:
# the cold inside, a uniform, national dress.
dress_spoken_of = _SaysWhatIsAsked(_DRESS_ANSWERS)


# "Can our DG take the floor in Arabic in the plenary and still be understood by
# everyone?", "Excuse me, my english is not so good. I can speak in spanish when I take
# the word?": whether the asker's side may speak in a language, which the file's entry on
# interpretation answers. Who speaks, where and why outweighed the entry's words.
_A_LANGUAGE = (r"(?:arabic|chinese|mandarin|english|french|russian|spanish|portuguese|german|"
               r"italian|japanese|turkish|swahili|hindi|urdu|farsi|persian|indonesian|malay|"
               r"thai|darija|fusha|my (?:own )?language|my mother tongue|our language|"
               r"(?:his|her|their|our|my) (?:own )?language|another language|"
               r"other languages?)")
_SPEAKING_IN = re.compile(
    r"\b(?:speak|speaking|address|addressing|take the floor|taking the floor|take the word|"
    r"make (?:his|her|my|our|their|the) (?:\w+ )?(?:remarks|intervention|statement|speech)|"
    r"deliver \w+ (?:\w+ )?(?:remarks|intervention|statement|speech)|intervene|"
    r"read (?:a|his|her|our|my) (?:\w+ )?(?:text|statement)|remarks|intervention|statement)"
    rf"\b(?:\s+[\w'-]+){{0,6}}?\s+in\s+{_A_LANGUAGE}\b|\bin\s+{_A_LANGUAGE}\b"
    r"(?:\s+[\w'-]+){0,4}?\s+(?:when (?:i|he|she|we) (?:take the floor|speak)|from the floor)")
# The asker's own side speaks: not "Will Ms Al Balushi speak in Arabic or English?".
_OUR_SIDE = re.compile(r"\b(?:i|we|our|my|us)\b")
# Not a translation asked for (a piece of work), the stream's or a document's language.
_NOT_SPEAKING = re.compile(
    r"\b(?:translate|translation of|hearing|deaf|sign language|international sign|captions?|"
    r"webcast|web tv|stream\w*|documents?|certificate|website|written statements?|outcome|"
    r"report|summary|visa|letter|proofread)\b")


def asks_to_speak_in_a_language(text: str) -> bool:
    """Whether ``text`` asks whether the asker (or their principal) may speak in a
    language."""
    said = _plain(text)
    return (_SPEAKING_IN.search(said) is not None and _OUR_SIDE.search(said) is not None
            and _NOT_SPEAKING.search(said) is None)


# "do i need to sign up beforehand for the side events or can i just turn up", "how many
# side events r there altogether", "what's happening over the lunch break apart from
# eating": how to get into the side events, how many there are, what goes on besides the
# main meeting; the file's entry on its side events answers them. Who asks and what they
# would rather do outweighed the entry's few words. Side events as such, not one of them...
_SIDE_EVENTS = (r"(?:side ?events|side-events|(?:a|any|each|every) side ?event|"
                r"parallel events|smaller events)")
_GETTING_IN = (r"(?:sign(?:ing)? ?up|signup|register\w*|registration|reserve|reservation|"
               r"book|booking|inscription|rsvp|turn up|show up|just come|simply come|walk in|"
               r"first come|enough|get into|getting into|get in|entry|admission|admitted|"
               r"separate\w*|invit\w*|open to)")
_SIDE_EVENT_ENTRY = re.compile(
    rf"\b{_GETTING_IN}\b.*\b{_SIDE_EVENTS}\b|\b{_SIDE_EVENTS}\b.*\b{_GETTING_IN}\b")
_HOW_MANY = re.compile(rf"\b(?:how many|number of) {_SIDE_EVENTS}\b")
# ... or what goes on besides the main meeting, said without naming them.
_BESIDES = re.compile(
    r"\b(?:besides|apart from|other than|aside from|on the margins|on the sidelines|"
    r"along the sidelines|in parallel|smaller events|parallel events)\b")
_GOING_ON = re.compile(
    r"\b(?:going on|happening|on offer|taking place|what else|anything else|events?)\b")
# Not one side event ("the terror financing side event", "the side event on sport": its
# own card's), nor side events elsewhere or in the past, nor a count of people, a
# deadline, a time or a place (the programme's and the rooms'), a language, the dress,
# the food, a stream, slides; nor putting one on (``hosting``).
_NOT_SIDE_EVENTS = re.compile(
    r"\b(?:were|did|was|last year|previous|20\d\d|how many (?:people|participants|seats|"
    r"places|delegates)|deadline|(?:the|this|that|our|my) (?:[\w-]+ ){0,4}side ?event(?!s)|"
    r"side ?events? (?:on|about|for|by|of)|at the (?!door|entrance)|in (?:geneva|vienna)|"
    r"interpret\w*|translat\w*|languages?|english|french|spanish|arabic|russian|chinese|"
    r"dress|attire|wear|organi[sz]\w*|host\w*|propos\w*|apply|application|submit\w*|"
    r"convene|convening|stage|staging|put on|arrange (?:a|an|our)|"
    r"own|now|next|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|"
    r"what time|when|where|which room|rooms?|map|building|stream\w*|record\w*|webcast|"
    r"slides|powerpoints?|presentations?|food|sandwich\w*|wine|drinks|eat lunch|"
    r"(?:serve|serves|serving) (?!first)|speak\w*|speakers?|panelists?)\b")


def asks_about_side_events(text: str) -> bool:
    """Whether ``text`` asks how to get into the side events, how many there are, or
    what goes on besides the main meeting."""
    said = _plain(text)
    return (_SIDE_EVENT_ENTRY.search(said) is not None or _HOW_MANY.search(said) is not None
            or (_BESIDES.search(said) is not None and _GOING_ON.search(said) is not None)
            ) and _NOT_SIDE_EVENTS.search(said) is None


# What the entry must say for each: how one gets in, and how many there are ("About 25
# side events", "Three side events at lunchtime", "One side event: ...").
_SIDE_EVENTS_ANSWERS = (
    (_SIDE_EVENT_ENTRY,
     re.compile(r"\b(?:first come|open to|open for|open without|register\w*|registration|"
                r"sign up|sign-up|rsvp|badge|no need|walk in|turn up|invitation)\b")),
    (_HOW_MANY,
     re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"a dozen|dozens)\s+(?:[\w-]+\s+){0,2}?(?:side ?events?|events)\b")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of the side events:
# how to get in, how many.
side_events_answered = _SaysWhatIsAsked(_SIDE_EVENTS_ANSWERS)


# "is lunch free there or do we have to buy our own food", "Y'all feeding us lunch or do I
# need to fend for myself?": whether the organisers provide lunch, which the file's entry
# on meals answers. Who asks and why (a catering crew, a budget) outweighed its words.
_A_MEAL = r"(?:lunch|lunches|luncheon|meals?|food|catering|snacks?|refreshments?)"
_PROVIDED = re.compile(
    rf"\b{_A_MEAL}\b.*\b(?:provided|laid on|included|free|covered|catered|offered|supplied|"
    r"paid for|complimentary|on you)\b|\b(?:feed|feeding|fed) (?:us|me|them|participants|"
    r"delegates|everyone)\b|\bfend for\b|\bbuy (?:our|my|their|your) own\b|\bbring (?:our|my|"
    rf"their) own {_A_MEAL}\b")
# "where can i grab an espresso without leaving the complex", "Where can I grab a bite
# between the morning and afternoon sittings?": where to eat or drink at the venue...
_WHERE_TO = re.compile(
    r"\b(?:where (?:can|could|do|should|would|might|may|cn|to)|where (?:i|we) (?:can|could)|"
    r"somewhere|anywhere|any ?place)\b.*"
    r"\b(?:coffee|espresso|cappuccino|latte|tea|bite|snacks?|sandwich\w*|eat|food|"
    r"lunch(?! break)|cafeteria|cafe|canteen|comedor|restaurant)\b")
# ... or whether food or a drink may be taken into a room ("can i take my sandwich and a
# soda into the GA hall").
_INTO_THE_ROOM = re.compile(
    r"\b(?:take|bring|eat|drink|have)\b.*\b(?:sandwich\w*|coffee|cup|juice|soda|water|"
    r"bottles?|food|drinks?|snacks?|lunch)\b.*\b(?:into|in|inside|at my seat|to my seat)\b"
    r".*\b(?:hall|room|chamber|plenary|seat)\b")
# Not another meal (a reception, a dinner, the hotel's breakfast), a diet (the dietary
# entry's), a break in a session, a time or where a meal is served (the programme's), a
# price, the asker's own costs, prayer at lunch, nor something brought to the asker (a
# piece of work).
_NOT_OUR_MEALS = re.compile(
    r"\b(?:reception|dinner|gala|side ?events?|events?|excursion|visit|halal|kosher|"
    r"vegetarian|vegan|gluten|coeliac|celiac|allerg\w*|diet\w*|pork\w*|pray\w*|"
    r"coffee breaks?|now|right now|today|tomorrow|tonight|when|what time|hotels?|"
    r"room service|airport|flight|breakfast|price|prices|cost|costs|how much|tickets?|"
    r"reimburs\w*|per diem|dsa|allowance|bring me|get me|order|deliver\w*|served|serve|"
    r"serving)\b")


def asks_whether_lunch_is_provided(text: str) -> bool:
    """Whether ``text`` asks whether the organisers provide lunch or meals."""
    said = _plain(text)
    return _PROVIDED.search(said) is not None and _NOT_OUR_MEALS.search(said) is None


def asks_where_to_eat_or_drink(text: str) -> bool:
    """Whether ``text`` asks where to eat or drink at the event, or whether food or a
    drink may be taken into a room."""
    said = _plain(text)
    return ((_WHERE_TO.search(said) is not None or _INTO_THE_ROOM.search(said) is not None)
            and _NOT_OUR_MEALS.search(said) is None)


# What the entry must say for each: whether lunch is provided; where coffee or food is to
# be had; whether food or drink is allowed in.
_MEALS_ANSWERS = (
    (_PROVIDED,
     re.compile(r"\b(?:provided|served|offered|included|free|covered|complimentary|buy|"
                r"own expense|on your own|at your own|hosted|catered|buffet)\b")),
    (re.compile(r"\b(?:coffee|espresso|cappuccino|latte|tea)\b"),
     re.compile(r"\b(?:coffee|cafe|cafes|espresso|tea|cafeteria)\b")),
    (_INTO_THE_ROOM,
     re.compile(r"\b(?:allowed|not allowed|permitted|prohibited|may not|may be|cannot|"
                r"can t|not in|no food|no drinks)\b")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of meals.
meals_answered = _SaysWhatIsAsked(_MEALS_ANSWERS)


# "where is the info desk and what hours is it staffed", "Information desk, until what
# hour it is working? I arrive late to building on Thursday.": where the information or
# help desk is, or when someone is there, which the file's entry on it answers (a room of
# the same name is only a place).
_A_DESK = re.compile(
    r"\b(?:(?:info|information|help|enquiry|enquiries|inquiry|inquiries|welcome)\s?"
    r"(?:desk|counter|point|booth)|helpdesk|infodesk)\b")
_WHERE_OR_WHEN = re.compile(
    r"\b(?:where|location|located|find|hours?|hrs|open\w*|close\w*|staffed|until|till|"
    r"from what|what time|wht time|when|somebody there|someone there|anyone there|"
    r"working)\b")
# Not what the desk lends, sells or does for the asker, nor a badge (the badge entries').
_NOT_THE_DESK = re.compile(
    r"\b(?:lend\w*|borrow\w*|sell\w*|print\w*|wheel ?chairs?|charg\w*|adapters?|book\w*|"
    r"message|tell|leave|deposit|how many|interns?|volunteer\w*|metrocards?|buy|rent\w*|"
    r"lost|lose|badges?)\b")


def asks_where_the_help_desk_is(text: str) -> bool:
    """Whether ``text`` asks where the information or help desk is, or its hours."""
    said = _plain(text)
    return (_A_DESK.search(said) is not None and _WHERE_OR_WHEN.search(said) is not None
            and _NOT_THE_DESK.search(said) is None)


# "who can i phone if i have a problem during the conference", "who do i write to if
# something goes wrong": whom to call or write to with a problem or a question, which the
# file's entry on contacting the organisers answers...
_WHOM_TO_REACH = re.compile(
    r"\b(?:who|whom|which (?:number|email|phone)|what (?:number|email|phone)|"
    r"is there a (?:phone|number|hotline|email))\b.*\b(?:call|ring|phone|telephone|write|"
    r"email|e-mail|contact|text|whatsapp|reach|number|line|hotline)\b")
_WITH_A_PROBLEM = re.compile(
    r"\b(?:problems?|issues?|questions?|goes wrong|help|during the (?:conference|two days|"
    r"event|meeting)|on the day|organi[sz]ers|secretariat)\b")
# ... not the press's, an emergency's (the alerts' and the emergency entries'), nor a
# particular person's or service's.
_NOT_THE_ORGANISERS = re.compile(
    r"\b(?:press|media|journalist\w*|emergenc\w*|doctor|medical|ambulance|police|security|"
    r"taxi|cab|lost|visa|embassy|hotel|airline|speakers?|panelists?|delegation of|minister|"
    r"ambassador|side ?events?|bilateral|interview\w*|reimburs\w*|finance)\b")


def asks_whom_to_contact(text: str) -> bool:
    """Whether ``text`` asks whom to call or write to with a problem or a question."""
    said = _plain(text)
    return (_WHOM_TO_REACH.search(said) is not None
            and _WITH_A_PROBLEM.search(said) is not None
            and _NOT_THE_ORGANISERS.search(said) is None)


# What the entry must say for each: where the desk is, when it is staffed; a number to
# call, an address to write to.
_CONTACT_ANSWERS = (
    (re.compile(r"\b(?:where|location|located|find)\b"),
     re.compile(r"\b(?:lobby|floor|entrance|building|hall|room|near|next to|level|foyer|"
                r"located|ground|gate|corridor|area|opposite|beside|inside|outside)\b")),
    (re.compile(r"\b(?:hours?|hrs|open\w*|close\w*|staffed|until|till|from what|what time|"
                r"wht time|when|somebody there|someone there|anyone there|working)\b"),
     re.compile(r"\b(?:\d{1,2}(?::|\.|h)\d{2}|\d{1,2} ?(?:am|pm)|open (?:daily|from|each|every)|"
                r"staffed|throughout|all day|round the clock|24/7)\b")),
    (re.compile(r"\b(?:call|ring|phone|telephone|number|line|hotline|whatsapp|text)\b"),
     re.compile(r"\+?\d[\d ().-]{6,}\d")),
    (re.compile(r"\b(?:write|email|e-mail)\b"), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of the desk or of
# reaching the organisers.
contact_answered = _SaysWhatIsAsked(_CONTACT_ANSWERS)


# "I think I left my reading glasses in Conference Room 6 yesterday. Who would have
# them?", "found someone's reading glasses in the GA hall, where do I hand them in?":
# something lost or found at the event, which the file's entry on lost property answers.
# The thing, the room and the day outweighed the entry's words.
_A_THING = (r"(?:my|his|her|our|their|a|an|someone s|somebody s|the) (?:[\w-]+ ){0,2}?"
            r"(?:phone|mobile|scarf|glasses|umbrella|notebook|charger|wallet|purse|jacket|"
            r"coat|bag|keys?|laptop|tablet|ipad|pen|book|folder|files?|papers|headphones|"
            r"earphones|watch|ring|sunglasses|bottle|card|cardigan|sweater|hat|gloves|"
            r"something|things|stuff|belongings)")
_LOST_OR_FOUND = re.compile(
    rf"\b(?:left|forgot|forgotten|misplaced|dropped|lost|lose|mislaid)\b (?:\w+ )?{_A_THING}\b"
    rf"|\b(?:found|picked up|came across)\b (?:\w+ )?{_A_THING}\b"
    r"|\blost (?:and|&) found\b|\blost property\b")
# Not a badge (the lost badge entry's) or a passport, nor something lost on the way (a
# taxi, the subway, a flight: not the event's to find), nor stolen (the police's), nor
# the office's hours or number.
_NOT_LOST_HERE = re.compile(
    r"\b(?:badges?|pass|passes|passport|subway|metro|taxi|cab|uber|hotel|airport|airline|"
    r"flight|train|bus|shuttle|suitcase|luggage|baggage|stolen|steal|thief|theft|police|"
    r"car|hours|open\w*|close\w*|what time|when|phone number|number|email)\b")


def says_something_was_lost(text: str) -> bool:
    """Whether ``text`` says something was lost or found at the event, or asks where lost
    property goes."""
    said = _plain(text)
    return _LOST_OR_FOUND.search(said) is not None and _NOT_LOST_HERE.search(said) is None


# "I fly home Friday night straight after the closing, is it ok to roll my suitcase in
# with me that day?", "any lockers where i can stash my backpack for the day", "Is there
# somewhere to hang a coat and a scarf for the day?": luggage or a coat brought in or
# left somewhere, which the file's entry on luggage or its cloakroom answers. The flight
# home and the day outweighed the entry's words.
_LUGGAGE = (r"(?:suitcases?|suit case|roller|trolley|trolley case|trolley bag|wheeled|"
            r"luggage|baggage|backpacks?|rucksacks?|coats?|cloak\w*|lockers?|duffel|"
            r"carry-on|carry on|hand luggage)")
_BRINGING_OR_LEAVING = re.compile(
    rf"\b(?:bring|roll|wheel|take|carry|leave|store|stash|keep|hang|deposit|drop|check)\b.*"
    rf"\b{_LUGGAGE}\b|\b{_LUGGAGE}\b.*\b(?:allowed|alright|ok|okay|inside|in with me|"
    r"into the|past security|stay outside|store|left)\b|\b(?:where|is there|are there|any)\b"
    r".*\b(?:cloakroom|cloak room|cloakrm|lockers?|left luggage|luggage storage|bag drop)\b")
# Arms of any kind, and carrying something for protection: the alerts' to read, never an
# entry's to answer.
_ARMS = (r"(?:weapons?|guns?|firearms?|pistols?|rifles?|revolvers?|holsters?|sidearms?|armed|"
         r"ammunition|ammo|rounds|batons?|tasers?|stun|knife|knives|blades?|pepper|mace|"
         r"explosive\w*|protection|protect|self-?defen[cs]e|kirpan|daggers?|swords?|"
         r"machetes?|razors?|box ?cutters?|cutters?|multi-?tools?|leatherman|swiss army|"
         r"letter openers?|knuckles?|crossbows?|axes?|hatchets?)")
# Not luggage lost or at the hotel or the airline, nor what a bag may hold (the security
# screening's, the alerts'), nor its size, a time or a price.
_NOT_OUR_LUGGAGE = re.compile(
    rf"\b(?:{_ARMS}|hotels?|airline|lost|stolen|plane|taxi|cab|airport|liquids?|"
    r"scissors|spray|hairspray|screen\w*|x-?ray|security check\w*|size|sizes|"
    r"dimensions?|how big|weight|kg|cm|open\w*|close\w*|hours|what time|when|reception|"
    r"dinner|free|pay|paid|fees?|charg\w*|costs?|price|how much|tip)\b")


# Leaving something at the cloakroom: a coat, a bag, an umbrella, not just anything (the
# cloakroom named alone says nothing of what is left there).
_LEAVING = re.compile(
    r"\b(?:leave|leaving|store|storing|check|checking|deposit|hand in|drop off)\b")
_CLOTHES_OR_BAGS = re.compile(
    r"\b(?:coats?|jackets?|scarf|scarves|umbrellas?|hats?|caps?|gloves|clothes|bags?|"
    r"backpacks?|rucksacks?|suitcases?|luggage|baggage|trolley|roller|things|stuff|items|"
    r"belongings)\b")


def asks_about_luggage(text: str) -> bool:
    """Whether ``text`` asks whether luggage or a coat may be brought in, or where to
    leave it."""
    said = _plain(text)
    named = {match.group(0) for match in re.finditer(rf"\b{_LUGGAGE}\b", said)}
    if (named and all(word.startswith("cloak") for word in named)
            and _LEAVING.search(said) and not _CLOTHES_OR_BAGS.search(said)):
        return False
    return (_BRINGING_OR_LEAVING.search(said) is not None
            and _NOT_OUR_LUGGAGE.search(said) is None)


# What the entry must say for each: somewhere to leave things; whether they may come in.
_LUGGAGE_ANSWERS = (
    (re.compile(r"\b(?:leave|store|stash|keep|hang|deposit|drop|check|cloak\w*|lockers?|"
                r"left luggage|storage|somewhere)\b"),
     re.compile(r"\b(?:cloakroom|cloak room|left luggage|store|stored|storage|leave|left|"
                r"deposit|lockers?|keep)\b")),
    (re.compile(r"\b(?:bring|roll|wheel|take|carry|allowed|alright|ok|okay|inside|in with me|"
                r"into the|past security|stay outside)\b"),
     re.compile(r"\b(?:allowed|not allowed|permitted|may|cannot|can t|no (?:large|big|"
                r"wheeled)|only|small bags?|must)\b")),
    # ... and of the thing asked: a suitcase, a backpack, a coat.
    (re.compile(r"\b(?:suitcases?|suit case|roller|trolley|wheeled|luggage|baggage|duffel|"
                r"carry-on|carry on)\b"),
     re.compile(r"\b(?:suitcases?|luggage|baggage|large bags|big bags|trolley|wheeled)\b")),
    (re.compile(r"\b(?:backpacks?|rucksacks?)\b"),
     re.compile(r"\b(?:backpacks?|rucksacks?|small bags|bags)\b")),
    (re.compile(r"\b(?:coats?|cloak\w*)\b"), re.compile(r"\b(?:coats?|cloak\w*)\b")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of luggage.
luggage_answered = _SaysWhatIsAsked(_LUGGAGE_ANSWERS)


# "Does UNOCT book and pay for our hotel rooms?", "Our ministry is very small and the
# travel budget is tight. Does the UN pay for our hotel, or do we book and pay it
# ourselves?", "can you recommend a hotel near the venue": whether the organisers book or
# pay for the asker's accommodation, or where to stay, which the file's entry on hotels
# answers. Who asks and their budget outweighed the entry's words.
_A_STAY = r"(?:hotels?|accommodation|accomodation|lodging|rooms|room block|block of rooms)"
_BOOKED_FOR_US = re.compile(
    r"\b(?:book|books|booking|pay|pays|paying|paid|arrange|arranges|arranging|sort|sorts|"
    r"reserve|reserves|reserving|take care|takes care|provide|provides|cover|covers|covered|"
    rf"organi[sz]e|organi[sz]es|handle|handles|responsible)\b.*\b{_A_STAY}\b|\b{_A_STAY}\b.*"
    r"\b(?:booked|paid|arranged|provided|covered|organi[sz]ed|reserved|ourselves|myself|"
    r"up to us|on our own)\b")
_WHERE_TO_STAY = re.compile(
    r"\b(?:recommend|suggest)\w* (?:a |any |some )?(?:good )?(?:hotels?|accommodation|place "
    r"to stay)\b|\bwhere (?:to|should i|should we|can i|can we) stay\b")
# Not its price or rate, the hotel's own services, a meeting or something left there, the
# way to or from it, the asker's allowance or costs, nor where another delegation stays.
_NOT_OUR_STAY = re.compile(
    r"\b(?:how much|price|cost|costs|per night|rate|rates|promo|discount|code|cheap\w*|"
    r"dollars|breakfast|luggage|suitcases?|check-?out|check-?in|shuttle|wifi|gym|pool|"
    r"dinner|bilateral|meeting room|lost|left|airport|taxi|from (?:my|the) hotel|"
    r"to (?:my|the) hotel|back to|per diem|dsa|allowance|reimburs\w*|visa|flight|tickets?|"
    r"restaurant|food|eat|delegation is|delegation s|staying at|staying in|how many)\b")


def asks_about_accommodation(text: str) -> bool:
    """Whether ``text`` asks whether the organisers book or pay for accommodation, or
    where to stay."""
    said = _plain(text)
    return ((_BOOKED_FOR_US.search(said) is not None or _WHERE_TO_STAY.search(said) is not None)
            and _NOT_OUR_STAY.search(said) is None)


# What the entry must say for each: whether the organisers book or pay; where to stay.
_STAY_ANSWERS = (
    (_BOOKED_FOR_US,
     re.compile(r"\b(?:book|books|booked|booking|pay|pays|paid|arrange\w*|reserv\w*|"
                r"covered|covers|provided|responsib\w*|own)\b")),
    (_WHERE_TO_STAY,
     re.compile(r"\b(?:hotels?|walking distance|near|nearby|close to|area|neighbou?rhoods?|"
                r"list)\b")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of the stay.
accommodation_answered = _SaysWhatIsAsked(_STAY_ANSWERS)


# "Which part of the UN is running this event?", "I am wanting to know who make this
# conference, is it UN office?": who organises the event, which the file's entry on its
# organisers answers. The asker's framing outweighed the entry's words. Not who convened
# it (a file may say so in an entry of its own).
_WHO_RUNS = re.compile(
    r"\b(?:which|what) (?:un |united nations )?(?:office|part|bit|body|entity|agency|"
    r"department|organi[sz]ation|institution)\b(?: of the (?:un|united nations))?.*"
    r"\b(?:running|runs|run|behind|organi[sz]\w*|hosting|hosts?|in charge)\b"
    r"|\bwho (?:is|are|s) (?:running|organi[sz]ing|behind|hosting|the hosts?|"
    r"the organi[sz]ers?|in charge of)\b|\bwho (?:make|makes|made|organi[sz]e|"
    r"organi[sz]es|organi[sz]ed|host|hosts|hosted|runs|put on|puts on)\b")
# ... of the event itself...
_THIS_EVENT = re.compile(
    r"\b(?:this|the (?:conference|event|meeting|show|thing|forum|gathering|summit)|it|here)\b")
# ... not of a part of it, a service, or something of the asker's own.
_NOT_THE_ORGANISERS_OF_IT = re.compile(
    r"\b(?:side ?events?|sessions?|panels?|breakouts?|workshops?|receptions?|dinner|lunch|"
    r"tours?|exhibition\w*|cafeteria|wifi|website|webcast|security|registration|bilaterals?|"
    r"visas?|hotels?|shuttles?|bus|my|our|speakers?|moderat\w*|chair\w*)\b")


def asks_who_organises(text: str) -> bool:
    """Whether ``text`` asks who organises or runs the event."""
    said = _plain(text)
    return (_WHO_RUNS.search(said) is not None and _THIS_EVENT.search(said) is not None
            and _NOT_THE_ORGANISERS_OF_IT.search(said) is None)


# "roughly how many countries sent people to this?", "how big is this thing, like how
# many people": how many take part, which the file's entry on who attends answers when it
# gives the figures.
_HOW_MANY_COME = re.compile(
    r"\bhow (?:many|much) (?:people|ppl|participants|attendees|delegates|delegations|"
    r"countries|nations|member states|states|civil society|csos|ngos|organi[sz]ations|orgs|"
    r"international organi[sz]ations|un entities)\b.*\b(?:coming|come|attend\w*|"
    r"participat\w*|taking part|take part|represented|sending|sent|expected|"
    r"registered)\b|\bhow big is (?:this|the) (?:thing|conference|"
    r"event|meeting)\b|\bheadcount\b|\bnumber of (?:participants|attendees|delegations|"
    r"countries|member states)\b")
# Not a room's or a session's (its capacity), a limit per delegation, another year's,
# nor the UN's own ("how many member states does the UN have in total"), nor a part of
# them (from a region, women, ministers), which an entry's total does not say.
_NOT_HOW_MANY_COME = re.compile(
    r"\b(?:sessions?|side ?events?|panels?|breakouts?|rooms?|halls?|seats?|capacity|"
    r"per (?:delegation|country)|one country|each country|can (?:a|one|each)|send up to|"
    r"last year|previous|20\d\d|speakers?|speak|statements?|reception|dinner|"
    r"(?:un|united nations) have|in the world|from|women|female|youth|young|ministers?|"
    r"heads? of state)\b")


def asks_how_many_take_part(text: str) -> bool:
    """Whether ``text`` asks how many people, countries or organisations take part."""
    said = _plain(text)
    return _HOW_MANY_COME.search(said) is not None and _NOT_HOW_MANY_COME.search(said) is None


_FIGURES = re.compile(r"\b(?:\d+|hundreds|thousands|dozens)\b")


def figures_given(question: str, said: str) -> bool:
    """Whether an entry saying ``said`` gives figures, as a question of how many asks."""
    return _FIGURES.search(said) is not None


# "need an invitation ltr for my visa appt asap, how do i get one", "Does a participant
# travelling on a Kenyan passport need a US visa for this?": whether a visa is needed, or
# how to get a letter of invitation for one, which the file's entry on visas answers.
_VISA_NEEDED = re.compile(
    r"\b(?:need|needs|require|required|requires|necessary)\b (?:[\w-]+ ){0,4}?(?:a |an )?"
    r"(?:us |u s |american |schengen |entry |\w+ )?visa\b|\bvisa (?:required|needed)\b")
_LETTER_FOR_A_VISA = re.compile(
    r"\b(?:invitation (?:letter|ltr)|letter of invitation|visa letter|letter for (?:my|the|a|"
    r"our|his|her) (?:\w+ )?visa|proof that i m invited|something official)\b")
# Not one visa's fate or fees, a deadline, a nationality's or another country's visa (the
# entry speaks of the host country's in general), nor a certificate afterwards (another
# entry's).
_NOT_THE_VISA = re.compile(
    r"\b(?:refused|rejected|denied|delay\w*|fee|fees|cost|price|how much|how long|status|"
    r"expired|overstay|extend\w*|certificate|attended|badge|registration|deadline|last day|"
    r"date|until when|by when|transit|passport holders|citizens?|nationals?|"
    r"visa for (?!the |this|us\b|usa|u s|united states|new york|america)\w+)\b")


def asks_about_a_visa(text: str) -> bool:
    """Whether ``text`` asks whether a visa is needed or how to get an invitation letter."""
    said = _plain(text)
    return ((_VISA_NEEDED.search(said) is not None
             or _LETTER_FOR_A_VISA.search(said) is not None)
            and _NOT_THE_VISA.search(said) is None)


_VISA_ANSWERS = (
    (_VISA_NEEDED, re.compile(r"\bvisas?\b")),
    (_LETTER_FOR_A_VISA, re.compile(r"\bletters?\b")),
)


# Whether an entry saying ``said`` answers what ``question`` asks of visas.
visa_answered = _SaysWhatIsAsked(_VISA_ANSWERS)
