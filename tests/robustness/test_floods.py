"""A flood of one question: the same answer every time, one stored question with its count."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.models import Origin, OriginKind
from bot.served import FaqHolder, ServedFaq
from bot.service import AskService
from bot.storage import QuestionStore, Status
from bot.storage.buffered import MAX_BATCH, BufferedQuestionLog, journal_path_for
from bot.wiring import load_faq, open_question_log
from tests.robustness.helpers import BUNDLED_FAQ

pytestmark = pytest.mark.heavy

# More than one batch of the log's writer: a flood that crosses a batch boundary.
FLOOD = MAX_BATCH + 100
SPAMMER = Origin(kind=OriginKind.DISCORD, user_id=666, channel_id=1, guild_id=2)
NOW = dt.datetime(2018, 6, 28, 15, 0, tzinfo=dt.UTC)


@pytest.fixture
async def stores(tmp_path: Path) -> AsyncIterator[tuple[QuestionStore, BufferedQuestionLog]]:
    db = tmp_path / "q.sqlite3"
    inner = await open_question_log(db)
    log = await BufferedQuestionLog.open(inner, journal_path_for(db))
    try:
        yield inner, log
    finally:
        await log.close()


def service(log: BufferedQuestionLog) -> AskService:
    return AskService(ServedFaq(FaqHolder(load_faq(BUNDLED_FAQ)), lambda: NOW), log)


async def test_a_flood_of_the_same_question_is_one_question_with_its_count(
    stores: tuple[QuestionStore, BufferedQuestionLog],
) -> None:
    inner, log = stores
    svc = service(log)
    replies = set()
    for _ in range(FLOOD):
        answer, recorded = svc.ask("zzqx is the moon open on sundays", SPAMMER)
        replies.add((answer.outcome, answer.item_id, answer.text))
        assert recorded.logged
    assert len(replies) == 1  # answered consistently
    await log.flush()  # the log writes behind the replies
    open_questions = await inner.list(Status.OPEN)
    assert [(q.question, q.count) for q in open_questions] == [
        ("zzqx is the moon open on sundays", FLOOD)
    ]
    stats = await inner.stats()
    assert stats.asked == FLOOD


async def test_a_flood_of_an_answerable_question_is_answered_the_same_and_not_logged(
    stores: tuple[QuestionStore, BufferedQuestionLog],
) -> None:
    inner, log = stores
    svc = service(log)
    answers = {svc.answer("where do i pick up my badge").item_id for _ in range(FLOOD)}
    assert answers == {"badge-pickup"}
    for _ in range(50):
        svc.record(svc.answer("where do i pick up my badge"), SPAMMER)
    await log.flush()
    assert await inner.count(Status.OPEN) == 0
