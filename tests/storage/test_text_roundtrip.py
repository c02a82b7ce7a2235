"""Any Python str is stored byte for byte and comes back identical."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.models import FeedbackKind
from bot.storage import UnansweredLog, display_text
from bot.storage.codec import decode_text, encode_text
from tests.storage.helpers import CONSOLE, at, record_ask, record_feedback, resolve_question

ODD_PIECES = [
    "\x00",  # NUL
    "\ud800",  # lone high surrogate (JSON "\ud800")
    "\udfff",  # lone low surrogate
    "\udcff",  # surrogateescape of byte 0xFF from stdin
    "\ud83d\ude00",  # a surrogate PAIR as two code points: not the emoji
    "😀",
    "👩‍👩‍👧",  # ZWJ sequence
    "مرحبا",  # RTL (Arabic)
    "שלום",  # RTL (Hebrew)
    "\u202e",  # right-to-left override
    "e\u0301",  # combining acute accent
    "\ufeff",  # BOM
    "\r\n\t",
    "\U0010ffff",
    "\ufffd",
]

# Any code point (codec=None includes lone surrogates), mixed with the odd pieces above.
TEXTS = st.lists(
    st.one_of(st.text(alphabet=st.characters(codec=None)), st.sampled_from(ODD_PIECES))
).map("".join)

SPECIAL_CASES = {
    "empty": "",
    "nul only": "\x00",
    "nuls around": "\x00where\x00is\x00room 3?\x00",
    "lone surrogates": "wifi \ud800 pass\udfff word \udcff\udcfe",
    "surrogate pair code points": "\ud83d\ude00",
    "emoji": "Where is lunch? 🍽️🙂👩🏽‍💻",
    "rtl": "أين قاعة المؤتمرات؟ ‏ איפה האולם?",
    "combining": "Cafe\u0301 Zu\u0308rich a\u0323\u0302",
    "100 KB ascii": "a" * 100_000,
    "100 KB emoji": "🙂" * 25_000,
    "100 KB mixed with surrogates": ("q\ud800é\x00🙂" * 20_000),
    "control characters": "".join(chr(c) for c in range(32)) + "\x7f",
}


async def _round_trip(log: UnansweredLog, text: str) -> None:
    question_id = await record_ask(
        log, text, CONSOLE, asked_at=at(0), best_id=text, best_score=None
    )
    record = await log.get(question_id)
    assert record is not None
    assert record.question == text
    assert record.best_id == text

    resolved = await resolve_question(log, question_id, by=text, at=at(1), faq_id=text, note=text)
    assert resolved is not None
    assert (resolved.resolved_by, resolved.faq_id, resolved.note) == (text, text, text)

    feedback_id = await record_feedback(
        log, FeedbackKind.NOT_HELPFUL, text, item_id=text, origin=CONSOLE, at=at(2), answer=text
    )
    stored = [f for f in await log.feedback(limit=1) if f.id == feedback_id]
    assert len(stored) == 1
    assert (stored[0].question, stored[0].item_id, stored[0].answer) == (text, text, text)


@pytest.mark.parametrize("text", SPECIAL_CASES.values(), ids=SPECIAL_CASES.keys())
async def test_odd_text_round_trips_through_every_text_field(log: UnansweredLog, text: str) -> None:
    await _round_trip(log, text)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
def test_any_generated_text_round_trips(tmp_path: Path, text: str) -> None:
    async def run() -> None:
        async with await UnansweredLog.open(tmp_path / "hypothesis.db") as log:
            await _round_trip(log, text)

    asyncio.run(run())


@given(text=TEXTS)
def test_codec_is_lossless_for_every_str(text: str) -> None:
    assert decode_text(encode_text(text)) == text


def test_codec_never_merges_a_surrogate_pair_into_the_emoji() -> None:
    pair, emoji = "\ud83d\ude00", "\U0001f600"
    assert encode_text(pair) != encode_text(emoji)
    assert decode_text(encode_text(pair)) == pair


async def test_texts_that_differ_only_invisibly_are_different_questions(
    log: UnansweredLog,
) -> None:
    variants = ["café", "cafe\u0301", "cafe\u0301\x00", "Café", "\ud83d\ude00", "\U0001f600"]
    ids = [
        await record_ask(log, v, CONSOLE, asked_at=at(0), best_id=None, best_score=None)
        for v in variants
    ]
    assert len(set(ids)) == len(variants)
    for question_id, text in zip(ids, variants, strict=True):
        record = await log.get(question_id)
        assert record is not None and record.question == text and record.count == 1


async def test_valid_unicode_is_plain_text_and_only_unencodable_text_is_a_marked_blob(
    log: UnansweredLog, db_path: Path
) -> None:
    plain = await record_ask(log, "room 3?", CONSOLE, asked_at=at(0), best_id=None, best_score=None)
    odd = await record_ask(log, "bad \udcff", CONSOLE, asked_at=at(0), best_id=None,
                           best_score=None)
    with sqlite3.connect(db_path) as raw:
        kinds = dict(raw.execute("SELECT id, typeof(question) FROM questions").fetchall())
        stored = raw.execute("SELECT question FROM questions WHERE id = ?", (odd,)).fetchone()[0]
    raw.close()
    assert kinds == {plain: "text", odd: "blob"}
    assert stored == "bad \udcff".encode("utf-8", "surrogatepass")


async def test_display_form_replaces_lone_surrogates_but_keeps_the_original(
    log: UnansweredLog,
) -> None:
    text = "pass\udcffword"
    question_id = await record_ask(log, text, CONSOLE, asked_at=at(0), best_id=None,
                                   best_score=None)
    record = await log.get(question_id)
    assert record is not None
    assert record.question == text
    assert record.display_question == "pass\ufffdword"
    assert display_text("plain 🙂") == "plain 🙂"
