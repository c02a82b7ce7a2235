"""The fake gateway websocket (what discord.py's ``DiscordWebSocket`` talks to).

It sends plain JSON text frames, which discord.py accepts even though it asks for
``compress=zlib-stream`` in the URL. Supported: HELLO, heartbeats, IDENTIFY (READY +
GUILD_CREATE), RESUME (RESUMED), RECONNECT on request, and member chunk requests.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import dataclass
from typing import Any

from aiohttp import WSMsgType, web

from .payloads import (
    APPLICATION_FLAGS,
    JSON,
    bot_user_payload,
    guild_create_payload,
    member_payload,
)
from .world import World

# Opcodes
DISPATCH = 0
HEARTBEAT = 1
IDENTIFY = 2
RESUME = 6
RECONNECT = 7
REQUEST_GUILD_MEMBERS = 8
INVALID_SESSION = 9
HELLO = 10
HEARTBEAT_ACK = 11

AUTHENTICATION_FAILED = 4004


@dataclass
class Session:
    id: str
    intents: int
    sequence: int = 0


class Gateway:
    def __init__(self, world: World, token: str, heartbeat_interval_ms: int) -> None:
        self.world = world
        self.token = token
        self.url = ""  # set by the server once it knows its port
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self.identifies: list[JSON] = []  # the ``d`` of every IDENTIFY, in order
        self.received: list[JSON] = []  # every payload the client sent
        self.connect_queries: list[dict[str, str]] = []  # ?v=10&encoding=json&compress=...
        self.sessions: dict[str, Session] = {}
        self._active: tuple[web.WebSocketResponse, Session] | None = None
        self._ready = asyncio.Event()  # a session is identified/resumed and can take events
        self._sockets: set[web.WebSocketResponse] = set()
        self._send_lock = asyncio.Lock()

    @property
    def intents(self) -> int:
        """The intents of the connected session (0 if nobody identified)."""
        return self._active[1].intents if self._active else 0

    async def wait_ready(self, within: float = 5.0) -> None:
        try:
            await asyncio.wait_for(self._ready.wait(), within)
        except TimeoutError:
            raise AssertionError(
                f"no discord.py client identified with the fake gateway within {within}s"
            ) from None

    async def dispatch(self, event: str, data: JSON, *, within: float = 5.0) -> None:
        """Send a DISPATCH (op 0) to the connected client, waiting for one to connect."""
        await self.wait_ready(within)
        assert self._active is not None
        ws, session = self._active
        await self._dispatch_on(ws, session, event, data)

    async def request_reconnect(self) -> None:
        """Send op 7: discord.py closes the socket and RESUMEs on a new one."""
        await self.wait_ready()
        assert self._active is not None
        ws, _ = self._active
        self._ready.clear()
        await self._send(ws, {"op": RECONNECT, "d": None})

    async def close_all(self) -> None:
        for ws in list(self._sockets):
            await ws.close(code=1001, message=b"fake Discord is shutting down")

    # --- websocket handling ----------------------------------------------------------

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.connect_queries.append(dict(request.query))
        self._sockets.add(ws)
        try:
            await self._send(
                ws, {"op": HELLO, "d": {"heartbeat_interval": self.heartbeat_interval_ms}}
            )
            async for message in ws:
                if message.type is WSMsgType.TEXT:
                    await self._on_payload(ws, json.loads(message.data))
        finally:
            self._sockets.discard(ws)
            if self._active is not None and self._active[0] is ws:
                self._active = None
                self._ready.clear()
        return ws

    async def _on_payload(self, ws: web.WebSocketResponse, payload: JSON) -> None:
        self.received.append(payload)
        op, data = payload.get("op"), payload.get("d") or {}
        if op == HEARTBEAT:
            await self._send(ws, {"op": HEARTBEAT_ACK, "d": None})
        elif op == IDENTIFY:
            await self._identify(ws, data)
        elif op == RESUME:
            await self._resume(ws, data)
        elif op == REQUEST_GUILD_MEMBERS:
            await self._send_members(ws, data)
        # Presence (3) and voice state (4) updates are only recorded.

    async def _identify(self, ws: web.WebSocketResponse, data: JSON) -> None:
        self.identifies.append(data)
        if data.get("token") != self.token:
            await ws.close(code=AUTHENTICATION_FAILED, message=b"Authentication failed.")
            return
        session = Session(secrets.token_hex(16), intents=int(data.get("intents") or 0))
        self.sessions[session.id] = session
        ready: JSON = {
            "v": 10,
            "user": bot_user_payload(self.world.bot),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in self.world.guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.url,
            "application": {"id": str(self.world.application_id), "flags": APPLICATION_FLAGS},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
        }
        if "shard" in data:
            ready["shard"] = data["shard"]
        await self._dispatch_on(ws, session, "READY", ready)
        for guild in self.world.guilds:
            await self._dispatch_on(ws, session, "GUILD_CREATE", guild_create_payload(guild))
        self._active = (ws, session)
        self._ready.set()

    async def _resume(self, ws: web.WebSocketResponse, data: JSON) -> None:
        session = self.sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self.token:
            await self._send(ws, {"op": INVALID_SESSION, "d": False})
            return
        await self._dispatch_on(ws, session, "RESUMED", {})
        self._active = (ws, session)
        self._ready.set()

    async def _send_members(self, ws: web.WebSocketResponse, data: JSON) -> None:
        guild = self.world.guild(int(data["guild_id"]))
        if guild is None or self._active is None or self._active[0] is not ws:
            return
        query = str(data.get("query") or "").lower()
        user_ids = {int(u) for u in data.get("user_ids") or []}
        members = [
            m
            for m in guild.members
            if m.user.username.lower().startswith(query) and (not user_ids or m.id in user_ids)
        ]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [member_payload(m) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if data.get("nonce"):
            chunk["nonce"] = data["nonce"]
        await self._dispatch_on(ws, self._active[1], "GUILD_MEMBERS_CHUNK", chunk)

    async def _dispatch_on(
        self, ws: web.WebSocketResponse, session: Session, event: str, data: JSON
    ) -> None:
        session.sequence += 1
        await self._send(ws, {"op": DISPATCH, "t": event, "s": session.sequence, "d": data})

    async def _send(self, ws: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        async with self._send_lock:
            if not ws.closed:
                await ws.send_str(json.dumps(payload))
