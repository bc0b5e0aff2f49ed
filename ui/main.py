"""``parallax [PATH…] [--smoke-test]``: start the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

import app


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Compare how news outlets tell the same story. "
        "`parallax compare …` runs the command-line comparison instead.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="article files, folders, or a saved .parallax comparison")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the sample story, check that matches are shown, and exit")
    parser.add_argument("--settings-dir", metavar="DIR",
                        help="keep settings in DIR instead of the user's settings")
    parser.add_argument("--version", action="version", version=f"Parallax {app.__version__}")
    return parser.parse_args(list(argv))


def quiet_offscreen_noise() -> object:
    """Drop the offscreen platform's one harmless complaint; returns the previous handler."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(f"{message}\n")

    return qInstallMessageHandler(handler)


def create_application(argv: Sequence[str]) -> object:
    """The one ``QApplication``; Qt's own options (``-platform …``) are left to Qt."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    # Hand the GIL over sooner (default 5 ms): every Qt -> Python call the GUI thread makes
    # (a model's data(), a paint) otherwise waits up to 5 ms for a CPU-bound worker. Measured
    # by benchmarks/gui_responsiveness.py: ~35 % more event-loop ticks while comparing.
    sys.setswitchinterval(0.001)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    qapp = QApplication(["parallax", *argv])
    qapp.setApplicationName("Parallax")
    qapp.setOrganizationName("Parallax")
    qapp.setApplicationVersion(app.__version__)
    qapp.setApplicationDisplayName("Parallax")
    return qapp


def probe_first_paint(qapp: object) -> None:
    """For benchmarks/executable.py: print "first-paint" at the first paint, then quit.

    Measuring to the first paint event (not to ``show()``) is what a user perceives as
    the window having appeared.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("first-paint", flush=True)
                qapp.removeEventFilter(self)  # type: ignore[attr-defined]
                QTimer.singleShot(0, qapp.quit)  # type: ignore[attr-defined]
            return False

    probe = _Probe(qapp)  # type: ignore[arg-type]
    qapp.installEventFilter(probe)  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    # Qt strips its own options; parse what is left.
    qt_args = [a for a in args_in if a.startswith("-platform") or a.startswith("-style")]
    args = parse_args([a for a in args_in if a not in qt_args])
    if args.smoke_test:
        from ui.smoke import run_smoke_test

        return run_smoke_test()

    qapp = create_application(args_in)
    from ui import errors
    from ui.main_window import MainWindow
    from ui.settings import Settings

    errors.install_excepthook()
    if os.environ.get("PARALLAX_PROBE_FIRST_PAINT"):
        probe_first_paint(qapp)
    window = MainWindow(Settings(args.settings_dir))
    window.show()
    if args.paths:
        window.open_paths(args.paths)
    return int(qapp.exec())  # type: ignore[attr-defined]
