"""Bytes -> str for text-like files, whatever encoding the journalist's tools used.

UTF-8 is tried first because it is what nearly everything writes today and a strict
decode cannot succeed by accident. Otherwise charset-normalizer chooses, with one
correction: when Windows-1252 reads the bytes exactly as well as its best guess (it
often prefers cp1250 or cp775 on short text, turning "naïve" into "naďve"), Windows-1252
wins, because it is what Western newsroom software writes and it covers Latin-1.
"""

from __future__ import annotations

import re

from app.errors import NotText, UndecodableText

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u0085]")


def decode(raw: bytes, path: str = "") -> str:
    """Decode ``raw`` with normalised newlines; raise a typed error when it is not text."""
    text = _decode(raw, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _CONTROL.search(text) and len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise UndecodableText(path)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")


def _decode(raw: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise UndecodableText(path) from None
    if b"\x00" in raw[:65536]:
        raise NotText(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(raw)
    best = results.best()
    if best is None:
        raise UndecodableText(path)
    for match in results:
        if (
            "cp1252" in (match.encoding, *match.could_be_from_charset)
            and match.chaos <= best.chaos + 0.01
            and match.coherence >= best.coherence - 0.15
        ):
            try:
                return raw.decode("cp1252")
            except UnicodeDecodeError:
                break
    return str(best)
