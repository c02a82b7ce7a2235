"""Reading a big file lean: no table of lines, the tree let go as it is validated,
the text checked a piece at a time; the same nodes, problems, lines and messages."""

from __future__ import annotations

import pytest

from bot.faqfile import parse_knowledge_base, reader
from bot.faqfile.reader import Map, Seq, decode, read_yaml
from bot.faqfile.validate import validate
from tests.faqfile.helpers import build
from tests.faqfile.test_loaders_agree import plain

pytestmark = pytest.mark.usefixtures("yaml_loader")

MANY_FAQ = "".join(
    f"  - id: entry-{n}\n    question: Where is room {n}?\n    answer: On floor {n}.\n"
    for n in range(30)
)
WITH_PROBLEMS = build(faq=MANY_FAQ + (
    "  - id: broken\n    question: [1, 2]\n    answer: !!python/name:os.system\n"
))


def _problems(text: str | bytes) -> list[tuple[int | None, str, str]]:
    return [(p.line, p.field, p.message) for p in parse_knowledge_base(text, "f").problems]


def test_reading_without_the_line_table_gives_the_same_nodes_and_problems() -> None:
    kept = read_yaml(WITH_PROBLEMS, "f")
    lean = read_yaml(WITH_PROBLEMS, "f", keep_lines=False)
    assert kept.lines and not lean.lines
    assert plain(lean.root) == plain(kept.root)
    assert lean.problems == kept.problems


def test_validation_lets_go_of_each_faq_entry_once_read() -> None:
    root = read_yaml(build(faq=MANY_FAQ), "f").root
    assert isinstance(root, Map)
    kb, problems = validate(root, "f")
    assert kb is not None and len(kb.faq) == 30 and not problems
    faq = root.entries["faq"].value
    assert isinstance(faq, Seq) and faq.items == []


def test_a_faq_list_an_alias_also_names_is_read_and_left_whole() -> None:
    text = build(faq="") + "x-all: &all\n" + "".join(
        "  " + line + "\n" for line in MANY_FAQ.splitlines()
    )
    text = text.replace("faq: []\n", "") + "faq: *all\n"
    root = read_yaml(text, "f").root
    assert isinstance(root, Map)
    _kb, problems = validate(root, "f")
    faq = root.entries["faq"].value
    assert isinstance(faq, Seq) and faq.aliased and len(faq.items) == 30
    # Only the unknown section is reported: every entry was read from the shared list.
    assert [p.field for p in problems] == ["x-all"]


def test_a_control_character_past_the_first_piece_is_found_at_its_line_and_column(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = build(faq=MANY_FAQ.replace("floor 27", "floor \x0727"))
    whole = _problems(text)
    monkeypatch.setattr(reader, "_PIECE_CHARS", 64)
    assert _problems(text) == whole
    assert "control character U+0007" in whole[0][2] and whole[0][0] is not None


def test_bad_utf8_past_the_first_piece_names_the_same_byte_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = build(faq=MANY_FAQ).encode("utf-8").replace(b"floor 27", b"floor \xff27")
    whole = decode(data, "f")[1]
    monkeypatch.setattr(reader, "_PIECE_CHARS", 64)
    assert decode(data, "f")[1] == whole
    assert "byte 0xff" in whole[0].message


def test_text_split_inside_a_character_decodes_as_a_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = build(faq=MANY_FAQ.replace("floor", "étage ✓"))
    monkeypatch.setattr(reader, "_PIECE_CHARS", 7)  # cuts two- and three-byte characters
    assert decode(text.encode("utf-8"), "f") == (text, [])
    assert _problems(text.encode("utf-8")) == []


def test_validation_lets_go_of_its_records_in_bites_and_keeps_every_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bot.faqfile import validate as validation
    from bot.letting_go import let_go

    let_go_of: list[str] = []

    def spy(box: list[object]) -> int:
        let_go_of.append(type(box[0]).__name__)
        return let_go(box)

    monkeypatch.setattr(validation, "let_go", spy)
    before = _problems(WITH_PROBLEMS)
    assert let_go_of == ["_Validator"]
    monkeypatch.setattr(validation, "let_go", lambda box: box.clear() or 0)
    assert before == _problems(WITH_PROBLEMS)  # the same problems as when freed at once
    assert before
