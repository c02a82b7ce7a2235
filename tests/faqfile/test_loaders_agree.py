"""libyaml and the pure-Python loader give the reader the same tree and the same problems.

The reader prefers libyaml's parser (far faster on a big file) and hands the few
corners where the two parsers differ to the Python one; these tests hold it to giving
exactly what the Python loader alone gives, on real files and on mangled ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.faqfile import reader
from bot.faqfile.reader import Bad, Map, Node, ReadResult, Scalar, Seq, read_yaml
from tests.faqfile.helpers import build
from tests.faqfile.test_hostile_files import billion_laughs
from tests.faqfile.test_properties import YAML_ALPHABET, mutated_valid_file

ROOT = Path(__file__).resolve().parents[2]
FILES = [ROOT / "faq" / "conference.yaml", ROOT / "tests" / "fixtures" / "other_conference.yaml"]

pytestmark = pytest.mark.skipif(reader.C_LOADER is None, reason="PyYAML built without libyaml")

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def plain(node: Node | None) -> object:
    """A node tree as comparable tuples (nodes compare by identity)."""
    if node is None:
        return None
    if isinstance(node, Scalar):
        return ("scalar", node.line, repr(node.value), node.text, node.tag, node.quoted)
    if isinstance(node, Seq):
        return ("seq", node.line, [plain(item) for item in node.items])
    if isinstance(node, Map):
        return (
            "map",
            node.line,
            [(e.key, e.key_line, plain(e.value)) for e in node.entries.values()],
        )
    assert isinstance(node, Bad)
    return ("bad", node.line)


def outcome(result: ReadResult) -> object:
    problems = [(p.line, p.field, p.message, p.severity) for p in result.problems]
    return plain(result.root), problems, result.lines


def assert_same(text: str | bytes) -> None:
    with_c = read_yaml(text, "f", loader=reader.C_LOADER)
    with_python = read_yaml(text, "f", loader=reader.PYTHON_LOADER)
    assert outcome(with_c) == outcome(with_python)


class _NoPythonLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        raise AssertionError("the Python loader was used")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_faq_files_are_read_by_libyaml_alone(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speed-up is real only if ordinary files never fall back to the Python loader."""
    monkeypatch.setattr(reader, "PYTHON_LOADER", _NoPythonLoader)
    result = read_yaml(path.read_bytes(), str(path))
    assert isinstance(result.root, Map) and not result.problems


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_real_faq_files_read_the_same_with_both_loaders(path: Path) -> None:
    assert_same(path.read_bytes())


@pytest.mark.parametrize(
    "text",
    [
        "a:\tb\n",  # a tab after a token: PyYAML refuses it
        "a: [b?c, d]\n",  # '?' inside a plain value in a flow list
        "a: |#x\n  b\n",  # a comment glued to a block scalar's indicator
        "a:\nb: 1\n",  # an empty value
        "%YAML 1.1\n---\na: 1\n",  # a directive
        "a: !!str 1\nb: ! 2\n",  # explicit and non-specific tags
        "a: !!python/tuple [1]\n",  # a forbidden tag
        "a: 1\u2028b: 2\n",  # a Unicode line break
        "a: [1, 2\nb: 3\n",  # a syntax error
        "a: 'x\n",  # an unclosed quote
        "- a\nb: 1\n",  # a mapping key after a list
        "\ufeffa: 1\n",  # a byte order mark
        "a: 1\n---\nb: 2\n",  # two documents
        "a: &x [1, *x]\n",  # a recursive alias
        "[" * 70 + "]" * 70,  # too deep
        billion_laughs(),  # an alias bomb
        "a: 2018-02-30\nb: 10:30\nc: 0x1F\nd: .inf\ne: ~\n",  # resolved scalars
        "a: >-\n  folded\n  text\n\nb: |+\n  kept\n\n",  # block scalars
    ],
)
def test_corners_where_the_parsers_differ_read_the_same(text: str) -> None:
    assert_same(text)


@FAST
@given(mutated_valid_file())
def test_mangled_valid_files_read_the_same_with_both_loaders(text: str) -> None:
    assert_same(text)


@FAST
@given(st.lists(st.one_of(YAML_ALPHABET, st.text(max_size=3)), max_size=80).map("".join))
def test_yaml_flavoured_text_reads_the_same_with_both_loaders(text: str) -> None:
    assert_same(build() + text)
    assert_same(text)
