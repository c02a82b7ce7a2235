"""Moderators and organisers: ``/faq stats|suggestions|add|reload|check``.

The FAQ file is also watched in the background (``bot.reloading``); reload and check
do the same on demand. Problems name file, line, field and message. ``/faq stats``
attaches a chart of the last days, drawn in a worker thread (matplotlib takes about a
second) so the bot keeps answering meanwhile. ``/faq suggestions`` lists what people's
clicks suggest adding to the FAQ, each with buttons to add, edit or reject it.
"""

from __future__ import annotations

import asyncio
import io
import logging
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from bot.discord_bot import checks, messaging, render, views
from bot.discord_bot.cogs.moderation import (
    GROUP_GONE,
    LISTS_KEPT,
    SENSITIVE_NOT_IN_FAQ,
    ModerationActions,
    ModeratorsCog,
    shown,
)
from bot.discord_bot.forms import EntryForm, SuggestionForm
from bot.errors import BotError
from bot.reloading import FaqWatcher, ReloadResult, Status
from bot.review.chart import render_png
from bot.review.groups import QuestionGroup
from bot.review.suggestions import Suggestion
from bot.storage import Status as QuestionStatus

log = logging.getLogger(__name__)

TOP_ENTRIES = 5
NOT_HELPFUL_SHOWN = 5
SUGGESTIONS_SHOWN = 5  # one row of buttons each; Discord allows five rows
CHART_FILE = "faq-stats.png"
LIST_EXPIRED = "This list has expired. Run `/faq suggestions` again."
NOT_YOUR_LIST = "This list belongs to another moderator. Run `/faq suggestions` for your own."


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


@dataclass(frozen=True)
class SuggestionList:
    owner_id: int
    suggestions: tuple[Suggestion, ...]

    def one_click(self, suggestion: Suggestion) -> list[str]:
        """The entries a suggestion can be added to with one click."""
        if suggestion.target is not None:
            return [suggestion.target]
        return list(suggestion.entries) if len(suggestion.entries) > 1 else []


class OrganisersCog(ModeratorsCog, name="FAQ"):
    faq = checks.moderator_group("faq", "Moderators: FAQ statistics, suggestions, reload and check")

    def __init__(
        self,
        actions: ModerationActions,
        watcher: FaqWatcher,
    ) -> None:
        super().__init__(actions)
        self._watcher = watcher
        self._suggestions = views.ContextStore[SuggestionList](capacity=LISTS_KEPT)

    def component_items(self) -> list[type[views.RoutedItem]]:
        return [views.routed_button(views.SUGGESTION_TEMPLATE, self.on_suggestion)]

    @faq.command(name="stats")
    async def stats(self, interaction: discord.Interaction[Any]) -> None:
        """Questions asked, share answered, top entries and groups, and a chart of the week."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await self._review.stats(top=TOP_ENTRIES)
        embed = render.stats_embed(report.day, report.overall, self._review.titles(),
                                   now=self._review.now(), top_day=report.top_day,
                                   top_overall=report.top_overall)
        not_helpful = report.not_helpful[:NOT_HELPFUL_SHOWN]
        if not_helpful:
            lines = [
                f"{render.inert(f.question, 100)} \u2192 `{render.truncate(f.item_id or '-', 40)}`"
                for f in not_helpful
            ]
            embed.add_field(name="Latest \u201cnot helpful\u201d",
                            value=render.truncate("\n".join(lines), 1024), inline=False)
        file = None
        try:
            png = await asyncio.to_thread(render_png, report.chart)
        except Exception:  # the numbers still go out without their picture
            log.exception("drawing the stats chart failed")
        else:
            file = discord.File(io.BytesIO(png), filename=CHART_FILE)
            embed.set_image(url=f"attachment://{CHART_FILE}")
        await messaging.follow_up(interaction, [render.Reply(embeds=(embed,))], file=file)

    # -- suggestions from use ---------------------------------------------------------

    @faq.command(name="suggestions")
    async def suggestions(self, interaction: discord.Interaction[Any]) -> None:
        """What people's picks and thumbs-down suggest adding to the FAQ."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        found = tuple(await self._review.suggestions())
        listing = SuggestionList(interaction.user.id, found)
        token = self._suggestions.put(listing)
        shown = found[:SUGGESTIONS_SHOWN]
        view = views.suggestions_view(token, [listing.one_click(s) for s in shown])
        embed = render.suggestions_embed(found, shown=SUGGESTIONS_SHOWN)
        await messaging.follow_up(interaction, [render.Reply(embeds=(embed,))], view=view)

    async def on_suggestion(self, interaction: discord.Interaction[Any], match: Any) -> None:
        if await self._refused(interaction):
            return
        listing = self._suggestions.get(match["token"])
        if listing is None:
            await messaging.say(interaction, LIST_EXPIRED)
            return
        if listing.owner_id != interaction.user.id:
            await messaging.say(interaction, NOT_YOUR_LIST)
            return
        n = int(match["n"])
        if n > len(listing.suggestions):
            await messaging.say(interaction, LIST_EXPIRED)
            return
        suggestion = listing.suggestions[n - 1]
        action = match["action"]
        if action == "edit":
            entry = suggestion.target or suggestion.entries[0]
            await interaction.response.send_modal(
                SuggestionForm(suggestion.key, entry, suggestion.text, self._suggestion_form))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        by = str(interaction.user.id)
        try:
            if action == "reject":
                await self._review.reject(suggestion.key, by=by)
                line = f"Rejected {suggestion.key}: it is not suggested again."
            else:
                entries = listing.one_click(suggestion)
                index = int(match["entry"] or 0)
                target = entries[index] if index < len(entries) else None
                taught = await self._review.accept(suggestion.key, by=by, faq_id=target)
                line = taught.summary(shown)
        except BotError as exc:
            line = str(exc)
        await messaging.say(interaction, render.truncate(line, render.MESSAGE_CHARS))

    async def _suggestion_form(
        self, interaction: discord.Interaction[Any], key: str, entry_id: str | None, text: str
    ) -> None:
        if await self._refused(interaction):
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            taught = await self._review.accept(key, by=str(interaction.user.id),
                                               faq_id=entry_id, text=text)
            line = taught.summary(shown)
        except BotError as exc:
            line = str(exc)
        await messaging.say(interaction, render.truncate(line, render.MESSAGE_CHARS))

    # -- a new entry --------------------------------------------------------------------

    @faq.command(name="add")
    @app_commands.describe(group="A question group (# from /unanswered list) to make the "
                                 "entry from; it is resolved with the new entry")
    async def add(
        self, interaction: discord.Interaction[Any],
        group: app_commands.Range[int, 1] | None = None,
    ) -> None:
        """Add a new FAQ entry (a form), from a question group or from scratch."""
        found: QuestionGroup | None = None
        if group is not None:
            found = await self._review.group(group)
            if found is None or found.status is not QuestionStatus.OPEN:
                await messaging.say(interaction, GROUP_GONE)
                return
            if found.sensitive:
                await messaging.say(interaction, SENSITIVE_NOT_IN_FAQ)
                return
        await interaction.response.send_modal(EntryForm(found, self._entry_form))

    # -- the file ---------------------------------------------------------------------

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
