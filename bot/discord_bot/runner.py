"""``conference-bot run``: start the Discord bot, or stop with one clear line.

Every start-up failure a person can fix (no token, a malformed or rejected token,
an unreadable FAQ file, a database that cannot be written, the Message Content
intent not enabled) becomes a :class:`~bot.errors.BotError` with one line for the
CLI to print, never a traceback. Logging goes to stderr through a formatter that
blanks the token wherever it would appear.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import sys
from typing import Any, TextIO

import aiohttp
import discord

from bot.config import Secret, Settings
from bot.errors import BotError, ConfigError
from bot.lifecycle import STOP_SIGNALS, StopSignals
from bot.storage import QuestionStore
from bot.wiring import build_bot, faq_loader, open_stores

log = logging.getLogger(__name__)

# A bot token is three base64url parts: the bot's id, a timestamp, an HMAC.
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")
REDACTED = "[token redacted]"
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then blanks every secret (tracebacks included)."""

    def __init__(self, fmt: str, secrets: tuple[str, ...]) -> None:
        super().__init__(fmt)
        self._secrets = tuple(s for s in secrets if s)

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


def setup_logging(
    level: str, token: Secret | None, stream: TextIO | None = None
) -> logging.Handler:
    """Log to stderr at ``level``; returns the handler (tests remove it again)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    secrets = (token.reveal(),) if token else ()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", secrets)
    )
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())
    if level.upper() != "DEBUG":
        # discord.py is chatty at INFO about its gateway; its warnings still show.
        logging.getLogger("discord").setLevel(logging.WARNING)
    return handler


def checked_token(token: Secret | None) -> Secret:
    """The token, or ConfigError when it is missing or cannot be a bot token."""
    if token is None or not token.reveal().strip():
        raise ConfigError(
            "DISCORD_TOKEN is not set: put the bot token from the Developer Portal "
            "(Bot > Reset Token) in .env or the environment"
        )
    value = token.reveal().strip()
    if value.lower().startswith("bot "):
        raise ConfigError("DISCORD_TOKEN must be the token alone, without the 'Bot ' prefix")
    if _TOKEN_SHAPE.fullmatch(value) is None:
        raise ConfigError(
            "DISCORD_TOKEN does not look like a bot token (three parts separated by dots); "
            "copy it again from the Developer Portal (Bot > Reset Token)"
        )
    return Secret(value)


async def probe_writable(questions: QuestionStore) -> None:
    """Fail now, not at the first question, when the database cannot be written."""
    await questions.purge_closed(older_than=_EPOCH)  # a write transaction that deletes nothing


async def run_bot(settings: Settings, **bot_options: Any) -> None:
    """Run until the connection closes or a stop signal (SIGTERM, SIGINT) asks for it.

    A stop takes no more questions, lets those in flight be answered, flushes the
    question log and closes the Discord connection; then this returns (exit status 0).
    A second signal exits at once (see :mod:`bot.lifecycle`).
    """
    token = checked_token(settings.discord_token)
    faq = await asyncio.to_thread(faq_loader(settings), settings.faq_path)
    for warning in faq.warnings:
        log.warning("%s", warning)
    # One connection for the question log and the live programme: the bot closes the
    # programme's store as it stops, this the rest (and the connection).
    stores = await open_stores(settings.db_path)
    try:
        await probe_writable(stores.questions)
        bot = build_bot(settings, faq=faq, questions=stores.questions,
                        programme=stores.programme, **bot_options)
        signals = StopSignals(lambda _name: bot.request_stop(), STOP_SIGNALS)
        signals.install(asyncio.get_running_loop())
        try:
            async with bot:
                await bot.start(token.reveal())
            if signals.received is not None:
                log.info("stopped by %s: %d question(s) in flight finished, %d question log "
                         "write(s) flushed", signals.received, bot.in_flight_at_stop,
                         bot.flushed)
        except discord.LoginFailure:
            raise ConfigError(
                "Discord rejected DISCORD_TOKEN: it is wrong or was reset; copy a new one "
                "from the Developer Portal (Bot > Reset Token)"
            ) from None
        except (aiohttp.ClientError, OSError, discord.GatewayNotFound) as exc:
            raise BotError(
                f"cannot reach Discord: {exc.__class__.__name__}: {exc}; check the network "
                "connection (the bot needs https://discord.com and its gateway)"
            ) from None
        except discord.PrivilegedIntentsRequired:
            raise ConfigError(
                "Discord refused the Message Content intent that ASK_CHANNEL_IDS needs: "
                "enable it in the Developer Portal (Bot > Privileged Gateway Intents) "
                "or leave ASK_CHANNEL_IDS empty"
            ) from None
        finally:
            signals.uninstall()
    finally:
        await stores.close()
