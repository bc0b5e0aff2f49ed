"""Budget check for the frozen build: size, cold start to first paint, CLI end to end.

Run after `make exe`:  .venv/bin/python benchmarks/executable.py [dist/parallax]
Budgets: dist/parallax/ <= 120 MB; first painted window <= 1.5 s;
`parallax compare seeds --json` <= 1.5 s end to end.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def time_first_paint(exe: Path, env: dict[str, str]) -> float:
    """Seconds from spawn until the app prints that its window has been painted."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe)],
        env={**env, "PARALLAX_PROBE_FIRST_PAINT": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit("the app exited without reporting a first paint")
    proc.wait(timeout=30)
    return elapsed


def time_cli(exe: Path, env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(exe), "compare", "seeds", "--json", "out.json"],
        env=env,
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main(argv: list[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "dist" / "parallax"
    exe = dist / ("parallax.exe" if os.name == "nt" else "parallax")
    if not exe.exists():
        print(f"no executable at {exe}: run `make exe` first")
        return 0
    size_mb = folder_size(dist) / 1e6
    print(f"size of {dist}: {size_mb:.1f} MB (budget 120 MB)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        subprocess.run(["cp", "-r", str(ROOT / "seeds"), str(work / "seeds")], check=True)
        env = {
            "HOME": tmp, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"
        }
        paints = [time_first_paint(exe, env) for _ in range(5)]
        clis = [time_cli(exe, env, work) for _ in range(5)]
    print(
        f"cold start to first painted window: median {statistics.median(paints):.2f} s, "
        f"max {max(paints):.2f} s over 5 runs (budget 1.5 s)"
    )
    print(
        f"`parallax compare seeds --json`: median {statistics.median(clis):.2f} s, "
        f"max {max(clis):.2f} s over 5 runs (budget 1.5 s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
