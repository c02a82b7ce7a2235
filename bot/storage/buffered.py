"""A question log that keeps working while the database does not.

When the database becomes unwritable (disk full, read-only, locked too long), the
bot must keep answering and must not lose what it was going to record. Writes
that fail are kept, in order, in a bounded in-memory queue mirrored to an
append-only fallback file next to the database, and are replayed when a later
write or the retry loop finds the database working again. A fallback file left by
a previous run is replayed when the log opens.

Replay is at-least-once: if the process dies between writing a row and clearing
the fallback file, that ask is counted twice. Nothing is ever dropped silently: if
the memory queue overflows, the fallback file still holds everything, and if the
file cannot be written either, the loss is logged as an error.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import os
from collections import deque
from pathlib import Path
from typing import Any, Protocol

from bot.core.models import Origin
from bot.errors import StorageError

log = logging.getLogger(__name__)

# Questions kept in memory while the database is failing (the fallback file keeps more).
MAX_PENDING = 10_000
# How often the retry loop tries the database again while questions are pending.
RETRY_SECONDS = 5.0

Operation = dict[str, Any]


class QuestionStore(Protocol):
    """What the buffer needs of the database (``UnansweredLog`` provides it)."""

    async def record(
        self, question: str, origin: Origin, *, asked_at: dt.datetime, best_id: str | None,
        best_score: float | None, outcome: str = "unknown",
    ) -> int: ...

    async def record_event(
        self, *, outcome: str, item_id: str | None, origin_kind: str, at: dt.datetime
    ) -> None: ...

    async def record_feedback(
        self, kind: str, question: str, *, item_id: str | None, origin: Origin,
        at: dt.datetime, answer: str | None = None,
    ) -> int: ...

    async def close(self) -> None: ...


def fallback_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".pending.jsonl")


def _origin_json(origin: Origin) -> dict[str, Any]:
    return {
        "kind": origin.kind, "user_id": origin.user_id, "channel_id": origin.channel_id,
        "guild_id": origin.guild_id, "message_id": origin.message_id,
    }


def _origin(data: dict[str, Any]) -> Origin:
    return Origin(
        kind=str(data["kind"]), user_id=data.get("user_id"), channel_id=data.get("channel_id"),
        guild_id=data.get("guild_id"), message_id=data.get("message_id"),
    )


class BufferedQuestionLog:
    """The ``QuestionLog`` the service uses: a question store that never fails a caller."""

    def __init__(
        self, inner: QuestionStore, fallback: Path, *, max_pending: int = MAX_PENDING
    ) -> None:
        self.inner = inner
        self.fallback = fallback
        self._pending: deque[Operation] = deque()
        self._max_pending = max_pending
        self._overflowed = 0  # operations only in the fallback file
        self._lock = asyncio.Lock()
        self._failing = False

    @classmethod
    async def open(cls, inner: QuestionStore, fallback: Path) -> BufferedQuestionLog:
        buffered = cls(inner, fallback)
        await buffered.replay_leftovers()
        return buffered

    async def replay_leftovers(self) -> None:
        """Write what a previous run kept in the fallback file, if anything."""
        async with self._lock:
            self._load_fallback()
            if self.pending:
                log.warning("replaying %d question(s) kept while the database was unavailable",
                            self.pending)
                await self._flush_locked()

    @property
    def pending(self) -> int:
        return len(self._pending) + self._overflowed

    # -- the QuestionLog protocol -------------------------------------------------

    async def record(
        self,
        question: str,
        origin: Origin,
        *,
        asked_at: dt.datetime,
        best_id: str | None,
        best_score: float | None,
        outcome: str = "unknown",
    ) -> int | None:
        op = {
            "op": "record", "question": question, "origin": _origin_json(origin),
            "asked_at": asked_at.isoformat(), "best_id": best_id,
            "best_score": None if best_score is None else max(0.0, min(100.0, best_score)),
            "outcome": outcome,
        }
        result = await self._write(op)
        return result if isinstance(result, int) else None

    async def record_event(
        self, *, outcome: str, item_id: str | None, origin_kind: str, at: dt.datetime
    ) -> None:
        await self._write({"op": "event", "outcome": outcome, "item_id": item_id,
                           "origin_kind": origin_kind, "at": at.isoformat()})

    async def record_feedback(
        self,
        kind: str,
        question: str,
        *,
        item_id: str | None,
        origin: Origin,
        at: dt.datetime,
        answer: str | None = None,
    ) -> int | None:
        result = await self._write({"op": "feedback", "kind": kind, "question": question,
                                    "item_id": item_id, "origin": _origin_json(origin),
                                    "at": at.isoformat(), "answer": answer})
        return result if isinstance(result, int) else None

    # -- replay -------------------------------------------------------------------

    async def flush(self) -> int:
        """Write what is pending, in order; returns how many reached the database."""
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
            log.error("%d question(s) could not be written to the database; they are kept "
                      "in %s and will be replayed on the next start", self.pending, self.fallback)
        await self.inner.close()

    # -- internals ----------------------------------------------------------------

    async def _write(self, op: Operation) -> object:
        async with self._lock:
            if self.pending:
                await self._flush_locked()
            if not self.pending:
                try:
                    result = await self._apply(op)
                except StorageError as exc:
                    self._outage(exc)
                else:
                    self._recovered()
                    return result
            self._keep(op)
            return None

    async def _flush_locked(self) -> int:
        if self._overflowed:
            self._load_fallback()
        written = 0
        while self._pending:
            try:
                await self._apply(self._pending[0])
            except StorageError as exc:
                self._outage(exc)
                break
            self._pending.popleft()
            written += 1
        if written:
            self._rewrite_fallback()
        if not self._pending:
            self._recovered()
        return written

    async def _apply(self, op: Operation) -> object:
        kind = op["op"]
        if kind == "record":
            return await self.inner.record(
                op["question"], _origin(op["origin"]),
                asked_at=dt.datetime.fromisoformat(op["asked_at"]), best_id=op["best_id"],
                best_score=op["best_score"], outcome=op["outcome"],
            )
        if kind == "event":
            await self.inner.record_event(
                outcome=op["outcome"], item_id=op["item_id"], origin_kind=op["origin_kind"],
                at=dt.datetime.fromisoformat(op["at"]),
            )
            return None
        return await self.inner.record_feedback(
            op["kind"], op["question"], item_id=op["item_id"], origin=_origin(op["origin"]),
            at=dt.datetime.fromisoformat(op["at"]), answer=op["answer"],
        )

    def _outage(self, exc: StorageError) -> None:
        if not self._failing:
            log.error("question database unavailable, keeping questions until it recovers: %s",
                      exc)
        self._failing = True

    def _recovered(self) -> None:
        if self._failing:
            log.warning("question database available again; pending questions written")
        self._failing = False

    def _keep(self, op: Operation) -> None:
        line = json.dumps(op, ensure_ascii=True) + "\n"
        saved = self._append_fallback(line)
        if len(self._pending) < self._max_pending:
            self._pending.append(op)
        elif saved:
            self._overflowed += 1
        else:
            log.error("question lost: the database, the memory queue and %s are all full",
                      self.fallback)

    def _append_fallback(self, line: str) -> bool:
        try:
            with self.fallback.open("a", encoding="ascii") as fh:
                fh.write(line)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            log.error("cannot write the fallback file %s: %s", self.fallback, exc)
            return False
        return True

    def _load_fallback(self) -> None:
        """Pending operations come from the fallback file when it has them all."""
        try:
            text = self.fallback.read_text(encoding="ascii")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            log.error("cannot read the fallback file %s: %s", self.fallback, exc)
            return
        ops: list[Operation] = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                op = json.loads(line)
            except json.JSONDecodeError:
                log.error("%s:%d: unreadable line skipped (kept in the file)", self.fallback,
                          number)
                continue
            if isinstance(op, dict) and op.get("op") in ("record", "event", "feedback"):
                ops.append(op)
        self._pending = deque(ops)
        self._overflowed = 0

    def _rewrite_fallback(self) -> None:
        try:
            if not self._pending and not self._overflowed:
                self.fallback.unlink(missing_ok=True)
                return
            temporary = self.fallback.with_name(self.fallback.name + ".tmp")
            with temporary.open("w", encoding="ascii") as fh:
                for op in self._pending:
                    fh.write(json.dumps(op, ensure_ascii=True) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            temporary.replace(self.fallback)
        except OSError as exc:
            log.error("cannot rewrite the fallback file %s: %s", self.fallback, exc)
