"""Translations in the FAQ file: optional, per item, checked like the English text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core import translations
from bot.core.models import Translation, translation_in
from bot.faqfile import Severity
from tests.faqfile.helpers import HEADER, MINIMAL, build, find, line_with, parse

TRANSLATED_FAQ = """\
  - id: wifi
    question: Is there wifi?
    answer: Yes, the network is UN-Guest.
    translations:
      fr:
        question: Y a-t-il du wifi ?
        alternates: [mot de passe du wifi]
        answer: Oui, le réseau est UN-Guest.
        needs_review: true
      zh:
        question: 有无线网络吗？
        answer: 有，网络名称是 UN-Guest。
"""


def _in(translated: tuple[Translation, ...], language: str) -> Translation:
    found = translation_in(translated, language)
    assert found is not None, f"no {language} translation"
    return found


def with_translation(block: str) -> str:
    """The GOOD_FAQ wifi entry with ``block`` (indented under translations) added."""
    return build(faq="  - id: wifi\n    question: Is there wifi?\n"
                     "    answer: Yes, the network is UN-Guest.\n    translations:\n" + block)


def test_translations_of_an_faq_entry_are_read_with_their_review_mark() -> None:
    result = parse(build(faq=TRANSLATED_FAQ))
    assert result.problems == ()
    assert result.kb is not None
    entry = result.kb.faq[0]
    french = translation_in(entry.translations, "fr")
    assert french is not None
    assert french.question == "Y a-t-il du wifi ?"
    assert french.alternates == ("mot de passe du wifi",)
    assert french.answer == "Oui, le réseau est UN-Guest."
    assert french.needs_review
    chinese = translation_in(entry.translations, "zh")
    assert chinese is not None and not chinese.needs_review
    assert translation_in(entry.translations, "es") is None
    assert translation_in(entry.translations, "en") is None


def test_every_kind_of_item_can_carry_translations() -> None:
    text = """\
version: 1
conference:
  name: Test Conference
  timezone: America/New_York
  dates: [2018-06-28]
  translations:
    es: {name: Conferencia de prueba}
venue:
  name: UN Headquarters
  address: 405 East 42nd Street
  directions: Use the visitors' entrance.
  translations:
    ru: {name: Центральные учреждения ООН, directions: Вход для посетителей.}
  rooms:
    - id: ga-hall
      name: General Assembly Hall
      translations:
        ar: {name: قاعة الجمعية العامة}
themes:
  - id: theme-pve
    title: Preventing violent extremism
    summary: Prevention.
    translations:
      fr: {title: Prévenir l'extrémisme violent, summary: La prévention.}
sessions:
  - id: opening
    title: Opening session
    day: 2018-06-28
    start: "10:00"
    end: "11:15"
    room: ga-hall
    translations:
      zh: {title: 开幕式, alternates: [开幕]}
faq: []
urgent:
  - id: medical
    topic: Medical emergency
    answer: Call security.
    triggers: [collapsed]
    translations:
      es: {answer: Llame a seguridad.}
"""
    result = parse(text)
    assert result.problems == ()
    kb = result.kb
    assert kb is not None and kb.venue is not None
    assert _in(kb.conference.translations, "es").name == "Conferencia de prueba"
    assert _in(kb.venue.translations, "ru").directions == "Вход для посетителей."
    assert _in(kb.venue.rooms[0].translations, "ar").name == "قاعة الجمعية العامة"
    assert _in(kb.themes[0].translations, "fr").summary == "La prévention."
    assert _in(kb.sessions[0].translations, "zh").alternates == ("开幕",)
    assert _in(kb.alerts[0].translations, "es").answer == "Llame a seguridad."


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        ("de", "translations are for the other UN languages: ar, zh, fr, ru, es"),
        ("cn", "write 'zh'"),
        ("FR", "write 'fr'"),
        ("es-MX", "write 'es'"),
        ("en", "English is the entry's own text"),
    ],
)
def test_a_language_code_that_is_not_one_of_the_five_is_an_error(
    code: str, fragment: str
) -> None:
    text = with_translation(f"      {code}: {{question: x}}\n")
    result = parse(text)
    assert result.kb is None
    find(result, f"faq[0].translations.{code}", line_with(text, f"{code}: {{"), fragment)


def test_an_answer_translation_over_the_limit_is_an_error_like_the_english_one() -> None:
    text = with_translation("      fr:\n        answer: " + "x" * 1801 + "\n")
    result = parse(text)
    assert result.kb is None
    find(result, "faq[0].translations.fr.answer", line_with(text, "answer: xxx"),
         "1801 characters long; the limit is 1800")


def test_an_empty_translated_field_is_a_warning_and_the_english_is_kept() -> None:
    text = with_translation('      fr:\n        question: ""\n        answer: Oui.\n')
    result = parse(text)
    assert result.kb is not None
    find(result, "faq[0].translations.fr.question", line_with(text, 'question: ""'),
         "empty; the English text is shown instead", Severity.WARNING)
    french = translation_in(result.kb.faq[0].translations, "fr")
    assert french is not None and french.question is None and french.answer == "Oui."


def test_a_translation_with_no_text_is_a_warning_and_left_out() -> None:
    text = with_translation("      ru: {needs_review: true}\n")
    result = parse(text)
    assert result.kb is not None
    find(result, "faq[0].translations.ru", line_with(text, "ru: {"), "has no text",
         Severity.WARNING)
    assert result.kb.faq[0].translations == ()


def test_a_misspelt_field_in_a_translation_is_named_with_a_hint() -> None:
    text = with_translation("      es:\n        answre: Sí.\n        question: ¿Hay wifi?\n")
    result = parse(text)
    assert result.kb is not None
    find(result, "faq[0].translations.es.answre", line_with(text, "answre"),
         "did you mean 'answer'?", Severity.WARNING)


def test_a_field_another_kind_of_item_has_is_not_accepted_in_a_translation() -> None:
    text = with_translation("      es:\n        title: Wifi\n")
    result = parse(text)
    find(result, "faq[0].translations.es.title", line_with(text, "title: Wifi"),
         "unknown field 'title'", Severity.WARNING)


@pytest.mark.parametrize(
    ("block", "field", "fragment"),
    [
        ("      fr: Oui\n", "faq[0].translations.fr", "must be a mapping"),
        ("      fr:\n        answer: 42\n", "faq[0].translations.fr.answer", "expected text"),
        ("      fr:\n        alternates: wifi\n", "faq[0].translations.fr.alternates",
         "expected a list of text"),
        ("      fr:\n        answer: Oui\n        needs_review: maybe\n",
         "faq[0].translations.fr.needs_review", "expected true or false"),
    ],
)
def test_translations_of_the_wrong_shape_are_errors(block: str, field: str, fragment: str) -> None:
    result = parse(with_translation(block))
    assert result.kb is None
    assert any(p.field == field and fragment in p.message for p in result.errors), [
        str(p) for p in result.problems]


def test_translations_that_are_not_a_mapping_of_languages_are_an_error() -> None:
    text = with_translation("      - fr\n")
    result = parse(text)
    assert result.kb is None
    assert any(p.field == "faq[0].translations" for p in result.errors)


def test_a_translated_phrasing_worded_like_another_entry_is_warned_about() -> None:
    faq = TRANSLATED_FAQ + """\
  - id: password
    question: mot de passe du wifi
    answer: There is none.
"""
    result = parse(build(faq=faq))
    assert result.kb is not None
    assert any("reads the same as" in p.message for p in result.warnings)


def test_coverage_counts_items_translated_in_full_in_part_and_for_review() -> None:
    faq = TRANSLATED_FAQ + """\
  - id: food
    question: Where can I eat?
    answer: In the cafeteria.
    translations:
      fr: {question: "Où manger ?"}
"""
    result = parse(build(faq=faq))
    assert result.kb is not None
    french = next(c for c in translations.coverage(result.kb) if c.language == "fr")
    # conference, venue, 2 rooms, 1 theme, 1 session, 2 entries
    assert (french.items, french.translated, french.partly, french.needs_review) == (8, 1, 1, 1)
    left = {u.label: u for u in translations.untranslated(result.kb, "fr")}
    assert "faq wifi" not in left
    assert left["faq food"].fields == ("answer",) and left["faq food"].partly
    assert left["session opening"].fields == ("title",) and not left["session opening"].partly
    assert left["venue"].fields == ("name",)


def test_a_file_without_translations_has_none_and_everything_left() -> None:
    result = parse(HEADER + "faq: []\n")
    assert result.kb is not None
    assert not translations.has_translations(result.kb)
    assert all(c.translated == 0 for c in translations.coverage(result.kb))


def test_the_translation_example_in_the_format_guide_is_valid() -> None:
    readme = (Path(__file__).resolve().parents[2] / "faq" / "README.md").read_text("utf-8")
    example = re.search(r"```yaml\n(faq:\n  - id: wifi\n.*?translations:.*?)```", readme, re.S)
    assert example is not None
    result = parse(MINIMAL.replace("faq: []\n", "") + example.group(1))
    assert result.problems == ()
    assert result.kb is not None
    entry = result.kb.faq[0]
    assert {t.language for t in entry.translations} == {"fr", "es", "zh"}
    assert _in(entry.translations, "es").needs_review
