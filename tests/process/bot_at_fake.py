"""``conference-bot ARGS`` pointed at a fake Discord (not a test module).

Usage: python tests/process/bot_at_fake.py run --faq F --db D, with FAKE_API_URL and
FAKE_GATEWAY_URL in the environment (the fake's URLs) and the fake's token as
DISCORD_TOKEN. It does what ``tests.discord_fake.pointed_at`` does (discord.py's REST
base and gateway URL), shortens discord.py's wait for more guilds to arrive (2 s by
default, one guild here) as the in-process tests do, then runs the real command line:
``bot.cli.main`` with its signal handling, logging and exit status.
"""

from __future__ import annotations

import functools
import os
import sys
from unittest import mock

import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from bot.cli import main
from bot.discord_bot import runner
from bot.wiring import build_bot

if __name__ == "__main__":
    Route.BASE = os.environ["FAKE_API_URL"]
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(os.environ["FAKE_GATEWAY_URL"])
    # The runner's own name for it: the bot it builds is the one that waits less.
    with mock.patch.object(runner, "build_bot",
                           functools.partial(build_bot, guild_ready_timeout=0.05)):
        sys.exit(main(sys.argv[1:]))
