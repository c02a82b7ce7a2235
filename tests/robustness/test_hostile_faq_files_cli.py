"""Broken and hostile FAQ files through the command line: check, ask and chat.

Each must end with exit code 1 and a clear message naming the problem, never a
traceback, a hang or a side effect. The runs are in-process (see
tests/robustness/helpers.py); the suite's per-test timeout is only a guard against
hangs, not a timing assertion.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.faqfile.limits import MAX_FAQ_FILE_BYTES, MAX_NESTING_DEPTH, MAX_YAML_NODES
from tests.robustness.helpers import (
    SMALL_FAQ,
    WIFI_QUESTION,
    Run,
    assert_no_traceback,
    run_bot,
    write_faq,
)

MARKER = "MARKER"
EVIL_TAG = f'!!python/object/apply:os.system ["touch {MARKER}"]'


def billion_laughs() -> str:
    lines = ["a: &a [" + ", ".join(['"lol"'] * 10) + "]"]
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 10) + "]")
    return SMALL_FAQ + "extra:\n" + "".join(f"  {line}\n" for line in lines)


def oversized() -> bytes:
    padding = MAX_FAQ_FILE_BYTES + 1 - len(SMALL_FAQ.encode()) - len("# \n")
    return (SMALL_FAQ + "# " + "x" * padding + "\n").encode()


# name -> (file content, a fragment of the message that must explain it)
HOSTILE: dict[str, tuple[Callable[[], bytes | str], str]] = {
    "not YAML at all (binary)": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    "plain prose": (lambda: "Welcome to the conference! Ask me anything.\n",
                    "top level of the file must be a mapping"),
    "YAML syntax error": (lambda: "version: 1\nconference: [\n", "YAML syntax error"),
    "tab indentation": (lambda: SMALL_FAQ.replace("  name: Test", "\tname: Test"), "tab"),
    "empty file": (lambda: b"", "the file is empty"),
    "only a comment": (lambda: "# nothing here yet\n\n", "the file is empty"),
    "top-level list": (lambda: "- version: 1\n- faq: []\n", "found a list"),
    "wrong version": (lambda: SMALL_FAQ.replace("version: 1", "version: 2"),
                      "version: must be the integer 1"),
    "version as text": (lambda: SMALL_FAQ.replace("version: 1", 'version: "1"'),
                        "version: must be the integer 1"),
    "python tag": (lambda: SMALL_FAQ + f"evil: {EVIL_TAG}\n", "is not allowed"),
    "python tag at top": (lambda: f"{EVIL_TAG}\n", "is not allowed"),
    "alias bomb": (billion_laughs, f"more than {MAX_YAML_NODES} values"),
    "deep nesting": (lambda: "[" * 10_000 + "\n", f"more than {MAX_NESTING_DEPTH} levels"),
    "invalid UTF-8": (lambda: SMALL_FAQ.encode().replace(b"Test Conference", b"Caf\xe9 Conference"),
                      "not valid UTF-8"),
    "UTF-16": (lambda: SMALL_FAQ.encode("utf-16"), "UTF-16"),
    "over the size limit": (oversized, "the file is too large"),
    "unquoted time": (lambda: SMALL_FAQ.replace('start: "10:00"', "start: 10:30"),
                      'write it in quotes: "10:30"'),
    "30 February": (lambda: SMALL_FAQ.replace("dates: [2018-06-28, 2018-06-29]",
                                              "dates: [2018-02-30, 2018-06-28, 2018-06-29]"),
                    "not a real date: 2018-02-30"),
    "two documents": (lambda: SMALL_FAQ + "---\nversion: 1\n", "a second YAML document"),
}

COMMANDS = {
    "check": (["check"], None),
    "ask": (["ask", WIFI_QUESTION], None),
    "ask --json stdin": (["ask", "--json"], f"{WIFI_QUESTION}\n"),
    "chat": (["chat", "--db", "q.sqlite3"], f"{WIFI_QUESTION}\n"),
}


def run_on(tmp_path: Path, content: bytes | str, command: str) -> Run:
    faq = write_faq(tmp_path, content)
    args, stdin = COMMANDS[command]
    return run_bot(args[0], "--faq", faq, *args[1:], cwd=tmp_path, stdin=stdin)


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_hostile_faq_file_is_a_clear_message_and_exit_1(
    tmp_path: Path, case: str, command: str
) -> None:
    build, fragment = HOSTILE[case]
    run = run_on(tmp_path, build(), command)
    assert run.returncode == 1, run.stdout + run.stderr
    assert_no_traceback(run)
    assert "internal error" not in run.stdout + run.stderr
    assert any(fragment in line for line in run.lines()), run.lines()
    faq = str(tmp_path / "faq.yaml")
    assert all(line.startswith(faq) for line in run.lines()), run.lines()


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_hostile_faq_file_never_reaches_the_answers_or_the_database(
    tmp_path: Path, command: str
) -> None:
    build, _ = HOSTILE["unquoted time"]
    run = run_on(tmp_path, build(), command)
    if command != "check":
        assert run.stdout == ""  # no answer from a file that did not load
    assert not (tmp_path / "q.sqlite3").exists()
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("case", ["python tag", "python tag at top"])
def test_a_python_tag_is_never_run(tmp_path: Path, case: str, command: str) -> None:
    build, _ = HOSTILE[case]
    run_on(tmp_path, build(), command)
    assert not (tmp_path / MARKER).exists()
    assert not (Path.cwd() / MARKER).exists()


def test_check_lists_every_problem_of_a_file_with_many_errors(tmp_path: Path) -> None:
    text = (SMALL_FAQ.replace('start: "10:00"', "start: 10:30")
            .replace("dates: [2018-06-28, 2018-06-29]", "dates: [2018-02-30, 2018-06-28]")
            .replace("America/New_York", "Mars/Olympus_Mons"))
    run = run_on(tmp_path, text, "check")
    assert run.returncode == 1
    joined = run.stdout
    for fragment in ("sessions[0].start", "conference.dates[0]", "conference.timezone",
                     "sessions[1].day"):
        assert fragment in joined, joined


def bom_crlf_faq() -> bytes:
    text = SMALL_FAQ.replace(
        'answer: "Yes: the network is UN-Guest."',
        'answer: "Oui : le réseau est UN-Guest — 免费 — مجاني 📶"',
    ).replace("name: Test Conference", "name: Conférence d'essai — 会议")
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def test_a_bom_crlf_non_ascii_file_is_valid(tmp_path: Path) -> None:
    run = run_on(tmp_path, bom_crlf_faq(), "check")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "valid" in run.stdout.splitlines()[-1]


def test_a_bom_crlf_non_ascii_file_answers_with_its_text(tmp_path: Path) -> None:
    run = run_on(tmp_path, bom_crlf_faq(), "ask --json stdin")
    assert run.returncode == 0, run.stderr
    [obj] = run.json_lines()
    assert obj["id"] == "wifi"
    assert obj["answer"] == "Oui : le réseau est UN-Guest — 免费 — مجاني 📶"


def test_a_bom_crlf_non_ascii_file_works_in_chat(tmp_path: Path) -> None:
    run = run_on(tmp_path, bom_crlf_faq(), "chat")
    assert run.returncode == 0, run.stderr
    assert "Oui : le réseau est UN-Guest — 免费 — مجاني 📶" in run.stdout


def test_a_file_just_under_the_size_limit_is_read(tmp_path: Path) -> None:
    padding = MAX_FAQ_FILE_BYTES - len(SMALL_FAQ.encode()) - len("# \n")
    run = run_on(tmp_path, SMALL_FAQ + "# " + "x" * padding + "\n", "check")
    assert run.returncode == 0, run.stdout + run.stderr
