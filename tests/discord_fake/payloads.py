"""Discord API v10 JSON shapes built from the :mod:`world` dataclasses.

Only the fields discord.py reads (or that a test may want to look at) are filled in.
Snowflakes are strings, as on the wire.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from .world import DM_CHANNEL, FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser, World

JSON = dict[str, Any]

DISCORD_EPOCH_MS = 1_420_070_400_000
EPHEMERAL = 1 << 6
LOADING = 1 << 7
# Unverified bots get the "limited" variants of the privileged intents.
APPLICATION_FLAGS = (1 << 13) | (1 << 15) | (1 << 19)
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


class Snowflakes:
    """Hands out unique, increasing, realistic snowflakes (timestamp in the top bits)."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        now = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(now, self._last + 1)
        return self._last


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user_payload(user: FakeUser) -> JSON:
    return {
        "id": str(user.id),
        "username": user.username,
        "global_name": user.global_name,
        "discriminator": "0",
        "avatar": None,
        "bot": user.bot,
        "public_flags": 0,
    }


def bot_user_payload(user: FakeUser) -> JSON:
    """``GET /users/@me`` and READY's ``user``: the client user has a few more fields."""
    return {**user_payload(user), "verified": True, "mfa_enabled": False, "flags": 0}


def role_payload(role: FakeRole) -> JSON:
    payload: JSON = {
        "id": str(role.id),
        "name": role.name,
        "permissions": str(role.permissions),
        "position": role.position,
        "color": 0,
        "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
        "hoist": False,
        "managed": role.managed,
        "mentionable": role.mentionable,
        "icon": None,
        "unicode_emoji": None,
        "flags": 0,
    }
    if role.bot_id is not None:
        payload["tags"] = {"bot_id": str(role.bot_id)}
    return payload


def member_payload(
    member: FakeMember, *, with_user: bool = True, permissions: int | None = None
) -> JSON:
    """A guild member; interactions add ``permissions``, message events drop ``user``."""
    payload: JSON = {
        "roles": [str(r) for r in member.role_ids],
        "nick": member.nick,
        "avatar": None,
        "joined_at": "2025-01-01T09:00:00+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if with_user:
        payload["user"] = user_payload(member.user)
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def channel_payload(channel: FakeChannel, *, permissions: int | None = None) -> JSON:
    payload: JSON = {
        "id": str(channel.id),
        "type": channel.type,
        "guild_id": str(channel.guild_id),
        "name": channel.name,
        "position": channel.position,
        "topic": channel.topic,
        "nsfw": False,
        "parent_id": None,
        "last_message_id": None,
        "rate_limit_per_user": 0,
        "permission_overwrites": [],
        "flags": 0,
    }
    if permissions is not None:
        payload["permissions"] = str(permissions)
    return payload


def dm_channel_payload(channel_id: int, recipient: FakeUser) -> JSON:
    return {
        "id": str(channel_id),
        "type": DM_CHANNEL,
        "last_message_id": None,
        "recipients": [user_payload(recipient)],
        "flags": 0,
    }


def guild_create_payload(guild: FakeGuild) -> JSON:
    return {
        "id": str(guild.id),
        "name": guild.name,
        "owner_id": str(guild.owner_id),
        "unavailable": False,
        "large": False,
        "member_count": len(guild.members),
        "joined_at": "2025-01-01T09:00:00+00:00",
        "icon": None,
        "features": [],
        "preferred_locale": guild.preferred_locale,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "mfa_level": 0,
        "nsfw_level": 0,
        "premium_tier": 0,
        "system_channel_id": None,
        "afk_channel_id": None,
        "roles": [role_payload(r) for r in guild.roles],
        "channels": [channel_payload(c) for c in guild.channels],
        "members": [member_payload(m) for m in guild.members],
        "threads": [],
        "presences": [],
        "voice_states": [],
        "emojis": [],
        "stickers": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def partial_guild_payload(guild: FakeGuild) -> JSON:
    """The ``guild`` object Discord puts in interactions."""
    return {"id": str(guild.id), "locale": guild.preferred_locale, "features": []}


def application_payload(world: World) -> JSON:
    return {
        "id": str(world.application_id),
        "name": world.application_name,
        "description": "",
        "icon": None,
        "bot_public": False,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "flags": APPLICATION_FLAGS,
        "owner": user_payload(world.owner),
        "team": None,
        "bot": user_payload(world.bot),
        "summary": "",
        "interactions_endpoint_url": None,
        "redirect_uris": [],
        "tags": [],
    }


def attachment_payload(
    attachment_id: int,
    channel_id: int,
    filename: str,
    size: int,
    content_type: str | None,
    base_url: str,
) -> JSON:
    url = f"{base_url}/attachments/{channel_id}/{attachment_id}/{filename}"
    return {
        "id": str(attachment_id),
        "filename": filename,
        "size": size,
        "url": url,
        "proxy_url": url,
        "content_type": content_type,
    }


def message_payload(
    *,
    message_id: int,
    channel_id: int,
    author: FakeUser,
    content: str = "",
    guild_id: int | None = None,
    member: FakeMember | None = None,
    mentions: Sequence[JSON] = (),
    mention_roles: Sequence[int] = (),
    embeds: Sequence[JSON] = (),
    components: Sequence[JSON] = (),
    attachments: Sequence[JSON] = (),
    flags: int = 0,
    message_type: int = 0,
    webhook_id: int | None = None,
    application_id: int | None = None,
) -> JSON:
    payload: JSON = {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "type": message_type,
        "author": user_payload(author),
        "content": content,
        "timestamp": now_iso(),
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": list(mentions),
        "mention_roles": [str(r) for r in mention_roles],
        "attachments": list(attachments),
        "embeds": [{"type": "rich", **e} for e in embeds],
        "components": list(components),
        "pinned": False,
        "flags": flags,
    }
    if guild_id is not None:
        payload["guild_id"] = str(guild_id)
    if member is not None:
        payload["member"] = member_payload(member, with_user=False)
    if webhook_id is not None:
        payload["webhook_id"] = str(webhook_id)
    if application_id is not None:
        payload["application_id"] = str(application_id)
    return payload


def mention_payload(user: FakeUser, member: FakeMember | None) -> JSON:
    """Entries of a message's ``mentions``: a user, with ``member`` inside guilds."""
    payload = user_payload(user)
    if member is not None:
        payload["member"] = member_payload(member, with_user=False)
    return payload
