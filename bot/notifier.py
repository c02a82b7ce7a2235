"""The live programme at work: announce changes, tell followers, send reminders.

Discord-agnostic: messages leave through a small ``Delivery`` protocol (the Discord
adapter implements it; tests pass a recording fake), state lives in ``ProgrammeStore``,
and the decisions are the pure core's (``bot.core.changes``, ``bot.core.reminders``).
Time comes from an injected clock, so a test moves the clock instead of waiting.

Each :meth:`ProgrammeNotifier.tick`:

1. closes the quiet period when it is over: the changes since the last announcement
   are written to the outbox together with the new announced programme;
2. posts the changes not yet posted to the announcement channel, in order;
3. sends the reminders due (each once; a refused DM is recorded, not retried);
4. sends the DMs owed to followers of changed sessions (likewise).

:meth:`run` ticks whenever something is due (the next reminder, the end of the quiet
period), after every reload or follow (:meth:`poke`), and at least every
``tick_seconds``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from bot.core import reminders
from bot.core.changes import Announcements, Change, programme_of
from bot.core.models import KnowledgeBase
from bot.core.reminders import Reminder
from bot.storage.programme import REFUSED, SENT, ProgrammeStore

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
# Longest sleep between two looks at what is due, in seconds: the clock is read again
# (a test's clock moves without telling anyone; a follow may add a due reminder).
DEFAULT_TICK_SECONDS = 15.0
# How long a stop waits for the messages under way to be sent and recorded, in seconds.
STOP_GRACE_SECONDS = 10.0


class Outcome(enum.Enum):
    SENT = "sent"
    REFUSED = "refused"  # will never work (DMs closed, channel gone): not retried
    FAILED = "failed"  # may work later (Discord down, rate limited): retried next tick


@dataclass(frozen=True)
class Sent:
    outcome: Outcome
    message_id: int | None = None


class Delivery(Protocol):
    """Where the notifier's messages go (the Discord adapter, or a test's fake)."""

    async def announce(self, change: Change, kb: KnowledgeBase) -> Sent:
        """Post one change to the announcement channel."""

    async def notify(self, user_id: int, change: Change, kb: KnowledgeBase,
                     language: str | None = None) -> Sent:
        """DM one follower about a change to a session they follow, in their language
        (None: English)."""

    async def remind(self, reminder: Reminder, kb: KnowledgeBase) -> Sent:
        """DM one person that a session they follow starts soon (in
        ``reminder.language``)."""


class ProgrammeNotifier:
    def __init__(
        self,
        store: ProgrammeStore,
        delivery: Delivery,
        current: Callable[[], KnowledgeBase],
        *,
        clock: Clock,
        quiet: dt.timedelta,
        default_minutes: int = reminders.DEFAULT_REMINDER_MINUTES,
        announce: bool = True,
        tick_seconds: float = DEFAULT_TICK_SECONDS,
    ) -> None:
        self._store = store
        self._delivery = delivery
        self._current = current
        self._clock = clock
        self._quiet = quiet
        self.default_minutes = default_minutes
        self._announce = announce  # False: no channel; changes are still kept and DMed
        self._tick_seconds = tick_seconds
        self._announcements: Announcements | None = None
        self._lock = asyncio.Lock()
        self._poked = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._next: dt.datetime | None = None  # the next moment something falls due
        self._stopping = False  # set by stop(): no further look

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        """Compare the file with what was last announced, then run in the background.

        The first start keeps the programme as announced without announcing anything;
        a later one announces what changed while the bot was down (after the quiet
        period, as for any edit).
        """
        kb = self._current()
        programme = programme_of(kb)
        announced = await self._store.announced()
        if announced is None:
            await self._store.save_changes(programme, [], zone=kb.conference.timezone,
                                           at=self._clock())
            announced = programme
        self._announcements = Announcements(announced, self._quiet)
        self._announcements.edited(programme, self._clock())
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="programme-notifier")

    async def stop(self) -> None:
        """Stop after the look under way, if any: cancelled between a post and its
        record, the post would be made again after a restart. A look that takes longer
        than ``STOP_GRACE_SECONDS`` (Discord not answering) is cancelled all the same."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self.poke()  # out of its sleep
        done, _ = await asyncio.wait({task}, timeout=STOP_GRACE_SECONDS)
        if not done:
            log.warning("the programme notifier was still sending after %s s; stopping it "
                        "mid-way (a message may be sent again after the restart)",
                        STOP_GRACE_SECONDS)
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    def reloaded(self, kb: KnowledgeBase) -> None:
        """A new version of the FAQ file is being served."""
        if self._announcements is not None:
            self._announcements.edited(programme_of(kb), self._clock())
        self.poke()

    def poke(self) -> None:
        """Look at what is due now (a follow, a reminder setting, a reload)."""
        self._poked.set()

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self.tick()
            except Exception:  # storage down, a bug: try again at the next tick
                log.exception("the programme notifier failed; trying again shortly")
            await self._sleep()

    async def _sleep(self) -> None:
        if self._stopping:
            return
        delay = self._tick_seconds
        if self._next is not None:
            until = (self._next - self._clock()).total_seconds()
            delay = min(delay, max(until, 0.0))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._poked.wait(), timeout=delay)
        self._poked.clear()

    # -- one look ----------------------------------------------------------------------

    async def tick(self) -> None:
        async with self._lock:
            kb = self._current()
            now = self._clock()
            await self._close_quiet_period(kb, now)
            await self._post_changes(kb)
            await self._send_reminders(kb, now)
            await self._send_notices(kb)
            self._next = await self._next_due(kb, now)

    async def _close_quiet_period(self, kb: KnowledgeBase, now: dt.datetime) -> None:
        announcements = self._announcements
        if announcements is None:
            return
        found = announcements.ready(now)
        if found is None:
            return
        latest, changes = found
        # Kept first: should this fail, the same changes are ready again at the next tick.
        await self._store.save_changes(latest, changes, zone=kb.conference.timezone, at=now)
        announcements.settled(latest, self._clock())
        for change in changes:
            log.info("programme change: %s %s", change.session_id, change.kind.value)

    async def _post_changes(self, kb: KnowledgeBase) -> None:
        for stored in await self._store.changes_to_post():
            if self._stopping:
                return  # what is left goes out after the restart
            if not self._announce:
                await self._store.mark_posted(stored.id, at=self._clock(), message_id=None)
                continue
            sent = await self._delivery.announce(stored.change, kb)
            if sent.outcome is Outcome.FAILED:
                return  # in order: the rest waits for this one, at the next tick
            await self._store.mark_posted(stored.id, at=self._clock(), message_id=sent.message_id)

    async def _followers(self, kb: KnowledgeBase) -> reminders.Followers | None:
        """The stored follows, leads and sent reminders (None, read no further: no follows)."""
        follows = await self._store.follows()
        if not follows:
            return None
        return reminders.Followers(kb, follows, await self._store.sent_reminders(),
                                   await self._store.minutes(), self.default_minutes)

    async def _send_reminders(self, kb: KnowledgeBase, now: dt.datetime) -> None:
        followers = await self._followers(kb)
        for reminder in followers.due(now) if followers is not None else ():
            if self._stopping:
                return
            sent = await self._delivery.remind(reminder, kb)
            if sent.outcome is Outcome.FAILED:
                continue  # tried again at the next tick, while the session has not started
            await self._store.mark_reminder(reminder.key, at=self._clock(),
                                            outcome=_stored(sent))

    async def _send_notices(self, kb: KnowledgeBase) -> None:
        for notice in await self._store.notices_to_send():
            if self._stopping:
                return
            sent = await self._delivery.notify(notice.user_id, notice.change.change, kb,
                                               notice.language)
            if sent.outcome is Outcome.FAILED:
                continue
            await self._store.mark_notice(notice, at=self._clock(), outcome=_stored(sent))

    async def _next_due(self, kb: KnowledgeBase, now: dt.datetime) -> dt.datetime | None:
        times: list[dt.datetime] = []
        if self._announcements is not None and self._announcements.due_at is not None:
            times.append(self._announcements.due_at)
        followers = await self._followers(kb)
        upcoming = followers.next_due(now) if followers is not None else None
        if upcoming is not None:
            times.append(upcoming)
        return min(times, default=None)


def _stored(sent: Sent) -> str:
    return REFUSED if sent.outcome is Outcome.REFUSED else SENT
