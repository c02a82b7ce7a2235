"""A session's label: how people refer to a numbered or lettered session.

Programmes title sessions "Plenary 1: The evolving threat ...", "Session II: ...",
"Breakout session B: ...", and attendees ask for "plenary 1", "session 2", "breakout
B". The label (the title before its colon) names the session as surely as its title,
but is a small share of a long title's words: the matcher reads it as a phrasing of
its own, and the programme logic as the session's name. A label several sessions
share ("Side event: ...") names none of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.core.memo import per_object
from bot.core.models import Session

# A label is short: "Plenary 1", "Breakout session B"; a longer run before a colon is
# a title of its own ("Countering terrorism online: what works").
MAX_LABEL_WORDS = 4


def _label(title: str) -> str | None:
    head, colon, rest = title.partition(":")
    if not colon or not rest.strip() or not head.strip():
        return None
    return head.strip() if len(head.split()) <= MAX_LABEL_WORDS else None


@per_object(kept=16)
def _labels(sessions: tuple[Session, ...]) -> dict[str, str]:
    found = {s.id: label for s in sessions if (label := _label(s.title)) is not None}
    counts = Counter(label.casefold() for label in found.values())
    return {sid: label for sid, label in found.items() if counts[label.casefold()] == 1}


def labels(sessions: Iterable[Session]) -> dict[str, str]:
    """Session id -> its label, for the sessions whose label is theirs alone."""
    return _labels(tuple(sessions))
