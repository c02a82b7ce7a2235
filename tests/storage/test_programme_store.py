"""The live programme's state in a real SQLite file: follows, reminder settings and
sends, the announced programme and the outbox of changes and DMs."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.changes import Aspect, Kind, diff, programme_of
from bot.core.models import Access, SessionStatus
from bot.core.reminders import Follow, reminder_key
from bot.errors import StorageError
from bot.storage import LATEST_VERSION, UnansweredLog, codec, schema
from bot.storage.programme import REFUSED, SENT, ProgrammeStore, change_json
from bot.storage.recovery import recover
from tests.core.conftest import KB, THU, at
from tests.storage.helpers import intact

ZONE = "America/New_York"
ANN, BOB = 11, 22
NOW = at(THU, 9)


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[ProgrammeStore]:
    opened = await ProgrammeStore.open(db_path)
    yield opened
    await opened.close()


async def test_follows_are_kept_once_each_and_survive_reopening(
    store: ProgrammeStore, db_path: Path
) -> None:
    assert await store.follow(ANN, "session-2", at=NOW)
    assert not await store.follow(ANN, "session-2", at=NOW)  # already
    assert await store.follow(ANN, "closing", at=NOW)
    assert await store.follow(BOB, "session-2", at=NOW)
    await store.close()
    again = await ProgrammeStore.open(db_path)
    try:
        assert await again.followed(ANN) == ["session-2", "closing"]
        assert await again.follows() == [Follow(ANN, "session-2"), Follow(ANN, "closing"),
                                         Follow(BOB, "session-2")]
        assert await again.unfollow(ANN, "session-2")
        assert not await again.unfollow(ANN, "session-2")
        assert await again.followed(ANN) == ["closing"]
    finally:
        await again.close()


async def test_reminder_minutes_are_per_person_and_bounded(store: ProgrammeStore) -> None:
    assert await store.minutes_of(ANN) is None
    await store.set_minutes(ANN, 30)
    await store.set_minutes(ANN, 5)
    await store.set_minutes(BOB, 0)
    assert await store.minutes() == {ANN: 5, BOB: 0}
    for bad in (-1, 1441):
        with pytest.raises(ValueError):
            await store.set_minutes(ANN, bad)


async def test_a_reminder_is_recorded_once_and_a_refusal_marks_the_dms_closed(
    store: ProgrammeStore,
) -> None:
    key = reminder_key(ANN, "session-2", at(THU, 15))
    assert await store.mark_reminder(key, at=NOW, outcome=REFUSED)
    assert not await store.mark_reminder(key, at=NOW, outcome=SENT)  # never twice
    assert await store.sent_reminders() == {key}
    assert await store.refused_at(ANN) == NOW
    other = reminder_key(ANN, "closing", at(THU, 16))
    await store.mark_reminder(other, at=NOW, outcome=SENT)  # delivered: DMs open again
    assert await store.refused_at(ANN) is None
    with pytest.raises(ValueError):
        await store.mark_reminder(other, at=NOW, outcome="lost")


async def test_nothing_is_announced_before_a_programme_was_kept(store: ProgrammeStore) -> None:
    assert await store.announced() is None
    assert await store.changes_to_post() == []


async def test_the_announced_programme_round_trips_exactly(store: ProgrammeStore) -> None:
    programme = programme_of(KB)
    programme["session-2"] = dataclasses.replace(
        programme["session-2"], status=SessionStatus.MOVED, status_note="now in CR4 \u2014 é",
        access=Access.REGISTRATION, speakers=("A, chair", "B"))
    await store.save_changes(programme, [], zone=ZONE, at=NOW)
    loaded = await store.announced()
    assert loaded == programme
    assert loaded is not None
    assert loaded["session-2"].start.tzname() == "EDT"  # shown in the conference's zone


async def test_saving_changes_queues_a_post_and_a_dm_per_follower_in_one_go(
    store: ProgrammeStore,
) -> None:
    await store.follow(ANN, "session-2", at=NOW)
    await store.follow(BOB, "session-2", at=NOW)
    await store.follow(BOB, "closing", at=NOW)
    before = programme_of(KB)
    after = dict(before)
    after["session-2"] = dataclasses.replace(before["session-2"], room="conf-room-4",
                                             room_name="Conference Room 4")
    changes = diff(before, after)
    ids = await store.save_changes(after, changes, zone=ZONE, at=NOW)
    assert await store.announced() == after
    posts = await store.changes_to_post()
    assert [p.id for p in posts] == ids
    assert posts[0].change == changes[0] and posts[0].detected_at == NOW
    assert posts[0].change.aspects == (Aspect.ROOM,) and posts[0].change.kind is Kind.CHANGED
    notices = await store.notices_to_send()
    assert sorted(n.user_id for n in notices) == [ANN, BOB]

    await store.mark_posted(ids[0], at=NOW, message_id=987)
    assert await store.changes_to_post() == []
    await store.mark_notice(notices[0], at=NOW, outcome=SENT)
    await store.mark_notice(notices[1], at=NOW, outcome=REFUSED)
    assert await store.notices_to_send() == []
    assert await store.refused_at(notices[1].user_id) == NOW


async def test_unfollowing_drops_the_dms_still_owed_about_that_session(
    store: ProgrammeStore,
) -> None:
    await store.follow(ANN, "session-2", at=NOW)
    before = programme_of(KB)
    after = {**before, "session-2": dataclasses.replace(before["session-2"],
                                                        status=SessionStatus.CANCELLED)}
    await store.save_changes(after, diff(before, after), zone=ZONE, at=NOW)
    assert len(await store.notices_to_send()) == 1
    await store.unfollow(ANN, "session-2")
    assert await store.notices_to_send() == []


async def test_forgetting_a_person_erases_everything_kept_about_them_here(
    store: ProgrammeStore,
) -> None:
    await store.follow(ANN, "session-2", at=NOW)
    await store.follow(BOB, "session-2", at=NOW)
    await store.set_minutes(ANN, 20)
    await store.mark_reminder(reminder_key(ANN, "closing", at(THU, 16)), at=NOW, outcome=REFUSED)
    before = programme_of(KB)
    after = {**before, "session-2": dataclasses.replace(before["session-2"],
                                                        status=SessionStatus.FULL)}
    await store.save_changes(after, diff(before, after), zone=ZONE, at=NOW)

    assert await store.forget_user(ANN) == 5  # follow, setting, reminder, notice, refusal
    assert await store.followed(ANN) == [] and await store.minutes_of(ANN) is None
    assert await store.refused_at(ANN) is None
    assert [n.user_id for n in await store.notices_to_send()] == [BOB]
    assert await store.followed(BOB) == ["session-2"]
    assert await store.forget_user(ANN) == 0


async def test_a_closed_store_says_so(store: ProgrammeStore) -> None:
    await store.close()
    with pytest.raises(StorageError, match="closed"):
        await store.followed(ANN)


async def test_the_question_log_and_the_programme_share_one_database(
    store: ProgrammeStore, db_path: Path
) -> None:
    async with await UnansweredLog.open(db_path) as log:
        await store.follow(ANN, "session-2", at=NOW)
        assert await log.count() == 0
        assert intact(db_path)


async def test_recover_copies_follows_and_what_was_announced(
    store: ProgrammeStore, db_path: Path, tmp_path: Path
) -> None:
    await store.follow(ANN, "session-2", at=NOW)
    await store.set_minutes(ANN, 15)
    await store.save_changes(programme_of(KB), [], zone=ZONE, at=NOW)
    result = await recover(db_path, tmp_path / "saved.sqlite3")
    saved = {t.table: t.saved for t in result.tables}
    assert (saved["follows"], saved["reminder_settings"], saved["programme_announced"]) == (
        1, 1, 1)
    copy = await ProgrammeStore.open(tmp_path / "saved.sqlite3")
    try:
        assert await copy.followed(ANN) == ["session-2"]
        assert await copy.announced() == programme_of(KB)
    finally:
        await copy.close()



# --- the follower's language (migration 7) ----------------------------------------------


async def test_a_follow_keeps_the_persons_app_language_for_all_their_dms(
    store: ProgrammeStore,
) -> None:
    assert await store.follow(ANN, "session-2", at=NOW, language="es")
    assert await store.follow(BOB, "session-2", at=NOW)  # an app the bot has no language for
    assert await store.follows() == [Follow(ANN, "session-2", "es"), Follow(BOB, "session-2")]
    assert (await store.language_of(ANN), await store.language_of(BOB)) == ("es", None)
    # A later /follow from an app in French: every one of the person's DMs in French.
    assert await store.follow(ANN, "closing", at=NOW, language="fr")
    assert {f.language for f in await store.follows() if f.user_id == ANN} == {"fr"}
    # Refollowing updates it too, and is still "already followed".
    assert not await store.follow(ANN, "session-2", at=NOW, language="ru")
    assert {f.language for f in await store.follows() if f.user_id == ANN} == {"ru"}
    await store.set_language(ANN, "zh")  # /remind
    assert await store.language_of(ANN) == "zh"
    await store.set_language(ANN, None)  # /remind from an app in another language
    assert await store.language_of(ANN) is None
    assert await store.language_of(999) is None  # follows nothing


async def test_an_unknown_language_is_kept_as_english(store: ProgrammeStore) -> None:
    assert await store.follow(ANN, "session-2", at=NOW, language="ja")
    await store.set_language(BOB, "xx")  # follows nothing: nothing to change
    assert await store.follows() == [Follow(ANN, "session-2", None)]


async def test_a_change_notice_carries_the_followers_language(store: ProgrammeStore) -> None:
    await store.follow(ANN, "session-2", at=NOW, language="ar")
    await store.follow(BOB, "session-2", at=NOW)
    before = programme_of(KB)
    after = dict(before)
    after["session-2"] = dataclasses.replace(before["session-2"],
                                             status=SessionStatus.CANCELLED)
    await store.save_changes(before, [], zone=ZONE, at=NOW)
    await store.save_changes(after, diff(before, after), zone=ZONE, at=NOW)
    pending = await store.notices_to_send()
    assert [(n.user_id, n.language) for n in pending] == [(ANN, "ar"), (BOB, None)]


def _make_v6_database(path: Path) -> None:
    """A database as the release before follower languages wrote it, with a follow and a
    DM owed about a cancellation."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("BEGIN")
    for step in schema.MIGRATIONS[:6]:
        for statement in step.statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 6")
    raw.execute("INSERT INTO follows (user_id, session_id, followed_at) VALUES (?, ?, ?)",
                (ANN, "session-2", codec.encode_time(NOW)))
    before = programme_of(KB)
    after = dict(before)
    after["session-2"] = dataclasses.replace(before["session-2"],
                                             status=SessionStatus.CANCELLED)
    [change] = diff(before, after)
    raw.execute("INSERT INTO programme_changes (id, session_id, change, detected_at) "
                "VALUES (1, 'session-2', ?, ?)", (change_json(change, ZONE),
                                                  codec.encode_time(NOW)))
    raw.execute("INSERT INTO change_notices (change_id, user_id) VALUES (1, ?)", (ANN,))
    raw.execute("COMMIT")
    raw.close()


async def test_a_database_from_before_follower_languages_opens_and_its_follows_work_in_english(
    db_path: Path,
) -> None:
    _make_v6_database(db_path)
    store = await ProgrammeStore.open(db_path)
    try:
        raw = sqlite3.connect(db_path)
        try:
            assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION == 7
        finally:
            raw.close()
        assert await store.follows() == [Follow(ANN, "session-2", None)]
        [notice] = await store.notices_to_send()
        assert (notice.user_id, notice.language) == (ANN, None)
        assert notice.change.change.cancelled
        # Following again from a Spanish app sets the language of the old follow.
        assert not await store.follow(ANN, "session-2", at=NOW, language="es")
        assert await store.follows() == [Follow(ANN, "session-2", "es")]
    finally:
        await store.close()
    assert intact(db_path)
