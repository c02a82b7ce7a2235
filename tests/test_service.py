"""AskService: answer from the core, then record what was not answered.

Storage is the list-backed ListLog from tests/robustness/fakes.py: the tests read
what was recorded, no mocks.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bot.core.models import FeedbackKind, Origin, OriginKind, Outcome
from bot.served import FaqHolder, ServedFaq
from bot.service import AskService, Recorded
from tests.robustness.fakes import (
    DURING_OPENING,
    Event,
    ListLog,
    LoggedFeedback,
    LoggedQuestion,
    loaded_faq,
    service,
)
from tests.robustness.helpers import COFFEE_QUESTION, SMALL_FAQ, WIFI_ANSWER, WIFI_QUESTION

CONSOLE = Origin.console()
DISCORD = Origin(kind=OriginKind.DISCORD, user_id=1_100_000_000_000_000_001,
                 channel_id=1_200_000_000_000_000_002, guild_id=1_300_000_000_000_000_003,
                 message_id=1_400_000_000_000_000_004)
UNKNOWN = "zzqx qqvv hovercraft"  # no word of it is in the FAQ
WEAK = "where do I park my bike"  # nothing fits; coffee-north is a weak best candidate
EMPTY = ["", "   ", "\t\n", "?", "hi", "hello", "thanks"]


def ask(svc: AskService, question: str, origin: Origin = CONSOLE) -> Recorded:
    return svc.ask(question, origin)[1]


# -- answering ----------------------------------------------------------------------


def test_answer_gives_the_faq_entry() -> None:
    result = service(ListLog()).answer(WIFI_QUESTION)
    assert result.answered and result.item_id == "wifi" and result.text == WIFI_ANSWER


def test_answer_reads_the_time_from_the_clock() -> None:
    during_closing = dt.datetime(2018, 6, 29, 21, 30, tzinfo=dt.UTC)  # 17:30 in New York
    assert service(ListLog()).answer("what's on now?").item_id == "opening"
    assert service(ListLog(), now=during_closing).answer("what's on now?").item_id == "closing"


def test_answer_takes_an_explicit_moment_over_the_clock() -> None:
    during_closing = dt.datetime(2018, 6, 29, 21, 30, tzinfo=dt.UTC)
    result = service(ListLog()).answer("what's on now?", now=during_closing)
    assert result.item_id == "closing"


def test_answer_does_not_record_anything() -> None:
    log = ListLog()
    svc = service(log)
    for question in (WIFI_QUESTION, COFFEE_QUESTION, UNKNOWN):
        svc.answer(question)
    assert log.journal == []


def test_show_gives_the_answer_of_a_picked_suggestion() -> None:
    shown = service(ListLog()).show("coffee-south")
    assert shown.answered and shown.item_id == "coffee-south"
    assert shown.text is not None and "south coffee bar" in shown.text


def test_replacing_the_faq_changes_the_answers_at_once() -> None:
    holder = FaqHolder(loaded_faq())
    svc = AskService(ServedFaq(holder, lambda: DURING_OPENING), ListLog())
    holder.replace(loaded_faq(SMALL_FAQ.replace("UN-Guest", "UN-Delegates")))
    assert svc.answer(WIFI_QUESTION).text == "Yes: the network is UN-Delegates."


# -- recording ----------------------------------------------------------------------


def test_an_unknown_question_is_logged_with_its_origin_and_time() -> None:
    log = ListLog()
    recorded = ask(service(log), UNKNOWN, DISCORD)
    assert recorded == Recorded(logged=True, ask_id="w2")  # the id the log gave the ask
    assert log.questions == [LoggedQuestion(UNKNOWN, DISCORD, DURING_OPENING, None, None,
                                            "unknown", "en")]


def test_an_unknown_question_keeps_its_weak_best_candidate() -> None:
    log = ListLog()
    svc = service(log)
    result = svc.answer(WEAK)
    assert result.outcome is Outcome.UNKNOWN and result.best_id is not None  # precondition
    svc.record(result, CONSOLE)
    [logged] = log.questions
    assert (logged.outcome, logged.best_id, logged.best_score) == (
        "unknown", result.best_id, result.score
    )


def test_a_did_you_mean_is_logged_as_suggest_with_the_best_id_and_score() -> None:
    log = ListLog()
    svc = service(log)
    result = svc.answer(COFFEE_QUESTION)
    assert result.outcome is Outcome.SUGGEST  # precondition
    svc.record(result, DISCORD)
    [logged] = log.questions
    assert logged.outcome == "suggest" and logged.origin == DISCORD
    assert logged.best_id in ("coffee-north", "coffee-south")
    assert logged.best_score == result.score and 0.0 < result.score <= 100.0


def test_an_answered_question_is_never_logged() -> None:
    log = ListLog()
    assert ask(service(log), WIFI_QUESTION) == Recorded(logged=False)
    assert log.questions == []


@pytest.mark.parametrize("now", [
    dt.datetime(2018, 6, 28, 8, 0, tzinfo=dt.UTC),  # 04:00 in New York, before the opening
    dt.datetime(2018, 6, 30, 14, 0, tzinfo=dt.UTC),  # the day after the conference
])
def test_nothing_on_right_now_is_an_answer_the_moderators_never_see(now: dt.datetime) -> None:
    log = ListLog()
    svc = service(log, now=now)
    result = svc.answer("what's on now?")
    assert result.answered and result.nothing_on and not result.from_an_entry
    assert ask(svc, "what's on now?") == Recorded(logged=False)
    assert log.questions == []


@pytest.mark.parametrize("question", EMPTY)
def test_an_empty_question_is_neither_logged_nor_counted(question: str) -> None:
    log = ListLog()
    svc = service(log)
    assert svc.answer(question).empty  # precondition
    assert ask(svc, question) == Recorded(logged=False)
    assert log.journal == []


@pytest.mark.parametrize(
    ("question", "outcome", "item_id"),
    [(WIFI_QUESTION, "answer", "wifi"), (COFFEE_QUESTION, "suggest", None),
     (UNKNOWN, "unknown", None), (WEAK, "unknown", None)],
)
def test_every_non_empty_question_is_counted_as_an_event(
    question: str, outcome: str, item_id: str | None
) -> None:
    log = ListLog()
    ask(service(log), question, DISCORD)
    assert log.events == [Event(outcome, item_id, "discord", DURING_OPENING)]


def test_the_event_is_counted_before_the_question_is_logged_at_the_same_time() -> None:
    log = ListLog()
    ask(service(log), UNKNOWN)
    assert log.journal == ["event unknown", f"record {UNKNOWN}"]
    assert log.submits == [2]  # in one submit: kept or lost together
    assert log.events[0].at == log.questions[0].asked_at == DURING_OPENING


def test_a_question_the_log_cannot_keep_is_not_claimed_as_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = ListLog(broken=True)
    assert ask(service(log), UNKNOWN) == Recorded(logged=False)
    assert "could not be kept" in caplog.text


def test_the_reply_to_a_logged_question_is_noted_under_its_ask_id() -> None:
    log = ListLog()
    svc = service(log)
    recorded = ask(svc, UNKNOWN)
    svc.note_reply(recorded, 1234)
    svc.note_reply(ask(svc, WIFI_QUESTION), 5678)  # answered: nothing to note
    svc.note_reply(recorded, None)  # an ephemeral reply has no message to point at
    assert log.replies == {recorded.ask_id: 1234}


def test_feedback_the_log_cannot_keep_is_logged_not_raised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    kept = service(ListLog(broken=True)).feedback(
        FeedbackKind.HELPFUL, WIFI_QUESTION, item_id="wifi", origin=DISCORD)
    assert not kept
    assert "feedback could not be kept" in caplog.text
    assert service(ListLog()).feedback(
        FeedbackKind.HELPFUL, WIFI_QUESTION, item_id="wifi", origin=DISCORD)


@pytest.mark.parametrize(
    "question", [WIFI_QUESTION, COFFEE_QUESTION, UNKNOWN, WEAK, *EMPTY, "what's on now?"]
)
def test_will_log_says_exactly_what_record_does(question: str) -> None:
    log = ListLog()
    svc = service(log)
    result = svc.answer(question)
    recorded = svc.record(result, CONSOLE)
    assert svc.will_log(result) is recorded.logged is bool(log.questions)


@pytest.mark.parametrize(
    "question",
    ["zzqx nul\x00 and \udcff lone surrogate", "  zzqx padded  ", "zzqx " + "x" * 10_000,
     "zzqx \u202eevil\u202c \U0001f600"],
)
def test_the_question_is_logged_exactly_as_asked(question: str) -> None:
    log = ListLog()
    ask(service(log), question)
    assert [q.question for q in log.questions] == [question]


def test_each_ask_is_recorded_separately() -> None:
    log = ListLog()
    svc = service(log)
    for _ in range(3):
        assert (ask(svc, UNKNOWN)).logged
    assert [q.question for q in log.questions] == [UNKNOWN] * 3 and len(log.events) == 3


# -- feedback -----------------------------------------------------------------------


def test_feedback_passes_through_with_the_clock_time() -> None:
    log = ListLog()
    service(log).feedback(FeedbackKind.HELPFUL, WIFI_QUESTION, item_id="wifi", origin=DISCORD,
                          answer_text=WIFI_ANSWER)
    assert log.feedback == [LoggedFeedback("helpful", WIFI_QUESTION, "wifi", DISCORD,
                                           DURING_OPENING, WIFI_ANSWER)]
    assert log.questions == [] and log.events == []


def test_feedback_without_answer_text_passes_none() -> None:
    log = ListLog()
    service(log).feedback(FeedbackKind.SUGGESTION_CHOSEN, COFFEE_QUESTION,
                          item_id="coffee-north", origin=CONSOLE)
    [feedback] = log.feedback
    assert (feedback.kind, feedback.item_id, feedback.answer) == (
        "suggestion_chosen", "coffee-north", None
    )


def test_an_unanswered_question_is_kept_with_the_language_it_was_asked_in() -> None:
    log = ListLog()
    svc = service(log)

    ask(svc, "Qui a gagné le match de football hier soir ?")
    ask(svc, UNKNOWN)

    assert [q.language for q in log.questions] == ["fr", "en"]
