"""Checking data read from a file before any record is built from it.

A ``.parallax`` or comparison JSON file may come from anyone (a colleague, a download)
and may be damaged or hostile: a span past the end of its text, ``1e999`` where an
offset belongs, a lone surrogate that no writer can save again, a million documents.
The readers check every field with these helpers, which know *where* they are looking
(``documents[3].sentences[12][1]``) so the refusal names the offending field, and which
never recurse, so no nesting depth can exhaust the stack.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

MAX_NAME_CHARS = 10_000  # a path, title, id, message: never near this in a real file
MAX_NESTING = 16  # settings are flat today; a little room for what a later version adds
MAX_SETTINGS_VALUES = 10_000

_SURROGATE = re.compile("[\ud800-\udfff]")


class Invalid(ValueError):
    """A field that is not what the format says; ``where`` is its path in the file."""

    def __init__(self, where: str, what: str) -> None:
        super().__init__(f"{where or 'the file'}: {what}")
        self.where = where
        self.what = what


def at(where: str, key: str | int) -> str:
    """The path of a member: ``documents`` + 3 -> ``documents[3]``, + ``id`` -> ``.id``."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def obj(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise Invalid(where, f"expected an object, found {_kind(value)}")
    return value


def array(value: Any, where: str, max_items: int) -> list[Any]:
    if not isinstance(value, list):
        raise Invalid(where, f"expected a list, found {_kind(value)}")
    if len(value) > max_items:
        raise Invalid(where, f"{len(value):,} items, more than the {max_items:,} allowed")
    return value


def string(value: Any, where: str, max_chars: int = MAX_NAME_CHARS) -> str:
    if not isinstance(value, str):
        raise Invalid(where, f"expected text, found {_kind(value)}")
    if len(value) > max_chars:
        raise Invalid(where, f"{len(value):,} characters, more than the {max_chars:,} allowed")
    if (m := _SURROGATE.search(value)) is not None:
        raise Invalid(
            where,
            f"a lone surrogate (U+{ord(m.group()):04X}) at character {m.start()}: "
            "not a character any file can hold",
        )
    return value


def optional_string(value: Any, where: str, max_chars: int = MAX_NAME_CHARS) -> str | None:
    return None if value is None else string(value, where, max_chars)


def integer(value: Any, where: str, lo: int, hi: int) -> int:
    """An int in ``[lo, hi]``; floats (even 3.0 or 1e999) and booleans are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(where, f"expected a whole number, found {_kind(value)}")
    if not lo <= value <= hi:
        raise Invalid(where, f"{value} is outside [{lo}, {hi}]")
    return value


def optional_integer(value: Any, where: str, lo: int, hi: int) -> int | None:
    return None if value is None else integer(value, where, lo, hi)


def number(value: Any, where: str, lo: float, hi: float) -> float:
    """A finite number in ``[lo, hi]`` (NaN and infinities refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(where, f"expected a number, found {_kind(value)}")
    x = float(value)
    if not math.isfinite(x) or not lo <= x <= hi:
        raise Invalid(where, f"{value} is not a number in [{lo:g}, {hi:g}]")
    return x


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Invalid(where, f"expected true or false, found {_kind(value)}")
    return value


def choice(value: Any, where: str, allowed: frozenset[str]) -> str:
    s = string(value, where)
    if s not in allowed:
        raise Invalid(where, f"{s!r} is not one of {', '.join(sorted(allowed))}")
    return s


def span(value: Any, where: str, length: int) -> tuple[int, int]:
    """``[start, end]`` with ``0 <= start <= end <= length``."""
    pair = array(value, where, 2)
    if len(pair) != 2:
        raise Invalid(where, f"expected [start, end], found {len(pair)} item(s)")
    start = integer(pair[0], at(where, 0), 0, length)
    end = integer(pair[1], at(where, 1), start, length)
    return start, end


def spans(value: Any, where: str, length: int) -> list[tuple[int, int]]:
    """A list of spans in a text of ``length`` code points (at most one per code point)."""
    items = array(value, where, length + 1)
    return [span(v, at(where, i), length) for i, v in enumerate(items)]


def plain_data(value: Any, where: str) -> Any:
    """JSON data of bounded depth and size with no lone surrogates (settings, say).

    Walked with an explicit stack: the depth is checked, never used by recursion.
    """
    stack: list[tuple[Any, str, int]] = [(value, where, 0)]
    seen = 0
    while stack:
        v, w, depth = stack.pop()
        seen += 1
        if seen > MAX_SETTINGS_VALUES:
            raise Invalid(where, f"more than {MAX_SETTINGS_VALUES:,} values")
        if depth > MAX_NESTING:
            raise Invalid(w, f"nested more than {MAX_NESTING} deep")
        if isinstance(v, dict):
            for k, item in v.items():
                string(k, w)
                stack.append((item, at(w, k), depth + 1))
        elif isinstance(v, list):
            stack.extend((item, at(w, i), depth + 1) for i, item in enumerate(v))
        elif isinstance(v, str):
            string(v, w)
        elif isinstance(v, float) and not math.isfinite(v):
            raise Invalid(w, f"{v} is not a finite number")
        elif v is not None and not isinstance(v, bool | int | float):
            raise Invalid(w, f"unexpected {_kind(v)}")
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return (
            f"the number {value}" if isinstance(value, int) or math.isfinite(value) else str(value)
        )
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
