"""The composition root: what SEMANTIC_SEARCH does with and without the extra, and the
one assembly every front end gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import embeddings
from bot.config import BUNDLED_FAQ, Settings
from bot.core.models import Origin
from bot.errors import ConfigError, StorageError
from bot.storage import Status, UnansweredLog
from bot.wiring import open_app, semantic_factory
from tests.robustness.fakes import loaded_faq
from tests.robustness.helpers import SMALL_FAQ, WIFI_QUESTION


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


# -- one assembly for every front end ----------------------------------------------------


async def test_the_chat_s_assembly_records_into_the_database_at_db_path(tmp_path: Path) -> None:
    settings = Settings(faq_path=BUNDLED_FAQ, db_path=tmp_path / "data" / "questions.sqlite3")
    app = await open_app(settings, loaded_faq())
    try:
        result, recorded = app.service.ask("zzqx qqvv hovercraft", Origin.console())
        assert not result.answered and recorded.logged
    finally:
        await app.log.close()
    async with await UnansweredLog.open(settings.db_path) as questions:
        assert [r.question for r in await questions.list(Status.OPEN)] == [
            "zzqx qqvv hovercraft"]


async def test_a_reload_reaches_the_service_and_the_read_model_at_once(tmp_path: Path) -> None:
    app = await open_app(Settings(db_path=tmp_path / "q.sqlite3"), loaded_faq())
    try:
        app.holder.replace(loaded_faq(SMALL_FAQ.replace("UN-Guest", "UN-Delegates")))
        assert app.service.answer(WIFI_QUESTION).text == "Yes: the network is UN-Delegates."
        assert app.faq.show("wifi").text == "Yes: the network is UN-Delegates."
    finally:
        await app.log.close()


async def test_a_database_that_cannot_be_opened_stops_the_assembly_with_one_line(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageError, match="cannot create the folder"):
        await open_app(Settings(db_path=blocker / "q.sqlite3"), loaded_faq())
