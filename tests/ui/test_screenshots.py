"""Screenshots of the shell on the sample story, light and dark, for a human to look at.

They go to ``$PARALLAX_SHOTS`` when set (else a temporary folder). The assertions check
that what is grabbed is the state it claims to be, so a blank window fails the test.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from palettes import dark_palette
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from window_steps import open_sample

from ui.palette import colours

TIMEOUT = 60_000


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    original = QApplication.palette()
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield request.param
    QApplication.setPalette(original)


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PARALLAX_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _save(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    image = window.grab().toImage()
    assert not image.isNull()
    # A drawn window has more than a couple of colours in it.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 3, f"{path.name} looks blank"
    assert image.save(str(path))


def test_screenshots(qtbot, make_window, theme: str, shots: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    _save(window, shots / f"empty_{theme}.png")

    broken = tmp_path / "interview-notes.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file \xff\xfe")
    open_sample(qtbot, window)
    with qtbot.waitSignal(window.loads.jobFinished, timeout=TIMEOUT):
        window.open_files([str(broken)])
    qtbot.waitUntil(lambda: window.counts is not None and not window.compares.busy, timeout=TIMEOUT)
    assert len(window.sources.problem_items()) == 1
    # What each tab draws, not only that something is drawn.
    shows = {
        "side_by_side": lambda: bool(window.compare_view.matches()) and window.counts[0] > 0,
        "quotes": lambda: window.quotes_view.proxy.rowCount() > 0,
        "overview": lambda: window.overview_view.stack.currentIndex() == 1,
    }
    for index, (name, shown) in enumerate(shows.items()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        assert window.tabs.currentWidget().isVisible() and shown(), name
        _save(window, shots / f"sample_{name}_{theme}.png")
    window.tabs.setCurrentIndex(0)
    qtbot.wait(50)
    pane = window.compare_view.left
    pal = colours(pane.palette())
    image = pane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    drawn = array("I", bytes(image.constBits()))
    kinds = {m.kind for m in window.compare_view.matches()}
    assert any(drawn.count(pal.kind_background[k].rgb() & 0xFFFFFFFF) > 50 for k in kinds)
