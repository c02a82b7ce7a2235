"""The value types the question log hands out. Plain frozen data, no SQL."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from bot.core.models import Origin
from bot.storage.codec import display_text

QUESTION_OUTCOMES = frozenset({"unknown", "suggest"})
EVENT_OUTCOMES = frozenset({"answer", "suggest", "unknown"})
FEEDBACK_KINDS = frozenset({"helpful", "not_helpful", "suggestion_chosen"})


class Status(enum.Enum):
    OPEN = "open"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Ask:
    """One time someone asked a question."""

    asked_at: dt.datetime
    origin: Origin


@dataclass(frozen=True)
class QuestionRecord:
    """One distinct unanswered question and what moderators did about it.

    ``question`` is exactly the text asked (it may hold NULs or lone surrogates);
    use ``display_question`` to print it. ``best_id``/``best_score``/``outcome``
    describe the latest ask. ``count`` is how many asks the row has.
    """

    id: int
    question: str
    status: Status
    outcome: str
    first_asked: dt.datetime
    last_asked: dt.datetime
    count: int
    best_id: str | None
    best_score: float | None
    resolved_by: str | None
    resolved_at: dt.datetime | None
    note: str | None
    faq_id: str | None

    @property
    def display_question(self) -> str:
        """The question with lone surrogates replaced by U+FFFD."""
        return display_text(self.question)


@dataclass(frozen=True)
class Feedback:
    """Helpful / not helpful on an answer, or which suggestion a did-you-mean meant."""

    id: int
    kind: str
    question: str
    item_id: str | None
    origin: Origin
    at: dt.datetime
    answer: str | None


@dataclass(frozen=True)
class Stats:
    asked: int
    answered: int
    suggested: int
    unknown: int
    top_items: list[tuple[str, int]]  # most-answered item ids, with counts
    top_unanswered: list[tuple[str, int]]  # most-asked open question texts, with counts
