"""A saved web page cut down to what the HTML extractor needs, within a budget.

The extractor's time and memory follow the size of the page it parses (a 19 MB page
took 79 s and 2.2 GB), yet most of a large saved page is not article: inline scripts,
style sheets, SVG icons, comments and images inlined as ``data:`` URIs ("save as a
single file"). A page over the budget loses those first, by a linear scan (no regular
expression that could backtrack); if what remains still passes the budget, it holds
far more text than any article and is refused with the figures. A page within the
budget is handed over untouched, so metadata read from scripts (JSON-LD) is kept.
"""

from __future__ import annotations

import re

from app.errors import PageTooLarge
from app.ingest.limits import MAX_HTML_BYTES

_ELEMENTS = (b"script", b"style", b"svg", b"noscript", b"template")
_DATA_URI = re.compile(rb"data:[a-z]+/[a-z0-9.+-]+;base64,[A-Za-z0-9+/=\s]{256,}", re.IGNORECASE)
_LD_JSON = b"application/ld+json"


def fit_page(raw: bytes, path: str, limit: int = MAX_HTML_BYTES) -> bytes:
    """``raw`` if it fits ``limit``; else the page without its furniture, or a refusal."""
    if len(raw) <= limit:
        return raw
    trimmed = _DATA_URI.sub(b"data:,", strip_furniture(raw))
    if len(trimmed) > limit:
        raise PageTooLarge(path, len(raw), limit)
    return trimmed


def strip_furniture(raw: bytes) -> bytes:
    """Remove comments and script/style-like elements (JSON-LD kept), in one pass each."""
    out = _cut(raw, b"<!--", b"-->")
    for name in _ELEMENTS:
        out = _cut(
            out, b"<" + name, b"</" + name + b">", keep=_LD_JSON if name == b"script" else b""
        )
    return out


def _cut(raw: bytes, start: bytes, end: bytes, keep: bytes = b"") -> bytes:
    """Drop every ``start ... end`` run (case-insensitive); an unclosed one runs to the end.

    Each byte is looked at a bounded number of times: the search always moves forward.
    """
    lower = raw.lower()
    if start not in lower:
        return raw
    parts: list[bytes] = []
    pos = 0
    while (i := lower.find(start, pos)) != -1:
        j = lower.find(end, i + len(start))
        stop = len(raw) if j == -1 else j + len(end)
        tag_end = lower.find(b">", i, stop)
        if keep and tag_end != -1 and keep in lower[i:tag_end]:
            parts.append(raw[pos:stop])  # e.g. JSON-LD metadata: the extractor reads it
        else:
            parts.append(raw[pos:i])
        pos = stop
    parts.append(raw[pos:])
    return b"".join(parts)
