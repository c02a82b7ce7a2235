"""Organisers edit the FAQ file while the bot runs: good edits go live, broken ones are
reported to the mod-log channel while the last good FAQ keeps serving."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from tests.discord_fake import FakeDiscord, Ids

from .fixtures import CONFIDENT, FAQ_TEXT, Concierge, Starter, assert_never_pings, write_faq

OLD_WIFI = "Network HLC-Guest"
NEW_WIFI = "Network UNHQ-Delegates"
GOOD_EDIT = FAQ_TEXT.replace(OLD_WIFI, NEW_WIFI)
BROKEN_EDIT = FAQ_TEXT.replace(
    "    answer: Yes, free wifi. Network HLC-Guest, password unite2018.\n", ""
)
BROKEN_LINE = FAQ_TEXT.splitlines().index("  - id: wifi") + 1  # the entry missing its answer


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def wifi_answer(c: Concierge) -> str:
    answer = await c.ask(CONFIDENT)
    await c.settle(CONFIDENT)
    return str(answer.embeds[0]["description"])


async def test_a_good_edit_is_live_without_a_restart(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(faq_poll_seconds=0.02)
    assert OLD_WIFI in await wifi_answer(c)

    write_faq(c.settings.faq_path, GOOD_EDIT)

    notice = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    assert notice.json["content"].startswith("FAQ reloaded from `faq.yaml`: 4 FAQ entries")
    assert NEW_WIFI in await wifi_answer(c)
    assert_never_pings(fake_discord)


async def test_a_broken_edit_keeps_the_last_good_faq_and_tells_the_moderators(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(faq_poll_seconds=0.02)

    write_faq(c.settings.faq_path, BROKEN_EDIT)

    notice = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    content = notice.json["content"]
    assert "**not** loaded" in content
    assert f"{c.settings.faq_path}:{BROKEN_LINE}: faq[0].answer: required" in content
    assert OLD_WIFI in await wifi_answer(c)

    write_faq(c.settings.faq_path, GOOD_EDIT)  # fixed: live again
    fixed = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    assert fixed.json["content"].startswith("FAQ reloaded")
    assert NEW_WIFI in await wifi_answer(c)


async def test_faq_reload_on_demand_loads_a_good_edit(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()  # no polling: only the command reloads
    write_faq(c.settings.faq_path, GOOD_EDIT)

    pending = await fake_discord.send_slash_command(
        "faq reload", {}, user=fake_discord.world.moderator)
    assert (await pending.response()).ephemeral

    reply = await pending.followup()
    assert reply.json["content"] == (
        "FAQ reloaded and live: 4 FAQ entries, 4 sessions, 1 themes."
    )
    notice = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    assert notice.json["content"].startswith("FAQ reloaded")
    assert NEW_WIFI in await wifi_answer(c)


async def test_faq_reload_on_demand_reports_a_broken_edit(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    write_faq(c.settings.faq_path, BROKEN_EDIT)

    pending = await fake_discord.send_slash_command(
        "faq reload", {}, user=fake_discord.world.moderator)
    await pending.response()

    reply = await pending.followup()
    assert reply.json["content"].startswith("The FAQ file has problems")
    assert f":{BROKEN_LINE}: faq[0].answer: required" in reply.json["content"]
    notice = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    assert "faq[0].answer: required" in notice.json["content"]
    assert OLD_WIFI in await wifi_answer(c)


async def test_faq_check_validates_without_serving_the_edit(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    write_faq(c.settings.faq_path, GOOD_EDIT)

    pending = await fake_discord.send_slash_command(
        "faq check", {}, user=fake_discord.world.moderator)
    await pending.response()
    valid = await pending.followup()

    assert valid.json["content"].startswith("The FAQ file is valid: 4 FAQ entries")
    assert OLD_WIFI in await wifi_answer(c)  # not live until reloaded

    write_faq(c.settings.faq_path, BROKEN_EDIT)
    pending = await fake_discord.send_slash_command(
        "faq check", {}, user=fake_discord.world.moderator)
    await pending.response()
    broken = await pending.followup()
    assert "faq[0].answer: required" in broken.json["content"]
    assert fake_discord.requests.matching(
        "POST", f"/channels/{Ids.GENERAL_CHANNEL}/messages") == []  # a check posts nothing
