"""Moderators' exports of the question log: CSV for spreadsheets, JSON for tools.

JSON is exact: every question comes back as the very string that was asked (a lone
surrogate from invalid input bytes is written as a JSON ``\\udcXX`` escape, which
reads back identically). CSV is for opening in a spreadsheet, so it is made safe:
a cell that starts like a formula (= + - @, tab, carriage return) gets a leading
apostrophe, and text that is not valid Unicode is written with ``\\udcXX`` escapes
and flagged in the ``question_escaped`` column.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot.core.models import OriginKind
from bot.storage import Ask, QuestionRecord

if TYPE_CHECKING:
    from bot.review.groups import QuestionGroup

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "id", "status", "question", "question_escaped", "times_asked", "first_asked",
    "last_asked", "outcome", "best_match", "best_score", "resolved_by", "resolved_at",
    "faq_id", "note", "askers", "group", "reply", "language",
)
# question id -> the id of its group (the lead question's), as the review groups them.
Groups = Mapping[int, int]
NO_GROUPS: Groups = MappingProxyType({})  # each question its own group
Row = tuple[QuestionRecord, Sequence[Ask]]


def group_ids(groups: Sequence[QuestionGroup]) -> dict[int, int]:
    """Each question's group, for the exports' ``group`` column."""
    return {member: group.id for group in groups for member in group.members}


def spreadsheet_safe(cell: str) -> str:
    """Neutralise spreadsheet formula injection (OWASP's recommended apostrophe)."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _escaped(text: str) -> tuple[str, bool]:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate becomes the six characters \udcXX, as the docstring says
        # (not the bytes of its surrogatepass encoding, which no reader would recognise).
        return text.encode("utf-8", "backslashreplace").decode("utf-8"), True
    return text, False


def _askers(asks: Sequence[Ask]) -> str:
    ids = []
    for ask in asks:
        o = ask.origin
        if o.kind == OriginKind.DISCORD:
            ids.append(f"user:{o.user_id or '-'} channel:{o.channel_id or '-'} "
                       f"guild:{o.guild_id or 'DM'}")
        else:
            ids.append(o.kind)
    return "; ".join(dict.fromkeys(ids))


def to_csv(rows: Sequence[Row], *, groups: Groups = NO_GROUPS) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record, asks in rows:
        question, escaped = _escaped(record.question)
        cells = [
            str(record.id), record.status.value, question, "yes" if escaped else "no",
            str(record.count), record.first_asked.isoformat(), record.last_asked.isoformat(),
            record.outcome, record.best_id or "",
            "" if record.best_score is None else f"{record.best_score:.1f}",
            record.resolved_by or "",
            record.resolved_at.isoformat() if record.resolved_at else "",
            record.faq_id or "", record.note or "", _askers(asks),
            str(groups.get(record.id, record.id)), record.reply or "", record.language or "",
        ]
        # Every cell, not only the question: --by and --faq-id come from argv, where
        # undecodable bytes also arrive as lone surrogates.
        writer.writerow([spreadsheet_safe(_escaped(c)[0]) for c in cells])
    return out.getvalue()


def record_json(
    record: QuestionRecord, asks: Sequence[Ask], groups: Groups = NO_GROUPS
) -> dict[str, Any]:
    """One question of the JSON export. ``note`` is the moderators' own; ``reply`` what
    the askers were told; ``group`` the id of the question's group."""
    return {
        "id": record.id,
        "status": record.status.value,
        "question": record.question,
        "times_asked": record.count,
        "first_asked": record.first_asked.isoformat(),
        "last_asked": record.last_asked.isoformat(),
        "outcome": record.outcome,
        "best_match": record.best_id,
        "best_score": record.best_score,
        "resolved_by": record.resolved_by,
        "resolved_at": record.resolved_at.isoformat() if record.resolved_at else None,
        "faq_id": record.faq_id,
        "note": record.note,
        "reply": record.reply,
        "group": groups.get(record.id, record.id),
        "language": record.language,
        "asks": [
            {
                "asked_at": a.asked_at.isoformat(),
                "source": a.origin.kind,
                "user_id": a.origin.user_id,
                "channel_id": a.origin.channel_id,
                "guild_id": a.origin.guild_id,
            }
            for a in asks
        ],
    }


def to_json(rows: Sequence[Row], *, groups: Groups = NO_GROUPS) -> str:
    # ensure_ascii keeps lone surrogates as \\udcXX escapes: exact and valid JSON.
    data = [record_json(r, a, groups) for r, a in rows]
    return json.dumps(data, ensure_ascii=True, indent=2) + "\n"
