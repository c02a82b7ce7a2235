"""When the bot answers, suggests or admits it does not know: the thresholds, in one place.

The figures were set by measuring decisions (right answers plus right abstentions)
on question sets written for two different FAQ files, under the rule that a wrong
answer costs far more than an honest "I don't know": an attendee sent to the wrong
room is worse off than one told to ask at the desk.

Scores are 0-100 (see ``matching``): the share of the question's informative words
an entry covers, scaled by how much of one of the entry's own phrasings the
question says.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # A confident answer needs a score of at least this much...
    answer_score: float = 38.0
    # ...and must cover at least this share of what the question said, however
    # well the question echoes one of the entry's phrasings.
    min_query_coverage: float = 0.4
    # ...and must beat the best unrelated entry by this many points: two entries
    # that fit about equally mean the question is ambiguous.
    min_margin: float = 3.0
    # ...unless the question reads almost word for word like one of the best entry's
    # phrasings and clearly less like the rival's (this many points of rapidfuzz ratio).
    min_exactness_lead: float = 25.0
    # An informative word the best entry misses but another strong candidate is
    # about (in its question, title or keywords) means the question is about that
    # other thing, or about two things at once ("the wifi password at my hotel"):
    # no confident answer when the word weighs this much and the other candidate
    # scores at least rival_share of the best.
    max_conflicting_word_weight: float = 0.7
    rival_share: float = 0.4
    # Below answer_score, entries scoring at least this are offered as "did you mean".
    suggest_score: float = 20.0
    # At most this many suggestions (Discord shows them as buttons).
    max_suggestions: int = 3


DEFAULT_THRESHOLDS = Thresholds()
