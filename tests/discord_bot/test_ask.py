"""Attendees ask: /ask, mentions, DMs and ask channels, end to end against the fake Discord."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from bot.console import EMPTY_REPLY, UNKNOWN_REPLY
from bot.core.models import FeedbackKind
from bot.discord_bot.cogs.ask import (
    ALREADY_RATED,
    RESTARTING,
    THANKS_HELPFUL,
    THANKS_NOT_HELPFUL,
)
from bot.storage.buffered import journal_path_for
from tests.discord_fake import FakeDiscord, FakeMember, FakeUser, Ids
from tests.discord_fake.payloads import EPHEMERAL
from tests.discord_fake.records import RecordedRequest, RequestLog
from tests.storage.helpers import asks_of_question

from .fixtures import (
    AMBIGUOUS,
    CONFIDENT,
    NEW_YORK,
    NO_PINGS,
    UNKNOWN,
    Starter,
    assert_all_within_limits,
    assert_never_pings,
    buttons,
    make_settings,
    pings_nobody,
)

pytestmark = pytest.mark.heavy

MESSAGE_CONTENT_INTENT = 1 << 15


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


# --- /ask -----------------------------------------------------------------------------


async def test_confident_answer_is_an_embed_titled_with_the_question_it_matched(
    start: Starter,
) -> None:
    c = await start()

    answer = await c.ask(CONFIDENT)

    assert answer.type == 4 and not answer.ephemeral
    [embed] = answer.embeds
    assert embed["title"] == "Is there wifi?"
    assert "HLC-Guest" in embed["description"]
    assert [b["label"] for b in buttons(answer.data)] == ["Helpful", "Not helpful"]
    assert answer.data["allowed_mentions"] == NO_PINGS
    assert await c.questions.next_write("event") == "answer"
    stats = await c.questions.stats()
    assert (stats.asked, stats.answered, stats.top_items) == (1, 1, [("wifi", 1)])
    assert await c.questions.count() == 0  # answered: nothing for the moderators


async def test_session_answer_shows_a_discord_timestamp_for_each_readers_local_time(
    start: Starter,
) -> None:
    c = await start()

    answer = await c.ask("when is the opening session?")

    [embed] = answer.embeds
    assert embed["title"] == "Opening session"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    opening = int(dt.datetime(2018, 6, 28, 10, 0, tzinfo=NEW_YORK).timestamp())
    closing = int(dt.datetime(2018, 6, 28, 10, 30, tzinfo=NEW_YORK).timestamp())
    assert f"<t:{opening}:F>" in fields["When"] and f"<t:{closing}:t>" in fields["When"]
    assert f"<t:{opening}:R>" in fields["When"]
    assert "10:00\u201310:30 EDT" in fields["When"]  # and the time at the venue
    assert fields["Where"] == "General Assembly Hall"
    assert "Guterres" in fields["Speakers"]
    assert fields["Theme"] == "International cooperation"
    await c.settle("when is the opening session?")


async def test_did_you_mean_offers_buttons_and_never_repeats_the_question(
    start: Starter,
) -> None:
    c = await start()

    answer = await c.ask(AMBIGUOUS)

    assert answer.content is not None and "Did you mean" in answer.content
    assert AMBIGUOUS not in answer.content and "where is lunch?" not in answer.content.lower()
    labels = [b["label"] for b in buttons(answer.data)]
    assert labels == [
        "1. Where is lunch served on Thursday?",
        "2. Where is lunch served on Friday?",
    ]
    assert answer.embeds == []
    assert await c.questions.next_write("question") == AMBIGUOUS  # passed to the moderators
    [logged] = await c.questions.list()
    assert (logged.outcome, logged.best_id) == ("suggest", "lunch-thursday")


async def test_clicking_a_suggestion_shows_that_answer_and_records_what_was_meant(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    pending = await fake_discord.send_slash_command("ask", {"question": AMBIGUOUS})
    await pending.response()
    assert pending.original_message_id is not None
    await c.settle(AMBIGUOUS)

    click = await fake_discord.click_button(pending.original_message_id, label=(
        "2. Where is lunch served on Friday?"))
    shown = await click.response()

    assert shown.type == 7  # the did-you-mean message becomes the answer
    assert shown.content is None
    [embed] = shown.embeds
    assert embed["title"] == "Where is lunch served on Friday?"
    assert "North Lawn" in embed["description"]
    assert [b["label"] for b in buttons(shown.data)] == ["Helpful", "Not helpful"]
    assert await c.questions.next_write("suggestion_chosen") == AMBIGUOUS
    [chosen] = await c.questions.feedback(FeedbackKind.SUGGESTION_CHOSEN)
    assert (chosen.item_id, chosen.origin.user_id) == ("lunch-friday", Ids.MEMBER)
    assert_never_pings(fake_discord)


async def test_someone_else_clicking_a_suggestion_sees_it_privately(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    pending = await fake_discord.send_slash_command("ask", {"question": AMBIGUOUS})
    await pending.response()
    assert pending.original_message_id is not None
    await c.settle(AMBIGUOUS)

    click = await fake_discord.click_button(
        pending.original_message_id, label="1. Where is lunch served on Thursday?",
        user=fake_discord.world.moderator,
    )
    shown = await click.response()

    assert shown.type == 4 and shown.ephemeral
    assert shown.embeds[0]["title"] == "Where is lunch served on Thursday?"
    original = fake_discord.messages[pending.original_message_id]
    assert "Did you mean" in original["content"]  # the asker's message is untouched


async def test_unknown_question_is_answered_honestly_and_logged_with_its_ids(
    start: Starter,
) -> None:
    c = await start()

    answer = await c.ask(UNKNOWN, channel_id=Ids.HELP_CHANNEL)

    assert answer.content == UNKNOWN_REPLY
    assert "football" not in answer.content
    assert buttons(answer.data) == []
    assert await c.questions.next_write("question") == UNKNOWN
    [logged] = await c.questions.list()
    assert logged.question == UNKNOWN
    [ask] = await asks_of_question(c.questions, logged.id)
    assert (ask.origin.kind, ask.origin.user_id, ask.origin.channel_id, ask.origin.guild_id) == (
        "discord", Ids.MEMBER, Ids.HELP_CHANNEL, Ids.GUILD,
    )


async def test_not_helpful_records_the_question_and_the_answer_given(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    pending = await fake_discord.send_slash_command("ask", {"question": CONFIDENT})
    await pending.response()
    assert pending.original_message_id is not None
    await c.settle(CONFIDENT)

    down = await (await fake_discord.click_button(
        pending.original_message_id, label="Not helpful")).response()
    again = await (await fake_discord.click_button(
        pending.original_message_id, label="Helpful")).response()
    other = await (await fake_discord.click_button(
        pending.original_message_id, label="Helpful", user=fake_discord.world.moderator
    )).response()

    assert (down.content, down.ephemeral) == (THANKS_NOT_HELPFUL, True)
    assert (again.content, again.ephemeral) == (ALREADY_RATED, True)
    assert (other.content, other.ephemeral) == (THANKS_HELPFUL, True)
    assert await c.questions.next_write("not_helpful") == CONFIDENT
    assert await c.questions.next_write("helpful") == CONFIDENT
    [feedback] = await c.questions.feedback(FeedbackKind.NOT_HELPFUL)
    assert feedback.item_id == "wifi"
    assert feedback.answer is not None and "HLC-Guest" in feedback.answer
    assert feedback.origin.user_id == Ids.MEMBER
    helpful = await c.questions.feedback(FeedbackKind.HELPFUL)
    assert [f.origin.user_id for f in helpful] == [Ids.MODERATOR]


async def test_ephemeral_visibility_shows_answers_only_to_the_asker(start: Starter) -> None:
    c = await start(reply_visibility="ephemeral")

    answer = await c.ask(CONFIDENT)

    assert answer.ephemeral and answer.flags & EPHEMERAL
    assert answer.embeds[0]["title"] == "Is there wifi?"
    await c.settle(CONFIDENT)


async def test_autocomplete_offers_matching_questions_and_sessions(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    typed = await (await fake_discord.send_autocomplete(
        "ask", {"question": "wif"}, focused="question")).response()
    sessions = await (await fake_discord.send_autocomplete(
        "ask", {"question": "session"}, focused="question")).response()
    nothing_yet = await (await fake_discord.send_autocomplete(
        "ask", {}, focused="question")).response()

    assert typed.type == 8
    assert typed.choices[0] == {"name": "Is there wifi?", "value": "Is there wifi?"}
    assert {"Opening session", "Closing session"} <= {c["name"] for c in sessions.choices}
    assert 0 < len(nothing_yet.choices) <= 25
    for choice in [*typed.choices, *sessions.choices, *nothing_yet.choices]:
        assert len(choice["name"]) <= 100 and len(choice["value"]) <= 100


async def test_a_picked_autocomplete_choice_answers_that_entry(start: Starter) -> None:
    c = await start()

    answer = await c.ask("Where is lunch served on Thursday?")

    assert answer.embeds[0]["title"] == "Where is lunch served on Thursday?"
    assert "Delegates' Dining Room" in answer.embeds[0]["description"]
    assert await c.questions.next_write("event") == "answer"


# --- mentions, DMs, ask channels ------------------------------------------------------


async def test_mentioning_the_bot_gets_the_same_answer_as_a_reply(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    world = fake_discord.world
    question = await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member, f"{world.bot.mention} {CONFIDENT}", mentions=[world.bot]
    )

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)

    assert reply.json["embeds"][0]["title"] == "Is there wifi?"
    assert reply.json["message_reference"]["message_id"] == int(question["id"])
    assert pings_nobody(reply.json["allowed_mentions"])
    assert [b["label"] for b in buttons(reply.json)] == ["Helpful", "Not helpful"]
    assert await c.questions.next_write("event") == "answer"


async def test_a_bare_mention_gets_a_greeting(start: Starter, fake_discord: FakeDiscord) -> None:
    await start()
    world = fake_discord.world
    await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member, world.bot.mention, mentions=[world.bot]
    )

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)

    assert reply.json["content"] == EMPTY_REPLY


async def test_a_direct_message_gets_the_same_answer(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    sent = await fake_discord.send_dm(fake_discord.world.member, UNKNOWN)

    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))

    assert reply.json["content"] == UNKNOWN_REPLY
    assert pings_nobody(reply.json["allowed_mentions"])
    assert await c.questions.next_write("question") == UNKNOWN
    [logged] = await c.questions.list()
    [ask] = await asks_of_question(c.questions, logged.id)
    assert (ask.origin.user_id, ask.origin.guild_id) == (Ids.MEMBER, None)
    assert ask.origin.message_id == int(sent["id"])


async def test_default_intents_only_unless_an_ask_channel_is_configured(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    assert not fake_discord.identifies[-1]["intents"] & MESSAGE_CONTENT_INTENT


async def test_every_message_in_an_ask_channel_is_a_question(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(ask_channel_ids=(Ids.HELP_CHANNEL,))
    assert fake_discord.identifies[-1]["intents"] & MESSAGE_CONTENT_INTENT
    member = fake_discord.world.member

    await fake_discord.send_message(Ids.GENERAL_CHANNEL, member, "wifi password? (not asked)")
    question = await fake_discord.send_message(Ids.HELP_CHANNEL, member, CONFIDENT)

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert reply.json["message_reference"]["message_id"] == int(question["id"])
    assert reply.json["embeds"][0]["title"] == "Is there wifi?"
    assert await c.questions.next_write("event") == "answer"
    assert fake_discord.requests.matching("POST", f"/channels/{Ids.GENERAL_CHANNEL}/messages") == []
    assert (await c.questions.stats()).asked == 1


async def test_own_messages_and_other_bots_are_ignored(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    world = fake_discord.world
    other_bot = FakeMember(FakeUser(1_100_000_000_000_000_099, "otherbot", bot=True), Ids.GUILD)
    world.main_guild.members.append(other_bot)
    c = await start(ask_channel_ids=(Ids.HELP_CHANNEL,))

    await fake_discord.send_message(Ids.HELP_CHANNEL, world.bot_member, CONFIDENT)
    await fake_discord.send_message(
        Ids.HELP_CHANNEL, other_bot, f"{world.bot.mention} {CONFIDENT}", mentions=[world.bot]
    )
    await fake_discord.send_message(Ids.HELP_CHANNEL, world.member, UNKNOWN)

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert reply.json["content"] == UNKNOWN_REPLY
    assert await c.questions.next_write("question") == UNKNOWN
    sent = fake_discord.requests.matching("POST", f"/channels/{Ids.HELP_CHANNEL}/messages")
    assert len(sent) == 1
    assert (await c.questions.stats()).asked == 1


async def test_mentioning_the_bots_role_is_mentioning_the_bot(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    # Discord only shows the text of role mentions with the Message Content intent.
    c = await start(ask_channel_ids=(Ids.GENERAL_CHANNEL,))
    await fake_discord.send_message(
        Ids.HELP_CHANNEL, fake_discord.world.member, f"<@&{Ids.BOT_ROLE}> {CONFIDENT}",
        mention_roles=[Ids.BOT_ROLE],
    )

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)

    assert reply.json["embeds"][0]["title"] == "Is there wifi?"
    await c.settle(CONFIDENT)


async def test_small_talk_in_an_ask_channel_gets_no_reply(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(ask_channel_ids=(Ids.HELP_CHANNEL,))
    member = fake_discord.world.member

    await fake_discord.send_message(Ids.HELP_CHANNEL, member, "thanks!")
    question = await fake_discord.send_message(Ids.HELP_CHANNEL, member, CONFIDENT)

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert reply.json["message_reference"]["message_id"] == int(question["id"])
    await c.settle(CONFIDENT)
    assert len(fake_discord.requests.matching(
        "POST", f"/channels/{Ids.HELP_CHANNEL}/messages")) == 1


async def test_a_database_failure_after_the_reply_is_logged_not_shown_and_the_question_kept(
    start: Starter, caplog: pytest.LogCaptureFixture
) -> None:
    c = await start()
    await c.questions.close()  # the disk went away

    answer = await c.ask(UNKNOWN)

    assert answer.content == UNKNOWN_REPLY  # the attendee still got the reply first
    await c.ask(CONFIDENT)  # and the bot keeps answering
    assert "question database unavailable" in caplog.text
    kept = journal_path_for(c.settings.db_path).read_text(encoding="ascii")
    assert UNKNOWN in kept  # waiting in the fallback file for the database to return


# --- hostile text ---------------------------------------------------------------------

HOSTILE = [
    pytest.param("", id="empty"),
    pytest.param("   \n\t ", id="blank"),
    pytest.param("wifi " * 2000, id="ten-thousand-chars"),
    pytest.param("wifi\x00pass\x07word\x1b[31m red", id="nul-control-ansi"),
    pytest.param("w\u0336i\u0336f\u0336i\u0336" + "\u0301" * 300 + " \u202egnirts\u202c",
                 id="zalgo-bidi"),
    pytest.param("wifi \udc80\ud800 password", id="lone-surrogates"),
    pytest.param("\U0001f600\U0001f44d\U0001f3fd\u200d\u2640\ufe0f", id="emoji-only"),
    pytest.param("```py\nimport os\n``` **bold** ||spoiler|| # heading", id="markdown"),
    pytest.param(f"@everyone @here <@{Ids.OWNER}> <@&{Ids.MODERATOR_ROLE}> hi", id="mentions"),
    pytest.param("free nitro http://spam.example/claim [click](https://evil.example)",
                 id="links"),
]


def _reply_text(body: dict[str, object]) -> str:
    parts = [str(body.get("content") or "")]
    for embed in body.get("embeds") or []:  # type: ignore[attr-defined]
        parts += [str(embed.get("title") or ""), str(embed.get("description") or "")]
        parts += [f["value"] for f in embed.get("fields") or []]
    return "\n".join(parts)


def _assert_not_echoed(question: str, text: str) -> None:
    for fragment in ("@everyone", "@here", f"<@{Ids.OWNER}>", f"<@&{Ids.MODERATOR_ROLE}>",
                     "spam.example", "evil.example", "```py", "||spoiler||", "gnirts"):
        if fragment in question:
            assert fragment not in text


@pytest.mark.parametrize("question", HOSTILE)
async def test_hostile_text_in_a_dm_gets_a_safe_reply(
    start: Starter, fake_discord: FakeDiscord, question: str
) -> None:
    c = await start(cooldown_questions=0)
    sent = await fake_discord.send_dm(fake_discord.world.member, question)

    reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))

    _assert_not_echoed(question, _reply_text(reply.json))
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)
    await c.settle(question)


@pytest.mark.parametrize("question", [p for p in HOSTILE if p.id not in ("empty", "blank")])
async def test_hostile_text_through_slash_ask_gets_a_safe_reply(
    start: Starter, fake_discord: FakeDiscord, question: str
) -> None:
    c = await start(cooldown_questions=0)

    answer = await c.ask(question[:4000])

    _assert_not_echoed(question, _reply_text(answer.data))
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)
    await c.settle(question[:4000])
    logged = await c.questions.list()
    for record in logged:  # kept exactly as asked, for the moderators
        assert record.question == question[:4000]


async def test_hostile_mention_in_a_channel_never_pings(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    world = fake_discord.world
    await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member,
        f"{world.bot.mention} @everyone <@{Ids.OWNER}> where is the <@&{Ids.MODERATOR_ROLE}>?",
        mentions=[world.bot, world.owner], mention_roles=[Ids.MODERATOR_ROLE],
    )

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)

    assert pings_nobody(reply.json["allowed_mentions"])
    mentions = f"@everyone <@{Ids.OWNER}> <@&{Ids.MODERATOR_ROLE}>"
    _assert_not_echoed(mentions, _reply_text(reply.json))
    await c.questions.next_write("event")


# --- flood control --------------------------------------------------------------------


async def test_a_flood_gets_one_polite_notice_and_every_question_is_still_logged(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(cooldown_questions=2, cooldown_seconds=30)
    member = fake_discord.world.member
    questions = [f"{UNKNOWN} ({n})" for n in range(4)]

    channel_id = 0
    for question in questions:
        sent = await fake_discord.send_dm(member, question)
        channel_id = int(sent["channel_id"])
        assert await c.questions.next_write("question") == question

    replies = fake_discord.requests.matching("POST", f"/channels/{channel_id}/messages")
    contents = [r.json["content"] for r in replies]
    assert contents[:2] == [UNKNOWN_REPLY, UNKNOWN_REPLY]
    assert len(contents) == 3  # the fourth question got no reply at all
    assert "wait 30 seconds" in contents[2]
    assert {r.question for r in await c.questions.list()} == set(questions)

    for _ in replies:
        await fake_discord.wait_for_bot_message(channel_id)  # seen above
    c.ticks.now += 31  # the burst is over
    await fake_discord.send_dm(member, CONFIDENT)
    after = await fake_discord.wait_for_bot_message(channel_id)
    assert after.json["embeds"][0]["title"] == "Is there wifi?"
    await c.settle(CONFIDENT)


async def test_a_slash_command_flood_is_refused_privately_and_still_recorded(
    start: Starter,
) -> None:
    c = await start(cooldown_questions=1, cooldown_seconds=60)

    first = await c.ask(CONFIDENT)
    second = await c.ask(UNKNOWN)

    assert first.embeds and not first.ephemeral
    assert second.ephemeral and second.content is not None and "wait" in second.content
    await c.settle(CONFIDENT)
    await c.settle(UNKNOWN)


# --- stopping -------------------------------------------------------------------------


async def test_a_stop_refuses_new_questions_and_waits_for_those_in_flight(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    member = fake_discord.world.member
    with c.bot.intake.admit():  # a question being answered when the stop comes
        stopping = asyncio.create_task(c.bot.stop(within=5.0))
        await asyncio.sleep(0)
        sent = await fake_discord.send_dm(member, UNKNOWN)
        refused = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
        assert refused.json["content"] == RESTARTING
        assert not stopping.done()  # still waiting for the question in flight
    await stopping
    assert c.bot.is_closed()
    assert await c.questions.count() == 0  # the refused question was not taken


async def test_a_stop_flushes_what_was_journalled(start: Starter) -> None:
    c = await start()
    assert (await c.ask(UNKNOWN)).content == UNKNOWN_REPLY
    await c.bot.stop(within=5.0)
    [question] = await c.questions.list()
    assert question.question == UNKNOWN
    assert not journal_path_for(c.settings.db_path).exists()  # emptied and released


# --- durable before the reply -----------------------------------------------------------


class DiskAtReply(RequestLog):
    """At the moment each reply reaches the fake: is the question on disk (in the
    journal, or already in the database)?"""

    def __init__(self, db: Path, question: str) -> None:
        super().__init__()
        self._db = db
        self._question = question
        self.on_disk: list[bool] = []

    async def add(self, request: RecordedRequest) -> None:
        replying = request.matches("POST", re.compile(r"/channels/\d+/messages")) or (
            request.matches("POST", re.compile(r"/interactions/\d+/[^/]+/callback")))
        if replying:
            self.on_disk.append(self._stored())
        await super().add(request)

    def _stored(self) -> bool:
        journal = journal_path_for(self._db)
        if journal.exists() and self._question in journal.read_text(encoding="ascii"):
            return True
        raw = sqlite3.connect(self._db)
        try:
            return int(raw.execute("SELECT count(*) FROM questions WHERE question = ?",
                                   (self._question,)).fetchone()[0]) > 0
        finally:
            raw.close()


@pytest.mark.parametrize("door", ["slash", "dm"])
async def test_a_question_is_on_disk_before_the_reply_says_it_was_passed_on(
    start: Starter, fake_discord: FakeDiscord, tmp_path: Path, door: str
) -> None:
    watch = DiskAtReply(make_settings(tmp_path).db_path, UNKNOWN)
    fake_discord.rest.requests = fake_discord.requests = watch
    c = await start()
    if door == "slash":
        assert (await c.ask(UNKNOWN)).content == UNKNOWN_REPLY
    else:
        sent = await fake_discord.send_dm(fake_discord.world.member, UNKNOWN)
        reply = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
        assert reply.json["content"] == UNKNOWN_REPLY
    assert watch.on_disk == [True]
