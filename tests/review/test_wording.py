"""An attendee's question cleaned into an FAQ phrasing (pure)."""

from __future__ import annotations

import pytest

from bot.review.wording import clean_question


@pytest.mark.parametrize(
    ("asked", "phrasing"),
    [
        ("Hi team! I'm Ana from the Kenyan delegation, where can I charge my phone? thx \U0001f64f",
         "where can I charge my phone?"),
        ("hello, where is the cloakroom?", "where is the cloakroom?"),
        ("Good morning all. Where do I pick up my badge? My badge number is 4829301, "
         "email ana@gov.ke", "Where do I pick up my badge?"),
        ("where can I charge my phone please", "where can I charge my phone"),
        ("Is there wifi? Call me at +1 212 555 0199", "Is there wifi?"),
        ("<@123456789> what time is lunch?", "what time is lunch?"),
        ("@everyone hey bot what's on at 10:30 in room 4?", "what's on at 10:30 in room 4?"),
        ("Dear organisers, could you please tell me where the press room is? Many thanks in "
         "advance", "could you tell me where the press room is?"),
        ("My name is John Smith. I lost my passport, what should I do?",
         "I lost my passport, what should I do?"),
        ("Hi, I am the head of delegation of Chile. Where do heads of delegation sit?",
         "Where do heads of delegation sit?"),
        ("see https://example.org/x is the webcast on?", "see is the webcast on?"),
        ("Where is the prayer room? I need to pray at 13:00.", "Where is the prayer room?"),
    ],
)
def test_greetings_thanks_and_personal_details_are_taken_out(asked: str, phrasing: str) -> None:
    assert clean_question(asked) == phrasing


@pytest.mark.parametrize(
    "asked",
    ["wifi pwd", "I am lost, where is the GA hall?", "I'm late, is the session still on?",
     "Can I bring my laptop to the 2018 conference?", "What's on at 10:30?"],
)
def test_a_plain_question_is_kept_as_it_is(asked: str) -> None:
    assert clean_question(asked) == asked


@pytest.mark.parametrize("asked", ["thanks", "Hi", "\U0001f44b", "   "])
def test_nothing_but_a_greeting_is_left_as_it_was(asked: str) -> None:
    assert clean_question(asked) == " ".join(asked.split())


def test_control_characters_and_broken_text_never_reach_the_faq() -> None:
    assert clean_question("where\x1b[31m is\udcff lunch?\x00") == "where is lunch?"
