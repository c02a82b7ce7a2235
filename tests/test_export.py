"""Moderators' exports: CSV safe to open in a spreadsheet, JSON exact for tools."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.models import Origin, OriginKind
from bot.export import CSV_COLUMNS, Row, spreadsheet_safe, to_csv, to_json
from bot.storage import Ask, QuestionRecord, Status

T0 = dt.datetime(2018, 6, 28, 14, 5, tzinfo=dt.UTC)
CONSOLE = Origin.console()


def record(question: str = "where is the cloakroom?", **changes: object) -> QuestionRecord:
    values: dict[str, object] = {
        "id": 7, "question": question, "status": Status.OPEN, "outcome": "unknown",
        "first_asked": T0, "last_asked": T0 + dt.timedelta(minutes=5), "count": 2,
        "best_id": None, "best_score": None, "resolved_by": None, "resolved_at": None,
        "note": None, "faq_id": None, "askers": 1,
    }
    values.update(changes)
    return QuestionRecord(**values)  # type: ignore[arg-type]  # test builder


def discord(user: int, channel: int, guild: int | None) -> Origin:
    return Origin(kind=OriginKind.DISCORD, user_id=user, channel_id=channel, guild_id=guild)


def csv_rows(text: str) -> list[dict[str, str]]:
    header, *rows = csv.reader(io.StringIO(text, newline=""))
    assert tuple(header) == CSV_COLUMNS
    return [dict(zip(header, row, strict=True)) for row in rows]


def one_csv_row(rec: QuestionRecord, asks: Sequence[Ask] = ()) -> dict[str, str]:
    [row] = csv_rows(to_csv([(rec, asks)]))
    return row


def one_json(rec: QuestionRecord, asks: Sequence[Ask] = ()) -> dict[str, object]:
    [item] = json.loads(to_json([(rec, asks)]))
    assert isinstance(item, dict)
    return item


# -- CSV ----------------------------------------------------------------------------


def test_csv_starts_with_the_header_row_even_when_empty() -> None:
    assert to_csv([]) == ",".join(CSV_COLUMNS) + "\r\n"


def test_csv_header_names_every_column_in_order() -> None:
    assert CSV_COLUMNS == (
        "id", "status", "question", "question_escaped", "times_asked", "first_asked",
        "last_asked", "outcome", "best_match", "best_score", "resolved_by", "resolved_at",
        "faq_id", "note", "askers", "group", "reply", "language",
    )


def test_csv_row_carries_the_record_fields() -> None:
    rec = record(status=Status.RESOLVED, outcome="suggest", best_id="wifi", best_score=71.26,
                 resolved_by="mod-1", resolved_at=T0 + dt.timedelta(hours=1), faq_id="wifi",
                 note="added an alternate", reply="By the entrance.", language="fr")
    row = one_csv_row(rec)
    assert row == {
        "id": "7", "status": "resolved", "question": "where is the cloakroom?",
        "question_escaped": "no", "times_asked": "2", "first_asked": T0.isoformat(),
        "last_asked": (T0 + dt.timedelta(minutes=5)).isoformat(), "outcome": "suggest",
        "best_match": "wifi", "best_score": "71.3", "resolved_by": "mod-1",
        "resolved_at": (T0 + dt.timedelta(hours=1)).isoformat(), "faq_id": "wifi",
        "note": "added an alternate", "askers": "", "group": "7", "reply": "By the entrance.",
        "language": "fr",
    }


@pytest.mark.parametrize(
    "cell",
    ["=1+1", '=HYPERLINK("http://evil.example","click")', "+1", "-2+3", "@SUM(A1:A9)",
     "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"],
)
def test_csv_neutralises_a_question_that_starts_like_a_formula(cell: str) -> None:
    assert one_csv_row(record(cell))["question"] == "'" + cell


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_csv_neutralises_a_note_that_starts_like_a_formula(cell: str) -> None:
    assert one_csv_row(record(note=cell))["note"] == "'" + cell


@pytest.mark.parametrize(
    "cell", ["where is room 4?", "1+1", "a = b", "email me@example.org", "'quoted'", ""]
)
def test_csv_leaves_ordinary_text_alone(cell: str) -> None:
    assert one_csv_row(record(cell))["question"] == cell


def test_spreadsheet_safe_only_prefixes_dangerous_starts() -> None:
    assert spreadsheet_safe("=x") == "'=x"
    assert spreadsheet_safe("x=") == "x="


def test_csv_keeps_commas_quotes_newlines_and_nul_in_one_cell() -> None:
    text = 'a, "b"\nc\r\nd\x00e \U0001f600 \u202eevil\u202c \u0645\u0631\u062d\u0628\u0627'
    row = one_csv_row(record(text))
    assert row["question"] == text and row["question_escaped"] == "no"


def test_csv_lines_end_with_crlf() -> None:
    assert to_csv([(record(), [])]).endswith("\r\n")


def test_csv_escapes_a_lone_surrogate_as_udcxx_and_flags_it() -> None:
    row = one_csv_row(record("bad \udcff byte"))
    assert row["question"] == "bad \\udcff byte"
    assert row["question_escaped"] == "yes"


def test_csv_is_always_valid_utf8_even_with_lone_surrogates_in_any_column() -> None:
    rec = record("q \udcff", resolved_by="mod \udcfe", note="n \ud800", faq_id="f\udc80",
                 status=Status.RESOLVED, resolved_at=T0)
    text = to_csv([(rec, [])])
    text.encode("utf-8")  # raises if a lone surrogate got through
    row = csv_rows(text)[0]
    assert (row["resolved_by"], row["note"], row["faq_id"]) == (
        "mod \\udcfe", "n \\ud800", "f\\udc80"
    )


def test_csv_askers_names_each_distinct_origin_once_in_order() -> None:
    asks = [
        Ask(T0, discord(11, 21, 31)),
        Ask(T0, CONSOLE),
        Ask(T0, discord(11, 21, 31)),
        Ask(T0, discord(12, 22, None)),
    ]
    assert one_csv_row(record(), asks)["askers"] == (
        "user:11 channel:21 guild:31; console; user:12 channel:22 guild:DM"
    )


def test_csv_askers_is_empty_without_asks() -> None:
    assert one_csv_row(record(), [])["askers"] == ""


@given(st.text())
def test_csv_gives_back_any_valid_text_made_safe(text: str) -> None:
    expected = spreadsheet_safe(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return  # lone surrogates are escaped, covered above
    assert one_csv_row(record(text))["question"] == expected


# -- JSON ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "\udcff\udcfe",  # invalid UTF-8 input, surrogate-escaped
        "half a pair \ud83d here",
        "low \udc00 then high \udbff",
        "nul \x00 bell \x07 esc \x1b[31m",
        "\U0001f468\u200d\U0001f469\u200d\U0001f467 family",
        "\u202eright to left\u202c \u05e9\u05dc\u05d5\u05dd",
        "",
    ],
)
def test_json_gives_back_the_exact_question(question: str) -> None:
    text = to_json([(record(question), [])])
    assert text.isascii()
    assert one_json(record(question))["question"] == question


def test_json_gives_back_a_note_with_lone_surrogates_exactly() -> None:
    assert one_json(record(note="n\udcff\ud800"))["note"] == "n\udcff\ud800"


@given(st.text())
def test_json_gives_back_any_text_exactly(text: str) -> None:
    item = one_json(record(text, note=text))
    assert item["question"] == text and item["note"] == text


def test_json_lists_every_ask_with_source_and_ids_but_no_names() -> None:
    asks = [Ask(T0, CONSOLE), Ask(T0 + dt.timedelta(minutes=5), discord(11, 21, None))]
    item = one_json(record(), asks)
    assert item["asks"] == [
        {"asked_at": T0.isoformat(), "source": "console", "user_id": None,
         "channel_id": None, "guild_id": None},
        {"asked_at": (T0 + dt.timedelta(minutes=5)).isoformat(), "source": "discord",
         "user_id": 11, "channel_id": 21, "guild_id": None},
    ]


def test_json_carries_every_record_field() -> None:
    rec = record(status=Status.DISMISSED, best_id="wifi", best_score=42.5, resolved_by="m",
                 resolved_at=T0, note="spam", language="ar")
    item = one_json(rec)
    assert {k: v for k, v in item.items() if k != "asks"} == {
        "id": 7, "status": "dismissed", "question": "where is the cloakroom?",
        "times_asked": 2, "first_asked": T0.isoformat(),
        "last_asked": (T0 + dt.timedelta(minutes=5)).isoformat(), "outcome": "unknown",
        "best_match": "wifi", "best_score": 42.5, "resolved_by": "m",
        "resolved_at": T0.isoformat(), "faq_id": None, "note": "spam", "reply": None,
        "group": 7, "language": "ar",
    }


def test_json_of_nothing_is_an_empty_list() -> None:
    assert json.loads(to_json([])) == []


def test_json_keeps_records_in_the_order_given() -> None:
    rows: list[Row] = [(record("b", id=2), []), (record("a", id=1), [])]
    assert [item["id"] for item in json.loads(to_json(rows))] == [2, 1]


def test_both_exports_name_each_questions_group() -> None:
    rows: list[Row] = [(record(), []), (record(id=8), []), (record(id=9), [])]
    groups = {7: 7, 8: 7}  # 9 is a group of its own
    assert [r["group"] for r in csv.DictReader(io.StringIO(to_csv(rows, groups=groups)))] == [
        "7", "7", "9"]
    assert [r["group"] for r in json.loads(to_json(rows, groups=groups))] == [7, 7, 9]
