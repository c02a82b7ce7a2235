"""A small stand-in for Discord's gateway and REST API, for end-to-end bot tests.

Typical use (see tests/discord_bot/conftest.py for the ``fake_discord`` fixture)::

    async with running_client(bot, fake_discord):
        await fake_discord.send_message(Ids.HELP_CHANNEL, fake_discord.world.member, "hi")
        reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
        pending = await fake_discord.send_slash_command("faq", {"query": "wifi"})
        answer = await pending.response()  # the interaction callback body
"""

from .harness import pointed_at, running_client
from .interactions import InteractionCallback, PendingInteraction
from .records import RecordedFile, RecordedRequest, RequestLog
from .server import FakeDiscord, make_token
from .world import (
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Ids,
    World,
    default_world,
)

__all__ = [
    "FakeChannel",
    "FakeDiscord",
    "FakeGuild",
    "FakeMember",
    "FakeRole",
    "FakeUser",
    "Ids",
    "InteractionCallback",
    "PendingInteraction",
    "RecordedFile",
    "RecordedRequest",
    "RequestLog",
    "World",
    "default_world",
    "make_token",
    "pointed_at",
    "running_client",
]
