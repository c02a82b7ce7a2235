"""Moderators review what the bot could not answer: ``/unanswered list|resolve|dismiss|export``.

Every command runs the moderator check (:mod:`bot.discord_bot.checks`) and answers
only the moderator (ephemeral). Resolving can tell the people who asked: a reply in
the channel where they asked, or a DM, never quoting their question and never
pinging anyone.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import export
from bot.core.grouping import Group, group_similar
from bot.core.models import FaqEntry, Session, Theme, title_of
from bot.discord_bot import checks, messaging, render, views
from bot.discord_bot.completion import MAX_CHOICE_CHARS, clip
from bot.service import AskService
from bot.storage import MAX_LIMIT, QuestionRecord, Status, UnansweredLog

log = logging.getLogger(__name__)

GROUPS_PER_PAGE = 8
# At most this many channels/people are told about one resolved question: a question
# asked in 200 places should not make the bot post 200 messages.
MAX_NOTICES_PER_RESOLVE = 25
# Largest CSV attached; beyond it moderators use `conference-bot unanswered export`.
MAX_EXPORT_BYTES = 8 * 1024 * 1024

StatusName = Literal["open", "resolved", "dismissed", "all"]
_STATUSES: dict[str, Status | None] = {
    "open": Status.OPEN, "resolved": Status.RESOLVED, "dismissed": Status.DISMISSED, "all": None,
}
LIST_EXPIRED = "This list has expired. Run `/unanswered list` again."
NOT_YOUR_LIST = "This list belongs to another moderator. Run `/unanswered list` for your own."
UNKNOWN_ENTRY = "There is no FAQ entry with that id. Pick one from the list as you type."


@dataclass(frozen=True)
class Listing:
    owner_id: int
    status: str
    groups: tuple[Group[QuestionRecord], ...]
    questions: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.groups) / GROUPS_PER_PAGE))

    def page(self, number: int) -> discord.Embed:
        start = number * GROUPS_PER_PAGE
        return render.question_page(
            self.groups[start : start + GROUPS_PER_PAGE],
            page=number, pages=self.pages, status=self.status, questions=self.questions,
        )


class ResolveNotifier:
    """Tells the people who asked a question that a moderator answered it."""

    def __init__(self, client: discord.Client, service: AskService) -> None:
        self._client = client
        self._service = service

    async def notify(
        self, question_id: int, asks_of: UnansweredLog, *, faq_id: str | None, note: str | None
    ) -> int:
        """Send the notices; returns how many were delivered."""
        asks = await asks_of.asks(question_id)
        kb = self._service.faq.current.index.kb
        answer = self._service.show(faq_id) if faq_id else None
        replies = render.resolve_notice(answer, kb, note)
        targets: dict[tuple[str, int], tuple[int, int | None]] = {}
        for ask in asks:
            o = ask.origin
            if o.kind != "discord" or o.user_id is None:
                continue
            if o.guild_id is not None and o.channel_id is not None and o.message_id is not None:
                # Asked in public: answer there, as a reply to the question (or to the
                # bot's answer to it), so the context shows without repeating the text.
                targets.setdefault(("channel", o.channel_id), (o.message_id, o.guild_id))
            else:  # a DM, or an ephemeral /ask nobody else saw: tell them privately
                targets.setdefault(("user", o.user_id), (o.message_id or 0, None))
        delivered = 0
        for (kind, target), (message_id, guild_id) in list(targets.items())[
            :MAX_NOTICES_PER_RESOLVE
        ]:
            try:
                if kind == "channel":
                    channel = self._client.get_partial_messageable(target, guild_id=guild_id)
                    reference = discord.MessageReference(
                        message_id=message_id, channel_id=target, guild_id=guild_id,
                        fail_if_not_exists=False,
                    )
                    await self._send(channel, replies, reference)
                else:
                    user = self._client.get_user(target) or await self._client.fetch_user(target)
                    await self._send(user, replies, None)
                delivered += 1
            except discord.HTTPException as exc:  # DMs closed, channel gone, no access
                log.warning("could not tell %s %s about question #%s: %s",
                            kind, target, question_id, exc)
        return delivered

    @staticmethod
    async def _send(
        where: discord.abc.Messageable,
        replies: Sequence[render.Reply],
        reference: discord.MessageReference | None,
    ) -> None:
        for i, reply in enumerate(replies):
            kwargs: dict[str, Any] = {}
            if i == 0 and reference is not None:
                kwargs["reference"] = reference
            await where.send(
                reply.content, embeds=list(reply.embeds),
                allowed_mentions=messaging.NO_PINGS, **kwargs,
            )


class ModerationCog(commands.Cog, name="Moderation"):
    unanswered = checks.moderator_group(
        "unanswered", "Moderators: review the questions the bot could not answer"
    )

    def __init__(
        self,
        service: AskService,
        questions: UnansweredLog,
        notifier: ResolveNotifier,
        *,
        listings: views.ContextStore[Listing],
        moderator_role_id: int | None,
        notify_on_resolve: bool,
    ) -> None:
        self._service = service
        self._questions = questions
        self._notifier = notifier
        self._listings = listings
        self._moderator_role_id = moderator_role_id
        self._notify = notify_on_resolve

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return checks.ensure_moderator(interaction, self._moderator_role_id)

    def component_items(self) -> list[type[views.RoutedItem]]:
        return [views.routed_button(views.PAGE_TEMPLATE, self.on_page)]

    @unanswered.command(name="list")
    @app_commands.describe(status="Which questions (default: open)")
    async def list_questions(
        self, interaction: discord.Interaction[Any], status: StatusName = "open"
    ) -> None:
        """Questions grouped by similar wording, most asked first."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        records = await self._questions.list(_STATUSES[status], limit=MAX_LIMIT)
        total = await self._questions.count(_STATUSES[status])
        # Ranked by distinct askers: one person asking 100 times is one asker.
        groups = group_similar(records, text=lambda r: r.question, count=lambda r: r.askers)
        listing = Listing(interaction.user.id, status, tuple(groups), total)
        token = self._listings.put(listing)
        view = views.pager_view(token, 0, listing.pages)
        await messaging.follow_up(interaction, [render.Reply(embeds=(listing.page(0),))],
                                  view=view)

    async def on_page(self, interaction: discord.Interaction[Any], match: Any) -> None:
        # Checked again on every click: the cog's check covers slash commands only, and a
        # moderator who lost the role must not keep paging an old list.
        if not checks.is_moderator(interaction, self._moderator_role_id):
            await messaging.say(interaction, checks.NOT_A_MODERATOR)
            return
        listing = self._listings.get(match["token"])
        if listing is None:
            await messaging.say(interaction, LIST_EXPIRED)
            return
        if listing.owner_id != interaction.user.id:
            await messaging.say(interaction, NOT_YOUR_LIST)
            return
        page = min(int(match["page"]), listing.pages - 1)
        await messaging.update(
            interaction, [render.Reply(embeds=(listing.page(page),))],
            view=views.pager_view(match["token"], page, listing.pages),
        )

    @unanswered.command(name="resolve")
    @app_commands.describe(
        id="The question's number (#) from /unanswered list",
        faq_id="The FAQ entry that answers it now",
        note="A note for the other moderators (also sent to the askers)",
    )
    async def resolve(
        self,
        interaction: discord.Interaction[Any],
        id: app_commands.Range[int, 1],
        faq_id: str | None = None,
        note: app_commands.Range[str, 1, 1000] | None = None,
    ) -> None:
        """Mark a question answered and tell the people who asked."""
        kb = self._service.faq.current.index.kb
        if faq_id is not None and kb.item(faq_id) is None:
            await messaging.say(interaction, UNKNOWN_ENTRY)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        record = await self._questions.resolve(
            id, by=str(interaction.user.id), at=self._service.now(), faq_id=faq_id, note=note
        )
        if record is None:
            await messaging.say(interaction, f"There is no question #{id}.")
            return
        line = f"Resolved #{record.id} (asked {record.count}\u00d7)"
        if faq_id is not None:
            line += f" with `{faq_id}`"
        if self._notify and (faq_id is not None or note):
            told = await self._notifier.notify(record.id, self._questions, faq_id=faq_id,
                                               note=note)
            line += f"; told {told} {'place' if told == 1 else 'places'} where it was asked."
        else:
            line += "."
        await messaging.say(interaction, line)

    @resolve.autocomplete("faq_id")
    async def faq_id_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        kb = self._service.faq.current.index.kb
        typed = current.strip().lower()
        items: list[FaqEntry | Session | Theme] = [*kb.faq, *kb.sessions, *kb.themes]
        found = [
            i for i in items
            if len(i.id) <= MAX_CHOICE_CHARS
            and (not typed or typed in i.id or typed in title_of(i).lower())
        ]
        return [
            app_commands.Choice(name=clip(f"{i.id} \u2014 {title_of(i)}"), value=i.id)
            for i in found[:25]
        ]

    @unanswered.command(name="dismiss")
    @app_commands.describe(id="The question's number (#)", note="Why (spam, off-topic...)")
    async def dismiss(
        self,
        interaction: discord.Interaction[Any],
        id: app_commands.Range[int, 1],
        note: app_commands.Range[str, 1, 1000] | None = None,
    ) -> None:
        """Set a question aside without answering it."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        record = await self._questions.dismiss(
            id, by=str(interaction.user.id), at=self._service.now(), note=note
        )
        if record is None:
            await messaging.say(interaction, f"There is no question #{id}.")
            return
        await messaging.say(interaction, f"Dismissed #{record.id}.")

    @unanswered.command(name="export")
    @app_commands.describe(status="Which questions (default: all)")
    async def export_csv(
        self, interaction: discord.Interaction[Any], status: StatusName = "all"
    ) -> None:
        """Every question as a CSV file (safe to open in a spreadsheet)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await self._questions.export(_STATUSES[status])
        data = export.to_csv(rows).encode("utf-8", errors="backslashreplace")
        if len(data) > MAX_EXPORT_BYTES:
            await messaging.say(
                interaction,
                "The export is too large for Discord; run `conference-bot unanswered export` "
                "on the server instead.",
            )
            return
        stamp = self._service.now().astimezone(dt.UTC).strftime("%Y%m%d-%H%M")
        file = discord.File(io.BytesIO(data), filename=f"unanswered-{status}-{stamp}.csv")
        await messaging.follow_up(
            interaction,
            [render.Reply(content=f"{len(rows)} question(s), {status}.")],
            file=file,
        )
