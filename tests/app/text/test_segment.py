"""News-aware sentence segmentation, table-driven against real news text.

Each case is a paragraph and the sentences it must split into (joined by " | ").
The seeds' sentences are kept in data/*.sentences, one per line, read and checked by eye.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import app
from app.model import Span
from app.text.abbreviations import ABBREVIATIONS, SUFFIXES, TITLES
from app.text.segment import paragraphs, sentences

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[3] / "seeds"

CASES: list[tuple[str, str]] = [
    # Titles and honorifics never end a sentence.
    ("Mr. Smith went to Washington.", "Mr. Smith went to Washington."),
    ("Mrs. Clinton spoke first. Ms. Rice spoke next.",
     "Mrs. Clinton spoke first. | Ms. Rice spoke next."),
    ("Dr. Anthony Fauci testified on Tuesday.", "Dr. Anthony Fauci testified on Tuesday."),
    ("Rep. Adam Schiff said so. Sen. Mark Warner agreed.",
     "Rep. Adam Schiff said so. | Sen. Mark Warner agreed."),
    ("Gov. Gavin Newsom signed the bill.", "Gov. Gavin Newsom signed the bill."),
    ("Gen. Mark Milley briefed reporters.", "Gen. Mark Milley briefed reporters."),
    ("Lt. Col. Alexander Vindman testified.", "Lt. Col. Alexander Vindman testified."),
    ("Martin Luther King Jr. spoke in 1963. The crowd listened.",
     "Martin Luther King Jr. spoke in 1963. | The crowd listened."),
    ("She lives on St. Mark's Place.", "She lives on St. Mark's Place."),
    ("Prof. Jane Doe disagreed.", "Prof. Jane Doe disagreed."),
    ("The Rev. Al Sharpton led the march.", "The Rev. Al Sharpton led the march."),
    # Companies.
    ("Apple Inc. reported earnings. Shares rose.",
     "Apple Inc. reported earnings. | Shares rose."),
    ("Johnson & Johnson Co. was fined.", "Johnson & Johnson Co. was fined."),
    ("Acme Corp. denied it.", "Acme Corp. denied it."),
    ("Widgets Ltd. closed its plant.", "Widgets Ltd. closed its plant."),
    # Numbers and "No."
    ("He was the No. 1 target.", "He was the No. 1 target."),
    ("The enemy marked me as target No. 1. My family, as target No. 2.",
     "The enemy marked me as target No. 1. | My family, as target No. 2."),
    ("It cost $1.5 billion. Critics balked.", "It cost $1.5 billion. | Critics balked."),
    ("Inflation hit 7.5 percent in January.", "Inflation hit 7.5 percent in January."),
    ("The vote was 52-48. It passed.", "The vote was 52-48. | It passed."),
    ("Version 2.0 shipped.", "Version 2.0 shipped."),
    ("He won 3.2 million votes. She won 2.9 million.",
     "He won 3.2 million votes. | She won 2.9 million."),
    # Times and dates.
    ("The blast came at 4 a.m. on Thursday.", "The blast came at 4 a.m. on Thursday."),
    ("The meeting ended at 5 p.m. Officials then left.",
     "The meeting ended at 5 p.m. | Officials then left."),
    ("The invasion began Feb. 24 at dawn.", "The invasion began Feb. 24 at dawn."),
    ("On Sept. 11, 2001, planes struck.", "On Sept. 11, 2001, planes struck."),
    ("The law takes effect Jan. 1. Critics object.",
     "The law takes effect Jan. 1. | Critics object."),
    ("It was signed in Dec. 2021.", "It was signed in Dec. 2021."),
    # Countries and dotted acronyms.
    ("The U.S. government offered help.", "The U.S. government offered help."),
    ("It angered the U.S. The Kremlin said nothing.",
     "It angered the U.S. | The Kremlin said nothing."),
    ("U.S. officials said so.", "U.S. officials said so."),
    ("The U.K. and the E.U. disagreed.", "The U.K. and the E.U. disagreed."),
    ("He flew to Washington, D.C. on Monday.", "He flew to Washington, D.C. on Monday."),
    ("the U.S.-backed government there.", "the U.S.-backed government there."),
    ("The U.N. Security Council met.", "The U.N. Security Council met."),
    ("U.S. President Joe Biden spoke.", "U.S. President Joe Biden spoke."),
    ("Talks with the U.S. But no deal followed.",
     "Talks with the U.S. | But no deal followed."),
    # Party tags with state abbreviations.
    ("said Rep. Adam Schiff, D-Calif., the chairman.",
     "said Rep. Adam Schiff, D-Calif., the chairman."),
    ("said Sen. Mark Warner, D-Va., the chair.", "said Sen. Mark Warner, D-Va., the chair."),
    ("Sen. Ted Cruz, R-Texas, objected.", "Sen. Ted Cruz, R-Texas, objected."),
    ("Rep. Matt Gaetz, R-Fla., voted no.", "Rep. Matt Gaetz, R-Fla., voted no."),
    ("It was Sen. Bob Casey, D-Pa. He voted yes.",
     "It was Sen. Bob Casey, D-Pa. | He voted yes."),
    ("Rep. Ilhan Omar, D-Minn. Omar said more.",
     "Rep. Ilhan Omar, D-Minn. Omar said more."),
    # Initials.
    ("CIA Director William J. Burns flew to Ukraine.",
     "CIA Director William J. Burns flew to Ukraine."),
    ("J.K. Rowling published a statement.", "J.K. Rowling published a statement."),
    ("George W. Bush spoke. Laura Bush listened.",
     "George W. Bush spoke. | Laura Bush listened."),
    ("E. Jean Carroll sued.", "E. Jean Carroll sued."),
    ("H.R. McMaster resigned.", "H.R. McMaster resigned."),
    # Quotes.
    ("“We stand ready to assist him in any way,” Schiff said.",
     "“We stand ready to assist him in any way,” Schiff said."),
    ("“We are all here. Defending our independence.” Zelensky said it twice.",
     "“We are all here. | Defending our independence.” | Zelensky said it twice."),
    ("He said: “I am staying.” Then he left.",
     "He said: “I am staying.” | Then he left."),
    ("“Why?” he asked.", "“Why?” he asked."),
    ("“Stop!” she shouted. Nobody did.", "“Stop!” she shouted. | Nobody did."),
    ("He called it “very difficult”.", "He called it “very difficult”."),
    ("He left. “I will return,” he said.", "He left. | “I will return,” he said."),
    ("“It is over.” “It is not,” she replied.",
     "“It is over.” | “It is not,” she replied."),
    ("'We are all here', Volodymyr Zelensky said.",
     "'We are all here', Volodymyr Zelensky said."),
    ("\"Straight quotes work too.\" He agreed.",
     "\"Straight quotes work too.\" | He agreed."),
    ("«Nous restons ici.» Il l'a dit.", "«Nous restons ici.» | Il l'a dit."),
    ("The reporter said, “He’s in a bunker. Though he says he’s in Kyiv still.”",
     "The reporter said, “He’s in a bunker. | Though he says he’s in Kyiv still.”"),
    # Question and exclamation marks.
    ("Is he safe? Officials would not say.", "Is he safe? | Officials would not say."),
    ("Want to bookmark your favourite articles? Start today.",
     "Want to bookmark your favourite articles? | Start today."),
    ("Glory to Ukraine! Glory to heroes!", "Glory to Ukraine! | Glory to heroes!"),
    ("What now?! Nobody knows.", "What now?! | Nobody knows."),
    # Ellipses.
    ("He paused... Then he spoke.", "He paused... | Then he spoke."),
    ("He paused… Then he spoke.", "He paused… | Then he spoke."),
    ("The plan was ... unclear.", "The plan was ... unclear."),
    ("“We will… we must win,” he said.", "“We will… we must win,” he said."),
    # Ellipses in quoted speech: a capital after one opens a sentence unless the word
    # before leaves the clause open (see segment._ellipsis_ends for why).
    ("Tuesday, Macron stated: “I’m not for pissing off the French … Now the unvaccinated, "
     "I really want to piss them off.”",
     "Tuesday, Macron stated: “I’m not for pissing off the French … | Now the unvaccinated, "
     "I really want to piss them off.”"),
    ("Le Pen tweeted, \"A president shouldn't say that ... Emmanuel Macron is unworthy of "
     "his office.\"",
     "Le Pen tweeted, \"A president shouldn't say that ... | Emmanuel Macron is unworthy of "
     "his office.\""),
    ("“I know there will be much discussion as to what the so called ‘real’ reason was… The "
     "only interesting angle you will find is that I am human,” she said.",
     "“I know there will be much discussion as to what the so called ‘real’ reason was… | The "
     "only interesting angle you will find is that I am human,” she said."),
    ("“The nominee will be … Biden, of course,” he said.",
     "“The nominee will be … Biden, of course,” he said."),
    ("The government will tell them “you can’t have a coffee ... ”",
     "The government will tell them “you can’t have a coffee ... ”"),
    ("“I am resigning as leader of the Conservative Party… there will be a leadership "
     "election,” she said.",
     "“I am resigning as leader of the Conservative Party… there will be a leadership "
     "election,” she said."),
    ("“We are all here… Defending our independence,” he said.",
     "“We are all here… | Defending our independence,” he said."),
    ("“I am here… I am not hiding from anyone,” Zelensky said.",
     "“I am here… | I am not hiding from anyone,” Zelensky said."),
    ("“We talked to the … President about the threat,” the aide said.",
     "“We talked to the … President about the threat,” the aide said."),
    ("“We will defend our land, … And we will win,” he said.",
     "“We will defend our land, … And we will win,” he said."),
    ("He said: “… And we will fight on.”", "He said: “… And we will fight on.”"),
    ("“We talked to the... President about the threat,” the aide said.",
     "“We talked to the... President about the threat,” the aide said."),
    ("“We will fight... We will win,” he said.", "“We will fight... | We will win,” he said."),
    ("“We will fight.... We will win,” he said.", "“We will fight.... | We will win,” he said."),
    ("“…We will not give up,” he said.", "“…We will not give up,” he said."),
    ("“The enemy marked me as target No. 1 … My family is target No. 2,” he said.",
     "“The enemy marked me as target No. 1 … | My family is target No. 2,” he said."),
    ("“We lost eight people in the strike … 12 more are missing,” the mayor said.",
     "“We lost eight people in the strike … 12 more are missing,” the mayor said."),
    ("“We will fight…” The president then left the podium.",
     "“We will fight…” | The president then left the podium."),
    ("“We will win…!” he said. Then he left.", "“We will win…!” he said. | Then he left."),
    # Bracketed ellipses mark words the outlet left out.
    ("“You can't do the job if eight people […] can partner with the whole other side,” "
     "McCarthy said.",
     "“You can't do the job if eight people […] can partner with the whole other side,” "
     "McCarthy said."),
    ("“The shelling went on all night […] The city held,” Klitschko said.",
     "“The shelling went on all night […] | The city held,” Klitschko said."),
    # AP's spaced ellipsis is one mark, and its four-dot form ends a sentence.
    ("Sanders said: \"Absolutely. . . . One of the most significant reasons is cost.\"",
     "Sanders said: \"Absolutely. . . . | One of the most significant reasons is cost.\""),
    ("\"Lewandowski . . . grabbed Fields' left arm,\" the report said.",
     "\"Lewandowski . . . grabbed Fields' left arm,\" the report said."),
    ("He had no proof of it. ... He would not have done that to us.",
     "He had no proof of it. ... | He would not have done that to us."),
    ("“We will fight . . . We will never surrender,” he said.",
     "“We will fight . . . | We will never surrender,” he said."),
    ("“We will fight . . . we will never surrender,” he said.",
     "“We will fight . . . we will never surrender,” he said."),
    ("“It is over. . . . It is really over,” she said.",
     "“It is over. . . . | It is really over,” she said."),
    ("“It is over. . . . and the markets know it,” she said.",
     "“It is over. . . . and the markets know it,” she said."),
    ("The minister paused . . . Then he read the statement.",
     "The minister paused . . . | Then he read the statement."),
    ("“We spoke with . . . the Americans,” he said.",
     "“We spoke with . . . the Americans,” he said."),
    # Company and name suffixes end a sentence only before a clear opener.
    ("The firm was Pitt, Briggs & Co. It closed in 1990.",
     "The firm was Pitt, Briggs & Co. | It closed in 1990."),
    ("The bank was Smith & Co. Mr. Smith declined to comment.",
     "The bank was Smith & Co. | Mr. Smith declined to comment."),
    ("Apple Inc. Chief Executive Tim Cook met the president.",
     "Apple Inc. Chief Executive Tim Cook met the president."),
    ("He joined Goldman Sachs & Co. LLC in 2010.", "He joined Goldman Sachs & Co. LLC in 2010."),
    ("The candidate was Robert F. Kennedy Jr. He ran as an independent.",
     "The candidate was Robert F. Kennedy Jr. | He ran as an independent."),
    ("“You can be both,” said Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer.",
     "“You can be both,” said Sen. Robert P. Casey Jr. (D-Pa.), a Clinton backer."),
    ("The deal included Marriott and AT&T. And in Georgia, a bill stalled.",
     "The deal included Marriott and AT&T. | And in Georgia, a bill stalled."),
    ("Brockman wrote in a post on X. “But based on today’s news, I quit.”",
     "Brockman wrote in a post on X. | “But based on today’s news, I quit.”"),
    ("Sens. Jon Tester and David Vitter objected.", "Sens. Jon Tester and David Vitter objected."),
    ("He was rejected by Govs. Jeb Bush and Chris Christie.",
     "He was rejected by Govs. Jeb Bush and Chris Christie."),
    ("Martin Luther King Jr. Day is a federal holiday.",
     "Martin Luther King Jr. Day is a federal holiday."),
    ("It named rail, steel, coal, etc. The list went on.",
     "It named rail, steel, coal, etc. | The list went on."),
    ("The embassy is at 1600 Pennsylvania Ave. NW in Washington.",
     "The embassy is at 1600 Pennsylvania Ave. NW in Washington."),
    # Times of day before a name.
    ("The board met at 6 P.M. Mr. Smith arrived late.",
     "The board met at 6 P.M. | Mr. Smith arrived late."),
    ("Polls close at 7 p.m. Sen. Warner will speak after.",
     "Polls close at 7 p.m. | Sen. Warner will speak after."),
    ("Doors open at 7 p.m. Friday.", "Doors open at 7 p.m. Friday."),
    ("The vote is set for 10 a.m. ET. The Senate then adjourns.",
     "The vote is set for 10 a.m. ET. | The Senate then adjourns."),
    ("They left at 5 p.m. President Biden spoke later.",
     "They left at 5 p.m. President Biden spoke later."),
    # Pages, articles and cases.
    ("The figure appears on p. 55 of the report.", "The figure appears on p. 55 of the report."),
    ("See pp. 12-14 of the filing.", "See pp. 12-14 of the filing."),
    ("Under Art. 5 of the treaty, an attack on one is an attack on all.",
     "Under Art. 5 of the treaty, an attack on one is an attack on all."),
    ("He cited Sec. 230 of the law.", "He cited Sec. 230 of the law."),
    ("Roe v. Wade was overturned in 2022.", "Roe v. Wade was overturned in 2022."),
    ("Big firms, e.g. Apple and Google, objected.", "Big firms, e.g. Apple and Google, objected."),
    ("He turned to p. The letter followed.", "He turned to p. | The letter followed."),
    # Initials, and a letter that is not one.
    ("Albert I. Jones was elected mayor.", "Albert I. Jones was elected mayor."),
    ("J. A. Smith signed the letter.", "J. A. Smith signed the letter."),
    ("The map was redrawn after World War I. The empire was gone.",
     "The map was redrawn after World War I. | The empire was gone."),
    ("Officials called it Plan B. A spokesman confirmed the change.",
     "Officials called it Plan B. | A spokesman confirmed the change."),
    # Numbered lists.
    ("1. Ceasefire along the front line.", "1. Ceasefire along the front line."),
    ("Zelensky set out three demands: 1. A ceasefire. 2. The withdrawal of troops. "
     "3. Security guarantees.",
     "Zelensky set out three demands: 1. A ceasefire. | 2. The withdrawal of troops. | "
     "3. Security guarantees."),
    ("The toll rose to 12. Officials said more were missing.",
     "The toll rose to 12. | Officials said more were missing."),
    # URLs and e-mail addresses.
    ("Read more at www.example.com. It is free.",
     "Read more at www.example.com. | It is free."),
    ("Visit https://example.org/a.b?c=1 for details.",
     "Visit https://example.org/a.b?c=1 for details."),
    ("Write to tips@example.com. We read everything.",
     "Write to tips@example.com. | We read everything."),
    ("See Example.Com for more.", "See Example.Com for more."),
    # Pasted text that lost its space.
    ("Your support makes all the difference.Ukraine’s president spoke.",
     "Your support makes all the difference. | Ukraine’s president spoke."),
    ("It ended.The next day began.", "It ended. | The next day began."),
    # Parentheses and brackets.
    ("He resigned (effective immediately). A successor was named.",
     "He resigned (effective immediately). | A successor was named."),
    ("The agency (the F.B.I.) declined to comment.",
     "The agency (the F.B.I.) declined to comment."),
    # Headlines and lists.
    ("White House confirms Zelensky still in the capital city",
     "White House confirms Zelensky still in the capital city"),
    ("Latest News", "Latest News"),
    ("filed under:", "filed under:"),
    # Numbers at sentence starts and ends.
    ("Five blasts were reported. 12 people were hurt.",
     "Five blasts were reported. | 12 people were hurt."),
    ("He was born in 1946. He is 76.", "He was born in 1946. | He is 76."),
    ("The score was 3-1. Fans cheered.", "The score was 3-1. | Fans cheered."),
    # Abbreviations that do end a sentence.
    ("He moved to the U.K. The move was quiet.", "He moved to the U.K. | The move was quiet."),
    ("They met at 9 a.m. He left at noon.", "They met at 9 a.m. | He left at noon."),
    ("He works for Acme Inc.", "He works for Acme Inc."),
    ("Teams from Calif. and Texas competed.", "Teams from Calif. and Texas competed."),
    # Mixed real wire copy.
    ("“The situation now - without exaggeration - is threatening for Kyiv,” he said.",
     "“The situation now - without exaggeration - is threatening for Kyiv,” he said."),
    ("Zelensky said. “They want to destroy Ukraine politically.”",
     "Zelensky said. | “They want to destroy Ukraine politically.”"),
    ("Psaki replied, “We are in close touch with him. While I’m not going to give "
     "you updates, he continues to be the President of Ukraine.",
     "Psaki replied, “We are in close touch with him. | While I’m not going to give "
     "you updates, he continues to be the President of Ukraine."),
    ("Emoji 👍🏽 stay inside. Next one 🇺🇦 too.", "Emoji 👍🏽 stay inside. | Next one 🇺🇦 too."),
    ("Café owners in Zürich agreed. Prices rose.",
     "Café owners in Zürich agreed. | Prices rose."),
    ("Президент остался в Киеве. Он выступил.", "Президент остался в Киеве. | Он выступил."),
    # A quotation closing after a nested one, set off by a space (the Mercury News on
    # SVB): the outer mark ends the sentence, it does not open the next one.
    ("The FDIC moved the deposits to a “newly created, full-service FDIC-operated ‘bridge "
     "bank.’ ” The bank was the largest bank to fail since the 2008 financial crisis.",
     "The FDIC moved the deposits to a “newly created, full-service FDIC-operated ‘bridge "
     "bank.’ ” | The bank was the largest bank to fail since the 2008 financial crisis."),
]


def _split(paragraph: str) -> list[str]:
    spans = sentences(paragraph, paragraphs(paragraph))
    return [s.slice(paragraph) for s in spans]


def test_there_are_at_least_80_cases() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(("paragraph", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentences(paragraph: str, expected: str) -> None:
    assert _split(paragraph) == expected.split(" | ")


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_sentence_of_the_seeds(seed: Path) -> None:
    doc = app.load(seed)
    expected = (DATA / f"{seed.stem}.sentences").read_text(encoding="utf-8").splitlines()
    assert [s.slice(doc.text) for s in doc.sentences] == expected


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "   ", "One line", "a\n\nb", "Ends with a period.\n", "x.\ny.\n\nz?"],
)
def test_spans_are_trimmed_non_empty_and_inside_paragraphs(text: str) -> None:
    paras = paragraphs(text)
    for s in sentences(text, paras):
        piece = s.slice(text)
        assert piece and piece == piece.strip()
        assert any(p.start <= s.start and s.end <= p.end for p in paras)


def test_a_numbered_list_keeps_its_items_whole() -> None:
    text = "Key points:\n1. Russia invaded.\n2. Kyiv held. The capital stood.\n3) Talks failed."
    assert _split(text) == [
        "Key points:", "1. Russia invaded.", "2. Kyiv held.", "The capital stood.",
        "3) Talks failed.",
    ]


def test_a_quote_splits_into_its_utterances() -> None:
    # The quote stage splits each quote's span (without its marks) into utterances.
    text = ("Macron stated: “I’m not for pissing off the French … Now the unvaccinated, "
            "I really want to piss them off. And so, we’re going to continue doing so.”")
    span = Span(text.index("“") + 1, text.index("”"))
    assert [s.slice(text) for s in sentences(text, (span,))] == [
        "I’m not for pissing off the French …",
        "Now the unvaccinated, I really want to piss them off.",
        "And so, we’re going to continue doing so.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "." * 4_000,
        ". " * 50_000,
        "a." * 100_000,
        "A. " * 50_000,
        "… " * 50_000,
        "1. " * 50_000,
        "x" * 100_000 + ". The",
        "The U.S. " + "U.S. " * 25_000 + "It",
        "“" * 50_000 + "… We",
    ],
    ids=["4000-dots", "spaced-dots", "a.a.a", "initials", "ellipses", "list-marks",
         "long-word", "dotted", "open-quotes"],
)
def test_hostile_runs_stay_linear(text: str) -> None:
    began = time.perf_counter()
    spans = sentences(text, paragraphs(text))
    assert time.perf_counter() - began < 5.0  # quadratic would take minutes
    assert all(s.slice(text).strip() for s in spans)


def test_one_abbreviation_list() -> None:
    for word in ("mr", "sen", "inc", "co", "jr", "feb", "calif", "p", "art", "a.m", "e.g"):
        assert word in ABBREVIATIONS
    assert not (TITLES & SUFFIXES)


def test_a_line_break_is_always_a_boundary() -> None:
    text = "Headline without punctuation\nBody sentence one. Body two."
    assert _split(text) == ["Headline without punctuation", "Body sentence one.", "Body two."]
