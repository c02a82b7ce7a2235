"""Keeping personal data no longer than needed: purges and one person's erasure.
Each function gives one transaction's ``Body``."""

from __future__ import annotations

import datetime as dt

from bot.storage import codec, rows
from bot.storage import queries as sql


def purge_closed(older_than: dt.datetime) -> rows.Body[int]:
    """Delete resolved/dismissed questions closed before ``older_than`` (their asks go
    with them); how many questions."""
    cutoff = codec.encode_time(older_than)
    return lambda db: rows.change(db, sql.PURGE, (cutoff,))


def purge_activity(older_than: dt.datetime) -> rows.Body[tuple[int, int]]:
    """Delete feedback and stats events from before ``older_than`` (the same retention
    as closed questions); how many of each."""
    cutoff = codec.encode_time(older_than)

    async def body(db: rows.Db) -> tuple[int, int]:
        return (await rows.change(db, sql.PURGE_FEEDBACK, (cutoff,)),
                await rows.change(db, sql.PURGE_EVENTS, (cutoff,)))

    return body


def forget_user(user_id: int) -> rows.Body[int]:
    """Erase one person's asks and feedback, delete questions left with no ask, and
    blank ``resolved_by`` where it is this id; rows erased or blanked."""
    uid = codec.check_id(user_id, "user_id")
    by = codec.encode_text(str(user_id))

    async def body(db: rows.Db) -> int:
        affected = [int(row[0]) for row in await rows.rows(db, sql.USER_QUESTIONS, (uid,))]
        erased = await rows.change(db, sql.DELETE_USER_ASKS, (uid,))
        erased += await rows.change(db, sql.DELETE_USER_FEEDBACK, (uid,))
        erased += await rows.change(db, sql.FORGET_RESOLVER, (by,))
        await rows.recount(db, affected)
        await db.executemany(sql.DELETE_IF_UNASKED, [(qid,) for qid in affected])
        return erased

    return body
