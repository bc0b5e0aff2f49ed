"""The sentence similarity score. PROVISIONAL (owner: alignment work) — to be replaced."""

from __future__ import annotations

from rapidfuzz import fuzz

DEFAULT_THRESHOLD = 0.5


def similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a.lower(), b.lower()) / 100.0
