"""Which of the six UN languages a question is in.

Arabic, Chinese and Russian are told by their scripts, which no other UN language
shares: exact and instant. English, French and Spanish share the Latin script; on
short chat text ("wifi?", "mot de passe wifi", "taxi al hotel") a statistical
detector guesses wrong too often for a bot whose FAQ is in English, so the guess is
weighed against English: French or Spanish needs the detector's preference AND a word
or letter of its own (a function word such as "de", "où", "¿", "ñ"), or a clear lead
without one. A question that says nothing either way is English, the FAQ's language.

The detector is lingua (``lingua-language-detector``), restricted to English, French
and Spanish, built on first use. ``benchmarks/languages.py`` prints how often this
is right on 2-4 word questions in each language, and on the project's question sets.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from bot.core.models import ENGLISH, LANGUAGES
from bot.core.text import valid_unicode

# Words that say a Latin-script text is French or Spanish (never English words too:
# "a", "me", "son", "plan", "un", "est" are left out, and the letters English leaves
# alone after an apostrophe: "what's", "I'd", "don't").
_OWN_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """de en le la les des du une sont pour dans avec quelle quel quels quelles ou où ça
        comment pourquoi quand combien je j nous vous il elle ils qui que qu ce cette ces
        mon mes votre vos notre nos peut puis faut aujourd hui demain est-ce ai
        au aux sur sans chez très pas ne rien déjà salle heure""".split()
    ),
    "es": frozenset(
        """de en el los las del una unos unas es son para por con donde dónde como cómo cuando
        cuándo cuanto cuánto cual cuál cuales que qué quien quién hay puedo podemos mi mis
        su sus nuestro nuestra esta este estos estas al se sala hora hoy mañana muy
        también está están""".split()
    ),
}
# Letters French or Spanish use and English does not; "¿" and "¡" are Spanish alone.
_OWN_LETTERS: dict[str, frozenset[str]] = {
    "fr": frozenset("àâçèêëîïôùûœ"),
    "es": frozenset("áíñóú¿¡"),
}
# How much more likely (lingua's relative confidence, 0-1) French or Spanish must be
# than English: with a word or letter of its own, and without one.
LEAD_WITH_OWN_WORD = 0.0
LEAD_WITHOUT = 0.6
# A Chinese character carries about as much as a short word: it counts for this many
# letters when scripts are mixed ("UN-Guest 密码").
HAN_LETTER_WEIGHT = 3.0


def script_of(char: str) -> str | None:
    """ar, zh, ru or latin: the script a letter is written in (None for the rest)."""
    code = ord(char)
    if code < 0x80:  # most letters asked: every ASCII letter is a Latin one
        return "latin" if char.isalpha() else None
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0xFB50 <= code <= 0xFEFF:
        return "ar"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F:
        return "zh"
    if 0x0400 <= code <= 0x052F:
        return "ru"
    if char.isalpha() and unicodedata.name(char, "").startswith("LATIN"):
        return "latin"
    return None


def detect(text: str, hint: str | None = None) -> str | None:
    """The question's language code (``models.LANGUAGES``), or None for text with no
    letters to tell by (emoji, numbers, punctuation) when there is no ``hint``.

    ``hint`` is the language the asker's app is set to (Discord's locale): it decides
    text with no letters, and tips a Latin-script text the detector finds French or
    Spanish-leaning towards it, but never overrides a script.
    """
    found = _detect(text)
    if hint is None or hint not in LANGUAGES:
        return found
    if found is None:
        return hint
    if found == ENGLISH and hint in _OWN_WORDS:
        scores = _detector_scores(text)
        if scores is not None and scores.get(hint, 0.0) > scores.get(ENGLISH, 0.0):
            return hint
    return found


@lru_cache(maxsize=4096)
def _detect(text: str) -> str | None:
    weights: dict[str, float] = {}
    for char in text:
        script = script_of(char)
        if script is not None:
            weights[script] = weights.get(script, 0.0) + (
                HAN_LETTER_WEIGHT if script == "zh" else 1.0)
    if not weights:
        return None
    script = max(weights, key=lambda s: weights[s])
    if script != "latin":
        return script
    return _latin(text)


def _latin(text: str) -> str:
    folded = text.casefold()
    words = set(_words(folded))
    own = {code: bool(words & _OWN_WORDS[code]) or any(c in folded for c in _OWN_LETTERS[code])
           for code in _OWN_WORDS}
    if not any(own.values()) and not _accented(folded):
        # Nothing French or Spanish in it: English, without loading the detector (a
        # process that only ever sees English never pays its 0.7 s and 120 MB).
        return ENGLISH
    scores = _detector_scores(text)
    if scores is None:  # no detector installed: a word or letter of its own decides
        found = [code for code, yes in own.items() if yes]
        if len(found) == 1:
            return found[0]
        if len(found) == 2:
            counts = {c: len(words & _OWN_WORDS[c]) for c in found}
            if counts["fr"] != counts["es"]:
                return max(counts, key=lambda c: counts[c])
        return ENGLISH
    english = scores.get(ENGLISH, 0.0)
    best = max(("fr", "es"), key=lambda c: scores.get(c, 0.0))
    lead = scores.get(best, 0.0) - english
    if lead > LEAD_WITH_OWN_WORD and own[best]:
        return best
    if lead >= LEAD_WITHOUT:
        return best
    return ENGLISH


def _accented(folded: str) -> bool:
    return not folded.isascii() and any(not c.isascii() and c.isalpha() for c in folded)


def _words(folded: str) -> list[str]:
    out: list[str] = []
    current: list[str] = []
    for char in folded:
        if char.isalpha():
            current.append(char)
        else:
            if current:
                out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def warm() -> None:
    """Load the detector and its language models now. Why: loading them takes most of
    a second (more on a busy machine), and the first French or Spanish question would
    otherwise pay for it on the bot's event loop, where Discord gives a reply three
    seconds."""
    _detector()


@lru_cache(maxsize=1)
def _detector() -> Any:
    """lingua's detector for the three Latin-script languages, or None if not installed.

    Its models are loaded as it is built: lingua would otherwise load them at the first
    text it reads, and ``warm`` would have warmed nothing (built at once, then 0.7 s at
    the first French question; ``benchmarks/languages.py`` prints both). The scores are
    the same either way."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.FRENCH, Language.SPANISH
    ).with_preloaded_language_models().build()


def _detector_scores(text: str) -> dict[str, float] | None:
    detector = _detector()
    if detector is None:
        return None
    # The detector takes valid Unicode only: bytes that were not UTF-8 (lone
    # surrogates) become U+FFFD.
    return {
        value.language.iso_code_639_1.name.lower(): float(value.value)
        for value in detector.compute_language_confidence_values(valid_unicode(text))
    }
