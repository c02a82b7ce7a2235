"""The people, guilds, roles and channels that exist inside the fake Discord.

Plain frozen dataclasses: tests refer to them (``world.moderator``, ``Ids.GUILD``)
and :mod:`tests.discord_fake.payloads` turns them into Discord JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import discord

# Permission bit sets, spelled with discord.py's own flag names for readability.
EVERYONE_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    read_message_history=True,
    add_reactions=True,
    embed_links=True,
    attach_files=True,
    use_application_commands=True,
).value
MODERATOR_PERMISSIONS = discord.Permissions(manage_messages=True, kick_members=True).value
BOT_PERMISSIONS = (
    discord.Permissions(send_messages_in_threads=True, manage_messages=True).value
    | EVERYONE_PERMISSIONS
)
ALL_PERMISSIONS = discord.Permissions.all().value
ADMINISTRATOR = discord.Permissions(administrator=True).value

TEXT_CHANNEL = 0
DM_CHANNEL = 1


class Ids:
    """Fixed snowflakes of the default world, for tests to assert against."""

    APPLICATION = 1_100_000_000_000_000_001
    BOT = APPLICATION  # a bot user shares its application's id
    OWNER = 1_100_000_000_000_000_002
    MODERATOR = 1_100_000_000_000_000_003
    MEMBER = 1_100_000_000_000_000_004

    GUILD = 1_200_000_000_000_000_001
    EVERYONE_ROLE = GUILD  # @everyone shares the guild's id
    MEMBER_ROLE = 1_200_000_000_000_000_010
    MODERATOR_ROLE = 1_200_000_000_000_000_011
    BOT_ROLE = 1_200_000_000_000_000_012
    GENERAL_CHANNEL = 1_200_000_000_000_000_020
    HELP_CHANNEL = 1_200_000_000_000_000_021


@dataclass(frozen=True)
class FakeUser:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


@dataclass(frozen=True)
class FakeRole:
    id: int
    name: str
    permissions: int = 0
    position: int = 0
    managed: bool = False
    bot_id: int | None = None  # set for the role Discord creates for a bot
    mentionable: bool = False


@dataclass(frozen=True)
class FakeChannel:
    id: int
    name: str
    guild_id: int
    type: int = TEXT_CHANNEL
    position: int = 0
    topic: str | None = None


@dataclass(frozen=True)
class FakeMember:
    user: FakeUser
    guild_id: int
    role_ids: tuple[int, ...] = ()
    nick: str | None = None

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def mention(self) -> str:
        return self.user.mention


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: list[FakeRole]
    channels: list[FakeChannel]
    members: list[FakeMember]
    # The server's primary language (Community settings): what the bot posts in its
    # channels for everyone is in it.
    preferred_locale: str = "en-US"

    def role(self, role_id: int) -> FakeRole:
        return next(r for r in self.roles if r.id == role_id)

    def channel(self, channel_id: int) -> FakeChannel | None:
        return next((c for c in self.channels if c.id == channel_id), None)

    def member(self, user_id: int) -> FakeMember | None:
        return next((m for m in self.members if m.id == user_id), None)

    def permissions_of(self, member: FakeMember) -> int:
        """Guild-level permissions: @everyone plus the member's roles (no overwrites)."""
        if member.id == self.owner_id:
            return ALL_PERMISSIONS
        value = self.role(self.id).permissions
        for role_id in member.role_ids:
            value |= self.role(role_id).permissions
        return ALL_PERMISSIONS if value & ADMINISTRATOR else value


@dataclass
class World:
    """Everything the fake knows about. ``default_world()`` builds the usual one."""

    application_name: str
    bot: FakeUser
    owner: FakeUser
    guilds: list[FakeGuild] = field(default_factory=list)

    @property
    def application_id(self) -> int:
        return self.bot.id

    def guild(self, guild_id: int) -> FakeGuild | None:
        return next((g for g in self.guilds if g.id == guild_id), None)

    def channel(self, channel_id: int) -> FakeChannel | None:
        for guild in self.guilds:
            found = guild.channel(channel_id)
            if found is not None:
                return found
        return None

    def user(self, user_id: int) -> FakeUser | None:
        for candidate in (self.bot, self.owner):
            if candidate.id == user_id:
                return candidate
        for guild in self.guilds:
            member = guild.member(user_id)
            if member is not None:
                return member.user
        return None

    # Shortcuts into the default world (they assume its ids exist).
    @property
    def main_guild(self) -> FakeGuild:
        return self.guilds[0]

    def _member(self, user_id: int) -> FakeMember:
        member = self.main_guild.member(user_id)
        assert member is not None, f"user {user_id} is not in {self.main_guild.name}"
        return member

    @property
    def bot_member(self) -> FakeMember:
        return self._member(self.bot.id)

    @property
    def moderator(self) -> FakeMember:
        """Has the moderator role, which grants Manage Messages."""
        return self._member(Ids.MODERATOR)

    @property
    def member(self) -> FakeMember:
        """A plain member: member role only, no moderation rights."""
        return self._member(Ids.MEMBER)

    @property
    def general(self) -> FakeChannel:
        return _require(self.channel(Ids.GENERAL_CHANNEL))

    @property
    def help_channel(self) -> FakeChannel:
        return _require(self.channel(Ids.HELP_CHANNEL))


def _require(channel: FakeChannel | None) -> FakeChannel:
    assert channel is not None, "the default channels are missing from this world"
    return channel


def default_world() -> World:
    bot = FakeUser(Ids.BOT, "concierge", "Conference Concierge", bot=True)
    owner = FakeUser(Ids.OWNER, "organiser", "Conference Organiser")
    moderator = FakeUser(Ids.MODERATOR, "mod_maria", "Maria (moderator)")
    member = FakeUser(Ids.MEMBER, "delegate_dan", "Dan")
    guild = FakeGuild(
        id=Ids.GUILD,
        name="HLC Counter-Terrorism Conference",
        owner_id=owner.id,
        roles=[
            FakeRole(Ids.EVERYONE_ROLE, "@everyone", EVERYONE_PERMISSIONS),
            FakeRole(Ids.MEMBER_ROLE, "Delegate", position=1),
            FakeRole(Ids.MODERATOR_ROLE, "Moderator", MODERATOR_PERMISSIONS, position=2),
            FakeRole(Ids.BOT_ROLE, "Concierge", BOT_PERMISSIONS, 3, managed=True, bot_id=bot.id),
        ],
        channels=[
            FakeChannel(Ids.GENERAL_CHANNEL, "general", Ids.GUILD, position=0),
            FakeChannel(Ids.HELP_CHANNEL, "faq-help", Ids.GUILD, position=1, topic="Ask here"),
        ],
        members=[
            FakeMember(bot, Ids.GUILD, (Ids.BOT_ROLE,)),
            FakeMember(owner, Ids.GUILD, (Ids.MEMBER_ROLE,)),
            FakeMember(moderator, Ids.GUILD, (Ids.MEMBER_ROLE, Ids.MODERATOR_ROLE)),
            FakeMember(member, Ids.GUILD, (Ids.MEMBER_ROLE,)),
        ],
    )
    return World("Conference Concierge", bot=bot, owner=owner, guilds=[guild])
