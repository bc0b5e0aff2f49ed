"""app.present.quotes: each outlet's wording of a quote against the lead's, without Qt."""

from __future__ import annotations

import dataclasses

import pytest

from app.model import Comparison, Quote
from app.present.quotes import (
    INFERRED,
    UNNAMED,
    UNNAMED_GROUP,
    present_quotes,
    story_names,
    without_inferred_speakers,
    wording_against,
)
from app.present.runs import marked_words, plain_text


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    [
        # Seed translations of the "target No. 1" quote.
        (
            "According to our information, the enemy marked me as target No. 1.",
            "Acording to the information we have, the enemy has marked me as target No. 1,",
            [("Acording", "chg-ins"), ("the", "chg-ins"), ("we have", "ins"), ("has", "ins")],
        ),
        ("We are all here. Defending our independence.", "We are all here,", []),
        ("They want to destroy Ukraine", "they want to destroy Ukraine", []),  # case only
        ("the enemy’s plan", "the enemy's plan", []),  # apostrophe style only
        ("spreading rumours", "spreading rumors", []),  # British / American spelling
        ("five blasts", "six blasts", [("six", "chg-ins")]),
    ],
)
def test_wording_against_marks_added_and_changed_words(
    reference: str, text: str, expected: list[tuple[str, str]]
) -> None:
    runs = wording_against(reference, text)
    assert plain_text(runs) == text
    assert list(marked_words(runs)) == expected


def test_groups_come_most_carried_first_with_the_lead_plain(seeds: Comparison) -> None:
    groups = present_quotes(seeds)
    assert [g.outlets for g in groups] == sorted((g.outlets for g in groups), reverse=True)
    assert groups[0].outlets == len(seeds.documents)
    listed = [q.id for g in groups for q in g.quotes]
    # Every quote is listed; one carrying several utterances is under each one's group.
    assert set(listed) == {q.id for q in seeds.quotes}
    for group in groups:
        wordings = group.wordings(seeds)
        assert wordings[0].is_lead and not marked_words(wordings[0].wording)
        for w in wordings:
            assert plain_text(w.wording) == w.quote.span.slice(seeds.document(w.quote.doc).text)


def test_scope_keeps_only_the_scoped_articles(seeds: Comparison) -> None:
    scope = {seeds.documents[0].id, seeds.documents[2].id}
    groups = present_quotes(seeds, in_scope=scope, ungrouped=False)
    assert groups and all(q.doc in scope for g in groups for q in g.quotes)


def test_a_quote_without_a_speaker_says_so(seeds: Comparison) -> None:
    nobody = tuple(
        dataclasses.replace(q, speaker=None, speaker_start=None, speaker_end=None)
        for q in seeds.quotes
    )
    groups = [dataclasses.replace(g, speaker=None) for g in seeds.quote_groups]
    c = dataclasses.replace(seeds, quotes=nobody, quote_groups=tuple(groups))
    presented = present_quotes(c)
    assert all(g.speaker == "speaker not named" for g in presented)
    assert all(w.speaker == UNNAMED for w in presented[0].wordings(c))


def test_an_unnamed_source_is_shown_in_the_articles_words() -> None:
    """"…,” the letter reads: no one to name, but the reader sees how it was sourced."""
    from app.present.quotes import speaker_label

    text = "“Our support for charter schools is not abstract,” the letter reads."
    start = text.index("the letter")
    quote = Quote("d:q0", "d", 1, text.index(",”"), None, start, start + 10, "reads")
    assert speaker_label(quote, text) == f"{UNNAMED} (attributed to “the letter”)"
    named = dataclasses.replace(quote, speaker="Keron Blair")
    assert speaker_label(named, text) == "Keron Blair"


def test_a_quote_is_shown_beside_an_outlet_that_quotes_it_too(seeds: Comparison) -> None:
    from app.present.quotes import quote_in_pair

    group = next(g for g in present_quotes(seeds) if g.outlets == len(seeds.documents))
    lead = group.quotes[0]
    others = [d.id for d in seeds.documents if d.id != lead.doc]
    # The current pair lacks the quote's article: it opens beside one that quotes it.
    placed = quote_in_pair(seeds, lead.id, (others[0], others[1]))
    assert placed is not None and placed.pair[0] == lead.doc
    assert placed.pair[1] in others and placed.counterparts
    partner_quotes = [q.span for q in group.quotes if q.doc == placed.pair[1]]
    assert list(placed.counterparts) == partner_quotes
    # A pair that already holds it stays.
    current = (others[0], lead.doc)
    assert quote_in_pair(seeds, lead.id, current).pair == current  # type: ignore[union-attr]
    assert quote_in_pair(seeds, "no such quote", current) is None


def test_a_group_is_headed_by_its_own_sentence_of_the_lead(seeds: Comparison) -> None:
    """001 quotes “They want to destroy Ukraine… We have information that enemy sabotage
    groups have entered Kyiv.” as one passage; only its first sentence is shared. Its two
    groups are headed by their own sentence, not both by the passage's opening."""
    headings = {g.heading(seeds) for g in present_quotes(seeds)}
    assert any(h.startswith("They want to destroy Ukraine") for h in headings)
    assert any(h.startswith("We have information that enemy sabotage groups") for h in headings)



@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # Macron story: one outlet names him by surname only, one writes "le Pen".
        (
            ["Emmanuel Macron", "Macron", "Emmanuel Macron", "Marine Le Pen", "Marine le Pen",
             "Marine Le Pen", "Bruno Retailleau"],
            {"Macron": "Emmanuel Macron", "Marine le Pen": "Marine Le Pen"},
        ),
        # Two people with one surname: nothing is merged, not even the bare surname.
        (["Boris Johnson", "Mike Johnson", "Johnson"], {}),
        # A surname alone, with no full name in the story: kept as it is.
        (["Truss", "Truss"], {}),
        # Unnamed quotes are skipped.
        ([None, "Jacinda Ardern", "Ardern", None], {"Ardern": "Jacinda Ardern"}),
        # A title before the name is the same person; a wife with his surname is not, so
        # the bare surname stays as it is.
        (
            ["Will Smith", "Actor Will Smith", "Will Smith", "Jada Pinkett Smith", "Smith"],
            {"Actor Will Smith": "Will Smith"},
        ),
        # A tie goes to the spelling with more capitals.
        (["Marine le Pen", "Marine Le Pen"], {"Marine le Pen": "Marine Le Pen"}),
        # Bodies ending alike are different bodies, and the bare "Foreign Ministry" is
        # none of them in particular (NDTV and Moldova 1 on Putin's re-election: all
        # three had been shown as "Germany's Foreign Ministry").
        (
            ["Germany's Foreign Ministry", "Polish Foreign Ministry", "Czech Foreign Ministry",
             "Foreign Ministry", "Russian Defense Ministry", "Russian Defense Ministry"],
            {},
        ),
        (
            ["Czech Foreign Ministry", "Foreign Ministry"],
            {"Foreign Ministry": "Czech Foreign Ministry"},
        ),
    ],
)
def test_one_spelling_per_person_across_the_story(
    names: list[str | None], expected: dict[str, str]
) -> None:
    got = {k: v for k, v in story_names(names).items() if k != v}
    assert got == expected


def test_the_quote_list_names_a_person_one_way() -> None:
    """An outlet that only ever writes "Macron" is listed under the name the others use."""
    import app
    from app.ingest.build import make_document

    a = make_document(
        "French President Emmanuel Macron gave an interview to Le Parisien on Tuesday.\n"
        "“The unvaccinated, I really want to piss them off,” Macron told the newspaper.\n",
        path="a.txt",
    )
    b = make_document(
        "Macron used a vulgar word to describe his strategy for the unvaccinated.\n"
        "“It is only a very small minority who is against it,” Macron said.\n",
        path="b.txt",
    )
    c = app.compare([a, b])
    assert {q.speaker for q in c.quotes} == {"Emmanuel Macron", "Macron"}
    assert {g.speaker for g in present_quotes(c)} == {"Emmanuel Macron"}


def test_a_group_the_engine_names_no_one_for_is_not_named_by_one_outlet(
    seeds: Comparison,
) -> None:
    """The Will Smith story's Academy statement: three outlets give it to "the academy",
    one to "Oscars"; the engine names no one, and the list must not name the one."""
    g = next(g for g in seeds.quote_groups if g.speaker and len(g.members) > 1)
    unnamed = dataclasses.replace(g, speaker=None)
    c = dataclasses.replace(
        seeds, quote_groups=tuple(unnamed if x is g else x for x in seeds.quote_groups)
    )
    shown = next(p for p in present_quotes(c) if p.group_id == g.id)
    assert shown.speaker == "speaker not named"


# (seed words of the quote, speaker shown, inferred): "safe" is the reporter's question
# to Psaki about Zelensky, and no words at it name anyone, so the engine's name for it is
# only its inference; Psaki's reply is hers in the article's own words.
INFERRED_CASES = [
    ("safe", "Volodymyr Zelensky (inferred)", True),
    ("We are in close touch with him.", "Jen Psaki", False),
]


@pytest.mark.parametrize(("words", "shown", "inferred"), INFERRED_CASES)
def test_an_inferred_speaker_is_marked_wherever_it_is_shown(
    seeds: Comparison, words: str, shown: str, inferred: bool
) -> None:
    quote = next(
        q for q in seeds.quotes
        if q.span.slice(seeds.document(q.doc).text).startswith(words)
    )
    assert quote.speaker_inferred is inferred
    assert (quote.speaker_start is None) is inferred  # nothing at the quote names anyone
    groups = [g for g in present_quotes(seeds) if quote in g.quotes]
    assert groups
    for g in groups:
        (w,) = [w for w in g.wordings(seeds) if w.quote == quote]
        assert w.speaker == shown
        if len({q.doc for q in g.quotes}) == 1:
            assert (g.speaker, g.inferred) == (shown, inferred)


def test_a_group_is_inferred_only_when_no_outlet_names_its_speaker(seeds: Comparison) -> None:
    """One outlet's bare quote does not make a group inferred that another outlet
    attributes in its own words; the same quotes all bare do."""
    g = next(g for g in present_quotes(seeds) if g.outlets >= 2 and g.speaker != UNNAMED)
    assert not g.inferred and INFERRED not in g.speaker
    bare = dataclasses.replace(g.quotes[0], speaker_start=None, speaker_end=None)
    mixed = dataclasses.replace(
        seeds, quotes=tuple(bare if q.id == bare.id else q for q in seeds.quotes)
    )
    (again,) = [x for x in present_quotes(mixed) if x.group_id == g.group_id]
    assert not again.inferred
    assert INFERRED in next(w for w in again.wordings(mixed) if w.quote.id == bare.id).speaker
    members = {q.id for q in g.quotes}
    all_bare = dataclasses.replace(seeds, quotes=tuple(
        dataclasses.replace(q, speaker_start=None, speaker_end=None) if q.id in members else q
        for q in seeds.quotes
    ))
    (inferred,) = [x for x in present_quotes(all_bare) if x.group_id == g.group_id]
    assert inferred.inferred and inferred.speaker == f"{g.speaker} {INFERRED}"


def test_a_report_can_leave_inferred_speakers_out(seeds: Comparison) -> None:
    """For a report to publish: an inferred name is left out, quote and group alike, and
    names the outlets' words give stay."""
    members = {q.id for q in present_quotes(seeds)[0].quotes}
    bare = dataclasses.replace(seeds, quotes=tuple(
        dataclasses.replace(q, speaker_start=None, speaker_end=None) if q.id in members else q
        for q in seeds.quotes
    ))
    out = without_inferred_speakers(bare)
    for q_in, q_out in zip(bare.quotes, out.quotes, strict=True):
        assert q_out.speaker == (None if q_in.speaker_inferred else q_in.speaker)
    lead = present_quotes(out)[0]
    assert lead.speaker == UNNAMED_GROUP and not lead.inferred
    assert all(w.speaker == UNNAMED for w in lead.wordings(out))
    assert not any(g.inferred for g in present_quotes(out))
    assert any(q.speaker == "Jen Psaki" for q in out.quotes)
