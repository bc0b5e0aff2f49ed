"""Budget check for loading articles: files per second and peak memory.

    .venv/bin/python benchmarks/ingest.py                 # 200 generated .txt and 200 .html
    .venv/bin/python benchmarks/ingest.py ../shared/data/polnear/train/text --limit 200

Budget on the 2-core reference machine: 200 articles in <= 2 s, peak memory <= 300 MB.
Generated articles are built from the seed story (each made unique so none is skipped
as a duplicate); HTML ones are wrapped in a realistic page (navigation, scripts,
comments, metadata) so the extractor does its real work. The first run in the process
is timed, so one-off imports (the HTML extractor) are counted as a journalist would
feel them; peak memory is the process's maximum resident size (ru_maxrss), which
includes the interpreter and libraries, plus the Python heap peak from tracemalloc.
"""

from __future__ import annotations

import argparse
import html
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ingest import load_folder  # noqa: E402

BUDGET_SECONDS = 2.0
BUDGET_MB = 300.0
COUNT = 200

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta name="author" content="Reporter {n}">
<meta property="article:published_time" content="2022-02-{day:02d}T08:00:00Z">
<link rel="canonical" href="https://www.example{n}.com/world/story-{n}">
<script>window.dataLayer = []; function track(e) {{ dataLayer.push(e); }}</script>
<style>body {{ font-family: serif }} .ad {{ display: none }}</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/sport">Sport</a> <a href="/newsletters">Newsletters</a></nav></header>
<!-- advertising slot {n} -->
<main><article><h1>{title}</h1><p class="byline">By Reporter {n}</p>
{paragraphs}
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/x">Other story</a></li></ul></aside>
<footer><p>© 2022 {outlet}</p></footer>
<script>track({{"story": {n}}});</script></body></html>
"""


def _seed_paragraphs() -> list[list[str]]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append([p.strip() for p in text.split("\n") if p.strip()])
    return out


def generate(folder: Path, kind: str, count: int) -> None:
    """Write ``count`` distinct articles built from the seed story."""
    rng = random.Random(2022)
    seeds = _seed_paragraphs()
    for n in range(count):
        paras = list(seeds[n % len(seeds)])
        head, body = paras[0], paras[1:]
        rng.shuffle(body)
        title = f"{head} ({n})"
        if kind == "html":
            page = PAGE.format(
                title=html.escape(title),
                outlet=f"Outlet {n % 7}",
                n=n,
                day=1 + n % 28,
                paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in body),
            )
            (folder / f"{n:03d}.html").write_text(page, encoding="utf-8")
        else:
            text = f"https://www.example{n}.com/story\n{title}\n\n" + "\n\n".join(body) + "\n"
            (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")


def measure(folder: Path, label: str, limit: int | None) -> bool:
    source = folder
    tmp = None
    if limit is not None:
        files = sorted(p for p in folder.iterdir() if p.is_file())[:limit]
        tmp = Path(tempfile.mkdtemp(prefix="parallax-bench-"))
        for f in files:
            shutil.copy(f, tmp / f.name)
        source = tmp
    try:
        start = time.perf_counter()
        result = load_folder(source)
        elapsed = time.perf_counter() - start
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        tracemalloc.start()
        load_folder(source)
        heap_mb = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    finally:
        if tmp is not None:
            shutil.rmtree(tmp)
    n = len(result.documents) + len(result.problems)
    rate = n / elapsed if elapsed else float("inf")
    ok = elapsed * COUNT / max(n, 1) <= BUDGET_SECONDS and rss_mb <= BUDGET_MB
    print(
        f"{label}: {n} files ({len(result.documents)} loaded, {len(result.problems)} problems) "
        f"in {elapsed:.2f} s = {rate:.0f} files/s; peak RSS {rss_mb:.0f} MB, "
        f"Python heap peak {heap_mb:.0f} MB  [budget: {COUNT} in <= {BUDGET_SECONDS:.0f} s, "
        f"<= {BUDGET_MB:.0f} MB] {'OK' if ok else 'OVER BUDGET'}"
    )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", help="a folder of real articles (default: generate)")
    parser.add_argument("--limit", type=int, default=COUNT, help="files to take from folder")
    parser.add_argument("--format", choices=["text", "html", "both"], default="both")
    args = parser.parse_args()
    if args.folder:
        folder = Path(args.folder)
        if not folder.is_dir():
            print(f"{folder} not found; nothing to measure (skipped).")
            return 0
        return 0 if measure(folder, str(folder), args.limit) else 1
    ok = True
    kinds = ["text", "html"] if args.format == "both" else [args.format]
    for kind in kinds:
        with tempfile.TemporaryDirectory(prefix=f"parallax-{kind}-") as tmp:
            generate(Path(tmp), kind, COUNT)
            ok = measure(Path(tmp), f"generated {kind}", None) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
