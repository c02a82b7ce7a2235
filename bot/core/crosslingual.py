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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.core.analysis import STOPWORDS, normalise_arabic, stem_in, stopwords
from bot.core.crosslingual_words import LANGUAGES, TABLE
from bot.core.language import script_of
from bot.core.text import fold, is_english

# Words of at least this many letters a reading left out may name what is asked.
MIN_UNREAD_CHARS = 4
# Shorter words are matched as written, longer ones by their stems.
MIN_STEMMED_CHARS = 5
# A form without its accents stands for the form too ("seance"), unless that is a very
# common other word ("ou" is "or", "que" is "that", "the" is English).
_UNSAFE_UNACCENTED = frozenset("ou a la que como el si mas te se tu esta este the".split())
_SENTENCE_END = re.compile(r"[.!?;\n\u3002\uff1f\uff01\uff1b\u061f\u061b]+")
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Chinese is read character by character; a run of Latin letters or digits is one item
# ("Wi-Fi" too).
_CHINESE_ITEM = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|\S")
_QUESTION_MARKS = ("?", "\uff1f", "\u061f")

# A one-word form is also kept as written, and found that way first: two words that
# share a stem ("porte", a door; "porter", to wear) then each read as their own concept,
# while the stem still stands for the inflections the table leaves out ("portes").
_EXACT = "!"
_STEMMED = frozenset({"fr", "es", "ru", "ar"})

# One language's forms, each as the tuple of its items' keys (``_keys``), to English.
_Forms = dict[tuple[str, ...], str]


@lru_cache(maxsize=256)
def english_reading(text: str) -> str | None:
    """The English words of the concepts ``text`` names, sentence by sentence, or None
    when the text is in English or names none the table knows.

    Cached: one question is read by the urgent stage and again by the word features.
    """
    read = _reading(text)
    return read.text if read is not None else None


@dataclass(frozen=True)
class _Reading:
    language: str
    text: str
    found: int  # how many forms of the table were found
    left: tuple[str, ...]  # the words no form took, as written


@lru_cache(maxsize=256)
def _reading(text: str) -> _Reading | None:
    if is_english(text):
        return None
    language = _script_language(text)
    if language is None:
        choices = [_read(text, "fr"), _read(text, "es")]
        read = max(choices, key=lambda choice: choice.found)  # a tie: French
    else:
        read = _read(text, language)
    return read if read.found else None


def words_to_match(text: str, known: Callable[[str], bool] | None = None) -> str | None:
    """What the word features read for a question in another language: its English
    reading, after those of the question's own Latin-script words that ``known`` accepts
    (by default all of them). None for English.

    Why keep any: a question taken for French may be English after all, and French and
    Spanish share words with English ("wifi", "session", "badge"). Why only the known
    ones: the others are the foreign words the reading already stands for, and left in
    they count against the coverage of every entry, the right one included.
    """
    read = _reading(text)
    if read is None:
        return None
    if _script_language(text) is not None:
        return read.text
    stop = stopwords(read.language)
    kept = [w for w in read.left
            if fold(w) not in stop and (known is None or known(w))]
    return " ".join([*kept, read.text]) if kept else read.text


def unread_words(text: str) -> tuple[str, ...]:
    """The words of a question in another language its reading left out that may say what
    it is about: no function words, names, numbers or single letters ("projection",
    "documentaire" in "À quelle heure commence la projection du documentaire ?"). Chinese
    is read by characters, which say nothing alone: none."""
    read = _reading(text)
    if read is None or read.language == "zh":
        return ()
    stop = _not_asked_about(read.language)
    return tuple(w for w in read.left
                 if w.isalpha() and len(w) >= MIN_UNREAD_CHARS and fold(w) not in stop
                 and not w[:1].isupper())


def read_whole(text: str) -> bool:
    """Whether the reading of a question in another language left out nothing that may
    say what it is about: no unread word, or in Chinese, read by characters, none but
    particles and pronouns ("会议在哪里举行？" leaves "里"; "纽约哪里买化妆品比较便宜？",
    where to buy cheap cosmetics, leaves "买化妆品比较便宜")."""
    read = _reading(text)
    if read is None:
        return False
    if read.language == "zh":
        return all(c in _CHINESE_SMALL for c in read.left)
    return not unread_words(text)


# Chinese characters that say no topic alone: particles, pronouns, "this", "please".
_CHINESE_SMALL = frozenset("的了吗呢吧啊是在里儿这那哪个次我你您他她们请问一下就都也还要会想")


# Courtesies, requests and small words no question is about ("pourriez-vous", "لو سمحت",
# "durante"), beside each language's function words.
_COURTESY = {
    "fr": "pourriez pouvez pourrais voudrais aimerais merci bonjour bonsoir envoyer dire "
          "indiquer savoir svp stp aussi encore",
    "es": "podría podrían puede pueden quisiera gustaría gracias favor hola buenos buenas "
          "dentro durante también decir saber",
    "ru": "пожалуйста спасибо скажите подскажите будет будут здравствуйте также можете могли",
    "ar": "ممكن سمحت فضلك شكرا مرحبا السلام عليكم ايضا أيضا",
}


@cache
def _not_asked_about(language: str) -> frozenset[str]:
    """The language's function words and courtesies, folded, once per language."""
    said = [*STOPWORDS[language], *_COURTESY.get(language, "").split()]
    return frozenset(fold(word) for word in said)


def _script_language(text: str) -> str | None:
    """ru, ar or zh by the letters most of the text is written in; None for Latin."""
    counts = {"ru": 0, "ar": 0, "zh": 0, "latin": 0}
    for char in text:
        if char.isalpha():
            script = script_of(char)
            counts[script if script in counts else "latin"] += 1
    script = max(counts, key=lambda key: counts[key])
    return None if script == "latin" else script


def _read(text: str, language: str) -> _Reading:
    """The reading in ``language``, with how many forms were found and the words none
    took."""
    forms, longest = _lexicon(language)
    sentences = []
    found = 0
    left: list[str] = []
    for sentence, asks in split_sentences(text):
        items = _unhyphenated(_items(sentence, language), language, forms)
        keys = _keys(items, language)
        words: list[str] = []
        position = 0
        while position < len(items):
            for size in range(min(longest, len(items) - position), 0, -1):
                exact = forms.get((_EXACT + items[position].lower(),)) if size == 1 else None
                english = exact or forms.get(tuple(keys[position:position + size]))
                if english is None and size == 1 and not keys[position].startswith("="):
                    # "обедом" is "обед" (lunch), a form short enough to be matched as
                    # written: a longer word whose stem is that form is one of its own.
                    english = forms.get(("=" + keys[position],))
                if english is not None:
                    words.append(english)
                    found += 1
                    position += size
                    break
            else:
                if _kept(items[position], position, language):
                    words.append(items[position].lower())
                left.append(items[position])
                position += 1
        if words:
            sentences.append(" ".join(words) + ("?" if asks else "."))
    return _Reading(language, " ".join(sentences), found, tuple(left))


def split_sentences(text: str) -> list[tuple[str, bool]]:
    """Each sentence, and whether it ends with a question mark."""
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        out.append((text[start:match.start()], any(m in match.group() for m in _QUESTION_MARKS)))
        start = match.end()
    if text[start:].strip():
        out.append((text[start:], False))
    return out


def _unhyphenated(items: list[str], language: str, forms: _Forms) -> list[str]:
    """"письмо-приглашение" (an invitation letter) is read word by word where the
    table does not know the whole ("après-midi" it does)."""
    out = []
    for item in items:
        parts = [p for p in item.split("-") if p]
        if (len(parts) < 2
                or item.isascii()  # "T-shirt", "Wi-Fi": the English index's own
                # Not "где-нибудь", "кто-то" (somewhere, someone): no question word's own.
                or parts[-1].lower() in _PARTICLES
                or tuple(_keys([item], language)) in forms
                or (_EXACT + item.lower(),) in forms):
            out.append(item)
        else:
            out.extend(parts)
    return out


# What makes a Russian question word indefinite ("где-то", "когда-нибудь", "что-либо").
_PARTICLES = frozenset("то нибудь либо ка".split())


def _items(text: str, language: str) -> list[str]:
    """The units forms are made of: words, or Chinese characters."""
    if language == "zh":
        return _CHINESE_ITEM.findall(text)
    if language == "ar":
        text = normalise_arabic(text)
    return _WORD.findall(text.replace("'", " ").replace("\u2019", " "))


def _keys(items: Sequence[str], language: str) -> list[str]:
    """What an item is matched by: a stem, or the short word as written (short words are
    mostly question and function words, which stems would confuse: "cómo" and "comida"
    share one, as "как" and "какой" do), kept apart from stems by "="."""
    keys = []
    for item in items:
        word = item.lower()
        if language == "zh":
            keys.append(word)
        elif language == "ar":
            keys.append(stem_in(word, "ar"))
        else:
            word = word.replace("\u0451", "\u0435")  # Russian ё is written е as often
            keys.append("=" + word if len(word) < MIN_STEMMED_CHARS else stem_in(word, language))
    return keys


def _kept(item: str, position: int, language: str) -> bool:
    """An item the table does not know that the English index might: a name or an
    acronym, a number, or a Latin word in a text of another script."""
    if any(char.isdigit() for char in item):
        return True
    if language in ("ru", "ar", "zh"):
        return item.isascii() and item[0].isalnum()
    if len(item) > 1 and item[1:].isupper() and item[0].isupper():
        return True
    return position > 0 and item[0].isupper()


def _unaccented(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn"
    )


@cache
def _lexicon(language: str) -> tuple[_Forms, int]:
    """The language's forms, and how many items the longest has."""
    column = LANGUAGES.index(language) + 1
    forms: _Forms = {}
    for line in TABLE.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        english, written = cells[0], cells[column]
        for form in filter(None, (f.strip() for f in written.split(","))):
            items = _items(form, language)
            _add(forms, tuple(_keys(items, language)), english)
            if len(items) == 1 and language in _STEMMED:
                _add(forms, (_EXACT + items[0].lower(),), english)
            bare = [_unaccented(item) for item in items]
            if bare != items and not (len(bare) == 1 and bare[0] in _UNSAFE_UNACCENTED):
                _add(forms, tuple(_keys(bare, language)), english, first=False)
            if language == "ar":
                # The article and "and" joined to a word ("البرنامج", "ومتى"): the stemmer
                # takes them off some words and not others ("برنامج" loses its first letter
                # instead), so each form stands for them too.
                for joined in _ARABIC_JOINED:
                    if not items[0].startswith(joined):
                        _add(forms, tuple(_keys([joined + items[0], *items[1:]], language)),
                             english, first=False)
    return forms, max(map(len, forms), default=1)


# What Arabic writes joined to the front of a word: the article, and "and" (with it).
_ARABIC_JOINED = ("ال", "و", "وال")


def _add(forms: _Forms, key: tuple[str, ...], english: str, *, first: bool = True) -> None:
    """A form two concepts share reads as both ("место": venue and seat); an
    unaccented variant never adds to a form written with its accents."""
    current = forms.get(key)
    if current is None:
        forms[key] = english
    elif first and english not in current:
        forms[key] = f"{current} {english}"
