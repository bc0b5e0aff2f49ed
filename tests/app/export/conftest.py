"""Comparisons for export tests.

``seed_comparison`` is built by hand from the three seed articles, with offsets found by
``str.find`` in the loaded text and word diffs from the engine's own differ, so the
exporters are tested on written cases with the marks the engine would give.
``engine_comparison`` is what the real pipeline (``app.load`` + ``app.compare``) makes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

import pytest

import app
from app.diff import word_diff as engine_word_diff
from app.ingest.build import make_document
from app.model import (
    Cluster,
    ClusterMember,
    Comparison,
    DiffOp,
    Document,
    Match,
    MatchKind,
    Quote,
    QuoteGroup,
    Span,
    WireRun,
)
from app.text.fold import tokenize


def find(doc: Document, text: str) -> Span:
    start = doc.text.find(text)
    assert start >= 0, f"{text!r} not in {doc.path}"
    return Span(start, start + len(text))


def word_diff(a: Document, sa: Span, b: Document, sb: Span) -> tuple[DiffOp, ...]:
    """The engine's own word differ over the two spans: a hand-made one would test the
    exporters on differences the engine never produces (issue 14)."""
    return engine_word_diff(
        a.text, tokenize(a.text, sa.start, sa.end), b.text, tokenize(b.text, sb.start, sb.end),
        sa.start, sb.start,
    )


def make_match(
    a: Document,
    a_text: str,
    b: Document,
    b_text: str,
    kind: MatchKind,
    score: float,
    flags: tuple[str, ...] = (),
) -> Match:
    sa, sb = find(a, a_text), find(b, b_text)
    return Match(a.id, b.id, (sa,), (sb,), score, kind, flags, word_diff(a, sa, b, sb))


def make_quote(doc: Document, qid: str, text: str, speaker: str, name: str, cue: str) -> Quote:
    span = find(doc, text)
    who = doc.text.find(name, span.end)
    if who < 0:
        return Quote(qid, doc.id, span.start, span.end, speaker, None, None, cue)
    return Quote(qid, doc.id, span.start, span.end, speaker, who, who + len(name), cue)


@pytest.fixture(scope="session")
def seed_docs(seed_paths: list[Path]) -> tuple[Document, ...]:
    return tuple(app.load(p) for p in seed_paths)


@pytest.fixture(scope="session")
def seed_comparison(seed_docs: tuple[Document, ...]) -> Comparison:
    d0, d1, d2 = seed_docs
    zel = "Volodymyr Zelensky"
    quotes = (
        make_quote(
            d0,
            "q0-target",
            "According to our information, the enemy marked me as target "
            "No. 1. My family, as target No. 2,",
            zel,
            "Zelensky",
            "said",
        ),
        make_quote(
            d0,
            "q0-destroy",
            "They want to destroy Ukraine politically by destroying the "
            "head of state. We have information that enemy sabotage groups have entered "
            "Kyiv.",
            zel,
            "Zelensky",
            "said",
        ),
        make_quote(
            d1,
            "q1-target",
            "Acording to the information we have, the enemy has marked me "
            "as target No. 1, my family as target No. 2,",
            zel,
            "he",
            "told",
        ),
        make_quote(
            d1,
            "q1-destroy",
            "They want to destroy Ukraine politically by destroying the head of state.",
            zel,
            "Zelensky",
            "said",
        ),
        make_quote(
            d1,
            "q1-here",
            "We are all here. Defending our independence. Our country. And so it will continue,",
            zel,
            "Zelensky",
            "said",
        ),
        make_quote(d2, "q2-here", "We are all here,", zel, "he", "said"),
        make_quote(d2, "q2-target", "number one target", zel, "he", "told"),
    )
    groups = (
        QuoteGroup(
            "g-target", zel, ("q0-target", "q1-target", "q2-target"), ("reworded", "trimmed")
        ),
        QuoteGroup("g-destroy", zel, ("q0-destroy", "q1-destroy"), ("trimmed",)),
        QuoteGroup("g-here", zel, ("q1-here", "q2-here"), ("trimmed",)),
    )
    destroy = "They want to destroy Ukraine politically by destroying the head of state."
    matches = (
        make_match(d0, destroy, d1, destroy, "identical", 1.0),
        make_match(
            d0,
            "According to our information, the enemy marked me as target No. 1.",
            d1,
            "Acording to the information we have, the enemy has marked me as target "
            "No. 1, my family as target No. 2,",
            "edited",
            0.81,
        ),
        make_match(
            d0,
            "We have information that enemy sabotage groups have entered Kyiv.",
            d1,
            "In his address, Zelenksy said that “sabotage groups” had infiltrated Kyiv.",
            "paraphrase",
            0.62,
        ),
        make_match(
            d0,
            "The news would seemingly contradict unconfirmed rumors initially "
            "circulating on social media, likely the result of Russian propaganda, "
            "suggesting that Zelensky had fled the capital and potentially even the "
            "country itself as Russian forces seek to encircle Kyiv.",
            d2,
            "There were rumours in Russian media that he had fled – but Zelensky "
            "insisted he was staying put.",
            "paraphrase",
            0.55,
        ),
        make_match(
            d1,
            "Fending off rumors that he had fled, Zelensky posted a video on Telegram "
            "on Friday surrounded by his top advisers and prime minister in front of "
            "Bankova, Ukraine’s equivalent to the White House.",
            d2,
            "There were rumours in Russian media that he had fled – but Zelensky "
            "insisted he was staying put.",
            "paraphrase",
            0.58,
        ),
        make_match(
            d1,
            "“We are all here. Defending our independence. Our country. And so it will "
            "continue,” Zelensky said.",
            d2,
            "“We are all here,” he said, surrounded by senior advisers and his prime minister.",
            "edited",
            0.66,
            ("speaker",),
        ),
    )
    run_a, run_b = find(d0, destroy), find(d1, destroy)
    similarity = {
        (d0.id, d1.id): 0.18,
        (d1.id, d0.id): 0.11,
        (d0.id, d2.id): 0.05,
        (d2.id, d0.id): 0.06,
        (d1.id, d2.id): 0.07,
        (d2.id, d1.id): 0.12,
    }
    rumours = [
        find(d0, "unconfirmed rumors"),
        find(d1, "Fending off rumors"),
        find(d2, "There were rumours"),
    ]
    cluster = Cluster(
        "c-rumours",
        tuple(ClusterMember(d.id, s.start, s.end) for d, s in zip(seed_docs, rumours, strict=True)),
    )
    return Comparison(
        documents=seed_docs,
        threshold=0.5,
        matches=matches,
        quotes=quotes,
        quote_groups=groups,
        clusters=(cluster,),
        unique=MappingProxyType({d2.id: (find(d2, "Glory to our defenders"),)}),
        similarity=MappingProxyType(similarity),
        wire_runs=(WireRun(d0.id, d1.id, run_a.start, run_a.end, run_b.start, run_b.end, 12),),
        settings=MappingProxyType({"hide_boilerplate": True}),
    )


@pytest.fixture(scope="session")
def engine_comparison(seed_docs: tuple[Document, ...]) -> Comparison:
    return app.compare(seed_docs)


# One article per script the PDF font must cover; each line ends up in the report.
SCRIPTS_TEXT = (
    "Café owners in Kraków and São Paulo said the “déjà vu” was real — prices rose 5–7%.\n\n"
    "Мэр Киева Виталий Кличко заявил: «Ситуация сейчас угрожающая».\n\n"
    "Ο πρωθυπουργός δήλωσε ότι «η Ελλάδα στηρίζει την Ουκρανία».\n\n"
    "‘Naïve’ façades, Øresund’s Æsir and Łódź’s Żubr—all in one line…\n"
)


@pytest.fixture(scope="session")
def scripts_comparison() -> Comparison:
    a = make_document(
        SCRIPTS_TEXT,
        path="scripts.txt",
        title="Scripts: Ελλάδα, Київ, Kraków",
        outlet="Многоязычная газета",
        author="Zoë Ångström",
    )
    b_text = SCRIPTS_TEXT.replace("5–7%", "6–8%").replace("угрожающая", "опасная")
    b = make_document(b_text, path="scripts-b.txt", outlet="Ελληνικά Νέα")
    pairs = [
        (
            "Café owners in Kraków and São Paulo said the “déjà vu” was real — prices rose 5–7%.",
            "Café owners in Kraków and São Paulo said the “déjà vu” was real — prices rose 6–8%.",
            "edited",
            ("number",),
        ),
        (
            "Мэр Киева Виталий Кличко заявил: «Ситуация сейчас угрожающая».",
            "Мэр Киева Виталий Кличко заявил: «Ситуация сейчас опасная».",
            "edited",
            (),
        ),
        (
            "Ο πρωθυπουργός δήλωσε ότι «η Ελλάδα στηρίζει την Ουκρανία».",
            "Ο πρωθυπουργός δήλωσε ότι «η Ελλάδα στηρίζει την Ουκρανία».",
            "identical",
            (),
        ),
    ]
    matches = tuple(make_match(a, x, b, y, kind, 0.9, flags) for x, y, kind, flags in pairs)  # type: ignore[arg-type]
    qa = make_quote(a, "qa", "Ситуация сейчас угрожающая", "Виталий Кличко", "Кличко", "заявил")
    qb = make_quote(b, "qb", "Ситуация сейчас опасная", "Виталий Кличко", "Кличко", "заявил")
    return Comparison(
        documents=(a, b),
        threshold=0.5,
        matches=matches,
        quotes=(qa, qb),
        quote_groups=(QuoteGroup("g", "Виталий Кличко", ("qa", "qb"), ("reworded",)),),
    )


@pytest.fixture(scope="session")
def long_comparison() -> Comparison:
    """A matched sentence longer than a page, and a 300-character URL: must wrap, not spill."""
    sentence = " ".join(f"Zelensky said the capital would hold (part {i})." for i in range(140))
    sentence = sentence.replace(".", ",")[:-1] + "."
    a = make_document(sentence + "\n\nShort line.", path="long-a.txt", outlet="Long A",
                      url="https://example.org/" + "x" * 300)  # fmt: skip
    b = make_document(sentence.replace("part 70", "part 71") + "\n\nOther line.", path="long-b.txt",
                      outlet="Long B")  # fmt: skip
    m = make_match(
        a, sentence, b, sentence.replace("part 70", "part 71"), "edited", 0.99, ("number",)
    )
    return Comparison(documents=(a, b), threshold=0.5, matches=(m,))


@pytest.fixture(scope="session")
def single_comparison() -> Comparison:
    """One article (seed 2's opening, donation plea included) with two quotes."""
    from dataclasses import replace

    from app.model import Boilerplate

    text = (
        "There were rumours in Russian media that he had fled – but Zelensky insisted he was "
        "staying put.\n\n“We are all here,” he said, surrounded by senior advisers.\n\n"
        "Your support helps us to tell the story. Your donation allows us to keep sending "
        "journalists.\n\nKyiv’s mayor Vitali Klitschko said the night would be “very difficult”."
    )
    doc = make_document(text, path="independent.txt", outlet="The Independent")
    plea = find(doc, "Your support helps us to tell the story. Your donation allows us to keep "
                "sending journalists.")  # fmt: skip
    doc = replace(doc, boilerplate=(Boilerplate(plea.start, plea.end, "donation plea"),))
    quotes = (
        make_quote(doc, "q1", "We are all here,", "Volodymyr Zelensky", "he", "said"),
        replace(
            make_quote(doc, "q2", "very difficult", "Vitali Klitschko", "x", "said"), fragment=True
        ),
    )
    return Comparison(documents=(doc,), threshold=0.5, quotes=quotes)


@pytest.fixture(scope="session")
def bare_comparison(engine_comparison: Comparison) -> Comparison:
    """The real seeds comparison with every quote of its most carried group left without
    attributing words, as where outlets name no one at the quote: the engine's name for
    that group is then only its inference, which reports must mark and explain."""
    lead = max(engine_comparison.quote_groups, key=lambda g: len(g.members))
    members = set(lead.members)
    return replace(engine_comparison, quotes=tuple(
        replace(q, speaker_start=None, speaker_end=None) if q.id in members else q
        for q in engine_comparison.quotes
    ))
