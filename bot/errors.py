"""The one small exception hierarchy.

"No match" is never an exception (it is an ``Answer`` value); these are for broken
files, I/O and configuration, caught at the edge and turned into one clear line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the type: importing faqfile here would import yaml for every error
    from bot.faqfile.problems import Problem


class BotError(Exception):
    """Base of every error the bot reports to a person instead of a traceback."""


class ConfigError(BotError):
    """A setting is missing or malformed (bad token, bad id list, bad path)."""


class FaqFileError(BotError):
    """The FAQ file cannot be read or is invalid; carries every problem found, as
    ``Problem`` values, so the edge that shows them decides how (a terminal line, a
    Discord code block) and can tell errors from warnings by their severity."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems


class StorageError(BotError):
    """The unanswered-question database cannot be opened, migrated or written."""
