"""The database schema, as an ordered list of migration steps.

``PRAGMA user_version`` holds the number of steps applied. Opening a database
applies the missing steps in order, in one ``BEGIN IMMEDIATE`` transaction (SQLite
DDL is transactional, so a crash mid-migration leaves the old version intact).

Rules for whoever changes the schema:

* never edit or reorder a published step; append a new one;
* a step is a tuple of single SQL statements (no ``executescript``: it commits);
* ``PRAGMA foreign_keys`` is ON and cannot change inside a transaction, so a step
  that rebuilds a referenced table must copy rows in an order the keys accept.

Text columns hold a SQLite TEXT value for every valid Unicode string and a BLOB
(UTF-8 with lone surrogates kept via ``surrogatepass``) for the rare Python str
that UTF-8 cannot encode; ``typeof(column) = 'blob'`` marks those rows. See
``bot.storage.codec``. Times are UTC ISO-8601 text of fixed width, so text order
is time order. Discord ids are INTEGER (snowflakes fit in signed 64-bit).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.storage import programme_schema

# "CTBQ" in ASCII: marks the file as this bot's question log.
APPLICATION_ID = 0x43544251


@dataclass(frozen=True)
class Migration:
    version: int  # user_version after this step
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=1,
        description="unanswered questions and every time one was asked",
        statements=(
            f"PRAGMA application_id = {APPLICATION_ID}",
            """
            CREATE TABLE questions (
                id            INTEGER PRIMARY KEY,
                question      TEXT NOT NULL,     -- exact text (BLOB if lone surrogates)
                question_key  BLOB NOT NULL,     -- sha256 of the exact text's bytes
                status        TEXT NOT NULL DEFAULT 'open'
                              CHECK (status IN ('open', 'resolved', 'dismissed')),
                outcome       TEXT NOT NULL,     -- 'unknown' or 'suggest' (latest ask)
                first_asked   TEXT NOT NULL,
                last_asked    TEXT NOT NULL,
                ask_count     INTEGER NOT NULL CHECK (ask_count >= 0),
                best_id       TEXT,
                best_score    REAL CHECK (best_score IS NULL OR best_score BETWEEN 0 AND 100),
                resolved_by   TEXT,
                resolved_at   TEXT,
                note          TEXT,
                faq_id        TEXT
            )
            """,
            # One open row per exact text; closed rows may repeat it.
            """
            CREATE UNIQUE INDEX questions_open_key
                ON questions (question_key) WHERE status = 'open'
            """,
            """
            CREATE INDEX questions_by_rank
                ON questions (status, ask_count DESC, last_asked DESC, id DESC)
            """,
            """
            CREATE TABLE asks (
                id           INTEGER PRIMARY KEY,
                question_id  INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
                asked_at     TEXT NOT NULL,
                origin_kind  TEXT NOT NULL,
                user_id      INTEGER,
                channel_id   INTEGER,
                guild_id     INTEGER,
                message_id   INTEGER
            )
            """,
            "CREATE INDEX asks_by_question ON asks (question_id, asked_at, id)",
            "CREATE INDEX asks_by_user ON asks (user_id) WHERE user_id IS NOT NULL",
        ),
    ),
    Migration(
        version=2,
        description="feedback, text-free question events for stats, retention indexes",
        statements=(
            """
            CREATE TABLE feedback (
                id           INTEGER PRIMARY KEY,
                kind         TEXT NOT NULL,
                question     TEXT NOT NULL,
                item_id      TEXT,
                origin_kind  TEXT NOT NULL,
                user_id      INTEGER,
                channel_id   INTEGER,
                guild_id     INTEGER,
                message_id   INTEGER,
                at           TEXT NOT NULL,
                answer       TEXT
            )
            """,
            "CREATE INDEX feedback_by_kind ON feedback (kind, at DESC, id DESC)",
            "CREATE INDEX feedback_by_time ON feedback (at DESC, id DESC)",
            "CREATE INDEX feedback_by_user ON feedback (user_id) WHERE user_id IS NOT NULL",
            """
            CREATE TABLE events (
                id           INTEGER PRIMARY KEY,
                at           TEXT NOT NULL,
                outcome      TEXT NOT NULL,
                item_id      TEXT,
                origin_kind  TEXT NOT NULL
            )
            """,
            "CREATE INDEX events_by_time ON events (at, outcome, item_id)",
            "CREATE INDEX events_by_item ON events (outcome, item_id)",
            """
            CREATE INDEX questions_by_rank_all
                ON questions (ask_count DESC, last_asked DESC, id DESC)
            """,
            """
            CREATE INDEX questions_closed_at
                ON questions (resolved_at) WHERE status <> 'open'
            """,
        ),
    ),
    Migration(
        version=3,
        description="write ids (idempotent journal replay) and distinct askers per question",
        statements=(
            # The id a write got when it was journalled: replaying the journal again
            # (after a crash mid-replay) finds it and applies nothing twice. NULL for
            # rows written before the journal; NULLs never conflict in a UNIQUE index.
            "ALTER TABLE asks ADD COLUMN write_id TEXT",
            "CREATE UNIQUE INDEX asks_by_write ON asks (write_id)",
            "ALTER TABLE events ADD COLUMN write_id TEXT",
            "CREATE UNIQUE INDEX events_by_write ON events (write_id)",
            "ALTER TABLE feedback ADD COLUMN write_id TEXT",
            "CREATE UNIQUE INDEX feedback_by_write ON feedback (write_id)",
            # Distinct people who asked (the user id; asks without one, the console's,
            # count as one asker): one person asking 100 times is one asker.
            "ALTER TABLE questions ADD COLUMN asker_count INTEGER NOT NULL DEFAULT 0 "
            "CHECK (asker_count >= 0)",
            "CREATE INDEX asks_by_question_user ON asks (question_id, user_id, origin_kind)",
            """
            UPDATE questions SET asker_count = (
                SELECT count(DISTINCT coalesce(user_id, origin_kind)) FROM asks
                WHERE question_id = questions.id)
            """,
            # Rows with no asks left (none today: forget deletes them) keep one asker.
            "UPDATE questions SET asker_count = 1 WHERE asker_count = 0 AND ask_count > 0",
            "DROP INDEX questions_by_rank",
            "DROP INDEX questions_by_rank_all",
            """
            CREATE INDEX questions_by_rank
                ON questions (status, asker_count DESC, ask_count DESC, last_asked DESC, id DESC)
            """,
            """
            CREATE INDEX questions_by_rank_all
                ON questions (asker_count DESC, ask_count DESC, last_asked DESC, id DESC)
            """,
        ),
    ),
    Migration(
        version=4,
        description="what askers were told apart from the moderators' note; split questions; "
        "notices still to send; suggestion decisions",
        statements=(
            # Two audiences, two columns: ``note`` is the moderators' own (never sent to an
            # attendee, as its command-line help always said); ``reply`` is what the askers
            # were told (an answer, or a reason for dismissing).
            "ALTER TABLE questions ADD COLUMN reply TEXT",
            # 1: a moderator split this question out of the group it was put in; it stays
            # a group of its own.
            "ALTER TABLE questions ADD COLUMN split INTEGER NOT NULL DEFAULT 0 "
            "CHECK (split IN (0, 1))",
            # 1: the askers are still to be told (closed from the command line, which
            # cannot reach Discord; the running bot tells them and clears it).
            "ALTER TABLE questions ADD COLUMN notify INTEGER NOT NULL DEFAULT 0 "
            "CHECK (notify IN (0, 1))",
            "CREATE INDEX questions_to_notify ON questions (id) WHERE notify = 1",
            # Suggestions from use (picks, votes, collisions) a moderator accepted or
            # rejected: a decided suggestion is not shown again. ``key`` is the
            # suggestion's id; no personal data.
            """
            CREATE TABLE suggestion_decisions (
                key          TEXT PRIMARY KEY,
                decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
                entry_id     TEXT,
                text         TEXT,
                decided_by   TEXT NOT NULL,
                decided_at   TEXT NOT NULL
            )
            """,
        ),
    ),
    # The live programme (issue 14), in its own module: programme_schema.py.
    Migration(
        version=5,
        description=programme_schema.DESCRIPTION,
        statements=programme_schema.STATEMENTS,
    ),
    Migration(
        version=6,
        description="the language a question was asked in",
        statements=(
            # The latest ask's detected language (ar, zh, en, fr, ru, es), NULL when the
            # text did not tell or the ask was stored before languages were detected.
            "ALTER TABLE questions ADD COLUMN language TEXT",
        ),
    ),
    Migration(
        version=7,
        description="the language of a follower's Discord app, for their DMs",
        statements=programme_schema.FOLLOWER_LANGUAGE,
    ),
)

LATEST_VERSION: int = MIGRATIONS[-1].version


def pending(current: int) -> tuple[Migration, ...]:
    """The steps a database at ``current`` still needs, in order."""
    return tuple(step for step in MIGRATIONS if step.version > current)


def _check_order() -> None:
    versions = [step.version for step in MIGRATIONS]
    if versions != list(range(1, len(MIGRATIONS) + 1)):
        raise RuntimeError(f"migration versions must be 1..n in order, got {versions}")


_check_order()
