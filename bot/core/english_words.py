"""Whether a word is English spelt right: a word of a general English dictionary.

Why: the typo search (``matching``) reads a word the FAQ file does not use as a slip of
one it does, and a word spelt right is seldom a slip. Without a dictionary, "flight"
was read as "fight" (foreign terrorist fighters), "error" as "terror", "order" as
"border", "black tie" as "back tie", "cooked" as "booked": most of the words the typo
search put right over the project's question sets were real words, not slips. The FAQ's
own words cannot tell: it is every other word of the language that is at stake.

The dictionary is pyspellchecker's English word-frequency list (about 160,000 words
with how often each was seen, written from film subtitles: clean of common misspellings
such as "recieve", "seperate" or "tommorow"). Only words seen at least ``MIN_SEEN``
times count: the list's rarest are names and odd forms that a slip may spell. It takes
about 0.3 s to load, so it is loaded on first use, once per process (an FAQ reload
keeps it), and the Discord client warms it before the first question, as it does the
language detector. Without the package every word is unknown here and the typo search
is what it was.
"""

from __future__ import annotations

from functools import lru_cache

# How often a word must have been seen in the list's corpus to count as spelt right:
# about 47,000 words. Over the project's question sets the decisions were the same
# from 10 to 1,000 (2026-12-07).
MIN_SEEN = 100


def is_english_word(word: str) -> bool:
    """``word``: lower case, as the tokenizer gives it."""
    return word in _words()


def may_be_a_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` (lower case) may be ``meant`` mistyped: not where it is a word
    of its own, unless the two differ only in their last two letters or fewer, the
    ending of a word spelt right ("russia" of "russian", "drive" of "driver",
    "finished" of "finishes"), where a letter put in or changed before ("flight" /
    "fight", "order" / "border", "string" / "starting") makes another word. Loads the
    dictionary on first use: ask only of a slip found."""
    same = 0
    for a, b in zip(typed, meant, strict=False):
        if a != b:
            break
        same += 1
    return same >= max(len(typed), len(meant)) - 2 or not is_english_word(typed)


def warm() -> None:
    """Load the dictionary now: see the module's docstring."""
    _words()


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    try:
        from spellchecker import SpellChecker
    except ImportError:
        return frozenset()
    counts = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return frozenset(word for word, seen in counts.items() if seen >= MIN_SEEN)
