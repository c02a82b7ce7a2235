"""The chat's stdin reader: lines as they come, in a thread, ending early on a stop."""

from __future__ import annotations

import asyncio
import os

import pytest

from bot.stdin_lines import StdinLines


async def collect(lines: StdinLines) -> list[str]:
    return [line async for line in lines]


async def test_lines_are_read_whole_decoded_and_kept_losslessly() -> None:
    read, write = os.pipe()
    os.write(write, b"is there wifi?\r\n\n caf\xc3\xa9 \xff\nno newline at the end")
    os.close(write)
    try:
        got = await collect(StdinLines(read, asyncio.Event()))
    finally:
        os.close(read)
    assert got == ["is there wifi?", "", " caf\u00e9 \udcff", "no newline at the end"]


async def test_a_stop_ends_the_lines_even_while_waiting_for_input() -> None:
    read, write = os.pipe()
    stop = asyncio.Event()
    try:
        lines = StdinLines(read, stop)
        os.write(write, b"first\n")
        assert await anext(lines) == "first"
        waiting = asyncio.ensure_future(anext(lines))  # nothing more typed yet
        await asyncio.sleep(0.01)
        stop.set()
        with pytest.raises(StopAsyncIteration):
            await waiting
    finally:
        os.close(write)
        os.close(read)


async def test_a_prompt_is_shown_before_each_line() -> None:
    read, write = os.pipe()
    prompts: list[int] = []
    os.write(write, b"a\nb\n")
    os.close(write)
    try:
        lines = StdinLines(read, asyncio.Event(), prompt=lambda: prompts.append(1))
        assert await anext(lines) == "a"
        assert await anext(lines) == "b"
    finally:
        os.close(read)
    assert len(prompts) == 2
