"""Reading, checking and loading the organisers' FAQ file (YAML).

The only package of the bot that imports ``yaml``. ``load_knowledge_base`` and
``parse_knowledge_base`` never raise for file content or I/O problems; they return a
``LoadResult`` with every problem found, and a ``KnowledgeBase`` when none is an error.
The format is documented for organisers in ``faq/README.md``.
"""

from __future__ import annotations

from bot.faqfile.limits import (
    MAX_ANSWER_CHARS,
    MAX_FAQ_FILE_BYTES,
    MAX_NESTING_DEPTH,
    MAX_PROBLEMS,
    MAX_YAML_NODES,
    FileLimits,
)
from bot.faqfile.loader import load_knowledge_base, parse_knowledge_base
from bot.faqfile.problems import LoadResult, Problem, Severity, format_path

__all__ = [
    "MAX_ANSWER_CHARS",
    "MAX_FAQ_FILE_BYTES",
    "MAX_NESTING_DEPTH",
    "MAX_PROBLEMS",
    "MAX_YAML_NODES",
    "FileLimits",
    "LoadResult",
    "Problem",
    "Severity",
    "format_path",
    "load_knowledge_base",
    "parse_knowledge_base",
]
