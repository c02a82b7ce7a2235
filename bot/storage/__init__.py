"""Persistent storage: the SQLite log of unanswered questions, feedback and stats.

This package is the only one that talks to SQLite. Everything else names the ports
(``bot.storage.ports``: ``QuestionStore``, ``ReviewLog``, ``Retention``,
``QuestionWriter``) and the frozen records below; ``UnansweredLog`` is the SQLite
adapter that ``wiring`` opens. What is written (``QuestionAsked``, ``FeedbackGiven``,
...) is the core's: ``bot.core.models``.
"""

from bot.storage.codec import display_text
from bot.storage.ports import MAX_LIMIT, QuestionStore, QuestionWriter, Retention, ReviewLog
from bot.storage.records import (
    Ask,
    Asked,
    Closing,
    Feedback,
    HourCount,
    QuestionRecord,
    RankedQuestion,
    Stats,
    Status,
    SuggestionDecision,
)
from bot.storage.schema import LATEST_VERSION
from bot.storage.unanswered import UnansweredLog

__all__ = [
    "LATEST_VERSION",
    "MAX_LIMIT",
    "Ask",
    "Asked",
    "Closing",
    "Feedback",
    "HourCount",
    "QuestionRecord",
    "QuestionStore",
    "QuestionWriter",
    "RankedQuestion",
    "Retention",
    "ReviewLog",
    "Stats",
    "Status",
    "SuggestionDecision",
    "UnansweredLog",
    "display_text",
]
