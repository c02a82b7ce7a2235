"""Whether someone speaks, answered by the session that lists them.

"Is INTERPOL speaking?", "will the CTC chair speak", "is the UNCCT director speaking?",
"which session does Michele Coninsx chair?", "when does Mr Voronkov speak?":
the speaker named is written in one session's list of speakers, and that session is
the answer (when, where, who else). Matched as a whole, such a question comes closest
to the FAQ's entry about speakers in general, which does not say. The name must be
one only that session's speakers share (a word of several sessions' lists, "director",
"heads", says nothing), every other word of the question must be one of some speaker's
("what languages does Voronkov speak?" asks more than whether he speaks), and the
question must ask whether or when they speak, not how the asker may ("can my minister
speak in the plenary?" is about the procedure).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.calendar_words import WEEKDAYS
from bot.core.event_words import EVENT_NOUNS
from bot.core.matching import MatchIndex
from bot.core.models import Session
from bot.core.session_names import ASIDE, SPEAKING_VERBS, name_words, named_sessions
from bot.core.text import fold, tokenize, words
from bot.core.vocabulary import CONCEPT_MARK

# Asking whether or when someone speaks (chairing or moderating is speaking there).
_SPEAKING_WORDS = (*sorted(SPEAKING_VERBS), *(
    "presenting chair chairs chairing moderate moderates moderating".split()))
# Giving, delivering or making a speech is speaking: "is the Secretary-General giving a
# speech?", "who gives the closing remarks?".
_DELIVERS = r"(?:gives?|giving|delivers?|delivering)"
_REMARKS = r"(?:remarks|speech|address|keynote|statement)"
_GIVING_WORDS = (
    "give gives giving deliver delivers delivering make makes making remarks speech "
    "address keynote statement".split())
_SPEAKING = re.compile(r"\b(?:" + "|".join(_SPEAKING_WORDS) + r"|on the panel|"
                       rf"(?:{_DELIVERS}|mak(?:e|es|ing)) (?:a|an|the|his|her|their|any) "
                       rf"{_REMARKS})\b")
# The words that ask it, and those that may go with a speaker's name ("on friday",
# "Mr", "which session does she chair").
_ASKING_WORDS = frozenset(_SPEAKING_WORDS) | frozenset(_GIVING_WORDS) | frozenset(
    "panel session today tomorrow tonight morning afternoon evening time day "
    "conference event mr mrs ms dr mister madam madame long longer many minutes mins "
    "hours".split()
) | frozenset(WEEKDAYS)
# Asking how one may speak oneself, or about speaking in general: a procedure.
# Not "how long till Guterres speaks?": a countdown to when they do ("how long does he
# speak?" asks how long he speaks, which no card says).
_PROCEDURE = re.compile(
    r"\b(?:can|may|could|might|"
    r"how(?! (?:long|many hours|many minutes|many mins|much longer) (?:till|until|til|before)"
    # "is the SG still speaking? how much longer": the time left, which his session says
    r"| much longer\b)|"
    r"want|wants|like|would|allowed|able|procedure|i|we|my|our|me|us|who)\b"
)


_ASKS_WHO = re.compile(r"^\W*(?:which|what|who)\b")


def speaking_session(index: MatchIndex, text: str) -> str | None:
    """The id of the one session whose speakers the question names as speaking."""
    folded = fold(text)
    if not _SPEAKING.search(folded) or _PROCEDURE.search(folded):
        return None
    sessions = [s for s in index.kb.sessions if s.speakers and not s.cancelled]
    if not sessions:
        return None
    listed = {s.id: _speaker_stems(s.speakers) for s in sessions}
    terms = index.query_terms(text)
    # "The CTC chair": a speaking word said as a role, which may tell apart the sessions
    # a body's name is written in ("Chair of the ... Committee", "... Committee Executive
    # Directorate").
    roles = {t.token.stem for t in terms if t.token.word in _SPEAKING_WORDS}
    # "Is Guterres speaking at the opening?": words no speaker is called by, that name a
    # session, which the speaker's must then be (not in "which company is speaking in
    # plenary 3?", which asks who).
    named = () if _ASKS_WHO.search(folded) else named_sessions(index.kb, text)
    naming = name_words(index.kb, named)
    found: set[str] = set()
    for term in terms:
        if (term.token.generic or term.token.word in _ASKING_WORDS
                or term.token.word.startswith(CONCEPT_MARK)):
            continue  # a concept token's acronym and long form are terms of their own
        forms = {term.token.stem, *term.expansions}
        hits = {sid for sid, stems in listed.items() if forms & stems}
        if not hits and term.token.word in naming:
            continue
        if not hits:
            return None  # "what languages does Voronkov speak": more than who speaks
        if len(hits) > 1:
            hits = ({sid for sid in hits if roles & listed[sid]}
                    or _by_title(sessions, hits, f" {' '.join(words(text))} "))
        if len(hits) == 1:
            found |= hits
    if len(found) != 1 or (named and not found <= {n.id for n in named}):
        return None
    return found.pop()


def _by_title(sessions: list[Session], hits: set[str], said: str) -> set[str]:
    """Those of the sessions whose lists give a title the question says whole: "the SG"
    is the "Secretary-General" of one list, not the "Under-Secretary-General" of
    another, though the words of both are in each."""
    titles = {s.id: _titles(s.speakers) for s in sessions if s.id in hits}
    spans = {t: [(m.start(), m.end()) for m in re.finditer(f"(?<= ){re.escape(t)}(?= )", said)]
             for listed in titles.values() for t in listed}
    spans = {t: at for t, at in spans.items() if at}
    # Said whole: somewhere not inside a longer title said ("under secretary general").
    whole = {t for t, at in spans.items()
             if any(not any(o != t and b <= start and end <= e
                            for o, other in spans.items() for b, e in other)
                    for start, end in at)}
    return {sid for sid, listed in titles.items() if listed & whole}


@lru_cache(maxsize=1024)
def _titles(speakers: tuple[str, ...]) -> frozenset[str]:
    """The titles a list writes with hyphens, in the question's words ("secretary
    general", "under secretary general")."""
    return frozenset(" ".join(words(compound)) for line in speakers
                     for compound in _HYPHENED.findall(ASIDE.sub(" ", line)))


# A word of parts joined by hyphens: "Under-Secretary-General", "Counter-Terrorism".
_HYPHENED = re.compile(r"\w+(?:-\w+)+")


@lru_cache(maxsize=1024)
def _speaker_stems(speakers: tuple[str, ...]) -> frozenset[str]:
    # Once per list, not once per question that says "speak".
    return frozenset(t.stem for t in tokenize(" ".join(speakers)) if not t.stop)


# Asking who speaks ("who speaks at the closing?", "who's speaking in session 2?",
# "who are the speakers at the opening?"); not who chairs, which a session's list of
# speakers may not say ("Heads of counter-terrorism agencies").
# "Who gives the closing remarks?", "who delivers the opening speech?": who speaks.
# "Who is speaking at the opening?", "who is presenting at the youth side event?", "who
# is giving speeches at the opening?": the session's list of speakers says.
_WHO_SPEAKS = re.compile(
    r"\bwho\b.*\b(?:speak|speaks|speaking|spoke|speakers?|presents|presenting|presented|"
    r"presenters?|"
    rf"panell?ists?|{_DELIVERS}\b.*\b(?:{_REMARKS}|speeches|talks?|presentations?))\b")
_WHO_WORDS = frozenset(
    "who speaker speakers spoke presenter presenters presented panelist panelists panellist "
    "panellists "
    "speeches talk talks presentation presentations".split()) | frozenset(_GIVING_WORDS)


# "Who will officially open the conference?", "who closes the forum?": who speaks at its
# opening or its closing.
# The remarks a speaker gives, by their place in a session: "who gives the welcome
# remarks at the opening?".
_REMARK_KINDS = frozenset(
    "welcome welcoming opening closing introductory concluding final keynote".split())
_WHO_OPENS = re.compile(
    r"^(?:and |so )?who(?: will| is going to| is| s|'s| shall)?(?: officially| formally)? "
    r"(open|opens|opening|close|closes|closing)(?: the (?:whole )?(?:"
    + "|".join(EVENT_NOUNS) + r"|conf|proceedings))?\W*$")


def speakers_asked(index: MatchIndex, text: str) -> str | None:
    """The id of the one session the question names by its name and asks who speaks
    at, when the session lists its speakers: its card says who. The FAQ's entry about
    speakers in general, closest in words, may say they are not yet known."""
    opens = _WHO_OPENS.match(fold(text).strip())
    if opens is not None:
        which = "opening" if opens.group(1).startswith("open") else "closing"
        named = named_sessions(index.kb, f"the {which}")
        return named[0].id if len(named) == 1 and named[0].speakers else None
    if not _WHO_SPEAKS.search(fold(text)):
        return None
    named = named_sessions(index.kb, text)
    if len(named) != 1 or not named[0].speakers or named[0].cancelled:
        return None
    # Nothing asked besides ("who speaks right after Mr Voronkov at the closing?", "who
    # speaks for the EU in Session IV?" ask what no list of speakers says).
    allowed = _ASKING_WORDS | _WHO_WORDS | _REMARK_KINDS | name_words(index.kb, named)
    if any(not t.stop and t.word not in allowed for t in tokenize(text)):
        return None
    return named[0].id
