"""A room or a session named as the setting of a question, not as its subject.

"I left my umbrella in conference room 6 yesterday", "found a wallet in the ECOSOC
chamber", "the internet isn't working in conference room 4": the room says where the
asker's problem happened; the question is about lost property or the wifi. Matched as
it stands, the room's own entry wins on its exact name every time, and a file's room
entries are many. So a room named after a word of place ("in", "at", "inside" ...) is
no candidate for the answer, when the rest of the question still says something of its
own; its words stay in the question (taken out too, the rest looked too much like other
entries: "the internet isn't working" is the internet theme). A question about the room
itself keeps it: "where is conference room 6" and "what floor is the ECOSOC chamber"
name it without such a word, and "how many people fit in the GA hall" asks a count.
A session is the setting in time the same way ("somewhere I can pray during the Friday
lunch break", "can I take photos during the opening"): after a word of time, since
"who speaks at the opening" is about the opening, or after "in"/"at" when the rest says
more ("can I take photos in breakout A").
"""

from __future__ import annotations

import re

from bot.core import facts
from bot.core.memo import per_object
from bot.core.models import KnowledgeBase, Room
from bot.core.schedule import find_room
from bot.core.session_names import named_sessions
from bot.core.text import fold, is_english, tokenize, words

# A word of place, then up to five words that may name a room.
_SETTING = re.compile(
    r"\b(?:in|inside|at|near|outside|from|into|by)\s+((?:[\w'-]+\s+){0,4}[\w'-]+)"
)
# Words that go with a room's own name without naming anything else.
_ROOM_WORDS = frozenset(
    "the a this that our my room rooms conference conf cr hall chamber building".split()
)
# A room typed short, "cr4", "rm11": its name all the same.
_SHORT_FORM = re.compile(r"(?:cr|rm)\d+")
# The rest of the question must say at least this many words of its own.
OWN_WORDS = 2


def settings(text: str, kb: KnowledgeBase) -> frozenset[str]:
    """The ids of the room and the sessions ``text`` names only as its setting (English)."""
    if not is_english(text):
        return frozenset()
    room = room_as_setting(text, kb)
    sessions = sessions_as_setting(kb, text)
    return sessions if room is None else sessions | {room}


def _says_more(rest: str) -> bool:
    """Whether the question without its setting still says something of its own."""
    return len([t for t in tokenize(rest) if not t.stop]) >= OWN_WORDS


def room_as_setting(text: str, kb: KnowledgeBase) -> str | None:
    """The id of the room ``text`` names as a setting, if any."""
    if not (kb.venue and kb.venue.rooms):
        return None
    folded = fold(text)
    if not _mentions(kb.venue.rooms).search(folded):
        return None  # most questions name no room: a glance first
    if not is_english(text) or find_room(kb, text) is None:
        return None
    if facts.Fact.COUNT in facts.asked(text):
        return None  # "how many seats in conference room 4": about the room
    for match in _SETTING.finditer(folded):
        found = _room_span(kb, match.group(1))
        if found is None:
            continue
        room, span = found
        if _says_more(f"{folded[:match.start()]} {folded[match.start(1) + span:]}"):
            return room
    return None


def may_name_a_room(rooms: tuple[Room, ...], folded: str) -> bool:
    """Whether a folded text holds any word of any room's name: the glance that lets
    most texts go before the real search (``find_room``)."""
    return _mentions(rooms).search(folded) is not None


# Per rooms tuple, by identity: hashing a tuple of rooms (every field of every room) on
# each question would cost more than the rest of this module.
@per_object(kept=16)
def _mentions(rooms: tuple[Room, ...]) -> re.Pattern[str]:
    """Any word of any room's name or id as typed, worked out once per FAQ version, so
    that a question naming no room is let go at a glance."""
    said = {w for room in rooms for w in re.findall(r"[a-z0-9]+", fold(f"{room.name} {room.id}"))}
    # No word end: "cr11" and "rm4" are typed as one word.
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, said | _TYPED))) + r")")


# How a room is typed besides its name: "rm 4", "CR4", "conf room".
_TYPED = frozenset({"room", "rm", "cr", "conf"})


def _room_span(kb: KnowledgeBase, phrase: str) -> tuple[str, int] | None:
    """The room the longest start of ``phrase`` names and nothing else, and its length."""
    said = phrase.split()
    for size in range(len(said), 0, -1):
        part = " ".join(said[:size])
        room = find_room(kb, part)
        if room is None:
            continue
        names = {t.stem for t in tokenize(f"{room.name} {room.id.replace('-', ' ')}")}
        extra = [t for t in tokenize(part)
                 if not t.stop and t.stem not in names and t.word not in _ROOM_WORDS
                 and not t.word.isdigit() and not _SHORT_FORM.fullmatch(t.word)]
        if not extra:
            return room.id, len(part)
    return None


# A session named as the time of something else: "somewhere I can pray during the Friday
# lunch break", "can I take photos during the opening", "is there coffee before session 2".
_TIME_SETTING = re.compile(
    r"\b(?:during|before|after|between|throughout)\s+((?:[\w'-]+\s+){0,4}[\w'-]+)")

# ... or as the place of it: "can I take photos in breakout A?", "I'm a panellist in
# session 5, where do I send my slides?". The words after "in"/"at" up to the first
# that cannot name a session (a preposition, a verb, a question word: "at what time the
# opening begins", "in person for the opening" name none); not "sit in session 6",
# which asks to attend it.
_PLACE_SETTING = re.compile(
    r"(?<!\bsit )(?<!\bsits )(?<!\bsitting )\b(?:in|at)\s+((?:(?!(?:for|to|of|with|about|on|"
    r"from|by|and|or|but|if|so|is|are|can|will|do|does|what|which|when|where|how|"
    r"who)\b)[\w'-]+(?:\s+|$)){1,5})")


def sessions_as_setting(kb: KnowledgeBase, text: str) -> frozenset[str]:
    """The ids of the sessions ``text`` names only as the time of what it asks about.

    Matched as it stands, the session's entry wins on its title, and the question is
    about something else. After a word of time ("during", "before", "after"), when the
    rest says something of its own: "who speaks at the opening" and "when is the lunch
    break" are about the session. After "in" or "at", the rest must say more, in words
    that are not generic: "who is speaking at the opening", "how many seats in breakout
    C" ask of the session itself, "can I take photos in breakout A" of photography (over
    every question set on words, 2026-12-07: right decisions +6, wrong answers -5, and
    reach -7, where a writer also accepted the session's card).
    """
    folded = " ".join(words(text))
    found: set[str] = set()
    for setting, says_enough in ((_TIME_SETTING, _says_more), (_PLACE_SETTING, _says_much)):
        for match in setting.finditer(folded):
            named = named_sessions(kb, match.group(1))
            if named and says_enough(f"{folded[:match.start()]} {folded[match.end():]}"):
                found.update(s.id for s in named)
    return frozenset(found)


def _says_much(rest: str) -> bool:
    """``_says_more``, in words that are not generic either ("who is speaking" does not)."""
    return len([t for t in tokenize(rest) if not t.stop and not t.generic]) >= OWN_WORDS
