"""Who to tell when a group is resolved or dismissed, and where: one notice per asker.

Pure: from the asks of every question in the group to one ``Notice`` per person who
asked on Discord, in the place of their latest ask (a reply in the channel when it was
asked in public, else a direct message). The console's asks have nobody to tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.core.models import OriginKind
from bot.storage import Ask


@dataclass(frozen=True)
class Notice:
    user_id: int
    channel_id: int | None  # None: by direct message
    guild_id: int | None
    message_id: int | None  # the asker's message (or the bot's answer to it) to reply to
    # The language of the asker's latest question (None: unknown): a group may hold the
    # same question asked in several languages, and each asker is told in theirs.
    language: str | None = field(default=None, compare=False)

    @property
    def in_channel(self) -> bool:
        return self.channel_id is not None


def plan_notices(asks: Iterable[Ask]) -> list[Notice]:
    """One notice per Discord asker, in the order they first asked."""
    return plan_notices_in((ask, None) for ask in asks)


def plan_notices_in(asked: Iterable[tuple[Ask, str | None]]) -> list[Notice]:
    """The same from each ask and the language of its question: a notice is in the
    language of the asker's latest question."""
    latest: dict[int, tuple[Ask, str | None]] = {}
    first: dict[int, int] = {}
    for n, (ask, language) in enumerate(sorted(asked, key=lambda a: a[0].asked_at)):
        o = ask.origin
        if o.kind != OriginKind.DISCORD or o.user_id is None:
            continue
        first.setdefault(o.user_id, n)
        latest[o.user_id] = (ask, language)
    notices = []
    for user_id in sorted(latest, key=lambda u: first[u]):
        ask, language = latest[user_id]
        o = ask.origin
        if o.guild_id is not None and o.channel_id is not None and o.message_id is not None:
            notices.append(Notice(user_id, o.channel_id, o.guild_id, o.message_id, language))
        else:  # a DM, or an ephemeral /ask nobody else saw: tell them privately
            notices.append(Notice(user_id, None, None, o.message_id, language))
    return notices
