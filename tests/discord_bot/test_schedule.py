"""/schedule, /now, /next, /session, /venue and /topics against the fake Discord."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import pytest

from bot.discord_bot.cogs.schedule import NO_SUCH_DAY, NO_SUCH_ROOM, NO_SUCH_SESSION
from tests.discord_fake import FakeDiscord, InteractionCallback

from .fixtures import (
    FAQ_TEXT,
    NEW_YORK,
    FakeClock,
    Starter,
    assert_all_within_limits,
    assert_never_pings,
    write_faq,
)


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def run(fake: FakeDiscord, command: str, /, **options: Any) -> InteractionCallback:
    return await (await fake.send_slash_command(command, options)).response()


def unix(day: int, hour: int, minute: int = 0) -> int:
    return int(dt.datetime(2018, 6, day, hour, minute, tzinfo=NEW_YORK).timestamp())


async def test_now_shows_the_running_session_with_local_times(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    answer = await run(fake_discord, "now")

    [embed] = answer.embeds
    assert embed["title"] == "On now"
    assert "**Opening session**" in embed["description"]
    [local] = embed["fields"]
    assert local["name"] == "In your time zone"
    assert f"<t:{unix(28, 10)}:f>" in local["value"] and "Opening session" in local["value"]
    assert not answer.ephemeral
    assert_never_pings(fake_discord)


async def test_next_lists_what_starts_next_anywhere_or_in_one_room(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    anywhere = await run(fake_discord, "next")
    in_room = await run(fake_discord, "next", room="conference-room-2")
    typed_room = await run(fake_discord, "next", room="general assembly")
    unknown_room = await run(fake_discord, "next", room="the moon <@everyone>")

    assert anywhere.embeds[0]["title"] == "Next"
    assert "Session I: Sharing information" in anywhere.embeds[0]["description"]
    assert in_room.embeds[0]["title"] == "Next in the Conference Room 2"
    assert "Side event on youth" in in_room.embeds[0]["description"]
    assert typed_room.embeds[0]["title"] == "Next in the General Assembly Hall"
    assert (unknown_room.content, unknown_room.ephemeral) == (NO_SUCH_ROOM, True)


async def test_room_autocomplete_lists_the_venues_rooms(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    pending = await fake_discord.send_autocomplete("next", {"room": "conf"}, focused="room")

    assert (await pending.response()).choices == [
        {"name": "Conference Room 2", "value": "conference-room-2"}
    ]


async def test_schedule_defaults_to_today_and_takes_a_day(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    today = await run(fake_discord, "schedule")
    friday = await run(fake_discord, "schedule", day="2018-06-29")
    typed = await run(fake_discord, "schedule", day="friday")
    not_a_day = await run(fake_discord, "schedule", day="2018-07-04")
    nonsense = await run(fake_discord, "schedule", day="whenever")

    assert today.embeds[0]["title"] == "Thursday 28 June 2018"
    description = today.embeds[0]["description"]
    assert description.index("Opening session") < description.index("Side event on youth")
    local = today.embeds[0]["fields"][0]["value"]
    assert f"<t:{unix(28, 13, 15)}:f>" in local
    assert friday.embeds[0]["title"] == "Friday 29 June 2018"
    assert "Closing session" in friday.embeds[0]["description"]
    assert typed.embeds == friday.embeds
    assert "Nothing is scheduled on Wednesday 4 July 2018" in not_a_day.embeds[0]["description"]
    assert (nonsense.content, nonsense.ephemeral) == (NO_SUCH_DAY, True)


async def test_day_autocomplete_lists_the_conference_days(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    pending = await fake_discord.send_autocomplete("schedule", {}, focused="day")

    assert (await pending.response()).choices == [
        {"name": "Thursday 28 June 2018", "value": "2018-06-28"},
        {"name": "Friday 29 June 2018", "value": "2018-06-29"},
    ]


async def test_session_by_autocompleted_name_shows_its_details(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    choices = await (await fake_discord.send_autocomplete(
        "session", {"name": "clos"}, focused="name")).response()
    picked = await run(fake_discord, "session", name=choices.choices[0]["value"])
    typed = await run(fake_discord, "session", name="opening")
    missing = await run(fake_discord, "session", name="zzzz qqqq")

    assert choices.choices[0] == {"name": "Closing session", "value": "closing-session"}
    assert picked.embeds[0]["title"] == "Closing session"
    when = {f["name"]: f["value"] for f in picked.embeds[0]["fields"]}["When"]
    assert f"<t:{unix(29, 16)}:F>" in when
    assert typed.embeds[0]["title"] == "Opening session"
    assert (missing.content, missing.ephemeral) == (NO_SUCH_SESSION, True)


async def test_venue_and_topics_come_from_the_faq_file(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    venue = await run(fake_discord, "venue")
    topics = await run(fake_discord, "topics")

    assert venue.embeds[0]["title"] == "United Nations Headquarters"
    assert "405 East 42nd Street" in venue.embeds[0]["description"]
    assert "Conference Room 2" in venue.embeds[0]["description"]
    assert topics.embeds[0]["title"] == "Conference themes"
    assert "International cooperation" in topics.embeds[0]["description"]
    assert_all_within_limits(fake_discord)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (dt.datetime(2018, 6, 1, 9, 0, tzinfo=NEW_YORK), "has not started yet"),
        (dt.datetime(2018, 7, 1, 9, 0, tzinfo=NEW_YORK), "The conference is over"),
    ],
)
async def test_outside_the_conference_now_says_so(
    start: Starter, fake_discord: FakeDiscord, moment: dt.datetime, expected: str
) -> None:
    await start(clock=FakeClock(moment))

    answer = await run(fake_discord, "now")

    assert expected in answer.embeds[0]["description"]


def crowded_faq(sessions: int) -> str:
    """FAQ_TEXT with a day full of side events with long titles, each in its own room."""
    extra = "".join(
        f"  - id: side-event-{n}\n"
        f"    title: \"Side event {n}: countering the financing of terrorism through "
        f"public-private partnerships and information sharing\"\n"
        f"    day: 2018-06-28\n"
        f"    start: \"{8 + n // 6:02d}:{(n % 6) * 10:02d}\"\n"
        f"    end: \"{8 + n // 6:02d}:{(n % 6) * 10 + 9:02d}\"\n"
        f"    room: Booth {n}\n"
        for n in range(sessions)
    )
    return FAQ_TEXT.replace("sessions:\n", "sessions:\n" + extra, 1)


async def test_a_long_programme_is_split_within_discords_limits(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    write_faq(tmp_path / "faq.yaml", crowded_faq(60))
    await start()

    pending = await fake_discord.send_slash_command("schedule", {"day": "2018-06-28"})
    first = await pending.response()

    rest = await pending.followup()  # more than 6000 characters: a second message

    assert first.embeds[0]["title"] == "Thursday 28 June 2018"
    embeds = [*first.embeds, *rest.json["embeds"]]
    shown = "".join(e.get("description") or "" for e in embeds)
    assert len(shown) > 6000
    assert shown.count("Side event") == 61
    assert_all_within_limits(fake_discord)
    assert_never_pings(fake_discord)


async def test_structured_answers_follow_the_reply_visibility(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(reply_visibility="ephemeral")

    assert (await run(fake_discord, "venue")).ephemeral
