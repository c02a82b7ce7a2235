"""Text normalisation shared by the index and the questions.

Both sides go through the same steps, so an organiser's "Wi-Fi" and an attendee's
"wifi pwd" meet on the same tokens: case and accent folding, contractions and
possessives, chat abbreviations, multi-word terms joined into one token, and a
Snowball (Porter2) stem for each word so "registration" and "register" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
from rapidfuzz.distance import Levenshtein

from bot.core.circumstances import BEFORE_A_THING, circumstantial
from bot.core.lexicon import (
    ABBREVIATIONS,
    FILLER_PHRASES,
    FOREIGN_FUNCTION_WORDS,
    GENERIC_WORDS,
    JOINED_TERMS,
    KEPT_PHRASES,
    STOPWORDS,
)

_STEMMER = snowballstemmer.stemmer("english")
# American spellings stem as British ones, so that "organizers" finds an entry that
# says "organisers" (and the other way round): a FAQ file and its readers need not
# spell alike. "-ize"/"-yze" after at least four letters ("organize", "analyze"; not
# "size", "prize" or "seize"), and a few common words spelt otherwise.
_AMERICAN_ENDING = re.compile(r"^([a-z]{4,}[iy])z(e|es|ed|ing|er|ers|ation|ations)$")
_AMERICAN: dict[str, str] = {
    "center": "centre", "centers": "centres", "theater": "theatre", "theaters": "theatres",
    "color": "colour", "colors": "colours", "favor": "favour", "favorite": "favourite",
    "honor": "honour", "labor": "labour", "defense": "defence", "license": "licence",
    "traveler": "traveller", "travelers": "travellers", "traveling": "travelling",
    "traveled": "travelled", "canceled": "cancelled", "canceling": "cancelling",
    "catalog": "catalogue", "dialog": "dialogue", "gray": "grey", "jewelry": "jewellery",
    "enrollment": "enrolment", "neighbor": "neighbour", "neighborhood": "neighbourhood",
    "behavior": "behaviour", "fulfill": "fulfil",
}

# Apostrophes and quotes people type from phones and keyboards.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
_HASHTAG = re.compile(r"#(\w+)")
# "Gluten-free", "step free": without the thing, not free of charge ("is lunch free?" is
# not the dietary entry's because it says "nut-free"). The thing stays. Not "smoke-free":
# "smoke" alone is a call for help (``alerts``).
_FREE_OF = re.compile(
    r"\b(gluten|nut|peanut|dairy|lactose|sugar|alcohol|pork|meat|egg|soy|shellfish|"
    r"fragrance|scent|step|stair|barrier|hands|duty|visa|toll|latex|"
    r"plastic|paper|cash)[- ]free\b")
# "Were is the prayer room", "wear do I get my badge": "where" typed as a word that
# sounds the same, at the head of a sentence and before a verb it cannot take there
# ("were you there?", "formal wear is welcome" stay).
_WHERE_MISHEARD = re.compile(
    r"(^|[.!?,;:]\s*)(?:were|wear|ware)\s+(?=(?:is|are|do|does|can|could|should|will|"
    r"would|exactly)\b)")
# Where one sentence of a message, or one of its lines, ends: a subject and the question
# about it meet within one (``schedule``), and so does what an asker wants (``hosting``).
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
_NEGATION = re.compile(r"\b(\w+)n't\b")
# "can't" -> "ca" + "n't": the verb each shortened negation stands for.
NEGATION_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
_CONTRACTION = re.compile(r"(\w)'(s|re|ve|ll|d|m|t)\b")
_CONTRACTION_EXPANSIONS = {"re": "are", "ve": "have", "ll": "will", "d": "would", "m": "am"}
_WORD = re.compile(r"[^\W_]+")
_ARTICLES = frozenset("a an the any nearest closest an another".split())
# "Session II", "session two", "day one": a number after the word it counts, in digits
# ("i", "v" and "x" only after a session's word: "which day i arrive" is no day 1). After
# a session's word, the pair is one word ("session 2", "Session II" -> "session2"): a
# number alone in a question ("(1)") names no session.
_NUMERALS = {
    **{w: str(n) for n, w in enumerate(
        "one two three four five six seven eight nine ten".split(), 1)},
    **{w: str(n) for n, w in enumerate(
        "i ii iii iv v vi vii viii ix x".split(), 1)},
}
# "Working group B", "breakout group 2", "track A": a group or a track is counted or
# lettered as a session is (four of seven organisers' files letter their breakouts).
_SESSION_COUNTED = frozenset(
    "session sessions plenary panel breakout workshop segment group groups track tracks"
    .split())
_COUNTED = _SESSION_COUNTED | {"day", "room"}
_LETTER_NUMERALS = frozenset("i v x".split())
# "Breakout session B", "breakout b": a session's letter, one word that no article is.
_SESSION_LETTERS = frozenset("abcdefgh")


_COUNTED_ITEM = re.compile(
    rf"(?:{'|'.join(sorted(_SESSION_COUNTED))})[0-9]+|letter[{''.join(sorted(_SESSION_LETTERS))}]")


def counted_item(word: str) -> bool:
    """A counted or lettered session, group or track as ``words`` reads it ("session 2"
    and "Session II" as "session2", "breakout B" as "letterb")."""
    return _COUNTED_ITEM.fullmatch(word) is not None


@dataclass(frozen=True)
class Token:
    """One word of a question or an entry.

    ``word`` is the folded surface form (kept for typo matching, which works better
    on what was typed than on a stem); ``stem`` is what exact matching uses.
    """

    word: str
    stem: str
    stop: bool
    generic: bool = False
    scene: bool = False  # sets the scene (``circumstances``): generic, and fills no phrasing


def unspaced(text: str) -> bool:
    """Written (in part) in a script without spaces between words (Chinese, Japanese)."""
    if text.isascii():  # most texts, told at C speed
        return False
    return any("\u3040" <= char <= "\u9fff" for char in text)


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text.

    Cached: one answer folds its question (and its parts) a few dozen times, in every
    reader that looks at it."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    if text.isascii():  # nothing to decompose: most of an English FAQ, read at every load
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def _expand_contractions(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        if tail == "s":  # possessive or "is": neither carries meaning here
            return head
        if tail == "t":  # "don't" -> "don" + "not"
            return f"{head} not"
        return f"{head} {_CONTRACTION_EXPANSIONS[tail]}"

    text = _NEGATION.sub(lambda m: f"{NEGATION_STEMS.get(m.group(1), m.group(1))} not", text)
    return _CONTRACTION.sub(replace, text)


# "whats next n where": "n" for "and", in chat; a word of its own, not the "n'" of
# "n'est pas".
_CHAT_AND = re.compile(r"(?<=\s)n(?=\s)")


# "How early should I come / get there / be there?", "by what time must we be in our
# seats?": when to arrive.
_HOW_EARLY_TO_COME = re.compile(
    r"(\b(?:how early|what time|by when|by what time)\b(?:\W+\w+){0,4}?\W+)"
    r"(?:come(?!\s+(?:out|back|off|down|up)\b)|get there|get here|be there|be here|"
    r"be seated|be sitting(?: down)?|be in (?:our|my|their|his|her|your) seats?)\b")
# "How early should I arrive?" asks at what time, which an entry says with its clock
# ("What time should I arrive?"), not with "early".
_HOW_EARLY = re.compile(
    r"\bhow early\b(?=(?:\W+\w+){0,4}?\W+(?:arrive|(?:turn|show|rock)\s+up)\b)")
# Papers one brings or shows are what identifies one.
_PAPERS = frozenset("document documents documentation papers".split())
_SHOWN = frozenset("bring show carry present".split())
# Watching a meeting online is its webcast: "can I watch the closing online from Nairobi?",
# "my boss wants to follow the opening from home, is it online?" (not the wifi's "get
# online", nor a form filled in online).
_WATCHING = frozenset("watch watching watched follow following view viewing".split())
# ... and so is watching or following it from afar or at another time: "can I follow
# the opening live from my office in Geneva?", "can I watch a recording of it later?"
# (not "follow up later", nor "follow the signs", nor "my watch stopped at the hotel": a
# watch after a word that owns or counts it is the thing).
_A_THING = BEFORE_A_THING | {"your"}
_AFAR = frozenset(
    "live home office capital hotel remotely remote later afterwards recording recorded "
    "replay internet".split())
# A person replaced by another is a change to the delegation's registration: "one of our
# delegates got swapped out, who do we tell?", "a colleague is replacing me" (not "replace
# a lost badge": no one is replaced). Not "instead": "use the delegates' entrance
# instead" replaces no one.
_REPLACING = frozenset(
    "replace replaced replaces replacing swap swapped swaps swapping substitute "
    "substituted substitutes substituting substitution".split())
_REPLACED = frozenset(
    "delegate delegates colleague colleagues director deputy minister officer participant "
    "participants member nominee ambassador counsellor adviser advisor boss commissioner "
    "person someone somebody".split())


# The words ``words`` reads with their neighbours (a number is read so too).
_READ_IN_CONTEXT = frozenset(
    {"atm", "online", *_NUMERALS, *_SESSION_LETTERS, *_WATCHING, *_REPLACING, *_PAPERS})


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Folded words with abbreviations expanded and multi-word terms joined.

    Cached: one answer reads its question several times (matching, programme,
    rooms, checks), and a busy event repeats the same questions.
    """
    text = _FREE_OF.sub(r"\1", _HASHTAG.sub(r"hashtag \1", fold(text)))
    text = _WHERE_MISHEARD.sub(r"\1where ", text)
    text = _CHAT_AND.sub("and", _expand_contractions(text))
    text = _HOW_EARLY.sub("what time", _HOW_EARLY_TO_COME.sub(r"\1arrive", text))
    raw = _WORD.findall(text)
    expanded: list[str] = []
    for n, word in enumerate(raw):
        if word not in _READ_IN_CONTEXT and not word.isdigit():
            # Most words: only an abbreviation spelled out (the branches below all
            # start with one of these words, or a number).
            expanded.extend(ABBREVIATIONS.get(word, (word,)))
        elif word == "atm" and len(raw) > 1 and (n == 0 or raw[n - 1] not in _ARTICLES):
            # "what's on atm", not "the ATM", nor "ATM" alone (the name the features
            # look up in the FAQ: "is there an ATM at UNECA?")
            expanded.extend(("at", "the", "moment"))
        elif n > 0 and (word in _NUMERALS or word.isdigit()) and (
                counted := _session_counted(raw[n - 1])) is not None:
            expanded.append(counted + _NUMERALS.get(word, word))
        elif (len(word) == 1 and word in _SESSION_LETTERS and n > 0
                and _session_counted(raw[n - 1]) is not None):
            expanded.append("letter" + word)
        elif word in _NUMERALS and n > 0 and raw[n - 1] in _COUNTED and (
                word not in _LETTER_NUMERALS):
            expanded.append(_NUMERALS[word])
        elif word == "online" and not _WATCHING.isdisjoint(raw):
            expanded.extend(("online", "webcast"))
        elif (word in _WATCHING and not _AFAR.isdisjoint(raw) and "online" not in raw
                and raw[n + 1:n + 2] != ["up"] and (n == 0 or raw[n - 1] not in _A_THING)):
            expanded.extend((word, "webcast"))
        elif word in _REPLACING and not _REPLACED.isdisjoint(raw[max(0, n - 4):n + 5]):
            expanded.extend((word, "registration"))
        elif word in _PAPERS and not _SHOWN.isdisjoint(raw):
            # "which documents must I bring to collect my badge?": identification, not
            # the conference's documents
            expanded.append("id")
        else:
            expanded.extend(ABBREVIATIONS.get(word, (word,)))
    return tuple(_join_terms(expanded))


def _session_counted(word: str) -> str | None:
    """The session's word a word before a number is, typos allowed ("sesion 3") or
    shortened ("sess 3")."""
    word = ABBREVIATIONS.get(word, (word,))[-1]
    if word in _SESSION_COUNTED:
        return word.removesuffix("s")
    if len(word) < 5:
        return None
    near = next((w for w in _SESSION_COUNTED if Levenshtein.distance(word, w, score_cutoff=1) <= 1),
                None)
    return near.removesuffix("s") if near is not None else None


# The words a filler phrase, a multi-word term or a kept run can start with: any other
# word is kept as it is without looking further (most words of a long answer).
_PHRASE_STARTS = frozenset(
    phrase[0] for phrase in (*FILLER_PHRASES, *JOINED_TERMS, *KEPT_PHRASES))


def _join_terms(items: list[str]) -> list[str]:
    return rewrite_runs(items, _term_or_filler, longest=5, shortest=2, starts=_PHRASE_STARTS)


def _term_or_filler(run: tuple[str, ...]) -> tuple[str, ...] | None:
    if run in FILLER_PHRASES:
        return ()
    if run in KEPT_PHRASES:
        return run
    joined = JOINED_TERMS.get(run)
    return None if joined is None else tuple(joined.split())


def rewrite_runs(
    items: Sequence[str],
    look_up: Callable[[tuple[str, ...]], tuple[str, ...] | None],
    *,
    longest: int,
    shortest: int = 1,
    starts: Container[str] | None = None,
) -> list[str]:
    """``items`` with, from left to right, the longest run ``look_up`` knows (of
    ``longest`` items down to ``shortest``) replaced by what it gives (``()`` drops the
    run); the other items kept as they are.

    Why one: joining multi-word terms while reading a text and joining a question's
    stems into the FAQ's concepts while grouping are the same greedy walk. ``starts``,
    when given, holds every word a known run can start with: any other is kept without
    a look-up (most words of a long answer)."""
    out: list[str] = []
    i = 0
    while i < len(items):
        if starts is None or items[i] in starts:
            # Near the end a slice is shorter than its size, and is looked up as it is
            # (so a one-word term is joined as the last word of a text).
            for size in range(longest, shortest - 1, -1):
                found = look_up(tuple(items[i : i + size]))
                if found is not None:
                    out.extend(found)
                    i += size
                    break
            else:
                out.append(items[i])
                i += 1
        else:
            out.append(items[i])
            i += 1
    return out


# Stems the stemmer gets wrong, set by hand. Plurals it does not take back to their
# singular: words of three letters or fewer are kept as typed, so "bus" stays "bus"
# while the stemmer makes "buses" "buse" ("Which buses stop near UN Headquarters?"
# never met the entry's "Bus: M15"). And words it would give another word's stem: a
# conference's closing is seldom a closed meeting ("which sessions are off the record?"
# found the closing session), while "closes" and "closed" still meet.
_FIXED_STEMS = {"buses": "bus", "busses": "bus", "gases": "gas", "closing": "closing"}
# Irregular past forms, which the stemmer leaves as they are: "has the wrap-up begun?"
# meets a card's "begins", "why are they holding this meeting?" an answer's "held". Not
# "spoke" ("who spoke at the launch of UNOCT in 2017?" found the organisers' entry with
# the semantic extra; who spoke at a session is its card's, ``speakers``), nor those with
# another common sense ("left", "lost", "found", "saw", "made", "got", "said",
# "thought"), nor "took", which the alerts read in "took off" (an owner gone: as "take",
# "will they take them off me at the check?" raised an unattended item).
_FIXED_STEMS.update({past: base for base, forms in (
    ("begin", "began begun"), ("give", "gave given"),
    ("take", "taken"), ("eat", "eaten"),
    ("choos", "chose chosen"), ("bring", "brought"), ("buy", "bought"), ("pay", "paid"),
    ("send", "sent"), ("hold", "held"), ("tell", "told"), ("forget", "forgot forgotten"),
    ("keep", "kept"), ("stand", "stood"), ("wear", "wore worn"), ("drive", "drove driven"),
) for past in forms.split()})  # (a word of three letters or fewer is its own stem)


# "FTFs" is read as "FTF" where the FAQ uses the one and not the other (``singular_stem``).
MIN_PLURAL_CHARS = 4


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if not word.isascii() or len(word) <= 3:
        return word
    fixed = _FIXED_STEMS.get(word)
    if fixed is not None:
        return fixed
    british = _AMERICAN.get(word) or _AMERICAN_ENDING.sub(r"\1s\2", word)
    result: str = _STEMMER.stemWord(british)
    return result


def singular_stem(word: str) -> str | None:
    """The stem of a word read as the plural of another: "FTFs", "NGOs", "FIUs". The
    stemmer keeps an "s" with no vowel before it, or with one just before it, so these
    plurals of acronyms and short words miss their singular. None for a word that does
    not end in a single "s" or is too short to be a plural ("is", "us", "bus")."""
    if len(word) < MIN_PLURAL_CHARS or not word.endswith("s") or word.endswith("ss"):
        return None
    return stem(word[:-1])


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[Token, ...]:
    """The words as tokens; those that only set the scene ("between sessions", "lost in
    the taxi", "my team back home": ``circumstances``) count for little, like generic
    words, though they are no stopwords."""
    said = words(text)
    tokens = [_token(w) for w in said]
    for n in circumstantial(said):
        if not tokens[n].stop:
            tokens[n] = Token(word=said[n], stem=tokens[n].stem, stop=False, generic=True,
                              scene=True)
    return tuple(tokens)


@lru_cache(maxsize=65536)
def _token(word: str) -> Token:
    """One token per distinct word (tokens are immutable): a big FAQ repeats its words."""
    return Token(word=word, stem=stem(word), stop=word in STOPWORDS, generic=word in GENERIC_WORDS)


def normalise(text: str) -> str:
    """A canonical one-line form of the text, for phrase-level fuzzy comparison."""
    return " ".join(t.stem for t in tokenize(text) if not t.stop)


# The checker and the index both key every question, alternate and title of the file,
# one after the other: at 5,000 entries (15,000 phrasings) the second pass is free.
@lru_cache(maxsize=16384)
def phrasing_key(text: str) -> str:
    """The text word for word, give or take case, accents, punctuation and word endings.

    Stopwords stay: "Session I" and "which session is this" are different phrasings.
    """
    return " ".join(t.stem for t in tokenize(text))


def forget_file_texts(phrasings: int) -> None:
    """Empty the caches a file's check filled, where they cannot serve what comes next.

    Checking a file reads every text of it through ``words`` and ``tokenize`` (their
    last 4,096 texts then sit in the caches), and keys every phrasing with
    ``phrasing_key``. The index build reads the file again from its first entry, so a
    cache smaller than the file serves it nothing, and holds megabytes while the index,
    the biggest allocation of a load, is built: 7 MiB at 20,000 entries, where the
    peak memory target is. ``fold``'s last texts (whole answers among them) go for the
    same reason. The phrasing keys are kept when they all fit: the build then looks
    each one up instead of working it out again (0.15 s at 5,000 entries).
    """
    words.cache_clear()
    tokenize.cache_clear()
    fold.cache_clear()
    info = phrasing_key.cache_info()
    if info.maxsize is not None and phrasings > info.maxsize:
        phrasing_key.cache_clear()


# Terminal control sequences (ANSI CSI and OSC) and the other C0/C1 controls, tab and
# newline excepted: text from attendees or the FAQ file must never drive a terminal
# or hide itself from the moderator reading it.
_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def unshouted(text: str) -> str:
    """A message typed in capitals, in lower case ("HOW MANY SIDE EVENTS ARE THERE"):
    the case says nothing there, and the embedding model reads capitals worse than
    plain text. Acronyms in an ordinary message keep theirs."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if len(letters) >= 8 and upper * 5 >= len(letters) * 4 and len(text.split()) >= 2:
        return text.lower()
    return text


# A chat opener that announces a question ("quick q -", "qq", "one quick question:",
# "Question:"): it asks nothing, and its "q" is a word no FAQ entry holds. A bare
# "question" or "query" only before a stop ("question about lunch" names the topic).
_OPENER = re.compile(
    r"^\s*(?:(?:a|one|just a|another|my)\s+)?"
    r"(?:(?:quick|short|small|simple|silly|dumb|basic|practical|little)\s+"
    r"(?:q|qq|qn|question|query|one)\b|q|qq|qn)[\s:,.!?\-\u2013\u2014]+"
    r"|^\s*(?:(?:a|one|another)\s+)?(?:question|query)\s*[:,\-\u2013\u2014]+\s*",
    re.IGNORECASE)


def without_opener(text: str) -> str:
    """The message without a chat opener that only announces a question, where
    something follows it."""
    rest = _OPENER.sub("", text, count=1)
    return rest if rest.strip() else text


# "Is lunch provided, or do we pay for our own?", "is dinner included or we buy it
# ourselves": the other way round of a yes/no question about what the organisers give,
# which asks nothing more (its "pay" is no price asked, its "buy" and "own" no word of
# the answer).
_OR_OUR_OWN = re.compile(
    r",?\s*\bor\s+(?:(?:do|should|must|will|would|shall|can|could)\s+)?"
    r"(?:i|we|they|you|u|participants|delegates|delegations)\s+"
    r"(?:(?:need|have|got|are expected|are supposed)\s+to\s+|(?:must|should)\s+)?"
    r"(?:pay|buy|bring|arrange|organi[sz]e|find|get|sort out|make|purchase|book)\b"
    r"(?:\s+(?:for\s+)?(?:it|them|that|this|one|our|my|their|your|own|ourselves|"
    r"ourself|myself|themselves|yourself|ours|mine|theirs|out|of|pocket|separately|"
    r"individually))*"
    r"(?=\s*[?.!]*\s*$|\s*[?.!,;])",
    re.IGNORECASE)


def without_our_own(text: str) -> str:
    """The question without its other way round ("... or do we pay for our own?")."""
    rest = _OR_OUR_OWN.sub("", text)
    return rest if rest.strip() else text


def without_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


def valid_unicode(text: str) -> str:
    """``text`` with each lone surrogate (from bytes that were not UTF-8) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_LATIN_WORD = re.compile(r"[a-z\-]+")
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# Share of a text's letters in another script, or of its words that are foreign
# function words, above which the text is taken as not English.
FOREIGN_SHARE = 0.3
# Foreign function words that are also the name of an organisation typed in lower case
# ("closest subway station to the un?", "un hq address"): alone, they say nothing of
# the language; beside another foreign function word ("où est le bureau de l'un"...),
# they count as the others do.
_ALSO_ENGLISH = frozenset({"un", "au"})  # "au": the African Union typed in lower case
# A French question puts its subject after the verb: "est-elle", "a-t-il", "peut-on"
# (not any "-on": "a follow-on session").
_FRENCH_INVERSION = re.compile(
    r"\w-(?:t-(?:il|ils|elle|elles|on)|il|ils|elle|elles|je|nous|vous)$"
    r"|^(?:peut|doit|faut|sait|pourra|devra)-on$")


@lru_cache(maxsize=4096)
def is_english(text: str) -> bool:
    """Whether a question is in English, roughly: for choosing how to weigh its words.

    Letters outside the Latin script (Arabic, Chinese, Cyrillic...) or many function
    words of French or Spanish say it is not. Wrong guesses cost little: the answer
    pipeline is the same, only the weights differ.

    Cached, like ``words``: one answer asks it of its question up to seven times. An
    ASCII letter is Latin without looking its name up (most questions are all ASCII).
    """
    letters = sum(1 for c in text if c.isalpha())
    if not letters:
        return True
    other = 0 if text.isascii() else sum(
        1 for c in text if c.isalpha() and not c.isascii()
        and not unicodedata.name(c, "").startswith("LATIN"))
    if other / letters > FOREIGN_SHARE:
        return False
    # An acronym is not a function word: "UN" is no French "un".
    folded = _LATIN_WORD.findall(fold(_ACRONYM.sub(" ", text)))
    if not folded:
        return True
    found = [w for w in folded
             if (w in FOREIGN_FUNCTION_WORDS or _FRENCH_INVERSION.search(w)) and w not in STOPWORDS]
    foreign = 0 if all(w in _ALSO_ENGLISH for w in found) else len(found)
    return foreign / len(folded) <= FOREIGN_SHARE / 2 and "\u00bf" not in text
