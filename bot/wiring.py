"""Composition root: settings in, ready-made knowledge base, index, store and service out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.core.matching import MatchIndex
from bot.errors import FaqFileError, StorageError
from bot.faqfile import LoadResult, Problem, load_knowledge_base
from bot.storage import UnansweredLog
from bot.storage.buffered import BufferedQuestionLog, journal_path_for


@dataclass(frozen=True)
class LoadedFaq:
    """A validated FAQ file, indexed, with the warnings found while loading it."""

    path: Path
    index: MatchIndex
    warnings: tuple[Problem, ...]


def load_faq(path: Path) -> LoadedFaq:
    """Load, validate and index the FAQ file; FaqFileError lists every problem."""
    result: LoadResult = load_knowledge_base(path)
    if result.kb is None:
        count = len(result.errors)
        noun = "problem" if count == 1 else "problems"
        raise FaqFileError(f"{path}: not loaded, {count} {noun}", tuple(result.problems))
    return LoadedFaq(path=path, index=MatchIndex.build(result.kb), warnings=result.warnings)


async def open_question_log(path: Path) -> UnansweredLog:
    """Open the question database, creating its folder; StorageError with one clear line."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"cannot create the folder for {path}: {exc.strerror or exc}") from exc
    return await UnansweredLog.open(path)


async def open_buffered_log(path: Path) -> BufferedQuestionLog:
    """The question log for front ends: keeps questions while the database is failing."""
    inner = await open_question_log(path)
    return await BufferedQuestionLog.open(inner, journal_path_for(path))
