"""``/venue`` in another language: where the venue's prose is still English, the reply
says so in one line of the asker's language, as an untranslated FAQ answer does."""

from __future__ import annotations

import dataclasses

from bot.console import format_answer
from bot.core import programme
from bot.core.models import KnowledgeBase, Translation
from bot.core.wording import say
from tests.core.conftest import KB, VENUE

DIRECTIONS = "Enter at First Avenue and 46th Street."


def with_venue(**fields: object) -> KnowledgeBase:
    return dataclasses.replace(KB, venue=dataclasses.replace(VENUE, **fields))  # type: ignore[arg-type]


def translated(language: str) -> KnowledgeBase:
    """Directions and every room's notes translated into ``language``."""
    rooms = tuple(dataclasses.replace(r, translations=(
        Translation(language=language, notes=f"{r.notes} ({language})"),)) if r.notes else r
        for r in VENUE.rooms)
    return with_venue(directions=DIRECTIONS, rooms=rooms, translations=(
        Translation(language=language, directions=f"{DIRECTIONS} ({language})"),))


def test_the_english_venue_is_never_marked_untranslated() -> None:
    answer = programme.venue_answer(with_venue(directions=DIRECTIONS))
    assert not answer.untranslated
    assert not programme.venue_answer(with_venue(directions=DIRECTIONS), "en").untranslated


def test_english_directions_in_a_spanish_venue_reply_get_the_spanish_note() -> None:
    answer = programme.venue_answer(with_venue(directions=DIRECTIONS), "es")
    assert answer.untranslated
    assert format_answer(answer).startswith(say("untranslated_note", "es") + "\n")


def test_a_room_s_english_notes_alone_mark_the_reply_untranslated() -> None:
    kb = translated("fr")
    assert not programme.venue_answer(kb, "fr").untranslated
    venue = kb.venue
    assert venue is not None
    rooms = tuple(
        dataclasses.replace(r, translations=()) if r.id == "ecosoc" else r for r in venue.rooms
    )
    kb = dataclasses.replace(kb, venue=dataclasses.replace(venue, rooms=rooms))
    assert programme.venue_answer(kb, "fr").untranslated


def test_a_venue_translated_in_full_gets_no_note() -> None:
    answer = programme.venue_answer(translated("ru"), "ru")
    assert not answer.untranslated
    assert not format_answer(answer).startswith(say("untranslated_note", "ru"))
