"""The language each question was asked in, kept for the moderators: stored with the
latest ask, exported, listed, journalled, and added to older databases."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from bot.console import format_group_list, format_question_list, group_json
from bot.core.grouping import QuestionKeys
from bot.core.matching import MatchIndex
from bot.core.models import QuestionAsked
from bot.export import to_csv, to_json
from bot.review.groups import build_groups
from bot.storage import Status, UnansweredLog
from bot.storage.journal import from_json
from bot.storage.journal import to_json as journal_line
from bot.storage.records import Journalled
from tests.core.conftest import KB
from tests.storage.helpers import CONSOLE, at, record_ask


async def _ask(log: UnansweredLog, text: str, language: str | None, minutes: float = 0) -> int:
    return await record_ask(log, text, CONSOLE, asked_at=at(minutes), best_id=None,
                            best_score=None, language=language)


async def test_a_question_keeps_the_language_it_was_asked_in(log: UnansweredLog) -> None:
    french = await _ask(log, "Où est le vestiaire ?", "fr")
    unsure = await _ask(log, "👍👍", None)

    stored = await log.get(french)
    assert stored is not None and stored.language == "fr"
    nothing = await log.get(unsure)
    assert nothing is not None and nothing.language is None


async def test_the_latest_ask_decides_the_language_and_an_older_one_does_not(
    log: UnansweredLog,
) -> None:
    question = await _ask(log, "taxi hotel", "en", minutes=5)
    await _ask(log, "taxi hotel", "es", minutes=10)
    await _ask(log, "taxi hotel", "fr", minutes=1)  # arrives late, asked earlier

    stored = await log.get(question)
    assert stored is not None and (stored.language, stored.count) == ("es", 3)


async def test_a_language_the_bot_does_not_speak_is_refused(log: UnansweredLog) -> None:
    with pytest.raises(ValueError, match="language"):
        await _ask(log, "Wo ist die Garderobe?", "de")
    assert await log.count() == 0


async def test_exports_and_listings_show_the_language(log: UnansweredLog) -> None:
    question = await _ask(log, "¿Dónde está el guardarropa?", "es")
    english = await _ask(log, "where can I get a taxi", "en")  # another question: its own group
    rows = await log.export(None)

    [exported] = [q for q in json.loads(to_json(rows)) if q["id"] == question]
    assert exported["language"] == "es"
    table = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert {r["id"]: r["language"] for r in table} == {str(question): "es", str(english): "en"}
    records = [r for r, _ in rows]
    listing = format_question_list(records, total=2, status="open")
    assert "[es]" in listing and "[en]" not in listing  # English is the FAQ's own
    groups = build_groups(records, {}, QuestionKeys())
    assert "[es]" in format_group_list(groups, total=len(groups), questions=2, status="open")
    assert {group_json(g)["language"] for g in groups} == {"es", "en"}


def test_a_journalled_ask_keeps_its_language_and_an_older_line_has_none() -> None:
    write = QuestionAsked("Où est le vestiaire ?", CONSOLE, at(0), None, None, "unknown", "fr")
    line = journal_line(Journalled("w1", write))

    assert from_json(line, legacy_id="x").write == write
    old = json.loads(line)
    del old["language"]  # written by a release before languages
    again = from_json(json.dumps(old), legacy_id="x").write
    assert isinstance(again, QuestionAsked) and again.language is None


async def test_a_version_4_database_gains_the_language_column_empty(db_path: Path) -> None:
    from bot.storage import schema

    raw = sqlite3.connect(db_path)
    for step in schema.MIGRATIONS[:4]:
        for statement in step.statements:
            raw.execute(statement)
    raw.execute("PRAGMA user_version = 4")
    raw.execute(
        "INSERT INTO questions (id, question, question_key, status, outcome, first_asked, "
        "last_asked, ask_count, asker_count) VALUES (7, 'q', x'00', 'open', 'unknown', "
        "'2025-06-02T09:00:00.000000+00:00', '2025-06-02T09:00:00.000000+00:00', 1, 1)"
    )
    raw.commit()
    raw.close()

    async with await UnansweredLog.open(db_path) as log:
        record = await log.get(7)
        assert record is not None and record.language is None
        assert record.status is Status.OPEN


async def test_the_same_question_asked_in_french_and_english_is_one_group_to_review(
    log: UnansweredLog,
) -> None:
    english = await record_ask(log, "where do I collect my badge?", CONSOLE, asked_at=at(0),
                               best_id="badge-pickup", best_score=40.0, language="en")
    french = await record_ask(log, "Où puis-je retirer mon badge ?", CONSOLE, asked_at=at(1),
                              best_id="badge-pickup", best_score=38.0, language="fr")
    other = await record_ask(log, "où est la salle de prière ?", CONSOLE, asked_at=at(2),
                             best_id=None, best_score=None, language="fr")

    groups = build_groups(await log.list(None), {}, QuestionKeys(MatchIndex.build(KB)))

    assert sorted(g.members for g in groups) == sorted([(english, french), (other,)])
    [badge] = [g for g in groups if english in g.members]
    assert [r.language for r in badge.records] == ["en", "fr"]
