"""Large FAQ files for the speed benchmarks: the bundled FAQ grown to any number of entries.

A big event's file is the bundled one (its programme, venue, glossary, urgent and
sensitive topics, and its questions and answers) with synthetic entries appended to
its ``faq:`` list until it holds the number asked for. Synthetic entries draw every
word from one small vocabulary (about 60 words, many of them the bundled FAQ's own:
badge, wifi, lunch...), so each word is in thousands of entries: the worst case for a
word index, and the questions the benchmarks ask (the project's own regression
questions) meet them everywhere. The same seed gives the same file.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

from bot.core.models import FaqEntry, KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "faq" / "conference.yaml"

WORDS = (
    "badge security wifi lunch coffee taxi hotel visa interpretation webcast press media "
    "photo session plenary panel youth victims financing internet border prevention "
    "cooperation capacity strategy resolution mission delegation registration parking "
    "accessibility wheelchair prayer medical cloakroom luggage document statement speaker "
    "certificate reception dinner breakfast metro airport entrance schedule room hall "
    "chamber desk phone email contact network password laptop charger printer"
).split()
ANSWER_WORDS = 60


def synthetic_entries(count: int, seed: int = 7) -> list[FaqEntry]:
    """``count`` entries of four topic words each, answers of 60 words."""
    rng = random.Random(seed)
    entries = []
    for n in range(count):
        topic = rng.sample(WORDS, 4)
        entries.append(FaqEntry(
            id=f"entry-{n}",
            question=f"How does the {topic[0]} {topic[1]} work for {topic[2]}?",
            alternates=(f"{topic[1]} {topic[3]} question {n}", f"where is {topic[0]} {n}"),
            keywords=(topic[0], topic[3], f"code{n}"),
            answer=" ".join(rng.choice(WORDS) for _ in range(ANSWER_WORDS)),
        ))
    return entries


def grown_kb(bundled: KnowledgeBase, entries: int) -> KnowledgeBase:
    """The bundled knowledge base with synthetic entries up to ``entries`` FAQ entries."""
    extra = synthetic_entries(max(0, entries - len(bundled.faq)))
    return dataclasses.replace(bundled, faq=(*bundled.faq, *extra))


def grown_yaml(entries: int, bundled_count: int) -> str:
    """The bundled FAQ file's text with synthetic entries appended (``faq:`` is its last
    list), up to ``entries`` FAQ entries; ``bundled_count`` is how many it has."""
    text = BUNDLED.read_text(encoding="utf-8").rstrip("\n") + "\n"
    lines = []
    for entry in synthetic_entries(max(0, entries - bundled_count)):
        lines += [
            f"  - id: {entry.id}",
            f"    question: {json.dumps(entry.question)}",
            "    alternates:",
            *(f"      - {json.dumps(alt)}" for alt in entry.alternates),
            f"    keywords: [{', '.join(entry.keywords)}]",
            f"    answer: {json.dumps(entry.answer)}",
        ]
    return text + "".join(line + "\n" for line in lines)
