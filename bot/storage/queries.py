"""Every SQL statement the question log runs, in one place.

Values are always bound as ``?`` parameters. The only text built from pieces
is made of the constants below (column lists, ORDER BY), never of data.
"""

from __future__ import annotations

_QUESTION_COLUMNS = (
    "id, question, status, outcome, first_asked, last_asked, ask_count, best_id, "
    "best_score, resolved_by, resolved_at, note, faq_id, asker_count, reply, split, notify, "
    "language"
)
_ORIGIN_COLUMNS = "origin_kind, user_id, channel_id, guild_id, message_id"
# Most askers first (one person asking 100 times is one asker), then most asks.
_RANK = "ORDER BY asker_count DESC, ask_count DESC, last_asked DESC, id DESC"

GET = f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE id = ?"
LIST = f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE status = ? {_RANK} LIMIT ? OFFSET ?"
LIST_ALL = f"SELECT {_QUESTION_COLUMNS} FROM questions {_RANK} LIMIT ? OFFSET ?"
EXPORT = f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE (?1 IS NULL OR status = ?1) ORDER BY id"
EXPORT_ASKS = (
    "SELECT a.question_id, a.asked_at, a.origin_kind, a.user_id, a.channel_id, a.guild_id, "
    "a.message_id "
    "FROM asks AS a JOIN questions AS q ON q.id = a.question_id "
    "WHERE (?1 IS NULL OR q.status = ?1) ORDER BY a.question_id, a.asked_at, a.id"
)
OPEN_BY_KEY = "SELECT id FROM questions WHERE question_key = ? AND status = 'open'"
ASK_BY_WRITE = "SELECT question_id FROM asks WHERE write_id = ?"
# With the placeholders for up to WRITE_IDS_PER_QUERY ids appended.
ASKS_BY_WRITES = "SELECT write_id, question_id FROM asks WHERE write_id IN "
WRITE_IDS_PER_QUERY = 500
# Run right after the new ask is inserted: the asker is new to this question when the
# ask just inserted is their only one (?6 the user id, ?7 the origin kind for asks
# without one: the console is one asker).
ADD_ASK_TO = (
    "UPDATE questions SET ask_count = ask_count + 1, asker_count = asker_count + ("
    "SELECT count(*) = 1 FROM asks WHERE question_id = ?5 AND user_id IS ?6 "
    "AND (?6 IS NOT NULL OR origin_kind = ?7)), "
    "first_asked = min(first_asked, ?1), last_asked = max(last_asked, ?1), "
    "outcome = CASE WHEN ?1 >= last_asked THEN ?2 ELSE outcome END, "
    "best_id = CASE WHEN ?1 >= last_asked THEN ?3 ELSE best_id END, "
    "best_score = CASE WHEN ?1 >= last_asked THEN ?4 ELSE best_score END, "
    "language = CASE WHEN ?1 >= last_asked THEN ?8 ELSE language END "
    "WHERE id = ?5"
)
NEW_QUESTION = (
    "INSERT INTO questions (question, question_key, status, outcome, first_asked, "
    "last_asked, ask_count, best_id, best_score, asker_count, language) "
    "VALUES (?, ?, 'open', ?, ?, ?, 1, ?, ?, 1, ?)"
)
NEW_ASK = (
    f"INSERT INTO asks (question_id, asked_at, {_ORIGIN_COLUMNS}, write_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
NOTE_REPLY = "UPDATE asks SET message_id = ? WHERE write_id = ?"
CLOSE = (
    "UPDATE questions SET status = ?, resolved_by = ?, resolved_at = ?, note = ?, faq_id = ?, "
    "reply = ?, notify = ? WHERE id = ?"
)
TO_NOTIFY = f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE notify = 1 ORDER BY id LIMIT ?"
NOTIFIED = "UPDATE questions SET notify = 0 WHERE id = ?"
SET_SPLIT = "UPDATE questions SET split = ? WHERE id = ?"
# With the placeholders for up to WRITE_IDS_PER_QUERY question ids appended. An asker
# is a user id, or the kind of origin for asks without one (the console is one asker).
_ASKER = "coalesce(CAST(user_id AS TEXT), origin_kind)"
ASKERS_OF = f"SELECT DISTINCT question_id, {_ASKER} AS asker FROM asks WHERE question_id IN "
ASKS_OF = (
    f"SELECT question_id, asked_at, {_ORIGIN_COLUMNS} FROM asks WHERE question_id IN "
)
ASKS_OF_ORDER = " ORDER BY question_id, asked_at, id"
# Open questions asked since ?1, most askers first, and who asked each in that period.
OPEN_ASKED_SINCE = (
    f"SELECT {_QUESTION_COLUMNS} FROM questions WHERE status = 'open' AND last_asked >= ? "
    f"{_RANK} LIMIT ?"
)
OPEN_ASKERS_SINCE = (
    "SELECT a.question_id, coalesce(CAST(a.user_id AS TEXT), a.origin_kind) AS asker, "
    "count(*) FROM asks AS a JOIN questions AS q ON q.id = a.question_id "
    "WHERE q.status = 'open' AND a.asked_at >= ? GROUP BY a.question_id, asker"
)
# Times are fixed-width UTC text: the first 13 characters are the hour ("2025-06-02T09").
HOURLY = (
    "SELECT substr(at, 1, 13) AS hour, outcome, count(*) FROM events WHERE at >= ? "
    "GROUP BY hour, outcome ORDER BY hour, outcome"
)
DECIDE = (
    "INSERT INTO suggestion_decisions (key, decision, entry_id, text, decided_by, decided_at) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET decision = excluded.decision, "
    "entry_id = excluded.entry_id, text = excluded.text, decided_by = excluded.decided_by, "
    "decided_at = excluded.decided_at"
)
DECISIONS = (
    "SELECT key, decision, entry_id, text, decided_by, decided_at FROM suggestion_decisions "
    "ORDER BY decided_at, key"
)
RECOUNT = (
    "UPDATE questions SET "
    "ask_count = (SELECT count(*) FROM asks WHERE question_id = questions.id), "
    "asker_count = (SELECT count(DISTINCT coalesce(user_id, origin_kind)) FROM asks "
    "WHERE question_id = questions.id), "
    "first_asked = coalesce((SELECT min(asked_at) FROM asks "
    "WHERE question_id = questions.id), first_asked), "
    "last_asked = coalesce((SELECT max(asked_at) FROM asks "
    "WHERE question_id = questions.id), last_asked) "
    "WHERE id = ?"
)
NEW_FEEDBACK = (
    f"INSERT INTO feedback (kind, question, item_id, {_ORIGIN_COLUMNS}, at, answer, write_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (write_id) DO NOTHING"
)
FEEDBACK_BY_WRITE = "SELECT id FROM feedback WHERE write_id = ?"
_FEEDBACK_COLUMNS = f"id, kind, question, item_id, {_ORIGIN_COLUMNS}, at, answer"
FEEDBACK = (
    f"SELECT {_FEEDBACK_COLUMNS} FROM feedback WHERE kind = ? ORDER BY at DESC, id DESC LIMIT ?"
)
FEEDBACK_ALL = f"SELECT {_FEEDBACK_COLUMNS} FROM feedback ORDER BY at DESC, id DESC LIMIT ?"
NEW_EVENT = (
    "INSERT INTO events (at, outcome, item_id, origin_kind, write_id) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (write_id) DO NOTHING"
)
EVENT_TOTALS = (
    "SELECT count(*), coalesce(sum(outcome = 'answer'), 0), "
    "coalesce(sum(outcome = 'suggest'), 0), coalesce(sum(outcome = 'unknown'), 0), "
    "coalesce(sum(outcome = 'urgent'), 0), coalesce(sum(outcome = 'sensitive'), 0) "
    "FROM events WHERE at >= ?"
)
TOP_ITEMS = (
    "SELECT item_id, count(*) AS n FROM events "
    "WHERE at >= ? AND outcome = 'answer' AND item_id IS NOT NULL "
    "GROUP BY item_id ORDER BY n DESC, item_id LIMIT ?"
)
TOP_UNANSWERED = (
    "SELECT q.question, count(DISTINCT coalesce(a.user_id, a.origin_kind)) AS askers, "
    "count(*) AS n FROM asks AS a JOIN questions AS q "
    "ON q.id = a.question_id WHERE q.status = 'open' AND a.asked_at >= ? "
    "GROUP BY q.id ORDER BY askers DESC, n DESC, max(a.asked_at) DESC, q.id LIMIT ?"
)
# Cascades to the asks (foreign keys are on).
PURGE = "DELETE FROM questions WHERE status <> 'open' AND resolved_at < ?"
PURGE_FEEDBACK = "DELETE FROM feedback WHERE at < ?"
PURGE_EVENTS = "DELETE FROM events WHERE at < ?"

COUNT = "SELECT count(*) FROM questions WHERE status = ?"
COUNT_ALL = "SELECT count(*) FROM questions"

USER_QUESTIONS = "SELECT DISTINCT question_id FROM asks WHERE user_id = ?"
DELETE_USER_ASKS = "DELETE FROM asks WHERE user_id = ?"
DELETE_USER_FEEDBACK = "DELETE FROM feedback WHERE user_id = ?"
# A rare erasure request: a scan of the questions table is fine here.
FORGET_RESOLVER = "UPDATE questions SET resolved_by = NULL WHERE resolved_by = ?"
DELETE_IF_UNASKED = "DELETE FROM questions WHERE id = ? AND ask_count = 0"

