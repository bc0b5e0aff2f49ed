"""Property: plain text comes back verbatim (newlines aside), whatever its content."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.ingest import load

TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029\ufeff"
    )
    | st.sampled_from(["\n", "\r", "\t", " ", "“", "”", "—", "é"]),
    min_size=1,
    max_size=300,
)


@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
@settings(max_examples=60, deadline=None)
def test_plain_text_round_trips(text: str, encoding: str) -> None:
    assume(text.strip() and not text.lstrip().lower().startswith(("http", "www.", "url", "<")))
    assume(not text.lstrip().lower().startswith(("source", "link", "address")))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pasted.txt"
        path.write_bytes(text.encode(encoding))
        doc = load(path)
    expected = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    assert doc.text == expected
    for span in (*doc.paragraphs, *doc.sentences):
        assert 0 <= span.start < span.end <= len(doc.text)
    assert doc.title == "" or doc.text.lstrip().startswith(doc.title)
