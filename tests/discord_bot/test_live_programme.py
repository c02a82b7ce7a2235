"""The live programme end to end, through the local stand-in for Discord: an organiser's
edit announced once, followers told by DM, reminders at the right moment on the bot's
(injected) clock, calendars, and nothing sent twice across a restart."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import icalendar
import pytest

from tests.discord_fake import FakeDiscord, FakeMember, Ids

from .fixtures import (
    FAQ_TEXT,
    NEW_YORK,
    Concierge,
    FakeClock,
    Starter,
    assert_all_within_limits,
    assert_never_pings,
    write_faq,
)

SESSION_I = "Session I: Sharing information"
ROOM_LINE = 'end: "13:00"\n    room: ga-hall\n'  # Session I's room, and only its
assert FAQ_TEXT.count(ROOM_LINE) == 1
MOVED = FAQ_TEXT.replace(ROOM_LINE, 'end: "13:00"\n    room: conference-room-2\n')
CANCELLED = FAQ_TEXT.replace(ROOM_LINE, ROOM_LINE + "    status: cancelled\n")
SESSION_I_STARTS = dt.datetime(2018, 6, 28, 10, 30, tzinfo=NEW_YORK)
ANNOUNCE = Ids.HELP_CHANNEL
MOD_LOG = Ids.GENERAL_CHANNEL


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def live(start: Starter, **overrides: Any) -> Concierge:
    """The bot with an announcement channel, watching its FAQ file."""
    settings: dict[str, Any] = {"faq_poll_seconds": 0.02, "announce_channel_id": ANNOUNCE}
    return await start(**{**settings, **overrides})


async def command(fake: FakeDiscord, name: str, user: FakeMember,
                  **options: Any) -> dict[str, Any]:
    pending = await fake.send_slash_command(name, options, user=user)
    reply = await pending.response()
    assert reply.ephemeral, f"/{name} is personal: only its user sees the reply"
    return reply.data


def posts(fake: FakeDiscord, channel_id: int) -> list[str]:
    """What the bot managed to post in a channel (refused posts excluded)."""
    return [r.json["content"] for r in fake.requests.matching("POST", f"/channels/{channel_id}"
                                                              "/messages") if r.status == 200]


async def edit(c: Concierge, text: str) -> None:
    """Save the FAQ file and wait for the bot to have reloaded it (its mod-log notice)."""
    write_faq(c.settings.faq_path, text)
    notice = await c.fake.wait_for_bot_message(MOD_LOG)
    assert notice.json["content"].startswith("FAQ reloaded"), notice.json["content"]


def later(c: Concierge, **delta: float) -> None:
    c.clock.moment += dt.timedelta(**delta)


async def tick(c: Concierge) -> None:
    """One look at what is due, now (the bot does the same on its own schedule)."""
    assert c.bot.programme_notifier is not None
    await c.bot.programme_notifier.tick()


async def test_a_room_change_is_announced_once_dmed_to_followers_and_live_everywhere(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start, programme_tick_seconds=0.02)
    member = fake_discord.world.member
    followed = await command(fake_discord, "follow", member, session="session-one")
    assert followed["content"].startswith(f"You now follow **{SESSION_I}**")

    await edit(c, MOVED)  # the organiser edits one line
    await tick(c)
    assert posts(fake_discord, ANNOUNCE) == []  # the quiet period is not over

    later(c, seconds=61)
    announcement = await fake_discord.wait_for_bot_message(ANNOUNCE)
    text = announcement.json["content"]
    assert text.startswith(f"\U0001f4e2 **Programme change: {SESSION_I}**")
    assert "**Where:** General Assembly Hall \u2192 **Conference Room 2**" in text
    start_ts = int(SESSION_I_STARTS.timestamp())
    assert f"**When:** <t:{start_ts}:F>" in text  # each reader's own time
    dm = await fake_discord.wait_for_bot_message(fake_discord.dm_channel_of(member))
    assert dm.json["content"].startswith("A session you follow has changed.")
    assert "**Conference Room 2**" in dm.json["content"]

    await tick(c)
    await tick(c)
    assert len(posts(fake_discord, ANNOUNCE)) == 1  # once

    next_up = await (await fake_discord.send_slash_command("next", {})).response()
    assert next_up.embeds[0]["title"] == "Next"
    assert "Where: Conference Room 2" in next_up.embeds[0]["description"]
    now = await (await fake_discord.send_slash_command("now", {})).response()
    assert now.embeds[0]["title"] == "On now"  # the opening, 10:00-10:30

    pending = await fake_discord.send_slash_command("calendar", {"session": "session-one"},
                                                    user=member)
    await pending.response()
    [file] = (await pending.followup()).files
    [event] = icalendar.Calendar.from_ical(file.data).walk("VEVENT")
    assert str(event["location"]).startswith("Conference Room 2")
    assert str(event["uid"]).startswith("session-one@")
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)


async def test_an_edit_undone_within_the_quiet_period_is_never_announced(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start)
    member = fake_discord.world.member
    await command(fake_discord, "follow", member, session="session-one")
    await edit(c, MOVED)
    later(c, seconds=30)
    await edit(c, FAQ_TEXT)  # moved back
    later(c, seconds=60)
    await tick(c)
    assert posts(fake_discord, ANNOUNCE) == []
    assert posts(fake_discord, fake_discord.dm_channel_of(member)) == []


async def test_a_restart_never_announces_a_change_again(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    clock = FakeClock()
    async with AsyncExitStack() as stack:
        c = await live(Starter(fake_discord, tmp_path, stack), clock=clock)
        await edit(c, CANCELLED)
        later(c, seconds=61)
        await tick(c)
        [announced] = posts(fake_discord, ANNOUNCE)
        assert announced.startswith(f"\u274c **Cancelled: {SESSION_I}**")

    async with AsyncExitStack() as stack:  # the same file and database, a new process
        again = await live(Starter(fake_discord, tmp_path, stack), clock=clock)
        later(again, minutes=5)
        await tick(again)
        assert len(posts(fake_discord, ANNOUNCE)) == 1


async def test_the_reminder_dm_comes_at_the_chosen_moment_and_only_once(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start, programme_tick_seconds=0.02)
    member = fake_discord.world.member
    dms = fake_discord.dm_channel_of(member)
    await command(fake_discord, "remind", member, minutes=5)
    await command(fake_discord, "follow", member, session="session-one")

    c.clock.moment = SESSION_I_STARTS - dt.timedelta(minutes=5, seconds=1)
    await tick(c)
    assert posts(fake_discord, dms) == []

    c.clock.moment = SESSION_I_STARTS - dt.timedelta(minutes=5)  # the bot's own loop sees it
    reminder = await fake_discord.wait_for_bot_message(dms)
    text = reminder.json["content"]
    assert text.startswith(f"\u23f0 **{SESSION_I}** starts <t:{int(SESSION_I_STARTS.timestamp())}"
                           ":R>")
    assert "10:30 EDT in New York" in text and "**Where:** General Assembly Hall" in text
    await tick(c)
    await tick(c)
    assert len(posts(fake_discord, dms)) == 1


async def test_a_member_whose_dms_are_closed_is_tried_once_and_told_at_the_next_follow(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start)
    member = fake_discord.world.member
    fake_discord.closed_dms.add(member.id)
    await command(fake_discord, "follow", member, session="session-one")
    c.clock.moment = SESSION_I_STARTS - dt.timedelta(minutes=3)
    for _ in range(3):
        await tick(c)
    attempts = fake_discord.requests.matching(
        "POST", f"/channels/{fake_discord.dm_channel_of(member)}/messages")
    assert [r.status for r in attempts] == [403]  # refused once, not retried

    again = await command(fake_discord, "follow", member, session="closing-session")
    assert "Discord would not let me DM you" in again["content"]


async def test_my_schedule_unfollow_and_reminders_off(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start)
    member = fake_discord.world.member
    await command(fake_discord, "follow", member, session="closing-session")
    await command(fake_discord, "follow", member, session="session-one")
    mine = (await command(fake_discord, "my-schedule", member))["content"]
    assert mine.index(SESSION_I) < mine.index("Closing session")  # programme order
    assert "Reminders come 10 minutes before each session" in mine

    off = await command(fake_discord, "remind", member, minutes=0)
    assert off["content"].startswith("Reminders are off.")
    c.clock.moment = SESSION_I_STARTS - dt.timedelta(minutes=1)
    await tick(c)
    assert posts(fake_discord, fake_discord.dm_channel_of(member)) == []

    gone = await command(fake_discord, "unfollow", member, session="session-one")
    assert gone["content"] == f"You no longer follow **{SESSION_I}**."
    mine = (await command(fake_discord, "my-schedule", member))["content"]
    assert SESSION_I not in mine and "Reminders are off" in mine
    never = await command(fake_discord, "unfollow", member, session="session-one")
    assert never["content"].startswith("You don't follow that session.")


async def test_follow_refuses_a_session_that_is_over_or_unknown(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await live(start, clock=FakeClock(SESSION_I_STARTS))  # the opening ended at 10:30
    member = fake_discord.world.member
    unknown = await command(fake_discord, "follow", member, session="zzzz qqqq")
    assert unknown["content"].startswith("I couldn't find that session.")
    over = await command(fake_discord, "follow", member, session="opening-session")
    assert over["content"] == "That session is already over, so there is nothing to remind you of."
    on = await command(fake_discord, "follow", member, session="session-one")  # under way
    assert on["content"].startswith("You now follow")
    mine = (await command(fake_discord, "my-schedule", member))["content"]
    assert SESSION_I in mine and "Opening session" not in mine


async def test_follow_autocompletes_sessions_and_unfollow_only_followed_ones(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await live(start)
    member = fake_discord.world.member
    offered = await (await fake_discord.send_autocomplete(
        "follow", {"session": "side ev"}, "session", user=member)).response()
    assert offered.choices[0] == {"name": "Side event on youth and prevention",
                                  "value": "side-event-youth"}
    await command(fake_discord, "follow", member, session="closing-session")
    mine = await (await fake_discord.send_autocomplete(
        "unfollow", {"session": ""}, "session", user=member)).response()
    assert mine.choices == [{"name": "Closing session", "value": "closing-session"}]


async def test_calendar_of_the_sessions_i_follow(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await live(start)
    member = fake_discord.world.member
    nothing = await command(fake_discord, "calendar", member, mine=True)
    assert nothing["content"].startswith("You don't follow any session yet")
    await command(fake_discord, "follow", member, session="closing-session")
    pending = await fake_discord.send_slash_command("calendar", {"mine": True}, user=member)
    await pending.response()
    reply = await pending.followup()
    [file] = reply.files
    assert file.filename.endswith(".ics")
    cal = icalendar.Calendar.from_ical(file.data)
    assert [str(e["summary"]) for e in cal.walk("VEVENT")] == ["Closing session"]
    assert str(cal.walk("VTIMEZONE")[0]["tzid"]) == "America/New_York"

    both = await command(fake_discord, "calendar", member, mine=True, day="2018-06-28")
    assert both["content"].startswith("Pick one of day, session or mine")



async def test_calendar_of_the_whole_programme_or_one_day(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await live(start)
    member = fake_discord.world.member

    async def summaries(**options: Any) -> list[str]:
        pending = await fake_discord.send_slash_command("calendar", options, user=member)
        await pending.response()
        [file] = (await pending.followup()).files
        cal = icalendar.Calendar.from_ical(file.data)
        return [str(e["summary"]) for e in cal.walk("VEVENT")]

    assert await summaries() == ["Opening session", SESSION_I,
                                 "Side event on youth and prevention", "Closing session"]
    assert await summaries(day="friday") == ["Closing session"]
    assert await summaries(day="2018-06-28") == ["Opening session", SESSION_I,
                                                 "Side event on youth and prevention"]
    not_a_day = await command(fake_discord, "calendar", member, day="2018-07-04")
    assert not_a_day["content"].startswith("I couldn't tell which day you meant.")

async def test_no_announcement_channel_still_tells_followers(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await live(start, announce_channel_id=None)
    member = fake_discord.world.member
    await command(fake_discord, "follow", member, session="session-one")
    await edit(c, CANCELLED)
    later(c, seconds=61)
    await tick(c)
    [dm] = posts(fake_discord, fake_discord.dm_channel_of(member))
    assert f"\u274c **Cancelled: {SESSION_I}**" in dm
    assert posts(fake_discord, ANNOUNCE) == []



# --- the "done when", on the bundled FAQ file ----------------------------------

BUNDLED = Path(__file__).resolve().parents[2] / "faq" / "conference.yaml"
SESSION_II = "session-2-ftf"
SESSION_II_ROOM = 'start: "15:00"\n    end: "18:00"\n    room: ga-hall\n'
SESSION_II_STARTS = dt.datetime(2018, 6, 28, 15, 0, tzinfo=NEW_YORK)


async def calendar_event(fake: FakeDiscord, user: FakeMember, session: str) -> Any:
    pending = await fake.send_slash_command("calendar", {"session": session}, user=user)
    await pending.response()
    [file] = (await pending.followup()).files
    [event] = icalendar.Calendar.from_ical(file.data).walk("VEVENT")
    return event


async def test_session_ii_moved_by_one_line_is_announced_once_dmed_and_live_everywhere(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    bundled = BUNDLED.read_text(encoding="utf-8")
    assert bundled.count(SESSION_II_ROOM) == 1
    write_faq(tmp_path / "faq.yaml", bundled)
    clock = FakeClock(SESSION_II_STARTS - dt.timedelta(hours=1))
    async with AsyncExitStack() as stack:
        # The default quiet period (60 s); the bot's own loop sends, no test tick.
        c = await live(Starter(fake_discord, tmp_path, stack), clock=clock,
                       programme_tick_seconds=0.02)
        follower, other = fake_discord.world.member, fake_discord.world.moderator
        await command(fake_discord, "follow", follower, session=SESSION_II)
        await command(fake_discord, "follow", other, session="closing-session")
        before = await calendar_event(fake_discord, follower, SESSION_II)
        assert str(before["location"]).startswith("General Assembly Hall")

        # The organiser edits one line.
        await edit(c, bundled.replace(SESSION_II_ROOM, SESSION_II_ROOM.replace(
            "ga-hall", "trusteeship-council-chamber")))
        later(c, seconds=59)
        await tick(c)
        assert posts(fake_discord, ANNOUNCE) == []
        later(c, seconds=1)  # a minute after the edit
        announcement = (await fake_discord.wait_for_bot_message(ANNOUNCE)).json["content"]
        assert announcement.startswith("\U0001f4e2 **Programme change: Session II: ")
        assert ("**Where:** General Assembly Hall \u2192 **Trusteeship Council Chamber**"
                in announcement)
        dm = await fake_discord.wait_for_bot_message(fake_discord.dm_channel_of(follower))
        assert "**Trusteeship Council Chamber**" in dm.json["content"]
        for _ in range(3):
            await tick(c)
        assert len(posts(fake_discord, ANNOUNCE)) == 1  # once
        assert len(posts(fake_discord, fake_discord.dm_channel_of(follower))) == 1
        assert posts(fake_discord, fake_discord.dm_channel_of(other)) == []  # not following

        nxt = (await (await fake_discord.send_slash_command("next", {})).response()).embeds[0]
        assert "Session II" in nxt["description"]
        assert "Where: Trusteeship Council Chamber" in nxt["description"]
        after = await calendar_event(fake_discord, follower, SESSION_II)
        assert str(after["uid"]) == str(before["uid"])  # a re-import updates the same event
        assert int(after["sequence"]) > int(before["sequence"])
        assert str(after["location"]).startswith("Trusteeship Council Chamber")

        c.clock.moment = SESSION_II_STARTS - dt.timedelta(minutes=10)  # the default lead
        reminder = await fake_discord.wait_for_bot_message(fake_discord.dm_channel_of(follower))
        assert "**Where:** Trusteeship Council Chamber" in reminder.json["content"]

        c.clock.moment = SESSION_II_STARTS + dt.timedelta(minutes=30)
        now = (await (await fake_discord.send_slash_command("now", {})).response()).embeds[0]
        assert now["title"] == "On now"
        assert "Session II" in now["description"]
        assert "Trusteeship Council Chamber" in now["description"]
        assert "General Assembly Hall" not in now["description"]
        assert_never_pings(fake_discord)
        assert_all_within_limits(fake_discord)


# --- DMs in the follower's language ---------------------------------------------------

SESSION_I_ES = "Sesión I: Intercambio de información"
TRANSLATED = FAQ_TEXT.replace(
    ROOM_LINE, ROOM_LINE + f'    translations:\n      es: {{title: "{SESSION_I_ES}"}}\n')
TRANSLATED_CANCELLED = TRANSLATED.replace(ROOM_LINE, ROOM_LINE + "    status: cancelled\n")


async def test_a_cancellation_dm_comes_in_the_language_of_each_followers_app(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    write_faq(tmp_path / "faq.yaml", TRANSLATED)
    c = await live(start)
    world = fake_discord.world
    spanish, english, unknown = world.member, world.moderator, world.owner
    followed = await (await fake_discord.send_slash_command(
        "follow", {"session": "session-one"}, user=spanish, locale="es-ES")).response()
    assert followed.data["content"].startswith(f"Ahora sigue **{SESSION_I_ES}**")
    await command(fake_discord, "follow", english, session="session-one")  # en-US
    await (await fake_discord.send_slash_command(
        "follow", {"session": "session-one"}, user=unknown, locale="ja")).response()

    await edit(c, TRANSLATED_CANCELLED)
    later(c, seconds=61)
    await tick(c)

    announcement = await fake_discord.wait_for_bot_message(ANNOUNCE)
    assert announcement.json["content"].startswith(f"\u274c **Cancelled: {SESSION_I}**")
    es = (await fake_discord.wait_for_bot_message(
        fake_discord.dm_channel_of(spanish))).json["content"]
    assert es.startswith("Ha cambiado una sesión que sigue.\n\n"
                         f"\u274c **Cancelada: {SESSION_I_ES}**\nEstaba prevista <t:")
    assert "General Assembly Hall." in es  # the room has no Spanish name in this file
    assert "`/unfollow` detiene estos mensajes" in es
    assert "Cancelled" not in es and "A session you follow" not in es
    for person in (english, unknown):  # en-US; an app in a language the bot lacks
        en = (await fake_discord.wait_for_bot_message(
            fake_discord.dm_channel_of(person))).json["content"]
        assert en.startswith("A session you follow has changed.\n\n"
                             f"\u274c **Cancelled: {SESSION_I}**\nIt was <t:")
    assert_all_within_limits(fake_discord)
    assert_never_pings(fake_discord)


# -- the announcement channel in the server's language -----------------------------------

SPANISH_SESSION_I = "Sesión I: Intercambio de información"
SPANISH = (f'    title: "{SESSION_I}"\n'
           f'    translations:\n      es: {{title: "{SPANISH_SESSION_I}"}}\n')
SPANISH_FAQ = FAQ_TEXT.replace(f'    title: "{SESSION_I}"\n', SPANISH)
SPANISH_MOVED = MOVED.replace(f'    title: "{SESSION_I}"\n', SPANISH)
assert SPANISH_FAQ != FAQ_TEXT and SPANISH_MOVED != MOVED


async def test_a_spanish_server_gets_announcements_in_spanish_an_english_follower_dms_in_english(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    fake_discord.world.guilds[0].preferred_locale = "es-ES"
    write_faq(tmp_path / "faq.yaml", SPANISH_FAQ)
    c = await live(start)
    member = fake_discord.world.member
    await command(fake_discord, "follow", member, session="session-one")  # app in English

    await edit(c, SPANISH_MOVED)
    later(c, seconds=61)
    await tick(c)

    [text] = posts(fake_discord, ANNOUNCE)
    assert text.startswith(f"\U0001f4e2 **Cambio en el programa: {SPANISH_SESSION_I}**")
    assert "**Dónde:** General Assembly Hall \u2192 **Conference Room 2**" in text
    assert "**Cuándo:** <t:" in text and text.endswith("(sin cambios)")
    assert "Programme change" not in text and "**Where:**" not in text
    dm = await fake_discord.wait_for_bot_message(fake_discord.dm_channel_of(member))
    assert dm.json["content"].startswith("A session you follow has changed.")
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)


async def test_a_server_in_another_language_than_the_six_gets_the_english_announcement(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    fake_discord.world.guilds[0].preferred_locale = "de"
    c = await live(start)
    await edit(c, CANCELLED)
    later(c, seconds=61)
    await tick(c)
    [announced] = posts(fake_discord, ANNOUNCE)
    assert announced.startswith(f"\u274c **Cancelled: {SESSION_I}**")
