"""Moderators and organisers: ``/faq stats``, ``/faq reload`` and ``/faq check``.

The FAQ file is also watched in the background (``bot.reloading``); these commands
do the same on demand. Problems name file, line, field and message.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import discord
from discord.ext import commands

from bot.core.models import FaqEntry, Session, Theme, title_of
from bot.discord_bot import checks, messaging, render
from bot.reloading import FaqWatcher, ReloadResult, Status
from bot.service import AskService
from bot.storage import UnansweredLog

STATS_WINDOW = dt.timedelta(days=1)
TOP_ENTRIES = 5
NOT_HELPFUL_SHOWN = 5


def summary(result: ReloadResult) -> str:
    """One line about a load: what is served now, or why nothing changed."""
    if result.faq is not None:
        kb = result.faq.index.kb
        counts = (
            f"{len(kb.faq)} FAQ entries, {len(kb.sessions)} sessions, {len(kb.themes)} themes"
        )
        warnings = f", {len(result.problems)} warning(s)" if result.problems else ""
        if result.status is Status.RELOADED:
            return f"FAQ reloaded and live: {counts}{warnings}."
        return f"The FAQ file is valid: {counts}{warnings}. (`/faq reload` makes it live.)"
    return "The FAQ file has problems; the last good version is still being served."


class OrganisersCog(commands.Cog, name="FAQ"):
    faq = checks.moderator_group("faq", "Moderators: FAQ statistics, reload and check")

    def __init__(
        self,
        service: AskService,
        questions: UnansweredLog,
        watcher: FaqWatcher,
        *,
        moderator_role_id: int | None,
    ) -> None:
        self._service = service
        self._questions = questions
        self._watcher = watcher
        self._moderator_role_id = moderator_role_id

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return checks.ensure_moderator(interaction, self._moderator_role_id)

    @faq.command(name="stats")
    async def stats(self, interaction: discord.Interaction[Any]) -> None:
        """Questions asked, share answered, top entries and top unanswered."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        now = self._service.now()
        day = await self._questions.stats(since=now - STATS_WINDOW, top=TOP_ENTRIES)
        overall = await self._questions.stats(top=TOP_ENTRIES)
        not_helpful = await self._questions.feedback("not_helpful", limit=NOT_HELPFUL_SHOWN)
        kb = self._service.faq.current.index.kb
        items: list[FaqEntry | Session | Theme] = [*kb.faq, *kb.sessions, *kb.themes]
        titles = {i.id: title_of(i) for i in items}
        embed = render.stats_embed(day, overall, titles, now=now)
        if not_helpful:
            lines = [
                f"{render.inert(f.question, 100)} \u2192 `{render.truncate(f.item_id or '-', 40)}`"
                for f in not_helpful
            ]
            embed.add_field(name="Latest \u201cnot helpful\u201d",
                            value=render.truncate("\n".join(lines), 1024), inline=False)
        await messaging.follow_up(interaction, [render.Reply(embeds=(embed,))])

    @faq.command(name="reload")
    async def reload(self, interaction: discord.Interaction[Any]) -> None:
        """Load the FAQ file now; a broken file keeps the last good version serving."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self._watcher.reload()
        await self._report(interaction, result)

    @faq.command(name="check")
    async def check(self, interaction: discord.Interaction[Any]) -> None:
        """Validate the FAQ file without making it live."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self._watcher.check()
        await self._report(interaction, result)

    async def _report(self, interaction: discord.Interaction[Any], result: ReloadResult) -> None:
        line = summary(result)
        if not result.problems:
            await messaging.say(interaction, line)
            return
        for text in render.problem_messages(line, result.problems):
            await messaging.say(interaction, text)
