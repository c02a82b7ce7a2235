"""The live programme's tables: one migration step, kept apart from the question log's.

* ``programme_announced``: the programme as last announced (one row, JSON), so a restart
  compares the file with what people were told, never with nothing.
* ``programme_changes``: every change announced, written before it is posted (an
  outbox): ``posted_at`` is NULL until the announcement channel has it, so a change is
  posted once even across restarts.
* ``change_notices``: the DM each follower of a changed session is owed, likewise.
* ``follows``, ``reminder_settings``: who follows which session (and, from migration 7,
  in which language to DM them), and how many minutes before it each person wants a
  reminder (no row: the default).
* ``reminders_sent``: one row per reminder sent (or refused by Discord), keyed by the
  session's start, so none is ever sent twice.
* ``dm_refusals``: people whose DMs Discord refused, and when (told at /follow).

Every table has a rowid (no WITHOUT ROWID), so ``unanswered recover`` can copy them.
Times are UTC ISO-8601 text, Discord ids INTEGER, as in the rest of the schema.
"""

from __future__ import annotations

DESCRIPTION = "the live programme: announcements, follows, reminders and DM notices"

STATEMENTS: tuple[str, ...] = (
    """
    CREATE TABLE programme_announced (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        programme   TEXT NOT NULL,      -- JSON: the sessions as last announced
        saved_at    TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE programme_changes (
        id           INTEGER PRIMARY KEY,
        session_id   TEXT NOT NULL,
        change       TEXT NOT NULL,     -- JSON: kind, aspects, the session before and after
        detected_at  TEXT NOT NULL,
        posted_at    TEXT,              -- NULL: not yet in the announcement channel
        message_id   INTEGER
    )
    """,
    "CREATE INDEX programme_changes_to_post ON programme_changes (id) WHERE posted_at IS NULL",
    """
    CREATE TABLE change_notices (
        id          INTEGER PRIMARY KEY,
        change_id   INTEGER NOT NULL REFERENCES programme_changes (id) ON DELETE CASCADE,
        user_id     INTEGER NOT NULL,
        sent_at     TEXT,               -- NULL: still to send
        outcome     TEXT CHECK (outcome IS NULL OR outcome IN ('sent', 'refused')),
        UNIQUE (change_id, user_id)
    )
    """,
    "CREATE INDEX change_notices_to_send ON change_notices (id) WHERE sent_at IS NULL",
    "CREATE INDEX change_notices_by_user ON change_notices (user_id)",
    """
    CREATE TABLE follows (
        id           INTEGER PRIMARY KEY,
        user_id      INTEGER NOT NULL,
        session_id   TEXT NOT NULL,
        followed_at  TEXT NOT NULL,
        UNIQUE (user_id, session_id)
    )
    """,
    "CREATE INDEX follows_by_session ON follows (session_id)",
    """
    CREATE TABLE reminder_settings (
        user_id  INTEGER PRIMARY KEY,
        minutes  INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440)
    )
    """,
    """
    CREATE TABLE reminders_sent (
        id          INTEGER PRIMARY KEY,
        user_id     INTEGER NOT NULL,
        session_id  TEXT NOT NULL,
        starts_at   TEXT NOT NULL,
        sent_at     TEXT NOT NULL,
        outcome     TEXT NOT NULL CHECK (outcome IN ('sent', 'refused')),
        UNIQUE (user_id, session_id, starts_at)
    )
    """,
    """
    CREATE TABLE dm_refusals (
        user_id     INTEGER PRIMARY KEY,
        refused_at  TEXT NOT NULL
    )
    """,
)

# Migration 7: the UN language (ar, zh, en, fr, ru, es) of the person's Discord app the
# last time they used /follow or /remind, for their reminder and change DMs. NULL: not
# known (an app in another language, or a follow kept before this step): English.
FOLLOWER_LANGUAGE: tuple[str, ...] = (
    "ALTER TABLE follows ADD COLUMN language TEXT",
)

# For ``unanswered recover``: parents before children.
TABLES: tuple[str, ...] = (
    "programme_announced", "programme_changes", "change_notices", "follows",
    "reminder_settings", "reminders_sent", "dm_refusals",
)
