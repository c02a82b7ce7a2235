"""Recording, counting, listing and moderating unanswered questions."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from bot.core.models import Origin, OriginKind
from bot.errors import StorageError
from bot.storage import Ask, QuestionRecord, Status, UnansweredLog
from bot.storage import rows as rows_module
from tests.storage.helpers import (
    CONSOLE,
    T0,
    asks_of_question,
    at,
    discord,
    dismiss_question,
    record_ask,
    resolve_question,
)


async def _record(
    log: UnansweredLog,
    text: str,
    minutes: float = 0,
    *,
    origin: Origin = CONSOLE,
    best_id: str | None = None,
    best_score: float | None = None,
    outcome: str = "unknown",
) -> int:
    return await record_ask(
        log, text,
        origin,
        asked_at=at(minutes),
        best_id=best_id,
        best_score=best_score,
        outcome=outcome,
    )


async def _get(log: UnansweredLog, question_id: int) -> QuestionRecord:
    record = await log.get(question_id)
    assert record is not None
    return record


async def test_a_new_question_is_stored_open_with_all_its_fields(log: UnansweredLog) -> None:
    question_id = await _record(
        log,
        "Is there a prayer room?",
        5,
        origin=discord(11, 99),
        best_id="faq-7",
        best_score=61.5,
        outcome="suggest",
    )
    record = await _get(log, question_id)
    assert record == QuestionRecord(
        id=question_id,
        question="Is there a prayer room?",
        status=Status.OPEN,
        outcome="suggest",
        first_asked=at(5),
        last_asked=at(5),
        count=1,
        best_id="faq-7",
        best_score=61.5,
        resolved_by=None,
        resolved_at=None,
        note=None,
        faq_id=None,
        askers=1,
    )
    assert await asks_of_question(log, question_id) == [Ask(asked_at=at(5), origin=discord(11, 99))]


async def test_times_come_back_as_utc_aware_datetimes_whatever_zone_went_in(
    log: UnansweredLog,
) -> None:
    new_york = dt.timezone(dt.timedelta(hours=-4))
    question_id = await record_ask(
        log, "q",
        CONSOLE,
        asked_at=dt.datetime(2025, 6, 2, 5, 0, tzinfo=new_york),
        best_id=None,
        best_score=None,
    )
    record = await _get(log, question_id)
    assert record.first_asked == T0
    assert record.first_asked.utcoffset() == dt.timedelta(0)


async def test_repeated_identical_questions_are_counted_not_duplicated(
    log: UnansweredLog,
) -> None:
    first = await _record(log, "Where is the cloakroom?", 0, origin=discord(1, 10))
    second = await _record(log, "Where is the cloakroom?", 3, origin=discord(2, 20))
    third = await _record(log, "Where is the cloakroom?", 7, origin=CONSOLE)
    other = await _record(log, "Where is the cloakroom ?", 8)
    assert first == second == third != other
    record = await _get(log, first)
    assert (record.count, record.first_asked, record.last_asked) == (3, at(0), at(7))
    assert await asks_of_question(log, first) == [
        Ask(at(0), discord(1, 10)),
        Ask(at(3), discord(2, 20)),
        Ask(at(7), CONSOLE),
    ]
    assert await log.count() == 2


async def test_the_latest_ask_sets_the_best_candidate_even_if_recorded_out_of_order(
    log: UnansweredLog,
) -> None:
    question_id = await _record(
        log, "wifi?", 10, best_id="faq-wifi", best_score=55.0, outcome="suggest"
    )
    await _record(log, "wifi?", 2, best_id="faq-old", best_score=10.0)  # older ask, late
    record = await _get(log, question_id)
    assert (record.first_asked, record.last_asked, record.count) == (at(2), at(10), 2)
    assert (record.best_id, record.best_score, record.outcome) == ("faq-wifi", 55.0, "suggest")
    await _record(log, "wifi?", 20, best_id=None, best_score=None)
    record = await _get(log, question_id)
    assert (record.best_id, record.best_score, record.outcome) == (None, None, "unknown")


@pytest.mark.parametrize("close", ["resolve", "dismiss"])
async def test_asking_again_after_closing_starts_a_new_open_question(
    log: UnansweredLog, close: str
) -> None:
    old = await _record(log, "Shuttle times?", 0)
    await _record(log, "Shuttle times?", 1)
    if close == "resolve":
        await resolve_question(log, old, by="console", at=at(2))
    else:
        await dismiss_question(log, old, by="console", at=at(2))
    new = await _record(log, "Shuttle times?", 3)
    assert new != old
    assert (await _get(log, old)).count == 2
    assert (await _get(log, new)).count == 1
    assert (await _get(log, new)).status is Status.OPEN
    assert await _record(log, "Shuttle times?", 4) == new


async def test_list_orders_by_count_then_most_recent_then_newest_id(log: UnansweredLog) -> None:
    rare_old = await _record(log, "rare old", 0)
    popular = await _record(log, "popular", 1)
    for minute in (2, 3):
        await _record(log, "popular", minute)
    twice = await _record(log, "twice", 4)
    await _record(log, "twice", 5)
    rare_new = await _record(log, "rare new", 6)
    same_time = await _record(log, "same time as rare new", 6)
    listed = [r.id for r in await log.list()]
    assert listed == [popular, twice, same_time, rare_new, rare_old]


async def test_list_filters_by_status_and_pages(log: UnansweredLog) -> None:
    ids = [await _record(log, f"q{i}", i) for i in range(6)]
    await resolve_question(log, ids[0], by="console", at=at(10))
    await dismiss_question(log, ids[1], by="console", at=at(10))
    assert [r.id for r in await log.list()] == ids[:1:-1]
    assert [r.id for r in await log.list(Status.RESOLVED)] == [ids[0]]
    assert [r.id for r in await log.list(Status.DISMISSED)] == [ids[1]]
    assert {r.id for r in await log.list(None)} == set(ids)
    assert [r.id for r in await log.list(limit=2, offset=1)] == [ids[4], ids[3]]
    assert await log.list(limit=0) == []
    assert await log.list(offset=100) == []
    assert (await log.count(), await log.count(None)) == (4, 6)
    assert await log.count(Status.RESOLVED) == 1


async def test_list_pages_are_capped_and_negative_bounds_refused(
    log: UnansweredLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        await _record(log, f"q{i}", i)
    monkeypatch.setattr(rows_module, "MAX_LIMIT", 3)
    assert len(await log.list(limit=1_000_000)) == 3
    with pytest.raises(ValueError):
        await log.list(limit=-1)
    with pytest.raises(ValueError):
        await log.list(offset=-1)


async def test_resolve_records_who_when_note_and_answering_faq(log: UnansweredLog) -> None:
    question_id = await _record(log, "Is lunch provided?", 0)
    record = await resolve_question(
        log, question_id, by="123456789012345678", at=at(30), faq_id="faq-lunch", note="added"
    )
    assert record is not None
    assert record.status is Status.RESOLVED
    assert (record.resolved_by, record.resolved_at) == ("123456789012345678", at(30))
    assert (record.faq_id, record.note) == ("faq-lunch", "added")
    assert record == await log.get(question_id)


async def test_resolving_a_closed_question_updates_it(log: UnansweredLog) -> None:
    question_id = await _record(log, "q", 0)
    await dismiss_question(log, question_id, by="console", at=at(1), note="spam?")
    record = await resolve_question(log, question_id, by="42", at=at(2), faq_id="faq-1")
    assert record is not None
    assert (record.status, record.resolved_by, record.resolved_at) == (Status.RESOLVED, "42", at(2))
    assert (record.faq_id, record.note) == ("faq-1", None)
    again = await resolve_question(log, question_id, by="43", at=at(3), note="better")
    assert again is not None
    assert (again.resolved_by, again.note, again.faq_id) == ("43", "better", None)


async def test_dismiss_clears_any_answering_faq(log: UnansweredLog) -> None:
    question_id = await _record(log, "q", 0)
    await resolve_question(log, question_id, by="console", at=at(1), faq_id="faq-1")
    record = await dismiss_question(log, question_id, by="console", at=at(2), note="off topic")
    assert record is not None
    assert (record.status, record.faq_id, record.note) == (Status.DISMISSED, None, "off topic")


@pytest.mark.parametrize("question_id", [0, -1, 999, 2**63 - 1, 2**63, -(2**70)])
async def test_unknown_ids_give_none_or_empty(log: UnansweredLog, question_id: int) -> None:
    await _record(log, "q", 0)
    assert await log.get(question_id) is None
    assert await asks_of_question(log, question_id) == []
    assert await resolve_question(log, question_id, by="x", at=at(1)) is None
    assert await dismiss_question(log, question_id, by="x", at=at(1)) is None
    assert await log.count() == 1


async def test_export_returns_every_question_with_its_asks(log: UnansweredLog) -> None:
    a = await _record(log, "a", 0, origin=discord(1))
    await _record(log, "a", 1, origin=discord(2))
    b = await _record(log, "b", 2)
    c = await _record(log, "c", 3)
    await resolve_question(log, b, by="console", at=at(4))
    exported = await log.export()
    assert [(r.id, r.question, [ask.asked_at for ask in asks]) for r, asks in exported] == [
        (a, "a", [at(0), at(1)]),
        (b, "b", [at(2)]),
        (c, "c", [at(3)]),
    ]
    assert exported[0][1][1].origin == discord(2)
    assert [r.id for r, _ in await log.export(Status.OPEN)] == [a, c]
    only_resolved = await log.export(Status.RESOLVED)
    assert [(r.id, r.status, len(asks)) for r, asks in only_resolved] == [(b, Status.RESOLVED, 1)]
    assert await log.export(Status.DISMISSED) == []


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"asked_at": dt.datetime(2025, 6, 2, 9, 0)}, ValueError),  # naive
        ({"outcome": "answer"}, ValueError),
        ({"best_score": 100.5}, ValueError),
        ({"best_score": -0.1}, ValueError),
        ({"best_score": math.nan}, ValueError),
        ({"origin": Origin(kind=OriginKind.DISCORD, user_id=2**64)}, ValueError),
        ({"origin": Origin(kind=OriginKind.DISCORD, guild_id=-(2**63) - 1)}, ValueError),
    ],
)
async def test_invalid_values_are_refused_before_anything_is_written(
    log: UnansweredLog, kwargs: dict[str, object], error: type[Exception]
) -> None:
    arguments: dict[str, object] = {
        "asked_at": at(0),
        "best_id": None,
        "best_score": None,
        "outcome": "unknown",
        "origin": CONSOLE,
    }
    arguments.update(kwargs)
    origin = arguments.pop("origin")
    with pytest.raises(error):
        await record_ask(log, "q", origin, **arguments)  # type: ignore[arg-type]
    assert await log.count(None) == 0


async def test_scores_at_both_ends_and_largest_snowflakes_are_kept(log: UnansweredLog) -> None:
    origin = Origin(OriginKind.DISCORD, 2**63 - 1, 2**63 - 1, 2**63 - 1, 2**63 - 1)
    low = await _record(log, "low", 0, best_score=0.0, origin=origin)
    high = await _record(log, "high", 0, best_score=100.0)
    assert (await _get(log, low)).best_score == 0.0
    assert (await _get(log, high)).best_score == 100.0
    assert (await asks_of_question(log, low))[0].origin == origin


async def test_a_closed_log_refuses_work_with_storage_error(log: UnansweredLog) -> None:
    await log.close()
    await log.close()  # closing twice is harmless
    with pytest.raises(StorageError, match="closed"):
        await log.get(1)
