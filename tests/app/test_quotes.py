"""Quote spans and speakers on the seeds: every quote, its expected speaker."""

from __future__ import annotations

import pytest

import app
from app.ingest.build import make_document
from app.quotes import extract_quotes, is_woven, quote_spans

SEED_SPEAKERS = {
    "000": [
        ("I am staying", "Volodymyr Zelensky"),
        ("According to our information", "Volodymyr Zelensky"),
        ("They want to destroy", "Volodymyr Zelensky"),
        ("I am staying in the government", "Volodymyr Zelensky"),
        ("Encircle Ukrainian capital", "Ukrainian intelligence officials"),
        ("He’s in a bunker", "Matthew Chance"),
        ("that Kyiv falling", "Jen Psaki"),
        ("Obviously, going after", "Jen Psaki"),
        ("We are in close touch", "Jen Psaki"),
    ],
    "001": [
        ("Acording to the information", "Volodymyr Zelensky"),
        ("They want to destroy", "Volodymyr Zelensky"),
        ("We have been making him aware", "Adam Schiff"),
        ("We stand ready", "Adam Schiff"),
        ("We’re not going to get", "Jen Psaki"),
        ("We are all here. Defending", "Volodymyr Zelensky"),
        ("The U.S. has been very", "Mark Warner"),
        ("sabotage groups", "Volodymyr Zelensky"),
        # "his government released an update warning that “…”": not Zelensky himself.
        ("enemy reconnaissance", "his government"),
    ],
    "002": [
        ("We are all here,", "Volodymyr Zelensky"),
        ("Our troops are here", "Volodymyr Zelensky"),
        ("number one target", "Volodymyr Zelensky"),
        ("Glory to our defenders", "Volodymyr Zelensky"),
        ("The situation now", "Vitali Klitschko"),
        ("very difficult", "Vitali Klitschko"),
        ("left alone", "Volodymyr Zelensky"),
        ("When bombs fall", "Volodymyr Zelensky"),
        ("When missiles kill", "Volodymyr Zelensky"),
    ],
}


@pytest.mark.parametrize(
    ("seed", "opening", "speaker"),
    [(s, o, sp) for s, rows in SEED_SPEAKERS.items() for o, sp in rows],
)
def test_seed_quote_speaker(seed_paths, seed: str, opening: str, speaker: str) -> None:
    path = next(p for p in seed_paths if p.name.startswith(seed))
    doc = app.load(str(path))
    hits = [q for q in extract_quotes(doc) if doc.text[q.start : q.end].startswith(opening)]
    assert hits, opening
    assert hits[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "fragment"),
    [
        ("He said “We are all here.” Then he left.", "We are all here.", False),
        ("Zelensky’s aides don’t say it is “safe” there.", "safe", True),
        ('Maria Lopez said, "It will continue," and left.', "It will continue,", False),
        # The New York Times doubles apostrophes; a possessive inside stays inside.
        ("''Francis' walls are high,'' Mr. Vian said.", "Francis' walls are high,", False),
        # AP spaces the outer mark off a nested one.
        (
            "\"He said, 'Vote for her,' \" Sanders told CNN.",
            "He said, 'Vote for her,'",
            False,
        ),
    ],
)
def test_spans_exclude_marks(text: str, quoted: str, fragment: bool) -> None:
    doc = make_document(text)
    qs = extract_quotes(doc)
    assert [doc.text[q.start : q.end] for q in qs] == [quoted]
    assert qs[0].fragment is fragment


def test_a_quote_over_paragraphs_is_one_quote_a_paragraph_with_one_speaker() -> None:
    """The news convention re-opens a running quote in each paragraph; each paragraph is
    a quote of its own (as PolNeAR and the stories annotate them), with the speaker
    carried over. The Sun printed Liz Truss's resignation statement this way."""
    text = (
        "She resigned outside 10 Downing Street with husband Hugh O'Leary by her side.\n\n"
        "Liz Truss said: “I came into office at a time of great instability.\n\n"
        "“Families and businesses were worried about how to pay their bills.\n\n"
        "“Thank you.”"
    )
    doc = make_document(text)
    qs = extract_quotes(doc)
    assert [doc.text[q.start : q.end] for q in qs] == [
        "I came into office at a time of great instability.",
        "Families and businesses were worried about how to pay their bills.",
        "Thank you.",
    ]
    assert [q.speaker for q in qs] == ["Liz Truss"] * 3


def test_ids_unique_and_spans_slice(seed_paths) -> None:
    ids = []
    for p in seed_paths:
        doc = app.load(str(p))
        for q in extract_quotes(doc):
            ids.append(q.id)
            assert 0 <= q.start < q.end <= len(doc.text)
    assert len(ids) == len(set(ids))


def test_no_quotes_from_boilerplate(seed_paths) -> None:
    """'The A Word' is quoted inside The Independent's donation plea: not reporting."""
    path = next(p for p in seed_paths if p.name.startswith("002"))
    doc = app.load(str(path))
    spans = [s for s in quote_spans(doc.text) if s.slice(doc.text) == "The A Word"]
    assert spans and doc.is_boilerplate(spans[0])
    assert not [q for q in extract_quotes(doc) if q.span == spans[0]]


@pytest.mark.parametrize(
    ("text", "quoted", "direct"),
    [
        # Someone's words, attributed before, after, or split around the attribution.
        ('Maria Lopez, the mayor, said: "It will continue." She left.', "It will continue.", True),
        ("“We will rebuild every house,” the mayor told reporters.", "We will rebuild", True),
        ("“I am not going anywhere,” Zelensky said. “We stay.”", "I am not going", True),
        ("Trump says voter fraud “would be one hell of a way to lose.”", "would be one", True),
        ("The crowd chanted “U-S-A!” as he walked on stage.", "U-S-A!", True),
        # The reporter's words: a scare quote, a title, a label, a quoted tail of a
        # paraphrase.
        ("The senator’s aides don’t say it is “safe” there.", "safe", False),
        ("The book, “The Art of the Deal,” was published in 1987.", "The Art of", False),
        ("Critics have dubbed the plan “Obamacare lite.”", "Obamacare lite.", False),
        # Four words that someone said are a direct quote, not a fragment (issue 10).
        ("Obama called the attack “an act of terror” in a statement.", "an act of", True),
        # So are an unnamed source's: "the campaign" said these words (issue 10: a quoted
        # clause that someone said is a direct quote, whatever a corpus's habits).
        (
            "The campaign said the senator would “do daily requests to obtain the list of"
            " all the people who have already voted” early.",
            "do daily requests",
            True,
        ),
    ],
)
def test_direct_or_fragment(text: str, quoted: str, direct: bool) -> None:
    """The model's verdict on clear cases either side of the line."""
    qs = [q for q in extract_quotes(make_document(text)) if text[q.start :].startswith(quoted)]
    assert len(qs) == 1
    assert qs[0].fragment is not direct


@pytest.mark.parametrize(
    ("text", "woven"),
    [
        # The reporter's sentence runs on after the closing mark: a partial quote.
        ("“The only way Wall Street will change is jail time” for such behavior, she said.", True),
        ("“You squeezed employees to the breaking point” to drive up the price.", True),
        ("Clinton calls it “unhinged” in a statement.", True),
        # A lower-case quote after a comma carries on the reporter's sentence…
        ("He said that under Obama, “the generals have been reduced to rubble.”", True),
        # …unless a cue verb stands before the comma: a split quote's second half.
        ("“We'll walk away,” he said, “the only place on earth where it could be.”", False),
        # Free-standing quotes, with the attribution after or before them.
        ("“It’s gutless leadership,” Warren said.", False),
        ("“It’s gutless leadership” Warren said.", False),
        ("“This just isn’t right” he said.", False),
        ("Warren said: “You should be investigated.”", False),
    ],
)
def test_is_woven(text: str, woven: bool) -> None:
    span = quote_spans(text)[-1]
    assert is_woven(text, span) is woven


def test_a_letter_alone_is_no_quote() -> None:
    """ktvu.com (the unseen Twitter story): the letters "e" and "r" left on a sign, and
    the name "X", are quoted as signs and names, never as anyone's words."""
    doc = make_document(
        "Crews removed most of the letters from the Twitter sign, leaving only the letters "
        "\"e\" and \"r\" still visible. Musk called the company \"X.\" \"Removing the sign "
        "would require a permit,\" said a spokesperson."
    )
    assert [doc.text[q.start : q.end] for q in extract_quotes(doc)] == [
        "Removing the sign would require a permit,"
    ]


def test_marks_printed_the_wrong_way_round_quote_no_reporting() -> None:
    """MercoPress (an unseen Lula story) printed its curly marks reversed: the reporting
    between two quotes ("O Globo wrote.", "a leading columnist for O Globo said.") is
    nobody's words; a quote whose marks face the right way is still found."""
    text = (
        "According to Brazilian media reports, the former Army captain does not want to "
        "receive anyone, not even his closest allies,“ O Globo wrote. ”Over the phone, his "
        "aide reported that the chief went up to his room and was going to sleep,“ a leading "
        "columnist for O Globo said.\n\nDe Moraes said “the result was clear” on Sunday."
    )
    assert [sp.slice(text) for sp in quote_spans(text)] == ["the result was clear"]


def test_a_quote_opened_with_one_mark_and_closed_with_another_ends_with_its_paragraph() -> None:
    """Ethiopian Monitor on Berlusconi's death: a subheading opens ‘ and closes ”; the
    apostrophe of "Italy’s" in the next paragraph is no closing mark of a hard-wrapped
    line, so the paragraph naming Giorgia Meloni stays the reporter's, and the pronouns
    after it are hers (they went to Matteo Salvini, a man)."""
    text = (
        "Long-time ally and League leader Matteo Salvini announced the news at a public "
        "event.\n\nA state funeral will be held on Wednesday, reports say.\n\nMeloni: ‘Most "
        "influential men in Italy’s history”\n\nItaly’s current "
        "Prime Minister Giorgia Meloni has posted a video tribute to Berlusconi.\n\nReports "
        "say the pair frequently disagreed, but in her video she remembers the billionaire "
        "as “one of the most influential men in Italy’s history”.\n\n“With him we have "
        "fought, won and lost many battles,” she said."
    )
    # (never closed by its own kind of mark, it ends with its paragraph)
    assert next(sp.slice(text) for sp in quote_spans(text)) == (
        "Most influential men in Italy’s history”"
    )
    doc = make_document(text)
    said = next(q for q in extract_quotes(doc) if text[q.start :].startswith("With him"))
    assert said.speaker == "Giorgia Meloni"


def test_a_noun_opening_a_sentence_is_no_one_speaking() -> None:
    """"Reports say the pair frequently disagreed…": a noun the article also writes in
    lower case ("reports say") is no person the pronouns after it can be."""
    text = (
        "A state funeral will be held on Wednesday at Milan Cathedral, reports say.\n\n"
        "Reports say the pair frequently disagreed, but in her video she remembers him as "
        "“one of the most influential men in Italy’s history”.\n\n“With him we have fought, "
        "won and lost many battles,” she said."
    )
    doc = make_document(text)
    assert all(q.speaker != "Reports" for q in extract_quotes(doc))
