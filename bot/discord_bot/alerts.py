"""Urgent and sensitive messages reach a human at once: a post in the moderators' channel.

The post names the topic, links to the message (or, for a DM, gives the person's id),
quotes the message made inert, and may ping one role (``ALERT_ROLE_ID``): the only
ping the bot ever sends, and only to that role. A flood of the same alert from the
same place (a room full of people reporting one fire) is one post whose count goes
up, pinging once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import discord

from bot.core.models import AlertKind, Answer, Origin
from bot.discord_bot import messaging, render

log = logging.getLogger(__name__)

# The same alert from the same place within this many seconds adds to the first post.
COLLAPSE_SECONDS = 120.0
# How much of the message the post quotes.
QUOTE_CHARS = 300
_HEADINGS = {
    AlertKind.URGENT: "\U0001f6a8 **Urgent: {topic}**",
    AlertKind.SENSITIVE: "\U0001f512 **Sensitive question: {topic}**",
}


@dataclass
class _Posted:
    message: discord.Message
    text: str
    count: int
    at: float


def where(origin: Origin, jump_url: str | None) -> str:
    """Where the alert came from, without mentioning anyone."""
    if origin.guild_id is None:
        return f"in a DM from user id {origin.user_id}"
    place = jump_url or (f"https://discord.com/channels/{origin.guild_id}/{origin.channel_id}"
                         if origin.channel_id else "in the server")
    return f"{place} (user id {origin.user_id})"


def alert_text(result: Answer, origin: Origin, jump_url: str | None) -> str:
    assert result.alert is not None
    heading = _HEADINGS[result.alert].format(topic=render.inert(result.title or "", 100))
    quote = render.inert(result.question, QUOTE_CHARS)
    return f"{heading}\n{where(origin, jump_url)}\n> {quote}"


class AlertPoster:
    """Posts alerts to the moderators' channel; knows the one role it may ping."""

    def __init__(
        self,
        client: discord.Client,
        channel_id: int | None,
        role_id: int | None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self.channel_id = channel_id
        self.role_id = role_id
        self._monotonic = monotonic
        self._recent: dict[tuple[str, int | None, int | None], _Posted] = {}

    def mentions(self) -> discord.AllowedMentions:
        roles = [discord.Object(self.role_id)] if self.role_id else False
        return discord.AllowedMentions(everyone=False, users=False, roles=roles,
                                       replied_user=False)

    async def post(self, result: Answer, origin: Origin, jump_url: str | None = None) -> None:
        """Tell the moderators; a failure is logged, never raised at the attendee."""
        if result.alert is None or self.channel_id is None:
            return
        topic = result.item_id or result.best_id or ""
        key = (topic, origin.channel_id if origin.guild_id else None, origin.user_id
               if origin.guild_id is None else None)
        now = self._monotonic()
        try:
            earlier = self._recent.get(key)
            if earlier is not None and now - earlier.at <= COLLAPSE_SECONDS:
                earlier.count += 1
                await earlier.message.edit(
                    content=f"{earlier.text}\n(\u00d7{earlier.count} in the last minutes)",
                    allowed_mentions=messaging.NO_PINGS,
                )
                return
            text = alert_text(result, origin, jump_url)
            ping = f"<@&{self.role_id}> " if self.role_id else ""
            channel = self._client.get_partial_messageable(self.channel_id)
            message = await channel.send(render.truncate(ping + text, render.MESSAGE_CHARS),
                                         allowed_mentions=self.mentions())
            self._recent[key] = _Posted(message, render.truncate(text, 1800), 1, now)
            self._forget(now)
        except discord.HTTPException as exc:
            log.error("cannot post an alert to the mod-log channel %s: %s", self.channel_id, exc)

    def _forget(self, now: float) -> None:
        for key in [k for k, p in self._recent.items() if now - p.at > COLLAPSE_SECONDS]:
            del self._recent[key]
