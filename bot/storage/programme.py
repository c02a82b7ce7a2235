"""The live programme's state in SQLite: follows, reminders, announcements and notices.

In the same database file as the question log, on the same connection when wiring
opens both (``wiring.open_stores``); every public method is one short transaction,
serialised with the question log's by the connection's lock and retried while another
process holds the database. Only
storage lives here: which reminder is due or what changed is decided in ``bot.core``.

Announcements and the DMs about changes go through an outbox: :meth:`save_changes`
writes the new announced programme, the changes and one pending notice per follower in
one transaction, before anything is sent; each is then marked once sent. A restart
sends what is still pending, and never what was sent.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import aiosqlite

from bot.core.changes import Aspect, Change, Kind, Programme, SessionFacts
from bot.core.models import LANGUAGES, Access, SessionStatus
from bot.core.reminders import MAX_REMINDER_MINUTES, Follow, ReminderKey
from bot.storage import codec
from bot.storage.connection import Store

Db = aiosqlite.Connection

SENT = "sent"
REFUSED = "refused"  # Discord would not deliver it (DMs closed): never tried again
OUTCOMES = (SENT, REFUSED)


# --- the programme as JSON ------------------------------------------------------------


def _facts_json(facts: SessionFacts) -> dict[str, Any]:
    return {
        "id": facts.id,
        "title": facts.title,
        "start": facts.start.isoformat(),
        "end": facts.end.isoformat(),
        "room": facts.room,
        "room_name": facts.room_name,
        "status": facts.status.value,
        "status_note": facts.status_note,
        "access": facts.access.value if facts.access else None,
        "speakers": list(facts.speakers),
    }


def _facts(data: dict[str, Any], zone: ZoneInfo | None) -> SessionFacts:
    def moment(text: str) -> dt.datetime:
        value = dt.datetime.fromisoformat(text)
        return value.astimezone(zone) if zone is not None else value

    return SessionFacts(
        id=str(data["id"]),
        title=str(data["title"]),
        start=moment(data["start"]),
        end=moment(data["end"]),
        room=str(data["room"]),
        room_name=str(data["room_name"]),
        status=SessionStatus(data.get("status", SessionStatus.SCHEDULED.value)),
        status_note=data.get("status_note"),
        access=Access(data["access"]) if data.get("access") else None,
        speakers=tuple(str(s) for s in data.get("speakers", ())),
    )


def _zone(name: object) -> ZoneInfo | None:
    try:
        return ZoneInfo(str(name)) if name else None
    except (ValueError, OSError):  # a zone this machine does not know: keep the offsets
        return None


def programme_json(programme: Programme, zone: str) -> str:
    sessions = [_facts_json(f) for f in programme.values()]
    return json.dumps({"zone": zone, "sessions": sessions}, ensure_ascii=False)


def programme_from_json(text: str) -> dict[str, SessionFacts]:
    data = json.loads(text)
    zone = _zone(data.get("zone"))
    return {str(s["id"]): _facts(s, zone) for s in data["sessions"]}


def change_json(change: Change, zone: str) -> str:
    return json.dumps({
        "zone": zone,
        "kind": change.kind.value,
        "aspects": [a.value for a in change.aspects],
        "old": _facts_json(change.old) if change.old else None,
        "new": _facts_json(change.new) if change.new else None,
    }, ensure_ascii=False)


def change_from_json(text: str) -> Change:
    data = json.loads(text)
    zone = _zone(data.get("zone"))
    return Change(
        Kind(data["kind"]),
        _facts(data["old"], zone) if data.get("old") else None,
        _facts(data["new"], zone) if data.get("new") else None,
        tuple(Aspect(a) for a in data.get("aspects", ())),
    )


# --- records --------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredChange:
    id: int
    change: Change
    detected_at: dt.datetime


@dataclass(frozen=True)
class PendingNotice:
    """A DM owed to one follower about one change."""

    id: int
    user_id: int
    change: StoredChange
    language: str | None = None  # the follower's app language (None: English)


class ProgrammeStore(Store):
    """Follows, reminder settings and sends, and the announcement outbox."""

    CLOSED = "the programme database is closed"

    async def _rows(self, statement: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async def body(db: Db) -> list[sqlite3.Row]:
            return list(await db.execute_fetchall(statement, params))

        return await self._run(body, write=False)

    async def _change(self, statement: str, params: Sequence[Any] = ()) -> int:
        async def body(db: Db) -> int:
            async with db.execute(statement, params) as cursor:
                return cursor.rowcount

        return await self._run(body, write=True)

    # -- follows ------------------------------------------------------------------------

    async def follow(self, user_id: int, session_id: str, *, at: dt.datetime,
                     language: str | None = None) -> bool:
        """True when newly followed (False: was already).

        ``language`` is the person's Discord app language: it becomes the language of
        all their DMs (each of their follows), refollowing included; None (an app in
        another language) means English."""
        uid, lang = codec.check_id(user_id, "user_id"), _language(language)

        async def body(db: Db) -> bool:
            async with db.execute(
                "INSERT INTO follows (user_id, session_id, followed_at, language) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (user_id, session_id) DO NOTHING",
                (uid, codec.encode_text(session_id), codec.encode_time(at), lang),
            ) as cursor:
                added = cursor.rowcount > 0
            await db.execute("UPDATE follows SET language = ? WHERE user_id = ?", (lang, uid))
            return added

        return await self._run(body, write=True)

    async def set_language(self, user_id: int, language: str | None) -> None:
        """The language of all of one person's DMs from now on (None: English)."""
        await self._change("UPDATE follows SET language = ? WHERE user_id = ?",
                           (_language(language), codec.check_id(user_id, "user_id")))

    async def language_of(self, user_id: int) -> str | None:
        """The language of one person's DMs (None: English, or nothing followed)."""
        rows = await self._rows(
            "SELECT language FROM follows WHERE user_id = ? ORDER BY id DESC LIMIT 1",
            (codec.check_id(user_id, "user_id"),))
        return _language(rows[0][0]) if rows else None

    async def unfollow(self, user_id: int, session_id: str) -> bool:
        """True when it was followed; the DMs still owed about it are dropped too."""
        uid = codec.check_id(user_id, "user_id")
        sid = codec.encode_text(session_id)

        async def body(db: Db) -> bool:
            async with db.execute("DELETE FROM follows WHERE user_id = ? AND session_id = ?",
                                  (uid, sid)) as cursor:
                removed = cursor.rowcount > 0
            await db.execute(
                "DELETE FROM change_notices WHERE user_id = ? AND sent_at IS NULL AND change_id "
                "IN (SELECT id FROM programme_changes WHERE session_id = ?)", (uid, sid))
            return removed

        return await self._run(body, write=True)

    async def followed(self, user_id: int) -> list[str]:
        """The session ids one person follows, in the order followed."""
        rows = await self._rows("SELECT session_id FROM follows WHERE user_id = ? ORDER BY id",
                                (codec.check_id(user_id, "user_id"),))
        return [codec.decode_text(r[0]) for r in rows]

    async def follows(self) -> list[Follow]:
        rows = await self._rows(
            "SELECT user_id, session_id, language FROM follows ORDER BY id")
        return [Follow(int(r[0]), codec.decode_text(r[1]), _language(r[2])) for r in rows]

    # -- reminder settings and sends ----------------------------------------------------

    async def set_minutes(self, user_id: int, minutes: int) -> None:
        if not 0 <= minutes <= MAX_REMINDER_MINUTES:
            raise ValueError(f"minutes must be 0 to {MAX_REMINDER_MINUTES}, got {minutes}")
        await self._change(
            "INSERT INTO reminder_settings (user_id, minutes) VALUES (?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET minutes = excluded.minutes",
            (codec.check_id(user_id, "user_id"), minutes),
        )

    async def minutes(self) -> dict[int, int]:
        rows = await self._rows("SELECT user_id, minutes FROM reminder_settings")
        return {int(r[0]): int(r[1]) for r in rows}

    async def minutes_of(self, user_id: int) -> int | None:
        rows = await self._rows("SELECT minutes FROM reminder_settings WHERE user_id = ?",
                                (codec.check_id(user_id, "user_id"),))
        return int(rows[0][0]) if rows else None

    async def sent_reminders(self) -> set[ReminderKey]:
        rows = await self._rows("SELECT user_id, session_id, starts_at FROM reminders_sent")
        return {(int(r[0]), codec.decode_text(r[1]), str(r[2])) for r in rows}

    async def mark_reminder(self, key: ReminderKey, *, at: dt.datetime, outcome: str) -> bool:
        """Record a reminder as done (and whether the person's DMs are closed); False
        when it already was: never twice."""
        _check_outcome(outcome)
        user_id, session_id, starts = key
        uid, when = codec.check_id(user_id, "user_id"), codec.encode_time(at)

        async def body(db: Db) -> bool:
            async with db.execute(
                "INSERT INTO reminders_sent (user_id, session_id, starts_at, sent_at, outcome) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, session_id, starts_at) DO NOTHING",
                (uid, codec.encode_text(session_id), starts, when, outcome),
            ) as cursor:
                inserted = cursor.rowcount > 0
            if inserted:  # a duplicate says nothing new about the person's DMs
                await _note_delivery(db, uid, when, outcome)
            return inserted

        return await self._run(body, write=True)

    # -- DMs refused --------------------------------------------------------------------

    async def refused_at(self, user_id: int) -> dt.datetime | None:
        rows = await self._rows("SELECT refused_at FROM dm_refusals WHERE user_id = ?",
                                (codec.check_id(user_id, "user_id"),))
        return codec.decode_time(rows[0][0]) if rows else None

    # -- the announced programme and the outbox -----------------------------------------

    async def announced(self) -> dict[str, SessionFacts] | None:
        """The programme as last announced; None before the first one was kept."""
        rows = await self._rows("SELECT programme FROM programme_announced WHERE id = 1")
        return programme_from_json(codec.decode_text(rows[0][0])) if rows else None

    async def save_changes(
        self,
        programme: Programme,
        changes: Sequence[Change],
        *,
        zone: str,
        at: dt.datetime,
    ) -> list[int]:
        """Make ``programme`` the announced one and queue ``changes`` (and a DM to each
        follower of each changed session), all in one transaction; the changes' ids."""
        baseline = programme_json(programme, zone)
        when = codec.encode_time(at)
        rows = [(codec.encode_text(c.session_id), change_json(c, zone)) for c in changes]

        async def body(db: Db) -> list[int]:
            await db.execute(
                "INSERT INTO programme_announced (id, programme, saved_at) VALUES (1, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET programme = excluded.programme, "
                "saved_at = excluded.saved_at", (baseline, when))
            ids: list[int] = []
            for session_id, payload in rows:
                async with db.execute(
                    "INSERT INTO programme_changes (session_id, change, detected_at) "
                    "VALUES (?, ?, ?)", (session_id, payload, when)) as cursor:
                    change_id = cursor.lastrowid
                assert change_id is not None
                await db.execute(
                    "INSERT INTO change_notices (change_id, user_id) SELECT ?, user_id "
                    "FROM follows WHERE session_id = ?", (change_id, session_id))
                ids.append(change_id)
            return ids

        return await self._run(body, write=True)

    async def changes_to_post(self) -> list[StoredChange]:
        rows = await self._rows(
            "SELECT id, change, detected_at FROM programme_changes WHERE posted_at IS NULL "
            "ORDER BY id")
        return [_stored(r) for r in rows]

    async def mark_posted(self, change_id: int, *, at: dt.datetime,
                          message_id: int | None) -> None:
        await self._change(
            "UPDATE programme_changes SET posted_at = ?, message_id = ? WHERE id = ?",
            (codec.encode_time(at), codec.check_id(message_id, "message_id"), change_id))

    async def changes(self) -> list[StoredChange]:
        """Every change recorded, oldest first (for tests and diagnostics)."""
        rows = await self._rows(
            "SELECT id, change, detected_at FROM programme_changes ORDER BY id")
        return [_stored(r) for r in rows]

    async def notices_to_send(self) -> list[PendingNotice]:
        rows = await self._rows(
            "SELECT n.id, n.user_id, c.id, c.change, c.detected_at, f.language "
            "FROM change_notices n JOIN programme_changes c ON c.id = n.change_id "
            "LEFT JOIN follows f ON f.user_id = n.user_id AND f.session_id = c.session_id "
            "WHERE n.sent_at IS NULL ORDER BY n.id")
        return [PendingNotice(int(r[0]), int(r[1]), _stored(r[2:5]), _language(r[5]))
                for r in rows]

    async def mark_notice(self, notice: PendingNotice, *, at: dt.datetime,
                          outcome: str) -> None:
        _check_outcome(outcome)
        uid, when = codec.check_id(notice.user_id, "user_id"), codec.encode_time(at)

        async def body(db: Db) -> None:
            await db.execute("UPDATE change_notices SET sent_at = ?, outcome = ? WHERE id = ?",
                             (when, outcome, notice.id))
            await _note_delivery(db, uid, when, outcome)

        await self._run(body, write=True)

    # -- erasure ------------------------------------------------------------------------

    async def forget_user(self, user_id: int) -> int:
        """Erase everything kept about one person here; how many rows."""
        uid = codec.check_id(user_id, "user_id")
        statements = (
            "DELETE FROM follows WHERE user_id = ?",
            "DELETE FROM reminder_settings WHERE user_id = ?",
            "DELETE FROM reminders_sent WHERE user_id = ?",
            "DELETE FROM change_notices WHERE user_id = ?",
            "DELETE FROM dm_refusals WHERE user_id = ?",
        )

        async def body(db: Db) -> int:
            erased = 0
            for statement in statements:
                async with db.execute(statement, (uid,)) as cursor:
                    erased += cursor.rowcount
            return erased

        return await self._run(body, write=True)


async def _note_delivery(db: Db, user_id: int | None, when: str, outcome: str) -> None:
    """A refused DM marks the person's DMs as closed; a delivered one clears the mark."""
    if outcome == REFUSED:
        await db.execute(
            "INSERT INTO dm_refusals (user_id, refused_at) VALUES (?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET refused_at = excluded.refused_at",
            (user_id, when))
    else:
        await db.execute("DELETE FROM dm_refusals WHERE user_id = ?", (user_id,))


def _stored(row: Iterable[Any]) -> StoredChange:
    change_id, payload, detected = tuple(row)
    return StoredChange(int(change_id), change_from_json(codec.decode_text(payload)),
                        codec.decode_time(detected))


def _language(value: object) -> str | None:
    """A stored or given language: one of the six, else None (English)."""
    return value if isinstance(value, str) and value in LANGUAGES else None


def _check_outcome(outcome: str) -> None:
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {OUTCOMES}, got {outcome!r}")
