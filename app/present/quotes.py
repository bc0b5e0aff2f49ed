"""One quote as every outlet words it, each wording marked against the lead's.

The marks come from the engine's own word differ (:func:`app.diff.word_diff` over
:func:`app.text.fold.tokenize`), the one that diffs matched sentences, so spelling
variants ("rumours"/"rumors"), case and curly quotes are not changes here either. The
Quotes view and the report's quotes section both show these records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from app.diff import word_diff
from app.model import Comparison, Quote, Span
from app.present.labels import document_labels
from app.present.runs import Rich, Run, joined_spans, op_marks
from app.quotes.groups import speaker_inferred, surname
from app.quotes.vocabulary import ORG_WORDS
from app.text.fold import tokenize

#: A quote whose speaker the engine did not find in its own article.
UNNAMED = "speaker not named in this article"
#: A group none of whose quotes has a speaker.
UNNAMED_GROUP = "speaker not named"
#: After a speaker the engine inferred (:attr:`app.model.Quote.speaker_inferred`): the
#: outlet's words at the quote do not attribute it. Written into the name itself, so
#: every view and export that shows the name shows this too, and a filter for
#: "inferred" finds them.
INFERRED = "(inferred)"
#: What :data:`INFERRED` means, for the views' and the report's legends.
INFERRED_HELP = (
    "“(inferred)”: the outlet’s words at this quote do not say who said it; Parallax "
    "took the person the article is most about, who spoke last, or the subject of the "
    "sentence the words are woven into. Such a name is often wrong: check it before "
    "citing."
)


def without_inferred_speakers(comparison: Comparison) -> Comparison:
    """``comparison`` with every inferred speaker left out, quote and group alike: for a
    report to publish, where a wrong name is worse than none ("speaker not named" is
    shown instead). Speakers the outlets' words give are kept."""
    quotes = tuple(
        replace(q, speaker=None) if q.speaker_inferred else q for q in comparison.quotes
    )
    by_id = {q.id: q for q in comparison.quotes}
    groups = tuple(
        replace(g, speaker=None)
        if speaker_inferred(g.speaker, [by_id[m] for m in g.members if m in by_id])
        else g
        for g in comparison.quote_groups
    )
    return replace(comparison, quotes=quotes, quote_groups=groups)


@dataclass(frozen=True, slots=True)
class WordingView:
    quote: Quote
    label: str  # the outlet, as document_labels names it
    speaker: str
    cue: str | None
    fragment: bool
    wording: Rich  # the lead's plain; others with their added or changed words marked
    is_lead: bool


@dataclass(frozen=True, slots=True)
class QuoteGroupPresentation:
    group_id: str | None  # None for a quote no group holds
    speaker: str
    flags: tuple[str, ...]
    quotes: tuple[Quote, ...]  # the lead first, as the engine ordered them
    outlets: int
    # The sentence (or run of sentences) of the lead quote the group is about (offsets
    # into the lead's document), or None: the whole lead quote.
    utterance: Span | None = None
    inferred: bool = False  # ``speaker`` is only the engine's inference (INFERRED)

    def heading(self, comparison: Comparison) -> str:
        """What the list shows for the group: the utterance, not the whole lead quote a
        passage of several sentences would repeat on each of its groups' rows."""
        lead = self.quotes[0]
        span = self.utterance or lead.span
        return " ".join(span.slice(comparison.document(lead.doc).text).split())

    def wordings(
        self, comparison: Comparison, labels: Mapping[str, str] | None = None
    ) -> tuple[WordingView, ...]:
        """Computed on demand: a story's quote list is long, a reader opens a few."""
        return group_wordings(comparison, self.quotes, labels, self.utterance)


def speaker_label(quote: Quote, text: str) -> str:
    """The speaker's name; or, when the article's words attribute the quote to no one
    Parallax can name ("the letter reads", "said one Democratic source", an unresolved
    "she"), those words, so a reader sees how the outlet sourced it."""
    if quote.speaker:
        return f"{quote.speaker} {INFERRED}" if quote.speaker_inferred else quote.speaker
    if quote.speaker_start is not None and quote.speaker_end is not None:
        words = " ".join(text[quote.speaker_start : quote.speaker_end].split())
        if words:
            return f"{UNNAMED} (attributed to “{words}”)"
    return UNNAMED


def wording_against(reference: str, text: str) -> Rich:
    """``text`` with the words it adds or changes relative to ``reference`` marked.

    Punctuation and typography are left plain: two translations of one quote differ in
    commas for no reason worth a reader's attention.
    """
    ops = word_diff(reference, tokenize(reference), text, tokenize(text))
    return joined_spans(text, [Span(0, len(text))], op_marks(ops, "b", text))


def quote_wording(
    comparison: Comparison, lead: Quote, quote: Quote, utterance: Span | None = None
) -> Rich:
    """``quote``'s words marked against the lead's: its ``utterance`` (the sentence the
    group is about) when given, else the whole ``lead`` quote."""
    text = quote.span.slice(comparison.document(quote.doc).text)
    if quote.id == lead.id:
        return (Run(text),) if text else ()
    reference = (utterance or lead.span).slice(comparison.document(lead.doc).text)
    return wording_against(reference, text)


def group_wordings(
    comparison: Comparison,
    quotes: Sequence[Quote],
    labels: Mapping[str, str] | None = None,
    utterance: Span | None = None,
) -> tuple[WordingView, ...]:
    if not quotes:
        return ()
    labels = labels or document_labels(comparison.documents)
    lead = quotes[0]
    return tuple(
        WordingView(
            quote=q,
            label=labels.get(q.doc, q.doc),
            speaker=speaker_label(q, comparison.document(q.doc).text),
            cue=q.cue,
            fragment=q.fragment,
            wording=quote_wording(comparison, lead, q, utterance),
            is_lead=i == 0,
        )
        for i, q in enumerate(quotes)
    )


def story_names(names: Iterable[str | None]) -> dict[str, str]:
    """One spelling per person across the story's outlets.

    Each article's speakers are resolved within that article, so one outlet's quote is
    "Macron" where the others write "Emmanuel Macron", one writes "Marine le Pen" for
    everyone else's "Marine Le Pen", one "Actor Will Smith". Listed apart, they read as
    different people. Full names (two words or more) are one person when one ends with
    the other's words ("Actor Will Smith", "Will Smith"), case aside; each takes the
    person's most common spelling (then the one with more capitals, then the first
    seen). A surname alone goes to the one person with that surname; with two ("Will
    Smith", "Jada Pinkett Smith") it stays as it is, as a wrong name is worse than two
    spellings.
    """
    counts = Counter(n for n in names if n)
    fulls = [n for n in counts if len(n.split()) > 1]
    words = {n: n.casefold().split() for n in fulls}
    people: list[list[str]] = []  # spellings of one person, by surname
    for name in sorted(fulls, key=lambda n: len(words[n])):  # shortest first
        # A body's name ("Czech Foreign Ministry") joins only spellings it agrees with
        # all of: "Polish Foreign Ministry" ends with "Foreign Ministry" too, and is
        # another body; a person's prefixes are roles ("Actor Will Smith")
        body = words[name][-1] in ORG_WORDS
        home = next(
            (
                p for p in people
                if any(_ends_with(words[name], words[m]) for m in p)
                and not (body and any(not _ends_with(words[name], words[m]) for m in p))
            ),
            None,
        )
        if home is None:
            people.append([name])
        else:
            home.append(name)
    out: dict[str, str] = {}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for spellings in people:
        best = max(
            spellings,
            key=lambda n: (counts[n], sum(c.isupper() for c in n), -fulls.index(n)),
        )
        for n in spellings:
            out[n] = best
        by_surname[surname(best) or ""].append(best)
    for name in fulls:
        if words[name][-1] in ORG_WORDS and sum(
            1 for spellings in people
            if any(len(words[m]) > len(words[name]) and _ends_with(words[m], words[name])
                   for m in spellings)
        ) > 1:
            out[name] = name  # "Foreign Ministry" beside several: which one is not known
    for name in counts:
        if len(name.split()) == 1:
            found = by_surname.get(surname(name) or "", [])
            if len(found) == 1:
                out[name] = found[0]
    return out


def _ends_with(longer: list[str], shorter: list[str]) -> bool:
    return len(shorter) > 1 and longer[-len(shorter) :] == shorter


def _group(
    group_id: str | None,
    speaker: str | None,
    flags: tuple[str, ...],
    quotes: tuple[Quote, ...],
    utterance: Span | None = None,
    names: Mapping[str, str] | None = None,
    members: Sequence[Quote] = (),
) -> QuoteGroupPresentation:
    # The engine's word, even when it is no one: a group most of whose outlets name no
    # one is not headed by the one outlet's name (app.quotes.groups._group_speaker).
    name = (names or {}).get(speaker, speaker) if speaker else UNNAMED_GROUP
    # Asked of every member, in scope or not: whether any outlet names the speaker.
    inferred = speaker_inferred(speaker, members or quotes)
    if inferred:
        name = f"{name} {INFERRED}"
    return QuoteGroupPresentation(
        group_id, name, flags, quotes, len({q.doc for q in quotes}), utterance, inferred
    )


def present_quotes(
    comparison: Comparison, *, in_scope: set[str] | None = None, ungrouped: bool = True
) -> tuple[QuoteGroupPresentation, ...]:
    """Every quote group (members limited to ``in_scope`` documents), then, with
    ``ungrouped``, each quote no group holds on its own; most outlets first, then in
    story order."""
    by_id = {q.id: q for q in comparison.quotes}
    order = {d.id: i for i, d in enumerate(comparison.documents)}
    names = story_names([q.speaker for q in comparison.quotes])
    out: list[QuoteGroupPresentation] = []
    grouped: set[str] = set()
    for g in comparison.quote_groups:
        every = tuple(by_id[m] for m in g.members if m in by_id)
        grouped.update(q.id for q in every)
        members = every if in_scope is None else tuple(q for q in every if q.doc in in_scope)
        if members:
            # The utterance is the lead's sentence: meaningless once the lead is out of scope.
            lead_kept = members[0].id == g.members[0]
            out.append(_group(g.id, g.speaker, g.flags, members,
                              g.utterance if lead_kept else None, names, every))
    if ungrouped:
        for q in comparison.quotes:
            if q.id not in grouped and (in_scope is None or q.doc in in_scope):
                out.append(_group(None, q.speaker, (), (q,), names=names))
    # A stable sort: groups keep the engine's order among equals.
    out.sort(key=lambda g: (-g.outlets, order.get(g.quotes[0].doc, 0), g.quotes[0].start))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class QuoteInPair:
    """Where a quote opened from the Quotes list is shown side by side."""

    quote: Quote
    pair: tuple[str, str]  # the pair to show, left and right
    counterparts: tuple[Span, ...]  # the same utterance in the other article of the pair


def quote_in_pair(
    comparison: Comparison, quote_id: str, current: tuple[str, str]
) -> QuoteInPair | None:
    """Keep the current pair when it holds the quote; otherwise pair the quote's article
    with one that quotes the same words, preferring the article already on screen."""
    quote = next((q for q in comparison.quotes if q.id == quote_id), None)
    if quote is None:
        return None
    group = next((g for g in comparison.quote_groups if quote_id in g.members), None)
    members = set(group.members) if group is not None else set()
    others = [q for q in comparison.quotes if q.id in members and q.id != quote_id]
    a, b = current
    if quote.doc not in (a, b):
        other_docs = [q.doc for q in others if q.doc != quote.doc]
        keep = b if b != quote.doc else a
        partner = keep if keep in other_docs or not other_docs else other_docs[0]
        a, b = quote.doc, partner
    other_id = b if quote.doc == a else a
    return QuoteInPair(quote, (a, b), tuple(q.span for q in others if q.doc == other_id))
