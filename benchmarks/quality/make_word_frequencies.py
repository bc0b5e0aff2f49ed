"""Write resources/word_frequencies/en.tsv: how often each English word is used, by fold key.

Usage: pip install wordfreq==3.1.1; python benchmarks/quality/make_word_frequencies.py [OUT]

Story grouping (:mod:`app.grouping`) weighs a word by how rare it is among the articles
at hand *and* in English at large: in a folder of ten articles about one bank's
collapse, "FDIC" is in every article, which says nothing against the folder, but a
great deal against English, where it is rare. The frequencies are wordfreq's (Robyn
Speer; its "small" English list: every word used at least once per million words, from
Wikipedia, subtitles, news, books, web text and social media), read here once at
development time so that the app needs neither wordfreq nor its five dependencies.

Each word is folded as the engine folds a word (:func:`app.text.fold.tokenize`: lower
case, accents and apostrophes straightened, a light stem), and the frequencies of the
words that fold alike are added ("resigned", "resigns" and "resign" are one term to the
grouping, so one row here). Words holding a digit are left out: wordfreq merges numbers
by their shape, and a number shared by two articles is evidence of one event however
common its shape is. Rows: ``key<TAB>frequency`` (a share of all words, three
significant digits), most frequent first.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.text.fold import tokenize  # noqa: E402
from app.text.word_frequency import TABLE  # noqa: E402

WORDLIST = "small"


def main(argv: list[str]) -> int:
    try:
        import wordfreq
    except ImportError:
        print("needs wordfreq (pip install wordfreq==3.1.1); nothing written")
        return 0
    out = Path(argv[0]) if argv else TABLE
    freqs: dict[str, float] = defaultdict(float)
    for word, f in wordfreq.get_frequency_dict("en", wordlist=WORDLIST).items():
        if any(ch.isdigit() for ch in word):
            continue
        tokens = [t for t in tokenize(word) if t.word]
        if len(tokens) == 1:
            freqs[tokens[0].key] += f
    rows = sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for key, f in rows:
            fh.write(f"{key}\t{f:.3g}\n")
    print(f"{len(rows)} keys from wordfreq {version('wordfreq')} ({WORDLIST} en) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
