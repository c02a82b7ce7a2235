"""A damaged database is never written around: every command that opens it refuses
with one line saying what to do, and nothing goes to the journal.

In-process (``bot.cli.main``): the exit status and the one line are the contract here,
and no signal or second process is involved.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.cli import main
from tests.robustness.helpers import write_faq
from tests.storage.damage import Damaged, damaged_database

SETTINGS = ("DISCORD_TOKEN", "DB_PATH", "FAQ_PATH", "DISCORD_GUILD_ID", "ASK_CHANNEL_IDS",
            "MODERATOR_ROLE_ID", "MOD_LOG_CHANNEL_ID", "RETENTION_DAYS", "LOG_LEVEL")
# The shape of a bot token (never sent anywhere: the database is refused first).
TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"

COMMANDS = [
    pytest.param(["chat"], id="chat"),
    pytest.param(["run"], id="run"),
    pytest.param(["unanswered", "list"], id="list"),
    pytest.param(["unanswered", "export"], id="export"),
    pytest.param(["unanswered", "resolve", "1"], id="resolve"),
    pytest.param(["unanswered", "dismiss", "1"], id="dismiss"),
    pytest.param(["unanswered", "forget", "5"], id="forget"),
    pytest.param(["unanswered", "purge", "--days", "1"], id="purge"),
]


@pytest.fixture(scope="module")
def damaged_file(tmp_path_factory: pytest.TempPathFactory) -> Damaged:
    return damaged_database(tmp_path_factory.mktemp("damaged") / "questions.sqlite3")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_damaged_database_with_one_line(
    command: list[str], damaged_file: Damaged, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = workdir / "questions.sqlite3"
    db.write_bytes(damaged_file.path.read_bytes())
    before = db.read_bytes()
    faq = ["--faq", str(write_faq(workdir))] if command[0] in ("chat", "run") else []

    status = main([*command, "--db", str(db), *faq])

    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if line.strip()]
    assert status == 1
    assert out == ""
    assert len(lines) == 1, err
    assert "is damaged" in lines[0]
    assert f"conference-bot unanswered recover --db {db}" in lines[0]
    assert db.read_bytes() == before
    expected = {"questions.sqlite3"} | ({"faq.yaml"} if faq else set())
    assert set(os.listdir(workdir)) == expected  # no journal, no -wal left behind


def test_recover_from_the_command_line_reports_saved_and_lost_rows(
    damaged_file: Damaged, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = workdir / "questions.sqlite3"
    db.write_bytes(damaged_file.path.read_bytes())

    assert main(["unanswered", "recover", "--db", str(db), "-o", "new.sqlite3"]) == 0
    out, _ = capsys.readouterr()
    first, *tables, advice = out.splitlines()
    assert first.startswith("saved ") and " lost " in first and "new.sqlite3" in first
    assert [t.split(":")[0].strip() for t in tables] == [
        "questions", "asks", "feedback", "events", "suggestion_decisions",
        # the live programme's (issue 14)
        "programme_announced", "programme_changes", "change_notices", "follows",
        "reminder_settings", "reminders_sent", "dm_refusals"]
    assert "on damaged pages" in tables[0]
    assert advice.startswith("next: stop the bot")

    assert main(["unanswered", "list", "--db", "new.sqlite3", "--limit", "1"]) == 0
    assert "open question(s)" in capsys.readouterr().out


def test_recover_refuses_to_overwrite_with_one_line(
    damaged_file: Damaged, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = workdir / "questions.sqlite3"
    db.write_bytes(damaged_file.path.read_bytes())
    (workdir / "questions.recovered.sqlite3").write_bytes(b"keep me")
    assert main(["unanswered", "recover", "--db", str(db)]) == 1
    err = capsys.readouterr().err.strip()
    assert "already exists" in err and "\n" not in err
    assert (workdir / "questions.recovered.sqlite3").read_bytes() == b"keep me"
