"""The caches that keep a question's readings (the alert stage's, the programme's) never
answer for another question or another FAQ: a wrong key would show as a different answer
on a warm index than on one that forgot everything."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from bot.core import alerts, answering
from bot.core.answering import answer
from bot.core.matching import MatchIndex
from bot.core.memo import per_object
from bot.served import LoadedFaq
from bot.wiring import load_faq
from tests.question_sets import read_set

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLED_FAQ = ROOT / "faq" / "conference.yaml"
OTHER_FAQ = ROOT / "tests" / "fixtures" / "other_conference.yaml"
ALERT_TABLES = ROOT / "tests" / "alerts"
NOW = dt.datetime(2018, 6, 28, 15, 0, tzinfo=dt.UTC)


def test_a_result_is_kept_for_the_very_object_passed() -> None:
    calls: list[tuple[int, ...]] = []

    @per_object(kept=4)
    def total(numbers: tuple[int, ...]) -> int:
        calls.append(numbers)
        return sum(numbers)

    numbers = (1, 2, 3)
    assert total(numbers) == 6
    assert total(numbers) == 6
    assert len(calls) == 1


def test_an_equal_copy_is_worked_out_again_with_its_own_value() -> None:
    @dataclasses.dataclass
    class Box:
        items: list[int]

        def __eq__(self, other: object) -> bool:
            return True  # every box "equal": only identity may tell them apart

    @per_object(kept=4)
    def size(box: Box) -> int:
        return len(box.items)

    assert size(Box([1])) == 1
    assert size(Box([1, 2])) == 2


def test_past_the_limit_everything_kept_is_worked_out_again() -> None:
    calls: list[str] = []

    @per_object(kept=2)
    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    first, second, third = "alpha", "bravo", "charlie"
    for word in (first, second, first, second):
        assert shout(word) == word.upper()
    assert calls == [first, second]
    shout(third)
    shout(third)
    shout(first)
    assert calls == [first, second, third, first]


@pytest.fixture(scope="module")
def faq() -> LoadedFaq:
    return load_faq(BUNDLED_FAQ)


def test_a_kept_reading_is_kept_apart_by_how_it_was_read(faq: LoadedFaq) -> None:
    index = faq.index.alerts
    # Kit asked about ahead of need reads otherwise than kit needed now; a delegation of
    # one's own reads otherwise for the sensitive topics than for the urgent ones.
    # The same sentence reads otherwise where the message named the writer's own
    # minister in another ("accompanying our Minister. ... the Minister can be seated").
    kit, own = "is there a defibrillator", "where will my delegation sit in the GA hall?"
    again, minister = "where will the minister sit in the GA hall?", frozenset({"minister"})
    none: frozenset[str] = frozenset()
    assert index._read_anew(kit, False, True, none) != index._read_anew(kit, False, False, none)
    assert index._read_anew(own, True, False, none) != index._read_anew(own, False, False, none)
    assert (index._read_anew(again, True, False, minister)
            != index._read_anew(again, True, False, none))
    index._reads.clear()
    for text, sensitive, ahead, owned in (
            (kit, False, True, none), (kit, False, False, none), (own, False, False, none),
            (own, True, False, none), (again, True, False, minister),
            (again, True, False, none)):
        assert (index._read(text, sensitive, ahead, owned)
                == index._read_anew(text, sensitive, ahead, owned))


def _uncached(
    self: alerts.AlertIndex, text: str, sensitive: bool = False, ahead: bool | None = None,
    owned: frozenset[str] | None = None,
) -> object:
    """The reading worked out afresh every time: what the kept one must equal."""
    if owned is None:
        owned = alerts.owned_principals(alerts.trigger_words(text))
    return self._read_anew(text, sensitive, alerts._asked_ahead(text) if ahead is None else ahead,
                           owned if sensitive else frozenset())


def _verdict(loaded: LoadedFaq, question: str) -> tuple[object, ...]:
    result = answer(loaded.index, question, NOW)
    return (result.outcome, result.alert, result.item_id, result.best_id)


# Messages of the blind alert tables whose sensitive reading decides their verdict (one
# reading served for the other changes it), beside a whole table of urgent, sensitive
# and ordinary messages.
READ_OTHERWISE = (
    "my delegation's seat: where do I find the seating plan for my own delegation",
    "my delegation's hotel booking fell through, does the UN help with hotels?",
    "where will my delegation sit in the GA hall?",
    "who heads that office, UNOCT or CTED?",
    "what is the evacuation plan for the ministers if something happens in the hall",
    "coach driver: where can our delegation bus drop passengers off and where do we wait?",
    "we are the delegation of Fiji, where do we sit in the hall? do we get name plates?",
    "someone left a handwritten note on our delegation's table saying we are next, just "
    "now, during the coffee break",
    "which floor is the secretary generals office on and when is he there",
    "A courier is delivering a package for our delegation, where can he drop it off?",
    "I am the protocol officer accompanying our Minister. At what time does the opening "
    "begin, so that the Minister can be seated beforehand?",
    "our minister's office keeps asking: which hotel is the minister staying at?",
)


def test_kept_readings_answer_as_fresh_ones_do(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = read_set(ALERT_TABLES / "messages.yaml")
    questions = [*READ_OTHERWISE, *(item["q"] for item in table)]
    # Each message read right after others (in both orders) and twice in a row: the
    # urgent reading, the sensitive one and a sentence's are kept under their own keys.
    warm = {q: _verdict(faq, q) for q in questions}
    warm_backwards = {q: _verdict(faq, q) for q in reversed(questions)}
    again = {q: (_verdict(faq, q), _verdict(faq, q))[1] for q in questions}
    with monkeypatch.context() as patched:
        patched.setattr(alerts.AlertIndex, "_read", _uncached)
        patched.setattr(answering, "_judged", answering._judge)  # nothing judged kept
        fresh = {q: _verdict(faq, q) for q in questions}
    assert sum(v[1] is not None for v in fresh.values()) > 100  # the table raises alerts
    assert warm == fresh
    assert warm_backwards == fresh
    assert again == fresh


def test_a_word_kept_from_one_message_reads_in_the_next_as_on_a_fresh_index(
    faq: LoadedFaq,
) -> None:
    # A word's own reading is kept per word (``_word_alone``); what its neighbours say is
    # read again in every message: "basket weaver here:" introduces the writer, so
    # there "weaver" is no typo of "weaker", while in a later sentence it is.
    introduced = "basket weaver here: may I bring a woven bag through the screening?"
    typed = "help, the weaver is not breathing"
    none: frozenset[str] = frozenset()

    def fresh_index() -> alerts.AlertIndex:
        kept = faq.index.alerts
        return alerts.AlertIndex(kept.topics, known=kept._known)

    alone = {text: fresh_index()._read_anew(text, False, False, none)
             for text in (introduced, typed)}
    assert "weaker" in alone[typed].present
    assert "weaker" not in alone[introduced].present
    for order in ((introduced, typed), (typed, introduced)):
        index = fresh_index()
        for text in order:
            assert index._read_anew(text, False, False, none) == alone[text]


def _counting_judgements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts judged afresh (``answering._judge``) from now on."""
    judged: list[str] = []
    real = answering._judge

    def counting(index: MatchIndex, text: str, meaning: bool = True, *,
                 whole_question: bool = True) -> tuple[object, ...]:
        judged.append(text)
        return real(index, text, meaning, whole_question=whole_question)

    monkeypatch.setattr(answering, "_judge", counting)
    return judged


@pytest.mark.parametrize("question", [
    "where is the prayer room",
    "is there a session on foreign terrorist fighters",
    "where do I get my badge and what's the wifi?",
    "Dear colleagues, I assist our director. Could you advise what he should wear to "
    "the opening? Kind regards",
])
def test_a_question_asked_again_is_answered_as_before_without_being_judged_again(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    judged = _counting_judgements(monkeypatch)
    index = faq.index.with_semantic(None)  # a new index: nothing judged yet
    first = answer(index, question, NOW)
    assert judged  # the premise: its words were judged
    count = len(judged)
    assert answer(index, question, NOW) == first
    assert len(judged) == count


def test_another_index_judges_the_same_text_for_itself(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A reload builds a new index: what the old one kept is not its answer.
    other = load_faq(OTHER_FAQ).index
    question = "where's the prayer room"
    judged = _counting_judgements(monkeypatch)
    bundled = faq.index.with_semantic(None)  # alive beside the other: kept apart from it
    here = answer(bundled, question, NOW)
    there = answer(other, question, NOW)
    assert judged == [question, question]
    assert (here.item_id, there.item_id) == ("prayer-quiet-room", "prayer-room")
    assert there == answer(load_faq(OTHER_FAQ).index, question, NOW)


def test_past_the_limit_the_texts_kept_are_judged_afresh(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answering, "JUDGED_KEPT", 2)
    judged = _counting_judgements(monkeypatch)
    index = faq.index.with_semantic(None)
    texts = ["wifi password", "dress code", "halal food", "wifi password"]
    for text in texts:
        answering._judged(index, text)
        assert len(answering._JUDGED[index][1]) <= 2
    assert judged == texts  # the first was let go when the third came


def _fresh_alert_index(faq: LoadedFaq) -> alerts.AlertIndex:
    kept = faq.index.alerts
    return alerts.AlertIndex(kept.topics, known=kept._known)


def _counting_readings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the alert stage reads afresh (``AlertIndex._read_anew``) from now on."""
    read: list[str] = []
    real = alerts.AlertIndex._read_anew

    def counting(self: alerts.AlertIndex, text: str, *args: object) -> object:
        read.append(text)
        return real(self, text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(alerts.AlertIndex, "_read_anew", counting)
    return read


def test_a_message_sent_again_after_a_hundred_others_is_not_read_again(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Attendees ask the same things again and again: the readings of the last hundred
    # or so messages are kept (``READS_KEPT``), not only the last few's.
    messages = [str(item["q"]) for item in read_set(ALERT_TABLES / "messages.yaml")][:101]
    index = _fresh_alert_index(faq)
    first = index.find(messages[0])
    for message in messages[1:]:
        index.find(message)
    read = _counting_readings(monkeypatch)
    assert index.find(messages[0]) == first
    assert read == []


def test_past_the_limit_the_readings_kept_are_read_afresh(
    faq: LoadedFaq, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(alerts, "READS_KEPT", 2)
    index = _fresh_alert_index(faq)
    read = _counting_readings(monkeypatch)
    texts = ["my colleague fainted", "is there a doctor", "fire in the lobby",
             "my colleague fainted"]
    for text in texts:
        index._read(text)
        assert len(index._reads) <= 2
    assert read == texts  # the first was let go when the third came
