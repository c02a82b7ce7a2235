"""A bot that has fallen behind answers on the words alone, and catches up."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Mapping

from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.semantic import Similarity
from bot.loop_lag import LoopLag
from tests.core.conftest import KB

NOW = dt.datetime(2018, 6, 28, 15, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_late_wake_up_puts_the_loop_behind_for_the_hold_then_it_catches_up() -> None:
    clock = Clock()
    lag = LoopLag(limit=0.02, hold=3.0, clock=clock)
    lag.woke(0.05)
    assert lag.behind()
    clock.now += 2.9
    assert lag.behind()
    clock.now += 0.2
    assert not lag.behind()
    assert lag.times_behind == 1


def test_wake_ups_on_time_or_slightly_late_never_put_the_loop_behind() -> None:
    lag = LoopLag(limit=0.02, clock=Clock())
    for late in (0.0, 0.001, 0.012, 0.02):  # one answer with the meaning: about 10 ms
        lag.woke(late)
    assert not lag.behind()
    assert lag.times_behind == 0


def test_each_late_wake_up_extends_the_hold() -> None:
    clock = Clock()
    lag = LoopLag(limit=0.02, hold=1.0, clock=clock)
    lag.woke(0.05)
    clock.now += 0.9
    lag.woke(0.05)
    clock.now += 0.9
    assert lag.behind()


async def test_the_watcher_notices_a_blocked_loop_and_leaves_no_task_when_stopped() -> None:
    lag = LoopLag(every=0.005, limit=0.05, hold=60.0)
    lag.start()
    await asyncio.sleep(0.01)
    time.sleep(0.2)  # noqa: ASYNC251 - the loop's thread busy, as replies queue behind it
    await asyncio.sleep(0.05)
    assert lag.behind()
    await lag.stop()
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "loop-lag"]


class CountingMeaning:
    """A semantic search that counts its embeddings and finds nothing close."""

    def __init__(self) -> None:
        self.calls = 0

    def similarities(self, question: str) -> Mapping[str, Similarity]:
        self.calls += 1
        return {}

    def alert_similarities(self, question: str) -> Mapping[str, float]:
        self.calls += 1
        return {}

    def example_similarities(self, question: str) -> Mapping[str, float]:
        self.calls += 1
        return {}


def test_words_alone_never_embed_the_question_the_meaning_would_have_embedded() -> None:
    meaning = CountingMeaning()
    index = MatchIndex.build(KB, meaning)
    question = "is there wifi in the building for delegates"
    hurried = answer(index, question, NOW, meaning=False)
    assert meaning.calls == 0
    assert hurried.best_id == "wifi"  # still the words' best guess, offered
    answer(index, question, NOW)
    assert meaning.calls > 0  # with the meaning on, this unsure question is embedded
