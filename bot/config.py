"""Settings: command-line flags, then the environment, then ``.env``, then defaults.

The only module that reads ``os.environ``. Nothing is built at import time: the
entry point calls :func:`load_settings` once and passes the result down.
The setting names are a fixed contract (other tools set them); see ``.env.example``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import dotenv_values

from bot.errors import ConfigError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_FAQ = PROJECT_ROOT / "faq" / "conference.yaml"
DEFAULT_DB = Path("data") / "concierge.sqlite3"
DEFAULT_EMBEDDING_CACHE = Path("data") / "embeddings"


class Secret:
    """A value that never shows itself in a repr, a log line or an f-string."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Settings:
    faq_path: Path = BUNDLED_FAQ
    db_path: Path = DEFAULT_DB
    discord_token: Secret | None = field(default=None, repr=False)
    guild_id: int | None = None
    moderator_role_id: int | None = None
    mod_log_channel_id: int | None = None
    # The one role urgent and sensitive alerts may ping (None: alerts ping nobody).
    alert_role_id: int | None = None
    ask_channel_ids: tuple[int, ...] = ()
    # "public": answers are visible to the channel; "ephemeral": slash-command
    # answers are shown only to the asker (mentions and DMs are always public).
    reply_visibility: str = "public"
    # Per-user flood control: at most COOLDOWN_QUESTIONS questions per COOLDOWN_SECONDS.
    cooldown_questions: int = 5
    cooldown_seconds: float = 30.0
    notify_on_resolve: bool = True
    retention_days: int = 90
    faq_poll_seconds: float = 2.0
    log_level: str = "INFO"
    sync_global: bool = False
    # "auto": match by meaning too when the semantic extra is installed; "on": refuse
    # to start without it; "off": words only.
    semantic_search: str = "auto"
    # Where embeddings of the FAQ are kept between runs (next to the database by default).
    embedding_cache: Path = DEFAULT_EMBEDDING_CACHE
    # Where programme changes are announced (None: followers are still told by DM).
    announce_channel_id: int | None = None
    # Edits saved within this many seconds of the first are announced once, together.
    announce_quiet_seconds: float = 60.0
    # Minutes before a followed session its reminder DM is sent (each person may choose).
    reminder_minutes: int = 10
    # The FAQ file limits, raised only for a big event's file (the reader's defaults).
    faq_max_mib: int = 5
    faq_max_values: int = 100_000


def _path(value: str) -> Path:
    return Path(value).expanduser()


# Discord ids ("snowflakes") are unsigned 64-bit integers.
MAX_DISCORD_ID = 2**64 - 1


def _snowflake(name: str) -> Callable[[str], int]:
    def parse(value: str) -> int:
        text = value.strip()
        digits = text.removeprefix("-")
        # int() also takes "1_000", "+5" and non-ASCII digits such as "١٢٣": none of
        # them is how Discord shows an id, so they are more likely a paste error.
        if not (digits.isascii() and digits.isdigit()):
            raise ConfigError(f"{name} must be a Discord id (a number), got {value!r}")
        if len(digits) > len(str(MAX_DISCORD_ID)) or int(digits) > MAX_DISCORD_ID:
            raise ConfigError(f"{name} is too large to be a Discord id, got {value!r}")
        number = int(text)
        if number <= 0:
            raise ConfigError(f"{name} must be a positive Discord id, got {value!r}")
        return number

    return parse


def _snowflakes(name: str) -> Callable[[str], tuple[int, ...]]:
    one = _snowflake(name)

    def parse(value: str) -> tuple[int, ...]:
        items = [v for v in value.replace(";", ",").split(",") if v.strip()]
        return tuple(one(v) for v in items)

    return parse


def _bool(name: str) -> Callable[[str], bool]:
    def parse(value: str) -> bool:
        lowered = value.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{name} must be true or false, got {value!r}")

    return parse


def _positive(
    name: str, kind: type[int] | type[float], minimum: float = 0.0
) -> Callable[[str], float]:
    def parse(value: str) -> float:
        try:
            number = kind(value.strip())
        except ValueError:
            raise ConfigError(f"{name} must be a number, got {value!r}") from None
        if not math.isfinite(number):
            # float() accepts "nan" and "inf": a NaN cooldown never expires and an
            # infinite poll interval never reloads the FAQ.
            raise ConfigError(f"{name} must be a finite number, got {value!r}")
        if number < 0:
            raise ConfigError(f"{name} must not be negative, got {value!r}")
        if number < minimum:
            raise ConfigError(f"{name} must be at least {minimum:g}, got {value!r}")
        return number

    return parse


def _bounded_int(name: str, low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        text = value.strip()
        if not (text.isascii() and text.isdigit()):
            raise ConfigError(f"{name} must be a whole number from {low} to {high}, got {value!r}")
        number = int(text)
        if not low <= number <= high:
            raise ConfigError(f"{name} must be from {low} to {high}, got {value!r}")
        return number

    return parse


def _choice(name: str, choices: tuple[str, ...]) -> Callable[[str], str]:
    def parse(value: str) -> str:
        lowered = value.strip().lower()
        if lowered not in choices:
            raise ConfigError(f"{name} must be one of {', '.join(choices)}, got {value!r}")
        return lowered

    return parse


def _secret(value: str) -> Secret | None:
    value = value.strip()
    return Secret(value) if value else None


# Environment name -> (settings field, parser).
ENVIRONMENT: dict[str, tuple[str, Callable[[str], object]]] = {
    "DISCORD_TOKEN": ("discord_token", _secret),
    "DISCORD_GUILD_ID": ("guild_id", _snowflake("DISCORD_GUILD_ID")),
    "FAQ_PATH": ("faq_path", _path),
    "DB_PATH": ("db_path", _path),
    "MODERATOR_ROLE_ID": ("moderator_role_id", _snowflake("MODERATOR_ROLE_ID")),
    "MOD_LOG_CHANNEL_ID": ("mod_log_channel_id", _snowflake("MOD_LOG_CHANNEL_ID")),
    "ALERT_ROLE_ID": ("alert_role_id", _snowflake("ALERT_ROLE_ID")),
    "ASK_CHANNEL_IDS": ("ask_channel_ids", _snowflakes("ASK_CHANNEL_IDS")),
    "REPLY_VISIBILITY": ("reply_visibility", _choice("REPLY_VISIBILITY", ("public", "ephemeral"))),
    "COOLDOWN_QUESTIONS": ("cooldown_questions", _positive("COOLDOWN_QUESTIONS", int)),
    "COOLDOWN_SECONDS": ("cooldown_seconds", _positive("COOLDOWN_SECONDS", float)),
    "NOTIFY_ON_RESOLVE": ("notify_on_resolve", _bool("NOTIFY_ON_RESOLVE")),
    "RETENTION_DAYS": ("retention_days", _positive("RETENTION_DAYS", int)),
    # Polling the FAQ file more often than this only burns CPU.
    "FAQ_POLL_SECONDS": ("faq_poll_seconds", _positive("FAQ_POLL_SECONDS", float, 0.2)),
    "LOG_LEVEL": (
        "log_level",
        _choice("LOG_LEVEL", ("debug", "info", "warning", "error", "critical")),
    ),
    "SEMANTIC_SEARCH": ("semantic_search", _choice("SEMANTIC_SEARCH", ("auto", "on", "off"))),
    "EMBEDDING_CACHE": ("embedding_cache", _path),
    "ANNOUNCE_CHANNEL_ID": ("announce_channel_id", _snowflake("ANNOUNCE_CHANNEL_ID")),
    "ANNOUNCE_QUIET_SECONDS": (
        "announce_quiet_seconds", _positive("ANNOUNCE_QUIET_SECONDS", float)),
    "REMINDER_MINUTES": ("reminder_minutes", _bounded_int("REMINDER_MINUTES", 0, 1440)),
    # Raising only: below the defaults a file that loads today would be refused. The
    # ceilings keep a typo ("FAQ_MAX_MIB=50000") from lifting the guard altogether.
    "FAQ_MAX_MIB": ("faq_max_mib", _bounded_int("FAQ_MAX_MIB", 5, 1024)),
    "FAQ_MAX_VALUES": ("faq_max_values", _bounded_int("FAQ_MAX_VALUES", 100_000, 50_000_000)),
}


def load_settings(
    flags: Mapping[str, object] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    env_file: Path | None = Path(".env"),
) -> Settings:
    """Build the settings once. ``flags`` holds command-line values (None = not given)."""
    values: dict[str, object] = {}
    sources: list[Mapping[str, str | None]] = []
    if env_file is not None and env_file.is_file():
        try:
            sources.append(dotenv_values(env_file))
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read {env_file}: {exc}") from exc
    sources.append(os.environ if environ is None else environ)
    for source in sources:  # later sources win
        for name, (attr, parse) in ENVIRONMENT.items():
            raw = source.get(name)
            if raw is None or raw.strip() == "":  # an empty line in .env sets nothing
                continue
            values[attr] = parse(raw)
    for attr, value in (flags or {}).items():
        if value is not None:
            values[attr] = value
    if "log_level" in values:
        values["log_level"] = str(values["log_level"]).upper()
    return Settings(**values)  # type: ignore[arg-type]  # keys come from the table above
