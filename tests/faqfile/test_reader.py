"""The line-aware reader: lines of key paths, scalar source text, keys and anchors."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.faqfile.reader import Bad, Map, Scalar, Seq, read_yaml

pytestmark = pytest.mark.usefixtures("yaml_loader")

TEXT = """\
faq:
  - id: wifi
    answer: >-
      Yes.
  - id: badge
    alternates:
      - a
      - b
start: 10:30
quoted: "10:30"
day: 2018-06-28
"""


def test_every_key_path_has_its_line() -> None:
    lines = read_yaml(TEXT, "f").lines
    assert lines[("faq",)] == 1
    assert lines[("faq", 0)] == 2
    assert lines[("faq", 0, "id")] == 2
    assert lines[("faq", 0, "answer")] == 3
    assert lines[("faq", 1, "alternates")] == 6
    assert lines[("faq", 1, "alternates", 1)] == 8
    assert lines[("day",)] == 11


def test_scalars_keep_value_source_text_and_type() -> None:
    root = read_yaml(TEXT, "f").root
    assert isinstance(root, Map)
    start = root.entries["start"].value
    assert isinstance(start, Scalar)
    assert (start.value, start.text, start.tag, start.quoted) == (630, "10:30", "int", False)
    quoted = root.entries["quoted"].value
    assert isinstance(quoted, Scalar)
    assert (quoted.value, quoted.tag, quoted.quoted) == ("10:30", "str", True)
    day = root.entries["day"].value
    assert isinstance(day, Scalar) and day.value == dt.date(2018, 6, 28)
    faq = root.entries["faq"].value
    assert isinstance(faq, Seq) and len(faq.items) == 2


def test_duplicate_keys_keep_the_last_value_and_warn() -> None:
    read = read_yaml("a: 1\nb: 2\na: 3\n", "f")
    assert isinstance(read.root, Map)
    entry = read.root.entries["a"]
    assert isinstance(entry.value, Scalar) and entry.value.value == 3 and entry.key_line == 3
    [problem] = read.problems
    assert problem.field == "a" and problem.line == 3
    assert "duplicate key 'a' (first at line 1)" in problem.message


def test_merge_keys_do_not_override_written_keys() -> None:
    root = read_yaml("base: &b {x: 1, y: 2}\nc:\n  <<: *b\n  y: 3\n", "f").root
    assert isinstance(root, Map)
    c = root.entries["c"].value
    assert isinstance(c, Map)
    values = {k: e.value.value for k, e in c.entries.items() if isinstance(e.value, Scalar)}
    assert values == {"x": 1, "y": 3}


def test_forbidden_tag_becomes_a_bad_node_with_a_problem() -> None:
    read = read_yaml("a: !!python/tuple [1, 2]\nb: ok\n", "f")
    assert isinstance(read.root, Map)
    assert isinstance(read.root.entries["a"].value, Bad)
    [problem] = read.problems
    assert (problem.field, problem.line) == ("a", 1)
    assert "!!python/tuple" in problem.message
