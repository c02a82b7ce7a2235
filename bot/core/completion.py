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
from bot.core.translations import title_in, translated_phrasings

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
    # (language, title) where the FAQ file translates the title (an entry's question).
    titles: tuple[tuple[str, str], ...] = ()

    @property
    def label(self) -> str:
        """The title as a choice name: one line, at most 100 characters."""
        return clip(self.title)

    def label_in(self, language: str | None) -> str:
        """The choice name in the person's app language where the file translates the
        title; else the English one (a choice is a label, not a reply: no note)."""
        translated = next((title for code, title in self.titles if code == language), None)
        return clip(translated) if translated else self.label



def _translated_titles(item: FaqEntry | Session | Theme) -> tuple[tuple[str, str], ...]:
    english = title_in(item, None)
    found = ((t.language, title_in(item, t.language)) for t in item.translations)
    return tuple((code, title) for code, title in found if title != english)


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
        # A translated label names its entry too (the English ones come first: a
        # translation that reads like another entry's English title does not take it).
        self._label_language: dict[str, str] = {}
        for entry in entries:
            for language, title in entry.titles:
                label = clip(title)
                if label not in self._by_label:
                    self._by_label[label] = entry
                    self._label_language[label] = language

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Completer:
        entries: list[Entry] = []
        phrases: list[tuple[int, str, str]] = []
        items: list[FaqEntry | Session | Theme] = [*kb.faq, *ordered(kb.sessions), *kb.themes]
        for item in items:
            titles = _translated_titles(item)
            if isinstance(item, FaqEntry):
                entry = Entry(item.id, item.question, ItemKind.FAQ, titles)
                texts: Iterable[str] = (item.question, *item.alternates)
            elif isinstance(item, Session):
                entry = Entry(item.id, item.title, ItemKind.SESSION, titles)
                texts = (item.title, *item.alternates)
            else:
                entry = Entry(item.id, item.title, ItemKind.THEME, titles)
                texts = (item.title,)
            # What people type in their own language finds the entry too.
            texts = (*texts, *translated_phrasings(item))
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
            entry = self.entries[owner]
            if any(query in fold(title)
                   for title in (entry.title, *(t for _, t in entry.titles))):
                scores[owner] += 10.0  # what was typed appears as is in a title
        best = sorted(scores, key=lambda owner: (-scores[owner], owner))
        return [self.entries[owner] for owner in best[:limit]]

    def by_label(self, label: str) -> Entry | None:
        """The entry an autocomplete choice named (its value is the label)."""
        return self._by_label.get(label)

    def label_language(self, label: str) -> str | None:
        """The language of a translated label (the choice a person picked is in it);
        None for an English label or no label at all."""
        return self._label_language.get(label)

    def by_id(self, item_id: str) -> Entry | None:
        return self._by_id.get(item_id)
