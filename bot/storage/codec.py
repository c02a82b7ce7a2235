"""Lossless conversion between Python values and SQLite column values.

Text: SQLite stores TEXT as UTF-8, which cannot hold a lone surrogate
(``"\\udcff"`` from ``surrogateescape`` decoding of bad stdin bytes, or ``"\\ud800"``
from JSON). Every str that UTF-8 can encode is stored as TEXT, unchanged (NULs,
any length, no normalisation); any other str is stored as a BLOB holding
``text.encode("utf-8", "surrogatepass")``. The storage class is the marker:
a BLOB in a text column always means "surrogatepass UTF-8", and decoding it
gives back the exact original str. The mapping is injective, so equality of
stored values is equality of strs.

Times: timezone-aware datetimes only, stored as fixed-width UTC ISO-8601 text
(``2025-06-01T09:30:00.000000+00:00``) so that text order is time order.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from bot.core.text import valid_unicode

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

TextValue = str | bytes


def encode_text(text: str) -> TextValue:
    """The column value for ``text``: TEXT when valid Unicode, else a marked BLOB."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def encode_optional_text(text: str | None) -> TextValue | None:
    return None if text is None else encode_text(text)


def decode_text(value: object) -> str:
    """The original str from a column value written by ``encode_text``."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    raise TypeError(f"not a stored text value: {type(value).__name__}")


def decode_optional_text(value: object) -> str | None:
    return None if value is None else decode_text(value)


def text_key(text: str) -> bytes:
    """A fixed-size key identifying the exact text (for the one-open-row index)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def display_text(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, safe to print or send."""
    return valid_unicode(text)


def encode_time(when: dt.datetime) -> str:
    if not isinstance(when, dt.datetime):
        raise TypeError(f"expected datetime, got {type(when).__name__}")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware, got naive {when.isoformat()}")
    return when.astimezone(dt.UTC).isoformat(timespec="microseconds")


def decode_time(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"not a stored time: {type(value).__name__}")
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def decode_optional_time(value: object) -> dt.datetime | None:
    return None if value is None else decode_time(value)


def check_id(value: int | None, what: str) -> int | None:
    """A Discord id (or None) as stored: must fit in SQLite's signed 64-bit INTEGER."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, got {type(value).__name__}")
    if not INT64_MIN <= value <= INT64_MAX:
        raise ValueError(f"{what} {value} does not fit in a signed 64-bit integer")
    return value


def fits_int64(value: int) -> bool:
    return INT64_MIN <= value <= INT64_MAX


def check_score(score: float | None) -> float | None:
    if score is None:
        return None
    value = float(score)
    if not 0.0 <= value <= 100.0:  # also rejects NaN
        raise ValueError(f"score must be between 0 and 100, got {score!r}")
    return value
