"""Urgent and sensitive messages on Discord: the fixed reply at once, and the moderators told.

End to end through the fake Discord: the reply, the post in the mod-log channel with
its link, the one role ping allowed, floods collapsed, flood control bypassed.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.storage.records import Status
from tests.discord_fake import FakeDiscord, Ids

from .fixtures import FAQ_TEXT, Starter, pings_nobody, sent_messages, write_faq

ALERT_ROLE = 1_200_000_000_000_000_099
URGENT_ANSWER = "Call UN Security at +1 212-555-0199 and stay with the person."
SENSITIVE_ANSWER = "I can't discuss weapons; please contact UN Security."
ALERTS = f"""\
urgent:
  - id: medical-emergency
    topic: Medical emergency
    answer: "{URGENT_ANSWER}"
    triggers: [collapsed, not breathing]
sensitive:
  - id: weapons
    topic: Weapons
    answer: "{SENSITIVE_ANSWER}"
    triggers: ["gun/firearm + bring/carry"]
"""
MOD_LOG = re.compile(rf"/channels/{Ids.GENERAL_CHANNEL}/messages(/\d+)?")


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    write_faq(tmp_path / "faq.yaml", FAQ_TEXT + ALERTS)
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def test_an_urgent_dm_gets_the_fixed_answer_and_the_moderators_a_post_with_one_ping(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(alert_role_id=ALERT_ROLE)
    sent = await fake_discord.send_dm(fake_discord.world.member, "my friend collapsed!!")

    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
    post = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)

    assert reply.json["content"] == URGENT_ANSWER
    assert "components" not in reply.json or not reply.json["components"]
    content = post.json["content"]
    assert content.startswith(f"<@&{ALERT_ROLE}> ")
    assert "Urgent: Medical emergency" in content
    assert f"in a DM from user id {Ids.MEMBER}" in content
    allowed = post.json["allowed_mentions"]
    assert allowed["parse"] == [] and [int(r) for r in allowed["roles"]] == [ALERT_ROLE]
    assert not allowed.get("users") and not allowed.get("replied_user")


async def test_an_urgent_mention_posts_a_jump_link_and_pings_nobody_without_a_role(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()
    world = fake_discord.world
    question = await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member, f"{world.bot.mention} he is not breathing, hurry",
        mentions=[world.bot])

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    post = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)

    assert reply.json["content"] == URGENT_ANSWER
    link = f"https://discord.com/channels/{Ids.GUILD}/{Ids.HELP_CHANNEL}/{question['id']}"
    assert link in post.json["content"]
    assert pings_nobody(post.json["allowed_mentions"])
    assert "<@" not in post.json["content"]


async def test_a_flood_of_one_alert_is_one_post_whose_count_goes_up(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(alert_role_id=ALERT_ROLE)
    member = fake_discord.world.member
    for _ in range(3):
        sent = await fake_discord.send_dm(member, "someone collapsed in the lobby")
        await fake_discord.wait_for_bot_message(int(sent["channel_id"]))

    first = await fake_discord.requests.wait_for("POST", MOD_LOG)
    edits = [await fake_discord.requests.wait_for("PATCH", MOD_LOG) for _ in range(2)]

    assert first.json["content"].startswith(f"<@&{ALERT_ROLE}>")
    assert "\u00d73" in edits[-1].json["content"]
    assert all(pings_nobody(e.json["allowed_mentions"]) for e in edits)
    posts = [r for r in fake_discord.requests.all if r.matches("POST", MOD_LOG)]
    assert len(posts) == 1


async def test_flood_control_never_holds_back_an_urgent_answer(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(cooldown_questions=1, cooldown_seconds=60)
    await c.ask("is there wifi?")  # uses this minute's one question
    answer = await c.ask("my colleague collapsed")

    assert answer.data["content"] == URGENT_ANSWER


async def test_a_sensitive_question_is_refused_posted_and_kept_flagged(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    answer = await c.ask("can I bring my gun into the hall")
    post = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)

    assert answer.data["content"] == SENSITIVE_ANSWER
    assert "Sensitive question: Weapons" in post.json["content"]
    assert await c.questions.next_write("question") is not None
    [record] = await c.questions.list(Status.OPEN)
    assert (record.question, record.outcome) == ("can I bring my gun into the hall", "sensitive")


async def test_only_the_alert_post_may_ping_and_only_its_role(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(alert_role_id=ALERT_ROLE)
    await c.ask("my colleague collapsed")
    await c.ask("is there wifi?")
    await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)

    for request, body in sent_messages(fake_discord):
        allowed = body.get("allowed_mentions")
        if request.matches("POST", MOD_LOG) and "Urgent" in body.get("content", ""):
            assert allowed is not None, (request, body)
            assert [int(r) for r in allowed["roles"]] == [ALERT_ROLE] and allowed["parse"] == []
        else:
            assert pings_nobody(allowed), (request, body)
