"""What an abbreviation stands for: the entry that spells it out.

"what does CTED stand for", "wat does cted stand 4?", "What's CTED short for?", "UNCCT:
what's the full name?": the question asks for the words behind the letters. Matched as
it stands, the abbreviation's own expansion (from the glossary or the general lexicon)
makes every entry about the Counter-Terrorism Committee a rival, and the decision
hesitates between the entry that spells the letters out and the entries that only use
them. The entry whose text spells them out ("CTED: Counter-Terrorism Committee Executive
Directorate", "the Counter-Terrorism Committee Executive Directorate (CTED)") answers.
When several do, the one whose own phrasings or keywords name the abbreviation (a
glossary entry's "what is CTED") does; none, or a tie, is left to the decision.

Only letters the FAQ itself writes in capitals count as an abbreviation, so "what does
'side event' mean" is not one. Pure: no clock, no I/O.
"""

from __future__ import annotations

import re

from bot.core.facts import answer_text
from bot.core.lexicon import STOPWORDS
from bot.core.memo import per_object
from bot.core.models import FaqEntry, Item, KnowledgeBase
from bot.core.text import fold

# Asking what letters stand for, in English and in a few words of the other UN languages
# people mix in ("CTED ça veut dire quoi ?").
_MEANING_ASKED = re.compile(
    r"\b(?:stands?|stood) (?:for|4)\b|\bshort for\b|\bfull (?:name|form)\b|\bspelt out\b|"
    r"\bspelled out\b|\b(?:mean|means|meaning)\b|\b(?:acronym|abbreviation)\b|"
    r"\bveut dire\b|\bsignifie\b|\bsignifica\b|\bquiere decir\b|означает|расшифров"
)
# Letters written as an abbreviation in the FAQ: two to eight capitals ("UNOCT", "FTF"),
# not a Roman number ("Session III").
_CAPITALS = re.compile(r"\b(?![IVX]+\b)[A-Z]{2,8}\b")
_WORD = re.compile(r"[a-z]+")
# How many words on either side of "stand for", "mean" ... may name the letters.
_REACH = 4
# An abbreviation spelt out: "CTED: ...", "CTED (Counter-...", "... (CTED)", "CTED stands
# for ...", "CTED, the ...". Built per abbreviation; {a} is the abbreviation.
_SPELT_OUT = (
    r"\b{a}\s*[:=]\s*(?:the\s+)?[A-Za-z]",
    r"\b{a}\s*\((?:the\s+)?[A-Z]",
    r"[A-Za-z]\s*\({a}\)",
    r"\b{a},?\s+(?:stands for|means|is short for)\b",
)


def spelt_out_by(kb: KnowledgeBase, question: str) -> str | None:
    """The id of the one item that spells out the abbreviation ``question`` asks the
    meaning of, or None."""
    folded = fold(question)
    around = _words_near_meaning(folded)
    if not around:
        return None
    known = _abbreviations(kb)
    # In small letters, only what cannot be an ordinary word ("what does it mean for
    # us" names no US).
    written = set(_CAPITALS.findall(question))
    asked = {w for w in around if w in known and (
        known[w] in written or (len(w) > 2 and w not in STOPWORDS))}
    if len(asked) != 1:
        return None
    (letters,) = asked
    definers = [item for item in kb.items if _spells_out(answer_text(item), known[letters])]
    for keep in (_names, _asks_meaning):
        if len(definers) <= 1:
            break
        definers = [item for item in definers if keep(item, letters)]
    return definers[0].id if len(definers) == 1 else None


def _words_near_meaning(folded: str) -> set[str]:
    """The words next to those that ask a meaning ("what does CTED stand for", "UNCCT:
    full name?"): the letters asked about, not any named elsewhere in a longer message."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded)]
    near: set[str] = set()
    for asking in _MEANING_ASKED.finditer(folded):
        near.update([w for _, end, w in words if end <= asking.start()][-_REACH:])
        near.update([w for start, _, w in words if start >= asking.end()][:_REACH])
    return near


@per_object(kept=16)
def _abbreviations(kb: KnowledgeBase) -> dict[str, str]:
    """Every abbreviation the FAQ writes in capitals, folded, with its written form."""
    found: dict[str, str] = {}
    texts = [answer_text(item) for item in kb.items]
    texts += [" ".join((*term.abbreviations, term.term)) for term in kb.glossary]
    for text in texts:
        for letters in _CAPITALS.findall(text):
            found.setdefault(letters.lower(), letters)
    return found


def _spells_out(text: str, letters: str) -> bool:
    escaped = re.escape(letters)
    return any(re.search(pattern.format(a=escaped), text) for pattern in _SPELT_OUT)


def _names(item: Item, letters: str) -> bool:
    """Whether the item's own phrasings or keywords name the abbreviation."""
    return letters in _WORD.findall(_phrasings(item))


def _asks_meaning(item: Item, letters: str) -> bool:
    """Whether the item's own phrasings ask what letters mean: a glossary entry."""
    return bool(_MEANING_ASKED.search(_phrasings(item)))


def _phrasings(item: Item) -> str:
    if not isinstance(item, FaqEntry):
        return ""
    return fold(" ".join((item.question, *item.alternates, *item.keywords)))
