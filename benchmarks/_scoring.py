"""How the answer-quality benchmarks (``quality.py``, ``languages.py``) read a question
set and judge one answer, written once so that their figures mean the same thing.

A question set is a YAML list of ``{q, expect, now?, lang?, note?}``: ``expect`` lists
every acceptable id, or is null when the bot must not answer.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.core.models import Answer
from bot.faqfile.reader import C_LOADER, PYTHON_LOADER

Item = dict[str, Any]

# Questions that do not depend on the moment are asked at this one, outside the
# conference, so that runs are repeatable.
FIXED_NOW = dt.datetime(2026, 1, 15, 12, 0, tzinfo=dt.UTC)
# How many did-you-mean suggestions a miss line shows.
SUGGESTIONS_SHOWN = 3

# libyaml where PyYAML has it (the FAQ reader's choice): ten times the pure-Python
# reader's speed on the sets.
_LOADER = C_LOADER or PYTHON_LOADER


class Verdict(enum.Enum):
    RIGHT = "right"  # answered with an expected id
    REFUSED_NULL = "refused null"  # did not answer a question that must not be answered
    WRONG = "wrong"  # answered with an id not expected
    ANSWERED_NULL = "answered null"  # answered a question that must not be answered
    ABSTAINED = "abstained"  # did not answer a question it should have

    @property
    def correct(self) -> bool:
        return self in (Verdict.RIGHT, Verdict.REFUSED_NULL)

    @property
    def wrong(self) -> bool:
        return self in (Verdict.WRONG, Verdict.ANSWERED_NULL)


def load_questions(paths: Iterable[Path]) -> list[Item]:
    """The items of the sets; a single ``expect: id`` is read as ``[id]`` (a writer's
    shorthand: ``in`` on a string would match part of an id)."""
    items: list[Item] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            loaded = yaml.load(fh, Loader=_LOADER) or []
        for n, item in enumerate(loaded, 1):
            expect = item.get("expect") if isinstance(item, dict) else None
            if not isinstance(item, dict) or "q" not in item or not (
                    expect is None or isinstance(expect, str)
                    or (isinstance(expect, list) and all(isinstance(e, str) for e in expect))):
                raise SystemExit(f"{path}: item {n}: expected {{q, expect: null | id | "
                                 f"[ids], now?}}, got {item!r}")
            if isinstance(expect, str):
                item["expect"] = [expect]
            items.append(item)
    return items


def asked_at(item: Item, default: dt.datetime = FIXED_NOW) -> dt.datetime:
    """The moment a question is asked: its own ``now``, else ``default``."""
    now = item.get("now")
    return dt.datetime.fromisoformat(str(now)) if now else default


def judge(item: Item, result: Answer) -> Verdict:
    expected = item["expect"]
    if expected is None:
        return Verdict.ANSWERED_NULL if result.from_an_entry else Verdict.REFUSED_NULL
    if not result.from_an_entry:
        return Verdict.ABSTAINED
    return Verdict.RIGHT if result.item_id in expected else Verdict.WRONG


def shown(result: Answer) -> list[str]:
    """The ids of the suggestions a did-you-mean shows first (or, "nothing is on right
    now", of what it lists as coming next)."""
    if result.nothing_on:
        return list(result.next_ids[:SUGGESTIONS_SHOWN])
    return [s.id for s in result.suggestions[:SUGGESTIONS_SHOWN]]


def miss_line(item: Item, result: Answer, verdict: Verdict) -> str | None:
    """One line for a miss, None for a correct decision."""
    question = f"<- {item['q']!r}"
    if verdict is Verdict.ANSWERED_NULL:
        return f"ANSWERED-NULL {result.item_id}  {question}"
    want = f"(want {', '.join(item['expect'] or ())})"
    if verdict is Verdict.WRONG:
        return f"WRONG {result.item_id} {want}  {question}"
    if verdict is Verdict.ABSTAINED:
        return f"ABSTAINED best={result.best_id or '-'} sugg={shown(result)} {want}  {question}"
    return None


def pct(part: int, whole: int) -> str:
    """A percentage in five characters; a dash when there is nothing to divide by."""
    return f"{100 * part / whole:5.1f}%" if whole else "    -"
