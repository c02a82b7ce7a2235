"""The fake REST API: routes discord.py calls, answered with realistic JSON.

Every request is recorded (``RestApi.requests``) once answered. Routes not listed
in ``_route_table`` get Discord's 404 JSON and are marked ``known_route=False``.
State (messages, DM channels, synced commands, open interactions) lives here so the
handlers can answer consistently; ``FakeDiscord`` exposes the same objects.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import BodyPartReader, web

from .interactions import (
    AUTOCOMPLETE_RESULT,
    CHANNEL_MESSAGE,
    DEFERRED_CHANNEL_MESSAGE,
    DEFERRED_UPDATE_MESSAGE,
    MODAL,
    PONG,
    UPDATE_MESSAGE,
    InteractionCallback,
    PendingInteraction,
)
from .payloads import (
    EPHEMERAL,
    JSON,
    LOADING,
    Snowflakes,
    application_payload,
    attachment_payload,
    bot_user_payload,
    channel_payload,
    dm_channel_payload,
    message_payload,
    now_iso,
    user_payload,
)
from .records import RecordedFile, RecordedRequest, RequestLog
from .world import FakeUser, World

API_PREFIX = "/api/v10"

CHAT_INPUT_COMMAND_MESSAGE = 20  # message type of a slash command's response
REPLY_MESSAGE = 19

Reply = tuple[int, Any]  # (status, JSON body or None for 204)
Handler = Callable[[RecordedRequest, "re.Match[str]"], Awaitable[Reply]]


def error(status: int, message: str, code: int) -> Reply:
    return status, {"message": message, "code": code}


UNKNOWN_CHANNEL = error(404, "Unknown Channel", 10003)
UNKNOWN_MESSAGE = error(404, "Unknown Message", 10008)
UNKNOWN_WEBHOOK = error(404, "Unknown Webhook", 10015)
UNKNOWN_INTERACTION = error(404, "Unknown interaction", 10062)
MISSING_ACCESS = error(403, "Missing Access", 50001)
# What Discord answers a bot writing to someone who does not accept its DMs.
CANNOT_DM = error(403, "Cannot send messages to this user", 50007)


# Discord describes every route's rate-limit bucket in headers. Without them
# discord.py knows nothing of the bucket and sends one request at a time per route
# (one reply at a time per channel), which real Discord never makes it do. The fake
# announces a bucket far larger than any test or benchmark uses: it never limits.
_GENEROUS_LIMIT = 10_000


def _rate_limit_headers(path: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(_GENEROUS_LIMIT),
        "X-RateLimit-Remaining": str(_GENEROUS_LIMIT - 1),
        "X-RateLimit-Reset-After": "1.0",
        "X-RateLimit-Bucket": hashlib.sha1(path.encode()).hexdigest()[:16],
    }


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    needs_bot_auth: bool = True


class RestApi:
    def __init__(self, world: World, token: str, snowflakes: Snowflakes) -> None:
        self.world = world
        self.token = token
        self.requests = RequestLog()
        # Synced application commands by guild id (None: global), with their ids.
        self.commands: dict[int | None, list[JSON]] = {}
        self.messages: dict[int, JSON] = {}  # every message that exists, by id
        self.dm_channels: dict[int, FakeUser] = {}  # DM channel id -> the other user
        self.closed_dms: set[int] = set()  # users who do not accept DMs from the bot
        self.interactions: dict[int, PendingInteraction] = {}  # sent to the bot, by id
        self.base_url = ""  # set by the server once it knows its port
        self.gateway_url = ""
        self._snowflakes = snowflakes
        self._routes = self._route_table()

    def synced_commands(self, guild_id: int | None = None) -> list[JSON]:
        return self.commands.get(guild_id, [])

    def dm_channel_for(self, user: FakeUser) -> int:
        """The id of the bot's DM channel with ``user`` (made up on first use)."""
        for channel_id, recipient in self.dm_channels.items():
            if recipient.id == user.id:
                return channel_id
        channel_id = self._snowflakes.next()
        self.dm_channels[channel_id] = user
        return channel_id

    def _channel_exists(self, channel_id: int) -> bool:
        return channel_id in self.dm_channels or self.world.channel(channel_id) is not None

    def _interaction_by_token(self, token: str) -> PendingInteraction | None:
        return next((i for i in self.interactions.values() if i.token == token), None)

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

    async def handle(self, request: web.Request) -> web.Response:
        record = await _record(request)
        status, body = await self._answer(request, record)
        record.status, record.response = status, body
        await self.requests.add(record)
        limits = _rate_limit_headers(record.path)
        if body is None:
            return web.Response(status=status, headers=limits)
        # Exactly "application/json": discord.py compares the header verbatim and
        # treats "application/json; charset=utf-8" as plain text.
        headers = {"Content-Type": "application/json", **limits}
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

    # --- identity ----------------------------------------------------------------

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

    # --- channels and messages ---------------------------------------------------

    async def _create_dm(self, record: RecordedRequest, match: re.Match[str]) -> Reply:
        user = self.world.user(int((record.json or {}).get("recipient_id", 0)))
        if user is None:
            return error(400, "Invalid Recipient(s)", 50033)
        return 200, dm_channel_payload(self.dm_channel_for(user), user)

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
        recipient = self.dm_channels.get(channel_id)
        if recipient is not None and recipient.id in self.closed_dms:
            return CANNOT_DM
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

    # --- interactions and their webhooks -----------------------------------------

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
            message = self.messages.get(int(pending.payload["message"]["id"]))
            if message is None:
                return UNKNOWN_MESSAGE
            if kind == UPDATE_MESSAGE:
                self._apply_edit(message, data, record.files)
        elif kind not in (PONG, AUTOCOMPLETE_RESULT, MODAL):
            return error(400, "Invalid Form Body", 50035)

        if message is not None:
            pending.original_message_id = int(message["id"])
        pending.set_response(InteractionCallback(kind, data, record, record.files))

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

    # --- application commands ----------------------------------------------------

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
