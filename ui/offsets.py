"""Code-point offsets (the engine's) <-> UTF-16 positions (Qt's), in one place.

The engine counts Python code points; ``QTextDocument`` counts UTF-16 code units, so
every character outside the Basic Multilingual Plane (emoji, some CJK) is one engine
position but two Qt positions. Converting anywhere else would let highlights drift by one
per emoji, so every view goes through :class:`Utf16Map`, built once per text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from app.model import Span

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Offsets in one text, both ways, in O(log k) for k astral characters.

    ``_astral`` holds the code-point index of each astral character; ``_astral16`` its
    UTF-16 index. A UTF-16 position inside a surrogate pair maps to the character's start,
    so a click between the halves still lands on a real character.
    """

    __slots__ = ("_astral", "_astral16", "code_points", "utf16_length")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral16 = [cp + k for k, cp in enumerate(self._astral)]
        self.code_points = len(text)
        self.utf16_length = len(text) + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not 0 <= cp <= self.code_points:
            raise IndexError(f"code-point offset {cp} outside [0, {self.code_points}]")
        if not self._astral:
            return cp
        return cp + bisect_left(self._astral, cp)

    def to_code_point(self, pos: int) -> int:
        """Code-point offset of UTF-16 position ``pos``, rounding down inside a pair."""
        if not 0 <= pos <= self.utf16_length:
            raise IndexError(f"UTF-16 position {pos} outside [0, {self.utf16_length}]")
        if not self._astral:
            return pos
        return pos - bisect_left(self._astral16, pos)

    def span_to_utf16(self, span: Span) -> tuple[int, int]:
        return self.to_utf16(span.start), self.to_utf16(span.end)

    def span_from_utf16(self, start: int, end: int) -> Span:
        return Span(self.to_code_point(start), self.to_code_point(end))
