"""An asker who wants to put on an event of their own ("Our mission would like to host a
side event on border management on Friday, is it too late?").

Attendees ask it in many words ("host", "put on", "run", "set up", "a small panel", "an
event of our own") and usually say what their event would be about. Those words are
their event's subject, not what they ask: matched word for word, they pull towards the
programme's sessions on that subject ("can our mission still put on a side event about
cyber?" led with the internet side event), or leave the file's entry on organising an
event below the answer threshold. Read as a whole, the question asks one thing, which
the file's entry on organising side events answers when it has one.
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
