"""The same utterance as quoted by different outlets: one group per utterance.

Members are joined to a group only when similar to the group's first (core) member, so
one weak link cannot chain unrelated quotes. Similarity is rapidfuzz's containment-aware
``partial_token_set_ratio`` on lower-cased words, which survives trimming and partial
quoting; translations differ more, so the bar is set for them (``THRESHOLD``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from app.model import Document, Quote, QuoteGroup

THRESHOLD = 60.0


def _words(text: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def _surname(name: str | None) -> str | None:
    return name.split()[-1].lower() if name else None


def _score(a: str, b: str) -> float:
    short, long_ = sorted((a, b), key=len)
    if len(short.split()) < 3:
        return 100.0 if f" {short} " in f" {long_} " else 0.0
    return fuzz.token_set_ratio(a, b) if len(short) > 20 else 0.0


def group_quotes(documents: Sequence[Document], quotes: Sequence[Quote]) -> tuple[QuoteGroup, ...]:
    """Every quote in exactly one group; single-outlet quotes form groups of one."""
    texts = {d.id: d.text for d in documents}
    words = {q.id: _words(texts[q.doc][q.start : q.end]) for q in quotes}
    order = sorted(quotes, key=lambda q: (q.fragment, -len(words[q.id])))
    groups: list[list[Quote]] = []
    for q in order:
        best, best_s = None, 0.0
        for g in groups:
            if any(m.doc == q.doc for m in g):
                continue
            s = _score(words[g[0].id], words[q.id])
            if s >= THRESHOLD and s > best_s:
                best, best_s = g, s
        if best is None:
            groups.append([q])
        else:
            best.append(q)
    out = []
    for n, g in enumerate(sorted(groups, key=lambda g: min((m.doc, m.start) for m in g))):
        g.sort(key=lambda m: (m.doc, m.start))
        names = Counter(_surname(m.speaker) for m in g if m.speaker)
        speaker = None
        if names:
            top = names.most_common(1)[0][0]
            speaker = next(m.speaker for m in g if _surname(m.speaker) == top)
        flags = []
        ws = [words[m.id] for m in g]
        if len(g) > 1:
            if len(set(ws)) > 1:
                flags.append("reworded")
            if any(a != b and a in b for a in ws for b in ws):
                flags.append("trimmed")
            if len(names) > 1:
                flags.append("reattributed")
        out.append(
            QuoteGroup(
                id=f"g{n}", speaker=speaker, members=tuple(m.id for m in g), flags=tuple(flags)
            )
        )
    return tuple(out)
