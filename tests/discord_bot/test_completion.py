"""Autocomplete ranking over FAQ questions and session titles (pure, no Discord)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import BUNDLED_FAQ
from bot.core.completion import MAX_CHOICES, Completer
from bot.core.models import FaqEntry, ItemKind, KnowledgeBase, Translation
from bot.served import FaqHolder, ServedFaq
from bot.wiring import load_faq

from .fixtures import FAQ_TEXT, write_faq


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    return load_faq(write_faq(tmp_path_factory.mktemp("faq") / "faq.yaml", FAQ_TEXT)).index.kb


@pytest.fixture(scope="module")
def completer(kb: KnowledgeBase) -> Completer:
    return Completer.build(kb)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("wi", "Is there wifi?"),
        ("wifi pass", "Is there wifi?"),  # an alternate phrasing
        ("badg", "Where do I get my badge?"),
        ("registration", "Where do I get my badge?"),
        ("lunch thurs", "Where is lunch served on Thursday?"),
        ("closing", "Closing session"),
        ("opning sesion", "Opening session"),  # typos
    ],
)
def test_what_is_typed_so_far_finds_the_entry(
    completer: Completer, typed: str, first: str
) -> None:
    assert completer.complete(typed)[0].title == first


def test_nothing_typed_lists_the_faq_then_the_programme(completer: Completer) -> None:
    titles = [e.title for e in completer.complete("")]
    assert titles[:2] == ["Is there wifi?", "Where do I get my badge?"]
    assert titles[4] == "Opening session"
    assert "International cooperation" not in titles  # themes only when asked for


def test_kinds_filter_the_choices(completer: Completer) -> None:
    sessions = completer.complete("s", frozenset({ItemKind.SESSION}))
    assert sessions and all(e.kind is ItemKind.SESSION for e in sessions)


def test_gibberish_finds_nothing(completer: Completer) -> None:
    assert completer.complete("zzqxv qqqj") == []


def test_choices_fit_discords_limits_on_a_large_faq() -> None:
    big = load_faq(BUNDLED_FAQ).index.kb
    long_entry = FaqEntry(id="long", question="Where " + "very " * 60 + "long?", answer="x")
    kb = replace(big, faq=(*big.faq, long_entry))
    completer = Completer.build(kb)
    for typed in ("", "where", "session", "very long", "a"):
        entries = completer.complete(typed)
        assert len(entries) <= MAX_CHOICES
        assert all(len(e.label) <= 100 for e in entries)
    entry = completer.by_id("long")
    assert entry is not None and completer.by_label(entry.label) == entry


def test_completions_follow_a_reloaded_faq(tmp_path: Path) -> None:
    holder = FaqHolder(load_faq(write_faq(tmp_path / "faq.yaml", FAQ_TEXT)))
    served = ServedFaq(holder)
    first = served.completer()
    assert served.completer() is first  # built once per load, not per keystroke
    holder.replace(load_faq(write_faq(tmp_path / "edited.yaml", FAQ_TEXT.replace(
        "question: Is there wifi?", "question: Is there wireless internet?"))))
    assert served.complete("wirel")[0].title == "Is there wireless internet?"


# --- choices in the person's app language ----------------------------------------------

SPANISH_WIFI = "¿Hay wifi?"
SPANISH_CLOSING = "Sesión de clausura"


@pytest.fixture(scope="module")
def translated(kb: KnowledgeBase) -> Completer:
    faq = tuple(replace(e, translations=(Translation(language="es", question=SPANISH_WIFI,
                                                     alternates=("contraseña de la red",)),))
                if e.id == "wifi" else e for e in kb.faq)
    sessions = tuple(replace(s, translations=(
        Translation(language="es", title=SPANISH_CLOSING),
        # A translation that reads like another entry's English title takes nothing.
        Translation(language="fr", title="Opening session"),
    )) if s.id == "closing-session" else s for s in kb.sessions)
    return Completer.build(replace(kb, faq=faq, sessions=sessions))


def test_a_choice_is_named_in_the_person_s_language_where_the_file_translates_it(
    translated: Completer,
) -> None:
    wifi = translated.by_id("wifi")
    badge = translated.by_id("badge")
    assert wifi is not None and badge is not None
    assert wifi.label_in("es") == SPANISH_WIFI
    assert wifi.label_in("fr") == wifi.label_in(None) == wifi.label == "Is there wifi?"
    assert badge.label_in("es") == badge.label  # not translated: the English title


def test_what_is_typed_in_another_language_finds_the_entry(translated: Completer) -> None:
    assert translated.complete("contraseña")[0].item_id == "wifi"  # a translated alternate
    assert translated.complete("clausura", frozenset({ItemKind.SESSION}))[0].item_id == (
        "closing-session")


def test_a_translated_label_names_its_entry_but_never_takes_an_english_one(
    translated: Completer,
) -> None:
    found = translated.by_label(SPANISH_WIFI)
    assert found is not None and found.item_id == "wifi"
    assert translated.label_language(SPANISH_WIFI) == "es"  # a pick of it is in Spanish
    opening = translated.by_label("Opening session")
    assert opening is not None and opening.item_id == "opening-session"
    assert translated.label_language("Opening session") is None
    assert translated.label_language("Is there wifi?") is None
