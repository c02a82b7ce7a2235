"""How the benchmarks judge an answer: as ``ask --json`` reports it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks._scoring import Item, Verdict, asked_at, judge, shown
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.wiring import load_faq

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"
BEFORE_THE_DAY = "2018-06-28T06:15:00-04:00"  # Thursday's first item, arrival, is at 08:00


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return load_faq(BUNDLED).index


@pytest.mark.parametrize(
    ("expect", "verdict"),
    [(None, Verdict.REFUSED_NULL), (["arrival-day1"], Verdict.ABSTAINED),
     (["opening-session"], Verdict.ABSTAINED)],
)
def test_nothing_on_right_now_is_judged_as_no_entrys_answer(
    index: MatchIndex, expect: list[str] | None, verdict: Verdict
) -> None:
    item: Item = {"q": "what's on now?", "expect": expect, "now": BEFORE_THE_DAY}
    result = answer(index, "what's on now?", asked_at(item))
    assert result.answered and result.nothing_on
    assert judge(item, result) is verdict


def test_what_nothing_on_offers_next_counts_for_reach(index: MatchIndex) -> None:
    item: Item = {"q": "what's on now?", "expect": ["arrival-day1"], "now": BEFORE_THE_DAY}
    assert shown(answer(index, "what's on now?", asked_at(item)))[:1] == ["arrival-day1"]


def test_the_next_session_asked_for_is_judged_an_answer(index: MatchIndex) -> None:
    item: Item = {"q": "what's next?", "expect": ["arrival-day1"], "now": BEFORE_THE_DAY}
    assert judge(item, answer(index, "what's next?", asked_at(item))) is Verdict.RIGHT
