"""Settings: flags > environment > .env > defaults, clear errors, a token that never shows."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest

from bot.config import BUNDLED_FAQ, DEFAULT_DB, ENVIRONMENT, Secret, Settings, load_settings
from bot.errors import ConfigError

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.not-a-real-token-0123456789"


def settings(environ: dict[str, str] | None = None, *, env_file: Path | None = None,
             **flags: object) -> Settings:
    return load_settings(flags, environ=environ or {}, env_file=env_file)


def dotenv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / ".env"
    path.write_text(text, encoding="utf-8")
    return path


# -- sources and precedence ---------------------------------------------------------


def test_nothing_set_gives_the_defaults() -> None:
    result = settings()
    assert result == Settings()
    assert result.faq_path == BUNDLED_FAQ and BUNDLED_FAQ.is_file()
    assert result.db_path == DEFAULT_DB == Path("data") / "concierge.sqlite3"
    assert result.discord_token is None and result.ask_channel_ids == ()


def test_the_environment_is_read(tmp_path: Path) -> None:
    result = settings({"FAQ_PATH": str(tmp_path / "f.yaml"), "DB_PATH": str(tmp_path / "q.db")})
    assert (result.faq_path, result.db_path) == (tmp_path / "f.yaml", tmp_path / "q.db")


def test_the_dotenv_file_is_read(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "FAQ_PATH=from-dotenv.yaml\nRETENTION_DAYS=7\n")
    result = settings(env_file=env_file)
    assert (result.faq_path, result.retention_days) == (Path("from-dotenv.yaml"), 7)


def test_the_environment_wins_over_the_dotenv(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "FAQ_PATH=from-dotenv.yaml\nRETENTION_DAYS=7\n")
    result = settings({"FAQ_PATH": "from-env.yaml"}, env_file=env_file)
    assert result.faq_path == Path("from-env.yaml")
    assert result.retention_days == 7  # not in the environment: .env still counts


def test_flags_win_over_the_environment_and_the_dotenv(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "FAQ_PATH=from-dotenv.yaml\nDB_PATH=dotenv.db\n")
    result = settings({"FAQ_PATH": "from-env.yaml", "DB_PATH": "env.db"}, env_file=env_file,
                      faq_path=Path("flag.yaml"), db_path=Path("flag.db"))
    assert (result.faq_path, result.db_path) == (Path("flag.yaml"), Path("flag.db"))


def test_a_flag_left_out_does_not_hide_the_environment() -> None:
    result = settings({"FAQ_PATH": "from-env.yaml"}, faq_path=None, db_path=None)
    assert result.faq_path == Path("from-env.yaml") and result.db_path == DEFAULT_DB


def test_a_blank_environment_value_does_not_hide_the_dotenv(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "FAQ_PATH=from-dotenv.yaml\nCOOLDOWN_SECONDS=10\n")
    result = settings({"FAQ_PATH": "", "COOLDOWN_SECONDS": "   "}, env_file=env_file)
    assert (result.faq_path, result.cooldown_seconds) == (Path("from-dotenv.yaml"), 10.0)


def test_the_copied_example_file_with_blank_values_gives_the_defaults(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "".join(f"{name}=\n" for name in ENVIRONMENT))
    assert settings(env_file=env_file) == Settings()


def test_a_missing_dotenv_file_is_fine(tmp_path: Path) -> None:
    assert settings(env_file=tmp_path / ".env") == Settings()


def test_a_dotenv_that_is_a_folder_is_ignored(tmp_path: Path) -> None:
    (tmp_path / ".env").mkdir()
    assert settings(env_file=tmp_path / ".env") == Settings()


def test_a_dotenv_that_is_not_utf8_is_a_config_error_naming_it(tmp_path: Path) -> None:
    env_file = tmp_path / ".env"
    env_file.write_bytes(b"FAQ_PATH=caf\xe9.yaml\n")
    with pytest.raises(ConfigError, match=r"cannot read .*\.env"):
        settings(env_file=env_file)


def test_dotenv_comments_quotes_and_export_lines_are_understood(tmp_path: Path) -> None:
    env_file = dotenv(
        tmp_path,
        '# a comment\nexport FAQ_PATH="my faq.yaml"\nREPLY_VISIBILITY=ephemeral # inline\n',
    )
    result = settings(env_file=env_file)
    assert (result.faq_path, result.reply_visibility) == (Path("my faq.yaml"), "ephemeral")


def test_paths_expand_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert settings({"DB_PATH": "~/q.sqlite3"}).db_path == tmp_path / "q.sqlite3"


@pytest.mark.parametrize(
    ("name", "raw", "attr", "value"),
    [
        ("DISCORD_GUILD_ID", "81384788765712384", "guild_id", 81384788765712384),
        ("MODERATOR_ROLE_ID", " 42 ", "moderator_role_id", 42),
        ("MOD_LOG_CHANNEL_ID", "7", "mod_log_channel_id", 7),
        ("ASK_CHANNEL_IDS", "1,2", "ask_channel_ids", (1, 2)),
        ("REPLY_VISIBILITY", "Ephemeral", "reply_visibility", "ephemeral"),
        ("COOLDOWN_QUESTIONS", "3", "cooldown_questions", 3),
        ("COOLDOWN_SECONDS", "12.5", "cooldown_seconds", 12.5),
        ("NOTIFY_ON_RESOLVE", "no", "notify_on_resolve", False),
        ("RETENTION_DAYS", "30", "retention_days", 30),
        ("FAQ_POLL_SECONDS", "0.5", "faq_poll_seconds", 0.5),
        ("LOG_LEVEL", "debug", "log_level", "DEBUG"),
        ("FAQ_PATH", "x.yaml", "faq_path", Path("x.yaml")),
        ("DB_PATH", "x.db", "db_path", Path("x.db")),
    ],
)
def test_each_setting_name_fills_its_field(name: str, raw: str, attr: str, value: object) -> None:
    assert getattr(settings({name: raw}), attr) == value


def test_every_contract_setting_name_is_understood() -> None:
    assert set(ENVIRONMENT) == {
        "DISCORD_TOKEN", "DISCORD_GUILD_ID", "FAQ_PATH", "DB_PATH", "MODERATOR_ROLE_ID",
        "MOD_LOG_CHANNEL_ID", "ASK_CHANNEL_IDS", "REPLY_VISIBILITY", "COOLDOWN_QUESTIONS",
        "COOLDOWN_SECONDS", "NOTIFY_ON_RESOLVE", "RETENTION_DAYS", "FAQ_POLL_SECONDS",
        "LOG_LEVEL", "SEMANTIC_SEARCH", "EMBEDDING_CACHE", "ALERT_ROLE_ID",
        "ANNOUNCE_CHANNEL_ID", "ANNOUNCE_QUIET_SECONDS", "REMINDER_MINUTES",
        "FAQ_MAX_MIB", "FAQ_MAX_VALUES",
    }


def test_the_faq_file_limits_default_to_the_readers_and_can_be_raised() -> None:
    assert (settings({}).faq_max_mib, settings({}).faq_max_values) == (5, 100_000)
    raised = settings({"FAQ_MAX_MIB": "20", "FAQ_MAX_VALUES": "400000"})
    assert (raised.faq_max_mib, raised.faq_max_values) == (20, 400_000)


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("FAQ_MAX_MIB", "4", "FAQ_MAX_MIB must be from 5 to 1024"),
        ("FAQ_MAX_MIB", "2000", "FAQ_MAX_MIB must be from 5 to 1024"),
        ("FAQ_MAX_MIB", "7.5", "FAQ_MAX_MIB must be a whole number"),
        ("FAQ_MAX_VALUES", "99999", "FAQ_MAX_VALUES must be from 100000 to 50000000"),
        ("FAQ_MAX_VALUES", "1e6", "FAQ_MAX_VALUES must be a whole number"),
    ],
)
def test_a_faq_file_limit_below_the_default_or_absurdly_high_is_refused(
    name: str, raw: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        settings({name: raw})


def test_the_live_programme_settings_default_to_no_channel_a_minute_and_ten_minutes() -> None:
    defaults = settings({})
    assert (defaults.announce_channel_id, defaults.announce_quiet_seconds,
            defaults.reminder_minutes) == (None, 60.0, 10)


@pytest.mark.parametrize(
    ("name", "raw", "attr", "value"),
    [
        ("ANNOUNCE_CHANNEL_ID", "123456789012345678", "announce_channel_id", 123456789012345678),
        ("ANNOUNCE_QUIET_SECONDS", "0", "announce_quiet_seconds", 0.0),
        ("ANNOUNCE_QUIET_SECONDS", "90.5", "announce_quiet_seconds", 90.5),
        ("REMINDER_MINUTES", "0", "reminder_minutes", 0),
        ("REMINDER_MINUTES", " 1440 ", "reminder_minutes", 1440),
    ],
)
def test_the_live_programme_settings_are_read(
    name: str, raw: str, attr: str, value: object
) -> None:
    assert getattr(settings({name: raw}), attr) == value


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("ANNOUNCE_CHANNEL_ID", "#announcements", "ANNOUNCE_CHANNEL_ID must be a Discord id"),
        ("ANNOUNCE_QUIET_SECONDS", "-1", "ANNOUNCE_QUIET_SECONDS must not be negative"),
        ("ANNOUNCE_QUIET_SECONDS", "inf", "ANNOUNCE_QUIET_SECONDS must be a finite number"),
        ("REMINDER_MINUTES", "1441", "REMINDER_MINUTES must be from 0 to 1440"),
        ("REMINDER_MINUTES", "10.5", "REMINDER_MINUTES must be a whole number from 0 to 1440"),
        ("REMINDER_MINUTES", "-5", "REMINDER_MINUTES must be a whole number"),
    ],
)
def test_a_wrong_live_programme_setting_is_refused_with_its_name(
    name: str, raw: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        settings({name: raw})


@pytest.mark.parametrize("value", ["auto", "on", "off", " OFF "])
def test_semantic_search_takes_auto_on_or_off(value: str) -> None:
    assert settings({"SEMANTIC_SEARCH": value}).semantic_search == value.strip().lower()


def test_semantic_search_refuses_anything_else_with_the_choices_named() -> None:
    with pytest.raises(ConfigError, match="SEMANTIC_SEARCH must be one of auto, on, off"):
        settings({"SEMANTIC_SEARCH": "yes"})


def test_the_embedding_cache_defaults_next_to_the_database_and_can_be_moved() -> None:
    assert settings({}).embedding_cache == Path("data") / "embeddings"
    assert settings({"EMBEDDING_CACHE": "/tmp/e"}).embedding_cache == Path("/tmp/e")


def test_every_log_level_name_is_one_logging_knows() -> None:
    for level in ("debug", "info", "warning", "error", "critical"):
        name = settings({"LOG_LEVEL": level}).log_level
        assert isinstance(logging.getLevelName(name), int)


def test_the_log_level_flag_is_upper_cased_too() -> None:
    assert settings(log_level="warning").log_level == "WARNING"


# -- ASK_CHANNEL_IDS ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("1, 2,3", (1, 2, 3)),
        ("42", (42,)),
        ("", ()),
        ("   ", ()),
        ("1,,2,", (1, 2)),
        (" 7 ; 8 ", (7, 8)),
        ("1, 1", (1, 1)),
    ],
)
def test_ask_channel_ids_are_a_comma_separated_list(raw: str, ids: tuple[int, ...]) -> None:
    assert settings({"ASK_CHANNEL_IDS": raw}).ask_channel_ids == ids


def test_a_bad_item_in_ask_channel_ids_is_named() -> None:
    with pytest.raises(ConfigError, match=r"ASK_CHANNEL_IDS.*general"):
        settings({"ASK_CHANNEL_IDS": "12, general, 13"})


# -- parse errors ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["DISCORD_GUILD_ID", "MODERATOR_ROLE_ID", "MOD_LOG_CHANNEL_ID",
                                  "ASK_CHANNEL_IDS"])
@pytest.mark.parametrize("raw", ["abc", "12.5", "0x1F", "1e5", "#general", "<@&123>"])
def test_a_discord_id_that_is_not_a_number_is_refused(name: str, raw: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings({name: raw})
    assert str(caught.value) == f"{name} must be a Discord id (a number), got {raw!r}"


@pytest.mark.parametrize("name", ["DISCORD_GUILD_ID", "MODERATOR_ROLE_ID", "ASK_CHANNEL_IDS"])
@pytest.mark.parametrize("raw", ["0", "-5"])
def test_a_discord_id_that_is_not_positive_is_refused(name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=f"{name} must be a positive Discord id, got '{raw}'"):
        settings({name: raw})


@pytest.mark.parametrize("raw", ["1_000", "\u0661\u0662\u0663", "+5", "\uff11\uff12"])
def test_a_discord_id_must_be_plain_ascii_digits(raw: str) -> None:
    with pytest.raises(ConfigError, match="DISCORD_GUILD_ID must be a Discord id"):
        settings({"DISCORD_GUILD_ID": raw})


def test_a_discord_id_larger_than_64_bits_is_refused() -> None:
    assert settings({"DISCORD_GUILD_ID": str(2**64 - 1)}).guild_id == 2**64 - 1
    with pytest.raises(ConfigError, match=r"DISCORD_GUILD_ID .*too large"):
        settings({"DISCORD_GUILD_ID": str(2**64)})


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("COOLDOWN_QUESTIONS", "five"),
        ("COOLDOWN_QUESTIONS", "1.5"),
        ("COOLDOWN_SECONDS", "soon"),
        ("RETENTION_DAYS", "90d"),
        ("FAQ_POLL_SECONDS", "two"),
    ],
)
def test_a_number_setting_that_is_not_a_number_is_refused(name: str, raw: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings({name: raw})
    assert str(caught.value) == f"{name} must be a number, got {raw!r}"


@pytest.mark.parametrize(
    ("name", "raw"),
    [("COOLDOWN_QUESTIONS", "-1"), ("COOLDOWN_SECONDS", "-0.5"), ("RETENTION_DAYS", "-90"),
     ("FAQ_POLL_SECONDS", "-2")],
)
def test_a_negative_number_setting_is_refused(name: str, raw: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings({name: raw})
    assert str(caught.value) == f"{name} must not be negative, got {raw!r}"


@pytest.mark.parametrize("name", ["COOLDOWN_SECONDS", "FAQ_POLL_SECONDS"])
@pytest.mark.parametrize("raw", ["nan", "inf", "-inf", "Infinity", "1e999"])
def test_a_seconds_setting_must_be_a_finite_number(name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=f"{name} must be a finite number"):
        settings({name: raw})


@pytest.mark.parametrize(
    ("name", "raw", "choices"),
    [
        ("REPLY_VISIBILITY", "private", "public, ephemeral"),
        ("REPLY_VISIBILITY", "hidden", "public, ephemeral"),
        ("LOG_LEVEL", "verbose", "debug, info, warning, error, critical"),
        ("LOG_LEVEL", "WARN", "debug, info, warning, error, critical"),
    ],
)
def test_a_choice_setting_outside_its_choices_lists_them(name: str, raw: str, choices: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings({name: raw})
    assert str(caught.value) == f"{name} must be one of {choices}, got {raw!r}"


@pytest.mark.parametrize("raw", ["1", "true", "TRUE", " yes ", "On"])
def test_true_spellings_are_understood(raw: str) -> None:
    assert settings({"NOTIFY_ON_RESOLVE": raw}).notify_on_resolve is True


@pytest.mark.parametrize("raw", ["0", "false", "No", "OFF"])
def test_false_spellings_are_understood(raw: str) -> None:
    assert settings({"NOTIFY_ON_RESOLVE": raw}).notify_on_resolve is False


@pytest.mark.parametrize("raw", ["maybe", "2", "y", "enabled", "-1"])
def test_a_bad_boolean_is_refused(raw: str) -> None:
    with pytest.raises(ConfigError) as caught:
        settings({"NOTIFY_ON_RESOLVE": raw})
    assert str(caught.value) == f"NOTIFY_ON_RESOLVE must be true or false, got {raw!r}"


def test_a_bad_value_in_the_dotenv_is_reported_even_when_the_environment_fixes_it(
    tmp_path: Path,
) -> None:
    # Every source is checked: a broken .env should not lurk until the environment changes.
    env_file = dotenv(tmp_path, "RETENTION_DAYS=forever\n")
    with pytest.raises(ConfigError, match="RETENTION_DAYS must be a number"):
        settings({"RETENTION_DAYS": "30"}, env_file=env_file)


# -- the token ------------------------------------------------------------------------


def test_the_token_is_read_and_can_be_revealed_on_purpose() -> None:
    token = settings({"DISCORD_TOKEN": f"  {TOKEN}\n"}).discord_token
    assert isinstance(token, Secret) and token.reveal() == TOKEN


def test_a_blank_token_means_no_token() -> None:
    assert settings({"DISCORD_TOKEN": "   "}).discord_token is None


@pytest.mark.parametrize(
    "show",
    [
        repr,
        str,
        ascii,
        lambda s: f"{s}",
        lambda s: f"{s!r}",
        lambda s: f"{s!s}",
        lambda s: f"{s:>80}",
        lambda s: f"{s:s}",
        lambda s: format(s, ""),
        lambda s: "%s %r" % (s, s),  # noqa: UP031  # old-style formatting is the point here
        lambda s: "{} {!r}".format(s, s),  # noqa: UP032  # so is str.format
        lambda s: repr([s, {"token": s}]),
    ],
)
def test_the_secret_never_shows_itself(show: object) -> None:
    assert callable(show)
    text = show(Secret(TOKEN))
    assert TOKEN not in text and "********" in text


def test_the_settings_repr_and_str_never_show_the_token() -> None:
    loaded = settings({"DISCORD_TOKEN": TOKEN, "DISCORD_GUILD_ID": "5"})
    for text in (repr(loaded), str(loaded), f"{loaded}", repr(dataclasses.asdict(loaded))):
        assert TOKEN not in text
    assert "guild_id=5" in repr(loaded)


def test_the_secret_is_logged_hidden(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("token is %s, settings %r", Secret(TOKEN),
                                       settings({"DISCORD_TOKEN": TOKEN}))
    assert TOKEN not in caplog.text


def test_secrets_compare_by_value_without_showing_it() -> None:
    assert Secret("a") == Secret("a") and Secret("a") != Secret("b")
    assert Secret("a") != "a"
    assert len({Secret("a"), Secret("a")}) == 1
    assert not Secret("") and Secret("x")


def test_a_config_error_never_quotes_the_token() -> None:
    with pytest.raises(ConfigError) as caught:
        settings({"DISCORD_TOKEN": TOKEN, "DISCORD_GUILD_ID": "oops"})
    assert TOKEN not in str(caught.value)


def test_a_blank_token_in_the_environment_does_not_hide_the_dotenv_token(tmp_path: Path) -> None:
    env_file = dotenv(tmp_path, "DISCORD_TOKEN=from-dotenv\n")
    result = settings({"DISCORD_TOKEN": ""}, env_file=env_file)
    assert result.discord_token == Secret("from-dotenv")


@pytest.mark.parametrize("value", ["0", "0.05"])
def test_polling_the_faq_file_in_a_busy_loop_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match=r"FAQ_POLL_SECONDS must be at least 0\.2"):
        settings({"FAQ_POLL_SECONDS": value})
