"""Moderators' edits of the FAQ file: one new line, nothing else touched, never over an
organiser's own edit."""

from __future__ import annotations

import datetime as dt
import difflib
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.answering import answer
from bot.core.models import FaqEntry
from bot.faqfile import load_knowledge_base, parse_knowledge_base
from bot.faqfile.editor import (
    FaqChangedError,
    FaqEditError,
    NewEntry,
    add_alternate,
    add_entry,
    commit,
    plan_alternate,
    plan_entry,
    read_snapshot,
    yaml_scalar,
)
from bot.wiring import load_faq

REPO = Path(__file__).resolve().parents[2]
BUNDLED = REPO / "faq" / "conference.yaml"
NOW = dt.datetime(2018, 6, 28, 12, 0, tzinfo=dt.UTC)

# Comments everywhere, odd but valid indentation, quotes of every kind, a folded answer,
# the newer optional sections: the kind of file organisers keep.
COMMENTED = """\
# ==========================================================
# Our FAQ. Keep the comments!   (two spaces, on purpose)
# ==========================================================
version: 1   # the format

conference:
    name: "Test Conference"     # quoted on purpose
    timezone: America/New_York
    dates: [2018-06-28, 2018-06-29]

sessions:
-   id: opening            # a dash with three spaces
    title: 'Opening session'
    day: 2018-06-28
    start: "10:00"
    end: "11:15"
    room: GA Hall

glossary:
  - term: foreign terrorist fighters   # FTFs
    abbreviations: [FTF, FTFs]

urgent:
  - id: medical-emergency
    topic: Medical emergency
    answer: Call UN security at 212-963-6666 at once.
    triggers: [collapsed, heart attack]

sensitive:
  - id: security-arrangements
    topic: Security arrangements
    answer: I can't discuss security arrangements.
    triggers: [snipers, security detail]

faq:
  # --- logistics -----------------------------------------
  - id: wifi
    question: Is there wifi?   # the common one
    alternates:
      # the phrasings people use
      - What is the wifi password?
      - "internet: how?"
    # keywords help matching
    keywords: [wifi, internet, password]
    answer: >-
      Yes: the network is UN-Guest,
      and the password is unite2018.
  # the badge entry
  - id: badge
    question: Where do I get my badge?
    alternates: [badge pick-up, registration desk]   # flow style, kept
    answer: "Badges are at the visitors' entrance."
  - id: lunch
    question: Where is lunch served?
    keywords:   [lunch, food]
    answer: In the Delegates' Dining Room.   # trailing comment
# end of file: nothing after this
"""


def write(tmp_path: Path, text: str = COMMENTED, name: str = "faq.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def changed_lines(before: str, after: str) -> list[str]:
    """The diff as '+line' / '-line', without context."""
    return [
        line for line in difflib.unified_diff(before.splitlines(), after.splitlines(),
                                              lineterm="", n=0)
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_a_new_alternate_on_a_heavily_commented_file_is_one_new_line_and_nothing_else(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)

    edit = add_alternate(path, "wifi", "wifi pwd pls?")

    after = path.read_text(encoding="utf-8")
    assert changed_lines(COMMENTED, after) == ["+      - wifi pwd pls?"]
    lines = after.splitlines()
    assert edit.line is not None and lines[edit.line - 1] == "      - wifi pwd pls?"
    assert lines[edit.line - 2] == '      - "internet: how?"'  # the last alternate before it
    loaded = load_knowledge_base(path)
    assert loaded.kb is not None and not loaded.problems
    wifi = loaded.kb.item("wifi")
    assert isinstance(wifi, FaqEntry) and wifi.alternates[-1] == "wifi pwd pls?"


def test_after_the_edit_the_askers_exact_question_is_answered_by_that_entry(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)
    question = "is the guest network free for delegates"
    before = answer(load_faq(path).index, question, NOW)
    assert not (before.answered and before.item_id == "wifi")

    add_alternate(path, "wifi", question)

    after = answer(load_faq(path).index, question, NOW)
    assert (after.answered, after.item_id) == (True, "wifi")


def test_a_flow_list_gets_the_phrasing_on_its_own_line_and_keeps_its_style(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)
    add_alternate(path, "badge", "where's the badge office, please")
    assert changed_lines(COMMENTED, path.read_text(encoding="utf-8")) == [
        "-    alternates: [badge pick-up, registration desk]   # flow style, kept",
        '+    alternates: [badge pick-up, registration desk, "where\'s the badge office, '
        'please"]   # flow style, kept',
    ]


def test_an_entry_without_alternates_gets_the_list_under_its_question(tmp_path: Path) -> None:
    path = write(tmp_path)
    add_alternate(path, "lunch", "when is lunch")
    assert changed_lines(COMMENTED, path.read_text(encoding="utf-8")) == [
        "+    alternates:", "+      - when is lunch"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[lines.index("    alternates:", 40) - 1] == "    question: Where is lunch served?"


def test_a_session_takes_alternates_too(tmp_path: Path) -> None:
    path = write(tmp_path)
    add_alternate(path, "opening", "opening ceremony")
    assert changed_lines(COMMENTED, path.read_text(encoding="utf-8")) == [
        "+    alternates:", "+      - opening ceremony"]


@pytest.mark.parametrize("empty", ["alternates:", "alternates: ~", "alternates: null  # none"])
def test_an_empty_alternates_key_gets_its_first_item(tmp_path: Path, empty: str) -> None:
    text = COMMENTED.replace("    keywords:   [lunch, food]\n",
                             f"    {empty}\n    keywords:   [lunch, food]\n")
    path = write(tmp_path, text)
    add_alternate(path, "lunch", "when is lunch")
    after = path.read_text(encoding="utf-8")
    kept = empty.replace(" ~", "").replace(" null", "")
    assert f"    {kept}\n      - when is lunch\n    keywords:" in after
    lunch = load_knowledge_base(path).kb.item("lunch")  # type: ignore[union-attr]
    assert isinstance(lunch, FaqEntry) and lunch.alternates == ("when is lunch",)


def test_windows_line_endings_and_a_bom_are_kept(tmp_path: Path) -> None:
    text = "\ufeff" + COMMENTED.replace("\n", "\r\n")
    path = write(tmp_path, text)
    add_alternate(path, "wifi", "wifi code")
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert b"      - wifi code\r\n" in data
    assert data.count(b"\n") == data.count(b"\r\n") == COMMENTED.count("\n") + 1


def test_the_bundled_faq_changes_by_one_line_and_keeps_its_newer_sections(
    tmp_path: Path,
) -> None:
    original = BUNDLED.read_text(encoding="utf-8")
    path = write(tmp_path, original)
    add_alternate(path, "wifi", "wifi pwd pls")
    after = path.read_text(encoding="utf-8")
    assert changed_lines(original, after) == ["+      - wifi pwd pls"]
    before_kb, after_kb = load_knowledge_base(BUNDLED).kb, load_knowledge_base(path).kb
    assert before_kb is not None and after_kb is not None
    assert (after_kb.glossary, after_kb.alerts) == (before_kb.glossary, before_kb.alerts)


@pytest.mark.parametrize(
    "phrasing",
    ["wifi: how?", "#wifi", "- wifi", "yes", "10:30", "null", "it's \"free\"?", "a, b [c]",
     "wifi # password", "what's on?", "@admin wifi", "100%", "ключ от wifi", "wifi:",
     "trailing colon: ", "café wifi"],
)
def test_awkward_phrasings_are_quoted_so_they_read_back_exactly(
    tmp_path: Path, phrasing: str
) -> None:
    path = write(tmp_path)
    add_alternate(path, "wifi", phrasing)
    add_alternate(path, "badge", phrasing + " badge")  # the flow list too
    kb = load_knowledge_base(path).kb
    assert kb is not None
    wifi, badge = kb.item("wifi"), kb.item("badge")
    assert isinstance(wifi, FaqEntry) and isinstance(badge, FaqEntry)
    assert wifi.alternates[-1] == " ".join(phrasing.split())
    assert badge.alternates[-1] == " ".join((phrasing + " badge").split())


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=60))
def test_any_text_is_written_as_a_scalar_that_reads_back_as_itself(text: str) -> None:
    for flow in (False, True):
        scalar = yaml_scalar(text, flow=flow)
        item = f"[{scalar}]" if flow else f"- {scalar}\n"
        result = parse_knowledge_base(
            f"version: 1\nconference:\n  name: T\n  timezone: UTC\n  dates: [2018-06-28]\n"
            f"faq:\n  - id: a\n    question: q\n    answer: a\n    alternates: {item}\n"
            if flow else
            f"version: 1\nconference:\n  name: T\n  timezone: UTC\n  dates: [2018-06-28]\n"
            f"faq:\n  - id: a\n    question: q\n    answer: a\n    alternates:\n    {item}"
        )
        if result.kb is not None:  # control characters are refused by YAML itself
            entry = result.kb.faq[0]
            assert entry.alternates == (text.strip(),) or not text.strip()


def test_a_phrasing_the_entry_already_has_changes_nothing(tmp_path: Path) -> None:
    path = write(tmp_path)
    stamp = os.stat(path).st_mtime_ns
    edit = add_alternate(path, "wifi", "what is the WiFi password")
    assert not edit.changed and "already has" in edit.summary()
    assert path.read_text(encoding="utf-8") == COMMENTED
    assert os.stat(path).st_mtime_ns == stamp


@pytest.mark.parametrize(
    ("entry_id", "phrasing", "message"),
    [
        ("nope", "wifi?", "no FAQ entry or session with the id 'nope'"),
        ("wifi", "   ", "empty"),
        ("wifi", "x" * 301, "at most 300 characters"),
        ("wifi", "Where is lunch served?", "reads the same as"),  # another entry's question
    ],
)
def test_an_edit_that_cannot_work_is_refused_and_the_file_is_untouched(
    tmp_path: Path, entry_id: str, phrasing: str, message: str
) -> None:
    path = write(tmp_path)
    with pytest.raises(FaqEditError, match=message):
        add_alternate(path, entry_id, phrasing)
    assert path.read_text(encoding="utf-8") == COMMENTED


def test_a_file_with_problems_is_not_edited(tmp_path: Path) -> None:
    text = COMMENTED.replace('start: "10:00"', "start: 10:00")
    path = write(tmp_path, text)
    with pytest.raises(FaqEditError, match="has problems now"):
        add_alternate(path, "wifi", "wifi code")
    assert path.read_text(encoding="utf-8") == text


def test_an_organisers_concurrent_edit_is_never_overwritten(tmp_path: Path) -> None:
    path = write(tmp_path)
    edit = plan_alternate(read_snapshot(path), "wifi", "wifi code")
    theirs = COMMENTED.replace("Yes: the network is UN-Guest,", "Yes: the network is HLC,")
    path.write_text(theirs, encoding="utf-8")  # an organiser saves meanwhile

    with pytest.raises(FaqChangedError, match="changed on disk since it was read"):
        commit(edit)

    assert path.read_text(encoding="utf-8") == theirs
    assert [p.name for p in tmp_path.iterdir()] == ["faq.yaml"]  # no temporary file left


def test_the_file_is_replaced_whole_with_its_permissions_and_a_symlink_stays_a_link(
    tmp_path: Path,
) -> None:
    real = write(tmp_path, name="real.yaml")
    os.chmod(real, 0o640)
    link = tmp_path / "faq.yaml"
    link.symlink_to(real)
    inode = os.stat(real).st_ino

    add_alternate(link, "wifi", "wifi code")

    assert link.is_symlink() and "wifi code" in real.read_text(encoding="utf-8")
    assert os.stat(real).st_ino != inode  # a new file renamed over the old one
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faq.yaml", "real.yaml"]


# --- a new entry ----------------------------------------------------------------------


def test_a_new_entry_is_added_at_the_end_of_the_faq_in_the_files_own_layout(
    tmp_path: Path,
) -> None:
    path = write(tmp_path)
    long_answer = ("The cloakroom by the visitors' entrance is open from 08:00 until half an "
                   "hour after the last session; it takes coats and small bags only.")

    edit = add_entry(path, NewEntry("cloakroom", "Is there a cloakroom?", long_answer,
                                    ("where can I leave my coat", "Is there a cloakroom?")))

    assert changed_lines(COMMENTED, path.read_text(encoding="utf-8")) == [
        "+  - id: cloakroom",
        "+    question: Is there a cloakroom?",
        "+    alternates:",
        "+      - where can I leave my coat",
        "+    answer: >-",
        "+      The cloakroom by the visitors' entrance is open from 08:00 until half an",
        "+      hour after the last session; it takes coats and small bags only.",
    ]
    kb = load_knowledge_base(path).kb
    assert kb is not None and kb.faq[-1] == FaqEntry(
        id="cloakroom", question="Is there a cloakroom?", answer=long_answer,
        alternates=("where can I leave my coat",))
    assert edit.line == COMMENTED.splitlines().index("# end of file: nothing after this") + 1
    assert answer(load_faq(path).index, "where can I leave my coat", NOW).item_id == "cloakroom"


def test_a_multi_line_answer_keeps_its_lines(tmp_path: Path) -> None:
    path = write(tmp_path)
    text = "Two cloakrooms:\n- visitors' entrance\n- delegates' lounge"
    add_entry(path, NewEntry("cloakrooms", "Where are the cloakrooms?", text))
    kb = load_knowledge_base(path).kb
    assert kb is not None and kb.faq[-1].answer == text


def test_the_first_entry_of_an_empty_faq_list(tmp_path: Path) -> None:
    text = "version: 1\nconference:\n  name: T\n  timezone: UTC\n  dates: [2018-06-28]\n" \
        "faq: []  # nothing yet\n"
    path = write(tmp_path, text)
    add_entry(path, NewEntry("wifi", "Is there wifi?", "Yes."))
    kb = load_knowledge_base(path).kb
    assert kb is not None and [e.id for e in kb.faq] == ["wifi"]
    assert "# nothing yet" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (NewEntry("wifi", "Q?", "A."), "already used"),
        (NewEntry("medical-emergency", "Q?", "A."), "already used"),
        (NewEntry("Cloak Room", "Q?", "A."), "not a valid id"),
        (NewEntry("cloakroom", "Q?", "  "), "answer is empty"),
        (NewEntry("cloakroom", "Q?", "x" * 1801), "limit is 1800"),
    ],
)
def test_a_new_entry_that_cannot_be_added_is_refused(
    tmp_path: Path, entry: NewEntry, message: str
) -> None:
    path = write(tmp_path)
    with pytest.raises(FaqEditError, match=message):
        plan_entry(read_snapshot(path), entry)
    assert path.read_text(encoding="utf-8") == COMMENTED
