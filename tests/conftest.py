"""Settings every test starts from."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _words_only_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Matching by meaning is off unless a test turns it on (tests/semantic does).

    It has tests of its own; elsewhere it would only make runs slower and tie
    expectations about wording to one embedding model.
    """
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
