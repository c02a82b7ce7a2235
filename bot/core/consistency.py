"""Checks that the best entry can really answer what was asked, beyond shared words.

Word overlap says an entry is about the right thing; these checks catch the
classic confident-but-wrong answers, where the entry is about the topic but does
not hold the fact asked for:

* a price ("how much is a taxi from the airport?") when the entry states none;
* another time ("is the cloakroom open on Saturday?", "next year's conference")
  that neither the conference dates nor the entry mention;
* the thing asked about ("is there a gym near the UN?") when the entry never
  mentions it, even though it shares the rest of the question.
"""

from __future__ import annotations

import re

from bot.core.models import FaqEntry, KnowledgeBase, Session, Theme
from bot.core.schedule import MONTHS, WEEKDAYS
from bot.core.text import fold, tokenize

_PRICE_QUESTION = re.compile(
    r"\b(how much|costs?|prices?|priced|fees?|fares?|expensive|cheap|charges?|tariffs?)\b"
)
_IN_CHARGE = re.compile(r"\bin charge\b")
_PRICE_STATED = re.compile(
    r"[$\u20ac\u00a3]\s?\d|\d\s?(usd|us dollars|dollars|eur|euros|chf)\b|\bfree\b|"
    r"\bno (fee|charge|cost)\b|\bat no cost\b|\bcharge[sd]?\b|\bcosts?\b|\bprices?\b"
)
# "may" is a month and a verb: only count it next to a day number.
_MAY = re.compile(r"\b(\d{1,2}(st|nd|rd|th)? may|may \d{1,2})\b")
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_OTHER_TIME = re.compile(r"\b(next|last|previous|following) (year|month|time|edition)\b")
# "is there a gym ...": the word after these openings is what the question is about.
_FOCUS = re.compile(
    r"\b(?:is there|are there|do you have|do they have|is it possible to (?:get|have)|"
    r"can i (?:get|have|bring|use|rent|hire|book)|where (?:is|are|can i find)|"
    r"what(?:s| is| s)|any)\s+(?:a |an |any |the |some )?(\w+)"
)


def folded_text(kb: KnowledgeBase, item: FaqEntry | Session | Theme) -> str:
    """Everything an entry says, folded, for checking a fact is in it."""
    return fold(item_text(kb, item))


def item_text(kb: KnowledgeBase, item: FaqEntry | Session | Theme) -> str:
    """Everything an entry says."""
    if isinstance(item, FaqEntry):
        return " ".join((item.question, *item.alternates, *item.keywords, item.answer))
    if isinstance(item, Session):
        parts = [item.title, *item.alternates, item.description or "", *item.speakers,
                 kb.room_name(item.room), f"{item.day:%A %d %B %Y}"]
        return " ".join(parts)
    sessions = " ".join(s.title for s in kb.sessions if s.theme == item.id)
    return " ".join((item.title, item.summary, *item.keywords, sessions))


def unanswerable_reason(kb: KnowledgeBase, question: str, said: str) -> str | None:
    """Why an entry cannot answer the question, or None when nothing stands out.

    ``said`` is everything the entry says, folded (``folded_text``).
    """
    asked = fold(question)
    if _PRICE_QUESTION.search(_IN_CHARGE.sub("", asked)) and not _PRICE_STATED.search(said):
        return "a price is asked and the entry states none"
    other = _other_time(kb, asked, said)
    if other is not None:
        return f"the question is about {other}, which the entry does not mention"
    return None


def _other_time(kb: KnowledgeBase, asked: str, said: str) -> str | None:
    dates = kb.conference.dates
    conference_days = {WEEKDAYS[d.weekday()] for d in dates}
    conference_months = {MONTHS[d.month - 1] for d in dates}
    words = set(asked.split()) | set(re.findall(r"\w+", asked))
    for day in WEEKDAYS:
        if day in words and day not in conference_days and day not in said:
            return day.capitalize()
    for month in MONTHS:
        mentioned = _MAY.search(asked) if month == "may" else month in words
        if mentioned and month not in conference_months and month not in said:
            return month.capitalize()
    years = {str(d.year) for d in dates}
    for match in _YEAR.finditer(asked):
        if match.group(0) not in years and match.group(0) not in said:
            return match.group(0)
    other = _OTHER_TIME.search(asked)
    if other and other.group(0) not in said:
        return other.group(0)
    return None


_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([a-z][a-z\-]{3,})\b")


def place_words(question: str) -> list[str]:
    """Words naming where something is ("the UN office in Geneva"), as typed (folded)."""
    return [m.group(1) for m in _PLACE.finditer(fold(question))]


def focus_word(question: str) -> str | None:
    """The stem of what a question is about, when it follows a usual opening."""
    match = _FOCUS.search(fold(question))
    if match is None:
        return None
    tokens = [t for t in tokenize(match.group(1)) if not t.stop and not t.generic]
    return tokens[0].stem if tokens else None
