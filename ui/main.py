"""``parallax [PATH…] [--smoke-test]``: start the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence

import app
import app.grouping
import app.pool
from ui.application import create_application


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


def keep_workers_warm(qapp: object) -> None:
    """Start the engine's worker processes while the window opens, kept until quit.

    With a worker already running, a comparison of a few long articles or more uses
    both cores without waiting for one to start (:func:`app.pool.keep_warm`). From a
    thread of its own: choosing how many samples the machine's load for a few
    milliseconds, and a compare asked for before the workers are up runs in one process
    as it always did.
    """
    threading.Thread(target=app.pool.keep_warm, name="parallax-warm-workers", daemon=True).start()
    qapp.aboutToQuit.connect(app.pool.let_go)  # type: ignore[attr-defined]


def read_tables() -> None:
    """Read the word frequencies story grouping weighs words by while the window opens,
    in a thread of its own: a few short articles are grouped on the GUI thread, which
    must not pay for reading the table (:data:`ui.main_window.GROUP_INLINE_WORDS`)."""
    threading.Thread(target=app.grouping.load, name="parallax-read-tables", daemon=True).start()


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
    keep_workers_warm(qapp)
    read_tables()
    if args.paths:
        window.open_paths(args.paths)
    return int(qapp.exec())  # type: ignore[attr-defined]
