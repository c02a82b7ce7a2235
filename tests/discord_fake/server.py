"""``FakeDiscord``: an aiohttp server on 127.0.0.1 standing in for Discord's API.

It serves the REST API (:mod:`.rest`) under ``/api/v10`` and the gateway websocket
(:mod:`.gateway`) at ``/gateway``. Its helpers (``send_message``,
``send_slash_command``, ``click_button``...) push events to the connected bot and
return what a test needs to await the bot's reaction.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web

from .gateway import Gateway
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    PendingInteraction,
    Resolved,
    command_options,
    find_button,
    find_option_schema,
    modal_submit_components,
    nest_subcommands,
    walk_components,
)
from .payloads import (
    ATTACHMENT_SIZE_LIMIT,
    JSON,
    Snowflakes,
    channel_payload,
    dm_channel_payload,
    member_payload,
    mention_payload,
    message_payload,
    partial_guild_payload,
    user_payload,
)
from .records import RecordedRequest
from .rest import API_PREFIX, RestApi
from .world import EVERYONE_PERMISSIONS, FakeGuild, FakeMember, FakeUser, World, default_world

GUILD_MESSAGES_INTENT = 1 << 9
DIRECT_MESSAGES_INTENT = 1 << 12
MESSAGE_CONTENT_INTENT = 1 << 15

DM_APP_PERMISSIONS = EVERYONE_PERMISSIONS


@dataclass(frozen=True)
class Invoker:
    """Who triggers an interaction, and where."""

    user: FakeMember | FakeUser
    guild_id: int | None  # None: in the bot's DM with the user
    channel_id: int | None = None  # None: the guild's first channel, or the DM
    member_permissions: int | None = None  # None: computed from the member's roles
    locale: str = "en-US"


def make_token(bot_id: int) -> str:
    """A token shaped like a real one (base64 user id . timestamp . hmac), but fake."""
    user_part = base64.b64encode(str(bot_id).encode()).decode().rstrip("=")
    return f"{user_part}.FAKE00.{secrets.token_urlsafe(27)}"


class FakeDiscord:
    def __init__(
        self,
        world: World | None = None,
        *,
        token: str | None = None,
        heartbeat_interval_ms: int = 41_250,
    ) -> None:
        self.world = world or default_world()
        self.token = token or make_token(self.world.bot.id)
        self._snowflakes = Snowflakes()
        self.gateway = Gateway(self.world, self.token, heartbeat_interval_ms)
        self.rest = RestApi(self.world, self.token, self._snowflakes)
        # The REST side's state, shared (same objects) for tests to inspect:
        self.requests = self.rest.requests  # every REST request, answered, in order
        self.commands = self.rest.commands  # guild id (None: global) -> synced commands
        self.messages = self.rest.messages  # message id -> message JSON, all channels
        self.dm_channels = self.rest.dm_channels  # DM channel id -> the user
        self.closed_dms = self.rest.closed_dms  # user ids whose DMs refuse the bot (50007)
        self.interactions = self.rest.interactions  # interaction id -> PendingInteraction
        self.dropped_events: list[tuple[str, JSON]] = []  # not sent for lack of intents
        self.port = 0
        self._runner: web.AppRunner | None = None

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", "/{tail:.*}", self.rest.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.gateway.url = self.rest.gateway_url = self.gateway_url
        self.rest.base_url = self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self.gateway.close_all()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """What ``discord.http.Route.BASE`` must be set to."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- what the bot did --------------------------------------------------------------

    @property
    def identifies(self) -> list[JSON]:
        """The ``d`` of each IDENTIFY the bot sent (token, intents, properties...)."""
        return self.gateway.identifies

    def synced_commands(self, guild_id: int | None = None) -> list[JSON]:
        """Commands last PUT for a guild (``None``: global), as the fake stored them."""
        return self.rest.synced_commands(guild_id)

    async def wait_for_request(
        self,
        method: str | None = None,
        path: str | re.Pattern[str] | None = None,
        *,
        within: float = 5.0,
    ) -> RecordedRequest:
        """Shorthand for ``fake.requests.wait_for``."""
        return await self.requests.wait_for(method, path, within=within)

    async def wait_for_bot_message(self, channel_id: int, within: float = 5.0) -> RecordedRequest:
        """The next ``POST /channels/{channel_id}/messages`` the bot makes."""
        return await self.requests.wait_for(
            "POST", f"/channels/{channel_id}/messages", within=within
        )

    # --- events for the bot ------------------------------------------------------------

    async def send_message(
        self,
        channel_id: int | None,
        author: FakeMember | FakeUser,
        content: str,
        *,
        mentions: Sequence[FakeMember | FakeUser] = (),
        mention_roles: Sequence[int] = (),
        guild: bool = True,
        within: float = 5.0,
    ) -> JSON:
        """Dispatch MESSAGE_CREATE, as if ``author`` wrote ``content``; returns the message.

        With ``guild=False`` it is a DM to the bot (``channel_id`` may be None: the
        author's DM channel is used). Like Discord, the event is not sent without the
        GUILD_MESSAGES / DIRECT_MESSAGES intent, and guild messages that don't mention
        the bot arrive with empty content without the MESSAGE_CONTENT intent.
        """
        await self.gateway.wait_ready(within)
        user = author.user if isinstance(author, FakeMember) else author
        mentioned = [m.user if isinstance(m, FakeMember) else m for m in mentions]
        if guild:
            assert channel_id is not None, "a guild message needs a channel_id"
            channel = self.world.channel(channel_id)
            assert channel is not None, f"no guild channel {channel_id} in the fake world"
            fake_guild = self._guild(channel.guild_id)
            member = fake_guild.member(user.id)
            assert member is not None, f"{user.username} is not a member of {fake_guild.name}"
            message = message_payload(
                message_id=self._snowflakes.next(),
                channel_id=channel_id,
                author=user,
                content=content,
                guild_id=fake_guild.id,
                member=member,
                mentions=[mention_payload(u, fake_guild.member(u.id)) for u in mentioned],
                mention_roles=mention_roles,
            )
        else:
            if channel_id is not None:
                self.dm_channels.setdefault(channel_id, user)
            message = message_payload(
                message_id=self._snowflakes.next(),
                channel_id=channel_id or self.rest.dm_channel_for(user),
                author=user,
                content=content,
                mentions=[mention_payload(u, None) for u in mentioned],
            )
        self.messages[int(message["id"])] = message

        intents = self.gateway.intents
        needed = GUILD_MESSAGES_INTENT if guild else DIRECT_MESSAGES_INTENT
        if not intents & needed:
            self.dropped_events.append(("MESSAGE_CREATE", message))
            return message
        event = message
        mentions_bot = any(u.id == self.world.bot.id for u in mentioned)
        if guild and not intents & MESSAGE_CONTENT_INTENT and not mentions_bot:
            event = {**message, "content": "", "embeds": [], "attachments": [], "components": []}
        await self.gateway.dispatch("MESSAGE_CREATE", event, within=within)
        return message

    def dm_channel_of(self, user: FakeUser | FakeMember) -> int:
        """The id of the bot's DM channel with ``user`` (what the bot's DMs are posted to)."""
        return self.rest.dm_channel_for(user.user if isinstance(user, FakeMember) else user)

    async def send_dm(self, author: FakeUser | FakeMember, content: str) -> JSON:
        return await self.send_message(None, author, content, guild=False)

    async def send_slash_command(
        self,
        name: str,
        options: Mapping[str, Any] | None = None,
        *,
        user: FakeMember | FakeUser | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        dm: bool = False,
        member_permissions: int | None = None,
        locale: str = "en-US",
    ) -> PendingInteraction:
        """Dispatch a chat-input command the bot has synced; await ``.response()``.

        ``name`` is the qualified name: ``"faq"``, ``"faq admin reload"`` for
        sub-commands (groups). ``options`` maps option names to values; members, users,
        roles and channels of the fake world may be passed for such options. The
        command is looked up in the synced guild commands, then the global ones.
        ``member_permissions`` overrides the permissions computed from the user's roles.
        """
        where = self._invoker(user, guild_id, channel_id, dm, member_permissions, locale)
        payload = self._command_interaction(APPLICATION_COMMAND, name, options or {}, where)
        return await self._dispatch_interaction(payload, f"/{name}")

    async def send_autocomplete(
        self,
        name: str,
        options: Mapping[str, Any],
        focused: str,
        *,
        user: FakeMember | FakeUser | None = None,
        guild_id: int | None = None,
        channel_id: int | None = None,
        dm: bool = False,
        locale: str = "en-US",
    ) -> PendingInteraction:
        """Dispatch an autocomplete request; ``options[focused]`` is the text typed so far."""
        values = {**options} if focused in options else {**options, focused: ""}
        where = self._invoker(user, guild_id, channel_id, dm, None, locale)
        payload = self._command_interaction(AUTOCOMPLETE, name, values, where, focused=focused)
        return await self._dispatch_interaction(payload, f"autocomplete of /{name} {focused}")

    async def click_button(
        self,
        message: JSON | int,
        custom_id: str | None = None,
        *,
        label: str | None = None,
        user: FakeMember | FakeUser | None = None,
    ) -> PendingInteraction:
        """Click a button (found by custom_id or label) on a message the bot sent."""
        stored = self._stored_message(message)
        button = find_button(stored.get("components") or [], custom_id, label)
        assert "custom_id" in button, f"{button.get('label')!r} is a link button"
        assert not button.get("disabled"), f"button {button.get('label')!r} is disabled"
        payload = self._component_interaction(stored, user)
        payload["data"] = {"custom_id": button["custom_id"], "component_type": button["type"]}
        return await self._dispatch_interaction(payload, f"click on {button.get('label')!r}")

    async def select_options(
        self,
        message: JSON | int,
        custom_id: str,
        values: Sequence[str],
        *,
        user: FakeMember | FakeUser | None = None,
    ) -> PendingInteraction:
        """Choose ``values`` in a string select menu of a message the bot sent."""
        stored = self._stored_message(message)
        components = walk_components(stored.get("components") or [])
        menu = next((c for c in components if c.get("custom_id") == custom_id), None)
        assert menu is not None and menu["type"] in (3, 5, 6, 7, 8), (
            f"no select menu {custom_id!r} on message {stored['id']}"
        )
        payload = self._component_interaction(stored, user)
        payload["data"] = {
            "custom_id": custom_id,
            "component_type": menu["type"],
            "values": list(values),
        }
        return await self._dispatch_interaction(payload, f"select {custom_id!r}")

    async def submit_modal(
        self,
        opened_by: PendingInteraction,
        values: Mapping[str, str],
        *,
        user: FakeMember | FakeUser | None = None,
    ) -> PendingInteraction:
        """Submit the modal the bot answered ``opened_by`` with.

        ``values`` maps text inputs (by custom_id or label) to what the user typed.
        """
        callback = await opened_by.response()
        assert callback.type == MODAL, (
            f"{opened_by.description} was answered with type {callback.type}, not a modal"
        )
        original = opened_by.payload
        where = Invoker(
            user or self._user_of(original),
            int(original["guild_id"]) if "guild_id" in original else None,
            int(original["channel_id"]),
            locale=original["locale"],
        )
        payload = self._interaction_base(MODAL_SUBMIT, where)
        payload["data"] = {
            "custom_id": callback.data["custom_id"],
            "components": modal_submit_components(callback.data, values),
        }
        if "message" in original:
            payload["message"] = original["message"]
        return await self._dispatch_interaction(payload, f"modal {callback.data['custom_id']!r}")

    async def request_reconnect(self) -> None:
        """Ask the bot to reconnect (op 7); it resumes on a new websocket."""
        await self.gateway.request_reconnect()

    # --- building interactions -------------------------------------------------------

    def _invoker(
        self,
        user: FakeMember | FakeUser | None,
        guild_id: int | None,
        channel_id: int | None,
        dm: bool,
        member_permissions: int | None,
        locale: str,
    ) -> Invoker:
        """Defaults: the plain member, in the main guild's first channel."""
        return Invoker(
            user or self.world.member,
            None if dm else (guild_id or self.world.main_guild.id),
            channel_id,
            member_permissions,
            locale,
        )

    def _command_interaction(
        self,
        kind: int,
        name: str,
        values: Mapping[str, Any],
        where: Invoker,
        *,
        focused: str | None = None,
    ) -> JSON:
        root, *sub_path = name.split()
        command = self._synced_command(root, where.guild_id)
        payload = self._interaction_base(kind, where)
        guild = self.world.guild(where.guild_id) if where.guild_id else None
        resolved = Resolved()
        leaf_options = command_options(
            find_option_schema(command, sub_path),
            values,
            guild,
            resolved,
            permissions=int(payload.get("member", {}).get("permissions", 0)),
            focused=focused,
        )
        data: JSON = {
            "id": command["id"],
            "name": root,
            "type": 1,
            "options": nest_subcommands(sub_path, leaf_options),
        }
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        if resolved.to_json():
            data["resolved"] = resolved.to_json()
        payload["data"] = data
        return payload

    def _synced_command(self, name: str, guild_id: int | None) -> JSON:
        places = [guild_id, None] if guild_id is not None else [None]
        for place in places:
            for command in self.commands.get(place, []):
                if command["name"] == name and command.get("type", 1) == 1:
                    return command
        synced = {place: [c["name"] for c in cmds] for place, cmds in self.commands.items()}
        raise AssertionError(
            f"/{name} was never synced for guild {guild_id} or globally "
            f"(call bot.tree.sync first); synced so far: {synced}"
        )

    def _component_interaction(self, message: JSON, user: FakeMember | FakeUser | None) -> JSON:
        channel_id = int(message["channel_id"])
        channel = self.world.channel(channel_id)
        guild_id = channel.guild_id if channel else None  # not a guild channel: a DM
        where = Invoker(user or self.world.member, guild_id, channel_id)
        payload = self._interaction_base(MESSAGE_COMPONENT, where)
        payload["message"] = message
        return payload

    def _interaction_base(self, kind: int, where: Invoker) -> JSON:
        """Everything but ``data`` (and ``message``): ids, token, user/member, channel."""
        interaction_id = self._snowflakes.next()
        plain_user = where.user.user if isinstance(where.user, FakeMember) else where.user
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.world.application_id),
            "type": kind,
            "token": f"fake-interaction-token-{interaction_id}-{secrets.token_urlsafe(12)}",
            "version": 1,
            "locale": where.locale,
            "entitlements": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if where.guild_id is None:
            dm_id = where.channel_id or self.rest.dm_channel_for(plain_user)
            payload.update(
                channel_id=str(dm_id),
                channel=dm_channel_payload(dm_id, plain_user),
                user=user_payload(plain_user),
                app_permissions=str(DM_APP_PERMISSIONS),
                authorizing_integration_owners={"0": "0"},
                context=1,  # BOT_DM
            )
            return payload
        guild = self._guild(where.guild_id)
        member = guild.member(plain_user.id)
        assert member is not None, f"{plain_user.username} is not a member of {guild.name}"
        channel = guild.channel(where.channel_id) if where.channel_id else guild.channels[0]
        assert channel is not None, f"no channel {where.channel_id} in {guild.name}"
        permissions = where.member_permissions
        if permissions is None:
            permissions = guild.permissions_of(member)
        bot_member = guild.member(self.world.bot.id)
        assert bot_member is not None, "the bot is not a member of the guild"
        payload.update(
            guild_id=str(guild.id),
            guild=partial_guild_payload(guild),
            guild_locale=guild.preferred_locale,
            channel_id=str(channel.id),
            channel=channel_payload(channel, permissions=permissions),
            member=member_payload(member, permissions=permissions),
            app_permissions=str(guild.permissions_of(bot_member)),
            authorizing_integration_owners={"0": str(guild.id)},
            context=0,  # GUILD
        )
        return payload

    async def _dispatch_interaction(self, payload: JSON, description: str) -> PendingInteraction:
        pending = PendingInteraction(payload, self.requests, description)
        self.interactions[pending.id] = pending
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return pending

    # --- world lookups -----------------------------------------------------------------

    def _guild(self, guild_id: int) -> FakeGuild:
        guild = self.world.guild(guild_id)
        assert guild is not None, f"no guild {guild_id} in the fake world"
        return guild

    def _user_of(self, interaction: JSON) -> FakeUser:
        raw = interaction.get("member", {}).get("user") or interaction["user"]
        user = self.world.user(int(raw["id"]))
        assert user is not None
        return user

    def _stored_message(self, message: JSON | int) -> JSON:
        message_id = message if isinstance(message, int) else int(message["id"])
        assert message_id in self.messages, f"message {message_id} does not exist in the fake"
        return self.messages[message_id]
