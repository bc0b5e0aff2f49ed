"""Digest every result the engine gives on the development data, to prove a speed-up
changed none of them.

Usage: python benchmarks/equality_digest.py [DATA_DIR] [--stories DIR] --out FILE
       [--against FILE]

A change meant to make the engine faster (one tokenisation for two stages, a leaner name
index) must give the same results to the last bit. The unit tests pin behaviour on a few
texts; this pins it on all of them: for every PolNeAR text (train and dev), the seeds and
the development stories, a SHA-1 of each document's whole analysis (:func:`app.analysis.
analyse`: sentences, tokens, bags, quotes, speakers, the people named), and of the
comparisons of the seeds, of each story, and of PolNeAR texts in groups of ten (matches,
quotes, quote groups, wire-copy runs). Sets are written out sorted, so a digest does not
depend on the interpreter's string hashing, and two runs of the same code give the same
file.

Run it on the code before the change with ``--out``, then on the code after it with
``--against`` that file: it lists every document or comparison whose digest differs
(exit status 1). Skips (exit 0) when the PolNeAR folder is absent.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.analysis import analyse  # noqa: E402
from app.ingest.build import make_document  # noqa: E402
from app.model import Document  # noqa: E402
from app.story import compare  # noqa: E402

GROUP = 10  # PolNeAR texts per comparison
GROUPS = 20  # comparisons of PolNeAR texts


def canonical(x: Any) -> Any:
    """``x`` as nested lists of reprs, sets sorted: the same for the same value in any
    interpreter."""
    if isinstance(x, set | frozenset):
        return sorted(canonical(v) for v in x)
    if isinstance(x, dict):
        return sorted((canonical(k), canonical(v)) for k, v in x.items())
    if isinstance(x, list | tuple):
        return [canonical(v) for v in x]
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        return [type(x).__name__, *(canonical(getattr(x, f.name)) for f in dataclasses.fields(x))]
    return repr(x)


def digest(x: Any) -> str:
    return hashlib.sha1(repr(canonical(x)).encode()).hexdigest()


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return make_document(text, path=str(path))


def digests(data: Path, stories: Path) -> dict[str, str]:
    base = data / "polnear"
    polnear = sorted((base / "train" / "text").glob("*.txt"))
    polnear += sorted((base / "dev" / "text").glob("*.txt"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    events = sorted(p for p in stories.glob("*") if p.is_dir()) if stories.is_dir() else []
    out: dict[str, str] = {}
    docs: dict[Path, Document] = {}
    named = {p: f"polnear/{p.parts[-3]}/{p.name}" for p in polnear}
    named |= {p: f"seeds/{p.name}" for p in seeds}
    named |= {f: f"stories/{e.name}/{f.name}" for e in events for f in sorted(e.glob("*.txt"))}
    for path, key in named.items():
        doc = docs[path] = load(path)
        a = analyse(doc)
        # the bags' memo is filled only when a pair is scored: not the analysis's own
        bags = [b[:-1] for b in a.bags]
        out[key] = digest(
            (a.spans, a.tokens, a.name_candidates, a.joinable, a.quotes, bags, a.content,
             a.spells, a.people)
        )
    sets = {"seeds": seeds, **{e.name: sorted(e.glob("*.txt")) for e in events}}
    for k in range(GROUPS):
        sets[f"polnear{k * GROUP:03d}"] = polnear[k * GROUP : (k + 1) * GROUP]
    for name, paths in sets.items():
        if len(paths) >= 2:
            c = compare([docs[p] for p in paths])
            out[f"compare:{name}"] = digest((c.matches, c.quotes, c.quote_groups, c.wire_runs))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--stories", default=str(Path.home() / "stories"))
    ap.add_argument("--out", help="write the digests here")
    ap.add_argument("--against", help="compare with digests written earlier")
    args = ap.parse_args()
    if not (Path(args.data) / "polnear" / "train" / "text").is_dir():
        print(f"PolNeAR texts not found under {args.data}; skipping.")
        return 0
    now = digests(Path(args.data), Path(args.stories))
    print(f"{len(now)} digests ({sum(k.startswith('compare:') for k in now)} comparisons)")
    if args.out:
        Path(args.out).write_text(json.dumps(now, indent=0, sort_keys=True), encoding="utf-8")
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        for k in changed:
            print(f"  differs: {k}")
        print(f"{len(changed)} of {len(before.keys() | now.keys())} differ")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
