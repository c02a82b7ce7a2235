"""Capitals: a message typed in them is read as the same message in lower case."""

from __future__ import annotations

import pytest

from bot.core.text import unshouted


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("WHERE IS THE PRAYER ROOM", "where is the prayer room"),
        ("HOW MANY SIDE EVENTS ARE THERE??", "how many side events are there??"),
        ("WIFI PASSWORD PLS", "wifi password pls"),
        # acronyms in an ordinary message keep their capitals
        ("when does UNOCT open the CTED session", "when does UNOCT open the CTED session"),
        # too short to say: one word, or a lone acronym
        ("UNOCT", "UNOCT"),
        ("FTF?", "FTF?"),
    ],
)
def test_a_message_typed_in_capitals_is_read_in_lower_case(message: str, read: str) -> None:
    assert unshouted(message) == read
