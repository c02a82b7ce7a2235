"""The FAQ-file tests run with each YAML loader the reader can use."""

from __future__ import annotations

import pytest

from bot.faqfile import reader


@pytest.fixture(params=["libyaml", "python"])
def yaml_loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Read with libyaml (skipped where PyYAML lacks it) or with the pure-Python loader.

    The reader prefers libyaml and falls back to Python; every line number, limit and
    message must come out the same either way, so the tests that check them run twice.
    """
    if request.param == "libyaml":
        if reader.C_LOADER is None:
            pytest.skip("PyYAML was built without libyaml")
    else:
        monkeypatch.setattr(reader, "C_LOADER", None)
    return str(request.param)
