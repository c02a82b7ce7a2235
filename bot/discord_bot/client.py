"""The Discord bot: a ``commands.Bot`` whose dependencies come in through ``__init__``.

``setup_hook`` adds the cogs, registers the button routes, starts the FAQ watcher
and syncs the slash commands deliberately: to the configured server on start
(instant), globally only when asked (``--sync-global``), and not at all when the
command set is the one synced last time (a fingerprint per scope is kept next to the
database). ``bot.wiring.build_bot`` assembles a ready bot from settings, the FAQ and
the log, for ``conference-bot run`` and for tests that ``await bot.start(token)``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.core import english_words, language
from bot.core.models import ENGLISH
from bot.core.wording import say
from bot.discord_bot import checks, command_wording, messaging, render, views
from bot.discord_bot.alerts import AlertPoster
from bot.discord_bot.cogs.ask import AskCog, AskContext
from bot.discord_bot.cogs.follow import FollowCog
from bot.discord_bot.cogs.moderation import (
    ModerationActions,
    ModerationCog,
    ResolveNotifier,
)
from bot.discord_bot.cogs.organisers import OrganisersCog
from bot.discord_bot.cogs.schedule import ScheduleCog
from bot.discord_bot.command_wording import CommandWording
from bot.discord_bot.cooldown import Cooldown
from bot.discord_bot.live import DiscordDelivery
from bot.errors import StorageError
from bot.faqfile.problems import Problem
from bot.lifecycle import Intake, cancelled
from bot.loop_lag import LoopLag
from bot.notifier import DEFAULT_TICK_SECONDS, ProgrammeNotifier
from bot.reloading import FaqWatcher
from bot.review.service import ReviewService
from bot.served import LoadedFaq, ServedFaq
from bot.service import AskService
from bot.storage import QuestionStore
from bot.storage.buffered import BufferedQuestionLog
from bot.storage.programme import ProgrammeStore

log = logging.getLogger(__name__)

RETENTION_EVERY = dt.timedelta(days=1)
# How often notices left by the command line (which cannot reach Discord) are sent.
NOTICE_POLL_SECONDS = 5.0
# On a stop request, how long questions in flight get to be answered before closing.
IN_FLIGHT_S = 10.0
# What the bot does in channels: read them, reply (in threads too) with embeds. The
# README's invite URL carries exactly this; tests keep the two in step.
INVITE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
)
INVITE_SCOPES = ("bot", "applications.commands")
SOMETHING_WENT_WRONG = say("went_wrong", ENGLISH)
BAD_OPTION = say("bad_option", ENGLISH)


def intents_for(settings: Settings) -> discord.Intents:
    """The default, non-privileged intents; Message Content only for ask channels."""
    intents = discord.Intents.default()
    intents.message_content = bool(settings.ask_channel_ids)
    return intents


class ConciergeTree(app_commands.CommandTree[Any]):
    """Errors of every slash command end here: one kind line to the person, the
    traceback to the log."""

    async def on_error(
        self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /
    ) -> None:
        if isinstance(error, checks.Refusal):
            text = str(error)
        elif isinstance(error, app_commands.CheckFailure):
            text = checks.not_a_moderator(interaction)
        elif isinstance(error, app_commands.TransformerError):
            text = say("bad_option", messaging.locale_language(interaction))
        else:
            command = interaction.command.qualified_name if interaction.command else "?"
            log.error("/%s failed", command, exc_info=error)
            text = say("went_wrong", messaging.locale_language(interaction))
        try:
            await messaging.say(interaction, text)
        except discord.HTTPException:
            log.warning("could not tell %s about the error", interaction.user.id)


class SyncState:
    """Fingerprints of the command sets last synced, so an unchanged set is not re-sent."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def _load(self) -> dict[str, str]:
        if self.path is None:
            return {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def get(self, key: str) -> str | None:
        return self._load().get(key)

    def put(self, key: str, fingerprint: str) -> None:
        if self.path is None:
            return
        data = self._load()
        data[key] = fingerprint
        try:
            self.path.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        except OSError as exc:  # only costs a re-sync next start
            log.warning("cannot save the command sync state to %s: %s", self.path, exc)


def sync_state_path(settings: Settings) -> Path:
    return settings.db_path.with_name(settings.db_path.name + ".commands.json")


class ModLog:
    """The moderators' channel: FAQ problems and reloads are posted there."""

    def __init__(self, client: discord.Client, channel_id: int | None) -> None:
        self._client = client
        self.channel_id = channel_id

    async def post(self, texts: Sequence[str]) -> None:
        if self.channel_id is None:
            return
        channel = self._client.get_partial_messageable(self.channel_id)
        for text in texts:
            try:
                await channel.send(render.truncate(text, render.MESSAGE_CHARS),
                                   allowed_mentions=messaging.NO_PINGS)
            except discord.HTTPException as exc:
                log.warning("cannot post to the mod-log channel %s: %s", self.channel_id, exc)
                return


class ConciergeBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        *,
        faq: ServedFaq,
        service: AskService,
        questions: QuestionStore,
        recorder: BufferedQuestionLog,
        watcher: FaqWatcher,
        programme: ProgrammeStore | None = None,
        sync_state: SyncState,
        review: ReviewService,
        intake: Intake | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        programme_tick_seconds: float = DEFAULT_TICK_SECONDS,
        notice_poll_seconds: float = NOTICE_POLL_SECONDS,
        **options: Any,
    ) -> None:
        # The bot never joins voice: no start-up warnings about voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        options.setdefault("intents", intents_for(settings))
        super().__init__(
            command_prefix=commands.when_mentioned,  # no prefix commands; mentions are questions
            help_command=None,
            tree_cls=ConciergeTree,
            allowed_mentions=messaging.NO_PINGS,
            **options,
        )
        self.settings = settings
        self._faq = faq
        self._service = service
        self._questions = questions
        self._recorder = recorder
        self._retrying: asyncio.Task[None] | None = None
        self._watcher = watcher
        self._sync_state = sync_state
        self._mod_log = ModLog(self, settings.mod_log_channel_id)
        self._monotonic = monotonic
        self._programme_tick_seconds = programme_tick_seconds
        # Given by wiring on the question log's connection; else opened at set-up.
        self._programme: ProgrammeStore | None = programme
        self.programme_notifier: ProgrammeNotifier | None = None  # the live programme, once set up
        self._housekeeping: asyncio.Task[None] | None = None
        self._noticing: asyncio.Task[None] | None = None
        # Behind, replies are decided on the words alone (see bot.loop_lag).
        self.loop_lag = LoopLag()
        self._review = review
        self._notifier = ResolveNotifier(self, faq)
        self._notice_poll_seconds = notice_poll_seconds
        self.intake = intake or Intake()
        self._stopping: asyncio.Task[None] | None = None
        self._closing = False
        self.synced: list[str] = []  # scopes synced this start ("global", "guild:<id>")
        self.in_flight_at_stop = 0  # questions being answered when the stop was asked for
        self.flushed = 0  # question log writes flushed by close()

    def invite_url(self) -> str:
        return discord.utils.oauth_url(
            self.application_id or 0, permissions=INVITE_PERMISSIONS, scopes=INVITE_SCOPES
        )

    async def setup_hook(self) -> None:
        s = self.settings
        # In a thread, before the first question: see language.warm and english_words.
        await asyncio.to_thread(language.warm)
        await asyncio.to_thread(english_words.warm)
        await self.tree.set_translator(CommandWording())
        log.info("invite the bot with %s", self.invite_url())
        ephemeral = s.reply_visibility == "ephemeral"
        ask = AskCog(
            self, self._service, self._faq,
            cooldown=Cooldown(int(s.cooldown_questions), s.cooldown_seconds),
            contexts=views.ContextStore[AskContext](),
            ask_channel_ids=s.ask_channel_ids,
            ephemeral=ephemeral,
            monotonic=self._monotonic,
            intake=self.intake,
            alerts=AlertPoster(self, s.mod_log_channel_id, s.alert_role_id, self._monotonic),
            lag=self.loop_lag,
        )
        self.loop_lag.start()
        actions = ModerationActions(self._review, self._notifier, notify=s.notify_on_resolve,
                                    moderator_role_id=s.moderator_role_id)
        moderation = ModerationCog(actions, self._questions, self._faq)
        organisers = OrganisersCog(actions, self._watcher)
        await self.add_cog(ask)
        await self.add_cog(ScheduleCog(self._faq, ephemeral=ephemeral))
        await self.add_cog(moderation)
        await self.add_cog(organisers)
        await self._start_live_programme()
        self.add_dynamic_items(*ask.component_items(), *moderation.component_items(),
                               *organisers.component_items())
        self._watcher.listen(on_reloaded=self._faq_reloaded, on_problems=self._faq_problems)
        await self._watcher.start()
        if s.retention_days > 0:
            self._housekeeping = asyncio.create_task(self._purge_daily(), name="retention")
        self._noticing = asyncio.create_task(self._send_waiting_notices(), name="notices")
        # Questions kept while the database was failing (this run or the last) reach it
        # as soon as it works again.
        await self._recorder.replay_leftovers()
        self._retrying = asyncio.create_task(self._recorder.retry_forever(), name="log-retry")
        await self.sync_commands()

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: messages are questions, for the Ask cog's listener."""

    async def on_ready(self) -> None:
        # Operators (and process tests) watch for this line: questions are taken now.
        log.info("connected to Discord as %s (id %s) in %d server(s); taking questions",
                 self.user, self.user.id if self.user else "?", len(self.guilds))

    def request_stop(self) -> None:
        """Stop gracefully (a signal handler's callback): see :meth:`stop`."""
        if self._stopping is None:
            self._stopping = asyncio.get_running_loop().create_task(self.stop(), name="stop")

    async def stop(self, within: float = IN_FLIGHT_S) -> None:
        """Take no more questions, let those in flight be answered, then :meth:`close`."""
        self.intake.close()
        self.in_flight_at_stop = self.intake.in_flight
        if not await self.intake.drained(within):
            log.warning("%d question(s) still in flight after %g s; stopping anyway (they are "
                        "journalled)", self.intake.in_flight, within)
        await self.close()

    async def _start_live_programme(self) -> None:
        """Follows, reminders and change announcements (issue 14), on the app's clock."""
        s = self.settings
        if self._programme is None:
            self._programme = await ProgrammeStore.open(s.db_path)
        self.programme_notifier = ProgrammeNotifier(
            self._programme,
            DiscordDelivery(self, s.announce_channel_id),
            lambda: self._faq.knowledge_base,
            clock=self._faq.now,
            quiet=dt.timedelta(seconds=s.announce_quiet_seconds),
            default_minutes=s.reminder_minutes,
            announce=s.announce_channel_id is not None,
            tick_seconds=self._programme_tick_seconds,
        )
        await self.add_cog(FollowCog(self._faq, self._programme, self.programme_notifier))
        await self.programme_notifier.start()

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        """Events reach the bot's handlers until it begins to close.

        discord.py can still raise one then: its wait for the servers' data after
        connecting (``guild_ready_timeout``) ends in "ready" even when a stop came in it
        (a cancel can be lost in Python 3.11's ``wait_for``). Handed on, that event ran
        the handlers on a closing bot or, once closed, found no event loop: the waiting
        task failed and its handler's coroutine was never run (a RuntimeWarning at exit).
        """
        if not self._closing:
            super().dispatch(event_name, *args, **kwargs)

    async def close(self) -> None:
        self._closing = True
        # The wait for the servers (above) is discord.py's own task, not public: ended
        # with the bot where this discord.py has it.
        ready_wait = getattr(self._connection, "_ready_task", None)
        if isinstance(ready_wait, asyncio.Task):
            ready_wait.cancel()
        if self.programme_notifier is not None:
            await self.programme_notifier.stop()
        if self._programme is not None:
            with contextlib.suppress(StorageError):
                await self._programme.close()
        await self._watcher.stop()
        await self.loop_lag.stop()
        for task in (self._housekeeping, self._retrying, self._noticing):
            await cancelled(task)
        self._housekeeping = self._retrying = self._noticing = None
        with contextlib.suppress(StorageError):  # what still fails stays in the journal
            self.flushed += await self._recorder.release()
        await super().close()

    # -- commands ------------------------------------------------------------------------

    def fingerprint(self, guild: discord.abc.Snowflake | None) -> str:
        payload = [c.to_dict(self.tree) for c in self.tree.get_commands(guild=guild)]
        # The descriptions' translations are added at sync time: their wording counts too.
        text = json.dumps([payload, command_wording.fingerprint()], sort_keys=True,
                          separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()

    async def sync_commands(self) -> None:
        """Guild on start; global only with ``sync_global``; skip an unchanged set."""
        s = self.settings
        guild = discord.Object(s.guild_id) if s.guild_id else None
        scopes: list[discord.Object | None] = []
        if s.sync_global:
            scopes.append(None)
            if guild is not None:  # the global commands replace the server's copies
                self.tree.clear_commands(guild=guild)
                scopes.append(guild)
        elif guild is not None:
            self.tree.copy_global_to(guild=guild)
            scopes.append(guild)
        else:
            log.warning(
                "slash commands not synced: set DISCORD_GUILD_ID (instant, one server) "
                "or run with --sync-global (every server, may take a while to appear)"
            )
            return
        for scope in scopes:
            name = "global" if scope is None else f"guild:{scope.id}"
            key = f"{self.application_id}:{name}"
            fingerprint = self.fingerprint(scope)
            if self._sync_state.get(key) == fingerprint:
                log.info("slash commands (%s) unchanged since the last sync; not syncing", name)
                continue
            try:
                synced = await self.tree.sync(guild=scope)
            except discord.Forbidden:
                log.error(
                    "cannot sync slash commands to server %s: invite the bot with the "
                    "'applications.commands' scope (see README)", s.guild_id,
                )
                continue
            except discord.HTTPException as exc:
                log.error("syncing slash commands (%s) failed: %s", name, exc)
                continue
            self._sync_state.put(key, fingerprint)
            self.synced.append(name)
            log.info("synced %d slash commands (%s)", len(synced), name)

    # -- FAQ reloads and housekeeping ----------------------------------------------------

    async def _faq_reloaded(self, faq: LoadedFaq) -> None:
        kb = faq.index.kb
        if self.programme_notifier is not None:
            self.programme_notifier.reloaded(kb)
        line = (
            f"FAQ reloaded from `{faq.path.name}`: {len(kb.faq)} FAQ entries, "
            f"{len(kb.sessions)} sessions, {len(kb.themes)} themes."
        )
        if faq.warnings:
            await self._mod_log.post(render.problem_messages(line, faq.warnings))
        else:
            await self._mod_log.post([line])

    async def _faq_problems(self, problems: Sequence[Problem]) -> None:
        heading = (
            "The FAQ file was edited but **not** loaded; the last good version is still "
            "being served. Problems:"
        )
        await self._mod_log.post(render.problem_messages(heading, problems))

    async def _purge_daily(self) -> None:
        days = self.settings.retention_days
        while True:
            try:
                cutoff = self._service.now() - dt.timedelta(days=days)
                purged = await self._questions.purge_closed(older_than=cutoff)
                if purged:
                    log.info("purged %d closed question(s) older than %d days", purged, days)
                feedback, events = await self._questions.purge_activity(older_than=cutoff)
                if feedback or events:
                    log.info("purged %d feedback and %d stats event(s) older than %d days",
                             feedback, events, days)
            except Exception:
                log.exception("purging old questions failed")
            await asyncio.sleep(RETENTION_EVERY.total_seconds())

    async def _send_waiting_notices(self) -> None:
        """Tell the askers of groups closed from the command line (which cannot reach
        Discord). A stop between sending and noting it may tell someone twice, never
        zero times."""
        await self.wait_until_ready()
        while True:
            try:
                if self.settings.notify_on_resolve:
                    sent = await self._notifier.send_waiting(self._review)
                    if sent:
                        log.info("told %d asker(s) about questions closed from the command "
                                 "line", sent)
                else:  # nobody is to be told: nothing is left waiting either
                    for closed in await self._review.waiting_notices():
                        await self._review.notices_sent(closed)
            except Exception:
                log.exception("sending the notices waiting failed; trying again later")
            await asyncio.sleep(self._notice_poll_seconds)
