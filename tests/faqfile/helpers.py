"""Shared test content and helpers for the FAQ-file tests (no file outside tests/)."""

from __future__ import annotations

from bot.faqfile import LoadResult, Problem, Severity, parse_knowledge_base

MINIMAL = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28]
faq: []
"""

# A header with a venue, two rooms and one theme; tests append sessions/faq to it.
HEADER = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28, 2018-06-29]
venue:
  name: UN Headquarters
  address: 405 East 42nd Street
  rooms:
    - id: ga-hall
      name: General Assembly Hall
    - id: conf-room-4
      name: Conference Room 4
themes:
  - id: theme-pve
    title: Preventing violent extremism
    summary: Prevention and resilience.
"""

GOOD_SESSION = """\
  - id: opening
    title: Opening session
    day: 2018-06-28
    start: "10:00"
    end: "11:15"
    room: ga-hall
"""

GOOD_FAQ = """\
  - id: wifi
    question: Is there wifi?
    answer: Yes, the network is UN-Guest.
"""


def build(sessions: str = GOOD_SESSION, faq: str = GOOD_FAQ, header: str = HEADER) -> str:
    """HEADER plus a sessions list and a faq list (each given as indented entries)."""
    text = header
    if sessions:
        text += "sessions:\n" + sessions
    return text + ("faq:\n" + faq if faq else "faq: []\n")


def parse(text: str | bytes) -> LoadResult:
    return parse_knowledge_base(text, "faq/test.yaml")


def line_with(text: str, marker: str, occurrence: int = 1) -> int:
    """The 1-based number of the line holding ``marker`` (its n-th occurrence)."""
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if marker in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{marker!r} not in the test text")


def find(
    result: LoadResult,
    field: str,
    line: int | None,
    fragment: str,
    severity: Severity = Severity.ERROR,
) -> Problem:
    """The problem at ``field`` and ``line`` whose message contains ``fragment``."""
    for problem in result.problems:
        if (
            problem.field == field
            and problem.line == line
            and fragment in problem.message
            and problem.severity is severity
        ):
            return problem
    listing = "\n".join(f"  {p!s} [{p.severity.value}]" for p in result.problems)
    raise AssertionError(
        f"no {severity.value} at {field!r} line {line} containing {fragment!r}; got:\n{listing}"
    )


def only_error(result: LoadResult) -> Problem:
    assert not result.ok
    assert len(result.errors) == 1, [str(p) for p in result.problems]
    return result.errors[0]
