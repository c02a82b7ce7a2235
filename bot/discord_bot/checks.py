"""Who may moderate: a real check, not only Discord's default-permission hint.

``default_permissions`` only decides who *sees* a command and server admins can
change it; every moderator command also runs :func:`ensure_moderator`.
"""

from __future__ import annotations

import discord
from discord import app_commands

NOT_IN_DMS = "Moderator commands work only in the conference server, not in direct messages."
NOT_A_MODERATOR = (
    "Sorry, this command is for moderators (Manage Messages permission or the "
    "moderator role)."
)


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
        raise Refusal(NOT_IN_DMS)
    if not is_moderator(interaction, moderator_role_id):
        raise Refusal(NOT_A_MODERATOR)
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
