"""Quotes, speakers, quote groups and same-fact links on the real multi-outlet stories.

The stories (``../shared/data/stories``, six events × ten outlets) are rebuilt once outside
the repository (see their README); this script takes that folder. Gold offsets count from
the top of the saved file (URL line included); the loader drops that line, so each gold
row is moved by where the document's text starts in the file.

Quotes (per event and overall):
- quote recall: a gold row is found when a quote covers at least 80 % of the longer of
  the two (the predicted quote clipped to the gold row's paragraph, because the gold
  gives a quote running over several paragraphs one row per paragraph);
- direct-quote recall: found gold rows of 4+ words whose quote is not ``fragment``;
- speaker accuracy: right / gold rows with a named speaker; wrong names: a name given
  that is not the gold speaker / found gold rows; abstentions: no name / found rows;
- quote-group pairwise P/R/F1 over found rows in different documents: gold pairs share
  an utterance id (``A09+A10`` belongs to both; ``single`` never pairs), predicted pairs
  share a group.
- ``reattributed``: groups with that flag, and how many of them the gold agrees with
  (their members' gold speakers are different people).

Facts (issue 11): fact recall (gold pairs of sentences of different outlets stating one
fact that some match covers), closed-world precision (matches whose two sides both
overlap annotated fact sentences and join the same fact), best-counterpart accuracy
(for a fact sentence and another outlet stating that fact, the best-scoring sentence of
that outlet states it), the most that figure can be ("at most": it asks once per fact,
and a sentence has one best counterpart however many facts it states), and the same
accuracy asked once per sentence and other outlet, as the issue words it ("per
sentence": the first sentence must state any of the sentence's facts). Quote links:
recall (gold pairs of quote rows of one utterance in different outlets that some match
covers) and closed-world precision (matches whose two sides both hold gold quotes,
joining one utterance).

Best-counterpart misses are counted by what the engine put first instead (nothing,
a sentence stating another of the sentence's facts, another fact, a sentence holding a
gold quote but no annotated fact, anything else): the fact gold annotates outlets' own
words only, so a paraphrase whose best counterpart is the quote it reports counts as a
miss. ``-v`` also lists the links that join sentences of two different gold facts.

Anything fitted on the stories is refitted leave-one-event-out (``--loeo``): the held-out
event is scored with weights fitted without it.

Usage: python benchmarks/quality/stories.py [STORIES_DIR] [--loeo] [--event NAME] [-v]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import app  # noqa: E402
from app.model import Comparison, Document, Quote, Span  # noqa: E402

DEFAULT_DIR = Path.home() / "stories"
ROOT_STORIES = DEFAULT_DIR  # the folder being scored (set by main)
GOLD_DIR = ROOT.parent / "shared" / "data" / "stories"


@dataclass(frozen=True)
class GoldQuote:
    ids: frozenset[str]
    file: str
    speaker: str  # canonical name, or "unnamed: …"
    span: Span

    @property
    def named(self) -> bool:
        return not self.speaker.startswith("unnamed")


@dataclass(frozen=True)
class GoldFact:
    fact: str
    file: str
    span: Span


@dataclass
class Event:
    name: str
    docs: dict[str, Document]  # file -> document
    quotes: list[GoldQuote]
    facts: list[GoldFact]
    lost: int = 0  # gold rows outside the loaded text


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_event(texts: Path, gold: Path) -> Event | None:
    files = _rows(gold / "files.tsv")
    docs: dict[str, Document] = {}
    shift: dict[str, int] = {}
    for r in files:
        p = texts / r["file"]
        if not p.exists():
            return None
        doc = app.load(str(p))
        raw = p.read_text(encoding="utf-8")
        at = raw.find(doc.text[:200])
        if at < 0 or raw[at : at + len(doc.text)] != doc.text:
            raise SystemExit(f"{p}: the loaded text is not a slice of the file; fix the mapping")
        docs[r["file"]], shift[r["file"]] = doc, at
    ev = Event(gold.name, docs, [], [])

    def moved(r: dict[str, str]) -> Span | None:
        s, e = int(r["start"]) - shift[r["file"]], int(r["end"]) - shift[r["file"]]
        if s < 0 or e > len(docs[r["file"]].text):
            ev.lost += 1
            return None
        return Span(s, e)

    for r in _rows(gold / "quotes.tsv"):
        if (sp := moved(r)) is not None:
            ids = frozenset(r["quote_id"].split("+"))
            ev.quotes.append(GoldQuote(ids, r["file"], r["speaker"], sp))
    for r in _rows(gold / "facts.tsv"):
        if (sp := moved(r)) is not None:
            ev.facts.append(GoldFact(r["fact_id"], r["file"], sp))
    return ev


def load_events(texts_root: Path, only: str | None = None) -> list[Event]:
    out = []
    for gold in sorted(p for p in GOLD_DIR.iterdir() if (p / "files.tsv").exists()):
        if only and gold.name != only:
            continue
        ev = load_event(texts_root / gold.name, gold)
        if ev is None:
            print(f"{gold.name}: articles missing under {texts_root}; skipped")
        else:
            out.append(ev)
    return out


# ------------------------------------------------------------------------------ quotes


def _paragraph(text: str, span: Span) -> Span:
    lo = text.rfind("\n", 0, span.start) + 1
    hi = text.find("\n", span.end)
    return Span(lo, len(text) if hi < 0 else hi)


def found_quote(doc: Document, g: GoldQuote, quotes: list[Quote]) -> Quote | None:
    para = _paragraph(doc.text, g.span)
    best, best_ov = None, 0
    for q in quotes:
        lo, hi = max(q.start, para.start), min(q.end, para.end)
        if hi <= lo:
            continue
        clipped = hi - lo
        ov = min(hi, g.span.end) - max(lo, g.span.start)
        if ov > 0 and ov >= 0.8 * max(clipped, len(g.span)) and ov > best_ov:
            best, best_ov = q, ov
    return best


def _norm(name: str) -> list[str]:
    return [w.strip(".,’'").lower() for w in name.replace("-", " ").split() if w.strip(".,’'")]


def same_person(predicted: str, gold: str) -> bool:
    """The predicted name names the gold speaker: its words are the gold name's, or its
    surname is (``Truss`` for ``Liz Truss``; ``Jacinda Ardern`` for ``Jacinda Ardern``).
    For an organisation, a body of it counts ("OpenAI's board of directors" for the
    gold's "OpenAI", whose convention names the institution behind a statement), and
    spacing does not ("Open AI")."""
    p, g = _norm(predicted), _norm(gold)
    if not p or not g:
        return False
    if "".join(p) == "".join(g):
        return True
    owner = p[0].removesuffix("'s").removesuffix("’s")
    if owner != p[0] and owner == "".join(g):
        return True
    if set(p) <= set(g):
        return True
    return p[-1] == g[-1] and len(p) <= 3


def _add_fields(total: object, part: object) -> None:
    """Add ``part``'s counts, lists and counters into ``total``, field by field."""
    for f in fields(total):  # type: ignore[arg-type]
        mine, theirs = getattr(total, f.name), getattr(part, f.name)
        if isinstance(mine, Counter):
            mine.update(theirs)
        elif isinstance(mine, list):
            mine.extend(theirs)
        else:
            setattr(total, f.name, mine + theirs)


@dataclass
class QuoteTally:
    gold: int = 0
    found: int = 0
    long_gold: int = 0
    long_direct: int = 0
    named: int = 0
    right: int = 0
    wrong: int = 0
    abstain: int = 0
    pairs_tp: int = 0
    pairs_fp: int = 0
    pairs_fn: int = 0
    reattributed: int = 0  # groups flagged reattributed
    reattributed_gold: int = 0  # ... whose members' gold speakers are different people
    # Speakers given, right, split by whether the outlet's words at the quote name them
    # (attributed) or the engine inferred them (app.model.Quote.speaker_inferred).
    attributed_given: int = 0
    attributed_right: int = 0
    inferred_given: int = 0
    inferred_right: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    missed_examples: list[str] = field(default_factory=list)
    blank_examples: list[str] = field(default_factory=list)  # a named speaker not given

    def add(self, o: QuoteTally) -> None:
        _add_fields(self, o)

    def line(self, label: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        p = self.pairs_tp / (self.pairs_tp + self.pairs_fp) if self.pairs_tp + self.pairs_fp else 0
        rc = self.pairs_tp / (self.pairs_tp + self.pairs_fn) if self.pairs_tp + self.pairs_fn else 0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0
        return (f"{label:<28} quotes {r(self.found, self.gold)}"
                f"  direct {r(self.long_direct, self.long_gold)}"
                f"  speaker {r(self.right, self.named)}  wrong {r(self.wrong, self.found)}"
                f"  abstain {r(self.abstain, self.found)}  groups P/R/F1 {p:.3f}/{rc:.3f}/{f1:.3f}"
                f"  reattributed {self.reattributed} (gold agrees {self.reattributed_gold})\n"
                f"{'':<28} speakers given: attributed right "
                f"{r(self.attributed_right, self.attributed_given)}"
                f" ({self.attributed_right}/{self.attributed_given}), inferred right "
                f"{r(self.inferred_right, self.inferred_given)}"
                f" ({self.inferred_right}/{self.inferred_given})")


def score_quotes(ev: Event, comparison: Comparison) -> QuoteTally:
    t = QuoteTally()
    by_doc: dict[str, list[Quote]] = defaultdict(list)
    for q in comparison.quotes:
        by_doc[q.doc].append(q)
    groups_of: dict[str, set[str]] = defaultdict(set)
    for grp in comparison.quote_groups:
        for m in grp.members:
            groups_of[m].add(grp.id)
    hits: list[tuple[GoldQuote, Quote]] = []
    for g in ev.quotes:
        doc = ev.docs[g.file]
        t.gold += 1
        words = len(g.span.slice(doc.text).split())
        q = found_quote(doc, g, by_doc[doc.id])
        if words >= 4:
            t.long_gold += 1
        if g.named:
            t.named += 1
        if q is None:
            t.missed_examples.append(f"{ev.name}/{g.file}: {g.span.slice(doc.text)[:70]!r}")
            continue
        t.found += 1
        hits.append((g, q))
        if words >= 4 and not q.fragment:
            t.long_direct += 1
        if q.speaker is not None:
            ok = g.named and same_person(q.speaker, g.speaker)
            if q.speaker_inferred:
                t.inferred_given += 1
                t.inferred_right += ok
            else:
                t.attributed_given += 1
                t.attributed_right += ok
        if q.speaker is None:
            t.abstain += 1
            if g.named:
                t.blank_examples.append(
                    f"{ev.name}/{g.file}: {g.speaker!r}: {g.span.slice(doc.text)[:50]!r}")
        elif g.named and same_person(q.speaker, g.speaker):
            t.right += 1
        else:
            t.wrong += 1
            t.wrong_examples.append(
                f"{ev.name}/{g.file}: {q.speaker!r} for {g.speaker!r}: "
                f"{g.span.slice(doc.text)[:50]!r}")
    for i, (g1, q1) in enumerate(hits):
        for g2, q2 in hits[i + 1 :]:
            if g1.file == g2.file:
                continue
            gold_same = bool((g1.ids & g2.ids) - {"single"})
            pred_same = bool(groups_of[q1.id] & groups_of[q2.id])
            if gold_same and pred_same:
                t.pairs_tp += 1
            elif pred_same:
                t.pairs_fp += 1
            elif gold_same:
                t.pairs_fn += 1
    gold_of = {q.id: g for g, q in hits}
    for grp in comparison.quote_groups:
        if "reattributed" in grp.flags:
            t.reattributed += 1
            named = sorted({gold_of[m].speaker for m in grp.members
                            if m in gold_of and gold_of[m].named})
            t.reattributed_gold += any(not same_person(a, b) for a in named for b in named)
    return t


# ------------------------------------------------------------------------------- facts


@dataclass
class FactTally:
    gold_pairs: int = 0
    covered: int = 0
    closed: int = 0
    closed_right: int = 0
    best_total: int = 0
    best_right: int = 0
    best_ceiling: int = 0  # the most best_right can be (see fact_ceiling)
    sentence_total: int = 0  # best counterpart asked once per sentence and outlet
    sentence_right: int = 0
    matches: int = 0
    quote_pairs: int = 0  # gold pairs of quote rows of one utterance in two outlets
    quote_covered: int = 0
    quote_closed: int = 0  # matches whose two sides both hold gold quotes
    quote_closed_right: int = 0  # ... of one utterance
    cluster_covered: int = 0  # gold fact pairs whose two sentences one cluster holds
    cluster_closed: int = 0  # pairs of cluster members both overlapping fact sentences
    cluster_closed_right: int = 0  # ... stating one fact
    by_kind: Counter = field(default_factory=Counter)
    wrong_examples: list[str] = field(default_factory=list)  # closed-world wrong links

    def add(self, o: FactTally) -> None:
        _add_fields(self, o)

    def line(self, label: str) -> str:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        kinds = " ".join(f"{k}={v}" for k, v in sorted(self.by_kind.items()))
        return (f"{label:<28} fact recall {r(self.covered, self.gold_pairs)}"
                f" ({self.covered}/{self.gold_pairs})  closed-world precision"
                f" {r(self.closed_right, self.closed)} ({self.closed_right}/{self.closed})"
                f"  best counterpart {r(self.best_right, self.best_total)}"
                f" (at most {r(self.best_ceiling, self.best_total)}; per sentence"
                f" {r(self.sentence_right, self.sentence_total)})  matches {kinds}\n"
                f"{'':<28} quote links: recall {r(self.quote_covered, self.quote_pairs)}"
                f" ({self.quote_covered}/{self.quote_pairs})  closed-world precision"
                f" {r(self.quote_closed_right, self.quote_closed)}"
                f" ({self.quote_closed_right}/{self.quote_closed})\n"
                f"{'':<28} fact clusters (member pairs): recall"
                f" {r(self.cluster_covered, self.gold_pairs)} ({self.cluster_covered}/"
                f"{self.gold_pairs})  closed-world precision"
                f" {r(self.cluster_closed_right, self.cluster_closed)}"
                f" ({self.cluster_closed_right}/{self.cluster_closed})")


def _facts_at(ev: Event, file: str, spans: tuple[Span, ...]) -> set[str]:
    return {f.fact for f in ev.facts if f.file == file and any(f.span.overlaps(s) for s in spans)}


def _said_at(ev: Event, file: str, spans: tuple[Span, ...]) -> set[str]:
    """Utterance ids of the gold quotes ``spans`` overlap (``single``: none)."""
    return {
        i for q in ev.quotes if q.file == file and any(q.span.overlaps(s) for s in spans)
        for i in q.ids if i != "single"
    }


def score_facts(ev: Event, comparison: Comparison) -> FactTally:
    t = FactTally()
    file_of = {d.id: f for f, d in ev.docs.items()}
    links: dict[frozenset[tuple[str, GoldFact]], bool] = {}
    by_pair: dict[tuple[str, str], list[tuple[tuple[Span, ...], tuple[Span, ...]]]] = (
        defaultdict(list))
    for m in comparison.matches:
        t.matches += 1
        t.by_kind[m.kind] += 1
        fa, fb = file_of[m.a], file_of[m.b]
        by_pair[(fa, fb)].append((m.a_spans, m.b_spans))
        by_pair[(fb, fa)].append((m.b_spans, m.a_spans))
        facts_a, facts_b = _facts_at(ev, fa, m.a_spans), _facts_at(ev, fb, m.b_spans)
        said_a, said_b = _said_at(ev, fa, m.a_spans), _said_at(ev, fb, m.b_spans)
        if said_a and said_b:
            t.quote_closed += 1
            t.quote_closed_right += bool(said_a & said_b)
        if facts_a and facts_b:
            t.closed += 1
            t.closed_right += bool(facts_a & facts_b)
            if not facts_a & facts_b:
                words = [
                    " ".join(" ".join(s.slice(ev.docs[f].text) for s in spans).split())[:160]
                    for f, spans in ((fa, m.a_spans), (fb, m.b_spans))
                ]
                t.wrong_examples.append(
                    f"{ev.name} {m.kind} {m.score:.2f} {sorted(facts_a)} / {sorted(facts_b)}\n"
                    f"      {words[0]}\n      {words[1]}"
                )
    del links
    in_cluster: dict[str, list[tuple[int, Span]]] = defaultdict(list)  # file -> (k, span)
    for k, cl in enumerate(comparison.clusters):
        members = [(file_of[m.doc], Span(m.start, m.end)) for m in cl.members]
        for f, span in members:
            in_cluster[f].append((k, span))
        for i, (fa, sa) in enumerate(members):
            for fb, sb in members[i + 1 :]:
                facts_a, facts_b = _facts_at(ev, fa, (sa,)), _facts_at(ev, fb, (sb,))
                if fa != fb and facts_a and facts_b:
                    t.cluster_closed += 1
                    t.cluster_closed_right += bool(facts_a & facts_b)
    facts = ev.facts
    for i, f1 in enumerate(facts):
        for f2 in facts[i + 1 :]:
            if f1.fact != f2.fact or f1.file == f2.file:
                continue
            t.gold_pairs += 1
            t.covered += any(
                any(s.overlaps(f1.span) for s in sa) and any(s.overlaps(f2.span) for s in sb)
                for sa, sb in by_pair[(f1.file, f2.file)]
            )
            t.cluster_covered += bool(
                {k for k, s in in_cluster[f1.file] if s.overlaps(f1.span)}
                & {k for k, s in in_cluster[f2.file] if s.overlaps(f2.span)}
            )
    quotes = [q for q in ev.quotes if q.ids != {"single"}]
    for i, q1 in enumerate(quotes):
        for q2 in quotes[i + 1 :]:
            if q1.file == q2.file or not (q1.ids & q2.ids) - {"single"}:
                continue
            t.quote_pairs += 1
            t.quote_covered += any(
                any(s.overlaps(q1.span) for s in sa) and any(s.overlaps(q2.span) for s in sb)
                for sa, sb in by_pair[(q1.file, q2.file)]
            )
    return t


def best_counterpart(ev: Event, rank, misses: Counter | None = None) -> tuple[int, int]:
    """(right, total): for each fact sentence and each other outlet stating that fact, is
    the sentence ``rank`` puts first in that outlet one that states the fact? A ranking
    that offers no sentence counts as wrong. ``misses``, when given, counts the wrong
    ones by what the sentence put first is (see :data:`MISSES`)."""
    right = total = 0
    sents = {f: [s for s in d.reporting_sentences] for f, d in ev.docs.items()}
    for f1 in ev.facts:
        others = {f.file for f in ev.facts if f.fact == f1.fact and f.file != f1.file}
        for other in sorted(others):
            cands = sents[other]
            if not cands:
                continue
            top = rank(ev.docs[f1.file], f1.span, ev.docs[other], cands)
            total += 1
            if top is None:
                if misses is not None:
                    misses["none"] += 1
                continue
            gold_spans = [f.span for f in ev.facts if f.fact == f1.fact and f.file == other]
            hit = any(top.overlaps(g) for g in gold_spans)
            right += hit
            if misses is not None and not hit:
                misses[_miss(ev, f1, other, top)] += 1
    return right, total


def _queries(ev: Event) -> dict[tuple[str, Span, str], set[str]]:
    """Each (file, fact sentence, other outlet stating one of its facts), with the
    facts of the sentence that outlet states."""
    out: dict[tuple[str, Span, str], set[str]] = defaultdict(set)
    for f1 in ev.facts:
        for f2 in ev.facts:
            if f2.fact == f1.fact and f2.file != f1.file and ev.docs[f2.file].reporting_sentences:
                out[(f1.file, f1.span, f2.file)].add(f1.fact)
    return out


def _states(ev: Event, file: str, span: Span, facts: set[str]) -> set[str]:
    return {
        g.fact for g in ev.facts
        if g.file == file and g.fact in facts and g.span.overlaps(span)
    }


def fact_ceiling(ev: Event) -> int:
    """The most :func:`best_counterpart` can count right. It asks once per fact, so a
    sentence stating two facts that another outlet states in two sentences is asked
    twice about that outlet, with a different right answer each time; one best
    counterpart can be right once."""
    return sum(
        max(len(_states(ev, other, s, facts)) for s in ev.docs[other].reporting_sentences)
        for (_file, _span, other), facts in _queries(ev).items()
    )


def best_counterpart_per_sentence(ev: Event, rank) -> tuple[int, int]:
    """(right, total): best-counterpart accuracy asked as the issue words it, once for
    each fact sentence and each other outlet stating one of its facts: is the sentence
    ``rank`` puts first in that outlet one stating any of them?"""
    right = total = 0
    for (file, span, other), facts in _queries(ev).items():
        top = rank(ev.docs[file], span, ev.docs[other], ev.docs[other].reporting_sentences)
        total += 1
        right += top is not None and bool(_states(ev, other, top, facts))
    return right, total


MISSES = {
    "none": "no sentence offered (no candidate pair, and no sentence vectors to fall back on)",
    "same sentence, other fact": "a sentence stating another fact the sentence also states",
    "other fact": "a sentence annotated with a different fact",
    "quote": "a sentence with no fact annotated that holds a gold quote (facts are "
    "annotated only where outlets use their own words)",
    "unannotated": "any other sentence",
}


def _miss(ev: Event, f1: GoldFact, other: str, top: Span) -> str:
    """What a wrong best counterpart is (a key of :data:`MISSES`)."""
    mine = _facts_at(ev, f1.file, (f1.span,))
    theirs = _facts_at(ev, other, (top,))
    if theirs & mine:
        return "same sentence, other fact"
    if theirs:
        return "other fact"
    if any(q.file == other and q.span.overlaps(top) for q in ev.quotes):
        return "quote"
    return "unannotated"


def _rank_by_engine(story):
    """The engine's ranking (:func:`app.story.counterpart`) over the scored story."""
    from app.story import counterpart

    def rank(a: Document, span: Span, b: Document, _cands: list[Span]) -> Span | None:
        return counterpart(story, a.id, span, b.id)

    return rank


# ------------------------------------------------------------------------------- main


@contextmanager
def _held_out(event: str | None) -> Iterator[None]:
    """Use weights fitted without ``event`` for anything fitted on the stories."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import story_models

    from benchmarks.quality import fact_models

    with story_models.held_out(event, ROOT_STORIES), fact_models.held_out(event, ROOT_STORIES):
        yield


SWEEP = (0.2, 0.3, 0.4, 0.45, 0.5, 0.56, 0.62, 0.7, 0.8)


def run(events: list[Event], loeo: bool, verbose: bool) -> None:
    total_q, total_f = QuoteTally(), FactTally()
    best_r = best_t = 0
    misses: Counter = Counter()
    sweep = {t: FactTally() for t in SWEEP}
    hidden = FactTally()  # the default threshold with "Show related links" unticked
    for ev in events:
        with _held_out(ev.name if loeo else None):
            # as the product scores a folder of one event: the grouping keeps each of
            # these events whole (story_grouping.py), so it is one grouped story
            story = app.score(list(ev.docs.values()), grouped=True)
            comparison = app.select(story)
            qt = score_quotes(ev, comparison)
            ft = score_facts(ev, comparison)
            rank = _rank_by_engine(story)
            r, n = best_counterpart(ev, rank, misses)
            ft.sentence_right, ft.sentence_total = best_counterpart_per_sentence(ev, rank)
            ft.best_ceiling = fact_ceiling(ev)
            for t, tally in sweep.items():
                tally.add(score_facts(ev, app.select(story, t)))
            hidden.add(score_facts(ev, app.select(story, related=False)))
        ft.best_right, ft.best_total = r, n
        best_r, best_t = best_r + r, best_t + n
        print(qt.line(ev.name))
        print(ft.line(""))
        if ev.lost:
            print(f"{'':<28} ({ev.lost} gold rows fall outside the loaded text)")
        total_q.add(qt)
        total_f.add(ft)
    label = "ALL (leave-one-event-out)" if loeo else "ALL"
    print(total_q.line(label))
    print(total_f.line(""))
    print(f"best counterpart misses ({sum(misses.values())} of {best_t}), by what came first:")
    for key, what in MISSES.items():
        print(f"  {misses[key]:5d}  {key}: {what}")
    print("facts by threshold (the same scored stories, re-selected):")
    for t, tally in sweep.items():
        print(tally.line(f"  threshold {t:.2f}"))
    print(hidden.line("  related links hidden"))
    if verbose:
        print("\nwrong names:")
        for w in total_q.wrong_examples:
            print("  ", w)
        print("\nlinks joining sentences of different gold facts (closed world):")
        for w in total_f.wrong_examples:
            print("  ", w)
        print("\nnamed speakers left blank:")
        for w in total_q.blank_examples:
            print("  ", w)
        print("\nmissed quotes:")
        for w in total_q.missed_examples:
            print("  ", w)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("stories", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--loeo", action="store_true", help="leave-one-event-out for fitted parts")
    ap.add_argument("--event")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    root = Path(args.stories)
    global ROOT_STORIES
    ROOT_STORIES = root
    if not root.is_dir() or not GOLD_DIR.is_dir():
        print(f"skipped: no stories at {root} (or no gold at {GOLD_DIR})")
        return 0
    events = load_events(root, args.event)
    if not events:
        print("skipped: no event could be loaded")
        return 0
    run(events, args.loeo, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
