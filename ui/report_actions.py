"""File ▸ Export Report… and Print…: the report writers of :mod:`app.export`, in a worker.

If the report work provides ``ui/export_dialog.py`` (format, page size and scope
choices), the menu entries hand over to it; otherwise the format follows the file name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from app.progress import CancelledFn, ProgressFn
from ui import errors

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class ReportActionsMixin(_Base):
    # == export (the report writers live in app.export) ====================================
    def export_report(
        self, path: str | None = None, *, scope: tuple[str, str] | None = None
    ) -> bool:
        """Write the whole story (or ``scope``, a pair) as PDF or HTML, chosen by suffix."""
        try:
            from ui.export_dialog import export_report as dialog  # type: ignore[import-not-found]
        except ImportError:
            dialog = None
        if dialog is not None and path is None:
            dialog(self, self.comparison, self.project)
            return True
        try:
            from app.export import html as html_export
            from app.export import pdf as pdf_export
        except ImportError:
            errors.information(
                self,
                "Export Report",
                "Export Report writes this comparison as a PDF or HTML report: the sources "
                "with their SHA-256, the similarity summary, the quotes across outlets and "
                "each pair side by side. It is not available in this build.",
            )
            return False
        comparison = self.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self, "Export Report", "Open at least two articles first.")
            return False
        if path is None:
            default = Path(self._last_folder()) / f"{self.project.title or 'comparison'}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, "Export Report", str(default), "PDF report (*.pdf);;HTML report (*.html)"
            )
            if not path:
                return False
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".html", ".htm"):
            target = target.with_suffix(".pdf")
        title = self.project.title or None
        if target.suffix.lower() == ".pdf":

            def write(_p: ProgressFn, _c: CancelledFn) -> None:
                pdf_export.write_pdf(comparison, target, title=title, scope=scope)
        else:

            def write(_p: ProgressFn, _c: CancelledFn) -> None:
                html_export.write_html(comparison, target, title=title, scope=scope)

        self.saves.submit(
            write,
            lambda _r: self.statusBar().showMessage(f"Exported {target.name}.", 8000),
            lambda exc: errors.warning(self, "Export failed", f"The report was not written: {exc}"),
            label=f"Exporting {target.name}…",
        )
        return True

    def print_report(self) -> None:
        """Print the HTML report through the system print dialog."""
        try:
            from ui.export_dialog import print_report as dialog  # type: ignore[import-not-found]
        except ImportError:
            dialog = None
        if dialog is not None:
            dialog(self, self.comparison, self.project)
            return
        comparison = self.comparison
        if comparison is None or len(comparison.documents) < 2:
            errors.information(self, "Print", "Open at least two articles first.")
            return
        try:
            from app.export.html import render_html
            from app.export.report import build_report
        except ImportError:
            errors.information(self, "Print", "Printing is not available in this build.")
            return
        title = self.project.title or None
        self.saves.submit(
            lambda _p, _c: render_html(build_report(comparison, title=title)),
            self._print_html,
            lambda exc: errors.report_exception(exc, "Printing failed"),
            label="Preparing the report…",
        )

    def _print_html(self, html: str) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not errors.dialogs_enabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument(self)
        document.setHtml(html)
        document.print_(printer)
