"""Interactions the fake sends, and the bot's answers to them.

``PendingInteraction`` is what ``FakeDiscord.send_slash_command`` & co. return: await
``.response()`` for the body of ``POST /interactions/{id}/{token}/callback``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .payloads import EPHEMERAL, JSON, member_payload, role_payload, user_payload
from .records import RecordedFile, RecordedRequest, RequestLog
from .world import FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser

# Interaction types
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

# Callback (response) types
PONG = 1
CHANNEL_MESSAGE = 4
DEFERRED_CHANNEL_MESSAGE = 5
DEFERRED_UPDATE_MESSAGE = 6
UPDATE_MESSAGE = 7
AUTOCOMPLETE_RESULT = 8
MODAL = 9

# Application command option types
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER = 3, 4, 5, 6, 7, 8, 9, 10

BUTTON = 2


@dataclass
class InteractionCallback:
    """The bot's answer to an interaction (the callback request body)."""

    type: int
    data: JSON
    request: RecordedRequest
    files: list[RecordedFile] = field(default_factory=list)

    @property
    def content(self) -> str | None:
        return self.data.get("content")

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & EPHEMERAL)

    @property
    def embeds(self) -> list[JSON]:
        return list(self.data.get("embeds") or [])

    @property
    def components(self) -> list[JSON]:
        return list(self.data.get("components") or [])

    @property
    def choices(self) -> list[JSON]:
        """Autocomplete results: ``[{"name": ..., "value": ...}]``."""
        return list(self.data.get("choices") or [])


class PendingInteraction:
    """An interaction sent to the bot; await its response, follow-ups or edits."""

    def __init__(self, payload: JSON, requests: RequestLog, description: str) -> None:
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.application_id = int(payload["application_id"])
        self.description = description
        self.original_message_id: int | None = None  # the message the response created/updated
        self._requests = requests
        self._callback: asyncio.Future[InteractionCallback] = (
            asyncio.get_running_loop().create_future()
        )

    @property
    def responded(self) -> bool:
        return self._callback.done()

    def set_response(self, callback: InteractionCallback) -> None:
        """Called by the REST side when the callback request arrives."""
        self._callback.set_result(callback)

    async def response(self, within: float = 5.0) -> InteractionCallback:
        try:
            return await asyncio.wait_for(asyncio.shield(self._callback), within)
        except TimeoutError:
            seen = ", ".join(str(r) for r in self._requests.all[-10:]) or "none"
            raise AssertionError(
                f"the bot did not respond to {self.description} within {within}s "
                f"(an unhandled error in the callback?); last requests: {seen}"
            ) from None

    def __await__(self) -> Generator[Any, None, InteractionCallback]:
        """``await pending`` is ``await pending.response()``."""
        return self.response().__await__()

    async def followup(self, within: float = 5.0) -> RecordedRequest:
        """The next ``POST /webhooks/{app}/{token}`` (interaction.followup.send)."""
        return await self._requests.wait_for("POST", self._webhook_path(""), within=within)

    async def original_edit(self, within: float = 5.0) -> RecordedRequest:
        """The next ``PATCH .../messages/@original`` (edit_original_response, after a defer)."""
        path = self._webhook_path("/messages/@original")
        return await self._requests.wait_for("PATCH", path, within=within)

    def _webhook_path(self, suffix: str) -> str:
        return f"/webhooks/{self.application_id}/{self.token}{suffix}"


# --- building the ``data`` of application command interactions ----------------------


def find_option_schema(command: JSON, path: Sequence[str]) -> JSON:
    """Walk a synced command's options down a sub-command path."""
    node = command
    for name in path:
        sub = next((o for o in node.get("options", []) if o["name"] == name), None)
        assert sub is not None and sub["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP), (
            f"/{command['name']} has no sub-command {name!r}"
        )
        node = sub
    return node


@dataclass
class Resolved:
    """The ``resolved`` map for user/role/channel options."""

    users: dict[str, JSON] = field(default_factory=dict)
    members: dict[str, JSON] = field(default_factory=dict)
    roles: dict[str, JSON] = field(default_factory=dict)
    channels: dict[str, JSON] = field(default_factory=dict)

    def to_json(self) -> JSON:
        return {k: v for k, v in vars(self).items() if v}


def option_value(
    value: Any, option_type: int, guild: FakeGuild | None, resolved: Resolved, permissions: int
) -> Any:
    """Turn a test's Python value into the wire value, filling ``resolved``."""
    if option_type in (USER, MENTIONABLE) and isinstance(value, FakeMember | FakeUser):
        user = value.user if isinstance(value, FakeMember) else value
        resolved.users[str(user.id)] = user_payload(user)
        member = value if isinstance(value, FakeMember) else (guild and guild.member(user.id))
        if member and guild:
            payload = member_payload(member, with_user=False)
            payload["permissions"] = str(guild.permissions_of(member))
            resolved.members[str(user.id)] = payload
        return str(user.id)
    if option_type in (ROLE, MENTIONABLE) and isinstance(value, FakeRole):
        resolved.roles[str(value.id)] = role_payload(value)
        return str(value.id)
    if option_type == CHANNEL and isinstance(value, FakeChannel):
        resolved.channels[str(value.id)] = {
            "id": str(value.id),
            "type": value.type,
            "name": value.name,
            "permissions": str(permissions),  # the invoking user's, in that channel
        }
        return str(value.id)
    return value


def command_options(
    schema: JSON,
    values: Mapping[str, Any],
    guild: FakeGuild | None,
    resolved: Resolved,
    *,
    permissions: int,
    focused: str | None = None,
) -> list[JSON]:
    """``[{"name", "type", "value"}]`` for the leaf options, typed from the synced schema."""
    known = {o["name"]: o for o in schema.get("options", [])}
    options = []
    for name, value in values.items():
        assert name in known, f"{schema['name']!r} has no option {name!r}; it has {sorted(known)}"
        option_type = known[name]["type"]
        option: JSON = {"name": name, "type": option_type}
        if name == focused:
            option["value"] = str(value)  # autocomplete sends what was typed so far
            option["focused"] = True
        else:
            option["value"] = option_value(value, option_type, guild, resolved, permissions)
        options.append(option)
    return options


def nest_subcommands(path: Sequence[str], leaf_options: list[JSON]) -> list[JSON]:
    """Wrap leaf options in the sub-command (group) structure Discord uses."""
    options = leaf_options
    for depth, name in reversed(list(enumerate(path))):
        kind = SUB_COMMAND if depth == len(path) - 1 else SUB_COMMAND_GROUP
        options = [{"name": name, "type": kind, "options": options}]
    return options


# --- components ---------------------------------------------------------------------


def walk_components(components: Sequence[JSON]) -> list[JSON]:
    """All components, depth first (action rows, labels and containers are opened)."""
    found: list[JSON] = []
    for component in components:
        found.append(component)
        found.extend(walk_components(component.get("components") or []))
        if isinstance(component.get("component"), dict):  # a Label (type 18)
            found.extend(walk_components([component["component"]]))
        if isinstance(component.get("accessory"), dict):  # a Section (type 9)
            found.extend(walk_components([component["accessory"]]))
    return found


def find_button(components: Sequence[JSON], custom_id: str | None, label: str | None) -> JSON:
    buttons = [c for c in walk_components(components) if c.get("type") == BUTTON]
    for button in buttons:
        if (custom_id is not None and button.get("custom_id") == custom_id) or (
            label is not None and button.get("label") == label
        ):
            return button
    available = [(b.get("label"), b.get("custom_id")) for b in buttons]
    raise AssertionError(
        f"no button with custom_id={custom_id!r} / label={label!r}; (label, custom_id): {available}"
    )


def modal_submit_components(modal: JSON, values: Mapping[str, str]) -> list[JSON]:
    """Echo a modal's layout with the text inputs filled; keys are custom_ids or labels."""

    def fill(component: JSON, label: str | None) -> JSON:
        kind = component["type"]
        if kind == 1:  # action row
            return {"type": 1, "components": [fill(c, None) for c in component["components"]]}
        if kind == 18:  # label wrapping one input
            return {"type": 18, "component": fill(component["component"], component.get("label"))}
        custom_id = component.get("custom_id")
        label = label or component.get("label")
        value = values.get(custom_id or "", values.get(label or "", component.get("value") or ""))
        return {"type": kind, "custom_id": custom_id, "value": value}

    return [fill(c, None) for c in modal.get("components", [])]
