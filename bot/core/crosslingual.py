"""An English reading of a question asked in another UN language, for the word features.

Why: the engine's word features (coverage, the kind of fact asked, the focus of the
question) are computed on English, and an organiser's FAQ file is usually in English
only. A question in French, Spanish, Russian, Arabic or Chinese is read word by word
through a table of general conference vocabulary (``crosslingual_words``) into the
English words of the concepts it names, in order: "¿Dónde recojo mi credencial?"
reads "where collect pick up badge". The reading is lossy, so the decision still knows
the question was not in English (its own weights for that); the meaning, when the
semantic extra is installed, is still taken from the question as asked.

Matching is by stem (Snowball for French, Spanish, Russian and Arabic, after Arabic's
letter forms are written one way), longest form first, so a form stands for its
inflections; accents may be left out. Chinese, written without spaces, is read by the
longest form found at each point. Words the table does not know are left out, except
names and acronyms ("INTERPOL", "ECOSOC") and Latin words in a text of another script
("wifi"), which the English index may know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

import snowballstemmer

from bot.core.crosslingual_words import LANGUAGES, TABLE
from bot.core.text import is_english

_STEMMERS = {"fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
# Forms longer than this many words (or Chinese characters) are not looked for.
MAX_FORM_WORDS = 4
MAX_CHINESE_CHARS = 6
# Shorter words are matched as written, longer ones by their stems.
MIN_STEMMED_CHARS = 5
# A form without its accents stands for the form too ("seance"), unless that is a very
# common other word ("ou" is "or", "que" is "that", "the" is English).
_UNSAFE_UNACCENTED = frozenset("ou a la que como el si mas te se tu esta este the".split())
_SENTENCE_END = re.compile(r"[.!?;\n\u3002\uff1f\uff01\uff1b\u061f\u061b]+")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FORMS = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u0629": "\u0647", "\u0624": "\u0648", "\u0626": "\u064a",
})
_QUESTION_MARKS = ("?", "\uff1f", "\u061f")
_Key = TypeVar("_Key", str, tuple[str, ...])


@dataclass(frozen=True)
class _Lexicon:
    """One language's forms, as tuples of stems (or Chinese strings), to English."""

    forms: dict[tuple[str, ...], str]
    chinese: dict[str, str]


@lru_cache(maxsize=256)
def english_reading(text: str) -> str | None:
    """The English words of the concepts ``text`` names, sentence by sentence, or None
    when the text is in English or names none the table knows.

    Cached: one question is read by the urgent stage and again by the word features.
    """
    if is_english(text):
        return None
    language = _script_language(text)
    if language is None:
        choices = [_read(text, "fr"), _read(text, "es")]
        reading, found = max(choices, key=lambda choice: choice[1])  # a tie: French
    else:
        reading, found = _read(text, language)
    return reading if found else None


def words_to_match(text: str) -> str | None:
    """What the word features read for a question in another language: its English
    reading, after the question's own words when they are in the Latin script (a
    question taken for French may be English after all, and French and Spanish share
    many words with English). None for English."""
    reading = english_reading(text)
    if reading is None:
        return None
    return f"{text} {reading}" if _script_language(text) is None else reading


def _script_language(text: str) -> str | None:
    """ru, ar or zh by the letters most of the text is written in; None for Latin."""
    counts = {"ru": 0, "ar": 0, "zh": 0, "latin": 0}
    for char in text:
        if not char.isalpha():
            continue
        name = unicodedata.name(char, "")
        if name.startswith("CYRILLIC"):
            counts["ru"] += 1
        elif name.startswith("ARABIC"):
            counts["ar"] += 1
        elif name.startswith("CJK"):
            counts["zh"] += 1
        else:
            counts["latin"] += 1
    script = max(counts, key=lambda key: counts[key])
    return None if script == "latin" else script


def _read(text: str, language: str) -> tuple[str, int]:
    """The reading in ``language`` and how many forms were found."""
    sentences = []
    found = 0
    for sentence, asks in _sentences(text):
        if language == "zh":
            words, hits = _read_chinese(sentence)
        else:
            words, hits = _read_words(sentence, language)
        found += hits
        if words:
            sentences.append(" ".join(words) + ("?" if asks else "."))
    return " ".join(sentences), found


def _sentences(text: str) -> Iterator[tuple[str, bool]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield text[start:match.start()], any(m in match.group() for m in _QUESTION_MARKS)
        start = match.end()
    if text[start:].strip():
        yield text[start:], False


def _read_words(sentence: str, language: str) -> tuple[list[str], int]:
    lexicon = _lexicon(language)
    if language == "ar":
        sentence = _ARABIC_MARKS.sub("", sentence)
    raw = _WORD.findall(sentence.replace("'", " ").replace("\u2019", " "))
    stems = [_stem(word, language) for word in raw]
    out: list[str] = []
    found = 0
    position = 0
    while position < len(raw):
        for size in range(min(MAX_FORM_WORDS, len(raw) - position), 0, -1):
            english = lexicon.forms.get(tuple(stems[position:position + size]))
            if english is not None:
                out.append(english)
                found += 1
                position += size
                break
        else:
            if _kept(raw[position], position, language):
                out.append(raw[position].lower())
            position += 1
    return out, found


def _kept(word: str, position: int, language: str) -> bool:
    """A word the table does not know that the English index might: a name or an
    acronym, a number, or a Latin word in a text of another script."""
    if any(char.isdigit() for char in word):
        return True
    if language in ("ru", "ar"):
        return all(char.isascii() for char in word)
    if len(word) > 1 and word[1:].isupper() and word[0].isupper():
        return True
    return position > 0 and word[0].isupper()


def _read_chinese(sentence: str) -> tuple[list[str], int]:
    chinese = _lexicon("zh").chinese
    out: list[str] = []
    found = 0
    position = 0
    while position < len(sentence):
        char = sentence[position]
        if char.isascii() and (char.isalnum()):
            end = position
            while end < len(sentence) and sentence[end].isascii() and sentence[end].isalnum():
                end += 1
            out.append(sentence[position:end].lower())
            position = end
            continue
        for size in range(min(MAX_CHINESE_CHARS, len(sentence) - position), 0, -1):
            english = chinese.get(sentence[position:position + size].lower())
            if english is not None:
                out.append(english)
                found += 1
                position += size
                break
        else:
            position += 1
    return out, found


def _stem(word: str, language: str) -> str:
    word = word.lower()
    if language == "ar":
        # The stemmer knows the letter forms; its stems are then written one way.
        stemmed: str = _stemmer("arabic").stemWord(_ARABIC_MARKS.sub("", word))
        return stemmed.translate(_ARABIC_FORMS)
    if language == "ru":
        word = word.replace("\u0451", "\u0435")
    if len(word) < MIN_STEMMED_CHARS:
        # Short words are mostly question and function words, which stems would
        # confuse ("cómo" and "comida" share one, as "как" and "какой" do): they are
        # kept apart from stems.
        return "=" + word
    return str(_stemmer(_STEMMERS[language]).stemWord(word))


@cache
def _stemmer(name: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(name)


def _unaccented(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )


@cache
def _lexicon(language: str) -> _Lexicon:
    column = LANGUAGES.index(language) + 1
    forms: dict[tuple[str, ...], str] = {}
    chinese: dict[str, str] = {}
    for line in TABLE.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        english, written = cells[0], cells[column] if column < len(cells) else ""
        for form in filter(None, (f.strip() for f in written.split(","))):
            if language == "zh":
                _add(chinese, form.lower(), english)
                continue
            words = _WORD.findall(form.replace("'", " "))
            _add(forms, tuple(_stem(w, language) for w in words), english)
            bare = [_unaccented(w) for w in words]
            if bare != words and not (len(bare) == 1 and bare[0] in _UNSAFE_UNACCENTED):
                _add(forms, tuple(_stem(w, language) for w in bare), english, first=False)
    return _Lexicon(forms, chinese)


def _add(table: dict[_Key, str], key: _Key, english: str, *, first: bool = True) -> None:
    """A form two concepts share reads as both ("место": venue and seat); an
    unaccented variant never adds to a form written with its accents."""
    current = table.get(key)
    if current is None:
        table[key] = english
    elif first and english not in current:
        table[key] = f"{current} {english}"
