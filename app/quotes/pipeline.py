"""The quote pipeline: the stages in the order they run, each reading what the earlier wrote.

spans (marks → quoted spans, woven or free-standing) → attribution (who said it, over the
document's people) → kind (direct quote or fragment). No stage imports a later one; this
module is the only place that knows the order, as spaCy's ``nlp.pipe_names`` does.
"""

from __future__ import annotations

from app.model import Document, Quote
from app.quotes.attribution import attribute
from app.quotes.kind import direct_score, features
from app.quotes.kind_weights import THRESHOLD, WEIGHTS
from app.quotes.spans import is_fragment, is_woven, quote_spans


def classified_quotes(doc: Document) -> list[tuple[Quote, list[str]]]:
    """Every quotation outside boilerplate with its speaker, and the model's features.

    ``fragment`` is the direct-quote model's verdict (:mod:`app.quotes.kind`): the quoted
    words are not a free-standing quote of someone — a scare quote, a title, a borrowed
    label, or a few words inside the reporter's own paraphrase. Fragments are kept: a
    journalist comparing outlets still wants to see that one of them quoted “number one
    target” where another quoted the whole sentence.
    """
    text = doc.text
    spans = [s for s in quote_spans(text) if not doc.is_boilerplate(s)]
    woven = [is_woven(text, s) for s in spans]
    found = attribute(text, spans, woven)
    out = []
    for n, (s, a) in enumerate(zip(spans, found, strict=True)):
        where = (a.start, a.end) if a.speaker is not None and a.start is not None else None
        feats = features(text, s, where, woven[n], is_fragment(text, s))
        quote = Quote(
            id=f"{doc.id}:q{n}",
            doc=doc.id,
            start=s.start,
            end=s.end,
            speaker=a.speaker,
            speaker_start=a.start,
            speaker_end=a.end,
            cue=a.cue,
            fragment=direct_score(feats, WEIGHTS) < THRESHOLD,
        )
        out.append((quote, feats))
    return out


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every direct quotation in ``doc`` outside boilerplate, with its speaker."""
    return tuple(q for q, _f in classified_quotes(doc))
