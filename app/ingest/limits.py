"""Size limits, checked before a file (or an archive member) is read into memory.

A journalist's folder may hold a stray video, a zip bomb disguised as a Word file or a
text dump far longer than any article; refusing early, with the figure and the limit,
keeps the app responsive and its memory bounded. The limits are documented in the
README ("Limits"): change both together.
"""

from __future__ import annotations

from app.errors import ArticleTooLong

MAX_FILE_BYTES = 20_000_000  # 20 MB: far above any article, far below a video
MAX_UNPACKED_BYTES = 100_000_000  # 100 MB inside a DOCX (zip), counted as it inflates
# The XML a DOCX's text lives in. Word's markup around a 100,000-word article stays well
# under this; a parser's tree costs ~10x the bytes, so this also bounds memory.
MAX_DOCX_XML_BYTES = 25_000_000
# A saved web page: the page around the article (scripts, styles, inline images) is cut
# first, and what remains must fit, because the HTML parser's cost follows its input.
MAX_HTML_BYTES = 2_000_000

# A news article is rarely over 10,000 words; a book-length text is not one. These
# bound every later stage (segmentation, quotes, alignment) whatever its complexity.
MAX_ARTICLE_WORDS = 100_000
MAX_ARTICLE_CHARS = 1_000_000  # one "word" can be 70,000 letters; characters count too

# One comparison: every pair of articles is compared, so the cost grows with the square
# of this; 200 articles compare in about 10 s (benchmarks/compare.py).
MAX_ARTICLES = 200
# A saved comparison (.parallax) or comparison JSON: 200 articles of ordinary length
# with their analysis take a few MB; parsing JSON costs several times its size in memory.
MAX_PROJECT_BYTES = 64_000_000
MAX_COMPARISON_JSON_BYTES = 128_000_000
# Entries a folder walk looks at before it stops (a dropped home folder, say).
MAX_FOLDER_ENTRIES = 100_000


def check_article_size(text: str, path: str) -> None:
    """Refuse a text too long to be one article, before anything analyses it.

    Counting is linear and done in slices, so even a text at the byte cap is refused at
    once without holding a list of its millions of words.
    """
    if len(text) <= MAX_ARTICLE_WORDS:  # shorter than the word limit: cannot exceed either
        return
    words = count_words(text)
    if words > MAX_ARTICLE_WORDS:
        raise ArticleTooLong(path, words, MAX_ARTICLE_WORDS)
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleTooLong(path, len(text), MAX_ARTICLE_CHARS, unit="characters")


def count_words(text: str, slice_chars: int = 1 << 20) -> int:
    """``len(text.split())`` in bounded memory: a word cut by a slice edge counts once."""
    count = 0
    previous_ends_in_word = False
    for i in range(0, len(text), slice_chars):
        piece = text[i : i + slice_chars]
        count += len(piece.split())
        if previous_ends_in_word and not piece[0].isspace():
            count -= 1
        previous_ends_in_word = not piece[-1].isspace()
    return count
