"""File ▸ Export Report… and Print…: the report writers of :mod:`app.export`, in a worker.

Export asks for format, page size and scope in :class:`ui.export_dialog.ExportDialog`
(shown with ``open()``, so nothing blocks); the writers build the report and write it
atomically (temporary file, then rename), so a failed or cancelled export leaves no
truncated file. Print renders the same HTML report and prints it through
``QTextDocument.print_`` after the system print dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from app.export import html as html_export
from app.export import pdf as pdf_export
from app.export.report import build_report, document_labels
from app.progress import CancelledFn, ProgressFn
from ui import errors
from ui.export_dialog import ExportChoice, ExportDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

NEED_TWO = "Open at least two articles first."
QT_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


class ReportActionsMixin(_Base):
    export_dialog: ExportDialog | None = None

    # == export ============================================================================
    def export_report(
        self,
        path: str | None = None,
        *,
        scope: tuple[str, str] | None = None,
        page_size: str = "A4",
    ) -> bool:
        """Without ``path``, open the export dialog; with it, export (format by suffix)."""
        comparison = self.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self, "Export Report", NEED_TWO)
            return False
        if path is not None:
            target = Path(path)
            fmt = "html" if target.suffix.lower() in (".html", ".htm") else "pdf"
            if fmt == "pdf" and target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
            return self._start_export(ExportChoice(target, fmt, page_size, scope))
        pair = self.current_pair()
        labels = document_labels(comparison.documents)
        pair_label = f"{labels[pair[0]]} ↔ {labels[pair[1]]}" if pair else ""
        title = self.project.title or "comparison"
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
        dialog = ExportDialog(
            self,
            default_path=Path(self._last_folder()) / f"{safe or 'comparison'}.pdf",
            pair=pair,
            pair_label=pair_label,
            page_size=page_size,
        )
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
        comparison = self.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self, "Export Report", NEED_TWO)
            return False
        title = self.project.title or None
        target = choice.path

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

        self.exports.submit(
            write,
            lambda _r: self.statusBar().showMessage(f"Exported {target.name}.", 8000),
            lambda exc: errors.warning(
                self, "Export failed", f"The report was not written: {exc}"
            ),
            label=f"Exporting {target.name}…",
        )
        return True

    # == print =============================================================================
    def print_report(self, printer: QPrinter | None = None) -> None:
        """Print the HTML report; ``printer`` (tests, automation) skips the print dialog."""
        comparison = self.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self, "Print", NEED_TWO)
            return
        title = self.project.title or None
        self.prints.submit(
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
        dialog = QPrintDialog(chosen, self)
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
        self.statusBar().showMessage("Sent the report to the printer.", 8000)
