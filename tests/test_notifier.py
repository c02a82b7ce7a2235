"""The programme notifier with a recording delivery, a clock the test moves and a real
SQLite store: announcements once per quiet period, DMs to followers, reminders on
time, nothing twice across restarts, refused DMs not retried."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.core.changes import Aspect, Change, Kind
from bot.core.models import KnowledgeBase, SessionStatus
from bot.core.reminders import Reminder
from bot.errors import StorageError
from bot.notifier import Outcome, ProgrammeNotifier, Sent
from bot.storage.programme import ProgrammeStore
from tests.core.conftest import KB, THU, at

QUIET = dt.timedelta(seconds=60)
ANN, BOB = 11, 22
SESSION_2 = at(THU, 15)


@dataclass
class Recorded:
    """What a fake Discord was asked to send; ``outcomes`` scripts its answers."""

    announced: list[Change] = field(default_factory=list)
    notified: list[tuple[int, Change]] = field(default_factory=list)
    reminded: list[Reminder] = field(default_factory=list)
    languages: list[tuple[int, str | None]] = field(default_factory=list)  # notify's
    outcomes: dict[int | str, list[Outcome]] = field(default_factory=dict)  # who -> next answers
    any_reminder: asyncio.Event = field(default_factory=asyncio.Event)

    def _answer(self, who: int | str) -> Sent:
        scripted = self.outcomes.get(who)
        outcome = scripted.pop(0) if scripted else Outcome.SENT
        return Sent(outcome, 1000 + len(self.announced) if outcome is Outcome.SENT else None)

    async def announce(self, change: Change, kb: KnowledgeBase) -> Sent:
        sent = self._answer("channel")
        if sent.outcome is Outcome.SENT:
            self.announced.append(change)
        return sent

    async def notify(self, user_id: int, change: Change, kb: KnowledgeBase,
                     language: str | None = None) -> Sent:
        sent = self._answer(user_id)
        self.languages.append((user_id, language))
        if sent.outcome is Outcome.SENT:
            self.notified.append((user_id, change))
        return sent

    async def remind(self, reminder: Reminder, kb: KnowledgeBase) -> Sent:
        sent = self._answer(reminder.user_id)
        if sent.outcome is Outcome.SENT:
            self.reminded.append(reminder)
            self.any_reminder.set()
        return sent


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


def moved(kb: KnowledgeBase, session_id: str = "session-2", **fields: object) -> KnowledgeBase:
    sessions = tuple(dataclasses.replace(s, **fields) if s.id == session_id else s  # type: ignore[arg-type]
                     for s in kb.sessions)
    return dataclasses.replace(kb, sessions=sessions)


@dataclass
class World:
    db: Path
    clock: Clock
    delivery: Recorded
    kb: KnowledgeBase
    stores: list[ProgrammeStore] = field(default_factory=list)
    notifiers: list[ProgrammeNotifier] = field(default_factory=list)

    async def notifier(self, *, announce: bool = True, start: bool = True,
                       tick_seconds: float = 3600.0) -> ProgrammeNotifier:
        """A notifier as the bot makes one on start (a second call: a restart)."""
        store = await ProgrammeStore.open(self.db)
        self.stores.append(store)
        made = ProgrammeNotifier(store, self.delivery, lambda: self.kb, clock=self.clock,
                                 quiet=QUIET, announce=announce, tick_seconds=tick_seconds)
        self.notifiers.append(made)
        if start:
            await made.start()
        return made

    @property
    def store(self) -> ProgrammeStore:
        return self.stores[-1]

    async def stop(self) -> None:
        for notifier in self.notifiers:
            await notifier.stop()
        for store in self.stores:
            await store.close()


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    made = World(tmp_path / "bot.sqlite3", Clock(at(THU, 9)), Recorded(), KB)
    yield made
    await made.stop()


async def test_the_first_start_announces_nothing(world: World) -> None:
    notifier = await world.notifier()
    world.clock.advance(hours=1)
    await notifier.tick()
    assert world.delivery.announced == []
    assert await world.store.announced() is not None


async def test_an_edit_is_announced_once_after_the_quiet_period_and_followers_get_a_dm(
    world: World,
) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    await world.store.follow(BOB, "closing", at=world.clock())
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)

    world.clock.advance(seconds=59)
    await notifier.tick()
    assert world.delivery.announced == []  # still quiet

    world.clock.advance(seconds=1)
    await notifier.tick()
    await notifier.tick()
    [change] = world.delivery.announced
    assert (change.session_id, change.aspects) == ("session-2", (Aspect.ROOM,))
    assert [(user, c.session_id) for user, c in world.delivery.notified] == [(ANN, "session-2")]


async def test_an_edit_reverted_within_the_quiet_period_is_never_announced(
    world: World,
) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=30)
    world.kb = KB
    notifier.reloaded(world.kb)
    world.clock.advance(minutes=5)
    await notifier.tick()
    assert world.delivery.announced == [] and world.delivery.notified == []
    assert await world.store.changes() == []


async def test_a_restart_never_announces_again(world: World) -> None:
    notifier = await world.notifier()
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(minutes=2)
    await notifier.tick()
    assert len(world.delivery.announced) == 1
    await notifier.stop()

    restarted = await world.notifier()
    world.clock.advance(minutes=5)
    await restarted.tick()
    assert len(world.delivery.announced) == 1


async def test_an_edit_made_while_the_bot_was_down_is_announced_after_the_start(
    world: World,
) -> None:
    first = await world.notifier()
    await first.stop()
    world.kb = moved(KB, status=SessionStatus.CANCELLED)  # edited while down

    restarted = await world.notifier()
    await restarted.tick()
    assert world.delivery.announced == []  # a quiet period, as for any edit
    world.clock.advance(seconds=60)
    await restarted.tick()
    [change] = world.delivery.announced
    assert change.cancelled


async def test_a_stop_during_the_quiet_period_loses_nothing(world: World) -> None:
    first = await world.notifier()
    world.kb = moved(KB, room="conf-room-4")
    first.reloaded(world.kb)
    await first.stop()  # before the quiet period ended

    restarted = await world.notifier()
    world.clock.advance(seconds=61)
    await restarted.tick()
    assert [c.session_id for c in world.delivery.announced] == ["session-2"]


async def test_a_post_that_fails_is_tried_again_in_order_at_the_next_tick(world: World) -> None:
    notifier = await world.notifier()
    world.delivery.outcomes["channel"] = [Outcome.FAILED]
    world.kb = moved(moved(KB, room="conf-room-4"), "closing", room="ecosoc")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=60)
    await notifier.tick()
    assert world.delivery.announced == []
    await notifier.tick()
    assert [c.session_id for c in world.delivery.announced] == ["session-2", "closing"]


async def test_no_announcement_channel_still_keeps_the_change_and_tells_followers(
    world: World,
) -> None:
    notifier = await world.notifier(announce=False)
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=60)
    await notifier.tick()
    assert world.delivery.announced == []
    assert [u for u, _ in world.delivery.notified] == [ANN]
    assert await world.store.changes_to_post() == []


async def test_a_removed_session_is_announced_and_its_followers_told(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "closing", at=world.clock())
    world.kb = dataclasses.replace(KB, sessions=tuple(s for s in KB.sessions
                                                      if s.id != "closing"))
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=60)
    await notifier.tick()
    assert [c.kind for c in world.delivery.announced] == [Kind.REMOVED]
    assert [(u, c.kind) for u, c in world.delivery.notified] == [(ANN, Kind.REMOVED)]


# --- reminders ------------------------------------------------------------------------


async def test_the_reminder_comes_at_the_right_moment_and_only_once(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=10, seconds=1)
    await notifier.tick()
    assert world.delivery.reminded == []
    world.clock.advance(seconds=1)
    await notifier.tick()
    await notifier.tick()
    assert [(r.user_id, r.session.id, r.minutes) for r in world.delivery.reminded] == [
        (ANN, "session-2", 10)]


async def test_a_reminder_missed_while_down_is_sent_on_start_only_before_the_session(
    world: World,
) -> None:
    await world.notifier(start=False)
    await world.store.follow(ANN, "session-2", at=world.clock())
    await world.store.follow(BOB, "side-youth", at=world.clock())  # 13:15, already begun
    world.clock.moment = at(THU, 14, 58)  # the bot was down from 9:00 until now
    restarted = await world.notifier()
    await restarted.tick()
    assert [(r.user_id, r.session.id) for r in world.delivery.reminded] == [(ANN, "session-2")]


async def test_a_reminder_is_never_sent_twice_across_a_restart(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    await notifier.tick()
    await notifier.stop()
    restarted = await world.notifier()
    await restarted.tick()
    assert len(world.delivery.reminded) == 1


async def test_a_cancelled_session_gets_a_change_dm_and_no_reminder(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.kb = moved(KB, status=SessionStatus.CANCELLED)
    notifier.reloaded(world.kb)
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    await notifier.tick()
    assert world.delivery.reminded == []
    assert [c.cancelled for _, c in world.delivery.notified] == [True]


async def test_a_changed_time_moves_the_reminder(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.kb = moved(KB, start=dt.time(16, 0))
    notifier.reloaded(world.kb)
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)  # the old time
    await notifier.tick()
    assert world.delivery.reminded == []
    world.clock.moment = at(THU, 15, 50)
    await notifier.tick()
    assert [r.starts for r in world.delivery.reminded] == [at(THU, 16)]


async def test_a_person_who_chose_no_reminders_gets_none(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    await world.store.set_minutes(ANN, 0)
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=1)
    await notifier.tick()
    assert world.delivery.reminded == []


async def test_a_refused_dm_is_recorded_and_not_retried(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.delivery.outcomes[ANN] = [Outcome.REFUSED]
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    for _ in range(3):
        await notifier.tick()
    assert world.delivery.reminded == []
    assert world.delivery.outcomes[ANN] == []  # asked once, not again
    assert await world.store.refused_at(ANN) == world.clock()


async def test_a_dm_that_fails_for_now_is_tried_again_while_the_session_has_not_begun(
    world: World,
) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.delivery.outcomes[ANN] = [Outcome.FAILED]
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    await notifier.tick()
    assert world.delivery.reminded == []
    await notifier.tick()
    assert len(world.delivery.reminded) == 1


async def test_the_running_notifier_wakes_when_poked_and_sends_what_is_due(
    world: World,
) -> None:
    notifier = await world.notifier(tick_seconds=3600.0)
    await asyncio.sleep(0)  # its first tick: nothing due
    await world.store.follow(ANN, "session-2", at=world.clock())
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=2)
    notifier.poke()
    async with asyncio.timeout(5):
        await world.delivery.any_reminder.wait()
    assert world.delivery.reminded[0].session.id == "session-2"


async def test_a_storage_failure_as_the_quiet_period_closes_loses_no_change(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    notifier = await world.notifier()
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=60)
    real_save = world.store.save_changes

    async def locked(*args: object, **kwargs: object) -> list[int]:
        raise StorageError("database is locked")

    monkeypatch.setattr(world.store, "save_changes", locked)
    with pytest.raises(StorageError):
        await notifier.tick()
    monkeypatch.setattr(world.store, "save_changes", real_save)
    await notifier.tick()  # the database is back
    assert [(c.session_id, c.aspects) for c in world.delivery.announced] == [
        ("session-2", (Aspect.ROOM,))]


async def test_a_stop_while_a_post_is_on_its_way_lets_it_be_recorded_so_no_restart_reposts(
    world: World,
) -> None:
    posting, release = asyncio.Event(), asyncio.Event()
    plain_announce = world.delivery.announce

    async def slow_announce(change: Change, kb: KnowledgeBase) -> Sent:
        posting.set()
        await release.wait()  # Discord has the message; its answer is on the way
        return await plain_announce(change, kb)

    world.delivery.announce = slow_announce  # type: ignore[method-assign]
    notifier = await world.notifier(tick_seconds=3600.0)
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=60)
    notifier.poke()
    async with asyncio.timeout(5):
        await posting.wait()
    stopping = asyncio.create_task(notifier.stop())  # the bot is told to stop
    await asyncio.sleep(0.05)
    release.set()
    async with asyncio.timeout(5):
        await stopping
    assert await world.store.changes_to_post() == []  # the post was recorded

    restarted = await world.notifier()
    await restarted.tick()
    assert len(world.delivery.announced) == 1


async def test_a_stop_ends_the_sending_after_the_message_under_way_and_a_restart_sends_the_rest(
    world: World,
) -> None:
    posting, release = asyncio.Event(), asyncio.Event()
    plain_remind = world.delivery.remind

    async def slow_remind(reminder: Reminder, kb: KnowledgeBase) -> Sent:
        posting.set()
        await release.wait()
        return await plain_remind(reminder, kb)

    world.delivery.remind = slow_remind  # type: ignore[method-assign]
    notifier = await world.notifier(tick_seconds=3600.0)
    await world.store.follow(ANN, "session-2", at=world.clock())
    await world.store.follow(BOB, "session-2", at=world.clock())
    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    notifier.poke()
    async with asyncio.timeout(5):
        await posting.wait()
    stopping = asyncio.create_task(notifier.stop())
    await asyncio.sleep(0.05)
    release.set()
    async with asyncio.timeout(5):
        await stopping
    assert [r.user_id for r in world.delivery.reminded] == [ANN]  # Bob's waits

    world.delivery.remind = plain_remind  # type: ignore[method-assign]
    restarted = await world.notifier()
    await restarted.tick()
    assert sorted(r.user_id for r in world.delivery.reminded) == [ANN, BOB]  # none twice


async def test_dms_go_out_in_each_followers_language(world: World) -> None:
    notifier = await world.notifier()
    await world.store.follow(ANN, "session-2", at=world.clock(), language="es")
    await world.store.follow(BOB, "session-2", at=world.clock())  # English
    world.kb = moved(KB, room="conf-room-4")
    notifier.reloaded(world.kb)
    world.clock.advance(seconds=61)
    await notifier.tick()
    assert sorted(world.delivery.languages, key=str) == [(ANN, "es"), (BOB, None)]

    world.clock.moment = SESSION_2 - dt.timedelta(minutes=5)
    await notifier.tick()
    assert sorted((r.user_id, r.language) for r in world.delivery.reminded
                  ) == [(ANN, "es"), (BOB, None)]
