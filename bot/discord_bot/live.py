"""The notifier's ``Delivery`` on Discord: the announcement channel and DMs.

The channel is shared: its posts are in the server's preferred language when that is
one of the six (English otherwise); a DM is in its reader's language.

What Discord refuses for good (a member who closed DMs, a user or channel that does not
exist, no permission) comes back as REFUSED and is not tried again; anything else
(Discord down, the network) as FAILED, tried again at the next tick. Every message
pings nobody.
"""

from __future__ import annotations

import logging

import aiohttp
import discord

from bot.core.changes import Change
from bot.core.models import KnowledgeBase
from bot.core.reminders import Reminder
from bot.discord_bot import messaging, notices
from bot.notifier import Outcome, Sent

log = logging.getLogger(__name__)

# HTTP statuses that will not change on a retry: a bad request (an unknown recipient),
# forbidden (DMs closed, 50007; no access), not found.
FINAL_STATUSES = frozenset({400, 403, 404})


class DiscordDelivery:
    def __init__(self, client: discord.Client, channel_id: int | None) -> None:
        self._client = client
        self.channel_id = channel_id

    async def announce(self, change: Change, kb: KnowledgeBase) -> Sent:
        if self.channel_id is None:
            return Sent(Outcome.REFUSED)
        channel = self._client.get_partial_messageable(self.channel_id)
        try:
            text = notices.announcement_text(change, kb, self.channel_language())
            message = await channel.send(text, allowed_mentions=messaging.NO_PINGS)
        except discord.HTTPException as exc:
            if exc.status not in FINAL_STATUSES:
                log.warning("posting the change to %s failed; trying again shortly: %s",
                            change.session_id, exc)
                return Sent(Outcome.FAILED)
            log.error("cannot post the change to %s in the announcement channel %s (check "
                      "ANNOUNCE_CHANNEL_ID and the bot's permissions there): %s",
                      change.session_id, self.channel_id, exc)
            return Sent(Outcome.REFUSED)
        except (aiohttp.ClientError, OSError) as exc:
            log.warning("posting the change to %s failed; trying again shortly: %s",
                        change.session_id, exc)
            return Sent(Outcome.FAILED)
        return Sent(Outcome.SENT, message.id)

    def channel_language(self) -> str | None:
        """The language of the announcement channel's server (None: English, also when the
        channel is not in the cache yet: the wording is then the one it always was)."""
        if self.channel_id is None:
            return None
        guild = getattr(self._client.get_channel(self.channel_id), "guild", None)
        return messaging.server_language(guild if isinstance(guild, discord.Guild) else None)

    async def notify(self, user_id: int, change: Change, kb: KnowledgeBase,
                     language: str | None = None) -> Sent:
        return await self._dm(user_id, notices.follower_text(change, kb, language),
                              "change notice")

    async def remind(self, reminder: Reminder, kb: KnowledgeBase) -> Sent:
        return await self._dm(reminder.user_id, notices.reminder_text(reminder, kb), "reminder")

    async def _dm(self, user_id: int, text: str, what: str) -> Sent:
        try:
            channel = await self._client.create_dm(discord.Object(user_id))
            message = await channel.send(text, allowed_mentions=messaging.NO_PINGS)
        except discord.HTTPException as exc:
            if exc.status not in FINAL_STATUSES:
                log.warning("%s to user %s failed; trying again shortly: %s", what, user_id, exc)
                return Sent(Outcome.FAILED)
            # 50007 "Cannot send messages to this user": DMs closed. Never retried.
            log.info("%s to user %s refused by Discord: %s", what, user_id, exc)
            return Sent(Outcome.REFUSED)
        except (aiohttp.ClientError, OSError) as exc:
            log.warning("%s to user %s failed; trying again shortly: %s", what, user_id, exc)
            return Sent(Outcome.FAILED)
        return Sent(Outcome.SENT, message.id)
