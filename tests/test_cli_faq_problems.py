"""How the command line tells FAQ problems apart: by their severity, never by their text.

In-process (``bot.cli.main``): ``run`` stops on a broken FAQ file before it opens the
database or reaches Discord, so no process or network is involved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from tests.discord_bot.fixtures import FAQ_TEXT

SETTINGS = ("DISCORD_TOKEN", "DB_PATH", "FAQ_PATH", "DISCORD_GUILD_ID", "ASK_CHANNEL_IDS",
            "MODERATOR_ROLE_ID", "MOD_LOG_CHANNEL_ID", "RETENTION_DAYS", "LOG_LEVEL")
# The shape of a bot token (never sent anywhere: the FAQ file is refused first).
TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"
WITH_A_WARNING = FAQ_TEXT.replace("  timezone:", "  colour: blue\n  timezone:", 1)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_with(workdir: Path, text: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    faq = workdir / "faq.yaml"
    faq.write_text(text, encoding="utf-8")
    status = main(["run", "--faq", str(faq), "--db", str(workdir / "q.sqlite3")])
    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    assert not (workdir / "q.sqlite3").exists()
    return [line for line in err.splitlines() if line.strip()]


def test_run_on_a_file_with_one_error_and_a_warning_names_the_error_alone(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = WITH_A_WARNING.replace("version: 1", "version: 2", 1)

    [line] = run_with(workdir, text, capsys)

    faq = workdir / "faq.yaml"
    assert line == f"error: {faq}:1: version: must be the integer 1, found the number 2"


def test_an_error_whose_text_says_warning_is_still_an_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = WITH_A_WARNING.replace("version: 1", 'version: "warning: 1"', 1)

    [line] = run_with(workdir, text, capsys)

    assert line.startswith(f"error: {workdir / 'faq.yaml'}:1: version: must be the integer 1")
    assert "'warning: 1'" in line


def test_run_on_a_file_with_several_errors_points_to_check(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = WITH_A_WARNING.replace("version: 1", "version: 2", 1).replace(
        "  timezone: America/New_York", "  timezone: Mars/Olympus", 1)

    [line] = run_with(workdir, text, capsys)

    assert "not loaded, 2 problems" in line
    assert f"conference-bot check --faq {workdir / 'faq.yaml'}" in line
