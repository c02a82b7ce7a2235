"""What attendees did besides asking: feedback, the stats events, and the moderators'
word on the suggestions made from them. Each function gives one transaction's ``Body``.
"""

from __future__ import annotations

import datetime as dt

from bot.core.models import FeedbackKind
from bot.storage import codec, rows
from bot.storage import queries as sql
from bot.storage.records import (
    Feedback,
    HourCount,
    RankedQuestion,
    Stats,
    SuggestionDecision,
)


def feedback(kind: FeedbackKind | None, *, limit: int) -> rows.Body[list[Feedback]]:
    """The most recent first (of one kind, or all); ``limit`` capped."""
    limit, _ = rows.bounded(limit)
    params: rows.Params
    if kind is None:
        query, params = sql.FEEDBACK_ALL, (limit,)
    else:
        query, params = sql.FEEDBACK, (FeedbackKind(kind).value, limit)

    async def body(db: rows.Db) -> list[Feedback]:
        return [rows.feedback(row) for row in await rows.rows(db, query, params)]

    return body


def hourly(since: dt.datetime) -> rows.Body[list[HourCount]]:
    """Questions asked per hour (UTC) and outcome since ``since``, oldest first."""
    start = codec.encode_time(since)

    async def body(db: rows.Db) -> list[HourCount]:
        return [
            HourCount(dt.datetime.fromisoformat(f"{row[0]}:00:00+00:00"), str(row[1]),
                      int(row[2]))
            for row in await rows.rows(db, sql.HOURLY, (start,))
        ]

    return body


def stats(since: dt.datetime | None, *, top: int) -> rows.Body[Stats]:
    """Totals of events since ``since`` (or ever) and the ``top`` items/open questions."""
    start = "" if since is None else codec.encode_time(since)  # "" sorts before any time
    top, _ = rows.bounded(top)

    async def body(db: rows.Db) -> Stats:
        totals = await rows.row(db, sql.EVENT_TOTALS, (start,))
        asked, answered, suggested, unknown, urgent, sensitive = (
            totals if totals is not None else (0, 0, 0, 0, 0, 0))
        items = await rows.rows(db, sql.TOP_ITEMS, (start, top))
        questions = await rows.rows(db, sql.TOP_UNANSWERED, (start, top))
        return Stats(
            asked=asked,
            answered=answered,
            suggested=suggested,
            unknown=unknown,
            urgent=urgent,
            sensitive=sensitive,
            top_items=[(codec.decode_text(r[0]), int(r[1])) for r in items],
            top_unanswered=[
                RankedQuestion(codec.decode_text(r[0]), int(r[1]), int(r[2]))
                for r in questions
            ],
        )

    return body


def decide_suggestion(decision: SuggestionDecision) -> rows.Body[int]:
    """Remember that a suggestion was accepted or rejected (the latest word counts)."""
    params = (codec.encode_text(decision.key), decision.decision,
              codec.encode_optional_text(decision.entry_id),
              codec.encode_optional_text(decision.text), codec.encode_text(decision.decided_by),
              codec.encode_time(decision.decided_at))
    return lambda db: rows.change(db, sql.DECIDE, params)


def suggestion_decisions() -> rows.Body[dict[str, SuggestionDecision]]:
    async def body(db: rows.Db) -> dict[str, SuggestionDecision]:
        decisions = [
            SuggestionDecision(
                key=codec.decode_text(row["key"]),
                decision=str(row["decision"]),
                entry_id=codec.decode_optional_text(row["entry_id"]),
                text=codec.decode_optional_text(row["text"]),
                decided_by=codec.decode_text(row["decided_by"]),
                decided_at=codec.decode_time(row["decided_at"]),
            )
            for row in await rows.rows(db, sql.DECISIONS)
        ]
        return {d.key: d for d in decisions}

    return body
