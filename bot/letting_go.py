"""Letting go of a replaced FAQ a bite at a time, away from the event loop.

A 5,000-entry FAQ is hundreds of thousands of objects. When the holder drops the last
reference to the FAQ it replaced, CPython frees them all in one chain of C calls: 6-7
ms of CPU (measured on the 2-core machine), on the event loop's thread, where every
reply due meanwhile waits. Here the old FAQ's big containers are emptied in bites of a
few dozen items in a worker thread, the interpreter lock handed back between bites.

Only references taken here are dropped: nothing the old FAQ is made of is changed, so
whoever still holds it (a cached completer, a ``/faq check`` result) sees it whole, and
whatever it shares with the new FAQ (the entries' records an incremental build reuses)
lives on with the new one.
"""

from __future__ import annotations

import dataclasses
import time

# Containers with more items than this are emptied in bites; smaller ones go with the
# object that holds them.
BIG = 256
# Items let go at a time: at most a few hundred microseconds of freeing.
BITE = 64
# Between bites the interpreter may switch threads anyway (the watcher shortens the
# switch interval meanwhile); the lock is also handed on outright this often. Not after
# every bite: ``time.sleep(0)`` is a system call of ~70 us, and after each of ~3,700
# bites it made letting go of a 5,000-entry FAQ take 0.27 s instead of ~10 ms.
YIELD_EVERY_S = 0.001
# How deep to open objects that hold containers (a loaded FAQ, its index, the index's
# knowledge base and the arrays or tables the index holds).
DEPTH = 4


def let_go(box: list[object]) -> int:
    """Free the one object in ``box`` a bite at a time (call it in a worker thread);
    ``box`` is emptied, so the caller holds no reference. Returns the bites taken."""
    piles: list[list[object]] = []
    _open(box.pop(), piles, 0)
    # The object and its containers are gone now; their items are all held in piles.
    bites = 0
    since = time.perf_counter()
    for pile in piles:
        while pile:
            del pile[-BITE:]
            bites += 1
            if time.perf_counter() - since > YIELD_EVERY_S:
                time.sleep(0)  # the lock goes to the event loop if it is waiting
                since = time.perf_counter()
    return bites


def _open(obj: object, piles: list[list[object]], depth: int) -> None:
    if isinstance(obj, dict):
        if len(obj) > BIG:
            piles.append(list(obj))
            piles.append(list(obj.values()))
        return
    if isinstance(obj, list | tuple | set | frozenset):
        if len(obj) > BIG:
            piles.append(list(obj))
        return
    if depth >= DEPTH or isinstance(obj, str | bytes | int | float | bool | type(None)):
        return
    for value in _attributes(obj):
        _open(value, piles, depth + 1)


def _attributes(obj: object) -> list[object]:
    values: list[object] = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        values += [getattr(obj, f.name, None) for f in dataclasses.fields(obj)]
    elif hasattr(obj, "__dict__"):
        values += list(vars(obj).values())
    for name in getattr(type(obj), "__slots__", ()):
        if hasattr(obj, name):
            values.append(getattr(obj, name))
    return values
