"""Fixtures for the application-shell tests: a window with private settings, no dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def quiet_dialogs() -> Iterator[list]:
    """Message boxes become records (ui.errors' switch); yields the records list."""
    from ui import errors

    errors.set_dialogs_enabled(False)
    errors.recorded.clear()
    yield errors.recorded
    errors.recorded.clear()
    errors.set_dialogs_enabled(True)


@pytest.fixture
def settings_dir(tmp_path: Path) -> Path:
    return tmp_path / "settings"


@pytest.fixture
def make_window(qtbot, settings_dir: Path, quiet_dialogs: list):  # type: ignore[no-untyped-def]
    """Build MainWindows (optionally with a fake loader/comparer); all are shut down after."""
    from ui.main_window import MainWindow
    from ui.settings import Settings

    made: list[MainWindow] = []

    def make(**kwargs: object) -> MainWindow:
        window = MainWindow(Settings(settings_dir), **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()  # while dialogs are still off: an unsaved-changes prompt must not block
        window.shutdown()


@pytest.fixture
def window(make_window):  # type: ignore[no-untyped-def]
    w = make_window()
    w.show()
    return w
