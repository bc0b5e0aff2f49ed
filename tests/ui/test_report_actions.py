"""File ▸ Export Report… (the dialog: format, page size, scope) and File ▸ Print…."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from window_steps import open_sample

from app.export.report import document_labels
from ui.export_dialog import ExportDialog

TIMEOUT = 60_000
POINTS = {"A4": (595, 842), "Letter": (612, 792)}


def _dialog(window) -> ExportDialog:  # type: ignore[no-untyped-def]
    assert window.acts["export"].shortcut() == QKeySequence("Ctrl+E")
    window.acts["export"].trigger()
    dialog = window.reports.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    return dialog


def _pdf_text(path: Path) -> tuple[str, list[tuple[int, int]]]:
    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height)))
             for p in reader.pages]
    return text, sizes


@pytest.mark.parametrize(
    ("page_size", "scope"), [("Letter", "pair"), ("A4", "story")]
)
def test_the_dialog_exports_a_pdf_of_the_chosen_size_and_scope(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, page_size: str, scope: str
) -> None:
    comparison = open_sample(qtbot, window)
    left, right = window.current_pair()
    labels = document_labels(comparison.documents)
    others = [labels[d.id] for d in comparison.documents if d.id not in (left, right)]
    dialog = _dialog(window)
    assert dialog.scope_pair.isEnabled() and labels[left] in dialog.scope_pair.text()
    dialog.page_size.setCurrentIndex(dialog.page_size.findData(page_size))
    (dialog.scope_pair if scope == "pair" else dialog.scope_story).setChecked(True)
    dialog.path.setText(str(tmp_path / "report"))  # the suffix follows the format
    with qtbot.waitSignal(window.exports.jobFinished, timeout=TIMEOUT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    target = tmp_path / "report.pdf"
    text, sizes = _pdf_text(target)
    assert set(sizes) == {POINTS[page_size]}
    assert f"Page 1 of {len(sizes)}" in " ".join(text.split())
    for doc in comparison.documents:
        assert doc.sha256 in text  # the cover lists every source either way
    # The side-by-side section holds the chosen pair only, or every pair of the story.
    flat = " ".join(text.split())
    pairs = [
        (labels[a.id], labels[b.id])
        for i, a in enumerate(comparison.documents)
        for b in comparison.documents[i + 1 :]
    ]
    shown = {(a, b) for a, b in [*pairs, (labels[left], labels[right])] if f"{a} ↔ {b}" in flat}
    if scope == "pair":
        assert shown == {(labels[left], labels[right])}
        assert others and not any(f"↔ {o}" in flat or f"{o} ↔" in flat for o in others)
    else:
        assert len(shown) >= 2
    assert not list(tmp_path.glob("*.tmp*"))  # written atomically: no leftovers


def test_the_dialog_exports_html_and_disables_the_page_size(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    comparison = open_sample(qtbot, window)
    dialog = _dialog(window)
    dialog.path.setText(str(tmp_path / "story.pdf"))
    dialog.format.setCurrentIndex(dialog.format.findData("html"))
    assert not dialog.page_size.isEnabled()
    assert dialog.path.text().endswith("story.html")
    with qtbot.waitSignal(window.exports.jobFinished, timeout=TIMEOUT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    html = (tmp_path / "story.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert all(doc.sha256 in html for doc in comparison.documents)
    qtbot.waitUntil(lambda: window.reports.export_dialog is None)


def test_cancelling_the_dialog_writes_nothing(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    dialog = _dialog(window)
    out = tmp_path / "out"
    out.mkdir()
    dialog.path.setText(str(out / "never.pdf"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not window.jobs.busy
    assert list(out.iterdir()) == []


def test_an_empty_path_cannot_be_exported(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_sample(qtbot, window)
    dialog = _dialog(window)
    dialog.path.clear()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    dialog.reject()


def test_print_renders_the_html_report_into_the_printer(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    comparison = open_sample(qtbot, window)
    assert window.acts["print"].shortcut() == QKeySequence("Ctrl+P")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(window.prints.jobFinished, timeout=TIMEOUT):
        window.reports.print_report(printer)
    text, sizes = _pdf_text(tmp_path / "printed.pdf")
    assert len(sizes) >= 2
    flat = "".join(text.split())
    assert all(doc.sha256[:12] in flat for doc in comparison.documents)
    assert "Quotes across outlets" in " ".join(text.split())


def test_export_needs_two_articles(window, quiet_dialogs) -> None:  # type: ignore[no-untyped-def]
    assert not window.reports.export_report()
    assert window.reports.export_dialog is None
    assert any("two articles" in r.text for r in quiet_dialogs)


def test_the_dialog_can_leave_inferred_speakers_out(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, bare_quote_story: Path
) -> None:
    """Two outlets quote the mayor bare: the report marks her name as inferred, or, with
    the box ticked, names no one (a report to publish)."""
    with qtbot.waitSignal(
        window.comparisonShown, timeout=TIMEOUT,
        check_params_cb=lambda c: c is not None and len(c.documents) == 2,
    ):
        window.open_files([str(bare_quote_story)])
    for omit, name in ((False, "marked"), (True, "plain")):
        dialog = _dialog(window)
        assert not dialog.omit_inferred.isChecked()  # marking is the default
        dialog.omit_inferred.setChecked(omit)
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        dialog.path.setText(str(tmp_path / f"{name}.html"))
        assert dialog.choice().omit_inferred is omit
        with qtbot.waitSignal(window.exports.jobFinished, timeout=TIMEOUT):
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        qtbot.waitUntil(lambda: window.reports.export_dialog is None)
    assert "Quote 1: Jane Doe (inferred)" in (tmp_path / "marked.html").read_text("utf-8")
    plain = (tmp_path / "plain.html").read_text("utf-8")
    assert "Quote 1: speaker not named" in plain and "(inferred)" not in plain
