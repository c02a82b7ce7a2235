"""Journalled writes carry an id: applying one again changes nothing. And askers are
counted once per person, so one person repeating a question does not top the list."""

from __future__ import annotations

import pytest

from bot.core.models import FeedbackGiven, FeedbackKind, OriginKind, QuestionAsked, QuestionCounted
from bot.storage import Status, UnansweredLog
from bot.storage.records import Journalled, ReplyNoted
from tests.storage.helpers import CONSOLE, asks_of_question, at, discord


def _ask(text: str, user: int | None = None, minute: float = 0) -> QuestionAsked:
    origin = CONSOLE if user is None else discord(user, message=int(minute) + 1)
    return QuestionAsked(text, origin, at(minute), None, None)


async def test_an_ask_applied_again_under_its_id_is_stored_and_counted_once(
    log: UnansweredLog,
) -> None:
    entries = [
        Journalled("a1", QuestionCounted("unknown", None, OriginKind.DISCORD, at(0))),
        Journalled("a2", _ask("is there a gym?", user=5)),
    ]
    first = await log.write_all(entries)
    again = await log.write_all(entries)
    await log.write_all(entries[::-1])

    [record] = await log.list()
    assert (record.count, record.askers) == (1, 1)
    assert len(await asks_of_question(log, record.id)) == 1
    assert (await log.stats()).asked == 1
    assert first == again  # the same question id comes back


async def test_the_same_id_twice_in_one_transaction_is_applied_once(log: UnansweredLog) -> None:
    entry = Journalled("dup", _ask("where is the prayer room?", user=5))
    await log.write_all([entry, entry])
    [record] = await log.list()
    assert record.count == 1


async def test_different_ids_for_the_same_text_are_two_asks(log: UnansweredLog) -> None:
    await log.write_all([Journalled("x1", _ask("q?", user=5)), Journalled("x2", _ask("q?", 5))])
    [record] = await log.list()
    assert (record.count, record.askers) == (2, 1)


async def test_feedback_applied_again_under_its_id_is_stored_once(log: UnansweredLog) -> None:
    feedback = FeedbackGiven(FeedbackKind.NOT_HELPFUL, "wifi?", "wifi", discord(3), at(1),
                             "the answer")
    [first] = await log.write_all([Journalled("f1", feedback)])
    [again] = await log.write_all([Journalled("f1", feedback)])
    assert first == again
    assert len(await log.feedback()) == 1


async def test_a_reply_note_gives_the_ask_its_message_and_can_be_replayed(
    log: UnansweredLog,
) -> None:
    asked = QuestionAsked("is there a gym?", discord(5, message=0), at(0), None, None)
    note = Journalled("n1", ReplyNoted("q1", 777))
    await log.write_all([Journalled("q1", asked), note])
    await log.write_all([Journalled("q1", asked), note])
    [record] = await log.list()
    [ask] = await asks_of_question(log, record.id)
    assert ask.origin.message_id == 777


async def test_a_reply_note_for_an_unknown_ask_changes_nothing(log: UnansweredLog) -> None:
    await log.write_all([Journalled("n1", ReplyNoted("nobody", 777))])
    assert await log.count(None) == 0


@pytest.mark.parametrize("bad_id", ["", None])
async def test_a_journalled_write_without_an_id_is_refused(
    log: UnansweredLog, bad_id: str | None
) -> None:
    with pytest.raises(ValueError, match="id"):
        await log.write_all([Journalled(bad_id, _ask("q"))])  # type: ignore[arg-type]


async def test_one_person_asking_a_hundred_times_ranks_below_three_people_asking_once(
    log: UnansweredLog,
) -> None:
    for n in range(100):
        await log.write_all([_ask("free nitro???", user=66, minute=n)])
    for user in (1, 2, 3):
        await log.write_all([_ask("where do I park?", user=user, minute=200)])

    ranked = await log.list()
    assert [(r.question, r.askers, r.count) for r in ranked] == [
        ("where do I park?", 3, 3),
        ("free nitro???", 1, 100),
    ]
    stats = await log.stats()
    assert [tuple(t) for t in stats.top_unanswered] == [
        ("where do I park?", 3, 3),
        ("free nitro???", 1, 100),
    ]
    assert [r.question for r in await log.list(None)] == ["where do I park?", "free nitro???"]


async def test_console_asks_count_as_one_asker(log: UnansweredLog) -> None:
    for minute in range(3):
        await log.write_all([_ask("q?", minute=minute)])
    [record] = await log.list()
    assert (record.count, record.askers) == (3, 1)


async def test_forgetting_a_person_recounts_the_askers(log: UnansweredLog) -> None:
    for user in (1, 2, 2):
        await log.write_all([_ask("q?", user=user)])
    await log.forget_user(2)
    [record] = await log.list(Status.OPEN)
    assert (record.count, record.askers) == (1, 1)
