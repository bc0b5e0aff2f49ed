"""``app.compare`` on the seed story and on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

import app
from app.ingest.build import make_document
from app.model import Comparison, Document, Match
from app.story import is_label

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds() -> tuple[Document, ...]:
    return tuple(app.load(p) for p in SEEDS)


@pytest.fixture(scope="module")
def story(seeds: tuple[Document, ...]) -> Comparison:
    return app.compare(seeds)


def _text(doc: Document, spans: tuple) -> str:
    return " ".join(s.slice(doc.text) for s in spans)


def _found(c: Comparison, i: int, j: int, a_has: str, b_has: str) -> list[Match]:
    """Matches between seed i and seed j whose sides contain the given phrases."""
    a, b = c.documents[i], c.documents[j]
    return [
        m
        for m in c.matches_between(a.id, b.id)
        if a_has in _text(a, m.a_spans) and b_has in _text(b, m.b_spans)
    ]


# (seed i, seed j, phrase in i's side, phrase in j's side, kinds allowed)
EXPECTED = [
    (0, 1, "They want to destroy Ukraine politically", "They want to destroy Ukraine politically",
     {"identical"}),
    (1, 2, "We are all here", "We are all here", {"identical", "edited", "paraphrase"}),
    (0, 1, "rumors initially circulating", "Fending off rumors", {"paraphrase", "edited"}),
    (0, 2, "rumors initially circulating", "There were rumours", {"paraphrase", "edited"}),
    (1, 2, "Fending off rumors", "There were rumours", {"paraphrase", "edited"}),
    (0, 1, "sabotage groups have entered Kyiv", "sabotage groups", {"paraphrase", "edited"}),
    (0, 1, "enemy marked me as target No", "enemy has marked me as target No",
     {"edited", "paraphrase"}),
]


@pytest.mark.parametrize(("i", "j", "a_has", "b_has", "kinds"), EXPECTED)
def test_seed_expectations(
    story: Comparison, i: int, j: int, a_has: str, b_has: str, kinds: set[str]
) -> None:
    found = _found(story, i, j, a_has, b_has)
    assert found, f"no match between seed {i} {a_has!r} and seed {j} {b_has!r}"
    assert any(m.kind in kinds for m in found)
    assert all(story.threshold <= m.score <= 1.0 for m in found)


def test_rumours_that_he_fled_are_one_cluster_across_all_three(story: Comparison) -> None:
    for cluster in story.clusters:
        texts = [story.document(m.doc).text[m.start : m.end] for m in cluster.members]
        if len(texts) == 3 and all("ed" in t and "umo" in t for t in texts):
            return
    pytest.fail("no three-outlet cluster for the rumours that Zelensky fled")


def test_nothing_matches_boilerplate(story: Comparison) -> None:
    for m in story.matches:
        for doc_id, spans in ((m.a, m.a_spans), (m.b, m.b_spans)):
            doc = story.document(doc_id)
            assert all(not doc.is_boilerplate(s) for s in spans)
            assert all(s in doc.reporting_sentences for s in spans)


def test_boilerplate_never_matches_even_when_shared() -> None:
    plea = "Your support helps us to tell the story of the war in Ukraine every day."
    a = make_document(f"Russian troops shelled the power station near Kyiv.\n{plea}\n")
    b = make_document(f"Troops shelled a power station near Kyiv, officials said.\n{plea}\n")
    flagged = [
        d if d.boilerplate else _with_boilerplate(d, plea) for d in (a, b)
    ]
    c = app.compare(flagged)
    for m in c.matches:
        assert all(plea not in s.slice(c.document(m.a).text) for s in m.a_spans)


def _with_boilerplate(doc: Document, phrase: str) -> Document:
    import dataclasses

    from app.model import Boilerplate

    start = doc.text.index(phrase)
    return dataclasses.replace(
        doc, boilerplate=(Boilerplate(start, start + len(phrase), "test: donation plea"),)
    )


def test_similarity_matrix_and_unique(story: Comparison) -> None:
    ids = [d.id for d in story.documents]
    assert set(story.similarity) == {(a, b) for a in ids for b in ids if a != b}
    assert all(0.0 <= v <= 1.0 for v in story.similarity.values())
    # seeds 000 and 001 share the most (the same speech quoted at length)
    assert story.similarity[(ids[0], ids[1])] > story.similarity[(ids[0], ids[2])]
    for d in story.documents:
        matched = {s for m in story.matches for s in
                   (m.a_spans if m.a == d.id else m.b_spans if m.b == d.id else ())}
        labels = {s for s in d.reporting_sentences if is_label(d.text, s)}
        assert set(story.unique[d.id]) == set(d.reporting_sentences) - matched - labels


# Real lines of the stories' and an unseen story's pages (Express & Star, Forbes, ABC).
LABELS = ["Published", "Last updated", "(PA Graphics)", "Express & Star", "Edit Story",
          "Mashable Image", "Stockton Rush, 61", "Original article: ABC News", "Key points:",
          "Author:"]
NOT_LABELS = ["Talks failed.", "Smith resigned on Friday after a week of revolt",
              "“We are ready,” he said", "The prime minister told reporters on Thursday:"]


@pytest.mark.parametrize(("line", "label"), [(x, True) for x in LABELS]
                         + [(x, False) for x in NOT_LABELS])
def test_a_short_line_without_punctuation_is_no_exclusive(line: str, label: bool) -> None:
    """A page's label or a caption is compared, but no reporting one outlet alone
    carries: neither an exclusive in Side by Side nor an exclusive row."""
    text = (
        "Boris Johnson resigned as prime minister on Thursday.\n\n"
        f"{line}\n\nThe Conservative party will choose a new leader by September."
    )
    other = make_document("Boris Johnson resigned as prime minister on Thursday.\n\nIt rained.")
    doc = make_document(text)
    c = app.compare([doc, other])
    exclusive = [s.slice(doc.text) for s in c.unique[doc.id]]
    assert (line not in " ".join(exclusive)) == label, exclusive
    assert any("September" in e for e in exclusive)


def test_wire_run_found_for_shared_quote(story: Comparison) -> None:
    ids = [d.id for d in story.documents]
    runs = [r for r in story.wire_runs if {r.a, r.b} == {ids[0], ids[1]}]
    assert runs and all(r.words >= 12 for r in runs)
    texts = [story.document(r.a).text[r.a_start : r.a_end] for r in runs]
    assert any("destroy Ukraine politically" in t for t in texts)


def test_quotes_are_collected_for_every_document(story: Comparison, seeds) -> None:
    from app.quotes import extract_quotes

    assert story.quotes == tuple(q for d in seeds for q in extract_quotes(d))


NUMBERS = [
    ("Kyiv’s mayor Vitali Klitschko said five blasts had been reported near the station.",
     "Kyiv’s mayor Vitali Klitschko said six blasts had been reported near the station.",
     "number"),
    ("Zelensky said he would stay in Kyiv with his government.",
     "Zelensky said he would not stay in Kyiv with his government.", "negation"),
    ("On Friday, Psaki told reporters that Zelensky would stay in Kyiv with the government.",
     "On Friday, Schiff told reporters that Zelensky would stay in Kyiv with the government.",
     "person"),
    # A body swapped for another of its kind.
    ("The House Intelligence Committee said the report would be released on Monday.",
     "The Senate Intelligence Committee said the report would be released on Monday.",
     "body"),
]


@pytest.mark.parametrize(("a", "b", "flag"), NUMBERS)
def test_flags(a: str, b: str, flag: str) -> None:
    c = app.compare([make_document(a), make_document(b)])
    assert len(c.matches) == 1
    assert flag in c.matches[0].flags
    same = app.compare([make_document(a), make_document(a + " ")])
    assert same.matches and flag not in same.matches[0].flags


def test_speaker_flag_from_quotes() -> None:
    a = make_document("“We are all here, defending our independence,” Zelensky said.\n")
    b = make_document("“We are all here, defending our independence,” Psaki said.\n")
    c = app.compare([a, b])
    assert [(q.speaker or "").split()[-1:] for q in c.quotes] == [["Zelensky"], ["Psaki"]]
    assert "speaker" in c.matches[0].flags
    same = app.compare([a, make_document(a.text + "\n")])
    assert "speaker" not in same.matches[0].flags


def test_one_to_many_join() -> None:
    a = make_document(
        "The mayor said five blasts had been reported near the power station in the north "
        "of the city and emergency services were responding to the fires.\n"
    )
    b = make_document(
        "The mayor said five blasts had been reported near the power station in the north "
        "of the city.\nEmergency services were responding to the fires, he added.\n"
    )
    c = app.compare([a, b])
    assert len(c.matches) == 1
    m = c.matches[0]
    assert len(m.a_spans) == 1 and len(m.b_spans) == 2


def test_progress_and_cancel(seeds: tuple[Document, ...]) -> None:
    seen: list[tuple[int, int]] = []
    app.compare(seeds, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(0 <= d <= t for d, t in seen)
    from app.errors import Cancelled

    with pytest.raises(Cancelled):
        app.compare(seeds, cancelled=lambda: True)


def test_threshold_is_respected(seeds: tuple[Document, ...]) -> None:
    strict = app.compare(seeds, threshold=0.95)
    assert strict.threshold == 0.95
    assert all(m.score >= 0.95 for m in strict.matches)
    assert any(m.kind == "identical" for m in strict.matches)


@pytest.mark.parametrize("threshold", [0.56, 0.45, 0.3])
def test_related_links_can_be_left_out(seeds: tuple[Document, ...], threshold: float) -> None:
    scored = app.score(seeds)
    shown = app.select(scored, threshold)
    hidden = app.select(scored, threshold, related=False)
    related = [m for m in shown.matches if m.kind == "related"]
    assert related, "the seeds have a related link at every one of these thresholds"
    assert list(hidden.matches) == [m for m in shown.matches if m.kind != "related"]
    assert (shown.settings["related_links"], hidden.settings["related_links"]) == (
        "shown", "hidden",
    )
    # a sentence only a related link matched is unmatched again, so listed as unique
    matched = {(d, s) for m in hidden.matches for d, spans in ((m.a, m.a_spans),
               (m.b, m.b_spans)) for s in spans}
    for m in related:
        for doc, spans in ((m.a, m.a_spans), (m.b, m.b_spans)):
            for span in spans:
                if (doc, span) not in matched:
                    assert any(u.overlaps(span) for u in hidden.unique[doc])
                    assert not any(u.overlaps(span) for u in shown.unique[doc])


# ---- bad input -------------------------------------------------------------------------

RTL = "قال الرئيس إن القوات الروسية تقترب من العاصمة كييف.\nהנשיא אמר שהוא נשאר בקייב."
BAD = {
    "empty": ["", ""],
    "no sentences": ["   \n\n  ", "…"],
    "emoji and combining accents": [
        "Zelensky said 🇺🇦 the cafe\u0301 near Kyiv was hit by five blasts.",
        "Zelensky said 🇺🇦 the café near Kyiv was hit by five blasts!",
    ],
    "unbalanced quotes": [
        "“We are all here, Zelensky said. Defending our independence.",
        "We are all here,” he said. “Defending our independence.",
    ],
    "right to left": [RTL, RTL + "\nKyiv is under attack."],
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_completes(name: str) -> None:
    docs = [make_document(t) for t in BAD[name]]
    c = app.compare(docs)
    assert len(c.documents) == 2
    for m in c.matches:
        for doc_id, spans in ((m.a, m.a_spans), (m.b, m.b_spans)):
            text = c.document(doc_id).text
            assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_emoji_and_accents_match() -> None:
    docs = [make_document(t) for t in BAD["emoji and combining accents"]]
    c = app.compare(docs)
    assert [m.kind for m in c.matches] == ["identical"]


def test_single_and_no_documents(seeds: tuple[Document, ...]) -> None:
    one = app.compare(seeds[:1])
    assert one.matches == () and one.similarity == {}
    assert one.unique[seeds[0].id] == seeds[0].reporting_sentences
    none = app.compare([])
    assert none.documents == () and none.matches == ()


@pytest.mark.parametrize("twice", ["same object", "same text, other path"])
def test_document_compared_with_itself(seeds: tuple[Document, ...], twice: str) -> None:
    d = seeds[1]
    other = d if twice == "same object" else app.ingest.build.make_document(d.text, path="x")
    c = app.compare([d, other])
    a, b = c.documents
    assert a.id != b.id  # a repeated document gets its own id inside the comparison
    assert all(m.kind == "identical" for m in c.matches)
    # every sentence with something to say matches its copy; fragments such as "U." or
    # "Here’s why." are too slight to be evidence of anything
    worded = {s for s in d.reporting_sentences
              if sum(ch.isalnum() for ch in s.slice(d.text)) >= 10}
    assert {s for m in c.matches for s in m.a_spans} == worded
    assert c.similarity[(a.id, b.id)] == c.similarity[(b.id, a.id)] > 0.98
    assert set(c.unique[a.id]) == set(d.reporting_sentences) - worded


def test_five_thousand_sentence_document() -> None:
    sentences = [f"Report {i} says unit {i % 97} moved toward sector {i % 89}."
                 for i in range(5000)]
    big = make_document("\n".join(sentences))
    small = make_document("Report 4321 says unit 53 moved toward sector 49.\nNothing else.")
    c = app.compare([big, small])
    hits = [s.slice(big.text) for m in c.matches_between(big.id, small.id) for s in m.a_spans]
    assert "Report 4321 says unit 53 moved toward sector 49." in hits


def test_one_weak_link_does_not_chain_clusters() -> None:
    a = make_document("Five blasts were heard near the power station in the north of Kyiv.\n")
    b = make_document(
        "Five blasts were heard near the power station in the north of Kyiv, and the mayor "
        "ordered the bridges put under special control with new checkpoints.\n"
    )
    c = make_document("The mayor ordered the bridges put under special control with new "
                      "checkpoints.\n")
    comp = app.compare([a, b, c])
    linked = {frozenset((m.a, m.b)) for m in comp.matches}
    assert frozenset((a.id, b.id)) in linked and frozenset((b.id, c.id)) in linked
    assert frozenset((a.id, c.id)) not in linked
    for cluster in comp.clusters:
        assert {a.id, c.id} - {m.doc for m in cluster.members}


def test_clusters_gather_one_fact_across_outlets() -> None:
    texts = [
        "Kyiv’s mayor Vitali Klitschko said five blasts had been reported near the station.",
        "Mayor Vitali Klitschko said five blasts had been reported near a power station.",
        "Five blasts had been reported near the station, Kyiv mayor Vitali Klitschko said.",
    ]
    fillers = ["The weather in Lviv was cold.", "Trains left for Poland all night.",
               "Prices of bread rose in Odesa."]
    docs = [make_document(f"{t}\n{f}\n") for t, f in zip(texts, fillers, strict=True)]
    comp = app.compare(docs)
    big = [cl for cl in comp.clusters if len(cl.members) == 3]
    assert len(big) == 1
    for m in big[0].members:
        assert "blasts" in comp.document(m.doc).text[m.start : m.end]


def test_quote_groups_are_wired_in(story: Comparison) -> None:
    """compare() hands its quotes to app.quotes.groups: the seeds' "target No. 1" (three
    translations, the third only "number one target") is one group across all three."""
    by_id = {q.id: q for q in story.quotes}
    grouped = {m for g in story.quote_groups for m in g.members}
    assert grouped == set(by_id)  # every quote in a group, no unknown member

    def said(m: str) -> str:
        q = by_id[m]
        return story.document(q.doc).text[q.start : q.end]

    target = [
        g for g in story.quote_groups
        if len({by_id[m].doc for m in g.members}) == 3
        and any("number one target" in said(m) for m in g.members)
    ]
    assert len(target) == 1


# Real pairs of the unseen stories that flagged what a fact-checker looks for first, and
# had changed none of it: a place or another spelling of a name is no person changed; a
# negation in an added clause, "No 10" (Downing Street) or another way of denying is no
# negation changed.
NOT_FLAGGED = [
    ("Although I heard that LaLiga had accepted everything, there were still many other "
     "things that had to be done.",
     "Although I heard that La Liga had accepted everything, there were still many other "
     "things that had to happen.", "person"),
    ("The Nobel Peace Prize was awarded on Friday to Narges Mohammadi, an imprisoned "
     "Iranian human rights activist.",
     "The Nobel Peace Prize was awarded on Friday to Nargis Mohammadi, an imprisoned "
     "Iranian human rights activist.", "person"),
    ("The beleaguered prime minister has resigned as Tory leader on Thursday.",
     "The beleaguered prime minister has resigned as Conservative leader on Thursday.",
     "person"),
    ("“I want you to know how sad I am to be giving up the best job in the world,” he "
     "said at the podium outside No 10.",
     "“I want you to know how sad I am to be giving up the best job in the world,” he said.",
     "negation"),
    ("The Wagner fighters who didn’t participate in the uprising would be given the option "
     "of signing defence ministry contracts, Peskov said.",
     "The Wagner fighters who refused to take part in the uprising would be given the "
     "option of signing defence ministry contracts, Peskov said.", "negation"),
    # one figure written two ways (the Benedict XVI and SVB stories)
    ("“I inform you that the Pope Emeritus, Benedict XVI, died today at 9.34 a.m. at the "
     "Mater Ecclesiae monastery,” the director said.",
     "“I inform you that the Pope Emeritus, Benedict XVI, died today at 9:34 a.m. at the "
     "Mater Ecclesiae monastery,” the director said.", "number"),
    ("The bank based in Santa Clara had total assets of $209bn at the end of the year.",
     "The bank based in Santa Clara had total assets of $209 billion at the end of the "
     "year.", "number"),
    # the same body, its qualifier written another way or left out
    ("The Russian Defense Ministry said its forces had repelled the attack on Friday.",
     "Russia's Defense Ministry said its forces had repelled the attack on Friday.", "body"),
    ("The US Coast Guard said the debris was found near the wreck of the Titanic.",
     "The Coast Guard said the debris was found near the wreck of the Titanic.", "body"),
    # an outlet that describes the speaker names no one else (as for "reattributed")
    ("“The debris is consistent with a catastrophic loss of the pressure chamber,” a US "
     "Coast Guard official said.",
     "“The debris is consistent with a catastrophic loss of the pressure chamber,” Rear "
     "Admiral John Mauger said.", "speaker"),
]


@pytest.mark.parametrize(("a", "b", "flag"), NOT_FLAGGED)
def test_no_false_alarm(a: str, b: str, flag: str) -> None:
    c = app.compare([make_document(a), make_document(b)])
    assert len(c.matches) == 1
    assert flag not in c.matches[0].flags


def test_a_wire_run_stops_at_boilerplate_between_its_sentences() -> None:
    """Wire copy two outlets share runs on across their sentences, but not across a
    donation plea one of them set between two of its sentences: its words and the
    plea's are not one passage, whatever the other outlet says around them."""
    first = ("The storm flooded hundreds of homes along the river overnight and forced "
             "the closure of three main roads into the town centre.")
    second = ("Emergency crews worked through the night to rescue residents trapped on "
              "upper floors as the water kept rising across the valley.")
    plea = "Please donate today to support our independent local journalism."
    a = _with_boilerplate(make_document(f"{first}\n\n{plea}\n\n{second}"), plea)
    b = make_document(f"{first} {second}")
    c = app.compare([a, b])
    runs = [r for r in c.wire_runs if a.id in (r.a, r.b)]
    assert runs
    start, end = a.text.index(plea), a.text.index(plea) + len(plea)
    spans = [(r.a_start, r.a_end) if r.a == a.id else (r.b_start, r.b_end) for r in runs]
    assert not [s for s in spans if s[0] < start and s[1] > end], spans
    assert any(s[1] <= start for s in spans) and any(s[0] >= end for s in spans), spans
