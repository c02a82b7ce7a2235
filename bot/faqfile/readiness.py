"""What is left to confirm before the event: placeholder markers and sample contacts.

Only ``conference-bot check`` runs this. The running bot does not: a draft full of
``# PLACEHOLDER`` markers is a valid file, and repeating every marker in the
moderators' channel at each reload would bury the problems that matter.

The lines are read as text, comments included (a YAML reader drops comments). Contacts
are looked for outside comments only: a comment explaining "replace the example.org
addresses" is not itself a contact.
"""

from __future__ import annotations

import os
import re

from bot.faqfile.limits import MAX_FAQ_FILE_BYTES
from bot.faqfile.problems import Problem, Severity

# "# PLACEHOLDER: ..." or "(PLACEHOLDER)" or "... PLACEHOLDER: ...", in capitals: the
# word in a sentence about placeholders ("A PLACEHOLDER (plausible...)") is not a marker.
_MARKER = re.compile(r"#\s*PLACEHOLDER\b|\bPLACEHOLDER(?=[:)])")
# example.org/.com/.net are reserved for documentation (RFC 2606): never a real contact.
_EXAMPLE_DOMAIN = re.compile(r"(?i)\b(?:[\w.+-]+@)?(?:[a-z0-9-]+\.)*example\.(?:org|com|net)\b")
# 555-01xx numbers are reserved for fiction in North America; a 555 exchange elsewhere
# in a number ("+1 212-555-0199", "+254 20 555 0123") is as good as a placeholder.
_FICTIONAL_PHONE = re.compile(r"(?<!\d)555[-. ]?\d{4}\b")


def leftovers(text: str, path: str) -> list[Problem]:
    """One warning per line that still holds a placeholder marker or a sample contact."""
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _MARKER.search(line):
            problems.append(_warning(path, number, "a PLACEHOLDER marker is left: confirm "
                                     "this item with the organisers and remove the marker"))
        content = "" if line.lstrip().startswith("#") else line
        domain = _EXAMPLE_DOMAIN.search(content)
        if domain:
            problems.append(_warning(path, number, f"{domain.group(0)!r} is a sample "
                                     "address (example.org): put the real contact"))
        phone = _FICTIONAL_PHONE.search(content)
        if phone:
            problems.append(_warning(path, number, f"{phone.group(0)!r} looks like a sample "
                                     "phone number (555): put the real one"))
    return problems


def leftovers_in_file(path: str | os.PathLike[str]) -> list[Problem]:
    """``leftovers`` of a file already known to load; nothing when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FAQ_FILE_BYTES + 1)
    except OSError:
        return []
    text = data.decode("utf-8-sig", errors="replace")
    return leftovers(text, str(path))


def _warning(path: str, line: int, message: str) -> Problem:
    return Problem(path, line, "", message, Severity.WARNING)
