"""AskService: the core's answer, then a record of what could not be answered.

Front ends call :meth:`AskService.answer` (pure and instant), then
:meth:`AskService.record`, then reply: ``record`` returns once the question is in the
journal on disk (a ``write()``, not a database commit), so "I've passed your question
on" is only said about a question that is safe, and the reply never waits on the
database. Storage is reached only through the small ``QuestionLog`` protocol, so
tests pass a list-backed fake and the Discord layer never sees SQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Protocol

from bot.core.models import (
    AlertKind,
    Answer,
    FeedbackGiven,
    FeedbackKind,
    Origin,
    Outcome,
    QuestionAsked,
    QuestionCounted,
    Write,
)
from bot.errors import StorageError
from bot.served import ServedFaq

log = logging.getLogger(__name__)

class QuestionLog(Protocol):
    """Where the service sends what it records (``BufferedQuestionLog`` in the app)."""

    def submit(self, *writes: Write) -> list[str]:
        """Make ``writes`` durable together, at once, and return their ids; they reach
        the database behind the reply. StorageError when they cannot be kept."""

    def note_reply(self, ask_id: str, message_id: int) -> None:
        """The bot's reply to the ask ``ask_id`` is the message ``message_id``."""


@dataclass(frozen=True)
class Recorded:
    """What recording one question did: whether it went to the moderators' log (it is
    then on disk), and the id of that ask."""

    logged: bool
    ask_id: str | None = None


def _question_outcome(result: Answer) -> str:
    if result.alert is AlertKind.SENSITIVE:
        return "sensitive"
    return "suggest" if result.outcome is Outcome.SUGGEST else "unknown"


class AskService:
    """Answers from the FAQ being served (``faq``, on its clock) and records what the
    moderators must see in ``questions``."""

    def __init__(self, faq: ServedFaq, questions: QuestionLog) -> None:
        self._faq = faq
        self._questions = questions
        self._clock = faq.now

    def now(self) -> dt.datetime:
        return self._clock()

    def answer(
        self, question: str, *, now: dt.datetime | None = None, hint: str | None = None,
        meaning: bool = True,
    ) -> Answer:
        """``hint``: the asker's app language (Discord's locale), when known;
        ``meaning=False``: on the words alone, for a front end that has fallen behind."""
        return self._faq.answer(question, now=now, hint=hint, meaning=meaning)

    def show(self, item_id: str, *, language: str | None = None) -> Answer:
        """The answer for one entry, as when an attendee picks a suggestion, in the
        language the question was asked in."""
        return self._faq.show(item_id, language=language)

    @staticmethod
    def will_log(result: Answer) -> bool:
        """Whether :meth:`record` will pass this question to the moderators."""
        return not result.answered and not result.empty

    def record(self, result: Answer, origin: Origin) -> Recorded:
        """Log an unanswered question and count every question for the stats.

        Call it BEFORE replying: when it says ``logged``, the question is on disk and
        the reply may say it was passed on. When the log cannot keep it, it says
        not logged (and the reply must not claim otherwise). A sensitive question is
        logged flagged as such; an urgent one is counted (its alert goes to the
        moderators' channel, not to the review queue). A plain method, not a coroutine:
        the journal's ``write()`` is what makes it safe, and it does not wait on the loop.
        """
        if result.empty:
            return Recorded(logged=False)
        at = self._clock()
        item_id = result.item_id if result.answered else result.best_id if result.alert else None
        outcome = result.alert.value if result.alert else result.outcome.value
        writes: list[Write] = [QuestionCounted(outcome, item_id, origin.kind, at)]
        if not result.answered:
            writes.append(QuestionAsked(
                result.question,
                origin,
                at,
                best_id=result.best_id,
                best_score=result.score if result.best_id else None,
                outcome=_question_outcome(result),
                language=result.language,
            ))
        try:
            # Together, in one write: the count and the ask are kept or lost as one.
            ids = self._questions.submit(*writes)
        except StorageError as exc:
            log.error("a question could not be kept for the moderators: %s", exc)
            return Recorded(logged=False)
        if result.answered:
            return Recorded(logged=False)
        return Recorded(logged=True, ask_id=ids[-1])

    def note_reply(self, recorded: Recorded, message_id: int | None) -> None:
        """Remember which message answered a logged ask (resolve notices reply to it)."""
        if recorded.ask_id is None or message_id is None:
            return
        try:
            self._questions.note_reply(recorded.ask_id, message_id)
        except StorageError as exc:  # only costs the notice its reply reference
            log.warning("the reply to a logged question could not be noted: %s", exc)

    def ask(
        self, question: str, origin: Origin, *, hint: str | None = None
    ) -> tuple[Answer, Recorded]:
        result = self.answer(question, hint=hint)
        return result, self.record(result, origin)

    def feedback(
        self, kind: FeedbackKind, question: str, *, item_id: str | None, origin: Origin,
        answer_text: str | None = None,
    ) -> bool:
        """Keep one feedback (on disk when this returns True)."""
        try:
            self._questions.submit(
                FeedbackGiven(kind, question, item_id, origin, self._clock(), answer_text)
            )
        except StorageError as exc:
            log.error("feedback could not be kept: %s", exc)
            return False
        return True
