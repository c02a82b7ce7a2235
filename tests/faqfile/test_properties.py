"""Property-based: any content yields a LoadResult (problems or a kb), never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.faqfile import LoadResult, Severity, parse_knowledge_base
from tests.faqfile.helpers import build

pytestmark = pytest.mark.usefixtures("yaml_loader")

VALID = build()
VALID_LINES = VALID.splitlines(keepends=True)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters that matter to YAML, mixed into random text so it gets past the first token.
YAML_ALPHABET = st.sampled_from(
    [*":-[]{},#&*!|>'\"%@`? \t\n\r", "\ufeff", "\x00", "\x85", "\u2028", "é", "0", "a"]
)


def check(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    assert result.ok == (result.kb is not None)
    assert result.ok == (not result.errors)
    assert all("internal error" not in p.message for p in result.problems)
    lines = [p.line for p in result.problems if p.line is not None]
    assert lines == sorted(lines)
    for problem in result.problems:
        assert problem.line is None or problem.line >= 1
        assert isinstance(str(problem), str)
        assert problem.severity in (Severity.ERROR, Severity.WARNING)


@FAST
@given(st.text())
def test_random_text_never_raises(text: str) -> None:
    check(parse_knowledge_base(text))


@FAST
@given(st.binary())
def test_random_bytes_never_raise(data: bytes) -> None:
    check(parse_knowledge_base(data))


@FAST
@given(st.lists(st.one_of(YAML_ALPHABET, st.text(max_size=3)), max_size=80).map("".join))
def test_yaml_flavoured_text_never_raises(text: str) -> None:
    check(parse_knowledge_base(text))


@st.composite
def mutated_valid_file(draw: st.DrawFn) -> str:
    lines = list(VALID_LINES)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not lines:
            break
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "replace"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(min_value=0, max_value=len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        else:
            line = lines[index]
            at = draw(st.integers(min_value=0, max_value=len(line)))
            junk = draw(st.text(alphabet=YAML_ALPHABET, min_size=1, max_size=4))
            cut = at + (1 if action == "replace" else 0)
            lines[index] = line[:at] + junk + line[cut:]
    return "".join(lines)


# Each example parses a whole file twice (as text and as bytes): half as many examples
# as the short texts get keep this test's share of the suite's two minutes.
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_valid_file())
def test_mutations_of_a_valid_file_never_raise(text: str) -> None:
    check(parse_knowledge_base(text))
    check(parse_knowledge_base(text.encode("utf-8", "surrogatepass")))


def test_the_unmutated_file_is_valid() -> None:
    assert parse_knowledge_base(VALID).ok
