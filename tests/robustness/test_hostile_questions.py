"""Hostile questions through ``ask --json`` and a piped ``chat``, fed as raw bytes.

Whatever attendees type (or paste, or pipe), every input line gets exactly one
contract JSON object, the console never passes control sequences to the
terminal, and the moderators get back each unanswered question exactly as sent.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from bot.core.answering import answer
from bot.service import AskService
from bot.wiring import load_faq
from tests.robustness.helpers import (
    BUNDLED_FAQ,
    Run,
    assert_contract_object,
    assert_no_traceback,
    run_bot,
    run_bot_process,
)

pytestmark = pytest.mark.heavy

# Each is one input line (no b"\n" inside); ids name them in the test report.
HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "blank": b"   \t  ",
    "10k characters": b"where is " + b"very " * 1998 + b"far",
    "10k one word": b"x" * 10_000,
    "nul": b"zzqx nul\x00in the middle\x00",
    "c0 controls": b"zzqx bell\x07 backspace\x08 vt\x0b ff\x0c esc\x1b del\x7f",
    "carriage return inside": b"zzqx cr\rinside",
    "ansi escapes": b"\x1b[31mzzqx red\x1b[0m \x1b[2J\x1b[H \x1b]0;pwned\x07 \x1b]8;;http://x\x1b\\a",
    "c1 controls": "zzqx c1 \x85 \x9b31m".encode(),
    "zalgo": "z\u0351\u0352\u0353\u0354a\u0355\u0356\u0357l\u0358\u0359g\u035ao".encode() * 20,
    "bidi override": "zzqx \u202eevil\u202c \u2066isolate\u2069 \u200f".encode(),
    "invalid utf-8 alone": b"\xff\xfe",
    "invalid utf-8 in text": b"zzqx broken \xff\xfe bytes \xc3( and \xed\xa0\x80",
    "overlong utf-8": b"zzqx overlong \xc0\xaf slash",
    "emoji only": "\U0001f600\U0001f389\U0001f44d\U0001f3fd\U0001f468\u200d\U0001f4bb".encode(),
    "markdown": b"zzqx **bold** __under__ ~~strike~~ ||spoiler|| # heading > quote",
    "code fence": b"```python import os; os.system('rm -rf /') ```",
    "everyone": b"@everyone @here zzqx free badges",
    "mentions": b"<@123> <@!123> <@&456> <#789> zzqx",
    "links": b"zzqx https://evil.example/login?next=//x [click](http://evil.example) www.x.y",
    "sql": b"'; DROP TABLE questions;--",
    "sql union": b"zzqx ' OR 1=1 UNION SELECT * FROM sqlite_master --",
    "format strings": b"{0} %s %n %x {__class__} ${HOME} $(id) `id`",
    "formula": b"=cmd|' /C calc'!A0",
    # Questions the bundled FAQ cannot answer in any language (its translations answer
    # "where do I get my badge?" in these languages now): they must reach the moderators.
    "arabic": ("\u0647\u0644 \u064a\u0645\u0643\u0646\u0646\u064a \u0625\u062d"
               "\u0636\u0627\u0631 \u0643\u0644\u0628\u064a\u061f").encode(),
    "chinese": "\u6211\u53ef\u4ee5\u5e26\u6211\u7684\u72d7\u5417\uff1f".encode(),
    "french": "O\u00f9 puis-je r\u00e9cup\u00e9rer mon badge ?".encode(),
    "russian": ("\u041c\u043e\u0436\u043d\u043e \u043b\u0438 \u0432\u0437\u044f"
                "\u0442\u044c \u0441 \u0441\u043e\u0431\u043e\u0439 \u0441\u043e"
                "\u0431\u0430\u043a\u0443?").encode(),
    "spanish": "\u00bfPuedo traer a mi perro?".encode(),
    "a real question": b"is there wifi?",
}

# Lines that are plainly questions nobody can answer: the moderators must get them.
# (The badge questions in the other UN languages are answered, from the badge entry.)
MUST_BE_LOGGED = [
    "nul", "c0 controls", "carriage return inside", "invalid utf-8 in text", "sql",
    "format strings", "10k characters", "zalgo",
]

TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def stdin_bytes() -> bytes:
    assert all(b"\n" not in line for line in HOSTILE.values())
    return b"".join(line + b"\n" for line in HOSTILE.values())


def as_str(line: bytes) -> str:
    return line.decode("utf-8", "surrogateescape")


def expected_logged() -> list[str]:
    """What the one pipeline would log, computed in-process on the same FAQ."""
    index = load_faq(BUNDLED_FAQ).index
    now = dt.datetime.now(dt.UTC)
    logged = [q for q in map(as_str, HOSTILE.values())
              if AskService.will_log(answer(index, q, now))]
    return list(dict.fromkeys(logged))


def assert_clean_exit(run: Run) -> None:
    assert run.returncode == 0, run.stderr
    assert_no_traceback(run)
    assert "Error" not in run.stderr and "Exception" not in run.stderr, run.stderr


# -- ask --json -----------------------------------------------------------------------


@pytest.mark.process
def test_ask_json_answers_every_hostile_line_with_one_contract_object(tmp_path: Path) -> None:
    """Through a real process's pipes: the bytes as a shell or another tool sends them."""
    run = run_bot_process("ask", "--faq", BUNDLED_FAQ, "--json", cwd=tmp_path, stdin=stdin_bytes())
    assert_clean_exit(run)
    objects = run.json_lines()
    assert len(objects) == len(HOSTILE)
    for obj in objects:
        assert_contract_object(obj)
    assert [o["question"] for o in objects] == [as_str(line) for line in HOSTILE.values()]


@pytest.mark.parametrize("name", list(HOSTILE))
def test_ask_json_answers_a_hostile_line_on_its_own(tmp_path: Path, name: str) -> None:
    run = run_bot("ask", "--faq", BUNDLED_FAQ, "--json", cwd=tmp_path,
                  stdin=HOSTILE[name] + b"\n")
    assert_clean_exit(run)
    [obj] = run.json_lines()
    assert_contract_object(obj)
    assert obj["question"] == as_str(HOSTILE[name])


@pytest.mark.parametrize(
    "name",
    ["empty", "blank", "nul", "invalid utf-8 alone", "10k one word", "carriage return inside"],
)
def test_ask_json_answers_a_hostile_last_line_without_newline(tmp_path: Path, name: str) -> None:
    run = run_bot("ask", "--faq", BUNDLED_FAQ, "--json", cwd=tmp_path,
                  stdin=b"is there wifi?\n" + HOSTILE[name])
    assert_clean_exit(run)
    objects = run.json_lines()
    expected = 1 if HOSTILE[name] == b"" else 2  # an empty last "line" is no line at all
    assert len(objects) == expected


@pytest.mark.parametrize(
    "name", [n for n, line in HOSTILE.items() if b"\x00" not in line and line.strip()]
)
def test_ask_text_mode_never_writes_control_characters(tmp_path: Path, name: str) -> None:
    run = run_bot("ask", "--faq", BUNDLED_FAQ, as_str(HOSTILE[name]), cwd=tmp_path)
    assert_clean_exit(run)
    assert run.stdout.strip()
    assert not TERMINAL_CONTROLS.search(run.stdout.replace("\n", ""))


def test_ask_never_creates_a_database_even_for_hostile_lines(tmp_path: Path) -> None:
    run_bot("ask", "--faq", BUNDLED_FAQ, "--json", cwd=tmp_path, stdin=stdin_bytes())
    assert list(tmp_path.iterdir()) == []


# -- chat -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chatted(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Run]:
    """One piped chat over every hostile line, shared by the chat tests below: a real
    process, so the bytes go through the interpreter's own stdin and stdout."""
    folder = tmp_path_factory.mktemp("hostile-chat")
    db = folder / "questions.sqlite3"
    run = run_bot_process("chat", "--faq", BUNDLED_FAQ, "--db", db, cwd=folder, stdin=stdin_bytes())
    return folder, db, run


def test_piped_chat_survives_every_hostile_line(chatted: tuple[Path, Path, Run]) -> None:
    _, _, run = chatted
    assert_clean_exit(run)
    assert run.stderr == ""


def test_piped_chat_never_writes_control_characters(chatted: tuple[Path, Path, Run]) -> None:
    _, _, run = chatted
    assert not TERMINAL_CONTROLS.search(run.stdout.replace("\n", ""))


def test_piped_chat_logs_every_unanswered_hostile_line_exactly(
    chatted: tuple[Path, Path, Run],
) -> None:
    folder, db, _ = chatted
    run = run_bot("unanswered", "export", "--format", "json", "--db", db, cwd=folder)
    assert run.returncode == 0, run.stderr
    questions = [record["question"] for record in json.loads(run.stdout)]
    assert questions == expected_logged()
    for name in MUST_BE_LOGGED:
        assert as_str(HOSTILE[name]) in questions, name


def test_the_invalid_utf8_line_comes_back_as_its_surrogate_escaped_text(
    chatted: tuple[Path, Path, Run],
) -> None:
    folder, db, _ = chatted
    run = run_bot("unanswered", "export", "--format", "json", "--db", db, cwd=folder)
    assert run.stdout.isascii()
    sent = HOSTILE["invalid utf-8 in text"].decode("utf-8", "surrogateescape")
    assert sent in [record["question"] for record in json.loads(run.stdout)]


def test_the_list_shows_every_logged_hostile_line_inert(
    chatted: tuple[Path, Path, Run],
) -> None:
    folder, db, _ = chatted
    run = run_bot("unanswered", "list", "--limit", "1000", "--db", db, cwd=folder)
    assert_clean_exit(run)
    assert run.stdout.startswith(f"{len(expected_logged())} open question(s)")
    assert run.stdout.count("asked 1x") == len(expected_logged())
    assert not TERMINAL_CONTROLS.search(run.stdout.replace("\n", ""))


def test_the_csv_export_has_one_row_per_logged_line_and_is_valid_utf8(
    chatted: tuple[Path, Path, Run],
) -> None:
    folder, db, _ = chatted
    run = run_bot("unanswered", "export", "--format", "csv", "--db", db, cwd=folder)
    assert_clean_exit(run)
    run.stdout_bytes.decode("utf-8")  # strict: no raw invalid bytes in the file
    header, *rows = csv.reader(io.StringIO(run.stdout, newline=""))
    assert len(rows) == len(expected_logged())
    cells = dict(zip(header, zip(*rows, strict=True), strict=True))
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in cells["question"])
