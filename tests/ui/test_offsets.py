"""ui.offsets: engine code points <-> Qt UTF-16 positions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from app.model import Span
from ui.offsets import Utf16Map


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


# text, code-point offset, expected UTF-16 position
CASES = [
    #  0123456
    ("Kyiv 👍🏽 ok", 5, 5),  # before the emoji
    ("Kyiv 👍🏽 ok", 6, 7),  # 👍 is two UTF-16 units
    ("Kyiv 👍🏽 ok", 7, 9),  # 🏽 (skin tone) is two more
    ("Kyiv 👍🏽 ok", 10, 12),  # end of text
    ("🇺🇦 Ukraine", 1, 2),  # a flag is two regional indicators, each astral
    ("🇺🇦 Ukraine", 2, 4),
    ("🇺🇦 Ukraine", 10, 12),
    ("Zelenskyy’s café", 15, 15),  # precomposed é: BMP, one unit
    ("cafe\u0301 noir", 5, 5),  # combining acute: its own code point, BMP
    ("基辅 Kyiv", 2, 2),  # CJK in the BMP
    ("𠀋 rare CJK", 1, 2),  # CJK extension B is astral
    ("", 0, 0),
    ("👍", 0, 0),
    ("👍", 1, 2),
]


@pytest.mark.parametrize(("text", "cp", "u16"), CASES)
def test_table(text: str, cp: int, u16: int) -> None:
    m = Utf16Map(text)
    assert m.to_utf16(cp) == u16 == utf16_len(text[:cp])
    assert m.to_code_point(u16) == cp


def test_inside_a_surrogate_pair_rounds_down_to_the_character() -> None:
    m = Utf16Map("a👍b")
    assert m.to_code_point(2) == 1  # between the two halves of 👍
    assert m.to_code_point(3) == 2


def test_out_of_range_is_an_error() -> None:
    m = Utf16Map("👍")
    with pytest.raises(IndexError):
        m.to_utf16(2)
    with pytest.raises(IndexError):
        m.to_code_point(3)


def test_qt_agrees_on_positions(qtbot: object) -> None:
    text = "“We are all here,” 👍🏽 he said 🇺🇦 — café\u0301 基辅."
    doc = QTextDocument()
    doc.setPlainText(text)
    m = Utf16Map(text)
    assert doc.characterCount() - 1 == m.utf16_length
    for words in ("We are all here", "he said", "café\u0301", "基辅"):
        cp = text.find(words)
        start, end = m.span_to_utf16(Span(cp, cp + len(words)))
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == words


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60))
def test_round_trip(text: str) -> None:
    m = Utf16Map(text)
    assert m.utf16_length == utf16_len(text)
    for cp in range(len(text) + 1):
        u = m.to_utf16(cp)
        assert u == utf16_len(text[:cp])
        assert m.to_code_point(u) == cp
