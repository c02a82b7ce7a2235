"""The journal: every write is on disk before the bot tells anyone it passed a question on.

One append-only file of JSON lines next to the database (``DB.pending.jsonl``). Each
write gets a unique id and is appended with ONE ``write()`` before ``submit`` returns,
so it survives the process being killed at any moment after that (kill -9 included):
the kernel holds it even if the process never runs another instruction. It is not
fsynced per line (that would cost a disk flush per question); see the README for what
a power cut can take.

The database is written behind the journal, in batches, strictly in journal order,
so what is committed is always a prefix of the file: ``committed`` is the offset just
past the last line known to be in the database, ``appended`` the offset past the last
line written. When they meet, every line is in the database and the file is
truncated to nothing. A line is never removed before its write is committed, and
replaying a line again is harmless (the database ignores an id it already has), so a
crash anywhere loses nothing acknowledged and counts nothing twice. (A process killed
in the middle of an append of several pages, or a power cut, can leave a torn last
line: its question was not acknowledged yet, since the reply waits for the append to
return. Every line of an append but its last says so (``"more": true``, first in the
line), so on the next open the whole unfinished append is cut off, logged: never the
count of a question without its ask, which the stats would count and nobody could find.
A torn line of a journal written before the marks is cut off the same way.)

One process owns a journal file at a time (an exclusive ``flock``). A second process
on the same database writes its own ``DB.pending.<pid>.jsonl``; a file that nobody
holds when a log opens was left by a process that died, and is replayed then. So a
per-process file must never be seen unlocked under its name while its process lives:
it is created under a name nobody adopts, locked, and only then linked into place
(another process starting at that moment took a freshly created one for a dead
process's, and the owner failed with "held by another process").
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.core.models import (
    FeedbackGiven,
    FeedbackKind,
    Origin,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
)
from bot.errors import StorageError
from bot.storage.records import Journalled, ReplyNoted

try:  # POSIX; elsewhere one process per database is assumed (no lock is taken)
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]  # the module is optional there

log = logging.getLogger(__name__)

SUFFIX = ".pending.jsonl"
_FILE_MODE = 0o600  # attendees' questions: readable by the bot's user only

_KINDS: dict[str, type[QuestionAsked | QuestionCounted | FeedbackGiven | ReplyNoted]] = {
    "record": QuestionAsked, "event": QuestionCounted, "feedback": FeedbackGiven,
    "reply": ReplyNoted,
}
_TAGS = {kind: tag for tag, kind in _KINDS.items()}


def journal_path_for(db_path: Path) -> Path:
    """The journal of the database at ``db_path``: ``DB.pending.jsonl`` next to it."""
    return db_path.with_name(db_path.name + SUFFIX)


_SPARE_NAMES = 10  # per-process names tried after the pid's own (see ``_process_paths``)


def _process_paths(main: Path) -> list[Path]:
    """This process's journal names: ``DB.pending.<pid>.jsonl``, then spares with more
    digits, for when a file under the pid's name (left by a dead process that had the
    same pid) is being replayed by another process at that moment."""
    stem, pid = main.name.removesuffix(SUFFIX) + ".pending.", os.getpid()
    names = [f"{pid}"] + [f"{pid}{n:02d}" for n in range(_SPARE_NAMES)]
    return [main.with_name(f"{stem}{name}.jsonl") for name in names]


def other_journals(main: Path) -> list[Path]:
    """Journal files of the same database other than ``main`` (``DB.pending.<pid>.jsonl``)."""
    stem = main.name.removesuffix(SUFFIX) + ".pending."
    try:
        names = sorted(p.name for p in main.parent.iterdir())
    except OSError:
        return []
    return [
        main.with_name(name) for name in names
        if name.startswith(stem) and name.endswith(".jsonl")
        and name[len(stem):-len(".jsonl")].isdigit()
    ]


# -- writes as JSON lines ---------------------------------------------------------------


# How a line that is not the last of its append begins (``to_json`` puts the mark first).
_MORE = b'{"more": true,'


def to_json(entry: Journalled, *, more: bool = False) -> str:
    """One line of ASCII JSON (no newline); lone surrogates survive as \\udcXX escapes.
    ``more``: a line of the same append follows (see the module's docstring)."""
    write = entry.write
    fields: dict[str, Any] = {"more": True} if more else {}
    fields |= {"id": entry.id, "op": _TAGS[type(write)]}
    for field in dataclasses.fields(write):
        value = getattr(write, field.name)
        if isinstance(value, Origin):
            value = dataclasses.asdict(value)
        elif isinstance(value, dt.datetime):
            value = value.isoformat()
        fields[field.name] = value
    return json.dumps(fields, ensure_ascii=True)


def from_json(line: str, *, legacy_id: str) -> Journalled:
    """The entry of one line. A line without an id (written by a release before the
    journal, when this file only held writes kept during an outage) gets
    ``legacy_id``, which must be the same every time that line is read."""
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    data.pop("more", None)
    write_id = data.pop("id", None) or legacy_id
    kind = _KINDS[data.pop("op")]
    for name in ("asked_at", "at"):
        if name in data:
            data[name] = dt.datetime.fromisoformat(data[name])
    if "origin" in data:
        origin = dict(data["origin"])
        origin["kind"] = OriginKind(origin["kind"])
        data["origin"] = Origin(**origin)
    if "origin_kind" in data:
        data["origin_kind"] = OriginKind(data["origin_kind"])
    if kind is FeedbackGiven:
        data["kind"] = FeedbackKind(data["kind"])
    return Journalled(str(write_id), kind(**data))


def _legacy_id(offset: int, raw: bytes) -> str:
    return "legacy-" + hashlib.sha256(b"%d:" % offset + raw).hexdigest()[:32]


@dataclasses.dataclass(frozen=True)
class Chunk:
    """Entries read back from the journal: up to ``end``, ``lines`` lines in all (lines
    that could not be read are logged and skipped)."""

    entries: list[Journalled]
    end: int
    lines: int


class Journal:
    """One journal file, owned by this process while it is open."""

    def __init__(self, path: Path) -> None:
        self.path = path  # where it is (for the main journal, perhaps a per-process name)
        self._fd: int | None = None
        self._prefix = secrets.token_hex(8)  # ids: this prefix and a counter
        self._counter = 0
        self.appended = 0  # offset past the last line written
        self.committed = 0  # offset past the last line known to be in the database
        self.unsettled = 0  # lines between the two

    @property
    def is_open(self) -> bool:
        return self._fd is not None

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def create(cls, main: Path) -> Journal:
        """This process's journal: ``main``, or a per-process file when another live
        process holds ``main``. Whatever ``main`` already holds is unsettled."""
        journal = cls(main)
        if journal._lock(create=True):
            return journal
        for path in _process_paths(main):
            journal = cls(path)
            if journal._claim():
                return journal
        raise StorageError(f"cannot lock the journal {main}: held by another process")

    @classmethod
    def adopt(cls, path: Path) -> Journal | None:
        """The journal left at ``path`` by a process that is gone; None if one holds it."""
        journal = cls(path)
        try:
            locked = journal._lock(create=False)
        except StorageError as exc:
            log.error("%s", exc)
            return None
        return journal if locked else None

    def _lock(self, *, create: bool) -> bool:
        flags = os.O_RDWR | os.O_APPEND | (os.O_CREAT if create else 0)
        for _ in range(10):  # the file may be unlinked by its owner as we lock it
            try:
                fd = os.open(self.path, flags, _FILE_MODE)
            except FileNotFoundError:
                if not create:
                    return False
                continue
            except OSError as exc:
                raise StorageError(
                    f"cannot open the journal {self.path}: {exc.strerror or exc}"
                ) from exc
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    os.close(fd)
                    return False
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if not same:  # unlinked (or replaced) after we opened it: try again
                os.close(fd)
                continue
            self._fd = fd
            self._take_over()
            return True
        raise StorageError(f"cannot open the journal {self.path}: it keeps being replaced")

    def _claim(self) -> bool:
        """Take a per-process file: a new one appears under its name already locked (it
        is created as ``<name>.new``, locked, then hard-linked); one already there is
        taken over if nobody holds it. False when someone does."""
        draft = self.path.with_name(self.path.name + ".new")  # no reader adopts this name
        flags = os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
        try:
            fd = os.open(draft, flags, _FILE_MODE)
        except OSError as exc:
            raise StorageError(
                f"cannot open the journal {self.path}: {exc.strerror or exc}"
            ) from exc
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the pid's: nobody else's
            os.link(draft, self.path)
        except FileExistsError:  # left by a dead process with this pid, or being replayed
            os.close(fd)
            return self._lock(create=False)
        except OSError as exc:
            os.close(fd)
            raise StorageError(
                f"cannot create the journal {self.path}: {exc.strerror or exc}"
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                os.unlink(draft)
        self._fd = fd
        self._take_over()
        return True

    def _take_over(self) -> None:
        """Account for what the file already holds: all of it is unsettled, but an
        append its process did not finish, which is cut off (the module's docstring)."""
        assert self._fd is not None
        size = os.fstat(self._fd).st_size
        self.appended, self.committed, self.unsettled = size, 0, 0
        if not size:
            return
        finished = lines = unsettled = 0  # the offset past the last finished append
        offset = 0
        with open(self._fd, "rb", closefd=False) as fh:
            fh.seek(0)
            for line in fh:
                offset += len(line)
                lines += bool(line.strip())
                if line.endswith(b"\n") and not line.startswith(_MORE):
                    finished, unsettled = offset, lines
        if finished < size:
            log.warning("%s: an append its process did not finish (%d line(s), never "
                        "acknowledged) was cut off", self.path, lines - unsettled)
            try:
                os.ftruncate(self._fd, finished)
            except OSError as exc:
                self.close()  # released, not left open and locked
                raise StorageError(
                    f"cannot cut the unfinished end off the journal {self.path}: "
                    f"{exc.strerror or exc}") from exc
        self.appended, self.unsettled = finished, unsettled

    # -- writing ------------------------------------------------------------------------

    def new_id(self) -> str:
        self._counter += 1
        return f"{self._prefix}.{self._counter}"

    def append(self, entries: Sequence[Journalled]) -> list[int]:
        """Write ``entries`` with one ``write()``; the offset past each one's line.

        StorageError when they could not all be written (nothing of them stays then).
        """
        if self._fd is None:
            raise StorageError(f"the journal {self.path} is closed")
        last = len(entries) - 1
        lines = [(to_json(e, more=n < last) + "\n").encode("ascii")
                 for n, e in enumerate(entries)]
        data = b"".join(lines)
        start = self.appended
        try:
            written = os.write(self._fd, data)
        except OSError as exc:
            raise StorageError(
                f"cannot write the journal {self.path}: {exc.strerror or exc}"
            ) from exc
        if written != len(data):  # disk full part way: take the torn line back
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, start)
            raise StorageError(f"cannot write the journal {self.path}: the disk is full")
        ends: list[int] = []
        offset = start
        for line in lines:
            offset += len(line)
            ends.append(offset)
        self.appended = offset
        self.unsettled += len(lines)
        return ends

    def read(self, start: int, limit: int) -> Chunk:
        """Up to ``limit`` lines from offset ``start`` to the end written so far."""
        if self._fd is None:
            raise StorageError(f"the journal {self.path} is closed")
        entries: list[Journalled] = []
        position, lines = start, 0
        try:
            with open(self._fd, "rb", closefd=False) as fh:
                fh.seek(start)
                while lines < limit and position < self.appended:
                    raw = fh.readline(self.appended - position)
                    if not raw:
                        break
                    offset, position = position, position + len(raw)
                    if not raw.strip():
                        continue
                    lines += 1
                    try:
                        text = raw.decode("ascii")
                        entries.append(from_json(text, legacy_id=_legacy_id(offset, raw)))
                    except (ValueError, KeyError, TypeError) as exc:
                        log.error("%s: unreadable line at byte %d skipped: %s", self.path,
                                  offset, exc)
        except OSError as exc:
            raise StorageError(
                f"cannot read the journal {self.path}: {exc.strerror or exc}"
            ) from exc
        return Chunk(entries, position, lines)

    def settle(self, end: int, lines: int) -> None:
        """Lines up to ``end`` are in the database; once all are, empty the file."""
        self.committed = max(self.committed, end)
        self.unsettled = max(0, self.unsettled - lines)
        if self.committed >= self.appended and self._fd is not None:
            try:
                os.ftruncate(self._fd, 0)
            except OSError as exc:  # harmless: the lines replay as no-ops next time
                log.warning("cannot empty the journal %s: %s", self.path, exc)
                return
            self.appended = self.committed = self.unsettled = 0

    def sync(self) -> None:
        """fsync: the unsettled lines survive a power cut too (used when they must wait)."""
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError as exc:
                log.error("cannot flush the journal %s to disk: %s", self.path, exc)

    def close(self) -> None:
        """Release the file; an empty journal is deleted."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if os.fstat(fd).st_size == 0:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)
            else:
                os.fsync(fd)
        except OSError as exc:
            log.warning("closing the journal %s: %s", self.path, exc)
        finally:
            os.close(fd)  # releases the lock
