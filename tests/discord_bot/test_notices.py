"""Change announcements, follower DMs, reminders and /my-schedule as Discord text (pure)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import discord
import pytest

from bot.core.changes import Change, diff, programme_of
from bot.core.models import Access, KnowledgeBase, SessionStatus, Translation
from bot.core.reminders import Reminder
from bot.discord_bot import messaging, notices
from bot.discord_bot.render import MESSAGE_CHARS
from tests.core.conftest import KB, THU, at

BEFORE = programme_of(KB)


def changed(
    kb: KnowledgeBase = KB, session_id: str = "session-2", /, **fields: object
) -> Change:
    sessions = tuple(dataclasses.replace(s, **fields) if s.id == session_id else s  # type: ignore[arg-type]
                     for s in kb.sessions)
    [change] = diff(BEFORE, programme_of(dataclasses.replace(kb, sessions=sessions)))
    return change


def ts(moment: dt.datetime, style: str) -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def test_a_new_time_is_shown_old_to_new_in_each_readers_time_and_new_yorks() -> None:
    text = notices.change_text(changed(start=dt.time(16), end=dt.time(19)))
    old, new = at(THU, 15), at(THU, 16)
    assert f"**When:** {ts(old, 'F')}\u2013{ts(at(THU, 18), 't')} \u2192 " \
           f"**{ts(new, 'F')}\u2013{ts(at(THU, 19), 't')}**" in text
    assert "(Thu 28 Jun 15:00-18:00 EDT \u2192 Thu 28 Jun 16:00-19:00 EDT)" in text
    assert "**Where:** General Assembly Hall (unchanged)" in text


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ({"access": Access.REGISTRATION}, "**Access:** not stated \u2192 **registration**"),
        ({"speakers": ("Jane Doe",)}, "**Speakers:** none listed \u2192 **Jane Doe**"),
        ({"status": SessionStatus.FULL}, "**Status:** scheduled \u2192 **full**"),
        ({"status": SessionStatus.DELAYED, "status_note": "15 minutes late"},
         "**Status:** scheduled \u2192 **delayed (15 minutes late)**"),
    ],
)
def test_each_aspect_has_its_old_to_new_line(fields: dict[str, object], line: str) -> None:
    text = notices.change_text(changed(**fields))
    assert text.startswith("\U0001f4e2 **Programme change: Session II: Foreign terrorist "
                           "fighters**")
    assert line in text


def test_a_cancellation_says_so_first_with_when_and_where_it_was() -> None:
    text = notices.change_text(changed(status=SessionStatus.CANCELLED, status_note="see Friday"))
    lines = text.splitlines()
    assert lines[0] == "\u274c **Cancelled: Session II: Foreign terrorist fighters**"
    assert lines[1] == f"It was {ts(at(THU, 15), 'F')}\u2013{ts(at(THU, 18), 't')} " \
                       "(Thu 28 Jun 15:00-18:00 EDT), General Assembly Hall."
    assert lines[2] == "see Friday"


def test_added_and_removed_sessions() -> None:
    without = {k: v for k, v in BEFORE.items() if k != "closing"}
    [removed] = diff(BEFORE, without)
    [added] = diff(without, BEFORE)
    assert notices.change_text(removed).startswith(
        "\U0001f5d1\ufe0f **Removed from the programme: Closing session**\nIt was ")
    assert notices.change_text(added).startswith("\U0001f195 **New session: Closing session**")
    assert notices.follower_text(removed).startswith(
        "A session you follow is no longer in the programme.")


def test_a_huge_title_and_note_still_fit_one_message() -> None:
    change = changed(title="T" * 5000, status=SessionStatus.MOVED, status_note="n" * 5000,
                     room="conf-room-4")
    for text in (notices.change_text(change), notices.follower_text(change)):
        assert len(text) <= MESSAGE_CHARS
    assert notices.follower_text(change).endswith("lists what you follow.)")


def test_a_reminder_names_the_time_place_and_status() -> None:
    session = dataclasses.replace(next(s for s in KB.sessions if s.id == "session-2"),
                                  status=SessionStatus.FULL, access=Access.OPEN)
    text = notices.reminder_text(Reminder(1, session, at(THU, 15), 10), KB)
    assert text.startswith(f"\u23f0 **Session II: Foreign terrorist fighters** starts "
                           f"{ts(at(THU, 15), 'R')}, at {ts(at(THU, 15), 't')} (15:00 EDT in "
                           "New York)")
    assert "Status: **Full**" in text and "Access: Open to all conference participants" in text


def test_my_schedule_in_programme_order_with_sessions_gone_and_over() -> None:
    text = notices.schedule_lines(KB, ["closing", "opening", "old-id"], minutes=1,
                                  now=at(THU, 11))
    lines = text.splitlines()
    assert lines[1].startswith("\u2022 ") and "**Opening session**" in lines[1]
    assert lines[1].endswith("(over)")
    assert "**Closing session**" in lines[2] and not lines[2].endswith("(over)")
    assert lines[3].startswith("\u2022 `old-id`: no longer in the programme")
    assert "Reminders come 1 minute before each session" in text


def test_my_schedule_when_nothing_is_followed() -> None:
    assert notices.schedule_lines(KB, [], minutes=10, now=at(THU, 9)).startswith(
        "You don't follow any session yet.")


# What /follow and /my-schedule say in English around titles, rooms and times: none of it
# may be left in a reply in another language.
ENGLISH_FOLLOW_WORDING = ("You now follow", "You already follow", "I'll", "DM", "Reminders",
                          "Your sessions", "no longer in the programme", "(over)", "minute before",
                          "cancelled", "Status:", "Access:", "You don't follow", "Discord would")


@pytest.mark.parametrize("language", ["ar", "zh", "fr", "ru", "es"])
def test_follow_and_my_schedule_leave_no_english_in_another_language(language: str) -> None:
    cancelled = dataclasses.replace(next(s for s in KB.sessions if s.id == "session-2"),
                                    status=SessionStatus.CANCELLED, access=Access.CLOSED)
    sessions = tuple(cancelled if s.id == "session-2" else s for s in KB.sessions)
    kb = dataclasses.replace(KB, sessions=sessions)
    texts = [
        notices.followed_text(kb, cancelled, minutes=10, refused=True, already=False,
                              language=language),
        notices.followed_text(kb, next(s for s in kb.sessions if s.id == "closing"),
                              minutes=1, refused=False, already=True, language=language),
        notices.followed_text(kb, cancelled, minutes=0, refused=False, already=False,
                              language=language),
        notices.schedule_lines(kb, ["closing", "opening", "session-2", "old-id"], minutes=1,
                               now=at(THU, 11), language=language),
        notices.schedule_lines(kb, ["closing"], minutes=0, now=at(THU, 11), language=language),
        notices.schedule_lines(kb, [], minutes=10, now=at(THU, 9), language=language),
    ]
    for text in texts:
        left = [words for words in ENGLISH_FOLLOW_WORDING if words in text]
        assert not left, (language, left, text)


def test_follow_replies_in_arabic_are_laid_out_right_to_left() -> None:
    closing = next(s for s in KB.sessions if s.id == "closing")
    text = notices.followed_text(KB, closing, minutes=10, refused=False, already=False,
                                 language="ar")
    assert all(line.startswith("\u200f") for line in text.splitlines() if line)


# --- DMs in the follower's language ----------------------------------------------------

SPANISH_TITLE = "Sesión II: Combatientes terroristas extranjeros"


def translated_kb() -> KnowledgeBase:
    sessions = tuple(
        dataclasses.replace(s, translations=(Translation(language="es", title=SPANISH_TITLE),))
        if s.id == "session-2" else s for s in KB.sessions)
    return dataclasses.replace(KB, sessions=sessions)


def test_the_english_dm_and_the_announcement_read_as_before_without_a_language() -> None:
    change = changed(status=SessionStatus.CANCELLED)
    assert notices.follower_text(change) == notices.follower_text(change, KB, None)
    assert notices.change_text(change) == notices.change_text(change, KB, "en")
    assert notices.change_text(change).startswith(
        "\u274c **Cancelled: Session II: Foreign terrorist fighters**\nIt was ")


def test_a_cancellation_dm_in_spanish_uses_the_translated_title_and_the_catalogue() -> None:
    kb = translated_kb()
    text = notices.follower_text(changed(kb, status=SessionStatus.CANCELLED), kb, "es")
    lines = text.split("\n")
    assert lines[0] == "Ha cambiado una sesión que sigue."
    assert lines[2] == f"\u274c **Cancelada: {SPANISH_TITLE}**"
    assert lines[3].startswith(f"Estaba prevista {ts(at(THU, 15), 'F')}")
    assert lines[3].endswith("(jue, 28 jun 15:00-18:00 EDT), General Assembly Hall.")
    assert lines[-1].startswith("(`/unfollow` detiene estos mensajes")
    assert "Cancelled" not in text and "It was" not in text


def test_a_new_time_and_room_in_french_are_labelled_in_french() -> None:
    text = notices.follower_text(changed(start=dt.time(16), end=dt.time(19)), KB, "fr")
    assert "**Quand :** " in text and "**Où :** General Assembly Hall (inchangé)" in text
    assert "Changement de programme : Session II" in text
    status = notices.follower_text(changed(status=SessionStatus.DELAYED), KB, "fr")
    assert "**Statut :** scheduled" not in status
    assert "**Statut :** maintenue comme prévu \u2192 **retardée**" in status


@pytest.mark.parametrize("language", ["ar", "zh", "fr", "ru", "es"])
def test_every_language_has_its_own_dm_wording_and_arabic_reads_right_to_left(
    language: str,
) -> None:
    kinds = [changed(status=SessionStatus.CANCELLED), changed(room="conf-room-4"),
             changed(access=Access.CLOSED, speakers=("A. Speaker",))]
    english = [notices.follower_text(c) for c in kinds]
    for change, in_english in zip(kinds, english, strict=True):
        text = notices.follower_text(change, KB, language)
        assert len(text) <= MESSAGE_CHARS
        assert "A session you follow" not in text and "**Where:**" not in text
        assert text != in_english
        if language == "ar":
            assert all(line.startswith("\u200f") for line in text.split("\n") if line.strip())
        else:
            assert "\u200f" not in text


def test_an_unknown_language_gets_the_english_dm() -> None:
    change = changed(status=SessionStatus.CANCELLED)
    assert notices.follower_text(change, KB, "ja") == notices.follower_text(change)


def test_a_reminder_in_spanish() -> None:
    kb = translated_kb()
    session = dataclasses.replace(next(s for s in kb.sessions if s.id == "session-2"),
                                  status=SessionStatus.FULL, access=Access.OPEN)
    text = notices.reminder_text(Reminder(1, session, at(THU, 15), 10, "es"), kb)
    assert text.startswith(f"\u23f0 **{SPANISH_TITLE}** empieza {ts(at(THU, 15), 'R')}, a las "
                           f"{ts(at(THU, 15), 't')} (15:00 EDT, hora de New York)")
    assert "**Dónde:** General Assembly Hall" in text
    assert "Estado: **Completa**" in text
    assert "Acceso: Abierta a todos los participantes en la conferencia" in text
    assert text.endswith("`/unfollow` los detiene.)")
    english = notices.reminder_text(Reminder(1, session, at(THU, 15), 10), kb)
    assert english.startswith("\u23f0 **Session II: Foreign terrorist fighters** starts ")
    assert "**Where:** General Assembly Hall" in english


# --- the announcement channel in the server's language -----------------------------------


def test_the_announcement_without_a_server_language_is_the_english_change_word_for_word() -> None:
    change = changed(status=SessionStatus.CANCELLED)
    assert notices.announcement_text(change, KB, None) == notices.change_text(change)
    assert notices.announcement_text(change, KB, "en") == notices.change_text(change)


def test_a_spanish_server_gets_the_announcement_in_spanish_with_the_translated_title() -> None:
    kb = translated_kb()
    text = notices.announcement_text(changed(kb, status=SessionStatus.CANCELLED), kb, "es")
    lines = text.split("\n")
    assert lines[0] == f"\u274c **Cancelada: {SPANISH_TITLE}**"
    assert lines[1].endswith("(jue, 28 jun 15:00-18:00 EDT), General Assembly Hall.")
    # Not a DM: nothing addressed to a follower.
    assert "sigue" not in text and "/unfollow" not in text


@pytest.mark.parametrize("language", ["ar", "zh", "fr", "ru", "es"])
def test_every_server_language_has_its_own_announcement_wording(language: str) -> None:
    kinds = [changed(status=SessionStatus.CANCELLED), changed(room="conf-room-4"),
             changed(start=dt.time(16), end=dt.time(19)),
             changed(access=Access.CLOSED, speakers=("A. Speaker",))]
    for change in kinds:
        text = notices.announcement_text(change, KB, language)
        assert len(text) <= MESSAGE_CHARS
        for english in ("Cancelled", "Programme change", "**Where:**", "**When:**",
                        "(unchanged)", "It was"):
            assert english not in text, (language, english, text)
        if language == "ar":
            assert all(line.startswith("\u200f") for line in text.splitlines() if line)


@pytest.mark.parametrize(
    ("locale", "language"),
    [(discord.Locale.spain_spanish, "es"), (discord.Locale.latin_american_spanish, "es"),
     (discord.Locale.french, "fr"), (discord.Locale.russian, "ru"),
     (discord.Locale.taiwan_chinese, "zh"), (discord.Locale.american_english, "en"),
     (discord.Locale.german, None), (discord.Locale.japanese, None), ("ar", "ar"), (None, None)],
)
def test_a_server_s_locale_is_one_of_the_six_languages_or_none(
    locale: discord.Locale | str | None, language: str | None
) -> None:
    assert messaging.language_of_locale(locale) == language
