"""A list-backed question log and a ready FAQ, for AskService and console tests.

The fake keeps every call in plain lists, so tests read what was recorded instead
of asserting on mock calls. ``journal`` interleaves its calls with whatever else
the test appends (the console's writes), to check the order of effects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.matching import MatchIndex
from bot.core.models import Origin, QuestionAsked, QuestionCounted, Write
from bot.errors import StorageError
from bot.faqfile import parse_knowledge_base
from bot.served import FaqHolder, LoadedFaq, ServedFaq
from bot.service import AskService
from tests.robustness.helpers import SMALL_FAQ

# 10:30 in New York on the first day: the opening session (10:00-11:00) is on.
DURING_OPENING = dt.datetime(2018, 6, 28, 14, 30, tzinfo=dt.UTC)


@dataclass(frozen=True)
class LoggedQuestion:
    question: str
    origin: Origin
    asked_at: dt.datetime
    best_id: str | None
    best_score: float | None
    outcome: str
    language: str | None = None


@dataclass(frozen=True)
class Event:
    outcome: str
    item_id: str | None
    origin_kind: str
    at: dt.datetime


@dataclass(frozen=True)
class LoggedFeedback:
    kind: str
    question: str
    item_id: str | None
    origin: Origin
    at: dt.datetime
    answer: str | None


@dataclass
class ListLog:
    """Satisfies bot.service.QuestionLog with three lists."""

    questions: list[LoggedQuestion] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    feedback: list[LoggedFeedback] = field(default_factory=list)
    journal: list[str] = field(default_factory=list)
    replies: dict[str, int] = field(default_factory=dict)  # ask id -> message id
    submits: list[int] = field(default_factory=list)  # how many writes each submit took
    broken: bool = False  # the disk is gone: submit raises StorageError
    ids: int = 0

    def submit(self, *writes: Write) -> list[str]:
        if self.broken:
            raise StorageError("cannot write the journal: No space left on device")
        self.submits.append(len(writes))
        ids = []
        for write in writes:
            self._take(write)
            self.ids += 1
            ids.append(f"w{self.ids}")
        return ids

    def note_reply(self, ask_id: str, message_id: int) -> None:
        self.replies[ask_id] = message_id
        self.journal.append(f"reply {ask_id}")

    def _take(self, write: Write) -> None:
        if isinstance(write, QuestionAsked):
            self.questions.append(LoggedQuestion(
                write.question, write.origin, write.asked_at, write.best_id,
                write.best_score, write.outcome, write.language,
            ))
            self.journal.append(f"record {write.question}")
        elif isinstance(write, QuestionCounted):
            self.events.append(Event(write.outcome, write.item_id, write.origin_kind, write.at))
            self.journal.append(f"event {write.outcome}")
        else:
            self.feedback.append(LoggedFeedback(
                write.kind, write.question, write.item_id, write.origin, write.at, write.answer,
            ))
            self.journal.append(f"feedback {write.kind}")


def loaded_faq(text: str = SMALL_FAQ) -> LoadedFaq:
    result = parse_knowledge_base(text, "test.yaml")
    assert result.kb is not None, [str(p) for p in result.problems]
    return LoadedFaq(Path("test.yaml"), MatchIndex.build(result.kb), result.warnings)


def service(
    log: ListLog, *, now: dt.datetime = DURING_OPENING, text: str = SMALL_FAQ
) -> AskService:
    return AskService(ServedFaq(FaqHolder(loaded_faq(text)), lambda: now), log)
