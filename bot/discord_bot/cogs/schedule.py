"""The programme, venue and themes: ``/schedule``, ``/now``, ``/next``, ``/session``,
``/venue`` and ``/topics``. Structured answers straight from the FAQ file, shown with
Discord timestamps so each reader sees their own local time too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.completion import MAX_CHOICE_CHARS, clip
from bot.core.models import ENGLISH, Answer
from bot.core.translations import title_in
from bot.core.wording import say
from bot.discord_bot import choices, messaging, render
from bot.served import SESSIONS, ServedFaq

# The English wording; people get theirs in their Discord app's language (``wording``).
NO_SUCH_DAY = say("no_such_day", ENGLISH)
NO_SUCH_ROOM = say("no_such_room", ENGLISH)
NO_SUCH_SESSION = say("no_such_session", ENGLISH)

T = TypeVar("T")


class ScheduleCog(commands.Cog, name="Programme"):
    def __init__(self, faq: ServedFaq, *, ephemeral: bool = False) -> None:
        self._faq = faq
        self._ephemeral = ephemeral

    async def _show(self, interaction: discord.Interaction[Any], answer: Answer) -> None:
        replies = render.render_answer(answer, self._faq.knowledge_base, logged=False)
        await messaging.respond(interaction, replies, ephemeral=self._ephemeral)

    async def _show_for(
        self,
        interaction: discord.Interaction[Any],
        typed: str | None,
        named: Callable[[str], T | None],
        unknown: str,
        answer: Callable[[T | None, str | None], Answer],
    ) -> None:
        """The answer for what an optional option names (left empty: for everything);
        the ``unknown`` wording when it names nothing."""
        language = _language(interaction)
        chosen = None
        if typed is not None and typed.strip():
            chosen = named(typed)
            if chosen is None:
                await messaging.say(interaction, say(unknown, language))
                return
        await self._show(interaction, answer(chosen, language))

    @app_commands.command(name="schedule")
    @app_commands.describe(day="A conference day (default: today, or the whole programme)")
    async def schedule(
        self, interaction: discord.Interaction[Any], day: str | None = None
    ) -> None:
        """The programme of one day, or of the whole conference."""
        await self._show_for(interaction, day, self._faq.day_named, "no_such_day", self._faq.day)

    @schedule.autocomplete("day")
    async def day_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return choices.day_choices(self._faq, current, _language(interaction))

    @app_commands.command(name="now")
    async def now(self, interaction: discord.Interaction[Any]) -> None:
        """What is on right now (conference time zone)."""
        await self._show(interaction, self._faq.on_now(_language(interaction)))

    @app_commands.command(name="next")
    @app_commands.describe(room="Only this room (default: every room)")
    async def next(self, interaction: discord.Interaction[Any], room: str | None = None) -> None:
        """What starts next, in one room or anywhere."""
        await self._show_for(interaction, room, self._faq.room_named, "no_such_room",
                             self._faq.next_up)

    @next.autocomplete("room")
    async def room_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        language = _language(interaction)
        return [
            app_commands.Choice(name=clip(title_in(r, language)), value=r.id)
            for r in self._faq.rooms_matching(current, language)
            if len(r.id) <= MAX_CHOICE_CHARS
        ][:25]

    @app_commands.command(name="session")
    @app_commands.describe(name="The session's title (start typing to pick one)")
    async def session(self, interaction: discord.Interaction[Any], name: str) -> None:
        """Day, time, room and speakers of one session."""
        found = self._faq.session_named(name)
        if found is None:
            await messaging.say(interaction, say("no_such_session", _language(interaction)))
            return
        await self._show(interaction, self._faq.show(found.id, language=_language(interaction)))

    @session.autocomplete("name")
    async def session_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        language = _language(interaction)
        return [
            app_commands.Choice(
                name=e.label_in(language),
                value=e.item_id if len(e.item_id) <= MAX_CHOICE_CHARS else e.label_in(language),
            )
            for e in self._faq.complete(current, SESSIONS)
        ]

    @app_commands.command(name="venue")
    async def venue(self, interaction: discord.Interaction[Any]) -> None:
        """Where the conference is, how to get in, and the rooms."""
        await self._show(interaction, self._faq.venue(_language(interaction)))

    @app_commands.command(name="topics")
    async def topics(self, interaction: discord.Interaction[Any]) -> None:
        """The conference themes."""
        await self._show(interaction, self._faq.topics(_language(interaction)))


def _language(interaction: discord.Interaction[Any]) -> str | None:
    """The UN language the person's Discord app is set to: these commands have no text
    to tell by."""
    return messaging.locale_language(interaction)
