"""The kind of fact a question asks for, and the kinds of fact an entry states.

Shared words say an entry is about the right thing; they do not say it holds what
was asked. "Where is the conference held?" wants a place, and an entry about the
conference's purpose names none; "how much is a taxi from JFK?" wants a price, and
the travel entry gives only times. Matching the kind asked against the kinds held is
general (any conference, any FAQ) and catches the classic confident-but-wrong answer.

The question side reads the question words (English; other languages rely on the
semantic signal). The entry side reads the text for times, places, people, prices,
counts and contacts; a session states its time and room by construction.
"""

from __future__ import annotations

import enum
import re

from bot.core.memo import per_object
from bot.core.models import FaqEntry, Item, KnowledgeBase, Room, Session, Theme
from bot.core.text import fold


class Fact(enum.Flag):
    NONE = 0
    TIME = enum.auto()  # a day, date or moment ("when", "what day")
    CLOCK = enum.auto()  # a time of day ("what time", "opening hours")
    PLACE = enum.auto()
    PERSON = enum.auto()
    PRICE = enum.auto()
    COUNT = enum.auto()
    CONTACT = enum.auto()  # any way to reach someone: an email, a phone, a desk, a website
    PHONE = enum.auto()  # a telephone number
    EMAIL = enum.auto()  # an email address
    AGE = enum.auto()  # how old someone or something is
    SAID = enum.auto()  # what someone said: a speech's or a meeting's content
    REASON = enum.auto()  # asked only: "why", "what for"; no entry "holds" a reason


# The kinds an entry can state (a reason is only ever asked for).
STATED = (
    Fact.TIME | Fact.CLOCK | Fact.PLACE | Fact.PERSON | Fact.PRICE | Fact.COUNT | Fact.CONTACT
    | Fact.PHONE | Fact.EMAIL | Fact.AGE | Fact.SAID
)


# -- what a question asks (folded text) ----------------------------------------------

# Things, not people, whose name may be asked ("the name of the venue", "what's the name of
# the wifi network"): a place or a thing named is no person asked for.
NAMED_THINGS = (
    r"(?:venue|building|hall|room|rooms|hotel|hotels|restaurant|cafe|cafeteria|centre|center|"
    r"place|station|stop|street|avenue|network|wifi|conference|event|meeting|session|"
    r"workshop|forum|app|website|site|hashtag|document|report|book|film|programme|theme|"
    r"topic|airport|metro|bus|shuttle|channel|group|company|organisation|organization|"
    r"agency|dish|menu|river|mountain|city|district|area|square|park|gate|entrance)s?\b"
)
# ... after "name of": "the venue", "the congress centre", "this hotel".
_A_NAMED_THING = r"(?:(?:the|this|that|our|your) )?(?:\w+ ){0,2}" + NAMED_THINGS
# Each kind of fact by the words that ask for it (alternatives, matched as whole words).
_ASKED_BY: dict[Fact, str] = {
    Fact.TIME: (
        r"when|whens|what day|which day|what date|which date|deadline|until when|"
        r"till when|by when|how long (?:is|does|will|do)|how much longer"
    ),
    Fact.CLOCK: (
        r"what time|wat time|which time|at what time|what hours?|which hours?|opening hours|"
        r"how early|"
        r"how late|open until|closing time|(?:start|end|open|close|finish)(?:s|ing)? at"
    ),
    Fact.PLACE: (
        # "which conference room", "what meeting room": a room, however named
        r"where|wheres|whereabouts|which (?:(?:conference|meeting|side) )?(?:room|building|"
        r"floor|entrance|gate|door|hall|chamber|venue|location|level)|"
        r"what (?:(?:conference|meeting|side) )?(?:room|building|floor|entrance|address|venue|"
        r"location|level)|"
        # "address" the place, not the speech ("the opening address", "will address the
        # assembly") nor the email one
        r"(?<!mail )(?<!opening )(?<!keynote )(?<!closing )(?<!welcome )(?<!inaugural )"
        r"(?<!video )(?<!will )(?<!to )address(?!es)(?! (?:the|a|an|this|our|delegates))|"
        r"location|located|situated|directions? to"
    ),
    Fact.PERSON: (
        r"who(?: is| s| are| was| will| will be|'s)? (?:the |a )?"
        r"(?:(?:deputy|vice|assistant|acting|current|new|chief|under|special|senior) )*"
        r"(?:speak|chair|moderat|open|"
        r"clos|lead|head|present|host|deliver|giv|keynot|introduc|run|director|rapporteur|"
        r"presid|minister|ambassador|envoy|spokes|secretary|executive|coordinator|focal|"
        r"panel)\w*|names? of (?!" + _A_NAMED_THING + r")(?:the )?\w+|"
        r"(?:what|whats) (?:is )?(?:the )?names?\b(?! of " + _A_NAMED_THING + r")|"
        r"which speakers?|"
        # who made a thing: "who designed the chamber", "who founded UNOCT"
        r"who (?:designed|built|founded|created|established|wrote|invented|painted|made)"
    ),
    Fact.PRICE: (
        r"how much(?! time| longer)|costs?|prices?|priced|fees?|fares?|expensive|"
        r"cheap(?:er|est)?|tariffs?|"
        r"(?:do|will|must|should) (?:i|we) (?:have to |need to )?pay|pays? for|paying for|"
        r"reimburs\w*|per diem|"
        # "is there a charge for the cloakroom?", "do they charge per coat?" (not "charge
        # my phone"); "a discounted room rate", "the exchange rate" (not "the rate of
        # attacks"): 76 of the 79 such questions in the question sets are about a price the
        # FAQ does not state
        r"(?:is there|any|a|an extra) (?:fee or )?charge|"
        r"charges? (?:anything|for|per|a fee|money|extra)|"
        r"(?:room|nightly|hotel|discounted|discount|special|group|reduced|daily|hourly|"
        r"exchange|conference|preferential|negotiated|corporate) rates?|rates? (?:for|per)|"
        r"discounts?|discounted|"
        # "is the cloakroom free?", "is parking free of charge": free of charge, asked
        # at the end of a yes/no question (not "are you free at 3", "is room 2 free now")
        r"free of charge|for free|"
        r"^(?:is|are|will)\b(?:\s+\S+){1,4}\s+free(?=\s*\?*\s*$)|"
        # "the exact DSA amount per day", "the per diem rate" (not "the amount of time")
        r"(?:dsa|per diem|allowance|subsistence) (?:rates?|amounts?)|"
        r"(?:exact|total) amounts?(?! of)|"
        r"amounts? (?:per|of money|of the (?:dsa|allowance|per diem))"
    ),
    Fact.COUNT: r"how many|(?<!phone )(?<!telephone )number of|how big|capacity",
    Fact.REASON: r"why|what for|for what reason|purpose|what is the point",
    Fact.CONTACT: (
        r"contact details|contact|how (?:do|can) (?:i|we) reach|"
        r"who (?:do|should|can|shall) (?:i|we) (?:ask|contact|call|tell|inform|email|write)|"
        r"whom (?:do|should|can) (?:i|we)"
    ),
    Fact.PHONE: r"phone number|telephone|phone no|number to call|call number",
    Fact.EMAIL: r"e ?mail address|email|e-mail address",
    Fact.AGE: (
        r"how old|what age is|what is (?:his|her|their) age|age of (?:the |mr |ms |dr )?[a-z]+"
    ),
    # An FAQ says where statements are posted, not what they said: a question about the
    # content of a speech or a debate wants what no entry holds unless it quotes one.
    Fact.SAID: (
        r"what (?:exactly |precisely |actually |really )?did (?:[\w-]+ ){1,4}"
        r"(?:say|said|announce|talk about|speak about|discuss|argue)|"
        r"what was (?:said|discussed|announced|agreed)|what were the (?:key )?(?:points|messages|"
        r"takeaways)|summar(?:y|ise|ize) (?:of )?what"
    ),
}
_ASKS = tuple((fact, re.compile(rf"\b({words})\b")) for fact, words in _ASKED_BY.items())
_IN_CHARGE = re.compile(r"\bin charge\b")


# "When" that joins a clause rather than asking ("what hashtag should I use when
# tweeting?", "how do I get in when I come late?"): it comes after another asking word
# of its clause, with no verb of knowing or telling between them ("could you tell me
# when it opens?" asks the time), or before an "-ing" form.
_CLAUSE_END = re.compile(r"[,;:?.!]|\b(?:and|but|or|so)\b")
_ASKING_WORD = frozenset(
    "what whats which who whos where wheres how hows can could should is are do does did will "
    "would may must shall".split())
_KNOWING = frozenset(
    "know knows tell told idea sure wonder wondering wondered ask asking asked find confirm "
    "check say clarify advise inform remind unclear".split())
_WORD = re.compile(r"[a-z']+")
_WHEN = re.compile(r"\bwhen\b")


def _joins(text: str, when: re.Match[str]) -> bool:
    """Whether this "when" of the folded text joins clauses (above) rather than asks."""
    following = _WORD.match(text, when.end() + 1)
    if following is not None and following.group().endswith("ing") and len(following.group()) > 5:
        return True  # "when tweeting"
    before = _WORD.findall(_CLAUSE_END.split(text[:when.start()])[-1])
    first = next((i for i, w in enumerate(before) if w in _ASKING_WORD), None)
    return first is not None and _KNOWING.isdisjoint(before[first:])


def _without_joining_when(text: str) -> str:
    """The folded text with each "when" that joins clauses left out."""
    kept, last = [], 0
    for found in _WHEN.finditer(text):
        if _joins(text, found):
            kept.append(text[last:found.start()])
            last = found.end()
    return "".join(kept) + text[last:]


def asked(question: str) -> Fact:
    """The kinds of fact a question asks for (NONE for yes/no and how-to questions)."""
    text = _without_joining_when(_IN_CHARGE.sub("", fold(question).replace("\u2019", "'")))
    found = Fact.NONE
    for fact, pattern in _ASKS:
        if pattern.search(text):
            found |= fact
    return found


# A price or a count asked by naming it ("certificate for my travel reimbursement?", "the
# room's capacity?", "per diem?") rather than with "how much" or "how many": an entry that
# uses that very word speaks to it (the reimbursement it is for, "capacity is limited",
# "no per diem is paid") even where it states no amount or number.
_NAMED_BY = (Fact.PRICE, Fact.COUNT)
_QUESTION_WORD = re.compile(r"^(?:how|what|which|do|will|must|should|number)\b")


def named(question: str) -> tuple[tuple[Fact, re.Pattern[str]], ...]:
    """The words by which a question names a price or a count, each as a pattern to look
    for in an entry's folded text (``echoed``); none for a kind also asked with "how
    much" or "how many", which want the amount or number itself."""
    text = _IN_CHARGE.sub("", fold(question).replace("\u2019", "'"))
    found: dict[str, Fact] = {}
    for fact, pattern in _ASKS:
        spans = [m.group(0) for m in pattern.finditer(text)] if fact in _NAMED_BY else []
        if any(_QUESTION_WORD.match(span) for span in spans):
            continue  # "how much is the reimbursement?" wants the amount itself
        for span in spans:
            found.setdefault(span, fact)
    return tuple((fact, re.compile(rf"\b{re.escape(word)}\b")) for word, fact in found.items())


def echoed(naming: tuple[tuple[Fact, re.Pattern[str]], ...], said: str) -> Fact:
    """The kinds of fact a question names (``named``) with words the entry also uses."""
    found = Fact.NONE
    for fact, pattern in naming:
        if pattern.search(said):
            found |= fact
    return found


# -- what an entry states (its own text, folded) -----------------------------------------

_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.-]+"
_PHONE = r"\+?\d[\d ().-]{7,}\d"
# A spelt-out amount of something counted in time: "about three minutes", "a few days".
_NUMBER_WORDS = (
    r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|forty-five|sixty|ninety|a few|few|several|a couple of"
)
_DURATION = rf"\b(?:\d+|{_NUMBER_WORDS}) (?:minutes?|hours?|days?|weeks?|months?)\b"
# "may" alone is the verb far more often than the month.
_MONTHS = (
    r"january|february|march|april|in may|june|july|august|september|october|november|december"
)
# A web address or an online place answers "where can I watch / download / read it".
_WEB_ADDRESS = r"https?://|www\."
_ONLINE = _WEB_ADDRESS + r"|\b(?:website|web site|webpage|web page|web tv|portal|online)\b"
_CLOCK_STATED = (
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|\b(?:noon|midday|midnight)\b"
)

# "free" states a price, but not in "visa-free", "smoke-free" (without) or "feel free".
_FREE_STATED = r"(?<![-\w])(?<!feel )free\b"
# Nor where it says a thing is not taken: "you may book a second slot if the room is
# free" states no price (``_without_availability`` takes such clauses out first).
_AVAILABILITY = re.compile(
    r"\b(?:if|when|whenever|once|while|until)\b[^.;:!?]{0,40}?\b(?:is|are|becomes?|gets?)"
    r"\s+free\b"
)
# An amount itself: a sum of money, or none at all ("free", "no fee"); not "at their own
# cost" or "a fee applies", which say who pays or that one does, not how much.
# Currencies by their codes and names, written before or after the sum ("USD 138",
# "1,500 KES", "300 baht").
_CURRENCY = (
    r"(?:usd|us\$|us dollars?|dollars?|eur|euros?|chf|swiss francs?|francs?|gbp|pounds?|kes|"
    r"ksh|shillings?|thb|baht|etb|birr|pab|balboas?|jpy|yen|cny|rmb|yuan|inr|rupees?|brl|"
    r"reais|mxn|pesos?|cad|aud|zar|rand|ngn|naira|egp|aed|dirhams?|sar|riyals?|rub|"
    r"roubles?|rubles?|tzs|ugx|xof|xaf|cfa francs?)"
)
_AMOUNT_NAMED_TEXT = (
    rf"[$\u20ac\u00a3\u00a5]\s?\d|\d\s?{_CURRENCY}\b|\b{_CURRENCY}\s?\d|"
    + _FREE_STATED + r"|\bno (?:fee|charge|cost)\b|\bat no cost\b"
)
_AMOUNT_NAMED = re.compile(_AMOUNT_NAMED_TEXT)
# A price named outright, for the price veto: an amount, or a fee or cost named;
# stricter than the price an entry holds (``_STATED_BY``), where "pay" or "fares" also
# say the entry is about money at all.
# "There is no negotiated rate", "no discount" says there is none to ask for, which
# answers whether there is one, not how much a thing costs.
_PRICE_NAMED_TEXT = (
    _AMOUNT_NAMED_TEXT + r"|\bcharge[sd]?\b|\bcosts?\b|\bprices?\b"
    r"|\bno (?:[a-z]+ )?(?:rates?|discounts?)\b"
)
_PRICE_NAMED = re.compile(_PRICE_NAMED_TEXT)


def _without_availability(text: str) -> str:
    """The text without its clauses on something being free as in not taken."""
    return _AVAILABILITY.sub(" ", text)


def names_price(text: str) -> bool:
    """Whether a (folded) text names a price outright: an amount, a fee or "free"."""
    return bool(_PRICE_NAMED.search(_without_availability(text)))


# "How much is the DSA per day?", "what does a taxi cost per person": an amount asked.
_AMOUNT_ASKED = re.compile(r"\bhow much\b(?! time| longer)|\bper (?:day|night|person|head)\b")


def names_amount(text: str) -> bool:
    """Whether a (folded) text names a sum of money, or that there is none to pay."""
    return bool(_AMOUNT_NAMED.search(_without_availability(text)))


def asks_amount(question: str) -> bool:
    """Whether a (folded) question asks how much, not only whether or who pays."""
    return bool(_AMOUNT_ASKED.search(question))

# Each kind of fact by what an entry's text says when it states one.
_STATED_BY: dict[Fact, str] = {
    Fact.CLOCK: _CLOCK_STATED,
    Fact.TIME: (
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\b|"
        rf"\b(?:{_MONTHS})\b|\b(?:19|20)\d\d\b|{_DURATION}|"
        r"\bdeadline\b|\b(?:morning|afternoon|evening|night)\b|" + _CLOCK_STATED
    ),
    Fact.PLACE: (
        r"\b(?:room|rooms|hall|chamber|building|floor|lobby|entrance|gate|desk|street|avenue|"
        r"corner|basement|counter|booth|located|next to|opposite|plaza|station|headquarters|"
        r"cafe|cafeteria|garage|lounge|stakeout|address|outside|outdoors|terrace|courtyard|"
        r"garden|lawn)\b|" + _ONLINE
    ),
    Fact.PERSON: (
        r"\b(?:secretary-general|secretary general|under-secretary|director|president|"
        r"chair|chairs|chaired|chairing|minister|ambassador|moderat\w*|speakers?|keynote|"
        r"rapporteurs?|envoy|commissioner|mr|ms|mrs|dr|prof)\b"
    ),
    Fact.PRICE: _PRICE_NAMED_TEXT + r"|\bpaid\b|\bpay\b|\bfares?\b",
    Fact.COUNT: (
        r"\b\d{1,3}(?:,\d{3})+\b|\b\d+ (?!minutes|hours|days|weeks|am|pm|june|july)[a-z]+|"
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b"
    ),
    Fact.EMAIL: _EMAIL,
    Fact.PHONE: _PHONE,
    Fact.AGE: r"\b\d+ years? old\b|\bborn (?:in|on)\b|\baged? \d+|\bunder \d+\b|\bover \d+\b",
    Fact.SAID: (
        r"\b(?:said|says|stressed|underlined|underscored|highlighted|called for|told|noted that|"
        r"quote|quoted)\b"
    ),
    Fact.CONTACT: (
        _EMAIL + "|" + _PHONE + "|" + _WEB_ADDRESS + "|"
        r"\b(?:information desk|help desk|helpdesk|hotline|info desk)\b"
    ),
}
_HELD = tuple((fact, re.compile(pattern)) for fact, pattern in _STATED_BY.items())
# Each kind's pattern on its own: where a text gives a phone number, an email address.
STATED_IN: dict[Fact, re.Pattern[str]] = dict(_HELD)
# A text that says a time of day ("open 08:00-17:00").
CLOCK_STATED = re.compile(_CLOCK_STATED)
# A text that says where something is (a room's card: "Conference Building, 2nd floor").
PLACE_STATED = re.compile(_STATED_BY[Fact.PLACE])


def held(kb: KnowledgeBase, item: Item) -> Fact:
    """The kinds of fact an item states."""
    found = Fact.NONE
    if isinstance(item, Session):
        found |= Fact.TIME | Fact.CLOCK | Fact.PLACE
        if item.speakers:
            found |= Fact.PERSON
    if isinstance(item, Room):
        found |= Fact.PLACE
    # A theme's or a room's answer lists its sessions with their day, time and room.
    if isinstance(item, Theme) and any(s.theme == item.id for s in kb.sessions):
        found |= Fact.TIME | Fact.CLOCK | Fact.PLACE
    if isinstance(item, Room) and any(s.room == item.id for s in kb.sessions):
        found |= Fact.TIME | Fact.CLOCK
    text = fold(item_text(kb, item))
    priced = _without_availability(text)
    for fact, pattern in _HELD:
        if pattern.search(priced if fact is Fact.PRICE else text):
            found |= fact
    places = _places_of(kb)
    if places is not None and places.search(text):
        found |= Fact.PLACE
    return found


@per_object(8)
def _places_of(kb: KnowledgeBase) -> re.Pattern[str] | None:
    """The file's venue and room names, as one pattern (once per file): a text naming
    one says where, though in no English word for a place ("use the far end of the
    Terrasse des Jasmins"; the file's own places, named in any language)."""
    if kb.venue is None:
        return None
    names = [fold(kb.venue.name), *(fold(room.name) for room in kb.venue.rooms)]
    said = "|".join(re.escape(name) for name in names if name)
    return re.compile(rf"\b(?:{said})\b") if said else None


def answer_text(item: Item) -> str:
    """What an item says in sentences, its phrasings left out: where one sentence can be
    told from the next (its words run into the first one in ``item_text``)."""
    if isinstance(item, FaqEntry):
        return item.answer
    if isinstance(item, Session):
        return item.description or ""
    if isinstance(item, Room):
        return item.notes or ""
    return item.summary


def item_text(kb: KnowledgeBase, item: Item) -> str:
    """Everything an item says, as one text."""
    if isinstance(item, FaqEntry):
        return " ".join((item.question, *item.alternates, *item.keywords, item.answer))
    if isinstance(item, Session):
        parts = [item.title, *item.alternates, item.description or "", *item.speakers,
                 kb.room_name(item.room), f"{item.day:%A %d %B %Y}"]
        return " ".join(parts)
    if isinstance(item, Room):
        sessions = " ".join(s.title for s in kb.sessions if s.room == item.id)
        return " ".join((item.name, item.notes or "", sessions))
    assert isinstance(item, Theme)
    sessions = " ".join(s.title for s in kb.sessions if s.theme == item.id)
    return " ".join((item.title, item.summary, *item.keywords, sessions))
