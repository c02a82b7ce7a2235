"""The complete example in faq/README.md is a valid FAQ file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from tests.faqfile.helpers import parse

README = Path(__file__).resolve().parents[2] / "faq" / "README.md"


def test_readme_example_is_valid() -> None:
    text = README.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(version: 1\n.*?)```", text, re.S)
    assert example is not None
    result = parse(example.group(1))
    assert result.problems == ()
    assert result.kb is not None
    assert result.kb.sessions[1].start == dt.time(13, 15)
    assert result.kb.room_name(result.kb.sessions[0].room) == "General Assembly Hall"
