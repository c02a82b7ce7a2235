"""What ``check`` says is left to confirm: placeholder markers and sample contacts."""

from __future__ import annotations

import pytest

from bot.faqfile import Severity
from bot.faqfile.readiness import leftovers, leftovers_in_file


@pytest.mark.parametrize(
    "line",
    [
        "  # PLACEHOLDER: lunch arrangements are not in the public sources.",
        "#PLACEHOLDER",
        "      If someone is hurt call +1 212-000-0000 (PLACEHOLDER) at once.",
        "  # REAL: the opening is webcast. PLACEHOLDER: the closing to confirm.",
    ],
)
def test_a_placeholder_marker_is_a_warning_on_its_line(line: str) -> None:
    [problem] = leftovers(f"version: 1\n{line}\n", "faq.yaml")
    assert (problem.line, problem.severity, problem.field) == (2, Severity.WARNING, "")
    assert str(problem) == ("faq.yaml:2: warning: a PLACEHOLDER marker is left: confirm this "
                            "item with the organisers and remove the marker")


@pytest.mark.parametrize(
    "line",
    [
        "# WHAT IS A PLACEHOLDER (plausible, but NOT in the public sources):",
        '#   1. Search this file for "PLACEHOLDER" and confirm each item',
        "  # Friday: ALL TIMES ARE PLACEHOLDERS",
        "    answer: Placeholder badges are handed out at the desk.",
    ],
)
def test_the_word_in_a_sentence_is_not_a_marker(line: str) -> None:
    assert leftovers(line, "faq.yaml") == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("    answer: Write to ct-conference@example.org.", "'ct-conference@example.org'"),
        ("  website: https://bsm.example.com/programme", "'bsm.example.com'"),
        ("    answer: Call +1 212-555-0199 now.", "'555-0199'"),
        ("    answer: Call +254 20 555 0123.", "'555 0123'"),
    ],
)
def test_a_sample_contact_is_a_warning(line: str, found: str) -> None:
    [problem] = leftovers(line, "faq.yaml")
    assert found in problem.message and problem.severity is Severity.WARNING


@pytest.mark.parametrize(
    "line",
    [
        "#   2. Replace ct-conference@example.org and the 212-555-0199 numbers.",
        "    answer: Write to press@un.org or call +1 212-963-1234.",
        "    answer: Room 5550 holds 1555 people.",
    ],
)
def test_real_contacts_and_comments_about_samples_are_not_flagged(line: str) -> None:
    assert leftovers(line, "faq.yaml") == []


def test_a_line_with_a_marker_and_a_sample_gets_both() -> None:
    problems = leftovers("  answer: Call 212-555-0100 (PLACEHOLDER)", "faq.yaml")
    assert len(problems) == 2


def test_a_file_that_cannot_be_read_has_nothing_left() -> None:
    assert leftovers_in_file("/nonexistent/faq.yaml") == []
