"""An attendee's question as an FAQ phrasing: the question, without the rest.

"Hi team! I'm Ana from the Kenyan delegation, where can I charge my phone? thx 🙏"
becomes "where can I charge my phone?": greetings, thanks, emoji, Discord mentions,
introductions and personal details (e-mail addresses, phone numbers, long numbers
such as a badge or passport number, links) are taken out. Pure; moderators can edit
the result before it is written to the FAQ file.
"""

from __future__ import annotations

import re
import unicodedata

from bot.core.text import valid_unicode, without_controls

# Discord markup: user, role and channel mentions, custom emoji, timestamps, commands.
_DISCORD_MARKUP = re.compile(r"<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?|/[\w -]+:\d+)>")
_EVERYONE = re.compile(r"@(?:everyone|here)\b", re.IGNORECASE)
_HANDLE = re.compile(r"(?<!\w)@\w[\w.]*")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
# A phone number: at least 7 digits with the usual separators; any other run of 6
# digits or more (a badge, passport or booking number). Times ("10:30") and years stay.
_PHONE = re.compile(r"(?<![\w:])\+?\d[\d ()./-]{5,}\d(?![\w:])")
_LONG_NUMBER = re.compile(r"\b\d{6,}\b")

_GREETING_WORDS = (
    r"hi|hello|hey|hiya|heya|howdy|greetings|yo|dear|good\s+(?:morning|afternoon|evening|day)"
    r"|bonjour|hola|salut|excuse\s+me|sorry(?:\s+to\s+bother(?:\s+you)?)?|pardon"
)
_ADDRESSEE = (
    r"(?:\s+(?:there|all|everyone|everybody|team|folks|guys|bot|concierge|sir|madam|"
    r"organi[sz]ers|colleagues|friends))*"
)
_LEADING = re.compile(rf"^\s*(?:(?:{_GREETING_WORDS}){_ADDRESSEE}\s*[,.!:;\-]*\s*)+", re.I)
_THANKS = (
    r"thanks?(?:\s+(?:you|a\s+lot|so\s+much|in\s+advance))*|thank\s+you(?:\s+(?:so\s+much|"
    r"very\s+much|in\s+advance))*|many\s+thanks|thx|ty|tia|cheers|merci|gracias|please|pls|plz"
    r"|regards|best(?:\s+regards)?|kind\s+regards"
)
_TRAILING = re.compile(rf"(?:[\s,.!;:\-]*\b(?:{_THANKS})\b[\s.!]*)+$", re.IGNORECASE)
_INLINE_PLEASE = re.compile(r"(?i),?\s*\b(?:please|pls|plz)\b,?")
# The asker introducing themselves at the start of a sentence: "I'm Ana from the Kenyan
# delegation, ..." (a capitalised name after "I'm", so "I'm lost" stays).
_INTRODUCTION = re.compile(
    r"^(?:(?i:my\s+name\s+is|this\s+is)\s+\w+(?:\s+[A-Z][\w'-]*)?"
    r"|(?i:i\s*'\s*m|i\s+am)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)"
    r"(?:\s+(?i:from|of|with)\b[^,.;!?]*)?\s*(?:[,.;:!-]+\s*|$)"
)
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
_QUESTION_START = re.compile(
    r"(?i)^\s*(?:what|where|when|who|whom|whose|why|how|which|is|are|am|can|could|do|does|did|"
    r"will|would|should|shall|may|might|have|has|any|anything|anyone|i\s+need|i\s+want|"
    r"i'd\s+like|i\s+would\s+like|i\s+lost|i\s+can't|i\s+cannot|need|looking)\b"
)


def _no_symbols(text: str) -> str:
    """Emoji and other pictographs out (letters of every script stay)."""
    return "".join(
        " " if unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") or ch == "\u200d" else ch
        for ch in text
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def clean_question(text: str) -> str:
    """The question in ``text`` as a phrasing for the FAQ file (never empty for a
    text with any word in it; the flattened text when nothing is left)."""
    original = _flat(without_controls(valid_unicode(text)))
    cleaned = _DISCORD_MARKUP.sub(" ", original)
    for pattern in (_EVERYONE, _EMAIL, _LINK, _HANDLE, _PHONE, _LONG_NUMBER):
        cleaned = pattern.sub(" ", cleaned)
    cleaned = _flat(_no_symbols(cleaned))
    sentences = [_INTRODUCTION.sub("", s.strip()) for s in _SENTENCES.findall(cleaned)]
    kept = [s for s in sentences if s and not _only_greeting(s)]
    if len(kept) > 1:  # several sentences: the ones that ask
        kept = ([s for s in kept if s.endswith("?")]
                or [s for s in kept if _QUESTION_START.match(s)] or kept)
    cleaned = " ".join(kept)
    cleaned = _LEADING.sub("", cleaned)
    cleaned = _TRAILING.sub("", cleaned)
    cleaned = _INLINE_PLEASE.sub("", cleaned)
    cleaned = _flat(cleaned).strip(" ,;:-")
    if cleaned and not any(ch.isalnum() for ch in cleaned):
        cleaned = ""
    if cleaned and original.rstrip().endswith("?") and not cleaned.endswith("?"):
        cleaned = cleaned.rstrip(".!") + "?"
    return cleaned or original


def _only_greeting(sentence: str) -> bool:
    rest = _TRAILING.sub("", _LEADING.sub("", sentence))
    return not any(ch.isalnum() for ch in rest)
