"""Who reported what (app.present.coverage): a row per fact and per quote, named as read.

The written story below is three outlets reporting one resignation: the same two-sentence
statement (quoted whole by two outlets, sentence by sentence by the third) and two facts
each outlet states in its own words. Before this module, the sentences of the statement
were listed twice (as facts, and as quotes), and both quote rows were named by the whole
statement.
"""

from __future__ import annotations

import pytest

import app
from app.ingest.build import make_document
from app.model import Cluster, ClusterMember, Comparison, Match, Span
from app.present.coverage import _content, _quoted_groups, _reported_groups, coverage_rows

STORY = {
    "outlet-a.txt": (
        "Prime minister resigns in shock announcement\n\n"
        "The prime minister of New Zealand announced her resignation on Thursday at her "
        "party's annual caucus meeting in Napier.\n\n"
        '"I am leaving because with such a privileged role comes responsibility. The '
        "responsibility to know when you are the right person to lead, and also when you "
        'are not," she said.\n\n'
        "Her term will end no later than 7 February, and a general election will be held "
        "on 14 October.\n"
    ),
    "outlet-b.txt": (
        "Ardern to step down as New Zealand leader\n\n"
        "New Zealand's prime minister said on Thursday she would resign, telling a caucus "
        "meeting of her Labour party in Napier that she no longer had enough in the tank.\n\n"
        'She told reporters: "I am leaving because with such a privileged role comes '
        "responsibility. The responsibility to know when you are the right person to lead "
        'and also when you are not."\n\n'
        "The country will go to the polls on 14 October, and she will leave office by 7 "
        "February at the latest.\n"
    ),
    "outlet-c.txt": (
        "Ardern quits: 'It is time'\n\n"
        "Jacinda Ardern stunned New Zealand on Thursday by announcing at a Labour caucus "
        "meeting in Napier that she would resign as prime minister.\n\n"
        '"I am leaving because with such a privileged role comes responsibility," Ardern '
        'said. "The responsibility to know when you are the right person to lead, and also '
        'when you are not."\n\n'
        "A general election will take place on 14 October; Ardern's term ends no later "
        "than 7 February.\n"
    ),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    folder = tmp_path_factory.mktemp("story")
    for name, text in STORY.items():
        (folder / name).write_text(text, encoding="utf-8")
    return app.compare([app.load(folder / name) for name in sorted(STORY)])


@pytest.mark.parametrize(
    ("kind", "outlets", "label"),
    [
        # each sentence of the statement once, as a quote, named by that sentence
        ("quote", 3, "❝ “I am leaving because with such a privileged role comes responsibility,”"),
        (
            "quote",
            3,
            "❝ “The responsibility to know when you are the right person to lead, and also "
            "when you are not.”",
        ),
        # a fact in the outlets' own words, named by its most concise rendering
        (
            "fact",
            3,
            "Her term will end no later than 7 February, and a general election will be held "
            "on 14 October.",
        ),
    ],
)
def test_rows_of_the_written_story(story: Comparison, kind: str, outlets: int, label: str) -> None:
    rows = [r for r in coverage_rows(story) if r.label == label]
    assert len(rows) == 1, [r.label for r in coverage_rows(story)]
    assert (rows[0].kind, rows[0].outlets) == (kind, outlets)


def test_a_fact_told_in_quotes_is_the_quote_row(story: Comparison) -> None:
    rows = coverage_rows(story)
    facts = [r for r in rows if r.kind == "fact"]
    # the engine clusters the statement's sentences too; they are not listed again
    assert len(facts) < len(story.clusters)
    assert not any("privileged role" in w for r in facts for w in r.wordings.values())
    labels = [r.label for r in rows if r.kind == "quote"]
    assert len(labels) == len(set(labels))


def test_every_record_of_the_sample_story_has_its_place(seeds: Comparison) -> None:
    rows = coverage_rows(seeds)
    ids = {r.record_id for r in rows}
    assert {g.id for g in seeds.quote_groups} <= ids
    unique = sum(len(spans) for spans in seeds.unique.values())
    assert sum(r.kind == "sentence" for r in rows) == unique
    # shared rows first: most outlets carrying it firmly, then most at all
    keys = [(r.exclusive, -r.firm, -r.outlets) for r in rows]
    assert keys == sorted(keys)
    # a quote row is named by its group's utterance as the lead outlet words it
    texts = {d.id: d.text for d in seeds.documents}
    quotes = {q.id: q for q in seeds.quotes}
    for g in seeds.quote_groups:
        if g.utterance is not None:
            row = next(r for r in rows if r.record_id == g.id)
            said = " ".join(g.utterance.slice(texts[quotes[g.members[0]].doc]).split())
            assert said.strip("“”\"‘’' ") in row.label
    # "target No. 1" is quoted by all three outlets: one row, all three carry it
    target = [r for r in rows if "target No. 1" in r.label]
    assert [r.outlets for r in target] == [3]


# Two outlets telling one fact in someone's words: (outlet a, outlet b, words of the
# row). Each is that quote, listed once as the quote's row, not also as a fact row.
QUOTED_FACTS = [
    # McCarthy's farewell (the stories' mccarthy-ousted-2023): one outlet adds a long
    # attribution after the quote, so less than half its sentence is quoted; it still
    # opens inside the quotation.
    pytest.param(
        "Kevin McCarthy said he would not run for speaker again.\n\n"
        "“I may have lost a vote today, but I fought for what I believe in. It has been an "
        "honor to serve,” McCarthy posted on X, the platform formerly known as Twitter.\n",
        "McCarthy ousted as House speaker by Republican rebels.\n\n"
        "“I fought for what I believe in,” Kevin McCarthy said.\n\n"
        "“It has been an honour to serve.”\n",
        "to serve",
        id="a sentence opening in a quote quotes it",
    ),
    # Brockman's "I quit" (the stories' altman-openai-ouster-2023): both outlets set the
    # quote in a sentence whose other words are only its attribution.
    pytest.param(
        "OpenAI president Greg Brockman resigned after Sam Altman was fired.\n\n"
        "Taking to Twitter, he wrote: “Based on today’s news, I quit.”\n",
        "Greg Brockman quits OpenAI as Sam Altman is pushed out.\n\n"
        "But later on X, formerly Twitter, Brockman wrote, “based on today’s news, i "
        "quit.”\n",
        "today",
        id="a quote with only its attribution around it",
    ),
    # The unseen Titan story: half the outlets give Mauger's words as a quotation, the
    # other half tell the fact in their own words (they join the quote's row).
    pytest.param(
        "Titan submersible imploded, Coast Guard says.\n\n"
        "“The debris is consistent with the catastrophic loss of the pressure chamber,” "
        "Rear Admiral John Mauger said.\n",
        "Five aboard Titan submersible are dead.\n\n"
        "The Coast Guard said the debris was consistent with a catastrophic loss of the "
        "pressure chamber.\n",
        "debris",
        id="a fact half its outlets quote",
    ),
]


@pytest.mark.parametrize(("a", "b", "words"), QUOTED_FACTS)
def test_a_fact_told_in_quotes_is_one_quote_row(a: str, b: str, words: str) -> None:
    docs = [make_document(a, path="a.txt"), make_document(b, path="b.txt")]
    rows = [r for r in coverage_rows(app.compare(docs)) if not r.exclusive]
    found = [(r.kind, r.label) for r in rows if words in r.label.lower()]
    assert [kind for kind, _label in found] == ["quote"], found


# The unseen Titan story's Coast Guard briefing, as six outlets carry one fact: four
# quote Mauger's "pressure chamber" sentence (quote group g1), one quotes another
# sentence of the same briefing (g6), one tells it in its own words.
BRIEFING = [
    ("alaska", "“The debris is consistent with the catastrophic loss of the pressure "
     "chamber,” he said.", "g1"),
    ("bol", "The debris is “consistent with a catastrophic loss of the pressure chamber”, "
     "he says.", "g1"),
    ("justthenews", '"The debris is consistent with a catastrophic loss of the chamber '
     'pressure."', "g1"),
    ("investing", "Rescue teams found debris “consistent with catastrophic loss of the "
     "pressure chamber.”", "g1"),
    ("express", "The finds on the sea floor are ‘consistent with a catastrophic implosion "
     "of the vessel’.", "g6"),
    ("loop", "The Coast Guard said the debris was consistent with a catastrophic loss of "
     "pressure.", None),
]


def _quote_span(text: str) -> Span:
    """The quotation's words, as the quote stage takes them (inside the marks)."""
    opening = next(i for i, ch in enumerate(text) if ch in "“‘\"")
    closing = max(text.rfind(ch) for ch in "”’\"")
    return Span(opening + 1, closing)


def _briefing(
    rows: list[tuple[str, str, str | None]],
) -> tuple[Cluster, dict[str, list[tuple[Span, frozenset[str]]]], dict[str, str]]:
    """The cluster of these outlets' sentences, their grouped quotes, and their texts
    (each outlet's text is its sentence)."""
    texts = {doc: text for doc, text, _g in rows}
    cluster = Cluster("c9", tuple(ClusterMember(doc, 0, len(text)) for doc, text, _g in rows))
    grouped = {
        doc: [(_quote_span(text), frozenset({group}))]
        for doc, text, group in rows
        if group is not None
    }
    return cluster, grouped, texts


@pytest.mark.parametrize("drop", [None, "express", "loop", "investing"])
def test_an_outlet_quoting_another_sentence_does_not_keep_a_quote_a_fact(drop: str) -> None:
    best, elsewhere = _quoted_groups(*_briefing([b for b in BRIEFING if b[0] != drop]))
    assert best == {"g1"}
    assert elsewhere == ({"express"} if drop != "express" else set())


def test_a_fact_quoted_by_too_few_outlets_stays_a_fact() -> None:
    rows = [b for b in BRIEFING if b[0] in ("alaska", "express", "loop")]
    # one outlet of three quotes g1 and one g6: no quote is told by half of them
    assert _quoted_groups(*_briefing(rows)) == (frozenset(), frozenset())


# Reported speech (the development stories' McCarthy farewell, the held-out Nobel
# citation): outlets that give a quote's words in their own sentence, unquoted. Each
# row: the fact's sentences, and the quote groups they are read as reporting.
SAID = {
    "g38": "I will not run for speaker again,",
    "g10": "fight against the oppression of women",
}
REPORTED = [
    pytest.param(
        ["McCarthy has said he will not run for speaker again.",
         "Kevin McCarthy, who was unseated as US House speaker on Tuesday, told Republican "
         "colleagues that he will not run for speaker again."],
        {"g38"}, id="he said he will not run again"),
    pytest.param(
        ["The committee of the world’s most important award praised the 51-year-old "
         "Mohammadi’s fight against the oppression of women in Iran.",
         "The Norwegian Nobel Committee said the prize honoured her fight against the "
         "oppression of women."],
        {"g10"}, id="the citation in the outlet's words"),
    pytest.param(
        ["McCarthy said he would run for speaker again.",
         "McCarthy told colleagues he would run for speaker again."],
        set(), id="the negation lost is another statement"),
    pytest.param(
        ["McCarthy has said he will not run for speaker again.",
         "The House voted 216-210 to remove him.",
         "Eight Republicans joined Democrats in the vote."],
        set(), id="one outlet of three is not half"),
]


@pytest.mark.parametrize(("sentences", "groups"), REPORTED)
def test_a_fact_told_in_reported_speech_is_that_quote(
    sentences: list[str], groups: set[str]
) -> None:
    texts = {f"o{k}": s for k, s in enumerate(sentences)}
    cluster = Cluster("c1", tuple(ClusterMember(d, 0, len(s)) for d, s in texts.items()))
    said = {g: _content(u) for g, u in SAID.items()}
    assert _reported_groups(cluster, said, texts) == groups


# The unseen Baltimore bridge story (ten outlets over four days): each outlet's opening
# sentence tells a different turn of the story over one background clause, and the
# same-fact model linked them all as ``related``; two of them also state one fact in
# like words (a ``paraphrase``). Outlet, its sentence.
LEADS = [
    ("wftv", "BALTIMORE — Authorities resumed the search Wednesday for six construction "
     "workers missing after a cargo ship hit the Francis Scott Key Bridge early Tuesday "
     "morning, causing it to collapse into the water."),
    ("firehouse", "Divers resumed searching Wednesday for six workers who were on the "
     "Francis Scott Key bridge when it collapsed."),
    ("yahoo", "President Joe Biden on Tuesday vowed that the federal government would "
     "provide all the resources Baltimore needed to rebuild the Francis Scott Key Bridge "
     "after it collapsed in the early hours of the morning."),
    ("nordot", "The sudden collapse of the Francis Scott Key Bridge in Baltimore, "
     "Maryland early Tuesday morning is wreaking havoc on both the families of "
     "construction workers still missing and on local traffic."),
]


def _leads(kinds: dict[tuple[str, str], str]) -> Comparison:
    """The four leads as one cluster, linked pairwise with ``kinds``."""
    docs = tuple(make_document(text, path=f"{doc}.txt") for doc, text in LEADS)
    ids = {doc: d.id for (doc, _t), d in zip(LEADS, docs, strict=True)}
    whole = {d.id: (Span(0, len(d.text)),) for d in docs}
    matches = tuple(
        Match(ids[a], ids[b], whole[ids[a]], whole[ids[b]], 0.6, kind)  # type: ignore[arg-type]
        for (a, b), kind in kinds.items()
    )
    cluster = Cluster("c0", tuple(ClusterMember(d.id, 0, len(d.text)) for d in docs))
    return Comparison(documents=docs, threshold=0.5, matches=matches, clusters=(cluster,))


ALL_PAIRS = [(a, b) for i, (a, _t) in enumerate(LEADS) for b, _u in LEADS[i + 1 :]]


@pytest.mark.parametrize(
    ("kinds", "loose"),
    [
        pytest.param(
            {p: "related" for p in ALL_PAIRS} | {("wftv", "firehouse"): "paraphrase"},
            {"yahoo", "nordot"}, id="two state it alike, two only related",
        ),
        pytest.param({p: "related" for p in ALL_PAIRS}, {"wftv", "firehouse", "yahoo",
                     "nordot"}, id="every link related"),
        pytest.param(
            {("wftv", "firehouse"): "edited", ("firehouse", "yahoo"): "paraphrase",
             ("yahoo", "nordot"): "identical", ("wftv", "nordot"): "related"},
            set(), id="every outlet worded alike with one other",
        ),
    ],
)
def test_an_outlet_joined_only_by_related_links_carries_a_fact_loosely(
    kinds: dict[tuple[str, str], str], loose: set[str]
) -> None:
    comparison = _leads(kinds)
    (row,) = [r for r in coverage_rows(comparison) if r.kind == "fact"]
    names = {d.id: d.path.rsplit("/", 1)[-1].removesuffix(".txt") for d in comparison.documents}
    assert {names[d] for d in row.loose} == loose
    assert row.outlets == 4 and row.firm == 4 - len(loose)
    if len(loose) < 4:  # named by a sentence carried firmly, not by a loose one
        firm = {row.wordings[d] for d in row.wordings if d not in row.loose}
        assert row.label in firm


def test_a_fact_carried_firmly_ranks_above_one_only_the_model_joined() -> None:
    leads = _leads({p: "related" for p in ALL_PAIRS})
    rescued = tuple(
        make_document(text, path=f"{name}.txt")
        for name, text in (
            ("wusa9", "Two additional workers were found -- one of whom was taken to a "
             "hospital with serious injuries and the other who declined further treatment."),
            ("wftv2", "Two people were later rescued from the waters. One person declined "
             "medical treatment while the other was released from a hospital."),
        )
    )
    a, b = rescued
    pair = Cluster("c1", (ClusterMember(a.id, 0, len(a.text)), ClusterMember(b.id, 0, 48)))
    firm = Match(a.id, b.id, (Span(0, len(a.text)),), (Span(0, 48),), 0.7, "paraphrase")
    comparison = Comparison(
        documents=(*leads.documents, *rescued), threshold=0.5,
        matches=(*leads.matches, firm), clusters=(*leads.clusters, pair),
    )
    facts = [r for r in coverage_rows(comparison) if r.kind == "fact"]
    assert [(r.record_id, r.firm, r.outlets) for r in facts] == [("c1", 2, 2), ("c0", 0, 4)]
