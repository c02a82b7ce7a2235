"""The README's Discord set-up stays true to the code."""

from __future__ import annotations

import re

from bot.config import ENVIRONMENT, PROJECT_ROOT
from bot.discord_bot.client import INVITE_PERMISSIONS, INVITE_SCOPES

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_invite_url_asks_for_exactly_the_permissions_and_scopes_the_bot_uses() -> None:
    [url] = re.findall(r"https://discord\.com/oauth2/authorize\?\S+", README)
    assert f"permissions={INVITE_PERMISSIONS.value}" in url
    assert "scope=" + "+".join(INVITE_SCOPES) in url
    assert f"({INVITE_PERMISSIONS.value})" in README


def test_every_command_is_documented() -> None:
    for command in ("/ask", "/schedule", "/now", "/next", "/session", "/venue", "/topics",
                    "/unanswered list", "/unanswered resolve", "/unanswered dismiss",
                    "/unanswered export", "/faq stats", "/faq reload", "/faq check",
                    "/follow", "/unfollow", "/my-schedule", "/remind", "/calendar",
                    "conference-bot programme diff", "conference-bot programme ics",
                    "conference-bot run", "--sync-global"):
        assert f"`{command}" in README, command


def test_every_setting_is_in_the_readme() -> None:
    for name in ENVIRONMENT:
        assert name in README, name
