"""Quote groups across the seeds: translations, partial quotes and multi-part utterances."""

from __future__ import annotations

import pytest

import app
from app.ingest.build import make_document
from app.model import Document, QuoteGroup
from app.quotes import extract_quotes, groups
from app.quotes.groups import group_quotes


@pytest.fixture(scope="module")
def seed_groups(seed_paths) -> tuple[dict[str, str], dict[str, str], tuple[QuoteGroup, ...]]:
    docs = [app.load(str(p)) for p in seed_paths]
    quotes = [q for d in docs for q in extract_quotes(d)]
    texts = {d.id: d.text for d in docs}
    text = {q.id: texts[q.doc][q.start : q.end] for q in quotes}
    doc_of = {q.id: q.doc for q in quotes}
    return text, doc_of, group_quotes(docs, quotes)


def _group_with(seed_groups, opening: str, also: tuple[str, ...] = ()) -> QuoteGroup:
    """The one group holding a quote that opens with ``opening`` and one for each ``also``."""
    text, _doc_of, groups = seed_groups
    (g,) = [
        g
        for g in groups
        for first in [m for m in g.members if text[m].startswith(opening)][:1]
        if all(any(m != first and text[m].startswith(a) for m in g.members) for a in also)
    ]
    return g


def test_every_quote_in_a_group(seed_groups) -> None:
    text, _doc_of, groups = seed_groups
    members = {m for g in groups for m in g.members}
    assert members == set(text)
    for g in groups:
        assert len(g.members) == len(set(g.members))


@pytest.mark.parametrize(
    ("opening", "also", "docs", "flags"),
    [
        # Three translations; the third only quotes "number one target".
        ("According to our information", ("Acording to the information", "number one target"),
         3, {"reworded"}),
        # 001 quotes as one passage what 002 quotes as "We are all here," + "Our troops…":
        # the passage belongs to both utterances' groups, each flagged merged.
        ("We are all here. Defending", ("We are all here,",), 2, {"merged"}),
        ("We are all here. Defending", ("Our troops are here",), 2, {"reworded", "merged"}),
        ("They want to destroy", ("They want to destroy",), 2, {"trimmed"}),
        # "…Our country. And so it will continue," and the next paragraph's "And it will
        # continue to be this way.": the next piece of one speech, "Our country." (too
        # short to stand alone) stepped over, each outlet's rendering otherwise alone.
        ("We are all here. Defending", ("And it will continue to be this way",), 2,
         {"reworded"}),
    ],
)
def test_seed_group(seed_groups, opening: str, also: tuple[str, ...], docs: int,
                    flags: set) -> None:
    _text, doc_of, _groups = seed_groups
    g = _group_with(seed_groups, opening, also)
    assert len({doc_of[m] for m in g.members}) == docs
    assert flags <= set(g.flags)
    assert g.speaker == "Volodymyr Zelensky"
    assert "reattributed" not in g.flags


def test_a_long_quote_does_not_join_its_utterances(seed_groups) -> None:
    """002's two separate quotes stay in two groups although 001's passage carries both."""
    text, _doc_of, groups = seed_groups
    assert not any(
        any(text[m].startswith("We are all here,") for m in g.members)
        and any(text[m].startswith("Our troops are here") for m in g.members)
        for g in groups
    )


def test_different_remarks_not_grouped(seed_groups) -> None:
    """Psaki's and Warner's remarks both praise Zelensky's courage: not one utterance."""
    text, _doc_of, groups = seed_groups
    for g in groups:
        if any(text[m].startswith("But we remain in contact") for m in g.members):
            assert not any(text[m].startswith("President Zelensky has") for m in g.members)


def test_scare_quote_needs_its_exact_words() -> None:
    a = make_document("Officials said Kyiv was “safe” for now.")
    b = make_document("“The city is safe and calm, and we will stay,” Mayor Ivan Petrov said.")
    c = make_document(
        "“The city is safe and calm, and we will stay,” Vitali Klitschko said."
    )
    qs = [q for d in (a, b, c) for q in extract_quotes(d)]
    groups = group_quotes([a, b, c], qs)
    sizes = sorted(len(g.members) for g in groups)
    assert sizes == [1, 2]
    (two,) = [g for g in groups if len(g.members) == 2]
    assert "reattributed" in two.flags and "merged" not in two.flags


def test_scattered_words_do_not_make_a_partial_quote() -> None:
    """Three words spread over a long statement are not the statement quoted in part."""
    long_ = make_document(
        "“The law is clear on this. We have tried for years to get the budget through, and "
        "every time the committee sent it back with new demands on spending and on "
        "staffing that nobody could meet. A violation, if there was one, is theirs,” "
        "Sen. Ann Lee said."
    )
    near = make_document("Lee called it “a violation of the budget law” on Monday.")
    far = make_document("“The budget committee broke the law,” Rep. Tom Bay said.")
    qs = [q for d in (long_, near, far) for q in extract_quotes(d)]
    groups = group_quotes([long_, near, far], qs)
    assert all(len(g.members) == 1 for g in groups)


@pytest.mark.parametrize(
    ("texts", "together"),
    [
        # Condolence formulas (Business Standard and Jang on the Butler shooting): Modi's
        # "Wish him a speedy recovery" is not the UN's sentence, whose speaker no outlet
        # names, nor Macron's.
        ([
            "Modi said on X, \"Deeply concerned by the attack on my friend, former "
            "President Donald Trump. Strongly condemn the incident. Violence has no place in "
            "politics and democracies. Wish him a speedy recovery.\"",
            "The UN chief spokesperson said, \"The Secretary-General unequivocally condemns "
            "this act of political violence. He sends his best wishes to President Trump for "
            "a speedy recovery.\"\nFrench President Emmanuel Macron\nThe French President "
            "asserted, \"My thoughts are with President Donald Trump, the victim of an "
            "assassination attempt. I send him my wishes for a speedy recovery.\"",
        ], False),
        # Two people's like words (Albanese's and Baerbock's on the Hamas attack): given
        # to two named speakers, a few words join only word for word.
        ([
            "Australian Prime Minister Anthony Albanese said: \"Israel has a right to defend "
            "itself, which is what it's doing.\"",
            "German Foreign Minister Annalena Baerbock said: \"Israel has our full "
            "solidarity and the right under international law to defend itself against "
            "terror.\"",
        ], False),
        # One statement rendered a little otherwise, one side unnamed (the White House on
        # Putin's re-election, Iran's state TV on Raisi's crash): still one utterance.
        ([
            "White House spokesman John Kirby said \"The elections are obviously not free "
            "nor fair given how Mr. Putin has imprisoned political opponents.\"",
            "The vote \"was not free and fair\", the statement added.",
        ], True),
        ([
            "Iranian state television said \"no signs of life were found,\" at the wreck.",
            "There was \"no sign of life\" at the site, the report said.",
        ], True),
    ],
    ids=["condolence formula", "two people's like words", "not free and fair",
         "no sign of life"],
)
def test_a_few_words_join_another_speaker_s_only_as_an_excerpt(
    texts: list[str], together: bool
) -> None:
    docs = [make_document(t, path=f"{k}.txt") for k, t in enumerate(texts)]
    qs = [q for d in docs for q in extract_quotes(d)]
    groups = group_quotes(docs, qs)
    across = any(len({m.split(":")[0] for m in g.members}) > 1 for g in groups)
    assert across == together, [(g.speaker, g.members) for g in groups]


def test_a_group_leads_with_a_direct_quote(seed_groups) -> None:
    """The third outlet's “number one target” is a fragment: the full sentence leads."""
    text, _doc_of, _groups = seed_groups
    g = _group_with(seed_groups, "number one target")
    assert text[g.members[0]].startswith(("According to our information", "Acording to"))
    assert text[g.members[-1]] == "number one target"


def test_a_quote_no_other_outlet_carries_is_listed_once() -> None:
    """Three sentences of one quote are three utterances, but with nobody else carrying
    them they are one group, not three identical rows in the Quotes view."""
    a = make_document(
        "“We are in close touch with him. I will not give updates on his security. He "
        "continues to be the President of Ukraine,” Jen Psaki said."
    )
    b = make_document("“The situation now is threatening for Kyiv,” Vitali Klitschko said.")
    qs = [q for d in (a, b) for q in extract_quotes(d)]
    groups = group_quotes([a, b], qs)
    assert sorted(len(g.members) for g in groups) == [1, 1]
    assert {m for g in groups for m in g.members} == {q.id for q in qs}



def _translations(*texts: str) -> list[set[str]]:
    """Each group of quotes across ``texts``, as the set of its members' wordings."""
    docs = [make_document(t) for t in texts]
    qs = [q for d in docs for q in extract_quotes(d)]
    doc_text = {d.id: d.text for d in docs}
    wording = {q.id: doc_text[q.doc][q.start : q.end] for q in qs}
    return [{wording[m] for m in g.members} for g in group_quotes(docs, qs)]


# Two outlets' translations of Macron's interview (the stories' macron-unvaccinated-2022):
# the last sentences share a single content word, too few to group on their own.
BUG = ("Emmanuel Macron gave an interview to Le Parisien.\n\n“And so we will continue "
       "doing so, to the end. That’s the strategy,” Macron said.")
PISS = ("Emmanuel Macron spoke to readers of Le Parisien.\n\n“And so, we’re going to "
        "continue doing so, until the end. This is the strategy,” Macron said.")


def test_translations_beside_a_shared_sentence_group() -> None:
    """One sentence translated twice ("That’s the strategy" / "This is the strategy") is
    one utterance when the sentence before it is shared: no group is left holding one
    outlet's rendering alone."""
    groups = _translations(BUG, PISS)
    assert all(len(g) == 2 for g in groups)


def test_a_contraction_and_its_words_are_one_rendering() -> None:
    """Rubiales's "I will not resign" as two outlets printed it (unseen stories): a
    contraction written out is the same words."""
    groups = _translations(
        "Rubiales refuses to quit\n\n“I won’t resign,” he declared four times in quick "
        "succession at an emergency meeting of the federation in Madrid.",
        "Rubiales defiant\n\n\"I will not resign, I will not resign,\" he told an "
        "extraordinary general assembly called by the RFEF.",
    )
    assert {"I won’t resign,", "I will not resign, I will not resign,"} in groups


def test_neighbours_of_another_speaker_stay_apart() -> None:
    """The same placement by two different speakers says nothing about their words."""
    other = PISS.replace("Macron said", "Marine Le Pen said").replace(
        "Emmanuel Macron spoke", "Marine Le Pen spoke")
    groups = _translations(BUG, other)
    assert any(len(g) == 1 for g in groups)


# Three outlets on Jacinda Ardern's resignation (the stories' ardern-resignation-2023).
FULL_TANK = ("Jacinda Ardern announced her resignation on Thursday.\n\n“You cannot and "
             "should not do the job unless you have a full tank, plus a bit in reserve for "
             "those unexpected challenges,” Ardern said.")
NOT_ENOUGH = ("Jacinda Ardern will step down in February.\n\n“I just don't have enough in "
              "the tank for another four years,” Ardern said.")
HEADLINE = ("Jacinda Ardern: “Not enough in the tank”\n\nJacinda Ardern said on Thursday "
            "she would resign.")


def test_a_phrase_two_utterances_fit_alike_joins_neither() -> None:
    """"Not enough in the tank", given to the same speaker, shares two words with each of
    two utterances: which one it is cannot be told, so it is not put with either."""
    groups = _translations(FULL_TANK, NOT_ENOUGH, HEADLINE)
    headline = next(g for g in groups if "Not enough in the tank" in g)
    assert headline == {"Not enough in the tank"}


# Three outlets on Liz Truss's resignation statement (the stories' truss-resignation-2022):
# one runs three of its sentences together with commas, the others quote them apart.
SUN = ("Liz Truss resigned on Thursday.\n\nShe said: “Families and businesses were worried "
       "about how to pay their bills.”\n\n“Putin’s illegal war in Ukraine threatens the "
       "security of our whole continent.”\n\n“And our country had been held back for too "
       "long by low economic growth.”")
BOLTON = ("Liz Truss has announced she is resigning.\n\n“Families and businesses were worried "
          "about how to pay their bills,” Truss said.\n\n“Putin’s illegal war in Ukraine "
          "threatens the security of our whole continent,” she added.")
DAILYPOST = ("The Prime Minister, Liz Truss, has resigned.\n\n“I came into office at a time of "
             "great economic and international instability. Families and businesses were "
             "worried about how to pay their bills, Putin’s illegal war in Ukraine threatens "
             "the security of our whole continent, and our country had been held back for too "
             "long by low economic growth,” Truss said.")


def test_sentences_run_together_by_one_outlet_do_not_join_the_others_sentences() -> None:
    groups = _translations(SUN, BOLTON, DAILYPOST)
    bills = [g for g in groups if any(w.startswith("Families") for w in g)]
    war = [g for g in groups if any(w.startswith("Putin") for w in g)]
    assert bills and war
    for g in bills:
        assert not any(w.startswith(("Putin", "And our country")) for w in g)
    # the run-together quote is in each sentence's group (the sentence leads it)
    assert any(DAILYPOST.split("“")[1].split("”")[0] in g for g in bills)
    assert any(DAILYPOST.split("“")[1].split("”")[0] in g for g in war)
    assert {"Families and businesses were worried about how to pay their bills.",
            "Families and businesses were worried about how to pay their bills,"} <= bills[0]


# The Will Smith story (stories' will-smith-apology-2022): the outlet quoting the most
# opens its sentence with the actor's role, and the group was headed "Actor Will Smith".
SMITH = (
    (
        "Actor Will Smith wrote on Instagram: “I was out of line and I was wrong. I am "
        "embarrassed and my actions were not indicative of the man I want to be.”",
        "Actor Will Smith",
    ),
    ("“I was out of line and I was wrong,” Will Smith wrote on Instagram.", "Will Smith"),
    ("Will Smith said: “I was out of line and I was wrong.”", "Will Smith"),
)


@pytest.mark.parametrize("first", range(len(SMITH)))
def test_a_group_is_headed_by_the_name_most_outlets_write(first: int) -> None:
    texts = [SMITH[(first + k) % len(SMITH)] for k in range(len(SMITH))]
    docs = [make_document(t) for t, _ in texts]
    qs = [q for d in docs for q in extract_quotes(d)]
    assert sorted(q.speaker or "" for q in qs) == sorted(name for _, name in texts)
    # the longest rendering leads its group; the group is still headed "Will Smith"
    (group,) = [g for g in group_quotes(docs, qs) if len(g.members) == 3]
    assert group.speaker == "Will Smith"


# Who heads a group whose outlets name its speaker differently, or not at all: (the
# article's first line, the quote, each outlet's attribution, the group's speaker).
HEADS = [
    # The Will Smith story: three outlets attribute the Academy's statement to "the
    # academy" without naming it, a fourth (wrongly) to Will Smith: no one heads it.
    # (Where an outlet names the Academy, "the academy" is it: test_speakers.)
    pytest.param(
        "The Oscars ceremony ended on Monday.",
        "“We have officially started a formal review around the incident,”",
        ["the academy said.", "the academy said in a statement.", "the organisation said.",
         "Will Smith said."],
        None,
        id="a name fewer outlets give than give none",
    ),
    # The Altman story: three outlets give the board's statement to OpenAI ("…,” OpenAI
    # said), five to "the company" or "a review" without naming it. Those contradict no
    # one: the group is OpenAI's.
    pytest.param(
        "Sam Altman was fired on Friday.",
        "“He was not consistently candid in his communications with the board,”",
        ["OpenAI said.", "OpenAI said in a statement.", "the company said.",
         "the company said in its statement.", "a review found."],
        "OpenAI",
        id="a name two outlets give in their own words",
    ),
    # The unseen FTX story: one outlet writes "Ray", another "John J. Ray III" (a suffix
    # is no surname): one speaker, named in full.
    pytest.param(
        "FTX filed for bankruptcy on Friday.",
        "“The FTX Group has valuable assets that can only be effectively administered,”",
        ["Ray said.", "John J. Ray III said."],
        "John J. Ray III",
        id="the full name between forms as often written",
    ),
]


@pytest.mark.parametrize(("lead", "said", "attributions", "speaker"), HEADS)
def test_who_heads_a_group(
    lead: str, said: str, attributions: list[str], speaker: str | None
) -> None:
    texts = [f"{lead}\n\n{said} {a}" for a in attributions]
    docs = [make_document(t) for t in texts]
    qs = [q for d in docs for q in extract_quotes(d)]
    named = [a.split(" said")[0] for a in attributions if a[:1].isupper()]
    assert sorted(q.speaker for q in qs if q.speaker) == sorted(named)
    (group,) = group_quotes(docs, qs)
    assert group.speaker == speaker


def test_outlets_not_quotes_head_a_group_and_a_name_outweighs_an_epithet() -> None:
    """The unseen Messi story: one outlet prints the quote twice after "The Argentine
    added:" (read as the speaker "Argentine"), another gives it to Messi by name. One
    outlet each, and the name written as a name heads the group."""
    said = ("“If it had been a matter of money, I would have gone to Arabia or elsewhere. "
            "The truth is that my final decision goes elsewhere.”")
    a = make_document(
        "Lionel Messi will join Inter Miami, the Argentine confirmed, and the Argentine "
        f"team cheered.\n\nThe Argentine added:\n\n{said}\n\nThe Argentine added:\n\n"
        f"{said}\n"
    )
    b = make_document(
        "Lionel Messi will join Inter Miami.\n\n“If it had been a matter of money, I would "
        "have gone to Arabia,” Messi said.\n"
    )
    qs = [q for d in (a, b) for q in extract_quotes(d)]
    assert sorted(q.speaker or "" for q in qs) == ["Argentine", "Argentine", "Lionel Messi"]
    (group,) = [g for g in group_quotes([a, b], qs) if len(g.members) == 3]
    assert group.speaker == "Lionel Messi"


# McCarthy's farewell as three outlets quote it (the stories' mccarthy-ousted-2023): one
# gives the speech, one its last utterance in one sentence, one in two sentences.
SPEECH = (
    "“I don’t regret standing up for choosing governance over grievance. It is my "
    "responsibility. It is my job. I do not regret negotiating, or government is designed "
    "to find compromise. I don’t regret my efforts to build coalitions and find solutions. "
    "I was raised to solve problems not create them. So I may have lost the vote today. "
    "But as I walk out of this chamber, I feel fortunate to have served the American "
    "people,” McCarthy said in his speech."
)
ONE = (
    "“I may have lost this vote today, but as I walk out of this chamber, I feel "
    "fortunate to have served,” Kevin McCarthy said."
)
TWO = (
    "“I may have lost the vote today. But as I walk out of this chamber, I feel fortunate "
    "to have served the American people,” Kevin McCarthy said."
)


def test_a_group_is_about_its_sentences_of_a_long_quote() -> None:
    """The speech's own group (what no other outlet quotes) is headed by those sentences,
    not by the whole speech, which would also repeat the group of its last utterance."""
    docs = [make_document(t) for t in (SPEECH, ONE, TWO)]
    qs = [q for d in docs for q in extract_quotes(d)]
    groups = group_quotes(docs, qs)
    assert sorted(len(g.members) for g in groups) == [1, 3]
    (alone,) = [g for g in groups if len(g.members) == 1]
    assert alone.members == (qs[0].id,) and alone.utterance is not None
    assert alone.utterance.slice(docs[0].text) == SPEECH[1 : SPEECH.index(" So I may")]


def test_a_guessed_speaker_is_no_reattribution() -> None:
    """timeslive (the Will Smith story) prints the Academy's statement with no attribution
    at all; the engine's guess for it (the article's main person) differs from what the
    other outlets say, but no outlet attributed it differently: not ``reattributed``."""
    a = make_document(
        "Mayor Ivan Petrov spoke on Monday.\n\n“We have officially started a formal review "
        "around the incident,” Petrov said.", path="a.txt")
    b = make_document(
        "“We have officially started a formal review around the incident,” Mayor Ivan "
        "Petrov said on Monday.", path="b.txt")
    c = make_document(
        "Vitali Klitschko spoke on Monday. Klitschko left the city hall after the vote.\n\n"
        "“We have officially started a formal review around the incident.”", path="c.txt")
    qs = [q for d in (a, b, c) for q in extract_quotes(d)]
    assert [(q.speaker, q.cue) for q in qs if q.doc == c.id] == [("Vitali Klitschko", None)]
    (group,) = group_quotes([a, b, c], qs)
    assert len(group.members) == 3 and "reattributed" not in group.flags


@pytest.mark.parametrize(
    ("first", "second", "reattributed"),
    [
        # Two outlets name two people in their own words: the flag's case.
        ("“The city is safe and calm, and we will stay,” Mayor Ivan Petrov said.",
         "“The city is safe and calm, and we will stay,” Vitali Klitschko said.", True),
        # The Twitter story: "she" resolved to the chief executive, where another
        # outlet names Musk. Only the engine read "she" as her: no outlet is accused.
        ("Chief executive Linda Yaccarino spoke first at the event in San Francisco. “It "
         "is the everything app for all of us, and more,” she said.",
         "“It is the everything app for all of us, and more,” Elon Musk said on Monday.",
         False),
        # The Titan story: a description is no other person than the admiral named.
        ("“The debris is consistent with a catastrophic loss of the pressure chamber,” a "
         "US Coast Guard official said.",
         "“The debris is consistent with a catastrophic loss of the pressure chamber,” "
         "Rear Admiral John Mauger said.", False),
        # The Messi story: "the Argentine" (read as a name) describes the one named.
        ("Lionel Messi recently told SPORT about his future:\n\n“I’m gonna join Inter "
         "Miami. The decision is 100% confirmed.”\n\nThe Argentine added:\n\n“If it had "
         "been a matter of money, I’d have gone to Arabia or elsewhere.”\n\nHowever, the "
         "Argentine is set to take the MLS by storm. Messi has won everything.",
         "“If it had been a matter of money, I’d have gone to Arabia or elsewhere,” Messi "
         "said.", False),
        # One body, named in full and in short.
        ("“These men were true explorers who shared a distinct spirit of adventure,” "
         "OceanGate Expeditions said.",
         "“These men were true explorers who shared a distinct spirit of adventure,” "
         "OceanGate said in a statement.", False),
        # The SBF story: "the government of the Bahamas" is its attorney general's
        # office, a body that no outlet gives another person's words.
        ("Sam Bankman-Fried was arrested Monday in the Bahamas.\n\nIn a statement, the "
         "government of the Bahamas said the arrest came after officials received "
         "\"formal notification from the United States that it has filed criminal charges "
         "against S.B.F. and is likely to request his extradition.\"",
         "Attorney General Ryan Pinder said the arrest “followed receipt of formal "
         "notification from the United States that it has filed criminal charges against "
         "SBF and is likely to request his extradition”.", False),
    ],
)
def test_reattributed_rests_on_names_the_outlets_wrote(
    first: str, second: str, reattributed: bool
) -> None:
    a, b = make_document(first, path="a.txt"), make_document(second, path="b.txt")
    qs = [q for d in (a, b) for q in extract_quotes(d)]
    doc_of = {q.id: q.doc for q in qs}
    (group,) = [g for g in group_quotes([a, b], qs) if len({doc_of[m] for m in g.members}) == 2]
    assert len(group.members) == 2
    assert ("reattributed" in group.flags) is reattributed


def _each_group_one_speaker(docs: list[Document]) -> None:
    """Every group of the documents' quotes holds one speaker's words, and none says an
    outlet gave someone's words to another."""
    qs = [q for d in docs for q in extract_quotes(d)]
    speaker = {q.id: q.speaker for q in qs}
    for g in group_quotes(docs, qs):
        assert len({speaker[m] for m in g.members}) == 1, g
        assert "reattributed" not in g.flags


def test_stock_words_of_two_people_are_not_one_quote() -> None:
    """Tributes share words: the Straits Times quotes President Biden, "I am stunned,
    outraged, and deeply saddened…"; Al Jazeera writes that Chancellor Scholz said he was
    "stunned and deeply saddened"; The News that the Queen was "deeply saddened". A few
    words woven into another person's sentence are theirs, not Biden's statement given
    to someone else: no group joins them, and no outlet is said to reattribute."""
    docs = [
        make_document(
            "In Washington, President Joe Biden said in a statement: \"I am stunned, "
            "outraged, and deeply saddened by the news that my friend Abe Shinzo, "
            "former Prime Minister of Japan, was shot and killed while campaigning.\"",
            path="straitstimes.txt"),
        make_document(
            "German Chancellor Olaf Scholz said he was “stunned and deeply saddened” by "
            "the news of Abe’s death.", path="aljazeera.txt"),
        make_document(
            "Queen Elizabeth II was \"deeply saddened\" by the news of Abe’s death, adding "
            "that she had fond memories of meeting him.", path="thenews.txt"),
    ]
    _each_group_one_speaker(docs)


def test_a_few_words_from_inside_a_sentence_keep_to_their_speaker() -> None:
    """Business Recorder heads Stoltenberg's congratulations "Stoltenberg: ‘continuing our
    work together’"; another outlet quotes Biden "I look forward to continuing to work
    together…". Words taken from inside a sentence (in lower case) are the one named's,
    not Biden's statement given to someone else."""
    docs = [
        make_document(
            "“I look forward to continuing to work together as NATO Allies on bilateral "
            "issues and shared global challenges,” Biden tweeted.", path="a.txt"),
        make_document(
            "Stoltenberg: ‘continuing our work together’\n\nJens Stoltenberg, secretary "
            "general of the NATO military alliance, also sent congratulations.\n\n“I look "
            "forward to continuing our work together and preparing for the NATO Summit in "
            "July,” he tweeted.", path="b.txt"),
    ]
    _each_group_one_speaker(docs)


def test_a_fragments_guessed_speaker_does_not_head_whole_quotes() -> None:
    """Dawn and Gulf News on the Titan's Pakistani passengers: both give the family's
    statement to "a statement from the Dawood Foundation", naming no one; Dawn's
    “profound grief” before it, a fragment, the engine guessed to be the man mourned.
    That guess heads no group of the whole statement."""
    dawn = (
        "ISLAMABAD: The family of the British-Pakistani father and son who were among the "
        "five people who died on the Titanic tourist submersible expressed “profound grief” "
        "at their loss on Friday.\n\nShahzada Dawood, 48, and his son Suleman, 19, are "
        "members of the Dawood family, one of the wealthiest in Pakistan.\n\nEducated in the "
        "UK and the US, Shahzada lived in Britain with his wife Christine. “It is with "
        "profound grief that we announce the passing of Shahzada and Suleman Dawood,” said a "
        "statement from the Dawood Foundation, a family-run education charity.\n"
    )
    gulf = (
        "Islamabad: The family of British-Pakistani father and son, Shahzada and Suleman "
        "Dawood, is mourning the tragic loss of their lives.\n\n“It is with profound grief "
        "that we announce the passing of Shahzada and Suleman Dawood,” said a statement from "
        "the Dawood Foundation.\n"
    )
    docs = [make_document(dawn), make_document(gulf)]
    qs = [q for d in docs for q in extract_quotes(d)]
    guessed = [q for q in qs if q.fragment and q.speaker_inferred]
    assert [q.speaker for q in guessed] == ["Shahzada Dawood"]  # the guess the rule meets
    (group,) = group_quotes(docs, qs)
    assert len(group.members) == 3 and group.speaker is None


@pytest.mark.parametrize(
    ("said", "written_out"),
    [
        ("I won’t resign", "I will not resign"),
        ("We can't and we shan't", "We can not and we shall not"),
        ("It cannot go on", "It can not go on"),
        (
            "They're here, I'm sure, we've seen it, you'll see",
            "They are here, I am sure, we have seen it, you will see",
        ),
        ("DON'T", "DO not"),
        # a possessive, a name, an elision: nothing to write out (and no substitution run)
        ("Zelensky’s people", "Zelensky’s people"),
        ("O'Neill and rock'n'roll", "O'Neill and rock'n'roll"),
        ("the cannot-miss event", "the can not-miss event"),
        ("ma'am", "ma'am"),
    ],
)
def test_contractions_written_out(said: str, written_out: str) -> None:
    assert groups._uncontracted(said) == written_out
