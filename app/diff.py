"""Word-level differences inside a match, in both documents' original coordinates.

We diff folded spellings (so "rumours"/"rumors" or curly/straight quotes are not
wording changes), then split the ``equal`` runs wherever the original characters differ
and mark those pieces ``typography``; changes made only of punctuation are marked
``punctuation``. A view can hide both without losing the offsets.

``SequenceMatcher(autojunk=False)``: with the default, any token making up more than 1%
of a 200+ token sequence ("the", ",") becomes junk and alignments silently fall apart.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from app.model import DiffOp
from app.text.fold import Token

#: Share of words left unchanged for a match to count as "edited".
EDITED_SHARE = 0.6


def _pos(tokens: Sequence[Token], i: int, fallback: int) -> int:
    """Character position of the gap before token ``i`` (for empty ranges)."""
    if i < len(tokens):
        return tokens[i].start
    return tokens[-1].end if tokens else fallback


def _range(tokens: Sequence[Token], i: int, j: int, fallback: int) -> tuple[int, int]:
    if i >= j:
        p = _pos(tokens, i, fallback)
        return p, p
    return tokens[i].start, tokens[j - 1].end


def _surface(text: str, t: Token) -> str:
    return unicodedata.normalize("NFC", text[t.start : t.end])


def word_diff(
    a_text: str,
    a_tokens: Sequence[Token],
    b_text: str,
    b_tokens: Sequence[Token],
    a_fallback: int = 0,
    b_fallback: int = 0,
) -> tuple[DiffOp, ...]:
    """Opcodes turning ``a_tokens`` into ``b_tokens``, with original offsets on both sides.

    ``*_fallback`` is the position used for an empty side (a sentence with no tokens).
    """
    sm = SequenceMatcher(None, [t.spell for t in a_tokens], [t.spell for t in b_tokens],
                         autojunk=False)
    ops: list[DiffOp] = []

    def emit(tag: str, i1: int, i2: int, j1: int, j2: int, trivial: str | None) -> None:
        a0, a1 = _range(a_tokens, i1, i2, a_fallback)
        b0, b1 = _range(b_tokens, j1, j2, b_fallback)
        ops.append(DiffOp(tag, a0, a1, b0, b1, trivial))  # type: ignore[arg-type]

    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            # Split where the original characters differ: a typography-only change.
            k = 0
            n = i2 - i1
            while k < n:
                same = _surface(a_text, a_tokens[i1 + k]) == _surface(b_text, b_tokens[j1 + k])
                m = k
                while m < n and (
                    _surface(a_text, a_tokens[i1 + m]) == _surface(b_text, b_tokens[j1 + m])
                ) == same:
                    m += 1
                if same:
                    emit("equal", i1 + k, i1 + m, j1 + k, j1 + m, None)
                else:
                    emit("replace", i1 + k, i1 + m, j1 + k, j1 + m, "typography")
                k = m
            continue
        changed = list(a_tokens[i1:i2]) + list(b_tokens[j1:j2])
        trivial = "punctuation" if all(not t.word for t in changed) else None
        emit(tag, i1, i2, j1, j2, trivial)
    return tuple(ops)


def equal_share(ops: Sequence[DiffOp], a_tokens: Sequence[Token]) -> float:
    """Share of ``a``'s words that the diff leaves unchanged (typography counts as same)."""
    words = [t for t in a_tokens if t.word]
    if not words:
        return 0.0
    same = 0
    for op in ops:
        if op.tag == "equal" or op.trivial == "typography":
            same += sum(1 for t in words if op.a_start <= t.start and t.end <= op.a_end)
    return same / len(words)
