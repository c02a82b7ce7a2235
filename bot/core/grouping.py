"""Questions asked in similar words, grouped for the moderators' review.

"where is the cloakroom?", "Where's the cloak room" and "cloakroom??" are one
need; moderators should see it once, with the total number of asks. Pure: the
texts are compared on their normalised form (``bot.core.text.normalise``) with
rapidfuzz, greedily, most asked first, so the group is named after its most asked
wording.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from bot.core.text import fold, normalise

T = TypeVar("T")

# token_sort_ratio (0-100) at or above which two normalised wordings are one group.
# 80 joins "where cloakroom" / "where cloak room" (97) and "wifi password" / "what
# wifi password" (84), and keeps "park near un" apart from "park near hotel" (67).
# token_set_ratio was too generous: any wording inside a longer one scored 100.
SIMILAR_WORDING_SCORE = 80.0

# Beyond this many groups, new wordings are compared with the most asked groups only:
# keeps grouping a full page of 1000 questions well under a second.
MAX_GROUPS_COMPARED = 400


@dataclass(frozen=True)
class Group(Generic[T]):
    """Items asked in similar words; ``items[0]`` is the most asked."""

    items: tuple[T, ...]
    total: int

    @property
    def lead(self) -> T:
        return self.items[0]


@dataclass
class _Open(Generic[T]):
    key: str
    items: list[T]
    total: int


def group_similar(
    items: Sequence[T],
    *,
    text: Callable[[T], str],
    count: Callable[[T], int],
    threshold: float = SIMILAR_WORDING_SCORE,
) -> list[Group[T]]:
    """Groups of items with similar wording, the most asked group first.

    Within a group items keep the order most asked first (ties: input order). Text
    that normalises to nothing ("@@@", an emoji) only groups with the same folded text.
    """
    order = sorted(range(len(items)), key=lambda i: (-count(items[i]), i))
    groups: list[_Open[T]] = []
    empty: dict[str, _Open[T]] = {}
    for i in order:
        item = items[i]
        key = normalise(text(item))
        if not key:
            folded = " ".join(fold(text(item)).split())
            found = empty.get(folded)
            if found is None:
                found = empty[folded] = _Open(key="", items=[], total=0)
                groups.append(found)
        else:
            found = _best_group(groups, key, threshold)
            if found is None:
                found = _Open(key=key, items=[], total=0)
                groups.append(found)
        found.items.append(item)
        found.total += count(item)
    ranked = sorted(enumerate(groups), key=lambda pair: (-pair[1].total, pair[0]))
    return [Group(items=tuple(g.items), total=g.total) for _, g in ranked]


def _best_group(groups: list[_Open[T]], key: str, threshold: float) -> _Open[T] | None:
    best: tuple[float, _Open[T]] | None = None
    for group in groups[:MAX_GROUPS_COMPARED]:
        if not group.key:
            continue
        score = fuzz.token_sort_ratio(key, group.key, score_cutoff=threshold)
        if score and (best is None or score > best[0]):
            best = (score, group)
    return best[1] if best else None
