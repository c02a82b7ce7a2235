"""Attendees ask: ``/ask``, a mention of the bot, a DM, or any message in an ask channel.

Every question takes the one pipeline: ``AskService.answer`` (pure, instant),
``AskService.record`` (the question is on disk when it returns), then the reply, so
"I've passed your question on" is never said of a question a crash could lose. A
question refused by the flood control is still recorded; only the reply is held back
(one polite notice per burst).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.models import ENGLISH, AlertKind, Answer, FeedbackKind, Origin, Outcome
from bot.core.wording import say
from bot.discord_bot import messaging, render, views
from bot.discord_bot.alerts import AlertPoster
from bot.discord_bot.cooldown import Cooldown, Verdict
from bot.lifecycle import Intake
from bot.loop_lag import LoopLag
from bot.served import ServedFaq
from bot.service import AskService, Recorded

log = logging.getLogger(__name__)

# Discord's own limit on a slash-command string option is 6000; a question longer
# than this is certainly not a question (the whole text is still logged).
MAX_ASK_OPTION_CHARS = 4000

# The English wording (attendees get theirs in their language from ``wording``).
THANKS_HELPFUL = say("thanks_helpful", ENGLISH)
THANKS_NOT_HELPFUL = say("thanks_not_helpful_logged", ENGLISH)
THANKS_NOT_HELPFUL_NOT_KEPT = say("thanks_not_helpful", ENGLISH)
ALREADY_RATED = say("already_rated", ENGLISH)
NO_LONGER_IN_FAQ = say("no_longer_in_faq", ENGLISH)
RESTARTING = say("restarting", ENGLISH)

_ALLOWED_MESSAGE_TYPES = (discord.MessageType.default, discord.MessageType.reply)


@dataclass
class AskContext:
    """What a button on an answer needs: the question stays here, not in the custom_id."""

    question: str
    asker: Origin
    item_id: str | None = None
    answer_text: str | None = None
    suggestions: tuple[str, ...] = ()
    rated_by: set[int] = field(default_factory=set)
    language: str | None = None  # the question's: buttons answer in it


class AskCog(commands.Cog, name="Ask"):
    def __init__(
        self,
        client: discord.Client,
        service: AskService,
        faq: ServedFaq,
        *,
        cooldown: Cooldown,
        contexts: views.ContextStore[AskContext],
        ask_channel_ids: tuple[int, ...] = (),
        ephemeral: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        intake: Intake | None = None,
        alerts: AlertPoster | None = None,
        lag: LoopLag | None = None,
    ) -> None:
        self._client = client
        self._lag = lag
        self._alerts = alerts
        self._intake = intake or Intake()
        self._service = service
        self._faq = faq
        self._cooldown = cooldown
        self._contexts = contexts
        self._ask_channels = frozenset(ask_channel_ids)
        self._ephemeral = ephemeral
        self._monotonic = monotonic

    def component_items(self) -> list[type[views.RoutedItem]]:
        return [
            views.routed_button(views.PICK_TEMPLATE, self.on_pick),
            views.routed_button(views.RATE_TEMPLATE, self.on_rate),
        ]

    # -- the pipeline ------------------------------------------------------------------

    def answer(self, question: str, hint: str | None = None) -> Answer:
        """The pipeline's answer; an autocomplete choice is the entry it names.

        ``hint``: the language the asker's Discord app is set to, for slash commands.
        """
        picked = self._faq.entry_labelled(question)
        if picked is not None:
            # A translated title is in its own language, whatever the app's.
            language = self._faq.label_language(question) or hint
            shown = self._service.show(picked.item_id, language=language)
            if shown.answered:
                return replace(shown, question=question)
        # Fallen behind: the words alone answer now rather than the meaning too, late.
        hurried = self._lag is not None and self._lag.behind()
        return self._service.answer(question, hint=hint, meaning=not hurried)

    def present(
        self, result: Answer, origin: Origin, *, logged: bool
    ) -> tuple[list[render.Reply], discord.ui.View | None, AskContext | None]:
        """The reply; ``logged``: the question is on disk, the reply may say passed on."""
        replies = render.render_answer(result, self._faq.knowledge_base, logged=logged)
        if result.alert is not None:  # a fixed reply: nothing to rate, nothing to pick
            return replies, None, None
        language = result.language
        if result.answered:
            context = AskContext(result.question, origin, result.item_id, result.text,
                                 language=language)
            return replies, views.rating_view(self._contexts.put(context), language), context
        if result.outcome is Outcome.SUGGEST and result.suggestions:
            context = AskContext(
                result.question, origin, suggestions=tuple(s.id for s in result.suggestions),
                language=language,
            )
            token = self._contexts.put(context)
            return replies, views.suggestion_view(token, result.suggestions), context
        return replies, None, None

    def record(self, result: Answer, origin: Origin) -> Recorded:
        try:
            return self._service.record(result, origin)
        except Exception:  # the person still gets an answer, one that promises nothing
            log.exception("recording a question from user %s failed", origin.user_id)
            return Recorded(logged=False)

    # -- /ask ----------------------------------------------------------------------------

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, in your own words")
    async def ask(
        self,
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, MAX_ASK_OPTION_CHARS],
    ) -> None:
        """Ask anything about the conference: programme, rooms, badges, wifi..."""
        with self._intake.admit() as taken:
            if not taken:  # stopping: promise nothing, lose nothing
                await messaging.say(interaction, say("restarting", _hint(interaction)))
                return
            await self._ask(interaction, question)

    async def alert(self, result: Answer, origin: Origin, jump_url: str | None) -> None:
        if self._alerts is not None and result.alert is not None:
            await self._alerts.post(result, origin, jump_url)

    async def _ask(self, interaction: discord.Interaction[Any], question: str) -> None:
        origin = messaging.origin_of(interaction)
        result = self.answer(question, _hint(interaction))
        if result.alert is AlertKind.URGENT:  # at once: no flood control, nothing to promise
            replies, _, _ = self.present(result, origin, logged=False)
            message_id = await messaging.respond(interaction, replies, ephemeral=False)
            await self.alert(result, origin, _jump(origin, message_id))
            self.record(result, origin)
            return
        decision = self._cooldown.check(interaction.user.id, self._monotonic())
        recorded = self.record(result, origin)  # on disk before any reply
        if result.alert is AlertKind.SENSITIVE:
            await self.alert(result, origin, None)
        if not decision.allowed:
            await messaging.say(interaction, render.cooldown_notice(
                decision.retry_after_seconds, result.language))
            return
        replies, view, context = self.present(result, origin, logged=recorded.logged)
        message_id = await messaging.respond(
            interaction, replies, ephemeral=self._ephemeral, view=view
        )
        if not self._ephemeral:  # a public answer: a resolve notice can reply to it
            if context is not None:
                context.asker = replace(origin, message_id=message_id)
            self._service.note_reply(recorded, message_id)

    @ask.autocomplete("question")
    async def ask_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        language = _hint(interaction)  # the choice names in the person's app language
        return [app_commands.Choice(name=e.label_in(language), value=e.label_in(language))
                for e in self._faq.complete(current)]

    # -- mentions, DMs, ask channels -----------------------------------------------------

    def addressed(self, message: discord.Message) -> bool:
        """Whether the message speaks to the bot (a DM or a mention), not just in its channel."""
        me = self._client.user
        if message.guild is None:
            return True
        own_role = message.guild.self_role
        return (me is not None and any(u.id == me.id for u in message.mentions)) or (
            own_role is not None and any(r.id == own_role.id for r in message.role_mentions)
        )

    def question_in(self, message: discord.Message) -> str | None:
        """The question a message asks the bot, or None when it is not for the bot."""
        me = self._client.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return None
        if message.type not in _ALLOWED_MESSAGE_TYPES:
            return None
        if message.guild is None:
            return message.content
        if self.addressed(message):
            text = re.sub(rf"<@!?{me.id}>", " ", message.content)
            own_role = message.guild.self_role
            if own_role is not None:
                text = text.replace(f"<@&{own_role.id}>", " ")
            return text.strip()
        if message.channel.id in self._ask_channels:
            return message.content
        return None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        question = self.question_in(message)
        if question is None:
            return
        with self._intake.admit() as taken:
            if taken:
                await self._answer_message(message, question)
                return
            asked = self.answer(question)
            if not self.addressed(message) and asked.empty:
                return  # "thanks!" in an ask channel: no notice for that either
            try:  # stopping: promise nothing, lose nothing
                await messaging.tell(message, say("restarting", asked.language))
            except discord.HTTPException as exc:
                log.warning("could not reply in channel %s: %s", message.channel.id, exc)

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        origin = messaging.origin_of_message(message)
        result = self.answer(question)
        if result.empty and not self.addressed(message):
            return  # "thanks!" in an ask channel: nothing to answer, nothing to log
        if result.alert is AlertKind.URGENT:  # at once: no flood control, nothing to promise
            replies, _, _ = self.present(result, origin, logged=False)
            try:
                await messaging.reply_to(message, replies, view=None)
            except discord.HTTPException as exc:
                log.warning("could not reply in channel %s: %s", message.channel.id, exc)
            await self.alert(result, origin, message.jump_url)
            self.record(result, origin)
            return
        decision = self._cooldown.check(message.author.id, self._monotonic())
        recorded = self.record(result, origin)  # on disk before any reply
        if result.alert is AlertKind.SENSITIVE:
            await self.alert(result, origin, message.jump_url)
        try:
            if decision.allowed:
                replies, view, _ = self.present(result, origin, logged=recorded.logged)
                await messaging.reply_to(message, replies, view=view)
            elif decision.verdict is Verdict.NOTICE:
                await messaging.tell(message, render.cooldown_notice(
                    decision.retry_after_seconds, result.language))
        except discord.HTTPException as exc:  # no permission in that channel, deleted...
            log.warning("could not reply in channel %s: %s", message.channel.id, exc)

    # -- buttons -----------------------------------------------------------------------

    async def on_pick(self, interaction: discord.Interaction[Any], match: re.Match[str]) -> None:
        """A did-you-mean choice: show that entry and note which one the question meant."""
        context = self._contexts.get(match["token"])
        choice = int(match["choice"])
        item_id = match["item"]
        if context is not None and choice <= len(context.suggestions):
            item_id = context.suggestions[choice - 1]
        language = context.language if context is not None else _hint(interaction)
        if item_id is None:
            await messaging.say(interaction, say("expired", language))
            return
        shown = self._service.show(item_id, language=language)
        if not shown.answered:
            await messaging.say(interaction, say("no_longer_in_faq", language))
            return
        replies = render.render_answer(shown, self._faq.knowledge_base, logged=False)
        question = context.question if context is not None else shown.question
        asker = context.asker if context is not None else messaging.origin_of(interaction)
        token = self._contexts.put(AskContext(question, asker, shown.item_id, shown.text,
                                              language=language))
        by_asker = context is not None and context.asker.user_id == interaction.user.id
        if by_asker:
            await messaging.update(interaction, replies,
                                   view=views.rating_view(token, language))
        else:  # someone else's question: show them the answer without touching it
            await messaging.respond(
                interaction, replies, ephemeral=True, view=views.rating_view(token, language)
            )
        if context is not None and by_asker:
            try:
                self._service.feedback(
                    FeedbackKind.SUGGESTION_CHOSEN, context.question, item_id=item_id,
                    origin=messaging.origin_of(interaction),
                )
            except Exception:
                log.exception("recording a chosen suggestion failed")

    async def on_rate(self, interaction: discord.Interaction[Any], match: re.Match[str]) -> None:
        """Helpful / Not helpful: record it for the moderators, then thank the person
        (the thanks for "not helpful" says it was passed on: it is on disk by then)."""
        context = self._contexts.get(match["token"])
        if context is None:
            await messaging.say(interaction, say("expired", _hint(interaction)))
            return
        language = context.language
        if interaction.user.id in context.rated_by:
            await messaging.say(interaction, say("already_rated", language))
            return
        context.rated_by.add(interaction.user.id)
        helpful = match["vote"] == "up"
        kept = False
        try:
            kept = self._service.feedback(
                FeedbackKind.HELPFUL if helpful else FeedbackKind.NOT_HELPFUL,
                context.question,
                item_id=context.item_id,
                origin=messaging.origin_of(interaction),
                answer_text=context.answer_text,
            )
        except Exception:
            log.exception("recording feedback failed")
        if helpful:
            await messaging.say(interaction, say("thanks_helpful", language))
        else:
            await messaging.say(interaction, say(
                "thanks_not_helpful_logged" if kept else "thanks_not_helpful", language))


def _hint(interaction: discord.Interaction[Any]) -> str | None:
    return messaging.locale_language(interaction)


def _jump(origin: Origin, message_id: int | None) -> str | None:
    """The link to a message the bot sent in a server channel."""
    if origin.guild_id is None or origin.channel_id is None or message_id is None:
        return None
    return f"https://discord.com/channels/{origin.guild_id}/{origin.channel_id}/{message_id}"
