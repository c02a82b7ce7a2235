"""Times and origins shared by the storage tests."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from bot.core.models import Origin, OriginKind

T0 = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.UTC)
CONSOLE = Origin.console()


def at(minutes: float) -> dt.datetime:
    """A time ``minutes`` after T0."""
    return T0 + dt.timedelta(minutes=minutes)


def discord(user: int, message: int = 1) -> Origin:
    """A Discord origin with realistic snowflake-sized ids."""
    return Origin(
        kind=OriginKind.DISCORD,
        user_id=user,
        channel_id=1_200_000_000_000_000_000 + user,
        guild_id=9_100_000_000_000_000_000,
        message_id=message,
    )


REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer.py")  # subprocess helper script


def writer_command(db_path: Path, prefix: str, count: int, *flags: str) -> list[str]:
    return [sys.executable, str(WRITER), str(db_path), prefix, str(count), *flags]


def writer_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env
