"""Letting go of a replaced FAQ in bites: everything is freed in the end, nothing is
changed for whoever still holds it, and the watcher does it away from the event loop."""

from __future__ import annotations

import datetime as dt
import threading
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bot import reloading
from bot.core.answering import answer
from bot.letting_go import BITE, let_go
from bot.reloading import FaqWatcher, Status
from bot.served import FaqHolder
from bot.wiring import load_faq
from tests.discord_bot.fixtures import FAQ_TEXT

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 15, 30, tzinfo=dt.UTC)


class Item:
    """Something a container holds, that can be watched for being freed."""


@dataclass
class Shell:
    names: dict[str, Item] = field(default_factory=dict)
    items: list[Item] = field(default_factory=list)
    inner: object = None


def test_everything_let_go_is_freed_in_bites_and_the_box_is_emptied() -> None:
    inner = Shell(items=[Item() for _ in range(1000)])
    shell = Shell({str(n): Item() for n in range(1000)}, [Item() for _ in range(1000)], inner)
    watched: list[weakref.ref[Any]] = [weakref.ref(shell), weakref.ref(shell.names["7"]),
               weakref.ref(shell.items[999]), weakref.ref(inner.items[0])]
    box: list[object] = [shell]
    del shell, inner
    bites = let_go(box)
    assert box == []
    assert bites >= 4 * 1000 // BITE  # keys, values, items, the inner items
    assert all(ref() is None for ref in watched)


def test_a_faq_let_go_while_someone_still_holds_it_stays_whole() -> None:
    faq = load_faq(BUNDLED)
    asked = ["where is the wifi password", "when does registration open", "is there lunch"]
    before = [answer(faq.index, q, NOW) for q in asked]
    entries = len(faq.index.kb.faq)
    let_go([faq])
    assert len(faq.index.kb.faq) == entries
    assert [answer(faq.index, q, NOW) for q in asked] == before


async def test_the_watcher_lets_the_replaced_faq_go_in_a_worker_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ_TEXT, encoding="utf-8")
    holder = FaqHolder(load_faq(path))
    old = weakref.ref(holder.current.index)
    seen: list[tuple[bool, bool]] = []

    def spy(box: list[object]) -> int:
        seen.append((threading.current_thread() is threading.main_thread(),
                     box[0] is not holder.current))
        return let_go(box)

    monkeypatch.setattr(reloading, "let_go", spy)
    watcher = FaqWatcher(path, holder, poll_seconds=0)
    await watcher.prime()
    path.write_text(FAQ_TEXT.replace("Network HLC-Guest", "Network UNHQ-Delegates"),
                    encoding="utf-8")
    result = await watcher.reload()
    assert result.status is Status.RELOADED
    assert seen == [(False, True)]
    assert old() is None
