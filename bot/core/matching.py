"""Ranking FAQ entries, sessions and themes against a question.

The index is built once per FAQ load. A question is scored against each entry by
two coverages, both weighted by how informative each word is (inverse document
frequency over the entries, so "wifi" counts and "conference" barely does):

* query coverage: how much of what the attendee said the entry speaks about;
* entry coverage: how much of one of the entry's own phrasings (question,
  alternates, title, keywords) the attendee said.

Words meet when their stems are equal, when one is a likely typo of the other
(rapidfuzz optimal-string-alignment distance on the typed form and on the stem), or
when the lexicon lists them as synonyms. A word that appears nowhere in the FAQ
keeps a high weight: "who is the director of the FBI" must not be answered from the
one entry that mentions a director.
"""

from __future__ import annotations

import math
import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core import facts
from bot.core.alerts import AlertIndex
from bot.core.calendar_words import WEEKDAYS
from bot.core.circumstances import told_heading
from bot.core.english_words import may_be_a_slip
from bot.core.event_words import own_event_noun, venue_words
from bot.core.facts import Fact
from bot.core.labels import labels
from bot.core.language import detect
from bot.core.lexicon import SYNONYM_GROUPS
from bot.core.meaning_text import for_the_meaning
from bot.core.memo import keep
from bot.core.models import ENGLISH, FaqEntry, GlossaryTerm, KnowledgeBase, Room, Session, Theme
from bot.core.person_names import names_a_person, text_names_someone
from bot.core.semantic import SemanticSearch
from bot.core.standing_urgent import alert_topics
from bot.core.text import Token, fold, phrasing_key, singular_stem, stem, tokenize
from bot.core.translations import translatables, translated_phrasings
from bot.core.vocabulary import CONCEPT_MARK, Vocabulary

if TYPE_CHECKING:
    from bot.core.arrays import PostingArrays

# Field weights: a word in the question or title of an entry says more about what
# the entry answers than the same word somewhere in a long answer.
PRIMARY_FIELD_WEIGHT = 1.0
KEYWORD_FIELD_WEIGHT = 0.9
SECONDARY_FIELD_WEIGHT = 0.7

# A word that shares only its stem with the entry's word ("open" / "opening").
STEM_ONLY_SIMILARITY = 0.9

# How much a near-miss word is worth relative to the exact word.
TYPO_SIMILARITY = 0.9
SYNONYM_SIMILARITY = 0.8

# Typo tolerance by word length: short words have too many neighbours
# ("point"/"print", "media"/"medic") to correct safely.
MIN_CHARS_FOR_ONE_EDIT = 6
MIN_CHARS_FOR_TWO_EDITS = 9
# The most edits the typo search allows (from MIN_CHARS_FOR_TWO_EDITS letters on).
MAX_TYPO_EDITS = 2
# A five-letter word may still be a slip of the fingers ("wifii", "cofee", "agnda"): a
# letter doubled, dropped or swapped, when exactly one word of the FAQ is that close.
# A changed letter is not taken: between short words it turns one real word into
# another ("print"/"point", "cable"/"table").
MIN_CHARS_FOR_SLIP = 5

# Facts every session states (speakers, room, day) say more than its description.
SESSION_FACT_WEIGHT = 0.8

# Agent nouns and their verbs ("speak"/"speaker", "interpret"/"interpreter") count
# as nearly the same word; the stemmer keeps them apart. Only "-er": "-or" would
# turn "director" into "direct(ions)".
DERIVED_SIMILARITY = 0.9
_AGENT_SUFFIXES = ("er",)
MIN_AGENT_STEM = 4

# Weight of a generic word ("allowed", "held", "take part") relative to its rarity.
GENERIC_WORD_FACTOR = 0.3

# How much a secondary-field mention counts towards a word's document frequency.
SECONDARY_DF_SHARE = 0.5

# A word the FAQ never uses weighs as much as the rarest word it does use...
UNKNOWN_WORD_WEIGHT = 1.0
# ...unless it is a two-letter token ("hr", "er"): more often shorthand or noise.
SHORT_UNKNOWN_WORD_WEIGHT = 0.5

# Each part of a closed compound ("lunch|time") has at least this many letters.
MIN_COMPOUND_PART = 4

# The score is query coverage, scaled down when the question echoes none of the
# entry's own phrasings: score = 100 * q * (FLOOR + (1 - FLOOR) * e). Measured
# against a weighted sum, this keeps an entry that merely shares one keyword
# with a long question from outscoring one that covers the whole question.
ENTRY_COVERAGE_FLOOR = 0.6

# A phrasing made only of common words ("What is this conference about?") is weak
# evidence even when the question repeats all of it: its coverage is measured against
# at least this much weight (about one rare word).
MIN_PHRASE_WEIGHT = 1.0

# Entries scored in full per question (by query coverage first).
SHORTLIST_SIZE = 25

# From this many entries, the first stage of ranking runs on numpy arrays
# (``core.arrays``): the same ranking, and at 5,000 entries under a millisecond where
# plain Python took up to 25. Below it the two differ by a fraction of a millisecond
# and the start needs no numpy (measured by benchmarks/engine.py).
ARRAY_RANKING_FROM = 500


@dataclass(frozen=True)
class LexicalMatch:
    """One entry's fit to a question in words; ``term_coverage[k]`` is how well it covers term k."""

    item_id: str
    title: str
    score: float
    query_coverage: float
    entry_coverage: float
    related: frozenset[str]
    term_coverage: tuple[float, ...]
    # How closely the question, as a whole, reads like one of the entry's phrasings
    # (rapidfuzz ratio, 0-100): a tie-breaker between entries that cover it equally.
    exactness: float = 0.0
    # What the entry's phrasing closest to the question asks ("why is it held" asks a
    # reason, "where is it held" a place).
    phrase_asks: Fact = Fact.NONE


@dataclass(frozen=True)
class LexicalRanking:
    """Lexical matches for one question, best first, with what the question said."""

    terms: tuple[QueryTerm, ...]
    matches: tuple[LexicalMatch, ...]


class _Scores(Protocol):
    """The first stage of ranking (plain Python or numpy arrays), as the rest reads it."""

    @property
    def shortlist(self) -> list[int]: ...

    def has(self, i: int) -> bool: ...
    def coverage(self, i: int) -> float: ...
    def row(self, i: int) -> tuple[float, ...]: ...


@dataclass(frozen=True)
class _DictScores:
    best: dict[int, list[float]]
    coverages: dict[int, float]
    shortlist: list[int]

    def has(self, i: int) -> bool:
        return i in self.best

    def coverage(self, i: int) -> float:
        return self.coverages[i]

    def row(self, i: int) -> tuple[float, ...]:
        return tuple(self.best[i])


@dataclass(frozen=True, slots=True)
class _Entry:
    item_id: str
    title: str
    # Its phrasings' stems in one string (``_phrase_stems``): a tuple per phrasing and one
    # of them per entry were 8 MiB at 20,000 entries, and only a shortlisted entry's
    # phrasings are ever read.
    phrases: str
    phrase_asks: tuple[Fact, ...]  # per phrase, the kind of fact it asks for
    # Its stems with the weight of the best field each is in, and its words as written
    # (for telling "opening" from "open") with theirs: keys and weights as tuples, not
    # dicts, a third of the memory (50 MiB of dicts at 20,000 entries).
    stems: tuple[str, ...]
    stem_weights: tuple[float, ...]
    # The items answered together with it; None for itself alone, as every FAQ entry
    # is (a set of one per entry was 4 MiB at 20,000 entries): see ``_related_ids``.
    related: frozenset[str] | None
    words: tuple[str, ...]
    word_weights: tuple[float, ...]


# Between an entry's phrasings and between a phrasing's stems in ``_Entry.phrases``:
# characters no stem holds (a stem is letters and digits, or "~" and a number).
_PHRASE_BREAK = "\x1e"
_STEM_BREAK = "\x1f"


def _phrase_stems(entry: _Entry) -> list[tuple[str, ...]]:
    """Each phrasing of the entry as its stems (the build's order)."""
    if not entry.phrases:
        return []
    return [tuple(p.split(_STEM_BREAK)) for p in entry.phrases.split(_PHRASE_BREAK)]


def _related_ids(entry: _Entry) -> frozenset[str]:
    return entry.related if entry.related is not None else frozenset({entry.item_id})


_Phrasings = list[tuple[tuple[str, ...], tuple[float, ...], float, Fact]]


@dataclass(frozen=True)
class QueryTerm:
    token: Token
    weight: float
    expansions: dict[str, float]


class _EntryBuilder:
    def __init__(
        self, vocabulary: Vocabulary, item_id: str, title: str,
        related: frozenset[str] | None = None,
    ) -> None:
        self.vocabulary = vocabulary
        self.item_id = item_id
        self.title = title
        self.related = related
        self.phrases: list[tuple[str, ...]] = []
        self.phrase_asks: list[Fact] = []
        self.terms: dict[str, float] = {}
        self.surface: dict[str, float] = {}

    def add(
        self, text: str | None, weight: float, *, phrase: bool = False,
        language: str | None = None,
    ) -> None:
        tokens = [t for t in self.vocabulary.tokens(text or "", language) if not t.stop]
        stems = tuple(dict.fromkeys(t.stem for t in tokens))
        if phrase and stems:
            self.phrases.append(stems)
            self.phrase_asks.append(facts.asked(text or ""))
        for s in stems:
            if self.terms.get(s, 0.0) < weight:
                self.terms[s] = weight
        for t in tokens:
            if self.surface.get(t.word, 0.0) < weight:
                self.surface[t.word] = weight

    def build(self) -> _Entry:
        phrases = _PHRASE_BREAK.join(_STEM_BREAK.join(p) for p in self.phrases)
        return _Entry(self.item_id, self.title, phrases,
                      _shared(tuple(self.phrase_asks)),
                      tuple(self.terms), _shared(tuple(self.terms.values())), self.related,
                      tuple(self.surface), _shared(tuple(self.surface.values())))


# Weight tuples already made, each kept once: an entry's weights are a few field
# weights in runs ((1.0, 1.0, 0.9, 0.7, 0.7, ...)), the same runs for many entries;
# one copy each instead of a tuple per entry saved 15 MiB at 20,000 entries. The
# kinds of fact its phrasings ask are shared the same way.
_SHARED_TUPLES: dict[tuple[object, ...], tuple[object, ...]] = {}
MAX_SHARED_TUPLES = 100_000

_T = TypeVar("_T")


def _shared(values: tuple[_T, ...]) -> tuple[_T, ...]:
    if len(_SHARED_TUPLES) > MAX_SHARED_TUPLES:
        _SHARED_TUPLES.clear()
    return cast(tuple[_T, ...], _SHARED_TUPLES.setdefault(values, values))


def _room_links(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """A room and the one FAQ entry that names it in its answer, each related to the
    other: the same place told twice ("Is there a prayer room?" and the room "Prayer
    and quiet room"), so neither is the other's rival and the margin of the one that
    leads is not lost to its twin. Only a name of two words or more, and only where
    one entry alone names it: a hall that many answers mention (the plenary hall) is
    no entry's own subject."""
    names = {room.id: name for room in kb.answerable_rooms
             if len((name := fold(room.name)).split()) > 1}
    if not names:
        return {}
    answers = [(entry.id, fold(entry.answer)) for entry in kb.faq]
    links: dict[str, set[str]] = defaultdict(set)
    for room_id, name in names.items():
        naming = [entry_id for entry_id, said in answers if name in said]
        if len(naming) == 1:
            links[room_id].add(naming[0])
            links[naming[0]].add(room_id)
    return {item_id: frozenset(linked) for item_id, linked in links.items()}


def _faq_entry(vocabulary: Vocabulary, entry: FaqEntry) -> _Entry:
    b = _EntryBuilder(vocabulary, entry.id, entry.question)
    b.add(entry.question, PRIMARY_FIELD_WEIGHT, phrase=True)
    for alt in entry.alternates:
        b.add(alt, PRIMARY_FIELD_WEIGHT, phrase=True)
    for kw in entry.keywords:
        b.add(kw, KEYWORD_FIELD_WEIGHT, phrase=True)
    b.add(entry.answer, SECONDARY_FIELD_WEIGHT)
    add_translations(b, entry)
    return b.build()


def _session_entry(
    vocabulary: Vocabulary, kb: KnowledgeBase, session: Session, label: str | None,
) -> _Entry:
    theme = kb.theme(session.theme)
    related = {session.id}
    if theme is not None:
        related.add(theme.id)
        related.update(s.id for s in kb.sessions if s.theme == theme.id)
    b = _EntryBuilder(vocabulary, session.id, session.title, frozenset(related))
    b.add(session.title, PRIMARY_FIELD_WEIGHT, phrase=True)
    if label is not None:  # "Plenary 1": a phrasing of its own (``labels``)
        b.add(label, PRIMARY_FIELD_WEIGHT, phrase=True)
    for alt in session.alternates:
        b.add(alt, PRIMARY_FIELD_WEIGHT, phrase=True)
    # What every session answer states, so "CFT session time?" or "who speaks at
    # the opening" find a session rather than an FAQ entry that mentions the topic.
    b.add("session time start end room where when", SECONDARY_FIELD_WEIGHT)
    b.add(session.description, SECONDARY_FIELD_WEIGHT)
    if session.speakers:
        b.add("who speakers " + " ".join(session.speakers), SESSION_FACT_WEIGHT)
    b.add(kb.room_name(session.room), SESSION_FACT_WEIGHT)
    b.add(session.day.strftime("%A"), SESSION_FACT_WEIGHT)
    if theme is not None:
        b.add(theme.title, SECONDARY_FIELD_WEIGHT)
        for kw in theme.keywords:
            b.add(kw, SECONDARY_FIELD_WEIGHT)
    add_translations(b, session)
    return b.build()


def _theme_entry(vocabulary: Vocabulary, kb: KnowledgeBase, theme: Theme) -> _Entry:
    related = {theme.id} | {s.id for s in kb.sessions if s.theme == theme.id}
    b = _EntryBuilder(vocabulary, theme.id, theme.title, frozenset(related))
    b.add(theme.title, PRIMARY_FIELD_WEIGHT, phrase=True)
    for kw in theme.keywords:
        b.add(kw, KEYWORD_FIELD_WEIGHT, phrase=True)
    # What it is: "the prevention theme", "the theme about the internet" name one.
    b.add("theme", KEYWORD_FIELD_WEIGHT)
    b.add("topic", SECONDARY_FIELD_WEIGHT)
    b.add(theme.summary, SECONDARY_FIELD_WEIGHT)
    add_translations(b, theme)
    return b.build()


def _room_entry(vocabulary: Vocabulary, kb: KnowledgeBase, room: Room) -> _Entry:
    related = {room.id} | {s.id for s in kb.sessions if s.room == room.id}
    b = _EntryBuilder(vocabulary, room.id, room.name, frozenset(related))
    b.add(room.name, PRIMARY_FIELD_WEIGHT, phrase=True)
    # What every room answer states, so "which floor is X on" finds the room itself.
    b.add("room where location floor building", SECONDARY_FIELD_WEIGHT)
    b.add(room.notes, SECONDARY_FIELD_WEIGHT)
    add_translations(b, room)
    return b.build()


def add_translations(b: _EntryBuilder, item: FaqEntry | Session | Theme | Room) -> None:
    """An item's translations, each in its own language: phrasings as phrasings,
    answers and descriptions as secondary text (``analysis`` has each language's rules)."""
    for found in item.translations:
        for text in (found.question, found.title, found.name, *found.alternates):
            b.add(text, PRIMARY_FIELD_WEIGHT, phrase=True, language=found.language)
        for text in found.keywords:
            b.add(text, KEYWORD_FIELD_WEIGHT, phrase=True, language=found.language)
        for text in (found.answer, found.description, found.summary, found.notes):
            b.add(text, SECONDARY_FIELD_WEIGHT, language=found.language)


def _phrasings(kb: KnowledgeBase) -> dict[str, str | None]:
    """Normalised phrasing -> the one item written with it (questions, alternates,
    titles), or None when several are: the id itself, not a set of one (a set per
    phrasing was 13 MiB at 20,000 entries, at the end of the build where its peak is,
    even as a table of the moment)."""
    table: dict[str, str | None] = {}

    def add(texts: Iterable[str], item_id: str) -> None:
        for text in texts:
            key = phrasing_key(text)
            if table.setdefault(key, item_id) != item_id:
                table[key] = None  # another item's phrasing too

    for entry in kb.faq:
        add((entry.question, *entry.alternates, *translated_phrasings(entry)), entry.id)
    named = labels(kb.sessions)
    for session in kb.sessions:
        label = named.get(session.id)
        add((session.title, *((label,) if label else ()), *session.alternates,
             *translated_phrasings(session)), session.id)
    for theme in kb.themes:
        add((theme.title, *translated_phrasings(theme)), theme.id)
    for room in kb.answerable_rooms:
        add((room.name, *translated_phrasings(room)), room.id)
    table.pop("", None)
    return table


def _synonym_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for group in SYNONYM_GROUPS:
        stems = {stem(w) for w in group}
        for s in stems:
            table[s].update(stems - {s})
    return {s: frozenset(others) for s, others in table.items()}


_SYNONYMS = _synonym_table()


class _LastBuild:
    """The FAQ entries' records from the last build, reused by the next one.

    Reading an entry's text into stems is most of an index build; an organiser's edit
    changes one entry of thousands, and a reload re-reads only the entries that
    changed. A record depends on the entry and the vocabulary (the glossary and the
    acronyms the file defines) only, so it is reused when both are the same.
    """

    def __init__(self) -> None:
        self._terms: tuple[GlossaryTerm, ...] = ()
        self._records: dict[FaqEntry, _Entry] = {}

    def faq_entries(self, vocabulary: Vocabulary, faq: Sequence[FaqEntry]) -> list[_Entry]:
        known = self._records if vocabulary.terms == self._terms else {}
        records: dict[FaqEntry, _Entry] = {}
        for entry in faq:
            record = known.get(entry)
            records[entry] = record if record is not None else _faq_entry(vocabulary, entry)
        self._terms, self._records = vocabulary.terms, records
        return [records[entry] for entry in faq]

    def forget(self) -> None:
        self._terms, self._records = (), {}

    def remember(self, index: MatchIndex) -> None:
        """Take the records of an index built elsewhere (a worker process)."""
        faq = index.kb.faq
        self._terms = index.vocabulary.terms
        self._records = dict(zip(faq, index.entries[: len(faq)], strict=True))


_LAST_BUILD = _LastBuild()


def remember_build(index: MatchIndex) -> None:
    """The next build reuses ``index``'s records of the entries that did not change."""
    _LAST_BUILD.remember(index)


class MatchIndex:
    """Everything needed to answer from a knowledge base, derived once per FAQ load.

    ``semantic`` is the optional meaning-based retriever (see ``core.semantic``).
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        entries: list[_Entry],
        vocabulary: Vocabulary,
        semantic: SemanticSearch | None = None,
    ) -> None:
        self.kb = kb
        self.entries = entries
        self.vocabulary = vocabulary
        self.semantic = semantic
        # The file's own word for its event ("forum"): "this conference" is matched as it.
        self.event_noun = own_event_noun(kb)
        self.venue_words = venue_words(kb)
        # The languages the FAQ file is translated into: a question in one of them is
        # matched by its own words against the translations, beside its English reading.
        self.translated_languages = frozenset(
            t.language for item in translatables(kb) for t in item.translations)
        self._position = {entry.item_id: i for i, entry in enumerate(entries)}
        # Each linked item's whole related set, made once here rather than at every
        # look-up (``related`` is asked for every candidate of every question).
        self._linked_related = {
            item_id: _related_ids(self.entries[self._position[item_id]]) | linked
            for item_id, linked in _room_links(kb).items() if item_id in self._position}
        # A big FAQ's postings go straight into arrays (``use_arrays``): the lists are
        # built only for ranking in plain Python.
        self._postings: dict[str, Sequence[tuple[int, float]]] = {}
        self._arrays: PostingArrays | None = None
        # Per entry its words' weights, for ranking in plain Python (``_scores``).
        self._surfaces: list[dict[str, float]] = []
        n = max(len(entries), 1)
        top = math.log(1.0 + n)
        # Document frequency counts a mention deep in an answer as a fraction of a
        # mention in a question or title: a word many answers use in passing
        # ("open", "time") can still single out the entry whose title it is.
        df: dict[str, float] = {}
        for entry in entries:
            for s, w in zip(entry.stems, entry.stem_weights, strict=True):
                df[s] = df.get(s, 0) + (SECONDARY_DF_SHARE if w < KEYWORD_FIELD_WEIGHT else 1.0)
        # Its keys are the stems the FAQ uses (what ``expand`` and ``uses`` look up).
        self._idf = {s: math.log(1.0 + n / max(d, 1.0)) / top for s, d in df.items()}
        self.use_arrays(len(entries) >= ARRAY_RANKING_FROM)
        # Per entry, its phrasings with each stem's weight and the denominator of its
        # coverage, and as plain strings for rapidfuzz: worked out the first time a
        # question shortlists the entry, then kept. Only shortlisted entries need them:
        # worked out for all at every build, they were 25 MiB at 20,000 entries, and
        # time in every reload. With the phrasings, the set of all their stems: half the
        # shortlisted entries (reached by their answer's words) share none with the
        # question, told by one set test.
        self._phrases: list[tuple[_Phrasings, frozenset[str]] | None] = [None] * len(entries)
        self._phrase_texts: list[list[str] | None] = [None] * len(entries)
        # Words as the FAQ writes them (and their stems), for the typo search.
        self._words: dict[str, str] = {s: s for s in self._idf}
        for entry in entries:
            for word in entry.words:
                # A translation's word has its own language's stem, not this one.
                if stem(word) in self._idf:
                    self._words.setdefault(word, stem(word))
        self._word_list = list(self._words)
        # The word list cut to the words of about one length, per length and number of
        # edits: a typo is never further from its word than its edits, so the search
        # reads a fifth to a third of the list, in its order (``_near_in_length``).
        self._by_length: dict[tuple[int, int], list[str]] = {}
        # The FAQ's words as it writes them, in plain letters: what a question's typo is
        # put right to for the meaning (``for_the_meaning``). Made on first use: a
        # words-only bot never needs them.
        self._faq_words: frozenset[str] | None = None
        # The file's urgent and sensitive topics, or the standing urgent ones it lacks;
        # a word the FAQ itself writes, in any of its languages, is spelled right, never
        # a typo of a trigger word ("Is there an evaluation form?" is no evacuation; the
        # French "adresse" of its translations is no "agresse").
        self.alerts = AlertIndex(alert_topics(kb), known=frozenset(
            w for w in chain(self._words, *(entry.words for entry in entries))
            if w.isalpha()))
        self._expansion_cache: dict[tuple[str, str], dict[str, float]] = {}
        self._exact = _phrasings(kb)
        self._said: dict[str, str] = {}
        self._sentences: dict[str, str] = {}
        self._held: dict[str, Fact] = {}
        self._names_someone: dict[str, bool] = {}
        self._day_stems: frozenset[str] | None = None

    @classmethod
    def build(cls, kb: KnowledgeBase, semantic: SemanticSearch | None = None) -> MatchIndex:
        vocabulary = Vocabulary.of(kb)
        entries = _LAST_BUILD.faq_entries(vocabulary, kb.faq)
        named = labels(kb.sessions)
        entries += [_session_entry(vocabulary, kb, s, named.get(s.id)) for s in kb.sessions]
        entries += [_theme_entry(vocabulary, kb, t) for t in kb.themes]
        entries += [_room_entry(vocabulary, kb, r) for r in kb.answerable_rooms]
        return cls(kb, entries, vocabulary, semantic)

    def use_arrays(self, on: bool) -> None:
        """Rank with numpy arrays or in plain Python (the size decides; tests try both)."""
        if not on:
            if self._arrays is not None or not self._postings:
                self._arrays = None
                self._postings = self._posting_lists()
                self._surfaces = [dict(zip(e.words, e.word_weights, strict=True))
                                  for e in self.entries]
        elif self._arrays is None:
            from bot.core.arrays import PostingArrays

            self._arrays = PostingArrays([(e.stems, e.stem_weights) for e in self.entries],
                                         [e.words for e in self.entries])
            self._surfaces = []
            # The arrays hold the postings (a million small tuples as lists at 20,000
            # entries); which stems the FAQ uses, ``_idf``'s keys say.
            self._postings = {}

    def _posting_lists(self) -> dict[str, Sequence[tuple[int, float]]]:
        """Stem -> the entries that use it, with the weight of the field it is in."""
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for s, weight in zip(entry.stems, entry.stem_weights, strict=True):
                postings[s].append((i, weight))
        return dict(postings)

    def with_semantic(self, semantic: SemanticSearch | None) -> MatchIndex:
        """The same index with another semantic retriever (or none)."""
        return MatchIndex(self.kb, self.entries, self.vocabulary, semantic)

    def said(self, item_id: str) -> str:
        """Everything one item says, folded (worked out on first use, then kept)."""
        found = self._said.get(item_id)
        if found is None:
            item = self.kb.answerable(item_id)
            found = self._said[item_id] = fold(facts.item_text(self.kb, item)) if item else ""
        return found

    def names_someone(self, item_id: str) -> bool:
        """Whether one item may name a person (``person_names``): a speaker line of a
        session, or a name in its text (worked out on first use, then kept)."""
        found = self._names_someone.get(item_id)
        if found is None:
            item = self.kb.answerable(item_id)
            # Its sentences, not its title ("Cultural Evening" is written like a name).
            found = item is not None and (
                (isinstance(item, Session) and any(names_a_person(s) for s in item.speakers))
                or text_names_someone(facts.answer_text(item)))
            self._names_someone[item_id] = found
        return found

    def sentences(self, item_id: str) -> str:
        """What one item says in sentences, its phrasings left out (``facts.answer_text``),
        folded (worked out on first use, then kept)."""
        found = self._sentences.get(item_id)
        if found is None:
            item = self.kb.answerable(item_id)
            found = self._sentences[item_id] = fold(facts.answer_text(item)) if item else ""
        return found

    def held(self, item_id: str) -> Fact:
        """The kinds of fact one item states (worked out on first use, then kept)."""
        found = self._held.get(item_id)
        if found is None:
            item = self.kb.answerable(item_id)
            found = self._held[item_id] = facts.held(self.kb, item) if item else Fact.NONE
        return found

    def exact(self, question: str) -> str | None:
        """The one item the question is word for word a phrasing of, if there is one.

        The organisers wrote that phrasing for that item; two items sharing it (the
        checker warns) leave the question to the usual judgement.
        """
        return self._exact.get(phrasing_key(question))

    def knows(self, word: str) -> bool:
        """Whether the FAQ uses this word, a form of it or a word it is a typo of."""
        tokens = self.vocabulary.tokens(word)
        return any(self.expand(t) for t in tokens if not t.stop)

    def knows_term(self, text: str) -> bool:
        """Whether the FAQ uses these words as one term of its vocabulary ("side event"),
        not merely one of them ("Geneva office" is no term though "office" is a word)."""
        tokens = [t for t in self.vocabulary.tokens(text) if not t.stop]
        return len(tokens) == 1 and bool(self.expand(tokens[0]))

    def forms(self, word: str) -> frozenset[str]:
        """A word's stems and those of the FAQ's words it may stand for (synonyms,
        typos): what an entry must say for the word to count as said there."""
        found: set[str] = set()
        for token in self.vocabulary.tokens(word):
            if not token.stop:
                found |= {token.stem, *self.expand(token)}
        return frozenset(found)

    def for_the_meaning(self, text: str) -> str:
        """The question as the embedding model should read it (``meaning_text``)."""
        if self._faq_words is None:
            self._faq_words = frozenset(
                w for entry in self.entries for w in entry.words
                if w.isascii() and w.isalpha() and stem(w) in self._idf)
        return for_the_meaning(text, self._faq_words, self.uses,
                               english=detect(text) in (ENGLISH, None))

    def uses(self, word: str) -> bool:
        """Whether the FAQ uses this very word (or a form of it): stricter than ``knows``,
        which also takes it for a typo of one, as a word of another language often is."""
        return any(not t.stop and t.stem in self._idf
                   for t in self.vocabulary.tokens(word))

    def conference_days(self) -> frozenset[str]:
        """The stems of the conference's weekdays' names ("thursday", "friday")."""
        if self._day_stems is None:
            self._day_stems = frozenset(
                t.token.stem for day in self.kb.conference.dates
                for t in self.query_terms(WEEKDAYS[day.weekday()]))
        return self._day_stems

    def related(self, item_id: str) -> frozenset[str]:
        position = self._position.get(item_id)
        if position is None:
            return frozenset({item_id})
        return self._linked_related.get(item_id) or _related_ids(self.entries[position])

    def title(self, item_id: str) -> str:
        position = self._position.get(item_id)
        return self.entries[position].title if position is not None else item_id

    def expand(self, token: Token) -> dict[str, float]:
        """Stems in the index this word may stand for, with a similarity in (0, 1]."""
        key = (token.word, token.stem)
        cached = self._expansion_cache.get(key)
        if cached is not None:
            return cached
        found: dict[str, float] = {}
        if token.stem in self._idf:
            found[token.stem] = 1.0
        elif (singular := self._plural_of(token.word)) is not None:
            found[singular] = 1.0
        else:
            # Sorted, here and below: the order of this dict breaks ties between
            # entries, and a set's order changes with the hash seed from run to run.
            for s in sorted(self._typo_neighbours(token) or self._compound_parts(token.word)):
                found[s] = TYPO_SIMILARITY
        for s in self._derived(token.stem):
            if found.get(s, 0.0) < DERIVED_SIMILARITY:
                found[s] = DERIVED_SIMILARITY
        for s, sim in list(found.items()):
            for other in sorted(_SYNONYMS.get(s, ())):
                if other in self._idf and found.get(other, 0.0) < sim * SYNONYM_SIMILARITY:
                    found[other] = sim * SYNONYM_SIMILARITY
        if token.stem not in self._idf:
            for other in sorted(_SYNONYMS.get(token.stem, ())):
                if other in self._idf and found.get(other, 0.0) < SYNONYM_SIMILARITY:
                    found[other] = SYNONYM_SIMILARITY
        return keep(self._expansion_cache, key, found, 50_000)

    def _plural_of(self, word: str) -> str | None:
        """The singular the FAQ uses of a plural the stemmer leaves whole ("FTFs"): too
        short for the typo search, and no typo."""
        singular = singular_stem(word)
        return singular if singular in self._idf else None

    def _compound_parts(self, word: str) -> set[str]:
        """"lunchtime" -> lunch, time: a closed compound of two words the FAQ uses."""
        if len(word) < 2 * MIN_COMPOUND_PART or not word.isalpha():
            return set()
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            left, right = stem(word[:cut]), stem(word[cut:])
            if left in self._idf and right in self._idf:
                return {left, right}
        return set()

    def _derived(self, stem_: str) -> list[str]:
        forms = [stem_ + suffix for suffix in _AGENT_SUFFIXES]
        forms += [stem_[: -len(suffix)] for suffix in _AGENT_SUFFIXES if stem_.endswith(suffix)]
        if len(stem_) < MIN_AGENT_STEM:
            return []  # "wat" (chat for "what") is not the verb of "water"
        return [f for f in forms if f != stem_ and f in self._idf]

    def _typo_neighbours(self, token: Token) -> set[str]:
        word = token.word
        if not word.isalpha() or len(word) < MIN_CHARS_FOR_SLIP:
            return set()
        if len(word) < MIN_CHARS_FOR_ONE_EDIT:
            return self._slip_neighbour(word)
        max_edits = MAX_TYPO_EDITS if len(word) >= MIN_CHARS_FOR_TWO_EDITS else 1
        hits = process.extract(
            word, self._near_in_length(len(word), max_edits), scorer=OSA.distance,
            score_cutoff=max_edits, limit=8,
        )
        # All within max_edits in length; a word spelt right is seldom a slip.
        near = [choice for choice, _dist, _i in hits if may_be_a_slip(word, choice)]
        # A slip seldom hits the first letter: "adress" is "address" rather than "dress"
        # when a word the FAQ uses begins as it does.
        same_start = [choice for choice in near if choice[:1] == word[:1]]
        return {self._words[choice] for choice in same_start or near}

    def _near_in_length(self, length: int, edits: int) -> list[str]:
        """The FAQ's words within ``edits`` letters of ``length`` letters, in the word
        list's order: a word further in length is further in edits than the search
        allows, and ties fall as over the whole list. A search of one edit (words of
        five to eight letters, most of them) reads two fifths fewer words than one of
        two. Made on first use per length and number of edits."""
        near = self._by_length.get((length, edits))
        if near is None:
            near = [w for w in self._word_list if abs(len(w) - length) <= edits]
            self._by_length[(length, edits)] = near
        return near

    def _slip_neighbour(self, word: str) -> set[str]:
        hits = process.extract(word, self._near_in_length(len(word), 1), scorer=OSA.distance,
                               score_cutoff=1, limit=8)
        slips = {self._words[choice] for choice, _dist, _i in hits
                 if (len(choice) != len(word) or sorted(choice) == sorted(word))
                 and may_be_a_slip(word, choice)}
        return slips if len(slips) == 1 else set()

    def query_terms(self, question: str, *, as_english: bool = False) -> list[QueryTerm]:
        """``as_english``: the text is read as English whatever it looks like (a question's
        English reading, which may hold its own words too: ``crosslingual``)."""
        terms: list[QueryTerm] = []
        seen: set[str] = set()
        language = "en" if as_english else detect(question)
        told = told_heading(question) if language == "en" else None
        heading_only = (frozenset(t.stem for t in tokenize(told[0]))
                        - frozenset(t.stem for t in tokenize(told[1]))) if told else frozenset()
        for token in self._closed_up(self.vocabulary.tokens(question, language)):
            if token.stop or token.stem in seen:
                continue
            if token.stem in heading_only and not token.generic:
                token = Token(word=token.word, stem=token.stem, stop=False, generic=True)
            if token.word.startswith(CONCEPT_MARK) and token.stem not in self._idf:
                continue  # a glossary concept no entry mentions adds nothing to match on
            seen.add(token.stem)
            expansions = self.expand(token)
            if token.stem in self._idf:
                weight = self._idf[token.stem]
            elif expansions:
                weight = max(self._idf[s] for s in expansions)
            elif len(token.word) <= 2:
                weight = SHORT_UNKNOWN_WORD_WEIGHT
            else:
                weight = UNKNOWN_WORD_WEIGHT
            if token.generic:
                weight *= GENERIC_WORD_FACTOR
            terms.append(QueryTerm(token, weight, expansions))
        return terms

    def _closed_up(self, tokens: Sequence[Token]) -> list[Token]:
        """"Cloak room", "wi fi", "web cast": two words typed apart that the FAQ writes
        as one, where one of them is no word of the FAQ's (two words it uses, "lunch
        time", are left as they are)."""
        out: list[Token] = []
        at = 0
        while at < len(tokens):
            first = tokens[at]
            second = tokens[at + 1] if at + 1 < len(tokens) else None
            if (second is not None and not first.stop and not second.stop
                    and first.word.isalpha() and second.word.isalpha()
                    and (first.stem not in self._idf or second.stem not in self._idf)
                    and (joined := stem(first.word + second.word)) in self._idf):
                out.append(Token(word=first.word + second.word, stem=joined, stop=False))
                at += 2
            else:
                out.append(first)
                at += 1
        return out

    def rank(self, question: str, *, limit: int = 10) -> LexicalRanking:
        terms = self.query_terms(question)
        return self.rank_terms(terms, limit=limit)

    def rank_terms(
        self, terms: list[QueryTerm], *, limit: int = 10, include: Iterable[str] = ()
    ) -> LexicalRanking:
        """The best ``limit`` entries by words, plus those named in ``include`` (scored
        the same way, whatever their rank: another retriever brought them in)."""
        empty = LexicalRanking(tuple(terms), ())
        total = sum(t.weight for t in terms)
        if total <= 0.0:
            return empty
        informative = any(not t.token.generic and t.expansions for t in terms)
        order = sorted(range(len(terms)), key=lambda k: terms[k].token.generic)
        scores: _Scores | None
        if self._arrays is not None:
            scores = self._arrays.scores(terms, order, informative, total,
                                         STEM_ONLY_SIMILARITY, SHORTLIST_SIZE)
        else:
            scores = self._scores(terms, order, informative, total)
        if scores is None:
            return empty
        shortlist = scores.shortlist
        wanted = [
            self._position[i] for i in include
            if i in self._position and scores.has(self._position[i])
            and self._position[i] not in shortlist
        ]
        asked = " ".join(t.token.stem for t in terms)
        said: dict[str, float] = {}
        for term in terms:
            if term.token.scene:
                continue
            for s, sim in term.expansions.items():
                if said.get(s, 0.0) < sim:
                    said[s] = sim
        scored = []
        for i in shortlist + wanted:
            e_cov, asks = self._entry_coverage(i, said)
            q_cov = scores.coverage(i)
            score = 100.0 * q_cov * (ENTRY_COVERAGE_FLOOR + (1.0 - ENTRY_COVERAGE_FLOOR) * e_cov)
            scored.append((round(score, 1), i, q_cov, e_cov, asks))
        scored.sort(key=lambda c: c[0], reverse=True)
        included = set(include)
        # Only the kept matches are built and read for their exactness, which ranks
        # nothing here: a third of the shortlist's cost on a short FAQ.
        kept = []
        for k, (score, i, q_cov, e_cov, asks) in enumerate(scored):
            entry = self.entries[i]
            if k < limit or entry.item_id in included:
                kept.append(LexicalMatch(
                    item_id=entry.item_id,
                    title=entry.title,
                    score=score,
                    query_coverage=q_cov,
                    entry_coverage=e_cov,
                    related=_related_ids(entry),
                    term_coverage=scores.row(i),
                    exactness=self._exactness(i, asked),
                    phrase_asks=asks,
                ))
        return LexicalRanking(tuple(terms), tuple(kept))

    def _scores(
        self, terms: list[QueryTerm], order: list[int], informative: bool, total: float
    ) -> _DictScores | None:
        """The first stage in plain Python: every entry the question's words reach,
        with how well it covers each term, and the best ``SHORTLIST_SIZE`` of them."""
        # best[i][k]: how well entry i covers query term k. Entries come in through the
        # informative words; generic ones ("what", "time") only add to entries already
        # in, unless the question has nothing else: their postings are long.
        best: dict[int, list[float]] = {}
        for k in order:
            term = terms[k]
            admit = not (informative and term.token.generic)
            for s, sim in term.expansions.items():
                for i, field_weight in self._postings.get(s, ()):
                    row = best.get(i)
                    if row is None:
                        if not admit:
                            continue
                        row = best[i] = [0.0] * len(terms)
                    value = sim * field_weight
                    if sim == 1.0 and term.token.word not in self._surfaces[i]:
                        # Same stem, other word ("open" for "opening"): nearly as good,
                        # so the entry that uses the very word wins a tie.
                        value = max(value * STEM_ONLY_SIMILARITY,
                                    self._surfaces[i].get(term.token.word, 0.0))
                    if value > row[k]:
                        row[k] = value
        if not best:
            return None
        weights = [t.weight for t in terms]
        # map() over the two lists, not a generator: every entry the words reach is
        # summed (the same products in the same order).
        coverage = {i: sum(map(operator.mul, weights, row)) / total for i, row in best.items()}
        shortlist = sorted(coverage, key=coverage.__getitem__, reverse=True)[:SHORTLIST_SIZE]
        return _DictScores(best, coverage, shortlist)

    def _phrasings(self, i: int) -> _Phrasings:
        """Entry i's phrasings with each stem's weight (two tuples, not a tuple of
        pairs: a tenth of the objects) and the denominator of its coverage."""
        return self._phrasings_and_stems(i)[0]

    def _phrasings_and_stems(self, i: int) -> tuple[_Phrasings, frozenset[str]]:
        kept = self._phrases[i]
        if kept is None:
            entry = self.entries[i]
            found: _Phrasings = []
            for phrase, asks in zip(_phrase_stems(entry), entry.phrase_asks, strict=True):
                weights = tuple(self._idf.get(s, 0.0) for s in phrase)
                total = sum(weights)
                if total > 0.0:
                    found.append((phrase, weights, max(total, MIN_PHRASE_WEIGHT), asks))
            kept = self._phrases[i] = (
                found, frozenset(s for phrase, *_rest in found for s in phrase))
        return kept

    def _entry_coverage(self, i: int, said: dict[str, float]) -> tuple[float, Fact]:
        """How much of the entry's closest phrasing the question says, and what it asks."""
        best, asks = 0.0, Fact.NONE
        # The view and the look-up bound once: read for every phrasing of every
        # shortlisted entry (0.5% of an answer's instructions).
        stems_said, similarity = said.keys(), said.get
        phrasings, every_stem = self._phrasings_and_stems(i)
        if stems_said.isdisjoint(every_stem):
            return best, asks
        for stems, weights, denominator, phrase_asks in phrasings:
            if stems_said.isdisjoint(stems):
                continue  # most phrasings share no stem with the question: one set test
            got = 0.0
            for s, w in zip(stems, weights, strict=True):
                sim = similarity(s)
                if sim is not None:
                    got += w * sim
            if got > best * denominator:
                best, asks = got / denominator, phrase_asks
        return best, asks

    def _exactness(self, i: int, asked: str) -> float:
        texts = self._phrase_texts[i]
        if texts is None:
            texts = self._phrase_texts[i] = [" ".join(p) for p in _phrase_stems(self.entries[i])]
        found = process.extractOne(asked, texts, scorer=fuzz.ratio)
        return float(found[1]) if found else 0.0
