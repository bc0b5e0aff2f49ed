"""What each document is called, in the window's menus and the report alike."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath

from app.ingest.metadata import echoes_site
from app.ingest.plaintext import is_byline, is_list_item, looks_like_headline
from app.model import Comparison, Document, Span
from app.text.boilerplate import is_timestamp
from app.text.tokens import word_texts
from app.text.vocabulary import STOPWORDS

#: Lines of page furniture read past for a headline.
TITLE_LINES = 4


def _furniture(line: str, start: int, doc: Document) -> bool:
    """A line a saved page puts above its headline: boilerplate ("ADVERTISEMENT"), a
    breadcrumb ("• Politics"), a byline, a word or two ("BETA", "Edit Story"), a date,
    the outlet's own name."""
    return (
        any(b.start <= start and start + len(line) <= b.end for b in doc.boilerplate)
        or is_list_item(line)
        or is_byline(line)
        or len(line.split()) < 3
        or sum(1 for w in line.split() if sum(c.isalpha() for c in w) >= 2) < 2  # "10 Mar, 2023"
        or is_timestamp(line)
        or bool(doc.outlet and echoes_site(line, doc.outlet))  # "THE ASAHI SHIMBUN"
    )


def _first_line(doc: Document, limit: int = 160) -> str:
    """The article's first line (usually the headline); when a saved page opens with
    furniture (:func:`_furniture`), the first line after it that the loader would take
    for a headline (:func:`app.ingest.plaintext.looks_like_headline`), else the first
    line after all."""
    first = prose = furniture_line = ""
    at = skipped = 0
    for raw in doc.text.split("\n"):
        start, at = at, at + len(raw) + 1
        line = raw.strip()
        if not line:
            continue
        furniture = _furniture(raw, start, doc)
        if not furniture and (not skipped or looks_like_headline(line)):
            first = line
            break
        if furniture:
            furniture_line = furniture_line or line
        else:
            prose = prose or line
        skipped += 1
        if skipped >= TITLE_LINES:
            break
    # no headline after the furniture: the first line of prose, the furniture only when
    # the page holds nothing else (a byline or "LIVE" says nothing of the story)
    first = first or prose or furniture_line
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def document_title(doc: Document) -> str:
    """The headline: the loader's title, else the article's first line (usually the
    headline). A title the page's furniture gave the loader ("Skip to content" opening
    a saved page) is no headline: the first line after the furniture is."""
    title = doc.title.strip()
    if title:
        at = doc.text.find(title)
        if at < 0 or not doc.is_boilerplate(Span(at, at + len(title))):
            return title
    return _first_line(doc)


#: Words a first line may have to pass for a headline (a lead paragraph has more).
HEADLINE_WORDS = 20


def story_title(comparison: Comparison) -> str:
    """The headline that best says what the articles share: a real sentence reads better
    than a bag of terms.

    An article saved without its headline starts with its lead paragraph, and a saved
    page may start with a section name ("Britain Politics"): among the headlines, the
    one whose words most of the articles use is taken (the first, for two articles),
    and the first article's first line only when no article has a headline.
    """
    docs = comparison.documents
    titles = [(doc, document_title(doc)) for doc in docs]
    # a title the loader found is a headline unless the page's furniture gave it (a
    # caption, Radio Habana Cuba's "…Raisi (L) and … (R)"): then the line standing in for
    # it must look like one
    heads = [t for doc, t in titles if t == doc.title.strip() or _headline_like(t)]
    if not heads:
        return next((t for _doc, t in titles if t), "Untitled story")
    if len(docs) < 3 or len(heads) == 1:
        return heads[0]
    seen = [_words(doc.text) for doc in docs]

    def shared(head: str) -> float:
        words = _words(head)
        return sum(sum(w in s for s in seen) for w in words) / len(words) if words else 0.0

    return max(heads, key=shared)  # the first of equals


def _headline_like(line: str) -> bool:
    """Short, and not ending as a sentence of running text does."""
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", "…"))


def _words(text: str) -> set[str]:
    """Content words, lower case, for telling which headline the articles share."""
    return {
        w
        for w in (w.lower() for w in word_texts(text))
        if len(w) >= 3 and w.isalpha() and w not in STOPWORDS
    }


def document_labels(documents: Sequence[Document]) -> dict[str, str]:
    """A short, unique name per document: the outlet, else the file name.

    Two articles from one outlet get "(1)", "(2)": the window's pickers and the
    report's headings must tell them apart, and must do it the same way.
    """
    raw = [
        d.outlet.strip() or PurePath(d.path).stem or f"Document {i + 1}"
        for i, d in enumerate(documents)
    ]
    seen: Counter[str] = Counter(raw)
    counter: Counter[str] = Counter()
    labels = {}
    for doc, name in zip(documents, raw, strict=True):
        if seen[name] > 1:
            counter[name] += 1
            name = f"{name} ({counter[name]})"
        labels[doc.id] = name
    return labels
