"""Quote groups across the seeds."""

from __future__ import annotations

import app
from app.quote_groups import group_quotes
from app.quotes import extract_quotes


def test_seed_groups(seed_paths) -> None:
    docs = [app.load(str(p)) for p in seed_paths]
    quotes = [q for d in docs for q in extract_quotes(d)]
    groups = group_quotes(docs, quotes)
    members = [m for g in groups for m in g.members]
    assert sorted(members) == sorted(q.id for q in quotes)
    text = {q.id: next(d for d in docs if d.id == q.doc).text[q.start : q.end] for q in quotes}
    destroy = [
        g for g in groups if any(text[m].startswith("They want to destroy") for m in g.members)
    ]
    assert len(destroy) == 1 and len(destroy[0].members) == 2
