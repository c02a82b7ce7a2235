"""Questions asked in similar words, grouped for the moderators' review.

"where is the cloakroom?", "Where's the cloak room" and "cloakroom??" are one
need; moderators should see it once, with the total number of asks. Pure: texts
are compared on a canonical key read the way the engine reads a question, with
rapidfuzz, greedily, most asked first, so a group is named after its most asked
wording.

Two levels, as the review shows them:

* **one question**: wordings whose key is the same, or the same but for typos
  (case, spacing, punctuation, word endings, a glossary abbreviation or a typo of a
  word the FAQ uses, a typo of the same word elsewhere);
* **a group**: questions the engine judges near-duplicates ("where is the cloak
  room" / "where is the cloakroom"), gathered under the most asked one.

A question a moderator split out (``pinned``) stays a group of its own: only
wordings with exactly its key join it, never near-duplicates.

Across languages, a question in French, Spanish, Russian, Arabic or Chinese is also
read as the engine reads it for its word features: its English reading
(``crosslingual``). "Où puis-je retirer mon badge ?" and "where do I collect my badge?"
are then near-duplicates, and one group. The reading is lossy (it keeps only the
words its table knows), so it is trusted only when it accounts for most of the
question's words, and, where the engine named a closest entry for both questions,
only when it named the same one: "Est-ce que je peux amener mon chien ?" reads "can
I bring" and never joins "can I bring my laptop?".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from bot.core.analysis import analyse
from bot.core.answering import MAX_QUESTION_CHARS
from bot.core.crosslingual import english_reading
from bot.core.language import detect
from bot.core.matching import TYPO_SIMILARITY, MatchIndex
from bot.core.memo import keep
from bot.core.text import Token, fold, is_english, normalise, rewrite_runs, tokenize
from bot.core.vocabulary import CONCEPT_MARK

T = TypeVar("T")

# token_sort_ratio (0-100) at or above which two question keys are one group.
# 80 joins "where cloakroom" / "where cloak room" (97) and "wifi password" / "what
# wifi password" (84), and keeps "park near un" apart from "park near hotel" (67) and
# "prayer room" apart from "press room" (76).
# token_set_ratio was too generous: any wording inside a longer one scored 100.
SIMILAR_WORDING_SCORE = 80.0

# ratio (0-100, characters in order) at or above which two keys are the same question
# misspelt: "where cloakrom" / "where cloakroom" scores 97. Numbers must agree as well
# ("room 4" is never "room 5").
SAME_QUESTION_SCORE = 92.0

# Beyond this many groups, new wordings are compared with the most asked groups only:
# keeps grouping a full page of 1000 questions well under a second.
MAX_GROUPS_COMPARED = 400

# Keys remembered per FAQ index (a busy event asks a few thousand different questions).
KEYS_KEPT = 20_000

# The share of a question's own content words its English reading must keep (as
# English content words) to stand for it: "Où puis-je retirer mon badge ?" (retirer,
# badge) reads "where collect pick up badge" (3 for 2); "Est-ce que je peux amener
# mon chien ?" (peux, amener, chien) reads "can I bring" (1 for 3) and is not trusted.
READING_COVERAGE = 0.6
# Chinese is analysed as overlapping pairs of characters: about two per word.
_CHINESE_PAIRS_PER_WORD = 2.0
_READ_LANGUAGES = frozenset({"fr", "es", "ru", "ar", "zh"})


class QuestionKeys:
    """The canonical key of a question, as the engine reads it.

    Stop words go, every other word becomes its stem; with the FAQ's index, a typo of
    a word the FAQ uses becomes that word (a word the index reads as one of several
    FAQ words keeps its own stem), and every form of a glossary term (an abbreviation,
    a synonym, the term itself) becomes the one concept.
    """

    def __init__(self, index: MatchIndex | None = None) -> None:
        self._index = index
        self._cache: dict[str, str] = {}
        self._forms: dict[tuple[str, ...], str] = {}
        if index is not None:
            for number, term in enumerate(index.vocabulary.terms):
                for form in term.forms:
                    stems = tuple(self._canonical(t) for t in tokenize(form) if not t.stop)
                    if stems:
                        self._forms.setdefault(stems, f"{CONCEPT_MARK}{number}")
        self._longest_form = max((len(f) for f in self._forms), default=0)

    def key(self, text: str) -> str:
        # Only the beginning of a question is matched, and only it is read here: a key
        # of a 10,000-character "question" would cost seconds and say nothing more.
        text = text[:MAX_QUESTION_CHARS]
        found = self._cache.get(text)
        if found is None:
            found = keep(self._cache, text, self._key(text), KEYS_KEPT)
        return found

    def reading_key(self, text: str) -> str | None:
        """The key of the English reading of a question in another UN language, when
        that reading accounts for most of the question; None for English, and for a
        reading that left too much out to stand for the question."""
        text = text[:MAX_QUESTION_CHARS]
        if is_english(text):  # the engine's own test, cheaper than detection
            return None
        language = detect(text)
        if language not in _READ_LANGUAGES:
            return None
        reading = english_reading(text)
        if reading is None:
            return None
        own = sum(not t.stop for t in analyse(text, language))
        if language == "zh":
            own = round(own / _CHINESE_PAIRS_PER_WORD + 0.5)
        kept = sum(not t.stop for t in tokenize(reading))
        if not kept or kept < READING_COVERAGE * own:
            return None
        return self.key(reading) or None

    def _key(self, text: str) -> str:
        if self._index is None:
            return normalise(text)
        stems = [self._canonical(t) for t in tokenize(text) if not t.stop]
        return " ".join(rewrite_runs(stems, self._concept, longest=self._longest_form))

    def _concept(self, stems: tuple[str, ...]) -> tuple[str, ...] | None:
        concept = self._forms.get(stems)
        return None if concept is None else (concept,)

    def _canonical(self, token: Token) -> str:
        assert self._index is not None
        expansions = self._index.expand(token)
        if token.stem in expansions or not expansions:
            return token.stem
        best = max(expansions.values())
        if best < TYPO_SIMILARITY:  # a synonym is a near-duplicate, not the same word
            return token.stem
        forms = [stem for stem, similarity in expansions.items() if similarity == best]
        return forms[0] if len(forms) == 1 else token.stem


def same_question(key: str, other: str) -> bool:
    """Whether two keys are one question: equal, or equal but for typos."""
    if key == other:
        return True
    if not key or not other:
        return False
    return fuzz.ratio(key, other, score_cutoff=SAME_QUESTION_SCORE) > 0 and (
        _numbers(key) == _numbers(other))


@lru_cache(maxsize=8192)
def _numbers(key: str) -> tuple[str, ...]:
    return tuple(word for word in key.split() if not word.isalpha() and any(
        ch.isdigit() for ch in word))


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items asked in similar words; ``items[0]`` is the most asked.

    ``questions`` splits ``items`` into the questions of the group, the lead's first:
    each is a tuple of wordings that read the same. ``pinned``: a moderator split
    this question out of another group.
    """

    items: tuple[T, ...]
    total: int
    questions: tuple[tuple[T, ...], ...] = ()
    pinned: bool = False

    @property
    def lead(self) -> T:
        return self.items[0]


@dataclass
class _Cluster(Generic[T]):
    key: str
    items: list[T]
    total: int
    first: int
    pinned: bool = False
    reading: str | None = None  # the key of its lead's English reading, if trusted
    entry: str | None = None  # the entry the engine found closest to its lead


def group_similar(
    items: Sequence[T],
    *,
    text: Callable[[T], str],
    count: Callable[[T], int],
    threshold: float = SIMILAR_WORDING_SCORE,
    keys: QuestionKeys | None = None,
    pinned: Callable[[T], bool] | None = None,
    entry: Callable[[T], str | None] | None = None,
) -> list[Group[T]]:
    """Groups of items with similar wording, the most asked group first.

    Within a group items keep the order most asked first (ties: input order), the
    lead question's wordings first. Text that normalises to nothing ("@@@", an emoji)
    only groups with the same folded text. ``keys`` reads texts as the engine does
    (pass one built on the FAQ's index); ``pinned`` marks items split out by a
    moderator; ``entry`` is the FAQ entry the engine found closest to an item, which
    questions joined by their English readings must share when both have one.
    """
    keys = keys or QuestionKeys()
    is_pinned = pinned or (lambda _item: False)
    order = sorted(range(len(items)), key=lambda i: (-count(items[i]), i))
    # Pinned items seed their own questions first, so wordings with their key join them.
    order.sort(key=lambda i: not is_pinned(items[i]))
    questions: list[_Cluster[T]] = []
    by_key: dict[str, _Cluster[T]] = {}
    for i in order:
        item = items[i]
        key = keys.key(text(item))
        if not key:
            key = "\0" + " ".join(fold(text(item)).split())  # never like a real key
        found = by_key.get(key) if not is_pinned(item) else None
        if found is None and not is_pinned(item) and not key.startswith("\0"):
            found = next(
                (q for q in questions[:MAX_GROUPS_COMPARED]
                 if not q.pinned and not q.key.startswith("\0") and same_question(key, q.key)),
                None,
            )
        if found is None:
            found = _Cluster(key=key, items=[], total=0, first=i, pinned=is_pinned(item))
            if not found.pinned and not key.startswith("\0"):
                found.reading = keys.reading_key(text(item))
                found.entry = entry(item) if entry is not None else None
            questions.append(found)
            by_key.setdefault(key, found)
        found.items.append(item)
        found.total += count(item)
    questions.sort(key=lambda q: (-q.total, q.first))
    groups: list[_Cluster[_Cluster[T]]] = []
    for question in questions:
        group = None
        if not question.pinned and not question.key.startswith("\0"):
            group = _best_group(groups, question, threshold)
        if group is None:
            group = _Cluster(key=question.key, items=[], total=0, first=question.first,
                             pinned=question.pinned, reading=question.reading,
                             entry=question.entry)
            groups.append(group)
        group.items.append(question)
        group.total += question.total
    groups.sort(key=lambda g: (-g.total, g.first))
    return [
        Group(
            items=tuple(item for q in g.items for item in q.items),
            total=g.total,
            questions=tuple(tuple(q.items) for q in g.items),
            pinned=g.pinned,
        )
        for g in groups
    ]


def _best_group(
    groups: list[_Cluster[_Cluster[T]]], question: _Cluster[T], threshold: float
) -> _Cluster[_Cluster[T]] | None:
    best: tuple[float, _Cluster[_Cluster[T]]] | None = None
    key = question.key
    for group in groups[:MAX_GROUPS_COMPARED]:
        if group.pinned or group.key.startswith("\0"):
            continue
        score = fuzz.token_sort_ratio(key, group.key, score_cutoff=threshold)
        if score and _numbers(key) != _numbers(group.key):
            score = 0.0
        if question.reading is not None or group.reading is not None:
            score = max(score, _reading_similarity(question, group, threshold))
        if score and (best is None or score > best[0]):
            best = (score, group)
    return best[1] if best else None


def _similarity(key: str, other: str, threshold: float) -> float:
    score = fuzz.token_sort_ratio(key, other, score_cutoff=threshold)
    return score if score and _numbers(key) == _numbers(other) else 0.0


def _reading_similarity(
    question: _Cluster[T], group: _Cluster[_Cluster[T]], threshold: float
) -> float:
    """How alike the two read in English, when at least one was asked in another
    language (English questions are already compared by their keys)."""
    if question.reading is None and group.reading is None:
        return 0.0
    if question.entry and group.entry and question.entry != group.entry:
        return 0.0
    return _similarity(question.reading or question.key, group.reading or group.key,
                       threshold)
