"""Forms (Discord modals) moderators fill in: resolve a group, a new FAQ entry, a
suggestion's wording. Rendering and reading only: what a submitted form does is the
``submit`` coroutine the cog passes in.

Forms are prefilled from the group: the FAQ entry it is closest to, the lead question
cleaned of greetings and personal details (editable before it goes in the FAQ file).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import discord

from bot.discord_bot import messaging
from bot.discord_bot.render import MODAL_LABEL_CHARS, truncate
from bot.faqfile.editor import MAX_PHRASING_CHARS, NewEntry
from bot.faqfile.limits import MAX_ANSWER_CHARS
from bot.review.groups import QuestionGroup
from bot.review.wording import clean_question

log = logging.getLogger(__name__)

Interaction = discord.Interaction[Any]
TextInput = discord.ui.TextInput[discord.ui.Modal]
# A form left open this long is dropped (Discord keeps no state for it on our side).
FORM_TIMEOUT_S = 15 * 60
MAX_ENTRY_ID_CHARS = 60
MAX_REPLY_CHARS = 1500  # an answer or reason for the askers, with room for the framing
MAX_NOTE_CHARS = 1000
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again."
_SLUG_WORDS = re.compile(r"[a-z0-9]+")


def slug(text: str) -> str:
    """An entry id from a question: "Where is the cloakroom?" -> "where-is-the-cloakroom"."""
    words = _SLUG_WORDS.findall(text.lower())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > MAX_ENTRY_ID_CHARS:
            break
        out = f"{out}-{word}" if out else word
    return out or "new-entry"


def _value(field: TextInput) -> str | None:
    text = field.value.strip()
    return text or None


class _Form(discord.ui.Modal):
    # discord.py calls a Modal's on_error without an item, but types it as a View's.
    async def on_error(  # type: ignore[override]
        self, interaction: Interaction, error: Exception, /
    ) -> None:
        log.error("a form (%s) failed", self.title, exc_info=error)
        try:
            await messaging.say(interaction, SOMETHING_WENT_WRONG)
        except discord.HTTPException:
            log.warning("could not tell %s about the error", interaction.user.id)


@dataclass(frozen=True)
class ResolveInput:
    faq_id: str | None
    answer: str | None
    internal_note: str | None
    alternate: str | None  # the wording to add to the entry (None: add nothing)


ResolveSubmit = Callable[[Interaction, QuestionGroup, ResolveInput], Awaitable[None]]


class ResolveForm(_Form):
    """Resolve a whole group: the entry, an answer for the askers, a note for moderators,
    and the wording to teach the bot (prefilled with the lead question, cleaned)."""

    def __init__(
        self, group: QuestionGroup, submit: ResolveSubmit, *, entry_hint: str | None = None
    ) -> None:
        """``entry_hint``: the entry to fill in (the one the bot found closest)."""
        super().__init__(title=truncate(f"Resolve group #{group.id}", MODAL_LABEL_CHARS),
                         timeout=FORM_TIMEOUT_S)
        self._group = group
        self._submit = submit
        lead = group.lead
        self.faq_id: TextInput = discord.ui.TextInput(
            label="FAQ entry that answers it (optional)", required=False,
            default=entry_hint, max_length=MAX_ENTRY_ID_CHARS,
            placeholder="an entry id, e.g. wifi",
        )
        self.answer: TextInput = discord.ui.TextInput(
            label="Answer for the askers (optional)", style=discord.TextStyle.paragraph,
            required=False, max_length=MAX_REPLY_CHARS,
            placeholder="Sent to everyone who asked, with the entry's answer",
        )
        self.internal_note: TextInput = discord.ui.TextInput(
            label="Note for moderators only (optional)", style=discord.TextStyle.paragraph,
            required=False, max_length=MAX_NOTE_CHARS, placeholder="Never sent to attendees",
        )
        for field in (self.faq_id, self.answer, self.internal_note):
            self.add_item(field)
        self.alternate: TextInput | None = None
        if not group.sensitive:  # a sensitive question never goes in the FAQ file
            self.alternate = discord.ui.TextInput(
                label="Teach the bot: add this wording (or clear)", required=False,
                default=truncate(clean_question(lead.question), MAX_PHRASING_CHARS),
                max_length=MAX_PHRASING_CHARS,
            )
            self.add_item(self.alternate)

    async def on_submit(self, interaction: Interaction, /) -> None:
        values = ResolveInput(
            _value(self.faq_id), _value(self.answer), _value(self.internal_note),
            _value(self.alternate) if self.alternate is not None else None,
        )
        await self._submit(interaction, self._group, values)


EntrySubmit = Callable[[Interaction, QuestionGroup | None, NewEntry], Awaitable[None]]


class EntryForm(_Form):
    """A new FAQ entry, from a question group (prefilled) or from scratch."""

    def __init__(self, group: QuestionGroup | None, submit: EntrySubmit) -> None:
        title = "New FAQ entry" if group is None else f"New FAQ entry from group #{group.id}"
        super().__init__(title=truncate(title, MODAL_LABEL_CHARS), timeout=FORM_TIMEOUT_S)
        self._group = group
        self._submit = submit
        wordings: list[str] = []
        if group is not None:
            wordings = list(dict.fromkeys(clean_question(r.question) for r in group.records))
        question = truncate(wordings[0], MAX_PHRASING_CHARS) if wordings else None
        self.entry_id: TextInput = discord.ui.TextInput(
            label="Id (lowercase letters, digits, hyphens)", max_length=MAX_ENTRY_ID_CHARS,
            default=slug(question) if question else None, placeholder="e.g. cloakroom-hours",
        )
        self.question: TextInput = discord.ui.TextInput(
            label="Question", max_length=MAX_PHRASING_CHARS, default=question,
        )
        self.answer: TextInput = discord.ui.TextInput(
            label="Answer", style=discord.TextStyle.paragraph, max_length=MAX_ANSWER_CHARS,
        )
        self.alternates: TextInput = discord.ui.TextInput(
            label="Other phrasings, one per line (optional)", style=discord.TextStyle.paragraph,
            required=False, max_length=4000,
            default=truncate("\n".join(wordings[1:]), 4000) or None,
        )
        for field in (self.entry_id, self.question, self.answer, self.alternates):
            self.add_item(field)

    async def on_submit(self, interaction: Interaction, /) -> None:
        alternates = tuple(line.strip() for line in self.alternates.value.splitlines()
                           if line.strip())
        entry = NewEntry(self.entry_id.value.strip(), self.question.value.strip(),
                         self.answer.value.strip(), alternates)
        await self._submit(interaction, self._group, entry)


SuggestionSubmit = Callable[[Interaction, str, str | None, str], Awaitable[None]]


class SuggestionForm(_Form):
    """Accept a suggestion with the wording or the entry changed first."""

    def __init__(self, key: str, entry_id: str | None, wording: str,
                 submit: SuggestionSubmit) -> None:
        super().__init__(title=truncate(f"Add suggestion {key} to the FAQ", MODAL_LABEL_CHARS),
                         timeout=FORM_TIMEOUT_S)
        self._key = key
        self._submit = submit
        self.entry_id: TextInput = discord.ui.TextInput(
            label="FAQ entry to add it to", max_length=MAX_ENTRY_ID_CHARS, default=entry_id,
        )
        self.wording: TextInput = discord.ui.TextInput(
            label="Wording to add", max_length=MAX_PHRASING_CHARS,
            default=truncate(wording, MAX_PHRASING_CHARS),
        )
        self.add_item(self.entry_id)
        self.add_item(self.wording)

    async def on_submit(self, interaction: Interaction, /) -> None:
        await self._submit(interaction, self._key, _value(self.entry_id), self.wording.value)
