"""The values every part of the FAQ-file loader reports with.

A ``Problem`` is one finding about one place in one file. It prints as
``PATH:LINE: field.path: message`` (``warning:`` before the message for warnings) so
editors and terminals can jump to the line. A ``LoadResult`` carries every problem
found and, only when none of them is an error, the knowledge base.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.models import KnowledgeBase

# A place inside the file: ("faq", 3, "answer") is ``faq[3].answer``.
FieldPath = tuple[str | int, ...]


class Severity(enum.Enum):
    """An ERROR makes the file unusable; a WARNING is printed but the file loads."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding: the file as the caller named it, a 1-based line (None when the
    finding is about the whole file), the field path (empty when not about a field)."""

    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        parts = [where]
        if self.field:
            parts.append(self.field)
        message = self.message
        if self.severity is Severity.WARNING:
            message = f"warning: {message}"
        parts.append(message)
        return ": ".join(parts)


@dataclass(frozen=True)
class LoadResult:
    """What loading one FAQ file gave. ``kb`` is None exactly when there is an error."""

    path: str
    kb: KnowledgeBase | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.kb is not None

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)


def format_path(path: Sequence[str | int]) -> str:
    """``("faq", 3, "answer")`` -> ``faq[3].answer`` (list positions count from 0)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
