"""Pairwise alignment: any order, joins, containment, rare words over common ones."""

from __future__ import annotations

import dataclasses

import pytest

from app import analysis
from app.align import Corpus, align
from app.ingest.build import make_document
from app.scoring import DEFAULT_THRESHOLD


def _pairs(a_text: str, b_text: str) -> list[tuple[list[str], list[str]]]:
    a, b = make_document(a_text), make_document(b_text)
    out = []
    for al in align(a, b, DEFAULT_THRESHOLD):
        out.append(([u.span.slice(a.text) for u in al.a], [u.span.slice(b.text) for u in al.b]))
    return out


A = (
    "Russian troops have been bearing down on the capital.\n"
    "Kyiv’s mayor Vitali Klitschko said five blasts had been reported.\n"
    "The situation now is threatening for Kyiv, he said.\n"
)


@pytest.mark.parametrize(
    ("b_text", "expected"),
    [
        # moved and edited: still found, in any order
        (
            "Mayor Vitali Klitschko said five blasts had been reported in Kyiv.\n"
            "Russian troops were bearing down on the capital.\n",
            [
                (["Russian troops have been bearing down on the capital."],
                 ["Russian troops were bearing down on the capital."]),
                (["Kyiv’s mayor Vitali Klitschko said five blasts had been reported."],
                 ["Mayor Vitali Klitschko said five blasts had been reported in Kyiv."]),
            ],
        ),
        # containment: a short sentence wholly inside a longer one
        (
            "As Russian troops have been bearing down on the capital, officials in the west "
            "of the country prepared for a long siege.\n",
            [
                (["Russian troops have been bearing down on the capital."],
                 ["As Russian troops have been bearing down on the capital, officials in the "
                  "west of the country prepared for a long siege."]),
            ],
        ),
        # common words only: "the president said that" is not a match
        ("The president said that he was not sure about it.\n", []),
    ],
)
def test_alignment(b_text: str, expected: list) -> None:
    assert _pairs(A, b_text) == expected


# Two outlets on Liz Truss's resignation and two on Will Smith's apology (the stories'
# truss-resignation-2022 and will-smith-apology-2022): each pair shares most of one
# outlet's sentence word for word, framed differently around it.
MANDATE_AP = ("Making a hastily scheduled statement outside her 10 Downing Street office, "
              "Truss acknowledged that “I cannot deliver the mandate on which I was elected "
              "by the Conservative Party.”\n")
MANDATE_SUN = ("“I recognise though, given the situation, I cannot deliver the mandate on "
               "which I was elected by the Conservative Party.\n")
JOKE_SHORT = "The joke was \"too much for me to bear and I reacted emotionally,\" Smith said.\n"
JOKE_FULL = ("Jokes at my expense are a part of the job, but a joke about Jada’s medical "
             "condition was too much for me to bear and I reacted emotionally.\n")


@pytest.mark.parametrize(
    ("a_text", "b_text", "linked"),
    [
        (MANDATE_AP, MANDATE_SUN, True),  # 14 words in a row of the shorter's 18
        (JOKE_SHORT, JOKE_FULL, True),  # 9 of 12
        # a run of 8 words, but not most of either sentence: two facts around one phrase
        ("On Thursday Truss said she was elected by the Conservative Party in September "
         "after a long summer contest against Rishi Sunak.\n",
         MANDATE_SUN, False),
    ],
)
def test_a_long_run_of_shared_words_links_two_sentences(
    a_text: str, b_text: str, linked: bool
) -> None:
    assert bool(_pairs(a_text, b_text)) is linked


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        # a round-up's label over the quote it gives (Rappler, 7 October 2023), and the
        # sentence another outlet (The Zuricher) quotes him in
        ("French President Emmanuel Macron\n",
         "French President Emmanuel Macron said France “stands in solidarity with Israel "
         "and the Israelis.”\n"),
        # the same in AsiaOne's reactions to Milei's win, beside AOL's report
        ("Former US President Donald Trump\n",
         "The 53-year-old economist, who has been compared to former US President Donald "
         "Trump, delivered his victory speech.\n"),
        # a caption (P.M. News, Nigeria) of six content words, nearly all inside Rising
        # Kashmir's sentence: containment of its words makes no fact of it either
        ("Iranian Supreme Leader Ayatollah Ali Khamenei\n",
         "Following the demise of Iranian President Ebrahim Raisi in a helicopter crash on "
         "Sunday afternoon, country’s Supreme Leader, Ayatollah Seyyed Ali Khamenei, has "
         "announced five days of national mourning in Iran, according to Press TV.\n"),
        # a photo credit (AP), beside the sentence on Trump's surrender
        ("Fulton County Sheriff’s Office\n",
         "President Trump has surrendered to the Fulton County Sheriff’s office at Atlanta, "
         "becoming the first former president to have a mug shot taken.\n"),
    ],
)
def test_a_line_of_names_only_is_no_fact_inside_another_sentence(
    a_text: str, b_text: str
) -> None:
    """A name with its title, found word for word inside a sentence, shares only the
    person with it (the rule for a short sentence inside a longer one is for quotes)."""
    assert _pairs(a_text, b_text) == []


def test_a_headline_in_title_case_still_links_to_the_sentence_it_tells() -> None:
    """UPI's headline on Trump's indictment says something (its function words show
    it): it is no line of names."""
    got = _pairs("Former President Donald Trump Indicted by Manhattan Grand Jury\n",
                 "Former President Donald Trump has been indicted by a Manhattan grand jury "
                 "on criminal charges.\n")
    assert len(got) == 1


def test_a_short_quote_of_function_words_still_links_inside_another_sentence() -> None:
    got = _pairs("“We are all here.\n",
                 "“We are all here,” he said, surrounded by senior advisers and his prime "
                 "minister.\n")
    assert len(got) == 1


def test_many_to_one() -> None:
    a = ("Zelensky posted a video on Telegram from the street outside his office, surrounded "
         "by his top advisers and his prime minister.\n")
    b = ("Zelensky posted a video on Telegram from the street outside his office.\n"
         "He was surrounded by his top advisers and his prime minister.\n")
    got = _pairs(a, b)
    assert len(got) == 1 and len(got[0][0]) == 1 and len(got[0][1]) == 2


def test_candidates_only_for_shared_rare_content() -> None:
    a = make_document(A)
    b = make_document("Bread prices rose in Lviv on Monday.\nThe weather was cold and grey.\n")
    corpus = Corpus((a, b))
    assert corpus.candidates() == {}


def test_rare_words_weigh_more_than_common_ones() -> None:
    corpus = Corpus((make_document(A), make_document(A.replace("five", "six"))))
    assert corpus.weight("klitschko") > corpus.weight("said") > 0
    assert corpus.weight("the") < 0.2 * corpus.weight("klitschko")


def test_alignment_is_the_mirror_of_its_reverse() -> None:
    b_text = ("Mayor Vitali Klitschko said five blasts had been reported in Kyiv.\n"
              "Russian troops were bearing down on the capital.\n")
    forward = _pairs(A, b_text)
    backward = _pairs(b_text, A)
    assert sorted((y, x) for x, y in backward) == sorted(forward)


def test_no_join_across_boilerplate() -> None:
    import dataclasses

    from app.model import Boilerplate

    a = make_document(
        "Zelensky posted a video on Telegram from the street outside his office, surrounded "
        "by his top advisers and his prime minister.\n")
    plea = "Your support helps us to tell the story."
    b_text = ("Zelensky posted a video on Telegram from the street outside his office.\n"
              f"{plea}\n"
              "He was surrounded by his top advisers and his prime minister.\n")
    b = make_document(b_text)
    start = b_text.index(plea)
    b = dataclasses.replace(b, boilerplate=(Boilerplate(start, start + len(plea), "plea"),))
    found = align(a, b, DEFAULT_THRESHOLD)
    assert found and all(len(al.b) == 1 for al in found)


def test_shingles_are_cut_only_from_words_another_document_has() -> None:
    """Only runs of shared words are cut into shingles: of a sentence's shingles, the
    ones another document can share are all kept, and no other."""
    from itertools import product

    from app.align import SHINGLE, _shingles

    spells = tuple("the board said mr altman was not consistently candid in his talks".split())
    full = set(zip(*(spells[i:] for i in range(SHINGLE)), strict=False))
    for kept in product((True, False), repeat=len(spells)):
        shared = frozenset(w for w, k in zip(spells, kept, strict=True) if k)
        assert _shingles(spells, shared) == {g for g in full if set(g) <= shared}
    a = make_document("The board said Mr Altman was not consistently candid in his talks.\n")
    b = make_document("Mr Altman was not consistently candid, the board said on Friday.\n")
    assert Corpus((a, b)).shared_words == frozenset(
        "the board said mr altman was not consistently candid".split()
    )


# A sentence that is mostly a quotation and one that shares only the words framing it
# (the unseen Musk story: Khaleej Times quotes Musk's long message, another outlet tells
# how he wrote it). The desktop app's warm worker finds a document's quotes while the
# pairs are scored without them; once they come, the pairs must score as they do when
# the quotes were known from the start, as on the command line.
FRAMED = (
    "Elon Musk completes Twitter deal.\n\n“The reason I acquired Twitter is because it is "
    "important to the future of civilisation to have a common digital town square, where a "
    "wide range of beliefs can be debated in a healthy manner, without resorting to "
    "violence,” Musk wrote in an uncharacteristically long message for the Tesla CEO, who "
    "typically projects his thoughts in one-line tweets.\n",
    "Musk fires Twitter top executives.\n\nMusk, who typically projects his thoughts in "
    "one-line tweets, wrote an uncharacteristically long message to advertisers on "
    "Thursday.\n",
)


def test_quotes_learnt_after_scoring_score_the_pairs_as_known_quotes_do() -> None:
    docs = [make_document(t, path=f"{k}.txt") for k, t in enumerate(FRAMED)]
    whole = [analysis.analyse(d) for d in docs]
    known = Corpus(docs, analyses=whole)
    expected = known.score_pairs(known.candidates())
    late = Corpus(docs, analyses=[dataclasses.replace(a, quotes=()) for a in whole])
    scores = late.score_pairs(late.candidates())
    assert scores != expected  # without the quote, the framing words count as wording
    assert late.take_quotes(whole) == {0}
    late.reframe(scores, frozenset({0}))
    assert scores == expected
    assert late.take_quotes(whole) == set()  # nothing new the second time
