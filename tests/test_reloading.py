"""The FAQ file watcher, without Discord: good edits go live, broken ones are reported once."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.faqfile import Problem, Severity
from bot.reloading import LOADING_SWITCH_INTERVAL_S, FaqWatcher, Loader, ReloadResult, Status
from bot.served import FaqHolder, LoadedFaq
from bot.wiring import load_faq
from tests.discord_bot.fixtures import FAQ_TEXT

GOOD_EDIT = FAQ_TEXT.replace("Network HLC-Guest", "Network UNHQ-Delegates")
BROKEN_EDIT = FAQ_TEXT.replace(
    "    answer: Yes, free wifi. Network HLC-Guest, password unite2018.\n", ""
)
WIFI_LINE = FAQ_TEXT.splitlines().index("  - id: wifi") + 1


class Listener:
    def __init__(self) -> None:
        self.reloaded: list[LoadedFaq] = []
        self.problems: list[tuple[Problem, ...]] = []
        self.changed = asyncio.Event()

    async def on_reloaded(self, faq: LoadedFaq) -> None:
        self.reloaded.append(faq)
        self.changed.set()

    async def on_problems(self, problems: Sequence[Problem]) -> None:
        self.problems.append(tuple(problems))
        self.changed.set()


def edit(path: Path, text: str) -> None:
    """Write ``text`` and move the modification time on, whatever the file system's
    timestamp granularity (a real editor saves seconds apart)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def lines(result: ReloadResult) -> tuple[str, ...]:
    """The problems as the moderators' channel and the log show them."""
    return tuple(str(p) for p in result.problems)


def remove(path: Path) -> None:
    path.unlink()


def wifi_text(holder: FaqHolder) -> str:
    entry = holder.current.index.kb.item("wifi")
    assert entry is not None
    return str(getattr(entry, "answer", ""))


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "faq.yaml"
    target.write_text(FAQ_TEXT, encoding="utf-8")
    return target


@pytest.fixture
def holder(path: Path) -> FaqHolder:
    return FaqHolder(load_faq(path))


@pytest.fixture
def listener() -> Listener:
    return Listener()


async def watcher_for(
    path: Path, holder: FaqHolder, listener: Listener, load: Loader = load_faq
) -> FaqWatcher:
    watcher = FaqWatcher(
        path, holder, poll_seconds=0, load=load, on_reloaded=listener.on_reloaded,
        on_problems=listener.on_problems,
    )
    await watcher.prime()
    return watcher


async def test_a_good_edit_replaces_the_faq_and_tells_the_listener(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = await watcher_for(path, holder, listener)

    edit(path, GOOD_EDIT)
    result = await watcher.poll()

    assert result.status is Status.RELOADED
    assert "UNHQ-Delegates" in wifi_text(holder)
    assert listener.reloaded == [holder.current]
    assert listener.problems == []


async def test_nothing_happens_while_the_file_is_unchanged(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    loads: list[Path] = []

    def counting_load(p: Path) -> LoadedFaq:
        loads.append(p)
        return load_faq(p)

    watcher = await watcher_for(path, holder, listener, load=counting_load)
    before = holder.current

    assert (await watcher.poll()).status is Status.UNCHANGED
    edit(path, FAQ_TEXT)  # saved again with the same text: new time, same content
    assert (await watcher.poll()).status is Status.UNCHANGED

    assert loads == [] and holder.current is before and listener.reloaded == []


async def test_a_broken_edit_keeps_the_last_good_faq_and_is_reported_once(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = await watcher_for(path, holder, listener)
    before = holder.current

    edit(path, BROKEN_EDIT)
    first = await watcher.poll()
    again = await watcher.poll()

    assert first.status is Status.FAILED and not first.ok
    assert lines(first) == (f"{path}:{WIFI_LINE}: faq[0].answer: required",)
    assert again.status is Status.UNCHANGED
    assert holder.current is before
    assert listener.problems == [first.problems]

    edit(path, GOOD_EDIT)  # fixed
    assert (await watcher.poll()).status is Status.RELOADED
    assert "UNHQ-Delegates" in wifi_text(holder)


async def test_the_listener_gets_typed_problems_with_errors_before_earlier_warnings(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = await watcher_for(path, holder, listener)
    # A warning on line 5 (an unknown field), the error much further down.
    edit(path, BROKEN_EDIT.replace("  timezone:", "  colour: blue\n  timezone:", 1))

    result = await watcher.poll()

    [sent] = listener.problems
    assert sent == result.problems
    assert [p.severity for p in sent] == [Severity.ERROR, Severity.WARNING]
    error, warning = sent
    assert (error.line, error.field, error.message) == (WIFI_LINE + 1, "faq[0].answer", "required")
    assert (warning.line, warning.field) == (5, "conference.colour")
    assert str(warning).startswith(f"{path}:5: conference.colour: warning: unknown field")


async def test_a_missing_file_is_reported_once_it_stays_missing(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = await watcher_for(path, holder, listener)
    before = holder.current
    remove(path)

    first = await watcher.poll()  # an editor's rename-save: not yet an error
    second = await watcher.poll()
    third = await watcher.poll()

    assert first.status is Status.UNCHANGED and listener.problems == [second.problems]
    assert second.status is Status.MISSING
    assert lines(second) == (f"{path}: file not found; still serving the last good FAQ",)
    assert third.status is Status.UNCHANGED
    assert holder.current is before

    edit(path, GOOD_EDIT)  # back, edited
    assert (await watcher.poll()).status is Status.RELOADED


async def test_a_file_caught_mid_save_is_retried_not_reported(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    calls = 0

    def load_while_the_editor_finishes(p: Path) -> LoadedFaq:
        nonlocal calls
        calls += 1
        try:
            return load_faq(p)
        finally:
            if calls == 1:
                edit(p, GOOD_EDIT)  # the rest of the save lands while we load

    watcher = await watcher_for(path, holder, listener, load=load_while_the_editor_finishes)
    edit(path, GOOD_EDIT[: len(GOOD_EDIT) // 2])  # half written

    first = await watcher.poll()
    second = await watcher.poll()

    assert first.status is Status.UNCHANGED
    assert second.status is Status.RELOADED
    assert listener.problems == []
    assert "UNHQ-Delegates" in wifi_text(holder)


async def test_loading_runs_off_the_event_loop(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    started, release = threading.Event(), threading.Event()

    def slow_load(p: Path) -> LoadedFaq:
        started.set()
        release.wait(5)
        return load_faq(p)

    watcher = await watcher_for(path, holder, listener, load=slow_load)
    edit(path, GOOD_EDIT)
    polling = asyncio.create_task(watcher.poll())

    assert await asyncio.to_thread(started.wait, 5)
    assert not polling.done()  # the loop is free while the file loads
    release.set()
    assert (await polling).status is Status.RELOADED


async def test_threads_switch_quickly_while_loads_run_and_as_usual_after(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    """The event loop gets the interpreter back quickly while a big file loads; a check
    and a reload may overlap, and the usual interval comes back after the last one."""
    usual = sys.getswitchinterval()
    seen: list[float] = []
    arrived, release = threading.Semaphore(0), threading.Event()

    def load(p: Path) -> LoadedFaq:
        seen.append(sys.getswitchinterval())
        arrived.release()
        release.wait(5)
        return load_faq(p)

    watcher = await watcher_for(path, holder, listener, load=load)
    edit(path, GOOD_EDIT)
    checking = asyncio.create_task(watcher.check())
    reloading = asyncio.create_task(watcher.reload())
    for _ in range(2):  # both loads are running
        assert await asyncio.to_thread(arrived.acquire, True, 5)
    assert sys.getswitchinterval() == min(usual, LOADING_SWITCH_INTERVAL_S)
    release.set()
    assert (await checking).status is Status.VALID
    assert (await reloading).status is Status.RELOADED
    assert seen == [min(usual, LOADING_SWITCH_INTERVAL_S)] * 2
    assert sys.getswitchinterval() == usual

    def broken(p: Path) -> LoadedFaq:
        raise RuntimeError("a bug in loading")

    failing = await watcher_for(path, holder, listener, load=broken)
    assert (await failing.reload()).status is Status.FAILED
    assert sys.getswitchinterval() == usual


async def test_reload_and_check_on_demand(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = await watcher_for(path, holder, listener)
    before = holder.current

    edit(path, GOOD_EDIT)
    checked = await watcher.check()
    assert checked.status is Status.VALID and holder.current is before  # not served
    reloaded = await watcher.reload()
    assert reloaded.status is Status.RELOADED and holder.current is reloaded.faq
    assert (await watcher.poll()).status is Status.UNCHANGED  # already seen

    same = await watcher.reload()  # forced even when unchanged
    assert same.status is Status.RELOADED
    edit(path, BROKEN_EDIT)
    assert (await watcher.check()).status is Status.FAILED
    assert lines(await watcher.reload()) == (
        f"{path}:{WIFI_LINE}: faq[0].answer: required",
    )
    assert holder.current is same.faq


async def test_a_failing_listener_or_loader_never_stops_the_watcher(
    path: Path, holder: FaqHolder
) -> None:
    async def broken_listener(problems: Sequence[Problem]) -> None:
        raise RuntimeError("Discord is down")

    def buggy_load(p: Path) -> LoadedFaq:
        raise RuntimeError("boom")

    watcher = FaqWatcher(path, holder, poll_seconds=0, load=buggy_load,
                         on_problems=broken_listener)
    await watcher.prime()
    edit(path, GOOD_EDIT)

    result = await watcher.poll()

    assert result.status is Status.FAILED
    assert lines(result) == (f"{path}: could not be loaded: RuntimeError: boom",)


async def test_the_background_loop_picks_up_an_edit(
    path: Path, holder: FaqHolder, listener: Listener
) -> None:
    watcher = FaqWatcher(path, holder, poll_seconds=0.01, on_reloaded=listener.on_reloaded,
                         on_problems=listener.on_problems)
    await watcher.start()
    try:
        assert watcher.running
        edit(path, GOOD_EDIT)
        await asyncio.wait_for(listener.changed.wait(), 5)
    finally:
        await watcher.stop()

    assert not watcher.running
    assert "UNHQ-Delegates" in wifi_text(holder)


async def test_no_background_task_when_polling_is_off(path: Path, holder: FaqHolder) -> None:
    watcher = FaqWatcher(path, holder, poll_seconds=0)
    await watcher.start()
    assert not watcher.running
    await watcher.stop()


def test_results_say_whether_the_faq_serving_is_good() -> None:
    assert ReloadResult(Status.UNCHANGED).ok and not ReloadResult(Status.MISSING).ok
