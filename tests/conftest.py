"""Settings every test starts from."""

from __future__ import annotations

import os

import pytest

# pytest-xdist already runs one worker per core. The embedding engine (the semantic
# extra) would start an OpenMP thread per core in every worker, and on a shared machine
# threads spinning at OpenMP barriers wait for the scheduler: the semantic tests took
# minutes instead of seconds. Set before any test loads the engine.
os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(autouse=True)
def _words_only_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching by meaning is off unless a test turns it on (tests/semantic does).

    It has tests of its own; elsewhere it would only make runs slower and tie
    expectations about wording to one embedding model.
    """
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
