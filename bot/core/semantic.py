"""The seam for an optional semantic retriever: what the core asks of it, and what it embeds.

The core stays pure and light: it never imports a model or numpy. An adapter outside
the core (``bot.embeddings``) implements :class:`SemanticSearch` with an embedding
model and gives the core, per question, how close the question is in meaning to each
item. Without it the engine runs on words alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

from bot.core.models import KnowledgeBase
from bot.core.standing_urgent import alert_topics
from bot.core.text import is_english

Role = Literal["query", "passage"]


@dataclass(frozen=True)
class Similarity:
    """Cosine similarity of a question to one item.

    ``phrasing``: to the closest of the item's own questions and titles (question to
    question); ``passage``: to its answer or description (question to text).
    """

    phrasing: float
    passage: float


class SemanticSearch(Protocol):
    """How close a question is in meaning to every item, by item id."""

    def similarities(self, question: str) -> Mapping[str, Similarity]: ...

    def alert_similarities(self, question: str) -> Mapping[str, float]:
        """Per urgent or sensitive topic id, the cosine to its closest trigger."""
        ...

    def example_similarities(self, question: str) -> Mapping[str, float]:
        """Per urgent or sensitive topic id with examples, the cosine to the closest."""
        ...


@dataclass(frozen=True)
class SemanticText:
    item_id: str
    text: str
    role: Role


def texts_to_embed(kb: KnowledgeBase) -> list[SemanticText]:
    """What an adapter embeds for a knowledge base: each item's phrasings and its text.

    Phrasings are embedded as queries, so question meets question; answers and
    descriptions as passages, prefixed with the item's title so a short answer keeps
    its subject.
    """
    out: list[SemanticText] = []

    def add(item_id: str, phrasings: tuple[str, ...], passage: str) -> None:
        for text in dict.fromkeys(p for p in phrasings if p.strip()):
            out.append(SemanticText(item_id, text, "query"))
        out.append(SemanticText(item_id, passage, "passage"))

    for entry in kb.faq:
        add(entry.id, (entry.question, *entry.alternates), f"{entry.question} {entry.answer}")
    for session in kb.sessions:
        speakers = "; ".join(session.speakers)
        passage = f"{session.title}. {session.description or ''} {speakers}".strip()
        add(session.id, (session.title, *session.alternates), passage)
    for theme in kb.themes:
        add(theme.id, (theme.title,), f"{theme.title}. {theme.summary}")
    for room in kb.answerable_rooms:
        add(room.id, (room.name,), f"{room.name}. {room.notes or ''}".strip())
    return out


def alert_texts(kb: KnowledgeBase) -> list[SemanticText]:
    """The English triggers of the urgent and sensitive topics, embedded as queries.

    The model matches other languages to them on its own; a trigger in another
    language would sit closer to any message in that language than the English FAQ
    entries do, and raise alerts for ordinary questions in it. A trigger made of the
    core's concepts (``@sign + @body``) is left out: it stands for hundreds of words in
    six languages, not for one wording whose meaning could be compared.
    """
    return [SemanticText(topic.id, trigger, "query")
            for topic in alert_topics(kb) for trigger in topic.triggers
            if "@" not in trigger and is_english(trigger)]


def alert_example_texts(kb: KnowledgeBase) -> list[SemanticText]:
    """The English example messages of the urgent and sensitive topics, as queries.

    Kept apart from the triggers: a whole message sits closer to a whole example than
    to a short trigger ("collapsed"), ordinary questions too, so an example needs a
    wider margin over the FAQ (``alerts.EXAMPLE_MARGIN``). English only, for the reason
    given for the triggers.
    """
    return [SemanticText(topic.id, example, "query")
            for topic in alert_topics(kb) for example in topic.examples if is_english(example)]
