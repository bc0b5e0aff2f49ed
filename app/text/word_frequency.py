"""How common a word is in English at large: the reference a small folder lacks.

A word's weight as evidence that two articles report one event is its rarity. Among
the articles at hand alone, that goes wrong exactly where Parallax is used most: in a
folder of ten articles about one event, the event's own names are in every article and
so weigh least, and the folder falls apart into several "stories". Against English at
large, "FDIC" and "Prigozhin" are rare and "campaign" is not, whatever the folder holds.

The table (``resources/word_frequencies/en.tsv``) holds wordfreq's English frequencies
folded by the engine's key, made by ``benchmarks/quality/make_word_frequencies.py``
(licence and sources in its README). A word not in it is used less than once per
million words. Loaded once, at the first question (about 30 ms), thread-safely.
"""

from __future__ import annotations

import math
import threading

from app.resources import resource_path

TABLE = resource_path("resources", "word_frequencies", "en.tsv")

_loaded: dict[str, float] | None = None
_lock = threading.Lock()


def frequencies() -> dict[str, float]:
    """Each folded key's share of English words (absent: under one per million)."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                table: dict[str, float] = {}
                with TABLE.open(encoding="utf-8") as fh:
                    for line in fh:
                        key, _, share = line.rstrip("\n").partition("\t")
                        table[key] = float(share)
                _loaded = table
    return _loaded


def article_share(key: str, words: float) -> float:
    """The chance that an article of ``words`` words uses ``key`` at least once, were
    its words drawn at English's rates (a Poisson count, so a word met once per
    million words is in 0.06 % of 600-word articles and "bank" in 8 %)."""
    f = frequencies().get(key)
    return 0.0 if f is None else -math.expm1(-words * f)
