"""Hostile and huge input (issue 15): time, peak memory and outcome for every row.

    .venv/bin/python benchmarks/hostile.py                  # every row, full size
    .venv/bin/python benchmarks/hostile.py dots fifo        # some rows
    .venv/bin/python benchmarks/hostile.py --scale 10       # every size divided by 10

Budget on the 2-core reference machine: each row completes in <= 10 s and <= 1 GB with
the two good articles beside it compared, or is refused with a readable message within
2 s. Each row runs in a fresh process (so one row's memory or imports never colour
another's) on files generated under a temporary folder (removed afterwards) by
``tests/hostile_corpus.py``, the same generator the tests use at a smaller scale. A row
that passes the timeout is killed and shown as such. "peak MB" is the child's maximum
resident size (ru_maxrss), interpreter and libraries included. Rows marked [quotes]
are texts within every input limit whose cost lies in the quote stage (``app/quotes/``:
pairing marks, attribution looking back over a line); the rest are input handling.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile_corpus import BY_NAME, CASES, remove_tree  # noqa: E402

TIMEOUT_S = 60.0


def _outcome(case_kind: str, path: Path, out: Path) -> str:
    """Open ``path`` the way a person would for this kind of row; describe what happened."""
    if case_kind == "folder":
        from app import compare
        from app.ingest import load_folder

        result = load_folder(path if path.is_dir() else path.parent)
        comparison = compare(result.documents)
        problems = "; ".join(p.message for p in result.problems)
        return f"{len(result.documents)} compared, {len(comparison.matches)} matches" + (
            f"; {len(result.problems)} problem(s): {problems}" if problems else ""
        )
    if case_kind == "cli":
        from app.cli import main

        code = main([str(path), "--json", str(out / "out.json"), "--pdf", str(out / "out.pdf")])
        docs = json.loads((out / "out.json").read_text(encoding="utf-8"))["documents"]
        return f"exit {code}, {len(docs)} compared, JSON and PDF written"
    if case_kind == "project":
        from app.project import ProjectError, open_project

        try:
            project = open_project(path)
        except ProjectError as err:
            return f"refused: {err}"
        return f"opened, {len(project.documents)} documents"
    from app.export.json_export import JsonFormatError, comparison_from_json

    try:
        comparison = comparison_from_json(path)
    except JsonFormatError as err:
        return f"refused: {err}"
    return f"accepted, {len(comparison.documents)} documents"


def _child(name: str, workdir: Path, scale: int) -> None:
    case = BY_NAME[name]
    path = case.build(workdir / "in", scale)
    out = workdir / "out"
    out.mkdir()
    start = time.perf_counter()
    try:
        outcome = _outcome(case.kind, path, out)
    except BaseException as err:  # the row is what went wrong
        outcome = f"CRASH {type(err).__name__}: {str(err)[:80]}"
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}))


def _run(name: str, scale: int, timeout: float) -> tuple[str, str, str]:
    workdir = Path(tempfile.mkdtemp(prefix=f"hostile-{name}-"))
    try:
        cmd = [sys.executable, __file__, "--child", name, str(workdir), "--scale", str(scale)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return f"> {timeout:.0f}", "?", "killed: did not finish"
        lines = proc.stdout.strip().splitlines()
        if proc.returncode or not lines:
            return "?", "?", f"child failed: {proc.stderr.strip().splitlines()[-1:]}"
        r = json.loads(lines[-1])
        return f"{r['seconds']:.2f}", f"{r['peak_mb']:.0f}", r["outcome"]
    finally:
        remove_tree(workdir)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cases", nargs="*", help="row names (default: all)")
    parser.add_argument("--scale", type=int, default=1, help="divide every size by this")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_S)
    parser.add_argument("--width", type=int, default=110, help="outcome column width")
    parser.add_argument("--child", nargs=2, metavar=("CASE", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], Path(args.child[1]), args.scale)
        return 0
    names = args.cases or [c.name for c in CASES]
    if unknown := [n for n in names if n not in BY_NAME]:
        parser.error(f"unknown rows: {unknown}; choose from {list(BY_NAME)}")
    print(f"scale 1/{args.scale}, timeout {args.timeout:.0f} s, {os.cpu_count()} cores")
    print(f"| {'input':<53} | {'s':>6} | {'peak MB':>7} | outcome")
    print(f"|{'-' * 55}|{'-' * 8}|{'-' * 9}|{'-' * 9}")
    for name in names:
        case = BY_NAME[name]
        seconds, peak, outcome = _run(name, args.scale, args.timeout)
        owner = " [quotes]" if case.owner == "quotes" else ""
        outcome = outcome.replace("\n", " ")
        if len(outcome) > args.width:
            outcome = outcome[: args.width - 1] + "…"
        print(f"| {case.label + owner:<53} | {seconds:>6} | {peak:>7} | {outcome}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
