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

Every word matches by its stem or as a typo (one edit, from six letters); a word in a
script written without spaces (Chinese) is found inside the message. With the semantic
extra, a message much closer in meaning to an urgent topic's triggers than to any FAQ
entry raises it too (``ALERT_MARGIN``): other wordings, and the other UN languages.
(Not a sensitive one: refusing an ordinary question costs more than letting a
sensitive one through to matching, which rarely answers it.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.models import AlertKind, AlertTopic
from bot.core.text import stem, words

# Words a trigger may leave out ("a man collapsed" is "man collapsed"): articles and
# the like. Negations and pronouns stay: "not breathing" needs its "not".
_IGNORED = frozenset("a an the this that these those some any".split())
# Words another word may stand between, for two words of a trigger to still be together.
MAX_GAP = 3
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
# A word written alone ("fire!") raises its topic only in a message of at most this
# many words.
SHORT_MESSAGE_WORDS = 3
_SENTENCE = re.compile(r"[.!?;\n]+")


Alternative = tuple[str, ...]  # one word, or a few in order ("man down", "pga" expanded)


@dataclass(frozen=True)
class _Trigger:
    """``groups``: for a phrase, one group of one alternative, its words in order; for
    a concept, one alternative of each group, in any order."""

    topic: AlertTopic
    groups: tuple[tuple[Alternative, ...], ...]
    concept: bool = False
    alone: bool = False


def trigger_words(text: str) -> tuple[str, ...]:
    """The words of a trigger or a message, as matched (folded, contractions and chat
    abbreviations expanded, articles left out)."""
    return tuple(w for w in words(text) if w not in _IGNORED)


def parse_trigger(text: str) -> tuple[tuple[tuple[Alternative, ...], ...], bool, bool]:
    """(groups, concept, alone) of one trigger as the organisers wrote it (see above)."""
    if "+" in text or "/" in text:
        groups = tuple(
            tuple(words_ for part in group.split("/") if (words_ := trigger_words(part)))
            for group in text.split("+")
        )
        return tuple(g for g in groups if g), True, False
    alone = text.rstrip().endswith("!")
    phrase = trigger_words(text)
    return ((phrase,),) if phrase else (), False, alone


class AlertIndex:
    """The organisers' urgent and sensitive topics, ready to check messages against.

    A message is checked against every trigger, so the work per message is done once:
    which trigger words each of its words stands for (itself, its stem, or a typo of
    one, found in the triggers' vocabulary at C speed).
    """

    def __init__(self, topics: Sequence[AlertTopic]) -> None:
        self.topics = tuple(topics)
        triggers = []
        for topic in self.topics:
            for trigger in topic.triggers:
                groups, concept, alone = parse_trigger(trigger)
                if groups:
                    triggers.append(_Trigger(topic, groups, concept, alone))
        # Urgent first, then the most specific (most words) trigger first.
        order = {AlertKind.URGENT: 0, AlertKind.SENSITIVE: 1}
        self._triggers = sorted(triggers, key=lambda t: (order[t.topic.kind], -_size(t)))
        self._by_id = {t.id: t for t in self.topics}
        vocabulary = {w for t in triggers for g in t.groups for alt in g for w in alt}
        self._by_stem: dict[str, set[str]] = {}
        for word in vocabulary:
            self._by_stem.setdefault(stem(word), set()).add(word)
        self._typo_targets = sorted(w for w in vocabulary
                                    if len(w) >= MIN_CHARS_FOR_ONE_EDIT and w.isalpha())
        self._unspaced = sorted(w for w in vocabulary if _unspaced(w))

    def topic(self, topic_id: str) -> AlertTopic | None:
        return self._by_id.get(topic_id)

    def find(
        self,
        message: str,
        similarities: Mapping[str, float] | None = None,
        closest_entry: float = 1.0,
    ) -> AlertTopic | None:
        """The topic the message raises, if any.

        ``similarities`` (topic id -> cosine to its closest trigger) and
        ``closest_entry`` (the cosine to the closest FAQ item) come from the semantic
        extra when it is installed.
        """
        said = trigger_words(message)
        if said:
            whole = self._read(said)
            sentences = [self._read(s) for part in _SENTENCE.split(message)
                         if (s := trigger_words(part))] or [whole]
            for trigger in self._triggers:
                if _raises(trigger, whole, sentences):
                    return trigger.topic
        if similarities:
            close = [(score, self._by_id[i]) for i, score in similarities.items()
                     if i in self._by_id and self._by_id[i].kind is AlertKind.URGENT
                     and score - closest_entry >= ALERT_MARGIN]
            if close:
                return max(close, key=lambda c: c[0])[1]
        return None

    def _read(self, said: tuple[str, ...]) -> _Words:
        """Per word of the text, the trigger words it stands for."""
        stands: list[frozenset[str]] = []
        for word in said:
            found = {word} | self._by_stem.get(stem(word), set())
            if len(word) >= MIN_CHARS_FOR_ONE_EDIT - MAX_EDITS and word.isalpha():
                found.update(hit for hit, _d, _i in process.extract(
                    word, self._typo_targets, scorer=OSA.distance, score_cutoff=MAX_EDITS,
                    limit=None))
            stands.append(frozenset(found))
        joined = "".join(said)
        whole = frozenset(w for w in self._unspaced if w in joined)
        return _Words(tuple(stands), frozenset().union(whole, *stands))


def _size(trigger: _Trigger) -> int:
    return sum(min(len(alt) for alt in group) for group in trigger.groups)


@dataclass(frozen=True)
class _Words:
    """A text as the triggers see it: per position, the trigger words that word stands
    for; ``present``: every trigger word found anywhere in it."""

    stands: tuple[frozenset[str], ...]
    present: frozenset[str]

    def has_all(self, alternative: Alternative) -> bool:
        """One word present, or all the words of a short phrase, in order."""
        if len(alternative) == 1:
            return alternative[0] in self.present
        return self.in_order(alternative)

    def in_order(self, words_: Alternative) -> bool:
        """The words in this order, each within ``MAX_GAP`` words of the one before."""
        if not all(w in self.present for w in words_):
            return False
        if len(words_) == 1:
            return True
        for start, first in enumerate(self.stands):
            if words_[0] not in first:
                continue
            at = start
            for word in words_[1:]:
                found = next((i for i in range(at + 1, min(len(self.stands), at + 2 + MAX_GAP))
                              if word in self.stands[i]), None)
                if found is None:
                    break
                at = found
            else:
                return True
        return False


def _raises(trigger: _Trigger, whole: _Words, sentences: list[_Words]) -> bool:
    if trigger.concept:
        return any(all(any(sentence.has_all(alt) for alt in group) for group in trigger.groups)
                   for sentence in sentences)
    if trigger.alone and len(whole.stands) > SHORT_MESSAGE_WORDS:
        return False
    return whole.in_order(trigger.groups[0][0])


def _unspaced(word: str) -> bool:
    """Written in a script without spaces between words (Chinese, Japanese)."""
    return any("\u3040" <= char <= "\u9fff" for char in word)
