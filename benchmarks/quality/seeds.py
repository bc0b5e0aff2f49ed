"""Pass/fail for each expectation issues 3 and 11 set on the seed story.

Usage: python benchmarks/quality/seeds.py [SEEDS_DIR]
Prints one line per expectation and a total; exit status 0 either way (it is a report).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import app  # noqa: E402
from app.model import Comparison, Match  # noqa: E402


def _text(c: Comparison, doc: str, spans) -> str:
    t = c.document(doc).text
    return " ".join(s.slice(t) for s in spans)


def matched(c: Comparison, i: int, j: int, a_has: str, b_has: str, kinds=None) -> bool:
    a, b = c.documents[i].id, c.documents[j].id
    ms: list[Match] = [
        m
        for m in c.matches_between(a, b)
        if a_has in _text(c, a, m.a_spans) and b_has in _text(c, b, m.b_spans)
    ]
    return bool(ms) and (kinds is None or any(m.kind in kinds for m in ms))


def quote_group_across(c: Comparison, phrases: list[str]) -> bool:
    """One quote group whose members include a quote with each phrase, in different docs."""
    by_id = {q.id: q for q in c.quotes}
    for g in c.quote_groups:
        texts = [
            (by_id[m].doc, c.document(by_id[m].doc).text[by_id[m].start : by_id[m].end])
            for m in g.members
            if m in by_id
        ]
        if all(any(p in t for _d, t in texts) for p in phrases) and len({d for d, _ in texts}) >= 3:
            return True
    return False


def rumour_cluster(c: Comparison) -> bool:
    for cl in c.clusters:
        texts = [c.document(m.doc).text[m.start : m.end].lower() for m in cl.members]
        if len(texts) == 3 and all("rumo" in t and "fled" in t for t in texts):
            return True
    return False


def speakers_found(c: Comparison) -> bool:
    want = {"Zelensky", "Chance", "Psaki", "Schiff", "Warner", "Klitschko"}
    got = {q.speaker.split()[-1] for q in c.quotes if q.speaker}
    missing = want - got
    if missing:
        print(f"    speakers missing: {sorted(missing)}")
    return not missing


def no_boilerplate(c: Comparison) -> bool:
    for m in c.matches:
        for doc, spans in ((m.a, m.a_spans), (m.b, m.b_spans)):
            d = c.document(doc)
            if any(d.is_boilerplate(s) for s in spans):
                return False
    return True


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "seeds"
    paths = sorted(folder.glob("*.txt"))
    if len(paths) < 3:
        print(f"seed articles not found in {folder}; skipping.")
        return 0
    c = app.compare([app.load(p) for p in paths])
    destroy = "They want to destroy Ukraine politically"
    def aligned(
        label: str, i: int, j: int, a: str, b: str, kinds: set[str] | None = None
    ) -> tuple[str, Callable[[], bool]]:
        return label, lambda: matched(c, i, j, a, b, kinds)

    checks: list[tuple[str, Callable[[], bool]]] = [
        aligned("'They want to destroy Ukraine politically…' identical, seeds 0-1",
                0, 1, destroy, destroy, {"identical"}),
        aligned("'We are all here…' matched, seeds 1-2",
                1, 2, "We are all here", "We are all here"),
        aligned("rumours that Zelensky fled matched, seeds 0-1",
                0, 1, "unconfirmed rumors", "rumors that he had fled"),
        aligned("rumours that Zelensky fled matched, seeds 0-2",
                0, 2, "unconfirmed rumors", "rumours in Russian media"),
        aligned("rumours that Zelensky fled matched, seeds 1-2",
                1, 2, "rumors that he had fled", "rumours in Russian media"),
        ("rumours that Zelensky fled: one cluster across all three", lambda: rumour_cluster(c)),
        aligned("'sabotage groups' entered/infiltrated Kyiv matched, seeds 0-1",
                0, 1, "sabotage groups have entered Kyiv", "had infiltrated Kyiv"),
        ("'target No. 1' quote group across all three",
         lambda: quote_group_across(c, ["target No. 1", "number one target"])),
        aligned("'target No. 1' and Zelensky's 'number one target' aligned, seeds 0-2",
                0, 2, "target No. 1", "number one target"),
        aligned("'Defending our independence' aligned with its other translation, seeds 1-2",
                1, 2, "Defending our independence", "protecting the independence"),
        aligned("'And so it will continue' aligned with its other translation, seeds 1-2",
                1, 2, "And so it will continue", "And it will continue"),
        ("'In the live report from Chance…' not matched to Senator Warner's quote",
         lambda: not matched(c, 0, 1, "In the live report from Chance", "said Sen. Mark Warner")
         and not matched(c, 0, 1, "In the live report from Chance", "forward-leaning")),
        ("every expected speaker found", lambda: speakers_found(c)),
        ("no sentence matched to boilerplate", lambda: no_boilerplate(c)),
    ]
    passed = 0
    for name, check in checks:
        ok = check()
        passed += ok
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    print(f"{passed}/{len(checks)} seed expectations pass "
          f"({len(c.matches)} matches, {len(c.clusters)} clusters, "
          f"{len(c.quote_groups)} quote groups)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
