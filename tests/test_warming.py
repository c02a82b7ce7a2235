"""A reloaded FAQ is warmed with the recent questions before it is served: the holder
remembers them, warming never changes an answer, and a warm-up that fails keeps the
good edit."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from bot import reloading
from bot.core.answering import answer
from bot.reloading import FaqWatcher, Status
from bot.served import RECENT_QUESTIONS, Asked, FaqHolder, LoadedFaq, ServedFaq, warm
from bot.wiring import load_faq
from tests.discord_bot.fixtures import FAQ_TEXT
from tests.question_sets import read_set

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 15, 30, tzinfo=dt.UTC)
QUESTIONS = [item["q"] for item in read_set(
    ROOT / "tests" / "regression" / "questions.yaml")][:80]
GOOD_EDIT = FAQ_TEXT.replace("Network HLC-Guest", "Network UNHQ-Delegates")


def test_the_holder_remembers_the_most_recent_distinct_questions() -> None:
    holder = FaqHolder(load_faq(BUNDLED))
    for n in range(RECENT_QUESTIONS + 5):
        holder.asked(f"question {n}")
    holder.asked("question 10", "fr")
    holder.asked("question 5")  # asked again: the most recent now, not twice
    recent = holder.recent_questions()
    assert len(recent) == RECENT_QUESTIONS
    assert recent[-2:] == (("question 10", "fr"), ("question 5", None))
    assert ("question 0", None) not in recent  # the oldest are forgotten
    assert len(set(recent)) == len(recent)


def test_answering_through_the_served_faq_remembers_the_question_and_hint() -> None:
    holder = FaqHolder(load_faq(BUNDLED))
    ServedFaq(holder, lambda: NOW).answer("where is the wifi password", hint="de")
    assert holder.recent_questions() == (("where is the wifi password", "de"),)


def test_a_warmed_index_answers_exactly_as_a_cold_one() -> None:
    cold, warmed = load_faq(BUNDLED), load_faq(BUNDLED)
    warm(warmed, [(q, None) for q in QUESTIONS], NOW)
    assert [answer(warmed.index, q, NOW) for q in QUESTIONS] == [
        answer(cold.index, q, NOW) for q in QUESTIONS]


async def _reload_with_spy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spy_for: Callable[[FaqHolder], object]
) -> tuple[FaqHolder, Status]:
    """A one-line edit reloaded with ``warm`` replaced by ``spy_for(holder)``, after two
    questions were asked."""
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ_TEXT, encoding="utf-8")
    holder = FaqHolder(load_faq(path))
    holder.asked("is there wifi")
    holder.asked("wo ist das wlan", "de")
    monkeypatch.setattr(reloading, "warm", spy_for(holder))
    watcher = FaqWatcher(path, holder, poll_seconds=0)
    await watcher.prime()
    path.write_text(GOOD_EDIT, encoding="utf-8")
    result = await watcher.reload()
    return holder, result.status


async def test_a_reload_warms_the_new_faq_with_the_recent_questions_before_serving_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bool, bool, tuple[Asked, ...]]] = []

    def spy_for(holder: FaqHolder) -> object:
        def spy(faq: LoadedFaq, questions: Sequence[Asked], now: dt.datetime) -> None:
            seen.append((threading.current_thread() is threading.main_thread(),
                         faq is holder.current, tuple(questions)))
            warm(faq, questions, now)
        return spy

    holder, status = await _reload_with_spy(tmp_path, monkeypatch, spy_for)
    assert status is Status.RELOADED
    # In the loading thread, on the new FAQ while the old one is still served.
    assert seen == [(False, False, (("is there wifi", None), ("wo ist das wlan", "de")))]
    assert "UNHQ-Delegates" in str(getattr(holder.current.index.kb.item("wifi"), "answer", ""))


async def test_a_warm_up_that_fails_still_serves_the_good_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(faq: LoadedFaq, questions: Sequence[Asked], now: dt.datetime) -> None:
        raise RuntimeError("a bug in answering")

    holder, status = await _reload_with_spy(tmp_path, monkeypatch, lambda _holder: broken)
    assert status is Status.RELOADED
    assert "UNHQ-Delegates" in str(getattr(holder.current.index.kb.item("wifi"), "answer", ""))
    assert "warming the reloaded FAQ failed" in caplog.text


async def test_a_check_does_not_warm_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(reloading, "warm", lambda *args: calls.append(1))
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ_TEXT, encoding="utf-8")
    holder = FaqHolder(load_faq(path))
    holder.asked("is there wifi")
    result = await FaqWatcher(path, holder, poll_seconds=0).check()
    assert result.status is Status.VALID
    assert calls == []
