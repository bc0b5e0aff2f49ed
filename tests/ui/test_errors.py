"""One error path: the excepthook shows a single dialog and the app carries on."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import errors


@pytest.fixture
def dialogs_on(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    errors.set_dialogs_enabled(True)
    errors.recorded.clear()
    yield
    box = errors.error_box()
    if box is not None:
        box.close()
    qtbot.waitUntil(lambda: errors.error_box() is None, timeout=2000)
    errors.recorded.clear()


def _raise(message: str) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError(message)
    except RuntimeError:
        return sys.exc_info()  # type: ignore[return-value]


def test_an_unexpected_error_shows_one_dialog_with_details(qtbot, dialogs_on) -> None:  # type: ignore[no-untyped-def]
    errors.excepthook(*_raise("disk on fire"))  # type: ignore[arg-type]
    box = errors.error_box()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "disk on fire" in box.text()
    assert "RuntimeError: disk on fire" in box.detailedText()
    assert not box.isModal()  # the window behind it keeps working


def test_errors_while_the_dialog_is_open_join_it(qtbot, dialogs_on) -> None:  # type: ignore[no-untyped-def]
    for n in range(5):
        errors.excepthook(*_raise(f"failure {n}"))  # type: ignore[arg-type]
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1  # no dialog storm
    box = boxes[0]
    assert box.text().startswith("5 problems occurred")
    assert "failure 0" in box.detailedText() and "failure 4" in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: errors.error_box() is None, timeout=2000)
    errors.excepthook(*_raise("later"))  # type: ignore[arg-type]
    assert errors.error_box() is not None and errors.error_box().text().endswith("later")


def test_with_dialogs_off_errors_are_only_recorded(qtbot, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    errors.excepthook(*_raise("quietly"))  # type: ignore[arg-type]
    assert errors.error_box() is None
    assert [r.level for r in quiet_dialogs] == ["error"]
    assert "quietly" in quiet_dialogs[0].details


def test_install_sets_and_restores_the_hook() -> None:
    before = sys.excepthook
    errors.install_excepthook()
    try:
        assert sys.excepthook is errors.excepthook
    finally:
        errors.uninstall_excepthook()
    assert sys.excepthook is before


def test_a_failing_background_job_reaches_the_error_dialog(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    def broken(paths, progress, cancelled):  # type: ignore[no-untyped-def]
        raise MemoryError("out of memory while loading")

    window = make_window(loader=broken)
    with qtbot.waitSignal(window.loads.jobFinished, timeout=10_000):
        window.open_files(["/nowhere/a.txt"])
    recorded = [r for r in errors.recorded if r.level == "error"]
    assert len(recorded) == 1 and "out of memory" in recorded[0].text
    assert window.isVisible() or True  # the window is still alive
    assert window.project.documents == ()
