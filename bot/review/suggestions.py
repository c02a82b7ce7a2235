"""Suggestions from use (active learning): what attendees' clicks say the FAQ misses.

* **picked**: people who asked the same thing picked the same did-you-mean entry:
  their wording should become an alternate of that entry;
* **not_helpful**: an entry got 👎 for a question: the question belongs to another
  entry (the moderator says which), or the entry needs work;
* **collision**: a wording lands between two entries (the bot offers both, or people
  asking it pick different ones): adding it to the right one settles it.

Pure: built from stored feedback and open questions with the engine (the FAQ index,
its grouping and its answer). Each suggestion has a short stable ``key``: accepting or
rejecting one is remembered under it, and a decided suggestion is not shown again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from bot.core.answering import answer
from bot.core.grouping import QuestionKeys, group_similar
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, Outcome, Session
from bot.review.groups import people
from bot.review.wording import clean_question
from bot.storage import Asked, Feedback

PICKED = "picked"
NOT_HELPFUL = "not_helpful"
COLLISION = "collision"
# Among suggestions as popular, the ones a click settles first.
KIND_ORDER = (PICKED, COLLISION, NOT_HELPFUL)
# Distinct people who must have picked the same entry before their wording is
# suggested: one person's pick may be a slip, two are a pattern.
MIN_PEOPLE_PICKED = 2
# Wordings shown with a suggestion (the rest are counted).
QUESTIONS_SHOWN = 5


@dataclass(frozen=True)
class Suggestion:
    key: str
    kind: str  # PICKED, NOT_HELPFUL or COLLISION
    text: str  # the wording accepting adds (the lead question, cleaned)
    entries: tuple[str, ...]  # the entries it is about
    target: str | None  # where accepting adds the wording; None: the moderator says
    count: int  # picks, votes or asks
    people: int  # distinct people
    questions: tuple[str, ...]  # the wordings asked, most asked first

    def describe(self) -> str:
        """One line for moderators (entry ids in backquotes; no attendee text)."""
        who = people(self.people)
        if self.kind == PICKED:
            entry = self.entries[0]
            same = "who asked the same thing " if self.people > 1 else ""
            return (f"{who} {same}picked `{entry}` from a did-you-mean ({self.count} "
                    f"pick{'s' if self.count != 1 else ''}): add their wording to `{entry}`?")
        if self.kind == NOT_HELPFUL:
            return (f"{who} found `{self.entries[0]}` not helpful for this question "
                    f"({self.count} \N{THUMBS DOWN SIGN}): add it to the entry that answers "
                    "it, or improve the entry")
        first, second = self.entries
        picked = f"; most picked `{self.target}`" if self.target else ""
        return (f"lands between `{first}` and `{second}` ({self.count} "
                f"ask{'s' if self.count != 1 else ''} by {who}{picked}): add it to the "
                "right one")


# How each builder hands over its suggestions.
Add = Callable[[Suggestion], None]


def suggestion_key(kind: str, entries: Sequence[str], question_key: str) -> str:
    digest = hashlib.sha256(f"{kind}|{','.join(entries)}|{question_key}".encode())
    return "s" + digest.hexdigest()[:8]


def _people(feedback: Sequence[Feedback]) -> frozenset[str]:
    return frozenset(
        str(f.origin.user_id) if f.origin.user_id is not None else f.origin.kind
        for f in feedback
    )


def _takes_alternates(index: MatchIndex, entry_id: str) -> bool:
    return isinstance(index.kb.item(entry_id), FaqEntry | Session)


def _answered_by(index: MatchIndex, question: str, now: dt.datetime) -> str | None:
    result = answer(index, question, now)
    return result.item_id if result.answered else None


def build_suggestions(
    *,
    picks: Sequence[Feedback],
    votes: Sequence[Feedback],
    open_questions: Sequence[Asked],
    index: MatchIndex,
    keys: QuestionKeys,
    decided: Collection[str],
    now: dt.datetime,
) -> list[Suggestion]:
    """Every suggestion not decided yet, most people first."""
    found: dict[str, Suggestion] = {}
    # Oldest first: among wordings asked as often, the first one names the group.
    picks = sorted(picks, key=lambda f: (f.at, f.id))
    votes = sorted(votes, key=lambda f: (f.at, f.id))

    def add(suggestion: Suggestion) -> None:
        known = found.get(suggestion.key)
        if suggestion.key not in decided and (known is None or known.count < suggestion.count):
            found[suggestion.key] = suggestion

    picked_by_key = _picks(picks, index, keys, now, add)
    _votes(votes, index, keys, now, add)
    _collisions(open_questions, picked_by_key, index, keys, now, add)
    return sorted(found.values(),
                  key=lambda s: (-s.people, -s.count, KIND_ORDER.index(s.kind), s.key))


def _picks(
    picks: Sequence[Feedback],
    index: MatchIndex,
    keys: QuestionKeys,
    now: dt.datetime,
    add: Add,
) -> dict[str, dict[str, int]]:
    """Suggestions from did-you-mean picks; returns, per question key, people per entry."""
    chosen = [f for f in picks if f.item_id and index.kb.answerable(f.item_id) is not None]
    people_by_key: dict[str, dict[str, int]] = {}
    for group in group_similar(chosen, text=lambda f: f.question, count=lambda f: 1, keys=keys):
        lead = group.lead.question
        by_entry: dict[str, list[Feedback]] = {}
        for f in group.items:
            by_entry.setdefault(f.item_id or "", []).append(f)
        ranked = sorted(by_entry, key=lambda e: (-len(_people(by_entry[e])),
                                                 -len(by_entry[e]), e))
        key = keys.key(lead)
        people_by_key[key] = {e: len(_people(by_entry[e])) for e in ranked}
        questions = _wordings([f.question for f in group.items])
        top = ranked[0]
        top_people = len(_people(by_entry[top]))
        if (top_people >= MIN_PEOPLE_PICKED and _takes_alternates(index, top)
                and _answered_by(index, lead, now) != top):
            add(Suggestion(suggestion_key(PICKED, (top,), key), PICKED, clean_question(lead),
                           (top,), top, len(by_entry[top]), top_people, questions))
        if len(ranked) >= 2:
            pair = tuple(sorted(ranked[:2]))
            people = len(_people([f for e in ranked[:2] for f in by_entry[e]]))
            target = top if _takes_alternates(index, top) else None
            add(Suggestion(suggestion_key(COLLISION, pair, key), COLLISION,
                           clean_question(lead), pair, target,
                           sum(len(by_entry[e]) for e in ranked[:2]), people, questions))
    return people_by_key


def _votes(
    votes: Sequence[Feedback], index: MatchIndex, keys: QuestionKeys, now: dt.datetime, add: Add
) -> None:
    by_entry: dict[str, list[Feedback]] = {}
    for f in votes:
        if f.item_id and index.kb.answerable(f.item_id) is not None:
            by_entry.setdefault(f.item_id, []).append(f)
    for entry, entry_votes in by_entry.items():
        for group in group_similar(entry_votes, text=lambda f: f.question, count=lambda f: 1,
                                   keys=keys):
            lead = group.lead.question
            answered = _answered_by(index, lead, now)
            if answered is not None and answered != entry:
                continue  # already answered by another entry: dealt with
            add(Suggestion(
                suggestion_key(NOT_HELPFUL, (entry,), keys.key(lead)), NOT_HELPFUL,
                clean_question(lead), (entry,), None, len(group.items),
                len(_people(group.items)), _wordings([f.question for f in group.items]),
            ))


def _collisions(
    open_questions: Sequence[Asked],
    picked_by_key: Mapping[str, Mapping[str, int]],
    index: MatchIndex,
    keys: QuestionKeys,
    now: dt.datetime,
    add: Add,
) -> None:
    between: list[tuple[Asked, tuple[str, str]]] = []
    for asked in open_questions:
        if asked.record.outcome != "suggest":
            continue
        result = answer(index, asked.record.question, now)
        if result.outcome is not Outcome.SUGGEST or len(result.suggestions) < 2:
            continue
        first, second = result.suggestions[0].id, result.suggestions[1].id
        between.append((asked, (min(first, second), max(first, second))))
    for group in group_similar(between, text=lambda b: b[0].record.question,
                               count=lambda b: len(b[0].askers), keys=keys):
        (lead, pair) = group.lead
        key = keys.key(lead.record.question)
        picked = picked_by_key.get(key, {})
        most = max(pair, key=lambda e: picked.get(e, 0))
        target = most if picked.get(most, 0) and _takes_alternates(index, most) else None
        askers = frozenset().union(*(a.askers for a, _ in group.items))
        add(Suggestion(
            suggestion_key(COLLISION, pair, key), COLLISION, clean_question(lead.record.question),
            pair, target, sum(a.asks for a, _ in group.items), len(askers),
            _wordings([a.record.question for a, _ in group.items]),
        ))


def _wordings(texts: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(texts))[:QUESTIONS_SHOWN]
