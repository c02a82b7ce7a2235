"""The moderators' review: question groups, closing a group, teaching the bot,
suggestions from use and the stats. Shared by Discord and the command line.

Storage is reached through the ``ReviewLog`` port (:mod:`bot.storage.ports`); the
FAQ file through :mod:`bot.faqfile.editor`; what the bot serves through the
``FaqHolder``. Sending notices to askers is the front end's job: a closed group comes
back with the notices to send (one per asker), and the command line, which cannot
reach Discord, leaves them for the running bot to send.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import difflib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.core.answering import answer
from bot.core.grouping import QuestionKeys
from bot.core.matching import MatchIndex
from bot.core.models import FaqEntry, FeedbackKind, Session, Theme, title_of
from bot.errors import BotError
from bot.faqfile.editor import Edit, NewEntry, add_alternate, add_entry
from bot.review.chart import DEFAULT_DAYS, TOP_GROUPS, ChartData, TopGroup, chart_data
from bot.review.groups import QuestionGroup, build_groups, group_of, people
from bot.review.notices import Notice, plan_notices_in
from bot.review.suggestions import Suggestion, build_suggestions
from bot.review.wording import clean_question
from bot.served import Clock, FaqHolder, utc_now
from bot.storage import (
    MAX_LIMIT,
    Closing,
    Feedback,
    QuestionRecord,
    Stats,
    Status,
    SuggestionDecision,
)
from bot.storage.ports import ReviewLog

# The window of "Last 24 hours" in the stats.
DAY = dt.timedelta(days=1)


class ReviewError(BotError):
    """A moderator's request that cannot be done; the message says why, in one line."""


class NoSuchQuestionError(ReviewError):
    def __init__(self, question_id: int) -> None:
        super().__init__(f"no question with id {question_id}")
        self.question_id = question_id


def questions(count: int) -> str:
    return f"{count} question{'s' if count != 1 else ''}"


@dataclass(frozen=True)
class Taught:
    """An edit of the FAQ file made from the review, and whether the bot now answers."""

    edit: Edit
    entry_id: str
    reloaded: bool  # the running bot serves the edited file now
    answers: bool | None = None  # the question taught is answered by the entry now
    live: bool = True  # False: a separate process (the command line) made the edit

    def summary(self, quote: Callable[[str], str] = repr) -> str:
        """One line for the moderator; ``quote`` shows the wording (Discord makes it
        inert: it is an attendee's question)."""
        said = self.edit.summary(quote)
        said = said[:1].upper() + said[1:]
        if not self.edit.changed:
            return f"{said}; the file is unchanged."
        where = f" ({self.edit.before.shown}, line {self.edit.line})" if self.edit.line else ""
        line = f"{said}{where}"
        if not self.live:
            line += "; the running bot loads it within FAQ_POLL_SECONDS"
        elif self.reloaded:
            line += "; the FAQ is reloaded"
        if self.answers is True:
            line += f" and the bot now answers it with `{self.entry_id}`"
        elif self.answers is False:
            line += f", but the bot still does not answer it with `{self.entry_id}` (try " \
                "`conference-bot ask`)"
        return line + "."


@dataclass(frozen=True)
class Closed:
    """A group resolved or dismissed: what was closed and who is to be told."""

    group: QuestionGroup  # as it was before closing
    records: tuple[QuestionRecord, ...]
    status: Status
    faq_id: str | None
    reply: str | None  # what the askers are told, besides the entry's answer
    notices: tuple[Notice, ...]  # one per Discord asker; empty when there is nothing to tell
    taught: Taught | None = None
    deferred: bool = False  # the notices are left for the running bot to send

    @property
    def people(self) -> int:
        return self.group.people

    @property
    def tells(self) -> bool:
        """Whether there is anything to tell the askers (an entry, an answer, a reason)."""
        return self.faq_id is not None or bool(self.reply)

    def summary(self, notified: str, quote: Callable[[str], str] = repr) -> str:
        """"Resolved 3 questions from 3 people (group #12) with `wifi`; 3 notified.\""""
        verb = "Resolved" if self.status is Status.RESOLVED else "Dismissed"
        line = (f"{verb} {questions(len(self.records))} from {people(self.people)} "
                f"(group #{self.group.id})")
        if self.faq_id is not None:
            line += f" with `{self.faq_id}`"
        line += f"; {notified}."
        if self.taught is not None:
            line = f"{self.taught.summary(quote)} {line}"
        return line


@dataclass(frozen=True)
class StatsReport:
    day: Stats
    overall: Stats
    chart: ChartData
    not_helpful: tuple[Feedback, ...]
    top_day: tuple[TopGroup, ...]  # open groups most people asked in the last 24 hours
    top_overall: tuple[TopGroup, ...]


class ReviewService:
    """The moderators' review over the question log and the organisers' FAQ file."""

    def __init__(
        self,
        log: ReviewLog,
        faq: FaqHolder,
        *,
        faq_path: Path,
        clock: Clock = utc_now,
        after_edit: Callable[[], Awaitable[bool]] | None = None,
        live: bool = True,
    ) -> None:
        """``after_edit`` loads an edit of the FAQ file into ``faq`` (the bot reloads it)
        and says whether it did. ``live``: ``faq`` is what the running bot serves; the
        command line passes False (the bot's own watcher picks an edit up within
        ``FAQ_POLL_SECONDS``)."""
        self._log = log
        self.faq = faq
        self.faq_path = faq_path
        self._clock = clock
        self._after_edit = after_edit
        self._live = live
        self._keys: tuple[MatchIndex, QuestionKeys] | None = None
        self._editing = asyncio.Lock()  # one edit of the FAQ file at a time

    def now(self) -> dt.datetime:
        return self._clock()

    @property
    def index(self) -> MatchIndex:
        return self.faq.current.index

    def keys(self) -> QuestionKeys:
        """How the engine reads questions, for the FAQ being served."""
        index = self.index
        if self._keys is None or self._keys[0] is not index:
            self._keys = (index, QuestionKeys(index))
        return self._keys[1]

    # -- groups ---------------------------------------------------------------------

    async def groups(
        self, status: Status | None = Status.OPEN, *, limit: int = MAX_LIMIT,
        include: int | None = None,
    ) -> list[QuestionGroup]:
        """The question groups of one status (or all), most people first: the same
        grouping everywhere. ``include``: a question to group even if it is beyond the
        ``limit`` most asked."""
        records = await self._log.list(status, limit=limit)
        if include is not None and all(r.id != include for r in records):
            extra = await self._log.get(include)
            if extra is not None and (status is None or extra.status is status):
                records.append(extra)
        askers = await self._log.askers_of([r.id for r in records])
        return build_groups(records, askers, self.keys())

    async def group(self, question_id: int) -> QuestionGroup | None:
        """The group ``question_id`` is in now (its lead or any member), among the
        questions of its status."""
        record = await self._log.get(question_id)
        if record is None:
            return None
        return group_of(await self.groups(record.status, include=question_id), question_id)

    async def _group_or_refuse(self, question_id: int) -> QuestionGroup:
        group = await self.group(question_id)
        if group is None:
            raise NoSuchQuestionError(question_id)
        return group

    async def split(self, question_id: int, *, undo: bool = False) -> QuestionRecord:
        """Split a wrongly grouped question out (a group of its own from now on), or let
        it be grouped again."""
        record = await self._log.set_split(question_id, not undo)
        if record is None:
            raise NoSuchQuestionError(question_id)
        return record

    # -- closing ----------------------------------------------------------------------

    def check_entry(self, entry_id: str) -> FaqEntry | Session | Theme:
        """The entry the FAQ being served has with this id, or a ReviewError that
        suggests the closest ids."""
        kb = self.index.kb
        item = kb.item(entry_id)
        if item is None:
            ids = [e.id for e in kb.faq] + [s.id for s in kb.sessions] + [t.id for t in kb.themes]
            close = difflib.get_close_matches(entry_id, ids, n=3)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise ReviewError(f"no entry {entry_id!r} in {self.faq_path}{hint}")
        return item

    async def resolve(
        self,
        question_id: int,
        *,
        by: str,
        faq_id: str | None = None,
        answer_text: str | None = None,
        internal_note: str | None = None,
        add_alternate: bool = False,
        alternate_text: str | None = None,
        notify_later: bool = False,
    ) -> Closed:
        """Resolve the whole group ``question_id`` is in.

        ``answer_text`` is shown to the askers (with the entry's answer when there is an
        entry); ``internal_note`` only to moderators. ``add_alternate`` first teaches the
        bot: the lead question, cleaned (or ``alternate_text``), becomes an alternate of
        ``faq_id`` in the FAQ file, live at once. Refused (ReviewError or FaqEditError,
        nothing changed) when any part cannot be done.
        """
        if faq_id is not None:
            self.check_entry(faq_id)
        if add_alternate and faq_id is None:
            raise ReviewError("Say which FAQ entry the question belongs to (the FAQ id) to "
                              "add it as an alternate.")
        group = await self._group_or_refuse(question_id)
        taught = None
        if add_alternate and faq_id is not None:
            if group.sensitive:
                raise ReviewError("A sensitive question is never added to the FAQ file; "
                                  "resolve it without adding an alternate.")
            wording = alternate_text or clean_question(group.lead.question)
            taught = await self.teach(faq_id, wording, question=group.lead.question)
        return await self._close(group, Status.RESOLVED, by=by, faq_id=faq_id,
                                 reply=_text(answer_text), note=_text(internal_note),
                                 taught=taught, notify_later=notify_later)

    async def dismiss(
        self,
        question_id: int,
        *,
        by: str,
        reason: str | None = None,
        internal_note: str | None = None,
        notify_later: bool = False,
    ) -> Closed:
        """Dismiss the whole group; the askers are told only when there is a ``reason``
        for them (the internal note never reaches them)."""
        group = await self._group_or_refuse(question_id)
        return await self._close(group, Status.DISMISSED, by=by, faq_id=None,
                                 reply=_text(reason), note=_text(internal_note), taught=None,
                                 notify_later=notify_later)

    async def _close(
        self, group: QuestionGroup, status: Status, *, by: str, faq_id: str | None,
        reply: str | None, note: str | None, taught: Taught | None, notify_later: bool,
    ) -> Closed:
        tells = faq_id is not None or bool(reply)
        closed = await self._log.close_all(group.members, Closing(
            status, by=by, at=self._clock(), faq_id=faq_id, note=note, reply=reply,
            notify_later=notify_later and tells,
        ))
        notices: list[Notice] = []
        if tells:
            asks = await self._log.asks_of([r.id for r in closed])
            languages = {r.id: r.language for r in closed}
            notices = plan_notices_in((a, languages.get(record_id))
                                      for record_id, found in asks.items() for a in found)
        return Closed(group, tuple(closed), status, faq_id, reply, tuple(notices), taught,
                      deferred=notify_later)

    async def waiting_notices(self) -> list[Closed]:
        """Groups closed from the command line whose askers are still to be told, one
        batch per (status, entry, reply): each person is told once per batch."""
        batches: dict[tuple[Status, str | None, str | None], list[QuestionRecord]] = {}
        for record in await self._log.to_notify():
            batches.setdefault((record.status, record.faq_id, record.reply), []).append(record)
        waiting = []
        for (status, faq_id, reply), records in batches.items():
            asks = await self._log.asks_of([r.id for r in records])
            every = [a for found in asks.values() for a in found]
            languages = {r.id: r.language for r in records}
            asked = [(a, languages.get(record_id))
                     for record_id, found in asks.items() for a in found]
            askers = frozenset(
                str(a.origin.user_id) if a.origin.user_id is not None else a.origin.kind
                for a in every)
            group = QuestionGroup(tuple((r,) for r in records), askers)
            waiting.append(Closed(group, tuple(records), status, faq_id, reply,
                                  tuple(plan_notices_in(asked))))
        return waiting

    async def notices_sent(self, closed: Closed) -> None:
        """The askers of ``closed`` were told (or could not be): nothing left to send."""
        await self._log.notified([r.id for r in closed.records])

    # -- teaching the bot ---------------------------------------------------------------

    async def teach(self, entry_id: str, phrasing: str, *, question: str | None = None) -> Taught:
        """Add ``phrasing`` as an alternate of ``entry_id`` in the FAQ file and make it
        live; ``question`` (default: the phrasing) is then checked against the bot."""
        async with self._editing:
            edit = await asyncio.to_thread(add_alternate, self.faq_path, entry_id, phrasing)
            reloaded = await self._reload(edit)
        asked = question or phrasing
        answers = None
        if reloaded:
            result = answer(self.index, asked, self._clock())
            answers = result.answered and result.item_id == entry_id
        return Taught(edit, entry_id, reloaded, answers, self._live)

    async def new_entry(self, entry: NewEntry) -> Taught:
        """Add a new FAQ entry to the file and make it live."""
        async with self._editing:
            edit = await asyncio.to_thread(add_entry, self.faq_path, entry)
            reloaded = await self._reload(edit)
        return Taught(edit, entry.id, reloaded, live=self._live)

    async def _reload(self, edit: Edit) -> bool:
        if not edit.changed or self._after_edit is None:
            return False
        return await self._after_edit()

    # -- suggestions from use -------------------------------------------------------------

    async def suggestions(self) -> list[Suggestion]:
        picks = await self._log.feedback(FeedbackKind.SUGGESTION_CHOSEN, limit=MAX_LIMIT)
        votes = await self._log.feedback(FeedbackKind.NOT_HELPFUL, limit=MAX_LIMIT)
        open_questions = await self._log.open_asked_since(None)
        decided = await self._log.suggestion_decisions()
        return build_suggestions(picks=picks, votes=votes, open_questions=open_questions,
                                 index=self.index, keys=self.keys(), decided=decided,
                                 now=self._clock())

    async def _suggestion(self, key: str) -> Suggestion:
        found = next((s for s in await self.suggestions() if s.key == key.strip()), None)
        if found is None:
            raise ReviewError(f"There is no open suggestion {key!r} (decided already, or no "
                              "longer suggested); see `faq suggestions`.")
        return found

    async def accept(
        self, key: str, *, by: str, faq_id: str | None = None, text: str | None = None
    ) -> Taught:
        """Accept a suggestion: its wording (or ``text``) becomes an alternate of its
        target entry (or ``faq_id``)."""
        suggestion = await self._suggestion(key)
        target = faq_id or suggestion.target
        if target is None:
            entries = " or ".join(f"`{e}`" for e in suggestion.entries)
            raise ReviewError(f"Say which entry should answer it (the FAQ id), e.g. {entries}.")
        self.check_entry(target)
        wording = _text(text) or suggestion.text
        taught = await self.teach(target, wording, question=suggestion.questions[0])
        await self._log.decide_suggestion(SuggestionDecision(
            suggestion.key, "accepted", by, self._clock(), entry_id=target, text=wording))
        return taught

    async def reject(self, key: str, *, by: str) -> Suggestion:
        """Reject a suggestion: it is remembered and not shown again."""
        suggestion = await self._suggestion(key)
        await self._log.decide_suggestion(
            SuggestionDecision(suggestion.key, "rejected", by, self._clock()))
        return suggestion

    # -- stats ------------------------------------------------------------------------------

    async def top_groups(self, since: dt.datetime | None, top: int) -> list[TopGroup]:
        """The open question groups most people asked since ``since`` (or ever)."""
        asked = await self._log.open_asked_since(since)
        records = [a.record for a in asked]
        askers = {a.record.id: a.askers for a in asked}
        asks = {a.record.id: a.asks for a in asked}
        ranked = [
            TopGroup(group.id, group.lead.question, group.people,
                     sum(asks[r.id] for r in group.records), len(group.records))
            for group in build_groups(records, askers, self.keys())
        ]
        ranked.sort(key=lambda g: (-g.people, -g.asks))
        return ranked[:top]

    async def stats(self, *, days: int = DEFAULT_DAYS, top: int = TOP_GROUPS) -> StatsReport:
        """The numbers of the last 24 hours and overall, with the top unanswered groups
        (grouped as everywhere), and the chart of the last ``days``."""
        now = self._clock()
        day = await self._log.stats(since=now - DAY, top=top)
        overall = await self._log.stats(top=top)
        start = now - dt.timedelta(days=days)
        chart = chart_data(
            await self._log.hourly(since=start), now=now, days=days,
            top=await self.top_groups(start, top),
            timezone=self.index.kb.conference.timezone,
        )
        not_helpful = await self._log.feedback(FeedbackKind.NOT_HELPFUL, limit=5)
        return StatsReport(day, overall, chart, tuple(not_helpful),
                           tuple(await self.top_groups(now - DAY, top)),
                           tuple(await self.top_groups(None, top)))

    def titles(self) -> dict[str, str]:
        return {i.id: title_of(i) for i in self.index.kb.items}


def _text(value: str | None) -> str | None:
    """Moderators' text as given, or None when it is empty."""
    return value.strip() if value is not None and value.strip() else None
