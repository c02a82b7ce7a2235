"""The optional glossary section, and the warning for phrasings that collide."""

from __future__ import annotations

import pytest

from bot.core.models import GlossaryTerm
from bot.faqfile import Severity
from tests.faqfile.helpers import MINIMAL, build, find, line_with, parse

pytestmark = pytest.mark.usefixtures("yaml_loader")

W = Severity.WARNING


def with_glossary(body: str) -> str:
    return MINIMAL + "glossary:\n" + body


def test_a_glossary_of_terms_abbreviations_and_synonyms_is_read() -> None:
    result = parse(with_glossary(
        "  - term: foreign terrorist fighters\n"
        "    abbreviations: [FTF, FTFs]\n"
        "    synonyms: [returnees, foreign fighters]\n"
    ))
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert result.kb.glossary == (GlossaryTerm(
        "foreign terrorist fighters", ("FTF", "FTFs"), ("returnees", "foreign fighters")),)


def test_the_glossary_is_optional() -> None:
    result = parse(MINIMAL)
    assert result.kb is not None and result.kb.glossary == ()


def test_a_term_is_required() -> None:
    text = with_glossary("  - abbreviations: [FTF]\n")
    find(parse(text), "glossary[0].term", line_with(text, "abbreviations"), "required")


def test_an_abbreviation_of_several_words_is_an_error_that_points_to_synonyms() -> None:
    text = with_glossary("  - term: foreign terrorist fighters\n"
                         "    abbreviations:\n      - foreign fighters\n")
    problem = find(parse(text), "glossary[0].abbreviations[0]",
                   line_with(text, "- foreign fighters"), "one word")
    assert "synonyms" in problem.message


def test_an_abbreviation_that_is_a_common_word_is_warned_about() -> None:
    text = with_glossary("  - term: United States\n    abbreviations: [US]\n")
    result = parse(text)
    assert result.ok
    find(result, "glossary[0].abbreviations[0]", line_with(text, "[US]"), "common word", W)


def test_a_form_listed_twice_is_warned_about_with_the_first_line() -> None:
    text = with_glossary(
        "  - term: counter-terrorism\n    abbreviations: [CT]\n"
        "  - term: counter terrorism\n    synonyms: [CT work]\n"
    )
    result = parse(text)
    problem = find(result, "glossary[1].term", line_with(text, "term: counter terrorism"),
                   "already in the glossary", W)
    assert f"line {line_with(text, 'term: counter-terrorism')}" in problem.message


def test_both_spellings_of_a_word_in_one_term_are_no_repetition() -> None:
    text = with_glossary(
        "  - term: preventing violent extremism\n"
        "    synonyms: [radicalisation, radicalization]\n")
    assert parse(text).problems == ()


@pytest.mark.parametrize("glossary", [
    # The same word written twice in one term.
    "  - term: preventing violent extremism\n    synonyms: [radicalisation, radicalisation]\n",
    # A spelling of a form another term already has: which term it means is unclear.
    "  - term: preventing violent extremism\n    synonyms: [radicalisation]\n"
    "  - term: countering violent extremism\n    synonyms: [radicalization]\n",
])
def test_a_form_repeated_or_shared_by_two_terms_is_still_warned_about(glossary: str) -> None:
    result = parse(with_glossary(glossary))
    assert any("already in the glossary" in p.message for p in result.problems)


def test_a_term_with_nothing_to_add_is_warned_about() -> None:
    text = with_glossary("  - term: side event\n")
    find(parse(text), "glossary[0]", line_with(text, "- term: side event"), "changes nothing", W)


def test_an_unknown_field_in_a_glossary_entry_is_named() -> None:
    text = with_glossary("  - term: digital evidence\n    synonym: [e-evidence]\n")
    problem = find(parse(text), "glossary[0].synonym", line_with(text, "synonym:"),
                   "unknown field", W)
    assert "synonyms" in problem.message


def test_a_glossary_that_is_not_a_list_is_an_error() -> None:
    text = MINIMAL + "glossary: FTF\n"
    find(parse(text), "glossary", line_with(text, "glossary:"), "expected a list")


def test_two_items_that_can_be_asked_in_the_same_words_are_warned_about() -> None:
    text = build(faq=(
        "  - id: lunch-thursday\n    question: Where is lunch?\n    answer: Thursday.\n"
        "  - id: lunch-friday\n    question: Lunch on Friday?\n"
        "    alternates: [where is lunch]\n    answer: Friday.\n"
    ))
    result = parse(text)
    assert result.ok
    problem = find(result, "faq[1].alternates[0]", line_with(text, "[where is lunch]"),
                   "reads the same as", W)
    assert "'lunch-thursday'" in problem.message


def test_a_keyword_of_only_question_words_is_warned_about() -> None:
    text = build(faq=(
        "  - id: participants\n    question: Who is attending?\n"
        "    keywords: [participants, how many]\n    answer: 1,000 people.\n"
    ))
    result = parse(text)
    assert result.ok
    find(result, "faq[0].keywords[1]", line_with(text, "how many"), "only question words", W)
    assert not any("participants'" in p.message for p in result.warnings)


def test_one_item_may_repeat_its_own_phrasing_without_a_warning() -> None:
    text = build(faq=("  - id: wifi\n    question: Is there wifi?\n"
                      "    alternates: [is there WiFi]\n    answer: Yes.\n"))
    assert not parse(text).problems


# -- urgent and sensitive topics -----------------------------------------------------

URGENT = """\
urgent:
  - id: medical-emergency
    topic: Medical emergency
    answer: Call UN Security.
    triggers: [collapsed, "child/kid + missing", fire!]
sensitive:
  - id: weapons
    topic: Weapons
    answer: I can't discuss weapons.
    triggers: [gun]
"""


def test_urgent_and_sensitive_topics_are_read_urgent_first() -> None:
    result = parse(MINIMAL + URGENT)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert [(t.id, t.kind.value, t.triggers) for t in result.kb.alerts] == [
        ("medical-emergency", "urgent", ("collapsed", "child/kid + missing", "fire!")),
        ("weapons", "sensitive", ("gun",)),
    ]


def test_a_topic_reads_its_example_messages() -> None:
    text = MINIMAL + URGENT.replace(
        '    triggers: [collapsed, "child/kid + missing", fire!]\n',
        '    triggers: [collapsed]\n    examples:\n      - my colleague collapsed in the hall\n'
        '      - 我的同事晕倒了\n')
    result = parse(text)
    assert result.ok, [str(p) for p in result.problems]
    assert result.kb is not None
    assert result.kb.alerts[0].examples == ("my colleague collapsed in the hall", "我的同事晕倒了")
    assert result.kb.alerts[1].examples == ()


def test_an_example_that_is_not_a_list_of_text_is_an_error_with_line_and_field() -> None:
    text = MINIMAL + URGENT.replace("    triggers: [gun]\n",
                                    "    triggers: [gun]\n    examples:\n      key: value\n")
    result = parse(text)
    find(result, "sensitive[0].examples", line_with(text, "key: value"), "expected a list of text")


def test_an_empty_example_is_an_error_with_line_and_field() -> None:
    text = MINIMAL + URGENT.replace("    triggers: [gun]\n",
                                    "    triggers: [gun]\n    examples:\n      - a gun here\n"
                                    "      -\n")
    find(parse(text), "sensitive[0].examples[1]", line_with(text, "      -", 2), "empty")


def test_an_example_of_a_word_or_two_is_warned_about_and_left_out() -> None:
    text = MINIMAL + URGENT.replace("    triggers: [gun]\n",
                                    "    triggers: [gun]\n    examples:\n      - gun\n"
                                    "      - is my sidearm allowed past screening\n")
    result = parse(text)
    assert result.kb is not None
    assert result.kb.alerts[1].examples == ("is my sidearm allowed past screening",)
    find(result, "sensitive[0].examples[0]", line_with(text, "- gun"), "too short", W)


def test_a_topic_needs_its_answer_and_triggers() -> None:
    text = MINIMAL + "urgent:\n  - id: fire\n    topic: Fire\n"
    result = parse(text)
    find(result, "urgent[0].answer", line_with(text, "- id: fire"), "required")
    find(result, "urgent[0].triggers", line_with(text, "- id: fire"), "required")


def test_a_topic_id_must_be_unique_across_the_whole_file() -> None:
    text = build() + "urgent:\n  - id: wifi\n    topic: T\n    answer: A.\n    triggers: [x y]\n"
    find(parse(text), "urgent[0].id", line_with(text, "- id: wifi", 2), "duplicate id 'wifi'")


def test_a_trigger_that_would_fire_on_everything_is_warned_about_and_left_out() -> None:
    text = MINIMAL + ("urgent:\n  - id: fire\n    topic: Fire\n    answer: Leave.\n"
                      "    triggers:\n      - the\n      - it\n      - smoke + \n      - flames\n")
    result = parse(text)
    assert result.kb is not None and result.kb.alerts[0].triggers == ("flames",)
    find(result, "urgent[0].triggers[0]", line_with(text, "- the"), "no words", W)
    find(result, "urgent[0].triggers[1]", line_with(text, "- it"), "common word", W)
    find(result, "urgent[0].triggers[2]", line_with(text, "- smoke +"), "each side", W)


def test_a_trigger_shared_by_two_topics_is_warned_about() -> None:
    text = MINIMAL + URGENT.replace("triggers: [gun]", "triggers: [collapsed]")
    result = parse(text)
    find(result, "sensitive[0].triggers[0]", line_with(text, "triggers: [collapsed]"),
         "also raises 'medical-emergency'", W)


def test_a_trigger_naming_a_concept_the_bot_does_not_know_is_warned_about_and_left_out() -> None:
    text = MINIMAL + ("urgent:\n  - id: fire\n    topic: Fire\n    answer: Leave.\n"
                      "    triggers:\n      - \"@flames + @body\"\n      - \"@sign + @body\"\n")
    result = parse(text)
    assert result.kb is not None and result.kb.alerts[0].triggers == ("@sign + @body",)
    find(result, "urgent[0].triggers[0]", line_with(text, "- \"@flames"), "'@flames' is not", W)
