"""Paragraphs and news-aware sentence segmentation with exact offsets.

PROVISIONAL first version (owner: segmentation work) — to be replaced.
"""

from __future__ import annotations

import re

from app.model import Span

_PARA = re.compile(r"[^\n]+")
_SENT = re.compile(r"[^.!?]+(?:[.!?]+[”\"’']?|$)")


def paragraphs(text: str) -> tuple[Span, ...]:
    """Each non-blank line is a paragraph (pasted articles put one per line)."""
    out = []
    for m in _PARA.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Span(s, e))
    return tuple(out)


def sentences(text: str, paras: tuple[Span, ...]) -> tuple[Span, ...]:
    out = []
    for p in paras:
        for m in _SENT.finditer(text, p.start, p.end):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Span(s, e))
    return tuple(out)
