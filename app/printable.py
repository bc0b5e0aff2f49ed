"""File names as data: any name shown, saved or exported in a printable form.

On Linux a file name is bytes; Python hands back the ones that are not UTF-8 as lone
surrogates ("surrogateescape"), which no UTF-8 writer accepts, and a name may hold
control characters (a bell, a newline, a right-to-left override) that garble a list or
a terminal. Every name that leaves the walk goes through :func:`printable`, so the
Sources list, the JSON, the PDF and the terminal all show ``caf\\xe9.txt`` instead of
crashing on it or dropping the file.
"""

from __future__ import annotations


def printable(name: str) -> str:
    """``name`` with undecodable bytes and invisible characters written as escapes.

    A byte smuggled in by surrogateescape becomes ``\\xNN`` (the byte on disk), any other
    character that is not printable (controls, lone surrogates, line separators,
    direction overrides) becomes ``\\xNN``/``\\uNNNN``; the rest is left as it is.
    """
    if name.isprintable():
        return name
    out = []
    for ch in name:
        if ch.isprintable():
            out.append(ch)
            continue
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, escaped by the file system layer
            out.append(f"\\x{code - 0xDC00:02x}")
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out)
