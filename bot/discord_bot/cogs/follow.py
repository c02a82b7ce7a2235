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
from bot.core import describe
from bot.core.completion import MAX_CHOICE_CHARS, MAX_CHOICES, clip
from bot.core.models import Session
from bot.core.reminders import MAX_REMINDER_MINUTES
from bot.core.schedule import ends_at
from bot.discord_bot import choices, messaging, notices
from bot.discord_bot.render import Reply
from bot.notifier import ProgrammeNotifier
from bot.served import SESSIONS, ServedFaq
from bot.storage.programme import ProgrammeStore

NO_SUCH_SESSION = "I couldn't find that session. Pick one from the list as you type."
ALREADY_OVER = "That session is already over, so there is nothing to remind you of."
NOT_FOLLOWING = "You don't follow that session. `/my-schedule` lists the ones you do."
NO_SUCH_DAY = "I couldn't tell which day you meant. Pick one of the conference days."
ONE_CHOICE = "Pick one of day, session or mine (or none, for the whole programme)."
NOTHING_FOLLOWED = "You don't follow any session yet: `/follow session:` adds one."


def _filename(text: str) -> str:
    slug = "-".join(re.findall(r"[a-z0-9]+", text.lower()))[:60]
    return f"{slug or 'programme'}.ics"


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
        found = self._faq.session_named(session)
        if found is None:
            await messaging.say(interaction, NO_SUCH_SESSION)
            return
        kb, now = self._faq.knowledge_base, self._faq.now()
        if ends_at(kb, found) <= now:
            await messaging.say(interaction, ALREADY_OVER)
            return
        user = interaction.user.id
        added = await self._store.follow(user, found.id, at=now)
        text = notices.followed_text(
            kb, found, minutes=await self._minutes(user),
            refused=await self._store.refused_at(user) is not None, already=not added)
        await messaging.say(interaction, text)
        self._notifier.poke()

    def _session_choices(self, current: str) -> list[app_commands.Choice[str]]:
        entries = self._faq.complete(current, SESSIONS)
        return [app_commands.Choice(name=e.label, value=e.item_id)
                for e in entries if len(e.item_id) <= MAX_CHOICE_CHARS]

    @follow.autocomplete("session")
    async def follow_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._session_choices(current)

    @app_commands.command(name="unfollow")
    @app_commands.describe(session="A session you follow")
    async def unfollow(self, interaction: discord.Interaction[Any], session: str) -> None:
        """Stop reminders and change messages for a session."""
        followed = await self._store.followed(interaction.user.id)
        session_id = session if session in followed else None
        if session_id is None:
            found = self._faq.session_named(session)
            session_id = found.id if found is not None and found.id in followed else None
        if session_id is None:
            await messaging.say(interaction, NOT_FOLLOWING)
            return
        await self._store.unfollow(interaction.user.id, session_id)
        item = self._faq.item(session_id)
        name = item.title if isinstance(item, Session) else session_id
        await messaging.say(interaction, f"You no longer follow **{name}**.")

    @unfollow.autocomplete("session")
    async def unfollow_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = " ".join(current.lower().split())
        followed: list[app_commands.Choice[str]] = []
        for session_id in await self._store.followed(interaction.user.id):
            item = self._faq.item(session_id)
            name = item.title if isinstance(item, Session) else f"{session_id} (removed)"
            if (not typed or typed in name.lower()) and len(session_id) <= MAX_CHOICE_CHARS:
                followed.append(app_commands.Choice(name=clip(name), value=session_id))
        return followed[:MAX_CHOICES]

    # -- /my-schedule, /remind -----------------------------------------------------------

    @app_commands.command(name="my-schedule")
    async def my_schedule(self, interaction: discord.Interaction[Any]) -> None:
        """The sessions you follow, and when your reminders come."""
        user = interaction.user.id
        text = notices.schedule_lines(self._faq.knowledge_base, await self._store.followed(user),
                                      minutes=await self._minutes(user), now=self._faq.now())
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
        if minutes == 0:
            text = ("Reminders are off. I'll still DM you when a session you follow changes. "
                    "`/remind minutes:10` turns them back on.")
        else:
            text = (f"I'll remind you {minutes} minute{'s' if minutes != 1 else ''} before "
                    "each session you follow.")
        await messaging.say(interaction, text)
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
        if sum((bool(day and day.strip()), bool(session and session.strip()), mine)) > 1:
            await messaging.say(interaction, ONE_CHOICE)
            return
        name = kb.conference.short_name or kb.conference.name
        sessions: list[Session] = list(kb.sessions)
        if day and day.strip():
            chosen = self._faq.day_named(day)
            if chosen is None or chosen not in kb.conference.dates:
                await messaging.say(interaction, NO_SUCH_DAY)
                return
            sessions = [s for s in sessions if s.day == chosen]
            name = f"{name}: {describe.day_label(chosen)}"
        elif session and session.strip():
            found = self._faq.session_named(session)
            if found is None:
                await messaging.say(interaction, NO_SUCH_SESSION)
                return
            sessions, name = [found], found.title
        elif mine:
            followed = set(await self._store.followed(interaction.user.id))
            sessions = [s for s in sessions if s.id in followed]
            if not sessions:
                await messaging.say(interaction, NOTHING_FOLLOWED)
                return
            name = f"{name}: my sessions"
        await interaction.response.defer(ephemeral=True, thinking=True)
        data = calendars.calendar(kb, sessions, now=now, title=name)
        count = len(sessions)
        text = (f"{count} session{'s' if count != 1 else ''}, in {describe.city_of(kb)} time. "
                "Open the file to add it to your calendar; importing a newer one updates the "
                "same events (rooms, times, cancellations).")
        file = discord.File(io.BytesIO(data), filename=_filename(name),
                            description=f"{name} ({calendars.MEDIA_TYPE})"[:1024])
        await messaging.follow_up(interaction, [Reply(content=text)], file=file)

    @calendar.autocomplete("day")
    async def day_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return choices.day_choices(self._faq, current)

    @calendar.autocomplete("session")
    async def calendar_session_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return self._session_choices(current)
