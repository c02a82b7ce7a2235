"""The question as the embedding model reads it: chat shorthand spelt out, and plain
slips in typing the FAQ's own words put right.

The model learnt from written text. "wher do i colect my badge pls" shares few of its
word pieces with "Where do I collect my badge?", and "bilat" or "GA" may mean nothing
to it, while the words layer reads all of them through its lexicon and its typo search.
Over every question set of ``benchmarks/quality.py`` this gave 28 more right answers
against 1 more wrong one (docs/quality.md, thirty-third session).

Only the meaning reads this text: the words layer and the alerts read the question as
it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from bot.core.lexicon import ABBREVIATIONS, FOREIGN_FUNCTION_WORDS, GENERIC_WORDS, STOPWORDS
from bot.core.respelling import slipped_from

# Shorthand the lexicon reads as a concept of the engine rather than as words ("gmt":
# the time-zone entry's words), or that is a word itself ("sat", "sun", "wed").
_KEPT_AS_WRITTEN = frozenset({
    "gmt", "utc", "tz", "edt", "sat", "sun", "wed", "pm", "am", "st", "w", "ngo", "ngos",
    "ph"})
SPELT_OUT: dict[str, str] = {
    short: " ".join(long) for short, long in ABBREVIATIONS.items()
    if short not in _KEPT_AS_WRITTEN}

# Shorter words have too many real words a slip away ("error" and "terror", "quite"
# and "quiet").
MIN_LETTERS_FOR_TYPO = 6

_WORD = re.compile(r"[^\W_]+")


def for_the_meaning(
    text: str, faq_words: AbstractSet[str], uses: Callable[[str], bool], *, english: bool
) -> str:
    """``faq_words``: the FAQ's words as it writes them; ``uses``: whether the FAQ uses
    a word or a form of it (a word it uses is no typo).

    A question in another language keeps its words ("mon" is French for "my") and its
    spelling (the FAQ's words are English); shorthand that is no word of it
    ("c'est quoi cette conf") is still spelt out.
    """
    def spelt(match: re.Match[str]) -> str:
        said = match.group(0)
        lower = said.lower()
        long = SPELT_OUT.get(lower)
        if long is not None and (english or lower not in FOREIGN_FUNCTION_WORDS):
            return long
        if not english or not _may_be_typo(said, lower, uses):
            return said
        return _typo_of(lower, faq_words) or said
    return _WORD.sub(spelt, text)


def _may_be_typo(said: str, lower: str, uses: Callable[[str], bool]) -> bool:
    return (said.isascii() and said.isalpha() and len(said) >= MIN_LETTERS_FOR_TYPO
            and lower not in STOPWORDS and lower not in GENERIC_WORDS and not uses(lower))


def _typo_of(word: str, faq_words: AbstractSet[str]) -> str | None:
    """The one FAQ word the word is a slip of: a letter dropped ("colect"), two
    swapped ("langauge") or one doubled ("hallal"). A letter typed for another is not
    looked for: "father" and "rather", "charge" and "change" are both words."""
    undoubled = {word[:i] + word[i + 1:] for i in range(len(word) - 1)
                 if word[i] == word[i + 1]}
    found = {w for w in slipped_from(word) | undoubled if w in faq_words}
    return found.pop() if len(found) == 1 else None
