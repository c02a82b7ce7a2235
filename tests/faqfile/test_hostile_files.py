"""Broken and hostile files give problems, never exceptions, crashes or side effects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from bot.faqfile import (
    MAX_FAQ_FILE_BYTES,
    MAX_NESTING_DEPTH,
    MAX_YAML_NODES,
    FileLimits,
    load_knowledge_base,
    parse_knowledge_base,
)
from tests.faqfile.helpers import MINIMAL, find, line_with, only_error, parse

pytestmark = pytest.mark.usefixtures("yaml_loader")


def billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels + 1):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_stopped_with_a_problem() -> None:
    problem = only_error(parse(billion_laughs()))
    assert f"more than {MAX_YAML_NODES} values" in problem.message
    assert problem.line is not None and problem.line <= 10


def test_alias_bomb_hidden_in_a_valid_file_is_stopped() -> None:
    text = MINIMAL + "extra:\n" + "".join(f"  {line}\n" for line in billion_laughs().splitlines())
    result = parse(text)
    assert not result.ok
    assert any(f"more than {MAX_YAML_NODES} values" in p.message for p in result.errors)


def test_a_few_aliases_below_the_limit_are_fine() -> None:
    result = parse(billion_laughs(levels=3))  # 9**4 = 6561 values
    assert all("more than" not in p.message for p in result.problems)


def test_recursive_and_undefined_aliases_are_problems() -> None:
    find(parse("a: &x [1, *x]\n"), "a[1]", 1, "refers to a value that contains it")
    find(parse("version: 1\nfaq: *nothing\n"), "faq", 2, "alias *nothing is not defined")


@pytest.mark.parametrize("depth", [MAX_NESTING_DEPTH + 1, 10_000])
def test_deep_flow_nesting_is_a_problem_not_a_crash(depth: int) -> None:
    problem = only_error(parse("[" * depth + "]" * depth))
    assert "nested too deeply" in problem.message and problem.line == 1


def test_deep_block_nesting_is_a_problem_not_a_crash() -> None:
    text = "".join(" " * level + f"k{level}:\n" for level in range(200))
    problem = only_error(parse(text))
    assert "nested too deeply" in problem.message
    assert problem.line == MAX_NESTING_DEPTH + 1


def test_nesting_far_beyond_the_python_recursion_limit_is_a_problem() -> None:
    depth = 50 * sys.getrecursionlimit()
    assert "nested too deeply" in only_error(parse("{a: " * depth)).message


def test_python_object_tag_is_rejected_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = MINIMAL + f'evil: !!python/object/apply:os.system ["touch {marker}"]\n'
    result = parse(text)
    problem = only_error(result)
    assert (problem.field, problem.line) == ("evil", 7)
    assert "!!python/object/apply:os.system is not allowed" in problem.message
    assert not marker.exists()


@pytest.mark.parametrize(
    "value",
    [
        '!!python/object/new:os.system ["echo hi"]',
        "!!python/name:os.system",
        '!!python/object:builtins.dict {"a": 1}',
        "!!binary aGVsbG8=",
        "!!set {a, b}",
        "!!omap [a: 1]",
    ],
)
def test_other_non_standard_yaml_tags_are_rejected(value: str) -> None:
    problem = only_error(parse(MINIMAL + f"evil: {value}\n"))
    assert (problem.field, problem.line) == ("evil", 7)
    assert "is not allowed" in problem.message


def test_custom_tag_is_rejected_even_on_a_required_field() -> None:
    text = MINIMAL.replace("name: Test Conference", "name: !custom Test Conference")
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("conference.name", 3)
    assert problem.message.startswith("the tag !custom is not allowed")


def test_standard_tags_are_accepted() -> None:
    text = MINIMAL.replace("version: 1", "version: !!int 1").replace(
        "name: Test Conference", "name: !!str Test Conference"
    )
    assert parse(text).ok


def test_impossible_date_is_reported_not_raised() -> None:
    text = MINIMAL.replace("[2018-06-28]", "[2018-02-30]")
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("conference.dates[0]", 5)
    assert problem.message == "not a real date: 2018-02-30"


def test_invalid_utf8_names_line_and_byte_offset() -> None:
    data = MINIMAL.encode().replace(b"Test Conference", b"Caf\xe9 Conference")
    problem = only_error(parse(data))
    offset = data.index(b"\xe9")
    assert problem.line == 3
    assert f"byte offset {offset}" in problem.message and "UTF-8" in problem.message


def test_nul_bytes_and_binary_garbage_are_problems() -> None:
    assert "binary" in only_error(parse(b"version: 1\n\x00\x01\x02")).message
    assert only_error(parse(b"version: 1\n\x00\x01\x02")).line == 2
    garbage = bytes(range(256)) * 4
    assert not parse(garbage).ok
    assert "U+0007" in only_error(parse("version: 1\nfaq: \x07\n")).message


def test_utf16_file_is_explained() -> None:
    problem = only_error(parse(MINIMAL.encode("utf-16")))
    assert "UTF-16" in problem.message


@pytest.mark.parametrize(
    "content", [b"", "", "   \n\n", "# only a comment\n", "---\n", "--- # nothing\n..."]
)
def test_empty_file_is_a_problem(content: bytes | str) -> None:
    problem = only_error(parse(content))
    assert "empty" in problem.message


@pytest.mark.parametrize(
    ("content", "found"),
    [
        ("- version: 1\n- faq: []\n", "found a list"),
        ("just some text\n", "found the text 'just some text'"),
        ("42\n", "found the number 42"),
    ],
)
def test_top_level_must_be_a_mapping(content: str, found: str) -> None:
    problem = only_error(parse(content))
    assert problem.line == 1 and "must be a mapping" in problem.message
    assert found in problem.message


def test_yaml_syntax_error_is_reported_at_its_line_with_pyyaml_text() -> None:
    text = MINIMAL.replace("faq: []", 'faq:\n  - id: a\n    question: "unclosed\n')
    problem = only_error(parse(text))
    assert problem.message.startswith("YAML syntax error:")
    assert "found unexpected end of stream" in problem.message
    text = "version: 1\nconference: [a, b\nfaq: []\n"
    problem = only_error(parse(text))
    assert problem.line == 3 and "expected ',' or ']'" in problem.message


def test_tab_indentation_is_explained() -> None:
    text = MINIMAL.replace("  name: Test Conference", "\tname: Test Conference")
    problem = only_error(parse(text))
    assert problem.line == 3
    assert "tab character is used for indentation" in problem.message
    assert "spaces" in problem.message


def test_two_documents_are_a_problem() -> None:
    problem = only_error(parse(MINIMAL + "---\nversion: 1\n"))
    assert problem.line == 7 and "second YAML document" in problem.message


@pytest.mark.parametrize(
    ("line", "fragment"),
    [
        ("1: one", "this key is the number 1"),
        ("? [a, b]\n: x", "this key is a list"),
        ("? {a: b}\n: x", "this key is a mapping"),
        ("yes: x", "this key is 'yes', which YAML reads as true"),
        ("2018-06-28: x", "this key is the date 2018-06-28"),
        ("? \n: x", "a key is missing"),
    ],
)
def test_non_string_keys_are_problems(line: str, fragment: str) -> None:
    text = MINIMAL + line + "\n"
    problem = only_error(parse(text))
    assert problem.line == 7 and fragment in problem.message


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:
        handle.write(MINIMAL.encode())
        handle.seek(MAX_FAQ_FILE_BYTES + 10)
        handle.write(b"\n")
    result = load_knowledge_base(path)
    problem = only_error(result)
    assert problem.line is None and problem.path == str(path)
    assert "too large" in problem.message and str(MAX_FAQ_FILE_BYTES) in problem.message


def test_oversize_content_in_memory_is_refused() -> None:
    data = MINIMAL.encode() + b"#" * MAX_FAQ_FILE_BYTES
    assert "too large" in only_error(parse_knowledge_base(data)).message
    assert "too large" in only_error(parse_knowledge_base(data.decode())).message


def test_a_raised_value_limit_reads_more_values_and_names_itself_when_passed() -> None:
    bomb = billion_laughs(levels=5)  # 9**6 = 531,441 values
    assert "more than 100000 values" in only_error(parse(bomb)).message
    raised = FileLimits(MAX_FAQ_FILE_BYTES, 1_000_000)
    assert all("more than" not in p.message
               for p in parse_knowledge_base(bomb, "faq/test.yaml", raised).problems)
    lower = FileLimits(MAX_FAQ_FILE_BYTES, 200_000)
    assert "more than 200000 values" in only_error(
        parse_knowledge_base(bomb, "faq/test.yaml", lower)).message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    result = load_knowledge_base(path)
    problem = only_error(result)
    assert str(problem) == f"{path}: file not found"
    assert result.path == str(path)


def test_directory_as_path(tmp_path: Path) -> None:
    problem = only_error(load_knowledge_base(tmp_path))
    assert problem.line is None and "directory" in problem.message


def test_path_with_a_nul_character() -> None:
    assert not load_knowledge_base("bad\x00name.yaml").ok


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text(MINIMAL)
    path.chmod(0)
    assert "permission denied" in only_error(load_knowledge_base(path)).message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    assert "not a regular file" in only_error(load_knowledge_base(path)).message


def test_huge_integer_and_strange_scalars_do_not_crash() -> None:
    text = MINIMAL + "big: " + "9" * 10_000 + "\nodd: !!int nope\nflag: !!bool maybe\n"
    result = parse(text)
    assert not result.ok
    find(result, "odd", line_with(text, "odd:"), "cannot be read as !!int")
    find(result, "flag", line_with(text, "flag:"), "cannot be read as !!bool")
