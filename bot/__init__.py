"""Conference concierge bot: answers attendees' questions from an organiser-owned FAQ file."""

__version__ = "0.1.0"
