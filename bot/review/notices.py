"""Who to tell when a group is resolved or dismissed, and where: one notice per asker.

Pure: from the asks of every question in the group to one ``Notice`` per person who
asked on Discord, in the place of their latest ask (a reply in the channel when it was
asked in public, else a direct message). The console's asks have nobody to tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.models import OriginKind
from bot.storage import Ask


@dataclass(frozen=True)
class Notice:
    user_id: int
    channel_id: int | None  # None: by direct message
    guild_id: int | None
    message_id: int | None  # the asker's message (or the bot's answer to it) to reply to

    @property
    def in_channel(self) -> bool:
        return self.channel_id is not None


def plan_notices(asks: Iterable[Ask]) -> list[Notice]:
    """One notice per Discord asker, in the order they first asked."""
    latest: dict[int, Ask] = {}
    first: dict[int, int] = {}
    for n, ask in enumerate(sorted(asks, key=lambda a: a.asked_at)):
        o = ask.origin
        if o.kind != OriginKind.DISCORD or o.user_id is None:
            continue
        first.setdefault(o.user_id, n)
        latest[o.user_id] = ask
    notices = []
    for user_id in sorted(latest, key=lambda u: first[u]):
        o = latest[user_id].origin
        if o.guild_id is not None and o.channel_id is not None and o.message_id is not None:
            notices.append(Notice(user_id, o.channel_id, o.guild_id, o.message_id))
        else:  # a DM, or an ephemeral /ask nobody else saw: tell them privately
            notices.append(Notice(user_id, None, None, o.message_id))
    return notices
