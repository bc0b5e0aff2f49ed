"""Report export budgets (issue 5): the sample story's PDF in ≤ 3 s; a 20-article story in ≤ 20 s.

Prints, for the seeds and for 20 real articles, the time to load, compare, build the
report model, and write the PDF and the HTML, with page counts and sizes. The
20-article story comes from PolNeAR's train folder (the date with the most articles,
so the outlets really overlap); without the data it is made from the seeds, varied.

    .venv/bin/python benchmarks/report.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import app  # noqa: E402
from app.export.html import render_html  # noqa: E402
from app.export.pdf import render_pdf  # noqa: E402
from app.export.report import build_report  # noqa: E402
from app.ingest.build import make_document  # noqa: E402
from app.model import Document  # noqa: E402

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def twenty_articles(data: Path) -> tuple[list[Document], str]:
    folder = data / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if len(files) >= 20:
        # File names are outlet_YYYY-MM-DD_slug.txt: prefer one news day, then its neighbours.
        day = Counter(f.name.split("_")[1] for f in files).most_common(1)[0][0]
        chosen = sorted(files, key=lambda f: (f.name.split("_")[1] != day, f.name.split("_")[1]))
        return [app.load(f) for f in chosen[:20]], f"PolNeAR train, around {day}"
    seeds = [app.load(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs = []
    for i in range(20):
        base = seeds[i % len(seeds)]
        text = base.text.replace("Kyiv", "Kiev" if i % 2 else "Kyiv").replace(
            "said", ("told reporters", "said", "added")[i % 3]
        )
        docs.append(make_document(f"{text}\n\nVariant {i}.", path=f"variant-{i}.txt"))
    return docs, "generated from the seeds (PolNeAR not found)"


def measure(name: str, docs: list[Document], budget: float) -> None:
    comparison, t_compare = timed(lambda: app.compare(docs))
    report, t_model = timed(lambda: build_report(comparison))
    pdf, t_pdf = timed(lambda: render_pdf(report, "A4"))
    html, t_html = timed(lambda: render_html(report))
    with tempfile.TemporaryDirectory() as tmp:
        from app.export.atomic import atomic_write

        _, t_write = timed(lambda: atomic_write(Path(tmp) / "r.pdf", pdf))
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    export = t_model + t_pdf + t_write
    words = sum(d.word_count for d in docs)
    print(
        f"{name}: {len(docs)} articles, {words:,} words, {len(comparison.matches)} matches, "
        f"{len(comparison.quote_groups)} quote groups, {len(report.pairs)} pairs shown"
    )
    print(
        f"  compare {t_compare:6.2f} s | report model {t_model:5.2f} s | PDF {t_pdf:5.2f} s "
        f"({pages} pages, {len(pdf) / 1e3:.0f} kB) | HTML {t_html:5.2f} s "
        f"({len(html) / 1e3:.0f} kB)"
    )
    total = t_compare + export
    verdict = "within" if total <= budget else "OVER"
    print(
        f"  PDF export {export:.2f} s; compare + PDF {total:.2f} s: {verdict} the {budget:.0f} s "
        "budget"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args(argv)
    seeds = [app.load(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    # Warm up once (fonts registered, modules imported) as a running app would be.
    render_pdf(build_report(app.compare(seeds[:1])), "A4")
    measure("Sample story (seeds)", seeds, 3.0)
    docs, origin = twenty_articles(args.data)
    measure(f"20-article story ({origin})", docs, 20.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
