"""Per-user flood control: at most N questions in a sliding window of S seconds.

Pure: the caller passes the current moment (monotonic seconds), so tests need no
clock. Over the limit, the first refusal says so once (``NOTICE``); later ones in
the same burst are ``QUIET``. The caller still records a refused question: the
cooldown limits replies, never what reaches the moderators.
"""

from __future__ import annotations

import enum
from collections import OrderedDict, deque
from dataclasses import dataclass, field

# People tracked at once; the least recently active are forgotten first. Far above
# the attendance of one event, and it bounds memory under a raid of new accounts.
MAX_TRACKED_USERS = 20_000


class Verdict(enum.Enum):
    ALLOW = "allow"
    NOTICE = "notice"  # refused; tell the person once
    QUIET = "quiet"  # refused again in the same burst; say nothing more


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    retry_after_seconds: float = 0.0

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW


@dataclass
class _User:
    asked: deque[float] = field(default_factory=deque)
    noticed: bool = False


class Cooldown:
    """``questions`` per ``seconds`` and user; 0 in either disables the limit."""

    def __init__(
        self, questions: int, seconds: float, *, max_users: int = MAX_TRACKED_USERS
    ) -> None:
        self.questions = int(questions)
        self.seconds = float(seconds)
        self._max_users = max_users
        self._users: OrderedDict[int, _User] = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.questions > 0 and self.seconds > 0

    def check(self, user_id: int, now: float) -> Decision:
        """Count one question by ``user_id`` at ``now`` (if allowed) and decide."""
        if not self.enabled:
            return Decision(Verdict.ALLOW)
        user = self._users.get(user_id)
        if user is None:
            user = self._users[user_id] = _User()
            while len(self._users) > self._max_users:
                self._users.popitem(last=False)
        else:
            self._users.move_to_end(user_id)
        while user.asked and user.asked[0] <= now - self.seconds:
            user.asked.popleft()
        if len(user.asked) < self.questions:
            user.asked.append(now)
            user.noticed = False
            return Decision(Verdict.ALLOW)
        retry = max(0.0, user.asked[0] + self.seconds - now)
        if user.noticed:
            return Decision(Verdict.QUIET, retry)
        user.noticed = True
        return Decision(Verdict.NOTICE, retry)

    def __len__(self) -> int:
        return len(self._users)
