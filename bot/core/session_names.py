"""How attendees name one session of the programme: "the opening", "lunch", "plenary 1",
"breakout B".

A session with a short title is named by its one or two telling words ("Opening
session" by "opening"); a numbered or lettered one by its label (``labels``); any
session by an alternate the organisers wrote, said in full ("the FTF session"). Named, a
session can be asked about on its own ("has the opening started yet?") or be the
moment a question counts from ("what's on after lunch?"). The programme logic
(``schedule``) reads both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.core.calendar_words import HOUR_WORDS, WEEKDAYS
from bot.core.labels import labels
from bot.core.lexicon import STOPWORDS
from bot.core.memo import per_object
from bot.core.models import KnowledgeBase, Session
from bot.core.text import fold, stem, tokenize, words

# Words of a session's title that do not name it: "Opening session", "Lunch break
# (Thursday)", "Opening ceremony", "Closing remarks" are named by "opening", "lunch" and
# "closing". Only a short title names its session this way ("has the opening
# started?"); a long one is the matcher's to find.
TITLE_FILLER = frozenset(
    stem(w) for w in ("session sessions break day ceremony ceremonies remarks "
                      + " ".join(WEEKDAYS)).split()
)
_NAME_WORDS_MAX = 2

# "what's next after this plenary?": the plenary is where we are, not what is asked for.
AFTER = re.compile(r"\bafter (?:this|the|that)? ?(\w+)")
# "after lunch", "after the opening", "after session 2": the session a next counts from
# ("after this" is now).
# ("after the opening", "after the FTF session"; a third word for a name of three: "after
# the secretary general's speech").
_AFTER_SESSION = re.compile(r"\bafter (?:the )?(?!this\b|that\b|it\b)(\w+)(?: (\w+))?(?: (\w+))?")
# "before lunch", "just before the secretary general's speech": the session a window or
# the one item before it ends at.
_BEFORE_SESSION = re.compile(r"\bbefore (?:the )?(\w+)(?: (\w+))?(?: (\w+))?")


def title_stems(session: Session) -> frozenset[str]:
    return _stems(session.title)


@lru_cache(maxsize=4096)
def _stems(title: str) -> frozenset[str]:
    return frozenset(t.stem for t in tokenize(title))


@per_object(kept=16)
def session_names(sessions: tuple[Session, ...]) -> tuple[tuple[Session, frozenset[str]], ...]:
    """The sessions their title (``_title_names``) or their alternates
    (``_alternate_names``) name, each with its name's words; a session may have several.

    Worked out once per FAQ version (the sessions tuple is the cache key).
    """
    alternates = _alternates_of(sessions)
    return _title_names(sessions) + tuple(
        (session, name) for session in sessions for name in alternates[session.id])


def named_in_full(kb: KnowledgeBase, session: Session, said: frozenset[str]) -> bool:
    """Whether ``said`` holds one of the session's names (``session_names``) whole: "is
    session 4 after lunch?" names lunch after "after", not Session IV (stricter than
    ``names_after``, where one word of a title will do)."""
    return any(name <= said for name in _names_by_id(kb.sessions).get(session.id, ()))


@per_object(kept=16)
def _names_by_id(sessions: tuple[Session, ...]) -> dict[str, tuple[frozenset[str], ...]]:
    found: dict[str, list[frozenset[str]]] = {}
    for session, name in session_names(sessions):
        found.setdefault(session.id, []).append(name)
    return {session_id: tuple(names) for session_id, names in found.items()}


@per_object(kept=16)
def _title_names(sessions: tuple[Session, ...]) -> tuple[tuple[Session, frozenset[str]], ...]:
    """The sessions a word or two of their title names, with those words as written
    ("opening" for "Opening session": the noun, so "is it open now?" names nothing)."""
    labelled = labels(sessions)
    out = []
    for session in sessions:
        label = labelled.get(session.id)
        if label is not None:
            # "Plenary 1", "Breakout session B" ("breakout B" will do), "Session II" (its
            # number alone names nothing).
            said = [t for t in tokenize(label) if not t.stop]
            core = [t for t in said if t.stem not in TITLE_FILLER]
            if any(not _is_numeral(t.word) for t in core):
                said = core
            out.append((session, frozenset(t.word for t in said)))
            continue
        name = _name_words(session.title)
        if 0 < len(name) <= _NAME_WORDS_MAX:
            out.append((session, name))
            # "Closing ceremony and certificates" is "the closing ceremony" too: the item
            # a short title joins something to is named alone.
            head = _name_words(_JOINED.split(session.title, maxsplit=1)[0])
            if head and head != name:
                out.append((session, head))
            continue
        # "Press briefing by Under-Secretary-General Vladimir Voronkov", "Evening
        # reception hosted by the Under-Secretary-General": the item, before who gives it.
        head = _name_words(_BY_SOMEONE.split(session.title, maxsplit=1)[0])
        if 0 < len(head) <= _NAME_WORDS_MAX and not head.isdisjoint(_ITEM_NOUNS):
            out.append((session, head))
    return tuple(out)


# What joins two things in one short title: "Lunch and networking", "Closing & awards".
_JOINED = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


# Who gives an item, after its name in a title: "... by the USG", "... hosted by ...".
_BY_SOMEONE = re.compile(
    r"\s+(?:(?:hosted|chaired|led|given|moderated|organi[sz]ed|presented|offered|opened|"
    r"convened|delivered) )?(?:by|with|featuring)\s+", re.IGNORECASE)


def _name_words(title: str) -> frozenset[str]:
    return frozenset(
        t.word for t in tokenize(title)
        if not t.stop and t.stem not in TITLE_FILLER and not t.word.isdigit()
    )


def _is_numeral(word: str) -> bool:
    return word.isdigit() or len(word) == 1


# A number, a Roman numeral or a letter: what labels are made of ("session 2",
# "session II", "breakout A"), which ``labels`` and ``_by_number`` read.
_LABEL_PART = re.compile(r"\d\w*|[ivx]{1,4}|[a-z]")


# Nouns that make an alternate the name of a programme item: "FTF session", "CFT side
# event", "Guterres speech", "welcome reception"; not "badge pick-up" or "doors open",
# which are as often a topic ("do I still need to pick up a badge?").
_ITEM_NOUNS = frozenset("""
    session sessions sideevent event events plenary breakout panel workshop reception
    keynote lunch dinner breakfast break ceremony speech statement remarks briefing address
    welcome
    dialogue roundtable debate meeting launch conference discussion presentation
    """.split())
# What a list of speakers says in brackets: of the speech, not of the speaker.
ASIDE = re.compile(r"\([^)]*\)")
# The verb said of a speaker: "is Guterres still speaking?" asks about his session (the
# speakers' reader asks with these too).
SPEAKING_VERBS = frozenset("speak speaks speaking spoke".split())
_SPEAKING = SPEAKING_VERBS | frozenset("talk talks talking".split())
# The word for a session that a speech word stands for in a name ("the final remarks":
# the "final session"'s).
_SESSION_NOUNS = frozenset("session sessions plenary".split())
# The words for a speech, one as good as another in a session's name.
_SPEECH = frozenset("speech speeches address remarks statement statements".split())
# With "one" ("the FTF one"), the words for an item after "after" (``names_after``).
_ANY_ITEM = _ITEM_NOUNS | {"one"}


def _alternate_names(session: Session) -> list[frozenset[str]]:
    """The names the organisers wrote as a session's alternates, each as all its words:
    "FTF session" names Session II where both words are said ("how long until the FTF
    session finishes?"), never "FTF" alone ("what does FTF stand for?"). Only an
    alternate that says what kind of item it is (``_ITEM_NOUNS``) and what else names it;
    one made of a number, numeral or letter ("session 2", "second session") is a label,
    read as labels are."""
    names = []
    for alternate in session.alternates:
        raw = fold(alternate).replace("-", " ").split()
        if any(_LABEL_PART.fullmatch(w) or w in _ORDINALS or w in HOUR_WORDS for w in raw):
            continue
        name = frozenset(t.word for t in tokenize(alternate) if not t.stop)
        if len(name) >= 2 and name & _ITEM_NOUNS and name - _ITEM_NOUNS:
            names.append(name)
    return names


@per_object(kept=16)
def _name_of(sessions: tuple[Session, ...]) -> dict[str, frozenset[str]]:
    return {s.id: name for s, name in _title_names(sessions)}


@per_object(kept=16)
def _alternates_of(sessions: tuple[Session, ...]) -> dict[str, list[frozenset[str]]]:
    return {s.id: _alternate_names(s) for s in sessions}


# "The third session", "the 2nd plenary": a numbered session by its number in order,
# when no day is named ("the first session tomorrow" is the first of that day).
# "The first session" too, asked about ("who chairs the first session" is Session I's:
# where the programme numbers its sessions, the opening is not one of them); not asked
# when or where (``_by_number``).
_ORDINALS = {w: str(n) for n, pair in enumerate(
    ("first 1st", "second 2nd", "third 3rd", "fourth 4th", "fifth 5th", "sixth 6th"), 1)
    for w in pair.split()}
_COUNTED = frozenset("session sessions plenary plenaries panel breakout workshop".split())
# Words that say a day or a part of one.
DAY_WORDS = frozenset(("today tomorrow tonight day days morning afternoon evening "
                        + " ".join(WEEKDAYS)).split())


def _by_number(said: tuple[str, ...]) -> set[str]:
    """"session3" for "the third session", as "Session III" and "session 3" are read.

    Not "the first session" asked when or where ("when does the first session start?",
    "which hall is the first session in?"): that is the first item of the day, the
    opening where there is one (every writer of the seen sets, 7 of 7), while "who
    chairs the first session?" is Session I's (12 of 12)."""
    if DAY_WORDS.intersection(said):
        return set()
    when_or_where = bool(_WHEN_OR_WHERE_ASKED.intersection(said))
    return {_singular(said[n + 1]) + _ORDINALS[w] for n, w in enumerate(said[:-1])
            if w in _ORDINALS and said[n + 1] in _COUNTED
            and not (when_or_where and _ORDINALS[w] == "1")}


# Words that ask when or where something is.
_WHEN_OR_WHERE_ASKED = frozenset(
    "when time start starts begin begins kick kicks where hall seated long".split())


def _singular(word: str) -> str:
    return "plenary" if word == "plenaries" else word.removesuffix("s")


def named_sessions(kb: KnowledgeBase, question: str) -> tuple[Session, ...]:
    """The sessions the question names by their short title ("the opening", "lunch") or
    number ("the third session"), leaving out one that only marks a time ("what's on
    after lunch?")."""
    said = set(words(question)) | _by_number(words(question))
    said -= {m.group(1) for m in AFTER.finditer(" ".join(words(question)))}
    names = session_names(kb.sessions)
    named = [s for s, name in names if name <= said]
    if not named and said & _SPEECH:
        # "The Secretary-General's address" is the session an alternate calls the
        # "Secretary-General's speech": one word for a speech is as good as another,
        # where the words as said name none ("the USG's closing remarks" is the
        # closing's, not also the "Secretary-General's speech"); and for the word for a
        # session ("the final remarks" are the "final session"'s).
        named = [s for s, name in names
                 if name <= said | _SPEECH | _SESSION_NOUNS and name - _SESSION_NOUNS]
    if not named and said & _SPEECH:
        # "Did I miss Voronkov's speech?": the one session whose speakers he is among.
        named = [s for s, own in _speakers_own_words(kb.sessions) if own & said]
        named = named if len(named) == 1 else []
    if not named and said & _SPEAKING:
        # "Is Guterres still speaking?": the one session a speaker of that name is in,
        # by the name before a list's first comma ("Vladimir Voronkov, ..."), not its
        # titles ("UN Office of ...": "his first time at the UN, my son is speaking").
        named = [s for s, own in _speakers_own_names(kb.sessions) if own & said]
        named = named if len(named) == 1 else []
    return tuple(dict.fromkeys(named))  # once each, though two of its names be said


@per_object(kept=16)
def _speakers_own_names(
    sessions: tuple[Session, ...],
) -> tuple[tuple[Session, frozenset[str]], ...]:
    """Each session with speakers and the words of its speakers' names (each line up to
    its first comma) no other session's names share."""
    return _own([(s, frozenset(w for line in s.speakers
                               for w in words(ASIDE.sub(" ", line).split(",")[0])
                               if w not in STOPWORDS))
                 for s in sessions if s.speakers and not s.cancelled])


def _own(
    listed: list[tuple[Session, frozenset[str]]],
) -> tuple[tuple[Session, frozenset[str]], ...]:
    """Each session with those of its words no other session's share."""
    counts: dict[str, int] = {}
    for _, said in listed:
        for word in said:
            counts[word] = counts.get(word, 0) + 1
    return tuple((s, frozenset(w for w in said if counts[w] == 1)) for s, said in listed)


@per_object(kept=16)
def _speakers_own_words(
    sessions: tuple[Session, ...],
) -> tuple[tuple[Session, frozenset[str]], ...]:
    """Each session with speakers and the words of their names no other session's
    speakers share ("voronkov"; not "secretary", "general" of two titles), leaving out
    what a list says of the speech ("Guterres (opening statement)": a question's
    "statement" names no speaker)."""
    return _own([(s, frozenset(w for w in words(ASIDE.sub(" ", " ".join(s.speakers)))
                               if w not in STOPWORDS and w not in _SPEECH | _ITEM_NOUNS
                               and not w.isdigit()))
                 for s in sessions if s.speakers and not s.cancelled])


def name_words(kb: KnowledgeBase, named: tuple[Session, ...]) -> frozenset[str]:
    """The words that name these sessions, by their titles or alternates."""
    names = _name_of(kb.sessions)
    alternates = _alternates_of(kb.sessions)
    said = frozenset().union(*(names.get(s.id, frozenset()) for s in named),
                             *(name for s in named for name in alternates.get(s.id, ())))
    return said | _SPEECH if said & _SPEECH else said  # "address" for its "speech"


def after_words(kb: KnowledgeBase, folded: str) -> list[frozenset[str]]:
    """The words after each "after" that name a session ("lunch", "the opening")."""
    return _words_naming(kb, _AFTER_SESSION, folded)


def before_words(kb: KnowledgeBase, folded: str) -> list[frozenset[str]]:
    """The words after each "before" that name a session ("lunch", "the closing")."""
    return _words_naming(kb, _BEFORE_SESSION, folded)


def _words_naming(kb: KnowledgeBase, said_at: re.Pattern[str], folded: str,
                  ) -> list[frozenset[str]]:
    found = []
    for match in said_at.finditer(folded):
        # A third word only where two name nothing ("after the secretary general's
        # speech": the opening, by its alternate); else it is the rest of the question.
        said = naming_words(kb, match.groups()[:2]) or (
            naming_words(kb, match.groups()) if match.group(3) else frozenset())
        if said:
            found.append(said)
    return found


def naming_words(kb: KnowledgeBase, said: Sequence[str | None]) -> frozenset[str]:
    """The words after an "after" or a "before", as ``names_after`` reads them, when
    they name a session (none when they do not); a session's label ("session II",
    "session 3") by the name its label gives it."""
    given = frozenset(w for w in said if w)
    if any(names_after(kb, s, given) for s in kb.sessions):
        return given
    labelled = named_sessions(kb, " ".join(w for w in said if w))
    names = _name_of(kb.sessions)
    extended = given.union(*(names.get(s.id, frozenset()) for s in labelled))
    return extended if any(names_after(kb, s, extended) for s in kb.sessions) else frozenset()


def names_after(kb: KnowledgeBase, session: Session, said: frozenset[str]) -> bool:
    """Whether the words after an "after" name this session: a word of its title or
    its short name, or one of its alternates, said in full ("after the FTF session") or
    with another word for an item ("after the FTF one"). (Only here: as the name of the
    session a question is about, an alternate said with another word named the wrong
    one on a blind set.)"""
    return bool({stem(w) for w in said} & (title_stems(session) - TITLE_FILLER)
                or said & _name_of(kb.sessions).get(session.id, frozenset())
                or any(name <= said or (said & _ANY_ITEM and name - _ITEM_NOUNS <= said)
                       for name in _alternates_of(kb.sessions)[session.id]))

