"""Question groups: the one grouping every review shows (Discord, the command line,
the stats and both exports).

A group is named by its lead question's id (the most asked); its members are every
question in it. Groups never mix statuses, so a group's status is every member's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.core.grouping import QuestionKeys, group_similar
from bot.storage import QuestionRecord, Status


def people(count: int) -> str:
    """Distinct askers, as moderators read them everywhere: "1 person", "3 people"."""
    return f"{count} {'person' if count == 1 else 'people'}"


@dataclass(frozen=True)
class QuestionGroup:
    """Questions the engine reads as one need, lead first.

    ``questions``: the group's questions, each a tuple of wordings that read the same
    (case, punctuation, typos); ``askers``: the distinct people who asked any of them.
    """

    questions: tuple[tuple[QuestionRecord, ...], ...]
    askers: frozenset[str]
    pinned: bool = False

    @property
    def lead(self) -> QuestionRecord:
        return self.questions[0][0]

    @property
    def id(self) -> int:
        return self.lead.id

    @property
    def status(self) -> Status:
        return self.lead.status

    @property
    def records(self) -> tuple[QuestionRecord, ...]:
        return tuple(r for question in self.questions for r in question)

    @property
    def members(self) -> tuple[int, ...]:
        """Every question id of the group, the lead first."""
        return tuple(r.id for r in self.records)

    @property
    def asks(self) -> int:
        return sum(r.count for r in self.records)

    @property
    def people(self) -> int:
        return len(self.askers)

    @property
    def last_asked(self) -> dt.datetime:
        return max(r.last_asked for r in self.records)

    @property
    def sensitive(self) -> bool:
        """A sensitive question is in it: moderators see the flag on the group."""
        return any(r.outcome == "sensitive" for r in self.records)

    @property
    def similar(self) -> tuple[QuestionRecord, ...]:
        """The first wording of each other question of the group."""
        return tuple(question[0] for question in self.questions[1:])

    @property
    def same(self) -> tuple[QuestionRecord, ...]:
        """The lead question's other wordings."""
        return self.questions[0][1:]


def build_groups(
    records: Sequence[QuestionRecord],
    askers: Mapping[int, frozenset[str]],
    keys: QuestionKeys,
) -> list[QuestionGroup]:
    """Group ``records`` (of any statuses) the way every review shows them: most
    people first, then most asks, then the most recently asked."""
    by_status: dict[Status, list[QuestionRecord]] = {}
    for record in sorted(records, key=lambda r: r.id):  # ties: the first asked leads
        by_status.setdefault(record.status, []).append(record)
    groups: list[QuestionGroup] = []
    for members in by_status.values():
        for group in group_similar(
            members,
            text=lambda r: r.question,
            count=lambda r: r.askers,
            keys=keys,
            pinned=lambda r: r.split,
            entry=lambda r: r.best_id,
        ):
            people = frozenset().union(
                *(askers.get(r.id, frozenset({f"#{r.id}"})) for r in group.items))
            groups.append(QuestionGroup(group.questions, people, group.pinned))
    groups.sort(key=lambda g: (-g.people, -g.asks, -g.last_asked.timestamp(), -g.id))
    return groups


def group_of(groups: Sequence[QuestionGroup], question_id: int) -> QuestionGroup | None:
    return next((g for g in groups if question_id in g.members), None)
