"""The FAQ file's layout (format version 1), described once, as data.

Each section lists its fields in the order the checker reads them: name, kind of value,
whether it is required, its limits, and whether ``translations:`` may hold it. The
validator's generic reader walks these tables (which fields are known, which are
required, which reader checks each value, what a translation may hold) and the model
is built from what it read, field by field under the same names. So a new field of an
existing kind is one line here, one attribute of the model in ``bot.core.models`` and
one row in ``faq/README.md`` (a test holds the three together). Rules between fields
(an end after its start, a session's room among the venue's rooms) stay code, in the
section's part of ``validate.py``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.core.models import Access, SessionStatus
from bot.faqfile.limits import MAX_ANSWER_CHARS, MAX_CAPACITY


class Kind(enum.Enum):
    """What a field's value must be; each kind has one reader in the validator."""

    VERSION = "the format version"
    ID = "an id unique in the file"  # a slug; faq, sessions, themes, urgent, sensitive
    SLUG = "an id unique in its list"  # a room's id
    TEXT = "text"
    TEXT_LIST = "a list of text"
    DATE = "a date"
    DATES = "a list of dates"
    TIME = "a time of day"
    TIME_ZONE = "a time zone"
    CHOICE = "one of a few words"
    COUNT = "a whole number"
    MAPPING = "a mapping"
    ITEMS = "a list of entries"
    TRANSLATIONS = "translations"


@dataclass(frozen=True)
class Field:
    """One ``key: value`` of a section, and what the checker accepts for it."""

    name: str
    kind: Kind
    required: bool = False
    translated: bool = False  # a translation may hold it, in the other UN languages
    phrasing: bool = False  # a way the item is asked for: checked for collisions
    max_chars: int | None = None  # longest text, in characters
    choices: type[enum.Enum] | None = None  # CHOICE: the values, written lowercase
    default: enum.Enum | None = None  # CHOICE: the value when the field is left out
    most: int | None = None  # COUNT: the largest value
    unit: str = ""  # COUNT: what is counted, in messages ("seats")
    missing: str = ""  # the message when a required field is left out
    empty: str = ""  # the message when a required list is written with no item
    section: Section | None = None  # MAPPING, ITEMS: the fields of the mapping or items

    @property
    def inner(self) -> Section:
        """The fields of a MAPPING's mapping or of each of an ITEMS list's entries."""
        if self.section is None:
            raise TypeError(f"{self.name} is {self.kind.value}, not a mapping or a list of them")
        return self.section


@dataclass(frozen=True)
class Section:
    """The fields of one mapping of the file (the top level, ``conference``, each FAQ
    entry...); ``key`` is how problems name it."""

    key: str
    fields: tuple[Field, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def translated_texts(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.translated and f.kind is Kind.TEXT)

    @property
    def translated_lists(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.translated and f.kind is Kind.TEXT_LIST)

    def field(self, name: str) -> Field:
        for found in self.fields:
            if found.name == name:
                return found
        raise KeyError(f"{self.key} has no field {name!r}")


TRANSLATIONS = Field("translations", Kind.TRANSLATIONS)
#: What every translation may hold besides its item's translated fields.
NEEDS_REVIEW = "needs_review"

CONFERENCE = Section("conference", (
    Field("name", Kind.TEXT, required=True, translated=True),
    Field("short_name", Kind.TEXT, translated=True),
    Field("timezone", Kind.TIME_ZONE, required=True),
    Field("dates", Kind.DATES, required=True),
    Field("summary", Kind.TEXT, translated=True),
    Field("website", Kind.TEXT),
    TRANSLATIONS,
))

ROOMS = Section("rooms", (
    Field("id", Kind.SLUG, required=True),
    Field("name", Kind.TEXT, required=True, translated=True),
    Field("notes", Kind.TEXT, translated=True),
    TRANSLATIONS,
))

VENUE = Section("venue", (
    Field("name", Kind.TEXT, required=True, translated=True),
    Field("address", Kind.TEXT, required=True),
    Field("directions", Kind.TEXT, translated=True),
    Field("notes", Kind.TEXT, translated=True),
    Field("rooms", Kind.ITEMS, section=ROOMS),
    TRANSLATIONS,
))

THEMES = Section("themes", (
    Field("id", Kind.ID, required=True),
    Field("title", Kind.TEXT, required=True, translated=True, phrasing=True),
    Field("summary", Kind.TEXT, required=True, translated=True),
    Field("keywords", Kind.TEXT_LIST, translated=True),
    TRANSLATIONS,
))

SESSIONS = Section("sessions", (
    Field("id", Kind.ID, required=True),
    Field("title", Kind.TEXT, required=True, translated=True, phrasing=True),
    Field("day", Kind.DATE, required=True),
    Field("start", Kind.TIME, required=True),
    Field("end", Kind.TIME, required=True),
    Field("room", Kind.TEXT, required=True),
    Field("theme", Kind.TEXT),
    Field("speakers", Kind.TEXT_LIST),
    Field("description", Kind.TEXT, translated=True),
    Field("alternates", Kind.TEXT_LIST, translated=True, phrasing=True),
    TRANSLATIONS,
    Field("status", Kind.CHOICE, choices=SessionStatus, default=SessionStatus.SCHEDULED),
    Field("status_note", Kind.TEXT),
    Field("access", Kind.CHOICE, choices=Access),
    Field("capacity", Kind.COUNT, most=MAX_CAPACITY, unit="seats"),
))

FAQ = Section("faq", (
    Field("id", Kind.ID, required=True),
    Field("question", Kind.TEXT, required=True, translated=True, phrasing=True),
    Field("alternates", Kind.TEXT_LIST, translated=True, phrasing=True),
    Field("keywords", Kind.TEXT_LIST, translated=True),
    Field("category", Kind.TEXT),
    Field("answer", Kind.TEXT, required=True, translated=True, max_chars=MAX_ANSWER_CHARS),
    TRANSLATIONS,
))

GLOSSARY = Section("glossary", (
    Field("term", Kind.TEXT, required=True),
    Field("abbreviations", Kind.TEXT_LIST),
    Field("synonyms", Kind.TEXT_LIST),
))

_ALERT_FIELDS = (
    Field("id", Kind.ID, required=True),
    Field("topic", Kind.TEXT, required=True),
    Field("answer", Kind.TEXT, required=True, translated=True, max_chars=MAX_ANSWER_CHARS),
    Field("triggers", Kind.TEXT_LIST, required=True,
          missing="required: the words and phrases that raise this topic",
          empty="list at least one word or phrase that raises this topic"),
    Field("examples", Kind.TEXT_LIST),
    TRANSLATIONS,
)
URGENT = Section("urgent", _ALERT_FIELDS)
SENSITIVE = Section("sensitive", _ALERT_FIELDS)

ROOT = Section("", (
    Field("version", Kind.VERSION, required=True),
    Field("conference", Kind.MAPPING, required=True, section=CONFERENCE),
    Field("venue", Kind.MAPPING, section=VENUE),
    Field("themes", Kind.ITEMS, section=THEMES),
    Field("sessions", Kind.ITEMS, section=SESSIONS),
    Field("faq", Kind.ITEMS, required=True, section=FAQ),
    Field("glossary", Kind.ITEMS, section=GLOSSARY),
    Field("urgent", Kind.ITEMS, section=URGENT),
    Field("sensitive", Kind.ITEMS, section=SENSITIVE),
))
