"""The way to a room, asked of a file whose FAQ says how to find the rooms.

"How do I find conference room 11?", "wher is confrence room 6": the room's own card
says which building it is in and what is on there, never how to get there; the FAQ's
entry on finding one's way does. The organisers mark that entry themselves, by asking
in one of its phrasings where some room is ("where is conference room 2"): such a
phrasing stands for every room of that kind (Conference Room 6 too), not for rooms the
entry may not cover (the media centre). So a question that asks only the way to one
such room gets that entry first and the room's card after it. A file without such an
entry, or with two, keeps the room's card alone, as before.

Read strictly: the question must name exactly one room and ask nothing but where it is
("conf room 11 which bldg" asks the building, which the card says; "where is conference
room 6, and is there lunch?" is two questions). Pure: no clock, no I/O.

Where no entry covers the room (a file without one, or a room of another kind), the
room's own card says where it is ("Conference Building, 2nd floor"): "where is the
ECOSOC chamber?", "what floor is the plenary hall on" are answered from it
(``room_asked``) when the decision is not confident of anything else. A file whose
rooms have few phrasings of their own left those to a did-you-mean.
"""

from __future__ import annotations

import re

from bot.core import facts, vetoes
from bot.core.memo import per_object
from bot.core.models import KnowledgeBase, Room
from bot.core.room_setting import may_name_a_room
from bot.core.schedule import find_room
from bot.core.text import fold, is_english, tokenize

# Asking where a place is or how to get there.
_WAY_ASKED = re.compile(
    r"\b(?:where(?:'?s| is| are| r)?|wher(?:e?s| is)?|how (?:do|can|would|should|will) "
    r"(?:i|we|you|one) (?:find|get to|reach|locate|get into)|directions?|(?:the )?way to|"
    r"find|locate|map)\b"
)
# Asking which floor or building a room is on: what its card says, not the way there.
_SPOT_ASKED = re.compile(
    r"\b(?:what|which|wat|wich) (?:floor|level|building|bldg)\b|\b(?:upstairs|downstairs)\b"
)
# An entry's phrasing that asks it: "where is conference room 2", not "where can we hold
# bilaterals" (a room for one's own meeting).
_WAY_PHRASED = re.compile(
    r"\bwhere(?:'s| is| are)\b|\bhow (?:do|can) (?:i|we) (?:find|get to|reach)\b"
    r"|\bdirections? to\b|\bway to\b"
)
# Words such a question may hold besides the room's own name.
_WAY_WORDS = frozenset("""
    where wher wheres whereabouts how find get reach locate direction directions way map
    maps there exactly located situated location go to please pls plz is the a an can could do i we
    you one would should will room rooms conference conf confrence cr hall chamber
    building bldg floor level what which wat wich on in upstairs downstairs
    """.split())


def way_asked(kb: KnowledgeBase, text: str) -> tuple[str, str] | None:
    """The ids of the FAQ's entry on finding the rooms and of the one room ``text`` asks
    the way to, when it asks nothing else."""
    found = way_entry(kb)
    # The cheap tests first: this runs on every question the programme leaves.
    if found is None or not _WAY_ASKED.search(fold(text)) or not is_english(text):
        return None
    entry, kinds = found
    room = _only_room_asked(kb, text)
    if room is None or _kind(room) not in kinds:
        return None
    return entry, room.id


def room_asked(kb: KnowledgeBase, text: str) -> str | None:
    """The id of the one room ``text`` asks nothing but the whereabouts of, when that
    room's card says where it is and no entry of the FAQ covers the way to it."""
    folded = fold(text)
    if not (_WAY_ASKED.search(folded) or _SPOT_ASKED.search(folded)) or not is_english(text):
        return None
    room = _only_room_asked(kb, text)
    if room is None or room.id in _named_by_entries(kb):
        return None
    # The card must say where the room is, and its floor when a floor is asked.
    notes = fold(room.notes or "")
    if not facts.PLACE_STATED.search(notes) or vetoes.floor_not_stated(text, notes):
        return None
    found = way_entry(kb)
    if found is not None and _kind(room) in found[1]:
        return None  # ``way_asked`` answers it, with the entry first
    return room.id


def _only_room_asked(kb: KnowledgeBase, text: str) -> Room | None:
    """The one room ``text`` names, when it says nothing besides the room's name and
    words that ask where a place is."""
    room = find_room(kb, text)
    if room is None:
        return None
    own = _room_words(room)
    if any(not t.stop and t.word not in _WAY_WORDS and t.word not in own
           and not t.word.isdigit() for t in tokenize(text)):
        return None
    return room


def _kind(room: Room) -> frozenset[str]:
    """A room's name without its number: "Conference Room 2" and "Conference Room 6"
    are rooms of one kind, found the same way."""
    return frozenset(t.stem for t in tokenize(room.name) if not t.stop and not t.word.isdigit())


def _room_words(room: Room) -> frozenset[str]:
    return frozenset(t.word for t in tokenize(f"{room.name} {room.id.replace('-', ' ')}"))


@per_object(kept=16)
def _named_by_entries(kb: KnowledgeBase) -> frozenset[str]:
    """The rooms an FAQ entry has for a phrasing or keyword of its own, by name alone:
    the organisers answer those themselves ("information desk" in the contacts entry,
    "stakeout" in the interviews entry), better than the room's card. A phrasing that
    says more ("social media", of the Economic and Social Council) names no room."""
    rooms = kb.venue.rooms if kb.venue else ()
    named = set()
    for item in kb.faq:
        for phrasing in (item.question, *item.alternates, *item.keywords):
            if not rooms or not may_name_a_room(rooms, fold(phrasing)):
                continue
            room = _only_room_asked(kb, phrasing)
            if room is not None:
                named.add(room.id)
    return frozenset(named)


@per_object(kept=16)
def way_entry(kb: KnowledgeBase) -> tuple[str, frozenset[frozenset[str]]] | None:
    """The one FAQ entry whose own phrasings ask the way to a room of the venue, with the
    kinds of room they ask it of: the way to the one room they name is the way to every
    room of its kind, and only to those (an entry that says where the conference rooms
    are may not say where the media centre is)."""
    found: dict[str, set[frozenset[str]]] = {}
    for item in kb.faq:
        for phrasing in (item.question, *item.alternates):
            room = find_room(kb, phrasing) if _WAY_PHRASED.search(fold(phrasing)) else None
            if room is not None:
                found.setdefault(item.id, set()).add(_kind(room))
    if len(found) != 1:
        return None
    entry_id, kinds = found.popitem()
    return entry_id, frozenset(kinds)
