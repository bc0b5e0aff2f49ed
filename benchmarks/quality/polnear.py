"""Direct-quote span P/R/F1 and speaker accuracy on PolNeAR dev, with error categories.

Gold direct quotes (first annotator per text): an attribution's Content that is enclosed
in quotation marks. PolNeAR stores a Content as sentence-sized segments, so segments
separated only by white space (or a paragraph break and the re-opening mark) are joined
first; otherwise every multi-sentence quote would fall out of gold. “…”, "…" and the
NYT's ''…'' count as quotation marks. A lead-in of at most two words before the opening
mark ("that, “…”") is allowed, because the annotators put the complementiser inside
Content while the words quoted are still a verbatim quote. The previous, stricter rule
(one segment at a time, “ and " only, no lead-in) is printed too, for comparison.

A predicted quote (one not marked ``fragment``, exactly as the JSON export gives it)
counts when its overlap with a gold quote is at least 80% of the longer of the two.
Speaker: correct when its surname occurs in the gold Source text, or its speaker span
overlaps the gold Source span. PolNeAR's Source is the attributing mention ("the letter",
"she", "one Democratic source"), so a quote whose words the engine kept but named no one
for is right by the span; the two ways of being right are printed apart. A name given
for a Source that brings in someone new ("a New Hampshire Republican", "an analyst") is
wrong unless its surname is in it: the span alone does not credit it. The agreement
of PolNeAR's own annotators, on the texts two of them annotated, is printed as the
ceiling to read the figures against.
Usage: python benchmarks/quality/polnear.py [DATA_DIR] [dev|train]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.ingest.build import make_document  # noqa: E402
from app.model import Span  # noqa: E402
from app.quotes import classified_quotes  # noqa: E402

Gold = tuple[int, int, tuple[int, int] | None, str]
_OPEN = re.compile(r"''|[“\"]")
_CLOSE_AT_END = re.compile(r"(''|[”\"])[\s,.]*$")
# Segments of one Content are one quote when only white space separates them, or a
# paragraph break and the mark that re-opens the quote in the next paragraph (the news
# convention for a quote running over several paragraphs).
_REOPEN = re.compile(r"\s*|\s*\n\s*(?:''|[“\"‘])")


def _attributions(ann: Path) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    spans, out = {}, []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue  # a few train files carry blank or truncated lines
        if line.startswith("T"):
            _kind, *rng = parts[1].split(" ")
            spans[parts[0]] = [tuple(map(int, r.split())) for r in " ".join(rng).split(";")]
        elif line.startswith("E"):
            e = dict(x.split(":") for x in parts[1].split())
            c, s = spans.get(e.get("Content", "")), spans.get(e.get("Source", ""))
            if c:
                out.append((sorted(c), (s[0][0], s[-1][1]) if s else None))
    return out


def gold(text: str, ann: Path) -> list[Gold]:
    out = []
    for segs, ss in _attributions(ann):
        merged: list[list[int]] = []
        for a, b in segs:
            if merged and _REOPEN.fullmatch(text, merged[-1][1], a):
                merged[-1][1] = b
            else:
                merged.append([a, b])
        for a, b in merged:
            while a < b and text[a].isspace():
                a += 1
            if a > 0 and _OPEN.match(text, a - 1) and text[a - 1] != "'":
                a -= 1  # the opening mark was left outside the segment
            elif a > 1 and text[a - 2 : a] == "''":
                a -= 2
            seg = text[a:b]
            op = _OPEN.search(seg)
            if op is None or len(seg[: op.start()].split()) > 2:
                continue
            cl = _CLOSE_AT_END.search(seg)
            if cl is None and b < len(text) and _OPEN.match(text, b):
                cl_start = b - a
            elif cl is not None and cl.start() > op.start():
                cl_start = cl.start()
            else:
                continue
            inner = seg[op.end() : cl_start]
            if "”" in inner or "''" in inner:
                continue  # two quotes with the reporter's words between: not enclosed
            st = a + op.end()
            en = st + len(inner.rstrip(" ,."))
            if en > st:
                out.append((st, en, ss, text[ss[0] : ss[1]] if ss else ""))
    return out


def gold_strict(text: str, ann: Path) -> list[Gold]:
    """The earlier rule: each segment alone, “ and " only, no lead-in."""
    out = []
    for segs, ss in _attributions(ann):
        for a, b in segs:
            seg = text[a:b].strip().rstrip(",.")
            a2 = a + len(text[a:b]) - len(text[a:b].lstrip())
            if seg[:1] in '“"' or text[a - 1 : a] in '“"':
                inner = seg.strip('“”"').rstrip(",.")
                if (seg[-1:] in '”"' or text[b : b + 1] in '”"') and "”" not in inner:
                    st = a2 + (1 if text[a2] in '“"' else 0)
                    out.append((st, st + len(inner), ss, text[ss[0] : ss[1]] if ss else ""))
    return out


def _fp_kind(q, g: list[Gold], contents: list[tuple[int, int]]) -> str:
    if any(min(b, q.end) > max(a, q.start) for a, b, _s, _t in g):
        return "span differs from a gold quote's"
    if any(min(b, q.end) > max(a, q.start) for a, b in contents):
        return "inside Content that is not wholly quoted"
    return "outside every annotated Content"


def _annotations(split: Path) -> list[tuple[str, Path]]:
    """(text, first annotator's .ann) per article."""
    seen: dict[str, Path] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        seen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return [
        ((split / "text" / f"{name}.txt").read_text(encoding="utf-8"), ann)
        for name, ann in seen.items()
    ]


def documents(split: Path, rule=None):
    """(text, gold quotes, [(quote, model features)]) per article, for training and scoring."""
    for text, ann in _annotations(split):
        yield text, (rule or gold)(text, ann), classified_quotes(make_document(text))


def matches(q, g: list[Gold], used: set[int]) -> int | None:
    """Index of the first unused gold quote that ``q`` overlaps by 80% of the longer."""
    for k, (a, b, _ss, _st) in enumerate(g):
        ov = min(b, q.end) - max(a, q.start)
        if k not in used and ov >= 0.8 * max(b - a, q.end - q.start):
            return k
    return None


def evaluate(dev: Path, rule, report: bool) -> tuple[float, float, float, float, int, int]:
    tp = fp = fn = sp_ok = 0
    fp_kinds: Counter[str] = Counter()
    sp_kinds: Counter[str] = Counter()
    sp_right: Counter[str] = Counter()
    by_source: Counter[tuple[str, bool]] = Counter()  # (attributed | inferred, right)
    unchecked = 0  # inferred names whose gold source names no one (see below)
    arts = _annotations(dev)
    for text, ann in arts:
        g = rule(text, ann)
        contents = [(s[0][0], s[-1][1]) for s, _ss in _attributions(ann)]
        quotes = [q for q, _f in classified_quotes(make_document(text)) if not q.fragment]
        pred = quotes
        used: set[int] = set()
        for q in pred:
            hit = matches(q, g, used)
            if hit is None:
                fp += 1
                fp_kinds[_fp_kind(q, g, contents)] += 1
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
            # A name given for words that bring in someone new and unnamed ("said a New
            # Hampshire Republican") is a wrong name, whatever span it shares with them;
            # otherwise the span (the pronoun or role the name was read from) credits it.
            new_one = stext.strip().lower().startswith(("a ", "an "))
            right = bool(sur and sur in stext.lower()) or bool(
                overlap and not (q.speaker is not None and new_one)
            )
            if q.speaker is not None:
                by_source[("inferred" if q.speaker_inferred else "attributed", right)] += 1
                if q.speaker_inferred and not right and not any(
                    w[:1].isupper() for w in stext.split()
                ):
                    # the gold source is a pronoun or a description ("he", "the
                    # candidate"): who it means is not annotated, so a name inferred for
                    # it cannot be checked (counted wrong above, as always)
                    unchecked += 1
            if right:
                sp_ok += 1
                sp_right["a name" if q.speaker else "the source's words, no name given"] += 1
            elif q.speaker is None:
                sp_kinds["no speaker found"] += 1
            elif q.speaker_start is not None and ss and abs(q.speaker_start - ss[0]) < 200:
                sp_kinds["wrong speaker, nearby"] += 1
            else:
                sp_kinds["wrong speaker, far away"] += 1
        fn += len(g) - len(used)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    acc = sp_ok / tp if tp else 0.0
    if report:
        print(
            f"PolNeAR {dev.name}: {len(arts)} texts, "
            f"gold direct quotes {tp + fn}, predicted {tp + fp}"
        )
        print(f"quote precision {p:.3f} recall {r:.3f} F1 {f:.3f}")
        print(f"speaker accuracy {acc:.3f} (on {tp} matched quotes)")
        for k, v in sp_right.most_common():
            print(f"  {v:4d}  right: {k}")
        for source in ("attributed", "inferred"):
            ok = by_source[(source, True)]
            given = ok + by_source[(source, False)]
            print(f"  names {source}: {ok}/{given} right ({ok / given if given else 0:.3f})"
                  + (" (no words at the quote attribute it: shown marked “(inferred)”)"
                     if source == "inferred" else " (by the outlet's words at the quote)"))
        print(f"    of the inferred names counted wrong, {unchecked} are for a gold source that "
              "names no one (a pronoun, a description): not annotated, so not checkable")
        print(f"false positives ({fp}):")
        for k, v in fp_kinds.most_common():
            print(f"  {v:4d}  {k}")
        print(f"missed gold quotes: {fn}")
        print(f"speaker errors ({tp - sp_ok}):")
        for k, v in sp_kinds.most_common():
            print(f"  {v:4d}  {k}")
    return p, r, f, acc, tp, fp


def agreement(split: Path) -> tuple[int, float, int]:
    """Quote F1 between the two annotators of the texts annotated twice: the ceiling.

    No extractor can agree with one annotator much better than a second annotator does;
    this prints that figure for the same gold rule.
    """
    by: dict[str, list[Path]] = {}
    for ann in sorted((split / "attributions").glob("*.ann")):
        by.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    tp = fp = fn = docs = 0
    for name, anns in by.items():
        if len(anns) < 2:
            continue
        docs += 1
        text = (split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        first, second = gold(text, anns[0]), gold(text, anns[1])
        used: set[int] = set()
        for a, b, _ss, _st in second:
            hit = matches(Span(a, b), first, used)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 1
        fn += len(first) - len(used)
    return docs, (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp + fn


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    split = sys.argv[2] if len(sys.argv) > 2 else "dev"  # "train": a check on unseen text
    dev = data / "polnear" / split
    if not dev.is_dir():
        print(f"PolNeAR {split} not found at {dev}; skipped.")
        return 0
    evaluate(dev, gold, report=True)
    for name in ("dev", "train"):
        docs, f1, n = agreement(dev.parent / name)
        if docs:
            print(
                f"annotator agreement ({name}, {docs} texts annotated twice, {n} quotes): "
                f"F1 {f1:.3f}"
            )
    p, r, f, acc, _tp, _fp = evaluate(dev, gold_strict, report=False)
    print(f"(earlier strict gold rule: P {p:.3f} R {r:.3f} F1 {f:.3f}, speaker {acc:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
