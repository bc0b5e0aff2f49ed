"""Budget: loading and comparing 50 articles never stalls the window for more than 100 ms.

Opens the real main window (offscreen unless a display is set), loads 50 articles —
PolNeAR train texts when the shared data is present, else articles generated from the
sample story — waits until the comparison has reached the views, then moves the threshold
slider once more. A 5 ms QTimer runs throughout; the longest gap between its ticks beyond
its interval is the longest event-loop stall, which is printed.

The engine runs in a worker thread but is pure Python, so while it runs the GUI thread
competes with it for the GIL (and, on a shared machine, for a core). ``--gui-only`` runs
the whole flow once to record the engine's results, then measures a second run in which
the comparer returns them at once: what is left is the GUI's own work per event-loop turn.

    python benchmarks/gui_responsiveness.py [DATA_DIR] [--count 50] [--gui-only]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MS = 100.0
TICK_MS = 5


def _articles(data_dir: Path, count: int, scratch: Path) -> tuple[list[Path], str]:
    texts = data_dir / "polnear" / "train" / "text"
    if texts.is_dir():
        files = sorted(texts.glob("*.txt"))[:count]
        if len(files) == count:
            return files, f"PolNeAR train ({texts})"
    # No shared data: make articles by recombining the sample story's paragraphs.
    rng = random.Random(7)
    paragraphs = [
        p.strip()
        for seed in sorted((ROOT / "seeds").glob("*.txt"))
        for p in seed.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    out = []
    for i in range(count):
        chosen = rng.sample(paragraphs, k=min(len(paragraphs), 25))
        path = scratch / f"generated_{i:03d}.txt"
        path.write_text(f"Generated article {i}\n\n" + "\n\n".join(chosen) + "\n",
                        encoding="utf-8")
        out.append(path)
    return out, "generated from the sample story"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--gui-only", action="store_true",
                        help="replay recorded engine results: measure the GUI's own stalls")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from ui import errors
    from ui.application import create_application, quiet_offscreen_noise
    from ui.main_window import MainWindow
    from ui.settings import Settings

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        quiet_offscreen_noise()
    qapp = create_application([])
    errors.set_dialogs_enabled(False)
    import app as engine

    recorded: dict[tuple[tuple[str, ...], float], object] = {}

    def replaying(docs, threshold, progress, cancelled):  # type: ignore[no-untyped-def]
        key = (tuple(d.id for d in docs), round(threshold, 4))
        if key not in recorded:
            recorded[key] = engine.compare(docs, threshold, progress, cancelled)
        return recorded[key]

    comparer = replaying if args.gui_only else None
    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as scratch:
        paths, source = _articles(Path(args.data), args.count, Path(scratch))
        if args.gui_only:  # the recording run, not measured
            _run(qapp, MainWindow(Settings(Path(scratch) / "warm"), comparer=replaying),
                 paths, args.timeout)
            source += "; engine results replayed (GUI work only)"
        window = MainWindow(Settings(Path(scratch) / "settings"), comparer=comparer)
        stalls, marks = _run(qapp, window, paths, args.timeout)
    _print(stalls, marks, window, paths, source)
    return 0 if "recompared" in marks else 1


def _run(qapp, window, paths, timeout):  # type: ignore[no-untyped-def]
    """Drop the articles, compare, move the threshold; the stalls and phase times."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    window.resize(1280, 800)
    window.show()
    # Let the window appear first: its first layout and paint is start-up work
    # (benchmarks/executable.py measures it), and no user drops files before the window
    # is on screen. Without this the first "loading" tick also carried the first paint.
    settle = time.perf_counter() + 0.3
    while time.perf_counter() < settle:
        qapp.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.005)

    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    stalls: list[tuple[int, str]] = []
    phase = ["loading"]

    def tick() -> None:
        now = clock.elapsed()
        stalls.append((now - last[0] - TICK_MS, phase[0]))
        last[0] = now

    ticker = QTimer()
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(tick)
    marks: dict[str, float] = {}
    started = time.perf_counter()

    def shown(comparison: object) -> None:
        want = len(window.current_story.documents) if window.current_story else len(paths)
        if comparison is None or len(window.comparison.documents) < want:  # one story shown
            return
        if "compared" not in marks:
            marks["compared"] = time.perf_counter() - started
            phase[0] = "threshold change"
            window.threshold_slider.setValue(window.threshold_slider.value() - 10)
        elif "recompared" not in marks:
            marks["recompared"] = time.perf_counter() - started
            QTimer.singleShot(300, qapp.quit)  # type: ignore[attr-defined]

    def loaded(_generation: int) -> None:
        marks.setdefault("loaded", time.perf_counter() - started)
        phase[0] = "comparing"

    window.comparisonShown.connect(shown)
    window.loads.jobFinished.connect(loaded)
    QTimer.singleShot(int(timeout * 1000), qapp.quit)  # type: ignore[attr-defined]
    ticker.start()
    window.open_files([str(p) for p in paths])
    qapp.exec()  # type: ignore[attr-defined]
    ticker.stop()
    window.shutdown()
    window.hide()
    return stalls, marks


def _print(stalls, marks, window, paths, source) -> None:  # type: ignore[no-untyped-def]
    worst, where = max(stalls, default=(0, "-"))
    top = sorted(stalls, reverse=True)[:5]
    n = len(window.comparison.documents) if window.comparison else 0
    print(f"articles: {len(paths)} ({source}); compared: {n}")
    load1 = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine load average (1 min): {load1:.2f} on {os.cpu_count()} CPUs "
          "(other processes competing for the CPU lengthen stalls)")
    for key in ("loaded", "compared", "recompared"):
        if key in marks:
            print(f"{key}: {marks[key]:.2f} s after the drop")
    print(f"event-loop ticks: {len(stalls)}; stalls over {BUDGET_MS:.0f} ms: "
          f"{sum(1 for s, _ in stalls if s > BUDGET_MS)}")
    print(f"longest event-loop stall: {worst} ms (during {where}); budget {BUDGET_MS:.0f} ms "
          f"-> {'OK' if worst <= BUDGET_MS else 'OVER BUDGET'}")
    print("five longest: " + ", ".join(f"{ms} ms ({phase})" for ms, phase in top))
    if "recompared" not in marks:
        print("the comparison did not finish before the timeout", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
