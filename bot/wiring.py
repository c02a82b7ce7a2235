"""Composition root: settings in, ready-made knowledge base, index, store and service out."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings
from bot.core.matching import MatchIndex
from bot.core.models import KnowledgeBase
from bot.core.semantic import SemanticSearch
from bot.errors import ConfigError, FaqFileError, StorageError
from bot.faqfile import FileLimits, LoadResult, Problem, load_knowledge_base

if TYPE_CHECKING:  # `ask` and `check` load the FAQ and never open the database
    from bot.storage import QuestionStore
    from bot.storage.buffered import BufferedQuestionLog


@dataclass(frozen=True)
class LoadedFaq:
    """A validated FAQ file, indexed, with the warnings found while loading it."""

    path: Path
    index: MatchIndex
    warnings: tuple[Problem, ...]


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

    return FaqLoads(semantic_factory(settings),
                    FileLimits.of(settings.faq_max_mib, settings.faq_max_values))


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
        search = semantic(result.kb) if semantic is not None else None
        return LoadedFaq(path=path, index=MatchIndex.build(result.kb, search),
                         warnings=result.warnings)


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

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder for {path}: {exc.strerror or exc}") from exc
    return await UnansweredLog.open(path)


async def open_buffered_log(path: Path) -> BufferedQuestionLog:
    """The question log for front ends: keeps questions while the database is failing."""
    from bot.storage.buffered import BufferedQuestionLog, journal_path_for

    inner = await open_question_log(path)
    return await BufferedQuestionLog.open(inner, journal_path_for(path))
