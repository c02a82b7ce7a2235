"""``FakeDiscord``: an aiohttp server on 127.0.0.1 standing in for Discord's API.

The REST side records every request (``fake.requests``) and answers the routes a
bot needs with realistic JSON; anything else gets a Discord-style 404 and is listed
in ``fake.requests.unknown``. The gateway side lives in :mod:`.gateway`. Helpers such
as ``send_message`` or ``send_slash_command`` push events to the connected bot.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import BodyPartReader, web

from .gateway import Gateway
from .interactions import (
    APPLICATION_COMMAND,
    AUTOCOMPLETE,
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    DEFERRED_UPDATE_MESSAGE,
    MESSAGE_COMPONENT,
    MODAL,
    MODAL_SUBMIT,
    PONG,
    UPDATE_MESSAGE,
    InteractionCallback,
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
    EPHEMERAL,
    JSON,
    LOADING,
    Snowflakes,
    application_payload,
    attachment_payload,
    bot_user_payload,
    channel_payload,
    dm_channel_payload,
    member_payload,
    mention_payload,
    message_payload,
    now_iso,
    partial_guild_payload,
    user_payload,
)
from .records import RecordedFile, RecordedRequest, RequestLog
from .world import EVERYONE_PERMISSIONS, FakeGuild, FakeMember, FakeUser, World, default_world

API_PREFIX = "/api/v10"

GUILD_MESSAGES_INTENT = 1 << 9
DIRECT_MESSAGES_INTENT = 1 << 12
MESSAGE_CONTENT_INTENT = 1 << 15

DM_APP_PERMISSIONS = EVERYONE_PERMISSIONS

CHAT_INPUT_COMMAND_MESSAGE = 20  # message type of a slash command's response
REPLY_MESSAGE = 19

Reply = tuple[int, Any]  # (status, JSON body or None for 204)
Handler = Callable[[RecordedRequest, "re.Match[str]"], Awaitable[Reply]]


def make_token(bot_id: int) -> str:
    """A token shaped like a real one (base64 user id . timestamp . hmac), but fake."""
    user_part = base64.b64encode(str(bot_id).encode()).decode().rstrip("=")
    return f"{user_part}.FAKE00.{secrets.token_urlsafe(27)}"


def error(status: int, message: str, code: int) -> Reply:
    return status, {"message": message, "code": code}


UNKNOWN_CHANNEL = error(404, "Unknown Channel", 10003)
UNKNOWN_MESSAGE = error(404, "Unknown Message", 10008)
UNKNOWN_WEBHOOK = error(404, "Unknown Webhook", 10015)
UNKNOWN_INTERACTION = error(404, "Unknown interaction", 10062)
MISSING_ACCESS = error(403, "Missing Access", 50001)


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    needs_bot_auth: bool = True


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
        self.requests = RequestLog()
        self.gateway = Gateway(self.world, self.token, heartbeat_interval_ms)
        # Synced application commands by guild id (None: global), with their ids.
        self.commands: dict[int | None, list[JSON]] = {}
        self.messages: dict[int, JSON] = {}  # every message that exists, by id
        self.dm_channels: dict[int, FakeUser] = {}  # DM channel id -> the other user
        self.interactions: dict[int, PendingInteraction] = {}
        self.dropped_events: list[tuple[str, JSON]] = []  # not sent for lack of intents
        self.port = 0
        self._snowflakes = Snowflakes()
        self._runner: web.AppRunner | None = None
        self._routes = self._route_table()

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", "/{tail:.*}", self._handle_rest)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.gateway.url = self.gateway_url

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
        return self.commands.get(guild_id, [])

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
            message = message_payload(
                message_id=self._snowflakes.next(),
                channel_id=channel_id or self._dm_channel_for(user),
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
        payload = self._command_interaction(
            APPLICATION_COMMAND,
            name,
            options or {},
            None,
            user,
            guild_id,
            channel_id,
            dm,
            member_permissions,
            locale,
        )
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
        payload = self._command_interaction(
            AUTOCOMPLETE, name, values, focused, user, guild_id, channel_id, dm, None, locale
        )
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
        assert menu is not None, f"no select menu {custom_id!r} on message {stored['id']}"
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
        payload = self._interaction_base(
            MODAL_SUBMIT,
            user or self._user_of(original),
            _optional_int(original.get("guild_id")),
            int(original["channel_id"]),
            "guild_id" not in original,
            None,
            original.get("locale", "en-US"),
        )
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

    def _command_interaction(
        self,
        kind: int,
        name: str,
        values: Mapping[str, Any],
        focused: str | None,
        user: FakeMember | FakeUser | None,
        guild_id: int | None,
        channel_id: int | None,
        dm: bool,
        member_permissions: int | None,
        locale: str,
    ) -> JSON:
        root, *sub_path = name.split()
        guild_id = None if dm else (guild_id or self.world.main_guild.id)
        command = self._synced_command(root, guild_id)
        payload = self._interaction_base(
            kind, user or self.world.member, guild_id, channel_id, dm, member_permissions, locale
        )
        guild = self.world.guild(guild_id) if guild_id else None
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
        payload = self._interaction_base(
            MESSAGE_COMPONENT,
            user or self.world.member,
            channel.guild_id if channel else None,
            channel_id,
            channel is None,
            None,
            "en-US",
        )
        payload["message"] = message
        return payload

    def _interaction_base(
        self,
        kind: int,
        user: FakeMember | FakeUser,
        guild_id: int | None,
        channel_id: int | None,
        dm: bool,
        member_permissions: int | None,
        locale: str,
    ) -> JSON:
        interaction_id = self._snowflakes.next()
        plain_user = user.user if isinstance(user, FakeMember) else user
        payload: JSON = {
            "id": str(interaction_id),
            "application_id": str(self.world.application_id),
            "type": kind,
            "token": f"fake-interaction-token-{interaction_id}-{secrets.token_urlsafe(12)}",
            "version": 1,
            "locale": locale,
            "entitlements": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
        }
        if dm or guild_id is None:
            dm_id = channel_id or self._dm_channel_for(plain_user)
            payload.update(
                channel_id=str(dm_id),
                channel=dm_channel_payload(dm_id, plain_user),
                user=user_payload(plain_user),
                app_permissions=str(DM_APP_PERMISSIONS),
                authorizing_integration_owners={"0": "0"},
                context=1,  # BOT_DM
            )
            return payload
        guild = self._guild(guild_id)
        member = guild.member(plain_user.id)
        assert member is not None, f"{plain_user.username} is not a member of {guild.name}"
        channel = guild.channel(channel_id) if channel_id else guild.channels[0]
        assert channel is not None, f"no channel {channel_id} in {guild.name}"
        permissions = (
            guild.permissions_of(member) if member_permissions is None else member_permissions
        )
        bot_member = guild.member(self.world.bot.id)
        assert bot_member is not None, "the bot is not a member of the guild"
        payload.update(
            guild_id=str(guild.id),
            guild=partial_guild_payload(guild),
            guild_locale="en-US",
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

    def _dm_channel_for(self, user: FakeUser) -> int:
        for channel_id, recipient in self.dm_channels.items():
            if recipient.id == user.id:
                return channel_id
        channel_id = self._snowflakes.next()
        self.dm_channels[channel_id] = user
        return channel_id

    def _channel_exists(self, channel_id: int) -> bool:
        return channel_id in self.dm_channels or self.world.channel(channel_id) is not None

    def _stored_message(self, message: JSON | int) -> JSON:
        message_id = message if isinstance(message, int) else int(message["id"])
        assert message_id in self.messages, f"message {message_id} does not exist in the fake"
        return self.messages[message_id]

    def _interaction_by_token(self, token: str) -> PendingInteraction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

    # --- REST plumbing -----------------------------------------------------------------

    def _route_table(self) -> list[Route]:
        channel = r"/channels/(?P<channel_id>\d+)"
        message = channel + r"/messages/(?P<message_id>\d+)"
        webhook = r"/webhooks/(?P<application_id>\d+)/(?P<token>[^/]+)"
        webhook_message = webhook + r"/messages/(?P<message_id>@original|\d+)"
        commands = r"/applications/(?P<application_id>\d+)(?:/guilds/(?P<guild_id>\d+))?/commands"
        table: list[tuple[str, str, Handler, bool]] = [
            ("GET", r"/users/@me", self._get_me, True),
            ("GET", r"/users/(?P<user_id>\d+)", self._get_user, True),
            ("GET", r"/oauth2/applications/@me", self._get_application, True),
            ("GET", r"/gateway", self._get_gateway, False),
            ("GET", r"/gateway/bot", self._get_gateway_bot, True),
            ("POST", r"/users/@me/channels", self._create_dm, True),
            ("GET", channel, self._get_channel, True),
            ("POST", channel + r"/typing", self._no_content, True),
            ("POST", channel + r"/messages", self._create_message, True),
            ("GET", message, self._get_message, True),
            ("PATCH", message, self._edit_message, True),
            ("DELETE", message, self._delete_message, True),
            ("PUT", message + r"/reactions/[^/]+/@me", self._no_content, True),
            (
                "POST",
                r"/interactions/(?P<interaction_id>\d+)/(?P<token>[^/]+)/callback",
                self._interaction_callback,
                False,
            ),
            ("POST", webhook, self._create_followup, False),
            ("GET", webhook_message, self._get_webhook_message, False),
            ("PATCH", webhook_message, self._edit_webhook_message, False),
            ("DELETE", webhook_message, self._delete_webhook_message, False),
            ("GET", commands, self._get_commands, True),
            ("PUT", commands, self._put_commands, True),
        ]
        return [Route(m, re.compile(p), h, auth) for m, p, h, auth in table]

    async def _handle_rest(self, request: web.Request) -> web.Response:
        record = await _record(request)
        status, body = await self._answer(request, record)
        record.status, record.response = status, body
        await self.requests.add(record)
        if body is None:
            return web.Response(status=status)
        # Exactly "application/json": discord.py compares the header verbatim and
        # treats "application/json; charset=utf-8" as plain text.
        headers = {"Content-Type": "application/json"}
        return web.Response(body=json.dumps(body).encode(), status=status, headers=headers)

    async def _answer(self, request: web.Request, record: RecordedRequest) -> Reply:
        if request.path.startswith(API_PREFIX + "/"):
            for route in self._routes:
                match = route.pattern.fullmatch(record.path)
                if match is None or route.method != record.method:
                    continue
                if route.needs_bot_auth and record.authorization != f"Bot {self.token}":
                    return error(401, "401: Unauthorized", 0)
                return await route.handler(record, match)
        record.known_route = False
        return error(404, "404: Not Found", 0)

    async def _no_content(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        return 204, None

    # --- REST: identity ----------------------------------------------------------------

    async def _get_me(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        return 200, bot_user_payload(self.world.bot)

    async def _get_user(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        user = self.world.user(int(match["user_id"]))
        return (200, user_payload(user)) if user else error(404, "Unknown User", 10013)

    async def _get_application(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        return 200, application_payload(self.world)

    async def _get_gateway(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        return 200, {"url": self.gateway_url}

    async def _get_gateway_bot(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return 200, {"url": self.gateway_url, "shards": 1, "session_start_limit": limit}

    # --- REST: channels and messages ---------------------------------------------------

    async def _create_dm(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        user = self.world.user(int((record.json or {}).get("recipient_id", 0)))
        if user is None:
            return error(400, "Invalid Recipient(s)", 50033)
        return 200, dm_channel_payload(self._dm_channel_for(user), user)

    async def _get_channel(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        channel_id = int(match["channel_id"])
        if channel_id in self.dm_channels:
            return 200, dm_channel_payload(channel_id, self.dm_channels[channel_id])
        channel = self.world.channel(channel_id)
        return (200, channel_payload(channel)) if channel else UNKNOWN_CHANNEL

    async def _create_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        channel_id = int(match["channel_id"])
        if not self._channel_exists(channel_id):
            return UNKNOWN_CHANNEL
        return 200, self._new_bot_message(channel_id, record.json or {}, record.files)

    async def _get_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._message_in(match)
        return (200, message) if message else UNKNOWN_MESSAGE

    async def _edit_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._message_in(match)
        if message is None:
            return UNKNOWN_MESSAGE
        return 200, self._apply_edit(message, record.json or {}, record.files)

    async def _delete_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._message_in(match)
        if message is None:
            return UNKNOWN_MESSAGE
        del self.messages[int(message["id"])]
        return 204, None

    def _message_in(self, match: re.Match[str]) -> JSON | None:
        message = self.messages.get(int(match["message_id"]))
        if message is None or message["channel_id"] != match["channel_id"]:
            return None
        return message

    def _new_bot_message(
        self,
        channel_id: int,
        body: JSON,
        files: list[RecordedFile],
        *,
        message_type: int = 0,
        webhook: bool = False,
    ) -> JSON:
        channel = self.world.channel(channel_id)
        reference = body.get("message_reference")
        message = message_payload(
            message_id=self._snowflakes.next(),
            channel_id=channel_id,
            author=self.world.bot,
            content=body.get("content") or "",
            guild_id=channel.guild_id if channel else None,
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            attachments=self._uploads(channel_id, body, files),
            flags=int(body.get("flags") or 0),
            message_type=REPLY_MESSAGE if reference else message_type,
            webhook_id=self.world.application_id if webhook else None,
            application_id=self.world.application_id if webhook else None,
        )
        if reference:
            message["message_reference"] = {"channel_id": str(channel_id), **reference}
            message["referenced_message"] = self.messages.get(int(reference["message_id"]))
        self.messages[int(message["id"])] = message
        return message

    def _apply_edit(self, message: JSON, body: JSON, files: list[RecordedFile]) -> JSON:
        if "content" in body:
            message["content"] = body["content"] or ""
        if "embeds" in body:
            message["embeds"] = [{"type": "rich", **e} for e in body["embeds"] or []]
        if "components" in body:
            message["components"] = body["components"] or []
        if "attachments" in body or files:
            kept = {str(a.get("id")) for a in body.get("attachments") or []}
            old = [a for a in message["attachments"] if a["id"] in kept]
            message["attachments"] = old + self._uploads(int(message["channel_id"]), body, files)
        flags = int(message["flags"] if body.get("flags") is None else body["flags"])
        message["flags"] = (flags | (message["flags"] & EPHEMERAL)) & ~LOADING
        message["edited_timestamp"] = now_iso()
        return message

    def _uploads(self, channel_id: int, body: JSON, files: list[RecordedFile]) -> list[JSON]:
        """Attachment objects for uploaded ``files[n]``, with ``attachments[n]`` metadata."""
        metadata = {str(a.get("id")): a for a in body.get("attachments") or []}
        uploads = []
        for file in files:
            index = file.field.removeprefix("files[").removesuffix("]")
            attachment = attachment_payload(
                self._snowflakes.next(),
                channel_id,
                file.filename,
                len(file.data),
                file.content_type,
                self.base_url,
            )
            if description := metadata.get(index, {}).get("description"):
                attachment["description"] = description
            uploads.append(attachment)
        return uploads

    # --- REST: interactions and their webhooks -----------------------------------------

    async def _interaction_callback(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        pending = self.interactions.get(int(match["interaction_id"]))
        if pending is None or pending.token != match["token"]:
            return UNKNOWN_INTERACTION
        if pending.responded:
            return error(400, "Interaction has already been acknowledged.", 40060)
        body = record.json or {}
        kind = int(body.get("type", 0))
        data: JSON = body.get("data") or {}
        channel_id = int(pending.payload["channel_id"])
        message: JSON | None = None
        if kind == CHANNEL_MESSAGE:
            message = self._new_bot_message(
                channel_id, data, record.files, message_type=CHAT_INPUT_COMMAND_MESSAGE
            )
        elif kind == DEFERRED_CHANNEL_MESSAGE:
            flags = int(data.get("flags") or 0) | LOADING
            message = self._new_bot_message(
                channel_id, {"flags": flags}, [], message_type=CHAT_INPUT_COMMAND_MESSAGE
            )
        elif kind in (DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE):
            if "message" not in pending.payload:
                return error(400, "Interaction has no message to update", 50035)
            message = self.messages[int(pending.payload["message"]["id"])]
            if kind == UPDATE_MESSAGE:
                self._apply_edit(message, data, record.files)
        elif kind not in (PONG, AUTOCOMPLETE_RESULT, MODAL):
            return error(400, "Invalid Form Body", 50035)

        if message is not None:
            pending.original_message_id = int(message["id"])
        pending._resolve(InteractionCallback(kind, data, record, record.files))

        if record.query.get("with_response", "").lower() not in ("1", "true"):
            return 204, None
        interaction: JSON = {
            "id": str(pending.id),
            "type": pending.payload["type"],
            "response_message_id": message["id"] if message else None,
            "response_message_loading": kind == DEFERRED_CHANNEL_MESSAGE,
            "response_message_ephemeral": bool(message and message["flags"] & EPHEMERAL),
        }
        response: JSON = {"interaction": interaction}
        if message is not None and kind != DEFERRED_UPDATE_MESSAGE:
            response["resource"] = {"type": kind, "message": message}
        return 200, response

    def _webhook_interaction(self, match: re.Match[str]) -> PendingInteraction | None:
        pending = self._interaction_by_token(match["token"])
        if pending is None or pending.application_id != int(match["application_id"]):
            return None
        return pending

    async def _create_followup(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        pending = self._webhook_interaction(match)
        if pending is None or not pending.responded:  # Discord: follow-ups need an ack first
            return UNKNOWN_WEBHOOK
        channel_id = int(pending.payload["channel_id"])
        message = self._new_bot_message(channel_id, record.json or {}, record.files, webhook=True)
        if record.query.get("wait", "").lower() in ("1", "true"):
            return 200, message
        return 204, None

    def _webhook_message(self, match: re.Match[str]) -> JSON | None:
        pending = self._webhook_interaction(match)
        if pending is None:
            return None
        if match["message_id"] == "@original":
            message_id = pending.original_message_id
        else:
            message_id = int(match["message_id"])
        return self.messages.get(message_id) if message_id is not None else None

    async def _get_webhook_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._webhook_message(match)
        return (200, message) if message else UNKNOWN_MESSAGE

    async def _edit_webhook_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._webhook_message(match)
        if message is None:
            return UNKNOWN_MESSAGE
        return 200, self._apply_edit(message, record.json or {}, record.files)

    async def _delete_webhook_message(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        message = self._webhook_message(match)
        if message is None:
            return UNKNOWN_MESSAGE
        del self.messages[int(message["id"])]
        return 204, None

    # --- REST: application commands ----------------------------------------------------

    def _command_scope(self, match: re.Match[str]) -> tuple[bool, int | None]:
        guild_id = _optional_int(match["guild_id"])
        allowed = int(match["application_id"]) == self.world.application_id and (
            guild_id is None or self.world.guild(guild_id) is not None
        )
        return allowed, guild_id

    async def _get_commands(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        allowed, guild_id = self._command_scope(match)
        return (200, self.synced_commands(guild_id)) if allowed else MISSING_ACCESS

    async def _put_commands(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        allowed, guild_id = self._command_scope(match)
        if not allowed:
            return MISSING_ACCESS
        previous = {(c["name"], c["type"]): c["id"] for c in self.synced_commands(guild_id)}
        stored = []
        for sent in record.json or []:
            command: JSON = {
                "type": 1,
                "description": "",
                "options": [],
                "default_member_permissions": None,
                "nsfw": False,
                **sent,
                "application_id": str(self.world.application_id),
                "version": str(self._snowflakes.next()),
            }
            key = (command["name"], command["type"])
            command["id"] = previous.get(key) or str(self._snowflakes.next())
            if guild_id is not None:
                command["guild_id"] = str(guild_id)
            stored.append(command)
        self.commands[guild_id] = stored
        return 200, stored


def _optional_int(value: str | None) -> int | None:
    return int(value) if value else None


async def _record(request: web.Request) -> RecordedRequest:
    """Parse a request into a record: JSON body, or multipart payload_json + files."""
    body: Any = None
    files: list[RecordedFile] = []
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if not isinstance(part, BodyPartReader):
                continue
            data = bytes(await part.read())
            if part.filename:
                content_type = part.headers.get("Content-Type", "application/octet-stream")
                files.append(RecordedFile(part.name or "", part.filename, content_type, data))
            elif part.name == "payload_json":
                body = json.loads(data)
    elif request.can_read_body:
        raw = await request.read()
        body = json.loads(raw) if raw else None
    return RecordedRequest(
        method=request.method,
        path=request.path.removeprefix(API_PREFIX),
        query=dict(request.query),
        json=body,
        files=files,
        authorization=request.headers.get("Authorization"),
    )
