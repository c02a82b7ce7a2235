"""The first stage of ranking over numpy arrays, for FAQ files of thousands of entries.

``MatchIndex.rank_terms`` scores every entry a question's words reach before it looks
closely at the best few. In plain Python that costs a loop step per posting: at 5,000
entries a common word sits in thousands of them and a question took tens of
milliseconds. Here the postings are flat arrays (a stem's entries and field weights are
a slice of them) and one question is a few array operations per word.

The arithmetic is the Python path's, operation for operation (the same products, the
coverage summed term by term in the same order, ties broken by the order in which
entries first came in), so both paths give the same ranking to the last bit; a test
holds them to it. numpy is imported only for a FAQ this big: a small FAQ ranks as fast
in plain Python and starts quicker without it.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from bot.core.matching import QueryTerm

    # Entry numbers: 16 bits for a FAQ of fewer than 65,536 entries, else 32 (``_flatten``).
    Ids = NDArray[np.integer[Any]]


class PostingArrays:
    """Postings (stem -> entries with the field weight) and surfaces (word -> entries
    that write that very word) as flat arrays with one slice per stem or word."""

    def __init__(
        self,
        terms: Sequence[tuple[Sequence[str], Sequence[float]]],
        surfaces: Sequence[Sequence[str]],
    ) -> None:
        """``terms[i]``: entry i's stems and the weight of the field each is in;
        ``surfaces[i]``: the words entry i writes. Stem s's postings are the entries
        that use it, in entry order, with their weights."""
        self.size = len(surfaces)
        self._stem_span, self._ids, codes = _flatten([keys for keys, _ in terms],
                                                     [w for _, w in terms])
        # A posting's weight is one of a few field weights: a byte naming it, not a
        # float (8 MiB less at 20,000 entries); the same floats come out.
        self._weight_of, self._weight_codes = codes
        self._word_span, self._word_ids, _ = _flatten(surfaces, None)

    def scores(
        self,
        terms: Sequence[QueryTerm],
        order: Sequence[int],
        informative: bool,
        total: float,
        stem_only: float,
        shortlist_size: int,
    ) -> ArrayScores | None:
        """Per entry and query term the best coverage, and the shortlist; None when no
        entry comes in (see ``MatchIndex.rank_terms`` for the rules)."""
        best = np.zeros((len(terms), self.size))
        came_in: list[Ids] = []
        for k in order:
            term = terms[k]
            admit = not (informative and term.token.generic)
            column = best[k]
            for s, sim in term.expansions.items():
                span = self._stem_span.get(s)
                if span is None:
                    continue
                ids = self._ids[span[0] : span[1]]
                values = sim * self._weight_of[self._weight_codes[span[0] : span[1]]]
                if sim == 1.0:
                    # Same stem, other word: nearly as good (the Python path's rule).
                    values = np.where(self._writes(term.token.word, ids), values,
                                      values * stem_only)
                column[ids] = np.maximum(column[ids], values)
                if admit:
                    came_in.append(ids)
        if not came_in:
            return None
        entries, first = np.unique(np.concatenate(came_in), return_index=True)
        coverage = terms[0].weight * best[0, entries]
        for k in range(1, len(terms)):
            coverage = coverage + terms[k].weight * best[k, entries]
        coverage = coverage / total
        # Best coverage first; among equals, the entry that came in first (as a stable
        # sort of the Python path's dict, in insertion order, does).
        keep = np.arange(len(entries))
        if len(entries) > shortlist_size:
            cut = np.partition(coverage, len(entries) - shortlist_size)[-shortlist_size]
            keep = np.nonzero(coverage >= cut)[0]
        keep = keep[np.lexsort((first[keep], -coverage[keep]))][:shortlist_size]
        return ArrayScores(best, entries, coverage, [int(i) for i in entries[keep]])

    def _writes(self, word: str, ids: Ids) -> NDArray[np.bool_]:
        """Which of the entries ``ids`` write ``word`` itself."""
        span = self._word_span.get(word)
        if span is None:
            return np.zeros(len(ids), dtype=bool)
        writers = self._word_ids[span[0] : span[1]]
        at = np.minimum(np.searchsorted(writers, ids), len(writers) - 1)
        found: NDArray[np.bool_] = writers[at] == ids
        return found


class ArrayScores:
    """The first stage's result: what ``rank_terms`` asks of each shortlisted entry."""

    def __init__(
        self,
        best: NDArray[np.float64],
        entries: Ids,
        coverage: NDArray[np.float64],
        shortlist: list[int],
    ) -> None:
        self._best = best
        self._entries = entries  # sorted: the entries that came in
        self._coverage = coverage  # per entry in ``entries``
        self.shortlist = shortlist

    def _at(self, i: int) -> int | None:
        at = int(np.searchsorted(self._entries, i))
        return at if at < len(self._entries) and self._entries[at] == i else None

    def has(self, i: int) -> bool:
        return self._at(i) is not None

    def coverage(self, i: int) -> float:
        at = self._at(i)
        assert at is not None
        return float(self._coverage[at])

    def row(self, i: int) -> tuple[float, ...]:
        return tuple(float(v) for v in self._best[:, i])


MAX_WEIGHT_CODES = 256  # distinct field weights a byte can name


class Spans:
    """Each key's ``(start, end)`` in the flat arrays: the key's number and an array of
    ends, not a tuple of two numbers per key (88,000 of them at 20,000 entries)."""

    def __init__(self, numbers: dict[str, int], ends: NDArray[np.int_]) -> None:
        self._numbers = numbers
        self._ends = ends

    def get(self, key: str) -> tuple[int, int] | None:
        n = self._numbers.get(key)
        if n is None:
            return None
        return (int(self._ends[n - 1]) if n else 0), int(self._ends[n])


def _flatten(
    rows: Sequence[Sequence[str]], row_values: Sequence[Sequence[float]] | None
) -> tuple[Spans, Ids, tuple[NDArray[np.float64], NDArray[np.uint8]]]:
    """Each key's list of (row, value), for every key one after the other, as two flat
    arrays, and each key's ``(start, end)`` in them; keys in the order they first come.

    Built from flat arrays of numbers (a key's number, a row's length, the values) and
    one stable sort, not from a list of (row, value) pairs per key: at 20,000 entries
    those were over a million small tuples, a hundred MiB for a moment in every build.
    """
    numbers: dict[str, int] = {}
    keys = array("i")  # 32 bits: a key's number (below two billion keys)
    lengths = array("i")
    codes = array("B")
    weights: dict[float, int] = {}
    coded: dict[Sequence[float], bytes] = {}  # the weight tuples are shared: coded once
    for row in rows:
        keys.extend([numbers.setdefault(key, len(numbers)) for key in row])
        lengths.append(len(row))
    for found in row_values or ():
        row_codes = coded.get(found)
        if row_codes is None:
            row_codes = coded[found] = bytes(weights.setdefault(w, len(weights)) for w in found)
        codes.extend(row_codes)
    if len(weights) > MAX_WEIGHT_CODES:  # pragma: no cover - four field weights exist
        raise ValueError(f"more than {MAX_WEIGHT_CODES} distinct field weights")
    key_of = np.frombuffer(keys, dtype=np.intc) if keys else np.zeros(0, dtype=np.intc)
    ends = np.cumsum(np.bincount(key_of, minlength=len(numbers)))
    order = np.argsort(key_of, kind="stable")
    del key_of, keys  # the biggest arrays of a build, let go as soon as they are used
    # A row's number in the smallest type that holds it: at 20,000 entries a million
    # postings and as many written words, 4 MiB less in 16 bits than in 32.
    id_type = np.uint16 if len(rows) <= np.iinfo(np.uint16).max + 1 else np.int32
    ids = cast("Ids", np.repeat(np.arange(len(rows), dtype=id_type),
                                np.frombuffer(lengths, dtype=np.intc) if lengths else 0)[order])
    coded_weights = (np.frombuffer(codes, dtype=np.uint8)[order] if codes
                     else np.zeros(0, dtype=np.uint8))
    weight_of = np.array(list(weights), dtype=np.float64)
    return Spans(numbers, ends), ids, (weight_of, coded_weights)
