"""One notice per asker, in the language of that asker's latest question (pure)."""

from __future__ import annotations

import datetime as dt

from bot.core.models import Origin, OriginKind
from bot.review.notices import Notice, plan_notices, plan_notices_in
from bot.storage import Ask

T0 = dt.datetime(2018, 6, 28, 9, tzinfo=dt.UTC)


def ask(user: int, minutes: int, message: int) -> Ask:
    return Ask(T0 + dt.timedelta(minutes=minutes),
               Origin(OriginKind.DISCORD, user_id=user, channel_id=5, guild_id=7,
                      message_id=message))


def test_a_notice_is_in_the_language_of_the_asker_s_latest_question() -> None:
    notices = plan_notices_in([(ask(1, 0, 10), "es"), (ask(2, 1, 20), "ru"),
                               (ask(1, 2, 11), "fr")])
    assert [(n.user_id, n.message_id, n.language) for n in notices] == [
        (1, 11, "fr"), (2, 20, "ru")]


def test_without_languages_the_notices_are_as_they_were() -> None:
    asks = [ask(1, 0, 10), ask(2, 1, 20)]
    assert plan_notices(asks) == [Notice(1, 5, 7, 10), Notice(2, 5, 7, 20)]
    assert all(n.language is None for n in plan_notices(asks))
