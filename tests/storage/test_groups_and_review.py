"""What the moderators' review needs from storage: closing many questions at once, the
two notes, splitting, askers and asks of many questions, activity per hour, suggestion
decisions and the retention of feedback and events."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.storage import Closing, Status, SuggestionDecision, UnansweredLog
from tests.storage.helpers import (
    CONSOLE,
    T0,
    at,
    discord,
    record_ask,
    record_event,
    record_feedback,
    resolve_question,
)


async def _ask(log: UnansweredLog, text: str, origin: Origin = CONSOLE, minutes: float = 0) -> int:
    return await record_ask(log, text, origin, asked_at=at(minutes), best_id=None, best_score=None)


async def test_closing_a_group_closes_every_question_in_one_go_with_both_notes(
    log: UnansweredLog,
) -> None:
    ids = [await _ask(log, text) for text in ("cloakroom?", "Cloakroom?", "cloak room?")]
    other = await _ask(log, "parking?")

    closed = await log.close_all([*ids, 999_999], Closing(
        Status.RESOLVED, by="mod", at=at(5), faq_id="cloakroom",
        note="check the wording tomorrow", reply="It is by the visitors' entrance.",
    ))

    assert [r.id for r in closed] == ids  # the unknown id is left out
    for record in closed:
        assert (record.status, record.faq_id, record.resolved_by) == (
            Status.RESOLVED, "cloakroom", "mod")
        assert record.note == "check the wording tomorrow"
        assert record.reply == "It is by the visitors' entrance."
    still = await log.get(other)
    assert still is not None and still.status is Status.OPEN


async def test_dismissing_a_group_keeps_no_faq_id(log: UnansweredLog) -> None:
    first, second = await _ask(log, "buy watches"), await _ask(log, "Buy watches!")

    closed = await log.close_all([first, second], Closing(
        Status.DISMISSED, by="mod", at=at(1), faq_id="ignored", note="spam",
        reply="Off topic here."))

    assert [(r.status, r.faq_id, r.reply) for r in closed] == [
        (Status.DISMISSED, None, "Off topic here.")] * 2


async def test_close_all_refuses_to_open(log: UnansweredLog) -> None:
    with pytest.raises(ValueError, match="reopen"):
        await log.close_all([1], Closing(Status.OPEN, by="mod", at=T0))


async def test_a_single_resolve_keeps_the_internal_note_apart_from_the_reply(
    log: UnansweredLog,
) -> None:
    question = await _ask(log, "wifi?")
    record = await resolve_question(log, question, by="mod", at=at(1), faq_id="wifi",
                                    note="internal")
    assert record is not None and (record.note, record.reply) == ("internal", None)


async def test_a_split_question_is_marked_until_it_is_joined_again(log: UnansweredLog) -> None:
    question = await _ask(log, "prayer room?")

    split = await log.set_split(question, True)
    joined = await log.set_split(question, False)

    assert split is not None and split.split
    assert joined is not None and not joined.split
    assert await log.set_split(123_456, True) is None
    assert await log.set_split(2**70, True) is None


async def test_askers_and_asks_of_many_questions(log: UnansweredLog) -> None:
    wifi = await _ask(log, "wifi?", discord(1, 10))
    await _ask(log, "wifi?", discord(1, 11), minutes=1)
    await _ask(log, "wifi?", discord(2, 12), minutes=2)
    await _ask(log, "wifi?", CONSOLE, minutes=3)
    lunch = await _ask(log, "lunch?", discord(1, 13))

    askers = await log.askers_of([wifi, lunch, 777])
    asks = await log.asks_of([lunch, wifi])

    assert askers == {wifi: frozenset({"1", "2", "console"}), lunch: frozenset({"1"})}
    assert [a.origin.message_id for a in asks[wifi]] == [10, 11, 12, None]
    assert [a.asked_at for a in asks[wifi]] == [at(0), at(1), at(2), at(3)]
    assert [a.origin.message_id for a in asks[lunch]] == [13]
    assert await log.askers_of([]) == {}


async def test_many_ids_are_read_in_chunks(log: UnansweredLog) -> None:
    ids = [await _ask(log, f"question {n}") for n in range(1100)]
    askers = await log.askers_of(ids)
    assert len(askers) == 1100 and all(a == frozenset({"console"}) for a in askers.values())


async def test_open_questions_asked_in_a_period_with_their_askers_then(
    log: UnansweredLog,
) -> None:
    old = await _ask(log, "old question", discord(1), minutes=0)
    recent = await _ask(log, "recent question", discord(1), minutes=0)
    await _ask(log, "recent question", discord(2), minutes=60)
    await _ask(log, "recent question", discord(2), minutes=61)
    closed = await _ask(log, "closed question", discord(3), minutes=62)
    await resolve_question(log, closed, by="mod", at=at(63))

    since = await log.open_asked_since(at(30))
    ever = await log.open_asked_since(None)

    assert [(a.record.id, a.askers, a.asks) for a in since] == [
        (recent, frozenset({"2"}), 2)]
    assert {a.record.id: (a.askers, a.asks) for a in ever} == {
        recent: (frozenset({"1", "2"}), 3), old: (frozenset({"1"}), 1)}


async def test_questions_are_counted_per_hour_and_outcome(log: UnansweredLog) -> None:
    for minutes, outcome in ((0, "answer"), (10, "answer"), (20, "unknown"), (70, "suggest"),
                             (130, "answer")):
        await record_event(log, outcome=outcome, item_id=None, origin_kind=OriginKind.DISCORD,
                               at=at(minutes))

    counts = await log.hourly(since=at(5))

    hours = [(c.hour, c.outcome, c.count) for c in counts]
    assert hours == [
        (T0, "answer", 1), (T0, "unknown", 1),
        (T0.replace(hour=10), "suggest", 1), (T0.replace(hour=11), "answer", 1),
    ]
    assert all(c.hour.tzinfo is not None for c in counts)


async def test_suggestion_decisions_are_remembered_and_the_latest_word_counts(
    log: UnansweredLog,
) -> None:
    await log.decide_suggestion(SuggestionDecision("s-1", "rejected", "mod", at(1)))
    await log.decide_suggestion(SuggestionDecision("s-2", "accepted", "mod", at(2),
                                                   entry_id="wifi", text="wifi pwd"))
    await log.decide_suggestion(SuggestionDecision("s-1", "accepted", "other", at(3),
                                                   entry_id="lunch"))

    decisions = await log.suggestion_decisions()

    assert {k: (d.decision, d.entry_id, d.decided_by) for k, d in decisions.items()} == {
        "s-1": ("accepted", "lunch", "other"), "s-2": ("accepted", "wifi", "mod")}
    assert decisions["s-2"].text == "wifi pwd" and decisions["s-2"].decided_at == at(2)
    with pytest.raises(ValueError, match="decision"):
        await log.decide_suggestion(SuggestionDecision("s-3", "maybe", "mod", at(4)))


async def test_feedback_and_events_follow_the_retention_of_questions(
    log: UnansweredLog,
) -> None:
    for minutes in (0, 10, 100):
        await record_feedback(log, FeedbackKind.NOT_HELPFUL, "q", item_id="wifi", origin=CONSOLE,
                                  at=at(minutes))
        await record_event(log, outcome="answer", item_id="wifi", origin_kind=OriginKind.CONSOLE,
                               at=at(minutes))

    purged = await log.purge_activity(older_than=at(50))

    assert purged == (2, 2)
    assert [f.at for f in await log.feedback()] == [at(100)]
    assert (await log.stats()).asked == 1


async def test_a_version_3_database_gains_the_new_columns_without_losing_notes(
    db_path: Path,
) -> None:
    from bot.storage import schema

    raw = sqlite3.connect(db_path)
    for step in schema.MIGRATIONS[:3]:
        for statement in step.statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 3")
    raw.execute(
        "INSERT INTO questions (id, question, question_key, status, outcome, first_asked, "
        "last_asked, ask_count, note, asker_count) VALUES (5, 'q', x'00', 'resolved', "
        "'unknown', '2025-06-02T09:00:00.000000+00:00', '2025-06-02T09:00:00.000000+00:00', "
        "1, 'old note', 1)"
    )
    raw.commit()
    raw.close()

    async with await UnansweredLog.open(db_path) as log:
        record = await log.get(5)

    assert record is not None
    assert (record.note, record.reply, record.split) == ("old note", None, False)
