"""The event itself, in the asker's words and in the file's.

Attendees call the event "the conference", "this meeting", "the event" or "this whole
thing" whatever the organisers named it; a file about a "Regional Forum" or a
"Youth Consultation" says "forum" or "consultation" throughout, and may use
"conference" only in its rooms' names ("Conference Room C3"). Read word for word,
"what is this conference about?" then finds a room. A question that points at the
event ("this ...", "the conference") is matched with the file's own word for it; a
compound that names a place ("conference room", "meeting hall") or another gathering
("a side event", "a bilateral meeting") is left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.core.lexicon import STOPWORDS
from bot.core.models import KnowledgeBase
from bot.core.text import fold, words

# Words for an event as a whole, in the order a name is searched for its own.
EVENT_NOUNS = (
    "conference", "forum", "consultation", "workshop", "summit", "symposium", "seminar",
    "congress", "convention", "meeting", "event", "gathering",
)
_NOUNS = "|".join(EVENT_NOUNS)
# After an event's word, a word that makes the pair a place or a part of the event.
_PLACE = (
    r"room|rooms|hall|halls|centre|center|building|chamber|services|facilities|desk|area|"
    r"officer|officers|staff|secretariat|website|site|app|materials|programme|program"
)
# "this [up to three words] conference", "this whole thing": the asker points at the
# event they are at; "the conference" too, but "the meeting" is often another one.
_POINTED = re.compile(
    rf"\b(?P<lead>this|this whole|this entire)\s+(?P<between>(?:[\w'-]+\s+){{0,3}}?)"
    rf"(?P<noun>{_NOUNS}|thing)\b(?!\s+(?:{_PLACE})\b)"
)
_DEFINITE = re.compile(
    rf"\b(?P<lead>the|your|ur)\s+(?P<between>)(?P<noun>conference|forum|consultation|"
    rf"workshop|summit|symposium|seminar|congress|convention|event)\b(?!\s+(?:{_PLACE})\b)"
)


def own_event_noun(kb: KnowledgeBase) -> str | None:
    """The file's word for its event: the first event noun in its name, if any."""
    return _first_event_noun(kb.conference.name)


@lru_cache(maxsize=16)
def _first_event_noun(name: str) -> str | None:
    # Once per file's name: the programme asks it of every question, several times.
    folded = fold(name)
    found = [(match.start(), match.group(0)) for noun in EVENT_NOUNS
             for match in re.finditer(rf"\b{noun}\b", folded)]
    return min(found)[1] if found else None


def in_own_words(text: str, own: str | None) -> str:
    """``text`` with the event it points at called by the file's own word."""
    if own is None:
        return text
    folded = fold(text)

    def swap(match: re.Match[str]) -> str:
        between = match.group("between")
        if any(word in EVENT_NOUNS for word in between.split()):
            return match.group(0)  # "this side event" says which event already
        if match.group("noun") == own or (between.split()[-1:] == ["side"]):
            return match.group(0)
        return f"{match.group('lead')} {between}{own}"

    rewritten = _DEFINITE.sub(swap, _POINTED.sub(swap, folded))
    return text if rewritten == folded else rewritten


# A question about where the event is, and nothing else: one of these words...
# ("adress", "addres": the commonest misspellings of the word).
_WHERE = frozenset(
    "where wheres whereabouts address adress addres location located venue city centre "
    "center".split())
_WHERE_ALONE = frozenset("where wheres whereabouts".split())  # ...which names nothing
# "To whom must I address myself?" asks whom to contact: "address" the verb.
_ADDRESS_ONESELF = re.compile(
    r"\baddress(?:ed|ing)?\s+(?:myself|ourselves|yourself|yourselves|himself|herself|"
    r"themselves|oneself)\b", re.IGNORECASE)
# Any word of going somewhere, anywhere in a text (wider than ``_GETTING_THERE`` below): a
# story's asking sentence with one asks the way from where the story is (``answering``).
_THE_WAY = re.compile(r"\b(?:get|getting|go|going|way|reach|come|coming|travel)\b",
                      re.IGNORECASE)
# "How do I get there?", "how to reach the venue": the way to it...
_GETTING_THERE = re.compile(
    r"\bhow (?:(?:do|can|should|would|will) (?:i|we|you|one|u) |to )?(?:best )?"
    r"(?:get|reach|go|come|find)\b|\b(?:best|easiest|quickest) way (?:to )?"
    r"(?:get|reach|go|come)\b|\bdirections\b|\bgetting there\b")
# ...said with these words besides.
_WAY_WORDS = frozenset("how get getting reach go come find best easiest quickest way "
                       "directions".split())
# ...and otherwise only these (besides small words and words for the event): "what is the
# venue called?" asks for it as much as "where is the venue?".
_VENUE_WORDS = frozenset(
    """
    where wheres whereabouts address adress addres location located locate situated venue
    venues site
    held hold holding host hosted hosting place taking take takes happen happening happens
    city town country building exact exactly again pls plz please hi hello so sorry
    what whats wat which un united nations
    actually u r ur we meet meeting us it this whole thing
    kindly advise confirm inform indicate grateful good morning afternoon evening
    name called centre center convention congress hq
    """.split()
)


@dataclass(frozen=True)
class VenueWords:
    """The words a file gives its event and venue, worked out once per index
    (``MatchIndex.venue_words``), not once per question."""

    names: frozenset[str]  # the event's short name and the venue's name
    place: frozenset[str]  # the venue's name, initials and address: not the event's own

    def name(self, word: str) -> bool:
        """Whether ``word`` names the event or its venue: a word for an event, the
        event's or venue's name, the venue's initials or address."""
        return word in EVENT_NOUNS or word in self.names or word in self.place

    def said_of(self, word: str) -> bool:
        """Whether ``word`` is one of those or of the words asking where a venue is."""
        return word in _VENUE_WORDS or self.name(word)


def venue_words(kb: KnowledgeBase) -> VenueWords:
    names = [kb.conference.short_name or "", kb.venue.name if kb.venue else ""]
    place: frozenset[str] = frozenset()
    if kb.venue is not None:
        place = venue_name_words(kb) | _place_words(words(kb.venue.address))
    return VenueWords(frozenset(w for name in names for w in words(name)), place)


def venue_name_words(kb: KnowledgeBase) -> frozenset[str]:
    """The venue's name and its initials ("the UN" for United Nations Headquarters),
    without its address: "new york" in a question is as often about the city."""
    if kb.venue is None:
        return frozenset()
    name = words(kb.venue.name)
    initials = ["".join(w[0] for w in name[:n]) for n in range(2, len(name) + 1)]
    return _place_words([*name, *initials])


def _place_words(said: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in said if w.isalpha() and w not in EVENT_NOUNS) - STOPWORDS


# Ways of travelling, and of asking how long it takes: a question asking the way to the
# event from a place may say them ("which train do I take to get to the UN from Times
# Square?"). Not "shuttle": a file may have an entry on its shuttle.
_TRAVEL_WORDS = frozenset(
    """
    taxi taxis cab cabs uber lyft car drive driving ride train trains subway metro bus buses
    walk walking foot underground tube transport public transit take long far time quickest
    fastest simplest cheapest roughly approx approximately minutes journey trip route
    line stop station
    """.split()
)


# "from Grand Central Terminal", "from JFK airport": a place's name is short.
_ORIGIN_WORDS_MAX = 3


def _place_after(
    after: Sequence[str], ends: Callable[[str], bool], kept: frozenset[str] = frozenset(),
) -> tuple[str, ...] | None:
    """The place named by the words ``after`` "from" (or "landing at"): the small words
    before it skipped ("from the airport", "from my hotel"; not those ``kept``), up to a
    small word or one that ``ends`` it; None for none, or for more words than a place's
    name has."""
    rest = list(after)
    while rest and rest[0] in STOPWORDS and rest[0] not in kept:
        rest.pop(0)
    origin: list[str] = []
    for word in rest:
        if word in STOPWORDS or ends(word):
            break
        origin.append(word)
    return tuple(origin) if origin and len(origin) <= _ORIGIN_WORDS_MAX else None


def way_from(text: str, known: VenueWords) -> tuple[str, ...] | None:
    """The place ``text`` asks the way to the event from ("how do I get to the UN from
    Grand Central?": ``("grand", "central")``), or None when it asks anything else, or
    the way from nowhere in particular (``asks_where_the_event_is`` reads that)."""
    every = words(text)
    if "from" not in every or _GETTING_THERE.search(" ".join(every)) is None:
        return None
    # "from here" and "from there" name no place.
    origin = _place_after(every[every.index("from") + 1:],
                          ends=lambda word: word in _WAY_WORDS or known.name(word),
                          kept=frozenset(("here", "there")))
    if origin is None:
        return None
    said = [w for w in every if w not in STOPWORDS and w not in origin]
    if "there" not in every and not any(known.name(w) for w in said):
        return None  # "how do I get to my hotel from the UN?"
    if all(known.said_of(w) or w in _WAY_WORDS or w in _TRAVEL_WORDS for w in said):
        return tuple(origin)
    return None


# "how long is a cab ride from laguardia", "From JFK how long to the UN by car in the
# morning traffic?", "which train do I take to get to UN HQ from Times Square?": how long
# the journey to the event takes, or by what means, from a place. The asker's day, hour
# and story ("landing at JFK thursday around 7am") may be said besides.
_JOURNEY = re.compile(
    r"\b(?:how long|how far|how much time|how many minutes|quickest|fastest|simplest|"
    r"easiest|best way|best route|which (?:train|subway|metro|bus|line|station|stop)|"
    r"what (?:train|subway|metro|bus|line)|by (?:cab|taxi|car|train|subway|metro|bus|uber)|"
    r"on foot|walk(?:ing)? (?:to|there|over|from)|which way|take the (?:train|subway|"
    r"metro|bus)|how (?:do|can|should|would) (?:i|we|you|one|u) (?:get|go) (?:to|2|there|"
    r"from|frm)|how to (?:get|go) (?:to|2|there|from|frm))\b")
# ... a journey, said by a way of travelling or by going to the event.
_TRAVELLED = re.compile(
    r"\b(?:taxi|taxis|cab|cabs|uber|lyft|car|drive|driving|ride|train|subway|metro|bus|"
    r"underground|tube|walk|walking|foot|journey|trip|commute|transit|transport|reach|"
    r"arriv\w*|(?:get|getting|go|going) (?:to|2|there))\b")
# Where a journey goes, said after a word of going: the event, or nowhere in particular.
_GOING_TO = re.compile(
    r"\b(?:get|go|goes|going|getting|reach|ride|drive|walk|way|route|line|travel|take me|"
    r"take us|from [\w ]{1,30}?) (?:to|2|into) (?:the |a |an )?(?P<to>\w+)"
    r"(?P<then>(?: \w+){0,2})")
# "the UN office in vienna": the place named in another city.
_IN_A_CITY = re.compile(r"^(?: \w+){0,2}? in (?P<city>\w+)")
_SOMEWHERE_THERE = frozenset("there here venue building city manhattan midtown".split())
# Where the journey starts: "from X", "landing at X", "arrive into X".
_STARTING = re.compile(
    r"\b(?:from|frm|landing (?:at|in|into)|land (?:at|in|into)|lands (?:at|in|into)|"
    r"arriv\w* (?:at|in|into)|(?:flight|plane) gets? into)\b")
# Said after a place's name, not of it: the day and hour ("from JFK thursday morning").
_WHEN_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs fri sat sun today tonight tomorrow morning afternoon evening night early late
    around about approx approximately roughly rn
    """.split())
# Not the journey's time or means, which the directions say: its price, a car's parking
# or a drop-off place, a pick-up or shuttle (another entry's, where a file has one), the
# way back, safety, access, luggage.
_NOT_THE_JOURNEY = re.compile(
    r"\b(?:cost|costs|fare|fares|price|prices|pay|charge|dollars|usd|how much(?! time)|"
    r"park|parking|parked|drop\w* (?:me |us |him |her )?off|drop-?off|"
    r"pick\w* (?:me |us |him |her )?up|pickup|pick-up|meet (?:me|us)|shuttles?|transfers?|"
    r"back to|to the airport|to (?:my|the|our) hotel|safe|safety|danger\w*|dark|"
    r"wheel ?chairs?|accessib\w*|luggage|suitcases?|bags?|visas?|lost|stolen|"
    r"closed|closures?|motorcade)\b")


def _elsewhere(going: re.Match[str], known: VenueWords) -> bool:
    """Whether a journey goes somewhere but to the event: a place the file does not
    name as its own, a room ("conf room 11": a word for the event, then a place's), the
    event's place in another city ("the UN office in vienna")."""
    to, then = going.group("to"), going.group("then").split()
    if to in _WAY_WORDS or to in _TRAVEL_WORDS or to in ("arrive", "make"):
        return False  # "the quickest way to get to the UN": a verb, not a place
    if not known.said_of(to) and to not in _SOMEWHERE_THERE:
        return True
    if to in EVENT_NOUNS and then and re.fullmatch(_PLACE, then[0]):
        return True
    city = _IN_A_CITY.match(going.string[going.end("to"):])
    return city is not None and not (
        known.said_of(city.group("city")) or city.group("city") in STOPWORDS
        or city.group("city") in _WHEN_WORDS)


def journey_from(text: str, known: VenueWords) -> tuple[str, ...] | None:
    """The place ``text`` asks how long the journey to the event takes, or by what means,
    from ("how long is a cab ride from laguardia": ``("laguardia",)``; "landing at JFK
    thursday around 7am, whats the quickest way to get to the UN from there":
    ``("jfk",)``), or None. Only to the event: a journey to somewhere the file does not
    name as its own ("to my hotel") is not, nor one whose price, parking or pick-up is
    asked. Who says what the place is, is the caller's (``answering``)."""
    said = " ".join(words(fold(text).replace("'", " ")))
    if (_JOURNEY.search(said) is None or _TRAVELLED.search(said) is None
            or _NOT_THE_JOURNEY.search(said) is not None):
        return None
    if any(_elsewhere(going, known) for going in _GOING_TO.finditer(said)):
        return None  # "how do I get from the GA lobby to the Trusteeship Council Chamber?"
    def ends(word: str) -> bool:
        return (word in _WAY_WORDS or word in _TRAVEL_WORDS or word in _WHEN_WORDS
                or known.name(word) or not word.isalpha())

    for start in _STARTING.finditer(said):
        origin = _place_after(said[start.end():].split(), ends)
        if origin is not None:
            return origin
    return None


# "the street address of the venue", "address for the UN pls": the address of the event's
# place, whatever the asker wants it for ("... need it for the car booking"). Not an
# email, web or IP address.
_ADDRESS_OF = re.compile(
    r"(?<!e-mail )(?<!email )(?<!e mail )(?<!web )(?<!website )(?<!ip )(?<!mac )"
    r"\b(?:address|adress|addres)\s+(?:of|for)\s+(?P<place>(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?=\s*(?:$|[.,;:!?]|\s(?:pls|please|plz|including|for|so|as|i|we|to|in|because)\b))")


def asks_the_address(text: str, known: VenueWords) -> bool:
    """Whether ``text`` asks for the address of the event's place ("i need to send my
    colleague the adress of the UN, what is exact", "street address for the venue pls,
    need it for the car booking"), whatever else it says: the address of anything else
    ("of the hotel", "of the pass office") is not."""
    for match in _ADDRESS_OF.finditer(fold(text)):
        place = [w for w in words(match.group("place")) if w not in STOPWORDS]
        if place and all(known.said_of(w) for w in place):
            return True
    return False


def says_the_way(text: str) -> bool:
    """Whether ``text`` has a word of going somewhere ("get", "way", "reach" ...)."""
    return _THE_WAY.search(text) is not None


def asks_where_the_event_is(text: str, known: VenueWords) -> bool:
    """Whether ``text`` only asks where the event takes place ("where is it held?",
    "wheres the venue at", "address pls", "where is the UN", "is the conference at UN
    headquarters in New York?"): no room, desk, session or service named, only the event
    or its venue by name. A picture in place of the words names something too: "☕ + 🥪
    where??" asks where the coffee is, not the venue ("where is it held? 🙏" still asks
    where the event is)."""
    if _ADDRESS_ONESELF.search(text):
        return False
    every = words(text)
    said = [w for w in every if w not in STOPWORDS]
    if (all(w in _WHERE_ALONE for w in said)
            and any(unicodedata.category(c) == "So" for c in text)):
        return False
    way = _GETTING_THERE.search(" ".join(every)) is not None
    if any(w in _WHERE for w in said):
        # "may I know the venue of the conference? is it at UN Headquarters in New York?"
        return all(known.said_of(w) or (way and w in _WAY_WORDS) for w in said)
    if way and ("there" in every or any(known.name(w) for w in said)):
        # "How do I get there?", "how to get to the conference?": the way to the venue,
        # asked from nowhere in particular ("... from the airport" names a place).
        return all(known.said_of(w) or w in _WAY_WORDS for w in said)
    # A yes/no question naming the place: "is it in new york?", "will it be at the UN?".
    return (
        every[:1] in (("is",), ("will",), ("are",))
        and any(w in known.place for w in said)
        and all(known.said_of(w) for w in said)
    )
