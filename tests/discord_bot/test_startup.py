"""Starting the bot: deliberate command sync, and start-up errors as one clear line."""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import io
import logging
import threading
import warnings
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiosqlite
import discord
import pytest
from discord import app_commands

from bot import cli
from bot.config import Secret
from bot.core import english_words, language
from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.discord_bot import runner
from bot.discord_bot.client import SyncState
from bot.discord_bot.runner import REDACTED, checked_token, run_bot, setup_logging
from bot.errors import BotError, ConfigError
from bot.storage import UnansweredLog
from tests.discord_fake import FakeDiscord, Ids
from tests.storage.helpers import dismiss_question, record_ask, record_event, record_feedback

from .fixtures import CONFIDENT, Starter, make_settings

ATTENDEE_COMMANDS = ["ask", "schedule", "now", "next", "session", "venue", "topics",
                     "follow", "unfollow", "my-schedule", "remind", "calendar"]
ALL_COMMANDS = sorted([*ATTENDEE_COMMANDS, "unanswered", "faq"])
PUT_GUILD = f"/applications/{Ids.APPLICATION}/guilds/{Ids.GUILD}/commands"
PUT_GLOBAL = f"/applications/{Ids.APPLICATION}/commands"


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


# --- command sync -----------------------------------------------------------------------


async def test_commands_are_synced_to_the_guild_on_start(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()

    assert sorted(cmd["name"] for cmd in fake_discord.synced_commands(Ids.GUILD)) == ALL_COMMANDS
    assert fake_discord.requests.matching("PUT", PUT_GLOBAL) == []
    assert c.bot.synced == [f"guild:{Ids.GUILD}"]
    ask = {cmd["name"]: cmd for cmd in fake_discord.synced_commands(Ids.GUILD)}["ask"]
    assert ask["description"].startswith("Ask anything about the conference")
    [question] = ask["options"]
    assert (question["name"], question["autocomplete"], question["required"]) == (
        "question", True, True)
    unanswered = {cmd["name"]: cmd for cmd in fake_discord.synced_commands(Ids.GUILD)}[
        "unanswered"]
    assert sorted(o["name"] for o in unanswered["options"]) == [
        "dismiss", "export", "list", "resolve", "split"]


@pytest.mark.parametrize("module", [language, english_words])
async def test_the_detector_and_the_dictionary_load_off_the_event_loop_before_any_question(
    start: Starter, monkeypatch: pytest.MonkeyPatch, module: Any
) -> None:
    loaded_in: list[threading.Thread] = []
    monkeypatch.setattr(module, "warm", lambda: loaded_in.append(threading.current_thread()))

    await start()

    assert len(loaded_in) == 1 and loaded_in[0] is not threading.main_thread()


async def test_an_unchanged_command_set_is_not_synced_again(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    state = SyncState(tmp_path / "sync.json")
    async with AsyncExitStack() as stack:
        await Starter(fake_discord, tmp_path, stack)(sync_state=state)
    assert len(fake_discord.requests.matching("PUT", PUT_GUILD)) == 1

    async with AsyncExitStack() as stack:  # a restart with the same commands
        again = await Starter(fake_discord, tmp_path, stack)(sync_state=state)
        assert again.bot.synced == []
        assert len(fake_discord.requests.matching("PUT", PUT_GUILD)) == 1

        @app_commands.command(name="extra", description="A new command")
        async def extra(interaction: discord.Interaction) -> None: ...

        again.bot.tree.add_command(extra)  # the command set changed: sync it
        await again.bot.sync_commands()
        assert len(fake_discord.requests.matching("PUT", PUT_GUILD)) == 2
        assert "extra" in [cmd["name"] for cmd in fake_discord.synced_commands(Ids.GUILD)]


async def test_global_sync_only_with_sync_global(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(sync_global=True)

    assert sorted(cmd["name"] for cmd in fake_discord.synced_commands()) == ALL_COMMANDS
    # The server's own copies are cleared so nobody sees every command twice.
    assert fake_discord.synced_commands(Ids.GUILD) == []
    assert c.bot.synced == ["global", f"guild:{Ids.GUILD}"]
    await c.ask(CONFIDENT)  # a global command works in the guild
    await c.settle(CONFIDENT)


async def test_without_a_guild_or_sync_global_nothing_is_synced(
    start: Starter, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, "bot.discord_bot.client")

    await start(guild_id=None)

    assert fake_discord.requests.matching("PUT") == []
    assert "slash commands not synced: set DISCORD_GUILD_ID" in caplog.text


async def test_a_refused_sync_is_logged_and_the_bot_still_answers(
    start: Starter, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, "bot.discord_bot.client")
    c = await start(guild_id=Ids.GUILD + 999)  # a server the bot was not invited to

    assert "'applications.commands' scope" in caplog.text
    assert c.bot.synced == []
    sent = await fake_discord.send_dm(fake_discord.world.member, CONFIDENT)
    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
    assert reply.json["embeds"][0]["title"] == "Is there wifi?"
    await c.settle(CONFIDENT)


async def test_old_closed_questions_feedback_and_events_are_purged_on_start(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path)
    settings.db_path.parent.mkdir(parents=True)
    long_ago = dt.datetime(2018, 1, 1, tzinfo=dt.UTC)
    async with await UnansweredLog.open(settings.db_path) as log:
        old = await record_ask(log, "old question", Origin(OriginKind.CONSOLE), asked_at=long_ago,
                               best_id=None, best_score=None)
        await dismiss_question(log, old, by="console", at=long_ago)
        await record_ask(log, "open question", Origin(OriginKind.CONSOLE), asked_at=long_ago,
                         best_id=None, best_score=None)
        await record_feedback(log, FeedbackKind.NOT_HELPFUL, "q", item_id="wifi",
                              origin=Origin(OriginKind.CONSOLE),
                                  at=long_ago)
        await record_event(log, outcome="answer", item_id="wifi", origin_kind=OriginKind.CONSOLE,
                               at=long_ago)

    async with AsyncExitStack() as stack:
        c = await Starter(fake_discord, tmp_path, stack)(retention_days=30)
        assert await c.questions.next_write("purge") == "1"
        assert await c.questions.next_write("purge activity") == "1,1"  # the same retention
        assert [q.question for q in await c.questions.list(None)] == ["open question"]


def test_run_takes_sync_global_from_the_command_line() -> None:
    args = cli._parser().parse_args(["run", "--sync-global", "--faq", "f.yaml", "--db", "d"])
    assert (args.command, args.sync_global, str(args.faq), str(args.db)) == (
        "run", True, "f.yaml", "d")


# --- start-up errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "message"),
    [
        (None, "DISCORD_TOKEN is not set"),
        ("   ", "DISCORD_TOKEN is not set"),
        ("Bot abc.def.ghi", "without the 'Bot ' prefix"),
        ("hunter2", "does not look like a bot token"),
    ],
)
def test_a_missing_or_malformed_token_is_refused_before_connecting(
    token: str | None, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        checked_token(Secret(token) if token is not None else None)
    if token and token.strip():
        assert token.strip() not in str(caught.value)


def run_cli(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str, token: str | None
) -> int:
    monkeypatch.chdir(tmp_path)  # no .env from the machine
    for name in ("DISCORD_TOKEN", "FAQ_PATH", "DB_PATH", "DISCORD_GUILD_ID", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    if token is not None:
        monkeypatch.setenv("DISCORD_TOKEN", token)
    return cli.main(["run", *args])


def error_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    return [line for line in captured.err.splitlines() if line.strip()]


def test_run_without_a_token_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(monkeypatch, tmp_path, token=None) == 1

    [line] = error_lines(capsys)
    assert line.startswith("error: DISCORD_TOKEN is not set")


def test_run_with_an_unreadable_faq_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE00.abcdefghijklmnopqrstuvwxyz0"
    missing = tmp_path / "missing.yaml"

    assert run_cli(monkeypatch, tmp_path, "--faq", str(missing), token=token) == 1

    [line] = error_lines(capsys)
    assert line.startswith(f"error: {missing}")
    assert token not in line


def test_run_with_a_broken_faq_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE00.abcdefghijklmnopqrstuvwxyz0"
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nconference: {}\nfaq: [{id: Bad Id}]\n", encoding="utf-8")

    assert run_cli(monkeypatch, tmp_path, "--faq", str(broken), token=token) == 1

    [line] = error_lines(capsys)
    assert line.startswith(f"error: {broken}: not loaded") and "conference-bot check" in line


def test_run_with_an_unwritable_database_stops_with_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE00.abcdefghijklmnopqrstuvwxyz0"
    settings = make_settings(tmp_path)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("", encoding="utf-8")

    code = run_cli(monkeypatch, tmp_path, "--faq", str(settings.faq_path),
                   "--db", str(not_a_folder / "questions.sqlite3"), token=token)

    assert code == 1
    [line] = error_lines(capsys)
    assert line.startswith("error: cannot create the folder for")


async def test_a_rejected_token_stops_with_one_clear_error(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    wrong = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.WRONG0.abcdefghijklmnopqrstuvwxyz0"
    settings = replace(make_settings(tmp_path), discord_token=Secret(wrong))

    with pytest.raises(ConfigError, match="Discord rejected DISCORD_TOKEN") as caught:
        await run_bot(settings)

    assert wrong not in str(caught.value)
    assert fake_discord.identifies == []


async def test_discord_out_of_reach_stops_with_one_clear_error(
    tmp_path: Path, discord_token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Nothing listens on port 1: as when the machine has no route to discord.com.
    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:1/api/v10")
    settings = replace(make_settings(tmp_path), discord_token=Secret(discord_token))

    with pytest.raises(BotError, match="cannot reach Discord") as caught:
        await run_bot(settings)

    assert discord_token not in str(caught.value)
    assert "\n" not in str(caught.value)


async def test_the_token_never_appears_in_the_log_even_at_debug_level(
    fake_discord: FakeDiscord, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    token = fake_discord.token
    settings = replace(make_settings(tmp_path), discord_token=Secret(token), log_level="DEBUG")
    stream = io.StringIO()
    handler = setup_logging(settings.log_level, settings.discord_token, stream)
    caplog.set_level(logging.DEBUG)
    running = asyncio.create_task(run_bot(settings, guild_ready_timeout=0.05))
    try:
        await fake_discord.gateway.wait_ready()
        sent = await fake_discord.send_dm(fake_discord.world.member, CONFIDENT)
        await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
    finally:
        running.cancel()  # as Ctrl-C does
        await asyncio.gather(running, return_exceptions=True)
        logging.getLogger().removeHandler(handler)

    text = stream.getvalue()
    assert "DM" in text or "discord" in text  # something was logged
    assert token not in text
    assert all(token not in record.getMessage() for record in caplog.records)
    assert token not in repr(settings) and token not in f"{settings.discord_token}"
    assert REDACTED not in text  # nothing even tried to log it


async def test_the_running_bot_opens_its_database_once_and_closes_it_once(
    fake_discord: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question log and the live programme (follows, reminders) share the one
    connection ``run`` opens; stopping closes it once."""
    connects: list[object] = []
    closes: list[object] = []
    real_connect, real_close = aiosqlite.connect, aiosqlite.Connection.close

    def connect(database: str | Path, **kwargs: Any) -> aiosqlite.Connection:
        connects.append(database)
        return real_connect(database, **kwargs)

    async def close(connection: aiosqlite.Connection) -> None:
        closes.append(connection)
        await real_close(connection)

    monkeypatch.setattr(aiosqlite, "connect", connect)
    monkeypatch.setattr(aiosqlite.Connection, "close", close)
    settings = replace(make_settings(tmp_path), discord_token=Secret(fake_discord.token))
    running = asyncio.create_task(run_bot(settings, guild_ready_timeout=0.05))
    try:
        await fake_discord.gateway.wait_ready()
        sent = await fake_discord.send_dm(fake_discord.world.member, CONFIDENT)
        await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
    finally:
        running.cancel()  # as Ctrl-C does
        await asyncio.gather(running, return_exceptions=True)

    assert connects == [settings.db_path]
    assert len(closes) == 1


async def test_a_refused_message_content_intent_stops_with_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class RefusedIntents:
        """What discord.py raises when the portal has Message Content switched off."""

        async def __aenter__(self) -> RefusedIntents:
            return self

        async def __aexit__(self, *exc_info: object) -> None:
            return None

        async def start(self, token: str) -> None:
            raise discord.PrivilegedIntentsRequired(None)

    monkeypatch.setattr(runner, "build_bot", lambda *args, **kwargs: RefusedIntents())
    token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.FAKE00.abcdefghijklmnopqrstuvwxyz0"
    settings = replace(make_settings(tmp_path), discord_token=Secret(token),
                       ask_channel_ids=(Ids.HELP_CHANNEL,))

    with pytest.raises(ConfigError, match="Privileged Gateway Intents"):
        await runner.run_bot(settings)


def test_the_formatter_blanks_a_token_that_slips_into_a_message() -> None:
    stream = io.StringIO()
    handler = setup_logging("INFO", Secret("secret.token.value"), stream)
    try:
        logging.getLogger("test.leak").warning("oops %s", "secret.token.value")
    finally:
        logging.getLogger().removeHandler(handler)
    assert "secret.token.value" not in stream.getvalue()
    assert REDACTED in stream.getvalue()


# --- stopping while discord.py waits for the servers -----------------------------------


async def _the_wait_for_servers() -> asyncio.Task[Any]:
    """discord.py's task that waits for the servers' data before saying "ready"."""
    for _ in range(500):
        found = [task for task in asyncio.all_tasks()
                 if getattr(task.get_coro(), "__qualname__", "")
                 == "ConnectionState._delay_ready"]
        if found:
            return found[0]
        await asyncio.sleep(0.01)
    raise AssertionError("discord.py never began waiting for the servers")


async def test_a_bot_stopped_while_waiting_for_its_servers_is_never_told_it_is_ready(
    fake_discord: FakeDiscord, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped in discord.py's wait after connecting, the bot was told "ready" once
    closed: the event found no loop, the waiting task failed and the handler's coroutine
    was never run ("coroutine 'Client._run_event' was never awaited" at exit)."""
    told: list[str] = []
    handed_on = discord.Client.dispatch

    def dispatch(client: discord.Client, event: str, /, *args: Any, **kwargs: Any) -> None:
        told.append(event)
        handed_on(client, event, *args, **kwargs)

    monkeypatch.setattr(discord.Client, "dispatch", dispatch)
    settings = replace(make_settings(tmp_path), discord_token=Secret(fake_discord.token))
    running = asyncio.create_task(run_bot(settings, guild_ready_timeout=0.5))
    try:
        await fake_discord.gateway.wait_ready()
        waiting = await _the_wait_for_servers()
    finally:
        running.cancel()  # as Ctrl-C does
        await asyncio.gather(running, return_exceptions=True)

    await asyncio.wait({waiting}, timeout=5)  # past its 0.5 s, were the cancel lost
    assert waiting.done()
    assert waiting.cancelled() or waiting.exception() is None
    assert "ready" not in told


async def test_an_event_raised_for_a_closed_bot_is_dropped_and_leaves_no_coroutine(
    start: Starter,
) -> None:
    bot = (await start()).bot
    await bot.close()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        bot.dispatch("ready")
        bot.dispatch("message", None)
        gc.collect()

    assert [str(w.message) for w in caught if w.category is RuntimeWarning] == []


async def test_a_discord_py_without_the_wait_for_servers_still_stops_cleanly(
    start: Starter, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = (await start()).bot
    monkeypatch.delattr(bot._connection, "_ready_task")  # private to discord.py

    await bot.close()

    assert bot.is_closed()
