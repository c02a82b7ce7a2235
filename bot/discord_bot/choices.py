"""Autocomplete choices shared by several commands, from the FAQ being served."""

from __future__ import annotations

from discord import app_commands

from bot.core import describe
from bot.served import ServedFaq


def day_choices(
    faq: ServedFaq, current: str, language: str | None = None
) -> list[app_commands.Choice[str]]:
    """The conference days that fit what is typed, labelled in ``language`` (the
    person's app language) and valued by their ISO date (which
    ``ServedFaq.day_named`` reads back)."""
    return [app_commands.Choice(name=describe.day_label(d, language), value=d.isoformat())
            for d in faq.days_matching(current, language)]
