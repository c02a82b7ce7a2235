"""How the bot loads its FAQ file: here for the start and a small edit of a small file,
in a worker process when much of a file changed or the file is big.

Building the index of a big file is seconds of pure Python. In a thread of the serving
process it shares the interpreter lock with the event loop, and replies wait behind it;
an edit of a few entries is cheap (only the changed entries are read again, see
``core.matching``), a whole new file is not. So when the bytes that changed since the
last good load span more than ``SMALL_EDIT_BYTES``, or the file is bigger than
``LARGE_FILE_BYTES``, the file is read, validated and indexed in a fresh worker
process, which hands the index back as a few hundred small pickles: each one is
unpickled in a few milliseconds, and the event loop gets the lock between them. A
worker that dies (killed, out of memory) leaves the last good FAQ serving, and the
problem says so.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import pickle
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.core.matching import MatchIndex, remember_build
from bot.core.models import FaqEntry
from bot.errors import BotError, FaqFileError
from bot.faqfile import FileLimits
from bot.served import LoadedFaq
from bot.wiring import SemanticFactory, collector_paused, load_faq

log = logging.getLogger(__name__)

# An edit whose changed bytes span less than this (a few entries) is loaded here, by
# the incremental build; anything bigger, in a worker process.
SMALL_EDIT_BYTES = 64 * 1024
# A file this big is loaded in a worker process whatever changed. Even a one-line
# edit's incremental build re-reads and re-validates the whole file beside the event
# loop, and at 5,000 entries (3.6 MiB) the replies during its 0.6-0.7 s were slowed
# to a p99 of 1.2-2.3x the quiet one (benchmarks/reload_load.py, 2026-12-01); in a
# worker the edit takes 2.1 s instead and the replies keep their quiet p99 (1.0x).
# Below it (about 1,400 entries) the in-process build is a few hundred milliseconds.
LARGE_FILE_BYTES = 1024 * 1024

# Items of a list or mapping of the index per pickle, and the most bytes one pickle
# may hold (a piece over it is halved): unpickling one piece takes a millisecond or two,
# the longest the event loop waits for the lock while a worker's index is taken in.
ITEMS_PER_PIECE = 200
MAX_PIECE_BYTES = 16 * 1024

# The worker: this module run as a program, writing the packed index to its stdout.
WORKER_COMMAND = (sys.executable, "-m", "bot.faqloads")


class WorkerCrashedError(BotError):
    """The worker process building the index stopped before handing it back."""


# An object in pieces: its small attributes in one pickle, then each big list, tuple
# or mapping attribute as pickles of a few items each; objects the index is made of
# (``_OPENED``) are opened the same way. Plain tuples, so that the worker's output
# names no class of this module (it runs as ``__main__`` there).
_Piece = tuple[str, str, tuple[bytes, ...]]  # attribute, "list" "tuple" or "dict", pickles
_Packed = tuple[bytes, tuple[_Piece, ...], tuple[tuple[str, Any], ...]]


def _opened() -> tuple[type, ...]:
    from bot.core.arrays import PostingArrays, Spans

    return (MatchIndex, PostingArrays, Spans)


def _pickles(items: list[Any]) -> list[bytes]:
    """``items`` as pickles of at most ITEMS_PER_PIECE items and about MAX_PIECE_BYTES."""
    found: list[bytes] = []
    for at in range(0, len(items), ITEMS_PER_PIECE):
        stack = [items[at : at + ITEMS_PER_PIECE]]
        while stack:
            group = stack.pop()
            data = pickle.dumps(group, pickle.HIGHEST_PROTOCOL)
            if len(data) > MAX_PIECE_BYTES and len(group) > 1:
                half = len(group) // 2
                stack += [group[half:], group[:half]]  # the first half comes out first
            else:
                found.append(data)
    return found


def _pack_object(obj: object) -> _Packed:
    small: dict[str, object] = {}
    pieces: list[_Piece] = []
    inner: list[tuple[str, Any]] = []
    for name, value in vars(obj).items():
        if isinstance(value, _opened()):
            inner.append((name, _pack_object(value)))
        elif isinstance(value, list | tuple | dict) and len(value) > ITEMS_PER_PIECE:
            kind = "dict" if isinstance(value, dict) else type(value).__name__
            items = list(value.items()) if isinstance(value, dict) else list(value)
            pieces.append((name, kind, tuple(_pickles(items))))
        else:
            small[name] = value
    head = pickle.dumps((type(obj), small), pickle.HIGHEST_PROTOCOL)
    return head, tuple(pieces), tuple(inner)


def _unpack_object(packed: _Packed) -> object:
    head, pieces, inner = packed
    cls, attributes = pickle.loads(head)
    for name, kind, pickles in pieces:
        items: list[Any] = []
        for data in pickles:
            items.extend(pickle.loads(data))
            time.sleep(0)  # let the event loop have the lock now, not at the next switch
        attributes[name] = dict(items) if kind == "dict" else (
            tuple(items) if kind == "tuple" else items)
    for name, value in inner:
        attributes[name] = _unpack_object(value)
    obj = cls.__new__(cls)
    vars(obj).update(attributes)
    return obj


def pack(faq: LoadedFaq) -> tuple[bytes, _Packed, _Packed]:
    """``faq`` as pickles that are each quick to load (see ``unpack``). The knowledge
    base's FAQ entries go in pieces too, and the knowledge base is made again around
    them (its lookup tables refer to the very entries)."""
    kb = faq.index.kb
    shell = dataclasses.replace(kb, faq=())
    head = pickle.dumps((faq.path, faq.warnings, shell), pickle.HIGHEST_PROTOCOL)
    entries = _pack_object(_Entries(kb.faq))
    return head, entries, _pack_object(_without_kb(faq.index))


def unpack(packed: tuple[bytes, _Packed, _Packed]) -> LoadedFaq:
    """The FAQ ``pack`` packed, one piece at a time, handing the interpreter lock on
    between pieces (call it in a worker thread)."""
    head, entries, index = packed
    path, warnings, shell = pickle.loads(head)
    found = _unpack_object(entries)
    assert isinstance(found, _Entries)
    kb = dataclasses.replace(shell, faq=found.items)
    matcher = _unpack_object(index)
    assert isinstance(matcher, MatchIndex)
    matcher.kb = kb
    return LoadedFaq(path=path, index=matcher, warnings=warnings)


class _Entries:
    """The knowledge base's FAQ entries, as an object ``_pack_object`` can open."""

    def __init__(self, items: tuple[FaqEntry, ...]) -> None:
        self.items = items


def _without_kb(index: MatchIndex) -> MatchIndex:
    """A shallow copy of ``index`` without its knowledge base (packed on its own)."""
    copy = MatchIndex.__new__(MatchIndex)
    vars(copy).update(vars(index))
    copy.kb = None  # type: ignore[assignment]  # put back by unpack()
    return copy


def build_packed(path: Path, limits: FileLimits) -> tuple[str, object]:
    """In the worker: the file read, validated and indexed (words only), packed; or
    the reason it is not valid, with every problem."""
    try:
        faq = load_faq(path, None, limits)
    except FaqFileError as exc:
        return "problems", (str(exc), exc.problems)
    return "built", pack(faq)


def load_in_worker(
    path: Path, limits: FileLimits, command: Sequence[str] = WORKER_COMMAND
) -> LoadedFaq:
    """The FAQ at ``path`` loaded by ``command`` in a fresh process; FaqFileError when
    it is not valid, WorkerCrashedError when the process stops without an index."""
    import subprocess  # only a reload needs it, never `ask` or `check`

    # A fresh interpreter, never a fork: the serving process has threads, an event loop
    # and open database connections that a forked child must not inherit.
    done = subprocess.run(
        [*command, str(path), str(limits.max_bytes), str(limits.max_values)],
        capture_output=True, check=False,
    )
    try:
        if done.returncode != 0:
            raise ValueError(f"exit status {done.returncode}")
        kind, value = pickle.loads(done.stdout)
    except Exception as exc:  # a crash, a kill, a truncated output
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise WorkerCrashedError(
            f"{path}: the worker process building the new index stopped unexpectedly "
            f"({exc}{'; ' + said[-1] if said else ''}); still serving the last good FAQ"
        ) from exc
    if kind == "problems":
        message, problems = value
        raise FaqFileError(message, problems)
    with collector_paused():
        return unpack(value)


class FaqLoads:
    """Loads the FAQ file for the bot, here or in a worker process (see the module)."""

    def __init__(
        self,
        semantic: SemanticFactory | None = None,
        limits: FileLimits | None = None,
        *,
        small_edit_bytes: int = SMALL_EDIT_BYTES,
        large_file_bytes: int = LARGE_FILE_BYTES,
        worker: Sequence[str] = WORKER_COMMAND,
    ) -> None:
        self._semantic = semantic
        self._limits = limits or FileLimits()
        self._small_edit_bytes = small_edit_bytes
        self._large_file_bytes = large_file_bytes
        self._worker = tuple(worker)
        self._last: bytes | None = None
        self.last_way = ""  # "here" or "worker": how the last good load was done

    def prime(self, path: Path) -> None:
        """Take the file as it is now as the last good load (the watcher serves a FAQ
        another loader loaded at start-up): the next load is measured against it."""
        self._last = _read(path, self._limits)

    def __call__(self, path: Path) -> LoadedFaq:
        data = _read(path, self._limits)
        if self._last is None or data is None or (
            len(data) < self._large_file_bytes
            and _changed_span(self._last, data) < self._small_edit_bytes
        ):
            faq = load_faq(path, self._semantic, self._limits)
            way = "here"
        else:
            start = time.perf_counter()
            faq = load_in_worker(path, self._limits, self._worker)
            if self._semantic is not None:
                faq.index.semantic = self._semantic(faq.index.kb)
            remember_build(faq.index)  # the next small edit reads only what it changes
            way = "worker"
            log.info("%s indexed in a worker process in %.2f s", path,
                     time.perf_counter() - start)
        self._last, self.last_way = data, way
        return faq


def _read(path: Path, limits: FileLimits) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read(limits.max_bytes + 1)
    except OSError:
        return None  # the load itself says what is wrong


# Bytes compared per call: a file is compared a piece at a time from each end, each
# comparison a few microseconds of the lock, never a copy of the whole file.
_COMPARE_BYTES = 64 * 1024


def _changed_span(old: bytes, new: bytes) -> int:
    """How many bytes of ``new`` lie between the parts it shares with ``old`` at its
    start and at its end. Compared piece by piece from each end, then a binary search
    within the first piece that differs: slices of whole MiBs in a binary search
    copied and compared some 20 times the file's size (3.9 ms for 3.6 MiB; 0.18 ms
    this way)."""
    shortest = min(len(old), len(new))
    prefix = _shared_length(old, new, shortest, from_end=False)
    suffix = _shared_length(old, new, shortest - prefix, from_end=True)
    return max(len(old), len(new)) - prefix - suffix


def _shared_length(old: bytes, new: bytes, most: int, *, from_end: bool) -> int:
    """How many bytes (at most ``most``) ``old`` and ``new`` share at their start, or
    at their end."""

    def piece(data: bytes, at: int, size: int) -> bytes:
        """``size`` bytes, ``at`` bytes in from the start (or the end) of ``data``."""
        if from_end:
            return data[len(data) - at - size : len(data) - at]
        return data[at : at + size]

    def same(at: int, n: int) -> bool:
        return piece(old, at, n) == piece(new, at, n)

    at = 0
    while at < most:
        size = min(_COMPARE_BYTES, most - at)
        if piece(old, at, size) != piece(new, at, size):
            return at + _common_length(functools.partial(same, at), size)
        at += size
    return most


def _common_length(same: Callable[[int], bool], most: int) -> int:
    """The largest n <= most with same(n), same being true up to a point and false after."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if same(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _worker_main() -> None:
    """``python -m bot.faqloads PATH MAX_BYTES MAX_VALUES``: the packed index on stdout."""
    path, max_bytes, max_values = sys.argv[1:4]
    built = build_packed(Path(path), FileLimits(int(max_bytes), int(max_values)))
    sys.stdout.buffer.write(pickle.dumps(built, pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    # Run as a program this file is ``__main__``; the classes pickled must be the
    # package's own, so the work is done by the module imported under its name.
    from bot.faqloads import _worker_main as main

    main()
