"""Hard limits on what a FAQ file may contain, with their units.

They keep a broken or hostile file from using unbounded time or memory; every one of
them is far above what a real conference FAQ needs.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Largest FAQ file accepted, in bytes (5 MiB). Checked on the file size before the
#: file is read, and again on the bytes actually read.
MAX_FAQ_FILE_BYTES: int = 5 * 1024 * 1024

#: Longest answer, in characters (Unicode code points) after stripping surrounding
#: whitespace. A Discord message holds 2000 characters; the rest is for the framing.
MAX_ANSWER_CHARS: int = 1800

#: Deepest nesting of lists and mappings, in levels (the top-level mapping is level 1).
#: The format itself needs 4.
MAX_NESTING_DEPTH: int = 64

#: Most YAML values (scalars, lists and mappings) a file may expand to, counting every
#: use of an alias (``*name``) as a full copy of what it refers to. Stops "billion
#: laughs" alias bombs; a large real FAQ has a few thousand.
MAX_YAML_NODES: int = 100_000

#: Most problems listed for one file, in problems; past it one summary line is added.
MAX_PROBLEMS: int = 1000

#: Longest glossary term, abbreviation or synonym, in characters: a term, not a text.
MAX_GLOSSARY_FORM_CHARS: int = 100

#: Largest session capacity, in seats: the UN General Assembly Hall seats about 1,900;
#: a number far above any room is a typo.
MAX_CAPACITY: int = 100_000


@dataclass(frozen=True)
class FileLimits:
    """The two limits an organiser may raise for a big event (``FAQ_MAX_MIB`` and
    ``FAQ_MAX_VALUES``): a week-long conference's file of 20,000 entries is about 14 MiB
    and 300,000 values. The defaults are the limits above."""

    max_bytes: int = MAX_FAQ_FILE_BYTES
    max_values: int = MAX_YAML_NODES

    @classmethod
    def of(cls, max_mib: int, max_values: int) -> FileLimits:
        """The limits as the settings give them (the size in MiB)."""
        return cls(max_mib * 1024 * 1024, max_values)


DEFAULT_LIMITS = FileLimits()
