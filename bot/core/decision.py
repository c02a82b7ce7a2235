"""Stage 3 of the engine: rank the candidates, then decide whether the best one answers.

Two small logistic models, fitted by ``benchmarks/fit_decision.py`` on the project's
own tuning questions (``policy`` documents them; ``fitted`` holds the coefficients):

1. the **ranker** gives each candidate a relevance (0-1) from its features: the best
   candidate is the one to answer with, and the next ones are the did-you-mean;
2. the **answer model** gives the calibrated confidence (0-1) that the best candidate
   is a right answer, from its relevance, its lead over the best unrelated candidate
   and a few of its features (``ANSWER_FEATURES``).

The best candidate is answered when its confidence clears ``policy.ANSWER_CONFIDENCE``
and no veto (``vetoes``) applies; otherwise the front ends show a did-you-mean of the
candidates whose relevance clears ``policy.SUGGEST_RELEVANCE``, or say honestly that
the bot does not know. Splitting ranking from answering keeps each readable: the
ranker answers "which one?", the answer model "is it good enough?".
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from bot.core import facts, vetoes
from bot.core.crosslingual import english_reading
from bot.core.features import Candidate, Described, asking_sentence
from bot.core.matching import MatchIndex
from bot.core.models import Session
from bot.core.policy import Model, Models, models_for
from bot.core.text import fold

# Features of the question's best candidate the answer model reads (besides these,
# every feature of that candidate is available to it under the same name).
ANSWER_FEATURES: dict[str, str] = {
    "relevance": "the ranker's relevance of the best candidate",
    "relevance_gap": "its relevance minus that of the best unrelated candidate",
}


@dataclass(frozen=True)
class Decision:
    """The verdict on one question: the candidates, most relevant first, and the one to
    answer with.

    ``confidence`` is the answer model's (0-1) for the best candidate; ``reason`` says
    why there is no confident answer (for moderators and tests); ``veto`` names the
    rule that stopped one, if a rule did.
    """

    candidates: tuple[Candidate, ...]
    confident: Candidate | None
    confidence: float
    reason: str
    veto: str | None = None
    suggest_at: float = 1.0  # the relevance a did-you-mean candidate needs


def logistic(model: Model, features: Mapping[str, float]) -> float:
    """The model's probability (0-1) for these features."""
    # A loop, not sum() over a generator: asked of every candidate twice or more. The
    # same products added in the same order, from 0.0, as sum() adds them on Python 3.11.
    value = features.get
    total = 0.0
    for name, weight in model.weights.items():
        total += weight * value(name, 0.0)
    z = model.intercept + total
    if z < -30.0:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def ranked(described: Described, models: Models | None = None) -> tuple[Candidate, ...]:
    """The candidates with their relevance, most relevant first."""
    chosen = models or models_for(described)
    out = [replace(c, relevance=logistic(chosen.ranker, c.features))
           for c in described.candidates]
    out.sort(key=lambda c: c.relevance, reverse=True)
    return tuple(out)


def answer_features(candidates: tuple[Candidate, ...]) -> dict[str, float]:
    """What the answer model reads about the best of the ranked candidates."""
    top = candidates[0]
    rival = next((c for c in candidates[1:] if c.item_id not in top.related), None)
    features = dict(top.features)
    features["relevance"] = top.relevance
    features["relevance_gap"] = top.relevance - (rival.relevance if rival else 0.0)
    return features


def veto(
    index: MatchIndex, described: Described, candidates: tuple[Candidate, ...]
) -> vetoes.Veto | None:
    """The first veto that applies to answering with the best of ``candidates``, if any."""
    top = candidates[0]
    said = index.said(top.item_id)
    if top.features.get("theme"):
        # A theme is answered by its session when a session is asked for ("which
        # country is organising the digital evidence side event?"): the session's
        # words are the answer's too.
        said = " ".join((said, *(index.said(s.id) for s in index.kb.held_in(top.item_id))))
    question = described.question
    asking = asking_sentence(question)
    held = index.held(top.item_id)
    sentences = index.sentences(top.item_id)
    return (
        vetoes.ambiguous(top, candidates[1:])
        or vetoes.a_task(asking)
        or vetoes.refers_back(question)
        # "a certificate for my travel reimbursement?": the entry names what was asked.
        # The price must be in what the entry says, not among its phrasings ("costs" as a
        # keyword of the travel-funding entry states no amount).
        or _price_not_stated(index, described.asked, asking, question, said, sentences)
        or vetoes.contact_not_stated(described.asked, asking, _answer_text(index, top.item_id))
        or vetoes.floor_not_stated(asking, said)
        or vetoes.closing_not_stated(asking, said,
                                     top_is_session=bool(top.features.get("session")),
                                     answer=sentences)
        or (None if top.features.get("session") else vetoes.opening_not_stated(
            asking, states_a_time=bool(held & facts.Fact.CLOCK),
            answer=sentences))
        or vetoes.date_not_stated(asking, states_a_time=bool(held & facts.Fact.TIME))
        or vetoes.length_not_stated(asking, said)
        or vetoes.number_not_stated(asking, said)
        or vetoes.membership_not_stated(asking, said)
        # Not on a word-for-word English reading: "¿cuánto cobra un taxi?" reads "how many".
        or (None if top.features.get("foreign") else vetoes.count_not_stated(asking, said))
        or vetoes.limit_not_stated(asking, said)
        or vetoes.organiser_not_named(asking, said)
        or vetoes.particular_not_named(asking, said)
        or vetoes.person_not_named(asking, index.names_someone(top.item_id))
        or vetoes.deputy_not_named(asking, said)
        or vetoes.role_not_named(asking, said)
        or _names_not_stated(index, asking, top.item_id)
        or vetoes.judgement_not_stated(asking, said)
        or vetoes.other_time(index.kb, _with_reading(question), said)
        or _other_day(index, asking, said, top.item_id)
        # Not on a word-for-word English reading: it renders a session (会议) "conference".
        or (None if top.features.get("foreign") else vetoes.other_edition(question, said))
        or vetoes.unknown_place(asking, index.knows, index.knows_term)
        or vetoes.own_place(asking, said, index.venue_words.place)
        or vetoes.other_language(asking, said)
        or vetoes.unknown_focus(asking, index.knows)
        or vetoes.party_not_named(asking, said)
        or vetoes.feature_not_named(asking, said, index.forms)
        or vetoes.one_of_many(asking, bool(top.features.get("session")))
        or vetoes.kind_not_named(asking, said)
        or vetoes.other_meal(asking, said)
        # A theme's answer is its sessions ("the money-laundering side event").
        or vetoes.next_to_one(asking, bool(top.features.get("session")
                                           or top.features.get("theme")))
        # The whole question: "Is there a side event on X? When?" asks in its last part.
        # On words alone: the meaning finds a subject said in other words ("jihadists
        # coming home" for the foreign fighters), which a rule of words cannot see
        # (with the extra, it cost a right answer on each of the blind v14, v15, v16).
        or (None if "semantic" in top.features
            else vetoes.subject_not_held(question, said))
    )


def unstated(index: MatchIndex, question: str, item_id: str) -> vetoes.Veto | None:
    """The first veto saying the entry does not state what ``question`` asks of it (a
    price, a length of time, a number, a language, a thing it should have), if any.

    For an entry found by what the question wants rather than by its words
    (``answering._WANTED``): "Will the UN Web TV stream of the opening have live
    captions?" asks whether the stream can be watched, and a detail the webcast entry
    does not hold. The entry answers the first, not the second."""
    said = index.said(item_id)
    asking = asking_sentence(question)
    sentences = index.sentences(item_id)
    asked = facts.asked(asking)
    return (
        _price_not_stated(index, asked, asking, question, said, sentences)
        or vetoes.contact_not_stated(asked, asking, _answer_text(index, item_id))
        or vetoes.floor_not_stated(asking, said)
        or vetoes.date_not_stated(asking,
                                  states_a_time=bool(index.held(item_id) & facts.Fact.TIME))
        or vetoes.length_not_stated(asking, said)
        or vetoes.number_not_stated(asking, said)
        or vetoes.count_not_stated(asking, said)
        or vetoes.limit_not_stated(asking, said)
        or vetoes.other_language(asking, said)
        or vetoes.kind_not_named(asking, said)
        or vetoes.feature_not_named(asking, said, index.forms)
    )


def _price_not_stated(
    index: MatchIndex, asked: facts.Fact, asking: str, question: str, said: str,
    sentences: str,
) -> vetoes.Veto | None:
    """``vetoes.price_not_stated`` as both the decision and ``unstated`` ask it: of the
    asking sentence, with the whole question for a price it echoes."""
    return vetoes.price_not_stated(
        asked, sentences, amount=facts.asks_amount(fold(asking)), question=asking,
        whole=question,
        echoed=bool(facts.echoed(facts.named(question), said) & facts.Fact.PRICE),
        forms=index.forms)


def _answer_text(index: MatchIndex, item_id: str) -> str:
    item = index.kb.answerable(item_id)
    return facts.answer_text(item) if item is not None else ""


def _other_day(index: MatchIndex, asking: str, said: str, item_id: str) -> vetoes.Veto | None:
    item = index.kb.item(item_id)
    if not isinstance(item, Session):
        return None
    return vetoes.other_day(index.kb, asking, said, item.day)


def _names_not_stated(index: MatchIndex, asking: str, item_id: str) -> vetoes.Veto | None:
    item = index.kb.item(item_id)
    if not isinstance(item, Session):
        return None
    return vetoes.names_not_stated(asking, item.speakers, item.description or "")


def _with_reading(question: str) -> str:
    """A question in another language, followed by its English reading: the vetoes read
    day and month names, which the reading gives in English."""
    reading = english_reading(question)
    return question if reading is None else f"{question} {reading}"


def decide(
    index: MatchIndex,
    described: Described,
    *,
    answer_confidence: float | None = None,
    models: Models | None = None,
    words_alone: bool = False,
) -> Decision:
    """``answer_confidence`` overrides the models' own threshold (the fit sweeps it).
    ``words_alone``: the words' decision is the last word, the meaning will not judge
    after it (as where the engine has no semantic layer)."""
    chosen = models or models_for(described, words_alone=words_alone or index.semantic is None)
    threshold = chosen.answer_at if answer_confidence is None else answer_confidence
    candidates = ranked(described, chosen)
    if not candidates:
        return Decision((), None, 0.0, "nothing in the FAQ matches")
    top = candidates[0]
    confidence = logistic(chosen.answer, answer_features(candidates))
    if confidence < threshold:
        return Decision(candidates, None, confidence, f"not confident enough ({confidence:.2f})",
                        suggest_at=chosen.suggest_at)
    stopped = veto(index, described, candidates)
    if stopped is not None:
        return Decision(candidates, None, confidence, stopped.reason, stopped.name,
                        suggest_at=chosen.suggest_at)
    return Decision(candidates, top, confidence, "confident", suggest_at=chosen.suggest_at)
