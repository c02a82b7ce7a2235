"""The one answer pipeline: a question in, an ``Answer`` out.

Discord, the chat console and ``ask`` all call :func:`answer`; they differ only in
what they do with the result. Pure: the current moment is a parameter.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from bot.core import describe, schedule
from bot.core.consistency import focus_word, place_words, unanswerable_reason
from bot.core.lexicon import SMALL_TALK
from bot.core.matching import Candidate, MatchIndex, Ranking
from bot.core.models import (
    Answer,
    FaqEntry,
    ItemKind,
    KnowledgeBase,
    Outcome,
    Session,
    Suggestion,
    Theme,
    kind_of,
    title_of,
)
from bot.core.policy import DEFAULT_THRESHOLDS, Thresholds
from bot.core.schedule import Intent, ScheduleQuestion
from bot.core.text import tokenize

# Only the beginning of a very long question is matched (the whole of it is still
# logged): nobody's real question needs more, and matching time stays bounded.
MAX_QUESTION_CHARS = 500

# Where a two-part question splits ("where do I get my badge and what's the wifi?").
_CLAUSE_BREAK = re.compile(r"\?|;|\n|\.\s|\band\b|\balso\b|\bplus\b", re.IGNORECASE)
MAX_CLAUSES = 3


@dataclass(frozen=True)
class Decision:
    """The matcher's verdict: the confident candidate, if any, and why not otherwise."""

    confident: Candidate | None
    reason: str


def decide(
    ranking: Ranking,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    *,
    index: MatchIndex | None = None,
    question: str = "",
) -> Decision:
    """Whether the best candidate is a confident answer; with the ``index``, also
    checks that it can hold the fact asked for (see ``consistency``)."""
    candidates = ranking.candidates
    if not candidates:
        return Decision(None, "nothing in the FAQ matches")
    top = candidates[0]
    if top.score < thresholds.answer_score:
        return Decision(None, "best match too weak")
    if top.query_coverage < thresholds.min_query_coverage:
        return Decision(None, "most of the question is not covered")
    for k, (term, covered) in enumerate(zip(ranking.terms, top.term_coverage, strict=True)):
        if covered >= 0.5 or term.weight < thresholds.max_conflicting_word_weight:
            continue
        rival = next(
            (
                c for c in candidates[1:]
                if c.term_coverage[k] >= 0.8 and c.item_id not in top.related
            ),
            None,
        )
        if rival is not None and rival.score >= thresholds.rival_share * top.score:
            return Decision(None, f"'{term.token.word}' points to {rival.item_id}")
    unknown = {t.token.word for t in ranking.terms if not t.expansions and not t.token.generic}
    for place in place_words(question) if question else ():
        if place in unknown:
            return Decision(None, f"the question is about '{place}', which the FAQ never mentions")
    focus = focus_word(question) if question else None
    for term, covered in zip(ranking.terms, top.term_coverage, strict=True):
        if term.token.stem == focus and covered < 0.5:
            return Decision(None, f"the question is about '{term.token.word}', not covered")
    rival = next((c for c in candidates[1:] if c.item_id not in top.related), None)
    if (
        rival is not None
        and top.score - rival.score < thresholds.min_margin
        and top.exactness - rival.exactness < thresholds.min_exactness_lead
    ):
        return Decision(None, "two entries fit about equally")
    if index is not None:
        reason = unanswerable_reason(index.kb, question, index.facts(top.item_id))
        if reason is not None:
            return Decision(None, reason)
    return Decision(top, "confident")


def answer(
    index: MatchIndex,
    question: str,
    now: dt.datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> Answer:
    """What the bot says to ``question`` at the moment ``now`` (timezone-aware)."""
    kb = index.kb
    text = question[:MAX_QUESTION_CHARS]
    terms = index.query_terms(text)
    if not terms:
        # Nothing to match. Small talk and stray punctuation are not questions for
        # the moderators; anything else (emoji, mentions, bytes that are not text)
        # is logged like any question the bot cannot answer.
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0,
                      empty=is_small_talk(question))

    asked = schedule.understand(kb, text, now)
    if asked is not None and not _is_general_programme(asked):
        return schedule_answer(kb, question, asked, now)

    ranking = index.rank_terms(terms)
    decision = decide(ranking, thresholds, index=index, question=text)
    if decision.confident is not None:
        return _item_answer(kb, question, decision.confident)

    combined = _answer_in_parts(index, question, text, thresholds)
    if combined is not None:
        return combined

    if asked is not None:
        return programme_answer(kb, question)
    return _not_confident(kb, question, ranking, thresholds)


def answer_for_item(index: MatchIndex, item_id: str, question: str = "") -> Answer:
    """The answer an entry gives, for a picked suggestion or autocompleted choice."""
    kb = index.kb
    item = kb.item(item_id)
    if item is None:
        return Answer(question=question, outcome=Outcome.UNKNOWN, score=0.0)
    return Answer(
        question=question or title_of(item),
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=item.id,
        kind=kind_of(item),
        title=title_of(item),
        text=_item_text(kb, item),
        sessions=(item,) if isinstance(item, Session) else (),
        best_id=item.id,
    )


def is_small_talk(text: str) -> bool:
    """Blank, punctuation only, or greetings and thanks ("hi!", "thanks a lot").

    Emoji and other symbols, and bytes that were not text, make a message worth
    logging even without a single word.
    """
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "SC" and category not in ("Cc", "Cf"):
            return False
    return all(t.word in SMALL_TALK for t in tokenize(text))


def _is_general_programme(asked: ScheduleQuestion) -> bool:
    """"Agenda?": an FAQ entry about the programme, if there is one, beats a raw listing."""
    return (
        asked.intent == Intent.DAY and asked.day is None and asked.room is None
        and not asked.kinds
    )


def _item_answer(kb: KnowledgeBase, question: str, candidate: Candidate) -> Answer:
    item = kb.item(candidate.item_id)
    assert item is not None, "the index only holds ids of the knowledge base"
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=candidate.score,
        item_id=item.id,
        kind=kind_of(item),
        title=candidate.title,
        text=_item_text(kb, item),
        sessions=(item,) if isinstance(item, Session) else (),
        best_id=item.id,
    )


def _item_text(kb: KnowledgeBase, item: FaqEntry | Session | Theme) -> str:
    if isinstance(item, Session):
        return describe.describe_session(kb, item)
    if isinstance(item, Theme):
        return describe.describe_theme(kb, item)
    return item.answer


def _answer_in_parts(
    index: MatchIndex, question: str, text: str, thresholds: Thresholds
) -> Answer | None:
    """Answer a question of several parts when every part has a confident answer.

    "Where do I get my badge and what's the wifi?" gets both answers. (Answering
    only the parts that have an answer was measured: it turned as many abstentions
    into wrong answers as into right ones.)
    """
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c.strip()]
    if not 2 <= len(clauses) <= MAX_CLAUSES * 2:
        return None
    found: list[Candidate] = []
    for clause in clauses:
        terms = [t for t in index.query_terms(clause) if not t.token.generic]
        if not terms:
            continue  # "and it keeps buffering": nothing of its own to answer
        decision = decide(index.rank(clause), thresholds, index=index, question=clause)
        if decision.confident is None:
            return None
        if all(decision.confident.item_id not in c.related for c in found):
            found.append(decision.confident)
    if not 2 <= len(found) <= MAX_CLAUSES:
        return None
    kb = index.kb
    parts = [_item_answer(kb, question, c) for c in found]
    first = parts[0]
    body = "\n\n".join(
        f"**{p.title}**\n{p.text}" if p.kind is ItemKind.FAQ else p.text or "" for p in parts
    )
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=min(c.score for c in found),
        item_id=first.item_id,
        kind=first.kind,
        title=" \u00b7 ".join(p.title or "" for p in parts),
        text=body,
        sessions=tuple(s for p in parts for s in p.sessions),
        best_id=first.item_id,
        also_ids=tuple(p.item_id for p in parts[1:] if p.item_id is not None),
    )


def _not_confident(
    kb: KnowledgeBase, question: str, ranking: Ranking, thresholds: Thresholds
) -> Answer:
    suggestions: list[Suggestion] = []
    for c in ranking.candidates:
        if c.score < thresholds.suggest_score or len(suggestions) >= thresholds.max_suggestions:
            break
        suggestions.append(Suggestion(id=c.item_id, title=c.title, score=c.score))
    best = ranking.candidates[0] if ranking.candidates else None
    return Answer(
        question=question,
        outcome=Outcome.SUGGEST if suggestions else Outcome.UNKNOWN,
        score=best.score if best else 0.0,
        suggestions=tuple(suggestions),
        best_id=best.item_id if best else None,
    )


def schedule_answer(
    kb: KnowledgeBase, question: str, asked: ScheduleQuestion, now: dt.datetime
) -> Answer:
    """The live answer to a programme question (also used by /now, /next, /schedule)."""
    state = schedule.conference_state(kb, now)
    which = asked.choose
    where = f" in the {asked.room.name}" if asked.room else ""
    if asked.intent in (Intent.NOW, Intent.NEXT) and state != "during":
        return _outside_conference(kb, question, state)
    if asked.intent == Intent.NOW:
        sessions = schedule.running(kb, now, which)
        if sessions:
            return _listing(kb, question, f"On now{where}", sessions)
        coming = schedule.upcoming(kb, now, which)
        heading = f"Nothing is on{where} right now. Next{where}"
        return _listing(kb, question, heading, coming, nothing=f"Nothing more is scheduled{where}.")
    if asked.intent == Intent.NEXT:
        coming = schedule.upcoming(kb, now, which)
        return _listing(kb, question, f"Next{where}", coming,
                        nothing=f"Nothing more is scheduled{where}: that was the last session.")
    if asked.intent == Intent.AT:
        assert asked.day is not None and asked.at is not None
        sessions = schedule.at_time(kb, asked.day, asked.at, which)
        heading = f"On {describe.short_day(asked.day)} at {asked.at:%H:%M}{where}"
        return _listing(kb, question, heading, sessions,
                        nothing=f"Nothing is scheduled{where} at that time.")
    if asked.day is None:  # a room's whole programme
        sessions = schedule.ordered(s for s in kb.sessions if which.keep(s))
        return _listing(kb, question, f"Programme{where}", sessions, with_day=True,
                        nothing=f"Nothing is scheduled{where}.")
    if asked.day not in kb.conference.dates:
        return _not_a_conference_day(kb, question, asked.day)
    sessions = schedule.on_day(kb, asked.day, asked.part, which)
    if asked.first_only and sessions:
        sessions = [s for s in sessions if s.start == sessions[0].start]
    part = f" {asked.part}" if asked.part else ""
    heading = f"{describe.day_label(asked.day)}{part}{where}"
    if asked.first_only:
        heading = f"First on {heading}"
    return _listing(kb, question, heading, sessions, nothing=f"Nothing is scheduled{where} then.")


def _listing(
    kb: KnowledgeBase,
    question: str,
    heading: str,
    sessions: list[Session],
    *,
    nothing: str = "Nothing is scheduled.",
    with_day: bool = False,
) -> Answer:
    if not sessions:
        return Answer(
            question=question, outcome=Outcome.ANSWER, score=100.0, kind=ItemKind.SCHEDULE,
            title="Programme", text=nothing,
        )
    if len(sessions) == 1:
        only = sessions[0]
        text = f"{heading}:\n\n{describe.describe_session(kb, only)}"
    else:
        text = describe.describe_listing(kb, heading, sessions, with_day=with_day)
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=sessions[0].id,
        kind=ItemKind.SCHEDULE,
        title=heading,
        text=text,
        sessions=tuple(sessions),
        best_id=sessions[0].id,
    )


def _programme_note(
    question: str, text: str, pointed: Session | None, sessions: tuple[Session, ...] = ()
) -> Answer:
    """A programme answer that points to one session (the first or the last)."""
    return Answer(
        question=question,
        outcome=Outcome.ANSWER,
        score=100.0,
        item_id=pointed.id if pointed else None,
        kind=ItemKind.SCHEDULE,
        title="Programme",
        text=text,
        sessions=sessions or ((pointed,) if pointed else ()),
        best_id=pointed.id if pointed else None,
    )


def _outside_conference(kb: KnowledgeBase, question: str, state: str) -> Answer:
    span = ", ".join(describe.day_label(d) for d in sorted(kb.conference.dates))
    if state == "before":
        first = describe.first_session(kb)
        text = f"The conference has not started yet: it runs on {span}."
        if first is not None:
            text += f"\nIt opens with **{first.title}** on {describe.when_label(kb, first)}, "
            text += f"in the {kb.room_name(first.room)}."
        return _programme_note(question, text, first)
    last = schedule.ordered(kb.sessions)[-1] if kb.sessions else None
    text = f"The conference is over: it ran on {span}. Thank you for taking part!"
    return _programme_note(question, text, last)


def _not_a_conference_day(kb: KnowledgeBase, question: str, day: dt.date) -> Answer:
    span = ", ".join(describe.day_label(d) for d in sorted(kb.conference.dates))
    first = describe.first_session(kb)
    text = f"Nothing is scheduled on {describe.day_label(day)}: the conference runs on {span}."
    if first is not None:
        text += f"\nIt opens with **{first.title}** on {describe.when_label(kb, first)}."
    return _programme_note(question, text, first)


def programme_answer(kb: KnowledgeBase, question: str) -> Answer:
    """The whole programme, day by day."""
    sessions = tuple(schedule.ordered(kb.sessions))
    first = sessions[0] if sessions else None
    return _programme_note(question, describe.describe_programme(kb), first, sessions)
