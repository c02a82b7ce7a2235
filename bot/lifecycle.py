"""Stopping cleanly: the signals that ask for it, and the questions still in flight.

``run`` and ``chat`` stop the same way on SIGTERM (what systemd, Docker and most hosts
send), SIGINT (Ctrl-C) and, for ``chat``, SIGHUP (the terminal closed): stop taking
questions, finish the ones in flight (answered, journalled, replied), flush the
question log, close the connections, exit 0. A second signal exits at once: whatever
was already journalled is on disk and is written on the next start.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable, Iterator, Sequence

log = logging.getLogger(__name__)


async def cancelled(task: asyncio.Task[None] | None) -> None:
    """Cancel a background task and wait until it has stopped (None: nothing to do).
    Every front end's stop uses it, so that a stop leaves no task behind."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# The terminal going away is a stop request for the console too.
CHAT_STOP_SIGNALS = (*STOP_SIGNALS, *((signal.SIGHUP,) if hasattr(signal, "SIGHUP") else ()))


class Intake:
    """Whether new questions are taken, and how many are in flight.

    A front end wraps each question in ``with intake.admit() as taken:``; once the
    intake is closed ``taken`` is False and the front end refuses politely. Refusals
    count as in flight too, so their replies are sent before the connection closes.
    """

    def __init__(self) -> None:
        self._open = True
        self._in_flight = 0
        self._idle: asyncio.Event | None = None

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def in_flight(self) -> int:
        return self._in_flight

    @contextlib.contextmanager
    def admit(self) -> Iterator[bool]:
        self._in_flight += 1
        try:
            yield self._open
        finally:
            self._in_flight -= 1
            if not self._in_flight and self._idle is not None:
                self._idle.set()

    def close(self) -> None:
        """Take no more questions."""
        self._open = False

    async def drained(self, within: float) -> bool:
        """Wait until nothing is in flight; False when ``within`` seconds were not enough."""
        if not self._in_flight:
            return True
        self._idle = asyncio.Event()
        try:
            async with asyncio.timeout(within):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True


class StopSignals:
    """The first stop signal calls ``on_stop`` (with the signal's name); a second one
    exits the process at once, with status 128 + the signal's number."""

    def __init__(
        self,
        on_stop: Callable[[str], None],
        signals: Sequence[signal.Signals] = STOP_SIGNALS,
        *,
        exit_now: Callable[[int], object] = os._exit,
    ) -> None:
        self._on_stop = on_stop
        self._signals = tuple(signals)
        self._exit_now = exit_now
        self._loop: asyncio.AbstractEventLoop | None = None
        self.received: str | None = None  # the name of the first signal

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        for sig in self._signals:
            try:
                loop.add_signal_handler(sig, self._received, sig)
            except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
                log.debug("cannot handle %s on this platform", sig.name)

    def uninstall(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None or loop.is_closed():
            return
        for sig in self._signals:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)

    def _received(self, sig: signal.Signals) -> None:
        if self.received is None:
            self.received = sig.name
            log.info("%s: stopping; taking no more questions, finishing those in flight",
                     sig.name)
            self._on_stop(sig.name)
            return
        log.warning("%s again: exiting now; questions already journalled are written on the "
                    "next start", sig.name)
        for handler in logging.getLogger().handlers:
            with contextlib.suppress(Exception):
                handler.flush()
        self._exit_now(128 + int(sig))
