"""A small stand-in for Discord's gateway and REST API, for end-to-end bot tests.

A real discord.py client connects to ``FakeDiscord`` on 127.0.0.1 (``pointed_at``
patches ``Route.BASE`` and the default gateway URL). In tests use the fixtures of
tests/discord_bot/conftest.py::

    async def test_faq(fake_discord: FakeDiscord, start_client: StartClient) -> None:
        bot = await start_client(make_my_bot())          # waits for on_ready
        world = fake_discord.world                       # Ids.* are its fixed ids
        await fake_discord.send_message(Ids.HELP_CHANNEL, world.member, "wifi?")
        reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
        assert "HLC-Guest" in reply.json["content"]      # RecordedRequest

        await bot.tree.sync(guild=discord.Object(Ids.GUILD))
        pending = await fake_discord.send_slash_command("faq", {"query": "wifi"})
        answer = await pending.response()                # InteractionCallback
        assert answer.ephemeral
        click = await fake_discord.click_button(pending.original_message_id, label="Yes")
        assert (await click.response()).content == "Thanks!"

        assert fake_discord.requests.unknown == []       # no unimplemented route hit

Every wait (``response``, ``followup``, ``wait_for_request``...) takes ``within``
seconds (default 5) and raises AssertionError instead of hanging.
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
