"""``programme diff``, ``programme ics``, what ``check`` says is left to confirm,
``unanswered forget`` forgetting follows too, and what ``ask --json`` says of a day the
conference does not run.

The exit status and printed lines are the contract; one subprocess test per command
checks it as other tools see it, the rest run in-process (``bot.cli.main``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest

from bot.cli import main
from bot.storage import UnansweredLog
from bot.storage.programme import ProgrammeStore
from tests.robustness.helpers import (
    BUNDLED_FAQ,
    SMALL_FAQ,
    assert_no_traceback,
    bot_env,
    run_bot,
    write_faq,
)

SETTINGS = ("DB_PATH", "FAQ_PATH", "SEMANTIC_SEARCH")
MOVED = SMALL_FAQ.replace(
    "    end: \"11:00\"\n    room: ga-hall\n",
    "    end: \"11:00\"\n    room: North Lawn tent\n    status: moved\n",
)
WITH_THIRD = SMALL_FAQ.replace("faq:\n", (
    "  - id: side-event\n    title: Side event\n    day: 2018-06-29\n"
    '    start: "13:00"\n    end: "14:00"\n    room: ga-hall\nfaq:\n'))


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- programme diff -------------------------------------------------------------------


def test_diff_prints_one_line_per_change_naming_the_session(tmp_path: Path) -> None:
    old = write_faq(tmp_path, SMALL_FAQ, "old.yaml")
    new = write_faq(tmp_path, MOVED.replace("  - id: closing", "  - id: closing-session"),
                    "new.yaml")
    run = run_bot("programme", "diff", old, new, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert_no_traceback(run)
    assert lines(run.stdout) == [
        'opening "Opening session": status: scheduled -> moved; room: General Assembly Hall '
        "-> North Lawn tent",
        'closing "Closing session": removed (was Fri 29 Jun 17:00-18:00 EDT, '
        "General Assembly Hall)",
        'closing-session "Closing session": added: Fri 29 Jun 17:00-18:00 EDT, '
        "General Assembly Hall",
    ]


def test_diff_of_identical_programmes_prints_nothing(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_faq(workdir, SMALL_FAQ, "old.yaml")
    new = write_faq(workdir, SMALL_FAQ.replace("UN-Guest", "UN-Delegates"), "new.yaml")
    assert main(["programme", "diff", str(old), str(new)]) == 0
    assert capsys.readouterr() == ("", "")


def test_diff_of_an_invalid_file_lists_its_problems_and_fails(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_faq(workdir, SMALL_FAQ, "old.yaml")
    new = write_faq(workdir, SMALL_FAQ.replace('end: "11:00"', 'end: "09:00"'), "new.yaml")
    assert main(["programme", "diff", str(old), str(new)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert 'sessions[0].end: end "09:00" must be after start "10:00"' in err


def test_diff_of_a_missing_file_is_one_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_faq(workdir, SMALL_FAQ, "old.yaml")
    assert main(["programme", "diff", str(old), str(workdir / "gone.yaml")]) == 1
    assert lines(capsys.readouterr().err) == [f"{workdir / 'gone.yaml'}: file not found"]


# -- programme ics --------------------------------------------------------------------


def events(data: bytes) -> list[icalendar.Event]:
    found = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert all(isinstance(e, icalendar.Event) for e in found)
    return [e for e in found if isinstance(e, icalendar.Event)]


def test_ics_writes_the_programme_of_faq_path_to_stdout(tmp_path: Path) -> None:
    faq = write_faq(tmp_path, WITH_THIRD)
    env_run = run_bot("programme", "ics", cwd=tmp_path, env=bot_env(tmp_path, FAQ_PATH=str(faq)))
    assert env_run.returncode == 0, env_run.stderr
    found = events(env_run.stdout_bytes)
    assert [str(e["uid"]).split("@")[0] for e in found] == ["opening", "side-event", "closing"]
    assert found[0].decoded("dtstart") == dt.datetime(2018, 6, 28, 10, tzinfo=dt.timezone(
        dt.timedelta(hours=-4)))


@pytest.mark.parametrize("day", ["2018-06-29", "friday", "Fri", "2", "day 2"])
def test_ics_for_one_day_writes_that_day_to_a_file(
    workdir: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    faq = write_faq(workdir, WITH_THIRD)
    assert main(["programme", "ics", "--faq", str(faq), "--day", day, "-o", "fri.ics"]) == 0
    assert capsys.readouterr().err.strip() == "wrote 2 session(s) to fri.ics"
    found = events((workdir / "fri.ics").read_bytes())
    assert [str(e["uid"]).split("@")[0] for e in found] == ["side-event", "closing"]


@pytest.mark.parametrize("day", ["2018-06-30", "saturday", "3", "sometime"])
def test_ics_for_a_day_outside_the_conference_says_which_days_there_are(
    workdir: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    faq = write_faq(workdir)
    assert main(["programme", "ics", "--faq", str(faq), "--day", day]) == 1
    err = lines(capsys.readouterr().err)
    assert len(err) == 1
    assert "is not a conference day; the days are 2018-06-28 (Thursday), 2018-06-29 (Friday)" \
        in err[0]


def test_ics_to_a_file_that_cannot_be_written_is_one_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faq = write_faq(workdir)
    assert main(["programme", "ics", "--faq", str(faq), "-o", str(workdir / "no" / "x.ics")]) == 1
    assert lines(capsys.readouterr().err) == [
        f"error: cannot write {workdir / 'no' / 'x.ics'}: No such file or directory"]


# -- check -----------------------------------------------------------------------------


def test_check_lists_what_is_left_to_confirm_in_the_bundled_faq_as_warnings(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--faq", str(BUNDLED_FAQ)]) == 0
    out = lines(capsys.readouterr().out)
    # No error at all: warnings, the translations' summary, then the verdict.
    assert not [line for line in out[:-1]
                if ": warning: " not in line and not line.startswith("translations: ")]
    text = BUNDLED_FAQ.read_text(encoding="utf-8").splitlines()
    marker = next(n for n, line in enumerate(text, 1) if "# PLACEHOLDER" in line)
    assert f"{BUNDLED_FAQ}:{marker}: warning: a PLACEHOLDER marker is left" in out[0]
    assert any("'ct-conference@example.org' is a sample address" in line for line in out)
    assert any("'555-0199' looks like a sample phone number" in line for line in out)
    assert "left to confirm before the event)" in out[-1]


def test_check_of_a_file_with_nothing_left_to_confirm_says_nothing_of_it(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--faq", str(write_faq(workdir))]) == 0
    assert lines(capsys.readouterr().out)[-1].endswith("3 FAQ entries, 2 sessions, 0 themes")


# -- forget ----------------------------------------------------------------------------


def test_forget_erases_follows_and_reminder_settings_too(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = workdir / "bot.sqlite3"

    async def prepare() -> None:
        async with await UnansweredLog.open(db):
            pass
        store = await ProgrammeStore.open(db)
        now = dt.datetime(2018, 6, 28, 9, tzinfo=dt.UTC)
        await store.follow(42, "opening", at=now)
        await store.follow(42, "closing", at=now)
        await store.set_minutes(42, 20)
        await store.follow(7, "opening", at=now)
        await store.close()

    async def left() -> tuple[list[str], list[str], int | None]:
        store = await ProgrammeStore.open(db)
        try:
            return await store.followed(42), await store.followed(7), await store.minutes_of(42)
        finally:
            await store.close()

    asyncio.run(prepare())
    assert main(["unanswered", "forget", "42", "--db", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "erased 3 record(s) of user 42"
    assert asyncio.run(left()) == ([], ["opening"], None)


# -- ask --json on a day the conference does not run ------------------------------------


def test_ask_json_reports_a_day_the_conference_does_not_run_as_unknown(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "--faq", str(BUNDLED_FAQ), "--json", "--now",
                 "2018-06-28T10:00:00-04:00", "what's on saturday?"]) == 0
    obj = json.loads(capsys.readouterr().out)
    # The note ("Nothing is scheduled on Saturday") is for the asker; to other tools it
    # is no answer from the FAQ.
    assert (obj["answered"], obj["id"], obj["kind"], obj["answers"]) == (
        False, None, "unknown", [])
