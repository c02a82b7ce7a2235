"""Reading the question sets and alert tables the tests sweep.

Through libyaml where PyYAML was built with it: the pure-Python reader takes about five
seconds for every set the suite reads, which runs many times over per test run (some at
collection, in every worker), and libyaml takes a tenth of that. The sets are plain
YAML, which both readers read alike.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.faqfile.reader import C_LOADER, PYTHON_LOADER

_LOADER = C_LOADER or PYTHON_LOADER  # the FAQ reader's own choice of reader


def read_set(path: Path) -> Any:
    """The YAML document at ``path``: a question set's list of items, or a whole file."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)
