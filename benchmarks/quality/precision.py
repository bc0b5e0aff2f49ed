"""Precision and recall of the aligner on hand-judged sentence pairs.

Usage: python benchmarks/quality/precision.py [DATA_DIR]

The pairs (tests/app/judged_pairs.py) were written for Parallax and judged by hand:
same fact or not. Each is aligned inside two short articles about one event, at the
default threshold. With the PolNeAR folder present it also prints how many matches on
50 real articles rest only on the weakest rule (rare words close together), the rule
whose precision was poor, before and after the same-story check that now limits it to
articles linked by some other match; those are the ones to read when tuning. Matches
shown on the same-fact model's evidence alone (kind ``related``) are counted apart.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.align import Corpus  # noqa: E402
from app.ingest.build import make_document  # noqa: E402
from app.scoring import DEFAULT_THRESHOLD, combine, features  # noqa: E402
from tests.app.judged_pairs import PAIRS  # noqa: E402
from tests.app.test_judged import aligned  # noqa: E402


def judged() -> None:
    tp = fp = fn = tn = 0
    for p in PAIRS:
        got = aligned(p)
        tp += got and p.same
        fp += got and not p.same
        fn += (not got) and p.same
        tn += (not got) and not p.same
        if got != p.same:
            print(f"  {'missed' if p.same else 'WRONG '}: {p.why}")
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print(f"judged pairs: {len(PAIRS)}  precision {prec:.2f}  recall {rec:.2f}  "
          f"(tp {tp} fp {fp} fn {fn} tn {tn})")


def rules(folder: Path, n: int = 50) -> None:
    files = sorted(folder.glob("*.txt"))[:n]
    docs = sorted(
        (make_document(f.read_text(encoding="utf-8-sig").replace("\r\n", "\n"), path=str(f))
         for f in files),
        key=lambda d: d.id,
    )
    corpus = Corpus(docs)
    why: Counter[str] = Counter()
    scores = corpus.score_pairs(corpus.candidates())
    found = {
        key: [al for al in corpus.ranked(*key, pairs) if al.score >= DEFAULT_THRESHOLD]
        for key, pairs in sorted(scores.items())
    }
    before = sum(len(v) for v in found.values())
    kept = corpus.corroborated(found, DEFAULT_THRESHOLD)
    print(f"PolNeAR, {len(docs)} articles: {before} matches before the same-story check, "
          f"{sum(len(v) for v in kept.values())} after")
    for (_da, _db), alignments in sorted(kept.items()):
        for al in alignments:
            if len(al.a) > 1 or len(al.b) > 1:
                why["join"] += 1
                continue
            a, b = al.a[0], al.b[0]
            lex = combine(features(a.bag, b.bag))
            if al.lexical < DEFAULT_THRESHOLD:
                why["same-fact model"] += 1
            elif lex >= DEFAULT_THRESHOLD:
                why["lexical"] += 1
            elif corpus._verbatim(a, b):
                why["verbatim"] += 1
            elif corpus._anchored(a, b, lex):
                why["anchored only"] += 1
            else:
                why["containment"] += 1
    total = sum(why.values())
    print(f"PolNeAR, {len(docs)} articles: {total} matches by deciding rule: "
          + ", ".join(f"{k} {v}" for k, v in why.most_common()))


def main() -> int:
    judged()
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    folder = data / "polnear" / "train" / "text"
    if folder.is_dir():
        rules(folder)
    else:
        print(f"PolNeAR texts not found at {folder}; skipping the rule census.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
