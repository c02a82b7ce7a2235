"""A writer killed with SIGKILL mid-write leaves a valid database with every
acknowledged row."""

from __future__ import annotations

import asyncio
import signal
import subprocess
from pathlib import Path

import pytest

from bot.storage import UnansweredLog
from tests.storage.helpers import REPO, intact, writer_command, writer_env
from tests.storage.writer import text_for

ROUNDS = 3
ACKS_BEFORE_KILL = 150


def _run_and_kill(db_path: Path, prefix: str) -> dict[int, int]:
    """Start a writer that never stops, SIGKILL it after some acknowledgements and
    return {index: question id} for every row it acknowledged."""
    writer = subprocess.Popen(
        writer_command(db_path, prefix, -1, "--big"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=writer_env(),
        cwd=REPO,
    )
    lines: list[str] = []
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        while len(lines) < ACKS_BEFORE_KILL:
            line = writer.stdout.readline()
            assert line, writer.stderr.read() if writer.stderr else "writer ended early"
            lines.append(line)
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=60)  # acks already in the pipe count too
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert writer.returncode == -signal.SIGKILL
    lines.extend(rest.splitlines(keepends=True))
    acknowledged = {}
    for line in lines:
        if line.endswith("\n"):  # a torn last line was never fully acknowledged
            question_id, index = line.split()
            acknowledged[int(index)] = int(question_id)
    return acknowledged


async def _check(db_path: Path, prefix: str, acknowledged: dict[int, int]) -> None:
    async with await UnansweredLog.open(db_path) as log:
        assert intact(db_path)
        for index, question_id in acknowledged.items():
            record = await log.get(question_id)
            assert record is not None, f"acknowledged row {question_id} lost"
            assert record.question == text_for(prefix, index, True)
            assert record.count == 1


@pytest.mark.process
def test_sigkill_mid_write_keeps_every_acknowledged_row(db_path: Path) -> None:
    everything: dict[str, dict[int, int]] = {}
    for round_number in range(ROUNDS):  # each round reopens what the last kill left
        prefix = f"round{round_number}"
        everything[prefix] = _run_and_kill(db_path, prefix)
        assert len(everything[prefix]) >= ACKS_BEFORE_KILL
        for done, acknowledged in everything.items():
            asyncio.run(_check(db_path, done, acknowledged))
