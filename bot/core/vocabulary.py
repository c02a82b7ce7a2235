"""The FAQ's own words: its glossary and the acronyms it spells out, over general language.

A conference has terms of its own ("FTF", "returnees", "Session II") that no general
word list can know. Organisers list them in the FAQ file's ``glossary:``; acronyms the
FAQ defines in its own text ("Office of Counter-Terrorism (UNOCT)") are found without
being listed, so a file with no glossary still gets them. Every form of a term adds one
concept token to the text it appears in, on the question's side and the FAQ's alike:
"returnees" in a question then meets "foreign terrorist fighters" in an entry, and the
concept weighs as much as any rare word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core.analysis import analyse
from bot.core.memo import keep
from bot.core.models import GlossaryTerm, KnowledgeBase
from bot.core.text import Token, fold, tokenize

# The concept token's word: not alphabetic, so no typo correction ever lands on it.
CONCEPT_MARK = "~"
# Longest glossary phrase, in content words, that is looked for in a text.
MAX_PHRASE_WORDS = 6
# Acronyms the FAQ defines: two to ten letters in brackets after their long form.
_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
_LONG_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")
# Words an acronym's letters skip ("Office of Counter-Terrorism", "countering the financing").
_ACRONYM_SKIPS = frozenset("of the and for on in to a an de des du la le el y".split())
# At most this many words of the long form may be left out of the letters (CTED:
# Counter-Terrorism Committee Executive Directorate).
MAX_SKIPPED_WORDS = 1
_CACHE_SIZE = 8192


@dataclass(frozen=True)
class _Concept:
    token: Token
    expansion: tuple[Token, ...]  # what an abbreviation stands for


class Vocabulary:
    """Turns text into tokens for matching: general language, then the FAQ's own terms."""

    def __init__(self, terms: Sequence[GlossaryTerm]) -> None:
        self.terms = tuple(terms)
        self._abbreviations: dict[str, _Concept] = {}
        self._phrases: dict[tuple[str, ...], _Concept] = {}
        for number, term in enumerate(self.terms):
            word = f"{CONCEPT_MARK}{number}"
            concept = _Concept(
                token=Token(word=word, stem=word, stop=False),
                expansion=tuple(t for t in tokenize(term.term) if not t.stop),
            )
            for form in (term.term, *term.synonyms):
                stems = _content_stems(form)
                if stems and len(stems) <= MAX_PHRASE_WORDS:
                    self._phrases.setdefault(stems, concept)
            for abbreviation in term.abbreviations:
                tokens = tokenize(abbreviation)
                # An abbreviation that is also a stopword ("US", "IT") would fire on every
                # "us"; the checker warns about it, and it is left out here.
                if len(tokens) == 1 and not tokens[0].stop:
                    self._abbreviations.setdefault(tokens[0].word, concept)
                    self._phrases.setdefault((tokens[0].stem,), concept)
        # The stems a phrase can start with: a long answer is searched for phrases only
        # from those words.
        self._phrase_starts = frozenset(stems[0] for stems in self._phrases)
        self._cache: dict[tuple[str, str | None], tuple[Token, ...]] = {}

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Vocabulary:
        """The glossary of the file, then the acronyms its text defines."""
        listed = {fold(a) for t in kb.glossary for a in t.abbreviations}
        found = [
            t for t in defined_acronyms(texts_of(kb)) if fold(t.abbreviations[0]) not in listed
        ]
        return cls((*kb.glossary, *found))

    def tokens(self, text: str, language: str | None = None) -> tuple[Token, ...]:
        """``language``: the text's, for its own stemming (``analysis``); English if None."""
        key = (text, language)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        return keep(self._cache, key, self._analyse(text, language), _CACHE_SIZE)

    def _analyse(self, text: str, language: str | None) -> tuple[Token, ...]:
        base = analyse(text, language)
        if not self.terms:
            return base
        out: list[Token] = []
        concepts: list[Token] = []
        for token in base:
            concept = self._abbreviations.get(token.word) or self._abbreviations.get(token.stem)
            if concept is not None and token.stem not in {t.stem for t in concept.expansion}:
                out.extend(concept.expansion)
            out.append(token)
        stems = [t.stem for t in out if not t.stop]
        starts = [n for n, s in enumerate(stems) if s in self._phrase_starts]
        for size in range(min(MAX_PHRASE_WORDS, len(stems)), 0, -1):
            for start in starts:
                if start + size > len(stems):
                    break
                concept = self._phrases.get(tuple(stems[start : start + size]))
                if concept is not None and concept.token not in concepts:
                    concepts.append(concept.token)
        return (*out, *concepts)


def _content_stems(text: str) -> tuple[str, ...]:
    return tuple(t.stem for t in tokenize(text) if not t.stop)


def texts_of(kb: KnowledgeBase) -> list[str]:
    """Every text of the file that may define an acronym."""
    texts = [kb.conference.name, kb.conference.summary or ""]
    if kb.venue is not None:
        texts += [kb.venue.name, kb.venue.directions or "", kb.venue.notes or ""]
        texts += [f"{r.name} {r.notes or ''}" for r in kb.venue.rooms]
    texts += [f"{t.title} {t.summary}" for t in kb.themes]
    texts += [f"{s.title} {s.description or ''} {' '.join(s.speakers)}" for s in kb.sessions]
    texts += [f"{e.question} {e.answer}" for e in kb.faq]
    return texts


def defined_acronyms(texts: Iterable[str]) -> list[GlossaryTerm]:
    """Acronyms spelled out in the text, e.g. "Financial Action Task Force (FATF)".

    The long form is the shortest run of words before the brackets whose initials
    (each part of a hyphenated word counts, an all-capital word counts whole) spell
    the acronym, skipping small words and at most one other word.
    """
    found: dict[str, GlossaryTerm] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            acronym = match.group(1)
            plural = acronym.endswith("s") and acronym[:-1].isupper() and len(acronym) > 2
            key = (acronym[:-1] if plural else acronym).lower()
            if key in found:
                continue
            words = _LONG_WORD.findall(text[max(0, match.start() - 200) : match.start()])
            long_form = _long_form(key, words)
            if long_form is not None:
                found[key] = GlossaryTerm(term=long_form, abbreviations=(acronym,))
    return list(found.values())


def _long_form(acronym: str, words: Sequence[str]) -> str | None:
    for size in range(1, min(len(words), len(acronym) + 4) + 1):
        span = words[-size:]
        if span[0].lower() in _ACRONYM_SKIPS:
            continue
        if _spells(acronym, span):
            return " ".join(span)
    return None


def _spells(acronym: str, words: Sequence[str]) -> bool:
    """Whether the initials of ``words`` spell ``acronym`` (see ``defined_acronyms``)."""
    letters = acronym
    skipped = 0
    for word in words:
        parts = [p for p in word.split("-") if p]
        for part in parts:
            initials = part.lower() if part.isupper() and len(part) > 1 else part[0].lower()
            if letters.startswith(initials):
                letters = letters[len(initials):]
            elif part.lower() in _ACRONYM_SKIPS:
                continue
            else:
                skipped += 1
                if skipped > MAX_SKIPPED_WORDS or not letters:
                    return False
    return not letters and bool(words) and words[0][0].lower() == acronym[0]
