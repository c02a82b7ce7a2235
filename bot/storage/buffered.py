"""A question log that writes behind the replies, in batches, and survives outages.

Three jobs sit between the front ends and SQLite:

* **Write-behind.** ``submit`` checks a write and queues it, then returns at once:
  the reply to the attendee was already sent, and the handler that sent it should
  not stay alive waiting on a disk. One background task writes the queue; ``flush``
  waits for it.
* **Group commit.** Everything queued while a commit is under way goes into the next
  transaction together, so a burst of questions costs a few commits instead of one
  commit (and one fsync) each.
* **Outages.** When the database becomes unwritable (disk full, read-only, locked too
  long), writes that fail are kept, in order, in a bounded in-memory queue mirrored
  to an append-only fallback file next to the database, and are replayed when a later
  write or the retry loop finds the database working again. A fallback file left by
  a previous run is replayed when the log opens.

Replay is at-least-once: if the process dies between committing a batch and clearing
the fallback file, those asks are counted twice. A process killed outright loses
what it had queued but not yet committed (at most one batch of the last moments).
Nothing is dropped silently otherwise: if the memory queue overflows, the fallback
file still holds everything, and if the file cannot be written either, the loss is
logged as an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import json
import logging
import os
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from bot.core.models import FeedbackGiven, Origin, QuestionAsked, QuestionCounted, Write
from bot.errors import StorageError
from bot.storage.unanswered import check_write

log = logging.getLogger(__name__)

# Questions kept in memory while the database is failing (the fallback file keeps more).
MAX_PENDING = 10_000
# Writes per transaction when replaying a backlog.
MAX_BATCH = 500
# How often the retry loop tries the database again while writes are pending.
RETRY_SECONDS = 5.0


class QuestionStore(Protocol):
    """What the buffer needs of the database (``UnansweredLog`` provides it)."""

    async def write_all(self, writes: Sequence[Write]) -> list[int | None]: ...

    async def close(self) -> None: ...


def fallback_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".pending.jsonl")


# -- writes as JSON lines (the fallback file) ----------------------------------------

_KINDS: dict[str, type[QuestionAsked] | type[QuestionCounted] | type[FeedbackGiven]] = {
    "record": QuestionAsked, "event": QuestionCounted, "feedback": FeedbackGiven,
}
_TAGS = {kind: tag for tag, kind in _KINDS.items()}


def to_json(write: Write) -> str:
    """One line of ASCII JSON; lone surrogates survive as \\udcXX escapes."""
    fields: dict[str, Any] = {"op": _TAGS[type(write)]}
    for field in dataclasses.fields(write):
        value = getattr(write, field.name)
        if isinstance(value, Origin):
            value = dataclasses.asdict(value)
        elif isinstance(value, dt.datetime):
            value = value.isoformat()
        fields[field.name] = value
    return json.dumps(fields, ensure_ascii=True)


def from_json(line: str) -> Write:
    data = json.loads(line)
    kind = _KINDS[data.pop("op")]
    for name in ("asked_at", "at"):
        if name in data:
            data[name] = dt.datetime.fromisoformat(data[name])
    if "origin" in data:
        data["origin"] = Origin(**data["origin"])
    return kind(**data)


class BufferedQuestionLog:
    """The ``QuestionLog`` the service uses: batched writes that never fail a caller."""

    def __init__(
        self, inner: QuestionStore, fallback: Path, *, max_pending: int = MAX_PENDING
    ) -> None:
        self.inner = inner
        self.fallback = fallback
        self._pending: deque[Write] = deque()
        self._max_pending = max_pending
        self._overflowed = 0  # writes only in the fallback file
        self._queue: deque[Write] = deque()
        self._writer: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._failing = False

    @classmethod
    async def open(cls, inner: QuestionStore, fallback: Path) -> BufferedQuestionLog:
        buffered = cls(inner, fallback)
        await buffered.replay_leftovers()
        return buffered

    @property
    def pending(self) -> int:
        return len(self._pending) + self._overflowed

    # -- the QuestionLog protocol: queue and return ----------------------------------

    def submit(self, write: Write) -> None:
        """Queue one write (ValueError now if the database would refuse it)."""
        check_write(write)
        if len(self._queue) >= self._max_pending:
            # Writes come faster than the disk takes them: keep memory bounded by
            # setting the overflow aside as during an outage (it is written first).
            self._keep([write])
        else:
            self._queue.append(write)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(
                self._write_queue(), name="question-log-writer"
            )

    # -- replay -----------------------------------------------------------------------

    async def replay_leftovers(self) -> None:
        """Write what a previous run kept in the fallback file, if anything."""
        async with self._lock:
            self._load_fallback()
            if self.pending:
                log.warning("replaying %d write(s) kept while the database was unavailable",
                            self.pending)
                await self._flush_locked()

    async def flush(self) -> int:
        """Wait until every queued write is committed or kept; then retry what an outage
        kept. Returns how many kept writes reached the database."""
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)
        async with self._lock:
            return await self._flush_locked()

    async def retry_forever(self, every: float = RETRY_SECONDS) -> None:
        """Run as a background task: retries pending writes until cancelled."""
        while True:
            await asyncio.sleep(every)
            if self.pending:
                await self.flush()

    async def close(self) -> None:
        with contextlib.suppress(StorageError):
            await self.flush()
        if self.pending:
            log.error("%d write(s) could not reach the database; they are kept in %s and "
                      "will be replayed on the next start", self.pending, self.fallback)
        await self.inner.close()

    # -- internals --------------------------------------------------------------------

    async def _write_queue(self) -> None:
        while self._queue:
            async with self._lock:
                batch = [self._queue.popleft() for _ in range(min(MAX_BATCH, len(self._queue)))]
                await self._commit(batch)

    async def _commit(self, batch: list[Write]) -> None:
        if self.pending:
            await self._flush_locked()
        if self.pending:  # still failing: keep these behind the others, in order
            self._keep(batch)
            return
        try:
            await self.inner.write_all(batch)
        except StorageError as exc:
            self._outage(exc)
            self._keep(batch)
        except Exception:  # a bug, not an outage: say so loudly, but keep the writes
            log.exception("writing %d question log entries failed", len(batch))
            self._keep(batch)
        else:
            self._recovered()

    async def _flush_locked(self) -> int:
        if self._overflowed:
            self._load_fallback()
        written = 0
        while self._pending:
            chunk = [self._pending[i] for i in range(min(MAX_BATCH, len(self._pending)))]
            try:
                await self.inner.write_all(chunk)
            except StorageError as exc:
                self._outage(exc)
                break
            for _ in chunk:
                self._pending.popleft()
            written += len(chunk)
        if written:
            self._rewrite_fallback()
        if not self._pending:
            self._recovered()
        return written

    def _outage(self, exc: StorageError) -> None:
        if not self._failing:
            log.error("question database unavailable, keeping questions until it recovers: %s",
                      exc)
        self._failing = True

    def _recovered(self) -> None:
        if self._failing:
            log.warning("question database available again; pending questions written")
        self._failing = False

    def _keep(self, writes: Sequence[Write]) -> None:
        saved = self._append_fallback("".join(to_json(w) + "\n" for w in writes))
        for write in writes:
            if len(self._pending) < self._max_pending:
                self._pending.append(write)
            elif saved:
                self._overflowed += 1
            else:
                log.error("question lost: the database, the memory queue and %s are all full",
                          self.fallback)

    def _append_fallback(self, lines: str) -> bool:
        try:
            with self.fallback.open("a", encoding="ascii") as fh:
                fh.write(lines)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            log.error("cannot write the fallback file %s: %s", self.fallback, exc)
            return False
        return True

    def _load_fallback(self) -> None:
        """Pending writes come from the fallback file when it has them all."""
        try:
            text = self.fallback.read_text(encoding="ascii")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.error("cannot read the fallback file %s: %s", self.fallback, exc)
            return
        writes: list[Write] = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                writes.append(from_json(line))
            except (ValueError, KeyError, TypeError):
                log.error("%s:%d: unreadable line skipped", self.fallback, number)
        self._pending = deque(writes)
        self._overflowed = 0

    def _rewrite_fallback(self) -> None:
        try:
            if not self._pending and not self._overflowed:
                self.fallback.unlink(missing_ok=True)
                return
            temporary = self.fallback.with_name(self.fallback.name + ".tmp")
            with temporary.open("w", encoding="ascii") as fh:
                fh.write("".join(to_json(w) + "\n" for w in self._pending))
                fh.flush()
                os.fsync(fh.fileno())
            temporary.replace(self.fallback)
        except OSError as exc:
            log.error("cannot rewrite the fallback file %s: %s", self.fallback, exc)
