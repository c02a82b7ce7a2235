"""Follow-ups to a conversation the bot does not keep: "and the second one?", "same for
friday?", "ok the first one pls".

Each message is answered on its own, so such a message names nothing the bot can
find: however well it shares "second" or "friday" with an entry or the programme, no
answer is what was asked. Read by the matcher's vetoes and the programme logic alike.
"""

from __future__ import annotations

import re

from bot.core.calendar_words import WEEKDAYS
from bot.core.text import words

# What may lead a follow-up: "ok ...", "so ...", "and ...".
_LEAD = r"^(?:ok(?:ay)?\s+|so\s+|and\s+)?"
# A follow-up's opening ("and ...", "what about ...", "same for ...").
_OPENING = re.compile(
    rf"{_LEAD}(?:and|also|what about|how about|same(?: for| on| with| in)?"
    r"|the same(?: for| on| with| in)?)\b"
)
# Words that only point back at what came before: ordinals, "one", "that", "same", days.
_POINTING_BACK = frozenset(
    """
    the a an one ones other others another first second third fourth fifth last
    previous same that this those these it them its for on with in of about then
    please pls too as well again
    """.split()
) | frozenset(WEEKDAYS) | frozenset({"today", "tomorrow", "yesterday"})
# Without an opening, a message of pointing words is a follow-up when it picks one of
# a list it was shown ("the first one", "that one"); "friday?" alone is a question.
_PICKING = frozenset("one ones first second third fourth fifth last previous".split())
_CONSENT = frozenset("ok okay so yes yeah yep".split())


# "Same for room 2?", "and the same for the closing": the question asked before, about
# another thing; "ok and that one, is it closed too?": the thing pointed at, as before.
_SAME_FOR = re.compile(rf"{_LEAD}(?:the )?same (?:for|on|with|in|about)\b")
_SAME_FOR_WORDS = 4  # at most this many words after "same for": a thing, not a question
_THAT_ONE_TOO = re.compile(r"\b(?:that|this) one\b.*\b(?:too|as well|also)$")


def points_back(question: str) -> bool:
    """Whether the message is made only of words that point back at a conversation, or
    asks again what it asked of something else."""
    folded = " ".join(words(question))  # words() folds
    same = _SAME_FOR.match(folded)
    if (same is not None and len(folded[same.end():].split()) <= _SAME_FOR_WORDS) or (
            _THAT_ONE_TOO.search(folded)):
        return True
    match = _OPENING.match(folded)
    if match is not None:
        return all(word in _POINTING_BACK for word in folded[match.end():].split())
    said = folded.split()
    return (bool(said) and bool(set(said) & _PICKING)
            and all(word in _POINTING_BACK or word in _CONSENT for word in said))
