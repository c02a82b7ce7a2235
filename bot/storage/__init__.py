"""Persistent storage: the SQLite log of unanswered questions, feedback and stats.

This package is the only one that talks to SQLite; everything else uses the
``UnansweredLog`` API and the frozen records below.
"""

from bot.core.models import FeedbackGiven, QuestionAsked, QuestionCounted, Write
from bot.storage.codec import display_text
from bot.storage.records import (
    Ask,
    Asked,
    Feedback,
    HourCount,
    QuestionRecord,
    RankedQuestion,
    Stats,
    Status,
    SuggestionDecision,
)
from bot.storage.schema import LATEST_VERSION
from bot.storage.unanswered import MAX_LIMIT, UnansweredLog

__all__ = [
    "LATEST_VERSION",
    "MAX_LIMIT",
    "Ask",
    "Asked",
    "Feedback",
    "FeedbackGiven",
    "HourCount",
    "QuestionAsked",
    "QuestionCounted",
    "QuestionRecord",
    "RankedQuestion",
    "Stats",
    "Status",
    "SuggestionDecision",
    "UnansweredLog",
    "Write",
    "display_text",
]
