"""Sentence vectors: a static distillation of all-MiniLM-L6-v2, in pure Python.

The same fact told in other words shares few words ("quit" / "stepped down"), so the
aligner can ask one more question: do the two sentences *mean* alike? A transformer
answers best, but it needs torch and ~90 MB. Here every word piece of the model's
vocabulary has one fixed vector, made once from the model: the piece alone through it,
weighted down the more common the piece is in news (the model2vec recipe with SIF
weights), then fitted so that a sentence's mean comes close to the model's own vector
for ~97,000 news sentences and clauses (tokenlearn's idea; see
``benchmarks/quality/distill_embeddings.py`` and ``resources/embeddings/README.md``). A
sentence's vector is the mean of its pieces' vectors. No network, no numpy, 7.8 MB. On
the development stories it picks a fact's counterpart in another outlet 57 % of the
time, the full model 56 %.

Two choices keep it fast enough to embed two whole articles in a few milliseconds:

- Tokens are read the way the model read them in training (BERT's basic tokenizer, then
  WordPiece), cached per white-space chunk: news repeats its words, so most chunks are
  one dictionary look-up.
- A row is never turned into Python floats. The file stores each coordinate as a byte
  (int8 + 128); a row becomes one big integer, ``sum((q[i] + 128) << 16 * i)``, so
  summing a sentence's rows is a few C-level big-integer additions, and only the sum is
  unpacked: with ``32768 - 128 * pieces`` added to every field, each field holds its
  coordinate sum + 32768 with no carry into the next (exact while no sum leaves
  +-32767, i.e. up to 258 pieces at a time; longer texts are summed in runs), and
  flipping each field's top bit lets ``array("h")`` read the sums directly. The rows
  share one scale, which a unit vector does not need.

Vectors are cached per sentence text (the aligner asks about the same sentences again
and again), in a bounded table.
"""

from __future__ import annotations

import math
import operator
import re
import struct
import sys
import threading
import unicodedata
from array import array
from collections.abc import Callable, Container, Iterable, Sequence
from contextlib import suppress
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import TypeVar

from app.resources import resource_path

Vector = tuple[float, ...]
T = TypeVar("T")

VECTORS_FILE = "vectors.bin"
VOCAB_FILE = "vocab.txt"
#: ``vectors.bin`` starts with this, then ``<II`` rows and dimensions, then the rows.
MAGIC = b"PXEMB\x00\x01\x00"
HEADER = struct.Struct("<8sII")
UNKNOWN = "[UNK]"
#: BERT gives a longer "word" (a URL, a run of garbage) one unknown token.
MAX_WORD_CHARS = 100
#: Pieces summed in one run of 16-bit fields: 258 * 127 is the most a field holds.
RUN = 258
# How many chunks (~0.7 kB each) and sentence vectors (~8 kB each: 256 floats) are
# remembered; the oldest goes first. A story of a few hundred articles fits.
CHUNK_CACHE = 20_000
SENTENCE_CACHE = 4_096

# Characters BERT deletes before anything else: controls (tab, newline and carriage
# return are white space instead) and the replacement character. Non-ASCII format
# characters (soft hyphen, zero-width space) are deleted chunk by chunk below.
_DELETED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
# An ASCII chunk: each punctuation mark alone (BERT counts every non-alphanumeric
# printable ASCII character as punctuation, "$" and "`" included), or a run of the rest.
_ASCII_PUNCT = "!-/:-@\\[-`{-~"
_ASCII_PIECES = re.compile(f"[{_ASCII_PUNCT}]|[^{_ASCII_PUNCT}]+")
_CJK = (
    (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F),
)  # fmt: skip


def _stands_alone(char: str, category: str) -> bool:
    """Punctuation and CJK ideographs are tokens of their own, as in BERT."""
    if category[0] == "P" or (char.isascii() and not char.isalnum()):
        return True
    cp = ord(char)
    return any(lo <= cp <= hi for lo, hi in _CJK)


def _chunk_words(chunk: str) -> list[str]:
    """BERT's basic tokens of one white-space-free chunk: lower case, accents stripped
    (NFD, combining marks dropped), split around punctuation and CJK characters."""
    low = chunk.lower()
    if low.isascii():
        return _ASCII_PIECES.findall(low)
    out: list[str] = []
    word: list[str] = []
    for char in unicodedata.normalize("NFD", low):
        category = unicodedata.category(char)
        if category == "Mn" or category[0] == "C":
            continue
        if _stands_alone(char, category):
            if word:
                out.append("".join(word))
                word = []
            out.append(char)
        else:
            word.append(char)
    if word:
        out.append("".join(word))
    return out


def _chunks(text: str) -> list[str]:
    # str.split's white space is BERT's (space, tab, newlines, Unicode Zs), plus the
    # line and paragraph separators U+2028/9, which BERT would keep inside a word.
    return _DELETED.sub("", text).split()


def basic_tokens(text: str) -> list[str]:
    """BERT's (uncased) basic tokenization: ``"Zürich, don't"`` -> ``zurich , don ' t``."""
    return [w for chunk in _chunks(text) for w in _chunk_words(chunk)]


def wordpiece(word: str, vocab: Container[str]) -> list[str] | None:
    """Greedy longest-match-first WordPiece; None when the word cannot be spelt from the
    vocabulary (BERT then writes one ``[UNK]`` for the whole word)."""
    if word in vocab:
        return [word]
    if len(word) > MAX_WORD_CHARS:
        return None
    pieces: list[str] = []
    start, n = 0, len(word)
    while start < n:
        for end in range(n, start, -1):
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                pieces.append(piece)
                start = end
                break
        else:
            return None
    return pieces


def wordpieces(text: str, vocab: Container[str] | None = None) -> list[str]:
    """The model's tokens for ``text`` (without ``[CLS]``/``[SEP]``), ``[UNK]`` included.

    ``vocab`` defaults to the bundled one; the distillation script passes the model's.
    """
    if vocab is None:
        vocab = _table().rows
    out: list[str] = []
    for word in basic_tokens(text):
        out.extend(wordpiece(word, vocab) or (UNKNOWN,))
    return out


class _Table:
    """The loaded vectors: the vocabulary, the raw rows, and the caches built on demand."""

    def __init__(self, folder: Path) -> None:
        raw = (folder / VECTORS_FILE).read_bytes()
        magic, rows, dims = HEADER.unpack_from(raw)
        if magic != MAGIC or len(raw) != HEADER.size + rows * dims:
            raise ValueError(f"{folder / VECTORS_FILE}: not a Parallax vector table")
        words = (folder / VOCAB_FILE).read_text(encoding="utf-8").split("\n")
        if len(words) != rows:
            raise ValueError(f"{folder / VOCAB_FILE}: {len(words)} words for {rows} rows")
        self.dims = dims
        self.rows: dict[str, int] = dict(zip(words, range(rows), strict=True))
        self.data = memoryview(raw)[HEADER.size :]
        self.packed: dict[int, int] = {}  # row -> row as one big integer
        self.ones = int.from_bytes(b"\x01\x00" * dims, "little")  # 1 in every field
        self.flip = self.ones << 15  # the top bit of every field
        self.leading: dict[int, tuple[int, int, struct.Struct]] = {}  # see _leading
        self.chunks: dict[str, tuple[int, int]] = {}  # chunk -> (pieces, packed sum)
        self.sentences: dict[str, Vector | None] = {}

    def pack(self, row: int) -> int:
        """Row ``row`` as one integer: its stored bytes (q + 128) widened to 16 bits."""
        wide = bytearray(2 * self.dims)
        wide[0::2] = self.data[row * self.dims : (row + 1) * self.dims]
        packed = self.packed[row] = int.from_bytes(wide, "little")
        return packed

    def chunk(self, chunk: str) -> tuple[int, int]:
        """How many known pieces ``chunk`` holds and the sum of their packed rows (of the
        first :data:`RUN` pieces only: a longer chunk is a run of punctuation or junk)."""
        rows, packed, pack = self.rows, self.packed, self.pack
        low = chunk.lower()
        row = rows.get(low)
        if row is not None and low.isalnum() and low.isascii():  # a plain word: one piece
            return _remember(self.chunks, chunk, (1, packed.get(row) or pack(row)), CHUNK_CACHE)
        count = total = 0
        for word in _chunk_words(chunk):
            for piece in wordpiece(word, rows) or ():
                if count < RUN:
                    row = rows[piece]
                    total += packed.get(row) or pack(row)
                    count += 1
        return _remember(self.chunks, chunk, (count, total), CHUNK_CACHE)

    def unpack(self, total: int, pieces: int) -> list[int]:
        """The coordinate sums held in ``total``, a sum of ``pieces`` packed rows."""
        fields = array("h")
        total = (total + (32768 - 128 * pieces) * self.ones) ^ self.flip
        fields.frombytes(total.to_bytes(2 * self.dims, "little"))
        if sys.byteorder == "big":
            fields.byteswap()
        return fields.tolist()

    def sum_rows(self, rows: Iterable[tuple[int, int]]) -> list[int] | None:
        """The coordinate sums of packed rows given as (pieces, packed sum); None when
        they hold no piece."""
        count = run = total = 0
        sums: list[int] | None = None
        for n, packed in rows:
            if run + n > RUN:  # the fields could overflow: set this run's sums aside
                sums = list(map(operator.add, sums or repeat(0), self.unpack(total, run)))
                run = total = 0
            count += n
            run += n
            total += packed
        if not count:
            return None
        fields = self.unpack(total, run)
        return fields if sums is None else list(map(operator.add, sums, fields))

    def vector(self, text: str) -> Vector | None:
        chunks = self.chunks
        fields = self.sum_rows(chunks.get(c) or self.chunk(c) for c in _chunks(text))
        if fields is None:
            return None
        norm = math.hypot(*fields)
        if not norm:
            return None
        scale = 1.0 / norm
        return tuple([x * scale for x in fields])


def _remember(cache: dict[str, T], key: str, value: T, size: int) -> T:
    """Store ``value``, dropping the oldest entry when the cache holds ``size``."""
    if len(cache) >= size:
        with suppress(KeyError, RuntimeError, StopIteration):  # another thread was first
            del cache[next(iter(cache))]
    cache[key] = value
    return value


_loaded: _Table | None = None
_lock = threading.Lock()


def _table() -> _Table:
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = _Table(resource_path("resources", "embeddings"))
    return _loaded


def available() -> bool:
    """Whether the vector table ships with this build (it always should)."""
    folder = resource_path("resources", "embeddings")
    return (folder / VECTORS_FILE).is_file() and (folder / VOCAB_FILE).is_file()


def load() -> None:
    """Load the table now rather than at the first sentence (a few ms: rows are read
    as bytes and only unpacked when a text uses them)."""
    _table()


def sentence_vector(text: str) -> Vector | None:
    """The unit-length meaning vector of ``text``; None when it holds no known word piece.

    Cached per text: asking again about the same sentence costs a dictionary look-up.
    """
    table = _table()
    cache = table.sentences
    if text in cache:
        return cache[text]
    return _remember(cache, text, table.vector(text), SENTENCE_CACHE)


def word_row(word: str) -> tuple[int, int]:
    """How many word pieces ``word`` (one white-space-free chunk) holds and the packed sum
    of their rows: what :func:`row_sum` adds up. Cached per word."""
    table = _table()
    return table.chunks.get(word) or table.chunk(word)


def row_sum(rows: Iterable[tuple[int, int]]) -> list[int] | None:
    """The coordinate sums of several :func:`word_row` values (the unnormalised vector of
    those words together); None when they hold no known piece."""
    return _table().sum_rows(rows)


def _leading(dims: int) -> tuple[int, int, struct.Struct]:
    """For the first ``dims`` coordinates: the mask of their fields, 1 in each of their
    fields, and the format that reads them."""
    table = _table()
    got = table.leading.get(dims)
    if got is None:
        mask = (1 << 16 * dims) - 1
        got = table.leading[dims] = (mask, table.ones & mask, struct.Struct(f"<{dims}h"))
    return got


def centred(row: tuple[int, int], dims: int) -> int:
    """The first ``dims`` coordinates of a :func:`word_row` value as one signed integer,
    ``sum(q[i] << 16 * i)`` over the coordinate sums ``q``: such integers add up to the
    sum of their words' vectors with no count of pieces to carry (read back with
    :func:`unpack_centred`). The table's coordinates are principal components, largest
    first, so the first ones keep most of what a vector says."""
    mask, ones, _fields = _leading(dims)
    pieces, packed = row
    return (packed & mask) - 128 * pieces * ones


def unpack_centred(total: int, dims: int) -> tuple[int, ...]:
    """The coordinate sums held in ``total``, a sum of :func:`centred` values (of
    ``dims`` coordinates) of at most :data:`RUN` pieces in all, so that every sum stays
    within 16 bits."""
    return reader(dims)(total)


@lru_cache(maxsize=4)
def reader(dims: int) -> Callable[[int], tuple[int, ...]]:
    """:func:`unpack_centred` for ``dims`` coordinates, as one function to keep (it is
    called for every pair the aligner scores)."""
    _mask, ones, fields = _leading(dims)
    flip = ones << 15  # also 32768 in every field: each sum + 32768 fits 16 bits unsigned
    size, unpack = 2 * dims, fields.unpack
    return lambda total: unpack(((total + flip) ^ flip).to_bytes(size, "little"))


def cosine(a: Sequence[float] | None, b: Sequence[float] | None) -> float:
    """Cosine similarity of two vectors of :func:`sentence_vector` (unit length, so the
    dot product); 0.0 when either is missing or empty."""
    if not a or not b:
        return 0.0
    return sum(map(operator.mul, a, b))


def similarity(a: str, b: str) -> float:
    """Cosine of the two texts' vectors; 0.0 when either holds no known word piece."""
    return cosine(sentence_vector(a), sentence_vector(b))
