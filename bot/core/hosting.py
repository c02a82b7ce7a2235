"""An asker who wants to arrange something at the event: put on an event of their own
("Our mission would like to host a side event on border management on Friday, is it too
late?"), or have a room to meet another delegation in ("We need a small room to meet
the Jordanian delegation for half an hour").

Attendees ask it in many words ("host", "put on", "run", "set up", "a small panel", "an
event of our own") and usually say what their event would be about. Those words are
their event's subject, not what they ask: matched word for word, they pull towards the
programme's sessions on that subject ("can our mission still put on a side event about
cyber?" led with the internet side event), or leave the file's entry on organising an
event below the answer threshold. Read as a whole, the question asks one thing, which
the file's entry on organising side events answers when it has one. So with a room to
meet in: who is met and for how long outweighed the words of the bilateral rooms'
entry, and "book a room for an event" in the organising entry won.
"""

from __future__ import annotations

import re

from bot.core.text import fold

_VERB = (r"(?:host|hold|organi[sz]e|put on|run|set up|arrange|convene|stage|do)")
# Small words between the verb and the event: "a small", "our own", "an additional".
_SMALL = (r"(?:a|an|our|my|its|their|one|own|small|little|short|additional|extra|"
          r"parallel|lunchtime|separate|another|informal)")
_EVENT = r"(?:side[- ]?events?|sideevents?|events?|panels?|panel discussions?)"
_OBJECT = rf"{_VERB}\s+(?:{_SMALL}\s+){{0,3}}{_EVENT}\b"
# "would like to host a side event", "too late to put on our own side event", "is it
# still possible to host an event of its own": the verb after "to"...
_TO_HOST = re.compile(rf"\bto\s+(?:still\s+|also\s+)?{_OBJECT}")
# ... or after "can we", "could our mission", "may I" ("can our ministry still put on a
# side event this week?").
_CAN_WE_HOST = re.compile(
    rf"\b(?:can|could|may|might)\s+(?:we|i|(?:our|my)(?:\s+[a-z]+){{1,2}})\s+"
    rf"(?:still\s+|also\s+)?{_OBJECT}")
# The asker speaks of themselves or of their own body ("of its own" is how a note
# verbale speaks of the mission writing it): "which country is hosting the side event
# on victims?" and "is the Norwegian mission hosting one?" ask of someone else's event,
# and neither says "to host" or "can we host".
_ONESELF = re.compile(r"\b(?:we|i|our|my|us|of its own)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def asks_to_host_an_event(text: str) -> bool:
    """Whether one sentence of ``text`` asks whether, or how, the asker may put on an
    event of their own."""
    for sentence in _SENTENCE_END.split(fold(text)):
        said = sentence.replace("'d like", " would like")
        if (_TO_HOST.search(said) or _CAN_WE_HOST.search(said)) and _ONESELF.search(said):
            return True
    return False


# "We need a small room to meet the Jordanian delegation for half an hour", "Can we book a
# small room on Friday for a bilateral with another delegation?": a room to meet in, which
# the file's entry on bilateral meetings answers. The room may be said plainly or small,
# private, quiet; what it is for after "for" or "to", a few words on.
_A_ROOM = (r"\b(?:a|an|one|some)\s+"
           r"(?:(?:small|smaller|little|private|quiet|meeting|separate)\s+)*(?:room|space)")
_TO_MEET = (
    r"(?:\s+[\w'-]+){0,4}?\s+(?:for|to)\s+(?:(?:a|an|our|the|quick|short|private|small|brief|"
    r"half|hour|[\w-]*minutes?|[\w-]*min|30)\s+){0,4}"
    r"(?:bilateral|bilaterals|bilat|bilats|meet|meeting|talk|sit down|discussion|chat)\b")
_ROOM_TO_MEET = re.compile(_A_ROOM + _TO_MEET)
# ... asked for: needed, wanted, booked or borrowed ("is there a room we can use?" too).
_WANTED = re.compile(
    r"\b(?:need|needs|want|wants|like|love|book|reserve|borrow|get|use|have|is there|"
    r"are there|any)\b")


def asks_for_a_room_to_meet(text: str) -> bool:
    """Whether one sentence of ``text`` asks for a room to meet someone in."""
    for sentence in _SENTENCE_END.split(fold(text)):
        said = sentence.replace("'d like", " would like")
        found = _ROOM_TO_MEET.search(said)
        if found is not None and _WANTED.search(said, 0, found.start() + 1) is not None:
            return True
    return False
