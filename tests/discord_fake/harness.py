"""Pointing a real discord.py client at ``FakeDiscord`` and running it for a test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import TypeVar

import discord

from tests.discord_client import pointed_at_urls, race, ready_with_guilds, stopped

from .server import FakeDiscord

ClientT = TypeVar("ClientT", bound=discord.Client)


@contextmanager
def pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Send discord.py's REST calls and gateway connections to ``fake``."""
    with pointed_at_urls(fake.api_url, fake.gateway_url):
        yield


@asynccontextmanager
async def running_client(
    client: ClientT, fake: FakeDiscord, *, token: str | None = None, within: float = 10.0
) -> AsyncIterator[ClientT]:
    """Start ``client`` against ``fake``, wait for on_ready and the guilds, close it after.

    Errors of ``client.start`` (e.g. ``LoginFailure``) are raised here instead of a
    timeout; ``within`` bounds each startup step. The fake must already be started
    and ``pointed_at``.
    """
    task = asyncio.create_task(client.start(token or fake.token), name="discord-client-under-test")
    try:
        await race(task, fake.gateway.wait_ready(within), within, "identify with the fake")
        await ready_with_guilds(client, task, (g.id for g in fake.world.guilds), within)
        yield client
    except BaseException:
        await stopped(client, task)
        raise
    error = await stopped(client, task)
    if error is not None:
        raise error
