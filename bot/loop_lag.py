"""How far behind the event loop is, so a busy bot answers fast rather than late.

Why: with the semantic extra, a question the words are not sure of costs an embedding
(about 10 ms of CPU, in the event loop's thread: the model holds the interpreter lock).
That is nothing at a conference's few questions a second, but at a hundred and more a
second the replies queue behind each other and every one comes late. When the loop
has fallen behind, the front end decides on the words alone (about 1 ms), the backlog
drains, and the meaning comes back as soon as the loop keeps up again.

The watcher measures the loop itself (how late a short sleep wakes), not the age of
messages, so a host clock that differs from Discord's changes nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from bot.lifecycle import cancelled

log = logging.getLogger(__name__)

# How often the watcher wakes, how late a wake-up means the loop is behind, and how long
# the words alone serve after that (the backlog drains in far less). One answer with the
# meaning takes about 10 ms: a wake-up 20 ms late means answers have queued behind others.
CHECK_EVERY_S = 0.01
BEHIND_AFTER_S = 0.02
HOLD_S = 3.0


class LoopLag:
    """``behind()``: whether the loop woke late (over ``limit``) within the last ``hold``
    seconds."""

    def __init__(
        self,
        *,
        every: float = CHECK_EVERY_S,
        limit: float = BEHIND_AFTER_S,
        hold: float = HOLD_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._every = every
        self._limit = limit
        self._hold = hold
        self._clock = clock
        self._until = float("-inf")
        self._task: asyncio.Task[None] | None = None
        self.times_behind = 0  # wake-ups that came late, for the logs and benchmarks

    def behind(self) -> bool:
        return self._clock() < self._until

    def woke(self, late: float) -> None:
        """One wake-up, ``late`` seconds after it was due."""
        if late <= self._limit:
            return
        if not self.behind():
            log.info("the event loop is %.0f ms behind: answering on the words alone "
                     "for now", late * 1000)
        self.times_behind += 1
        self._until = self._clock() + self._hold

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._watch(),
                                                                name="loop-lag")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancelled(task)

    async def _watch(self) -> None:
        while True:
            due = self._clock() + self._every
            await asyncio.sleep(self._every)
            self.woke(self._clock() - due)
