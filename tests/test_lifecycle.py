"""Stopping: the intake of questions and the stop signals, in-process.

The same behaviour through real processes and real signals is in tests/process/.
"""

from __future__ import annotations

import asyncio
import os
import signal

from bot.lifecycle import Intake, StopSignals


async def test_an_open_intake_takes_questions_and_counts_them_in_flight() -> None:
    intake = Intake()
    with intake.admit() as taken:
        assert taken and intake.in_flight == 1
    assert intake.in_flight == 0


async def test_a_closed_intake_refuses_but_still_counts_the_refusal_in_flight() -> None:
    intake = Intake()
    intake.close()
    with intake.admit() as taken:
        assert not taken and intake.in_flight == 1
    assert not intake.is_open


async def test_drained_waits_for_the_questions_in_flight() -> None:
    intake = Intake()
    release = asyncio.Event()

    async def question() -> None:
        with intake.admit():
            await release.wait()

    task = asyncio.create_task(question())
    await asyncio.sleep(0)
    waiting = asyncio.create_task(intake.drained(5.0))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    release.set()
    assert await waiting
    await task


async def test_drained_gives_up_after_its_time() -> None:
    intake = Intake()
    with intake.admit():
        assert not await intake.drained(0.01)


async def test_drained_with_nothing_in_flight_is_at_once() -> None:
    assert await Intake().drained(0)


async def test_the_first_signal_asks_for_a_stop_and_the_second_exits_at_once() -> None:
    stops: list[str] = []
    exits: list[int] = []
    signals = StopSignals(stops.append, (signal.SIGUSR1,), exit_now=exits.append)
    signals.install(asyncio.get_running_loop())
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.05)
        assert (stops, exits, signals.received) == (["SIGUSR1"], [], "SIGUSR1")
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.05)
        assert (stops, exits) == (["SIGUSR1"], [128 + signal.SIGUSR1])
    finally:
        signals.uninstall()


async def test_uninstalled_signals_get_their_default_handling_back() -> None:
    signals = StopSignals(lambda _name: None, (signal.SIGUSR2,), exit_now=lambda _code: None)
    signals.install(asyncio.get_running_loop())
    signals.uninstall()
    assert signal.getsignal(signal.SIGUSR2) == signal.SIG_DFL
