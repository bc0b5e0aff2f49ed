"""The quote pipeline: the stages in the order they run, each reading what the earlier wrote.

spans (marks → quoted spans, woven or free-standing) → people (who the article names) →
attribution (the attributing words of each quote) → speakers (a fitted choice among
candidate speakers, or none) → kind (direct quote or fragment). No stage imports a later
one; this module is the only place that knows the order, as spaCy's ``nlp.pipe_names``
does, and each document goes through it once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.model import Document, Quote, Span
from app.quotes import kind_weights, speaker_weights
from app.quotes.attribution import Attribution, attribute
from app.quotes.kind import direct_score, features
from app.quotes.people import NameIndex, opens_sentence
from app.quotes.spans import is_fragment, is_woven, quote_spans
from app.quotes.speakers import Candidate, candidates, decide
from app.quotes.vocabulary import (
    INDEFINITE_ARTICLES,
    ORG_WORDS,
    PARTICLES,
    UNNAMED_OPENERS,
    UTTERANCES,
    counted,
)
from app.text.tokens import is_capitalised

#: A quoted clause this long with a speaker, or with words attributing it to someone
#: unnamed ("the King Richard star said"), is someone's words, never a fragment,
#: whatever a corpus's annotation habits taught the direct-quote model.
CLAUSE_WORDS = 4


@dataclass(frozen=True, slots=True)
class QuoteAnalysis:
    """Every stage's output for one document (training scripts read the middle ones)."""

    spans: tuple[Span, ...]
    woven: tuple[bool, ...]
    rule: tuple[Attribution, ...]
    candidates: tuple[tuple[Candidate, ...], ...]
    quotes: tuple[Quote, ...]
    kind_features: tuple[tuple[str, ...], ...]
    people: tuple[str, ...] = ()  # the names of the people the article names


def _in_words(text: str, span: Span) -> bool:
    """The quoted text holds two letters or more: a letter alone is a name or a sign
    ("X", the letters "e" and "r" left on a sign), never anyone's words."""
    letters = 0
    for ch in text[span.start : span.end]:
        if ch.isalpha():
            letters += 1
            if letters == 2:
                return True
    return False


def analyse_quotes(doc: Document) -> QuoteAnalysis:
    """Run every stage over ``doc``.

    ``fragment`` is the direct-quote model's verdict (:mod:`app.quotes.kind`): the quoted
    words are not a free-standing quote of someone — a scare quote, a title, a borrowed
    label. A quoted clause of :data:`CLAUSE_WORDS` words or more with a speaker (named or
    not) is never a fragment, so **Hide fragments** never hides someone's words.
    Fragments are kept: a journalist comparing outlets still wants to see that one of
    them quoted “number one target” where another quoted the whole sentence.
    """
    text = doc.text
    spans = [s for s in quote_spans(text) if not doc.is_boilerplate(s) and _in_words(text, s)]
    woven = [is_woven(text, s) for s in spans]
    names = NameIndex(text, spans)
    # The attributing words are the article's: a line of page furniture ("Read More:"
    # above a quote) says nothing of who speaks. Blanked, offsets kept.
    article = doc.blanked()
    rule = attribute(article, spans, woven, names)
    speaking = _lone_speakers(text, rule, names)
    if speaking:
        # "Macron stated: …" makes Macron a person the article names, so the pronouns
        # after it can refer to him: index the people again and re-read the attributions.
        names = NameIndex(text, spans, speaking, like=names)
        rule = attribute(article, spans, woven, names)
    cands = candidates(text, doc.title, spans, woven, rule, names)
    chosen = decide(cands, speaker_weights.WEIGHTS, speaker_weights.THRESHOLD)
    quotes, kinds = [], []
    for n, (s, r, (a, _p)) in enumerate(zip(spans, rule, chosen, strict=True)):
        if (
            _someone_new(text, r)
            and a.speaker != r.speaker
            # "said a spokesperson for OceanGate": the body the words name speaks
            and (a.speaker is None or a.speaker not in text[r.start : r.end])
        ):
            # "…,” an analyst told CNN: the outlet's words give the quote to someone new and
            # unnamed (shown by the description, "Mexican official", when it reads as
            # one); no one named before can be inferred to have said it
            a = Attribution(None, r.start, r.end, r.cue)
        elif a.speaker is not None and a.start is not None and _lower_noun(text, a, names):
            # "Reports say the pair disagreed, but she remembers him as “…”": a noun the
            # article writes in lower case elsewhere, capitalised to open the sentence,
            # is no one's name (its words stay, as an unnamed source's do)
            a = Attribution(None, a.start, a.end, a.cue)
        elif a.speaker is None and _unnamed_source(text, r):
            # No name to give, but the attributing words ("the letter reads", "said one
            # Democratic source", an unresolved "she") say how the outlet sourced it.
            a = Attribution(None, r.start, r.end, r.cue)
        elif a.speaker is not None and _owned_by_subject(cands[n], a):
            # "Boris Johnson lashes out in ‘narcissistic’ resignation speech": a quotation
            # woven into a sentence without a verb of saying is read as its subject's.
            # The outlet's words do not say so: the name is the engine's inference
            # (Quote.speaker_inferred), right for 4 of 11 such quotes on the unseen
            # stories, and the subject's name is no attributing words.
            a = Attribution(a.speaker, None, None, a.cue)
        if a.speaker is not None and a.start is None and _PASSIVE.search(
            text, max(0, s.start - _PASSIVE_REACH), s.start
        ):
            # "The former pope was hailed as “one of the greatest theologians”": a passive
            # with its agent left out says whom the words describe, not who said them;
            # no one to infer
            a = Attribution(None, None, None, a.cue)
        where = (r.start, r.end) if r.speaker is not None and r.start is not None else None
        feats = features(text, s, where, woven[n], is_fragment(text, s))
        fragment = direct_score(feats, kind_weights.WEIGHTS) < kind_weights.THRESHOLD
        attributed = a.speaker is not None or a.start is not None
        if fragment and attributed and len(s.slice(text).split()) >= CLAUSE_WORDS:
            fragment = False
        quotes.append(
            Quote(
                id=f"{doc.id}:q{n}",
                doc=doc.id,
                start=s.start,
                end=s.end,
                speaker=a.speaker,
                speaker_start=a.start,
                speaker_end=a.end,
                cue=a.cue,
                fragment=fragment,
            )
        )
        kinds.append(tuple(feats))
    return QuoteAnalysis(
        tuple(spans), tuple(woven), tuple(rule), tuple(tuple(c) for c in cands),
        tuple(quotes), tuple(kinds), tuple(p.name for p in names.people),
    )


# A passive verb right before a quotation ("was hailed as “", "has been called “").
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+(?:as\s+)?[“\"‘']$"
)
_PASSIVE_REACH = 60  # characters before a quotation read for it


def _owned_by_subject(cands: Sequence[Candidate], a: Attribution) -> bool:
    """The chosen speaker is the subject of the sentence a quotation is woven into, read
    so for want of any attributing words (``woven:subject``)."""
    return any(
        c.name == a.speaker and c.start == a.start and "woven:subject" in c.features
        for c in cands
    )


def _someone_new(text: str, r: Attribution) -> bool:
    """The attributing words are an indefinite description that names no one ("an
    analyst", "a senior official") or a count of people ("63 percent", "two
    officials"); not one set off after a name, which the rules read as that person's
    ("Dean Johnson, a 55-year-old salesman, says")."""
    if r.cue is None or r.start is None or r.end is None:
        return False
    words = text[r.start : r.end].split()
    if counted([w.lower() for w in words]):
        return True
    before = text[max(0, r.start - 3) : r.start].rstrip()
    return (
        len(words) >= 2
        and words[0].lower() in INDEFINITE_ARTICLES
        # "a statement from OpenAI's board said": its author speaks
        and not any(w.lower().strip(",.") in UTTERANCES for w in words[1:3])
        and not before.endswith(",")  # "Doug Andres, a spokesman for…, told the Post"
        and (r.speaker is None or not r.speaker[:1].isupper() or r.speaker in text[r.start : r.end])
    )


def _unnamed_source(text: str, r: Attribution) -> bool:
    """Whether the attributing words name no one: a noun phrase or a pronoun with its cue
    ("the company said", "said one Democratic source", "she added"). A name the speaker
    model would not give is not shown either ("Mr Altman" where the board concluded)."""
    if r.cue is None or r.start is None or r.end is None:
        return False
    first = text[r.start : r.end].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in UNNAMED_OPENERS


def _lower_noun(text: str, a: Attribution, names: NameIndex) -> bool:
    """The speaker is one capitalised word opening its sentence, the attributing words
    themselves, that the article also writes in lower case ("the Times wrote" is a name
    where the article writes "all the times")."""
    assert a.start is not None and a.end is not None
    phrase = text[a.start : a.end]
    return (
        a.speaker == phrase
        and " " not in phrase
        and opens_sentence(text, a.start)
        and names.written_in_lower(phrase)
    )


def _lone_speakers(
    text: str, rule: list[Attribution], names: NameIndex
) -> frozenset[str]:
    """Names the attribution gives as speakers that the index of people does not know:
    single capitalised words (no title, no first name anywhere), and full names met once
    ("…,” said Nick Witney, a fellow at…"), organisations aside."""
    known = {p.surname for p in names.people}
    unmet = {p.name for p in names.people if not p.mentions}  # runs kept out as places
    out = set()
    for a in rule:
        if a.speaker is None or a.start is None or a.end is None:
            continue
        phrase = text[a.start : a.end]
        words = phrase.split()
        if (
            phrase == a.speaker
            # a name's words, a particle among them ("Majed al-Ansari", "Mohammed bin
            # Salman"), none in capitals alone
            and words[0][:1].isupper()
            and all(
                (is_capitalised(w) or w in PARTICLES) and not w.isupper() for w in words
            )
            and not any(w.lower() in ORG_WORDS for w in words)
            and (
                (len(words) == 1 and phrase not in known)
                or (len(words) in (2, 3) and phrase in unmet and a.cue is not None)
            )
            and not _lower_noun(text, a, names)  # "Reports say…": no one (see there)
        ):
            out.add(phrase)
    return frozenset(out)


def classified_quotes(doc: Document) -> list[tuple[Quote, list[str]]]:
    """Every quotation outside boilerplate with its speaker, and the kind model's features."""
    a = analyse_quotes(doc)
    return [(q, list(f)) for q, f in zip(a.quotes, a.kind_features, strict=True)]


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every direct quotation in ``doc`` outside boilerplate, with its speaker."""
    return analyse_quotes(doc).quotes
