"""Direct-quote span P/R/F1 and speaker accuracy on PolNeAR dev.

Gold direct quotes: Content segments enclosed in quotation marks (first annotator per
text). A predicted (non-woven, non-fragment) quote counts when its overlap with a gold
segment is at least 80% of the longer of the two. Speaker: correct when its surname
occurs in the gold Source text, or its speaker span overlaps the gold Source span.
Usage: python benchmarks/quality/polnear.py [DATA_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.ingest.build import make_document  # noqa: E402
from app.quotes import extract_quotes, is_woven  # noqa: E402

OPEN, CLOSE = '“"', '”"'


def gold(text: str, ann: Path) -> list[tuple[int, int, tuple[int, int] | None, str]]:
    spans, links = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T"):
            kind, *rng = parts[1].split(" ")
            segs = [tuple(map(int, r.split())) for r in " ".join(rng).split(";")]
            spans[parts[0]] = (kind, segs)
        elif line.startswith("E"):
            links.append(dict(x.split(":") for x in parts[1].split()))
    out = []
    for e in links:
        c = spans.get(e.get("Content", ""))
        s = spans.get(e.get("Source", ""))
        if not c:
            continue
        for a, b in c[1]:
            seg = text[a:b].strip().rstrip(",.")
            a2 = a + len(text[a:b]) - len(text[a:b].lstrip())
            if seg[:1] in OPEN or text[a - 1 : a] in OPEN:
                inner = seg.strip('“”"').rstrip(",.")
                if (seg[-1:] in CLOSE or text[b : b + 1] in CLOSE) and "”" not in inner:
                    st = a2 + (1 if text[a2] in OPEN else 0)
                    en = st + len(inner)
                    ss = (s[1][0][0], s[1][-1][1]) if s else None
                    out.append((st, en, ss, text[ss[0] : ss[1]] if ss else ""))
    return out


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    dev = data / "polnear" / "dev"
    if not dev.is_dir():
        print(f"PolNeAR dev not found at {dev}; skipped.")
        return 0
    tp = fp = fn = sp_ok = 0
    seen = set()
    for ann in sorted((dev / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        text = (dev / "text" / f"{name}.txt").read_text(encoding="utf-8")
        g = gold(text, ann)
        doc = make_document(text)
        pred = [q for q in extract_quotes(doc) if not q.fragment and not is_woven(text, q.span)]
        used = set()
        for q in pred:
            hit = None
            for k, (a, b, _ss, _st) in enumerate(g):
                ov = min(b, q.end) - max(a, q.start)
                if k not in used and ov >= 0.8 * max(b - a, q.end - q.start):
                    hit = k
                    break
            if hit is None:
                fp += 1
                continue
            used.add(hit)
            tp += 1
            _a, _b, ss, stext = g[hit]
            sur = q.speaker.split()[-1].lower() if q.speaker else None
            overlap = (
                ss
                and q.speaker_start is not None
                and q.speaker_start < ss[1]
                and ss[0] < q.speaker_end
            )
            if overlap or (sur and sur in stext.lower()):
                sp_ok += 1
        fn += len(g) - len(used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"PolNeAR dev: {len(seen)} texts, gold direct quotes {tp + fn}, predicted {tp + fp}")
    print(f"quote precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
    print(f"speaker accuracy {sp_ok / tp if tp else 0:.3f} (on {tp} matched quotes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
