"""What Parallax keeps of real saved web pages, against a person's marking and trafilatura.

Usage: python benchmarks/quality/extraction.py [DATA_DIR] [--list]

DATA_DIR defaults to ``../shared/data`` and must hold ``extraction/`` (90 pages of the
Article Extraction Benchmark, MIT licence, with the article body a person marked). The
script skips when it is absent. It prints:

- token precision / recall / F1 (macro over pages) of the text Parallax compares (the
  document's text minus its flagged spans) against the marked article body, with the
  same figures for Parallax's text before flags and for trafilatura alone (default
  settings, comments included, as a user calling it would get);
- flag precision: of the spans Parallax flags, the share that is not article text, and
  every false flag, so they can be read;
- metadata found and plausible: title (not the site name), date (a real date), author (a
  person's name, judged only where one is given), outlet (a publication's name);
- whether the sample story's furniture the tests name is still all flagged.

The plausibility judges below are deliberately independent of the code under test: a
fix that games them would still have to read right in ``--list``, which prints every
value so the figures can be checked by eye.
Figures (issue 13), before -> after the evidence-based flags and metadata:
  compared text P/R/F1   0.945/0.968/0.946 -> 0.944/0.978/0.951 (trafilatura 0.926/0.978/0.938)
  flag precision         0.281 (57 flagged, 41 article) -> 1.000 (10 flagged, 0 article)
  title / date           75/90, 90/90 -> 90/90, 90/90
  author (of given)      53/76 -> 62/62
  outlet                 84/90 -> 89/90 (the last page declares no site and has no address)
  seeds' named furniture 24/24 -> 24/24
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import app  # noqa: E402
from app.ingest.article import load_bytes  # noqa: E402
from app.model import Document  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.\-]*|[a-z]{1,3}|[A-Z]\.)$")
_NOT_A_NAME = re.compile(
    r"\b(?:is|was|a|reporter|writer|editor|correspondent|contributor|staff|admin|"
    r"administrator|by|updated|posted|published|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|news|team|desk|associated press|reuters|afp)\b|\d|@|https?:",
    re.IGNORECASE,
)
_PUBLISHERS = {"condenast", "gannett", "tronc", "hearst", "businessinsider"}
_BAD_OUTLET = re.compile(r"©|copyright|\d{4}|^hosted$|^home$|^news$|^index$|^blog$", re.I)


def tokens(s: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(s)]


def prf(got: list[str], want: list[str]) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1, the measure the benchmark's authors use."""
    common = sum((Counter(got) & Counter(want)).values())
    p = common / len(got) if got else (1.0 if not want else 0.0)
    r = common / len(want) if want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def is_article_text(span: str, body_tokens: str, body_trigrams: set[tuple[str, ...]]) -> bool:
    """A flagged span is article text when its words run through the marked body.

    Short spans must appear as a whole token sequence; longer ones when most of their
    word trigrams do (the person's marking and the page differ in small ways).
    """
    toks = tokens(span)
    if not toks:
        return False
    if " " + " ".join(toks) + " " in body_tokens:
        return True
    grams = list(zip(toks, toks[1:], toks[2:], strict=False))
    return len(grams) >= 3 and sum(g in body_trigrams for g in grams) > 0.5 * len(grams)


def _squash(s: str) -> str:
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore")
                  .decode().lower())


def _site_label(host: str) -> str:
    """The host's main label: "washingtonpost" for www.washingtonpost.com."""
    parts = [p for p in host.lower().split(".") if p not in {"www", "m", "blog", "news"}]
    while len(parts) > 1 and (len(parts[-1]) <= 3 or parts[-1] in {"info", "co"}):
        parts.pop()
    return parts[-1] if parts else ""


def _echoes_site(s: str, outlet: str, host: str) -> bool:
    """A short piece of text that is the site's name (its own words or its web address)."""
    q = _squash(s)
    label = _squash(_site_label(host))
    site = _squash(outlet)
    if not q or len(s.split()) > 5:
        return False
    return (len(label) >= 3 and (label in q or q in label)) or (len(site) >= 3 and site == q)


def plausible_title(title: str, outlet: str, host: str) -> bool:
    """The page's headline: not the site's name, and not carrying it as a segment."""
    t = title.strip()
    q = _squash(t)
    if len(t.split()) < 2 or q in {_squash(outlet), _squash(_site_label(host))}:
        return False
    segments = [g for g in re.split(r"\s+[|–—-]\s+|\s*\|\s*", t) if g.strip()]
    return len(segments) < 2 or not (
        _echoes_site(segments[-1], outlet, host) or _echoes_site(segments[0], outlet, host)
    )


def plausible_date(date: str) -> bool:
    m = _DATE.match(date)
    return bool(m) and 1995 <= int(m.group(1)) <= time.gmtime().tm_year + 1 and (
        1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
    )


def plausible_author(author: str, outlet: str, host: str) -> bool:
    """One or more people's names: capitalised words, nothing else.

    Bloggers often sign with a first name alone ("Catherine"), so one word is a name too
    unless it is the site's own name or a role ("Admin").
    """
    if _NOT_A_NAME.search(author):
        return False
    site = re.sub(r"[^a-z0-9]", "", (outlet + host).lower())
    for name in re.split(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*", author.strip()):
        words = name.split()
        if not 1 <= len(words) <= 5 or not all(_NAME_WORD.match(w) or not w[0].isascii()
                                                 for w in words):
            return False
        if words[0][0].islower() or words[-1][0].islower():
            return False
        if len(words) == 1 and (len(name) < 3 or name.lower() in site or name.isupper()):
            return False
        if _echoes_site(name, outlet, host) or _squash(name) in _PUBLISHERS:
            return False
    return True


def plausible_outlet(outlet: str, host: str) -> bool:
    """A publication's name: its own spelling, or its web address; never a copyright line.

    A name is accepted when it is the host itself or when its letters echo the host's
    main label (CNBC on cnbc.com, The Washington Post on washingtonpost.com), or when it
    is a short run of capitalised words. A bare word made by capitalising the host's
    label ("Nj" for nj.com) is not how the publication writes its name.
    """
    o = outlet.strip()
    if not o or _BAD_OUTLET.search(o) or len(o) > 60:
        return False
    label = host.lower().removeprefix("www.").split(".")[0] if host else ""
    if o.lower().removeprefix("www.") == host.lower().removeprefix("www."):
        return True
    if label and o == label.capitalize() and len(label) <= 2:
        return False
    squashed = re.sub(r"[^a-z0-9]", "", o.lower())
    if label and len(squashed) >= 3 and (squashed in label or label in squashed):
        return True
    words = o.split()
    return 1 <= len(words) <= 6 and (words[0][0].isupper() or not words[0][0].isascii())


@dataclass
class PageResult:
    id: str
    ours: tuple[float, float, float]
    ours_unflagged: tuple[float, float, float]
    trafilatura: tuple[float, float, float]
    flags: int
    false_flags: list[str]
    doc: Document | None
    host: str


def run_page(pid: str, raw: bytes, body: str, url: str) -> PageResult:
    import trafilatura

    want = tokens(body)
    body_tokens = " " + " ".join(want) + " "
    body_trigrams = set(zip(want, want[1:], want[2:], strict=False))
    host = urlsplit(url).hostname or ""
    traf = trafilatura.extract(raw) or ""
    try:
        doc = load_bytes(raw, f"{pid}.html")
    except app.errors.LoadError:
        doc = None
    if doc is None:
        none = (0.0, 0.0, 0.0)
        return PageResult(pid, none, none, prf(tokens(traf), want), 0, [], None, host)
    false_flags = [
        f"{b.reason}: {doc.text[b.start:b.end]!r}"
        for b in doc.boilerplate
        if is_article_text(doc.text[b.start : b.end], body_tokens, body_trigrams)
    ]
    return PageResult(
        pid,
        prf(tokens(doc.blanked()), want),
        prf(tokens(doc.text), want),
        prf(tokens(traf), want),
        len(doc.boilerplate),
        false_flags,
        doc,
        host,
    )


def seeds_furniture() -> tuple[int, int]:
    """(flagged, named): the seeds' furniture sentences the boilerplate test names."""
    spec = importlib.util.spec_from_file_location(
        "seed_furniture", ROOT / "tests" / "app" / "text" / "test_boilerplate.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    named = flagged = 0
    for prefix, starts in mod.EXPECTED_FURNITURE.items():
        doc = app.load(next((ROOT / "seeds").glob(f"{prefix}_*.txt")))
        for start in starts:
            named += 1
            flagged += any(
                s.slice(doc.text).startswith(start) and doc.is_boilerplate(s)
                for s in doc.sentences
            )
    return flagged, named


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    listing = "--list" in argv
    base = Path(args[0]) if args else ROOT.parent / "shared" / "data"
    folder = base / "extraction" if (base / "extraction").is_dir() else base
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        print(f"extraction data not found at {folder}; skipping.")
        return 0
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    results: list[PageResult] = []
    t0 = time.perf_counter()
    for pid in sorted(truth):
        page = folder / "html" / f"{pid}.html.gz"
        if not page.is_file():
            continue
        raw = gzip.decompress(page.read_bytes())
        results.append(run_page(pid, raw, truth[pid]["articleBody"], truth[pid].get("url", "")))
    elapsed = time.perf_counter() - t0

    print(f"{len(results)} pages ({elapsed:.1f} s)")
    print("article text, token P / R / F1 (macro over pages):")
    for label, key in (
        ("Parallax, compared text", "ours"),
        ("Parallax, before flags", "ours_unflagged"),
        ("trafilatura alone", "trafilatura"),
    ):
        ps, rs, fs = zip(*(getattr(r, key) for r in results), strict=True)
        print(f"  {label:26} {mean(list(ps)):.3f} / {mean(list(rs)):.3f} / {mean(list(fs)):.3f}")

    n_flags = sum(r.flags for r in results)
    n_false = sum(len(r.false_flags) for r in results)
    precision = (n_flags - n_false) / n_flags if n_flags else 1.0
    print(f"flag precision: {precision:.3f}  ({n_flags} spans flagged, {n_false} are article text)")
    for r in results:
        for f in r.false_flags:
            print(f"  FALSE {r.id[:8]} {f[:160]}")

    docs = [(r.doc, r.host) for r in results if r.doc is not None]
    title_ok = sum(plausible_title(d.title, d.outlet, h) for d, h in docs)
    date_found = sum(bool(d.published) for d, _ in docs)
    date_ok = sum(plausible_date(d.published) for d, _ in docs)
    authors = [(d, h) for d, h in docs if d.author]
    author_ok = sum(plausible_author(d.author, d.outlet, h) for d, h in authors)
    outlet_ok = sum(plausible_outlet(d.outlet, h) for d, h in docs)
    n = len(docs)
    print("metadata (found and plausible, of pages):")
    print(f"  title   {title_ok}/{n} = {title_ok / n:.2f}")
    print(f"  date    found {date_found}/{n}, plausible {date_ok}/{n} = {date_ok / n:.2f}")
    print(f"  author  found {len(authors)}/{n}, plausible {author_ok}/{len(authors)} = "
          f"{author_ok / max(1, len(authors)):.2f} of those given")
    print(f"  outlet  {outlet_ok}/{n} = {outlet_ok / n:.2f}")
    for d, h in docs:
        bad = []
        if not plausible_title(d.title, d.outlet, h):
            bad.append(f"title={d.title!r}")
        if d.author and not plausible_author(d.author, d.outlet, h):
            bad.append(f"author={d.author!r}")
        if not plausible_outlet(d.outlet, h):
            bad.append(f"outlet={d.outlet!r}")
        if d.published and not plausible_date(d.published):
            bad.append(f"date={d.published!r}")
        if bad or listing:
            tag = "  " if not bad else "  IMPLAUSIBLE"
            shown = bad if bad and not listing else [
                f"title={d.title[:60]!r}", f"author={d.author!r}", f"outlet={d.outlet!r}",
                f"date={d.published!r}"]
            print(f"{tag} {h}: " + ", ".join(shown))

    flagged, named = seeds_furniture()
    print(f"seeds: {flagged} of {named} named furniture sentences flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
