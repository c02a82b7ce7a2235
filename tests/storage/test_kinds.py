"""Origin kinds and feedback kinds are enums in the code and the same strings on disk.

Databases and journals written before the enums hold plain strings; they must read
back as the enum members, and the exports must say exactly what they said before.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from bot.core.models import (
    FeedbackGiven,
    FeedbackKind,
    Origin,
    OriginKind,
    QuestionAsked,
    QuestionCounted,
)
from bot.export import to_csv, to_json
from bot.storage import UnansweredLog
from bot.storage.codec import encode_time, text_key
from bot.storage.journal import from_json
from tests.storage.helpers import CONSOLE, at


def _insert_old_rows(path: Path) -> None:
    """Rows as a release before the enums wrote them: plain strings, straight SQL."""
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute(
            "INSERT INTO questions (id, question, question_key, status, outcome, first_asked, "
            "last_asked, ask_count, asker_count) VALUES (1, 'wifi?', ?, 'open', 'unknown', ?, "
            "?, 2, 2)",
            (text_key("wifi?"), encode_time(at(0)), encode_time(at(1))),
        )
        raw.executemany(
            "INSERT INTO asks (question_id, asked_at, origin_kind, user_id, channel_id, "
            "guild_id, message_id) VALUES (1, ?, ?, ?, ?, ?, ?)",
            [(encode_time(at(0)), "console", None, None, None, None),
             (encode_time(at(1)), "discord", 5, 6, 7, 8)],
        )
        raw.executemany(
            "INSERT INTO feedback (kind, question, item_id, origin_kind, user_id, at) "
            "VALUES (?, 'wifi?', 'wifi', 'discord', 5, ?)",
            [("helpful", encode_time(at(2))), ("not_helpful", encode_time(at(3))),
             ("suggestion_chosen", encode_time(at(4)))],
        )
    finally:
        raw.close()


async def test_rows_written_with_the_old_strings_read_back_as_the_enums(db_path: Path) -> None:
    async with await UnansweredLog.open(db_path):
        pass  # the schema
    _insert_old_rows(db_path)
    async with await UnansweredLog.open(db_path) as log:
        asks = (await log.asks_of([1]))[1]
        assert [a.origin.kind for a in asks] == [OriginKind.CONSOLE, OriginKind.DISCORD]
        assert all(type(a.origin.kind) is OriginKind for a in asks)
        kinds = [f.kind for f in await log.feedback()]
        assert kinds == [FeedbackKind.SUGGESTION_CHOSEN, FeedbackKind.NOT_HELPFUL,
                         FeedbackKind.HELPFUL]
        assert all(type(k) is FeedbackKind for k in kinds)
        only = await log.feedback(FeedbackKind.NOT_HELPFUL)
        assert [(f.kind, f.origin.kind) for f in only] == [
            (FeedbackKind.NOT_HELPFUL, OriginKind.DISCORD)]
        assert (await log.askers_of([1]))[1] == frozenset({"console", "5"})
        rows = await log.export()
    exported = json.loads(to_json(rows))
    assert [a["source"] for a in exported[0]["asks"]] == ["console", "discord"]
    (line,) = csv.DictReader(io.StringIO(to_csv(rows)))
    assert line["askers"] == "console; user:5 channel:6 guild:7"


async def test_the_enums_are_stored_as_the_same_strings_as_before(db_path: Path) -> None:
    discord = Origin(OriginKind.DISCORD, user_id=5)
    async with await UnansweredLog.open(db_path) as log:
        await log.write_all([
            QuestionAsked("wifi?", discord, at(0), None, None),
            QuestionCounted("unknown", None, OriginKind.CONSOLE, at(0)),
            FeedbackGiven(FeedbackKind.NOT_HELPFUL, "wifi?", "wifi", discord, at(1)),
        ])
    raw = sqlite3.connect(db_path)
    try:
        stored = [
            raw.execute("SELECT origin_kind, typeof(origin_kind) FROM asks").fetchall(),
            raw.execute("SELECT origin_kind FROM events").fetchall(),
            raw.execute("SELECT kind, typeof(kind), origin_kind FROM feedback").fetchall(),
        ]
    finally:
        raw.close()
    assert stored == [[("discord", "text")], [("console",)],
                      [("not_helpful", "text", "discord")]]


@pytest.mark.parametrize(
    "write",
    [
        QuestionAsked("wifi?", Origin("telegram"), at(0), None, None),  # type: ignore[arg-type]
        QuestionCounted("answer", "wifi", "web", at(0)),  # type: ignore[arg-type]
        FeedbackGiven("meh", "wifi?", None, CONSOLE, at(0)),  # type: ignore[arg-type]
        FeedbackGiven(FeedbackKind.HELPFUL, "wifi?", None, Origin(""), at(0)),  # type: ignore[arg-type]
    ],
    ids=["origin of an ask", "origin of a count", "feedback kind", "origin of feedback"],
)
async def test_a_kind_it_does_not_know_is_refused_before_anything_is_written(
    db_path: Path, write: QuestionAsked | QuestionCounted | FeedbackGiven
) -> None:
    async with await UnansweredLog.open(db_path) as log:
        with pytest.raises(ValueError, match="is not a valid"):
            await log.write_all([QuestionAsked("first", CONSOLE, at(0), None, None), write])
        assert await log.count(None) == 0
        assert await log.feedback() == []
        assert (await log.stats()).asked == 0


def test_journal_lines_written_with_the_old_strings_read_back_as_the_enums() -> None:
    lines = [
        '{"id": "a", "op": "record", "question": "wifi?", "origin": {"kind": "discord", '
        '"user_id": 5, "channel_id": null, "guild_id": null, "message_id": null}, '
        '"asked_at": "2025-06-02T09:00:00+00:00", "best_id": null, "best_score": null, '
        '"outcome": "unknown", "language": null}',
        '{"id": "b", "op": "event", "outcome": "answer", "item_id": "wifi", '
        '"origin_kind": "console", "at": "2025-06-02T09:00:00+00:00"}',
        '{"id": "c", "op": "feedback", "kind": "suggestion_chosen", "question": "wifi?", '
        '"item_id": "wifi", "origin": {"kind": "console", "user_id": null, "channel_id": null, '
        '"guild_id": null, "message_id": null}, "at": "2025-06-02T09:00:00+00:00", '
        '"answer": null}',
    ]
    asked, counted, feedback = (from_json(line, legacy_id="x").write for line in lines)
    assert isinstance(asked, QuestionAsked) and type(asked.origin.kind) is OriginKind
    assert asked.origin.kind is OriginKind.DISCORD
    assert isinstance(counted, QuestionCounted)
    assert counted.origin_kind is OriginKind.CONSOLE
    assert isinstance(feedback, FeedbackGiven)
    assert feedback.kind is FeedbackKind.SUGGESTION_CHOSEN
    assert feedback.origin.kind is OriginKind.CONSOLE
