"""Bytes -> str for text-like files, whatever encoding the journalist's tools used.

UTF-8 is tried first because it is what nearly everything writes today and a strict
decode cannot succeed by accident. A UTF-8 article with a few stray bytes (a pasted
Windows character, a truncated copy) stays UTF-8: re-reading all of it in another
charset would turn every curly apostrophe into "â€™" and lose its quotes, so the bad
bytes alone become U+FFFD and the caller is told. UTF-16 and UTF-32 saved without a
byte-order mark (some Windows tools do) are recognised from the byte pattern: text
uses few Unicode blocks, so a reading that lands in two or three blocks is the right
one, where a wrong byte order scatters over dozens. Otherwise charset-normalizer chooses, with one
correction: when Windows-1252 reads the bytes exactly as well as its best guess (it
often prefers cp1250 or cp775 on short text, turning "naïve" into "naďve"), Windows-1252
wins, because it is what Western newsroom software writes and it covers Latin-1.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import PurePath

from app.errors import NotText, UndecodableText
from app.printable import printable

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u0085]")
_REPLACEMENT = "\ufffd"
_WIDE = (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2))
_SAMPLE_CHARS = 20_000


def decode(raw: bytes, path: str = "", notes: list[str] | None = None) -> str:
    """Decode ``raw`` with normalised newlines; raise a typed error when it is not text.

    ``notes`` receives a sentence for the journalist when bytes had to be replaced.
    """
    text = _decode(raw, path, notes)
    if text.startswith("\ufeff"):
        text = text[1:]
    if _CONTROL.search(text) and len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise UndecodableText(path)
    return normalise_newlines(text)


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")


def _decode(raw: bytes, path: str, notes: list[str] | None) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise UndecodableText(path) from None
    if b"\x00" in raw[:65536]:
        wide = _without_bom(raw)
        if wide is None:
            raise NotText(path)
        return wide
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = _mostly_utf8(raw)
    if mostly is not None:
        text, bad = mostly
        if notes is not None:
            name = f"“{printable(PurePath(path).name)}”" if path else "This file"
            notes.append(
                f"{name} has {bad} byte sequence(s) that are not valid UTF-8; they show as "
                "� and the rest was read as UTF-8."
            )
        return text
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


def _mostly_utf8(raw: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few bad bytes: (text with U+FFFD, number replaced), else ``None``.

    A Windows-1252 file has no valid multi-byte UTF-8 sequences (its accents are lone
    high bytes), so it needs at least twice as many valid ones as bad ones to count as
    UTF-8; charset detection still handles the single-byte charsets.
    """
    text = raw.decode("utf-8", "replace")
    bad = text.count(_REPLACEMENT) - raw.count(_REPLACEMENT.encode("utf-8"))
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    valid = non_ascii - text.count(_REPLACEMENT)
    if bad > 0 and valid >= 2 * bad:
        return text, bad
    return None


def _without_bom(raw: bytes) -> str | None:
    """UTF-32 or UTF-16 text saved without a byte-order mark, or ``None``.

    Only the byte order and width that decodes strictly *and* lands in a few Unicode
    blocks (Latin plus one script, punctuation) with no control characters is taken;
    binary data read as UTF-16 scatters over many blocks and is left to be refused.
    """
    for encoding, width in _WIDE:
        if len(raw) % width:
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        sample = text[:_SAMPLE_CHARS]
        if not sample or len(_CONTROL.findall(sample)) > len(sample) // 1000:
            continue
        blocks = Counter(ord(ch) >> 8 for ch in sample)
        top = sum(n for _, n in blocks.most_common(3))
        if top >= 0.97 * len(sample):
            return text
    return None
