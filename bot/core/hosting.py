"""What an asker wants done, read from the question as a whole: put on an event of their
own ("Our mission would like to host a side event on border management on Friday, is it
too late?"), have a room to meet another delegation in ("We need a small room to meet
the Jordanian delegation for half an hour"), a badge replaced ("left my conference pass
in my hotel room and I'm already at the gate"), someone without an invitation let in
("My cousin is a grad student. Could she just come along and sit in?"), or which door to
go in by ("Which door do conference participants go in by?"), or whether the event's
network may carry confidential work ("Is the guest wifi OK for sending confidential
reporting back to capital?"). More such readings, of what attendees want done or known
at the event, are in ``attendee_wants``.

Attendees ask it in many words ("host", "put on", "run", "set up", "a small panel", "an
event of our own") and usually say what their event would be about. Those words are
their event's subject, not what they ask: matched word for word, they pull towards the
programme's sessions on that subject ("can our mission still put on a side event about
cyber?" led with the internet side event), or leave the file's entry on organising an
event below the answer threshold. Read as a whole, the question asks one thing, which
the file's entry on organising side events answers when it has one. So with a room to
meet in: who is met and for how long outweighed the words of the bilateral rooms'
entry, and "book a room for an event" in the organising entry won. And with a badge
lost: the story of where it went ("took a cab back to the hotel last night...")
outweighed the words of the entry on a lost badge; and who the outsider is (a student
of this or that, a cousin) those of the entry on who may attend.
"""

from __future__ import annotations

import re

from bot.core.text import SENTENCE_BREAK, fold

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


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``, folded, with "we'd like" read as "we would like"."""
    return [sentence.replace("'d like", " would like")
            for sentence in SENTENCE_BREAK.split(fold(text))]


def asks_to_host_an_event(text: str) -> bool:
    """Whether one sentence of ``text`` asks whether, or how, the asker may put on an
    event of their own."""
    return any((_TO_HOST.search(said) or _CAN_WE_HOST.search(said)) and _ONESELF.search(said)
               for said in _sentences(text))


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
_ASKED_FOR = re.compile(
    r"\b(?:need|needs|want|wants|like|love|book|reserve|borrow|get|use|have|is there|"
    r"are there|any)\b")


def asks_for_a_room_to_meet(text: str) -> bool:
    """Whether one sentence of ``text`` asks for a room to meet someone in."""
    for said in _sentences(text):
        found = _ROOM_TO_MEET.search(said)
        if found is not None and _ASKED_FOR.search(said, 0, found.start() + 1) is not None:
            return True
    return False


# "Left my conference pass in my hotel room and I'm already at the gate", "badge gone, I
# think I dropped it on the subway", "someone nicked my pass out of my jacket": the
# asker's badge lost, whatever the story of how; the file's entry on a lost badge answers.
_BADGE = r"(?:badge|badges|pass|conference pass|conference id|id card|accreditation card)"
# Said after the badge ("my badge fell out of my pocket", "my pass was stolen")...
_GONE = (r"(?:lost|is lost|was lost|fell|fallen|slipped|stolen|nicked|gone|missing|"
         r"disappeared)")
# ... or before it ("left my conference pass in my hotel room", "can't locate her pass").
_LOSING = (r"(?:lost|lose|losing|loose|left|forgot|forgotten|misplaced|dropped|stole|"
           r"nicked|took|cannot find|can not find|can t find|cant find|cannot locate|"
           r"can not locate|can t locate|cant locate)")
_MY_BADGE_LOST = re.compile(
    rf"(?:^|\b(?:my|his|her|our|conference|the)\s+)(?:conference\s+)?{_BADGE}\b"
    rf"(?:\s+[\w-]+){{0,6}}?\s+{_GONE}\b"
    rf"|\b{_LOSING}\b(?:\s+[\w-]+){{0,3}}?\s+(?:my|his|her|our)\s+(?:conference\s+)?"
    rf"{_BADGE}\b")


def says_a_badge_is_lost(text: str) -> bool:
    """Whether ``text`` says the asker's (or their colleague's) badge is lost, left
    somewhere, stolen or gone."""
    said = " ".join(fold(text).replace("'", " ").split())
    return _MY_BADGE_LOST.search(said) is not None


# "My cousin is a grad student. Could she just come along and sit in?", "I'm not part of
# any delegation, can I just turn up and go in?": whether someone without an invitation
# may attend, which the file's entry on who may attend answers. Asked of coming in...
_MAY_ATTEND = re.compile(
    r"\b(?:can|could|may|might|allowed to|possible to|possible for [\w ]{1,30}? to)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:just\s+|simply\s+|also\s+|still\s+)?"
    r"(?:come|come along|come in|turn up|show up|rock up|attend|sit in|observe|listen|"
    r"go in|get in|walk in|join)\b")  # not "watch": "...so my students can watch it later"
# ... by someone the event did not invite: a student, a researcher, a relative, anyone.
_OUTSIDER = re.compile(
    r"\b(?:students?|researchers?|academics?|professors?|teach|lecturer|university|phd|"
    r"masters?|grad|graduate|undergraduate|cousin|friend|sister|brother|nephew|niece|"
    r"wife|husband|partner|intern|member of the public|the public|anyone|anybody|"
    r"no invitation|without an? invit\w*|not invited|uninvited|no invite|without invite|"
    r"not registered|not on any list|not on the list|not part of any delegation)\b")
# Not where the question names a gathering of its own, which its own entry may answer
# ("can my wife come to the reception?"), or a child.
_OTHER_GATHERING = re.compile(
    r"\b(?:reception|dinner|lunch|side ?events?|field visit|excursion|tour|press|"
    r"journalists?|media|child|children|kid|kids|son|daughter|baby)\b")


def asks_who_may_attend(text: str) -> bool:
    """Whether ``text`` asks whether someone without an invitation may come in."""
    said = fold(text)
    return (_MAY_ATTEND.search(said) is not None and _OUTSIDER.search(said) is not None
            and _OTHER_GATHERING.search(said) is None)


# "Which door do conference participants go in by?", "which gate do we walk in through":
# the way in, which the file's entry on its entrance answers ("door" is a weaker word
# for it than "entrance" or "gate", and left the entry below the answer threshold).
_WHICH_WAY_IN = re.compile(r"\b(?:which|what)\s+(?:door|doors|gate|gates|entrance|entrances)\b")
_GOING_IN = re.compile(
    r"\b(?:go in|goes in|get in|gets in|come in|walk in|enter|entering|use|go through|"
    r"come through|walk in through|participants|delegates|conference people|conference ppl|"
    r"attendees|everyone|we|i)\b")
# Not the way into a room or hall, which the rooms' entries answer, nor a wheelchair's
# (step-free) way, nor deliveries.
_SOMEWHERE_INSIDE = re.compile(
    r"\b(?:room|hall|chamber|lounge|cafeteria|cafe|gallery|wheelchair|step[- ]free|ramp|"
    r"catering|deliver\w*|motorcade)\b")


def asks_the_way_in(text: str) -> bool:
    """Whether one sentence of ``text`` asks which door, gate or entrance to go in by."""
    for said in _sentences(text):
        found = _WHICH_WAY_IN.search(said)
        if (found is not None and _GOING_IN.search(said, found.end()) is not None
                and _SOMEWHERE_INSIDE.search(said) is None):
            return True
    return False


# "Is the conference wifi suitable for sensitive traffic from our ministry?", "is it ok to
# use the guest network to send our classified cables back to capital?": whether the
# event's network is fit for confidential work, which its wifi entry answers (the
# confidential material's words pulled towards the theme of terrorists' use of the
# internet, or the press).
_NETWORK = re.compile(r"\b(?:wifi|wi-fi|wi fi|wireless|network|internet|connection)\b")
_CONFIDENTIAL = re.compile(
    r"\b(?:sensitive|classified|confidential|secure|secret|restricted|personal data)\b")
_FIT_FOR = re.compile(
    r"\b(?:ok|okay|safe|suitable|fine|acceptable|allowed|use|send|sending|transmit\w*|"
    r"reach\w*|avoid)\b")
# Not a session or theme on such networks ("does the plenary discuss secure networks?").
_A_SUBJECT = re.compile(r"\b(?:session|panel|discussion|theme|talk|side event|terroris\w*|"
                        r"plenary)\b")


def asks_whether_the_network_is_safe(text: str) -> bool:
    """Whether ``text`` asks whether the event's network may carry confidential work."""
    said = fold(text)
    return all(rx.search(said) for rx in (_NETWORK, _CONFIDENTIAL, _FIT_FOR)) and (
        _A_SUBJECT.search(said) is None)
