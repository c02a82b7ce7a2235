"""What the FAQ file has translated, and what is left: for ``check`` and ``faq translations``.

Organisers translate a little at a time; what they need is a count per language and
a to-do list, not one warning per untranslated entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.core.models import (
    ENGLISH,
    TRANSLATED_LANGUAGES,
    AlertTopic,
    Conference,
    FaqEntry,
    Item,
    KnowledgeBase,
    Room,
    Translation,
    Venue,
    translation_in,
)

# Everything of the file that carries translations of its own.
Translated = Item | Venue | Conference


@dataclass(frozen=True)
class Translatable:
    """One item of the file with text to translate: where it is and its English fields."""

    label: str  # "faq wifi", "session opening-session", "venue", ...
    fields: tuple[str, ...]  # the English fields that have text
    translations: tuple[Translation, ...]


@dataclass(frozen=True)
class Untranslated:
    """An item not (fully) translated into one language: the fields still in English."""

    label: str
    fields: tuple[str, ...]
    partly: bool  # some fields are translated, these are not


@dataclass(frozen=True)
class Coverage:
    """One language's progress over the whole file."""

    language: str
    items: int
    translated: int  # every field translated
    partly: int
    needs_review: int  # translations marked as drafts

    @property
    def missing(self) -> int:
        return self.items - self.translated


def _item(label: str, item: Translated, *fields: str) -> Translatable:
    """``item`` with those of its ``fields`` that have English text."""
    return Translatable(label, tuple(name for name in fields if getattr(item, name)),
                        item.translations)


def translatables(kb: KnowledgeBase) -> Iterator[Translatable]:
    """Every item with text attendees may read (the fields they read), in the file's order."""
    yield _item("conference", kb.conference, "name", "summary")
    if kb.venue is not None:
        yield _item("venue", kb.venue, "name", "directions", "notes")
        for room in kb.venue.rooms:
            yield _item(f"room {room.id}", room, "name", "notes")
    for theme in kb.themes:
        yield _item(f"theme {theme.id}", theme, "title", "summary")
    for session in kb.sessions:
        yield _item(f"session {session.id}", session, "title", "description")
    for entry in kb.faq:
        yield _item(f"faq {entry.id}", entry, "question", "answer")
    for topic in kb.alerts:
        yield Translatable(f"{topic.kind.value} {topic.id}", ("answer",), topic.translations)


def _translated_fields(translation: Translation | None, fields: tuple[str, ...]) -> set[str]:
    if translation is None:
        return set()
    return {name for name in fields if getattr(translation, name)}


def untranslated(kb: KnowledgeBase, language: str) -> list[Untranslated]:
    """What is left to translate into ``language``, item by item."""
    out = []
    for item in translatables(kb):
        done = _translated_fields(translation_in(item.translations, language), item.fields)
        left = tuple(f for f in item.fields if f not in done)
        if left:
            out.append(Untranslated(item.label, left, partly=bool(done)))
    return out


def coverage(kb: KnowledgeBase) -> list[Coverage]:
    """Per language, how much of the file is translated (in the UN's order)."""
    items = list(translatables(kb))
    out = []
    for language in TRANSLATED_LANGUAGES:
        translated = partly = review = 0
        for item in items:
            found = translation_in(item.translations, language)
            done = _translated_fields(found, item.fields)
            if done and done == set(item.fields):
                translated += 1
            elif done:
                partly += 1
            if found is not None and found.needs_review:
                review += 1
        out.append(Coverage(language, len(items), translated, partly, review))
    return out


def has_translations(kb: KnowledgeBase) -> bool:
    return any(item.translations for item in translatables(kb))


# -- an item's text in a language: the translation where there is one, else English --


def _field(item: Translated, name: str, language: str | None) -> str | None:
    found = translation_in(item.translations, language)
    text = getattr(found, name) if found is not None else None
    return text if isinstance(text, str) and text else None


def title_in(item: Item, language: str | None) -> str:
    """An item's title (an entry's question, a room's name) in ``language``."""
    if isinstance(item, FaqEntry):
        return _field(item, "question", language) or item.question
    if isinstance(item, Room):
        return _field(item, "name", language) or item.name
    return _field(item, "title", language) or item.title


def text_in(item: Translated, name: str, language: str | None) -> str | None:
    """One text field of an item (``answer``, ``description``, ``notes``...) in
    ``language``, else in English (None when the item has no such text)."""
    translated = _field(item, name, language)
    if translated is not None:
        return translated
    english = getattr(item, name, None)
    return english if isinstance(english, str) else None


def has_text_in(item: Translated, name: str, language: str | None) -> bool:
    """Whether ``language`` has its own text for this field (English always has)."""
    return language in (None, ENGLISH) or _field(item, name, language) is not None


def room_name_in(kb: KnowledgeBase, room: str, language: str | None) -> str:
    found = kb.room(room)
    return title_in(found, language) if found is not None else room


def alert_answer_in(topic: AlertTopic, language: str | None) -> tuple[str, bool]:
    """An urgent or sensitive topic's fixed reply in ``language``, and whether it is
    still the English one (no translation)."""
    translated = translation_in(topic.translations, language)
    if translated is not None and translated.answer:
        return translated.answer, False
    return topic.answer, language not in (None, ENGLISH)


def translated_phrasings(item: Item) -> list[str]:
    """Every way the translations ask for an item: questions, titles, names, alternates."""
    out: list[str] = []
    for found in item.translations:
        out += [t for t in (found.question, found.title, found.name) if t]
        out += found.alternates
    return out
