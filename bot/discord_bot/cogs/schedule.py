"""The programme, venue and themes: ``/schedule``, ``/now``, ``/next``, ``/session``,
``/venue`` and ``/topics``. Structured answers straight from the FAQ file, shown with
Discord timestamps so each reader sees their own local time too."""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core import describe
from bot.core.models import ENGLISH, Answer, ItemKind
from bot.core.wording import say
from bot.discord_bot import messaging, programme, render
from bot.discord_bot.completion import MAX_CHOICE_CHARS, Completions, clip
from bot.service import AskService

# The English wording; people get theirs in their Discord app's language (``wording``).
NO_SUCH_DAY = say("no_such_day", ENGLISH)
NO_SUCH_ROOM = say("no_such_room", ENGLISH)
NO_SUCH_SESSION = say("no_such_session", ENGLISH)


class ScheduleCog(commands.Cog, name="Programme"):
    def __init__(
        self, service: AskService, *, completions: Completions, ephemeral: bool = False
    ) -> None:
        self._service = service
        self._completions = completions
        self._ephemeral = ephemeral

    async def _show(self, interaction: discord.Interaction[Any], answer: Answer) -> None:
        kb = self._service.faq.current.index.kb
        replies = render.render_answer(answer, kb, logged=False)
        await messaging.respond(interaction, replies, ephemeral=self._ephemeral)

    @app_commands.command(name="schedule")
    @app_commands.describe(day="A conference day (default: today, or the whole programme)")
    async def schedule(
        self, interaction: discord.Interaction[Any], day: str | None = None
    ) -> None:
        """The programme of one day, or of the whole conference."""
        kb = self._service.faq.current.index.kb
        now = self._service.now()
        chosen = None
        if day is not None and day.strip():
            chosen = programme.parse_day(kb, day, now)
            if chosen is None:
                await messaging.say(interaction, say("no_such_day", _language(interaction)))
                return
        await self._show(interaction,
                         programme.day_answer(kb, chosen, now, _language(interaction)))

    @schedule.autocomplete("day")
    async def day_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        kb = self._service.faq.current.index.kb
        typed = current.strip().lower()
        language = _language(interaction)
        return [
            app_commands.Choice(name=describe.day_label(d, language), value=d.isoformat())
            for d in sorted(kb.conference.dates)
            if not typed or typed in d.isoformat()
            or typed in describe.day_label(d, language).lower()
            or typed in describe.day_label(d).lower()
        ][:25]

    @app_commands.command(name="now")
    async def now(self, interaction: discord.Interaction[Any]) -> None:
        """What is on right now (conference time zone)."""
        kb = self._service.faq.current.index.kb
        await self._show(interaction, programme.now_answer(kb, self._service.now(),
                                                          language=_language(interaction)))

    @app_commands.command(name="next")
    @app_commands.describe(room="Only this room (default: every room)")
    async def next(self, interaction: discord.Interaction[Any], room: str | None = None) -> None:
        """What starts next, in one room or anywhere."""
        kb = self._service.faq.current.index.kb
        chosen = None
        if room is not None and room.strip():
            chosen = programme.find_room(kb, room)
            if chosen is None:
                await messaging.say(interaction, say("no_such_room", _language(interaction)))
                return
        await self._show(interaction, programme.next_answer(
            kb, self._service.now(), chosen, _language(interaction)))

    @next.autocomplete("room")
    async def room_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        kb = self._service.faq.current.index.kb
        typed = current.strip().lower()
        rooms = kb.venue.rooms if kb.venue else ()
        return [
            app_commands.Choice(name=clip(r.name), value=r.id)
            for r in rooms
            if len(r.id) <= MAX_CHOICE_CHARS and (not typed or typed in r.name.lower()
                                                   or typed in r.id)
        ][:25]

    @app_commands.command(name="session")
    @app_commands.describe(name="The session's title (start typing to pick one)")
    async def session(self, interaction: discord.Interaction[Any], name: str) -> None:
        """Day, time, room and speakers of one session."""
        kb = self._service.faq.current.index.kb
        completer = self._completions.of(kb)
        entry = completer.by_id(name) or completer.by_label(name)
        if entry is None or entry.kind is not ItemKind.SESSION:
            found = completer.complete(name, frozenset({ItemKind.SESSION}), limit=1)
            entry = found[0] if found else None
        if entry is None:
            await messaging.say(interaction, say("no_such_session", _language(interaction)))
            return
        await self._show(interaction,
                         self._service.show(entry.item_id, language=_language(interaction)))

    @session.autocomplete("name")
    async def session_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        completer = self._completions.of(self._service.faq.current.index.kb)
        entries = completer.complete(current, frozenset({ItemKind.SESSION}))
        return [
            app_commands.Choice(
                name=e.label, value=e.item_id if len(e.item_id) <= MAX_CHOICE_CHARS else e.label
            )
            for e in entries
        ]

    @app_commands.command(name="venue")
    async def venue(self, interaction: discord.Interaction[Any]) -> None:
        """Where the conference is, how to get in, and the rooms."""
        kb = self._service.faq.current.index.kb
        await self._show(interaction, programme.venue_answer(kb, _language(interaction)))

    @app_commands.command(name="topics")
    async def topics(self, interaction: discord.Interaction[Any]) -> None:
        """The conference themes."""
        kb = self._service.faq.current.index.kb
        await self._show(interaction, programme.topics_answer(kb, _language(interaction)))


def _language(interaction: discord.Interaction[Any]) -> str | None:
    """The UN language the person's Discord app is set to: these commands have no text
    to tell by."""
    return messaging.locale_language(interaction)
