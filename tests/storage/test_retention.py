"""Retention (purging closed questions) and erasing one person's data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.core.models import FeedbackKind, OriginKind
from bot.storage import Status, UnansweredLog
from tests.storage.helpers import (
    CONSOLE,
    asks_of_question,
    at,
    discord,
    dismiss_question,
    intact,
    record_ask,
    record_event,
    record_feedback,
    resolve_question,
)


def _table_counts(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as raw:
        counts = {
            table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("questions", "asks", "feedback", "events")
        }
    raw.close()
    return counts


async def test_purge_deletes_questions_closed_before_the_cutoff_with_their_asks(
    log: UnansweredLog, db_path: Path
) -> None:
    old_resolved = await record_ask(log, "a", CONSOLE, asked_at=at(0), best_id=None,
                                    best_score=None)
    await record_ask(log, "a", CONSOLE, asked_at=at(1), best_id=None, best_score=None)
    old_dismissed = await record_ask(log, "b", CONSOLE, asked_at=at(0), best_id=None,
                                     best_score=None)
    recent = await record_ask(log, "c", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    still_open = await record_ask(log, "d", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    await resolve_question(log, old_resolved, by="console", at=at(10))
    await dismiss_question(log, old_dismissed, by="console", at=at(11))
    await resolve_question(log, recent, by="console", at=at(100))

    assert await log.purge_closed(older_than=at(50)) == 2
    assert await log.get(old_resolved) is None
    assert await log.get(old_dismissed) is None
    assert await asks_of_question(log, old_resolved) == []
    assert {r.id for r in await log.list(None)} == {recent, still_open}
    assert _table_counts(db_path)["asks"] == 2
    assert await log.purge_closed(older_than=at(50)) == 0
    assert intact(db_path)


async def test_purge_never_touches_open_questions(log: UnansweredLog) -> None:
    await record_ask(log, "open", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    assert await log.purge_closed(older_than=at(10_000_000)) == 0
    assert await log.count() == 1


async def test_forget_user_erases_their_asks_feedback_and_sole_questions(
    log: UnansweredLog, db_path: Path
) -> None:
    forgotten, other = 4242424242424242, 77
    shared = await record_ask(
        log, "shared", discord(forgotten), asked_at=at(0), best_id=None, best_score=None
    )
    await record_ask(log, "shared", discord(other), asked_at=at(5), best_id=None, best_score=None)
    await record_ask(log, "shared", discord(forgotten), asked_at=at(9), best_id=None,
                     best_score=None)
    alone = await record_ask(
        log, "alone", discord(forgotten), asked_at=at(1), best_id=None, best_score=None
    )
    closed = await record_ask(log, "closed", CONSOLE, asked_at=at(2), best_id=None, best_score=None)
    await resolve_question(log, closed, by=str(forgotten), at=at(3))
    await record_feedback(log, FeedbackKind.HELPFUL, "shared", item_id="x",
                          origin=discord(forgotten),
                          at=at(4))
    kept_feedback = await record_feedback(
        log, FeedbackKind.HELPFUL, "q", item_id="x", origin=discord(other), at=at(4)
    )

    # 3 asks + 1 feedback erased, 1 resolution anonymised
    assert await log.forget_user(forgotten) == 5

    record = await log.get(shared)
    assert record is not None
    assert (record.count, record.first_asked, record.last_asked) == (1, at(5), at(5))
    assert [a.origin.user_id for a in await asks_of_question(log, shared)] == [other]
    assert await log.get(alone) is None
    closed_record = await log.get(closed)
    assert closed_record is not None
    assert (closed_record.status, closed_record.resolved_by) == (Status.RESOLVED, None)
    assert [f.id for f in await log.feedback()] == [kept_feedback]
    assert await log.forget_user(forgotten) == 0
    assert intact(db_path)

    with sqlite3.connect(db_path) as raw:
        for table in ("asks", "feedback"):
            hits = raw.execute(f"SELECT count(*) FROM {table} WHERE user_id = ?", (forgotten,))
            assert hits.fetchone()[0] == 0
    raw.close()


async def test_forget_user_leaves_other_people_alone(log: UnansweredLog, db_path: Path) -> None:
    await record_ask(log, "q", discord(1), asked_at=at(0), best_id=None, best_score=None)
    await record_event(log, outcome="unknown", item_id=None, origin_kind=OriginKind.DISCORD,
                       at=at(0))
    before = _table_counts(db_path)
    assert await log.forget_user(2) == 0
    assert _table_counts(db_path) == before
