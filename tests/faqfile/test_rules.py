"""Each rule of the format: the exact field path, line and message."""

from __future__ import annotations

import os
import zoneinfo

import pytest

from bot.faqfile import MAX_ANSWER_CHARS, MAX_PROBLEMS, Problem, Severity, validate
from bot.faqfile.loader import _ordered
from tests.faqfile.helpers import (
    GOOD_FAQ,
    GOOD_SESSION,
    HEADER,
    MINIMAL,
    build,
    find,
    line_with,
    only_error,
    parse,
)

pytestmark = pytest.mark.usefixtures("yaml_loader")

W = Severity.WARNING


def session(**changes: str | None) -> str:
    """GOOD_SESSION with fields replaced (value text) or removed (None)."""
    fields: dict[str, str | None] = {
        "id": "opening",
        "title": "Opening session",
        "day": "2018-06-28",
        "start": '"10:00"',
        "end": '"11:15"',
        "room": "ga-hall",
    }
    fields.update(changes)
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "  - " + "\n    ".join(lines) + "\n"


def faq_entry(**changes: str | None) -> str:
    fields: dict[str, str | None] = {"id": "wifi", "question": "Is there wifi?", "answer": "Yes."}
    fields.update(changes)
    lines = [f"{key}: {value}" for key, value in fields.items() if value is not None]
    return "  - " + "\n    ".join(lines) + "\n"


# -- version ------------------------------------------------------------------------


def test_version_is_required() -> None:
    text = MINIMAL.replace("version: 1\n", "")
    assert "version" in str(find(parse(text), "version", 1, "required"))


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("2", "found the number 2"),
        ('"1"', "write it without quotes"),
        ("1.0", "found the number 1.0"),
        ("true", "reads as true"),
        ("one", "found the text 'one'"),
    ],
)
def test_version_must_be_the_integer_1(value: str, fragment: str) -> None:
    result = parse(MINIMAL.replace("version: 1", f"version: {value}"))
    problem = only_error(result)
    assert (problem.field, problem.line) == ("version", 1)
    assert "must be the integer 1" in problem.message and fragment in problem.message


# -- top level ----------------------------------------------------------------------


def test_conference_and_faq_are_required() -> None:
    result = parse("version: 1\n")
    find(result, "conference", 1, "required")
    find(result, "faq", 1, "required")
    assert len(result.errors) == 2


def test_faq_may_be_empty_but_not_left_blank() -> None:
    assert parse(MINIMAL).ok
    result = parse(MINIMAL.replace("faq: []", "faq:"))
    find(result, "faq", 6, "faq: []")


def test_sections_of_the_wrong_type_say_what_was_found() -> None:
    result = parse(MINIMAL.replace("faq: []", "faq: none yet\nthemes: {a: 1}"))
    find(result, "faq", 6, "expected a list of entries")
    find(result, "faq", 6, "found the text 'none yet'")
    find(
        result, "themes", 7, "expected a list of entries, each starting with '- ', found a mapping"
    )


def test_an_entry_that_is_not_a_mapping_is_reported() -> None:
    result = parse(MINIMAL.replace("faq: []", "faq:\n  - just a question"))
    find(result, "faq[0]", 7, "must be a mapping")


def test_unknown_top_level_key_is_a_warning_with_a_hint() -> None:
    text = build() + "sesions: []\n"
    find(parse(text), "sesions", line_with(text, "sesions"), "did you mean 'sessions'?", W)


# -- conference ---------------------------------------------------------------------


def test_conference_required_fields_point_at_the_mapping() -> None:
    text = "version: 1\nconference:\n  short_name: CT\nfaq: []\n"
    result = parse(text)
    for name in ("name", "timezone", "dates"):
        find(result, f"conference.{name}", 3, "required")


def test_blank_text_counts_as_empty() -> None:
    result = parse(MINIMAL.replace("name: Test Conference", 'name: "   "'))
    find(result, "conference.name", 3, "required, but empty")


@pytest.mark.parametrize(
    ("zone", "fragment"),
    [
        ("America/NewYork", "did you mean 'America/New_York'?"),
        ("america/new_york", "did you mean 'America/New_York'?"),
        ("Mars/Olympus_Mons", "unknown time zone 'Mars/Olympus_Mons'"),
        ("/etc/localtime", "unknown time zone"),
        ("../../etc/passwd", "unknown time zone"),
        ("localtime", "unknown time zone"),
        ("America", "unknown time zone"),
        ('"America/New York"', "unknown time zone"),
        ('"a\\u0000b"', "unknown time zone"),
    ],
)
def test_timezone_must_be_an_iana_name(zone: str, fragment: str) -> None:
    result = parse(MINIMAL.replace("timezone: America/New_York", f"timezone: {zone}"))
    find(result, "conference.timezone", 4, fragment)
    assert len(result.errors) == 1


def test_other_iana_zones_are_accepted() -> None:
    for zone in ("UTC", "Europe/Zurich", "Asia/Kolkata", "Etc/GMT+5"):
        assert parse(MINIMAL.replace("America/New_York", zone)).ok


def test_every_zone_of_this_computer_is_known_and_only_as_spelled() -> None:
    zones = sorted(validate._available_time_zones())
    assert len(zones) > 300  # the premise: a zone folder or tzdata to read
    assert [z for z in zones if not validate._is_time_zone(z)] == []
    assert [z for z in zones if z.swapcase() != z
            and validate._is_time_zone(z.swapcase())] == []


def _ignoring_case(monkeypatch: pytest.MonkeyPatch) -> None:
    """ZoneInfo and the zone folder as on a file system that ignores case (macOS's,
    Windows'): "america/new_york" is found, as the file America/New_York."""
    spelled = {z.lower(): z for z in validate._available_time_zones()}
    real_zone, real_isfile = zoneinfo.ZoneInfo, os.path.isfile

    def zone(key: str) -> zoneinfo.ZoneInfo:
        return real_zone(spelled.get(key.lower(), key))

    def isfile(path: str) -> bool:
        for root in zoneinfo.TZPATH:
            if path.startswith(root + os.sep):
                key = os.path.relpath(path, root)
                return real_isfile(os.path.join(root, spelled.get(key.lower(), key)))
        return real_isfile(path)

    monkeypatch.setattr(zoneinfo, "ZoneInfo", zone)
    monkeypatch.setattr(os.path, "isfile", isfile)


def test_a_zone_in_the_wrong_case_is_unknown_where_the_file_system_ignores_case(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ignoring_case(monkeypatch)
    assert validate._is_time_zone("America/New_York")
    assert not validate._is_time_zone("america/new_york")
    assert not validate._is_time_zone("AMERICA/New_York")


def test_a_zone_from_the_tzdata_package_is_known_only_as_spelled_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _ignoring_case(monkeypatch)
    monkeypatch.setattr(zoneinfo, "TZPATH", ())  # no zone folder: the package's files
    assert validate._is_time_zone("Europe/Zurich")
    assert not validate._is_time_zone("europe/zurich")


def test_conference_dates_rules() -> None:
    text = MINIMAL.replace(
        "dates: [2018-06-28]",
        "dates:\n    - 2018-06-28\n    - 2018-06-28\n    - 2018-02-30\n"
        "    - June 29\n    - 2018-06-29 10:00:00",
    )
    result = parse(text)
    find(result, "conference.dates[1]", 7, "2018-06-28 is listed twice (first at line 6)")
    find(result, "conference.dates[2]", 8, "not a real date: 2018-02-30")
    find(result, "conference.dates[3]", 9, "expected a date written YYYY-MM-DD")
    find(result, "conference.dates[4]", 10, "found the date and time")
    assert len(result.errors) == 4


def test_conference_dates_must_be_a_non_empty_list() -> None:
    find(parse(MINIMAL.replace("[2018-06-28]", "[]")), "conference.dates", 5, "at least one")
    find(parse(MINIMAL.replace("[2018-06-28]", "2018-06-28")), "conference.dates", 5, "list")


def test_quoted_impossible_date_is_reported() -> None:
    result = parse(MINIMAL.replace("[2018-06-28]", '["2018-06-31"]'))
    find(result, "conference.dates[0]", 5, "not a real date: 2018-06-31")


# -- venue and rooms ----------------------------------------------------------------


def test_venue_needs_name_and_address() -> None:
    text = MINIMAL.replace("faq: []", "venue:\n  directions: Go east.\nfaq: []")
    result = parse(text)
    find(result, "venue.name", 7, "required")
    find(result, "venue.address", 7, "required")


def test_room_ids_are_unique_slugs() -> None:
    text = (
        HEADER.replace(
            "      name: Conference Room 4\n",
            "      name: Conference Room 4\n"
            "    - id: Room 5\n      name: Room five\n"
            "    - id: ga-hall\n      name: Again\n",
        )
        + "faq: []\n"
    )
    result = parse(text)
    find(result, "venue.rooms[2].id", line_with(text, "Room 5"), "'Room 5' is not a valid id")
    find(result, "venue.rooms[2].id", line_with(text, "Room 5"), "e.g. 'room-5'")
    find(
        result,
        "venue.rooms[3].id",
        line_with(text, "id: ga-hall", 2),
        "duplicate room id 'ga-hall' (already used at line 10 by venue.rooms[0])",
    )


# -- ids ----------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["Wifi", "wi_fi", "wi fi", "-wifi", "wifi-", "wi--fi", "café"])
def test_ids_must_be_slugs(bad: str) -> None:
    text = build(faq=faq_entry(id=f'"{bad}"'))
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("faq[0].id", line_with(text, 'id: "'))
    assert "lowercase letters a-z, digits 0-9 and hyphens" in problem.message


def test_ids_are_unique_across_faq_sessions_and_themes() -> None:
    text = build(
        # A later hour: the same room at the same time would be an error of its own.
        sessions=GOOD_SESSION + session(id="theme-pve", start='"14:00"', end='"15:00"'),
        faq=GOOD_FAQ + faq_entry(id="wifi") + faq_entry(id="opening"),
    )
    result = parse(text)
    find(
        result,
        "sessions[1].id",
        line_with(text, "id: theme-pve", 2),
        "duplicate id 'theme-pve' (already used at line 15 by themes[0])",
    )
    find(
        result,
        "faq[1].id",
        line_with(text, "id: wifi", 2),
        f"duplicate id 'wifi' (already used at line {line_with(text, 'id: wifi')} by faq[0])",
    )
    find(result, "faq[2].id", line_with(text, "id: opening", 2), "by sessions[0]")
    assert len(result.errors) == 3


def test_a_missing_id_points_at_the_entry() -> None:
    text = build(faq=faq_entry(id=None))
    find(parse(text), "faq[0].id", line_with(text, "question: Is there wifi?"), "required")


# -- sessions -----------------------------------------------------------------------


def test_session_required_fields() -> None:
    text = build(sessions="  - id: lonely\n")
    result = parse(text)
    line = line_with(text, "id: lonely")
    for name in ("title", "day", "start", "end", "room"):
        find(result, f"sessions[0].{name}", line, "required")


def test_session_day_must_be_a_conference_date() -> None:
    text = build(sessions=session(day="2018-06-30"))
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("sessions[0].day", line_with(text, "day:"))
    assert problem.message == (
        "2018-06-30 is not one of the conference dates (2018-06-28, 2018-06-29)"
    )


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("10:30", '10:30 was read by YAML as a number; write it in quotes: "10:30"'),
        ("9:30", '9:30 was read by YAML as a number; write it in quotes: "09:30"'),
        ("1030", 'write it in quotes: "HH:MM"'),
        ('"9:30"', 'write the hour with two digits: "09:30"'),
        ('"24:00"', '"24:00" is not a time of day'),
        ('"10:60"', '"10:60" is not a time of day'),
        ('"10h30"', '"10h30" is not a time: write "HH:MM"'),
        ('"10:30:00"', "is not a time"),
        ("[10, 30]", 'expected a time in quotes, "HH:MM", found a list'),
        ("2018-06-28", "expected a time in quotes"),
        ("true", "expected a time in quotes"),
    ],
)
def test_times_are_quoted_hh_mm(written: str, message: str) -> None:
    text = build(sessions=session(start=written, end='"23:59"'))
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("sessions[0].start", line_with(text, "start:"))
    assert message in problem.message


def test_end_must_be_after_start() -> None:
    text = build(
        sessions=session(start='"11:00"', end='"10:00"')
        + session(id="s2", start='"11:00"', end='"11:00"')
    )
    result = parse(text)
    find(
        result,
        "sessions[0].end",
        line_with(text, "end:"),
        'end "10:00" must be after start "11:00"',
    )
    find(result, "sessions[1].end", line_with(text, "end:", 2), "must be after start")


def test_session_theme_must_exist() -> None:
    text = build(sessions=session(theme="theme-pv"))
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == (
        "sessions[0].theme",
        line_with(text, "theme: theme-pv"),
    )
    assert "unknown theme 'theme-pv'" in problem.message
    assert "did you mean 'theme-pve'?" in problem.message


def test_room_looking_like_a_slug_but_unknown_is_a_warning_with_a_hint() -> None:
    text = build(sessions=session(room="ga-hal"))
    result = parse(text)
    assert result.ok
    problem = find(result, "sessions[0].room", line_with(text, "room: ga-hal"), "'ga-hal'", W)
    assert "did you mean 'ga-hall'?" in problem.message


def test_free_text_room_is_accepted_silently() -> None:
    result = parse(build(sessions=session(room="North Lawn, tent 2")))
    assert result.ok and result.problems == ()
    assert result.kb is not None and result.kb.sessions[0].room == "North Lawn, tent 2"


def test_lists_of_text_are_checked_item_by_item() -> None:
    text = build(sessions=session(speakers="Bob"), faq=faq_entry(keywords="[wifi, 5, '', null]"))
    result = parse(text)
    find(result, "sessions[0].speakers", line_with(text, "speakers"), "expected a list of text")
    line = line_with(text, "keywords")
    find(result, "faq[0].keywords[1]", line, "expected text, found the number 5")
    find(result, "faq[0].keywords[2]", line, "required, but empty")
    find(result, "faq[0].keywords[3]", line, "empty list item")


# -- faq ----------------------------------------------------------------------------


def test_faq_required_fields() -> None:
    text = build(faq="  - id: lonely\n    category: general\n")
    result = parse(text)
    find(result, "faq[0].question", line_with(text, "id: lonely"), "required")
    find(result, "faq[0].answer", line_with(text, "id: lonely"), "required")


def test_answer_length_limit_names_the_actual_length() -> None:
    long_answer = "x" * (MAX_ANSWER_CHARS + 1)
    text = build(faq=faq_entry(answer=long_answer))
    problem = only_error(parse(text))
    assert (problem.field, problem.line) == ("faq[0].answer", line_with(text, "answer:"))
    assert "1801 characters" in problem.message and "1800" in problem.message
    assert parse(build(faq=faq_entry(answer="x" * MAX_ANSWER_CHARS))).ok


def test_text_fields_say_what_yaml_read_instead() -> None:
    text = build(faq=faq_entry(answer="yes", question="2018"))
    result = parse(text)
    answer = find(result, "faq[0].answer", line_with(text, "answer: yes"), "expected text")
    assert "'yes', which YAML reads as true" in answer.message
    assert 'put it in quotes: "yes"' in answer.message
    find(result, "faq[0].question", line_with(text, "question: 2018"), "found the number 2018")


def test_unknown_field_is_a_warning_with_did_you_mean() -> None:
    text = build(faq=GOOD_FAQ + "    alternate: [wireless]\n")
    result = parse(text)
    assert result.ok
    problem = find(result, "faq[0].alternate", line_with(text, "alternate:"), "unknown field", W)
    assert "did you mean 'alternates'?" in problem.message


def test_duplicate_key_is_a_warning_and_the_last_value_wins() -> None:
    text = build(faq=GOOD_FAQ + "    answer: Second answer.\n")
    result = parse(text)
    assert result.ok
    problem = find(result, "faq[0].answer", line_with(text, "Second"), "duplicate key 'answer'", W)
    first = line_with(text, "answer: Yes")
    assert problem.message == (
        f"duplicate key 'answer' (first at line {first}); the last value is used"
    )
    assert str(problem).startswith(
        f"faq/test.yaml:{line_with(text, 'Second')}: faq[0].answer: warning:"
    )
    assert result.kb is not None and result.kb.faq[0].answer == "Second answer."


# -- many problems at once ------------------------------------------------------------


def test_every_problem_is_reported_at_once_sorted_by_line() -> None:
    text = build(
        sessions=session(start="10:30", theme="nope", room="ga-hal"),
        faq=faq_entry(answer=None, id="Wi Fi") + faq_entry(id="b", extra="1"),
    ).replace("timezone: America/New_York", "timezone: Nowhere")
    result = parse(text)
    assert result.kb is None
    fields = [p.field for p in result.problems]
    assert fields == [
        "conference.timezone",
        "sessions[0].start",
        "sessions[0].room",
        "sessions[0].theme",
        "faq[0].id",
        "faq[0].answer",
        "faq[1].extra",
    ]
    lines = [p.line for p in result.problems if p.line is not None]
    assert len(lines) == len(result.problems) and lines == sorted(lines)
    assert len(result.errors) == 5 and len(result.warnings) == 2


def test_a_flood_of_problems_is_capped_with_a_summary() -> None:
    text = MINIMAL + "".join(f"extra-{n}: x\n" for n in range(MAX_PROBLEMS + 50))
    result = parse(text)
    assert result.ok  # unknown fields are only warnings
    assert len(result.problems) == MAX_PROBLEMS + 1
    summary = result.problems[-1]
    assert summary.line is None and summary.severity is W
    assert "50 more problems not listed" in summary.message


def test_whole_file_problems_sort_before_line_problems() -> None:
    problems = [Problem("f", 3, "", "c"), Problem("f", None, "", "a"), Problem("f", 1, "", "b")]
    assert [p.message for p in _ordered(problems, "f")] == ["a", "b", "c"]
