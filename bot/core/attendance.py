"""Can I go, is it full, is it still on: questions about one session's status and access.

"Is the opening full?", "can I go to Session II?", "is the youth side event still
on?" are answered from the session's ``status``, ``status_note``, ``access`` and
``capacity`` in the FAQ file, never from a FAQ answer that may be out of date.

Read strictly, so the ordinary matcher keeps every other question: the question must
name exactly one session (by its title, a part of its title before a colon, an
alternate or its id) and say nothing else than what it asks about it. "Can I attend
Session II as an observer?" has a word of its own (observer) and goes to the FAQ.
Pure: no clock, no I/O.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.describe import access_text, status_text
from bot.core.memo import per_object
from bot.core.models import Access, KnowledgeBase, Session, SessionStatus
from bot.core.schedule import ordered
from bot.core.text import tokenize, words
from bot.core.translations import title_in
from bot.core.wording import say

# Longer questions are about more than a session's status.
MAX_WORDS = 16


class Aspect(enum.Enum):
    FULL = "full"  # is there a seat
    ACCESS = "access"  # may I go in
    STATUS = "status"  # is it still on, cancelled, late, moved


_ASPECTS: tuple[tuple[Aspect, re.Pattern[str]], ...] = (
    (Aspect.FULL, re.compile(
        r"\b(full|fully booked|booked up|sold out|seats?|space|spaces|places?|capacity|"
        r"room left|any room|room for (?:me|us|one more))\b")),
    (Aspect.STATUS, re.compile(
        r"\b(cancel|cancell?ed|cancell?ing|called off|still on|still happening|still going ahead|"
        r"going ahead|postponed|delayed|late|behind schedule|running behind|on time|moved|"
        r"status)\b")),
    (Aspect.ACCESS, re.compile(
        r"\b((?:can|may) (?:i|we|anyone|anybody|everyone|everybody|all participants) "
        r"(?:go|attend|join|come|get in|sit in|enter|participate)|"
        r"open to (?:all|everyone|everybody|anyone|anybody|every participant)|"
        r"(?:am i|are we) allowed|allowed|"
        r"open|closed|invitation|invite only|invited|register|registration|sign up|"
        r"who can (?:go|attend|join|come))\b")),
)
# Besides stopwords, the words such a question may hold around the session's name.
_FILLER = frozenset("""
    i we me us my our can could may might still go going get in into to the a an is are
    was it this that session sessions sideevent event events please there any left yet
    already today tomorrow now be will would also do does just really actually anyone
    everyone attend attending join come coming sit enter participate allowed open closed
    full seat seats space spaces place places capacity booked sold out up cancelled
    canceled cancelling canceling called off happening ahead postponed delayed late time
    moved status invitation invite only invited register registration sign who for one
    more room fully anything which what whats sessions programme program schedule
    agenda been has have cancel participant running behind schedule
    anybody everybody all every participants with badge badges holder holders
""".split())
# "Sorry I'm late, what session is this?": the asker is late, not a session.
_ASKER_LATE = re.compile(r"\b(?:i m|im|i am|we re|we are|i ll be|ill be|we ll be|i will be|"
                         r"we will be)(?: \w+){0,2} late\b")
# A listing ("which sessions are full?") needs one of these: "is it full?" alone names
# nothing.
_LISTING_WORDS = frozenset("anything which what whats any sessions events".split())


@dataclass(frozen=True)
class AttendanceQuestion:
    """One session asked about (None: which sessions are in that state) and what of it."""

    aspect: Aspect
    session: Session | None = None
    status: SessionStatus | None = None  # for a listing: the state asked for


def understand(kb: KnowledgeBase, question: str) -> AttendanceQuestion | None:
    if not kb.sessions:
        return None
    said = words(question)
    if not said or len(said) > MAX_WORDS:
        return None
    found = _named_session(kb, said)
    if found is None:
        return _listing_question(said)
    session, begin, end = found
    rest = said[:begin] + said[end:]
    aspect = _aspect(rest)
    if aspect is None or not _only_filler(rest):
        return None
    return AttendanceQuestion(aspect, session)


def _aspect(said: Sequence[str]) -> Aspect | None:
    text = " ".join(said)
    return next((aspect for aspect, pattern in _ASPECTS if pattern.search(text)), None)


def _only_filler(said: Sequence[str]) -> bool:
    stops = {t.word for t in tokenize(" ".join(said)) if t.stop}
    return all(w in _FILLER or w in stops for w in said)


def _listing_question(said: Sequence[str]) -> AttendanceQuestion | None:
    text = " ".join(said)
    if not _only_filler(said) or not _LISTING_WORDS & set(said):
        return None
    if re.search(r"\b(full|fully booked|booked up|sold out)\b", text):
        return AttendanceQuestion(Aspect.FULL, status=SessionStatus.FULL)
    if re.search(r"\b(cancell?ed|called off)\b", text):
        return AttendanceQuestion(Aspect.STATUS, status=SessionStatus.CANCELLED)
    if re.search(r"\b(delayed|late|postponed|behind schedule|running behind)\b",
                 _ASKER_LATE.sub(" ", text)):
        return AttendanceQuestion(Aspect.STATUS, status=SessionStatus.DELAYED)
    if re.search(r"\bmoved\b", text):
        return AttendanceQuestion(Aspect.STATUS, status=SessionStatus.MOVED)
    return None


def _phrasings(sessions: tuple[Session, ...]) -> tuple[tuple[tuple[str, ...], Session], ...]:
    """Every way of naming each session, as words, longest first."""
    found: set[tuple[tuple[str, ...], str]] = set()
    out: list[tuple[tuple[str, ...], Session]] = []
    for session in sessions:
        texts = [session.title, *session.alternates, session.id.replace("-", " ")]
        texts += [part for part in re.split(r":|\s[-\u2013\u2014]\s", session.title)]
        for text in texts:
            said = words(text)
            if said and (said, session.id) not in found:
                found.add((said, session.id))
                out.append((said, session))
    return tuple(sorted(out, key=lambda item: -len(item[0])))


_Numbered = tuple[int, tuple[str, ...], Session]  # a phrasing, by its place longest first


@per_object(kept=16)
def _by_first_word(sessions: tuple[Session, ...]) -> dict[str, tuple[_Numbered, ...]]:
    """Per word, the phrasings it begins, each with its place among all of them
    (cached per FAQ load)."""
    found: dict[str, list[_Numbered]] = {}
    for k, (phrase, session) in enumerate(_phrasings(sessions)):
        found.setdefault(phrase[0], []).append((k, phrase, session))
    return {word: tuple(numbered) for word, numbered in found.items()}


def _named_session(
    kb: KnowledgeBase, said: tuple[str, ...]
) -> tuple[Session, int, int] | None:
    """The one session the question names (longest phrasing wins), with where it is.

    A phrasing that names several sessions ("side event", a title part two share) names
    none of them.
    """
    best: tuple[int, int, int] | None = None  # (length, begin, end)
    named: set[str] = set()
    chosen: Session | None = None
    present = frozenset(said)
    by_first_word = _by_first_word(kb.sessions)
    # Only the phrasings whose first word the question says (most have a word it lacks),
    # in their order, longest first (their places differ: the sort reads no further).
    candidates = sorted(n for word in present for n in by_first_word.get(word, ()))
    for _place, phrase, session in candidates:
        if best is not None and len(phrase) < best[0]:
            break
        if not present.issuperset(phrase):
            continue
        at = _find(said, phrase)
        if at is None:
            continue
        if best is None:
            best, chosen = (len(phrase), at, at + len(phrase)), session
        named.add(session.id)
    if best is None or chosen is None or len(named) > 1:
        return None
    return chosen, best[1], best[2]


def _find(said: tuple[str, ...], phrase: tuple[str, ...]) -> int | None:
    size = len(phrase)
    for begin in range(len(said) - size + 1):
        if said[begin : begin + size] == phrase:
            return begin
    return None


# --- answers --------------------------------------------------------------------------


def lead(kb: KnowledgeBase, asked: AttendanceQuestion, language: str | None = None) -> str:
    """The sentence that answers the question, before the session's details, in the
    reply's language (the session's title in it where the FAQ file has one)."""
    session = asked.session
    assert session is not None, "a listing has no lead sentence"
    name = f"**{title_in(session, language)}**"
    note = _note(session)
    if session.status is SessionStatus.CANCELLED:
        return say("attendance_cancelled", language, name=name, note=note)
    if asked.aspect is Aspect.FULL:
        if session.status is SessionStatus.FULL:
            return say("attendance_full", language, name=name, note=note)
        seats = (f" ({say('seats', language, count=session.capacity)})"
                 if session.capacity else "")
        text = say("attendance_not_full", language, name=name, seats=seats)
        access = access_text(session, language)
        return say("attendance_and_access", language, text=text, access=access) if access else text
    if asked.aspect is Aspect.ACCESS:
        return _access_lead(session, name, language)
    if session.status is SessionStatus.SCHEDULED:
        return say("attendance_on_schedule", language, name=name, note=note)
    return say("attendance_status", language, name=name, status=status_text(session, language))


_ACCESS_LEADS = {
    Access.OPEN: "attendance_open",
    Access.REGISTRATION: "attendance_registration",
    Access.CLOSED: "attendance_closed",
}


def _access_lead(session: Session, name: str, language: str | None) -> str:
    full = (say("attendance_full_though", language)
            if session.status is SessionStatus.FULL else "")
    key = (_ACCESS_LEADS[session.access] if session.access is not None
           else "attendance_access_unknown")
    return say(key, language, name=name, full=full)


def _note(session: Session) -> str:
    return f" ({session.status_note})" if session.status_note else ""


def listed(kb: KnowledgeBase, status: SessionStatus) -> list[Session]:
    """The sessions in one state, in programme order."""
    return ordered(s for s in kb.sessions if s.status is status)
