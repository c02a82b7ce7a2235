"""The composition root: what SEMANTIC_SEARCH does with and without the extra."""

from __future__ import annotations

import pytest

from bot import embeddings
from bot.config import Settings
from bot.errors import ConfigError
from bot.wiring import semantic_factory


def test_semantic_search_off_means_words_only() -> None:
    assert semantic_factory(Settings(semantic_search="off")) is None


def test_without_the_extra_auto_falls_back_to_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "available", lambda: False)
    assert semantic_factory(Settings(semantic_search="auto")) is None


def test_without_the_extra_on_refuses_with_the_command_that_installs_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(embeddings, "available", lambda: False)
    with pytest.raises(ConfigError, match=r"pip install -e '\.\[semantic\]'"):
        semantic_factory(Settings(semantic_search="on"))


@pytest.mark.skipif(not embeddings.available(), reason="the semantic extra is not installed")
def test_with_the_extra_auto_builds_a_search_per_faq_load() -> None:
    assert semantic_factory(Settings(semantic_search="auto")) is not None
