"""``bot ask --json ... | head -c 10``: the reader leaves before the answer is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.helpers import TIMEOUT_S, bot_env, write_faq

pytestmark = pytest.mark.process


def test_a_reader_that_leaves_early_gets_no_traceback_and_a_sigpipe_status(
    tmp_path: Path,
) -> None:
    faq = write_faq(tmp_path)
    read, write = os.pipe()
    os.close(read)  # nobody will read what the bot prints
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--json", "--faq", os.fspath(faq),
             "is there wifi?"],
            cwd=tmp_path, env=bot_env(tmp_path), stdout=write, stderr=subprocess.PIPE,
            timeout=TIMEOUT_S, check=False,
        )
    finally:
        os.close(write)
    assert "Traceback" not in done.stderr.decode("utf-8", "replace"), done.stderr
    assert "Exception ignored" not in done.stderr.decode("utf-8", "replace"), done.stderr
    assert done.returncode == 141
