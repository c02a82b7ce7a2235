"""``ask`` and ``check`` import only what they use, so they start quickly.

Each runs in a fresh interpreter (the test process has imported everything already)
and reports the modules it loaded; the start-up times themselves are measured by
benchmarks/engine.py, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.helpers import BUNDLED_FAQ, bot_env

pytestmark = [pytest.mark.process, pytest.mark.heavy]

# What only the chat, the Discord bot, the review or the editor need.
NOT_FOR_ASK_OR_CHECK = (
    "asyncio", "sqlite3", "aiosqlite", "discord", "ruamel.yaml", "matplotlib",
    "bot.storage", "bot.service", "bot.review.service", "bot.faqfile.editor", "bot.export",
)

PROBE = """
import contextlib, io, json, sys
from bot.cli import main
statuses = []
for args in json.loads(sys.argv[1]):
    with contextlib.redirect_stdout(io.StringIO()):
        statuses.append(main(args))
print(json.dumps({"statuses": statuses, "modules": sorted(sys.modules)}))
"""


def modules_loaded_by(commands: list[list[str]], home: Path) -> set[str]:
    """The modules one fresh interpreter holds after running ``commands`` in turn."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(commands)], env=bot_env(home),
        capture_output=True, timeout=60, check=True,
    )
    report = json.loads(done.stdout.decode("utf-8").splitlines()[-1])
    assert report["statuses"] == [0] * len(commands), done.stderr.decode("utf-8", "replace")
    return set(report["modules"])


def test_ask_does_not_import_the_database_the_review_or_asyncio(tmp_path: Path) -> None:
    # Both forms of ask in one interpreter: what neither may import is absent after
    # both, and a fresh interpreter's start is most of the test's time.
    loaded = modules_loaded_by([
        ["ask", "--faq", str(BUNDLED_FAQ), "--json", "where do I pick up my badge?"],
        ["ask", "--faq", str(BUNDLED_FAQ), "is there wifi?"],
    ], tmp_path)
    assert "bot.faqfile.reader" in loaded  # the probe did run the commands
    unexpected = sorted(m for m in NOT_FOR_ASK_OR_CHECK if m in loaded)
    assert unexpected == []


def test_check_imports_neither_the_matching_engine_nor_the_database(tmp_path: Path) -> None:
    # One process for both: the start of a fresh interpreter is most of the test's time.
    loaded = modules_loaded_by([["check", "--faq", str(BUNDLED_FAQ)]], tmp_path)
    assert "bot.faqfile.reader" in loaded
    assert "bot.core.matching" not in loaded and "bot.core.answering" not in loaded
    assert sorted(m for m in NOT_FOR_ASK_OR_CHECK if m in loaded) == []
