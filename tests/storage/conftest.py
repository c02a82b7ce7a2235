"""Shared fixtures: a fresh question log in a real SQLite file per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage import UnansweredLog


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "questions.db"


@pytest.fixture
async def log(db_path: Path) -> AsyncIterator[UnansweredLog]:
    async with await UnansweredLog.open(db_path) as opened:
        yield opened
