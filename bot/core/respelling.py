"""Words of a short, closed list typed with one letter dropped, doubled or two swapped
("sesion", "anythng", "tomorow", "afternon", "tommorrow"), two such slips in a long word
("tommorow", "wensday"), or with the silent "e" kept before "-ing" ("closeing").

The matcher finds typos among the FAQ file's own words; the programme reader has words of
its own ("anything", "happening", "tomorrow") that no FAQ entry need use, so a question
with one of them mistyped was read as no programme question at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from string import ascii_lowercase

from rapidfuzz import process
from rapidfuzz.distance import Indel

# Shorter words have too many real words one letter away ("event": "even", "vent").
MIN_LETTERS = 6
# A word this long may carry two slips ("tommorow", "wensday"): few real words are two
# slips from one so long.
TWO_SLIPS_FROM = 8
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[A-Za-z]+")


class Respeller:
    """Puts back the words of its list that a question has mistyped, and no others."""

    def __init__(self, words: Iterable[str]) -> None:
        known = {w.lower() for w in words}
        found: dict[str, set[str]] = {}
        for word in known:
            if len(word) >= MIN_LETTERS and word.isalpha():
                for slip in _one_slip(word):
                    found.setdefault(slip, set()).add(word)
        # A slip of two of the list's words, or a word of the list itself, is left alone.
        self._right = {slip: next(iter(fits)) for slip, fits in found.items()
                       if len(fits) == 1 and slip not in known}
        self._known = frozenset(known)
        # The words long enough to take two slips, searched when a word is none of the
        # one-slip table's (a table of their two-slip forms would take 80 ms to make).
        self._long = sorted(w for w in known if len(w) >= TWO_SLIPS_FROM and w.isalpha())
        # "closeing", "comeing": the "e" of "close" kept before "-ing". Hardly an English
        # word is so spelt ("singeing"; "being" and "seeing" have a vowel before "-ing"),
        # and none from the programme's words, so the FAQ's words do not shield it (it
        # stems as "close", a word the FAQ uses, where "closed" is a different thing).
        self._kept_e = {word[:-3] + "eing": word for word in known
                        if len(word) >= MIN_LETTERS and word.endswith("ing")
                        and word[-4] not in _VOWELS and word[:-3] + "eing" not in known}

    def respell(self, text: str, used: Callable[[str], bool] = lambda _word: False) -> str:
        """The text with its slips put right; ``used``: words that are right as they are
        (those the FAQ itself writes: "staring" is a word, and so is French "complet")."""
        def right(match: re.Match[str]) -> str:
            said = match.group(0)
            kept_e = self._kept_e.get(said.lower())
            if kept_e is not None:
                return kept_e
            fixed = self._right.get(said.lower()) or self._two_slips(said.lower())
            return said if fixed is None or used(said) else fixed
        return _WORD.sub(right, text)

    def _two_slips(self, said: str) -> str | None:
        """The one long word of the list that ``said`` is two slips from ("tommorow":
        a letter doubled, one dropped; "wensday": two dropped), counted as letters put
        in or taken out (a swap is two, as is a letter changed). Not one: a letter added
        that doubles none is no slip ("afternoons" asks of every afternoon)."""
        if len(said) < TWO_SLIPS_FROM - 2 or said in self._known:
            return None
        hits = [word for word, distance, _n in process.extract(
                    said, self._long, scorer=Indel.distance, score_cutoff=2, limit=None)
                if distance == 2 and word[0] == said[0]]
        return hits[0] if len(hits) == 1 else None


def _slips(word: str) -> set[str]:
    """The word with one letter dropped, or two neighbours swapped (``slipped_from`` the
    other way round)."""
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


def _one_slip(word: str) -> set[str]:
    """``_slips``, and a letter doubled ("tommorrow"): the short list can afford the
    wider net (``slipped_from``, for an FAQ file's many words, leaves doubling to its
    caller)."""
    doubled = {word[:i + 1] + word[i:] for i in range(len(word))}
    return _slips(word) | (doubled - {word})


def slipped_from(said: str) -> set[str]:
    """The words ``said`` may be a slip of (``_slips`` the other way round): a letter put
    back, or two neighbours swapped back. For a long list of words, such as an FAQ
    file's, where the slips of every word would be a large table to keep."""
    put_back = {said[:i] + letter + said[i:]
                for i in range(len(said) + 1) for letter in ascii_lowercase}
    swapped = {said[:i] + said[i + 1] + said[i] + said[i + 2:] for i in range(len(said) - 1)}
    return (put_back | swapped) - {said}
