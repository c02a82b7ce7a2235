"""Check a read FAQ file against the format and build the ``KnowledgeBase``.

Every problem in the file is reported in one pass: a wrong field does not stop the
checks of the others. Text is kept as the organisers wrote it, except that leading
and trailing whitespace is stripped. The knowledge base is built only when no problem
is an error.

Which fields a section has, and what each may hold, is ``bot.faqfile.schema``: a
generic reader (``fields``) walks it, one reader per kind of value, and each section's
code below adds only the rules between fields and between sections.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import functools
import os
import re
import sys
import unicodedata
import zoneinfo
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from bot.core.alerts import CONCEPTS, parse_trigger
from bot.core.models import (
    ENGLISH,
    TRANSLATED_LANGUAGES,
    AlertKind,
    AlertTopic,
    Conference,
    FaqEntry,
    GlossaryTerm,
    KnowledgeBase,
    Room,
    Session,
    Theme,
    Translation,
    Venue,
)
from bot.core.text import normalise, phrasing_key, tokenize, unspaced, words
from bot.faqfile.limits import MAX_GLOSSARY_FORM_CHARS
from bot.faqfile.problems import FieldPath, Problem, Severity, format_path
from bot.faqfile.programme_rules import PlacedSession, programme_problems
from bot.faqfile.reader import Bad, Map, Node, Scalar, Seq, describe
from bot.faqfile.schema import NEEDS_REVIEW, ROOT, Field, Kind, Section
from bot.letting_go import let_go

# What the generic reader read from one mapping, by field name: the model is built
# from it under the same names.
Values = dict[str, Any]

# An alert topic's example is a whole message: at least this many words (a text in a
# script written without spaces, Chinese, is taken as it is).
MIN_EXAMPLE_WORDS = 3

# Language codes people write for the UN languages, and the code the file uses.
_LANGUAGE_ALIASES = {
    "cn": "zh", "zh-cn": "zh", "zh-hans": "zh", "chinese": "zh", "ch": "zh",
    "sp": "es", "spa": "es", "spanish": "es", "es-es": "es",
    "fra": "fr", "fre": "fr", "french": "fr", "fr-fr": "fr",
    "rus": "ru", "russian": "ru", "ara": "ar", "arabic": "ar",
}

SLUG_RULE = "lowercase letters a-z, digits 0-9 and hyphens between them"
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TIME = re.compile(r"([0-9]{2}):([0-9]{2})")
_SHORT_HOUR_TIME = re.compile(r"([0-9]):([0-9]{2})")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TZ_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*")
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


def is_slug(text: str) -> bool:
    return _SLUG.fullmatch(text) is not None


def slugify(text: str) -> str:
    """A slug close to ``text``, for suggestions: 'Wi-Fi Access' -> 'wi-fi-access'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


@dataclass(frozen=True)
class _IdUse:
    ident: str
    line: int
    owner: FieldPath  # e.g. ("faq", 2)


@dataclass(frozen=True)
class _Phrasing:
    """A way an item is asked for (a question, an alternate, a title), for collisions."""

    key: str  # the normalised words: what the matcher compares
    text: str
    ident: str
    line: int
    where: FieldPath


@dataclass(frozen=True)
class _FirstForm:
    """Where a glossary form was first written: a later one that reads alike warns,
    unless it is another spelling of it in the same term."""

    line: int
    path: str  # e.g. "glossary[2].synonyms[0]"
    term: FieldPath  # the term it belongs to, e.g. ("glossary", 2)
    spelt: str  # as written, case folded


class _Validator:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.ids: list[_IdUse] = []
        self.phrasings: list[_Phrasing] = []
        self.triggers: dict[tuple[str, ...], tuple[str, int]] = {}  # -> (topic id, line)
        self.known_dates: list[dt.date] = []  # the valid conference dates, for session days
        self.placed: list[PlacedSession] = []  # sessions with their lines, for programme rules

    # -- reporting -----------------------------------------------------------------

    def error(self, line: int | None, where: FieldPath, message: str) -> None:
        self.problems.append(Problem(self.path, line, format_path(where), message))

    def unexpected(self, node: Node, where: FieldPath, expected: str) -> None:
        """An error for a value of the wrong kind: what was expected, then what was found."""
        self.error(node.line, where, f"{expected}, found {_found(node)}")

    def warn(self, line: int | None, where: FieldPath, message: str) -> None:
        self.problems.append(
            Problem(self.path, line, format_path(where), message, Severity.WARNING)
        )

    # -- generic field readers -------------------------------------------------------

    def known_fields(self, node: Map, where: FieldPath, known: tuple[str, ...]) -> None:
        for name, entry in node.entries.items():
            if name in known:
                continue
            message = f"unknown field {name!r}"
            hint = _close(name, known)
            if hint:
                message += f" (did you mean {hint!r}?)"
            self.warn(entry.key_line, (*where, name), message + "; it is ignored")

    def mapping(self, node: Node, where: FieldPath, what: str) -> Map | None:
        if isinstance(node, Map):
            return node
        if not isinstance(node, Bad):
            self.unexpected(node, where, f"{what} must be a mapping of 'key: value' lines")
        return None

    def value(self, node: Map, key: str, where: FieldPath, required: bool) -> Node | None:
        """The value of ``key``; None (reported when required) if missing or empty."""
        entry = node.entries.get(key)
        if entry is None:
            if required:
                self.error(node.line, (*where, key), "required")
            return None
        value = entry.value
        if isinstance(value, Scalar) and value.value is None:
            if required:
                self.error(entry.key_line, (*where, key), "required, but empty")
            return None
        return value

    def text(self, node: Map, key: str, where: FieldPath, required: bool) -> str | None:
        value = self.value(node, key, where, required)
        if value is None:
            return None
        return self.text_value(value, (*where, key), required)

    def text_value(self, value: Node, where: FieldPath, required: bool) -> str | None:
        if isinstance(value, Bad):
            return None
        if isinstance(value, Scalar) and isinstance(value.value, str):
            text = value.value.strip()
            if text:
                return text
            if required:
                self.error(value.line, where, "required, but empty")
            return None
        self.unexpected(value, where, "expected text")
        return None

    def text_list(self, node: Map, key: str, where: FieldPath) -> tuple[str, ...]:
        value = self.value(node, key, where, required=False)
        if value is None or isinstance(value, Bad):
            return ()
        if not isinstance(value, Seq):
            self.unexpected(value, (*where, key),
                            "expected a list of text (one '- item' per line, or [a, b])")
            return ()
        out: list[str] = []
        for index, item in enumerate(value.items):
            if isinstance(item, Scalar) and item.value is None:
                self.error(item.line, (*where, key, index), "empty list item")
                continue
            text = self.text_value(item, (*where, key, index), required=True)
            if text is not None:
                out.append(text)
        return tuple(out)

    def maps(self, node: Map, key: str, where: FieldPath, required: bool) -> list[Map | None]:
        """The items of a list of mappings (None for an item that is not a mapping)."""
        value = self.value(node, key, where, required=False)
        if value is None:
            if required:
                entry = node.entries.get(key)
                if entry is None:
                    self.error(node.line, (*where, key), "required (it may be an empty list: [])")
                else:
                    self.error(
                        entry.key_line,
                        (*where, key),
                        f"required, but empty; for no entries write {key}: []",
                    )
            return []
        if isinstance(value, Bad):
            return []
        if not isinstance(value, Seq):
            self.unexpected(value, (*where, key),
                            "expected a list of entries, each starting with '- '")
            return []
        return [
            self.mapping(item, (*where, key, index), "each entry")
            for index, item in enumerate(value.items)
        ]

    def slug(self, node: Map, key: str, where: FieldPath) -> str | None:
        ident = self.text(node, key, where, required=True)
        if ident is None:
            return None
        if not is_slug(ident):
            line = node.entries[key].value.line
            message = f"{ident!r} is not a valid id: use only {SLUG_RULE}"
            suggestion = slugify(ident)
            if suggestion:
                message += f", e.g. {suggestion!r}"
            self.error(line, (*where, key), message)
            return None
        return ident

    def date_value(self, value: Node, where: FieldPath) -> dt.date | None:
        if isinstance(value, Bad):
            return None
        expected = "expected a date written YYYY-MM-DD, e.g. 2018-06-28"
        if isinstance(value, Scalar):
            found = value.value
            if isinstance(found, dt.datetime):
                self.unexpected(value, where, expected)
                return None
            if isinstance(found, dt.date):
                return found
            if isinstance(found, str) and _ISO_DATE.fullmatch(found.strip()):
                try:
                    return dt.date.fromisoformat(found.strip())
                except ValueError:
                    self.error(value.line, where, f"not a real date: {found.strip()}")
                    return None
        self.unexpected(value, where, expected)
        return None

    def time(self, node: Map, key: str, where: FieldPath, required: bool) -> dt.time | None:
        value = self.value(node, key, where, required)
        if value is None or isinstance(value, Bad):
            return None
        at = (*where, key)
        if not isinstance(value, Scalar):
            self.unexpected(value, at, _TIME_IN_QUOTES)
            return None
        found = value.value
        if isinstance(found, int | float) and not isinstance(found, bool):
            written = value.text.strip()
            message = f"{written} was read by YAML as a number; write it in quotes: "
            short = _SHORT_HOUR_TIME.fullmatch(written)
            if _TIME.fullmatch(written):
                message += f'"{written}"'
            elif short:
                message += f'"0{short.group(1)}:{short.group(2)}"'
            else:
                message += '"HH:MM" on the 24-hour clock, e.g. "14:30"'
            self.error(value.line, at, message)
            return None
        if not isinstance(found, str):
            self.unexpected(value, at, _TIME_IN_QUOTES)
            return None
        text = found.strip()
        match = _TIME.fullmatch(text)
        if match:
            hour, minute = int(match.group(1)), int(match.group(2))
            if hour <= 23 and minute <= 59:
                return dt.time(hour, minute)
            self.error(
                value.line,
                at,
                f'"{text}" is not a time of day: hours go from 00 to 23, minutes from 00 to 59',
            )
            return None
        short = _SHORT_HOUR_TIME.fullmatch(text)
        if short:
            self.error(
                value.line,
                at,
                f'write the hour with two digits: "0{short.group(1)}:{short.group(2)}"',
            )
            return None
        self.error(
            value.line,
            at,
            f'"{_clip(text)}" is not a time: write "HH:MM" on the 24-hour clock, e.g. "14:30"',
        )
        return None

    # -- the generic reader: one section's fields, as the schema table lists them ---

    def fields(self, node: Map, at: FieldPath, section: Section) -> Values:
        """Every field of ``section`` in ``node``, each checked by its kind's reader;
        the value is None (or an empty tuple for a list) when it is missing or wrong."""
        self.known_fields(node, at, section.names)
        values: Values = {}
        for field in section.fields:
            values[field.name] = self.field(node, at, field, section, values.get("id"))
        ident = values.get("id")
        if isinstance(ident, str):
            for field in section.fields:
                if field.phrasing:
                    self.phrasing(node, field.name, at, ident)
        keywords = values.get("keywords")
        for position, keyword in enumerate(keywords if isinstance(keywords, tuple) else ()):
            if _only_question_words(keyword):
                self.warn(self.line_of(node, "keywords", position), (*at, "keywords", position),
                          f"keyword {keyword!r} is only question words: it draws every "
                          "question asked that way to this entry; name its topic instead")
        return values

    def field(
        self, node: Map, at: FieldPath, field: Field, section: Section, ident: object
    ) -> Any:
        name, kind = field.name, field.kind
        if kind is Kind.ID:  # an id is always required: it is how the item is named
            return self.item_id(node, at)
        if kind is Kind.SLUG:
            return self.slug(node, name, at)
        if kind is Kind.TEXT:
            return self.limited(node, field, at,
                                self.text(node, name, at, required=field.required))
        if kind is Kind.TEXT_LIST:
            return self.required_list(node, field, at, self.text_list(node, name, at))
        if kind is Kind.DATE:
            value = self.value(node, name, at, required=field.required)
            return None if value is None else self.date_value(value, (*at, name))
        if kind is Kind.DATES:
            return self.dates(node, name, at, field.required)
        if kind is Kind.TIME:
            return self.time(node, name, at, field.required)
        if kind is Kind.TIME_ZONE:
            return self.timezone(node, name, at, field.required)
        if kind is Kind.CHOICE:
            assert field.choices is not None, f"{name}: a choice needs its values"
            return self.choice(node, name, at, field.choices) or field.default
        if kind is Kind.COUNT:
            return self.count(node, field, at)
        if kind is Kind.TRANSLATIONS:
            return self.translations(node, at, section, ident if isinstance(ident, str) else None)
        # VERSION, MAPPING and ITEMS: their section's code reads them (``section``,
        # ``items``), after the fields beside them, as the checks between them need.
        return None

    def items(
        self, parent: Map, where: FieldPath, field: Field
    ) -> Iterator[tuple[FieldPath, Map, Values]]:
        """Each item of a list of mappings, read by its section's table."""
        for index, node in enumerate(self.maps(parent, field.name, where, field.required)):
            if node is not None:
                at: FieldPath = (*where, field.name, index)
                yield at, node, self.fields(node, at, field.inner)

    def section(self, root: Map, field: Field) -> tuple[Map, Values] | None:
        """A section written as one mapping (``conference``, ``venue``), read by its table."""
        value = self.value(root, field.name, (), required=field.required)
        node = self.mapping(value, (field.name,), field.name) if value is not None else None
        if node is None:
            return None
        return node, self.fields(node, (field.name,), field.inner)

    def limited(self, node: Map, field: Field, at: FieldPath, text: str | None) -> str | None:
        if text is None or field.max_chars is None or len(text) <= field.max_chars:
            return text
        self.error(node.entries[field.name].value.line, (*at, field.name),
                   f"the {field.name} is {len(text)} characters long; "
                   f"the limit is {field.max_chars} characters")
        return None

    def required_list(
        self, node: Map, field: Field, at: FieldPath, found: tuple[str, ...]
    ) -> tuple[str, ...]:
        if not field.required or found:
            return found
        entry = node.entries.get(field.name)
        if entry is None:
            self.error(node.line, (*at, field.name), field.missing or "required")
        else:
            self.error(entry.key_line, (*at, field.name), field.empty or "required, but empty")
        return found

    def count(self, node: Map, field: Field, where: FieldPath) -> int | None:
        value = self.value(node, field.name, where, required=field.required)
        if value is None or isinstance(value, Bad):
            return None
        most = field.most if field.most is not None else sys.maxsize
        found = value.value if isinstance(value, Scalar) else None
        if type(found) is int and 0 < found <= most:
            return found
        message = (f"expected the number of {field.unit}, a whole number from 1 to {most}, "
                   f"found {_found(value)}")
        if isinstance(found, str) and found.strip().isdigit():
            message = (f"write the number of {field.unit} without quotes: "
                       f"{field.name}: {found.strip()}")
        self.error(value.line, (*where, field.name), message)
        return None

    # -- sections --------------------------------------------------------------------

    def run(self, root: Node) -> KnowledgeBase | None:
        if not isinstance(root, Map):
            if not isinstance(root, Bad):
                self.unexpected(root, (), "the top level of the file must be a mapping of sections "
                                "(version:, conference:, faq:, ...)")
            return None
        self.known_fields(root, (), ROOT.names)
        self.version(root)
        conference = self.conference(root)
        venue, room_ids = self.venue(root)
        themes, theme_ids = self.themes(root)
        dates = tuple(self.known_dates) if self.known_dates else None
        sessions = self.sessions(root, dates, room_ids, theme_ids)
        self.problems.extend(programme_problems(self.placed, self.path, _room_namer(venue)))
        faq = self.faq(root)
        glossary = self.glossary(root)
        alerts = self.alerts(root, ROOT.field("urgent"), AlertKind.URGENT)
        alerts += self.alerts(root, ROOT.field("sensitive"), AlertKind.SENSITIVE)
        self.check_unique_ids()
        self.check_phrasing_collisions()
        if any(p.severity is Severity.ERROR for p in self.problems) or conference is None:
            return None
        return KnowledgeBase(
            conference=conference,
            venue=venue,
            themes=tuple(themes),
            sessions=tuple(sessions),
            faq=tuple(faq),
            glossary=tuple(glossary),
            alerts=tuple(alerts),
        )

    def version(self, root: Map) -> None:
        entry = root.entries.get("version")
        if entry is None:
            self.error(root.line, ("version",), "required: the file must say version: 1")
            return
        value = entry.value
        if isinstance(value, Bad):
            return
        if isinstance(value, Scalar) and type(value.value) is int and value.value == 1:
            return
        message = f"must be the integer 1, found {describe(value)}"
        if isinstance(value, Scalar) and isinstance(value.value, str) and value.text == "1":
            message += " (write it without quotes: version: 1)"
        self.error(value.line, ("version",), message)

    def conference(self, root: Map) -> Conference | None:
        field = ROOT.field("conference")
        read = self.section(root, field)
        if read is None:
            return None
        _node, values = read
        return Conference(**values) if _complete(field.inner, values) else None

    def timezone(self, node: Map, key: str, where: FieldPath, required: bool) -> str | None:
        name = self.text(node, key, where, required)
        if name is None:
            return None
        if _is_time_zone(name):
            return name
        message = f"unknown time zone {_clip(name)!r}: use an IANA name such as America/New_York"
        zones = _available_time_zones()
        if not zones:
            message += " (no time zone database was found on this computer: install tzdata)"
        else:
            hint = _close(name, sorted(zones), cutoff=0.75)
            if hint:
                message += f" (did you mean {hint!r}?)"
        self.error(node.entries[key].value.line, (*where, key), message)
        return None

    def dates(
        self, node: Map, key: str, where: FieldPath, required: bool
    ) -> tuple[dt.date, ...] | None:
        value = self.value(node, key, where, required)
        if value is None or isinstance(value, Bad):
            return None
        at = (*where, key)
        if not isinstance(value, Seq):
            self.unexpected(value, at, "expected a list of dates, e.g. [2018-06-28, 2018-06-29]")
            return None
        if not value.items:
            self.error(value.line, at, "at least one conference date is required")
            return None
        dates: list[dt.date] = []
        first_line: dict[dt.date, int] = {}
        valid = True
        for index, item in enumerate(value.items):
            day = self.date_value(item, (*at, index))
            if day is None:
                valid = False
            elif day in first_line:
                self.error(
                    item.line,
                    (*at, index),
                    f"{day.isoformat()} is listed twice (first at line {first_line[day]})",
                )
                valid = False
            else:
                first_line[day] = item.line
                dates.append(day)
        self.known_dates = dates
        return tuple(dates) if valid else None

    def venue(self, root: Map) -> tuple[Venue | None, dict[str, int]]:
        field = ROOT.field("venue")
        read = self.section(root, field)
        if read is None:
            return None, {}
        node, values = read
        rooms: list[Room] = []
        room_ids: dict[str, int] = {}
        first: dict[str, tuple[int, str]] = {}
        rooms_field = field.inner.field("rooms")
        for at, room_node, room in self.items(node, (field.name,), rooms_field):
            room_id = room["id"]
            if room_id is not None:
                line = room_node.entries["id"].value.line
                if room_id in first:
                    first_line, owner = first[room_id]
                    self.error(
                        line,
                        (*at, "id"),
                        f"duplicate room id {room_id!r} (already used at line {first_line} "
                        f"by {owner})",
                    )
                else:
                    first[room_id] = (line, format_path(at))
                    room_ids[room_id] = line
            if _complete(rooms_field.inner, room):
                rooms.append(Room(**room))
        values["rooms"] = tuple(rooms)
        if not _complete(field.inner, values):
            return None, room_ids
        return Venue(**values), room_ids

    def item_id(self, node: Map, at: FieldPath) -> str | None:
        ident = self.slug(node, "id", at)
        if ident is not None:
            self.ids.append(_IdUse(ident, node.entries["id"].value.line, at))
        return ident

    def themes(self, root: Map) -> tuple[list[Theme], set[str]]:
        themes: list[Theme] = []
        ids: set[str] = set()
        field = ROOT.field("themes")
        for _at, _node, values in self.items(root, (), field):
            if values["id"] is None:
                continue
            ids.add(values["id"])
            if _complete(field.inner, values):
                themes.append(Theme(**values))
        return themes, ids

    def sessions(
        self,
        root: Map,
        dates: tuple[dt.date, ...] | None,
        room_ids: dict[str, int],
        theme_ids: set[str],
    ) -> list[Session]:
        sessions: list[Session] = []
        field = ROOT.field("sessions")
        for at, node, values in self.items(root, (), field):
            day, start, end = values["day"], values["start"], values["end"]
            if day is not None and dates is not None and day not in dates:
                listed = ", ".join(d.isoformat() for d in dates)
                self.error(
                    node.entries["day"].value.line,
                    (*at, "day"),
                    f"{day.isoformat()} is not one of the conference dates ({listed})",
                )
                values["day"] = None
            if start is not None and end is not None and end <= start:
                self.error(
                    node.entries["end"].value.line,
                    (*at, "end"),
                    f'end "{end:%H:%M}" must be after start "{start:%H:%M}"',
                )
                values["end"] = None
            if values["room"] is not None:
                self.check_room(values["room"], node.entries["room"].value.line,
                                (*at, "room"), room_ids)
            theme = values["theme"]
            if theme is not None and theme not in theme_ids:
                message = f"unknown theme {theme!r}: use the id of one of the themes"
                hint = _close(theme, sorted(theme_ids))
                if hint:
                    message += f" (did you mean {hint!r}?)"
                elif not theme_ids:
                    message += " (this file has no themes)"
                self.error(node.entries["theme"].value.line, (*at, "theme"), message)
                values["theme"] = None
            if _complete(field.inner, values):
                session = Session(**values)
                sessions.append(session)
                self.placed.append(PlacedSession(
                    session, at, node.line, node.entries["room"].value.line,
                    tuple(self.line_of(node, "speakers", i) for i in range(len(session.speakers))),
                ))
        return sessions

    def choice(
        self, node: Map, key: str, where: FieldPath, kind: type[enum.Enum]
    ) -> enum.Enum | None:
        """One of an enum's values, written as its lowercase name (case is forgiven)."""
        text = self.text(node, key, where, required=False)
        if text is None:
            return None
        values = [str(member.value) for member in kind]
        folded = " ".join(text.lower().split())
        for member in kind:
            if member.value == folded:
                return member
        message = f"unknown {key} {_clip(text)!r}: use one of {', '.join(values)}"
        hint = _close(folded, values)
        if hint:
            message += f" (did you mean {hint!r}?)"
        self.error(node.entries[key].value.line, (*where, key), message)
        return None

    def check_room(self, room: str, line: int, at: FieldPath, room_ids: dict[str, int]) -> None:
        if room in room_ids or not is_slug(room):
            return
        message = f"{room!r} looks like a room id, but no room in venue.rooms has it"
        hint = _close(room, sorted(room_ids))
        if hint:
            message += f" (did you mean {hint!r}?)"
        self.warn(line, at, message + "; it is shown as written")

    def faq(self, root: Map) -> list[FaqEntry]:
        """The FAQ entries; each entry's nodes are let go as soon as it is read.

        Read with its nodes kept, a 20,000-entry file held the tree and the entries
        at once (the tree is several times the entries' size); nothing reads the faq
        list again after this. A list an alias also names is left as it is.
        """
        field = ROOT.field("faq")
        nodes = self.maps(root, field.name, (), field.required)
        found = root.entries.get(field.name)
        if found is not None and isinstance(found.value, Seq) and not found.value.aliased:
            found.value.items.clear()
        entries = []
        for index, node in enumerate(nodes):
            if node is None:
                continue
            nodes[index] = None
            values = self.fields(node, (field.name, index), field.inner)
            del node
            if _complete(field.inner, values):
                entries.append(FaqEntry(**values))
        return entries

    def glossary(self, root: Map) -> list[GlossaryTerm]:
        """The conference's own vocabulary: terms with their abbreviations and synonyms."""
        terms: list[GlossaryTerm] = []
        seen: dict[str, _FirstForm] = {}
        for at, node, values in self.items(root, (), ROOT.field("glossary")):
            term, abbreviations, synonyms = (
                values["term"], values["abbreviations"], values["synonyms"])
            if term is None:
                continue
            if not abbreviations and not synonyms:
                self.warn(node.line, at, f"{_clip(term)!r} has no abbreviations and no "
                          "synonyms; it changes nothing")
            forms = [("term", term, None), *(("abbreviations", a, i)
                     for i, a in enumerate(abbreviations)),
                     *(("synonyms", w, i) for i, w in enumerate(synonyms))]
            for key, form, position in forms:
                where: FieldPath = (*at, key) if position is None else (*at, key, position)
                line = self.line_of(node, key, position)
                self.check_glossary_form(key, form, line, where, seen, term=at)
            terms.append(GlossaryTerm(**values))
        return terms

    def alerts(self, root: Map, field: Field, kind: AlertKind) -> list[AlertTopic]:
        """Urgent or sensitive topics: a fixed reply and the triggers that raise it."""
        topics: list[AlertTopic] = []
        for at, node, values in self.items(root, (), field):
            ident = values["id"]
            kept: list[str] = []
            for position, trigger in enumerate(values["triggers"]):
                line = self.line_of(node, "triggers", position)
                unknown = [n for n in re.findall(r"@([\w-]*)", trigger) if n not in CONCEPTS]
                if unknown:
                    self.warn(line, (*at, "triggers", position),
                              f"{_clip(trigger)!r}: '@{unknown[0]}' is not a concept the bot "
                              f"knows ({', '.join('@' + n for n in CONCEPTS)}); it is ignored")
                    continue
                groups, concept, _alone = parse_trigger(trigger)
                found = tuple(w for group in groups for alt in group for w in alt)
                if not found or (concept and "+" in trigger and len(groups) < 2):
                    what = ("a group on each side of '+' is needed, e.g. 'child/kid + missing'"
                            if found else "it has no words to recognise")
                    self.warn(line, (*at, "triggers", position),
                              f"{_clip(trigger)!r}: {what}; it is ignored")
                    continue
                if len(found) == 1 and tokenize(found[0])[0].stop:
                    self.warn(line, (*at, "triggers", position),
                              f"{_clip(trigger)!r} is a common word alone: it would raise "
                              f"this topic for almost any message; it is ignored")
                    continue
                seen = self.triggers.setdefault(found, (ident or "?", line))
                if seen[0] != (ident or "?"):
                    self.warn(line, (*at, "triggers", position),
                              f"{_clip(trigger)!r} also raises {seen[0]!r} (line {seen[1]}); "
                              "the first one (urgent before sensitive) wins")
                kept.append(trigger)
            values["triggers"] = tuple(kept)
            values["examples"] = self.alert_examples(node, at, values["examples"])
            if _complete(field.inner, values):
                topics.append(AlertTopic(**values, kind=kind))
        return topics

    def alert_examples(
        self, node: Map, at: FieldPath, examples: tuple[str, ...]
    ) -> tuple[str, ...]:
        """An example is compared with whole messages by meaning: a word or two embeds
        close to any message that mentions it ("fire" to "the fire safety briefing"),
        which a trigger handles by its words, so such an example is left out."""
        kept: list[str] = []
        for position, example in enumerate(examples):
            if len(words(example)) < MIN_EXAMPLE_WORDS and not unspaced(example):
                self.warn(self.line_of(node, "examples", position), (*at, "examples", position),
                          f"{_clip(example)!r} is too short for an example (at least "
                          f"{MIN_EXAMPLE_WORDS} words: a whole message as someone would write "
                          "it); a word or a short phrase belongs in 'triggers'; it is ignored")
                continue
            kept.append(example)
        return tuple(dict.fromkeys(kept))

    def translations(
        self, node: Map, at: FieldPath, section: Section, ident: str | None = None
    ) -> tuple[Translation, ...]:
        """An item's ``translations:``, one block per language code, checked like its
        English text (the fields its section marks translated); their phrasings join the
        collision check."""
        value = self.value(node, "translations", at, required=False)
        where: FieldPath = (*at, "translations")
        block = self.mapping(value, where, "translations") if value is not None else None
        if block is None:
            return ()
        texts, lists = section.translated_texts, section.translated_lists
        out: list[Translation] = []
        for code, entry in block.entries.items():
            here: FieldPath = (*where, code)
            language = self.language_code(code, entry.key_line, here)
            body = self.mapping(entry.value, here, f"the {code!r} translation")
            if language is None or body is None:
                continue
            self.known_fields(body, here, (*texts, *lists, NEEDS_REVIEW))
            found: dict[str, str] = {}
            for key in texts:
                text = self.limited(body, section.field(key), here,
                                    self.translated_text(body, key, here))
                if text is not None:
                    found[key] = text
            listed = {key: self.text_list(body, key, here) for key in lists}
            review = self.flag(body, NEEDS_REVIEW, here)
            if not found and not any(listed.values()):
                self.warn(entry.key_line, here, "this translation has no text; the English "
                          "text is shown instead")
                continue
            if ident is not None:
                for field in section.fields:
                    if field.phrasing and field.translated:
                        self.phrasing(body, field.name, here, ident)
            read: Values = {**found, **listed}  # the Translation's fields, by their names
            out.append(Translation(language=language, needs_review=review, **read))
        return tuple(out)

    def language_code(self, code: str, line: int, where: FieldPath) -> str | None:
        if code in TRANSLATED_LANGUAGES:
            return code
        if code.strip().casefold() == ENGLISH:
            self.error(line, where, "English is the entry's own text: write it in the "
                       "entry's fields, not under translations")
            return None
        message = f"unknown language code {_clip(code)!r}"
        folded = code.strip().casefold().replace("_", "-")
        hint = folded if folded in TRANSLATED_LANGUAGES else _LANGUAGE_ALIASES.get(folded)
        if hint is None and folded[:2] in TRANSLATED_LANGUAGES and folded[2:3] == "-":
            hint = folded[:2]  # a regional variant: fr-CA, es-MX, ar-EG
        if hint is not None:
            message += f": write {hint!r}"
        else:
            message += (": translations are for the other UN languages: "
                        + ", ".join(TRANSLATED_LANGUAGES))
        self.error(line, where, message)
        return None

    def translated_text(self, body: Map, key: str, where: FieldPath) -> str | None:
        """One translated text; an empty one is left out with a warning (the English is
        shown), never an error: an unfinished translation must not stop the bot."""
        entry = body.entries.get(key)
        if entry is None:
            return None
        value = entry.value
        if isinstance(value, Scalar) and (
            value.value is None or (isinstance(value.value, str) and not value.value.strip())
        ):
            self.warn(entry.key_line, (*where, key), "empty; the English text is shown instead")
            return None
        return self.text_value(value, (*where, key), required=True)

    def flag(self, node: Map, key: str, where: FieldPath) -> bool:
        value = self.value(node, key, where, required=False)
        if value is None or isinstance(value, Bad):
            return False
        if isinstance(value, Scalar) and isinstance(value.value, bool):
            return value.value
        self.unexpected(value, (*where, key), "expected true or false")
        return False

    def check_glossary_form(
        self, key: str, form: str, line: int, where: FieldPath,
        seen: dict[str, _FirstForm], *, term: FieldPath,
    ) -> None:
        if len(form) > MAX_GLOSSARY_FORM_CHARS:
            self.error(line, where, f"{len(form)} characters; a glossary form is at most "
                       f"{MAX_GLOSSARY_FORM_CHARS}")
            return
        tokens = tokenize(form)
        if not tokens:
            self.error(line, where, f"{form!r} has no letters or digits to match on")
            return
        if key == "abbreviations":
            if len(tokens) > 1 or " " in form.strip():
                self.error(line, where, f"an abbreviation is one word, found {_clip(form)!r}; "
                           "put phrases under synonyms")
                return
            if tokens[0].stop:
                self.warn(line, where, f"{form!r} is also a common word ({tokens[0].word!r}); "
                          "it is ignored as an abbreviation, or it would match everywhere")
        folded = normalise(form) or form.casefold()
        first = seen.get(folded)
        if first is None:
            seen[folded] = _FirstForm(line, format_path(where), term, form.casefold())
        elif first.term != term or first.spelt == form.casefold():
            self.warn(line, where, f"{_clip(form)!r} is already in the glossary at line "
                      f"{first.line} ({first.path}); the first one counts")
        # else: another spelling of a form of the same term ("radicalisation",
        # "radicalization"), which reads alike and was needed before they did.

    def line_of(self, node: Map, key: str, position: int | None) -> int:
        entry = node.entries.get(key)
        if entry is None:
            return node.line
        value = entry.value
        if position is not None and isinstance(value, Seq) and position < len(value.items):
            return value.items[position].line
        return value.line

    def phrasing(self, node: Map, key: str, at: FieldPath, ident: str) -> None:
        """Remember the question, title or alternates of an item, for collisions."""
        entry = node.entries.get(key)
        if entry is None:
            return
        value = entry.value
        items: list[tuple[Node, FieldPath]] = (
            [(v, (*at, key, i)) for i, v in enumerate(value.items)] if isinstance(value, Seq)
            else [(value, (*at, key))]
        )
        for item, where in items:
            if isinstance(item, Scalar) and isinstance(item.value, str) and item.value.strip():
                key_text = phrasing_key(item.value)
                if key_text:
                    self.phrasings.append(
                        _Phrasing(key_text, item.value.strip(), ident, item.line, where))

    def check_phrasing_collisions(self) -> None:
        """Warn when two items can be asked for in the very same words.

        The matcher cannot tell them apart, so a question worded like that never gets
        a confident answer from either.
        """
        first: dict[str, _Phrasing] = {}
        for phrasing in sorted(self.phrasings, key=lambda p: p.line):
            seen = first.get(phrasing.key)
            if seen is None:
                first[phrasing.key] = phrasing
            elif seen.ident != phrasing.ident:
                self.warn(
                    phrasing.line, phrasing.where,
                    f"{_clip(phrasing.text)!r} reads the same as {_clip(seen.text)!r} of "
                    f"{seen.ident!r} (line {seen.line}): a question asked in these words "
                    "cannot tell the two apart; reword one of them",
                )

    def check_unique_ids(self) -> None:
        first: dict[str, _IdUse] = {}
        for use in sorted(self.ids, key=lambda u: u.line):
            seen = first.get(use.ident)
            if seen is None:
                first[use.ident] = use
                continue
            self.error(
                use.line,
                (*use.owner, "id"),
                f"duplicate id {use.ident!r} (already used at line {seen.line} by "
                f"{format_path(seen.owner)}); "
                "ids must be unique across faq, sessions, themes, urgent and sensitive",
            )


# Words that ask: a keyword whose words the matcher reads are only these ("how many")
# names no topic, and draws every question asked that way. (One of stop words alone,
# which the matcher skips, does nothing.)
_QUESTION_WORDS = frozenset(
    "how many much what when where who whom whose which why can could will would should "
    "do does did is are was were".split())


def _only_question_words(keyword: str) -> bool:
    read = [t for t in tokenize(keyword) if not t.stop]
    return bool(read) and all(t.word in _QUESTION_WORDS for t in read)


def _complete(section: Section, values: Values) -> bool:
    """Every required field was read (a required list has an item): the model can be
    built from ``values``."""
    return all(values[f.name] not in (None, ()) for f in section.fields if f.required)


def _room_namer(venue: Venue | None) -> dict[str, str]:
    return {room.id: room.name for room in venue.rooms} if venue else {}


def validate(root: Node, path: str) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check the tree read from one file; the knowledge base is None on any error."""
    validator = _Validator(path)
    kb = validator.run(root)
    problems = validator.problems
    # Its records of every id and phrasing are tens of thousands of objects: freed at
    # once, 4-8 ms of the interpreter lock at 5,000 entries (measured), while a reload
    # runs beside the event loop. Freed in bites, the lock is handed on between them.
    box: list[object] = [validator]
    del validator
    let_go(box)
    return kb, problems


_TIME_IN_QUOTES = 'expected a time in quotes, "HH:MM"'


def _found(node: Node) -> str:
    """``describe`` plus a quoting tip for a plain value YAML did not read as text."""
    found = describe(node)
    if isinstance(node, Scalar) and node.value is not None and not isinstance(node.value, str):
        quote = "'" if '"' in node.text else '"'
        found += f"; if it is meant as text, put it in quotes: {quote}{_clip(node.text)}{quote}"
    return found


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _close(word: str, choices: Iterable[str], cutoff: float = 0.6) -> str | None:
    options = list(choices)
    for option in options:
        if option.lower() == word.lower():
            return option
    found = difflib.get_close_matches(word.lower(), options, n=1, cutoff=cutoff)
    return found[0] if found else None


# Only for the hint of an unknown zone: it opens every file of the zone folder (30 ms
# on a quiet machine, 160 ms on a busy one), which a good file never needs.
@functools.lru_cache(maxsize=1)
def _available_time_zones() -> frozenset[str]:
    try:
        return frozenset(zoneinfo.available_timezones() - _NOT_ZONES)
    except OSError:  # pragma: no cover - an unreadable time zone directory
        return frozenset()


def _is_time_zone(name: str) -> bool:
    """An IANA zone name this computer knows, spelled exactly (also on file systems that
    ignore case); never a path such as /etc/localtime or ../x."""
    if name in _NOT_ZONES or not _TZ_NAME.fullmatch(name):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
        return False
    return _spelled_as_stored(name.split("/"))


def _spelled_as_stored(parts: list[str]) -> bool:
    """Whether each part of a zone's name is spelled as the folder holding it lists it:
    a file system that ignores case finds "america/new_york" too, and so does ZoneInfo.

    Read where ZoneInfo found the zone (the first folder of the time zone path that
    holds it, else the tzdata package), one folder per part of the name: not every
    zone of the computer (``_available_time_zones``). Where no folder can be listed,
    the zone ZoneInfo found is taken as spelled."""
    for root in zoneinfo.TZPATH:
        if os.path.isfile(os.path.join(root, *parts)):
            return _listed_along(Path(root), parts)
    try:
        package: Traversable = resources.files("tzdata").joinpath("zoneinfo")
    except ModuleNotFoundError:  # pragma: no cover - ZoneInfo found it, then not here
        return True
    return _listed_along(package, parts)


def _listed_along(folder: Path | Traversable, parts: list[str]) -> bool:
    for part in parts:
        try:
            if part not in {entry.name for entry in folder.iterdir()}:
                return False
        except OSError:  # pragma: no cover - a folder that cannot be listed
            return True
        folder = folder / part
    return True
