"""The FAQ being served: what a load gives (``LoadedFaq``), the holder a reload swaps
(``FaqHolder``), and what front ends may ask of it (``ServedFaq``).

Front ends (the Discord cogs, the chat console) ask ``ServedFaq`` for the programme,
the venue, entries and completions; they never reach through to the index or the
knowledge base, so how the FAQ is held and swapped is this module's business alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.core import programme
from bot.core.answering import answer, answer_for_item
from bot.core.completion import MAX_CHOICES, Completer, Entry
from bot.core.describe import day_label
from bot.core.matching import MatchIndex
from bot.core.models import (
    Answer,
    FaqEntry,
    ItemKind,
    KnowledgeBase,
    Room,
    Session,
    Theme,
    title_of,
)
from bot.core.translations import title_in
from bot.faqfile import Problem

Clock = Callable[[], dt.datetime]

# What an autocomplete offers when nothing narrows it: questions and sessions.
ASKABLE = frozenset({ItemKind.FAQ, ItemKind.SESSION})
SESSIONS = frozenset({ItemKind.SESSION})


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class LoadedFaq:
    """A validated FAQ file, indexed, with the warnings found while loading it."""

    path: Path
    index: MatchIndex
    warnings: tuple[Problem, ...]


# Questions the holder remembers (the most recent distinct ones, with the asker's
# language hint), to warm a reloaded FAQ with before it is served.
RECENT_QUESTIONS = 64

Asked = tuple[str, str | None]  # a question and the asker's app language, if known


class FaqHolder:
    """The FAQ currently served; replaced whole when a good edit is loaded.

    It also remembers the last questions asked: a freshly built index works out each
    entry's weighted phrasings and each word's expansions the first time a question
    needs them (at 5,000 entries a question's median 2.9 ms on a new index, 0.9 ms
    once warm), so a reload answers these on the new FAQ in its loading thread before
    it is served (``warm``), and the first replies after it are not the slow ones.
    """

    def __init__(self, faq: LoadedFaq) -> None:
        self._faq = faq
        self._recent: dict[Asked, None] = {}  # oldest first

    @property
    def current(self) -> LoadedFaq:
        return self._faq

    def replace(self, faq: LoadedFaq) -> None:
        self._faq = faq

    def asked(self, question: str, hint: str | None = None) -> None:
        """Remember ``question`` as the most recent (called on the event loop)."""
        key = (question, hint)
        self._recent.pop(key, None)
        self._recent[key] = None
        if len(self._recent) > RECENT_QUESTIONS:
            del self._recent[next(iter(self._recent))]

    def recent_questions(self) -> tuple[Asked, ...]:
        """The remembered questions, oldest first."""
        return tuple(self._recent)


def warm(faq: LoadedFaq, questions: Sequence[Asked], now: dt.datetime) -> None:
    """Answer ``questions`` on ``faq`` and drop the answers: what its index works out
    on demand for them is then ready. On the words alone (an embedding per question
    would be 10 ms each for nothing: the meaning is not cached by the index)."""
    for question, hint in questions:
        answer(faq.index, question, now, hint=hint, meaning=False)


class ServedFaq:
    """The read model of the FAQ being served, on the app's clock.

    Each query reads the FAQ current at the moment it is asked: a reload between two
    queries is seen by the second. A front end that lays out what an answer points to
    (times in the conference zone, a session's theme) reads :attr:`knowledge_base` once
    for that reply.
    """

    def __init__(self, holder: FaqHolder, clock: Clock = utc_now) -> None:
        self._holder = holder
        self._clock = clock
        self._completer: tuple[KnowledgeBase, Completer] | None = None

    def now(self) -> dt.datetime:
        return self._clock()

    @property
    def knowledge_base(self) -> KnowledgeBase:
        return self._holder.current.index.kb

    # -- answers ----------------------------------------------------------------------

    def answer(
        self, question: str, *, now: dt.datetime | None = None, hint: str | None = None,
        meaning: bool = True,
    ) -> Answer:
        """The pipeline's answer; ``hint``: the asker's app language, when known;
        ``meaning=False``: on the words alone (see ``bot.core.answering.answer``)."""
        self._holder.asked(question, hint)
        return answer(self._holder.current.index, question, now or self._clock(), hint=hint,
                      meaning=meaning)

    def show(self, item_id: str, *, language: str | None = None) -> Answer:
        """The answer one entry gives, as when an attendee picks it, in ``language``."""
        return answer_for_item(self._holder.current.index, item_id, language=language)

    def item(self, item_id: str) -> FaqEntry | Session | Theme | None:
        return self.knowledge_base.item(item_id)

    def items_matching(self, typed: str) -> list[FaqEntry | Session | Theme]:
        """Every entry, session and theme whose id or title has what was typed, in the
        file's order (for moderators, who name entries by id)."""
        kb = self.knowledge_base
        folded = typed.strip().lower()
        return [i for i in kb.items
                if not folded or folded in i.id or folded in title_of(i).lower()]

    def answerable(self, item_id: str) -> bool:
        """Whether ``item_id`` is an entry an answer can be shown for."""
        return self.knowledge_base.answerable(item_id) is not None

    # -- the programme ----------------------------------------------------------------

    def on_now(self, language: str | None = None) -> Answer:
        """What is on (or next, when nothing is), in the conference time zone."""
        return programme.now_answer(self.knowledge_base, self._clock(), language=language)

    def next_up(self, room: Room | None = None, language: str | None = None) -> Answer:
        """The sessions that start next, in ``room`` or anywhere."""
        return programme.next_answer(self.knowledge_base, self._clock(), room, language)

    def day(self, day: dt.date | None = None, language: str | None = None) -> Answer:
        """One day's programme; no day: today's during the conference, else all of it."""
        return programme.day_answer(self.knowledge_base, day, self._clock(), language)

    def venue(self, language: str | None = None) -> Answer:
        return programme.venue_answer(self.knowledge_base, language)

    def topics(self, language: str | None = None) -> Answer:
        return programme.topics_answer(self.knowledge_base, language)

    def day_named(self, text: str) -> dt.date | None:
        """The day someone typed ("friday", "tomorrow", "day 2", an ISO date); None when
        it names no day."""
        return programme.parse_day(self.knowledge_base, text, self._clock())

    def days_matching(self, typed: str, language: str | None = None) -> list[dt.date]:
        """The conference days whose date or label (in ``language``, or in English) has
        what was typed, in order."""
        folded = typed.strip().lower()
        return [
            d for d in sorted(self.knowledge_base.conference.dates)
            if not folded or folded in d.isoformat()
            or folded in day_label(d, language).lower()
            or folded in day_label(d).lower()
        ][:MAX_CHOICES]

    def room_named(self, text: str) -> Room | None:
        """A room by its id or its name as typed; None when none, or several, fit."""
        return programme.find_room(self.knowledge_base, text)

    def rooms_matching(self, typed: str, language: str | None = None) -> list[Room]:
        """The rooms whose name (in ``language``, or in English) or id has what was
        typed, in the file's order."""
        folded = typed.strip().lower()
        venue = self.knowledge_base.venue
        rooms = venue.rooms if venue else ()
        return [r for r in rooms if not folded or folded in r.name.lower() or folded in r.id
                or folded in title_in(r, language).lower()]

    # -- entries and completions --------------------------------------------------------

    def completer(self) -> Completer:
        """The completer of the FAQ being served, built once per load."""
        kb = self.knowledge_base
        if self._completer is None or self._completer[0] is not kb:
            self._completer = (kb, Completer.build(kb))
        return self._completer[1]

    def complete(
        self, typed: str, kinds: frozenset[ItemKind] = ASKABLE, *, limit: int = MAX_CHOICES
    ) -> list[Entry]:
        """The entries of these kinds that best fit what is typed so far, best first."""
        return self.completer().complete(typed, kinds, limit=limit)

    def entry_labelled(self, label: str) -> Entry | None:
        """The entry an autocomplete choice named (a choice's value is its label)."""
        return self.completer().by_label(label)

    def label_language(self, label: str) -> str | None:
        """The language of a translated autocomplete label (None: English, or none)."""
        return self.completer().label_language(label)

    def session_named(self, typed: str) -> Session | None:
        """The session an autocomplete value (its id, its label) or typed text names."""
        completer = self.completer()
        entry = completer.by_id(typed) or completer.by_label(typed)
        if entry is None or entry.kind is not ItemKind.SESSION:
            found = completer.complete(typed, SESSIONS, limit=1)
            entry = found[0] if found else None
        item = self.item(entry.item_id) if entry is not None else None
        return item if isinstance(item, Session) else None
