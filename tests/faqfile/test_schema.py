"""The layout table (``bot.faqfile.schema``), the model and faq/README.md agree, and a
new field needs nothing else: the validator reads it from the table alone."""

from __future__ import annotations

import dataclasses
import re
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.core.models import (
    AlertTopic,
    Conference,
    FaqEntry,
    GlossaryTerm,
    Room,
    Session,
    Theme,
    Translation,
    Venue,
)
from bot.faqfile import Severity, validate
from bot.faqfile.schema import NEEDS_REVIEW, ROOT, Field, Kind, Section
from tests.faqfile.helpers import GOOD_FAQ, build, find, line_with, parse

README = Path(__file__).resolve().parents[2] / "faq" / "README.md"

MODELS: dict[str, type[object]] = {
    "conference": Conference, "venue": Venue, "rooms": Room, "themes": Theme,
    "sessions": Session, "faq": FaqEntry, "glossary": GlossaryTerm, "urgent": AlertTopic,
    "sensitive": AlertTopic,
}
# Set by the section's code, not read from the file.
NOT_IN_THE_FILE = {"urgent": {"kind"}, "sensitive": {"kind"}}
# How faq/README.md's translation table names each kind of item.
README_ITEMS = {
    "FAQ entry": ("faq",), "session": ("sessions",), "theme": ("themes",),
    "room": ("rooms",), "venue": ("venue",), "conference": ("conference",),
    "urgent or sensitive topic": ("urgent", "sensitive"),
}


def sections(section: Section = ROOT) -> Iterator[Section]:
    for field in section.fields:
        if field.section is not None:
            yield field.section
            yield from sections(field.section)


def readme_tables() -> dict[str, dict[str, str]]:
    """faq/README.md's field tables: section key -> field -> its "Required?" cell."""
    text = README.read_text(encoding="utf-8")
    tables: dict[str, dict[str, str]] = {}
    for heading, body in re.findall(r"^### (.+)\n\n((?:\|.*\n)+)", text, re.M):
        names = re.findall(r"`(\w+)`", heading.split("(")[0]) or [""]  # "Top level": ""
        rows = dict(re.findall(r"^\| `(\w+)` \| (\w+)", body, re.M))
        for name in names:
            tables[name] = rows
        rooms = re.search(r"^\| `rooms` .*$", body, re.M)
        if rooms:
            tables["rooms"] = dict(
                (field, needed) for field, needed in
                re.findall(r"`(\w+)` \((required|optional)\)", rooms.group(0))
            )
    return tables


def test_every_section_of_the_layout_is_a_model_with_the_same_fields() -> None:
    for section in sections():
        model = MODELS[section.key]
        assert dataclasses.is_dataclass(model)
        built = {f.name for f in dataclasses.fields(model) if f.init}
        built -= NOT_IN_THE_FILE.get(section.key, set())
        assert set(section.names) == built, section.key


def test_a_field_is_required_in_the_file_exactly_when_its_model_has_no_default() -> None:
    for section in sections():
        model = MODELS[section.key]
        assert dataclasses.is_dataclass(model)
        no_default = {
            f.name for f in dataclasses.fields(model)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        } - NOT_IN_THE_FILE.get(section.key, set())
        required = {f.name for f in section.fields if f.required}
        assert required == no_default, section.key


def test_an_id_is_required_wherever_the_layout_has_one() -> None:
    ids = [f for s in sections() for f in s.fields if f.kind in (Kind.ID, Kind.SLUG)]
    assert ids and all(f.required for f in ids)


def test_what_a_translation_may_hold_is_a_translation_field_of_the_same_shape() -> None:
    hints = typing.get_type_hints(Translation)
    for section in sections():
        for name in section.translated_texts:
            assert hints[name] == str | None, (section.key, name)
        for name in section.translated_lists:
            assert hints[name] == tuple[str, ...], (section.key, name)
    assert hints[NEEDS_REVIEW] is bool


def test_the_organisers_guide_documents_every_field_as_required_or_optional() -> None:
    tables = readme_tables()
    for section in (ROOT, *sections()):
        documented = tables[section.key]
        fields = {f.name: f for f in section.fields if f.kind is not Kind.TRANSLATIONS}
        assert set(documented) == set(fields), section.key or "top level"
        for name, field in fields.items():
            said = "required" if field.required else "optional"
            assert documented[name] == said, (section.key, name)


def test_the_organisers_guide_lists_what_each_translation_may_hold() -> None:
    text = README.read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([A-Za-z ]+) \| (`.*`) \|$", text, re.M)
    by_key = {f.name: f.inner for f in ROOT.fields if f.section is not None}
    by_key["rooms"] = by_key["venue"].field("rooms").inner
    listed = {key: set(re.findall(r"`(\w+)`", fields))
              for item, fields in rows if item in README_ITEMS for key in README_ITEMS[item]}
    assert set(listed) == {s.key for s in sections() if s.translated_texts}
    for key, names in listed.items():
        section = by_key[key]
        assert names == {*section.translated_texts, *section.translated_lists}, key


@dataclasses.dataclass(frozen=True)
class HashtaggedEntry(FaqEntry):
    """A FAQ entry with one more optional field, as a newcomer would add it."""

    hashtags: tuple[str, ...] = ()


@pytest.fixture
def with_hashtags(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout with ``hashtags`` in the FAQ table and the model with the attribute: the
    two edits a new field needs (besides its row in faq/README.md)."""
    faq = ROOT.field("faq").inner
    tagged = Section(faq.key, (*faq.fields, Field("hashtags", Kind.TEXT_LIST)))
    root = Section(ROOT.key, tuple(
        dataclasses.replace(f, section=tagged) if f.name == "faq" else f for f in ROOT.fields
    ))
    monkeypatch.setattr(validate, "ROOT", root)
    monkeypatch.setattr(validate, "FaqEntry", HashtaggedEntry)


@pytest.mark.usefixtures("yaml_loader", "with_hashtags")
def test_a_new_optional_field_is_read_checked_and_built_from_the_table_alone() -> None:
    result = parse(build(faq=GOOD_FAQ + "    hashtags: [network, internet]\n"))

    assert result.problems == ()
    assert result.kb is not None
    [entry] = result.kb.faq
    assert isinstance(entry, HashtaggedEntry) and entry.hashtags == ("network", "internet")


@pytest.mark.usefixtures("yaml_loader", "with_hashtags")
def test_a_new_field_written_wrong_is_reported_at_its_line_like_any_other() -> None:
    text = build(faq=GOOD_FAQ + "    hashtags: 3\n    hastags: [x]\n")

    result = parse(text)

    assert not result.ok
    find(result, "faq[0].hashtags", line_with(text, "hashtags: 3"), "expected a list of text")
    find(result, "faq[0].hastags", line_with(text, "hastags:"), "did you mean 'hashtags'?",
         Severity.WARNING)


def test_without_the_table_line_the_same_field_is_unknown_and_ignored() -> None:
    text = build(faq=GOOD_FAQ + "    hashtags: [network]\n")

    result = parse(text)

    assert result.ok
    find(result, "faq[0].hashtags", line_with(text, "hashtags:"), "unknown field 'hashtags'",
         Severity.WARNING)


def test_a_reader_kind_left_to_the_section_code_has_no_inner_fields_to_misuse() -> None:
    with pytest.raises(TypeError, match="not a mapping"):
        _ = ROOT.field("version").inner
    with pytest.raises(KeyError, match="no field 'hashtags'"):
        ROOT.field("faq").inner.field("hashtags")
