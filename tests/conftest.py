"""Settings every test starts from, and the one embedding cache of a run."""

from __future__ import annotations

import compileall
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # not POSIX: each worker embeds for itself, which is only slower
    fcntl = None  # type: ignore[assignment]

# pytest-xdist already runs one worker per core. The embedding engine (the semantic
# extra) would start an OpenMP thread per core in every worker, and on a shared machine
# threads spinning at OpenMP barriers wait for the scheduler: the semantic tests took
# minutes instead of seconds. Set before any test loads the engine.
os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Compile the project's modules once, before any worker or test process starts.

    Well over a hundred tests start a real ``python -m bot`` process. Where
    PYTHONDONTWRITEBYTECODE is set (as on the CI machines) nothing is ever cached, and
    each of those processes compiled the bot's source anew: about 0.4 s of CPU per start,
    a third of a CPU-minute per run. ``compileall`` writes the ``__pycache__`` files
    Python would have written by itself (git ignores them); the processes only read them.
    A tree that cannot be written to is left as it is: it is only slower.
    """
    if hasattr(config, "workerinput"):  # a pytest-xdist worker: the controller did it
        return
    for folder in ("bot", "tests"):
        compileall.compile_dir(REPO / folder, quiet=2)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files marked ``heavy`` first, each file's tests in their own order.

    Under ``--dist loadfile`` a worker runs a whole file, and takes the next when it is
    done. pytest-xdist hands files out by their number of tests, so a file of a few
    long tests (the stops' processes, the semantic floors) came last, and one worker ran
    it alone while the other had nothing left (in one timed run, the last 2% of the
    tests took 35 s). Heavy first leaves only short files for the end.
    """
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


@pytest.fixture(autouse=True)
def _words_only_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching by meaning is off unless a test turns it on (tests/semantic does).

    It has tests of its own; elsewhere it would only make runs slower and tie
    expectations about wording to one embedding model.
    """
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")


@pytest.fixture(scope="session")
def run_embeddings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedding cache folder shared by every worker of this run (never the user's
    ``data/embeddings``). The bundled FAQ's vectors ship with the project, so nothing is
    embedded; while the seed is stale (its own test fails), the missing texts are
    embedded once per run, not once per test file that matches by meaning."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder = root / "embeddings"
    folder.mkdir(exist_ok=True)
    return folder


@contextmanager
def embedding_lock(folder: Path) -> Iterator[None]:
    """Held while a worker fills ``folder``'s cache: another worker that needs the same
    texts waits and reads them instead of embedding them again."""
    if fcntl is None:
        yield
        return
    with (folder / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
