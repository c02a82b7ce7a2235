"""The chat console: what it says for each outcome, inert terminal text, the chat loop."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.console import (
    BANNER,
    COMMANDS_HINT,
    EMPTY_REPLY,
    SMALL_TALK_REPLIES,
    SUGGEST_INTRO,
    UNKNOWN_REPLY,
    UNKNOWN_REPLY_NOT_LOGGED,
    banner,
    format_answer,
    format_question_list,
    one_line,
    plain,
    run_chat,
)
from bot.core.models import ENGLISH, Answer, Outcome, SmallTalk, Suggestion
from bot.core.wording import say
from bot.served import FaqHolder, ServedFaq
from bot.service import AskService
from bot.storage import QuestionRecord, Status
from tests.robustness.fakes import DURING_OPENING, ListLog, loaded_faq, service
from tests.robustness.helpers import COFFEE_QUESTION, WIFI_ANSWER, WIFI_QUESTION

UNKNOWN = "zzqx qqvv hovercraft"
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
T0 = dt.datetime(2018, 6, 28, 14, 5, tzinfo=dt.UTC)
NO_SUCH_ROOM = say("no_such_room", ENGLISH)
NO_SUCH_DAY = say("no_such_day", ENGLISH)
NO_SUCH_SESSION = say("no_such_session", ENGLISH)

SUGGESTED = Answer(
    question="coffee?",
    outcome=Outcome.SUGGEST,
    score=70.0,
    suggestions=(Suggestion("coffee-north", "North coffee bar?", 70.0),
                 Suggestion("coffee-south", "South coffee bar?", 69.0)),
    best_id="coffee-north",
)


# -- format_answer -------------------------------------------------------------------


def test_a_confident_answer_is_its_text_made_plain() -> None:
    answer = Answer("wifi?", Outcome.ANSWER, 100.0, item_id="wifi",
                    text="**Wifi**\nNetwork: \x1b[31mUN-Guest\x1b[0m")
    assert format_answer(answer) == "Wifi\nNetwork: UN-Guest"


def test_an_empty_question_gets_the_greeting() -> None:
    answer = Answer("hi", Outcome.UNKNOWN, 0.0, empty=True)
    assert format_answer(answer) == EMPTY_REPLY
    assert format_answer(answer, logged=False) == EMPTY_REPLY


def test_a_did_you_mean_lists_numbered_suggestions_and_says_it_was_passed_on() -> None:
    assert format_answer(SUGGESTED).splitlines() == [
        SUGGEST_INTRO,
        "  1. North coffee bar?",
        "  2. South coffee bar?",
        "Reply with a number to see that answer, or ask in other words.",
        "(Your question has been passed to the organisers too.)",
    ]


def test_a_did_you_mean_that_was_not_logged_does_not_claim_it_was() -> None:
    text = format_answer(SUGGESTED, logged=False)
    assert "passed to the organisers" not in text and "  2. South coffee bar?" in text


def test_suggestion_titles_are_made_inert() -> None:
    answer = Answer("q", Outcome.SUGGEST, 50.0,
                    suggestions=(Suggestion("x", "\x1b]0;pwned\x07**Bold** \x9b2J title", 50.0),))
    assert "  1. Bold 2J title" in format_answer(answer).splitlines()


def test_an_unknown_question_that_was_logged_says_so() -> None:
    assert format_answer(Answer("q", Outcome.UNKNOWN, 0.0)) == UNKNOWN_REPLY
    assert "passed your question to the organisers" in UNKNOWN_REPLY


@pytest.mark.parametrize(("logged", "tail"), [
    (True, "I've passed your question to the organisers"),
    (False, "the information desk can help."),
])
def test_an_unknown_question_says_first_what_the_bot_does_know(logged: bool, tail: str) -> None:
    known = "Nothing is scheduled on **Saturday**: the conference runs on Thursday."
    text = format_answer(Answer("q", Outcome.UNKNOWN, 0.0, text=known), logged=logged)
    first, second = text.splitlines()
    assert first == "Nothing is scheduled on Saturday: the conference runs on Thursday."
    assert tail in second and "I don't know" not in text
    assert ("passed" in text) is logged


def test_an_unknown_question_that_was_not_logged_does_not_claim_it_was() -> None:
    text = format_answer(Answer("q", Outcome.UNKNOWN, 0.0), logged=False)
    assert text == UNKNOWN_REPLY_NOT_LOGGED and "passed" not in text


# -- plain -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b[1;4;38;5;196mstyled\x1b[m", "styled"),
        ("a\x1b[2Jb\x1b[Hc", "abc"),  # clear screen, cursor home
        ("\x1b]0;window title\x07text", "text"),  # OSC ended by BEL
        ("\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),  # OSC 8 hyperlink
        ("\x9b31mC1 CSI", "31mC1 CSI"),  # the C1 introducer goes; the rest is inert
        ("nul\x00 bell\x07 bs\x08 vt\x0b ff\x0c cr\r esc\x1b del\x7f",
         "nul bell bs vt ff cr esc del"),
        ("c1\x80\x85\x9f end", "c1 end"),
    ],
)
def test_plain_removes_escape_sequences_and_control_characters(text: str, expected: str) -> None:
    assert plain(text) == expected


def test_plain_keeps_newlines_and_tabs() -> None:
    assert plain("line one\n\tindented\nline three") == "line one\n\tindented\nline three"


@pytest.mark.parametrize(
    "text",
    ["caf\u00e9 cr\u00e8me", "\u4e2d\u6587\u95ee\u9898", "\u0645\u0631\u062d\u0628\u0627",
     "\U0001f600\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u041f\u0440\u0438\u0432\u0435\u0442",
     "\u00bfD\u00f3nde?", "Z\u0351a\u0354l\u0356g\u0357o", "\u00a0non-breaking\u00a0space"],
)
def test_plain_keeps_non_ascii_text(text: str) -> None:
    assert plain(text) == text


def test_plain_removes_markdown_bold_but_keeps_single_stars() -> None:
    assert plain("**Where:** room 4 * see map") == "Where: room 4 * see map"


@given(st.text())
def test_plain_never_lets_a_control_character_through(text: str) -> None:
    assert not CONTROLS.search(plain(text))


@given(st.text(alphabet=st.characters(blacklist_categories=["Cc"], blacklist_characters="*")))
def test_plain_leaves_text_without_controls_or_stars_unchanged(text: str) -> None:
    assert plain(text) == text


# -- one_line and format_question_list --------------------------------------------------


def test_one_line_joins_lines_and_shortens_with_an_ellipsis() -> None:
    assert one_line("a\n b\t\tc  ", 100) == "a b c"
    assert one_line("abcdefghij", 5) == "abcd\u2026"
    assert one_line("abcde", 5) == "abcde"


def question(id: int, text: str, count: int = 1, **changes: object) -> QuestionRecord:
    values: dict[str, object] = {
        "id": id, "question": text, "status": Status.OPEN, "outcome": "unknown",
        "first_asked": T0, "last_asked": T0, "count": count, "best_id": None,
        "best_score": None, "resolved_by": None, "resolved_at": None, "note": None,
        "faq_id": None, "askers": 1,
    }
    values.update(changes)
    return QuestionRecord(**values)  # type: ignore[arg-type]  # test builder


def test_an_empty_list_says_there_is_nothing() -> None:
    assert format_question_list([], total=0, status="open") == "No open questions."
    assert format_question_list([], total=0, status="all") == "No questions logged."


def test_the_list_shows_count_time_best_match_and_the_question() -> None:
    text = format_question_list([question(3, "where is the cloakroom?", 4, best_id="venue",
                                          best_score=41.6)], total=1, status="open")
    assert text.splitlines() == [
        "1 open question(s), most askers first:",
        "#3     asked 4x by 1 person, last 2018-06-28 14:05 UTC  best match: venue (42)",
        "        where is the cloakroom?",
    ]


def test_the_list_makes_attendee_text_inert_and_one_line() -> None:
    hostile = "\x1b]0;pwned\x07line one\nline two \x1b[2J\udcff"
    text = format_question_list([question(1, hostile, note="\x1b[31mnote\x1b[0m",
                                          status=Status.DISMISSED)], total=1, status="all")
    assert "\x1b" not in text
    lines = text.splitlines()
    assert lines[1].endswith("[dismissed]")
    assert lines[2] == "        line one line two \ufffd"
    assert lines[3] == "        note: note"


def test_the_list_says_how_many_more_there_are() -> None:
    text = format_question_list([question(1, "a"), question(2, "b")], total=5, status="open")
    assert text.splitlines()[-1] == "... and 3 more (use --limit)"


# -- run_chat ----------------------------------------------------------------------------


async def chat(lines: list[str], log: ListLog, *, interactive: bool = False) -> list[str]:
    written: list[str] = []

    def write(text: str) -> None:
        written.append(text)
        log.journal.append("write")

    await run_chat(service(log), lines, write, interactive=interactive)
    return written


async def test_chat_answers_from_the_faq_and_logs_nothing() -> None:
    log = ListLog()
    assert await chat([WIFI_QUESTION], log) == [WIFI_ANSWER]
    assert log.questions == [] and [e.outcome for e in log.events] == ["answer"]


@pytest.mark.parametrize(
    ("message", "reply"),
    [
        ("great, thx \U0001f64f", SMALL_TALK_REPLIES[SmallTalk.THANKS]),
        ("bye", SMALL_TALK_REPLIES[SmallTalk.GOODBYE]),
        ("haha ok", SMALL_TALK_REPLIES[SmallTalk.ACKNOWLEDGEMENT]),
        ("are you a bot?", SMALL_TALK_REPLIES[SmallTalk.ABOUT]),
    ],
)
async def test_chat_answers_small_talk_with_a_friendly_word_and_logs_no_question(
    message: str, reply: str
) -> None:
    log = ListLog()
    assert await chat([message], log) == [reply]
    assert log.questions == []


async def test_chat_logs_an_unknown_question_and_says_so() -> None:
    log = ListLog()
    assert await chat([UNKNOWN], log) == [UNKNOWN_REPLY]
    assert [(q.question, q.origin.kind) for q in log.questions] == [(UNKNOWN, "console")]


async def test_chat_records_each_question_before_it_replies() -> None:
    log = ListLog()
    await chat([UNKNOWN, WIFI_QUESTION], log)
    assert log.journal == ["event unknown", f"record {UNKNOWN}", "write", "event answer", "write"]


async def test_chat_does_not_claim_to_pass_on_a_question_the_log_could_not_keep() -> None:
    log = ListLog(broken=True)
    assert await chat([UNKNOWN], log) == [UNKNOWN_REPLY_NOT_LOGGED]


async def test_chat_writes_exactly_one_reply_per_line() -> None:
    log = ListLog()
    lines = [WIFI_QUESTION, "", UNKNOWN, COFFEE_QUESTION, "1", "   ", UNKNOWN]
    assert len(await chat(lines, log)) == len(lines)


@pytest.mark.parametrize(("choice", "item"), [
    ("1", "coffee-north"), ("2", "coffee-south"), (" 2 ", "coffee-south"), ("1.", "coffee-north"),
    ("2)", "coffee-south"),
])
async def test_a_number_after_did_you_mean_shows_that_entry_and_records_the_choice(
    choice: str, item: str
) -> None:
    log = ListLog()
    written = await chat([COFFEE_QUESTION, choice], log)
    assert written[0].startswith(SUGGEST_INTRO)
    assert written[1] == format_answer(service(ListLog()).show(item))
    assert [(f.kind, f.question, f.item_id) for f in log.feedback] == [
        ("suggestion_chosen", COFFEE_QUESTION, item)
    ]
    assert [q.question for q in log.questions] == [COFFEE_QUESTION]  # the number is not logged


async def test_a_did_you_mean_is_passed_on_and_says_so() -> None:
    log = ListLog()
    [reply] = await chat([COFFEE_QUESTION], log)
    assert reply.endswith("(Your question has been passed to the organisers too.)")
    assert [q.outcome for q in log.questions] == ["suggest"]


async def test_only_the_first_number_after_did_you_mean_picks() -> None:
    log = ListLog()
    written = await chat([COFFEE_QUESTION, "1", "2"], log)
    assert len(log.feedback) == 1
    assert written[2] != format_answer(service(ListLog()).show("coffee-south"))


async def test_a_number_without_a_did_you_mean_is_an_ordinary_question() -> None:
    log = ListLog()
    await chat([WIFI_QUESTION, "1"], log)
    assert log.feedback == []


async def test_a_number_beyond_the_suggestions_asks_again_and_logs_nothing() -> None:
    log = ListLog()
    written = await chat([COFFEE_QUESTION, "3", "2"], log)
    assert "1 to 2" in written[1] and UNKNOWN_REPLY not in written[1]
    assert [q.question for q in log.questions] == [COFFEE_QUESTION]
    assert written[2] == format_answer(service(ListLog()).show("coffee-south"))


async def test_piped_chat_answers_blank_lines_with_the_greeting_and_goes_on() -> None:
    log = ListLog()
    written = await chat(["", UNKNOWN], log)
    assert written == [EMPTY_REPLY, UNKNOWN_REPLY]
    assert [q.question for q in log.questions] == [UNKNOWN]


async def test_interactive_chat_shows_the_banner_and_stops_at_a_blank_line() -> None:
    log = ListLog()
    written = await chat([WIFI_QUESTION, "  ", UNKNOWN], log, interactive=True)
    assert written == [BANNER, WIFI_ANSWER]
    assert log.questions == []


async def test_chat_returns_how_many_questions_it_answered() -> None:
    log = ListLog()
    lines = [WIFI_QUESTION, UNKNOWN, COFFEE_QUESTION, WIFI_QUESTION]
    assert await run_chat(service(log), lines, lambda _: None, interactive=False) == 2


async def test_hostile_questions_are_logged_exactly_but_never_echoed_raw() -> None:
    log = ListLog()
    hostile = "zzqx \x1b]0;pwned\x07 \x1b[2J qqvv \udcff"
    written = await chat([hostile], log)
    assert all(not CONTROLS.search(text) for text in written)
    assert [q.question for q in log.questions] == [hostile]


# -- programme commands -------------------------------------------------------------------


async def chat_with_commands(
    lines: list[str], log: ListLog, *, interactive: bool = False
) -> list[str]:
    faq = ServedFaq(FaqHolder(loaded_faq()), lambda: DURING_OPENING)
    written: list[str] = []
    await run_chat(AskService(faq, log), lines, written.append, interactive=interactive,
                   faq=faq)
    return written


async def test_slash_now_in_the_console_answers_from_the_programme_and_logs_nothing() -> None:
    log = ListLog()
    [written] = await chat_with_commands(["/now"], log)
    assert written.startswith("On now") and "Opening session" in written
    assert log.journal == []


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/next", "Closing session"),
        ("/next General Assembly Hall", "Closing session"),
        ("/schedule friday", "Closing session"),
        ("  /session closing  ", "Closing session"),
        ("/venue", "General Assembly Hall"),
    ],
)
async def test_programme_commands_take_what_discord_s_take(command: str, expected: str) -> None:
    [written] = await chat_with_commands([command], ListLog())
    assert expected in written


@pytest.mark.parametrize(
    ("command", "reply"),
    [
        ("/next the moon", NO_SUCH_ROOM),
        ("/schedule someday", NO_SUCH_DAY),
        ("/session", NO_SUCH_SESSION),
        ("/session qqqq zzzz", NO_SUCH_SESSION),
    ],
)
async def test_a_programme_command_naming_nothing_says_so(command: str, reply: str) -> None:
    log = ListLog()
    assert await chat_with_commands([command], log) == [reply]
    assert log.journal == []


async def test_a_line_that_only_starts_like_a_command_is_a_question() -> None:
    log = ListLog()
    assert await chat_with_commands(["/nowhere zzqx qqvv"], log) == [UNKNOWN_REPLY]
    assert [q.question for q in log.questions] == ["/nowhere zzqx qqvv"]


async def test_without_the_read_model_a_command_is_a_question_as_before() -> None:
    log = ListLog()
    await chat(["/venue"], log)
    assert [e.outcome for e in log.events] != []


async def test_the_interactive_banner_lists_the_commands_when_it_has_them() -> None:
    written = await chat_with_commands(["  "], ListLog(), interactive=True)
    assert written == [f"{BANNER}\n{COMMANDS_HINT}"]


# -- the console's own language (chat --lang) ------------------------------------------------


async def chat_in(language: str | None, lines: list[str], log: ListLog, *,
                  interactive: bool = False) -> list[str]:
    faq = ServedFaq(FaqHolder(loaded_faq()), lambda: DURING_OPENING)
    written: list[str] = []
    await run_chat(AskService(faq, log), lines, written.append, interactive=interactive,
                   faq=faq, language=language)
    return written


def test_the_english_banner_reads_as_it_always_did() -> None:
    assert banner() == BANNER and banner("en", commands=True) == f"{BANNER}\n{COMMANDS_HINT}"


@pytest.mark.parametrize("language", ["ar", "zh", "fr", "ru", "es"])
async def test_the_interactive_banner_is_in_the_console_s_language(language: str) -> None:
    [written] = await chat_in(language, ["  "], ListLog(), interactive=True)
    assert written == (f"{say('console_banner', language)}\n"
                       f"{say('console_commands', language)}")
    assert "Ask a question" not in written and "The programme as on Discord" not in written
    assert "/now" in written and "/session" in written  # the commands are typed as they are


async def test_programme_commands_answer_in_the_console_s_language() -> None:
    log = ListLog()
    [now] = await chat_in("fr", ["/now"], log)
    assert now.startswith(say("on_now", "fr", where="").strip())
    assert not now.startswith("On now")
    assert log.journal == []


@pytest.mark.parametrize(
    ("command", "key"),
    [("/next the moon", "no_such_room"), ("/schedule someday", "no_such_day"),
     ("/session qqqq zzzz", "no_such_session")],
)
async def test_a_programme_command_naming_nothing_says_so_in_the_console_s_language(
    command: str, key: str
) -> None:
    assert await chat_in("es", [command], ListLog()) == [say(key, "es")]


async def test_questions_keep_their_own_language_whatever_the_console_s() -> None:
    log = ListLog()
    assert await chat_in("ru", [WIFI_QUESTION, UNKNOWN], log) == [WIFI_ANSWER, UNKNOWN_REPLY]
    assert [q.question for q in log.questions] == [UNKNOWN]
