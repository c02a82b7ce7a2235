"""Lines of stdin for ``chat``, read off the event loop.

Apart from ``bot.cli`` so that ``ask`` and ``check`` never import asyncio.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
from collections.abc import Callable

from bot.cli import decode_line

# Lines read ahead of the chat loop (back-pressure beyond that: the reader waits).
READ_AHEAD_LINES = 64


class StdinLines:
    """Lines of stdin for ``chat``, read by a daemon thread so the event loop (and the
    signal handlers on it) never block on input; ends early once ``stop`` is set.

    The thread uses ``os.read`` on the descriptor, not ``sys.stdin``: a daemon thread
    blocked inside a buffered stream's lock would abort the interpreter at exit.
    """

    def __init__(
        self, fd: int, stop: asyncio.Event, prompt: Callable[[], None] | None = None
    ) -> None:
        self._fd = fd
        self._stop = stop
        self._prompt = prompt
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue(READ_AHEAD_LINES)
        self._loop = asyncio.get_running_loop()
        self._ended = False
        threading.Thread(target=self._pump, name="stdin-reader", daemon=True).start()

    def __aiter__(self) -> StdinLines:
        return self

    async def __anext__(self) -> str:
        if self._ended or self._stop.is_set():
            raise StopAsyncIteration
        if self._prompt is not None:
            self._prompt()
        line = asyncio.ensure_future(self._queue.get())
        stopped = asyncio.ensure_future(self._stop.wait())
        await asyncio.wait({line, stopped}, return_when=asyncio.FIRST_COMPLETED)
        for waiter in (line, stopped):
            waiter.cancel()
        if self._stop.is_set() or line.cancelled():
            raise StopAsyncIteration  # a line read but not answered was never acknowledged
        raw = line.result()
        if raw is None:
            self._ended = True
            if self._prompt is not None:
                print()  # end the prompt's line at Ctrl-D
            raise StopAsyncIteration
        return decode_line(raw)

    def _pump(self) -> None:
        pending = b""
        while True:
            try:
                chunk = os.read(self._fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            *lines, pending = (pending + chunk).split(b"\n")
            for line in lines:
                if not self._hand_over(line):
                    return
        if pending:
            self._hand_over(pending)
        self._hand_over(None)

    def _hand_over(self, line: bytes | None) -> bool:
        put = self._queue.put(line)
        try:
            future = asyncio.run_coroutine_threadsafe(put, self._loop)
        except RuntimeError:  # the loop is closed: the chat is over
            put.close()
            return False
        try:
            future.result()
        except concurrent.futures.CancelledError:  # the loop stopped with it pending
            return False
        return True
