"""Stage 2 of the engine: describe each candidate with named features.

Retrievers (words, and meaning when the semantic extra is installed) bring candidates
in; this module says, for each, how it fits the question, in numbers the decision
stage weighs (``policy.MODEL``). A new signal is one new feature here and one
coefficient there, never a new branch in the decision.

Every feature is in [0, 1] or [-1, 1] and documented in ``FEATURES``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.core import facts
from bot.core.facts import STATED, Fact
from bot.core.matching import LexicalMatch, LexicalRanking, MatchIndex, QueryTerm
from bot.core.models import ItemKind, kind_of
from bot.core.semantic import Similarity
from bot.core.text import Token, counted_item, is_english, tokenize
from bot.core.vetoes import focus_words

FEATURES: dict[str, str] = {
    "lexical": "word score: the question's words the item covers, scaled by how much of "
               "one of its own phrasings the question says (0-1)",
    "query_coverage": "share of the question's informative weight the item covers",
    "phrase_coverage": "share of the item's closest phrasing the question says",
    "exactness": "how closely the whole question reads like one of the item's phrasings",
    "lexical_margin": "word score minus the best word score of an unrelated item",
    "asking_lexical": "word score on the sentence that asks alone (a long message's story "
                      "left out); the word score itself for a one-sentence question",
    "missed_weight": "weight of the most informative question word the item misses "
                     "(1 for a word the FAQ never uses)",
    "unknown_share": "share of the question's weight in words the FAQ never uses",
    "unknown_in_question": "the same, in the sentence that asks (the last with a '?', or "
                           "the last): a long message's story matters less than its question",
    "unknown_name": "1 when the question names something (a capitalised word or acronym "
                    "past the start of a sentence) the FAQ never mentions",
    "length": "how many informative words the question has (log scale, 1 at 20 words)",
    "foreign": "1 when the question is not in English: its words say little, its meaning more",
    "rival_word": "1 when a strong word the item misses is what another item is about",
    "focus_missed": "1 when the item misses what the question is about ('is there a gym')",
    "fact_missing": "1 when the question asks a kind of fact (time, place, person, price, "
                    "count, contact) the item does not state",
    "fact_held": "1 when the question asks a kind of fact the item states",
    "phrase_conflict": "1 when the item's closest phrasing asks another kind of fact "
                       "('why is it held' for 'where is it held') and the item does not "
                       "state the kind asked",
    "semantic": "meaning: cosine to the item's closest phrasing (0 without the extra)",
    "semantic_passage": "meaning: cosine to the item's answer or description",
    "asking_semantic": "meaning: cosine of the sentence that asks to the item's phrasing",
    "foreign_semantic_z": "semantic_z for a question not in English (0 in English): there "
                          "the meaning is all the evidence there is",
    "foreign_semantic_margin": "semantic_margin for a question not in English (0 in English)",
    "semantic_margin": "meaning: best cosine minus that of the best unrelated item",
    "semantic_z": "meaning: how far the item stands out from all items for this question "
                  "(standard scores: comparable across FAQ files and questions)",
    "semantic_top": "1 when the item is the closest in meaning",
    "lexical_top": "1 when the item has the best word score",
    "session": "1 for a programme session",
    "theme": "1 for a theme",
    "room": "1 for a room",
}

# Candidates from each retriever.
LEXICAL_CANDIDATES = 10
SEMANTIC_CANDIDATES = 5
# A question word the item covers at least this much counts as covered.
COVERED = 0.5
# A missed word weighing this much, that another item strongly covers, is a rival word
# if that item scores at least RIVAL_SHARE of this one.
RIVAL_WORD_WEIGHT = 0.7
RIVAL_COVERAGE = 0.8
RIVAL_SHARE = 0.4


@dataclass(frozen=True)
class Candidate:
    """One item that might answer the question, described by its features.

    ``relevance`` (0-1) is the decision stage's ranking of it; ``score`` is the same
    on 0-100, as the front ends show it.
    """

    item_id: str
    title: str
    related: frozenset[str]
    features: Mapping[str, float]
    relevance: float = 0.0

    @property
    def score(self) -> float:
        return round(100.0 * self.relevance, 1)


@dataclass(frozen=True)
class Described:
    """Everything the decision needs about one question: its words and its candidates."""

    question: str
    asked: Fact
    candidates: tuple[Candidate, ...]


def describe(
    index: MatchIndex,
    question: str,
    asked: Fact,
    similarities: Mapping[str, Similarity] | None = None,
    asking_similarities: Mapping[str, Similarity] | None = None,
    reading: str | None = None,
    own_words: bool = False,
) -> Described:
    """Retrieve candidates for the question and describe each with its features.

    ``asking_similarities`` are those of the question's asking sentence
    (``asking_sentence``), when it has several sentences. ``reading`` is the English
    reading of a question in another language (``crosslingual``): its words stand for
    the question's in the word features, while the question stays foreign.
    ``own_words``: the FAQ file has translations into the question's language, so the
    question's own words it knows (``analysis``) count beside the reading's.
    """
    english = is_english(question)
    original, question = question, reading or question
    english_terms = reading is not None
    terms = index.query_terms(question, as_english=english_terms)
    if reading and own_words:
        seen = {t.token.stem for t in terms}
        terms += [t for t in index.query_terms(original)
                  if t.expansions and not t.token.stop and t.token.stem not in seen]
    semantic_ids = _semantic_shortlist(similarities)
    ranking = index.rank_terms(terms, limit=LEXICAL_CANDIDATES, include=semantic_ids)
    matches = {m.item_id: m for m in ranking.matches}
    ids = list(dict.fromkeys([*matches, *semantic_ids]))
    if not ids:
        return Described(question, asked, ())
    asking = asking_sentence(question)
    asking_scores = _asking_scores(index, question, asking, ids,
                                   {i: m.score for i, m in matches.items()},
                                   as_english=english_terms)
    focus = focus_words(asking)
    focus_terms = [k for k, t in enumerate(ranking.terms) if t.token.word in focus]
    unknown = _unknown_share(ranking.terms)
    question_level = {
        "unknown_share": unknown if english else 0.0,
        "unknown_in_question": (
            0.0 if not english
            else unknown if asking == question
            else _unknown_share(index.query_terms(asking, as_english=english_terms))
        ),
        "unknown_name": float(english and any(not index.knows(n) for n in names_in(question))),
        "length": min(1.0, math.log1p(len(ranking.terms)) / math.log1p(20)),
        "foreign": float(not english),
    }
    best_lexical = max((m.score for m in ranking.matches), default=0.0)
    closeness = [_closeness(s) for s in (similarities or {}).values()]
    best_semantic = max(closeness, default=0.0)
    spread = _mean_and_deviation(closeness)
    candidates = []
    naming = facts.named(question) if asked & (Fact.PRICE | Fact.COUNT) else ()
    # The question's words that say when it is asked, which an item answering it need
    # not name: a numbered session ("during session II") or a day of the conference
    # ("where can I pray on Friday"). The same for every candidate: found once here.
    days = index.conference_days()
    setting = frozenset(k for k, t in enumerate(ranking.terms)
                        if counted_item(t.token.word) or t.token.stem in days)
    for item_id in ids:
        related = index.related(item_id)
        match = matches.get(item_id)
        held = index.held(item_id)
        if naming:
            held |= facts.echoed(naming, index.said(item_id))
        features: dict[str, float] = {
            **question_level,
            "fact_missing": float(bool(asked & STATED & ~held)),
            "fact_held": float(bool(asked & held)),
        }
        features.update(_lexical_features(ranking, match, related, best_lexical, setting))
        features["asking_lexical"] = asking_scores.get(item_id, 0.0) / 100.0
        if (match is not None and asked and match.phrase_asks
                and not asked & match.phrase_asks and not asked & held):
            features["phrase_conflict"] = 1.0
        if match is not None and focus_terms:
            features["focus_missed"] = float(
                all(match.term_coverage[k] < COVERED for k in focus_terms)
            )
        if similarities:
            features.update(
                _semantic_features(similarities, item_id, related, best_semantic, spread))
            own = (asking_similarities or similarities).get(item_id)
            features["asking_semantic"] = own.phrasing if own is not None else 0.0
            if not english:
                features["foreign_semantic_z"] = features.get("semantic_z", 0.0)
                features["foreign_semantic_margin"] = features.get("semantic_margin", 0.0)
        kind = kind_of(item) if (item := index.kb.answerable(item_id)) else ItemKind.FAQ
        features["session"] = float(kind is ItemKind.SESSION)
        features["theme"] = float(kind is ItemKind.THEME)
        features["room"] = float(kind is ItemKind.ROOM)
        candidates.append(
            Candidate(
                item_id=item_id,
                title=index.title(item_id),
                related=related,
                features=features,
            )
        )
    return Described(question, asked, tuple(candidates))


def _asking_scores(
    index: MatchIndex, question: str, asking: str, ids: list[str], whole: Mapping[str, float],
    *, as_english: bool = False,
) -> Mapping[str, float]:
    if asking == question:
        return whole
    ranking = index.rank_terms(index.query_terms(asking, as_english=as_english), limit=0,
                               include=ids)
    return {m.item_id: m.score for m in ranking.matches}


def _unknown_share(terms: Sequence[QueryTerm]) -> float:
    total = sum(t.weight for t in terms)
    if total <= 0.0:
        return 0.0
    return sum(t.weight for t in terms if not t.expansions and not t.token.generic) / total


# Titles whose full stop ends no sentence ("What is Mr. Voronkov's nationality?" is one).
TITLES = ("mr", "mrs", "ms", "dr", "st")
_SENTENCE = re.compile(
    "".join(rf"(?<!\b{t}\.)" for t in (*TITLES, "prof", r"h\.e")) + r"(?<=[.!?\n])\s+",
    re.IGNORECASE)
# How a whole sentence that asks begins, when no sentence has a question mark ("Whom do I
# telephone if I have a question. I would rather speak to a person."). Not the words
# that open a clause of a question (``answering._ASKS``), whose "any" and "did" would
# make "Any information on when this will be discussed would be appreciated." a
# message's asking sentence.
# The words a question opens with, which the patterns below each extend.
_OPENS = (r"who|what|whats|when|where|wheres|which|how|is|are|can|could|do|does|will|would|"
          r"should|may")
_ASKING_SENTENCE = re.compile(rf"^\W*(?:{_OPENS}|whom|whose|why)\b", re.IGNORECASE)


# Who asks, said first (after a greeting): "I'm a reporter ...", "Hello, we are a small
# NGO ...", "my name is Dana and ...".
_GREETING = r"(?:(?:hi|hello|dear|good (?:morning|afternoon|evening))\W+(?:\w+\W+)?)?"
_WHO = r"(?:i am|i'm|i’m|im|i m|we are|we're|we’re|we re|my name is)"
# ...or that it is their first time here: "first time at the UN", "it's my first visit
# to New York" (not the conference's own first, "for the first time").
_FIRST_VISIT = (r"(?:(?:it'?s|it’s|its|this is) )?(?:my|our) (?:very )?first (?:time|visit)"
                r"|first (?:time|visit) (?:ever )?(?:at|in|to|here|attending|visiting)")
SAYS_WHO_ASKS = re.compile(rf"^\W*{_GREETING}(?:{_WHO}|{_FIRST_VISIT})\b", re.IGNORECASE)
# A message that first says who asks, then asks: "I'm with a youth forum - can we just
# come in?", "Hello, I am delegate of Honduras, where is ...".
_INTRODUCED = re.compile(
    rf"^\W*{_GREETING}(?:{_WHO}|as an?)\b[^,;:?]*?(?:[,;:]|\s[-–—]+)\s*"
    rf"(?=(?:{_OPENS}|whom|whose|why|any)\b)", re.IGNORECASE)


@lru_cache(maxsize=256)  # asked of the same question by several readers in one answer
def asking_sentence(question: str) -> str:
    """The sentence that asks: the last one with a question mark, else the last that
    begins as a question does, else the last one."""
    sentences = [s for s in _SENTENCE.split(question.strip()) if s.strip()]
    if len(sentences) <= 1:
        return question
    asking = ([s for s in sentences if "?" in s]
              or [s for s in sentences if _ASKING_SENTENCE.match(s)])
    return asking[-1] if asking else sentences[-1]


# Words by which a sentence points back at what was said before it ("how do I get a new
# one?", "can we bring them in?"): alone, such a sentence is not the question. Not "it",
# which is as often no word for anything ("is it possible to collect the badge early?").
_POINTING_BACK = frozenset("one ones them those".split())


# A dash before the words that open a question: what comes before it is the story.
_AFTER_A_DASH = re.compile(rf"\s[-\u2013\u2014]+\s+(?=(?:{_OPENS}|has|have|did)\b)",
                           re.IGNORECASE)


def asking_alone(question: str) -> str | None:
    """The sentence that asks, when it can stand on its own: a long message ("Dear
    colleagues, I am the assistant of ... Could you advise where he collects his badge?
    Kind regards") whose asking sentence says what it asks without pointing back at the
    story ("how do I get a new one?"). None for a message of one sentence."""
    sentences = [s for s in _SENTENCE.split(question.strip()) if s.strip()]
    asking = asking_sentence(question)
    if len(sentences) <= 1:
        # "I'm a reporter with a local paper, how do I get accredited?": the clause
        # after the one that says who asks; "in a taxi 5 min away - has the press
        # briefing started?": the question after a dash.
        told = _INTRODUCED.match(question.strip()) or _AFTER_A_DASH.search(question.strip())
        if told is None:
            return None
        asking = question.strip()[told.end():]
    elif asking not in sentences:
        return None
    # Question words and generic ones are not its own: "what do I do now?" after "Left
    # my pass in the taxi!!" asks about the pass, not about whatever "what do I do" fits.
    said = tokenize(asking)
    own = [t for t in said if not t.stop and not t.generic]
    if not own or points_back(asking):
        return None
    return asking


def points_back(sentence: str) -> bool:
    """Whether a sentence speaks of something said before it ("how do I get a new one?",
    "can I bring it in?", "is this allowed?"): alone, it is not the question."""
    said = tokenize(sentence)
    return (any(t.word in _POINTING_BACK for t in said) or _ends_on_it(said)
            or _this_stands_for_something(said) or _something_of_the_story(said)
            or _the_same_as_the_story(said) or _a_part_of_the_story(said))


def _a_part_of_the_story(said: Sequence[Token]) -> bool:
    """"What's the deadline?", "how much is the fee?": the sentence names nothing but
    "the" thing that is always some other thing's, a deadline, a fee, a link, and no
    word of whose: it asks of what the story named ("Our minister wants to give a
    statement in Plenary 2."), not of the registration's deadline or the taxi's fare.
    Not "is there a time limit?" (v14: alone, the speaking time's), which asks whether."""
    own = [t.word for t in said if not t.stop and not t.generic]
    return (len(own) == 1 and own[0] in _SOMETHINGS_OWN
            and any(t.word == "the" for t in said))


# Things that are always some other thing's.
_SOMETHINGS_OWN = frozenset(
    "deadline deadlines fee fees price cost costs charge link links password code address "
    "number limit procedure process form".split())


def _the_same_as_the_story(said: Sequence[Token]) -> bool:
    """"Will Lima be the same?", "is it the same for observers?": "the same" with no noun
    after it is the same as what the story said ("I was sick with the altitude in La
    Paz"); "the same day", "the same badge" name their own."""
    for i, token in enumerate(said[1:], 1):
        following = said[i + 1] if i + 1 < len(said) else None
        if (token.word == "same" and said[i - 1].word == "the"
                and (following is None or following.stop)):
            return True
    return False


def _something_of_the_story(said: Sequence[Token]) -> bool:
    """"Can I get something official?", "is there anything similar?": a "something" at
    the end, with a word at most after it, stands for what the story asked for ("my
    ministry needs proof I was there")."""
    return any(token.word in _INDEFINITES and len(said) - i <= 2
               for i, token in enumerate(said))


_INDEFINITES = frozenset("something anything".split())


def _ends_on_it(said: Sequence[Token]) -> bool:
    """"Where would I find it?", "can I bring it in?": an "it" that is the object, at
    the end, stands for something the story named (an "it" at the start seldom does)."""
    last = [t.word for t in said[-2:]]
    return last[-1:] == ["it"] or (len(last) == 2 and last[0] == "it" and last[1] in _AFTER_IT)


def _this_stands_for_something(said: Sequence[Token]) -> bool:
    """"Is this possible in the plenary?", "would that be ok?": a "this" or "that" with
    no noun after it stands for what the story said ("this conference" names its own)."""
    for i, token in enumerate(said):
        if token.word == "that" and (i == 0 or said[i - 1].word not in _BEFORE_THAT):
            continue  # "a room that we can use": a relative "that" follows its noun
        if token.word in _DEMONSTRATIVES:
            following = said[i + 1] if i + 1 < len(said) else None
            if following is None or following.word in _PREDICATES or (
                following.stop and following.word not in _BEFORE_A_NOUN
            ):
                return True
    return False


_DEMONSTRATIVES = frozenset("this that these".split())
# Verbs and prepositions a pointing "that" comes after ("would that be", "for that").
_BEFORE_THAT = frozenset(
    "is was are would will does do did can could should be about for with to on in".split()
)
# Words that say something of a "this" rather than name what it is ("is this allowed").
_PREDICATES = frozenset(
    "possible allowed permitted ok okay fine acceptable true correct right necessary "
    "required normal".split()
)
# Stopwords that may stand between a demonstrative and its noun ("this first session").
_BEFORE_A_NOUN = frozenset("first last next same other whole".split())


# Words an object "it" may be followed by at a sentence's end ("bring it in").
_AFTER_IT = frozenset("in back up there here now again on off out".split())


def names_in(question: str) -> list[str]:
    """Words written as names: capitalised past a sentence's first word, or acronyms.

    Not in a sentence typed in capitals or with every word capitalised ("HOW BIG IS THE
    HALL", "Where Is The Badge Office"): there the case says nothing of names."""
    names = []
    for sentence in _SENTENCE.split(question.strip()):
        cores = [word.strip(".,;:!?()[]{}\"'\u2019\u2018") for word in sentence.split()[1:]]
        found = [core for core in cores
                 if core and core != "I" and (_TITLE.fullmatch(core) or _ACRONYM.fullmatch(core))]
        lettered = [core for core in cores if any(c.isalpha() for c in core)]
        letters = [c for core in lettered for c in core if c.isalpha()]
        if len(lettered) >= 2 and (len(found) * 4 >= len(lettered) * 3
                                   or sum(c.isupper() for c in letters) * 5 >= len(letters) * 4):
            continue
        names.extend(found)
    return names


_TITLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _semantic_shortlist(similarities: Mapping[str, Similarity] | None) -> list[str]:
    if not similarities:
        return []
    ranked = sorted(similarities, key=lambda i: _closeness(similarities[i]), reverse=True)
    return ranked[:SEMANTIC_CANDIDATES]


def _closeness(similarity: Similarity) -> float:
    return max(similarity.phrasing, similarity.passage)


def _lexical_features(
    ranking: LexicalRanking,
    match: LexicalMatch | None,
    related: frozenset[str],
    best: float,
    setting: frozenset[int],
) -> dict[str, float]:
    """``setting``: the positions of the terms that say when the question is asked."""
    if match is None:
        return {"missed_weight": max((t.weight for t in ranking.terms), default=0.0)}
    rivals = [m for m in ranking.matches if m.item_id not in related]
    rival_best = max((m.score for m in rivals), default=0.0)
    missed = 0.0
    rival_word = 0.0
    for k, term in enumerate(ranking.terms):
        if match.term_coverage[k] >= COVERED or term.token.generic:
            continue
        if k in setting:
            continue  # the session or day it is asked of, not what is asked
        missed = max(missed, term.weight)
        if term.weight >= RIVAL_WORD_WEIGHT and any(
            r.term_coverage[k] >= RIVAL_COVERAGE and r.score >= RIVAL_SHARE * match.score
            for r in rivals
        ):
            rival_word = 1.0
    return {
        "lexical": match.score / 100.0,
        "query_coverage": match.query_coverage,
        "phrase_coverage": match.entry_coverage,
        "exactness": match.exactness / 100.0,
        "lexical_margin": (match.score - rival_best) / 100.0,
        "missed_weight": missed,
        "rival_word": rival_word,
        "lexical_top": float(match.score >= best and best > 0.0),
    }


def _mean_and_deviation(values: Sequence[float]) -> tuple[float, float]:
    if len(values) < 2:
        return 0.0, 1.0
    mean = sum(values) / len(values)
    deviation = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return mean, deviation or 1.0


def _semantic_features(
    similarities: Mapping[str, Similarity],
    item_id: str,
    related: frozenset[str],
    best: float,
    spread: tuple[float, float],
) -> dict[str, float]:
    own = similarities.get(item_id)
    if own is None:
        return {}
    closeness = _closeness(own)
    rival = max(
        (_closeness(s) for i, s in similarities.items() if i not in related), default=0.0
    )
    return {
        "semantic": own.phrasing,
        "semantic_passage": own.passage,
        "semantic_margin": closeness - rival,
        "semantic_top": float(closeness >= best),
        "semantic_z": (closeness - spread[0]) / spread[1] / 4.0,
    }
