"""What a person sees of a comparison, decided once and without Qt.

The window (``ui/``) and every exporter (``app/export/``) render these records and work
nothing out of their own, so the screen and the PDF cannot disagree about which words
changed, what a document is called, or which sentence a position falls in (issue 14).

- :mod:`app.present.labels`: document labels, headlines, the story title.
- :mod:`app.present.runs`: text cut into marked runs (deleted, inserted, changed words).
- :mod:`app.present.pair`: one pair of articles: matches with marked runs, position
  lookups, next/previous (Meld's ``locate_chunk``).
- :mod:`app.present.quotes`: one quote group: each outlet's wording against the lead.
- :mod:`app.present.alignment`: positions in one article mapped into the other.
- :mod:`app.present.coverage`: who reported what: a row per fact and per quote.
"""

from app.present.labels import document_labels, document_title, story_title
from app.present.pair import MatchView, PairPresentation, present_pair
from app.present.quotes import QuoteGroupPresentation, WordingView, present_quotes
from app.present.runs import Mark, Rich, Run, plain_text

__all__ = [
    "Mark",
    "MatchView",
    "PairPresentation",
    "QuoteGroupPresentation",
    "Rich",
    "Run",
    "WordingView",
    "document_labels",
    "document_title",
    "plain_text",
    "present_pair",
    "present_quotes",
    "story_title",
]
