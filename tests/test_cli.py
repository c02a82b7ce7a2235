"""The command line as other tools see it: ``python -m bot ...``.

Each test runs in its own temporary working directory with an environment built
from scratch (see tests/robustness/helpers.py), so the machine's own settings,
.env or database never take part. The cases run ``bot.cli.main`` in-process with
the streams a process would have; the last section starts real processes for what
only they show (exit statuses, the interpreter's own pipes, a piped console).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from bot.console import UNKNOWN_REPLY, UNKNOWN_REPLY_NOT_LOGGED
from bot.core.wording import say
from tests.robustness.helpers import (
    BUNDLED_FAQ,
    COFFEE_QUESTION,
    SMALL_FAQ,
    WIFI_ANSWER,
    WIFI_QUESTION,
    Run,
    assert_contract_object,
    assert_no_traceback,
    bot_env,
    run_bot,
    run_bot_process,
    write_faq,
)

pytestmark = pytest.mark.heavy

PROBLEM_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+): (?P<field>[\w.\[\]]+): (?P<message>.+)$"
)
UNKNOWN = "zzqx unknown question about the moon"


@pytest.fixture
def faq(tmp_path: Path) -> Path:
    return write_faq(tmp_path)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "questions.sqlite3"


def chat(cwd: Path, faq: Path, db: Path, stdin: bytes | str) -> Run:
    run = run_bot("chat", "--faq", faq, "--db", db, cwd=cwd, stdin=stdin)
    assert run.returncode == 0, run.stderr
    return run


def review(cwd: Path, db: Path, *args: str) -> Run:
    return run_bot("unanswered", *args, "--db", db, cwd=cwd)


def exported(cwd: Path, db: Path) -> list[dict[str, object]]:
    run = review(cwd, db, "export", "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert isinstance(data, list)
    return data


def assert_one_error_line(run: Run, *fragments: str) -> None:
    """A failure reported as one line on stderr, nothing on stdout, no traceback."""
    assert run.returncode != 0
    assert_no_traceback(run)
    assert run.stdout == ""
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, run.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# -- check ----------------------------------------------------------------------


def test_check_accepts_the_bundled_faq_and_prints_a_summary_line(tmp_path: Path) -> None:
    run = run_bot("check", "--faq", BUNDLED_FAQ, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert_no_traceback(run)
    summary = run.stdout.splitlines()[-1]
    assert summary.startswith(f"{BUNDLED_FAQ}: valid")
    assert re.search(r"\d+ FAQ entries, \d+ sessions, \d+ themes", summary)


def broken_faq_text() -> str:
    """SMALL_FAQ with four errors: time zone, unquoted time, missing answer, bad id."""
    text = (
        SMALL_FAQ.replace("America/New_York", "America/NewYork")
        .replace('start: "10:00"', "start: 10:00")
        .replace('    answer: "Yes: the network is UN-Guest."\n', "")
        .replace("id: coffee-north", "id: Coffee North")
    )
    assert text.count("\n") == SMALL_FAQ.count("\n") - 1
    return text


def line_of(text: str, marker: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if marker in line)


def test_check_lists_every_problem_of_a_broken_file_as_path_line_field_message(
    tmp_path: Path,
) -> None:
    text = broken_faq_text()
    path = write_faq(tmp_path, text, "broken.yaml")
    run = run_bot("check", "--faq", path, cwd=tmp_path)
    assert run.returncode == 1
    assert_no_traceback(run)
    problems = [PROBLEM_LINE.match(line) for line in run.stdout.splitlines()]
    found = {(int(m["line"]), m["field"]) for m in problems if m is not None}
    assert found == {
        (line_of(text, "America/NewYork"), "conference.timezone"),
        (line_of(text, "start: 10:00"), "sessions[0].start"),
        (line_of(text, "id: wifi"), "faq[0].answer"),
        (line_of(text, "id: Coffee North"), "faq[1].id"),
    }
    assert all(m is None or m["path"] == str(path) for m in problems)
    assert "4 problems" in run.stdout.splitlines()[-1]


def test_check_prints_warnings_but_still_accepts_the_file(tmp_path: Path) -> None:
    text = SMALL_FAQ.replace("    keywords: [wifi, internet]\n",
                             "    keywords: [wifi, internet]\n    alternate: wlan?\n")
    path = write_faq(tmp_path, text)
    run = run_bot("check", "--faq", path, cwd=tmp_path)
    assert run.returncode == 0
    assert f"{path}:{line_of(text, 'alternate:')}: faq[0].alternate: warning:" in run.stdout
    assert "1 warning" in run.stdout.splitlines()[-1]


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing.yaml", "file not found"), ("a-folder", "this is a directory, not a FAQ file")],
)
def test_check_reports_a_missing_file_or_a_folder_without_a_traceback(
    tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    run = run_bot("check", "--faq", tmp_path / name, cwd=tmp_path)
    assert run.returncode == 1
    assert_no_traceback(run)
    assert f"{tmp_path / name}: {message}" in run.lines()


@pytest.mark.parametrize("name", ["missing.yaml", "a-folder"])
def test_check_on_a_missing_file_or_a_folder_prints_exactly_one_line(
    tmp_path: Path, name: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    run = run_bot("check", "--faq", tmp_path / name, cwd=tmp_path)
    assert len(run.lines()) == 1, run.lines()


# -- ask ------------------------------------------------------------------------


def test_ask_prints_the_answer_to_a_question_given_as_arguments(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, "is", "there", "wifi?", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == WIFI_ANSWER


def test_ask_does_not_claim_an_unknown_question_was_passed_on(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, UNKNOWN, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == UNKNOWN_REPLY_NOT_LOGGED


def test_ask_text_mode_lists_did_you_mean_choices(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, COFFEE_QUESTION, cwd=tmp_path)
    assert "1. Where is the coffee bar in the" in run.stdout
    assert "2. Where is the coffee bar in the" in run.stdout
    assert "passed to the organisers" not in run.stdout


def test_ask_json_writes_one_object_per_stdin_line_in_order(tmp_path: Path, faq: Path) -> None:
    questions = [WIFI_QUESTION, "", COFFEE_QUESTION, "   ", UNKNOWN, "", WIFI_QUESTION]
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path,
                  stdin="".join(q + "\n" for q in questions))
    assert run.returncode == 0, run.stderr
    assert [obj["question"] for obj in run.json_lines()] == questions


def test_ask_json_objects_have_exactly_the_contract_keys_and_types(
    tmp_path: Path, faq: Path
) -> None:
    questions = [WIFI_QUESTION, COFFEE_QUESTION, UNKNOWN, ""]
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, stdin="\n".join(questions) + "\n")
    objects = run.json_lines()
    assert len(objects) == len(questions)
    for obj in objects:
        assert_contract_object(obj)


def test_ask_json_gives_the_answer_for_a_confident_match(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, "--json", WIFI_QUESTION, cwd=tmp_path)
    [obj] = run.json_lines()
    assert obj == {"question": WIFI_QUESTION, "answered": True, "id": "wifi",
                   "score": obj["score"], "answer": WIFI_ANSWER, "suggestions": [],
                   "kind": "answer", "answers": [{"id": "wifi", "score": obj["score"]}],
                   "language": "en"}
    assert obj["score"] >= 70.0


def test_ask_json_says_what_kind_of_reply_each_question_gets(tmp_path: Path, faq: Path) -> None:
    questions = [WIFI_QUESTION, COFFEE_QUESTION, UNKNOWN, "thanks a lot!"]
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, stdin="\n".join(questions))
    assert [obj["kind"] for obj in run.json_lines()] == [
        "answer", "did_you_mean", "unknown", "small_talk"]


def test_ask_json_gives_suggestions_for_a_did_you_mean(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, "--json", COFFEE_QUESTION, cwd=tmp_path)
    [obj] = run.json_lines()
    assert obj["answered"] is False and obj["id"] is None and obj["answer"] is None
    assert {s["id"] for s in obj["suggestions"]} == {"coffee-north", "coffee-south"}


def test_ask_json_gives_no_answer_and_no_suggestions_for_an_unknown_question(
    tmp_path: Path, faq: Path
) -> None:
    run = run_bot("ask", "--faq", faq, "--json", UNKNOWN, cwd=tmp_path)
    [obj] = run.json_lines()
    assert obj["answered"] is False and obj["id"] is None and obj["suggestions"] == []


def test_ask_json_reads_crlf_lines_and_a_last_line_without_newline(
    tmp_path: Path, faq: Path
) -> None:
    stdin = f"{WIFI_QUESTION}\r\n{UNKNOWN}\r\n{WIFI_QUESTION}".encode()
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, stdin=stdin)
    assert [o["question"] for o in run.json_lines()] == [WIFI_QUESTION, UNKNOWN, WIFI_QUESTION]


def test_ask_json_on_empty_stdin_writes_nothing(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, stdin=b"")
    assert run.returncode == 0 and run.stdout == ""


def whats_on(tmp_path: Path, now: str) -> dict[str, object]:
    run = run_bot("ask", "--faq", BUNDLED_FAQ, "--json", "--now", now, "what's on now?",
                  cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    [obj] = run.json_lines()
    return obj


# In faq/conference.yaml: Session I runs 10:30-13:00 on Thursday 28 June, Session IV
# 15:00-17:00 on Friday 29 June, the opening session 10:00-10:30 on Thursday (New York).
@pytest.mark.parametrize(
    ("now", "session"),
    [
        ("2018-06-28T11:45:00-04:00", "session-1-cooperation"),
        ("2018-06-29T16:00:00-04:00", "session-4-un-support"),
        ("2018-06-28T14:15:00+00:00", "opening-session"),  # 10:15 in New York
    ],
)
def test_now_decides_what_is_on_now(tmp_path: Path, now: str, session: str) -> None:
    obj = whats_on(tmp_path, now)
    assert obj["answered"] is True and obj["id"] == session


def test_a_now_without_offset_is_read_in_the_conference_time_zone(tmp_path: Path) -> None:
    assert whats_on(tmp_path, "2018-06-28T10:15")["id"] == "opening-session"
    # The same wall-clock time in UTC is 06:15 in New York: nothing is on yet.
    assert whats_on(tmp_path, "2018-06-28T10:15:00+00:00")["id"] != "opening-session"


# Before Thursday's first item (arrival, 08:00), after Friday's closing, and the day after.
@pytest.mark.parametrize(
    ("now", "said", "offered"),
    [
        ("2018-06-28T06:15:00-04:00", "Nothing is on right now.", "arrival-day1"),
        ("2018-06-29T19:30:00-04:00", "The conference is over:", "closing-session"),
        ("2018-06-30T10:00:00-04:00", "The conference is over:", "closing-session"),
    ],
)
def test_nothing_on_now_is_said_and_reported_as_no_entrys_answer(
    tmp_path: Path, now: str, said: str, offered: str
) -> None:
    """"Nothing is on right now" is true, and no entry says it: a question set that
    expects no answer there is right, one that expects the next session finds it first
    among the suggestions."""
    obj = whats_on(tmp_path, now)
    assert (obj["answered"], obj["id"], obj["kind"], obj["answers"]) == (
        False, None, "nothing_on", [])
    assert isinstance(obj["answer"], str) and obj["answer"].startswith(said)
    suggestions = obj["suggestions"]
    assert isinstance(suggestions, list) and [s["id"] for s in suggestions][:1] == [offered]


def test_what_is_next_after_a_gap_is_still_the_next_sessions_answer(tmp_path: Path) -> None:
    run = run_bot("ask", "--faq", BUNDLED_FAQ, "--json", "--now", "2018-06-28T06:15:00-04:00",
                  "what's next?", cwd=tmp_path)
    [obj] = run.json_lines()
    assert (obj["answered"], obj["id"], obj["kind"]) == (True, "arrival-day1", "answer")


@pytest.mark.parametrize("now", ["tomorrow", "2018-13-01T10:00", "2018-06-28T25:00", ""])
def test_a_bad_now_is_one_clear_line(tmp_path: Path, faq: Path, now: str) -> None:
    run = run_bot("ask", "--faq", faq, "--now", now, WIFI_QUESTION, cwd=tmp_path)
    assert_one_error_line(run, "--now", "ISO 8601")


@pytest.mark.parametrize("now", ["0001-01-01T00:00+14:00", "9999-12-31T23:59-12:00"])
def test_a_now_at_the_end_of_the_calendar_is_not_a_traceback(
    tmp_path: Path, faq: Path, now: str
) -> None:
    run = run_bot("ask", "--faq", faq, "--now", now, "what's on now?", cwd=tmp_path)
    assert_no_traceback(run)


def test_ask_never_creates_or_writes_the_database(tmp_path: Path, faq: Path, db: Path) -> None:
    env = bot_env(tmp_path, DB_PATH=str(db))
    run_bot("ask", "--faq", faq, UNKNOWN, cwd=tmp_path, env=env)
    run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, env=env,
            stdin=f"{UNKNOWN}\n{COFFEE_QUESTION}\n")
    assert not db.exists() and not db.parent.exists()
    assert not (tmp_path / "data").exists()


def test_ask_leaves_an_existing_database_untouched(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    before = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    run_bot("ask", "--faq", faq, "--json", cwd=tmp_path, env=bot_env(tmp_path, DB_PATH=str(db)),
            stdin=f"{UNKNOWN}\nsomething else entirely zzqx\n")
    assert {p.name: p.read_bytes() for p in db.parent.iterdir()} == before


@pytest.mark.parametrize("command", [["ask", WIFI_QUESTION], ["chat"]])
def test_a_missing_faq_file_is_an_error_without_a_traceback(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "missing.yaml"
    run = run_bot(*command, "--faq", missing, cwd=tmp_path, stdin=f"{WIFI_QUESTION}\n")
    assert run.returncode == 1
    assert_no_traceback(run)
    assert run.stdout == ""
    assert f"{missing}: file not found" in run.stderr.splitlines()
    assert not (tmp_path / "data").exists()


def test_a_missing_faq_file_is_one_line(tmp_path: Path) -> None:
    run = run_bot("ask", "--faq", tmp_path / "missing.yaml", WIFI_QUESTION, cwd=tmp_path)
    assert_one_error_line(run, "file not found")


# -- chat -----------------------------------------------------------------------


def test_chat_answers_from_the_faq_when_piped(tmp_path: Path, faq: Path, db: Path) -> None:
    run = chat(tmp_path, faq, db, f"{WIFI_QUESTION}\n")
    assert WIFI_ANSWER in run.stdout
    assert exported(tmp_path, db) == []


def test_chat_logs_an_unknown_question_and_says_so(tmp_path: Path, faq: Path, db: Path) -> None:
    run = chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    assert UNKNOWN_REPLY in run.stdout
    listing = review(tmp_path, db, "list")
    assert listing.returncode == 0
    assert "1 open question(s)" in listing.stdout
    assert "asked 1x" in listing.stdout and UNKNOWN in listing.stdout


def test_the_same_question_asked_twice_is_counted_twice(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n{UNKNOWN}\n")
    listing = review(tmp_path, db, "list")
    assert "1 open question(s)" in listing.stdout and "asked 2x" in listing.stdout
    [record] = exported(tmp_path, db)
    assert record["times_asked"] == 2 and len(record["asks"]) == 2  # type: ignore[arg-type]


def test_separate_chat_runs_add_to_the_same_count(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    assert "asked 2x" in review(tmp_path, db, "list").stdout


@pytest.mark.parametrize(("choice", "answer"), [
    ("1", "The north coffee bar"), ("2", "The south coffee bar"),
])
def test_a_number_after_did_you_mean_shows_that_suggestion(
    tmp_path: Path, faq: Path, db: Path, choice: str, answer: str
) -> None:
    run = chat(tmp_path, faq, db, f"{COFFEE_QUESTION}\n{choice}\n")
    before, _, after = run.stdout.partition("Did you mean")
    assert answer not in before
    assert answer in after


def test_did_you_mean_is_logged_for_the_moderators(tmp_path: Path, faq: Path, db: Path) -> None:
    run = chat(tmp_path, faq, db, f"{COFFEE_QUESTION}\n")
    assert "passed to the organisers" in run.stdout
    [record] = exported(tmp_path, db)
    assert record["question"] == COFFEE_QUESTION and record["outcome"] == "suggest"
    assert record["best_match"] in ("coffee-north", "coffee-south")


def test_piped_chat_keeps_going_after_a_blank_line(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, f"\n\n{UNKNOWN}\n")
    assert [r["question"] for r in exported(tmp_path, db)] == [UNKNOWN]


def test_chat_uses_the_data_folder_in_the_working_directory_by_default(
    tmp_path: Path, faq: Path
) -> None:
    run = run_bot("chat", "--faq", faq, cwd=tmp_path, stdin=f"{UNKNOWN}\n")
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "data" / "concierge.sqlite3").is_file()


def test_chat_with_a_database_that_is_not_sqlite_is_one_line(tmp_path: Path, faq: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("these are my notes, not a database\n" * 50)
    run = run_bot("chat", "--faq", faq, "--db", bad, cwd=tmp_path, stdin=f"{UNKNOWN}\n")
    assert_one_error_line(run, "not a SQLite database")
    assert bad.read_text() == "these are my notes, not a database\n" * 50


# -- unanswered resolve / dismiss --------------------------------------------------


def logged_question(tmp_path: Path, faq: Path, db: Path) -> int:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    [record] = exported(tmp_path, db)
    assert isinstance(record["id"], int)
    return record["id"]


def test_resolve_closes_the_question_with_its_faq_id_and_note(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    qid = logged_question(tmp_path, faq, db)
    run = review(tmp_path, db, "resolve", str(qid), "--faq-id", "wifi", "--note", "added")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"#{qid} resolved: {UNKNOWN}",
        f"Resolved 1 question from 1 person (group #{qid}) with `wifi`; nobody to tell on "
        "Discord.",
    ]
    assert "No open questions." in review(tmp_path, db, "list").stdout
    [record] = exported(tmp_path, db)
    assert (record["status"], record["faq_id"], record["note"]) == ("resolved", "wifi", "added")
    assert record["resolved_by"] == "console"


def test_dismiss_sets_the_question_aside(tmp_path: Path, faq: Path, db: Path) -> None:
    qid = logged_question(tmp_path, faq, db)
    run = review(tmp_path, db, "dismiss", str(qid), "--note", "spam")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == f"#{qid} dismissed: {UNKNOWN}"
    assert "nobody is told (nothing to tell them: give a --reason)" in run.stdout
    assert UNKNOWN in review(tmp_path, db, "list", "--status", "dismissed").stdout
    assert "No open questions." in review(tmp_path, db, "list").stdout


def test_closing_an_unknown_id_is_one_line_and_fails(tmp_path: Path, faq: Path, db: Path) -> None:
    # One logged question serves every case (each a run of its own): a failed close
    # leaves it open for the next.
    logged_question(tmp_path, faq, db)
    for action in ("resolve", "dismiss"):
        for qid in ("999", "0", "-3", str(2**70)):
            run = review(tmp_path, db, action, qid)
            assert_one_error_line(run, f"no question with id {qid}")
    [record] = exported(tmp_path, db)
    assert record["status"] == "open"


def test_a_question_asked_again_after_resolving_opens_a_new_entry(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    qid = logged_question(tmp_path, faq, db)
    review(tmp_path, db, "resolve", str(qid))
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    records = exported(tmp_path, db)
    assert [(r["status"], r["times_asked"]) for r in records] == [("resolved", 1), ("open", 1)]


# -- unanswered export ------------------------------------------------------------

ODD_QUESTIONS = [
    "zzqx emoji \U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467 question",
    "zzqx \u0645\u0627 \u0647\u0648 \u0627\u0644\u0633\u0624\u0627\u0644\u061f arabic",
    "zzqx \u202eright-to-left override\u202c question",
    "zzqx nul\x00inside question",
    "zzqx combining Z\u0351\u0352a\u0354l\u0356g\u0357o question",
    "zzqx quotes \"double\" and 'single', commas, and \ttab",
]


def test_export_json_gives_back_odd_unicode_exactly(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, "".join(q + "\n" for q in ODD_QUESTIONS))
    assert [r["question"] for r in exported(tmp_path, db)] == ODD_QUESTIONS


def test_export_json_gives_back_invalid_utf8_as_surrogate_escapes(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    line = b"zzqx broken \xff\xfe bytes \xc3( question"
    chat(tmp_path, faq, db, line + b"\n")
    [record] = exported(tmp_path, db)
    assert record["question"] == line.decode("utf-8", "surrogateescape")


def test_export_csv_has_the_header_and_every_question_exactly(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    chat(tmp_path, faq, db, "".join(q + "\n" for q in ODD_QUESTIONS))
    run = review(tmp_path, db, "export", "--format", "csv")
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout, newline="")))
    assert rows[0][:4] == ["id", "status", "question", "question_escaped"]
    assert "askers" in rows[0]
    questions = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [(q["question"], q["question_escaped"]) for q in questions] == [
        (text, "no") for text in ODD_QUESTIONS
    ]
    assert {q["askers"] for q in questions} == {"console"}


def test_export_csv_flags_and_escapes_invalid_utf8(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, b"zzqx broken \xff bytes\n")
    run = review(tmp_path, db, "export", "--format", "csv")
    header, row = csv.reader(io.StringIO(run.stdout, newline=""))
    record = dict(zip(header, row, strict=True))
    assert record["question"] == "zzqx broken \\udcff bytes"
    assert record["question_escaped"] == "yes"


def test_export_csv_neutralises_a_formula_question(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, "=HYPERLINK(\"http://evil.example\",\"zzqx click\")\n")
    run = review(tmp_path, db, "export", "--format", "csv")
    header, row = csv.reader(io.StringIO(run.stdout, newline=""))
    assert dict(zip(header, row, strict=True))["question"].startswith("'=HYPERLINK(")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_output_writes_the_file_and_says_so(
    tmp_path: Path, faq: Path, db: Path, fmt: str
) -> None:
    chat(tmp_path, faq, db, "".join(q + "\n" for q in ODD_QUESTIONS))
    target = tmp_path / f"out.{fmt}"
    run = review(tmp_path, db, "export", "--format", fmt, "--output", str(target))
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert f"wrote {len(ODD_QUESTIONS)} question(s) to {target}" in run.stderr
    assert target.read_bytes() == review(tmp_path, db, "export", "--format", fmt).stdout_bytes


@pytest.mark.parametrize("where", ["missing-folder/out.csv", "a-folder"])
def test_export_to_an_unwritable_path_is_one_line(
    tmp_path: Path, faq: Path, db: Path, where: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    run = review(tmp_path, db, "export", "--format", "csv", "-o", str(tmp_path / where))
    assert_one_error_line(run, "cannot write", str(tmp_path / where))


def test_export_with_nothing_logged_is_an_empty_list(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, f"{WIFI_QUESTION}\n")
    assert exported(tmp_path, db) == []
    csv_run = review(tmp_path, db, "export", "--format", "csv")
    assert csv_run.stdout.splitlines()[0].startswith("id,status,question,")
    assert len(csv_run.stdout.splitlines()) == 1


def test_export_json_round_trips_a_note_given_on_the_command_line(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    qid = logged_question(tmp_path, faq, db)
    note = "\u062a\u0645 \u2713 \U0001f44d \u202eok\u202c \u4e2d\u6587"
    review(tmp_path, db, "resolve", str(qid), "--note", note)
    assert exported(tmp_path, db)[0]["note"] == note


# -- unanswered: missing and unreadable databases ------------------------------------


@pytest.mark.parametrize("action", [["list"], ["export", "--format", "json"], ["resolve", "1"],
                                    ["dismiss", "1"]])
def test_review_on_a_missing_database_is_one_line_and_creates_nothing(
    tmp_path: Path, db: Path, action: list[str]
) -> None:
    run = review(tmp_path, db, *action)
    assert_one_error_line(run, str(db))
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize("action", [["list"], ["export", "--format", "csv"], ["resolve", "1"]])
def test_review_on_a_file_that_is_not_sqlite_is_one_line(
    tmp_path: Path, action: list[str]
) -> None:
    bad = tmp_path / "questions.sqlite3"
    bad.write_bytes(b"PK\x03\x04 definitely a zip file, not SQLite" * 100)
    run = review(tmp_path, bad, *action)
    assert_one_error_line(run, "not a SQLite database")


def test_review_on_a_folder_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "db-folder"
    folder.mkdir()
    assert_one_error_line(review(tmp_path, folder, "list"), "directory")


# -- settings: flags > environment > .env > defaults ---------------------------------


def test_the_bundled_faq_is_the_default(tmp_path: Path) -> None:
    run = run_bot("ask", "--json", WIFI_QUESTION, cwd=tmp_path)
    [obj] = run.json_lines()
    assert obj["id"] == "wifi" and obj["answer"] != WIFI_ANSWER


def test_faq_path_from_the_environment_is_honoured(tmp_path: Path, faq: Path) -> None:
    run = run_bot("ask", WIFI_QUESTION, cwd=tmp_path, env=bot_env(tmp_path, FAQ_PATH=str(faq)))
    assert run.stdout.strip() == WIFI_ANSWER


def test_the_faq_flag_wins_over_the_environment(tmp_path: Path, faq: Path) -> None:
    env = bot_env(tmp_path, FAQ_PATH=str(tmp_path / "missing.yaml"))
    run = run_bot("ask", "--faq", faq, WIFI_QUESTION, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == WIFI_ANSWER


def test_db_path_from_the_environment_is_honoured(tmp_path: Path, faq: Path, db: Path) -> None:
    env = bot_env(tmp_path, DB_PATH=str(db))
    assert run_bot("chat", "--faq", faq, cwd=tmp_path, env=env, stdin=UNKNOWN).returncode == 0
    assert db.is_file() and not (tmp_path / "data").exists()
    assert UNKNOWN in run_bot("unanswered", "list", cwd=tmp_path, env=env).stdout


def test_the_db_flag_wins_over_the_environment(tmp_path: Path, faq: Path, db: Path) -> None:
    other = tmp_path / "other.sqlite3"
    env = bot_env(tmp_path, DB_PATH=str(other))
    assert run_bot("chat", "--faq", faq, "--db", db, cwd=tmp_path, env=env,
                   stdin=UNKNOWN).returncode == 0
    assert db.is_file() and not other.exists()
    assert UNKNOWN in run_bot("unanswered", "list", "--db", db, cwd=tmp_path, env=env).stdout


def test_a_dotenv_in_the_working_directory_is_honoured(tmp_path: Path, faq: Path) -> None:
    (tmp_path / ".env").write_text(f"FAQ_PATH={faq.name}\nDB_PATH=from-dotenv.sqlite3\n")
    assert run_bot("ask", WIFI_QUESTION, cwd=tmp_path).stdout.strip() == WIFI_ANSWER
    assert run_bot("chat", cwd=tmp_path, stdin=UNKNOWN).returncode == 0
    assert (tmp_path / "from-dotenv.sqlite3").is_file()


def test_the_environment_wins_over_the_dotenv(tmp_path: Path, faq: Path, db: Path) -> None:
    (tmp_path / ".env").write_text("FAQ_PATH=missing.yaml\nDB_PATH=from-dotenv.sqlite3\n")
    env = bot_env(tmp_path, FAQ_PATH=str(faq), DB_PATH=str(db))
    assert run_bot("ask", WIFI_QUESTION, cwd=tmp_path, env=env).stdout.strip() == WIFI_ANSWER
    assert run_bot("chat", cwd=tmp_path, env=env, stdin=UNKNOWN).returncode == 0
    assert db.is_file() and not (tmp_path / "from-dotenv.sqlite3").exists()


def test_a_dotenv_in_another_folder_is_ignored(tmp_path: Path, faq: Path) -> None:
    (tmp_path / ".env").write_text("FAQ_PATH=missing.yaml\n")
    below = tmp_path / "elsewhere"
    below.mkdir()
    run = run_bot("ask", "--json", WIFI_QUESTION, cwd=below)
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    ("name", "value", "fragment"),
    [
        ("DISCORD_GUILD_ID", "my-server", "DISCORD_GUILD_ID must be a Discord id"),
        ("COOLDOWN_SECONDS", "-5", "COOLDOWN_SECONDS must not be negative"),
        ("REPLY_VISIBILITY", "loud", "REPLY_VISIBILITY must be one of public, ephemeral"),
        ("NOTIFY_ON_RESOLVE", "maybe", "NOTIFY_ON_RESOLVE must be true or false"),
    ],
)
def test_a_bad_setting_is_one_clear_line(
    tmp_path: Path, faq: Path, name: str, value: str, fragment: str
) -> None:
    run = run_bot("ask", "--faq", faq, WIFI_QUESTION, cwd=tmp_path,
                  env=bot_env(tmp_path, **{name: value}))
    assert_one_error_line(run, fragment)


def test_a_bad_setting_in_the_dotenv_is_one_clear_line(tmp_path: Path, faq: Path) -> None:
    (tmp_path / ".env").write_text("ASK_CHANNEL_IDS=12, general, 13\n")
    run = run_bot("ask", "--faq", faq, WIFI_QUESTION, cwd=tmp_path)
    assert_one_error_line(run, "ASK_CHANNEL_IDS", "general")


def test_a_dotenv_that_is_not_utf8_is_one_clear_line(tmp_path: Path, faq: Path) -> None:
    (tmp_path / ".env").write_bytes(b"FAQ_PATH=caf\xe9.yaml\n")
    run = run_bot("ask", "--faq", faq, WIFI_QUESTION, cwd=tmp_path)
    assert_one_error_line(run, ".env")


def test_the_token_never_appears_in_output(tmp_path: Path, faq: Path) -> None:
    token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value"
    env = bot_env(tmp_path, DISCORD_TOKEN=token, DISCORD_GUILD_ID="not-a-number")
    run = run_bot("ask", "--faq", faq, WIFI_QUESTION, cwd=tmp_path, env=env)
    assert run.returncode != 0
    assert token not in run.stdout + run.stderr


def test_resolving_with_an_faq_id_the_file_does_not_have_is_refused(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    env = bot_env(tmp_path, DB_PATH=str(db), FAQ_PATH=str(faq))
    run = run_bot("unanswered", "resolve", "1", "--faq-id", "no-such-entry", cwd=tmp_path,
                  env=env)
    assert run.returncode == 1
    assert_no_traceback(run)
    assert "no entry 'no-such-entry'" in run.stderr
    still_open = run_bot("unanswered", "list", cwd=tmp_path, env=env)
    assert UNKNOWN in still_open.stdout


def test_purge_with_retention_off_purges_nothing(tmp_path: Path, faq: Path, db: Path) -> None:
    chat(tmp_path, faq, db, f"{UNKNOWN}\n")
    env = bot_env(tmp_path, DB_PATH=str(db), FAQ_PATH=str(faq), RETENTION_DAYS="0")
    assert run_bot("unanswered", "dismiss", "1", cwd=tmp_path, env=env).returncode == 0
    run = run_bot("unanswered", "purge", cwd=tmp_path, env=env)
    assert run.returncode == 0
    assert "retention is off" in run.stdout
    listing = run_bot("unanswered", "list", "--status", "all", cwd=tmp_path, env=env)
    assert UNKNOWN in listing.stdout
    purged = run_bot("unanswered", "purge", "--days", "0", cwd=tmp_path, env=env)
    assert "purged 1" in purged.stdout


ALERTS_FAQ = SMALL_FAQ + """\
urgent:
  - id: medical-emergency
    topic: Medical emergency
    answer: "Call UN Security at once."
    triggers: [collapsed, not breathing]
sensitive:
  - id: weapons
    topic: Weapons
    answer: "I can't discuss weapons."
    triggers: ["gun/firearm + bring/carry"]
"""


def test_ask_json_reports_urgent_as_answered_and_sensitive_as_refused_with_its_topic(
    tmp_path: Path,
) -> None:
    faq = write_faq(tmp_path, ALERTS_FAQ)
    run = run_bot("ask", "--faq", faq, "--json", cwd=tmp_path,
                  stdin="my colleague collapsed\ncan I bring my gun\n")
    urgent, sensitive = run.json_lines()
    assert (urgent["kind"], urgent["answered"], urgent["id"]) == (
        "urgent", True, "medical-emergency")
    assert urgent["answer"] == "Call UN Security at once."
    assert (sensitive["kind"], sensitive["answered"], sensitive["id"]) == (
        "sensitive", False, "weapons")
    assert sensitive["answer"] is None and sensitive["suggestions"] == []


def test_chat_refuses_a_sensitive_question_and_keeps_it_for_the_moderators_flagged(
    tmp_path: Path, db: Path
) -> None:
    faq = write_faq(tmp_path, ALERTS_FAQ)
    run = chat(tmp_path, faq, db, "can I bring my gun\nmy colleague collapsed\n")
    assert "I can't discuss weapons." in run.stdout
    assert "Call UN Security at once." in run.stdout
    [record] = exported(tmp_path, db)  # the urgent one is answered, not queued
    assert (record["question"], record["outcome"]) == ("can I bring my gun", "sensitive")
    listing = run_bot("unanswered", "list", "--db", db, cwd=tmp_path).stdout
    assert "[sensitive]" in listing


def test_resolve_add_alternate_teaches_the_bot_the_question_it_could_not_answer(
    tmp_path: Path, faq: Path, db: Path
) -> None:
    question = "where can I get online on my laptop"
    chat(tmp_path, faq, db, f"{question}\n")
    listed = review(tmp_path, db, "list", "--json", "--faq", str(faq))
    [group] = listed.json_lines()
    assert (group["text"], group["members"], group["status"]) == (
        question, [group["id"]], "open")

    # --faq names the file (it used to be read as an abbreviation of --faq-id)
    run = review(tmp_path, db, "resolve", str(group["id"]), "--faq", str(faq), "--faq-id",
                 "wifi", "--add-alternate", "--internal-note", "taught")
    assert run.returncode == 0, run.stderr
    assert f"Added {question!r} to the alternates of 'wifi'" in run.stdout
    answered = run_bot("ask", "--faq", faq, "--json", question, cwd=tmp_path).json_lines()
    assert (answered[0]["answered"], answered[0]["id"]) == (True, "wifi")
    [record] = exported(tmp_path, db)
    assert (record["status"], record["note"], record["group"]) == (
        "resolved", "taught", group["id"])


# -- the process itself: what the shell and other tools see -------------------------


@pytest.mark.process
def test_a_real_process_answers_ask_json_on_its_pipes_and_exits_0(
    tmp_path: Path, faq: Path
) -> None:
    questions = [WIFI_QUESTION, "", COFFEE_QUESTION, UNKNOWN]
    run = run_bot_process("ask", "--faq", faq, "--json", cwd=tmp_path,
                          stdin="".join(q + "\n" for q in questions))
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    objects = run.json_lines()
    assert [obj["question"] for obj in objects] == questions
    for obj in objects:
        assert_contract_object(obj)
    assert objects[0]["answer"] == WIFI_ANSWER


@pytest.mark.process
def test_a_real_process_exits_1_for_a_broken_file_and_0_for_a_good_one(tmp_path: Path) -> None:
    broken = run_bot_process("check", "--faq", write_faq(tmp_path, broken_faq_text(), "b.yaml"),
                             cwd=tmp_path)
    assert broken.returncode == 1
    assert_no_traceback(broken)
    assert "4 problems" in broken.stdout.splitlines()[-1]
    good = run_bot_process("check", "--faq", write_faq(tmp_path), cwd=tmp_path)
    assert good.returncode == 0, good.stdout + good.stderr


@pytest.mark.process
def test_a_real_process_reports_a_missing_file_in_one_line_without_a_traceback(
    tmp_path: Path,
) -> None:
    run = run_bot_process("ask", "--faq", tmp_path / "missing.yaml", WIFI_QUESTION,
                          cwd=tmp_path)
    assert_one_error_line(run, "file not found")


@pytest.mark.process
def test_a_real_process_refuses_an_unknown_option_with_status_2(tmp_path: Path) -> None:
    run = run_bot_process("ask", "--faq-i", "x", WIFI_QUESTION, cwd=tmp_path)
    assert run.returncode == 2
    assert_no_traceback(run)
    assert "--faq-i" in run.stderr


@pytest.mark.process
def test_a_real_piped_chat_answers_logs_and_exits_0(tmp_path: Path, faq: Path, db: Path) -> None:
    run = run_bot_process("chat", "--faq", faq, "--db", db, cwd=tmp_path,
                          stdin=f"{WIFI_QUESTION}\n{UNKNOWN}\n")
    assert run.returncode == 0, run.stderr
    assert WIFI_ANSWER in run.stdout and UNKNOWN_REPLY in run.stdout
    assert [r["question"] for r in exported(tmp_path, db)] == [UNKNOWN]


def test_chat_lang_sets_the_console_s_own_language(tmp_path: Path, faq: Path, db: Path) -> None:
    run = run_bot("chat", "--faq", faq, "--db", db, "--lang", "fr", cwd=tmp_path,
                  stdin=f"/session qqqq zzzz\n{UNKNOWN}\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n\n")[:2] == [say("no_such_session", "fr"),
                                            say("unknown_logged", "en")]
