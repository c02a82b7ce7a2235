"""Sending rendered replies: every message with no pings, long answers in parts.

The one place that calls discord.py's send methods for answers, so "allowed
mentions: none" cannot be forgotten on any of them (interaction responses,
follow-ups, edits, channel messages, replies and DMs).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord

from bot.core.models import LANGUAGES, Origin, OriginKind
from bot.discord_bot.render import Reply

NO_PINGS = discord.AllowedMentions.none()


def origin_of(interaction: discord.Interaction[Any], message_id: int | None = None) -> Origin:
    return Origin(
        kind=OriginKind.DISCORD,
        user_id=interaction.user.id,
        channel_id=interaction.channel_id,
        guild_id=interaction.guild_id,
        message_id=message_id,
    )


def locale_language(interaction: discord.Interaction[Any]) -> str | None:
    """The UN language the person's Discord app is set to ("es-ES" -> "es"), if any.

    A hint only: the question's own text says more (Discord has no Arabic locale, and
    many people keep their app in English).
    """
    return language_of_locale(interaction.locale)


def language_of_locale(locale: discord.Locale | str | None) -> str | None:
    """The UN language of a Discord locale ("es-ES", "es-419" -> "es"; "zh-TW" -> "zh"),
    None for the others (German, Japanese...) and when unknown."""
    if locale is None:
        return None
    value = locale.value if isinstance(locale, discord.Locale) else locale
    code = str(value).split("-")[0].lower()
    return code if code in LANGUAGES else None


def server_language(guild: discord.Guild | None) -> str | None:
    """The UN language a server prefers (its "Server Primary Language" in Community
    settings), for what the bot posts where everyone reads: a channel is shared, so
    no one person's app language will do. None (English) when it is not one of the six.
    """
    return language_of_locale(guild.preferred_locale) if guild is not None else None


def origin_of_message(message: discord.Message) -> Origin:
    return Origin(
        kind=OriginKind.DISCORD,
        user_id=message.author.id,
        channel_id=message.channel.id,
        guild_id=message.guild.id if message.guild else None,
        message_id=message.id,
    )


def _embeds(reply: Reply) -> list[discord.Embed]:
    return list(reply.embeds)


async def respond(
    interaction: discord.Interaction[Any],
    replies: Sequence[Reply],
    *,
    ephemeral: bool,
    view: discord.ui.View | None = None,
) -> int | None:
    """Answer an interaction (buttons on the first message); returns its message id."""
    first, *rest = replies
    kwargs: dict[str, Any] = {"view": view} if view is not None else {}
    callback = await interaction.response.send_message(
        first.content, embeds=_embeds(first), ephemeral=ephemeral,
        allowed_mentions=NO_PINGS, **kwargs,
    )
    for reply in rest:
        await interaction.followup.send(
            reply.content or discord.utils.MISSING, embeds=_embeds(reply), ephemeral=ephemeral,
            allowed_mentions=NO_PINGS,
        )
    return callback.message_id


async def follow_up(
    interaction: discord.Interaction[Any],
    replies: Sequence[Reply],
    *,
    ephemeral: bool = True,
    view: discord.ui.View | None = None,
    file: discord.File | None = None,
) -> None:
    """Send replies after a ``defer``: buttons and file on the first."""
    for i, reply in enumerate(replies):
        kwargs: dict[str, Any] = {}
        if i == 0 and view is not None:
            kwargs["view"] = view
        if i == 0 and file is not None:
            kwargs["file"] = file
        await interaction.followup.send(
            reply.content or discord.utils.MISSING, embeds=_embeds(reply), ephemeral=ephemeral,
            allowed_mentions=NO_PINGS, wait=True, **kwargs,
        )


async def update(
    interaction: discord.Interaction[Any],
    replies: Sequence[Reply],
    *,
    view: discord.ui.View | None,
) -> None:
    """Replace the message a button is on (the rest of a long answer follows)."""
    first, *rest = replies
    await interaction.response.edit_message(
        content=first.content, embeds=_embeds(first), view=view, allowed_mentions=NO_PINGS
    )
    for reply in rest:
        await interaction.followup.send(
            reply.content or discord.utils.MISSING, embeds=_embeds(reply),
            allowed_mentions=NO_PINGS,
        )


async def reply_to(
    message: discord.Message, replies: Sequence[Reply], *, view: discord.ui.View | None = None
) -> discord.Message:
    """Reply to a message without pinging its author; returns the first reply."""
    first, *rest = replies
    kwargs: dict[str, Any] = {"view": view} if view is not None else {}
    sent = await message.reply(
        first.content, embeds=_embeds(first), mention_author=False,
        allowed_mentions=NO_PINGS, **kwargs,
    )
    for reply in rest:
        await message.channel.send(reply.content, embeds=_embeds(reply), allowed_mentions=NO_PINGS)
    return sent


async def tell(message: discord.Message, text: str) -> None:
    await message.reply(text, mention_author=False, allowed_mentions=NO_PINGS)


async def say(interaction: discord.Interaction[Any], text: str, *, ephemeral: bool = True) -> None:
    """One short line: the response if none was sent yet, else a follow-up."""
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=ephemeral, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(
            text, ephemeral=ephemeral, allowed_mentions=NO_PINGS
        )
