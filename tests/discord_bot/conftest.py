"""Fixtures for end-to-end tests of the Discord bot against a fake Discord on 127.0.0.1.

``fake_discord``  a started :class:`FakeDiscord` with discord.py pointed at it
                  (``Route.BASE`` and the default gateway URL are patched, then restored).
``discord_token`` the token the fake accepts (``fake_discord.token``).
``start_client``  ``await start_client(bot)`` starts a real discord.py client against
                  the fake, waits for on_ready, and closes it when the test ends.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from typing import Protocol, TypeVar

import discord
import pytest

from tests.discord_fake import FakeDiscord, pointed_at, running_client

ClientT = TypeVar("ClientT", bound=discord.Client)


class StartClient(Protocol):
    async def __call__(self, client: ClientT, /) -> ClientT: ...


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        with pointed_at(fake):
            yield fake


@pytest.fixture
def discord_token(fake_discord: FakeDiscord) -> str:
    return fake_discord.token


@pytest.fixture
async def start_client(fake_discord: FakeDiscord) -> AsyncIterator[StartClient]:
    async with AsyncExitStack() as stack:

        async def start(client: ClientT, /) -> ClientT:
            return await stack.enter_async_context(running_client(client, fake_discord))

        yield start
