"""Who may moderate: a real check, not only Discord's default-permission hint.

``default_permissions`` only decides who *sees* a command and server admins can
change it; every moderator command also runs :func:`ensure_moderator`.
"""

from __future__ import annotations

import discord
from discord import app_commands

from bot.core.models import ENGLISH
from bot.core.wording import say
from bot.discord_bot.messaging import locale_language

# The English wording; the person refused gets theirs in their app language: they are
# not staff, so not assumed to read the moderators' English.
NOT_IN_DMS = say("moderators_not_in_dms", ENGLISH)
NOT_A_MODERATOR = say("not_a_moderator", ENGLISH)


def not_a_moderator(interaction: discord.Interaction) -> str:
    """The refusal, in the language of the person's Discord app."""
    return say("not_a_moderator", locale_language(interaction))


class Refusal(app_commands.CheckFailure):
    """A check said no; ``str(refusal)`` is the one line the person is shown."""


def is_moderator(interaction: discord.Interaction, moderator_role_id: int | None) -> bool:
    user = interaction.user
    if interaction.guild is None or not isinstance(user, discord.Member):
        return False
    # Resolved by Discord for this member in this channel, overwrites included.
    if interaction.permissions.manage_messages:
        return True
    return moderator_role_id is not None and any(r.id == moderator_role_id for r in user.roles)


def ensure_moderator(interaction: discord.Interaction, moderator_role_id: int | None) -> bool:
    """True, or a :class:`Refusal` saying why not."""
    if interaction.guild is None:
        raise Refusal(say("moderators_not_in_dms", locale_language(interaction)))
    if not is_moderator(interaction, moderator_role_id):
        raise Refusal(not_a_moderator(interaction))
    return True


def moderator_group(name: str, description: str) -> app_commands.Group:
    """A slash-command group for moderators: guild only, hidden from members by default.

    The default permission is only Discord's hint; every command in the group is
    still checked with :func:`ensure_moderator` (the cog's ``interaction_check``).
    """
    return app_commands.Group(
        name=name,
        description=description,
        guild_only=True,
        allowed_contexts=app_commands.AppCommandContext(guild=True),
        default_permissions=discord.Permissions(manage_messages=True),
    )
