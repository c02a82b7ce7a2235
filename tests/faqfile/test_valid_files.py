"""Valid files load into the expected KnowledgeBase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.core.models import Conference, FaqEntry, KnowledgeBase, Room, Session, Theme, Venue
from bot.faqfile import LoadResult, Problem, Severity, load_knowledge_base, parse_knowledge_base
from tests.faqfile.helpers import MINIMAL, parse

pytestmark = pytest.mark.usefixtures("yaml_loader")

RICH = """\
# A rich file using every field of the format.
version: 1
conference:
  name: United Nations High-Level Conference of Heads of Counter-Terrorism Agencies
  short_name: CT Heads 2018
  timezone: America/New_York
  dates: [2018-06-28, 2018-06-29]
  summary: >-
    The first gathering of the heads of
    counter-terrorism agencies.
  website: https://www.example.org/ct2018
venue:
  name: United Nations Headquarters
  address: 405 East 42nd Street, New York, NY 10017
  directions: Enter at First Avenue and 46th Street.
  notes: The information desk is in the lobby.
  rooms:
    - id: ga-hall
      name: General Assembly Hall
      notes: General Assembly Building.
    - id: conf-room-4
      name: Conference Room 4
themes:
  - id: theme-financing
    title: Countering the financing of terrorism
    summary: How terrorist groups raise and move money.
    keywords: [CFT, FATF]
  - id: theme-pve
    title: Preventing violent extremism
    summary: Prevention.
sessions:
  - id: opening-session
    title: Opening session
    day: 2018-06-28
    start: "10:00"
    end: "11:15"
    room: ga-hall
    theme: theme-pve
    speakers:
      - António Guterres, Secretary-General
      - Vladimir Voronkov
    description: |
      Official opening.
      Seated by 09:45.
    alternates: [opening ceremony]
  - id: side-event
    title: "Side event: victims"
    day: 2018-06-29
    start: '13:15'
    end: '14:30'
    room: North Lawn tent
faq:
  - id: wifi
    question: Is there wifi?
    alternates:
      - What is the wifi password?
    keywords: [wifi, internet]
    category: logistics
    answer: "Yes: the network is UN-Guest, no password."
  - id: badge
    question:   Where do I get my badge?
    answer: >
      At the UN Pass and ID Office,
      801 First Avenue.
"""


def test_minimal_file_loads_with_empty_sections() -> None:
    result = parse(MINIMAL)
    assert result.ok and result.problems == ()
    assert result.kb == KnowledgeBase(
        conference=Conference(
            name="Test Conference",
            timezone="America/New_York",
            dates=(dt.date(2018, 6, 28),),
        )
    )
    assert result.kb.venue is None
    assert (result.kb.themes, result.kb.sessions, result.kb.faq) == ((), (), ())


def test_rich_file_loads_every_field() -> None:
    result = parse(RICH)
    assert result.problems == ()
    kb = result.kb
    assert kb is not None
    assert kb.conference == Conference(
        name="United Nations High-Level Conference of Heads of Counter-Terrorism Agencies",
        timezone="America/New_York",
        dates=(dt.date(2018, 6, 28), dt.date(2018, 6, 29)),
        short_name="CT Heads 2018",
        summary="The first gathering of the heads of counter-terrorism agencies.",
        website="https://www.example.org/ct2018",
    )
    assert kb.venue == Venue(
        name="United Nations Headquarters",
        address="405 East 42nd Street, New York, NY 10017",
        directions="Enter at First Avenue and 46th Street.",
        notes="The information desk is in the lobby.",
        rooms=(
            Room("ga-hall", "General Assembly Hall", "General Assembly Building."),
            Room("conf-room-4", "Conference Room 4"),
        ),
    )
    assert kb.themes == (
        Theme(
            "theme-financing",
            "Countering the financing of terrorism",
            "How terrorist groups raise and move money.",
            ("CFT", "FATF"),
        ),
        Theme("theme-pve", "Preventing violent extremism", "Prevention."),
    )
    assert kb.sessions[0] == Session(
        id="opening-session",
        title="Opening session",
        day=dt.date(2018, 6, 28),
        start=dt.time(10, 0),
        end=dt.time(11, 15),
        room="ga-hall",
        theme="theme-pve",
        speakers=("António Guterres, Secretary-General", "Vladimir Voronkov"),
        description="Official opening.\nSeated by 09:45.",
        alternates=("opening ceremony",),
    )
    side = kb.sessions[1]
    assert (side.title, side.start, side.end, side.room, side.theme) == (
        "Side event: victims",
        dt.time(13, 15),
        dt.time(14, 30),
        "North Lawn tent",
        None,
    )
    assert kb.room_name("ga-hall") == "General Assembly Hall"
    assert kb.room_name("North Lawn tent") == "North Lawn tent"
    assert kb.faq == (
        FaqEntry(
            id="wifi",
            question="Is there wifi?",
            answer="Yes: the network is UN-Guest, no password.",
            alternates=("What is the wifi password?",),
            keywords=("wifi", "internet"),
            category="logistics",
        ),
        FaqEntry(
            id="badge",
            question="Where do I get my badge?",
            answer="At the UN Pass and ID Office, 801 First Avenue.",
        ),
    )
    assert isinstance(kb.item("opening-session"), Session)
    assert kb.theme("theme-pve") == kb.themes[1]


def test_values_are_tuples_dates_and_times_not_lists_or_strings() -> None:
    kb = parse(RICH).kb
    assert kb is not None
    session = kb.sessions[0]
    assert type(session.day) is dt.date
    assert isinstance(session.start, dt.time)
    assert isinstance(kb.conference.dates, tuple)
    assert isinstance(session.speakers, tuple)
    assert isinstance(kb.faq[0].keywords, tuple)


def test_text_keeps_inner_whitespace_but_strips_the_ends() -> None:
    text = MINIMAL.replace(
        "faq: []",
        'faq:\n  - id: a\n    question: "  Two  spaces  "\n'
        '    answer: "Line one.\\n\\nLine two.  "',
    )
    kb = parse(text).kb
    assert kb is not None
    assert kb.faq[0].question == "Two  spaces"
    assert kb.faq[0].answer == "Line one.\n\nLine two."


def test_utf8_bom_crlf_and_non_ascii_answers_are_valid() -> None:
    text = MINIMAL.replace(
        "faq: []",
        "faq:\n  - id: cafe\n    question: Où est le café ?\n"
        "    answer: Au 2ᵉ étage — 咖啡 ☕, près de l'ECOSOC.",
    )
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    result = parse(data)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert result.kb.faq[0].answer == "Au 2ᵉ étage — 咖啡 ☕, près de l'ECOSOC."
    assert result.kb.conference.name == "Test Conference"


def test_crlf_file_reports_correct_lines() -> None:
    text = MINIMAL.replace("faq: []", "faq:\n  - id: a\n    question: q\n")
    result = parse(text.replace("\n", "\r\n").encode())
    assert [(p.field, p.line) for p in result.errors] == [("faq[0].answer", 7)]


def test_bom_in_a_string_is_ignored() -> None:
    assert parse("\ufeff" + MINIMAL).ok


def test_quoted_dates_and_unquoted_leading_zero_times_are_accepted() -> None:
    text = MINIMAL.replace("[2018-06-28]", '["2018-06-28"]').replace(
        "faq: []",
        "sessions:\n  - id: s\n    title: S\n    day: '2018-06-28'\n"
        "    start: 09:30\n    end: '10:00'\n    room: Lobby\nfaq: []",
    )
    result = parse(text)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert result.kb.sessions[0].start == dt.time(9, 30)


def test_anchors_aliases_and_merge_keys_are_supported() -> None:
    text = MINIMAL.replace(
        "faq: []",
        "faq:\n"
        "  - &base {id: a, question: Q, answer: Shared answer., category: general}\n"
        "  - <<: *base\n"
        "    id: b\n",
    )
    result = parse(text)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    second = result.kb.faq[1]
    assert (second.id, second.answer, second.category) == ("b", "Shared answer.", "general")


def test_optional_fields_left_empty_count_as_absent() -> None:
    text = MINIMAL.replace("faq: []", "venue:\nthemes:\nsessions: []\nfaq: []").replace(
        "  dates:", "  summary:\n  dates:"
    )
    result = parse(text)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert result.kb.venue is None and result.kb.conference.summary is None


def test_load_knowledge_base_reads_a_file_and_shows_the_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "conference.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = load_knowledge_base(path)
    assert result.ok and result.path == str(path)
    assert load_knowledge_base(str(path)).kb == result.kb


def test_parse_uses_string_placeholder_path_by_default() -> None:
    result = parse_knowledge_base(b"version: 1\n")
    assert result.path == "<string>"
    assert all(p.path == "<string>" for p in result.problems)


def test_problem_str_formats() -> None:
    assert str(Problem("faq/conference.yaml", 41, "faq[3].answer", "required")) == (
        "faq/conference.yaml:41: faq[3].answer: required"
    )
    warning = Problem("f.yaml", 12, "faq[0].answer", "duplicate key", Severity.WARNING)
    assert str(warning) == "f.yaml:12: faq[0].answer: warning: duplicate key"
    assert str(Problem("f.yaml", None, "conference", "bad")) == "f.yaml: conference: bad"
    assert str(Problem("f.yaml", None, "", "file not found")) == "f.yaml: file not found"
    assert str(Problem("f.yaml", 3, "", "syntax")) == "f.yaml:3: syntax"


def test_load_result_splits_errors_and_warnings() -> None:
    error = Problem("f", 1, "a", "bad")
    warning = Problem("f", 2, "b", "odd", Severity.WARNING)
    result = LoadResult("f", None, (error, warning))
    assert not result.ok
    assert result.errors == (error,) and result.warnings == (warning,)


def test_warnings_alone_keep_the_knowledge_base() -> None:
    result = parse(MINIMAL.replace("faq: []", "faq: []\ncolour: blue"))
    assert result.ok
    assert result.errors == ()
    assert [p.field for p in result.warnings] == ["colour"]
