"""What an article and a story are called: one rule for the window, the report and the CLI.

A story's title is shown in the Sources panel, the window's title, the report's first
page and the command line's list of stories. It used to be chosen by two rules, one
for the story list (the headline sharing most words with the other headlines) and
one for the report (the headline whose words most articles use): the same folder got
two titles, and each rule failed where the other held (the first took a long headline
full of its own words, "Titanic sub latest updates: …"; the second a short one of
words every article uses, "Donald Trump"). The one rule here weighs both sides: a
headline gains for each word other headlines share and loses for each word only it
has.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Container, Sequence

from app.ingest.metadata import echoes_site
from app.ingest.plaintext import is_byline, is_list_item, looks_like_headline
from app.model import Document, Span
from app.text.boilerplate import is_timestamp
from app.text.fold import content_keys

#: Lines of page furniture read past for a headline.
TITLE_LINES = 4
#: Words a first line may have to pass for a headline (a lead paragraph has more).
HEADLINE_WORDS = 20
#: What a word only one headline has costs, against what a word another headline
#: shares earns (1 per other headline): a title should say what the articles share, not
#: what one outlet adds ("latest updates", "Microsoft CEO reaffirms…").
OWN_WORD_COST = 2
#: Content words a headline needs to name a story ("Connect with us" names none).
MIN_HEADLINE_WORDS = 2


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
    a saved page) is no headline: the first line after the furniture is. A title a page
    prints twice over ("Lula wins … Brazil Lula wins … Brazil") is said once."""
    title = _said_once(doc.title.strip())
    if title:
        at = doc.text.find(title)
        if at < 0 or not doc.is_boilerplate(Span(at, at + len(title))):
            return title
    return _first_line(doc)


def _said_once(title: str) -> str:
    words = title.split(" ")
    n = len(words)
    if n >= 4 and n % 2 == 0 and words[: n // 2] == words[n // 2 :]:
        return " ".join(words[: n // 2])
    return title


def _headline_like(line: str) -> bool:
    """Short, and not ending as a sentence of running text does."""
    return 0 < len(line.split()) <= HEADLINE_WORDS and not line.endswith((".", "…"))


def story_headline(
    documents: Sequence[Document], words_of: Callable[[Document], Container[str]]
) -> str:
    """The headline that best says what the articles share ("" when none has one).

    Candidates are the articles' headlines (:func:`document_title`): a title the loader
    found, or a first line short enough to be one (an article saved without its
    headline starts with its lead). Each word of a headline earns one for every other
    headline that has it, and the share of the other articles using it less a half; a
    word no other article uses costs :data:`OWN_WORD_COST`. The best sum wins, the
    shorter of equals, then the first; a headline sharing no word with another comes
    after every one that does. ``words_of(doc)``: the folded content words of an article
    (:func:`app.grouping.terms`, counted once per article for grouping and kept with
    its analysis).
    """
    heads: dict[str, int] = {}  # each headline and the first article that prints it
    printed: list[str] = []
    for k, doc in enumerate(documents):
        t = document_title(doc)
        # a title the loader found is a headline unless the page's furniture gave it (a
        # caption, Radio Habana Cuba's "…Raisi (L) and … (R)"): then the line standing
        # in for it must look like one
        if (t and t == _said_once(doc.title.strip())) or _headline_like(t):
            heads.setdefault(t, k)
            printed.append(t)
    keys_of = {h: content_keys(h) for h in heads}
    keyed = [(h, keys_of[h], k) for h, k in heads.items()]
    keyed = [c for c in keyed if len(c[1]) >= MIN_HEADLINE_WORDS]
    if len(keyed) < 2:
        return keyed[0][0] if keyed else ""
    shared: Counter[str] = Counter()
    for h in printed:  # a headline two outlets print alike counts twice
        shared.update(keys_of[h])
    texts = [words_of(d) for d in documents]
    others = max(len(documents) - 1, 1)

    def weight(c: tuple[str, frozenset[str], int]) -> tuple[bool, float, int]:
        h, keys, own = c
        gains = []
        for w in keys:
            used = sum(w in t for j, t in enumerate(texts) if j != own)
            gains.append(shared[w] - 1 + used / others - 0.5 if used else -OWN_WORD_COST)
        # fsum: a set's order changes with the process (string hashing), an exact sum
        # does not, so equal headlines tie alike in a worker process and here
        score = math.fsum(gains)
        # a line sharing no word with any other headline is no story's title, however
        # short ("Save & read from anywhere!", a page's furniture the loader took)
        return any(shared[w] > 1 for w in keys), score, -len(h)

    return max(keyed, key=weight)[0]  # max keeps the first of equals
