"""Many ``chat`` processes writing to one question database at the same time.

Four processes (twice the cores of the machines we run on) start together, each piping
200 different questions nobody can answer into the same SQLite file. Every question must
arrive exactly once, the file must stay intact, and no writer may give up with "database
is locked".
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.helpers import TIMEOUT_S, bot_env, run_bot, write_faq

pytestmark = [pytest.mark.process, pytest.mark.heavy]

PROCESSES = 4
QUESTIONS_EACH = 200
# Guard against a hang only; the whole run normally takes a few seconds.
WRITERS_TIMEOUT_S = 4 * TIMEOUT_S


def questions_of(process: int) -> list[str]:
    return [f"zzqx unknown question {process} {n}" for n in range(QUESTIONS_EACH)]


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[tuple[int, str]]]:
    """Run the writers once; (folder, database, [(exit code, stderr)])."""
    folder = tmp_path_factory.mktemp("many-writers")
    faq = write_faq(folder)
    db = folder / "shared" / "questions.sqlite3"
    inputs = []
    for process in range(PROCESSES):
        path = folder / f"in-{process}.txt"
        path.write_text("".join(q + "\n" for q in questions_of(process)), encoding="utf-8")
        inputs.append(path)
    command = [sys.executable, "-m", "bot", "chat", "--faq", os.fspath(faq), "--db", os.fspath(db)]
    started: list[subprocess.Popen[bytes]] = []
    results: list[tuple[int, str]] = []
    try:
        for path in inputs:
            with path.open("rb") as stdin:  # the child keeps its own copy of the handle
                started.append(subprocess.Popen(
                    command, cwd=folder, env=bot_env(folder), stdin=stdin,
                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                ))
        for child in started:
            _, stderr = child.communicate(timeout=WRITERS_TIMEOUT_S)
            results.append((child.returncode, stderr.decode("utf-8", "replace")))
    finally:
        for child in started:
            if child.poll() is None:
                child.kill()
                child.wait()
    return folder, db, results


def test_every_writer_finishes_cleanly(crowd: tuple[Path, Path, list[tuple[int, str]]]) -> None:
    _, _, results = crowd
    assert [code for code, _ in results] == [0] * PROCESSES, results


def test_no_writer_sees_database_is_locked(
    crowd: tuple[Path, Path, list[tuple[int, str]]],
) -> None:
    _, _, results = crowd
    for _, stderr in results:
        assert "locked" not in stderr.lower() and "Traceback" not in stderr, stderr


def test_every_question_arrives_exactly_once_and_open(
    crowd: tuple[Path, Path, list[tuple[int, str]]],
) -> None:
    folder, db, _ = crowd
    run = run_bot("unanswered", "export", "--format", "json", "--status", "open", "--db", db,
                  cwd=folder)
    assert run.returncode == 0, run.stderr
    records = json.loads(run.stdout)
    assert len(records) == PROCESSES * QUESTIONS_EACH
    assert sorted(r["question"] for r in records) == sorted(
        q for process in range(PROCESSES) for q in questions_of(process)
    )
    assert {r["times_asked"] for r in records} == {1}


def test_each_writer_keeps_its_own_order(
    crowd: tuple[Path, Path, list[tuple[int, str]]],
) -> None:
    folder, db, _ = crowd
    run = run_bot("unanswered", "export", "--format", "json", "--db", db, cwd=folder)
    in_id_order = [r["question"] for r in json.loads(run.stdout)]
    for process in range(PROCESSES):
        mine = set(questions_of(process))
        assert [q for q in in_id_order if q in mine] == questions_of(process)


def test_the_list_counts_every_open_question(
    crowd: tuple[Path, Path, list[tuple[int, str]]],
) -> None:
    folder, db, _ = crowd
    run = run_bot("unanswered", "list", "--db", db, cwd=folder)
    assert run.stdout.startswith(f"{PROCESSES * QUESTIONS_EACH} open question(s)")


def test_the_database_passes_the_integrity_check(
    crowd: tuple[Path, Path, list[tuple[int, str]]],
) -> None:
    _, db, _ = crowd
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
