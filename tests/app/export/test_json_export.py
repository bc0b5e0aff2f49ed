"""The parallax-comparison JSON: layout, offsets that slice, and a lossless round trip."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from app.export.json_export import (
    FORMAT,
    VERSION,
    JsonFormatError,
    comparison_from_json,
    dumps,
    from_dict,
    to_dict,
    write_json,
)
from app.model import Comparison

TOP_KEYS = [
    "format", "version", "generator", "settings", "documents", "matches", "quote_groups",
    "clusters", "unique", "similarity", "wire_runs", "problems",
]  # fmt: skip
DOC_KEYS = {
    "id", "path", "sha256", "title", "outlet", "url", "author", "published", "text",
    "boilerplate", "sentences", "quotes",
}  # fmt: skip


def assert_offsets_slice(data: dict[str, Any]) -> None:
    """Every offset in the JSON indexes its document's text (half-open, in range)."""
    texts = {d["id"]: d["text"] for d in data["documents"]}

    def ok(doc: str, start: int | None, end: int | None) -> None:
        if start is None and end is None:
            return
        assert start is not None and end is not None
        assert 0 <= start <= end <= len(texts[doc]), (doc, start, end)

    for d in data["documents"]:
        for s in d["sentences"] + d["boilerplate"]:
            ok(d["id"], s["start"], s["end"])
            assert texts[d["id"]][s["start"] : s["end"]].strip()
        for q in d["quotes"]:
            ok(d["id"], q["start"], q["end"])
            ok(d["id"], q["speaker_start"], q["speaker_end"])
    for m in data["matches"]:
        for s, e in m["a_spans"]:
            ok(m["a"], s, e)
        for s, e in m["b_spans"]:
            ok(m["b"], s, e)
        for op, a0, a1, b0, b1 in m["diff"]:
            assert op in ("equal", "insert", "delete", "replace")
            ok(m["a"], a0, a1)
            ok(m["b"], b0, b1)
            if op == "equal":
                assert texts[m["a"]][a0:a1].casefold().split() or a0 == a1
    for c in data["clusters"]:
        for member in c["members"]:
            ok(member["doc"], member["start"], member["end"])
    for doc, spans in data["unique"].items():
        for s, e in spans:
            ok(doc, s, e)
    for w in data["wire_runs"]:
        ok(w["a"], w["a_start"], w["a_end"])
        ok(w["b"], w["b_start"], w["b_end"])
    quote_ids = {q["id"] for d in data["documents"] for q in d["quotes"]}
    for g in data["quote_groups"]:
        assert set(g["members"]) <= quote_ids
    for key in data["similarity"]:
        a, b = key.split("|")
        assert a in texts and b in texts


def test_layout_follows_the_documented_format(seed_comparison: Comparison) -> None:
    data = json.loads(dumps(seed_comparison))
    assert list(data) == TOP_KEYS
    assert data["format"] == FORMAT == "parallax-comparison"
    assert data["version"] == VERSION == 1
    assert data["generator"].startswith("Parallax ")
    assert data["settings"] == {"threshold": 0.5, "hide_boilerplate": True}
    for doc in data["documents"]:
        assert set(doc) >= DOC_KEYS
    assert [len(g["members"]) for g in data["quote_groups"]] == [3, 2, 2]
    d0, d1 = (d["id"] for d in data["documents"][:2])
    assert data["similarity"][f"{d0}|{d1}"] == 0.18
    identical = data["matches"][0]
    assert identical["kind"] == "identical"
    assert [op[0] for op in identical["diff"]] == ["equal"]


def test_every_offset_slices_the_text(seed_comparison: Comparison) -> None:
    assert_offsets_slice(to_dict(seed_comparison))


def test_quote_offsets_give_the_quoted_words(seed_comparison: Comparison) -> None:
    data = to_dict(seed_comparison)
    wordings = {
        q["id"]: d["text"][q["start"] : q["end"]] for d in data["documents"] for q in d["quotes"]
    }
    assert wordings["q2-target"] == "number one target"
    assert wordings["q2-here"] == "We are all here,"


def test_round_trip_is_lossless(seed_comparison: Comparison, tmp_path: Path) -> None:
    path = tmp_path / "story.parallax.json"
    write_json(seed_comparison, path)
    again = comparison_from_json(path)
    assert again == seed_comparison
    assert dumps(again) == dumps(seed_comparison)


def test_trivial_diff_marks_survive_the_round_trip(seed_comparison: Comparison) -> None:
    trivial = [d.trivial for m in seed_comparison.matches for d in m.diff if d.trivial]
    again = comparison_from_json(dumps(seed_comparison))
    assert [d.trivial for m in again.matches for d in m.diff if d.trivial] == trivial


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json at all", "not valid JSON"),
        ('{"format": "something-else", "version": 1}', "not a Parallax comparison"),
        ('{"format": "parallax-comparison", "version": 99}', "newer Parallax"),
        ('{"format": "parallax-comparison", "version": 1, "documents": [{}]}', "damaged"),
    ],
)
def test_foreign_or_newer_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(JsonFormatError, match=message):
        comparison_from_json(text)


def test_real_pipeline_offsets_slice(engine_comparison: Comparison) -> None:
    data = json.loads(dumps(engine_comparison))
    assert [d["path"] for d in data["documents"]] == [d.path for d in engine_comparison.documents]
    assert_offsets_slice(data)


def test_format_is_documented_with_its_version(seed_comparison: Comparison) -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "json-format.md").read_text("utf-8")
    assert f"version {VERSION}" in doc
    data = to_dict(seed_comparison)
    for key in [*data, *data["documents"][0], *data["matches"][0], *data["quote_groups"][0]]:
        assert f"`{key}`" in doc, key


def test_every_match_kind_the_engine_writes_reads_back(seed_comparison: Comparison) -> None:
    """A comparison holding a ``related`` link (issue 11) opens again; the reader once
    refused it, so every saved story with a same-fact link was unreadable."""
    from typing import get_args

    from app.model import MatchKind

    m = seed_comparison.matches[0]
    kinds = [dataclasses.replace(m, kind=k) for k in get_args(MatchKind)]
    c = dataclasses.replace(seed_comparison, matches=tuple(kinds))
    back = comparison_from_json(dumps(c))
    assert [x.kind for x in back.matches] == list(get_args(MatchKind))


def test_a_quote_groups_utterance_round_trips_and_is_checked(
    engine_comparison: Comparison,
) -> None:
    data = to_dict(engine_comparison)
    assert all("utterance" in g for g in data["quote_groups"])
    assert from_dict(data).quote_groups == engine_comparison.quote_groups
    data["quote_groups"][0]["utterance"] = [0, 10**9]
    with pytest.raises(JsonFormatError, match=r"quote_groups\[0\]\.utterance"):
        from_dict(data)


def test_inferred_speakers_are_written(
    bare_comparison: Comparison, engine_comparison: Comparison
) -> None:
    """``speaker_inferred``: a speaker no words at the quote give, for quotes and groups."""
    for comparison in (engine_comparison, bare_comparison):
        d = to_dict(comparison)
        quotes = {q["id"]: q for doc in d["documents"] for q in doc["quotes"]}
        for q in comparison.quotes:
            assert quotes[q.id]["speaker_inferred"] is (
                q.speaker is not None and q.speaker_start is None
            )
        for g in d["quote_groups"]:
            named = [quotes[m] for m in g["members"] if quotes[m]["speaker_start"] is not None]
            assert g["speaker_inferred"] is (g["speaker"] is not None and not any(
                q["speaker"] and q["speaker"].split()[-1] == g["speaker"].split()[-1]
                for q in named
            ))
    groups = to_dict(bare_comparison)["quote_groups"]
    assert sum(g["speaker_inferred"] for g in groups) >= 1
