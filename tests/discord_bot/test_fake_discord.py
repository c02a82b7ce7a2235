"""The fake Discord, driven by real discord.py clients.

These tests pin down what the fixture offers other end-to-end tests: the startup
handshake, messages both ways, slash commands (sync, options, sub-command groups,
autocomplete), components, modals, follow-ups, files, DMs and reconnects.
"""

from __future__ import annotations

import asyncio
import io
import re
from typing import Any

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.discord_fake import FakeDiscord, Ids, running_client
from tests.discord_fake.payloads import EPHEMERAL

from .conftest import StartClient

GUILD = discord.Object(Ids.GUILD)


def make_intents(*, message_content: bool = True, members: bool = False) -> discord.Intents:
    intents = discord.Intents.default()
    intents.message_content = message_content
    intents.members = members
    return intents


def make_bot(**options: Any) -> commands.Bot:
    # A short guild_ready_timeout: on_ready waits that long after the last GUILD_CREATE.
    options.setdefault("intents", make_intents())
    return commands.Bot(command_prefix="!", guild_ready_timeout=0.05, **options)


def capture(bot: commands.Bot, event: str) -> asyncio.Future[Any]:
    """A future resolved with the first ``event`` the bot dispatches (its first argument)."""
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    async def listener(*args: Any) -> None:
        if not future.done():
            future.set_result(args[0] if args else None)

    bot.add_listener(listener, f"on_{event}")
    return future


# --- startup ------------------------------------------------------------------------


async def test_client_identifies_and_sees_the_guild(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    intents = make_intents(members=True)  # members: the member list gets chunked
    bot = await start_client(make_bot(intents=intents))

    identify = fake_discord.identifies[-1]
    assert identify["token"] == fake_discord.token
    assert identify["intents"] == intents.value
    assert fake_discord.gateway.connect_queries[-1]["v"] == "10"
    assert fake_discord.gateway.connect_queries[-1]["encoding"] == "json"
    assert bot.user is not None and bot.user.id == Ids.BOT
    assert bot.application_id == Ids.APPLICATION

    guild = bot.get_guild(Ids.GUILD)
    assert guild is not None and not guild.unavailable and guild.chunked
    assert {c.name for c in guild.text_channels} == {"general", "faq-help"}
    assert {m.id for m in guild.members} == {Ids.BOT, Ids.OWNER, Ids.MODERATOR, Ids.MEMBER}
    assert guild.me.get_role(Ids.BOT_ROLE) is not None
    assert guild.me.guild_permissions.send_messages
    moderator = guild.get_member(Ids.MODERATOR)
    member = guild.get_member(Ids.MEMBER)
    assert moderator is not None and moderator.guild_permissions.manage_messages
    assert member is not None and not member.guild_permissions.manage_messages
    assert guild.get_role(Ids.MODERATOR_ROLE) in moderator.roles

    [session] = fake_discord.gateway.sessions.values()
    assert bot.ws.sequence == session.sequence >= 2  # READY, GUILD_CREATE (, chunk)

    assert [str(r) for r in fake_discord.requests] == [
        "GET /users/@me -> 200",
        "GET /oauth2/applications/@me -> 200",
    ]
    assert fake_discord.requests.unknown == []


async def test_sharded_client_discovers_the_gateway(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(
        commands.AutoShardedBot(
            command_prefix="!", intents=make_intents(), guild_ready_timeout=0.05
        )
    )

    assert fake_discord.requests.matching("GET", "/gateway/bot")
    assert fake_discord.identifies[-1]["shard"] == [0, 1]
    assert bot.shard_count == 1
    assert bot.get_guild(Ids.GUILD) is not None


async def test_wrong_token_is_a_login_failure(fake_discord: FakeDiscord) -> None:
    bot = make_bot()
    with pytest.raises(discord.LoginFailure):
        async with running_client(bot, fake_discord, token="not-the-token"):
            pass
    assert fake_discord.requests.matching("GET", "/users/@me")[0].status == 401
    assert fake_discord.identifies == []


async def test_reconnect_resumes_the_session(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    resumed = capture(bot, "resumed")

    await fake_discord.request_reconnect()
    await asyncio.wait_for(resumed, 5)

    assert [p["op"] for p in fake_discord.gateway.received].count(6) == 1  # RESUME
    assert len(fake_discord.identifies) == 1
    received = capture(bot, "message")
    await fake_discord.send_message(Ids.GENERAL_CHANNEL, fake_discord.world.member, "still there?")
    assert (await asyncio.wait_for(received, 5)).content == "still there?"


# --- messages -----------------------------------------------------------------------


async def test_message_reaches_the_bot_and_its_reply_is_recorded(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = make_bot()
    received = capture(bot, "message")

    @bot.listen()
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        await message.channel.send(
            f"Welcome {message.author.mention}",
            embed=discord.Embed(title="Wi-Fi", description="Network: HLC-Guest"),
            allowed_mentions=discord.AllowedMentions.none(),
        )

    await start_client(bot)
    world = fake_discord.world
    await fake_discord.send_message(
        Ids.HELP_CHANNEL, world.member, f"{world.bot.mention} wifi?", mentions=[world.bot]
    )

    message = await asyncio.wait_for(received, 5)
    assert message.content == f"<@{Ids.BOT}> wifi?"
    assert isinstance(message.author, discord.Member)
    assert message.guild is not None and message.guild.id == Ids.GUILD
    assert message.channel.id == Ids.HELP_CHANNEL
    assert bot.user in message.mentions

    reply = await fake_discord.wait_for_bot_message(Ids.HELP_CHANNEL)
    assert reply.json["content"] == f"Welcome <@{Ids.MEMBER}>"
    assert reply.json["allowed_mentions"] == {"parse": []}
    assert reply.json["embeds"][0]["title"] == "Wi-Fi"
    assert reply.response["author"]["id"] == str(Ids.BOT)


async def test_reply_fetch_edit_and_delete_round_trip(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    question = await fake_discord.send_message(
        Ids.GENERAL_CHANNEL, fake_discord.world.member, "lunch?"
    )
    channel = await bot.fetch_channel(Ids.GENERAL_CHANNEL)
    assert isinstance(channel, discord.TextChannel) and channel.name == "general"

    fetched = await channel.fetch_message(int(question["id"]))
    sent = await fetched.reply("12:30 in the atrium")
    assert sent.reference is not None and sent.reference.message_id == fetched.id
    edited = await sent.edit(content="12:45 in the atrium")
    assert edited.content == "12:45 in the atrium" and edited.edited_at is not None
    await edited.delete()

    assert int(sent.id) not in fake_discord.messages
    with pytest.raises(discord.NotFound):
        await channel.fetch_message(sent.id)


async def test_guild_content_is_hidden_without_the_message_content_intent(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = make_bot(intents=make_intents(message_content=False))
    received: asyncio.Queue[discord.Message] = asyncio.Queue()
    bot.add_listener(received.put, "on_message")
    await start_client(bot)
    world = fake_discord.world

    await fake_discord.send_message(Ids.GENERAL_CHANNEL, world.member, "no mention")
    await fake_discord.send_message(
        Ids.GENERAL_CHANNEL, world.member, f"{world.bot.mention} hi", mentions=[world.bot]
    )
    await fake_discord.send_dm(world.member, "a DM")

    contents = [(await asyncio.wait_for(received.get(), 5)).content for _ in range(3)]
    assert contents == ["", f"<@{Ids.BOT}> hi", "a DM"]


async def test_dm_arrives_as_a_dm_and_the_bot_can_answer(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = make_bot()
    received = capture(bot, "message")
    await start_client(bot)

    sent = await fake_discord.send_dm(fake_discord.world.member, "is there a dress code?")
    message = await asyncio.wait_for(received, 5)
    assert message.guild is None
    assert isinstance(message.channel, discord.DMChannel)

    await message.channel.send("Business attire.")
    answer = await fake_discord.wait_for_bot_message(int(sent["channel_id"]))
    assert answer.json["content"] == "Business attire."

    user = await bot.fetch_user(Ids.MODERATOR)
    await user.send("A new question is waiting.")
    dm = await fake_discord.wait_for_request("POST", "/users/@me/channels")
    assert dm.json == {"recipient_id": Ids.MODERATOR}
    to_moderator = await fake_discord.wait_for_bot_message(int(dm.response["id"]))
    assert to_moderator.json["content"] == "A new question is waiting."


async def test_files_are_parsed_from_multipart(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    channel = bot.get_channel(Ids.GENERAL_CHANNEL)
    assert isinstance(channel, discord.TextChannel)

    agenda = discord.File(io.BytesIO(b"09:00 Opening"), "agenda.txt", description="Day 1")
    message = await channel.send("Agenda attached", file=agenda)

    request = await fake_discord.wait_for_bot_message(Ids.GENERAL_CHANNEL)
    assert request.json["content"] == "Agenda attached"
    [file] = request.files
    assert (file.filename, file.text) == ("agenda.txt", "09:00 Opening")
    assert message.attachments[0].filename == "agenda.txt"
    assert message.attachments[0].description == "Day 1"
    assert message.attachments[0].size == len(b"09:00 Opening")


async def test_unknown_routes_are_404_and_recorded(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    guild = bot.get_guild(Ids.GUILD)
    assert guild is not None

    with pytest.raises(discord.NotFound):
        await guild.fetch_roles()
    [unknown] = fake_discord.requests.unknown
    assert (unknown.method, unknown.path) == ("GET", f"/guilds/{Ids.GUILD}/roles")


# --- application commands -----------------------------------------------------------

TOPICS = ["wifi", "lunch", "venue", "visa"]


def faq_bot() -> commands.Bot:
    """A bot with the command shapes the real one is likely to use."""
    bot = make_bot()

    @bot.tree.command(name="faq", description="Search the FAQ", guild=GUILD)
    @app_commands.describe(query="What to look for")
    async def faq(interaction: discord.Interaction, query: str) -> None:
        await interaction.response.send_message(f"Answer about {query}", ephemeral=True)

    @faq.autocomplete("query")
    async def faq_topics(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in TOPICS if t.startswith(current)]

    admin = app_commands.Group(name="faqadmin", description="Manage the FAQ", guild_ids=[Ids.GUILD])
    entries = app_commands.Group(name="entries", description="FAQ entries", parent=admin)

    @entries.command(name="remove", description="Remove an entry")
    async def remove(
        interaction: discord.Interaction, entry_id: int, notify: discord.Member | None = None
    ) -> None:
        if not interaction.permissions.manage_messages:
            await interaction.response.send_message("Not allowed", ephemeral=True)
            return
        who = f" (told {notify.display_name})" if notify else ""
        await interaction.response.send_message(f"Removed {entry_id}{who}")

    bot.tree.add_command(admin)

    @bot.tree.command(name="slow", description="Deferred answer", guild=GUILD)
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("Here is more", ephemeral=True)
        await interaction.edit_original_response(content="Done thinking")

    @bot.tree.command(name="agenda", description="Agenda as a file", guild=GUILD)
    async def agenda(interaction: discord.Interaction) -> None:
        file = discord.File(io.BytesIO(b"day 1"), "agenda.txt")
        await interaction.response.send_message("Agenda", file=file)

    return bot


async def test_commands_sync_to_the_guild(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())

    synced = await bot.tree.sync(guild=GUILD)

    assert sorted(c.name for c in synced) == ["agenda", "faq", "faqadmin", "slow"]
    stored = {c["name"]: c for c in fake_discord.synced_commands(Ids.GUILD)}
    assert stored["faq"]["options"][0]["name"] == "query"
    assert stored["faq"]["options"][0]["autocomplete"] is True
    assert fake_discord.synced_commands() == []  # nothing global
    # Re-syncing keeps the ids, as Discord does.
    again = await bot.tree.sync(guild=GUILD)
    assert {c.id for c in again} == {c.id for c in synced}
    assert [c.name for c in await bot.tree.fetch_commands(guild=GUILD)] == [c.name for c in synced]


async def test_slash_command_response_is_captured(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())
    await bot.tree.sync(guild=GUILD)

    pending = await fake_discord.send_slash_command("faq", {"query": "wifi"})
    response = await pending.response()

    assert response.type == 4
    assert response.content == "Answer about wifi"
    assert response.ephemeral and response.flags == EPHEMERAL
    assert pending.original_message_id in fake_discord.messages


async def test_global_command_in_a_dm(fake_discord: FakeDiscord, start_client: StartClient) -> None:
    bot = make_bot()

    @bot.tree.command(name="whoami", description="Who am I?")
    async def whoami(interaction: discord.Interaction) -> None:
        where = "a DM" if interaction.guild is None else interaction.guild.name
        await interaction.response.send_message(f"{interaction.user.name} in {where}")

    await start_client(bot)
    await bot.tree.sync()
    assert [c["name"] for c in fake_discord.synced_commands()] == ["whoami"]

    in_dm = await fake_discord.send_slash_command("whoami", dm=True)
    in_guild = await fake_discord.send_slash_command("whoami", user=fake_discord.world.moderator)

    assert (await in_dm.response()).content == "delegate_dan in a DM"
    assert (await in_guild.response()).content == "mod_maria in HLC Counter-Terrorism Conference"
    assert in_dm.original_message_id is not None
    dm_message = fake_discord.messages[in_dm.original_message_id]
    assert int(dm_message["channel_id"]) in fake_discord.dm_channels


async def test_unsynced_command_fails_clearly(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    await start_client(faq_bot())
    with pytest.raises(AssertionError, match="never synced"):
        await fake_discord.send_slash_command("faq", {"query": "wifi"})


async def test_sub_command_group_with_permissions_and_member_option(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())
    await bot.tree.sync(guild=GUILD)
    world = fake_discord.world

    allowed = await fake_discord.send_slash_command(
        "faqadmin entries remove", {"entry_id": 7, "notify": world.member}, user=world.moderator
    )
    denied = await fake_discord.send_slash_command(
        "faqadmin entries remove", {"entry_id": 7}, user=world.member
    )
    overridden = await fake_discord.send_slash_command(
        "faqadmin entries remove",
        {"entry_id": 8},
        user=world.member,
        member_permissions=discord.Permissions(manage_messages=True).value,
    )

    assert (await allowed.response()).content == "Removed 7 (told Dan)"
    assert (await denied.response()).content == "Not allowed"
    assert (await overridden.response()).content == "Removed 8"
    [group] = allowed.payload["data"]["options"]
    assert (group["type"], group["options"][0]["type"]) == (2, 1)


async def test_autocomplete_returns_choices(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())
    await bot.tree.sync(guild=GUILD)

    pending = await fake_discord.send_autocomplete("faq", {"query": "v"}, focused="query")
    response = await pending.response()

    assert response.type == 8
    assert response.choices == [
        {"name": "venue", "value": "venue"},
        {"name": "visa", "value": "visa"},
    ]


async def test_deferred_response_follow_up_and_edit(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())
    await bot.tree.sync(guild=GUILD)

    pending = await fake_discord.send_slash_command("slow")

    deferred = await pending.response()
    assert (deferred.type, deferred.ephemeral) == (5, True)
    followup = await pending.followup()
    assert followup.json["content"] == "Here is more"
    assert followup.json["flags"] & EPHEMERAL
    assert followup.query["wait"] == "1"
    edit = await pending.original_edit()
    assert edit.json["content"] == "Done thinking"
    assert pending.original_message_id is not None
    assert fake_discord.messages[pending.original_message_id]["content"] == "Done thinking"


async def test_interaction_response_with_a_file(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(faq_bot())
    await bot.tree.sync(guild=GUILD)

    response = await (await fake_discord.send_slash_command("agenda"))  # awaits the response

    assert response.content == "Agenda"
    assert [(f.filename, f.data) for f in response.files] == [("agenda.txt", b"day 1")]


async def test_a_silent_bot_fails_with_an_assertion_not_a_hang(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = make_bot()

    @bot.tree.command(name="mute", description="Never answers", guild=GUILD)
    async def mute(interaction: discord.Interaction) -> None:
        pass

    await start_client(bot)
    await bot.tree.sync(guild=GUILD)
    pending = await fake_discord.send_slash_command("mute")
    with pytest.raises(AssertionError, match="did not respond to /mute"):
        await pending.response(within=0.2)


# --- components and modals ----------------------------------------------------------


class Helpful(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Yes", custom_id="helpful:yes", style=discord.ButtonStyle.green)
    async def yes(
        self, interaction: discord.Interaction, button: discord.ui.Button[Helpful]
    ) -> None:
        await interaction.response.send_message("Thanks for the feedback!", ephemeral=True)

    @discord.ui.button(label="No", custom_id="helpful:no")
    async def no(
        self, interaction: discord.Interaction, button: discord.ui.Button[Helpful]
    ) -> None:
        await interaction.response.edit_message(content="Sorry! A moderator will help.", view=None)


async def test_button_on_a_channel_message(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    channel = bot.get_channel(Ids.HELP_CHANNEL)
    assert isinstance(channel, discord.TextChannel)
    message = await channel.send("Was this helpful?", view=Helpful())

    yes = await (await fake_discord.click_button(message.id, "helpful:yes")).response()
    assert (yes.type, yes.content, yes.ephemeral) == (4, "Thanks for the feedback!", True)

    no = await (await fake_discord.click_button(message.id, label="No")).response()
    assert (no.type, no.content, no.components) == (7, "Sorry! A moderator will help.", [])
    assert fake_discord.messages[message.id]["content"] == "Sorry! A moderator will help."


async def test_persistent_view_and_button_on_an_interaction_response(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = make_bot()

    @bot.tree.command(name="ask", description="Ask and rate", guild=GUILD)
    async def ask(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("The venue opens at 8.", view=Helpful())

    bot.add_view(Helpful())  # persistent: found by custom_id after a restart too
    await start_client(bot)
    await bot.tree.sync(guild=GUILD)

    asked = await fake_discord.send_slash_command("ask")
    assert [b["custom_id"] for b in (await asked.response()).components[0]["components"]] == [
        "helpful:yes",
        "helpful:no",
    ]
    assert asked.original_message_id is not None
    click = await fake_discord.click_button(
        asked.original_message_id, label="Yes", user=fake_discord.world.moderator
    )
    assert (await click.response()).content == "Thanks for the feedback!"
    assert click.payload["member"]["user"]["id"] == str(Ids.MODERATOR)


async def test_missing_button_is_reported(
    fake_discord: FakeDiscord, start_client: StartClient
) -> None:
    bot = await start_client(make_bot())
    channel = bot.get_channel(Ids.HELP_CHANNEL)
    assert isinstance(channel, discord.TextChannel)
    message = await channel.send("Was this helpful?", view=Helpful())
    with pytest.raises(AssertionError, match=re.escape("('Yes', 'helpful:yes')")):
        await fake_discord.click_button(message.id, label="Maybe")


class Question(discord.ui.Modal, title="Ask the organisers"):
    question: discord.ui.TextInput[Question] = discord.ui.TextInput(label="Question")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Got it: {self.question.value}", ephemeral=True)


async def test_modal_open_and_submit(fake_discord: FakeDiscord, start_client: StartClient) -> None:
    bot = make_bot()

    @bot.tree.command(name="question", description="Ask something", guild=GUILD)
    async def question(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(Question())

    await start_client(bot)
    await bot.tree.sync(guild=GUILD)

    opened = await fake_discord.send_slash_command("question")
    assert (await opened.response()).data["title"] == "Ask the organisers"
    submitted = await fake_discord.submit_modal(opened, {"Question": "Is there parking?"})

    answer = await submitted.response()
    assert (answer.content, answer.ephemeral) == ("Got it: Is there parking?", True)


async def test_select_menu(fake_discord: FakeDiscord, start_client: StartClient) -> None:
    chosen: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()

    class Topics(discord.ui.View):
        @discord.ui.select(
            custom_id="topic", options=[discord.SelectOption(label=t) for t in TOPICS]
        )
        async def pick(
            self, interaction: discord.Interaction, select: discord.ui.Select[Topics]
        ) -> None:
            chosen.set_result(select.values)
            await interaction.response.defer()

    bot = await start_client(make_bot())
    channel = bot.get_channel(Ids.HELP_CHANNEL)
    assert isinstance(channel, discord.TextChannel)
    message = await channel.send("Pick a topic", view=Topics())

    pending = await fake_discord.select_options(message.id, "topic", ["visa"])

    assert (await pending.response()).type == 6
    assert await asyncio.wait_for(chosen, 5) == ["visa"]
