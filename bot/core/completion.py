"""Autocomplete: FAQ questions and session titles that fit what someone is typing.

Pure and cheap (Discord, the front end that completes, drops an autocomplete answer
after 3 seconds): every phrasing is folded and normalised once per FAQ load, and each
keystroke is two rapidfuzz passes in C. The read model of the FAQ being served
(``bot.served.ServedFaq``) keeps one completer per load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.core.models import FaqEntry, ItemKind, KnowledgeBase, Session, Theme
from bot.core.schedule import ordered
from bot.core.text import fold, normalise

# Shown when at least this similar (0-100) to what was typed.
MIN_COMPLETION_SCORE = 60.0
# Candidates taken from each rapidfuzz pass before merging per entry.
PASS_CANDIDATES = 200
# Discord's limits on autocomplete: 25 choices, names and values of 100 characters.
MAX_CHOICES = 25
MAX_CHOICE_CHARS = 100


@dataclass(frozen=True)
class Entry:
    item_id: str
    title: str
    kind: ItemKind

    @property
    def label(self) -> str:
        """The title as a choice name: one line, at most 100 characters."""
        return clip(self.title)


def clip(text: str, limit: int = MAX_CHOICE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


class Completer:
    """The phrasings of one knowledge base, ready to rank against partial input."""

    def __init__(self, entries: list[Entry], phrases: list[tuple[int, str, str]]) -> None:
        self.entries = entries
        self._owners = [owner for owner, _, _ in phrases]
        self._folded = [f for _, f, _ in phrases]
        self._normalised = [n for _, _, n in phrases]
        self._by_label: dict[str, Entry] = {}
        self._by_id: dict[str, Entry] = {}
        for entry in entries:
            self._by_label.setdefault(entry.label, entry)
            self._by_id.setdefault(entry.item_id, entry)

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Completer:
        entries: list[Entry] = []
        phrases: list[tuple[int, str, str]] = []
        items: list[FaqEntry | Session | Theme] = [*kb.faq, *ordered(kb.sessions), *kb.themes]
        for item in items:
            if isinstance(item, FaqEntry):
                entry = Entry(item.id, item.question, ItemKind.FAQ)
                texts: Iterable[str] = (item.question, *item.alternates)
            elif isinstance(item, Session):
                entry = Entry(item.id, item.title, ItemKind.SESSION)
                texts = (item.title, *item.alternates)
            else:
                entry = Entry(item.id, item.title, ItemKind.THEME)
                texts = (item.title,)
            owner = len(entries)
            entries.append(entry)
            for text in texts:
                phrases.append((owner, fold(text), normalise(text)))
        return cls(entries, phrases)

    def complete(
        self,
        typed: str,
        kinds: frozenset[ItemKind] = frozenset({ItemKind.FAQ, ItemKind.SESSION}),
        *,
        limit: int = MAX_CHOICES,
    ) -> list[Entry]:
        """The best entries of these kinds for ``typed``, best first; nothing typed:
        the first ones in the file (FAQ, then the programme in order)."""
        wanted = [e for e in self.entries if e.kind in kinds]
        query = " ".join(fold(typed[:MAX_CHOICE_CHARS * 2]).split())
        if not query:
            return wanted[:limit]
        scores: dict[int, float] = {}
        passes = ((query, self._folded, fuzz.partial_ratio), (normalise(query), self._normalised,
                                                              fuzz.WRatio))
        for text, choices, scorer in passes:
            if not text:
                continue
            for _, score, index in process.extract(
                text, choices, scorer=scorer, limit=PASS_CANDIDATES,
                score_cutoff=MIN_COMPLETION_SCORE,
            ):
                owner = self._owners[index]
                if self.entries[owner].kind in kinds and score > scores.get(owner, 0.0):
                    scores[owner] = score
        for owner in scores:
            if query in fold(self.entries[owner].title):
                scores[owner] += 10.0  # what was typed appears as is in the title
        best = sorted(scores, key=lambda owner: (-scores[owner], owner))
        return [self.entries[owner] for owner in best[:limit]]

    def by_label(self, label: str) -> Entry | None:
        """The entry an autocomplete choice named (its value is the label)."""
        return self._by_label.get(label)

    def by_id(self, item_id: str) -> Entry | None:
        return self._by_id.get(item_id)
