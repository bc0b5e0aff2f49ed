"""Side-by-side rendering cost for a 5,000-sentence article pair; prints the figures.

Builds two long articles from the seed sentences (the second shuffled in blocks, so bands
cross), a match per sentence, then times: ``set_comparison`` (all highlights built once),
painting one frame of the whole view, and one synchronised scroll step.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/compare_view_render.py
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

import app  # noqa: E402
from app.ingest import make_document  # noqa: E402
from app.model import Comparison, Match, Span  # noqa: E402
from ui.compare_view import CompareView  # noqa: E402

SENTENCES = 5000


def build() -> Comparison:
    seeds = [app.load(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pool = [s.slice(d.text).strip() for d in seeds for s in d.sentences if len(s) > 20]
    rng = random.Random(7)
    chosen = [f"{rng.choice(pool)} 👍 ({i})" for i in range(SENTENCES)]
    blocks = [chosen[i : i + 5] for i in range(0, SENTENCES, 5)]
    order = list(range(len(blocks)))
    for i in range(0, len(order) - 1, 7):  # every seventh paragraph moves one place down
        order[i], order[i + 1] = order[i + 1], order[i]
    text_a = "\n\n".join(" ".join(b) for b in blocks)
    text_b = "\n\n".join(" ".join(blocks[i]) for i in order)
    a = make_document(text_a, path="a.txt", outlet="A")
    b = make_document(text_b, path="b.txt", outlet="B")
    matches = []
    for sentence in chosen:
        sa = text_a.find(sentence)
        sb = text_b.find(sentence)
        kind = ("identical", "edited", "paraphrase")[len(sentence) % 3]
        matches.append(
            Match(
                a.id,
                b.id,
                (Span(sa, sa + len(sentence)),),
                (Span(sb, sb + len(sentence)),),
                0.9,
                kind,
            )  # type: ignore[arg-type]
        )
    return Comparison(documents=(a, b), threshold=0.5, matches=tuple(matches))


def main() -> None:
    qapp = QApplication.instance() or QApplication([])
    comparison = build()
    view = CompareView()
    view.resize(1400, 900)
    view.show()
    qapp.processEvents()
    t0 = time.perf_counter()
    view.set_comparison(comparison)
    qapp.processEvents()
    t1 = time.perf_counter()
    view.grab()
    t2 = time.perf_counter()
    bar = view.left.verticalScrollBar()
    steps = 50
    for k in range(steps):
        bar.setValue(bar.maximum() * k // steps)
        view.grab()
    t3 = time.perf_counter()
    print(f"article: {SENTENCES} sentences, {len(comparison.documents[0].text):,} characters")
    print(f"set_comparison (highlights, bands, index built once): {1000 * (t1 - t0):.0f} ms")
    print(f"paint one frame of the whole view: {1000 * (t2 - t1):.1f} ms")
    print(f"scroll step (sync other pane + repaint all): {1000 * (t3 - t2) / steps:.1f} ms")


if __name__ == "__main__":
    main()
