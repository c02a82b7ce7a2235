"""Per-user flood control, with time passed in (no clock, no sleeping)."""

from __future__ import annotations

import pytest

from bot.discord_bot.cooldown import Cooldown, Verdict


def verdicts(cooldown: Cooldown, user: int, moments: list[float]) -> list[Verdict]:
    return [cooldown.check(user, t).verdict for t in moments]


def test_a_burst_beyond_the_limit_gets_one_notice_then_silence() -> None:
    cooldown = Cooldown(questions=3, seconds=30)

    assert verdicts(cooldown, 1, [0, 1, 2, 3, 4, 5]) == [
        Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.NOTICE, Verdict.QUIET, Verdict.QUIET,
    ]


def test_the_window_slides_and_a_new_burst_gets_a_new_notice() -> None:
    cooldown = Cooldown(questions=2, seconds=10)
    assert verdicts(cooldown, 1, [0, 5, 6]) == [Verdict.ALLOW, Verdict.ALLOW, Verdict.NOTICE]

    assert cooldown.check(1, 10.0).allowed  # the ask at 0 has left the window
    assert verdicts(cooldown, 1, [10.5, 11]) == [Verdict.NOTICE, Verdict.QUIET]


def test_retry_after_says_when_the_oldest_ask_leaves_the_window() -> None:
    cooldown = Cooldown(questions=1, seconds=30)
    cooldown.check(1, 100.0)

    decision = cooldown.check(1, 110.0)

    assert decision.verdict is Verdict.NOTICE
    assert decision.retry_after_seconds == pytest.approx(20.0)


def test_refused_asks_do_not_extend_the_wait() -> None:
    cooldown = Cooldown(questions=1, seconds=30)
    cooldown.check(1, 0.0)
    for t in range(1, 30):
        assert not cooldown.check(1, float(t)).allowed
    assert cooldown.check(1, 30.0).allowed


def test_users_are_limited_separately() -> None:
    cooldown = Cooldown(questions=1, seconds=30)
    assert cooldown.check(1, 0).allowed and cooldown.check(2, 0).allowed
    assert not cooldown.check(1, 1).allowed


@pytest.mark.parametrize(("questions", "seconds"), [(0, 30), (5, 0)])
def test_zero_turns_the_limit_off(questions: int, seconds: float) -> None:
    cooldown = Cooldown(questions, seconds)
    assert not cooldown.enabled
    assert all(cooldown.check(1, 0).allowed for _ in range(100))


def test_memory_is_bounded_and_forgets_the_least_recent_users() -> None:
    cooldown = Cooldown(questions=1, seconds=30, max_users=100)
    for user in range(1000):
        cooldown.check(user, 0)
    assert len(cooldown) == 100
    assert cooldown.check(999, 1).verdict is Verdict.NOTICE  # still remembered
    assert cooldown.check(0, 1).allowed  # forgotten
