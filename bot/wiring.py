"""Composition root: settings in, ready-made knowledge base, index, store and service out.

Every front end (the chat console, the Discord bot, the moderators' command line) gets
its FAQ holder, its read model, its question log and its service from here, so they
are assembled one way: :func:`assemble` for the parts every front end shares,
:func:`build_bot` and :func:`review_service` for the rest.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings
from bot.core.matching import MatchIndex
from bot.core.models import KnowledgeBase
from bot.core.semantic import SemanticSearch
from bot.core.text import forget_file_texts
from bot.errors import ConfigError, FaqFileError, StorageError
from bot.faqfile import FileLimits, LoadResult, load_knowledge_base
from bot.served import Clock, FaqHolder, LoadedFaq, ServedFaq, utc_now

# `ask` and `check` load the FAQ and never open the database, nor start Discord: what
# only those need is imported when it is built.
if TYPE_CHECKING:
    from bot.discord_bot.client import ConciergeBot, SyncState
    from bot.review.service import ReviewService
    from bot.service import AskService
    from bot.storage import QuestionStore, ReviewLog
    from bot.storage.buffered import BufferedQuestionLog
    from bot.storage.programme import ProgrammeStore


SemanticFactory = Callable[[KnowledgeBase], SemanticSearch]


def semantic_factory(settings: Settings) -> SemanticFactory | None:
    """How each FAQ load gets its semantic retriever, per SEMANTIC_SEARCH; None: words only."""
    if settings.semantic_search == "off":
        return None
    from bot import embeddings

    if not embeddings.available():
        if settings.semantic_search == "on":
            raise ConfigError(
                "SEMANTIC_SEARCH=on, but the semantic extra is not installed: "
                "pip install -e '.[semantic]' (or set SEMANTIC_SEARCH=auto)"
            )
        return None
    return embeddings.searcher(settings.embedding_cache)


def faq_loader(settings: Settings) -> Callable[[Path], LoadedFaq]:
    """How the app loads (and reloads) the FAQ file, with SEMANTIC_SEARCH and the file
    limits applied: big changes are indexed in a worker process (``bot.faqloads``)."""
    from bot.faqloads import FaqLoads

    return FaqLoads(semantic_factory(settings), file_limits(settings))


def file_limits(settings: Settings) -> FileLimits:
    """The FAQ file limits the organisers set (FAQ_MAX_MIB, FAQ_MAX_VALUES)."""
    return FileLimits.of(settings.faq_max_mib, settings.faq_max_values)


def load_faq(
    path: Path, semantic: SemanticFactory | None = None, limits: FileLimits | None = None
) -> LoadedFaq:
    """Load, validate and index the FAQ file; FaqFileError lists every problem.

    ``semantic`` builds the meaning-based retriever for the loaded knowledge base
    (``semantic_factory``); without it the engine matches on words alone.
    """
    with collector_paused():
        result: LoadResult = load_knowledge_base(path, limits or FileLimits())
        if result.kb is None:
            count = len(result.errors)
            noun = "problem" if count == 1 else "problems"
            raise FaqFileError(f"{path}: not loaded, {count} {noun}", tuple(result.problems))
        forget_file_texts(_phrasing_count(result.kb))
        search = semantic(result.kb) if semantic is not None else None
        return LoadedFaq(path=path, index=MatchIndex.build(result.kb, search),
                         warnings=result.warnings)


def _phrasing_count(kb: KnowledgeBase) -> int:
    return sum(1 + len(entry.alternates) for entry in kb.faq) + len(kb.sessions)


_paused_loads = 0
_paused_lock = threading.Lock()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a FAQ loads, and the loaded FAQ is never
    scanned by one afterwards.

    An index is hundreds of thousands of small objects: a load triggers full
    collections that scan them all (a third of a second each at 5,000 entries), and
    they stop every thread, so a reload in a worker thread stalled the replies on the
    event loop. A loaded FAQ holds no reference cycles (its memory goes back when it is
    replaced), so it is moved out of the collector's sight once built (``gc.freeze``).
    Loads may overlap (a reload and a ``/faq check``): the collector restarts with the
    last one to finish.
    """
    global _paused_loads
    with _paused_lock:
        # Off and not by a load: someone else turned the collector off; leave it so.
        pausing = _paused_loads > 0 or gc.isenabled()
        if pausing:
            _paused_loads += 1
            gc.disable()
    if not pausing:
        yield
        return
    try:
        yield
    finally:
        with _paused_lock:
            _paused_loads -= 1
            if _paused_loads == 0:
                # Not even a young collection first: with the collector off, every
                # object of the new index is still in the youngest generation.
                gc.freeze()
                gc.enable()


async def open_question_log(path: Path) -> QuestionStore:
    """Open the question database, creating its folder; StorageError with one clear line.

    The one place that names the backend: another one (PostgreSQL) is its module
    (implementing ``bot.storage.ports.QuestionStore``) and this line."""
    from bot.storage import UnansweredLog

    _make_folder(path)
    return await UnansweredLog.open(path)


def _make_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder for {path}: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class Stores:
    """The question log and the live programme's state over ONE database connection
    (the process's only one: see ``bot.storage.connection.Database``)."""

    questions: QuestionStore
    programme: ProgrammeStore

    async def close(self) -> None:
        """Close both (each once, whoever closed one already); the connection closes
        with the second."""
        try:
            await self.programme.close()
        finally:
            await self.questions.close()


async def open_stores(path: Path) -> Stores:
    """Open the database at ``path`` once, for both stores (the Discord bot, ``forget``).

    The programme's state is SQLite only: on the question log's connection when the log
    is SQLite too (one connection per process), else on a connection of its own."""
    from bot.storage.connection import Store
    from bot.storage.programme import ProgrammeStore

    questions = await open_question_log(path)
    try:
        if isinstance(questions, Store):
            return Stores(questions, ProgrammeStore(questions.database))
        return Stores(questions, await ProgrammeStore.open(path))
    except BaseException:
        await questions.close()
        raise


async def open_buffered_log(path: Path) -> BufferedQuestionLog:
    """The question log for front ends: keeps questions while the database is failing."""
    from bot.storage.buffered import BufferedQuestionLog, journal_path_for

    inner = await open_question_log(path)
    return await BufferedQuestionLog.open(inner, journal_path_for(path))


@dataclass(frozen=True)
class App:
    """What every front end answers with: the FAQ being served (``holder``, swapped by
    reloads; ``faq``, its read model), the journalled question log and the service."""

    holder: FaqHolder
    faq: ServedFaq
    log: BufferedQuestionLog
    service: AskService


def assemble(
    faq: LoadedFaq | FaqHolder, log: BufferedQuestionLog, *, clock: Clock = utc_now
) -> App:
    """The shared parts over a journalled question log (``open_buffered_log``)."""
    from bot.service import AskService

    holder = faq if isinstance(faq, FaqHolder) else FaqHolder(faq)
    served = ServedFaq(holder, clock)
    return App(holder, served, log, AskService(served, log))


async def open_app(settings: Settings, faq: LoadedFaq) -> App:
    """The shared parts over the database at DB_PATH, with what an earlier run left in
    the journal replayed (the chat console)."""
    return assemble(faq, await open_buffered_log(settings.db_path))


def review_service(
    settings: Settings, log: ReviewLog, faq: LoadedFaq | FaqHolder, *,
    clock: Clock = utc_now, after_edit: Callable[[], Awaitable[bool]] | None = None,
    live: bool = True,
) -> ReviewService:
    """The moderators' review. Without ``after_edit`` (the command line) an edit of the
    FAQ file is read back into this review's own holder, so what follows sees it."""
    import asyncio

    from bot.review.service import ReviewService

    holder = faq if isinstance(faq, FaqHolder) else FaqHolder(faq)

    async def reread() -> bool:
        holder.replace(await asyncio.to_thread(load_faq, settings.faq_path, None,
                                               file_limits(settings)))
        return True

    return ReviewService(log, holder, faq_path=settings.faq_path, clock=clock,
                         after_edit=after_edit or reread, live=live)


def build_bot(
    settings: Settings,
    *,
    faq: FaqHolder | LoadedFaq,
    questions: QuestionStore,
    programme: ProgrammeStore | None = None,
    clock: Clock = utc_now,
    sync_state: SyncState | None = None,
    **options: Any,
) -> ConciergeBot:
    """A ready Discord bot over an open question log: ``await bot.start(token)``
    (``options`` go to ``ConciergeBot``: its own tuning, then ``commands.Bot``'s).

    ``programme``: the live programme's store, on the question log's connection
    (``open_stores``); the bot closes it when it stops. Without it (a question store
    that is not SQLite, as in tests) the bot opens its own on DB_PATH."""
    from bot.discord_bot.client import ConciergeBot, SyncState, sync_state_path
    from bot.reloading import FaqWatcher
    from bot.reloading import Status as ReloadStatus
    from bot.storage.buffered import BufferedQuestionLog, journal_path_for

    # The same journal as `chat`; the bot replays what it holds once it is set up.
    recorder = BufferedQuestionLog(questions, journal_path_for(settings.db_path))
    app = assemble(faq, recorder, clock=clock)
    watcher = FaqWatcher(settings.faq_path, app.holder, poll_seconds=settings.faq_poll_seconds,
                         load=faq_loader(settings))

    async def reload_after_edit() -> bool:
        return (await watcher.reload()).status is ReloadStatus.RELOADED

    review = review_service(settings, questions, app.holder, clock=clock,
                            after_edit=reload_after_edit)
    return ConciergeBot(
        settings,
        faq=app.faq,
        service=app.service,
        questions=questions,
        programme=programme,
        recorder=app.log,
        watcher=watcher,
        sync_state=sync_state or SyncState(sync_state_path(settings)),
        review=review,
        **options,
    )
