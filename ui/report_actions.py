"""File ▸ Export Report… and Print…: the report writers of :mod:`app.export`, in a worker.

Export asks for format, page size and scope in :class:`ui.export_dialog.ExportDialog`
(shown with ``open()``, so nothing blocks); the writers build the report and write it
atomically (temporary file, then rename), so a failed or cancelled export leaves no
truncated file. Print renders the same HTML report and prints it through
``QTextDocument.print_`` after the system print dialog. The controller sees the window
only through :class:`ReportHost`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.export import html as html_export
from app.export import pdf as pdf_export
from app.export.report import build_report
from app.model import Comparison
from app.present.labels import document_labels
from app.present.quotes import without_inferred_speakers
from app.progress import CancelledFn, ProgressFn
from ui import errors
from ui.export_dialog import ExportChoice, ExportDialog
from ui.workers import JobQueues

NEED_TWO = "Open at least two articles first."
QT_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


STATUS_TITLE_CHARS = 60


def _short(title: str) -> str:
    return title if len(title) <= STATUS_TITLE_CHARS else title[: STATUS_TITLE_CHARS - 1] + "…"


def _of_story(scope: str) -> str:
    """" (story “…”)" in a status message when the window shows one story of several."""
    return f" (story “{_short(scope)}”)" if scope else ""


class ReportHost(Protocol):
    """What exporting and printing need from the window."""

    comparison: Comparison | None

    def dialog_parent(self) -> QWidget: ...

    def story_title(self) -> str: ...

    def story_scope(self) -> str:
        """The title of the one story the window shows, or "" when it holds one story."""
        ...

    def current_pair(self) -> tuple[str, str] | None: ...

    def last_folder(self) -> str: ...

    def show_status(self, text: str, msecs: int) -> None: ...


class ReportController(QObject):
    def __init__(self, host: ReportHost, jobs: JobQueues, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.jobs = jobs
        self.export_dialog: ExportDialog | None = None

    def _reportable(self, title: str) -> Comparison | None:
        """The comparison to report on; None, with the person told why, when there is none."""
        comparison = self.host.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self.host.dialog_parent(), title, NEED_TWO)
            return None
        return comparison

    # == export ============================================================================
    def export_report(
        self,
        path: str | None = None,
        *,
        scope: tuple[str, str] | None = None,
        page_size: str = "A4",
    ) -> bool:
        """Without ``path``, open the export dialog; with it, export (format by suffix)."""
        comparison = self._reportable("Export Report")
        if comparison is None:
            return False
        if path is not None:
            target = Path(path)
            fmt = "html" if target.suffix.lower() in (".html", ".htm") else "pdf"
            if fmt == "pdf" and target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
            return self._start_export(ExportChoice(target, fmt, page_size, scope))
        pair = self.host.current_pair()
        labels = document_labels(comparison.documents)
        pair_label = f"{labels[pair[0]]} ↔ {labels[pair[1]]}" if pair else ""
        title = self.host.story_title() or "comparison"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        dialog = ExportDialog(
            self.host.dialog_parent(),
            default_path=Path(self.host.last_folder()) / f"{safe or 'comparison'}.pdf",
            pair=pair,
            pair_label=pair_label,
            page_size=page_size,
        )
        scope = self.host.story_scope()
        if scope:  # the articles form several stories: the report is of the one shown
            dialog.setWindowTitle(f"Export Report — {_short(scope)}")
        dialog.accepted.connect(lambda: self._start_export(dialog.choice()))
        dialog.finished.connect(lambda _r: self._forget_export_dialog(dialog))
        self.export_dialog = dialog
        dialog.open()
        return True

    def _forget_export_dialog(self, dialog: ExportDialog) -> None:
        if self.export_dialog is dialog:
            self.export_dialog = None
        dialog.deleteLater()

    def _start_export(self, choice: ExportChoice) -> bool:
        comparison = self._reportable("Export Report")
        if comparison is None:
            return False
        title = self.host.story_title() or None
        target = choice.path
        done = f"Exported {target.name}" + _of_story(self.host.story_scope()) + "."
        if choice.omit_inferred:
            comparison = without_inferred_speakers(comparison)

        def write(progress: ProgressFn, cancelled: CancelledFn) -> Path:
            if choice.format == "pdf":
                pdf_export.write_pdf(
                    comparison,
                    target,
                    page_size=choice.page_size,
                    title=title,
                    scope=choice.scope,
                    progress=progress,
                    cancelled=cancelled,
                )
            else:
                html_export.write_html(comparison, target, title=title, scope=choice.scope)
            return target

        self.jobs.exports.submit(
            write,
            lambda _r: self.host.show_status(done, 8000),
            lambda exc: errors.warning(
                self.host.dialog_parent(), "Export failed", f"The report was not written: {exc}"
            ),
            label=f"Exporting {target.name}…",
        )
        return True

    # == print =============================================================================
    def print_report(self, printer: QPrinter | None = None) -> None:
        """Print the HTML report; ``printer`` (tests, automation) skips the print dialog."""
        comparison = self._reportable("Print")
        if comparison is None:
            return
        title = self.host.story_title() or None
        self.jobs.prints.submit(
            lambda _p, _c: html_export.render_html(build_report(comparison, title=title)),
            lambda html: self._print_html(html, printer),
            lambda exc: errors.report_exception(exc, "Printing failed"),
            label="Preparing the report…",
        )

    def _print_html(self, html: str, printer: QPrinter | None) -> None:
        if printer is not None:
            self._print_to(html, printer)
            return
        if not errors.dialogs_enabled():
            return
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setPageSize(QPageSize(QT_PAGE_SIZES["A4"]))
        chosen.setPageOrientation(QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(chosen, self.host.dialog_parent())
        dialog.accepted.connect(lambda: self._print_to(html, chosen))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def _print_to(self, html: str, printer: QPrinter) -> None:
        document = QTextDocument(self)
        # Qt's rich-text engine ignores CSS table widths and shrinks each table to its
        # content; the HTML attribute it does honour spreads tables over the page.
        document.setHtml(html.replace("<table>", '<table width="100%" cellpadding="3">'))
        document.print_(printer)
        document.deleteLater()
        scope = _of_story(self.host.story_scope())
        self.host.show_status(f"Sent the report{scope} to the printer.", 8000)
