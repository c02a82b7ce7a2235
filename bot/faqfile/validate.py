"""Check a read FAQ file against the format and build the ``KnowledgeBase``.

Every problem in the file is reported in one pass: a wrong field does not stop the
checks of the others. Text is kept as the organisers wrote it, except that leading
and trailing whitespace is stripped. The knowledge base is built only when no problem
is an error.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from bot.core.alerts import parse_trigger
from bot.core.models import (
    ENGLISH,
    TRANSLATED_LANGUAGES,
    Access,
    AlertKind,
    AlertTopic,
    Conference,
    FaqEntry,
    GlossaryTerm,
    KnowledgeBase,
    Room,
    Session,
    SessionStatus,
    Theme,
    Translation,
    Venue,
)
from bot.core.text import normalise, phrasing_key, tokenize
from bot.faqfile.limits import MAX_ANSWER_CHARS, MAX_CAPACITY, MAX_GLOSSARY_FORM_CHARS
from bot.faqfile.problems import FieldPath, Problem, Severity, format_path
from bot.faqfile.programme_rules import PlacedSession, programme_problems
from bot.faqfile.reader import Bad, Map, Node, Scalar, Seq, describe

ROOT_KEYS = (
    "version", "conference", "venue", "themes", "sessions", "faq", "glossary", "urgent",
    "sensitive",
)
GLOSSARY_KEYS = ("term", "abbreviations", "synonyms")
ALERT_KEYS = ("id", "topic", "answer", "triggers", "translations")
CONFERENCE_KEYS = (
    "name", "short_name", "timezone", "dates", "summary", "website", "translations",
)
VENUE_KEYS = ("name", "address", "directions", "notes", "rooms", "translations")
ROOM_KEYS = ("id", "name", "notes", "translations")
THEME_KEYS = ("id", "title", "summary", "keywords", "translations")
SESSION_KEYS = (
    "id",
    "title",
    "day",
    "start",
    "end",
    "room",
    "theme",
    "speakers",
    "description",
    "alternates",
    "translations",
    "status",
    "status_note",
    "access",
    "capacity",
)
FAQ_KEYS = ("id", "question", "alternates", "keywords", "category", "answer", "translations")

# What a translation of each kind of item may hold: its English text's fields (lists
# are the ones of several phrasings), and ``needs_review`` for drafts.
TRANSLATION_TEXTS: dict[str, tuple[str, ...]] = {
    "faq": ("question", "answer"),
    "sessions": ("title", "description"),
    "themes": ("title", "summary"),
    "rooms": ("name", "notes"),
    "venue": ("name", "directions", "notes"),
    "conference": ("name", "short_name", "summary"),
    "alerts": ("answer",),
}
TRANSLATION_LISTS: dict[str, tuple[str, ...]] = {
    "faq": ("alternates", "keywords"),
    "sessions": ("alternates",),
    "themes": ("keywords",),
}
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
_Choice = TypeVar("_Choice", SessionStatus, Access)


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
            self.error(
                node.line,
                where,
                f"{what} must be a mapping of 'key: value' lines, found {_found(node)}",
            )
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
        self.error(value.line, where, f"expected text, found {_found(value)}")
        return None

    def text_list(self, node: Map, key: str, where: FieldPath) -> tuple[str, ...]:
        value = self.value(node, key, where, required=False)
        if value is None or isinstance(value, Bad):
            return ()
        if not isinstance(value, Seq):
            self.error(
                value.line,
                (*where, key),
                "expected a list of text (one '- item' per line, or [a, b]), "
                f"found {_found(value)}",
            )
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
            self.error(
                value.line,
                (*where, key),
                f"expected a list of entries, each starting with '- ', found {_found(value)}",
            )
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
                self.error(value.line, where, f"{expected}, found {_found(value)}")
                return None
            if isinstance(found, dt.date):
                return found
            if isinstance(found, str) and _ISO_DATE.fullmatch(found.strip()):
                try:
                    return dt.date.fromisoformat(found.strip())
                except ValueError:
                    self.error(value.line, where, f"not a real date: {found.strip()}")
                    return None
        self.error(value.line, where, f"{expected}, found {_found(value)}")
        return None

    def time(self, node: Map, key: str, where: FieldPath) -> dt.time | None:
        value = self.value(node, key, where, required=True)
        if value is None or isinstance(value, Bad):
            return None
        at = (*where, key)
        if not isinstance(value, Scalar):
            self.error(value.line, at, f'expected a time in quotes, "HH:MM", found {_found(value)}')
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
            self.error(value.line, at, f'expected a time in quotes, "HH:MM", found {_found(value)}')
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

    # -- sections --------------------------------------------------------------------

    def run(self, root: Node) -> KnowledgeBase | None:
        if not isinstance(root, Map):
            if not isinstance(root, Bad):
                self.error(
                    root.line,
                    (),
                    "the top level of the file must be a mapping of sections "
                    f"(version:, conference:, faq:, ...), found {_found(root)}",
                )
            return None
        self.known_fields(root, (), ROOT_KEYS)
        self.version(root)
        conference = self.conference(root)
        venue, room_ids = self.venue(root)
        themes, theme_ids = self.themes(root)
        dates = tuple(self.known_dates) if self.known_dates else None
        sessions = self.sessions(root, dates, room_ids, theme_ids)
        self.problems.extend(programme_problems(self.placed, self.path, _room_namer(venue)))
        faq = self.faq(root)
        glossary = self.glossary(root)
        alerts = self.alerts(root, "urgent", AlertKind.URGENT)
        alerts += self.alerts(root, "sensitive", AlertKind.SENSITIVE)
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
        where: FieldPath = ("conference",)
        value = self.value(root, "conference", (), required=True)
        node = self.mapping(value, where, "conference") if value is not None else None
        if node is None:
            return None
        self.known_fields(node, where, CONFERENCE_KEYS)
        name = self.text(node, "name", where, required=True)
        short_name = self.text(node, "short_name", where, required=False)
        timezone = self.timezone(node, where)
        dates = self.conference_dates(node, where)
        summary = self.text(node, "summary", where, required=False)
        website = self.text(node, "website", where, required=False)
        translations = self.translations(node, where, "conference")
        if name is None or timezone is None or dates is None:
            return None
        return Conference(
            name=name,
            timezone=timezone,
            dates=dates,
            short_name=short_name,
            summary=summary,
            website=website,
            translations=translations,
        )

    def timezone(self, node: Map, where: FieldPath) -> str | None:
        name = self.text(node, "timezone", where, required=True)
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
        self.error(node.entries["timezone"].value.line, (*where, "timezone"), message)
        return None

    def conference_dates(self, node: Map, where: FieldPath) -> tuple[dt.date, ...] | None:
        value = self.value(node, "dates", where, required=True)
        if value is None or isinstance(value, Bad):
            return None
        at = (*where, "dates")
        if not isinstance(value, Seq):
            self.error(
                value.line,
                at,
                f"expected a list of dates, e.g. [2018-06-28, 2018-06-29], found {_found(value)}",
            )
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
        where: FieldPath = ("venue",)
        value = self.value(root, "venue", (), required=False)
        node = self.mapping(value, where, "venue") if value is not None else None
        if node is None:
            return None, {}
        self.known_fields(node, where, VENUE_KEYS)
        name = self.text(node, "name", where, required=True)
        address = self.text(node, "address", where, required=True)
        directions = self.text(node, "directions", where, required=False)
        notes = self.text(node, "notes", where, required=False)
        translations = self.translations(node, where, "venue")
        rooms: list[Room] = []
        room_ids: dict[str, int] = {}
        first: dict[str, tuple[int, str]] = {}
        for index, room_node in enumerate(self.maps(node, "rooms", where, required=False)):
            at = (*where, "rooms", index)
            if room_node is None:
                continue
            self.known_fields(room_node, at, ROOM_KEYS)
            room_id = self.slug(room_node, "id", at)
            room_name = self.text(room_node, "name", at, required=True)
            room_notes = self.text(room_node, "notes", at, required=False)
            room_translations = self.translations(room_node, at, "rooms")
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
            if room_id is not None and room_name is not None:
                rooms.append(Room(id=room_id, name=room_name, notes=room_notes,
                                  translations=room_translations))
        if name is None or address is None:
            return None, room_ids
        venue = Venue(
            name=name,
            address=address,
            directions=directions,
            notes=notes,
            rooms=tuple(rooms),
            translations=translations,
        )
        return venue, room_ids

    def item_id(self, node: Map, at: FieldPath) -> str | None:
        ident = self.slug(node, "id", at)
        if ident is not None:
            self.ids.append(_IdUse(ident, node.entries["id"].value.line, at))
        return ident

    def themes(self, root: Map) -> tuple[list[Theme], set[str]]:
        themes: list[Theme] = []
        ids: set[str] = set()
        for index, node in enumerate(self.maps(root, "themes", (), required=False)):
            at: FieldPath = ("themes", index)
            if node is None:
                continue
            self.known_fields(node, at, THEME_KEYS)
            ident = self.item_id(node, at)
            title = self.text(node, "title", at, required=True)
            summary = self.text(node, "summary", at, required=True)
            keywords = self.text_list(node, "keywords", at)
            translations = self.translations(node, at, "themes", ident)
            if ident is None:
                continue
            ids.add(ident)
            self.phrasing(node, "title", at, ident)
            if title is not None and summary is not None:
                themes.append(Theme(id=ident, title=title, summary=summary, keywords=keywords,
                                    translations=translations))
        return themes, ids

    def sessions(
        self,
        root: Map,
        dates: tuple[dt.date, ...] | None,
        room_ids: dict[str, int],
        theme_ids: set[str],
    ) -> list[Session]:
        sessions: list[Session] = []
        for index, node in enumerate(self.maps(root, "sessions", (), required=False)):
            at: FieldPath = ("sessions", index)
            if node is None:
                continue
            self.known_fields(node, at, SESSION_KEYS)
            ident = self.item_id(node, at)
            title = self.text(node, "title", at, required=True)
            day = self.session_day(node, at, dates)
            start = self.time(node, "start", at)
            end = self.time(node, "end", at)
            if start is not None and end is not None and end <= start:
                self.error(
                    node.entries["end"].value.line,
                    (*at, "end"),
                    f'end "{end:%H:%M}" must be after start "{start:%H:%M}"',
                )
                end = None
            room = self.text(node, "room", at, required=True)
            if room is not None:
                self.check_room(room, node.entries["room"].value.line, (*at, "room"), room_ids)
            theme = self.text(node, "theme", at, required=False)
            if theme is not None and theme not in theme_ids:
                message = f"unknown theme {theme!r}: use the id of one of the themes"
                hint = _close(theme, sorted(theme_ids))
                if hint:
                    message += f" (did you mean {hint!r}?)"
                elif not theme_ids:
                    message += " (this file has no themes)"
                self.error(node.entries["theme"].value.line, (*at, "theme"), message)
                theme = None
            speakers = self.text_list(node, "speakers", at)
            description = self.text(node, "description", at, required=False)
            alternates = self.text_list(node, "alternates", at)
            translations = self.translations(node, at, "sessions", ident)
            status = self.choice(node, "status", at, SessionStatus) or SessionStatus.SCHEDULED
            status_note = self.text(node, "status_note", at, required=False)
            access = self.choice(node, "access", at, Access)
            capacity = self.capacity(node, at)
            if ident is not None:
                self.phrasing(node, "title", at, ident)
                self.phrasing(node, "alternates", at, ident)
            if (
                ident is not None
                and title is not None
                and day is not None
                and start is not None
                and end is not None
                and room is not None
            ):
                session = Session(
                    id=ident,
                    title=title,
                    day=day,
                    start=start,
                    end=end,
                    room=room,
                    theme=theme,
                    speakers=speakers,
                    description=description,
                    alternates=alternates,
                    status=status,
                    status_note=status_note,
                    access=access,
                    capacity=capacity,
                    translations=translations,
                )
                sessions.append(session)
                self.placed.append(PlacedSession(
                    session, at, node.line, node.entries["room"].value.line,
                    tuple(self.line_of(node, "speakers", i) for i in range(len(speakers))),
                ))
        return sessions

    def choice(
        self, node: Map, key: str, where: FieldPath, kind: type[_Choice]
    ) -> _Choice | None:
        """One of an enum's values, written as its lowercase name (case is forgiven)."""
        text = self.text(node, key, where, required=False)
        if text is None:
            return None
        values = [member.value for member in kind]
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

    def capacity(self, node: Map, where: FieldPath) -> int | None:
        value = self.value(node, "capacity", where, required=False)
        if value is None or isinstance(value, Bad):
            return None
        found = value.value if isinstance(value, Scalar) else None
        if type(found) is int and 0 < found <= MAX_CAPACITY:
            return found
        message = (f"expected the number of seats, a whole number from 1 to {MAX_CAPACITY}, "
                   f"found {_found(value)}")
        if isinstance(found, str) and found.strip().isdigit():
            message = f"write the number of seats without quotes: capacity: {found.strip()}"
        self.error(value.line, (*where, "capacity"), message)
        return None

    def session_day(
        self, node: Map, at: FieldPath, dates: tuple[dt.date, ...] | None
    ) -> dt.date | None:
        value = self.value(node, "day", at, required=True)
        if value is None:
            return None
        day = self.date_value(value, (*at, "day"))
        if day is not None and dates is not None and day not in dates:
            listed = ", ".join(d.isoformat() for d in dates)
            self.error(
                value.line,
                (*at, "day"),
                f"{day.isoformat()} is not one of the conference dates ({listed})",
            )
            return None
        return day

    def check_room(self, room: str, line: int, at: FieldPath, room_ids: dict[str, int]) -> None:
        if room in room_ids or not is_slug(room):
            return
        message = f"{room!r} looks like a room id, but no room in venue.rooms has it"
        hint = _close(room, sorted(room_ids))
        if hint:
            message += f" (did you mean {hint!r}?)"
        self.warn(line, at, message + "; it is shown as written")

    def faq(self, root: Map) -> list[FaqEntry]:
        entries: list[FaqEntry] = []
        for index, node in enumerate(self.maps(root, "faq", (), required=True)):
            at: FieldPath = ("faq", index)
            if node is None:
                continue
            self.known_fields(node, at, FAQ_KEYS)
            ident = self.item_id(node, at)
            question = self.text(node, "question", at, required=True)
            alternates = self.text_list(node, "alternates", at)
            keywords = self.text_list(node, "keywords", at)
            category = self.text(node, "category", at, required=False)
            answer = self.text(node, "answer", at, required=True)
            translations = self.translations(node, at, "faq", ident)
            if ident is not None:
                self.phrasing(node, "question", at, ident)
                self.phrasing(node, "alternates", at, ident)
            if answer is not None and len(answer) > MAX_ANSWER_CHARS:
                self.error(
                    node.entries["answer"].value.line,
                    (*at, "answer"),
                    f"the answer is {len(answer)} characters long; "
                    f"the limit is {MAX_ANSWER_CHARS} characters",
                )
                answer = None
            if ident is not None and question is not None and answer is not None:
                entries.append(
                    FaqEntry(
                        id=ident,
                        question=question,
                        answer=answer,
                        alternates=alternates,
                        keywords=keywords,
                        category=category,
                        translations=translations,
                    )
                )
        return entries

    def glossary(self, root: Map) -> list[GlossaryTerm]:
        """The conference's own vocabulary: terms with their abbreviations and synonyms."""
        terms: list[GlossaryTerm] = []
        seen: dict[str, tuple[int, str]] = {}
        for index, node in enumerate(self.maps(root, "glossary", (), required=False)):
            at: FieldPath = ("glossary", index)
            if node is None:
                continue
            self.known_fields(node, at, GLOSSARY_KEYS)
            term = self.text(node, "term", at, required=True)
            abbreviations = self.text_list(node, "abbreviations", at)
            synonyms = self.text_list(node, "synonyms", at)
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
                self.check_glossary_form(key, form, line, where, seen)
            terms.append(GlossaryTerm(term, abbreviations, synonyms))
        return terms

    def alerts(self, root: Map, key: str, kind: AlertKind) -> list[AlertTopic]:
        """Urgent or sensitive topics: a fixed reply and the triggers that raise it."""
        topics: list[AlertTopic] = []
        for index, node in enumerate(self.maps(root, key, (), required=False)):
            at: FieldPath = (key, index)
            if node is None:
                continue
            self.known_fields(node, at, ALERT_KEYS)
            ident = self.item_id(node, at)
            topic = self.text(node, "topic", at, required=True)
            answer = self.text(node, "answer", at, required=True)
            if answer is not None and len(answer) > MAX_ANSWER_CHARS:
                self.error(node.entries["answer"].value.line, (*at, "answer"),
                           f"the answer is {len(answer)} characters long; "
                           f"the limit is {MAX_ANSWER_CHARS} characters")
                answer = None
            triggers = self.text_list(node, "triggers", at)
            translations = self.translations(node, at, "alerts")
            if "triggers" in node.entries and not triggers:
                self.error(node.entries["triggers"].key_line, (*at, "triggers"),
                           "list at least one word or phrase that raises this topic")
            elif "triggers" not in node.entries:
                self.error(node.line, (*at, "triggers"), "required: the words and phrases "
                           "that raise this topic")
            kept: list[str] = []
            for position, trigger in enumerate(triggers):
                line = self.line_of(node, "triggers", position)
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
            if ident is not None and topic is not None and answer is not None and kept:
                topics.append(AlertTopic(ident, topic, answer, tuple(kept), kind, translations))
        return topics

    def translations(
        self, node: Map, at: FieldPath, kind: str, ident: str | None = None
    ) -> tuple[Translation, ...]:
        """An item's ``translations:``, one block per language code, checked like its
        English text; their phrasings join the collision check."""
        value = self.value(node, "translations", at, required=False)
        where: FieldPath = (*at, "translations")
        block = self.mapping(value, where, "translations") if value is not None else None
        if block is None:
            return ()
        texts, lists = TRANSLATION_TEXTS[kind], TRANSLATION_LISTS.get(kind, ())
        out: list[Translation] = []
        for code, entry in block.entries.items():
            here: FieldPath = (*where, code)
            language = self.language_code(code, entry.key_line, here)
            body = self.mapping(entry.value, here, f"the {code!r} translation")
            if language is None or body is None:
                continue
            self.known_fields(body, here, (*texts, *lists, "needs_review"))
            found: dict[str, str] = {}
            for key in texts:
                text = self.translated_text(body, key, here)
                if text is not None and key == "answer" and len(text) > MAX_ANSWER_CHARS:
                    self.error(body.entries[key].value.line, (*here, key),
                               f"the answer is {len(text)} characters long; "
                               f"the limit is {MAX_ANSWER_CHARS} characters")
                    continue
                if text is not None:
                    found[key] = text
            listed = {key: self.text_list(body, key, here) for key in lists}
            review = self.flag(body, "needs_review", here)
            if not found and not any(listed.values()):
                self.warn(entry.key_line, here, "this translation has no text; the English "
                          "text is shown instead")
                continue
            if ident is not None:
                for key in ("question", "title", "alternates"):
                    if key in texts or key in lists:
                        self.phrasing(body, key, here, ident)
            out.append(Translation(
                language=language,
                question=found.get("question"),
                alternates=listed.get("alternates", ()),
                keywords=listed.get("keywords", ()),
                answer=found.get("answer"),
                title=found.get("title"),
                description=found.get("description"),
                summary=found.get("summary"),
                name=found.get("name"),
                short_name=found.get("short_name"),
                notes=found.get("notes"),
                directions=found.get("directions"),
                needs_review=review,
            ))
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
        self.error(value.line, (*where, key), f"expected true or false, found {_found(value)}")
        return False

    def check_glossary_form(
        self, key: str, form: str, line: int, where: FieldPath, seen: dict[str, tuple[int, str]]
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
        if first is not None:
            self.warn(line, where, f"{_clip(form)!r} is already in the glossary at line "
                      f"{first[0]} ({first[1]}); the first one counts")
        else:
            seen[folded] = (line, format_path(where))

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


def _room_namer(venue: Venue | None) -> dict[str, str]:
    return {room.id: room.name for room in venue.rooms} if venue else {}


def validate(root: Node, path: str) -> tuple[KnowledgeBase | None, list[Problem]]:
    """Check the tree read from one file; the knowledge base is None on any error."""
    validator = _Validator(path)
    kb = validator.run(root)
    return kb, validator.problems


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


def _available_time_zones() -> set[str]:
    try:
        return zoneinfo.available_timezones() - _NOT_ZONES
    except OSError:  # pragma: no cover - an unreadable time zone directory
        return set()


def _is_time_zone(name: str) -> bool:
    """An IANA zone name this computer knows, spelled exactly (also on file systems that
    ignore case); never a path such as /etc/localtime or ../x."""
    if name in _NOT_ZONES or not _TZ_NAME.fullmatch(name):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
        return False
    zones = _available_time_zones()
    return not zones or name in zones
