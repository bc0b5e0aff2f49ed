"""Direct quotes: where they are, who said them, whether they are someone's words, and
the same utterance across outlets.

Stages, in the order :mod:`app.quotes.pipeline` runs them: :mod:`~app.quotes.spans`,
:mod:`~app.quotes.people` and :mod:`~app.quotes.attribution`, :mod:`~app.quotes.kind`;
:mod:`~app.quotes.groups` works across documents. The words the rules and models look
for are data, in :mod:`~app.quotes.vocabulary`.
"""

from app.quotes.pipeline import classified_quotes, extract_quotes
from app.quotes.spans import MARKS, is_fragment, is_woven, quote_spans

__all__ = ["MARKS", "classified_quotes", "extract_quotes", "is_fragment", "is_woven", "quote_spans"]
