"""A hand-made Comparison of the sample story: written cases the views are tested on.

Spans are found with ``str.find`` in the real seed texts, so every record slices back to
the words it claims; word-level DiffOps come from the engine's differ (``app.diff``), so
the marks are the ones the engine would give. The view tests run on the engine's own
comparison too (tests/ui/test_compare_view.py), and must find matches there.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import app
from app.diff import word_diff
from app.model import (
    Boilerplate,
    Cluster,
    ClusterMember,
    Comparison,
    DiffOp,
    Document,
    Match,
    Quote,
    QuoteGroup,
    Span,
    WireRun,
)
from app.text.fold import tokenize

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
OUTLETS = ("Fox News", "Washington Post", "The Independent")

# (doc index a, sentence in a, doc index b, sentence in b, kind, score, flags)
PAIRS: tuple[tuple[int, str, int, str, str, float, tuple[str, ...]], ...] = (
    (
        0,
        "“According to our information, the enemy marked me as target No. 1. My family, "
        "as target No. 2,” Zelensky said.",
        1,
        "“Acording to the information we have, the enemy has marked me as target No. 1, my "
        "family as target No. 2,” he told Ukrainians in an early-morning address.",
        "edited",
        0.81,
        ("speaker",),
    ),
    (
        0,
        "“They want to destroy Ukraine politically by destroying the head of state.",
        1,
        "“They want to destroy Ukraine politically by destroying the head of state.”",
        "identical",
        1.0,
        (),
    ),
    (
        0,
        "We have information that enemy sabotage groups have entered Kyiv.”",
        1,
        "In his address, Zelenksy said that “sabotage groups” had infiltrated Kyiv.",
        "paraphrase",
        0.58,
        (),
    ),
    (
        0,
        "The news would seemingly contradict unconfirmed rumors initially circulating on "
        "social media, likely the result of Russian propaganda, suggesting that Zelensky "
        "had fled the capital and potentially even the country itself as Russian forces "
        "seek to encircle Kyiv.",
        2,
        "There were rumours in Russian media that he had fled – but Zelensky insisted he "
        "was staying put.",
        "paraphrase",
        0.52,
        (),
    ),
    (
        1,
        "“We are all here. Defending our independence. Our country. And so it will "
        "continue,” Zelensky said.",
        2,
        "“We are all here,” he said, surrounded by senior advisers and his prime minister.",
        "edited",
        0.66,
        ("speaker",),
    ),
    (
        1,
        "Fending off rumors that he had fled, Zelensky posted a video on Telegram on Friday "
        "surrounded by his top advisers and prime minister in front of Bankova, Ukraine’s "
        "equivalent to the White House.",
        2,
        "Your support makes all the difference.Ukraine’s president Volodymyr Zelensky has "
        "released a video from the streets of Kyiv, reassuring people he is still in the "
        "capital as Russian troops close in.",
        "paraphrase",
        0.55,
        (),
    ),
    (
        1,
        "“Acording to the information we have, the enemy has marked me as target No. 1, my "
        "family as target No. 2,” he told Ukrainians in an early-morning address.",
        2,
        "Earlier, he told European leaders he was Russia’s “number one target” and warned "
        "he might not be seen again alive.",
        "paraphrase",
        0.51,
        ("number",),
    ),
    (
        0,
        "The Ukrainian president then added, “I am staying in the government quarter "
        "together with others.”",
        2,
        "There were rumours in Russian media that he had fled – but Zelensky insisted he "
        "was staying put.",
        "paraphrase",
        0.5,
        (),
    ),
)

# (quote id, doc index, quoted words, speaker, cue)
QUOTES: tuple[tuple[str, int, str, str | None, str | None], ...] = (
    (
        "q0-target",
        0,
        "According to our information, the enemy marked me as target No. 1. My family, as "
        "target No. 2,",
        "Volodymyr Zelensky",
        "said",
    ),
    (
        "q1-target",
        1,
        "Acording to the information we have, the enemy has marked me as target No. 1, my "
        "family as target No. 2,",
        "Volodymyr Zelensky",
        "told",
    ),
    ("q2-target", 2, "number one target", "Volodymyr Zelensky", "told"),
    (
        "q0-destroy",
        0,
        "They want to destroy Ukraine politically by destroying the head of state. We have "
        "information that enemy sabotage groups have entered Kyiv.",
        "Volodymyr Zelensky",
        "said",
    ),
    (
        "q1-destroy",
        1,
        "They want to destroy Ukraine politically by destroying the head of state.",
        "Volodymyr Zelensky",
        "told",
    ),
    (
        "q1-here",
        1,
        "We are all here. Defending our independence. Our country. And so it will continue,",
        "Volodymyr Zelensky",
        "said",
    ),
    ("q2-here", 2, "We are all here,", "Volodymyr Zelensky", "said"),
    (
        "q0-staying",
        0,
        "I am staying in the government quarter together with others.",
        "Volodymyr Zelensky",
        "added",
    ),
    (
        "q2-glory",
        2,
        "Glory to our defenders, glory to Ukraine, glory to heroes.",
        "Volodymyr Zelensky",
        "saying",
    ),
    (
        "q2-klitschko",
        2,
        "The situation now - without exaggeration - is threatening for Kyiv,",
        "Vitali Klitschko",
        "said",
    ),
)

GROUPS = (
    ("g-target", ("q0-target", "q1-target", "q2-target"), ("reworded", "trimmed")),
    ("g-destroy", ("q0-destroy", "q1-destroy"), ("trimmed",)),
    ("g-here", ("q1-here", "q2-here"), ("trimmed",)),
    ("g-staying", ("q0-staying",), ()),
    ("g-glory", ("q2-glory",), ()),
)


def find(doc: Document, words: str) -> Span:
    start = doc.text.find(words)
    if start < 0:
        raise AssertionError(f"{words[:40]!r} is not in {doc.outlet}")
    return Span(start, start + len(words))


def word_ops(a: Document, sa: Span, b: Document, sb: Span) -> tuple[DiffOp, ...]:
    """The engine's own word differ: a hand-made one would let the views be tested on
    differences the engine never produces (issue 14)."""
    return word_diff(
        a.text, tokenize(a.text, sa.start, sa.end), b.text, tokenize(b.text, sb.start, sb.end),
        sa.start, sb.start,
    )


# (doc index, first words of the boilerplate, first words after it or None for the end)
BOILERPLATE = (
    (0, "Latest News", None),
    (1, "Only subscribers are eligible", None),
    (2, "Your support helps us", "Ukraine’s president Volodymyr Zelensky has released"),
    (2, "Subscribe to Independent Premium", None),
)


def load_seed_documents() -> tuple[Document, ...]:
    docs = [app.load(p) for p in sorted(SEEDS.glob("*.txt"))]
    return tuple(replace(d, outlet=o) for d, o in zip(docs, OUTLETS, strict=True))


def with_boilerplate(docs: tuple[Document, ...]) -> tuple[Document, ...]:
    """The seeds with their page furniture flagged by hand (donation pleas, footers)."""
    flagged: dict[int, list[Boilerplate]] = {}
    for i, first, after in BOILERPLATE:
        text = docs[i].text
        start = text.index(first)
        end = text.index(after) if after else len(text.rstrip())
        flagged.setdefault(i, []).append(Boilerplate(start, end, "page furniture"))
    return tuple(
        replace(d, boilerplate=tuple(flagged.get(i, d.boilerplate))) for i, d in enumerate(docs)
    )


def _named_near(text: str, span: Span, speaker: str) -> tuple[int | None, int | None]:
    """Where the article names ``speaker`` (its surname) nearest the quote, as the
    attributing words the engine would give: after the quote first, then before it; or
    (None, None), which makes the speaker an inferred one."""
    name = speaker.split()[-1]
    after = text.find(name, span.end, span.end + 300)
    at = after if after >= 0 else text.rfind(name, max(0, span.start - 300), span.start)
    return (at, at + len(name)) if at >= 0 else (None, None)


def sample_comparison() -> Comparison:
    docs = with_boilerplate(load_seed_documents())
    matches = []
    for ia, ta, ib, tb, kind, score, flags in PAIRS:
        a, b = docs[ia], docs[ib]
        sa, sb = find(a, ta), find(b, tb)
        ops = () if kind == "paraphrase" else word_ops(a, sa, b, sb)
        matches.append(Match(a.id, b.id, (sa,), (sb,), score, kind, flags, ops))  # type: ignore[arg-type]

    quotes = []
    for qid, i, words, speaker, cue in QUOTES:
        doc = docs[i]
        span = find(doc, words)
        at = _named_near(doc.text, span, speaker)
        quotes.append(Quote(qid, doc.id, span.start, span.end, speaker, *at, cue))
    by_id = {q.id: q for q in quotes}
    groups = tuple(
        QuoteGroup(gid, by_id[members[0]].speaker, members, flags) for gid, members, flags in GROUPS
    )

    # One cluster per fact: a sentence span per carrying document (transitively merged).
    clusters = []
    seen: dict[tuple[str, int], int] = {}
    for m in matches:
        key_a, key_b = (m.a, m.a_spans[0].start), (m.b, m.b_spans[0].start)
        at = seen.get(key_a, seen.get(key_b))
        if at is None:
            at = len(clusters)
            clusters.append({})
        for key, span in ((key_a, m.a_spans[0]), (key_b, m.b_spans[0])):
            seen[key] = at
            clusters[at].setdefault(key[0], span)
    klitschko = find(docs[2], "Kyiv’s mayor Vitali Klitschko said five blasts had been reported")
    clusters.append({docs[2].id: klitschko})
    cluster_records = tuple(
        Cluster(f"c{i}", tuple(ClusterMember(d, s.start, s.end) for d, s in c.items()))
        for i, c in enumerate(clusters)
    )

    matched: dict[str, list[Span]] = {d.id: [] for d in docs}
    for m in matches:
        matched[m.a].extend(m.a_spans)
        matched[m.b].extend(m.b_spans)
    unique = {
        d.id: tuple(
            s for s in d.reporting_sentences if not any(s.overlaps(t) for t in matched[d.id])
        )
        for d in docs
    }
    similarity = {}
    for a in docs:
        for b in docs:
            if a.id == b.id:
                continue
            spans = set()
            for m in matches:
                if {m.a, m.b} == {a.id, b.id}:
                    spans.update(m.a_spans if m.a == a.id else m.b_spans)
            total = sum(len(s) for s in a.reporting_sentences) or 1
            similarity[(a.id, b.id)] = sum(len(s) for s in spans) / total
    destroy_a = find(docs[0], "They want to destroy Ukraine politically by destroying the head")
    destroy_b = find(docs[1], "They want to destroy Ukraine politically by destroying the head")
    wire = WireRun(
        docs[0].id, docs[1].id, destroy_a.start, destroy_a.end, destroy_b.start, destroy_b.end, 11
    )
    return Comparison(
        documents=docs,
        threshold=0.5,
        matches=tuple(matches),
        quotes=tuple(quotes),
        quote_groups=groups,
        clusters=cluster_records,
        unique=unique,
        similarity=similarity,
        wire_runs=(wire,),
    )
