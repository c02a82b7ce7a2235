"""Frozen value types for the knowledge base and for answers.

Everything the front ends need to render an answer travels in these types, so the
Discord layer never re-derives facts from the FAQ file.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

# The six official languages of the United Nations, in the UN's own order. English is
# the FAQ file's main text; the other five are optional translations of it.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
ENGLISH = "en"
TRANSLATED_LANGUAGES = tuple(code for code in LANGUAGES if code != ENGLISH)
LANGUAGE_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                  "ru": "Russian", "es": "Spanish"}


@dataclass(frozen=True)
class Translation:
    """An item's text in one of the other UN languages, as the organisers wrote it.

    One type for every kind of item, each using the fields its English text has (an
    FAQ entry: question, alternates, keywords, answer; a session: title, alternates,
    description; ...). A field left out is shown in English. ``needs_review`` marks a
    draft the organisers' translators have not checked yet: it is used all the same.
    """

    language: str
    question: str | None = None
    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    answer: str | None = None
    title: str | None = None
    description: str | None = None
    summary: str | None = None
    name: str | None = None
    short_name: str | None = None
    notes: str | None = None
    directions: str | None = None
    needs_review: bool = False


def translation_in(
    translations: tuple[Translation, ...], language: str | None
) -> Translation | None:
    """The translation into ``language``, if the organisers wrote one."""
    if language is None or language == ENGLISH:
        return None
    return next((t for t in translations if t.language == language), None)


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    notes: str | None = None
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Venue:
    name: str
    address: str
    directions: str | None = None
    notes: str | None = None
    rooms: tuple[Room, ...] = ()
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Conference:
    name: str
    timezone: str
    dates: tuple[dt.date, ...]
    short_name: str | None = None
    summary: str | None = None
    website: str | None = None
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Theme:
    id: str
    title: str
    summary: str
    keywords: tuple[str, ...] = ()
    translations: tuple[Translation, ...] = ()


class SessionStatus(enum.Enum):
    """What attendees must know about a session before they set off for it."""

    SCHEDULED = "scheduled"
    DELAYED = "delayed"
    MOVED = "moved"
    CANCELLED = "cancelled"
    FULL = "full"


class Access(enum.Enum):
    """Who may walk in: anyone at the conference, those registered for it, or invitees."""

    OPEN = "open"
    REGISTRATION = "registration"
    CLOSED = "closed"


@dataclass(frozen=True)
class Session:
    id: str
    title: str
    day: dt.date
    start: dt.time
    end: dt.time
    room: str
    theme: str | None = None
    speakers: tuple[str, ...] = ()
    description: str | None = None
    alternates: tuple[str, ...] = ()
    translations: tuple[Translation, ...] = ()
    status: SessionStatus = SessionStatus.SCHEDULED
    status_note: str | None = None  # for attendees: "starts 15 minutes late"
    access: Access | None = None  # None: the file does not say
    capacity: int | None = None  # seats, when the file says

    @property
    def cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    alternates: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    category: str | None = None
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class GlossaryTerm:
    """A term of the conference's own vocabulary, with the other ways people say it.

    An abbreviation is one word ("FTF"); a synonym may be several ("returning
    fighters"). The matcher treats every form as the same concept, in questions and
    in the FAQ alike.
    """

    term: str
    abbreviations: tuple[str, ...] = ()
    synonyms: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.term, *self.abbreviations, *self.synonyms)


class AlertKind(enum.Enum):
    """Messages that never go through ordinary matching (see ``core.alerts``)."""

    URGENT = "urgent"  # an emergency: the fixed answer at once, and a human told
    SENSITIVE = "sensitive"  # a subject the bot must not discuss: a fixed polite reply


@dataclass(frozen=True)
class AlertTopic:
    """An urgent or sensitive topic the organisers defined: its fixed reply and the
    words and phrases that raise it."""

    id: str
    topic: str
    answer: str
    triggers: tuple[str, ...]
    kind: AlertKind
    translations: tuple[Translation, ...] = ()
    # Whole messages the organisers expect for this topic: compared by meaning (with the
    # semantic extra), never by words.
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """A validated FAQ file. Ids are unique across faq, sessions, themes and alerts."""

    conference: Conference
    venue: Venue | None = None
    themes: tuple[Theme, ...] = ()
    sessions: tuple[Session, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    alerts: tuple[AlertTopic, ...] = ()  # urgent topics first, then sensitive ones
    _by_id: Mapping[str, FaqEntry | Session | Theme] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _rooms: Mapping[str, Room] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_id: dict[str, FaqEntry | Session | Theme] = {}
        for item in self.items:
            by_id.setdefault(item.id, item)
        rooms = {room.id: room for room in self.venue.rooms} if self.venue else {}
        # frozen dataclass: the lookup tables are derived once, here.
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_rooms", rooms)

    def item(self, item_id: str) -> FaqEntry | Session | Theme | None:
        return self._by_id.get(item_id)

    @property
    def items(self) -> list[FaqEntry | Session | Theme]:
        """Every entry, session and theme, in the file's order (entries first)."""
        return [*self.faq, *self.sessions, *self.themes]

    def room(self, room: str) -> Room | None:
        """The room with this id, or None when the session names a free-text place."""
        return self._rooms.get(room)

    def room_name(self, room: str) -> str:
        found = self._rooms.get(room)
        return found.name if found else room

    def theme(self, theme_id: str | None) -> Theme | None:
        item = self._by_id.get(theme_id) if theme_id else None
        return item if isinstance(item, Theme) else None

    def held_in(self, theme_id: str) -> list[Session]:
        """The sessions of a theme that still take place: what a theme's answer gives."""
        return [s for s in self.sessions if s.theme == theme_id and not s.cancelled]

    def answerable(self, item_id: str) -> Item | None:
        """What an answer can come from: an FAQ entry, session or theme, else a room.

        A room shares the id space only where nothing else uses its id (a room and an
        FAQ entry may both be called "bilateral-rooms": the entry answers).
        """
        return self._by_id.get(item_id) or self._rooms.get(item_id)

    @property
    def answerable_rooms(self) -> tuple[Room, ...]:
        """The rooms that answer questions about themselves (see ``answerable``)."""
        rooms = self.venue.rooms if self.venue else ()
        return tuple(r for r in rooms if r.id not in self._by_id)


class Outcome(enum.Enum):
    """The three things the bot can do with a question."""

    ANSWER = "answer"
    SUGGEST = "suggest"
    UNKNOWN = "unknown"


class ItemKind(enum.Enum):
    FAQ = "faq"
    SESSION = "session"
    THEME = "theme"
    ROOM = "room"
    SCHEDULE = "schedule"  # a generated listing: now / next / a day
    ALERT = "alert"  # an urgent topic's fixed answer


Item = FaqEntry | Session | Theme | Room


def kind_of(item: Item) -> ItemKind:
    if isinstance(item, Session):
        return ItemKind.SESSION
    if isinstance(item, Theme):
        return ItemKind.THEME
    if isinstance(item, Room):
        return ItemKind.ROOM
    return ItemKind.FAQ


def title_of(item: Item) -> str:
    if isinstance(item, FaqEntry):
        return item.question
    if isinstance(item, Room):
        return item.name
    return item.title


class SmallTalk(enum.Enum):
    """A message that is not a question: it gets a friendly word, not an answer."""

    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    ACKNOWLEDGEMENT = "acknowledgement"
    ABOUT = "about"  # "who are you?", "are you a bot?": what the bot is and can do


@dataclass(frozen=True)
class Suggestion:
    id: str
    title: str
    score: float


@dataclass(frozen=True)
class AnsweredPart:
    """One item a question was answered from (a two-part question has two)."""

    id: str
    title: str
    score: float


@dataclass(frozen=True)
class Answer:
    """What the bot would say to one question.

    ``answered`` is true only for a confident answer. ``item_id`` names the entry
    that answers it (for a schedule listing, the first session listed). ``sessions``
    carries the sessions a schedule answer lists, so front ends can render times
    in each reader's own zone.
    """

    question: str
    outcome: Outcome
    score: float
    item_id: str | None = None
    kind: ItemKind | None = None
    title: str | None = None
    text: str | None = None
    sessions: tuple[Session, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    best_id: str | None = None  # best candidate even when not answered, for moderators
    also_ids: tuple[str, ...] = ()  # further entries a many-part question was answered from
    empty: bool = False  # nothing to answer ("hi", "?"): not worth logging
    small_talk: SmallTalk | None = None  # which friendly word an empty message gets
    parts: tuple[AnsweredPart, ...] = ()  # every item answered from, first part first
    reason: str | None = None  # why not answered, for moderators and tests
    # Urgent (answered with its fixed reply) or sensitive (refused with its fixed reply,
    # in ``text``); ``item_id``/``best_id`` is then the alert topic's id.
    alert: AlertKind | None = None
    # The question's language (``LANGUAGES``): detected, or forced (``ask --lang``); None
    # when nothing tells (no letters). Replies are in it, English when it is None.
    language: str | None = None
    # ``text`` is the English text although the asker's language is another (no
    # translation yet): front ends put a one-line note in the asker's language first.
    untranslated: bool = False
    # Where the one session answered stands at the moment asked ("starts at 10:00, in 8
    # minutes"), also first in ``text``: a front end that draws the session itself
    # shows it above its card.
    live: str | None = None
    # The programme has nothing on at the moment asked ("what's on now?" between
    # sessions, after the last one, before the first; "anything at 11pm?"): the reply
    # says so, and what comes next, and is no FAQ entry's answer. The asker still gets
    # it as an answer (never logged as a question the bot could not answer), but
    # ``ask --json`` reports it unanswered, kind ``nothing_on``, with what comes next as
    # its suggestions: the sessions listed answer another question ("what's next?").
    nothing_on: bool = False

    @property
    def reply_language(self) -> str:
        return self.language or ENGLISH

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER

    @property
    def from_an_entry(self) -> bool:
        """Confidently answered by an entry (a session's, a room's, the FAQ's): what
        ``ask --json`` reports as ``answered``. "Nothing is on right now" is not."""
        return self.answered and not self.nothing_on

    @property
    def next_ids(self) -> tuple[str, ...]:
        """What a "nothing is on" reply lists as coming next, first first."""
        return tuple(s.id for s in self.sessions) if self.nothing_on else ()


class OriginKind(enum.StrEnum):
    """Which front end a question came through. A ``StrEnum``: the database, the journal
    and the exports hold these very strings, so rows written before it read back."""

    CONSOLE = "console"
    DISCORD = "discord"


class FeedbackKind(enum.StrEnum):
    """What an attendee said about an answer (stored and exported by value)."""

    HELPFUL = "helpful"
    NOT_HELPFUL = "not_helpful"
    SUGGESTION_CHOSEN = "suggestion_chosen"  # which entry a did-you-mean meant


@dataclass(frozen=True)
class Origin:
    """Where a question came from. Discord ids only, never names (personal data)."""

    kind: OriginKind
    user_id: int | None = None
    channel_id: int | None = None
    guild_id: int | None = None
    message_id: int | None = None

    @classmethod
    def console(cls) -> Origin:
        return cls(kind=OriginKind.CONSOLE)


# -- what the bot records, as values: the service makes them, storage writes them --


@dataclass(frozen=True)
class QuestionAsked:
    """Someone asked a question the bot did not answer confidently."""

    question: str
    origin: Origin
    asked_at: dt.datetime
    best_id: str | None
    best_score: float | None
    outcome: str = "unknown"
    language: str | None = None  # the question's (``LANGUAGES``), None when unsure


@dataclass(frozen=True)
class QuestionCounted:
    """Someone asked a question (answered or not): counted, without its text, for stats."""

    outcome: str
    item_id: str | None
    origin_kind: OriginKind
    at: dt.datetime


@dataclass(frozen=True)
class FeedbackGiven:
    """Helpful / not helpful / which suggestion a did-you-mean meant."""

    kind: FeedbackKind
    question: str
    item_id: str | None
    origin: Origin
    at: dt.datetime
    answer: str | None = None


Write = QuestionAsked | QuestionCounted | FeedbackGiven
