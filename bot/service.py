"""AskService: the core's answer, then a record of what could not be answered.

Front ends call :meth:`AskService.answer` (pure and instant), reply to the person,
then await :meth:`AskService.record`: the reply never waits on the database.
Storage is reached only through the small ``QuestionLog`` protocol, so tests pass
a list-backed fake and the Discord layer never sees SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.core.answering import answer, answer_for_item
from bot.core.models import (
    Answer,
    FeedbackGiven,
    Origin,
    Outcome,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.wiring import LoadedFaq

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class QuestionLog(Protocol):
    """Where the service sends what it records (``BufferedQuestionLog`` in the app)."""

    def submit(self, write: Write) -> None:
        """Take one write; it reaches the database behind the reply, not before it."""


class FaqHolder:
    """The FAQ currently served; replaced whole when a good edit is loaded."""

    def __init__(self, faq: LoadedFaq) -> None:
        self._faq = faq

    @property
    def current(self) -> LoadedFaq:
        return self._faq

    def replace(self, faq: LoadedFaq) -> None:
        self._faq = faq


@dataclass(frozen=True)
class Recorded:
    """What recording one question did: whether it went to the moderators' log."""

    logged: bool


class AskService:
    def __init__(self, faq: FaqHolder, questions: QuestionLog, clock: Clock = utc_now) -> None:
        self.faq = faq
        self._questions = questions
        self._clock = clock

    def now(self) -> dt.datetime:
        return self._clock()

    def answer(self, question: str, *, now: dt.datetime | None = None) -> Answer:
        return answer(self.faq.current.index, question, now or self._clock())

    def show(self, item_id: str) -> Answer:
        """The answer for one entry, as when an attendee picks a suggestion."""
        return answer_for_item(self.faq.current.index, item_id)

    @staticmethod
    def will_log(result: Answer) -> bool:
        """Whether :meth:`record` will pass this question to the moderators."""
        return not result.answered and not result.empty

    async def record(self, result: Answer, origin: Origin) -> Recorded:
        """Log an unanswered question and count every question for the stats."""
        if result.empty:
            return Recorded(logged=False)
        at = self._clock()
        item_id = result.item_id if result.answered else None
        self._questions.submit(QuestionCounted(result.outcome.value, item_id, origin.kind, at))
        if result.answered:
            return Recorded(logged=False)
        self._questions.submit(QuestionAsked(
            result.question,
            origin,
            at,
            best_id=result.best_id,
            best_score=result.score if result.best_id else None,
            outcome="suggest" if result.outcome is Outcome.SUGGEST else "unknown",
        ))
        return Recorded(logged=True)

    async def ask(self, question: str, origin: Origin) -> tuple[Answer, Recorded]:
        result = self.answer(question)
        return result, await self.record(result, origin)

    async def feedback(
        self, kind: str, question: str, *, item_id: str | None, origin: Origin,
        answer_text: str | None = None,
    ) -> None:
        self._questions.submit(
            FeedbackGiven(kind, question, item_id, origin, self._clock(), answer_text)
        )
