"""Terminal text for answers, and the attendee-facing wording the console shares with Discord."""

from __future__ import annotations

import re

from bot.core.models import Answer, Outcome

UNKNOWN_REPLY = (
    "I don't know that yet, sorry. I've passed your question to the organisers; "
    "the information desk can help in the meantime."
)
UNKNOWN_REPLY_NOT_LOGGED = "I don't know that yet, sorry. The information desk can help."
SUGGEST_INTRO = "I'm not sure I understood. Did you mean:"
EMPTY_REPLY = (
    "Hello! Ask me anything about the conference: the programme, rooms, badges, "
    "security, interpretation, the webcast, food, wifi..."
)

# Markdown a terminal does not render: **bold** becomes plain.
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# Terminal control sequences (ANSI CSI/OSC and other C0/C1 controls, except tab and
# newline): text from the FAQ file or from attendees must never drive the terminal.
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|"
                      r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def plain(text: str) -> str:
    """Text safe to print on a terminal: no control sequences, no markdown stars."""
    return _CONTROL.sub("", _BOLD.sub(r"\1", text))


def format_answer(answer: Answer, *, logged: bool = True) -> str:
    if answer.outcome is Outcome.ANSWER and answer.text:
        return plain(answer.text)
    if answer.empty:
        return EMPTY_REPLY
    if answer.outcome is Outcome.SUGGEST:
        lines = [SUGGEST_INTRO]
        lines += [f"  {i}. {plain(s.title)}" for i, s in enumerate(answer.suggestions, 1)]
        lines.append("Reply with a number to see that answer, or ask in other words.")
        if logged:
            lines.append("(Your question has been passed to the organisers too.)")
        return "\n".join(lines)
    return UNKNOWN_REPLY if logged else UNKNOWN_REPLY_NOT_LOGGED
