"""Moderators review what the bot could not answer: ``/unanswered list|resolve|dismiss|
split|export``.

Every command runs the moderator check (:mod:`bot.discord_bot.checks`) and answers
only the moderator (ephemeral); menus and forms check again. A question group is the
one the review shows everywhere (:mod:`bot.review`): resolving or dismissing acts on
every question in it and tells every person who asked, once, in the place they asked
(a reply) or by DM, never quoting their question and never pinging anyone. The
moderators' internal note never reaches an attendee.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot import export
from bot.core.completion import MAX_CHOICE_CHARS, clip
from bot.core.models import title_of
from bot.discord_bot import checks, messaging, render, views
from bot.discord_bot.forms import EntryForm, ResolveForm, ResolveInput
from bot.errors import BotError
from bot.faqfile.editor import NewEntry
from bot.review.groups import QuestionGroup
from bot.review.notices import Notice
from bot.review.service import Closed, NoSuchQuestionError, ReviewService, Taught
from bot.served import ServedFaq
from bot.storage import ReviewLog, Status

log = logging.getLogger(__name__)

GROUPS_PER_PAGE = 8
# At most this many people are told about one group: a question asked by hundreds
# should not make the bot post hundreds of messages (the summary says who was not).
MAX_NOTICES_PER_GROUP = 50
# Largest CSV attached; beyond it moderators use `conference-bot unanswered export`.
MAX_EXPORT_BYTES = 8 * 1024 * 1024
# Lists (of groups, of suggestions) whose buttons still work: the most recent ones.
LISTS_KEPT = 200

StatusName = Literal["open", "resolved", "dismissed", "all"]
_STATUSES: dict[str, Status | None] = {
    "open": Status.OPEN, "resolved": Status.RESOLVED, "dismissed": Status.DISMISSED, "all": None,
}
LIST_EXPIRED = "This list has expired. Run `/unanswered list` again."
NOT_YOUR_LIST = "This list belongs to another moderator. Run `/unanswered list` for your own."
UNKNOWN_ENTRY = "There is no FAQ entry with that id. Pick one from the list as you type."
GROUP_GONE = "That group is no longer open (someone closed it meanwhile). Run the list again."
SENSITIVE_NOT_IN_FAQ = "A sensitive question is never added to the FAQ file."
WORDING_NOT_ADDED = "The wording was not added to the FAQ: no FAQ entry was given."


def shown(wording: str) -> str:
    """A wording (an attendee's question, cleaned) in a moderator's reply: inert."""
    return f"\u201c{render.inert(wording, 300)}\u201d"


def no_question(question_id: int) -> str:
    return f"There is no question #{question_id}."


@dataclass(frozen=True)
class Listing:
    owner_id: int
    status: str
    groups: tuple[QuestionGroup, ...]
    questions: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(len(self.groups) / GROUPS_PER_PAGE))

    def on_page(self, number: int) -> tuple[QuestionGroup, ...]:
        start = number * GROUPS_PER_PAGE
        return self.groups[start : start + GROUPS_PER_PAGE]

    def page(self, number: int) -> discord.Embed:
        return render.question_page(
            self.on_page(number), page=number, pages=self.pages, status=self.status,
            questions=self.questions,
        )

    def view(self, token: str, number: int) -> discord.ui.View | None:
        options = [(str(g.id), *render.group_option(g)) for g in self.on_page(number)]
        return views.listing_view(token, number, self.pages, options,
                                  actions=self.status == "open")


@dataclass(frozen=True)
class Notified:
    """What became of the notices of one group."""

    delivered: int = 0
    failed: int = 0  # neither the channel nor a DM reached them
    skipped: int = 0  # beyond MAX_NOTICES_PER_GROUP

    def text(self) -> str:
        line = f"{self.delivered} notified"
        if self.failed:
            line += f", {self.failed} could not be reached"
        if self.skipped:
            line += f", {self.skipped} not told (at most {MAX_NOTICES_PER_GROUP} per group)"
        return line


def notified_text(closed: Closed, notified: Notified | None) -> str:
    """The end of the summary line: who was told, or why nobody was."""
    if not closed.tells:
        what = "an FAQ entry or an answer" if closed.status is Status.RESOLVED else "a reason"
        return f"nobody is told (nothing to tell them: give {what})"
    if notified is None:
        return "askers not told (NOTIFY_ON_RESOLVE is off)"
    if not closed.notices:
        return "nobody to tell on Discord"
    return notified.text()


class ResolveNotifier:
    """Tells the people who asked that a moderator resolved or dismissed their question."""

    def __init__(self, client: discord.Client, faq: ServedFaq) -> None:
        self._client = client
        self._faq = faq

    def replies(self, closed: Closed, language: str | None = None) -> list[render.Reply]:
        """The notice in ``language`` (an asker's question's; None: the group's)."""
        language = language or closed.group.lead.language
        if closed.status is Status.DISMISSED:
            return render.dismiss_notice(closed.reply or "", language)
        entry = None
        if closed.faq_id is not None and self._faq.answerable(closed.faq_id):
            entry = self._faq.show(closed.faq_id, language=language)
        return render.resolve_notice(entry, self._faq.knowledge_base, closed.reply, language)

    async def notify(self, closed: Closed) -> Notified:
        """One notice per asker; returns how many were delivered."""
        if not closed.tells or not closed.notices:
            return Notified()
        replies: dict[str | None, list[render.Reply]] = {}  # one per language
        delivered = failed = 0
        for notice in closed.notices[:MAX_NOTICES_PER_GROUP]:
            if notice.language not in replies:
                replies[notice.language] = self.replies(closed, notice.language)
            if await self._tell(notice, replies[notice.language], closed.group.id):
                delivered += 1
            else:
                failed += 1
        return Notified(delivered, failed, max(0, len(closed.notices) - MAX_NOTICES_PER_GROUP))

    async def _tell(self, notice: Notice, replies: Sequence[render.Reply], group: int) -> bool:
        if notice.in_channel:
            assert notice.channel_id is not None
            try:
                channel = self._client.get_partial_messageable(notice.channel_id,
                                                               guild_id=notice.guild_id)
                reference = discord.MessageReference(
                    message_id=notice.message_id or 0, channel_id=notice.channel_id,
                    guild_id=notice.guild_id, fail_if_not_exists=False,
                )
                await self._send(channel, replies, reference)
                return True
            except discord.HTTPException as exc:  # channel gone, no access: try a DM
                log.warning("could not tell user %s in channel %s about group #%s (%s); "
                            "trying a DM", notice.user_id, notice.channel_id, group, exc)
        try:
            user = self._client.get_user(notice.user_id) or await self._client.fetch_user(
                notice.user_id)
            await self._send(user, replies, None)
            return True
        except discord.HTTPException as exc:  # DMs closed, user gone
            log.warning("could not tell user %s about group #%s: %s", notice.user_id, group, exc)
            return False

    @staticmethod
    async def _send(
        where: discord.abc.Messageable,
        replies: Sequence[render.Reply],
        reference: discord.MessageReference | None,
    ) -> None:
        for i, reply in enumerate(replies):
            kwargs: dict[str, Any] = {}
            if i == 0 and reference is not None:
                kwargs["reference"] = reference
            await where.send(
                reply.content, embeds=list(reply.embeds),
                allowed_mentions=messaging.NO_PINGS, **kwargs,
            )

    async def send_waiting(self, review: ReviewService) -> int:
        """Tell the askers of groups closed from the command line; returns notices sent."""
        sent = 0
        for closed in await review.waiting_notices():
            sent += (await self.notify(closed)).delivered
            await review.notices_sent(closed)
        return sent


class ModerationActions:
    """What a moderator's resolve or dismiss does, however it was asked for (a slash
    command, a form): close the group, tell the askers, say what happened; and who is a
    moderator (``moderator_role_id``, besides Manage Messages)."""

    def __init__(self, review: ReviewService, notifier: ResolveNotifier, *,
                 notify: bool, moderator_role_id: int | None) -> None:
        self.review = review
        self._notifier = notifier
        self._notify = notify
        self.moderator_role_id = moderator_role_id

    async def tell(self, closed: Closed) -> str:
        notified = await self._notifier.notify(closed) if self._notify else None
        return closed.summary(notified_text(closed, notified), shown)

    async def resolve(
        self, interaction: discord.Interaction[Any], question_id: int, *,
        faq_id: str | None, answer: str | None, internal_note: str | None,
        add_alternate: bool, alternate: str | None, before: str = "",
    ) -> None:
        """Resolve (after a defer) and say the outcome to the moderator (after
        ``before``, a sentence about the request itself)."""
        try:
            closed = await self.review.resolve(
                question_id, by=str(interaction.user.id), faq_id=faq_id, answer_text=answer,
                internal_note=internal_note, add_alternate=add_alternate,
                alternate_text=alternate,
            )
        except NoSuchQuestionError:
            await messaging.say(interaction, no_question(question_id))
            return
        except BotError as exc:  # an unknown entry, a refused edit: nothing changed
            await messaging.say(interaction, render.truncate(str(exc), render.MESSAGE_CHARS))
            return
        line = (before + " " if before else "") + await self.tell(closed)
        await messaging.say(interaction, render.truncate(line, render.MESSAGE_CHARS))

    async def new_entry(
        self, interaction: discord.Interaction[Any], group: QuestionGroup | None, entry: NewEntry
    ) -> None:
        """Add the entry to the FAQ file (live at once); resolve the group with it."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            taught: Taught = await self.review.new_entry(entry)
        except BotError as exc:
            await messaging.say(interaction, render.truncate(str(exc), render.MESSAGE_CHARS))
            return
        line = taught.summary(shown)
        if group is not None:
            try:
                closed = await self.review.resolve(group.id, by=str(interaction.user.id),
                                                   faq_id=entry.id)
            except BotError as exc:
                line += f" The group was not resolved: {exc}"
            else:
                line += " " + await self.tell(closed)
        await messaging.say(interaction, render.truncate(line, render.MESSAGE_CHARS))


class ModeratorsCog(commands.Cog):
    """What every moderators' cog shares: the review actions, and a check on every
    interaction (commands, buttons, menus) that the person is a moderator."""

    def __init__(self, actions: ModerationActions) -> None:
        self._actions = actions
        self._review = actions.review
        self._moderator_role_id = actions.moderator_role_id

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        return checks.ensure_moderator(interaction, self._moderator_role_id)

    async def _refused(self, interaction: discord.Interaction[Any]) -> bool:
        """A form or menu is checked again as it comes back: True, with the reply said,
        when the person is no longer a moderator."""
        if checks.is_moderator(interaction, self._moderator_role_id):
            return False
        await messaging.say(interaction, checks.not_a_moderator(interaction))
        return True

    async def _entry_form(
        self, interaction: discord.Interaction[Any], group: QuestionGroup | None, entry: NewEntry
    ) -> None:
        """A new entry's form sent back (from a group's menu or ``/faq add``)."""
        if await self._refused(interaction):
            return
        await self._actions.new_entry(interaction, group, entry)


class ModerationCog(ModeratorsCog, name="Moderation"):
    unanswered = checks.moderator_group(
        "unanswered", "Moderators: review the questions the bot could not answer"
    )

    def __init__(
        self,
        actions: ModerationActions,
        questions: ReviewLog,
        faq: ServedFaq,
    ) -> None:
        super().__init__(actions)
        self._faq = faq
        self._questions = questions
        self._listings = views.ContextStore[Listing](capacity=LISTS_KEPT)

    def component_items(self) -> list[type[views.RoutedItem]]:
        return [views.routed_button(views.PAGE_TEMPLATE, self.on_page),
                views.routed_select(views.GROUP_TEMPLATE, self.on_group_menu)]

    @unanswered.command(name="list")
    @app_commands.describe(status="Which questions (default: open)")
    async def list_questions(
        self, interaction: discord.Interaction[Any], status: StatusName = "open"
    ) -> None:
        """Question groups as the bot reads them, most people first."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        groups = await self._review.groups(_STATUSES[status])
        total = await self._questions.count(_STATUSES[status])
        listing = Listing(interaction.user.id, status, tuple(groups), total)
        token = self._listings.put(listing)
        await messaging.follow_up(interaction, [render.Reply(embeds=(listing.page(0),))],
                                  view=listing.view(token, 0))

    async def _own_listing(
        self, interaction: discord.Interaction[Any], token: str
    ) -> Listing | None:
        # Checked again on every click: the cog's check covers slash commands only, and a
        # moderator who lost the role must not keep using an old list.
        if await self._refused(interaction):
            return None
        listing = self._listings.get(token)
        if listing is None:
            await messaging.say(interaction, LIST_EXPIRED)
            return None
        if listing.owner_id != interaction.user.id:
            await messaging.say(interaction, NOT_YOUR_LIST)
            return None
        return listing

    async def on_page(self, interaction: discord.Interaction[Any], match: Any) -> None:
        listing = await self._own_listing(interaction, match["token"])
        if listing is None:
            return
        page = min(int(match["page"]), listing.pages - 1)
        await messaging.update(
            interaction, [render.Reply(embeds=(listing.page(page),))],
            view=listing.view(match["token"], page),
        )

    async def on_group_menu(self, interaction: discord.Interaction[Any], match: Any) -> None:
        """A group picked in a listing's menu: the form to resolve it or to make it a new
        FAQ entry (the group as it is now, not as it was listed)."""
        listing = await self._own_listing(interaction, match["token"])
        if listing is None:
            return
        picked = views.chosen(interaction)
        group = await self._review.group(int(picked[0])) if picked else None
        if group is None or group.status is not Status.OPEN:
            await messaging.say(interaction, GROUP_GONE)
            return
        if match["action"] == "resolve":
            best = group.lead.best_id
            hint = best if best is not None and self._faq.item(best) else None
            await interaction.response.send_modal(
                ResolveForm(group, self._resolve_form, entry_hint=hint))
        elif group.sensitive:
            await messaging.say(interaction, SENSITIVE_NOT_IN_FAQ)
        else:
            await interaction.response.send_modal(EntryForm(group, self._entry_form))

    async def _resolve_form(
        self, interaction: discord.Interaction[Any], group: QuestionGroup, values: ResolveInput
    ) -> None:
        if await self._refused(interaction):
            return
        if values.faq_id is not None and self._faq.item(values.faq_id) is None:
            await messaging.say(interaction, UNKNOWN_ENTRY)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        teach = values.alternate is not None and values.faq_id is not None
        await self._actions.resolve(
            interaction, group.id, faq_id=values.faq_id, answer=values.answer,
            internal_note=values.internal_note, add_alternate=teach, alternate=values.alternate,
            before="" if teach or values.alternate is None else WORDING_NOT_ADDED,
        )

    @unanswered.command(name="resolve")
    @app_commands.describe(
        id="A question of the group (# from /unanswered list): the whole group is resolved",
        faq_id="The FAQ entry that answers it now",
        answer="What the askers are told (with the entry's answer)",
        internal_note="A note for the other moderators only (never sent to askers)",
        add_alternate="Teach the bot: add the question, cleaned, to the FAQ entry",
        alternate="The wording to add (implies add_alternate; default: the question "
                  "without greetings or personal details)",
    )
    async def resolve(
        self,
        interaction: discord.Interaction[Any],
        id: app_commands.Range[int, 1],
        faq_id: str | None = None,
        answer: app_commands.Range[str, 1, 1500] | None = None,
        internal_note: app_commands.Range[str, 1, 1000] | None = None,
        add_alternate: bool = False,
        alternate: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        """Resolve a question's whole group and tell everyone who asked."""
        if faq_id is not None and self._faq.item(faq_id) is None:
            await messaging.say(interaction, UNKNOWN_ENTRY)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self._actions.resolve(
            interaction, id, faq_id=faq_id, answer=answer, internal_note=internal_note,
            add_alternate=add_alternate or alternate is not None, alternate=alternate,
        )

    @resolve.autocomplete("faq_id")
    async def faq_id_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return entry_choices(self._faq, current)

    @unanswered.command(name="dismiss")
    @app_commands.describe(
        id="A question of the group (#): the whole group is set aside",
        reason="What the askers are told (nobody is told without one)",
        internal_note="Why, for the other moderators only (spam, off-topic...)",
    )
    async def dismiss(
        self,
        interaction: discord.Interaction[Any],
        id: app_commands.Range[int, 1],
        reason: app_commands.Range[str, 1, 1500] | None = None,
        internal_note: app_commands.Range[str, 1, 1000] | None = None,
    ) -> None:
        """Set a question's whole group aside without answering it."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            closed = await self._review.dismiss(id, by=str(interaction.user.id), reason=reason,
                                                internal_note=internal_note)
        except NoSuchQuestionError:
            await messaging.say(interaction, no_question(id))
            return
        await messaging.say(interaction, await self._actions.tell(closed))

    @unanswered.command(name="split")
    @app_commands.describe(id="The question (#) grouped wrongly",
                           undo="Let it be grouped again")
    async def split(
        self, interaction: discord.Interaction[Any], id: app_commands.Range[int, 1],
        undo: bool = False,
    ) -> None:
        """Take a wrongly grouped question out of its group (a group of its own)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            record = await self._review.split(id, undo=undo)
        except NoSuchQuestionError:
            await messaging.say(interaction, no_question(id))
            return
        if undo:
            await messaging.say(interaction, f"#{record.id} may be grouped again.")
        else:
            await messaging.say(interaction, f"#{record.id} is a group of its own now.")

    @unanswered.command(name="export")
    @app_commands.describe(status="Which questions (default: all)")
    async def export_csv(
        self, interaction: discord.Interaction[Any], status: StatusName = "all"
    ) -> None:
        """Every question as a CSV file with its group (safe to open in a spreadsheet)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await self._questions.export(_STATUSES[status])
        groups = export.group_ids(await self._review.groups(_STATUSES[status]))
        data = export.to_csv(rows, groups=groups).encode("utf-8", errors="backslashreplace")
        if len(data) > MAX_EXPORT_BYTES:
            await messaging.say(
                interaction,
                "The export is too large for Discord; run `conference-bot unanswered export` "
                "on the server instead.",
            )
            return
        stamp = self._review.now().astimezone(dt.UTC).strftime("%Y%m%d-%H%M")
        file = discord.File(io.BytesIO(data), filename=f"unanswered-{status}-{stamp}.csv")
        await messaging.follow_up(
            interaction,
            [render.Reply(content=f"{len(rows)} question(s), {status}.")],
            file=file,
        )


def entry_choices(faq: ServedFaq, current: str) -> list[app_commands.Choice[str]]:
    """Up to 25 FAQ entries, sessions and themes whose id or title has what was typed."""
    found = [i for i in faq.items_matching(current) if len(i.id) <= MAX_CHOICE_CHARS]
    return [
        app_commands.Choice(name=clip(f"{i.id} \u2014 {title_of(i)}"), value=i.id)
        for i in found[:25]
    ]
