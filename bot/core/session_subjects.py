"""A session named by what it is about: "the session on sharing information", "the
foreign fighters session", "the side event concerning victims and survivors".

The programme's reader knows a session by its names (its label, number, title words and
alternates). Attendees name one by its subject as often, in their own order and words.
Every informative word of the subject must be the session's own (in its title,
alternates, speakers, description or its theme's words), but one of three or more, and
one session alone may have them: "the side event on human trafficking" names none, since
no session speaks of trafficking, and the bot does not guess which comes closest.
"""

from __future__ import annotations

import re

from bot.core.calendar_words import MONTHS, WEEKDAYS
from bot.core.memo import per_object
from bot.core.models import KnowledgeBase, Session
from bot.core.session_names import title_stems
from bot.core.text import fold, tokenize

# The words by which a question calls something a session of the programme: not
# "meeting", "debate", "plenary" or "event", which as often name another body's ("the
# Counter-Terrorism Committee's next meeting", "the General Assembly's general debate").
_KIND = r"(?:sessions?|side ?events?|sideevents?|panels?|discussions?|ones?)"
_SIDE_EVENT = re.compile(r"\bside ?events?\b|\bsideevents?\b")
# One plenary session, as said: "the plenary", "the session", "sess" (not "which
# sessions": all of them).
_PLENARY_SAID = re.compile(r"\b(?:plenary|session|sess)\b")
# "Is there a session on youth?" asks whether any is, side events too: all of them.
_ANY_SESSION = re.compile(r"\b(?:is there|are there|any)\s+(?:a\s+|an\s+)?(?:session|sess)\b")
# Titles before a person's name, which say nothing of a subject.
_HONORIFICS = ("mr", "mrs", "ms", "dr", "madame", "madam", "mister", "sir", "ambassador")
# "The session on ...", "the one concerning ...", "which session, if any, is at present
# addressing the question of ...": the subject after the word that says what about.
# "The event" and "the meeting" are the programme's too where the word that says what
# about follows at once: "the meeting on protecting electricity networks", "the event with
# survivors of attacks" (not "when big meetings are on at the UN", nor "the
# Counter-Terrorism Committee's next meeting" by the words before it).
_OTHER_KIND = r"(?:events?|meetings?|talks?|debates?)"
_ABOUT_WORD = (
    r"(?:on|about|concerning|addressing|regarding|covering|dealing with|devoted to|"
    r"discussing|looking at|with|featuring|chaired by|led by|"
    # "the session of Madame Coninsx": by its chair or speaker
    rf"of(?= (?:{'|'.join(_HONORIFICS)})\b))")
_ABOUT = re.compile(
    rf"(?:\b{_KIND}\b[^.?!;:]*?\b{_ABOUT_WORD}|\b{_OTHER_KIND}\s+{_ABOUT_WORD}"
    # "the event where survivors of attacks speak" (not "the session, where is it?")
    rf"|\b(?:{_KIND}|{_OTHER_KIND})\s+where(?! (?:is|are|s|was|were|will|do|does|can)\b))"
    r"\s+"
    # "the meeting on right now" is the one on now, of no subject
    r"(?!(?:right )?now\b)"
    r"(?:the (?:question|issue|topic|subject|matter) of\s+)?([^.?!;:]+)")
# "The foreign fighters session", "the victims and survivors side event", "the terrorist
# financing event": up to four words before the word for a session (not before "meeting"
# or "debate": "the General Assembly general debate" is another body's).
_BEFORE = re.compile(rf"((?:[\w'-]+\s+){{1,4}})(?:{_KIND}|events?|talks?)\b")
# "The foreign fighters plenary", "the data protection plenary": the words between "the"
# and "plenary", none a preposition ("a statement in the plenary" names no subject) and
# not a UN organ's name ("the General Assembly plenary" is the Assembly's, not this
# meeting's).
_BEFORE_PLENARY = re.compile(
    r"\bthe\s+((?!(?:general assembly|ga|security council|ecosoc|un)\b)"
    r"(?:(?!(?:in|at|on|for|during|of|from)\b)[\w'-]+\s+){1,4})plenary\b")
# The words that say an item is on ("is the session on youth happening now?"): where a
# subject stops, and (``schedule``) what is asked of the session it names.
ON_NOW = r"happening|going on|running|live"
# Where a subject stops: a comma, or the words that go on to ask about it.
_SUBJECT_END = re.compile(
    r",?\s(?:and\s+|or\s+)?(?=(?:when|what|where|whether|how|if|at what|which|for how)\b)"
    r"|,\s*(?:and|or)\b"
    r"|\s(?:is|are|was|were|has|have|will|would|does|do|did|starts?|begins?|ends?|"
    # "... chaired by Ms Coninsx started yet?", "... commence?"
    r"started|begun|began|ended|finish(?:es|ed)?|commence[sd]?|conclude[sd]?|"
    r"scheduled|held|taking|takes|today|tomorrow|yet|already|now|in progress|under ?way|"
    rf"{ON_NOW}|"
    r"underway|on (?:day|thursday|friday|monday|tuesday|wednesday|saturday|sunday))\b")
# Words of a subject phrase that say nothing of the subject ("at what hour the first
# session begins" asks a time: no session on hours).
_NOT_SUBJECT = frozenset(
    "question issue topic subject matter role the a an this that today tomorrow morning "
    "afternoon evening first next last day hour hours "
    # "the drone side event": the words before "event" take the "side" of "side event"
    "side".split()) | frozenset(_HONORIFICS) | (
    # "the youth event on Friday": a day says when, not what about
    frozenset(WEEKDAYS) | frozenset(MONTHS))
# A subject of this many informative words may miss one ("foreign fighters returning
# home": the session says "return", not "home").
_LOOSE_FROM = 3


def subject_named(kb: KnowledgeBase, question: str) -> Session | None:
    """The one session whose words hold the informative words of the subject the
    question names it by (all of them; all but one of three or more), or None."""
    folded = fold(question)
    side_event = bool(_SIDE_EVENT.search(folded))
    for subject in _subjects(folded):
        said = _informative(subject)
        if not said:
            continue
        loose = len(said) >= _LOOSE_FROM
        fits: dict[int, list[Session]] = {}
        for session, words in _session_words(kb):
            if not side_event or is_side_event(session):
                fits.setdefault(len(said - words), []).append(session)
        fewest = min(fits, default=len(said))
        if fewest > 1 or (fewest == 1 and not loose):
            continue
        known = _file_words(kb)
        unknown = said - known
        if fewest == 1 and unknown and (
                any(missed <= fewest + 1 for missed in fits if missed != fewest)
                or not _said_with_known(subject, unknown, known)):
            # A word the file never uses is mostly a subject it does not hold ("the side
            # event on human trafficking and terrorism", "... on following the money and
            # trafficking"), however much else matches. It may be missed only inside a
            # phrase of words the file uses, where every other session misses two more:
            # "the one on fighters coming home from Syria and Iraq" misses only "Syria"
            # in the foreign fighters session, three words in any other.
            continue
        best = fits[fewest]
        if len(best) > 1:
            # "The youth session": the one whose title or alternates say it.
            best = [s for s in best if said <= _named_words(s)]
        if len(best) == 1:
            return best[0]
    return None


def is_side_event(session: Session) -> bool:
    """Whether the session's title calls it a side event."""
    return _SIDE_EVENT.search(fold(session.title)) is not None


def of_the_kind_said(question: str, sessions: list[Session]) -> list[Session]:
    """Those of ``sessions`` of the kind the question names: side events, or the others
    for "the plenary" or "the session" ("the plenary on radicalisation" is not one of
    the theme's side events); all of them when it names neither."""
    folded = fold(question)
    if _SIDE_EVENT.search(folded):
        return [s for s in sessions if is_side_event(s)]
    named = {t.stem for t in tokenize(folded)} & _TITLED_KINDS
    titled = [s for s in sessions if named & title_stems(s)]
    if titled:
        return titled  # "the workshop on football": the theme's workshop, not its evening
    if _PLENARY_SAID.search(folded) and not _ANY_SESSION.search(folded):
        return [s for s in sessions if not is_side_event(s)]
    return sessions


# Kinds of programme item a title names, and a question may name it by ("the workshop on
# football and reintegration" is the theme's workshop, of its three sessions).
_TITLED_KINDS = frozenset(t.stem for t in tokenize(
    "workshop breakout panel keynote reception plenary exhibition roundtable briefing "
    "seminar training exercise visit dinner lunch hackathon"))


def _subjects(folded: str) -> list[str]:
    found = []
    for match in _ABOUT.finditer(folded):
        found.append(_SUBJECT_END.split(match.group(1))[0])
    for match in _BEFORE.finditer(folded):
        found.append(match.group(1))
    for match in _BEFORE_PLENARY.finditer(folded):
        found.append(match.group(1))
    return found


# Where a subject's phrases part: "fighters coming home from Syria | Iraq".
_CONJUNCTS = re.compile(r"\s*(?:,|&|\+|\band\b|\bor\b)\s*")


def _said_with_known(subject: str, unknown: frozenset[str], known: frozenset[str]) -> bool:
    """Whether each word of the subject the file never uses is said in one phrase with a
    word it does use."""
    for phrase in _CONJUNCTS.split(subject):
        said = _informative(phrase)
        if said & unknown and not said & known:
            return False
    return True


def _informative(subject: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokenize(subject)
                     if not t.stop and not t.generic and t.word not in _NOT_SUBJECT)


@per_object(kept=16)
def _file_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every word the file's entries use, and its sessions (with their themes')."""
    texts = [text for entry in kb.faq
             for text in (entry.question, entry.answer, *entry.alternates, *entry.keywords)]
    said = frozenset(t.stem for t in tokenize(" ".join(texts)))
    return said.union(*(words for _, words in _session_words(kb)))


@per_object(kept=16)
def _session_words(kb: KnowledgeBase) -> tuple[tuple[Session, frozenset[str]], ...]:
    themes = {t.id: t for t in kb.themes}
    found = []
    for session in kb.sessions:
        if session.cancelled:
            continue
        theme = themes.get(session.theme or "")
        texts = [session.title, *session.alternates, *session.speakers,
                 session.description or ""]
        if theme is not None:
            texts += [theme.title, theme.summary, *theme.keywords]
        found.append((session, frozenset(t.stem for t in tokenize(" ".join(texts)))))
    return tuple(found)


def _named_words(session: Session) -> frozenset[str]:
    return frozenset(t.stem for t in tokenize(" ".join((session.title, *session.alternates))))
