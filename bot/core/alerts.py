"""Stage 0 of the engine: urgent and sensitive messages, before any ordinary matching.

"My colleague just collapsed" must get the emergency answer at once, never a
did-you-mean; "how many guards carry guns?" must get a polite refusal, never half an
answer from an entry that shares a word. The organisers define both in the FAQ file
(``urgent:`` and ``sensitive:``): a fixed reply and the words and phrases that raise
it. An urgent topic wins over a sensitive one, and both over everything else.

Recognition is generous, because missing an emergency is far worse than showing the
emergency answer to a message that merely mentions one. A trigger is written three
ways:

* a phrase, ``not breathing``: its words in the message in that order, a few words
  apart at most ("unattended black bag" raises ``unattended bag``);
* a concept, ``child/kid/son + missing/alone/wandered``: one word of each group,
  in any order, in the same sentence ("my son is missing", "a boy alone by the lifts");
  one group alone lists words that each raise the topic (``desmayó/inconsciente``);
* a word on its own, ``fire!``: the word when the message is little more than it
  ("FIRE!!"), so that "what are the fire safety rules?" raises nothing.

A group may name one of the core's general concepts, ``@sign + @body``: the concept's
words (bot/core/alert_words.py: what an acute illness looks like, a weapon, a child
gone from sight ..., in the six UN languages), so that a trigger covers wordings
nobody wrote down. The groups of a concept trigger are matched by different words of
the message, so ``@sign + @sign`` asks for two signs ("sweating, and his arm is numb").

Every word matches by its stem or as a typo (one edit, from six letters); a word in a
script written without spaces (Chinese) is found inside the message.

Alert words inside a subject-matter frame ("is there a session on attacks?", "the
policy against harassment") name a topic of talk, not an event: they are left out
(``subject_matter_removed``), and the semantic check is not made for such a message,
unless it also calls for help or says it is happening now. Nor is it made for one that
names a facility after an emergency ("is there a smoking area?", "where are the fire
exits?"): such a word stands for nothing there (``alert_words.COMPOUNDS``). With the semantic
extra, a message much closer in meaning to an urgent topic's triggers than to any FAQ
entry raises it too (``ALERT_MARGIN``): other wordings, and the other UN languages;
not a question about what one may do ("can I smoke near the building?",
``asks_permission``), which is about a rule, nor a piece of work asked of the bot ("write
me a short poem about the mountains", ``vetoes.a_task``), which is off topic, nor a plain
question about a place, a time or a thing that names nobody ("when and where is the
family photo?", ``_asks_about_a_thing``). So does
one much closer to an urgent topic's example messages (``examples:``, whole messages the
organisers expect), by a wider margin (``EXAMPLE_MARGIN``): rules of words are tuned to
the wordings their authors read, and meaning reaches the wordings of writers nobody has
read yet.

Two concepts are found by structure rather than by words. ``@named``, a particular
delegation or official ("the Chinese delegation", "Ms X"), so that "which room is the
US delegation using today?" is a question about a delegation's whereabouts, while "where
is the delegates' lounge?" is not.
(Not a sensitive one: refusing an ordinary question costs more than letting a
sensitive one through to matching, which rarely answers it.) And ``@where-is``: "where
is", "où se trouve" ... stands for it only in a sentence that names no talk or document
("where is the Secretary-General?" asks for a protected person's whereabouts, "where is
the Secretary-General speaking?" for the programme), so that matching, which would find
the entry that names the person, never gets the first. And "fire" after "shots" or
"opened" is gunfire, not a blaze.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core import alert_words, vetoes
from bot.core.lexicon import JOINED_TERMS
from bot.core.memo import keep
from bot.core.models import AlertKind, AlertTopic
from bot.core.text import NEGATION_STEMS, stem, unspaced, words

# Words a trigger may leave out ("a man collapsed" is "man collapsed"): articles and
# the like. Negations and pronouns stay: "not breathing" needs its "not".
_IGNORED = frozenset("a an the this that these those some any".split())
# Words another word may stand between, for two words of a trigger to still be together.
MAX_GAP = 3
# ... but two at most after a negation, which says of the words just after it: "not,
# I think, breathing" is "not breathing", "won't let her leave" is "won't leave", and
# "won't stop when I move away" is no "not moving".
NEGATED_GAP = 2
# Typo tolerance: one edit, from six letters ("fight" must not be "flight", and two
# edits would make "attended" an "unattended" bag).
MIN_CHARS_FOR_ONE_EDIT = 6
MAX_EDITS = 1
# With the semantic extra, a message whose cosine to a topic's closest trigger beats
# its cosine to the closest FAQ entry by this much raises the topic when its words did
# not. Set on the tuning alert table (tests/alerts/messages.yaml): there no ordinary
# question beat its best FAQ entry by more than 0.016, while half the urgent messages
# beat it by 0.025 or more.
ALERT_MARGIN = 0.02
# The same for the topic's closest example message (``examples:``), which is a whole
# message and so sits closer to any message, ordinary questions too: a wider margin.
# Set on the seen alert tables and the regression sets' ordinary questions (2,123):
# with it, the meaning alone (words aside) finds 77% of the seen urgent messages
# (51% with the triggers alone) and raises one ordinary question more.
EXAMPLE_MARGIN = 0.035
# A word written alone ("fire!") raises its topic only in a message of at most this
# many words.
SHORT_MESSAGE_WORDS = 3
# A message of at most this many words is read as one sentence whatever its
# punctuation: "!!" in a hurried alert is emphasis, not a new thought.
ONE_THOUGHT_WORDS = 6
# A message cut into at least this many pieces, most of them of at most this many words,
# is written a word or two at a time: read as one sentence (see ``_clipped``).
CLIPPED_MIN_PARTS = 4
CLIPPED_PART_WORDS = 2
# How many texts' readings an index keeps (``AlertIndex._read``): those of the last
# hundred or so questions (a question reads three to five texts), so that a question
# asked again, as attendees do, reads as it did; about 2 KB each.
READS_KEPT = 512
# How many words' own readings an index keeps (``AlertIndex._word_alone``): an event's
# vocabulary, about a megabyte.
WORDS_KEPT = 16_384
_SENTENCE = re.compile(r"[.!?;\n]+")
# An ellipsis before a word in lower case stands for a word left out ("the president of
# ... leaves at noon"), not for the end of a sentence.
_ELLIPSIS_INSIDE = re.compile(r"(?:\.{2,}|\u2026)(?=\s*[^\W\d_A-Z])")


Alternative = tuple[str, ...]  # one word, or a few in order ("man down", "pga" expanded)


@dataclass(frozen=True)
class _Trigger:
    """``groups``: for a phrase, one group of one alternative, its words in order; for
    a concept, one alternative of each group, in any order."""

    topic: AlertTopic
    groups: tuple[tuple[Alternative, ...], ...]
    concept: bool = False
    alone: bool = False

    @functools.cached_property
    def openings(self) -> tuple[frozenset[str], ...]:
        """Per group, the first words of its alternatives: a text that holds none of one
        group's cannot raise the trigger, which one set operation tells (most messages
        are checked against hundreds of triggers and raise none)."""
        return tuple(frozenset(alt[0] for alt in group) for group in self.groups)

    def may_raise(self, present: frozenset[str]) -> bool:
        # map(), not a generator: asked of every trigger a message's words open, which
        # common words ("what", "is") do for many: about 1% of an answer's instructions.
        return not any(map(present.isdisjoint, self.openings))

    @functools.cached_property
    def split(self) -> tuple[tuple[frozenset[str], Mapping[str, tuple[Alternative, ...]]], ...]:
        """Per group, its one-word alternatives as a set and its phrases by their first
        word: a concept's group can hold a hundred words and dozens of phrases, most
        absent from any message, which one set test tells (``_Words.has_groups``)."""
        split = []
        for group in self.groups:
            phrases: dict[str, list[Alternative]] = {}
            for alt in group:
                if len(alt) > 1:
                    phrases.setdefault(alt[0], []).append(alt)
            split.append((frozenset(alt[0] for alt in group if len(alt) == 1),
                          {first: tuple(alts) for first, alts in phrases.items()}))
        return tuple(split)


@functools.lru_cache(maxsize=256)  # asked of the same message by most readers of a question
def trigger_words(text: str) -> tuple[str, ...]:
    """The words of a trigger or a message, as matched (folded, contractions and chat
    abbreviations expanded, articles left out; "cannot" read as "can not", as "can't"
    is, so that "I cannot see him" reads as "I can't see him")."""
    return tuple(part for w in words(text) if w not in _IGNORED
                 for part in _SPELLED.get(w, (w,)))


_SPELLED = {"cannot": ("can", "not")}


@functools.lru_cache(maxsize=256)  # asked again of the same message (a few per question)
def negations_spelled_out(message: str) -> str:
    """A negation typed without its apostrophe ("hasnt come back", "cant breathe",
    "isnt moving") read as the one with it: hurried messages drop apostrophes."""
    spelled = alert_words.NO_APOSTROPHE.sub(
        lambda m: f"{NEGATION_STEMS.get(m.group(1).lower(), m.group(1))} not", message)
    # ... and "he's" or "hes" before a participle as "he is" or "he has" ("says hes
    # wearing explosives", "he's got a bomb").
    return alert_words.PRONOUN_IS_HAS.sub(_is_or_has, spelled)


# "Until what time does the bar stay open?": the bar's hours, nobody staying anywhere.
_STAYS_OPEN = re.compile(r"\b(?:stay|stays|staying|stayed|remain|remains)\s+(open|closed)\b",
                         re.IGNORECASE)


# "He slipped away from me in the queue": he is gone from sight, no fall (which "slipped"
# alone may be: "slipped on the stairs").
_SLIPPED_AWAY = re.compile(r"\b(?:slipped|slips|slipping) (away|off from)\b", re.IGNORECASE)
# The French "faire sauter la salle" is to blow it up, not to jump ("sauter" alone).
_BLOW_UP_FR = re.compile(r"\b(fai\w*|fer\w*|font) sauter\b", re.IGNORECASE)


def read_plainly(message: str) -> str:
    """The message as the alerts read it: its negations spelled out, a place that stays
    open or closed only open or closed, one slipped away gone, and a place "fait sauter"
    blown up."""
    plain = _STAYS_OPEN.sub(r"\1", negations_spelled_out(message))
    return _BLOW_UP_FR.sub(r"\1 exploser", _SLIPPED_AWAY.sub(r"wandered \1", plain))


def _is_or_has(match: re.Match[str]) -> str:
    """"he is" before a verb in -ing, "he has" before "got"."""
    verb = "has" if match.string[match.end():match.end() + 3].lower() == "got" else "is"
    return f"{match.group(1)} {verb} "


def _alternatives(text: str) -> tuple[Alternative, ...]:
    """The alternatives of a "/"-separated group; ``@name`` is a concept's words."""
    found: list[Alternative] = []
    for part in text.split("/"):
        name = part.strip()
        if name.startswith("@"):
            found.extend(CONCEPTS.get(name[1:], ()))
        elif words_ := trigger_words(part):
            found.append(words_)
    return tuple(dict.fromkeys(found))


# The validator reads the same built-in and organisers' triggers again at every load of
# an FAQ (a reload, each command of the command line), and so do the tables of a new
# set of topics (``_tables_for``): read once.
@functools.lru_cache(maxsize=4096)
def parse_trigger(text: str) -> tuple[tuple[tuple[Alternative, ...], ...], bool, bool]:
    """(groups, concept, alone) of one trigger as the organisers wrote it (see above).

    A concept the core does not know (``@nonsense``) has no words: the validator warns
    about the trigger and it is left out."""
    if "+" in text or "/" in text or text.strip().startswith("@"):
        # "@doctor!": one of the concept's words when the message is little more
        # than it ("medic!!"), as "fire!" is for one word.
        alone = "+" not in text and text.rstrip().endswith("!")
        groups = tuple(_alternatives(group) for group in text.rstrip().rstrip("!").split("+"))
        return tuple(g for g in groups if g), True, alone
    alone = text.rstrip().endswith("!")
    phrase = trigger_words(text)
    return ((phrase,),) if phrase else (), False, alone


CONCEPTS: dict[str, tuple[Alternative, ...]] = {
    name: tuple(dict.fromkeys(w for part in text.split("/") if (w := trigger_words(part))))
    for name, text in alert_words.CONCEPTS.items()
}
CONCEPTS["named"] = (("\x00named",),)  # see NAMED below
# "where is X" is read as such only where X's talks and documents are not spoken of
# (see WHERE_IS below).
_WHERE_IS_WORDS = CONCEPTS["where-is"]
CONCEPTS["where-is"] = (("\x00whereis",),)
_FRAME_NOUNS = frozenset(w for n in alert_words.FRAME_NOUNS for w in words(n))
_FRAME_PREPOSITIONS = frozenset(w for n in alert_words.FRAME_PREPOSITIONS for w in words(n))
_DOCUMENT_NOUNS = frozenset(w for n in alert_words.DOCUMENT_NOUNS for w in words(n))
_FRAME_FILLER = frozenset(w for n in alert_words.FRAME_FILLER for w in words(n))
_ACADEMIC = frozenset(w for n in alert_words.ACADEMIC_NOUNS for w in words(n))
_COPULAS = frozenset(w for n in alert_words.COPULAS for w in words(n))
_FRAME_ENDS = frozenset(w for n in alert_words.FRAME_ENDS for w in words(n))
_WORK_PREPOSITIONS = frozenset(w for n in alert_words.WORK_PREPOSITIONS for w in words(n))
_HIT_WORDS = frozenset({"hit", "hits", "hitting"})
_PUNCH_FELT = alert_words.PUNCH_FELT | alert_words.LINKING_BEFORE
_MODIFIED = {last: frozenset(w for n in before.split() for w in words(n))
             for last, before in alert_words.MODIFIED.items()}
_COMPOUNDS = {first: frozenset(w for n in rest.split() for w in words(n))
              for first, rest in alert_words.COMPOUNDS.items()}
_SENTENCE_KEPT = re.compile(r"([.!?;\n\u3002\uff1f\uff01\uff1b\u061f]+)")


_RUSSIAN = snowballstemmer.stemmer("russian")
_ARABIC = snowballstemmer.stemmer("arabic")


@functools.lru_cache(maxsize=16384)  # every word of every message is stemmed (``_read``)
def _stem(word: str) -> str:
    """A word's stem in its own script: Russian and Arabic inflect far more than
    English ("ножом", "with a knife"; "بسلاح", "with a weapon")."""
    if any("\u0400" <= char <= "\u04ff" for char in word):
        return str(_RUSSIAN.stemWord(word))
    if _arabic(word):
        return str(_ARABIC.stemWord(word))
    return stem(word)


def _arabic(word: str) -> bool:
    return not word.isascii() and any("\u0600" <= char <= "\u06ff" for char in word)


def _forms(word: str) -> frozenset[str]:
    """The word, and in Arabic the word without the clitics written onto it: "and"
    (و, ف), "with/for/like" (ب, ل, ك) and the article (ال): "ولا يتنفس", "الحراس"."""
    forms = {word}
    if _arabic(word):
        for prefixes in ("\u0648\u0641", "\u0628\u0644\u0643"):
            forms |= {f[1:] for f in forms if f[:1] in prefixes and len(f) > 2}
        forms |= {f[2:] for f in forms if f.startswith("\u0627\u0644") and len(f) > 4}
    return frozenset(forms)


def _joking(message: str) -> bool:
    """A message marked as a joke ("I'm going to kill my colleague 😂", "lol"), which
    does not call for help: no urgent topic is raised from it, by words or meaning."""
    return (alert_words.JOKE.search(message) is not None
            and alert_words.JOKE_RETRACTED.search(message) is None
            and not _calls_for_help(words(alert_words.JOKE.sub(" ", message))))


def _names_a_facility(said: tuple[str, ...]) -> bool:
    """A compound such as "fire exit" or "smoking area" (or "salida de emergencia"): a
    question about a place or a procedure, which sits close in meaning to the emergency
    it is named after."""
    return (any(_in_compound(word, nxt) for word, nxt in pairwise(said))
            # written head first: "salidas de emergencia", "sortie de secours"
            or any(word in alert_words.HEAD_FIRST_EMERGENCY and _after_a_head(said, at)
                   for at, word in enumerate(said)))


def _asks_the_weather(said: tuple[str, ...]) -> bool:
    """"How hot will it be, do I need an umbrella?": the forecast asked, which sits close in
    meaning to a fire (heat) or a medical emergency; the words of an emergency ("smoke",
    "burning", "fainted") raise those by themselves."""
    text = " ".join(said)
    return (not alert_words.FORECAST.isdisjoint(said)
            or alert_words.HOW_WARM.search(text) is not None)


# "When and where is the family photo?", "What does EDIFACT stand for?": a question
# about a thing of the programme sits close in meaning to a family gone missing or a
# medical emergency, but one who needs help at once does not ask it so. "Where is my
# son? He was right here" asks about a person, and says more than it asks.
_WH_OPENERS = frozenset("when where what which who".split())
_SOMEONE = frozenset("""
    i me my mine we us our he him his she her they them their someone somebody anyone
    anybody everyone everybody nobody people person man men woman women child children
    kid kids son daughter boy girl baby
    """.split())


def _asks_about_a_thing(message: str) -> bool:
    """Whether a message is one question about a place, a time or a thing, which names
    nobody and calls for no help (see above): not asked of the semantic check."""
    said = words(message)
    return (bool(said) and said[0] in _WH_OPENERS and _SOMEONE.isdisjoint(said)
            and len([s for s in re.split(r"[.!?]+", message) if s.strip()]) == 1
            and not _calls_for_help(said))


def _figure_of_speech(said: tuple[str, ...]) -> bool:
    """An alert word used as a figure of speech ("the panel was on fire", "my talk will
    bomb", "our best weapon against extremism"): the words read it so, and the semantic
    check, which reads meaning, would read the emergency it is named after."""
    return any(_figurative_fire(said, at) or _flop(said, at) or _heated(said, at)
               or _figurative_weapon(said, at) or _talk_triumphed(said, at)
               or _followed_from_afar(said, at) for at in range(len(said)))


def _in_compound(word: str, nxt: str) -> bool:
    """Whether ``word`` before ``nxt`` is the first half of a compound, in any of its
    endings: "fired up the hall" is "fire up", "following up" is "follow up"."""
    return nxt in _COMPOUNDS.get(word, ()) or nxt in _COMPOUNDS.get(stem(word), ())


def _after_a_modifier(prev: str, word: str) -> bool:
    """Whether ``word`` after ``prev`` is the head of a compound, in any of its endings:
    "fruit punch", "a glue gun", "the meeting point", "an email blast" (``MODIFIED``)."""
    return prev in _MODIFIED.get(word, ()) or prev in _MODIFIED.get(stem(word), ())


def _asks_for_work(message: str) -> bool:
    """A piece of work asked of the bot ("write me a short poem about the mountains",
    "tell me a joke"), with no call for help: off topic, never an emergency, though its
    meaning, far from every FAQ entry, may lie a little nearer an urgent topic's."""
    return vetoes.a_task(message) is not None and not _calls_for_help(words(message))


def _calls_for_help(said: tuple[str, ...]) -> bool:
    """Words of the ``@now`` concept, as written (no stems, no typos)."""
    # "emergency response", "emergency plan": a compound names a procedure, no call.
    kept = [w for w, nxt in zip(said, (*said[1:], ""), strict=False)
            if not _in_compound(w, nxt)]
    joined = " " + " ".join(kept) + " "
    return any(phrase in joined for phrase in _NOW_PHRASES)


def _frame(said: tuple[str, ...], public: bool = False) -> tuple[int, int] | None:
    """Where the subject of a subject-matter frame lies in a clause's words, if one does:
    a frame noun, its preposition, then the words up to the clause's end or a word that
    starts another thought ("but"). ``public``: only a frame whose noun is a talk of the
    programme or a published document (``alert_words.PUBLIC_FRAME_NOUNS``)."""
    for at, word in enumerate(said):
        if word not in _FRAME_NOUNS or (public and word not in _PUBLIC_FRAME_NOUNS):
            continue
        after = at + 1
        while (after < len(said) and after - at <= alert_words.FRAME_REACH
               and (said[after] in _FRAME_FILLER
                    or (word in _ACADEMIC and said[after] in _COPULAS))
               and said[after] != "of"):
            after += 1
        if after >= len(said):
            continue
        if said[after] == "on" and _on_fire(said, after + 1):
            continue  # "papers on fire in the toilets": a blaze, not a subject
        if said[after] in _FRAME_PREPOSITIONS or (said[after] == "of" and word in _DOCUMENT_NOUNS):
            return after + 1, _frame_end(said, after + 1)
    return None


def _frame_end(said: tuple[str, ...], start: int) -> int:
    """Where a frame's subject, begun at ``start``, ends: the clause's end or a word that
    starts another thought ("but")."""
    return next((n for n in range(start, len(said)) if said[n] in _FRAME_ENDS), len(said))


def _work_subject(said: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the subject of one's own or an organisation's work lies ("my NGO works on
    online harassment of women journalists", "we mainly campaign against trafficking"):
    after the verb's preposition, up to the clause's end or a word that starts another
    thought. What they work on is their subject, not an event under way."""
    for at in range(1, len(said) - 1):
        if said[at] not in alert_words.WORK_VERBS or said[at + 1] not in _WORK_PREPOSITIONS:
            continue
        before = at - 1
        if said[before] in alert_words.WORK_ADVERBS and before > 0:
            before -= 1
        if said[before] in alert_words.WORKERS:
            return at + 2, _frame_end(said, at + 2)
    return None


def _passive_subject(said: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the subject of a question about a talk's subject, asked in the passive, lies:
    after the opening auxiliary, up to the talk's participle ("will harassment online be
    discussed?", "is vehicle ramming covered in a session?"); not when the participle
    follows no form of "be" and the opener is none ("has the fire been addressed" is
    read so too, since no one reports a fire by asking whether it was discussed)."""
    if not said or said[0] not in alert_words.PASSIVE_OPENERS:
        return None
    for at in range(2, len(said)):
        if said[at] in alert_words.TALKED_ABOUT and (
                said[at - 1] in alert_words.PASSIVE_BE
                or said[0] in ("is", "are", "was", "were")):
            return 1, at
    return None


def _on_fire(said: tuple[str, ...], at: int) -> bool:
    """"fire" at ``at`` as a state, not a subject: the clause ends after it or goes on
    with a place ("the papers on fire in the toilets"), not "fire safety"."""
    return (at < len(said) and said[at] == "fire"
            and (at + 1 == len(said) or said[at + 1] in alert_words.MODIFIER_STOPS))


@functools.lru_cache(maxsize=256)  # asked again of the same message (a few per question)
def subject_matter_removed(message: str, public: bool = False) -> tuple[str, bool]:
    """The message without the subjects of its subject-matter frames, and whether it
    had one. A message that calls for help keeps every word: "help, the speaker of the
    session on drones collapsed" is an emergency whatever the session is about.

    ``public``: only the frames of a talk or a published document ("a session on
    weapons of mass destruction", "the list of delegations"), which is what a sensitive
    topic leaves out: the programme and its documents are public, while "the policy on
    armed escorts" is the sensitive subject itself."""
    # A hypothetical ("what should I do if the alarm goes off?") is left out first: its
    # opener may sound like a call for help. Not for the sensitive topics: what would
    # happen to a protected person in an emergency is the sensitive subject itself ("in
    # an evacuation, which exit would the president use?").
    message, hypothetical = (message, 0) if public else alert_words.HYPOTHETICAL.subn(
        " ", message)
    if public:
        # "With best regards, Office of the Minister": the signature, not the question.
        message, signed = alert_words.SIGN_OFF.subn(lambda m: m["lead"] + " ", message)
        hypothetical += signed
    if _calls_for_help(words(message)):
        return message, bool(hypothetical)
    message, found = alert_words.UNSPACED_FRAME.subn(" ", message)
    found += hypothetical
    sentences: list[str] = []
    for part in _SENTENCE_KEPT.split(message):
        if _SENTENCE_KEPT.fullmatch(part):
            sentences.append(part)
            continue
        clauses: list[str] = []
        for clause in alert_words.CLAUSE.split(part):
            said = words(clause)
            if not public and _long_past(clause, said):
                found, said = True, ()  # "I fainted last month": a history
            span = _frame(said, public)
            if span is None and not public:
                span = _passive_subject(said) or _work_subject(said)
            if span is not None:
                found = True
                said = said[:span[0]] + said[span[1]:]
            kept = _modifiers_removed(said)
            if len(kept) < len(said):
                found, said = True, kept
            clauses.append(" ".join(said))
        sentences.append(" , ".join(clauses))
    return ("".join(sentences), True) if found else (message, False)


def _long_past(clause: str, said: tuple[str, ...]) -> bool:
    """A clause that places its event well before today ("I fainted last month on a
    flight", "hace dos años"), and does not say it goes on ("missing since last week")."""
    return (alert_words.DISTANT_PAST.search(clause) is not None
            and alert_words.ONGOING.isdisjoint(said))


def _modifiers_removed(said: tuple[str, ...]) -> tuple[str, ...]:
    """The clause without the subject of an event named subject first, after a
    determiner ("is the hostage negotiation side event open?" keeps "is the side event
    open"): a topic of the programme, not an event under way. Unchanged when it has
    none, or when the run of words before the head holds a word that is no modifier
    ("a fire at the side event")."""
    if alert_words.PROGRAMME_HEADS.isdisjoint(said):
        return said
    for at, word in enumerate(said):
        if (word not in alert_words.PROGRAMME_HEADS
                or (at + 1 < len(said) and said[at + 1] in _PLACES)):
            continue
        start = at - 1
        while (start >= 0 and at - start <= alert_words.MAX_MODIFIERS + 1
               and said[start] not in alert_words.DETERMINERS
               and said[start] not in alert_words.MODIFIER_STOPS):
            start -= 1
        if start >= 0 and start < at - 1 and said[start] in alert_words.DETERMINERS:
            return said[:start + 1] + said[at:]
    return said


_PUBLIC_FRAME_NOUNS = frozenset(w for n in alert_words.PUBLIC_FRAME_NOUNS for w in words(n))
_PERMISSION = tuple(trigger_words(p) for p in alert_words.PERMISSION_OPENERS)
_NOT_A_NAME = frozenset(w for n in alert_words.NOT_A_NAME for w in words(n))
_OFFICE_MODIFIERS = frozenset(alert_words.OFFICE_MODIFIERS)
_TITLES = frozenset(w for n in alert_words.TITLES for w in words(n))
_NAME_JOINS = frozenset(("and", "or", "&"))
_DOCUMENTS = frozenset(w for n in alert_words.PUBLIC_DOCUMENTS for w in words(n))
_GUNFIRE = frozenset({"gunfire"})
_GONE = frozenset({"missing"})  # a child said not to be here (``_child_absent``)
_PUBLIC_ITEMS = frozenset(stem(w) for n in alert_words.PUBLIC_ITEMS for w in words(n))


def _names_public_item(said: Sequence[str]) -> bool:
    """Whether any of the words names a talk, a stream or a published document."""
    return any(stem(w) in _PUBLIC_ITEMS or w in _PUBLIC_ITEMS for w in said)


# The word a question about where someone is stands for (``@where-is``): "where is",
# "où se trouve" ..., in a sentence that names no talk or document of theirs.
WHERE_IS = "\x00whereis"
# The word a named official or delegation stands for (``@named``): found by its place
# in the sentence, not by its spelling.
NAMED = "\x00named"


def asks_permission(message: str) -> bool:
    """A question about what one may do or how ("can I smoke near the building?", "how
    do I report a lost badge?"): about a rule or a procedure, not an event, unless it
    also calls for help. The semantic check, which reads meaning, not words, finds such
    questions close to the emergency they mention, so it is not made for them."""
    said = trigger_words(message)
    return ((any(said[:len(p)] == p for p in _PERMISSION)
             or alert_words.PERMISSION_UNSPACED.search(message) is not None)
            and not _calls_for_help(said))


def _named_parties(said: tuple[str, ...], officials: frozenset[str]) -> set[int]:
    """Where a sentence names a particular delegation or official, as a third party, by
    the positions of ``trigger_words`` (no articles): "the", then one or two words that
    are no possessive or general modifier, then an official's word ("the Chinese
    delegation", "the US delegation", "the German interior minister"), or a title
    before a name ("Ms Coninsx"). Not "my delegation", "the delegates' lounge", "how
    many delegates", an English reading of another language (it has no articles), nor
    a sentence about a published document ("the Chinese delegation's statement")."""
    if _DOCUMENTS & set(said):
        return set()
    found: set[int] = set()
    kept = -1  # the position among the words that trigger_words keeps
    for at, word in enumerate(said):
        if word in _IGNORED:
            continue
        kept += 1
        titled = (word in _TITLES and at + 1 < len(said) and said[at + 1].isalpha()
                  and said[at + 1] not in _NOT_A_NAME)
        if titled or (word in officials and not _names_a_place(said, at)
                      and _named_before(said[max(0, at - 4):at])):
            found.add(kept)
    return found


def _names_a_place(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` names the place after it ("the UN delegates' lounge"),
    not a party in it."""
    return at + 1 < len(said) and said[at + 1] in alert_words.PLACE_HEADS


def _missing_something(text: str, said: tuple[str, ...]) -> set[int]:
    """Where "missing" has an object ("my son is missing the registration deadline"), by
    the positions of ``trigger_words`` (no articles): missing a thing, not gone. Not
    before a length of time ("missing the whole afternoon"), nor across a comma ("my son
    is missing, his jacket is here": gone)."""
    if alert_words.TRANSITIVE_MISS.isdisjoint(said):
        return set()
    return _positions(said, lambda at: (
        said[at] in alert_words.TRANSITIVE_MISS and at + 1 < len(said)
        # "missing the deadline", and "my kids are missing me badly": longing, no one gone
        and (said[at + 1] in alert_words.OBJECT_OPENERS
             or said[at + 1] in alert_words.OBJECT_PRONOUNS)
        and not (at + 2 < len(said) and said[at + 2] in alert_words.DURATIONS)
        and _side_by_side(text, said[at], said[at + 1])))


def _losing_a_thing(said: tuple[str, ...]) -> set[int]:
    """Where "lost" has a thing for its object ("my son lost his sunglasses", "she lost
    her badge at the gate"): a thing lost, not a child. Not when a person, a child or an
    age comes in the three words after the opener ("I lost my little boy", "we lost our
    5 year old"), nor after "her", who may be the child ("I lost her, help")."""
    if alert_words.TRANSITIVE_LOST.isdisjoint(said):
        return set()
    return _positions(said, lambda at: (
        said[at] in alert_words.TRANSITIVE_LOST and at + 2 < len(said)
        and said[at + 1] in alert_words.OBJECT_OPENERS and said[at + 1] != "her"
        and _a_thing(said[at + 2:at + 5])))


def _disliking(text: str, said: tuple[str, ...]) -> set[int]:
    """Where "stand" has an object right after it ("I can't stand the subway", "can't
    stand waiting in line"): a dislike, no one who cannot stand up. Positions as in
    ``trigger_words``."""
    if alert_words.STOOD not in said:
        return set()
    return _positions(said, lambda at: (
        said[at] == alert_words.STOOD and at + 1 < len(said)
        and (said[at + 1] in alert_words.DISLIKED_OPENERS
             or (said[at + 1].endswith("ing") and not said[at + 1].endswith("thing")))
        and _side_by_side(text, said[at], said[at + 1])))


def _a_thing(after: tuple[str, ...]) -> bool:
    """Whether the words after an object opener name a thing: no person, child or age
    among them, and a word follows the opener at all."""
    return (after[:1] != () and after[0].isalpha()
            and not any(w in _ANYONE or w in _AGES
                        or any(c.isdigit() for c in w) for w in after))


def _grasping_a_thing(said: tuple[str, ...]) -> set[int]:
    """Where a grabbing or touching word takes a thing for its object ("can I grab my
    badge?", "grab a coffee with my colleague", "grab me a seat"): an errand, not an
    assault. Positions as in ``trigger_words`` (articles left out)."""
    if not any(stem(w) in alert_words.GRASP_STEMS for w in said):
        return set()
    return _positions(said, lambda at: (
        stem(said[at]) in alert_words.GRASP_STEMS
        and (_thing_grasped(said[at + 1:]) or _planned_catch(said, at))))


def _planned_catch(said: tuple[str, ...], at: int) -> bool:
    """"hoping to grab a colleague then": the asker's plan to catch someone for a word.
    Only the plain verb after "to" and a word of planning, and only a person named as a
    word (never "me", "her" or a part of the body)."""
    after = said[at + 1:at + 4]
    return (said[at] == "grab" and at >= 2 and said[at - 1] == "to"
            and said[at - 2] in alert_words.PLANS_TO
            and any(w in _GRASPED_PERSONS for w in after)
            and not any(w in alert_words.BODY_PARTS or w in alert_words.OBJECT_PRONOUNS
                        or w == "her" for w in after))


def _owners_of_things(text: str, said: tuple[str, ...]) -> set[int]:
    """Where a child is named as the owner of what was lost or is looked for ("I lost
    my son's badge", "has anyone found my daughter's scarf?"): a thing gone, not a
    child. The child's word written with a possessive ending and a word after it, right
    after a losing or finding word and a possessive ("my", "our" ...); after such a
    word the ending cannot be "is". Or the child's word right before a thing a child
    carries ("my son's badge is missing", "the student pass is lost"), no one spoken of
    after it ("... and he is gone too" keeps the child). Positions as in
    ``trigger_words``."""
    found: set[int] = set()
    if _POSSESSIVE_WORD.search(text):
        owned = {m.group(1).casefold() for m in _POSSESSIVE_WORD.finditer(text)}
        found = {at for at in range(2, len(said) - 1)
                 if said[at] in owned and said[at] in _CHILDREN
                 and said[at - 1] in alert_words.POSSESSIVES
                 and said[at - 2] in alert_words.LOSING_OR_FINDING}
    return found | {at for at in range(len(said) - 1)
                    if said[at] in _CHILDREN and said[at + 1] in alert_words.CHILDS_THINGS
                    and _side_by_side(text, said[at], said[at + 1])
                    and alert_words.PERSON_PRONOUNS.isdisjoint(said[at + 2:])}


def _side_by_side(text: str, first: str, second: str) -> bool:
    """Whether the text writes the two words side by side, at most a possessive ending
    between ("son's badge", "kids' tickets", "missing the deadline"), not across a comma
    or a stop ("I lost my son, bag and all", "missing, his jacket is here")."""
    return re.search(rf"\b{re.escape(first)}(?:['’]s|['’])?\s+{re.escape(second)}\b",
                     text.casefold()) is not None


def _positions(said: tuple[str, ...], holds: Callable[[int], bool]) -> set[int]:
    """The positions, as ``trigger_words`` counts them (the ``_IGNORED`` words left out),
    of the words of ``said`` (all words) at which ``holds``."""
    found: set[int] = set()
    kept = -1
    for at, word in enumerate(said):
        if word in _IGNORED:
            continue
        kept += 1
        if holds(at):
            found.add(kept)
    return found


def _thing_grasped(after: tuple[str, ...]) -> bool:
    """Whether the words after a grasping word make a thing its object."""
    if not after or after[0] in alert_words.GRASP_FOLLOWERS or after[0].endswith("ly"):
        return False  # "I was grabbed", "grabbed at me", "touching inappropriately"
    first, rest = after[0], after[1:]
    if first in alert_words.OBJECT_PRONOUNS:  # "grab me a coffee": fetched for me
        return bool(rest) and rest[0] in alert_words.BENEFACTIVE
    if first == "her":  # "grabbed her and ...", "her arm"; "her bag" is a thing
        return (bool(rest) and rest[0] not in alert_words.BODY_PARTS
                and rest[0] not in alert_words.GRASP_FOLLOWERS
                and not rest[0].endswith("ly"))
    if first in _GRASPED_PERSONS:
        return False
    if first in alert_words.POSSESSIVES or first in _IGNORED:
        # "my arm", "my left arm", "the back of my neck"; "my badge", "a coffee"
        return not any(w in alert_words.BODY_PARTS or w in _GRASPED_PERSONS
                       for w in rest[:3])
    return True  # "grab lunch", "touch base"


def _named_before(before: tuple[str, ...]) -> bool:
    """"the" then one or two name-like words (English word order)."""
    if "the" not in before:
        return False
    name = before[len(before) - before[::-1].index("the"):]
    # Two names joined ("the Israeli and Iranian delegations"): each names a party.
    if len(name) == 3 and name[1] in _NAME_JOINS:
        name = name[:1] + name[2:]
    # A name first, then name-like words or an office's modifier ("the French foreign
    # minister"); "the foreign minister" alone names no one in particular.
    return (bool(name) and all(w.isascii() and w.isalpha() for w in name)
            and name[0] not in _NOT_A_NAME
            and all(w not in _NOT_A_NAME or w in _OFFICE_MODIFIERS for w in name[1:]))


class _TriggerTables:
    """What the triggers alone decide: the same for every load of the same topics (a
    reload after an edit of the Q&A, each command of the command line), so made once
    for them (``_tables_for``), a fifth of an FAQ's load."""

    def __init__(self, topics: tuple[AlertTopic, ...]) -> None:
        triggers = []
        for topic in topics:
            for trigger in topic.triggers:
                groups, concept, alone = parse_trigger(trigger)
                if groups:
                    triggers.append(_Trigger(topic, groups, concept, alone))
        # Urgent first, then a trigger that names a particular party ("the Kenyan
        # foreign minister" is that delegation's, not any minister's), then the most
        # specific (most words) trigger first.
        order = {AlertKind.URGENT: 0, AlertKind.SENSITIVE: 1}
        self.triggers = sorted(triggers, key=lambda t: (
            order[t.topic.kind], not any((NAMED,) in g for g in t.groups), -_size(t)))
        self.by_id = {t.id: t for t in topics}
        self.sensitive_concepts = [t for t in self.triggers if t.concept
                                    and t.topic.kind is AlertKind.SENSITIVE and len(t.groups) > 1]
        # Sensitive triggers on getting protected persons away: asked as a question, not
        # a call for help, they come before the urgent ones ("how will they evacuate the
        # heads of state if ...?" asks for their evacuation plan, not where to go now).
        self.protected_extraction = self._sensitive_with("extraction")
        # A blade whose carrying is asked about ("one of our group carries a kirpan, will
        # he be allowed in with it?"): a rule, the weapons topic's, where a blade with a
        # person would read as a threat, unless violence is said ("waving a knife").
        self.blade_allowed = self._sensitive_with("allowed")
        self.blades = frozenset(w for alt in CONCEPTS["blade"] for w in alt)
        # A sword or a sabre, worn with a uniform: whether it may be carried in is asked
        # as a weapon's ("@weapon + @carry": bring, wear ...), not only as a blade's.
        self.worn_allowed = self._sensitive_with("carry")
        self.brandished = frozenset(w for alt in CONCEPTS["brandished"] for w in alt)
        # Which triggers a word can open (a word of their first group's alternatives'
        # openings): a message is checked only against the triggers its words open.
        self.opened_by: dict[str, list[int]] = {}
        for position, checked in enumerate(self.triggers):
            for word in checked.openings[0]:
                self.opened_by.setdefault(word, []).append(position)
        vocabulary = {w for t in triggers for g in t.groups for alt in g for w in alt}
        # What a message's words can stand for: nothing outside the triggers is looked for.
        self.vocabulary = frozenset(vocabulary)
        self.by_stem: dict[str, set[str]] = {}
        for word in vocabulary:
            self.by_stem.setdefault(_stem(word), set()).add(word)
        # Typo targets by first letter: a typo is never looked for on it (see _read),
        # so a word is compared with the targets of its own letter only.
        self.typo_targets: dict[str, list[str]] = {}
        for word in sorted(w for w in vocabulary
                           if len(w) >= MIN_CHARS_FOR_ONE_EDIT and w.isalpha()):
            self.typo_targets.setdefault(word[0], []).append(word)
        self.unspaced = sorted(w for w in vocabulary if unspaced(w))
        self.officials = frozenset(alt[0] for alt in CONCEPTS["official"] if len(alt) == 1)

    def _sensitive_with(self, concept: str) -> list[_Trigger]:
        """The sensitive concept triggers with a group holding all of ``concept``'s words."""
        wanted = frozenset(CONCEPTS[concept])
        return [t for t in self.sensitive_concepts if any(wanted <= set(g) for g in t.groups)]


@functools.lru_cache(maxsize=4)
def _tables_for(topics: tuple[AlertTopic, ...]) -> _TriggerTables:
    return _TriggerTables(topics)


class AlertIndex:
    """The organisers' urgent and sensitive topics, ready to check messages against.

    A message is checked against every trigger, so the work per message is done once:
    which trigger words each of its words stands for (itself, its stem, or a typo of
    one, found in the triggers' vocabulary at C speed).
    """

    def __init__(self, topics: Sequence[AlertTopic], known: frozenset[str] = frozenset()) -> None:
        """``known``: words spelled right (the FAQ's own), never read as a typo."""
        self.topics = tuple(topics)
        self._known = known
        self._tables = _tables_for(self.topics)
        self._reads: dict[tuple[str, bool, bool, frozenset[str]], _Words] = {}
        self._by_word: dict[str, tuple[frozenset[str], bool, frozenset[str]]] = {}

    def topic(self, topic_id: str) -> AlertTopic | None:
        return self._tables.by_id.get(topic_id)

    def find(
        self,
        message: str,
        similarities: Mapping[str, float] | None = None,
        closest_entry: float = 1.0,
        examples: Mapping[str, float] | None = None,
    ) -> AlertTopic | None:
        """The topic the message raises, if any.

        ``similarities`` (topic id -> cosine to its closest trigger), ``examples`` (->
        cosine to its closest example message) and ``closest_entry`` (the cosine to the
        closest FAQ item) come from the semantic extra when it is installed. Only urgent
        topics are raised by meaning: on the seen tables, sensitive ones found a few
        more questions by it and refused many more ordinary ones (about the
        Secretary-General, a delegation's email).
        """
        message = read_plainly(message)
        unframed, framed = subject_matter_removed(message)
        public, public_framed = subject_matter_removed(message, public=True)
        # Urgent topics read the message without its subject matter ("a session on
        # attacks" is no attack); sensitive ones read all of it but the subject of a
        # talk or a published document ("the policy on armed escorts" is the sensitive
        # subject itself, "a session on weapons of mass destruction" is the programme).
        said = trigger_words(message)
        full = self._text(message)
        joking = _joking(message)
        cried = "!" in message or "\uff01" in message or message.isupper()
        sensitive = public if public_framed else message
        texts = {AlertKind.URGENT: None if joking else self._text(unframed) if framed else full,
                 # Read again only where the sensitive reading can differ (half the
                 # stage's time on every question): see ``_read_as_sensitive``.
                 AlertKind.SENSITIVE: full if sensitive == message and not _read_as_sensitive(
                     said) else self._text(sensitive, sensitive=True)}
        # Every trigger word the text holds, whole or in a sentence ("fire. exit!" is a
        # compound in the whole text, a fire in its first sentence).
        present = {kind: read[0].present.union(*(s.present for s in read[1]))
                   for kind, read in texts.items() if read is not None}
        opened = sorted({position for words_ in present.values() for word in words_
                         for position in self._tables.opened_by.get(word, ())})
        if (said[:1] and said[0] in alert_words.QUESTION_OPENERS
                and not _calls_for_help(words(message))):
            read = texts[AlertKind.SENSITIVE]
            for trigger in self._tables.protected_extraction:
                if (read is not None and trigger.may_raise(present[AlertKind.SENSITIVE])
                        and _raises(trigger, *read, asked=True, cried=cried)):
                    return trigger.topic
        for position in opened:
            trigger = self._tables.triggers[position]
            read = texts[trigger.topic.kind]
            if (read is not None and trigger.may_raise(present[trigger.topic.kind])
                    and _raises(trigger, *read, asked="?" in message, cried=cried)):
                carried = self._carrying_asked(trigger, message, said, texts, present)
                if carried is _NO_TOPIC:
                    return None
                return carried or trigger.topic
        if ((similarities or examples) and not framed and not joking
                and not (full is not None and full[0].guarded)
                and not _names_a_facility(said)
                and not _asks_the_weather(said)
                and not _asks_about_a_thing(message)
                and not _figure_of_speech(said)
                and not _denies_urgency(words(message))
                and not asks_permission(message)
                and not _asks_for_work(message)):
            close = [(score, self._tables.by_id[i])
                     for scores, margin in ((similarities, ALERT_MARGIN),
                                            (examples, EXAMPLE_MARGIN))
                     for i, score in (scores or {}).items()
                     if i in self._tables.by_id and self._tables.by_id[i].kind is AlertKind.URGENT
                     and score - closest_entry >= margin]
            if close:
                return max(close, key=lambda c: c[0])[1]
        return None

    def _carrying_asked(self, raised: _Trigger, message: str, said: tuple[str, ...],
                        texts: Mapping[AlertKind, tuple[_Words, list[_Words]] | None],
                        present: Mapping[AlertKind, frozenset[str]]) -> AlertTopic | None:
        """The weapons topic for an urgent trigger raised by a blade (or a sword, a
        sabre: ``alert_words.WORN_ARMS``) with a person, when the message asks whether
        carrying it is allowed and says no violence ("can he
        keep it on him?", not "he is waving a knife"), and does not call for help."""
        if raised.topic.kind is not AlertKind.URGENT or not _asks(message):
            return None
        # A sword or a sabre named in the message itself (the trigger's words may list
        # one beside a gun: "can he keep his pistol ... ?" stays as it was).
        worn = not alert_words.WORN_ARMS.isdisjoint(said)
        own = _own_protection(said)
        if (not worn and not own
                and not any(self._tables.blades & set(alt) for g in raised.groups for alt in g)):
            return None
        if (_calls_for_help(said) or self._tables.brandished & set(said)
                or not (alert_words.CARRIED & set(said)
                        or "with it" in " ".join(said)  # not "are we allowed to leave?"
                        or alert_words.HAD_WITH_ONE.search(" ".join(said)))):
            return None
        read = texts[AlertKind.SENSITIVE]
        tables = self._tables
        for trigger in tables.blade_allowed + (tables.worn_allowed if worn or own else []):
            if (read is not None and trigger.may_raise(present[AlertKind.SENSITIVE])
                    and _raises(trigger, *read, asked=True, cried=False)):
                return trigger.topic
        # One's own bodyguard's weapon asked about, and no weapons topic to refuse it
        # (a file without sensitive topics): a rule asked, no threat.
        return _NO_TOPIC if own else None

    def near_sensitive(self, message: str) -> AlertTopic | None:
        """A sensitive topic the message comes close to without raising it: one whose
        concept trigger it holds in full, but across its sentences ("is the Russian
        delegation here yet? which seats are theirs"). Such a question is never
        answered from the FAQ (bot/core/answering.py): the entry that shares its words
        (interpretation seats, the hotels) would half-answer the sensitive question,
        while refusing it outright would refuse ordinary questions that merely say two
        things (a delegation, then a room) in two sentences."""
        if not self._tables.sensitive_concepts:
            return None
        public, framed = subject_matter_removed(read_plainly(message), public=True)
        return self._sensitive_concept(
            public if framed else message,
            lambda trigger, whole: (trigger.may_raise(whole.present)
                                    and whole.has_groups(trigger)))

    def leans_sensitive(self, message: str) -> AlertTopic | None:
        """A sensitive topic the message holds all but one of a concept trigger's parts
        of ("is the director still in the building" holds the whereabouts without a
        protected person the concept knows). Not enough to refuse the question; enough
        to keep the answering from giving a part of it alone (bot/core/answering.py),
        which would half-answer it."""
        return self._sensitive_concept(
            message,
            lambda trigger, whole: len(trigger.groups) >= 3 and sum(
                any(whole.has_all(alt) for alt in group) for group in trigger.groups
            ) >= len(trigger.groups) - 1)

    def _sensitive_concept(
        self, text: str, fits: Callable[[_Trigger, _Words], bool]
    ) -> AlertTopic | None:
        """The first sensitive concept trigger that ``fits`` the text as the sensitive
        topics read it."""
        if not self._tables.sensitive_concepts or not trigger_words(text):
            return None
        whole = self._read(text, sensitive=True)
        return next((t.topic for t in self._tables.sensitive_concepts if fits(t, whole)), None)

    def _text(self, message: str, sensitive: bool = False) -> tuple[_Words, list[_Words]] | None:
        """The message as the triggers see it: whole, and sentence by sentence
        (``sensitive``: as the sensitive topics read it, see ``_read``)."""
        said = trigger_words(message)
        if not said:
            return None
        # Kit asked about ahead of need is so in every sentence of the message, and the
        # writer's own minister is theirs in every one.
        ahead = _asked_ahead(message)
        owned = owned_principals(said) if sensitive else frozenset()
        whole = self._read(message, sensitive, ahead, owned)
        parts = [part for part in _SENTENCE.split(_ELLIPSIS_INSIDE.sub(" ", message))
                 if trigger_words(part)]
        if _clipped(parts):
            return whole, [whole]
        return whole, [self._read(part, sensitive, ahead, owned) for part in parts] or [whole]

    def _read(self, text: str, sensitive: bool = False, ahead: bool | None = None,
              owned: frozenset[str] | None = None) -> _Words:
        """Per word of the text, the trigger words it stands for. ``sensitive``: as the
        sensitive topics read it, where words that name no third party's whereabouts
        stand for nothing (``_no_third_party``). ``ahead``: life-saving kit asked about
        ahead of need (``_asked_ahead``), by default as the text says. ``owned``: the
        writer's own principals in the whole message (``owned_principals``), by default
        those the text names.

        Kept for the last few texts: answering one question reads the same text up to
        three times (the whole message and its only sentence; the sensitive reading
        again for ``near_sensitive``), a third of the stage's reads. A sensitive
        reading that cannot differ from the plain one (``_read_as_sensitive``) is it."""
        if ahead is None:
            ahead = _asked_ahead(text)
        mine: frozenset[str] = frozenset()
        if sensitive:
            said = trigger_words(text)
            mine = owned_principals(said) if owned is None else owned
            if not _read_as_sensitive(said, mine):
                sensitive, mine = False, frozenset()  # the same reading: one entry, not two
        key = (text, sensitive, ahead, mine)
        read = self._reads.get(key)
        if read is None:
            read = keep(self._reads, key, self._read_anew(text, sensitive, ahead, mine),
                        READS_KEPT)
        return read

    def _read_anew(self, text: str, sensitive: bool, ahead: bool,
                   owned: frozenset[str]) -> _Words:
        said = trigger_words(text)
        every = words(text)
        named = _named_parties(every, self._tables.officials)
        again = _the_same_principal(every, owned) if sensitive and owned else set()
        transitive = (_missing_something(text, every) | _grasping_a_thing(every)
                      | _losing_a_thing(every) | _disliking(text, every)
                      | _owners_of_things(text, said))
        apposed = _apposed_ages(text)
        stands: list[frozenset[str]] = []
        own: set[int] = set()
        guarded = False
        introduced = _introduction_words(text)
        for at, word in enumerate(said):
            found, trigger_stem = self._stands_for(said, at, introduced, apposed)
            # A word that stands for no trigger word (most of them) is read as nothing
            # whatever its neighbours say: their rules are asked of the others only
            # (and, in the sensitive reading, before ``_no_third_party`` as ever).
            if at in transitive or (ahead and word in _KIT_WORDS) or (
                    (found or trigger_stem or sensitive) and _stands_for_nothing(said, at)
                    and not (sensitive and _protected_plan(said, at))):
                # "missing the deadline", "fire exit" ...
                guarded = guarded or trigger_stem
                stands.append(frozenset())
                continue
            if sensitive and (_no_third_party(said, at) or at in again):
                stands.append(frozenset())  # "my delegation": nobody's whereabouts
                own.add(at)  # ... and no party named ("we are the Chilean delegation")
                continue
            if at and said[at - 1] in alert_words.SHOOTING_BEFORE_FIRE and stem(word) == "fire":
                stands.append(_GUNFIRE)  # "shots fired": a shooting, not a fire
                continue
            stands.append(found)
        stands = [s | {NAMED} if n in named and n not in own else s
                  for n, s in enumerate(stands)]
        absent = _child_absent(said)
        stands = [s | _GONE if n in absent else s for n, s in enumerate(stands)]
        joined = "".join(said)
        unspaced_said = _without_money_suspected(joined)
        # Each unspaced trigger word has a character of a script written without
        # spaces, so a text with none (most) holds none of them: one pass, not 390.
        whole = (frozenset(w for w in self._tables.unspaced if w in unspaced_said)
                 if unspaced(unspaced_said) else frozenset())
        asked, unspaced_asked = _where_is_asked(said, joined)
        stands = [s | {WHERE_IS} if n in asked else s for n, s in enumerate(stands)]
        if unspaced_asked:
            whole |= {WHERE_IS}
        located = sum(w in _WHERE_WORDS or any(c.isdigit() for c in w) for w in said)
        return _Words(tuple(stands), frozenset().union(whole, *stands), guarded, located)

    def _stands_for(self, said: tuple[str, ...], at: int, introduced: int,
                    apposed: set[tuple[str, str]]) -> tuple[frozenset[str], bool]:
        """The trigger words the word at ``at`` can stand for, by itself, its stem or a
        typo of one, before its neighbours have their say; and whether its stem is a
        trigger word's (a word its neighbours then read as none "guards" the text)."""
        word = said[at]
        alone, trigger_stem, typos = self._word_alone(word)
        found = set(alone)
        if (alert_words.AGE_WORD.fullmatch(word) or _child_age_said(said, at)
                or (at and (said[at - 1], word) in apposed)):
            found.add("child")  # "her 4yo": a child of four
        # Nor a word of the writer's trade said at the start ("carpet weaver here:"
        # is no "weaker"): the writer introduced, no typo.
        if at >= introduced:
            found |= typos
        # A person word before a place names the place ("the visitors entrance",
        # "the delegates lounge"): nobody is there.
        if at + 1 < len(said) and said[at + 1] in _PLACE_NOUNS:
            found -= _PERSONS
        # "after the attack, will there be a minute of silence?": "be" shares its stem
        # with the "being" of "being attacked", but is one only before a participle
        # ("I'll be following him").
        if word == "be" and not (at + 1 < len(said) and said[at + 1].endswith(("ing", "ed"))):
            found.discard("being")
        # An agent noun is a person, not the thing it is made from: "officer" is
        # no "office", "smoker" no "smoke", whatever its stem or a typo says.
        found -= {w for w in found if word in (w + "r", w + "rs")}
        return frozenset(found & self._tables.vocabulary), trigger_stem

    def _word_alone(self, word: str) -> tuple[frozenset[str], bool, frozenset[str]]:
        """The trigger words a word stands for whatever its neighbours say (itself, or
        by its stem), whether its stem is a trigger word's, and apart the trigger words
        it is a typo of. Kept per word: most words of a question were in an earlier one."""
        known = self._by_word.get(word)
        if known is not None:
            return known
        forms = _forms(word)
        found = set(forms)
        if word in alert_words.UNAPOSTROPHED:
            found.add(alert_words.UNAPOSTROPHED[word])  # "hes got a gun": he
        trigger_stem = False
        for form in forms:
            by_stem = self._tables.by_stem.get(_stem(form), ())
            trigger_stem = trigger_stem or bool(by_stem)
            found.update(w for w in by_stem if w == form or w not in alert_words.AS_WRITTEN)
        typos: set[str] = set()
        targets = self._tables.typo_targets.get(word[:1])
        if (targets and len(word) >= MIN_CHARS_FOR_ONE_EDIT - MAX_EDITS and word.isalpha()
                and word not in self._known and word not in alert_words.COMMON_WORDS):
            # Not on the first letter, which a typo rarely gets wrong and a
            # different word does ("picking" is no "ticking").
            # Nor the word's past participle: "a separate pass" is no "separated".
            typos.update(hit for hit, _d, _i in process.extract(
                word, targets, scorer=OSA.distance, score_cutoff=MAX_EDITS, limit=None)
                if hit != word + "d")
        # Only trigger words are kept, as the reading keeps no other: most words keep
        # two empty sets.
        vocabulary = self._tables.vocabulary
        return keep(self._by_word, word, (frozenset(found & vocabulary), trigger_stem,
                                          frozenset(typos & vocabulary)), WORDS_KEPT)


def _introduction_words(text: str) -> int:
    """How many words open the text as the writer's introduction: an agent noun, up to two
    words before it, then "here", "asking" or "speaking" and a colon, a comma or a dash
    ("carpet weaver here:", "bus driver asking -"); none if the text has no such opening."""
    opening = alert_words.INTRODUCTION.match(text)
    return len(trigger_words(opening.group(1))) if opening else 0


_OFFICE_HOLDERS = frozenset(
    alt[-1] for name in ("protected", "official") for alt in CONCEPTS[name]
) | alert_words.OFFICE_HOLDERS_EXTRA


def _asks(message: str) -> bool:
    """Whether the message asks something: a question mark, or a clause opened as a
    question ("my grandfather is a general, can he wear his sword", typed without one)."""
    return "?" in message or "\uff1f" in message or any(
        trigger_words(clause)[:1] in _OPENING_QUESTION
        for clause in re.split(r"[,.;:!\n]", message))


_OPENING_QUESTION = frozenset((w,) for w in alert_words.QUESTION_OPENERS)


def _clipped(parts: list[str]) -> bool:
    """Whether a message is written a word or two at a time, a stop after each ("please .
    help . my wife . fainted"): its stops are pauses for breath, not ends of thoughts,
    so it is read as one sentence."""
    if len(parts) < CLIPPED_MIN_PARTS:
        return False
    short = sum(len(trigger_words(part)) <= CLIPPED_PART_WORDS for part in parts)
    return 2 * short > len(parts)


def _equipped(said: tuple[str, ...], at: int) -> bool:
    """Whether the seat at ``at`` is named for equipment near it ("power sockets at the
    delegation seats", "do the seats have headsets?"): where the equipment is, not
    where anyone sits."""
    reach = alert_words.SEAT_EQUIPMENT_REACH
    return any(w in alert_words.SEAT_EQUIPMENT for w in said[max(0, at - reach):at + reach])


def _booked(said: tuple[str, ...], at: int) -> bool:
    """Whether the seat at ``at`` is one asked to be got, booked or added ("extra seats
    for our minister's statement"): a booking, not where anyone sits."""
    reach = alert_words.SEATS_BOOKED_REACH
    return any(w in alert_words.SEATS_BOOKED for w in said[max(0, at - reach):at])


def _someones_office(said: tuple[str, ...], at: int) -> bool:
    """Whether the office at ``at`` is a person's or a delegation's ("the
    Secretary-General's office", "his office", "the office of the minister"), the place
    where they are, and not an office named by itself ("who heads that office?")."""
    return ((at > 0 and said[at - 1] in _OFFICE_HOLDERS)
            or (at + 2 < len(said) and said[at + 1] in ("of", "du", "de", "del")
                and said[at + 2] in _OFFICE_HOLDERS))


def _no_third_party(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` names nobody's whereabouts to the sensitive topics
    (the urgent ones read it as it is): the writer's own delegation ("where will my
    delegation sit?"; a threat to it is still one), a seat named for its equipment
    ("power sockets at the delegation seats"), an office named by itself ("who heads
    that office?": an organisation), seats asked to be booked ("extra seats for our
    minister's statement"), someone staying home, not coming ("the commissioner stays
    home")."""
    word = said[at]
    return ((word.startswith(alert_words.DELEGATION_STEMS)
             and ((at > 0 and said[at - 1] in alert_words.OWN) or _member_of(said, at)))
            or _own_principal(said, at)
            or (word in alert_words.SEATS and (_equipped(said, at) or _booked(said, at)))
            or (word in alert_words.OFFICES and (not _someones_office(said, at)
                                                 or (at > 0 and _own_principal(said, at - 1))))
            or (word in alert_words.STAY_WORDS and _stays_away(said, at)))


def _own_principal(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` names the writer's own minister or head ("our head of
    agency", "my Minister wishes to offer a luncheon"): the one whose day they arrange,
    not someone's whereabouts asked."""
    return said[at] in _PRINCIPALS and _owned(said, at)


def owned_principals(said: tuple[str, ...]) -> frozenset[str]:
    """The words of the writer's own minister or head, wherever the message names them
    (``_the_same_principal`` finds them named again)."""
    return frozenset(said[at] for at in range(len(said)) if _own_principal(said, at))


def _the_same_principal(every: tuple[str, ...], owned: frozenset[str]) -> set[int]:
    """Where "the Minister" names again the writer's own minister ("accompanying our
    Minister. ... so that the Minister can be seated"), by the positions of
    ``trigger_words``: right after "the", and not one said to be another's ("the
    minister of Peru", "the minister from Chile", "the minister for foreign affairs"),
    nor "the foreign minister", whose "the" is not right before it."""
    return _positions(every, lambda at: (
        every[at] in owned and at > 0 and every[at - 1] == "the"
        and every[at + 1:at + 2] not in _ANOTHERS))


def _owned(said: tuple[str, ...], at: int) -> bool:
    """Whether an own possessive opens the run of principal words ending at ``at``
    ("our minister", "our foreign minister")."""
    start = at
    while start > 0 and said[start - 1] in _PRINCIPALS:
        start -= 1
    return start > 0 and said[start - 1] in alert_words.OWN


def _stays_away(said: tuple[str, ...], at: int) -> bool:
    """Whether the staying at ``at`` is at home, behind or away: not coming."""
    after = said[at + 1:at + 3]
    return after[:1] in alert_words.STAYED_AWAY or after in alert_words.STAYED_AWAY


def _member_of(said: tuple[str, ...], at: int) -> bool:
    """Whether the writer says they belong to the delegation at ``at`` ("we are the
    delegation of Fiji", "I am from the delegation of Peru", "we are the Fijian
    delegation"): their own, nobody's whereabouts. One word may stand between, if it is
    no verb in "-ing" ("we are meeting the Chinese delegation" is someone else's)."""
    return (said[max(0, at - 2):at] in alert_words.MEMBERS
            or (at >= 3 and said[at - 3:at - 1] in alert_words.MEMBERS
                and not said[at - 1].endswith("ing")))


def _protected_plan(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is the getting-away word of a plan asked for a
    protected person ("the evacuation plan for the ministers", "el plan de evacuación
    del presidente"): to the sensitive topics it keeps its word, which the compound
    ("evacuation plan": a procedure, no emergency) takes from the urgent ones."""
    word = said[at]
    return ((word in _EXTRACTION_WORDS or stem(word) in _EXTRACTION_STEMS)
            and ((at + 1 < len(said) and _in_compound(word, said[at + 1]))
                 or _after_a_head(said, at))
            and not _PROTECTED_FIRST.isdisjoint(said))


def _read_as_sensitive(said: tuple[str, ...], owned: frozenset[str] = frozenset()) -> bool:
    """Whether the sensitive topics read these words otherwise than the urgent ones
    (``owned``: the whole message's ``owned_principals``)."""
    return not owned.isdisjoint(said) or any(
        _no_third_party(said, at) or _protected_plan(said, at) for at in range(len(said)))


def _money_suspected(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` calls money suspicious ("suspicious transaction reports",
    "opérations suspectes", "подозрительные платежи", "suspicious activity reporting"): a
    term of financial intelligence, which a conference on terrorist financing is full of,
    and no item left anywhere."""
    word = said[at]
    if not word.startswith(_SUSPECTING):
        return False
    if not alert_words.MONEY_MOVES.isdisjoint(said[max(0, at - 1):at + 2]):
        return True
    return (said[at + 1:at + 2] != () and said[at + 1] in alert_words.ACTIVITY
            and said[at + 2:at + 3] != () and said[at + 2].startswith("report"))


_SUSPECTING = ("suspicious", "suspect", "sospechos", "подозрительн", "مشبوه", "المشبوه")


def _lost_to_violence(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is a loss by death in a past attack ("I lost my son in
    the 2017 attack", "we lost our daughter to terrorism"): a bereaved family member at a
    conference on terrorism, which its victims attend, and nobody missing now."""
    if said[at] not in alert_words.LOSS_WORDS:
        return False
    reach = alert_words.LOSS_REACH
    for k in range(at + 1, min(len(said), at + 1 + reach)):
        if said[k] not in alert_words.LOSS_PREPOSITIONS:
            continue
        for w in said[k + 1:k + 1 + reach]:
            if w in alert_words.VIOLENT_EVENTS:
                return True
            if w in alert_words.LOSS_PREPOSITIONS or w in alert_words.CLAUSE_TURNS:
                break  # "in the crowd after the attack": lost in the crowd, now
    return False


def _own_thing(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is the asker's own thing ("should I label my bags?")
    or leaves it alone ("can I leave my bag unattended in the cloakroom?"): their own
    luggage, no unknown item. Not when another thing is named as the one left ("my bag
    is next to an unattended suitcase")."""
    word = said[at]
    if word in alert_words.OWN_LUGGAGE:
        return at > 0 and said[at - 1] in alert_words.OWN_POSSESSIVES
    if word not in alert_words.LEFT_ALONE:
        return False
    if said[at + 1:at + 2] != () and said[at + 1] in alert_words.OWN_THINGS:
        return False
    # "I left my bag unattended" reaches the alerts as "I lost bag unattended" (the
    # lexicon's joined "left my"): the asker's own bag too.
    before = said[max(0, at - alert_words.OWN_REACH):at]
    return any((a in alert_words.OWN_POSSESSIVES or a == _LEFT_MY)
               and b in alert_words.OWN_THINGS for a, b in pairwise(before))


def _attacked_in_words(said: tuple[str, ...], at: int) -> bool:
    """Whether the attack at ``at`` is made in words, online or in print ("we were
    attacked online by trolls", "attacked in the press", "attacked on Twitter", "a cyber
    attack"): no blow, nobody in danger in the building."""
    if said[at] not in alert_words.ATTACK_WORDS:
        return False
    if not alert_words.ONLINE.isdisjoint(said[max(0, at - 1):at + 4]):
        return True
    return _followed_on_a_platform(said, at) or any(
        said[k] in alert_words.WORDS_VENUES
        and not alert_words.VENUE_LEADS.isdisjoint(said[k - 2:k])
        for k in range(at + 1, min(len(said), at + 5)))


def _goods_seized(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is a seizure of goods ("cash seizures at borders", "the
    seizure of terrorist funds"): what customs and police take, no one taken ill."""
    if said[at] not in alert_words.SEIZURES:
        return False
    if at and said[at - 1] in alert_words.SEIZED_GOODS:
        return True
    return (said[at + 1:at + 2] == ("of",)
            and not alert_words.SEIZED_GOODS.isdisjoint(said[at + 2:at + 5]))


def _without_money_suspected(joined: str) -> str:
    """Text without spaces, its money suspected taken out ("可疑交易", as
    ``_money_suspected`` reads spaced words)."""
    for term in alert_words.MONEY_SUSPECTED_UNSPACED:
        joined = joined.replace(term, " ")
    return joined


def _stands_for_nothing(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is, by its neighbours, no alert word here: a place or
    a drill it names, a thing it is said of, a figure of speech."""
    word = said[at]
    word_stem = stem(word)
    return (
        (at + 1 < len(said) and _in_compound(word, said[at + 1]))  # "fire exit": a place
        # "my conference pass out of my jacket", "where are the passes handed out": the
        # badge, a noun after a determiner or a kind of pass, no one passing out
        or (word in alert_words.PASS_NOUNS and at > 0
            and (said[at - 1] in alert_words.DETERMINERS
                 or said[at - 1] in alert_words.PASS_KINDS))
        or _after_a_head(said, at)  # "exercice d'évacuation": a drill
        # "my editor is stalking my inbox": a thing harassed, no person
        or (word_stem in _HARASS_STEMS and said[at + 1:at + 2] != ()
            and (said[at + 1] in alert_words.OBJECT_OPENERS
                 or said[at + 1] in alert_words.WATCHED_THINGS)
            and any(w in alert_words.WATCHED_THINGS for w in said[at + 1:at + 4])
            and not any(w in _ANYONE or w in alert_words.OBJECT_PRONOUNS
                        for w in said[at + 1:at + 4]))
        # "the fire-side chat": a talk of the programme
        or (word == "fire" and said[at + 1:at + 2] == ("side",)
            and said[at + 2:at + 3] != () and said[at + 2] in alert_words.HEARTH_TALKS)
        # "what triggers a lockdown": the procedure asked, none under way
        or (word == "lockdown" and at >= 1
            and said[at - 1] in alert_words.LOCKDOWN_CAUSES)
        # "the youth panel was the bomb": praise
        or _bomb_praised(said, at)
        # "we are fighting over which of us gets the seat": a dispute over a choice, no
        # blow ("two men fighting over a bag" is a fight)
        or (word_stem in alert_words.FIGHT_STEMS and said[at + 1:at + 2] != ()
            and said[at + 1] in alert_words.FIGHT_OVER
            and said[at + 2:at + 3] != () and said[at + 2] in alert_words.CHOICE_ASKED)
        # "my daughter's name is missing from the registration list": left off a record
        or (word == "missing" and said[at + 1:at + 2] == ("from",)
            and not alert_words.RECORDS.isdisjoint(said[at + 2:at + 5]))
        # "can I hit up the speakers afterwards?": got in touch with, no blow
        or (word in _HIT_WORDS and "up" in said[at + 1:at + 3])
        # "this burger is a heart attack on a plate": a rich dish, no illness
        or (word in ("heart", "attack") and said[at:at + 4] in (
            ("heart", "attack", "on", "plate"), ("attack", "on", "plate")))
        # "the speech was a punch in the gut": it moved the hearer, no blow
        or (word == "punch" and at > 0 and said[at + 1:at + 2] == ("in",)
            and said[at + 2:at + 3] in (("gut",), ("stomach",))
            and said[at - 1] in _PUNCH_FELT)
        # "the weapon of choice for our youth work is football": a means, no arm
        or (word_stem == "weapon" and said[at + 1:at + 3] == ("of", "choice"))
        # "a rifle locked in the boot of my car": kept, no one hiding
        or (word == "locked" and at > 0 and said[at - 1] not in alert_words.LOCKED_IN_PEOPLE
            and said[at + 1:at + 2] == ("in",)
            and not alert_words.STORAGE.isdisjoint(said[at + 2:at + 5]))
        # "I've watched buildings collapse on purpose", "the talks collapsed": a
        # structure's or an institution's fall, no one ill
        or (word_stem.startswith("collaps") and at > 0
            and not alert_words.STRUCTURES.isdisjoint(said[max(0, at - 2):at]))
        # "are the officers allowed to open fire?": a rule asked, no shots
        or (word == "fire" and at >= 3 and said[at - 1] == "open"
            and said[at - 2] == "to" and said[at - 3] in alert_words.PERMITTED)
        # "the registration email looks suspicious": a doubt about a text, no item
        or (word.startswith("suspicious")
            and not alert_words.WRITINGS.isdisjoint(said[max(0, at - 4):at + 2]))
        # "how do FIUs handle suspicious transaction reports?": money suspected, no item
        or _money_suspected(said, at)
        # "cash seizures at borders", "the seizure of terrorist funds": goods seized
        or _goods_seized(said, at)
        # "should I label my bags?", "can I leave my bag unattended?": the asker's own
        or _own_thing(said, at)
        # "we were attacked online by trolls", "a cyber attack": words, no blow
        or _attacked_in_words(said, at)
        # "when does the former hostage speak?": a speaker's past
        or (word in alert_words.ONCE_HELD and at > 0 and said[at - 1] in alert_words.FORMER)
        # "the opening was shot on video": filmed
        or (word == "shot" and said[at + 1:at + 2] == ("on",)
            and said[at + 2:at + 3] != () and said[at + 2] in alert_words.FILMED_ON)
        # "I lost my son in the 2017 attack": a bereaved parent, no child missing now, and
        # the attack of long ago
        or _lost_to_violence(said, at)
        or (word in alert_words.VIOLENT_EVENTS
            and any(_lost_to_violence(said, j)
                    for j in range(max(0, at - 2 * alert_words.LOSS_REACH), at)))
        # "how do I get round to the scanners": the way there, no check bypassed
        or (word in ("around", "round") and said[at + 1:at + 2] in (("to",), ("towards",)))
        # "can I skip the queue at the scanners": a wait avoided, no check bypassed
        or (word in alert_words.BYPASS_SKIPS
            and not alert_words.WAITS.isdisjoint(said[at + 1:at + 5])
            and alert_words.ROUTES.isdisjoint(said[:at]))
        # "the wifi keeps harassing me": a thing
        # ("a man from the booking site keeps harassing me": a person named before)
        or (word_stem in _HARASS_STEMS
            and any(w in alert_words.MACHINES for w in said[max(0, at - 3):at])
            and _ANYONE.isdisjoint(said[:at]))
        # "my phone won't leave me alone": a thing pestering, as a harassing one is
        or (word == "leave" and said[at + 2:at + 3] == ("alone",)
            and any(w in alert_words.MACHINES for w in said[max(0, at - 4):at]))
        # "following" a thing, an event from afar, on a platform, or the press following
        # others: no stalker (``_followed_harmlessly``)
        or (word_stem == _FOLLOW_STEM and _followed_harmlessly(said, at))
        # "where can she find it?", "where can I find the programme?": a thing looked
        # for, no one lost
        or (word_stem == _FIND_STEM and _thing_looked_for(said, at))
        # "my arms are killing me": a body part, no weapon
        or (word in alert_words.BODY_ARMS and _aching(said, at))
        # "are open flames allowed?": what may be lit, no blaze
        or (word in alert_words.RULED_FIRE and _ruled(said, at))
        # "my boss will kill me if I miss the opening": a figure of speech
        or (word_stem == "kill" and said[at + 1:at + 4] == ("me", "if", "i")
            and not alert_words.LAPSES.isdisjoint(said[at + 4:at + 7]))
        # "the alarm on my phone": a reminder
        or (word_stem in _DEVICE_ALARM_STEMS and _on_a_device(said, at))
        # "the queue is not moving", "my laptop is not responding": a thing stalled
        or (word_stem in _UNANSWERED_STEMS | _MOVING_STEMS and said[at - 1:at] == ("not",)
            and _said_of_a_thing(said[max(0, at - 8):at - 1]))
        # "the photographer will shoot the delegates": a camera's shooting
        or (word_stem == "shoot" and not alert_words.CAMERA.isdisjoint(said))
        # "not answering his phone": not unconscious
        or (word_stem in _UNANSWERED_STEMS
            and any(w in alert_words.CONTACT_CHANNELS for w in said[at + 1:at + 4]))
        # "the debate was on fire", "my talk will bomb", "the Q&A was explosive"
        or _figurative_fire(said, at) or _flop(said, at) or _heated(said, at)
        # "burning hot", "smoking hot": an intensifier before an adjective
        or (at + 1 < len(said) and said[at + 1] in alert_words.INTENSIFIED
            and word_stem in _INTENSIFIER_STEMS)
        # "get in touch with me": a contact, not a touch
        or (word == "touch" and at > 0 and said[at - 1] in alert_words.IN_TOUCH)
        # "something non-urgent", "not an emergency": urgency denied
        or (word in alert_words.URGENCY
            and _urgency_denied(said, at))
        # "education is our best weapon against extremism": a figure of speech
        or _figurative_weapon(said, at)
        # "do the ushers know CPR?", "a CPR course": a skill asked about
        or (word in alert_words.SKILLS
            and (any(w in alert_words.SKILL_BEFORE for w in said[max(0, at - 3):at])
                 or (at + 1 < len(said) and said[at + 1] in alert_words.SKILL_AFTER)))
        # "will the SG's remarks be streamed live?", "watch the opening live": a
        # broadcast, not where anyone lives
        or (word == "live" and _names_public_item(said[max(0, at - 4):at + 3]))
        # "when is the Secretary-General scheduled to speak?": the programme
        or (word.startswith("scheduled") and said[at + 1:at + 2] == ("to",)
            and _names_public_item(said[at + 2:at + 6]))
        # "a heart attack waiting to happen": a figure of speech for a risk
        or said[at + 1:at + 4] in alert_words.WAITING_TO_HAPPEN
        # "a smoking gun", "the booking fell through": an idiom
        or _in_idiom(said, at)
        # "what time should delegations arrive?": advice asked, not whereabouts
        or (word_stem == "arriv"
            and any(w in alert_words.ARRIVAL_ADVICE for w in said[max(0, at - 3):at])
            and _PROTECTED_FIRST.isdisjoint(said))
        or said[at + 2:at + 5] in alert_words.WAITING_TO_HAPPEN
        # "it fell out of my pocket": a thing fell, no one
        or (word_stem in _FALL_STEMS and said[at - 1:at] != ()
            and said[at - 1] in alert_words.THING_PRONOUNS)
        # "where can I smoke?", "are we allowed to smoke here?", "smoking is banned in the
        # lobby", "a place to smoke": what one may do or a rule on it, no smoke
        or (word_stem == "smoke" and _smoking_rule(said, at))
        # "how would I be evacuated?": one's own evacuation plan asked, conditionally
        or (word_stem in _EVACUATED_STEMS
            and any(said[k:k + 2] in _WOULD_WE for k in range(max(0, at - 5), at)))
        # "can we evacuate our room before noon?": one's own room vacated, no emergency
        or (word_stem in _EVACUATED_STEMS and _own_room_vacated(said, at))
        # "a heart attack over the prices": a figure of speech for dismay
        or _medical_figure(said, at)
        # "a survivor of the Nice attack": an attack long over
        or (word_stem in _ATTACK_STEMS
            and not alert_words.SURVIVORS.isdisjoint(said[max(0, at - 5):at]))
        # "we test the smoke detectors on Monday": a device looked after, no fire
        or (word_stem in _SMOKE_STEMS and said[at + 1:at + 2] != ()
            and said[at + 1] in alert_words.DETECTORS and _serviced(said))
        # "the crossing guard at the school", "a shin guard": another trade's guard
        or (word in alert_words.GUARD_WORDS and at > 0
            and said[at - 1] in alert_words.GUARD_TRADES)
        # "I switched off my phone before screening": one's own thing switched off
        or (word in alert_words.SWITCHING and at > 0
            and (said[at - 1] in alert_words.SWITCHERS
                 or said[at + 2:at + 3] in _POSSESSIVE_PAIRS
                 or not alert_words.DEVICES.isdisjoint(said[max(0, at - 3):at])))
        # "he grabbed my chest": a part of one's body another grasped, an assault's
        # object, no symptom ("I grabbed my chest", "he grabbed his chest" still are)
        or (word in alert_words.BODY_PARTS and at >= 3 and said[at - 1] == "my"
            and stem(said[at - 2]) in alert_words.GRASP_STEMS and said[at - 3] != "i")
        # "the tailor was fitting me", "a fitting room": a tailor's fitting, no seizure
        or (word in alert_words.FITTING and said[at + 1:at + 2] != ()
            and said[at + 1] in alert_words.FITTED_AFTER)
        # "my dog is trained to alert to seizures": a condition one is trained to notice
        or (word in alert_words.DETECTED_CONDITIONS and _noticed(said, at))
        # "my laptop battery collapsed", "the talks have collapsed": a thing's collapse
        or (word_stem == _COLLAPSE_STEM and _thing_collapsed(said, at))
        # "I nearly fainted with joy", "we collapsed laughing", "I almost passed out
        # laughing": a figure for a feeling; "I almost fainted when I saw the bill": for
        # surprise at a sight
        or (_faint_at(said, at) and (_feeling_after(said, at) or _surprise_faint(said, at)))
        # "a drop-off point for ambulances": a place kept for them, no call for one
        or (word in alert_words.AMBULANCES and at > 0 and said[at - 1] != "an"
            and _place_for(said, at))
        # "the unattended baggage announcements": words about a rule, no item left
        or _announced(said, at)
        # "can we throw them out?", "throw away the flyers": things discarded, no blow
        or (word_stem in _THROW_STEMS and _discarded(said, at))
        # "the ticking clock in the hall", "the clock is ticking": a timepiece's tick
        or (word_stem in _TICK_STEMS and _timepiece_ticks(said, at))
        # "I didn't tick the vegan box", "tick my option": a mark on a form
        or (word_stem in _TICK_STEMS and _ticked_on_a_form(said, at))
        # "punch the address into the cab app", "punch in the PIN": keyed in, no blow
        or (word_stem == _PUNCH_STEM and _keyed_in(said, at))
        # "we had a blast", "the reception was a blast", "at full blast": fun, volume
        or (word in _BLASTS and _fun_had(said, at))
        # "when does the plenary fire back up?": it resumes
        or (word_stem == _FIRE_STEM and said[at + 1:at + 3] in alert_words.RESUMED
            and (said[at + 3:at + 4] == ()
                 or said[at + 3] not in alert_words.RESUMED_NOT_BEFORE))
        # "can we attack the coffee now?": food eaten with a will
        or (word_stem in _ATTACK_STEMS and _food_attacked(said, at))
        # "my wallet had a heart attack at the hotel prices": dismay, no illness
        or (word in alert_words.MEDICAL_FIGURES and _thing_dismayed(said, at))
        # "fire off a question to the panel", "I shot off an email": a message sent
        or (word_stem in _SENT_OFF_STEMS and said[at + 1:at + 2] == ("off",)
            and not alert_words.SENT_OFF.isdisjoint(said[at + 2:at + 4]))
        # "let me take a stab at this": an attempt, at no one ("took a stab at him")
        or (word in ("stab", "stabs") and said[at - 1:at] != ()
            and said[at - 1] in alert_words.STAB_TRIED and said[at + 1:at + 2] == ("at",)
            and said[at + 2:at + 3] != () and said[at + 2] not in _ANYONE
            and said[at + 2] not in alert_words.OBJECT_PRONOUNS)
        # "I always choke when I speak in public", "I tend to faint at the sight of
        # blood": a habit of nerves, a condition
        or (word_stem in _HABIT_STEMS
            and not alert_words.HABITUAL.isdisjoint(said[max(0, at - 3):at]))
        # "held hostage by my inbox": busy
        or (word in alert_words.HOSTAGE_WORDS and said[at + 1:at + 2] == ("by",)
            and not alert_words.BUSY_THINGS.isdisjoint(said[at + 2:at + 4]))
        # "I'm suspicious the times are in UTC": a doubt
        or (word.startswith("suspicious") and _a_doubt(said, at))
        # "following the speakers down the corridor": a direction
        or (word == "down" and said[at + 1:at + 2] != () and said[at + 1] in alert_words.PATHS)
        # "my team is blowing up my phone", "the hashtag is blowing up on Twitter":
        # messages, a post trending
        or (word_stem in _BLOW_STEMS and said[at + 1:at + 2] == ("up",)
            and (_phone_blown_up(said, at) or _trending(said, at)))
        # "will they pass out printed copies?": things handed out
        or (word_stem == _PASS_STEM and said[at + 1:at + 2] == ("out",)
            and said[at + 2:at + 3] != () and said[at + 2] in alert_words.HANDED_OUT)
        # "only a faint idea where the room is": faint before what is faint
        or (word == "faint" and said[at + 1:at + 2] != ()
            and said[at + 1] in alert_words.FAINT_NOUNS)
        # "sticking to my guns", "I jumped the gun": idioms
        or (word in alert_words.GUN_WORDS and _gun_idiom(said, at))
        # "at the risk of sounding like a lost child": a simile
        or (word == "lost" and said[at - 1:at] != () and said[at - 1] in alert_words.SIMILE)
        # "the collapse of the caliphate": a thing's collapse, a noun with "of"
        or (word in ("collapse", "collapses") and said[at + 1:at + 2] == ("of",))
        # "my boss is breathing down my neck": an idiom
        or (word == "breathing" and said[at + 1:at + 2] == ("down",))
        # "can I bring potted plants?": plants, nothing planted
        or (word in ("plant", "plants")
            and (said[at + 1:at + 2] == () or said[at + 1] not in alert_words.PLANTED_THINGS))
        # "can I at least watch the webcast?": an idiom, no least-guarded door
        or (word == "least" and said[at - 1:at] == ("at",))
        # "come back in without queuing at screening again": one's own re-entry
        or (word == "without" and _reentry(said, at))
        # "my boss will kill me if I don't bring it": one's own boss and a lapse
        or (word_stem == "kill" and _own_boss_angry(said, at))
        # "a point of contact": a person to go to, no one pointing
        or (word in ("point", "points") and said[at + 1:at + 2] == ("of",))
        # "fruit punch", "a glue gun", "the pickup point", "an email blast", "a false
        # alarm": a drink, a tool, a place, a mass message, none
        or (at > 0 and _after_a_modifier(said[at - 1], word))
        # "a collapsible umbrella": a property of a thing (-ible, -able), no event
        or (len(word) >= 8 and word.endswith(("ible", "able", "ibles", "ables"))
            and word not in alert_words.FEELINGS_IN_ABLE)
        # "the wasps keep harassing us", "a pigeon keeps following me": a creature
        or ((word_stem in _HARASS_STEMS or word_stem == _FOLLOW_STEM)
            and _creature_does_it(said, at))
        # "a reporter keeps calling me about a quote": contact with a stated errand
        or (word in alert_words.SENDING_VERBS and _contact_with_an_errand(said, at))
    )


def _smoking_rule(said: tuple[str, ...], at: int) -> bool:
    """Whether the smoke word at ``at`` is smoking asked as what one may do ("where can
    I smoke?", "... and may we smoke here?") or as a rule: a rule word right before
    it, or with a linking word between ("allowed to smoke", "a ban on smoking", "banned
    from smoking"), or just after it ("smoking is banned", "smoking permitted?"), or the
    sign "no smoking". "Smoke in the lobby, are we allowed to use the lifts?" and "we're
    not allowed back in, smoke is pouring out" are no rule on smoking: the rule word is
    too far or says something else."""
    rules = alert_words.SMOKING_RULES
    return ((at >= 2 and said[at - 2] in alert_words.MAY_I  # "where can I smoke?"
             and said[at - 1] in alert_words.SMOKERS_ASKED)
            or (at >= 1 and said[at - 1] in rules)
            or (at >= 2 and said[at - 2] in rules and said[at - 1] in alert_words.RULE_LINKS)
            or any(w in rules for w in said[at + 1:at + 3])
            or (said[at] == "smoking" and said[at - 1:at] == ("no",))
            # "a place to smoke", "step out to smoke": the habit, unless a thing began to
            # ("the bin started to smoke")
            or (said[at] == "smoke" and said[at - 1:at] == ("to",)
                and (at < 2 or said[at - 2] not in alert_words.BEGINNING)))


def _followed_harmlessly(said: tuple[str, ...], at: int) -> bool:
    """Whether the following word at ``at`` is no stalker's: a thing follows ("the
    newsletters keep following me", no person named before it), a thing is followed
    right after the verb ("following the story"), an event is followed from afar
    ("following the debate online"), on a platform ("followed us on instagram"), the
    press follows others ("reporters keep following the ministers"), or one is followed
    for a stated work errand ("chasing me for a quote": ``_contact_with_an_errand``)."""
    return (_followed_by_a_thing(said, at)
            or _contact_with_an_errand(said, at)
            or (said[at + 1:at + 2] != () and said[at + 1] in alert_words.WATCHED_THINGS)
            or _followed_from_afar(said, at)
            or _asker_following(said, at)
            or _followed_on_a_platform(said, at)
            or _press_following_others(said, at))


def _faint_at(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` says a faint: a faint word, or the "out" of a phrase
    ("passed out", "blacked out")."""
    return said[at] in alert_words.FAINT_WORDS or (
        said[at] == "out" and at > 0 and said[at - 1] in alert_words.FAINT_PHRASE_VERBS)


def _surprise_faint(said: tuple[str, ...], at: int) -> bool:
    """Whether the faint at ``at`` is one nearly had ("nearly", "almost" in the three
    words before it, past the verb of a phrase) at something seen, heard or read
    ("when I saw the prices", "when we read the fee"): surprise, no one unwell."""
    start = at - 1 if said[at] == "out" else at
    if alert_words.NEARLY.isdisjoint(said[max(0, start - 3):start]):
        return False
    after = said[at + 1:at + 4]
    return (len(after) == 3 and after[0] in alert_words.WHEN_WORDS
            and after[1] in alert_words.ASKERS and after[2] in alert_words.PERCEIVED)


def _asker_following(said: tuple[str, ...], at: int) -> bool:
    """Whether the following at ``at`` is the asker's own, in the active voice ("I'll be
    following from Geneva", "we are following closely"), with no person after it: the
    asker watches; nobody is on the asker's heels ("being followed" is the passive, and
    "I'm following her" names a person)."""
    if said[at] != "following":
        return False
    k = at - 1
    while k >= 0 and said[k] in alert_words.FIRST_PERSON_AUXILIARIES:
        k -= 1
    return (k < at - 1 and k >= 0 and said[k] in alert_words.FIRST_PERSONS
            and not _followed_person(said[at + 1:at + 1 + alert_words.FOLLOWED_FROM_AFAR_REACH]))


def _followed_person(after: tuple[str, ...]) -> bool:
    """Whether the words after a "following" name a person followed ("... her from the
    hotel", "... him", "... the man"): then no remote watching and no asker's own."""
    return any(w in _ANYONE or w in alert_words.OBJECT_PRONOUNS or w == "her" for w in after)


def _followed_on_a_platform(said: tuple[str, ...], at: int) -> bool:
    """Whether the following at ``at`` is done on a social platform, "on" and the
    platform within the four words after it ("followed me on Twitter"): a subscription,
    no one on foot."""
    after = said[at + 1:at + 5]
    return any(w == "on" and k + 1 < len(after) and after[k + 1] in alert_words.PLATFORMS
               for k, w in enumerate(after))


def _contact_with_an_errand(said: tuple[str, ...], at: int) -> bool:
    """Whether the contact at ``at`` ("emailing me", "calling us") states its errand
    right after the person: "for", "about" or "regarding", then, past an article, an
    errand of work ("an interview", "a quote", "the invoice")."""
    after = said[at + 1:at + 5]
    if len(after) < 3 or after[0] not in alert_words.OBJECT_PRONOUNS:
        return False
    if after[1] not in alert_words.ERRAND_LINKS:
        return False
    k = 3 if after[2] in alert_words.OBJECT_OPENERS else 2
    return k < len(after) and after[k] in alert_words.ERRANDS


def _creature_does_it(said: tuple[str, ...], at: int) -> bool:
    """Whether a creature pesters at ``at`` ("the wasps keep harassing us"): a creature
    among the few words before it, not one a person has with them ("a man with a cat
    keeps following me" is a stalker)."""
    start = max(0, at - 4)
    return any(word in alert_words.CREATURES
               and alert_words.WITH_A_CREATURE.isdisjoint(said[max(start, k - 3):k])
               for k, word in enumerate(said[start:at], start))


_THROW_STEMS = frozenset(stem(w) for w in ("throw", "throwing", "threw", "thrown"))
_TICK_STEMS = frozenset(stem(w) for w in ("ticking", "tick", "ticks"))


_PUNCH_STEM = stem("punch")
_SENT_OFF_STEMS = frozenset(stem(w) for w in ("fire", "fired", "shoot", "shot"))
_HABIT_STEMS = frozenset(stem(w) for w in alert_words.HABIT_STEMS_WORDS)
_BLOW_STEMS = frozenset(stem(w) for w in ("blowing", "blew"))
_PASS_STEM = stem("pass")
_FIRE_STEM = stem("fire")
_BLASTS = frozenset(("blast", "blasts"))


def _ticked_on_a_form(said: tuple[str, ...], at: int) -> bool:
    """Whether the tick at ``at`` is a mark made on a form: what is ticked right after
    "tick" or "ticked" ("tick my box", "ticked yes"), or who ticks right before it ("I
    didn't tick", "remember to tick"; not "it started to tick"). Never "ticking" (see
    ``alert_words.TICKED``)."""
    if said[at] not in ("tick", "ticked"):
        return False
    if said[at + 1:at + 2] != () and said[at + 1] in alert_words.TICKED:
        return True
    return (at > 0 and said[at - 1] in alert_words.TICKERS
            and not (said[at - 1] == "to" and said[at - 2:at - 1] != ()
                     and said[at - 2] in alert_words.BEGINNING))


def _keyed_in(said: tuple[str, ...], at: int) -> bool:
    """Whether the punch at ``at`` keys something in: "in" or "into" right after it, or
    a few words on, with a device or what is typed close by ("punch it into the GPS",
    "punch in the code"); "punched him in the face" names neither."""
    after = said[at + 1:at + 1 + alert_words.KEYED_REACH]
    return (not alert_words.KEYED_INTO.isdisjoint(after)
            and not alert_words.KEYED.isdisjoint(after))


def _fun_had(said: tuple[str, ...], at: int) -> bool:
    """Whether the blast at ``at`` is fun had or full volume ("we had a blast", "at full
    blast"), or a talk or a party said to be one ("the reception was a blast"); "there
    was a blast in the lobby" reports an explosion."""
    if at == 0:
        return False
    if said[at - 1] in alert_words.HAVING_FUN:
        return said[at + 1:at + 2] == () or said[at + 1] not in alert_words.WENT_OFF
    link = at - 1
    return (said[link] in alert_words.FUN_LINKS and said[link - 1:link] != ("there",)
            and any(w in alert_words.FIGURATIVE_FIRE_SUBJECTS or w in alert_words.PARTIES
                    for w in said[max(0, link - 4):link]))


def _a_doubt(said: tuple[str, ...], at: int) -> bool:
    """Whether "suspicious" at ``at`` is the asker's doubt ("I'm suspicious the times
    are in UTC"): said of oneself, with no item of the suspicious kind a few words on
    ("I'm suspicious of that bag by the door" is one)."""
    return (said[max(0, at - 2):at] in alert_words.DOUBTERS
            and _ITEMS.isdisjoint(said[at + 1:at + 1 + alert_words.DOUBT_REACH]))


def _own_boss_angry(said: tuple[str, ...], at: int) -> bool:
    """Whether the kill at ``at`` is one's own boss's anger at a lapse: "me if" after it,
    and a boss or a driver of one's own before it ("my director will kill me if I don't
    get the slides", "my driver will kill me if he gets another ticket"; "he will kill me
    if I don't pay" names no one's boss). Of one's family, only "me if I do not": "my
    husband will kill me if he finds me here" may be meant."""
    if said[at + 1:at + 3] != ("me", "if"):
        return False
    bosses = (alert_words.OWN_BOSSES if said[at + 3:at + 6] == ("i", "do", "not")
              else alert_words.WORK_BOSSES)
    return any(w in bosses and n > 0 and said[n - 1] in alert_words.OWN
               for n, w in enumerate(said[:at]))


def _gun_idiom(said: tuple[str, ...], at: int) -> bool:
    """Whether the gun at ``at`` is an idiom's: "stick(ing) to my guns", "jumped the
    gun" (articles are not read)."""
    before = said[max(0, at - 3):at]
    return ((len(before) == 3 and stem(before[0]) == "stick" and before[1] == "to")
            or (before[-1:] != () and stem(before[-1]) == "jump"))


def _reentry(said: tuple[str, ...], at: int) -> bool:
    """Whether the "without" at ``at`` asks one's own way back in ("come back in without
    queuing at screening again"): a word of re-entry a few words after it or before it."""
    reach = alert_words.REENTRY_REACH
    return not alert_words.REENTRY.isdisjoint(said[max(0, at - reach):at + 1 + reach])


def _trending(said: tuple[str, ...], at: int) -> bool:
    """Whether the blowing up at ``at`` ("up" after it) is a post trending: a post or a
    platform's word a few words before, or "on" or "online" after "up" ("blowing up on
    Twitter")."""
    after = said[at + 2:at + 4]
    return (any(w in alert_words.TRENDING_SUBJECTS for w in said[max(0, at - 3):at])
            or after[:1] == ("online",)
            or (after[:1] == ("on",) and after[1:2] != ()
                and after[1] in alert_words.TRENDING_PLACES))


def _phone_blown_up(said: tuple[str, ...], at: int) -> bool:
    """Whether the blowing up at ``at`` ("up" after it) is of one's phone by messages
    ("blowing up my phone"): a possessive, then a device or an inbox, with no place
    after it ("blow up my office" names a place; "blow up the server room" has no
    possessive)."""
    return (said[at + 2:at + 3] != () and said[at + 2] in alert_words.OWN
            and said[at + 3:at + 4] != ()
            and (said[at + 3] in alert_words.MACHINES
                 or said[at + 3] in alert_words.BLOWN_UP_EXTRA)
            and (said[at + 4:at + 5] == () or said[at + 4] not in _PLACES))


def _food_attacked(said: tuple[str, ...], at: int) -> bool:
    """Whether the attack at ``at`` is on food ("attack the buffet"): the food right
    after it, and no stall or person after the food ("attack the coffee stand")."""
    return (said[at + 1:at + 2] != () and said[at + 1] in alert_words.FOODS
            and (said[at + 2:at + 3] == () or said[at + 2] not in alert_words.FOOD_PLACES))


def _thing_dismayed(said: tuple[str, ...], at: int) -> bool:
    """Whether the heart attack or stroke at ``at`` is had by one's money or a thing ("my
    wallet had a heart attack"): such a thing after a possessive, then only linking
    words up to the illness ("my colleague's laptop fell, and she is having a heart
    attack" has other words between: hers)."""
    start = at
    while start > 0 and said[start - 1] in alert_words.DISMAY_LINKS:
        start -= 1
    return (start >= 2 and start < at and said[start - 1] in alert_words.DISMAYED_THINGS
            and said[start - 2] in alert_words.OWN)


def _discarded(said: tuple[str, ...], at: int) -> bool:
    """Whether the throwing at ``at`` is a disposal: "out" or "away" right after it or
    after a thing pronoun ("throw them out", "throwing away the leaflets"), and nothing
    thrown "at" anyone."""
    after = said[at + 1:at + 3]
    if after[:1] != () and after[0] in alert_words.DISCARDED_OBJECTS:
        after = after[1:]
    return (after[:1] != () and after[0] in alert_words.DISCARD_PARTICLES
            and "at" not in said[at + 1:at + 6])


def _timepiece_ticks(said: tuple[str, ...], at: int) -> bool:
    """Whether the ticking at ``at`` is a clock's or a watch's: the timepiece right after
    it ("a ticking clock") or a few words before it ("the clock is ticking")."""
    return ((said[at + 1:at + 2] != () and said[at + 1] in alert_words.TIMEPIECES)
            or any(w in alert_words.TIMEPIECES for w in said[max(0, at - 3):at]))


def _thing_looked_for(said: tuple[str, ...], at: int) -> bool:
    """Whether what is found at ``at`` is a thing: "it" right after it, or past a
    possessive or two, a document, a place or a device ("find the programme", "find my
    badge"), no child."""
    if said[at + 1:at + 2] != () and said[at + 1] in alert_words.THINGS_FOUND:
        return True
    k = at + 1
    while k < len(said) and k <= at + 2 and said[k] in alert_words.OBJECT_OPENERS:
        k += 1
    return k < len(said) and said[k] in alert_words.THINGS_LOOKED_FOR


def _press_following_others(said: tuple[str, ...], at: int) -> bool:
    """Whether the press follows others at ``at``: a press word a few words before it and
    no one speaking followed ("journalists keep following the speakers"; "a reporter
    keeps following me" stays a stalker)."""
    return (any(w in alert_words.PRESS for w in said[max(0, at - 4):at])
            and alert_words.FIRST_PERSON_FOLLOWED.isdisjoint(said[at + 1:at + 4]))


_COLLAPSE_STEM = stem("collapsed")


def _thing_collapsed(said: tuple[str, ...], at: int) -> bool:
    """Whether the collapse at ``at`` is said of a thing that is no structure: the word
    before it, past "has", "just", "completely" ..., names one ("the talks collapsed")."""
    k = at - 1
    while k >= 0 and said[k] in alert_words.COLLAPSE_SKIPPED:
        k -= 1
    return k >= 0 and (said[k] in alert_words.COLLAPSING_THINGS
                       or said[k] in alert_words.MACHINES)


def _feeling_after(said: tuple[str, ...], at: int) -> bool:
    """Whether a feeling follows the faint at ``at`` ("fainted with joy", "collapsed
    laughing"): a figure of speech for it."""
    return (said[at + 1:at + 2] != ()
            and (said[at + 1] in alert_words.LAUGHING
                 or (said[at + 1] in alert_words.FEELING_OPENERS
                     and said[at + 2:at + 3] != ()
                     and said[at + 2] in alert_words.FEELINGS)))


def _place_for(said: tuple[str, ...], at: int) -> bool:
    """Whether the ambulance at ``at`` is what a place is kept "for" ("a bay for
    ambulances", "parking for taxis and ambulances"): the place, a few words before."""
    before = said[max(0, at - alert_words.AMBULANCE_PLACE_REACH):at]
    if "for" not in before:
        return False
    until = len(before) - 1 - before[::-1].index("for")
    return not alert_words.AMBULANCE_PLACES.isdisjoint(before[:until])


def _announced(said: tuple[str, ...], at: int) -> bool:
    """Whether the item words at ``at`` name what an announcement, a notice or a sign is
    about, right after them ("the unattended baggage announcements"): no item left."""
    return (said[at] in alert_words.UNOWNED_WORDS
            and any(said[k:k + 1] != () and said[k] in alert_words.ANNOUNCEMENTS
                    and not any(w in alert_words.WHERE_WORDS for w in said[at + 1:k])
                    for k in (at + 1, at + 2)))


def _medical_figure(said: tuple[str, ...], at: int) -> bool:
    """Whether the medical event at ``at`` is had "over" or "about" something ("having
    a heart attack over the coffee prices"): dismay, not an illness; "a heart attack
    over there" names a place."""
    return (said[at] in alert_words.MEDICAL_FIGURES
            and said[at + 1:at + 2] != () and said[at + 1] in alert_words.FIGURE_OBJECT_OPENERS
            and said[at + 2:at + 3] != () and said[at + 2] not in alert_words.PLACE_ADVERBS)


def _child_absent(said: tuple[str, ...]) -> set[int]:
    """Where a child word is the subject of a negated presence ("our daughter isn't
    here", "my older boy is not, he was right by me", "mon fils n'est pas là"): the
    negation's last word, read as the child gone. The presence is said by a place word,
    a new clause or nothing; an absence accounted for ("not here yet", "stayed at the
    hotel") is none, and "my colleague isn't here" names no child."""
    found: set[int] = set()
    for at in range(1, len(said)):
        for negation in alert_words.NEGATED_PRESENCE:
            end = at + len(negation)
            if said[at:end] != negation:
                continue
            if not (said[at - 1] in alert_words.CHILD_OBLIQUE or any(
                    said[max(0, at - len(alt)):at] == alt for alt in CONCEPTS["child"])):
                continue
            if end < len(said) and said[end] not in alert_words.PRESENT_AFTER:
                continue
            if (alert_words.ABSENCE_ACCOUNTED.intersection(said[end:end + 8])
                    or said[end + 1:end + 2] in (("for",), ("during",), ("pour",), ("para",))):
                continue
            found.add(end - 1)
    return found


def _child_age_said(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is a child's age said of "he" or "she", a copula
    between or not ("one of my players, he's 10", "she is five"): a child."""
    word = said[at]
    if not ((word.isdigit() and 0 < int(word) <= alert_words.CHILD_AGE_MAX)
            or word in alert_words.CHILD_AGE_WORDS):
        return False
    if said[at + 1:at + 2] != () and said[at + 1] in alert_words.NOT_AN_AGE_AFTER:
        return False  # "he is 5 minutes away"
    before = said[max(0, at - 2):at]
    if before[-1:] == ("is",):
        before = before[:-1]
    return before[-1:] != () and before[-1] in alert_words.AGE_SAID_BY


def _apposed_ages(text: str) -> set[tuple[str, str]]:
    """A person word and a child's age set off after it ("one of our players, 11,
    went ...", "my cousin (9)"): each such pair, lowercased."""
    return {(person.lower(), age) for person, age in alert_words.APPOSED_AGE.findall(text)
            if (person.lower() in alert_words.AGE_APPOSED_TO
                # a name ("Tomas, 13,"), not a numbered place ("Room 12")
                or (person[:1].isupper() and person[1:].islower()
                    and person.lower() not in alert_words.NUMBERED_NOT_NAMES))
            and 0 < int(age) <= alert_words.CHILD_AGE_MAX}


def _own_room_vacated(said: tuple[str, ...], at: int) -> bool:
    """Whether the evacuating at ``at`` has one's own room as its object ("evacuate my
    hotel room", "evacuating our suite"): a room vacated, as at checkout."""
    after = said[at + 1:at + 4]
    return (after[:1] != () and after[0] in alert_words.POSSESSIVES
            and not alert_words.OWN_ROOMS.isdisjoint(after[1:]))


def _serviced(said: tuple[str, ...]) -> bool:
    """Whether a servicing word (a test, an installation, a battery ...) is said, and no
    call for help: "we will test the smoke detectors", not "smoke alarm going off, help"."""
    return not alert_words.SERVICING.isdisjoint(said) and not _calls_for_help(said)


def _noticed(said: tuple[str, ...], at: int) -> bool:
    """Whether the condition at ``at`` is what someone notices or is trained to notice:
    a detecting word up to three words before it ("detects seizures", "trained to sense
    a seizure"), or "alert(s) to" just before it."""
    before = said[max(0, at - 4):at]
    return (not alert_words.DETECTING.isdisjoint(before[-3:])
            or "trained" in before
            or (before[-1:] == ("to",) and before[-2:-1] != ()
                and before[-2] in alert_words.ALERTING))


def _followed_by_a_thing(said: tuple[str, ...], at: int) -> bool:
    """Whether a thing that sends or shows (``alert_words.MACHINES``) comes a few words
    before the following word at ``at``, and no person or child anywhere before it."""
    return (any(w in alert_words.MACHINES for w in said[max(0, at - 6):at])
            and not any(w in _ANYONE for w in said[:at]))


def _followed_from_afar(said: tuple[str, ...], at: int) -> bool:
    """Whether the following at ``at`` is of an event watched from afar ("following
    from home", "I'll be following the proceedings online"): the active verb, a remote
    word a few words after it, and no person there ("following her from the hotel" is
    a stalker; "being followed home" is passive)."""
    if said[at] not in ("following", "follow", "follows"):
        return False
    after = said[at + 1:at + 1 + alert_words.FOLLOWED_FROM_AFAR_REACH]
    from_home = any(after[k:k + 2] in alert_words.FOLLOWED_FROM_HOME for k in range(len(after)))
    return ((from_home or not alert_words.FOLLOWED_FROM_AFAR.isdisjoint(after))
            and not _followed_person(after))


def _aching(said: tuple[str, ...], at: int) -> bool:
    """Whether an ache follows the word at ``at``, a copula between or not ("arms are
    sore", "arms hurt")."""
    after = said[at + 1:at + 3]
    if after[:1] and after[0] in alert_words.COPULAS_BEFORE_ACHE:
        after = after[1:]
    return after[:1] != () and after[0] in alert_words.ACHES


def _ruled(said: tuple[str, ...], at: int) -> bool:
    """Whether a rule word follows the word at ``at`` within two words ("flames not
    allowed", "are candles permitted")."""
    return not alert_words.RULE_WORDS.isdisjoint(said[at + 1:at + 4])


def _own_protection(said: tuple[str, ...]) -> bool:
    """"my bodyguard", "our close protection officer", "mi escolta": one's own guard."""
    return any(word in alert_words.OWN
               and not alert_words.PROTECTION.isdisjoint(said[at + 1:at + 4])
               for at, word in enumerate(said))


# The words of a protected person or an official ("minister", "foreign minister",
# "head of", "director"), besides the possessives and particles among office holders.
_PRINCIPALS = frozenset(
    w for name in ("protected", "official") for alt in CONCEPTS[name] for w in alt
    if w not in ("of", "state", "general"))
# The words after "the minister" that make them another's ("the minister from Chile").
_ANOTHERS = frozenset((w,) for w in "of from for de du del des".split())
# What the lexicon joins "left my" into ("I left my scarf in the hall": lost).
_LEFT_MY = JOINED_TERMS[("left", "my")]
_NO_TOPIC = AlertTopic(id="", topic="", answer="", triggers=(), kind=AlertKind.URGENT)
_EVACUATED_STEMS = frozenset(stem(w) for w in ("evacuated", "evacuate", "evacuating"))
_WOULD_WE = frozenset(("would", who) for who in ("i", "we", "you"))
_FOLLOW_STEM = stem("following")
_FIND_STEM = stem("find")
_FALL_STEMS = frozenset(stem(w) for w in ("fell", "fallen", "falls", "fall"))
_ATTACK_STEMS = frozenset(stem(w) for w in ("attack", "attacks", "bombing", "shooting"))
_POSSESSIVE_PAIRS = frozenset((w,) for w in alert_words.POSSESSIVES)
_SMOKE_STEMS = frozenset(stem(w) for w in ("smoke", "fire"))


def _said_of_a_thing(before: tuple[str, ...]) -> bool:
    """Whether the first of the words before "not moving" or "not responding" that names
    a thing that stalls (a queue, a lift, a machine) or a person names the thing: "the
    queue at the visitors entrance is not moving", not "the man in the lift is not
    moving". A person word before a place names the place ("the visitors entrance")."""
    for at, word in enumerate(before):
        if word in alert_words.STALLING or word in alert_words.MACHINES:
            return True
        if word in _ANYONE and before[at + 1:at + 2] not in _PLACE_PAIRS:
            return False
    return False


def _in_idiom(said: tuple[str, ...], at: int) -> bool:
    """Whether the word at ``at`` is inside one of ``alert_words.IDIOMS``."""
    return any(said[start:start + len(idiom)] == idiom
               for idiom in _IDIOMS_WITH.get(said[at], ())
               for start in range(max(0, at - len(idiom) + 1), at + 1))


# Each idiom under each of its words: only those with the word at hand are looked at
# (all of them, for every word of every message, took a fifth of the alert stage).
_IDIOMS_WITH: dict[str, list[tuple[str, ...]]] = {}
for _idiom in alert_words.IDIOMS:
    for _word in set(_idiom):
        _IDIOMS_WITH.setdefault(_word, []).append(_idiom)


def head_compounds_removed(message: str) -> str:
    """The message without the words a head-first compound makes a place or a drill of
    ("l'exercice d'incendie" loses "incendie"), for its English reading, which would
    keep the alert word and lose the head ("exercise" is no conference word); nor the
    loss word of a death in a past attack ("perdí a mi hijo en el atentado de 2004"
    loses "perdí"), whose reading keeps "lost" and "son" and loses the preposition.
    Unchanged when it has none."""
    said = words(message)
    kept = [word for at, word in enumerate(said)
            if not _after_a_head(said, at) and not _lost_to_violence(said, at)]
    return message if len(kept) == len(said) else " ".join(kept)


def _after_a_head(said: tuple[str, ...], at: int) -> bool:
    """A compound written head first ("plan de evacuación", "план эвакуации")."""
    if said[at] in alert_words.HEAD_BREAKS:
        return False  # "puerta sin control": what the door lacks, no compound
    if at and said[at - 1] in _HEADS_BEFORE:
        return True
    return at > 1 and said[at - 1] in alert_words.HEAD_LINKS and said[at - 2] in _HEADS_BEFORE


def _on_a_device(said: tuple[str, ...], at: int) -> bool:
    """An alarm said of a machine: "my phone alarm", "the alarm on my laptop"; or one's
    own, which wakes one ("my alarm didn't ring", "mi alarma"): a building's alarm is
    never the speaker's own; or an alarm clock."""
    before = at > 0 and (said[at - 1] in alert_words.MACHINES
                         or said[at - 1] in alert_words.OWN_ALARM)
    if said[at + 1:at + 2] in (("clock",), ("clocks",)):
        return True
    after = (at + 2 < len(said) and said[at + 1] in ("on", "in", "from")
             and any(w in alert_words.MACHINES for w in said[at + 2:at + 4]))
    return before or after


def _figurative_fire(said: tuple[str, ...], at: int) -> bool:
    """"On fire" said of a talk or of who gave it, a few words before ("our panel was
    on fire today", "the debate in session 2 was on fire"): praise, not a blaze; "the
    kitchen is on fire" names a place and stays a fire."""
    if said[at] == "alight":  # "her speech set the room alight": praise
        return not alert_words.FIGURATIVE_FIRE_SUBJECTS.isdisjoint(said[max(0, at - 7):at])
    if at > 0 and said[at] == "fire" and said[at - 1] in alert_words.SLANG_FIRE_LINKS:
        # "the keynote was fire": slang praise, of a talk named just before (not "there
        # is fire", nor "I think there is fire": a person is no talk here)
        near = said[max(0, at - 4):at - 1]
        return (said[at - 2:at - 1] != ("there",)
                and any(w in alert_words.FIGURATIVE_FIRE_SUBJECTS
                        and w not in alert_words.SLANG_FIRE_NOT_SUBJECTS for w in near))
    if not (at > 0 and said[at] == "fire" and said[at - 1] == "on"):
        return False
    # "the sales team is on fire lately": a streak of good work, said with its time
    if said[at + 1:at + 2] != () and said[at + 1] in alert_words.STREAK_TIMES:
        return True
    before = said[max(0, at - 7):at - 1]
    # "my feet are on fire": one's own body part that aches.
    if any(w in alert_words.ACHING_ON_FIRE and n > 0 and before[n - 1] in alert_words.OWN
           for n, w in enumerate(before[-3:], start=max(0, len(before) - 3))):
        return True
    subjects = [n for n, w in enumerate(before) if w in alert_words.FIGURATIVE_FIRE_SUBJECTS]
    # "the session room is on fire": the talk's word names a place there.
    return bool(subjects) and (subjects[-1] + 1 == len(before)
                               or before[subjects[-1] + 1] not in _PLACES)


def _denies_urgency(said: tuple[str, ...]) -> bool:
    """A message that says it is not urgent ("the room is freezing, not urgent", "no es
    urgente") or is made in passing ("just fyi", "no rush"): not asked of the semantic
    check, whose meaning reads the discomfort as an emergency; its words are still read
    (a denial leaves the rest as it was)."""
    joined = " " + " ".join(said) + " "
    return (any(word in alert_words.URGENCY and _urgency_denied(said, at)
                for at, word in enumerate(said))
            # "the lift is stuck, just fyi": said in passing
            or not alert_words.IN_PASSING.isdisjoint(said)
            or any(phrase in joined for phrase in alert_words.IN_PASSING_PHRASES))


def _urgency_denied(said: tuple[str, ...], at: int) -> bool:
    """"non-urgent", "not urgent", "not an emergency": the word after a denial, an
    article between or not."""
    before = at - 1 if at and said[at - 1] in _IGNORED else at
    return before > 0 and said[before - 1] in alert_words.URGENCY_DENIED


def _figurative_weapon(said: tuple[str, ...], at: int) -> bool:
    """"Our best weapon against extremism": a weapon word after a superlative, or
    followed by "against" and no person: a means to a cause, not an arm."""
    if said[at] not in alert_words.FIGURATIVE_WEAPONS:
        return False
    if any(w in alert_words.FIGURATIVE_BEFORE for w in said[max(0, at - 2):at]):
        return True
    return (at + 2 < len(said) and said[at + 1] in alert_words.FIGURATIVE_AGAINST
            and said[at + 2] not in alert_words.PERSONS_AFTER)


def _heated(said: tuple[str, ...], at: int) -> bool:
    """"The Q&A in session II was explosive": a heated talk, not a bomb."""
    return (at > 0 and said[at] in alert_words.FIGURATIVE_BLAST
            and said[at - 1] in alert_words.LINKING_BEFORE
            and any(w in alert_words.FIGURATIVE_FIRE_SUBJECTS
                    for w in said[max(0, at - 7):at - 1]))


def _talk_triumphed(said: tuple[str, ...], at: int) -> bool:
    """"The keynote absolutely killed", "her panel slayed it": a talk that went down
    well, a few words after the talk, with no one after the verb and not in the passive
    ("the keynote speaker was killed" is a killing)."""
    return (said[at] in alert_words.TRIUMPHED
            and (at == 0 or said[at - 1] not in alert_words.PASSIVE_BEFORE)
            and any(w in alert_words.TALKS_TRIUMPHING for w in said[max(0, at - 4):at])
            and (at + 1 == len(said) or said[at + 1] in alert_words.AFTER_TRIUMPH
                 or said[at + 1] in alert_words.QUESTION_OPENERS))


def _asked_ahead(message: str) -> bool:
    """"Where is the nearest defibrillator marked on the map? I like to know in
    advance": life-saving kit asked about ahead of need (``alert_words.AHEAD_OF_NEED``),
    no one needs it now, unless the message calls for help."""
    return (bool(alert_words.AHEAD_OF_NEED.search(message))
            and not _calls_for_help(words(message)))


def _bomb_praised(said: tuple[str, ...], at: int) -> bool:
    """"The youth panel was the bomb": a talk praised, not a bomb ("the bag is the
    bomb" has no talk before it)."""
    if said[at] != "bomb" or at < 2:
        return False
    linked = at - 1 if said[at - 1] in alert_words.LINKING_BEFORE else at - 2
    # The talk itself is the subject, a few words before the linking word: not "there
    # is a bomb", not "I got a text saying there is a bomb at the side event". "Is going
    # to be the bomb" puts two more words between.
    reach = 5 if said[max(0, linked - 2):linked] == ("going", "to") else 3
    return (said[linked] in alert_words.LINKING_BEFORE
            and (linked == at - 1 or said[at - 1] in alert_words.BOMB_PRAISED_BEFORE)
            and said[linked - 1] != "there"
            and said[at + 1:at + 2] not in _BOMB_COMPOUNDS
            and any(w in alert_words.TALKS_TRIUMPHING or w in alert_words.PARTIES
                    for w in said[max(0, linked - reach):linked]))


def _flop(said: tuple[str, ...], at: int) -> bool:
    """"My talk is going to bomb", "the opening didn't bomb", "my pitch bombed": a talk
    that flops or did not, not a bomb ("the hall was bombed" is passive: no flop)."""
    if at > 0 and said[at] == "bombed" and said[at - 1] in alert_words.FLOP_SUBJECTS:
        return True
    return (at > 0 and said[at].startswith("bomb") and said[at - 1] in alert_words.FLOP_BEFORE
            and stem(said[at]) == "bomb"
            and any(w in alert_words.FLOP_SUBJECTS for w in said[max(0, at - 6):at - 1]))


# "Where is (it) possible / best / allowed ...": where one may do a thing, never where
# someone is ("my minister wants to meet another minister, where is possible?").
# Not "where is it?" alone: "does the Secretary-General use a lift of his own, and
# where is it?"
_WHERE_ONE_MAY = frozenset(
    "possible best better allowed permitted ok okay good easiest".split())


def _where_one_may(after: tuple[str, ...]) -> bool:
    """Whether the words after "where is" say it asks where one may do a thing."""
    said = after[1:] if after[:1] == ("it",) else after
    return bool(said) and said[0] in _WHERE_ONE_MAY


def _where_is_asked(said: tuple[str, ...], joined: str) -> tuple[set[int], bool]:
    """Where the words ask where a person is ("where is", "où se trouve", "在哪"), by
    position, and whether it is asked in unspaced text: nowhere in a sentence that
    names a talk or a published document ("where is the Secretary-General speaking?",
    "où est le discours du Président ?" ask for the programme)."""
    found = {start for start, word in enumerate(said) if word in _WHERE_IS_FIRST
             and any(said[start:start + len(alt)] == alt
                     and not _where_one_may(said[start + len(alt):start + len(alt) + 2])
                     for alt in _WHERE_IS_FIRST[word])}
    # "where's the Secretary-General?" reads "where secretary general": a bare "where"
    # right before the person asks where they are too.
    found |= {start for start, word in enumerate(said[:-1])
              if word == "where" and said[start + 1] in _PROTECTED_FIRST}
    in_unspaced = any(w in joined for w in _WHERE_IS_UNSPACED)
    if not (found or in_unspaced):
        return set(), False
    if _names_public_item(said) or any(w in joined for w in _PUBLIC_UNSPACED):
        return set(), False
    return found, in_unspaced


def _size(trigger: _Trigger) -> int:
    return sum(min(len(alt) for alt in group) for group in trigger.groups)


@dataclass(frozen=True)
class _Words:
    """A text as the triggers see it: per position, the trigger words that word stands
    for; ``present``: every trigger word found anywhere in it."""

    stands: tuple[frozenset[str], ...]
    present: frozenset[str]
    # Whether a word that names an alert was read as none here by its neighbours
    # ("do the ushers know CPR?", "smoking hot", "missing the deadline"): the words
    # have read the alert word and settled it, so meaning is not asked again.
    guarded: bool = False
    # How many of its words only say where ("conference room 2", "3rd floor lobby"):
    # a word cried alone keeps its force with them ("MEDIC!!! conference room 2").
    located: int = 0

    def has_all(self, alternative: Alternative) -> bool:
        """One word present, or all the words of a short phrase, in order."""
        if len(alternative) == 1:
            return alternative[0] in self.present
        return self.in_order(alternative)

    def has_groups(self, trigger: _Trigger) -> bool:
        """One alternative of each of the trigger's groups, each group at a word of its
        own: "@sign + @sign" needs two signs, not one sign read twice."""
        if not all(not words_.isdisjoint(self.present)
                   or any(self.in_order(phrase) for first in phrases.keys() & self.present
                          for phrase in phrases[first])
                   for words_, phrases in trigger.split):
            return False
        groups = trigger.groups
        if len(groups) == 1:
            return True
        places = [self._places(group) for group in groups]
        return _distinct(places, 0, frozenset())

    def _places(self, group: tuple[Alternative, ...]) -> set[object]:
        """Where a group is found: the first word of each alternative found, or the
        word itself for one found inside unspaced text (no position of its own)."""
        places: set[object] = set()
        for alt in group:
            if not self.has_all(alt):
                continue
            at = {n for n, stands in enumerate(self.stands) if alt[0] in stands}
            places.update(at or {alt})
        return places

    def in_order(self, words_: Alternative) -> bool:
        """The words in this order, each within ``MAX_GAP`` words of the one before
        (``NEGATED_GAP`` of a "not")."""
        if not self.present.issuperset(words_):
            return False
        if len(words_) == 1:
            return True
        for start, first in enumerate(self.stands):
            if words_[0] not in first:
                continue
            at = start
            for before, word in pairwise(words_):
                gap = NEGATED_GAP if before == "not" else MAX_GAP
                found = next((i for i in range(at + 1, min(len(self.stands), at + 2 + gap))
                              if word in self.stands[i]), None)
                if found is None:
                    break
                at = found
            else:
                return True
        return False


def _raises(trigger: _Trigger, whole: _Words, sentences: list[_Words],
            asked: bool = False, cried: bool = True) -> bool:
    """``asked``: the message is a question; a word on its own with others around it
    then asks about a service ("doctor on site?"), not for it ("medic!!", "doctor??").
    ``cried``: the message has an exclamation mark or is in capitals; a concept's word
    on its own ("@doctor!") raises its topic only so, since a bare "doctor" is how one
    asks where the doctor is."""
    said = len(whole.stands) - (whole.located if cried else 0)
    if trigger.alone and (said > SHORT_MESSAGE_WORDS
                          or (asked and len(whole.stands) > 1)
                          or (trigger.concept and not cried)):
        return False
    if trigger.concept:
        # A short message is one thought however it is punctuated: "smoke!! 3rd floor".
        read = [whole] if len(whole.stands) <= ONE_THOUGHT_WORDS else sentences
        return any(sentence.has_groups(trigger) for sentence in read)
    return whole.in_order(trigger.groups[0][0])


def _distinct(places: list[set[object]], n: int, used: frozenset[object]) -> bool:
    """Whether each group can have a place of its own (a few groups: a plain search)."""
    if n == len(places):
        return True
    return any(_distinct(places, n + 1, used | {p}) for p in places[n] - used)


_PUBLIC_UNSPACED = tuple(w for w in alert_words.PUBLIC_ITEMS if unspaced(w))
_WHERE_IS_UNSPACED = tuple(alt[0] for alt in _WHERE_IS_WORDS if unspaced(alt[0]))
_WHERE_IS_FIRST: dict[str, list[Alternative]] = {}
for _alt in _WHERE_IS_WORDS:
    if not unspaced(_alt[0]):
        _WHERE_IS_FIRST.setdefault(_alt[0], []).append(_alt)
# The ``@now`` words as ``_calls_for_help`` looks for them: spaced words as whole
# words, unspaced ones anywhere.
_NOW_PHRASES = tuple(alt[0] if unspaced(alt[0]) else f" {' '.join(alt)} "
                     for alt in CONCEPTS["now"])
_PROTECTED_FIRST = frozenset(alt[0] for alt in CONCEPTS["protected"])
_EXTRACTION_WORDS = frozenset(alt[0] for alt in CONCEPTS["extraction"] if len(alt) == 1)
_EXTRACTION_STEMS = frozenset(stem(w) for w in _EXTRACTION_WORDS)
# Harassment words, by stem: after a machine ("the wifi keeps harassing me") they are
# a figure of speech.
_BOMB_COMPOUNDS = frozenset((w,) for w in alert_words.BOMB_COMPOUNDS)
_KIT_WORDS = frozenset(alt[-1] for alt in CONCEPTS["kit"])
_HARASS_STEMS = frozenset(stem(alt[0]) for name in ("harass", "victimised")
                          for alt in CONCEPTS[name] if len(alt) == 1)
# Answering words: before a phone or a message they say nothing of a person's state.
_UNANSWERED_STEMS = frozenset(stem(w) for w in alert_words.UNANSWERED)
_MOVING_STEMS = frozenset(stem(w) for w in ("moving", "move", "moved"))
_CHILDREN = frozenset(alt[0] for alt in CONCEPTS["child"] if len(alt) == 1)
_AGES = frozenset("year years yr yrs old little one".split())
# A word written with a possessive ending ("son's", "daughters'", "son’s").
_POSSESSIVE_WORD = re.compile(r"(\w+)(?:['’]s|s['’])(?=\s+\w)")
# Alarm words: said of a phone or a laptop they are a reminder, not a building's alarm.
_DEVICE_ALARM_STEMS = frozenset(stem(w) for w in alert_words.DEVICE_ALARMS)
_HEADS_BEFORE = frozenset(w for n in alert_words.HEADS_BEFORE for w in words(n))
# Things left that may be suspicious (``@item``), one word each.
_ITEMS = frozenset(alt[0] for alt in CONCEPTS["item"] if len(alt) == 1)
_PLACES = frozenset(alt[0] for alt in CONCEPTS["place"] if len(alt) == 1)
# Fire words used as intensifiers before an adjective ("burning hot", "smoking hot").
_INTENSIFIER_STEMS = frozenset(stem(w) for w in alert_words.INTENSIFIERS)
# Person words (``@person``), and the nouns a person word before them makes a place of.
_PERSONS = frozenset(alt[0] for alt in CONCEPTS["person"] if len(alt) == 1)
_PLACE_NOUNS = _PLACES | alert_words.PLACE_HEADS
_PLACE_PAIRS = frozenset((w,) for w in _PLACE_NOUNS)
_WHERE_WORDS = _PLACE_NOUNS | alert_words.WHERE_WORDS
# Persons a grasping word may take for its object ("grabbed a woman", "touching the
# interns"): ``@person`` and the harassment trigger's persons.
_GRASPED_PERSONS = _PERSONS | frozenset("""
    colleague colleagues intern interns women woman girls girl people someone participants
    delegates delegate volunteer volunteers staff everyone anyone
    mum mom mummy mommy mother dad daddy father parent parents family grandma grandpa
    grandmother grandfather
""".split())
# Anyone a word names, grown or a child: what a thing done to it makes a person's matter.
_ANYONE = _GRASPED_PERSONS | _CHILDREN
