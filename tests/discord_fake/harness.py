"""Pointing a real discord.py client at ``FakeDiscord`` and running it for a test."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any, TypeVar

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from .server import FakeDiscord

ClientT = TypeVar("ClientT", bound=discord.Client)


@contextmanager
def pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Send discord.py's REST calls (webhooks included) and gateway connections to ``fake``.

    discord.py 2.x connects straight to ``DiscordWebSocket.DEFAULT_GATEWAY`` without
    asking ``GET /gateway`` first, so both class attributes are patched.
    """
    old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = fake.api_url
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway


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
        await _race(task, fake.gateway.wait_ready(within), within, "identify with the fake")
        await _race(task, client.wait_until_ready(), within, "dispatch on_ready")
        for guild in fake.world.guilds:
            cached = client.get_guild(guild.id)
            if cached is None or cached.unavailable:
                available = client.wait_for(
                    "guild_available", check=lambda g, gid=guild.id: g.id == gid
                )
                await _race(task, available, within, f"see guild {guild.id}")
        yield client
    except BaseException:
        await _shutdown(client, task, raise_errors=False)
        raise
    else:
        await _shutdown(client, task, raise_errors=True)


async def _race(task: asyncio.Task[None], step: Awaitable[Any], within: float, what: str) -> None:
    """Await ``step`` unless the client task ends (with its error) or time runs out."""
    waiter = asyncio.ensure_future(step)
    done, _ = await asyncio.wait(
        {task, waiter}, timeout=within, return_when=asyncio.FIRST_COMPLETED
    )
    if waiter in done:
        waiter.result()
        return
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    if task in done:
        task.result()  # raises the client's own error, e.g. discord.LoginFailure
        raise AssertionError(f"the client stopped before it could {what}")
    raise AssertionError(f"the client did not {what} within {within}s")


async def _shutdown(
    client: discord.Client, task: asyncio.Task[None], *, raise_errors: bool
) -> None:
    await client.close()
    done, _ = await asyncio.wait({task}, timeout=5.0)
    if not done:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        if raise_errors:
            raise AssertionError("the client did not stop within 5s of close()")
        return
    error = task.exception() if not task.cancelled() else None
    if error is not None and raise_errors:
        raise error
