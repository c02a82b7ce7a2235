"""A question log that is durable before the reply and writes SQLite behind it, in batches.

Three jobs sit between the front ends and SQLite:

* **Durable first.** ``submit`` checks the writes, gives each a unique id and appends
  them to the journal (:mod:`bot.storage.journal`) with one ``write()``, then returns:
  when the front end then tells the attendee their question was passed on, the
  question is on disk and survives the process being killed. ``submit`` raises
  StorageError when even the journal cannot be written; the front end must not
  claim the question was passed on then.
* **Group commit.** The database is written behind the replies by one background
  task; everything submitted while a commit is under way goes into the next
  transaction together, so a burst costs a few commits (and fsyncs), not one each.
  ``flush`` waits for it.
* **Outages.** When the database cannot be written (disk full, read-only, locked too
  long), nothing is lost: the journal keeps every write, in order, and the writes are
  read back from it and replayed when the database works again (the next write,
  ``flush``, or the retry loop), and on the next start. Memory stays bounded: past
  ``max_queue`` queued writes, they are read back from the journal instead.

Replays are idempotent: the database stores each journalled write once, under its id,
however many times a replay is interrupted and restarted. Journals left by processes
that died (``DB.pending.<pid>.jsonl``) are replayed when a log opens.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from pathlib import Path

from bot.core.models import Write
from bot.errors import StorageError
from bot.storage.journal import Chunk, Journal, journal_path_for, other_journals
from bot.storage.ports import QuestionWriter
from bot.storage.records import Journalled, ReplyNoted
from bot.storage.writes import check_write

log = logging.getLogger(__name__)

# Writes kept in memory for the writer; beyond, they are read back from the journal.
MAX_QUEUE = 10_000
# Writes per transaction.
MAX_BATCH = 500
# How often the retry loop tries the database again while writes are pending.
RETRY_SECONDS = 5.0

__all__ = ["MAX_BATCH", "BufferedQuestionLog", "journal_path_for"]


def _nothing() -> None:
    return None


class BufferedQuestionLog:
    """The ``QuestionLog`` the service uses: journalled at once, committed in batches."""

    def __init__(
        self, inner: QuestionWriter, journal: Path, *, max_queue: int = MAX_QUEUE
    ) -> None:
        self.inner = inner
        self.journal_path = journal
        self._journal: Journal | None = None
        self._journal_file = journal  # the main journal, or this process's own
        self._orphans: list[Journal] = []
        self._queue: deque[tuple[Journalled, int]] = deque()  # with the end of its line
        self._max_queue = max_queue
        # Journal lines after ``committed`` that are not in the queue: read them back.
        self._backlog = False
        self._writer: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._failing = False

    @classmethod
    async def open(cls, inner: QuestionWriter, journal: Path) -> BufferedQuestionLog:
        """The log over ``inner``, leftovers replayed. If that fails, ``inner`` is closed
        too: its connection's thread would otherwise keep the process from exiting
        (``chat`` printed its error and hung)."""
        buffered = cls(inner, journal)
        try:
            await buffered.replay_leftovers()
        except BaseException:
            buffered._close_journals()  # what they hold stays for the next start
            await inner.close()
            raise
        return buffered

    @property
    def pending(self) -> int:
        """Writes journalled and not yet known to be in the database."""
        own = self._journal.unsettled if self._journal is not None else 0
        return own + sum(o.unsettled for o in self._orphans)

    @property
    def journal_file(self) -> Path:
        """The file this process journals to (``DB.pending[.<pid>].jsonl``)."""
        return self._journal_file

    def _own(self) -> Journal:
        if self._journal is None:
            self._journal = Journal.create(self.journal_path)
            self._journal_file = self._journal.path
            if self._journal.unsettled:
                self._backlog = True
        return self._journal

    # -- the QuestionLog protocol: journal, queue, return -----------------------------

    def submit(self, *writes: Write | ReplyNoted) -> list[str]:
        """Journal ``writes`` together (one ``write()``) and queue them; their ids.

        ValueError/TypeError at once for a write the database would refuse (nothing is
        journalled then); StorageError when the journal cannot be written.
        """
        journal = self._own()
        entries = [Journalled(journal.new_id(), write) for write in writes]
        for entry in entries:
            check_write(entry)
        ends = journal.append(entries)
        if self._backlog or len(self._queue) + len(entries) > self._max_queue:
            # Writes come faster than the disk takes them, or the database is failing:
            # the writer reads these back from the journal instead of from memory.
            self._backlog = True
        else:
            self._queue.extend(zip(entries, ends, strict=True))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(
                self._write_queue(), name="question-log-writer"
            )
        return [entry.id for entry in entries]

    def note_reply(self, ask_id: str, message_id: int) -> None:
        """The bot's reply to the ask ``ask_id`` is ``message_id`` (for resolve notices)."""
        self.submit(ReplyNoted(ask_id, message_id))

    # -- replay, flush, close ---------------------------------------------------------

    async def replay_leftovers(self) -> None:
        """Write what earlier runs left in journals (this database's, any process's)."""
        async with self._lock:
            journal = self._own()
            for path in other_journals(self.journal_path):
                if path != journal.path and (orphan := Journal.adopt(path)) is not None:
                    self._orphans.append(orphan)
            if self.pending:
                log.warning("replaying %d write(s) left in the journal by an earlier run "
                            "(those already in the database are skipped)", self.pending)
                await self._catch_up()

    async def flush(self) -> int:
        """Wait until every journalled write is committed, or kept because the database
        is failing; returns how many writes were committed meanwhile."""
        before = self.pending
        while self._writer is not None and not self._writer.done():
            await asyncio.shield(self._writer)
        async with self._lock:
            await self._catch_up()
        return max(0, before - self.pending)

    async def retry_forever(self, every: float = RETRY_SECONDS) -> None:
        """Run as a background task: retries pending writes until cancelled."""
        while True:
            await asyncio.sleep(every)
            if self.pending:
                await self.flush()

    async def close(self) -> int:
        """Flush, release the journal and close the database; returns writes flushed.

        Whatever the database did not take stays in the journal (fsynced), replayed
        on the next start.
        """
        flushed = await self.release()
        await self.inner.close()
        return flushed

    async def release(self) -> int:
        """Flush and release the journal, leaving the database open (its owner closes
        it); returns writes flushed. A later ``submit`` opens the journal again."""
        flushed = 0
        try:
            flushed = await self.flush()
        except StorageError as exc:
            log.error("%s", exc)
        if self.pending:
            log.error("%d write(s) could not reach the database; they are kept in %s and "
                      "will be replayed on the next start", self.pending, self.journal_file)
        self._close_journals()
        return flushed

    def _close_journals(self) -> None:
        for journal in (*self._orphans, self._journal):
            if journal is not None:
                journal.close()
        self._orphans.clear()
        self._journal = None

    # -- internals --------------------------------------------------------------------

    async def _write_queue(self) -> None:
        while True:
            async with self._lock:
                if not await self._step():
                    return

    async def _catch_up(self) -> None:
        if not await self._replay_orphans():
            return
        while await self._step():
            pass

    async def _step(self) -> bool:
        """Commit the next batch; False when there is nothing more to do for now."""
        journal = self._journal
        if journal is None:
            return False
        if self._backlog:
            return await self._replay_backlog(journal)
        if not self._queue:
            return False
        batch = [self._queue.popleft() for _ in range(min(MAX_BATCH, len(self._queue)))]
        if not await self._commit([entry for entry, _ in batch]):
            self._fall_back(journal)
            return False
        journal.settle(batch[-1][1], len(batch))
        return True

    async def _replay_backlog(self, journal: Journal) -> bool:
        self._queue.clear()  # everything queued is in the journal after ``committed``
        if not await self._replay(journal, when_refused=lambda: self._fall_back(journal)):
            return False
        self._backlog = False
        return True

    async def _replay_orphans(self) -> bool:
        for orphan in list(self._orphans):
            if not await self._replay(orphan):
                return False
            orphan.close()  # empty now: deleted
            self._orphans.remove(orphan)
        return True

    async def _replay(self, journal: Journal, when_refused: Callable[[], None] = _nothing) -> bool:
        """Commit what ``journal`` holds, chunk by chunk, settling each; False (the rest
        stays in the journal) when it cannot be read or a commit fails, after
        ``when_refused`` for the latter."""
        while True:
            chunk = self._read(journal)
            if chunk is None:
                return False
            if not chunk.lines:
                return True
            if chunk.entries and not await self._commit(chunk.entries):
                when_refused()
                return False
            journal.settle(chunk.end, chunk.lines)

    @staticmethod
    def _read(journal: Journal) -> Chunk | None:
        try:
            return journal.read(journal.committed, MAX_BATCH)
        except StorageError as exc:  # kept on disk; tried again with the next retry
            log.error("%s", exc)
            return None

    async def _commit(self, entries: list[Journalled]) -> bool:
        try:
            await self.inner.write_all(entries)
        except StorageError as exc:
            if not self._failing:
                log.error("question database unavailable, keeping questions in the journal "
                          "until it recovers: %s", exc)
            self._failing = True
            return False
        except Exception:  # a bug, not an outage: say so loudly; the journal keeps them
            log.exception("writing %d question log entries failed", len(entries))
            self._failing = True
            return False
        if self._failing:
            log.warning("question database available again; pending questions written")
        self._failing = False
        return True

    def _fall_back(self, journal: Journal) -> None:
        """The database failed: the journal holds everything not committed; make it
        survive a power cut too, and read it back from there once the database works."""
        self._backlog = True
        self._queue.clear()
        journal.sync()
