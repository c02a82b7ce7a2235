"""Words of text in the other UN languages, for matching: each language's own rules.

English goes through ``text.tokenize`` as always. French, Spanish and Russian get
their Snowball stemmers ("inscripciones" and "inscripción" meet), Arabic its
normalisation (diacritics and tatweel dropped; the forms of alef, alef maqsura, ta
marbuta or a final ha, and hamza on waw or ya written one way) before its Snowball
stemmer strips the article and affixes, and Chinese, written without spaces, is cut into overlapping
pairs of characters ("无线网络密码" -> 无线, 线网, 网络, 络密, 密码), which find the words
in it without a dictionary. Each language's function words are marked as stopwords.

The tokens have the shape the index already knows (``text.Token``): a translation's
phrasings are indexed in their language, and a question in that language meets them.
French and Spanish stems are marked with their language ("fr:parallel"), as they
share the Latin script with English; a loanword in a question ("wifi", "badge") meets
the English text through the question's English reading (``crosslingual``).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from bot.core.models import ENGLISH
from bot.core.text import Token, fold, tokenize

_STEMMERS = {"fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
# Languages not written in the Latin script: a Latin word in them is an English word.
_OTHER_SCRIPT = frozenset({"ru", "ar"})
# Languages that share the Latin script with English: their stems are marked with the
# language ("fr:parallel"), so a translation's words never count as English ones in
# the index (French "parallèle" would otherwise weigh on English "parallel events")
# and a question's words in that language meet only that language's translations.
_LATIN = frozenset({"fr", "es"})

STOPWORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        """le la les l un une des du de d au aux a à et ou où est sont être ce c cet cette
        ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j tu il elle
        on nous vous ils elles me m te t se s y en ne n pas que qu qui quoi quel quelle
        quels quelles dans par pour sur avec sans chez il ya-t-il t-il est-ce ça ca
        comment quand combien pourquoi peut puis-je puis dois faut svp stp""".split()
    ),
    "es": frozenset(
        """el la los las lo un una unos unas de del al a ante con en para por sin sobre
        y o u que qué quien quién cual cuál cuales cuáles como cómo cuando cuándo donde
        dónde cuanto cuánto es son está están estar ser hay mi mis tu tus su sus nuestro
        nuestra me te se le les nos yo usted ustedes puedo puede debo favor""".split()
    ),
    "ru": frozenset(
        """и в во на с со к ко у о об от до по за из для при без над под а но или ли же
        что как где когда куда кто какой какая какие каком чем это этот эта эти есть
        быть я мы вы он она они мне меня нам вам ваш ваша наш наша мой моя можно нужно
        ли бы не ни пожалуйста""".split()
    ),
    "ar": frozenset(
        """في من الى إلى على عن مع هل ما ماذا متى اين أين كيف كم لماذا هو هي هم انا أنا
        نحن انت أنت هذا هذه ذلك تلك التي الذي و او أو ثم لا ان أن إن يوجد توجد هناك
        يمكن يمكنني اريد أريد لي""".split()
    ),
}

# Arabic: the short vowels and other marks above and below letters, and tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FORMS = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",  # alef
    "\u0649": "\u064a",  # alef maqsura -> ya
    "\u0624": "\u0648",  # hamza on waw -> waw
    "\u0626": "\u064a",  # hamza on ya -> ya
})
# A word-final ha written for ta marbuta ("صلاه" for "صلاة"): written as ta marbuta,
# which the stemmer strips (it also strips a final ha that is a pronoun, so "كتابه"
# and "كتابة" meet at "كتاب" either way).
_FINAL_HA = re.compile("\u0647\\b")
_WORD = re.compile(r"[^\W_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002fa1f]+")
# Chinese function characters that alone say nothing about a topic.
_HAN_STOP = frozenset("的了吗呢吧啊是在有我你您他她它们这那哪什么怎么请问和与及或")


def normalise_arabic(text: str) -> str:
    """One spelling for the forms Arabic writers use interchangeably."""
    return _FINAL_HA.sub("\u0629", _ARABIC_MARKS.sub("", text).translate(_ARABIC_FORMS))


@lru_cache(maxsize=8)
def stopwords(language: str) -> frozenset[str]:
    """The language's stopwords spelt as its text is before stemming ("está" -> "esta")."""
    if language == "ar":
        return frozenset(normalise_arabic(w) for w in STOPWORDS[language])
    return frozenset(fold(w) for w in STOPWORDS[language])


@lru_cache(maxsize=8)
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer(_STEMMERS[language])


@lru_cache(maxsize=16384)
def stem_in(word: str, language: str) -> str:
    """``word`` (normalised as its language's text is) by its language's Snowball stem."""
    if len(word) <= 2:
        return word
    result: str = _stemmer(language).stemWord(word)
    return result


@lru_cache(maxsize=4096)
def analyse(text: str, language: str | None) -> tuple[Token, ...]:
    """The text's tokens under ``language``'s rules (English's for None or "en")."""
    if language is None or language == ENGLISH or (
        language not in _STEMMERS and language != "zh"
    ):
        return tokenize(text)
    if language == "zh":
        return _chinese(text)
    stop = stopwords(language)
    folded = fold(text) if language != "ar" else unicodedata.normalize("NFKC", text).casefold()
    if language == "ar":
        folded = normalise_arabic(folded)
    out: list[Token] = []
    for word in _WORD.findall(folded):
        if language in _OTHER_SCRIPT and word.isascii():
            out.extend(tokenize(word))  # "wifi" in Russian text: an English word
            continue
        stemmed = stem_in(word, language)
        if language in _LATIN:
            stemmed = f"{language}:{stemmed}"
        out.append(Token(word=word, stem=stemmed, stop=word in stop))
    return tuple(out)


def _chinese(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    folded = unicodedata.normalize("NFKC", text)
    position = 0
    for run in _HAN.finditer(folded):
        out.extend(tokenize(folded[position:run.start()]))  # Latin words between
        position = run.end()
        chars = [c for c in run.group() if c not in _HAN_STOP] or list(run.group())
        if len(chars) == 1:
            out.append(Token(word=chars[0], stem=chars[0], stop=False))
        for first, second in itertools.pairwise(chars):
            pair = first + second
            out.append(Token(word=pair, stem=pair, stop=False))
    out.extend(tokenize(folded[position:]))
    return tuple(out)
