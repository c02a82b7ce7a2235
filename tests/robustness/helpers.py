"""Running the command line as other tools do, with a controlled environment.

Shared by tests/test_cli.py and the robustness tests. Every run gets a fresh
working directory and an environment built from scratch, so no setting from the
machine running the tests (FAQ_PATH, DB_PATH, a token, a .env) leaks in.

``run_bot`` calls ``bot.cli.main`` in this process, the way ``python -m bot`` would
(argv, environment, working directory, stdin and the byte streams out), because
starting an interpreter costs over a second and most cases are about what the
command says, not about the process. For the same reason a file one run loaded is
not loaded again by the next run given the same bytes (``_faq_loaded_once``).
``run_bot_process`` starts the real ``python -m bot`` for the contract only a
process can show: its exit status as the shell sees it, the interpreter's streams
and what a fresh start imports.
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.faqfile import FileLimits
    from bot.served import LoadedFaq
    from bot.wiring import SemanticFactory

REPO = Path(__file__).resolve().parents[2]
BUNDLED_FAQ = REPO / "faq" / "conference.yaml"

# Generous: a subprocess that hangs fails the test instead of hanging the run.
# Never a timing assertion, only a guard.
TIMEOUT_S = 60.0

CONTRACT_KEYS = (
    "question", "answered", "id", "score", "answer", "suggestions", "kind", "answers",
    "language",
)
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
KINDS = ("answer", "did_you_mean", "unknown", "small_talk", "urgent", "sensitive")

# A small valid FAQ: a confident answer (wifi), a "did you mean" between two
# near-identical entries (coffee), and one session on each day.
SMALL_FAQ = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28, 2018-06-29]
venue:
  name: UN Headquarters
  address: 405 East 42nd Street
  rooms:
    - id: ga-hall
      name: General Assembly Hall
sessions:
  - id: opening
    title: Opening session
    day: 2018-06-28
    start: "10:00"
    end: "11:00"
    room: ga-hall
  - id: closing
    title: Closing session
    day: 2018-06-29
    start: "17:00"
    end: "18:00"
    room: ga-hall
faq:
  - id: wifi
    question: Is there wifi?
    keywords: [wifi, internet]
    answer: "Yes: the network is UN-Guest."
  - id: coffee-north
    question: Where is the coffee bar in the north lounge?
    answer: The north coffee bar is next to the delegates' lounge.
  - id: coffee-south
    question: Where is the coffee bar in the south lounge?
    answer: The south coffee bar is by the visitors' lobby.
"""
WIFI_QUESTION = "is there wifi?"
WIFI_ANSWER = "Yes: the network is UN-Guest."
COFFEE_QUESTION = "where is the coffee bar?"  # ties coffee-north and coffee-south


def write_faq(folder: Path, text: str | bytes = SMALL_FAQ, name: str = "faq.yaml") -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def bot_env(home: Path, **settings: str) -> dict[str, str]:
    """An environment with none of the bot's settings except ``settings``.

    Matching by meaning is off unless a test turns it on: it is tested on its own,
    and embedding an FAQ in every subprocess would make the suite slow.
    """
    env = {
        "PATH": os.environ.get("PATH", os.defpath),
        "HOME": str(home),
        "LC_ALL": "C.UTF-8",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "SEMANTIC_SEARCH": "off",
    }
    env.update(settings)
    return env


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout_bytes: bytes
    stderr_bytes: bytes

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8", "surrogateescape")

    @property
    def stderr(self) -> str:
        return self.stderr_bytes.decode("utf-8", "surrogateescape")

    def lines(self) -> list[str]:
        """Non-blank lines of stdout and stderr together."""
        return [line for line in (self.stdout + self.stderr).splitlines() if line.strip()]

    def json_lines(self) -> list[dict[str, Any]]:
        """stdout as JSON Lines (one object per line, nothing else)."""
        lines = self.stdout_bytes.split(b"\n")
        assert lines[-1] == b"", "stdout does not end with a newline"
        return [json.loads(line) for line in lines[:-1]]


def run_bot(
    *args: str | os.PathLike[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    stdin: bytes | str | None = None,
) -> Run:
    """``python -m bot ARGS`` in ``cwd``, run in this process; stdin is fed whole.

    What the process would see is reproduced: only ``env`` in the environment, ``cwd``
    as the working directory (its ``.env`` included), stdin a real file descriptor,
    stdout and stderr UTF-8 byte streams, no logging configured (warnings reach stderr
    as they would), and an uncaught exception printed as a traceback with status 1.
    """
    data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
    out, err = io.BytesIO(), io.BytesIO()
    with tempfile.TemporaryFile() as stdin_file, _as_a_fresh_process(
        cwd, env if env is not None else bot_env(cwd)
    ), _faq_loaded_once():
        stdin_file.write(data)
        stdin_file.seek(0)
        streams = (sys.stdin, sys.stdout, sys.stderr)
        sys.stdin = io.TextIOWrapper(stdin_file, encoding="utf-8", errors="surrogateescape")
        sys.stdout, sys.stderr = (
            io.TextIOWrapper(buffer, encoding="utf-8", errors="surrogateescape",
                             write_through=True)
            for buffer in (out, err)
        )
        try:
            returncode = _main([os.fspath(arg) for arg in args])
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            written = out.getvalue(), err.getvalue()
            sys.stdin.detach()
            sys.stdin, sys.stdout, sys.stderr = streams
    return Run(returncode, *written)


def _main(argv: list[str]) -> int:
    """``sys.exit(main(argv))`` as the interpreter would end it."""
    from bot.cli import main

    try:
        return main(argv)
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        print(exc.code, file=sys.stderr)
        return 1
    except Exception:
        traceback.print_exc()
        return 1


@contextmanager
def _as_a_fresh_process(cwd: Path, env: Mapping[str, str]) -> Iterator[None]:
    """``env`` as the whole environment, ``cwd`` as the working directory and the root
    logger as a new interpreter has it (no handlers: warnings go to ``sys.stderr``)."""
    environ, folder = dict(os.environ), os.getcwd()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    os.environ.clear()
    os.environ.update(env)
    os.chdir(cwd)
    root.handlers.clear()
    root.setLevel(logging.WARNING)
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        os.chdir(folder)
        os.environ.clear()
        os.environ.update(environ)


# FAQ files the in-process runs loaded, by (path as given, real path, bytes, limits):
# the last few, as a worker's runs use the same files again and again.
_LOADED: dict[tuple[str, str, bytes, FileLimits | None], LoadedFaq] = {}
_LOADED_KEPT = 8


@contextmanager
def _faq_loaded_once() -> Iterator[None]:
    """A file loaded by an earlier run with the same bytes and limits is served again.

    Loading the bundled FAQ is a tenth of a second, and hundreds of runs load it: the
    suite's time is kept for what the runs check. A new file, an edited one, other
    limits, the meaning model or a file that does not load go through the real
    ``load_faq`` as ever; what loading says and does is tested by the tests of loading.
    """
    import bot.faqloads
    import bot.wiring

    real = bot.wiring.load_faq

    def load(
        path: Path, semantic: SemanticFactory | None = None, limits: FileLimits | None = None
    ) -> LoadedFaq:
        try:
            data = Path(path).read_bytes()
        except OSError:
            data = None
        if semantic is not None or data is None:
            return real(path, semantic, limits)
        key = (os.fspath(path), os.path.realpath(path), data, limits)
        loaded = _LOADED.get(key)
        if loaded is None:
            loaded = real(path, semantic, limits)
            while len(_LOADED) >= _LOADED_KEPT:
                del _LOADED[next(iter(_LOADED))]
            _LOADED[key] = loaded
        return loaded

    modules = (bot.wiring, bot.faqloads)  # the command line's two ways to a load
    for module in modules:
        setattr(module, "load_faq", load)  # noqa: B010 - faqloads imports it unexported
    try:
        yield
    finally:
        for module in modules:
            setattr(module, "load_faq", real)  # noqa: B010


def run_bot_process(
    *args: str | os.PathLike[str],
    cwd: Path,
    env: Mapping[str, str] | None = None,
    stdin: bytes | str | None = None,
    timeout: float = TIMEOUT_S,
) -> Run:
    """``python -m bot ARGS`` as a real process in ``cwd``; stdin is fed whole."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
    done = subprocess.run(
        [sys.executable, "-m", "bot", *(os.fspath(a) for a in args)],
        cwd=cwd,
        env=dict(env) if env is not None else bot_env(cwd),
        input=data,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def assert_no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "Traceback" not in run.stdout, run.stdout


def assert_contract_object(obj: dict[str, Any]) -> None:
    """One ``ask --json`` line has exactly the contract's keys and types."""
    assert set(obj) == set(CONTRACT_KEYS)
    assert isinstance(obj["question"], str)
    assert isinstance(obj["answered"], bool)
    assert obj["id"] is None or isinstance(obj["id"], str)
    assert isinstance(obj["score"], float) and 0.0 <= obj["score"] <= 100.0
    assert obj["answer"] is None or isinstance(obj["answer"], str)
    assert isinstance(obj["suggestions"], list)
    for suggestion in obj["suggestions"]:
        assert set(suggestion) == {"id", "score"}
        assert isinstance(suggestion["id"], str)
        assert isinstance(suggestion["score"], float)
    assert obj["kind"] in KINDS
    assert obj["language"] is None or obj["language"] in LANGUAGES
    assert isinstance(obj["answers"], list)
    for part in obj["answers"]:
        assert set(part) == {"id", "score"}
        assert isinstance(part["id"], str)
        assert isinstance(part["score"], float)
    if obj["answered"]:
        assert obj["id"] is not None and obj["answer"] is not None
        assert obj["kind"] in ("answer", "urgent")
        assert obj["answers"] and obj["answers"][0]["id"] == obj["id"]
    elif obj["kind"] == "sensitive":  # refused, naming the topic that refused it
        assert isinstance(obj["id"], str) and obj["answer"] is None and obj["answers"] == []
    else:
        assert obj["id"] is None and obj["answer"] is None
        assert obj["kind"] != "answer" and obj["answers"] == []
