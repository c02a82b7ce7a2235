"""An attendee's own programme: ``/follow``, ``/unfollow``, ``/my-schedule``, ``/remind``
and ``/calendar``.

Thin: each command reads its options, asks the store or the FAQ being served, renders
and responds, visible to the person alone. Reminders and change notices are sent by the
notifier (``bot.notifier``); a command that changes what is due pokes it.
"""

from __future__ import annotations

import io
import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import calendars
from bot.core import describe, wording
from bot.core.completion import MAX_CHOICE_CHARS, MAX_CHOICES, clip
from bot.core.models import ENGLISH, Session
from bot.core.reminders import MAX_REMINDER_MINUTES
from bot.core.schedule import ends_at
from bot.core.translations import title_in
from bot.core.wording import right_to_left, say
from bot.discord_bot import choices, messaging, notices
from bot.discord_bot.render import Reply
from bot.notifier import ProgrammeNotifier
from bot.served import SESSIONS, ServedFaq
from bot.storage.programme import ProgrammeStore

# The English wording, for the tests; each reply is in the person's app language.
NO_SUCH_SESSION = say("follow_no_such_session", ENGLISH)
ALREADY_OVER = say("follow_already_over", ENGLISH)
NOT_FOLLOWING = say("follow_not_following", ENGLISH)
NO_SUCH_DAY = say("follow_no_such_day", ENGLISH)
ONE_CHOICE = say("calendar_one_choice", ENGLISH)
NOTHING_FOLLOWED = say("calendar_nothing_followed", ENGLISH)


def _filename(text: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:60]
    return f"{slug or 'programme'}.ics"


async def _say(
    interaction: discord.Interaction[Any], key: str, language: str | None, **values: object
) -> None:
    await messaging.say(interaction, right_to_left(say(key, language, **values), language))


class FollowCog(commands.Cog, name="My schedule"):
    def __init__(
        self, faq: ServedFaq, store: ProgrammeStore, notifier: ProgrammeNotifier
    ) -> None:
        self._faq = faq
        self._store = store
        self._notifier = notifier

    async def _minutes(self, user_id: int) -> int:
        chosen = await self._store.minutes_of(user_id)
        return self._notifier.default_minutes if chosen is None else chosen

    # -- /follow, /unfollow --------------------------------------------------------------

    @app_commands.command(name="follow")
    @app_commands.describe(session="The session (start typing to pick one)")
    async def follow(self, interaction: discord.Interaction[Any], session: str) -> None:
        """Get a DM reminder before a session, and a DM if it changes."""
        language = messaging.locale_language(interaction)
        found = self._faq.session_named(session)
        if found is None:
            await _say(interaction, "follow_no_such_session", language)
            return
        kb, now = self._faq.knowledge_base, self._faq.now()
        if ends_at(kb, found) <= now:
            await _say(interaction, "follow_already_over", language)
            return
        user = interaction.user.id
        # The app's language is the language of this person's DMs from now on.
        added = await self._store.follow(user, found.id, at=now, language=language)
        text = notices.followed_text(
            kb, found, minutes=await self._minutes(user),
            refused=await self._store.refused_at(user) is not None, already=not added,
            language=language)
        await messaging.say(interaction, text)
        self._notifier.poke()

    def _session_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Sessions that fit what is typed, named in the person's app language."""
        language = messaging.locale_language(interaction)
        entries = self._faq.complete(current, SESSIONS)
        return [app_commands.Choice(name=e.label_in(language), value=e.item_id)
                for e in entries if len(e.item_id) <= MAX_CHOICE_CHARS]

    @follow.autocomplete("session")
    async def follow_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._session_choices(interaction, current)

    @app_commands.command(name="unfollow")
    @app_commands.describe(session="A session you follow")
    async def unfollow(self, interaction: discord.Interaction[Any], session: str) -> None:
        """Stop reminders and change messages for a session."""
        followed = await self._store.followed(interaction.user.id)
        session_id = session if session in followed else None
        if session_id is None:
            found = self._faq.session_named(session)
            session_id = found.id if found is not None and found.id in followed else None
        language = messaging.locale_language(interaction)
        if session_id is None:
            await _say(interaction, "follow_not_following", language)
            return
        await self._store.unfollow(interaction.user.id, session_id)
        item = self._faq.item(session_id)
        name = title_in(item, language) if isinstance(item, Session) else session_id
        await _say(interaction, "unfollowed", language, name=name)

    @unfollow.autocomplete("session")
    async def unfollow_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = " ".join(current.lower().split())
        language = messaging.locale_language(interaction)
        followed: list[app_commands.Choice[str]] = []
        for session_id in await self._store.followed(interaction.user.id):
            item = self._faq.item(session_id)
            if isinstance(item, Session):
                name, english = title_in(item, language), item.title
            else:
                name = english = f"{session_id} {say('choice_removed', language)}"
            fits = not typed or typed in name.lower() or typed in english.lower()
            if fits and len(session_id) <= MAX_CHOICE_CHARS:
                followed.append(app_commands.Choice(name=clip(name), value=session_id))
        return followed[:MAX_CHOICES]

    # -- /my-schedule, /remind -----------------------------------------------------------

    @app_commands.command(name="my-schedule")
    async def my_schedule(self, interaction: discord.Interaction[Any]) -> None:
        """The sessions you follow, and when your reminders come."""
        user = interaction.user.id
        text = notices.schedule_lines(self._faq.knowledge_base, await self._store.followed(user),
                                      minutes=await self._minutes(user), now=self._faq.now(),
                                      language=messaging.locale_language(interaction))
        await messaging.say(interaction, text)

    @app_commands.command(name="remind")
    @app_commands.describe(minutes="How many minutes before each session you follow (0: none)")
    async def remind(
        self,
        interaction: discord.Interaction[Any],
        minutes: app_commands.Range[int, 0, MAX_REMINDER_MINUTES],
    ) -> None:
        """Choose when your reminders come."""
        await self._store.set_minutes(interaction.user.id, minutes)
        language = messaging.locale_language(interaction)
        await self._store.set_language(interaction.user.id, language)
        if minutes == 0:
            await _say(interaction, "reminders_off", language)
        else:
            await _say(interaction, "reminders_on", language,
                       minutes=wording.minutes(minutes, language))
        self._notifier.poke()

    # -- /calendar ---------------------------------------------------------------------

    @app_commands.command(name="calendar")
    @app_commands.describe(
        day="One conference day", session="One session (start typing to pick one)",
        mine="Only the sessions you follow",
    )
    async def calendar(
        self,
        interaction: discord.Interaction[Any],
        day: str | None = None,
        session: str | None = None,
        mine: bool = False,
    ) -> None:
        """The programme as a calendar file (.ics): import it again to update it."""
        kb, now = self._faq.knowledge_base, self._faq.now()
        language = messaging.locale_language(interaction)
        if sum((bool(day and day.strip()), bool(session and session.strip()), mine)) > 1:
            await _say(interaction, "calendar_one_choice", language)
            return
        name = kb.conference.short_name or kb.conference.name
        sessions: list[Session] = list(kb.sessions)
        if day and day.strip():
            chosen = self._faq.day_named(day)
            if chosen is None or chosen not in kb.conference.dates:
                await _say(interaction, "follow_no_such_day", language)
                return
            sessions = [s for s in sessions if s.day == chosen]
            name = f"{name}: {describe.day_label(chosen, language)}"
        elif session and session.strip():
            found = self._faq.session_named(session)
            if found is None:
                await _say(interaction, "follow_no_such_session", language)
                return
            sessions, name = [found], title_in(found, language)
        elif mine:
            followed = set(await self._store.followed(interaction.user.id))
            sessions = [s for s in sessions if s.id in followed]
            if not sessions:
                await _say(interaction, "calendar_nothing_followed", language)
                return
            name = say("calendar_mine", language, name=name)
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = calendars.calendar(kb, sessions, now=now, title=name, language=language)
        text = right_to_left(say("calendar_sent", language,
                                 sessions=wording.sessions(len(sessions), language),
                                 city=describe.city_of(kb)), language)
        file = discord.File(io.BytesIO(data), filename=_filename(name),
                            description=f"{name} ({calendars.MEDIA_TYPE})"[:1024])
        await messaging.follow_up(interaction, [Reply(content=text)], file=file)

    @calendar.autocomplete("day")
    async def day_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return choices.day_choices(self._faq, current, messaging.locale_language(interaction))

    @calendar.autocomplete("session")
    async def calendar_session_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._session_choices(interaction, current)
