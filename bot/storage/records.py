"""The value types the question log hands out. Plain frozen data, no SQL."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import NamedTuple

from bot.core.models import FeedbackKind, Origin, Write
from bot.storage.codec import display_text

# "sensitive": a question on a subject the bot must not discuss, kept for moderators.
QUESTION_OUTCOMES = frozenset({"unknown", "suggest", "sensitive"})
EVENT_OUTCOMES = frozenset({"answer", "suggest", "unknown", "urgent", "sensitive"})


class Status(enum.Enum):
    OPEN = "open"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class Closing:
    """How the moderators closed a group, as one value from the review to the store: a
    new detail of a closing is a field here, not a parameter of every backend's
    ``close_all``. ``note`` is the moderators' own; ``reply`` what the askers were told;
    ``notify_later``: the running bot tells the askers (see ``to_notify``)."""

    status: Status
    by: str
    at: dt.datetime
    faq_id: str | None = None
    note: str | None = None
    reply: str | None = None
    notify_later: bool = False

    def __post_init__(self) -> None:
        if self.status is Status.OPEN:
            raise ValueError("close_all resolves or dismisses; it does not reopen")

    @property
    def kept_faq_id(self) -> str | None:
        """The FAQ entry the records keep: only a resolution names one."""
        return self.faq_id if self.status is Status.RESOLVED else None


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
    describe the latest ask. ``count`` is how many asks the row has; ``askers`` how
    many distinct people made them (asks without a user id, the console's, are one
    asker). Listings rank by ``askers``, then ``count``.
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
    note: str | None  # the moderators' own note: never shown to an attendee
    faq_id: str | None
    askers: int
    reply: str | None = None  # what the askers were told: an answer, or a reason
    split: bool = False  # a moderator split it out of its group: a group of its own
    notify: bool = False  # its askers are still to be told it was closed
    language: str | None = None  # the latest ask's language (ar, zh, en, fr, ru, es)

    @property
    def display_question(self) -> str:
        """The question with lone surrogates replaced by U+FFFD."""
        return display_text(self.question)


@dataclass(frozen=True)
class Asked:
    """One question with who asked it: the distinct askers (a user id, or the kind of
    origin for asks without one: the console is one asker) and how many asks, over the
    whole life of the question or a period."""

    record: QuestionRecord
    askers: frozenset[str]
    asks: int


@dataclass(frozen=True)
class HourCount:
    """Questions asked (answered or not) in one hour, by outcome."""

    hour: dt.datetime  # the start of the hour, UTC
    outcome: str
    count: int


@dataclass(frozen=True)
class SuggestionDecision:
    """A moderator accepted or rejected a suggestion: it is not shown again. The value
    the review hands the store is the one the store hands back."""

    key: str
    decision: str  # "accepted" or "rejected"
    decided_by: str
    decided_at: dt.datetime
    entry_id: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.decision not in SUGGESTION_DECISIONS:
            raise ValueError(
                f"decision must be one of {sorted(SUGGESTION_DECISIONS)}, got {self.decision!r}"
            )


SUGGESTION_DECISIONS = frozenset({"accepted", "rejected"})


@dataclass(frozen=True)
class Feedback:
    """Helpful / not helpful on an answer, or which suggestion a did-you-mean meant."""

    id: int
    kind: FeedbackKind
    question: str
    item_id: str | None
    origin: Origin
    at: dt.datetime
    answer: str | None


class RankedQuestion(NamedTuple):
    """An open question in the stats: its text, distinct askers and asks in the period."""

    text: str
    askers: int
    asks: int


@dataclass(frozen=True)
class Stats:
    asked: int
    answered: int
    suggested: int
    unknown: int
    top_items: list[tuple[str, int]]  # most-answered item ids, with counts
    top_unanswered: list[RankedQuestion]  # most askers first, then most asks
    urgent: int = 0  # urgent alerts raised
    sensitive: int = 0  # sensitive questions refused


@dataclass(frozen=True)
class ReplyNoted:
    """The bot's reply to a journalled ask is this message (resolve notices reply to it)."""

    ask_id: str
    message_id: int


@dataclass(frozen=True)
class Journalled:
    """A write with the unique id it got when it was journalled.

    Applying it again (a replay after a crash) finds the id and changes nothing, so
    every ask is stored and counted exactly once however often the journal is replayed.
    """

    id: str
    write: Write | ReplyNoted
