"""The storage ports are a real seam: the SQLite log and the in-memory store both keep
them, to the letter (every method, its parameters and defaults) and in behaviour (the
contract below runs on both). A new backend (PostgreSQL) adds itself to ``store``."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.models import FeedbackGiven, FeedbackKind, OriginKind, QuestionAsked
from bot.storage import (
    Closing,
    QuestionStore,
    QuestionWriter,
    Retention,
    ReviewLog,
    Status,
    UnansweredLog,
)
from bot.storage.records import Journalled
from tests.storage.helpers import CONSOLE, at, discord, record_ask, record_event, record_feedback
from tests.storage.memory import MemoryStore

PORTS = (QuestionWriter, ReviewLog, Retention)


def _port_methods() -> list[tuple[type, str]]:
    return [(port, name) for port in PORTS for name, member in vars(port).items()
            if inspect.isfunction(member) and not name.startswith("_")]


@pytest.mark.parametrize("backend", [UnansweredLog, MemoryStore], ids=["sqlite", "memory"])
@pytest.mark.parametrize(("port", "name"), _port_methods(),
                         ids=[f"{p.__name__}.{n}" for p, n in _port_methods()])
def test_each_backend_has_every_port_method_with_the_same_signature(
    backend: type, port: type, name: str
) -> None:
    wanted = inspect.signature(getattr(port, name))
    method = getattr(backend, name, None)
    assert method is not None, f"{backend.__name__} lacks {port.__name__}.{name}"
    assert inspect.iscoroutinefunction(method)
    got = inspect.signature(method)
    assert [(p.name, p.kind, p.default) for p in got.parameters.values()] == [
        (p.name, p.kind, p.default) for p in wanted.parameters.values()]


@pytest.fixture(params=["sqlite", "memory"])
async def store(request: pytest.FixtureRequest, db_path: Path) -> AsyncIterator[QuestionStore]:
    opened: QuestionStore
    if request.param == "sqlite":
        opened = await UnansweredLog.open(db_path)
    else:
        opened = MemoryStore()
    try:
        yield opened
    finally:
        await opened.close()


async def test_the_same_text_asked_again_is_one_question_with_each_ask_and_asker(
    store: QuestionStore,
) -> None:
    first = await record_ask(store, "wifi?", discord(1), asked_at=at(0), best_id=None,
                             best_score=None)
    again = await record_ask(store, "wifi?", discord(1), asked_at=at(1), best_id="wifi",
                             best_score=60.0, outcome="suggest")
    other = await record_ask(store, "wifi?", CONSOLE, asked_at=at(2), best_id=None,
                             best_score=None)

    assert first == again == other
    record = await store.get(first)
    assert record is not None
    assert (record.count, record.askers, record.first_asked, record.last_asked) == (
        3, 2, at(0), at(2))
    assert (await store.askers_of([first]))[first] == frozenset({"1", "console"})
    assert [a.asked_at for a in (await store.asks_of([first]))[first]] == [at(0), at(1), at(2)]


async def test_listing_ranks_most_askers_first_and_closing_moves_a_question(
    store: QuestionStore,
) -> None:
    lonely = await record_ask(store, "parking?", discord(1), asked_at=at(5), best_id=None,
                              best_score=None)
    popular = await record_ask(store, "lunch?", discord(1), asked_at=at(0), best_id=None,
                               best_score=None)
    await record_ask(store, "lunch?", discord(2), asked_at=at(1), best_id=None,
                     best_score=None)

    assert [r.id for r in await store.list()] == [popular, lonely]
    closed = await store.close_all([lonely, 999], Closing(
        Status.DISMISSED, by="mod", at=at(9), faq_id="ignored", reply="Off topic."))

    assert [(r.id, r.status, r.faq_id, r.reply) for r in closed] == [
        (lonely, Status.DISMISSED, None, "Off topic.")]
    assert (await store.count(), await store.count(Status.DISMISSED), await store.count(None)) \
        == (1, 1, 2)
    assert [r.id for r, _ in await store.export(Status.OPEN)] == [popular]


async def test_askers_to_tell_later_stay_listed_until_notified(store: QuestionStore) -> None:
    question = await record_ask(store, "visa letter?", discord(3), asked_at=at(0),
                                best_id=None, best_score=None)
    await store.close_all([question], Closing(Status.RESOLVED, by="mod", at=at(1),
                                              faq_id="visa", notify_later=True))

    assert [r.id for r in await store.to_notify()] == [question]
    await store.notified([question])
    assert await store.to_notify() == []


async def test_a_replayed_journalled_write_is_stored_once(store: QuestionStore) -> None:
    write = Journalled("ask-1", QuestionAsked("badge?", CONSOLE, at(0), None, None))
    feedback = Journalled("fb-1", FeedbackGiven(FeedbackKind.HELPFUL, "badge?", "badge",
                                                CONSOLE, at(1)))

    first = await store.write_all([write, feedback])
    second = await store.write_all([write, feedback])

    assert first == second
    assert [r.count for r in await store.list()] == [1]
    assert len(await store.feedback()) == 1


async def test_a_refused_write_leaves_nothing_written(store: QuestionStore) -> None:
    good = QuestionAsked("badge?", CONSOLE, at(0), None, None)
    bad = FeedbackGiven("meh", "badge?", None, CONSOLE, at(0))  # type: ignore[arg-type]

    with pytest.raises(ValueError, match="is not a valid FeedbackKind"):
        await store.write_all([good, bad])
    assert await store.count(None) == 0


async def test_feedback_of_one_kind_comes_most_recent_first_and_events_are_counted(
    store: QuestionStore,
) -> None:
    await record_feedback(store, FeedbackKind.NOT_HELPFUL, "a", item_id="wifi",
                          origin=CONSOLE, at=at(0))
    await record_feedback(store, FeedbackKind.HELPFUL, "b", item_id="wifi", origin=CONSOLE,
                          at=at(1))
    await record_feedback(store, FeedbackKind.NOT_HELPFUL, "c", item_id="wifi",
                          origin=CONSOLE, at=at(2))
    for minute, outcome in enumerate(["answer", "answer", "unknown", "suggest"]):
        await record_event(store, outcome=outcome, item_id="wifi", origin_kind=OriginKind.CONSOLE,
                           at=at(minute))

    assert [f.question for f in await store.feedback(FeedbackKind.NOT_HELPFUL)] == ["c", "a"]
    stats = await store.stats()
    assert (stats.asked, stats.answered, stats.unknown, stats.suggested) == (4, 2, 1, 1)
    assert stats.top_items == [("wifi", 2)]
    assert (await store.stats(since=at(2))).asked == 2


async def test_forgetting_a_person_erases_their_asks_and_what_only_they_asked(
    store: QuestionStore,
) -> None:
    theirs = await record_ask(store, "mine?", discord(7), asked_at=at(0), best_id=None,
                              best_score=None)
    shared = await record_ask(store, "ours?", discord(7), asked_at=at(0), best_id=None,
                              best_score=None)
    await record_ask(store, "ours?", discord(8), asked_at=at(1), best_id=None, best_score=None)
    await record_feedback(store, FeedbackKind.HELPFUL, "x", item_id=None, origin=discord(7),
                          at=at(2))

    erased = await store.forget_user(7)

    assert erased == 3  # two asks and one feedback
    assert await store.get(theirs) is None
    record = await store.get(shared)
    assert record is not None and (record.count, record.askers) == (1, 1)
    assert await store.feedback() == []


async def test_purging_keeps_what_is_open_or_recent(store: QuestionStore) -> None:
    old = await record_ask(store, "old?", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    recent = await record_ask(store, "recent?", CONSOLE, asked_at=at(0), best_id=None,
                              best_score=None)
    still_open = await record_ask(store, "open?", CONSOLE, asked_at=at(0), best_id=None,
                                  best_score=None)
    await store.close_all([old], Closing(Status.RESOLVED, by="mod", at=at(1)))
    await store.close_all([recent], Closing(Status.RESOLVED, by="mod", at=at(10)))
    await record_event(store, outcome="answer", item_id=None, origin_kind=OriginKind.CONSOLE,
                       at=at(1))

    assert await store.purge_closed(older_than=at(5)) == 1
    assert await store.purge_activity(older_than=at(5)) == (0, 1)
    assert [await store.get(i) is not None for i in (old, recent, still_open)] == [
        False, True, True]


@pytest.mark.parametrize("question_id", [0, -1, 999, 2**63, -(2**70)])
async def test_unknown_ids_are_none_or_left_out(store: QuestionStore, question_id: int) -> None:
    await record_ask(store, "q", CONSOLE, asked_at=at(0), best_id=None, best_score=None)

    assert await store.get(question_id) is None
    assert await store.set_split(question_id, True) is None
    assert await store.close_all([question_id], Closing(Status.RESOLVED, by="x", at=at(1))) == []
    assert await store.askers_of([question_id]) == {}
    assert await store.asks_of([question_id]) == {}
