"""``sources.csv`` beside the articles: the metadata a pasted text cannot carry.

A plain-text article rarely says which outlet published it, and its file name is often a
download's hash. A journalist who knows where each article came from writes it once, in
a spreadsheet-friendly file in the same folder::

    file,outlet,title,author,published,url
    000_57cfcccdd12af6c2.txt,Patriot News Alerts,,,2022-02-25,https://…

Only ``file`` is required; any other column may be missing or empty, and an empty cell
leaves what the article itself gave (its headline line, its URL line). A filled cell
wins over what was found in the file: it is the journalist's correction. The file is
read defensively (size limit, any encoding, malformed rows skipped): a bad sidecar
costs its metadata, never the article.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from pathlib import Path

from app.model import Problem
from app.printable import printable

SOURCES_FILE = "sources.csv"
FIELDS = ("outlet", "title", "author", "published", "url")
_ALIASES = {"date": "published", "publication": "outlet", "site": "outlet", "link": "url",
            "headline": "title", "byline": "author", "name": "file", "filename": "file"}
_MAX_BYTES = 1_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def picked_sidecar(path: Path) -> Problem | None:
    """A note for ``sources.csv`` picked among the articles themselves (a whole folder
    selected and dropped, say), which is then not loaded: it is read for each article
    beside it, and is not one. None for any other path."""
    if path.name != SOURCES_FILE or not path.is_file():
        return None
    message = (f"“{printable(path.name)}” lists the sources of the articles beside it: it "
               "is read with them, not compared as an article.")
    return Problem(printable(str(path)), message, note=True)


def listed(path: str) -> dict[str, str]:
    """The non-empty fields ``sources.csv`` in the article's folder gives for it, if any."""
    if not path:
        return {}
    p = Path(path)
    sidecar = p.parent / SOURCES_FILE
    try:
        st = sidecar.stat()
    except (OSError, ValueError):
        return {}
    return dict(_read(str(sidecar), st.st_mtime_ns, st.st_size).get(p.name.casefold(), ()))


@lru_cache(maxsize=16)
def _read(
    sidecar: str, mtime_ns: int, size: int
) -> dict[str, tuple[tuple[str, str], ...]]:
    """File name (case-folded) -> its fields; cached per version of the file."""
    del mtime_ns  # part of the cache key only: an edited file is read again
    if size > _MAX_BYTES:
        return {}
    try:
        raw = Path(sidecar).read_bytes()[:_MAX_BYTES]
    except OSError:
        return {}
    text = raw.decode("utf-8-sig", errors="replace")
    rows: dict[str, tuple[tuple[str, str], ...]] = {}
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = {
            h: _ALIASES.get(h.strip().casefold(), h.strip().casefold())
            for h in reader.fieldnames or []
            if h
        }
        if "file" not in header.values():
            return {}
        for row in reader:
            fields = {header[k]: " ".join((v or "").split()) for k, v in row.items() if k in header}
            name = fields.pop("file", "")
            kept = tuple(
                (k, v)
                for k, v in fields.items()
                if k in FIELDS and v and (k != "published" or _DATE.match(v))
            )
            if name:
                rows[name.casefold()] = kept
    except csv.Error:
        return rows
    return rows
