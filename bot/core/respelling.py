"""Words of a short, closed list typed with one letter dropped or two swapped ("sesion",
"anythng", "tomorow", "afternon"), or with the silent "e" kept before "-ing" ("closeing").

The matcher finds typos among the FAQ file's own words; the programme reader has words of
its own ("anything", "happening", "tomorrow") that no FAQ entry need use, so a question
with one of them mistyped was read as no programme question at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from string import ascii_lowercase

# Shorter words have too many real words one letter away ("event": "even", "vent").
MIN_LETTERS = 6
_VOWELS = frozenset("aeiouy")
_WORD = re.compile(r"[A-Za-z]+")


class Respeller:
    """Puts back the words of its list that a question has mistyped, and no others."""

    def __init__(self, words: Iterable[str]) -> None:
        known = {w.lower() for w in words}
        found: dict[str, set[str]] = {}
        for word in known:
            if len(word) >= MIN_LETTERS and word.isalpha():
                for slip in _slips(word):
                    found.setdefault(slip, set()).add(word)
        # A slip of two of the list's words, or a word of the list itself, is left alone.
        self._right = {slip: next(iter(fits)) for slip, fits in found.items()
                       if len(fits) == 1 and slip not in known}
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
            fixed = self._right.get(said.lower())
            return said if fixed is None or used(said) else fixed
        return _WORD.sub(right, text)


def _slips(word: str) -> set[str]:
    """The word with one letter dropped, or two neighbours swapped."""
    dropped = {word[:i] + word[i + 1:] for i in range(len(word))}
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    return (dropped | swapped) - {word}


def slipped_from(said: str) -> set[str]:
    """The words ``said`` may be a slip of (``_slips`` the other way round): a letter put
    back, or two neighbours swapped back. For a long list of words, such as an FAQ
    file's, where the slips of every word would be a large table to keep."""
    put_back = {said[:i] + letter + said[i:]
                for i in range(len(said) + 1) for letter in ascii_lowercase}
    swapped = {said[:i] + said[i + 1] + said[i] + said[i + 2:] for i in range(len(said) - 1)}
    return (put_back | swapped) - {said}
