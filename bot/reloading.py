"""Live FAQ edits: watch the organisers' file and swap in each good version.

Discord-agnostic. Every ``poll_seconds`` the watcher looks at the file's modification
time and size, and when they change, at a hash of its bytes (an editor that rewrites
the same text changes nothing). A changed file is loaded in a worker thread (a big
file takes seconds to index, and the bot must keep answering meanwhile; the bot's
loader, ``bot.faqloads``, indexes a big change in a worker process):

* a valid edit is first warmed, in the loading thread, with the questions asked last
  (``served.warm``: a new index works out on demand what a question needs, three
  times a warm question's cost), then replaces the FAQ in the ``FaqHolder``; the FAQ
  it replaces is let go in bites in a worker thread (``bot.letting_go``), and
  ``on_reloaded`` is called;
* an edit that fails validation leaves the last good FAQ serving and ``on_problems``
  gets every problem as a ``Problem`` (errors first), once per broken version;
* a file that is missing or still being written is never an error by itself: a
  missing file is reported once it stays missing for two polls, and a load that
  raced with a save is simply retried at the next poll.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.errors import BotError, FaqFileError
from bot.faqfile import Problem, Severity
from bot.faqloads import FaqLoads
from bot.letting_go import let_go
from bot.lifecycle import cancelled
from bot.served import Asked, FaqHolder, LoadedFaq, warm
from bot.wiring import load_faq

log = logging.getLogger(__name__)

Loader = Callable[[Path], LoadedFaq]
OnReloaded = Callable[[LoadedFaq], Awaitable[None]]
OnProblems = Callable[[Sequence[Problem]], Awaitable[None]]

# Polls a file may be missing before it is reported: editors that save by writing a
# temporary file and renaming it leave it missing for an instant.
MISSING_POLLS_BEFORE_REPORT = 2
_HASH_CHUNK_BYTES = 1 << 20

# While a FAQ loads in its worker thread, the interpreter hands the lock between threads
# every eighth of a millisecond instead of every 5: the event loop, which needs it back
# after each wait, otherwise queues behind the loader many times per reply. At half a
# millisecond first (benchmarks/reload_load.py, 5,000 entries: reply p99 during a
# reload 70-83 ms -> 25-30 ms, longest event-loop stall 79-89 ms -> 32-39 ms); shorter
# since:
# a reply releases the lock in many short C calls (numpy, rapidfuzz), and each time
# the waiting loader takes it for a whole interval; a 0.9 ms reply took up to 12-14 ms
# beside a load at 0.5 ms, 7-8.5 ms at 0.1 ms (the same load time; 2026-12-01, load
# average 0.4, a reply every 50 ms beside a 5,000-entry reload in a thread). 125 us, not
# 100: the interpreter keeps whole microseconds, and 125 reads back as the same float.
LOADING_SWITCH_INTERVAL_S = 0.000125
_loading = 0
_loading_lock = threading.Lock()
_usual_switch_interval = sys.getswitchinterval()


@contextlib.contextmanager
def _quick_switches() -> Iterator[None]:
    """The short switch interval while any load runs; the usual one after the last."""
    global _loading, _usual_switch_interval
    with _loading_lock:
        if _loading == 0:
            _usual_switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(min(_usual_switch_interval, LOADING_SWITCH_INTERVAL_S))
        _loading += 1
    try:
        yield
    finally:
        with _loading_lock:
            _loading -= 1
            if _loading == 0:
                sys.setswitchinterval(_usual_switch_interval)


class Status(enum.Enum):
    RELOADED = "reloaded"
    UNCHANGED = "unchanged"
    FAILED = "failed"  # the file changed and does not load; the last good FAQ serves
    MISSING = "missing"
    VALID = "valid"  # check(): loads fine (nothing replaced)


@dataclass(frozen=True)
class ReloadResult:
    status: Status
    faq: LoadedFaq | None = None
    problems: tuple[Problem, ...] = ()  # errors first, then warnings

    @property
    def ok(self) -> bool:
        return self.status in (Status.RELOADED, Status.UNCHANGED, Status.VALID)


@dataclass(frozen=True)
class _Signature:
    mtime_ns: int
    size: int
    inode: int  # editors that save by renaming a new file over the old one change it


def _signature(path: Path) -> _Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _Signature(st.st_mtime_ns, st.st_size, st.st_ino)


def _digest(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            while chunk := file.read(_HASH_CHUNK_BYTES):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def errors_first(problems: Sequence[Problem]) -> tuple[Problem, ...]:
    """Errors before warnings, each kind in file order: what needs fixing reads first."""
    return tuple(sorted(problems, key=lambda p: p.severity is not Severity.ERROR))


class FaqWatcher:
    """Keeps ``holder`` serving the latest valid version of the FAQ file at ``path``."""

    def __init__(
        self,
        path: Path,
        holder: FaqHolder,
        *,
        poll_seconds: float,
        load: Loader = load_faq,
        on_reloaded: OnReloaded | None = None,
        on_problems: OnProblems | None = None,
    ) -> None:
        self.path = path
        self.holder = holder
        self.poll_seconds = poll_seconds
        self._load = load
        self._on_reloaded = on_reloaded
        self._on_problems = on_problems
        self._signature: _Signature | None = None
        self._digest: str | None = None
        self._missing_polls = 0
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    def listen(self, *, on_reloaded: OnReloaded | None, on_problems: OnProblems | None) -> None:
        """Who to tell about reloads and problems (the bot sets this once it can post)."""
        self._on_reloaded = on_reloaded
        self._on_problems = on_problems

    # -- lifecycle -------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def prime(self) -> None:
        """Take the file as it is now as the version being served."""
        self._signature = await asyncio.to_thread(_signature, self.path)
        self._digest = await asyncio.to_thread(_digest, self.path)
        if isinstance(self._load, FaqLoads):  # so that it tells a small edit from a big one
            await asyncio.to_thread(self._load.prime, self.path)

    async def start(self) -> None:
        """Prime, then poll in the background (not at all when ``poll_seconds`` is 0)."""
        await self.prime()
        if self.poll_seconds > 0 and not self.running:
            self._task = asyncio.create_task(self._run(), name="faq-watcher")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancelled(task)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.poll()
            except Exception:  # a bug here must not stop the watching
                log.exception("watching %s failed; trying again at the next poll", self.path)

    # -- one look at the file ------------------------------------------------------

    async def poll(self) -> ReloadResult:
        """Look at the file once; load it when its content changed."""
        async with self._lock:
            signature = await asyncio.to_thread(_signature, self.path)
            if signature is None:
                return await self._missing()
            self._missing_polls = 0
            if signature == self._signature:
                return ReloadResult(Status.UNCHANGED)
            digest = await asyncio.to_thread(_digest, self.path)
            if digest is None:
                return await self._missing()
            if digest == self._digest:
                self._signature = signature
                return ReloadResult(Status.UNCHANGED)
            result = await self._load_and_swap()
            if result.status is Status.FAILED:
                after = await asyncio.to_thread(_signature, self.path)
                if after != signature:
                    # Saved again while loading (an editor mid-write): look again next poll.
                    log.debug("%s changed while loading; retrying at the next poll", self.path)
                    return ReloadResult(Status.UNCHANGED)
            self._signature, self._digest = signature, digest
            await self._tell(result)
            return result

    async def reload(self) -> ReloadResult:
        """Load the file now, changed or not (``/faq reload``); tells the listeners."""
        async with self._lock:
            signature = await asyncio.to_thread(_signature, self.path)
            digest = await asyncio.to_thread(_digest, self.path)
            result = await self._load_and_swap()
            self._signature, self._digest = signature, digest
            self._missing_polls = 0
            await self._tell(result)
            return result

    async def check(self) -> ReloadResult:
        """Validate the file without serving it (``/faq check``)."""
        faq, problems = await self._try_load()
        if faq is None:
            return ReloadResult(Status.FAILED, problems=problems)
        return ReloadResult(Status.VALID, faq=faq, problems=problems)

    # -- helpers -------------------------------------------------------------------

    async def _missing(self) -> ReloadResult:
        self._missing_polls += 1
        if self._missing_polls == MISSING_POLLS_BEFORE_REPORT:
            gone = Problem(str(self.path), None, "",
                           "file not found; still serving the last good FAQ")
            result = ReloadResult(Status.MISSING, problems=(gone,))
            self._signature = None  # when it comes back, look at its content
            await self._tell(result)
            return result
        return ReloadResult(Status.UNCHANGED)

    def _load_warmed(self, questions: Sequence[Asked]) -> LoadedFaq:
        """The file loaded, then warmed with ``questions`` (in the loading thread)."""
        faq = self._load(self.path)
        if questions:
            try:
                warm(faq, questions, dt.datetime.now(dt.UTC))
            except Exception:  # a bug in answering must not keep a good edit out
                log.exception("warming the reloaded FAQ failed; serving it as it is")
        return faq

    async def _try_load(
        self, questions: Sequence[Asked] = ()
    ) -> tuple[LoadedFaq | None, tuple[Problem, ...]]:
        try:
            with _quick_switches():
                faq = await asyncio.to_thread(self._load_warmed, questions)
        except FaqFileError as exc:
            said = str(exc).removeprefix(f"{self.path}: ")  # the problem names the file
            return None, errors_first(exc.problems) or (self._whole_file(said),)
        except BotError as exc:  # not the file's fault (a worker process died): one line
            log.error("loading %s failed: %s", self.path, exc)
            said = str(exc).removeprefix(f"{self.path}: ")
            return None, (self._whole_file(said),)
        except Exception as exc:  # a bug in loading: report it, keep serving
            log.exception("loading %s failed unexpectedly", self.path)
            return None, (self._whole_file(
                f"could not be loaded: {type(exc).__name__}: {exc}"),)
        return faq, errors_first(faq.warnings)

    def _whole_file(self, message: str) -> Problem:
        return Problem(str(self.path), None, "", message)

    async def _load_and_swap(self) -> ReloadResult:
        faq, problems = await self._try_load(self.holder.recent_questions())
        if faq is None:
            return ReloadResult(Status.FAILED, problems=problems)
        replaced: list[object] = [self.holder.current]
        self.holder.replace(faq)
        # Freeing the old FAQ at once is milliseconds of the event loop's time.
        with _quick_switches():
            await asyncio.to_thread(let_go, replaced)
        return ReloadResult(Status.RELOADED, faq=faq, problems=problems)

    async def _tell(self, result: ReloadResult) -> None:
        try:
            if result.status is Status.RELOADED and result.faq is not None:
                kb = result.faq.index.kb
                log.info(
                    "FAQ reloaded from %s: %d entries, %d sessions, %d themes",
                    self.path, len(kb.faq), len(kb.sessions), len(kb.themes),
                )
                for warning in result.problems:
                    log.warning("%s", warning)
                if self._on_reloaded is not None:
                    await self._on_reloaded(result.faq)
            elif result.status in (Status.FAILED, Status.MISSING):
                log.error(
                    "FAQ edit not loaded, still serving the last good version:\n%s",
                    "\n".join(str(p) for p in result.problems),
                )
                if self._on_problems is not None:
                    await self._on_problems(result.problems)
        except Exception:  # a listener's failure (e.g. Discord down) is not the file's
            log.exception("telling about the FAQ reload failed")
