"""The moderators' command line: groups, resolve/dismiss with two notes, teaching the bot,
suggestions and the stats chart. In-process (``bot.cli.main``) with a clean environment;
tests/test_cli.py runs the contract with a process's streams, and a few cases as real
processes."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from bot import cli
from bot.config import ENVIRONMENT
from bot.core.models import FeedbackKind, Origin, OriginKind
from bot.storage import Status, UnansweredLog
from tests.discord_bot.fixtures import FAQ_TEXT
from tests.review.conftest import in_channel
from tests.storage.helpers import record_ask, record_event, record_feedback

T0 = dt.datetime(2018, 6, 28, 14, 0, tzinfo=dt.UTC)
T = TypeVar("T")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SEMANTIC_SEARCH", "off")
    monkeypatch.chdir(tmp_path)  # no .env but the test's own
    yield


@pytest.fixture
def faq(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    path.write_text(FAQ_TEXT, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "questions.sqlite3"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def with_log(db: Path, use: Callable[[UnansweredLog], Awaitable[T]]) -> T:
    """Run ``use`` on the log at ``db`` (the command line runs its own event loop)."""

    async def body() -> T:
        async with await UnansweredLog.open(db) as log:
            return await use(log)

    return asyncio.run(body())


def seed(db: Path, *asked: tuple[str, Origin], outcome: str = "unknown") -> list[int]:
    async def record(log: UnansweredLog) -> list[int]:
        return [await record_ask(log, text, origin, asked_at=T0, best_id=None, best_score=None,
                                 outcome=outcome) for text, origin in asked]

    return with_log(db, record)


CLOAKROOM = [("Where is the cloakroom?", in_channel(1, 11)),
             ("where is the cloakroom", in_channel(2, 12)),
             ("wher is the cloakrom", in_channel(3, 13)),
             ("where exactly is the cloakroom?", in_channel(4, 14))]


def test_no_option_is_read_as_an_abbreviation_of_another(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    for argv in (["unanswered", "resolve", "1", "--faq-i", "wifi"],
                 ["unanswered", "list", "--stat", "all"],
                 ["ask", "--js", "wifi?"],
                 ["faq", "add", "--id", "x", "--quest", "Q?", "--answer", "A."]):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 2
        assert "unrecognized arguments" in capsys.readouterr().err


def test_list_shows_groups_across_case_and_typos_and_json_gives_one_object_per_group(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    ids = seed(db, *CLOAKROOM, ("is there parking?", Origin.console()))
    seed(db, ("where are the snipers posted?", in_channel(5, 15)), outcome="sensitive")

    code, out, _ = run(capsys, "unanswered", "list", "--db", db, "--faq", faq)
    _, json_out, _ = run(capsys, "unanswered", "list", "--db", db, "--faq", faq, "--json")

    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "6 open question(s) in 3 group(s), most people first:"
    assert lines[1].startswith(f"#{ids[0]:<5} asked 4x by 4 people")
    assert lines[2] == "        Where is the cloakroom?"
    assert lines[3] == f"        same question: #{ids[1]}, #{ids[2]}"
    assert lines[4] == f"        similar: #{ids[3]} where exactly is the cloakroom?"
    assert any("[sensitive]" in line for line in lines)
    objects = [json.loads(line) for line in json_out.splitlines()]
    assert objects[0] == {"id": ids[0], "text": "Where is the cloakroom?", "asks": 4,
                          "askers": 4, "members": ids[:4], "status": "open",
                          "sensitive": False, "language": None}
    [sensitive] = [o for o in objects if o["sensitive"]]
    assert sensitive["text"] == "where are the snipers posted?"
    assert sorted(k for k in objects[2]) == sorted(
        ["id", "text", "asks", "askers", "members", "status", "sensitive", "language"])


def test_resolve_acts_on_the_whole_group_and_keeps_the_notes_apart(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    ids = seed(db, *CLOAKROOM, ("is there parking?", Origin.console()))

    code, out, _ = run(capsys, "unanswered", "resolve", ids[2], "--db", db, "--faq", faq,
                       "--faq-id", "badge", "--answer", "By the visitors' entrance.",
                       "--internal-note", "new entry tomorrow")

    assert code == 0
    assert out.splitlines()[-1] == (
        f"Resolved 4 questions from 4 people (group #{ids[0]}) with `badge`; 4 people to tell "
        f"on Discord: {cli.LATER}.")
    records = with_log(db, lambda log: asyncio.gather(*(log.get(i) for i in ids)))
    waiting = with_log(db, lambda log: log.to_notify())
    assert [r.status for r in records if r] == [Status.RESOLVED] * 4 + [Status.OPEN]
    assert {(r.note, r.reply) for r in records[:4] if r} == {
        ("new entry tomorrow", "By the visitors' entrance.")}
    assert [r.id for r in waiting] == ids[:4]


def test_dismiss_with_a_reason_for_askers_and_a_note_for_moderators(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    [spam] = seed(db, ("buy cheap watches", in_channel(9, 19)))

    code, out, _ = run(capsys, "unanswered", "dismiss", spam, "--db", db, "--faq", faq,
                       "--reason", "Only conference questions here.", "--note", "spam")

    assert code == 0 and "1 person to tell on Discord" in out
    record = with_log(db, lambda log: log.get(spam))
    assert record is not None
    assert (record.status, record.reply, record.note) == (
        Status.DISMISSED, "Only conference questions here.", "spam")


def test_split_takes_a_question_out_of_its_group(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    ids = seed(db, *CLOAKROOM)

    code, out, _ = run(capsys, "unanswered", "split", ids[3], "--db", db)
    _, listing, _ = run(capsys, "unanswered", "list", "--db", db, "--faq", faq, "--json")

    assert code == 0 and out.startswith(f"#{ids[3]} split out")
    assert [json.loads(line)["members"] for line in listing.splitlines()] == [ids[:3], [ids[3]]]
    undone = run(capsys, "unanswered", "split", ids[3], "--undo", "--db", db)
    missing = run(capsys, "unanswered", "split", "999", "--db", db)
    assert undone[0] == 0 and undone[1].startswith(f"#{ids[3]} grouped again")
    assert missing[0] == 1 and missing[2].strip() == "error: no question with id 999"


def test_resolve_add_alternate_edits_the_faq_named_by_faq_not_faq_id(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path, tmp_path: Path
) -> None:
    [question] = seed(db, ("Hello! Is there a quiet room for phone calls? thx",
                                 in_channel(1, 11)))
    other = tmp_path / "other.yaml"
    other.write_text(FAQ_TEXT, encoding="utf-8")

    code, out, _ = run(capsys, "unanswered", "resolve", question, "--db", db, "--faq", faq,
                       "--faq-id", "badge", "--add-alternate")
    _, answered, _ = run(capsys, "ask", "--faq", faq, "--json",
                         "Is there a quiet room for phone calls?")

    assert code == 0
    assert (f"Added 'Is there a quiet room for phone calls?' to the alternates of 'badge' "
            f"({faq}, line ") in out
    assert "the running bot loads it within FAQ_POLL_SECONDS and the bot now answers it" in out
    assert faq.read_text(encoding="utf-8").count("Is there a quiet room for phone calls?") == 1
    assert other.read_text(encoding="utf-8") == FAQ_TEXT
    result = json.loads(answered)
    assert (result["answered"], result["id"]) == (True, "badge")


def test_an_alternate_text_is_added_as_given(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    [question] = seed(db, ("hi, where do I print my slides? thx", in_channel(1, 11)))

    code, _, _ = run(capsys, "unanswered", "resolve", question, "--db", db, "--faq", faq,
                     "--faq-id", "badge", "--alternate-text", "printing slides")

    assert code == 0
    assert "[badge pick-up, registration desk, printing slides]" in faq.read_text("utf-8")


def test_resolve_refuses_unknown_entries_and_add_alternate_without_one(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    [question] = seed(db, ("is there a cloakroom?", in_channel(1, 11)))

    unknown = run(capsys, "unanswered", "resolve", question, "--db", db, "--faq", faq,
                  "--faq-id", "wfi")
    alone = run(capsys, "unanswered", "resolve", question, "--db", db, "--faq", faq,
                "--add-alternate")

    assert unknown[0] == 1 and "no entry 'wfi'" in unknown[2] and "did you mean wifi" in unknown[2]
    assert alone[0] == 1 and "FAQ id" in alone[2]
    assert faq.read_text(encoding="utf-8") == FAQ_TEXT


def test_faq_add_from_a_group_writes_the_entry_and_resolves_the_group(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    ids = seed(db, *CLOAKROOM)

    code, out, _ = run(capsys, "faq", "add", "--id", "cloakroom", "--answer",
                       "By the visitors' entrance, door 3.", "--from-group", ids[1],
                       "--faq", faq, "--db", db)
    _, answered, _ = run(capsys, "ask", "--faq", faq, "--json", "wher is the cloakrom")

    assert code == 0 and "Resolved 4 questions from 4 people" in out
    assert json.loads(answered)["id"] == "cloakroom"
    text = faq.read_text(encoding="utf-8")
    assert "  - id: cloakroom\n    question: Where is the cloakroom?\n    alternates:\n" in text


def test_faq_add_without_a_database(
    capsys: pytest.CaptureFixture[str], faq: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "faq", "add", "--id", "parking", "--question",
                       "Is there parking?", "--answer", "No, take the subway.", "--alternates",
                       "where can I park", "car park", "--faq", faq)
    assert code == 0 and "Added the FAQ entry 'parking'" in out
    assert not (tmp_path / "data").exists()
    refused = run(capsys, "faq", "add", "--id", "parking", "--question", "Q?", "--answer", "A.",
                  "--faq", faq)
    assert refused[0] == 1 and "already used" in refused[2]


def test_suggestions_are_listed_accepted_and_rejected(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path
) -> None:
    async def votes(log: UnansweredLog) -> None:
        for user in (1, 2):
            await record_feedback(log, FeedbackKind.SUGGESTION_CHOSEN, "where's lunch today?",
                                      item_id="lunch-thursday", origin=in_channel(user, user),
                                      at=T0)
        for user in (3, 4):
            await record_feedback(log, FeedbackKind.NOT_HELPFUL, "wifi in the hotel?",
                                  item_id="wifi",
                                      origin=in_channel(user, user), at=T0)

    with_log(db, votes)

    _, listed, _ = run(capsys, "faq", "suggestions", "--db", db, "--faq", faq, "--json")
    found = {s["kind"]: s for s in map(json.loads, listed.splitlines())}
    code, accepted, _ = run(capsys, "faq", "accept", found["picked"]["key"], "--db", db,
                            "--faq", faq)
    rejected = run(capsys, "faq", "reject", found["not_helpful"]["key"], "--db", db,
                   "--faq", faq)
    _, after, _ = run(capsys, "faq", "suggestions", "--db", db, "--faq", faq)

    assert (found["picked"]["target"], found["picked"]["people"]) == ("lunch-thursday", 2)
    assert found["not_helpful"]["entries"] == ["wifi"]
    assert code == 0 and "now answers it with `lunch-thursday`" in accepted
    assert rejected[0] == 0 and "not suggested again" in rejected[1]
    assert after.startswith("No suggestions")


def test_faq_stats_prints_the_numbers_and_writes_the_chart(
    capsys: pytest.CaptureFixture[str], faq: Path, db: Path, tmp_path: Path
) -> None:
    seed(db, *CLOAKROOM)
    with_log(db, lambda log: record_event(log, outcome="answer", item_id="wifi",
                                          origin_kind=OriginKind.DISCORD,
                                          at=dt.datetime.now(dt.UTC)))
    chart = tmp_path / "week.png"

    code, out, err = run(capsys, "faq", "stats", "--db", db, "--faq", faq, "--png", chart)

    assert code == 0
    assert "Overall: 1 asked, 100% answered" in out
    assert "asked 4x" not in out and "4 people, 4x  Where is the cloakroom?" in out
    assert chart.read_bytes().startswith(b"\x89PNG") and f"wrote the chart to {chart}" in err
    bad = run(capsys, "faq", "stats", "--db", db, "--faq", faq, "--png", tmp_path / "no" / "x")
    assert bad[0] == 1 and "cannot write" in bad[2]


def test_purge_applies_the_retention_to_feedback_and_events_too(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=100)
    async def old_and_new(log: UnansweredLog) -> None:
        await record_feedback(log, FeedbackKind.NOT_HELPFUL, "q", item_id="wifi",
                              origin=Origin.console(),
                                  at=old)
        await record_event(log, outcome="answer", item_id="wifi", origin_kind=OriginKind.CONSOLE,
                           at=old)
        await record_event(log, outcome="answer", item_id="wifi", origin_kind=OriginKind.CONSOLE,
                               at=dt.datetime.now(dt.UTC))

    with_log(db, old_and_new)

    code, out, _ = run(capsys, "unanswered", "purge", "--db", db, "--days", "90")

    assert code == 0 and "and 1 feedback and 1 stats event(s) from before then" in out
    assert with_log(db, lambda log: log.stats()).asked == 1
    assert with_log(db, lambda log: log.feedback()) == []
