"""The Discord side of the concierge: the only package that imports discord.py.

``bot.wiring.build_bot(settings, faq=..., questions=...)`` assembles a ready bot;
``await bot.start(token)`` runs it (``conference-bot run`` does this via ``runner``).
Named ``discord_bot``, not ``discord``, so it never shadows the library.
"""

from bot.discord_bot.client import ConciergeBot

__all__ = ["ConciergeBot"]
