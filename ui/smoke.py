"""``parallax --smoke-test``: prove the (frozen) app starts and shows a comparison.

Opens the main window on the sample story with dialogs off and a throw-away settings
folder, waits until the comparison has reached the views, and checks that the side-by-side
view reports matches. Exit 0 on success; otherwise a message on stderr and exit 1
(2 on timeout).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

import app.pool

TIMEOUT_S = 60.0


def _worker_problem() -> str:
    """What is wrong with the engine's worker processes, or "": in the executable a
    worker is this same program started again, which must run the engine's task and
    not open another window (:func:`multiprocessing.freeze_support`)."""
    kept = app.pool.session()
    if kept is None:
        return "the engine's worker process did not start"
    try:
        found = kept.executor().submit(app.pool.warm_up).result(timeout=30)
    except Exception as exc:  # any failure is the message
        return f"the engine's worker process failed: {exc!r}"
    return "" if found > 0 else "the engine's worker process found no quote"


def run_smoke_test(timeout_s: float = TIMEOUT_S) -> int:
    if (
        not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and sys.platform.startswith("linux")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer

    from ui import errors
    from ui.application import create_application, quiet_offscreen_noise
    from ui.main_window import MainWindow
    from ui.settings import Settings

    started = time.monotonic()
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = None
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        previous_handler = quiet_offscreen_noise()
    qapp = create_application([])
    errors.set_dialogs_enabled(False)
    errors.install_excepthook()
    outcome: dict[str, object] = {}

    with tempfile.TemporaryDirectory(prefix="parallax-smoke-") as settings_dir:
        window = MainWindow(Settings(settings_dir))

        def finish(code: int, message: str) -> None:
            if "code" not in outcome:
                outcome.update(code=code, message=message)
                window.shutdown()
                window.hide()
                qapp.quit()  # type: ignore[attr-defined]

        def check(_comparison: object) -> None:
            # Let the views paint once before judging what they show.
            QTimer.singleShot(0, judge)

        def judge() -> None:
            comparison = window.comparison
            if comparison is None:
                return  # an intermediate empty state; wait for the real one
            problems = [r for r in errors.recorded if r.level == "error"]
            if problems:
                finish(1, f"error while opening the sample story: {problems[0].text}")
            elif len(comparison.documents) < 2:
                finish(1, f"only {len(comparison.documents)} sample article(s) loaded")
            elif not comparison.matches:
                finish(1, "the engine found no matches in the sample story")
            elif window.counts is None or window.counts[0] <= 0:
                finish(1, f"the side-by-side view shows no matches (counts {window.counts})")
            else:
                grab = window.grab()
                worker = _worker_problem()
                if grab.isNull():
                    finish(1, "the window could not be drawn")
                elif worker:
                    finish(1, worker)
                else:
                    finish(
                        0,
                        f"ok: {len(comparison.documents)} articles, "
                        f"{window.counts[0]} matches shown in "
                        f"{time.monotonic() - started:.2f} s; a warm worker process "
                        "found quotes too",
                    )

        window.comparisonShown.connect(check)
        QTimer.singleShot(
            int(timeout_s * 1000), lambda: finish(2, f"timed out after {timeout_s:.0f} s")
        )
        window.show()
        app.pool.keep_warm(1)  # as the app does, one worker whatever the load
        window.open_sample_story()
        qapp.exec()  # type: ignore[attr-defined]
        window.deleteLater()

    if previous_handler is not None:
        qInstallMessageHandler(previous_handler)  # type: ignore[arg-type]
    app.pool.let_go()
    code = int(outcome.get("code", 1))  # type: ignore[call-overload]
    message = str(outcome.get("message", "the event loop ended early"))
    print(f"smoke test: {message}", file=sys.stderr if code else sys.stdout)
    return code
