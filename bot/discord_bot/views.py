"""Buttons and menus: did-you-mean choices, Helpful / Not helpful, page turning, and the
moderators' actions on question groups and suggestions.

The attendee's question never goes into a custom_id (it is user text, and a
custom_id holds 100 characters): it stays in a bounded in-memory
:class:`ContextStore`, and the custom_id carries a short random token for it.

Views are only *rendered* here. Clicks are routed by :func:`routed_button`, a
``DynamicItem`` registered once on the bot, so they keep working for as long as the
context is remembered, and the library never keeps a view (or a timeout task) per
message: each view is stopped before it is sent, which tells discord.py not to store
it.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, Self, TypeVar

import discord

from bot.core.models import ENGLISH, Suggestion
from bot.core.wording import say
from bot.discord_bot.messaging import locale_language
from bot.discord_bot.render import BUTTON_LABEL_CHARS, CUSTOM_ID_CHARS, truncate

log = logging.getLogger(__name__)

T = TypeVar("T")
Button = discord.ui.Button[discord.ui.View]
Select = discord.ui.Select[discord.ui.View]
RoutedItem = discord.ui.DynamicItem[Button] | discord.ui.DynamicItem[Select]
ClickHandler = Callable[[discord.Interaction, "re.Match[str]"], Awaitable[None]]

# Contexts remembered (questions behind buttons, listings being paged). A busy event
# day is a few thousand questions; the oldest are forgotten first.
CONTEXTS_KEPT = 5000
_TOKEN_BYTES = 4  # 8 hex characters: plenty for CONTEXTS_KEPT live tokens

PICK_TEMPLATE = r"cc:pick:(?P<token>[0-9a-f]{8}):(?P<choice>[1-9])(?::(?P<item>[a-z0-9-]+))?"
RATE_TEMPLATE = r"cc:rate:(?P<token>[0-9a-f]{8}):(?P<vote>up|down)"
PAGE_TEMPLATE = r"cc:page:(?P<token>[0-9a-f]{8}):(?P<page>[0-9]{1,6})"
# A menu of the question groups of a listing page: resolve one, or make it an FAQ entry.
GROUP_TEMPLATE = r"cc:group:(?P<token>[0-9a-f]{8}):(?P<page>[0-9]{1,6}):(?P<action>resolve|entry)"
# A suggestion's buttons: n is its number on the list; entry which of its entries.
SUGGESTION_TEMPLATE = (
    r"cc:sugg:(?P<token>[0-9a-f]{8}):(?P<n>[1-9]):(?P<action>add|edit|reject)"
    r"(?::(?P<entry>[0-9]))?"
)

# The English wording; attendees get theirs from ``wording`` in their language.
HELPFUL_LABEL = say("helpful", ENGLISH)
NOT_HELPFUL_LABEL = say("not_helpful", ENGLISH)
EXPIRED = say("expired", ENGLISH)
SOMETHING_WENT_WRONG = say("went_wrong", ENGLISH)


class ContextStore(Generic[T]):
    """A bounded map of short random tokens to values, least recently used dropped."""

    def __init__(self, capacity: int = CONTEXTS_KEPT) -> None:
        self.capacity = capacity
        self._values: OrderedDict[str, T] = OrderedDict()

    def put(self, value: T) -> str:
        token = secrets.token_hex(_TOKEN_BYTES)
        while token in self._values:
            token = secrets.token_hex(_TOKEN_BYTES)
        self._values[token] = value
        while len(self._values) > self.capacity:
            self._values.popitem(last=False)
        return token

    def get(self, token: str) -> T | None:
        value = self._values.get(token)
        if value is not None:
            self._values.move_to_end(token)
        return value

    def __len__(self) -> int:
        return len(self._values)


def pick_id(token: str, choice: int, item_id: str) -> str:
    custom_id = f"cc:pick:{token}:{choice}:{item_id}"
    # The entry id lets a click still show the answer after a restart, when it fits.
    return custom_id if len(custom_id) <= CUSTOM_ID_CHARS else f"cc:pick:{token}:{choice}"


def rate_id(token: str, helpful: bool) -> str:
    return f"cc:rate:{token}:{'up' if helpful else 'down'}"


def page_id(token: str, page: int) -> str:
    return f"cc:page:{token}:{page}"


def _finished(view: discord.ui.View) -> discord.ui.View:
    # Stopped before sending: rendered as components, never stored by discord.py.
    view.stop()
    return view


def rating_view(token: str, language: str | None = None) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(Button(label=say("helpful", language), style=discord.ButtonStyle.success,
                         custom_id=rate_id(token, True), emoji="\N{THUMBS UP SIGN}"))
    view.add_item(Button(label=say("not_helpful", language),
                         style=discord.ButtonStyle.secondary,
                         custom_id=rate_id(token, False), emoji="\N{THUMBS DOWN SIGN}"))
    return _finished(view)


def suggestion_view(token: str, suggestions: Sequence[Suggestion]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for choice, suggestion in enumerate(suggestions[:3], 1):
        label = truncate(f"{choice}. {' '.join(suggestion.title.split())}", BUTTON_LABEL_CHARS)
        view.add_item(Button(label=label, style=discord.ButtonStyle.primary,
                             custom_id=pick_id(token, choice, suggestion.id)))
    return _finished(view)


def pager_view(token: str, page: int, pages: int) -> discord.ui.View | None:
    if pages <= 1:
        return None
    view = discord.ui.View(timeout=None)
    _add_pager(view, token, page, pages)
    return _finished(view)


def _add_pager(view: discord.ui.View, token: str, page: int, pages: int) -> None:
    view.add_item(Button(label="Previous", style=discord.ButtonStyle.secondary,
                         custom_id=page_id(token, max(page - 1, 0)), disabled=page == 0,
                         row=0))
    view.add_item(Button(label="Next", style=discord.ButtonStyle.secondary,
                         custom_id=page_id(token, min(page + 1, pages - 1)),
                         disabled=page >= pages - 1, row=0))


GroupOption = tuple[str, str, str]  # (value, label, description)


def listing_view(
    token: str, page: int, pages: int, options: Sequence[GroupOption], *, actions: bool
) -> discord.ui.View | None:
    """The pager, and (``actions``: open groups) two menus of the page's groups: resolve
    one (a form), or make it a new FAQ entry (a form)."""
    if pages <= 1 and not (actions and options):
        return None
    view = discord.ui.View(timeout=None)
    if pages > 1:
        _add_pager(view, token, page, pages)
    if actions and options:
        for row, (action, placeholder) in enumerate(
            (("resolve", "Resolve a group\u2026"), ("entry", "New FAQ entry from a group\u2026")),
            start=1,
        ):
            menu = Select(custom_id=f"cc:group:{token}:{page}:{action}",
                          placeholder=placeholder, min_values=1, max_values=1, row=row)
            for value, label, description in options[:25]:
                menu.add_option(label=label, value=value, description=description or None)
            view.add_item(menu)
    return _finished(view)


def suggestion_id(token: str, n: int, action: str, entry: int | None = None) -> str:
    return f"cc:sugg:{token}:{n}:{action}" + ("" if entry is None else f":{entry}")


def suggestions_view(token: str, rows: Sequence[Sequence[str]]) -> discord.ui.View | None:
    """One row per suggestion shown: Add (to each possible entry), Edit, Reject.

    ``rows[n-1]`` lists the entries suggestion n can be added to with one click."""
    if not rows:
        return None
    view = discord.ui.View(timeout=None)
    for n, entries in enumerate(rows, 1):
        for i, entry in enumerate(entries[:3]):
            label = truncate(f"{n}. Add to {entry}", BUTTON_LABEL_CHARS)
            view.add_item(Button(label=label, style=discord.ButtonStyle.success,
                                 custom_id=suggestion_id(token, n, "add", i), row=n - 1))
        view.add_item(Button(label=f"{n}. Edit\u2026", style=discord.ButtonStyle.primary,
                             custom_id=suggestion_id(token, n, "edit"), row=n - 1))
        view.add_item(Button(label=f"{n}. Reject", style=discord.ButtonStyle.secondary,
                             custom_id=suggestion_id(token, n, "reject"), row=n - 1))
    return _finished(view)


def routed_button(template: str, handler: ClickHandler) -> type[RoutedItem]:
    """A DynamicItem class sending clicks on buttons matching ``template`` to ``handler``.

    Register it with ``bot.add_dynamic_items``. Errors are handled here, at the edge:
    logged with their traceback, and the person gets one short line.
    """
    return _routed(template, handler, discord.ui.Button, "Routed")


def routed_select(template: str, handler: ClickHandler) -> type[RoutedItem]:
    """The same for select menus: ``handler`` reads the choice from the interaction
    (:func:`chosen`)."""
    return _routed(template, handler, discord.ui.Select, "RoutedSelect")


def _routed(
    template: str, handler: ClickHandler, kind: type[discord.ui.Item[Any]], name: str
) -> type[RoutedItem]:
    """One class for both kinds: discord.py finds a dynamic item by its template, and a
    template that matched the other kind of component is a bug worth a clear error."""

    class Routed(discord.ui.DynamicItem[Any], template=template):
        def __init__(self, item: Any, match: re.Match[str]) -> None:
            super().__init__(item)
            self.match = match

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
            match: re.Match[str], /,
        ) -> Self:
            if not isinstance(item, kind):
                raise TypeError(f"{template} routes {kind.__name__}, not {type(item).__name__}")
            return cls(item, match)

        async def callback(self, interaction: discord.Interaction[Any]) -> None:
            await _handle(handler, interaction, self.match, self.custom_id)

    Routed.__name__ = Routed.__qualname__ = f"{name}[{template.split(':')[1]}]"
    return Routed


def chosen(interaction: discord.Interaction[Any]) -> list[str]:
    """The values picked in a select menu."""
    data: dict[str, Any] = dict(interaction.data or {})
    values = data.get("values", [])
    return [str(v) for v in values] if isinstance(values, list) else []


async def _handle(
    handler: ClickHandler, interaction: discord.Interaction[Any], match: re.Match[str],
    custom_id: str | None,
) -> None:
    try:
        await handler(interaction, match)
    except Exception:
        log.exception("handling a click on %s failed", custom_id)
        await _apologise(interaction)


async def _apologise(interaction: discord.Interaction[Any]) -> None:
    try:
        if interaction.response.is_done():
            await interaction.followup.send(
                say("went_wrong", locale_language(interaction)), ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
        else:
            await interaction.response.send_message(
                say("went_wrong", locale_language(interaction)), ephemeral=True,
                allowed_mentions=discord.AllowedMentions.none(),
            )
    except discord.HTTPException:
        log.warning("could not tell the person about the error either")
