"""Moderators: /unanswered list|resolve|dismiss|export and /faq stats, end to end."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.core.models import Origin, OriginKind
from bot.core.wording import say
from bot.discord_bot.checks import NOT_A_MODERATOR, NOT_IN_DMS
from bot.discord_bot.client import SOMETHING_WENT_WRONG, SyncState
from bot.discord_bot.cogs.moderation import NOT_YOUR_LIST, UNKNOWN_ENTRY
from bot.storage import Status
from bot.wiring import build_bot, load_faq
from tests.discord_fake import (
    FakeDiscord,
    FakeMember,
    FakeUser,
    Ids,
    PendingInteraction,
    running_client,
)
from tests.storage.helpers import record_ask
from tests.storage.memory import MemoryStore

from .fixtures import (
    CONFIDENT,
    DURING_OPENING,
    GUILD_READY_S,
    UNKNOWN,
    Concierge,
    FakeClock,
    Starter,
    assert_all_within_limits,
    assert_never_pings,
    assert_one_response_each,
    buttons,
    make_settings,
    sent_messages,
)

pytestmark = pytest.mark.heavy

MANAGE_MESSAGES = discord.Permissions(manage_messages=True).value
NATO = ("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike "
        "november oscar papa quebec romeo sierra tango").split()


@pytest.fixture
async def start(fake_discord: FakeDiscord, tmp_path: Path) -> AsyncIterator[Starter]:
    async with AsyncExitStack() as stack:
        yield Starter(fake_discord, tmp_path, stack)


async def moderator_command(
    fake: FakeDiscord, name: str, /, user: FakeMember | FakeUser | None = None, **options: Any
) -> PendingInteraction:
    return await fake.send_slash_command(name, options, user=user or fake.world.moderator)


async def seed(c: Concierge, question: str, times: int = 1, **origin: Any) -> int:
    question_id = 0
    for _ in range(times):
        question_id = await record_ask(
            c.questions, question, Origin(kind=OriginKind.DISCORD, **origin),
            asked_at=DURING_OPENING, best_id=None, best_score=None,
        )
    return question_id


# --- who may moderate -----------------------------------------------------------------


@pytest.mark.parametrize("command", ["unanswered list", "unanswered export", "faq stats",
                                     "faq reload", "faq check"])
async def test_members_without_manage_messages_are_refused_privately(
    start: Starter, fake_discord: FakeDiscord, command: str
) -> None:
    await start()

    refused = await (await moderator_command(
        fake_discord, command, user=fake_discord.world.member)).response()

    assert (refused.type, refused.content, refused.ephemeral) == (4, NOT_A_MODERATOR, True)
    assert_never_pings(fake_discord)


async def test_a_member_is_refused_in_the_language_of_their_discord_app(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    refused = await (await fake_discord.send_slash_command(
        "unanswered list", {}, user=fake_discord.world.member, locale="fr")).response()

    assert (refused.content, refused.ephemeral) == (say("not_a_moderator", "fr"), True)
    assert refused.content != NOT_A_MODERATOR


async def test_a_moderator_command_in_a_dm_is_refused_in_the_app_s_language(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(sync_global=True, guild_id=None)

    in_dm = await (await fake_discord.send_slash_command(
        "unanswered list", {}, user=fake_discord.world.moderator, dm=True,
        locale="es-ES")).response()

    assert (in_dm.content, in_dm.ephemeral) == (say("moderators_not_in_dms", "es"), True)
    assert in_dm.content != NOT_IN_DMS


async def test_the_moderator_role_or_manage_messages_is_enough(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(moderator_role_id=Ids.MEMBER_ROLE)
    world = fake_discord.world

    by_role = await moderator_command(fake_discord, "unanswered list", user=world.member)
    by_permission = await fake_discord.send_slash_command(
        "unanswered list", {}, user=world.owner,
        member_permissions=discord.Permissions(manage_messages=True).value,
    )

    assert (await by_role.response()).type == 5  # deferred: allowed
    assert (await by_permission.response()).type == 5
    await by_role.followup()
    await by_permission.followup()


async def test_moderator_commands_are_hidden_from_others_and_unavailable_in_dms(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start(sync_global=True, guild_id=None)
    synced = {c["name"]: c for c in fake_discord.synced_commands()}

    for name in ("unanswered", "faq"):
        assert int(synced[name]["default_member_permissions"]) == MANAGE_MESSAGES
        assert synced[name]["contexts"] == [0] and synced[name]["dm_permission"] is False
    assert synced["ask"]["default_member_permissions"] is None

    in_dm = await fake_discord.send_slash_command(
        "unanswered list", {}, user=fake_discord.world.moderator, dm=True)
    refused = await in_dm.response()
    assert (refused.content, refused.ephemeral) == (NOT_IN_DMS, True)


async def test_a_failing_command_gets_one_kind_line_and_the_traceback_is_logged(
    start: Starter, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    c = await start()
    await c.questions.close()  # the database is gone

    pending = await moderator_command(fake_discord, "unanswered list")
    await pending.response()
    apology = await pending.followup()

    assert apology.json["content"] == SOMETHING_WENT_WRONG
    assert apology.json["flags"] & 64
    assert "/unanswered list failed" in caplog.text and "Traceback" in caplog.text
    assert_one_response_each(fake_discord)


# --- list -------------------------------------------------------------------------------


async def test_list_groups_similar_wording_most_people_first(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    parking = await seed(c, "Is there parking near the UN?", 2, user_id=Ids.OWNER)
    cloakroom = await seed(c, "Where is the cloakroom?", 3, user_id=Ids.MEMBER)
    cloak_room = await seed(c, "WHERE IS THE CLOAK ROOM", 1, user_id=Ids.OWNER)
    exactly = await seed(c, "where exactly is the cloakroom", 1, user_id=Ids.MODERATOR)
    spammy = await seed(c, "@everyone <@1> **free nitro** http://spam.example", 1,
                        user_id=Ids.MEMBER)

    pending = await moderator_command(fake_discord, "unanswered list")
    deferred = await pending.response()
    listing = await pending.followup()

    assert (deferred.type, deferred.ephemeral) == (5, True)
    assert listing.json["flags"] & 64  # ephemeral
    [embed] = listing.json["embeds"]
    names = [f["name"] for f in embed["fields"]]
    assert names[0] == f"#{cloakroom} \u00b7 3 people \u00b7 5 asks \u00b7 open"
    assert names[1] == f"#{parking} \u00b7 1 person \u00b7 2 asks \u00b7 open"
    assert f"same question: #{cloak_room}" in embed["fields"][0]["value"]
    assert f"similar: #{exactly} (1\u00d7)" in embed["fields"][0]["value"]
    spam = embed["fields"][2]["value"]
    assert "@everyone" not in spam and "<@1>" not in spam and "http://" not in spam
    assert "**free" not in spam
    assert [b for b in buttons(listing.json) if b["type"] == 2] == []  # one page
    menus = [b for b in buttons(listing.json) if b["type"] == 3]
    assert [m["placeholder"] for m in menus] == [
        "Resolve a group\u2026", "New FAQ entry from a group\u2026"]
    assert [o["value"] for o in menus[0]["options"]] == [
        str(cloakroom), str(parking), str(spammy)]
    assert_never_pings(fake_discord)
    assert_all_within_limits(fake_discord)


async def test_list_pages_with_buttons_for_its_owner_only(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(moderator_role_id=Ids.MEMBER_ROLE)
    for n, word in enumerate(NATO):
        await seed(c, f"{word}?", len(NATO) - n)

    pending = await moderator_command(fake_discord, "unanswered list")
    await pending.response()
    first = await pending.followup()
    assert first.json["embeds"][0]["footer"]["text"].startswith("Page 1 of 3")
    message_id = int(first.response["id"])
    previous, following = [b for b in buttons(first.json) if b["type"] == 2]
    assert previous["disabled"] and not following["disabled"]

    turned = await (await fake_discord.click_button(message_id, label="Next",
                                                    user=fake_discord.world.moderator)).response()
    stranger = await (await fake_discord.click_button(message_id, label="Next",
                                                      user=fake_discord.world.member)).response()

    assert turned.type == 7
    assert turned.embeds[0]["footer"]["text"].startswith("Page 2 of 3")
    assert turned.embeds[0]["fields"][0]["value"].startswith("india?")
    assert (stranger.content, stranger.ephemeral) == (NOT_YOUR_LIST, True)
    assert_all_within_limits(fake_discord)
    assert_one_response_each(fake_discord)


# --- resolve, dismiss, split, export ------------------------------------------------------


async def test_resolve_tells_the_askers_where_they_asked_without_quoting_them(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    world = fake_discord.world
    asked = await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member, f"{world.bot.mention} {UNKNOWN}", mentions=[world.bot])
    await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    await c.settle(UNKNOWN)
    dm = await fake_discord.send_dm(world.owner, UNKNOWN)
    await fake_discord.wait_for_bot_message(int(dm["channel_id"]))
    await c.settle(UNKNOWN)
    [question] = await c.questions.list()
    assert question.count == 2

    pending = await moderator_command(
        fake_discord, "unanswered resolve", id=question.id, faq_id="wifi",
        answer="Added to the FAQ.", internal_note="check the wording tomorrow",
    )
    await pending.response()
    done = await pending.followup()

    in_channel = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert in_channel.json["message_reference"]["message_id"] == int(asked["id"])
    assert "answered it" in in_channel.json["content"]
    assert "Added to the FAQ." in in_channel.json["content"]
    assert "football" not in in_channel.json["content"]
    assert in_channel.json["embeds"][0]["title"] == "Is there wifi?"
    in_dm = await fake_discord.wait_for_bot_message(int(dm["channel_id"]))
    assert in_dm.json["embeds"][0]["title"] == "Is there wifi?"
    assert done.json["content"] == (
        f"Resolved 1 question from 2 people (group #{question.id}) with `wifi`; 2 notified.")
    for _, body in sent_messages(fake_discord):
        assert "check the wording" not in str(body) or body is done.json
    resolved = await c.questions.get(question.id)
    assert resolved is not None and resolved.status is Status.RESOLVED
    assert (resolved.faq_id, resolved.resolved_by) == ("wifi", str(Ids.MODERATOR))
    assert (resolved.note, resolved.reply) == ("check the wording tomorrow", "Added to the FAQ.")
    assert_never_pings(fake_discord)


async def test_resolving_a_group_tells_every_asker_once_in_the_place_they_asked(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    world = fake_discord.world
    wordings: dict[FakeMember | FakeUser, str] = {
        world.member: "Where is the cloakroom?", world.owner: "where is the cloakroom",
        world.moderator: "wher is the cloakrom"}
    asked: dict[int, int] = {}
    for user, text in wordings.items():
        message = await fake_discord.send_message(
            Ids.HELP_CHANNEL, user, f"{world.bot.mention} {text}", mentions=[world.bot])
        asked[user.id] = int(message["id"])
        await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
        await c.settle(text)
    again = await fake_discord.send_message(  # the same person again: told once
        Ids.HELP_CHANNEL, world.member, f"{world.bot.mention} Where is the cloakroom?",
        mentions=[world.bot])
    asked[world.member.id] = int(again["id"])
    await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    await c.settle("Where is the cloakroom?")
    groups = await c.questions.list()
    assert len(groups) == 3

    pending = await moderator_command(
        fake_discord, "unanswered resolve", id=groups[-1].id, answer="By door 3.")
    await pending.response()
    done = await pending.followup()

    notices = [await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL) for _ in range(3)]
    assert sorted(n.json["message_reference"]["message_id"] for n in notices) == sorted(
        asked.values())
    assert all(n.json["content"].endswith("By door 3.") for n in notices)
    assert done.json["content"].startswith("Resolved 3 questions from 3 people (group #")
    assert done.json["content"].endswith("; 3 notified.")
    assert all(q.status is Status.RESOLVED for q in await c.questions.list(None))
    assert len(fake_discord.requests.matching(
        "POST", f"/channels/{Ids.HELP_CHANNEL}/messages")) == 4 + 3  # answers, then notices
    assert_never_pings(fake_discord)


async def test_resolve_after_a_public_slash_ask_replies_to_the_bots_answer(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    asked = await fake_discord.send_slash_command(
        "ask", {"question": UNKNOWN}, channel_id=Ids.HELP_CHANNEL)
    await asked.response()
    await c.settle(UNKNOWN)
    [question] = await c.questions.list()

    pending = await moderator_command(
        fake_discord, "unanswered resolve", id=question.id, answer="It was 2-1.")
    await pending.response()
    await pending.followup()

    notice = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert notice.json["message_reference"]["message_id"] == asked.original_message_id
    assert notice.json["content"].endswith("It was 2-1.")
    assert "embeds" not in notice.json or not notice.json["embeds"]


async def test_resolve_without_notifications_when_the_setting_is_off(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start(notify_on_resolve=False)
    question_id = await seed(c, UNKNOWN, user_id=Ids.MEMBER, channel_id=Ids.HELP_CHANNEL,
                             guild_id=Ids.GUILD, message_id=1)

    pending = await moderator_command(
        fake_discord, "unanswered resolve", id=question_id, faq_id="wifi")
    await pending.response()
    done = await pending.followup()

    assert done.json["content"] == (
        f"Resolved 1 question from 1 person (group #{question_id}) with `wifi`; askers not "
        "told (NOTIFY_ON_RESOLVE is off).")
    assert fake_discord.requests.matching("POST", f"/channels/{Ids.HELP_CHANNEL}/messages") == []


async def test_resolve_checks_the_faq_id_and_the_question(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    await start()

    no_entry = await moderator_command(fake_discord, "unanswered resolve", id=1, faq_id="nope")
    no_question = await moderator_command(fake_discord, "unanswered resolve", id=999)
    choices = await fake_discord.send_autocomplete(
        "unanswered resolve", {"id": 1, "faq_id": "wi"}, focused="faq_id",
        user=fake_discord.world.moderator,
    )

    assert ((await no_entry.response()).content, (await no_entry.response()).ephemeral) == (
        UNKNOWN_ENTRY, True)
    await no_question.response()
    assert (await no_question.followup()).json["content"] == "There is no question #999."
    assert (await choices.response()).choices == [
        {"name": "wifi \u2014 Is there wifi?", "value": "wifi"}
    ]


async def test_dismiss_sets_a_group_aside_and_tells_only_a_reason(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    spam = await seed(c, "buy cheap watches", user_id=Ids.MEMBER, channel_id=Ids.HELP_CHANNEL,
                      guild_id=Ids.GUILD, message_id=5)
    football = await seed(c, "who won the football?", user_id=Ids.OWNER,
                          channel_id=Ids.HELP_CHANNEL, guild_id=Ids.GUILD, message_id=6)

    quiet = await moderator_command(fake_discord, "unanswered dismiss", id=spam,
                                    internal_note="spam")
    await quiet.response()
    quiet_done = await quiet.followup()
    told = await moderator_command(fake_discord, "unanswered dismiss", id=football,
                                   reason="Only conference questions here, sorry.",
                                   internal_note="football fan")
    await told.response()
    told_done = await told.followup()

    assert quiet_done.json["content"] == (
        f"Dismissed 1 question from 1 person (group #{spam}); nobody is told (nothing to "
        "tell them: give a reason).")
    assert told_done.json["content"].endswith("; 1 notified.")
    [notice] = fake_discord.requests.matching("POST", f"/channels/{Ids.HELP_CHANNEL}/messages")
    assert notice.json["message_reference"]["message_id"] == 6
    assert notice.json["content"].endswith("Only conference questions here, sorry.")
    assert "football fan" not in notice.json["content"]
    dismissed = await c.questions.get(spam)
    assert dismissed is not None and dismissed.status is Status.DISMISSED
    assert dismissed.note == "spam"


async def test_split_takes_a_wrongly_grouped_question_out(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    lead = await seed(c, "where is the prayer room?", 2, user_id=Ids.MEMBER)
    wrong = await seed(c, "where is the prayer room for fridays", user_id=Ids.OWNER)
    assert [g.members for g in await c.bot._review.groups()] == [(lead, wrong)]

    pending = await moderator_command(fake_discord, "unanswered split", id=wrong)
    await pending.response()
    done = await pending.followup()
    missing = await moderator_command(fake_discord, "unanswered split", id=999)
    await missing.response()

    assert done.json["content"] == f"#{wrong} is a group of its own now."
    assert (await missing.followup()).json["content"] == "There is no question #999."
    assert [g.members for g in await c.bot._review.groups()] == [(lead,), (wrong,)]


async def test_export_attaches_a_spreadsheet_safe_csv_with_groups(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    formula = await seed(c, "=HYPERLINK(\"http://evil.example\")", user_id=Ids.MEMBER,
                         channel_id=Ids.HELP_CHANNEL, guild_id=Ids.GUILD)
    cloakroom = await seed(c, "is there a cloakroom?")
    same = await seed(c, "Is there a cloakroom")

    pending = await moderator_command(fake_discord, "unanswered export")
    await pending.response()
    sent = await pending.followup()

    assert sent.json["content"] == "3 question(s), all."
    assert sent.json["flags"] & 64
    [file] = sent.files
    assert file.filename.startswith("unanswered-all-") and file.filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(file.data.decode("utf-8"))))
    assert [r["question"] for r in rows] == [
        "'=HYPERLINK(\"http://evil.example\")", "is there a cloakroom?", "Is there a cloakroom",
    ]
    assert f"user:{Ids.MEMBER}" in rows[0]["askers"]
    assert [r["group"] for r in rows] == [str(formula), str(cloakroom), str(cloakroom)]
    assert same != cloakroom


# --- /faq stats -------------------------------------------------------------------------


async def test_stats_count_questions_answers_and_top_entries(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    for question in (CONFIDENT, CONFIDENT, UNKNOWN):
        await c.ask(question)
        await c.settle(question)
    c.clock.moment = DURING_OPENING + dt.timedelta(hours=1)

    pending = await moderator_command(fake_discord, "faq stats")
    await pending.response()
    [embed] = (await pending.followup()).json["embeds"]

    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Last 24 hours"].startswith("3 asked \u00b7 67% answered")
    assert fields["Overall"].startswith("3 asked")
    assert "2\u00d7 Is there wifi? (`wifi`)" in fields["Top answers (overall)"]
    shown = "1 person \u00b7 1\u00d7 who won the football last night?"
    assert shown in fields["Top unanswered, open (24 h)"]
    assert shown in fields["Top unanswered, open (overall)"]


async def test_a_moderator_who_lost_the_role_cannot_turn_the_pages_of_an_old_list(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    for n, word in enumerate(NATO):
        await seed(c, f"{word}?", len(NATO) - n)
    moderator = fake_discord.world.moderator
    pending = await moderator_command(fake_discord, "unanswered list")
    await pending.response()
    message_id = int((await pending.followup()).response["id"])
    turned = await (await fake_discord.click_button(message_id, label="Next",
                                                    user=moderator)).response()
    assert turned.type == 7  # a moderator turns the page

    guild = fake_discord.world.main_guild
    guild.members[guild.members.index(moderator)] = replace(
        moderator, role_ids=(Ids.MEMBER_ROLE,))  # the moderator role is taken away
    refused = await (await fake_discord.click_button(message_id, label="Next",
                                                     user=moderator)).response()

    assert (refused.type, refused.content, refused.ephemeral) == (4, NOT_A_MODERATOR, True)
    assert_one_response_each(fake_discord)


async def test_discord_markup_in_questions_is_inert_in_listings_and_stats(
    start: Starter, fake_discord: FakeDiscord
) -> None:
    c = await start()
    markup = ("<t:0:R>", "<a:party:123456789012345678>", "</ask:123456789012345678>",
              "<:smile:123456789012345678>", f"<@{Ids.OWNER}>", "<id:customize>")
    await seed(c, "zqxv " + " ".join(markup), 3)

    pending = await moderator_command(fake_discord, "unanswered list")
    await pending.response()
    [page] = (await pending.followup()).json["embeds"]
    stats = await moderator_command(fake_discord, "faq stats")
    await stats.response()
    [summary] = (await stats.followup()).json["embeds"]

    shown = " ".join(f["value"] for embed in (page, summary) for f in embed["fields"])
    assert "zqxv" in shown
    for piece in markup:
        assert piece not in shown
    assert_never_pings(fake_discord)


# --- the cogs take the storage ports ---------------------------------------------------


async def test_the_moderators_list_and_export_run_on_any_question_store(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    """The bot given the in-memory store instead of SQLite lists and exports the same."""
    store = MemoryStore()
    settings = make_settings(tmp_path)
    settings.db_path.parent.mkdir(parents=True)  # the journal and the programme's state
    bot = build_bot(settings, faq=load_faq(settings.faq_path), questions=store,
                    clock=FakeClock(), sync_state=SyncState(None),
                    guild_ready_timeout=GUILD_READY_S)
    askers = [Origin(OriginKind.DISCORD, user_id=user) for user in (Ids.OWNER, Ids.MEMBER)]
    for origin in askers:
        cloakroom = await record_ask(store, "Where is the cloakroom?", origin,
                                     asked_at=DURING_OPENING, best_id=None, best_score=None)
    parking = await record_ask(store, "Is there parking near the UN?", askers[0],
                               asked_at=DURING_OPENING, best_id=None, best_score=None)

    async with running_client(bot, fake_discord):
        pending = await moderator_command(fake_discord, "unanswered list")
        await pending.response()
        [embed] = (await pending.followup()).json["embeds"]
        pending = await moderator_command(fake_discord, "unanswered export")
        await pending.response()
        [file] = (await pending.followup()).files

    assert [f["name"] for f in embed["fields"]] == [
        f"#{cloakroom} \u00b7 2 people \u00b7 2 asks \u00b7 open",
        f"#{parking} \u00b7 1 person \u00b7 1 ask \u00b7 open",
    ]
    rows = list(csv.DictReader(io.StringIO(file.data.decode("utf-8"))))
    assert [(r["id"], r["question"]) for r in rows] == [
        (str(cloakroom), "Where is the cloakroom?"),
        (str(parking), "Is there parking near the UN?"),
    ]
