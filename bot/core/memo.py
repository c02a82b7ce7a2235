"""The core's caches: a bounded dict emptied at once (``keep``), and a cache keyed by the
very object passed (a loaded FAQ's tuple of sessions or rooms, one room), not by its
value (``per_object``).

``functools.lru_cache`` hashes its argument on every call, and a tuple of frozen
dataclasses (sessions with their speakers, times and translations) is hashed anew each
time, field by field: on the bundled FAQ that cost more per question than the work the
cache saved. A loaded FAQ's tuples are frozen and live as long as it is loaded, so the
object itself is the key; an equal copy (the same file loaded again) is worked out
again, once.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

_Arg = TypeVar("_Arg")
_Result = TypeVar("_Result")
_Key = TypeVar("_Key")


def keep(found: dict[_Key, _Result], key: _Key, value: _Result, most: int) -> _Result:
    """``value``, kept in ``found`` under ``key``; ``found`` is emptied first once it
    holds ``most``.

    All forgotten at once: one step, safe while a reload primes the new FAQ in a thread
    and the old one answers, and no order of use to keep up at every hit, as an LRU
    would."""
    if len(found) >= most:
        found.clear()
    found[key] = value
    return value


def per_object(kept: int) -> Callable[[Callable[[_Arg], _Result]], Callable[[_Arg], _Result]]:
    """Keep the results for up to ``kept`` objects passed, then start afresh."""

    def decorate(work: Callable[[_Arg], _Result]) -> Callable[[_Arg], _Result]:
        # id -> (the object, its result): holding the object keeps its id from being
        # reused by another while the entry is kept.
        found: dict[int, tuple[_Arg, _Result]] = {}

        @wraps(work)
        def cached(arg: _Arg) -> _Result:
            hit = found.get(id(arg))
            if hit is not None and hit[0] is arg:
                return hit[1]
            return keep(found, id(arg), (arg, work(arg)), kept)[1]

        return cached

    return decorate
