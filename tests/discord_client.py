"""A real discord.py client against a stand-in for Discord, known by its URLs only.

Pointing discord.py at the stand-in, the start-up steps (identify, on_ready, every guild
available) and the shutdown. ``tests.discord_fake.harness`` runs the tests' clients
with these; ``benchmarks/discord_load.py`` runs the bot's own process with them, which
is why this module imports discord and nothing of the fake (that process's memory is
the bot's).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import discord
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route


@contextmanager
def pointed_at_urls(api_url: str, gateway_url: str) -> Iterator[None]:
    """Send discord.py's REST calls (webhooks included) and gateway connections there.

    discord.py 2.x connects straight to ``DiscordWebSocket.DEFAULT_GATEWAY`` without
    asking ``GET /gateway`` first, so both class attributes are patched.
    """
    old_base, old_gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    Route.BASE = api_url
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)
    try:
        yield
    finally:
        Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = old_base, old_gateway


async def race(task: asyncio.Task[None], step: Awaitable[Any], within: float, what: str) -> None:
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
    raise AssertionError(f"the client did not {what} within {within:g}s")


async def ready_with_guilds(
    client: discord.Client, task: asyncio.Task[None], guild_ids: Iterable[int], within: float
) -> None:
    """on_ready, then every one of ``guild_ids`` available (each step within ``within``)."""
    await race(task, client.wait_until_ready(), within, "dispatch on_ready")
    for guild_id in guild_ids:
        cached = client.get_guild(guild_id)
        if cached is None or cached.unavailable:
            available = client.wait_for(
                "guild_available", check=lambda g, gid=guild_id: g.id == gid
            )
            await race(task, available, within, f"see guild {guild_id}")


async def stopped(
    client: discord.Client, task: asyncio.Task[None], within: float = 5.0
) -> BaseException | None:
    """close(), then the start() task must end: None, its own error, or why it did not."""
    await client.close()
    done, _ = await asyncio.wait({task}, timeout=within)
    if not done:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return AssertionError(f"the client did not stop within {within:g}s of close()")
    return task.exception() if not task.cancelled() else None
