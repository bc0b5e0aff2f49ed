"""The Export Report dialog: format, page size, scope and file, chosen in one place.

The dialog only gathers choices (:class:`ExportChoice`); writing is the report actions'
job, in a worker. The file is picked with a Browse button rather than a save dialog
opened up front, so a test (or a keyboard user) can type the path and accept, and the
dialog is shown with ``open()`` (window-modal, non-blocking) so nothing waits on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

Format = Literal["pdf", "html"]
SUFFIX: dict[str, str] = {"pdf": ".pdf", "html": ".html"}
PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    format: Format
    page_size: str  # "A4" | "Letter" (PDF only)
    scope: tuple[str, str] | None  # a (left, right) pair of document ids, or the story
    # Speakers Parallax only inferred shown as "speaker not named" rather than marked.
    omit_inferred: bool = False


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        default_path: Path,
        pair: tuple[str, str] | None,
        pair_label: str = "",
        page_size: str = "A4",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export Report")
        self._pair = pair

        self.format = QComboBox(self)
        self.format.addItem("PDF document", "pdf")
        self.format.addItem("HTML page (one self-contained file)", "html")
        self.page_size = QComboBox(self)
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))

        self.scope_pair = QRadioButton(
            f"The current pair: {pair_label}" if pair else "The current pair (none chosen)", self
        )
        self.scope_story = QRadioButton("The whole story: every pair, every quote", self)
        self.scope_pair.setEnabled(pair is not None)
        self.scope_story.setChecked(True)
        scopes = QButtonGroup(self)
        scopes.addButton(self.scope_story)
        scopes.addButton(self.scope_pair)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.scope_story)
        scope_box.addWidget(self.scope_pair)

        self.omit_inferred = QCheckBox(
            "&Leave out speakers Parallax only inferred (shown as “speaker not named”)", self
        )
        self.omit_inferred.setToolTip(
            "Where no words at a quote say who said it, Parallax infers a name and marks it "
            "“(inferred)”. Such names are often wrong: for a report to publish, leave them "
            "out."
        )

        self.path = QLineEdit(str(default_path), self)
        self.path.setClearButtonEnabled(True)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)

        form = QFormLayout()
        form.addRow("&Format:", self.format)
        form.addRow("&Page size:", self.page_size)
        form.addRow("Scope:", scope_box)
        form.addRow("Speakers:", self.omit_inferred)
        save_as = QLabel("&Save as:", self)
        save_as.setBuddy(self.path)  # a label beside a layout gets no buddy on its own
        form.addRow(save_as, file_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.textChanged.connect(self._validate)
        self._format_changed()
        self.setMinimumWidth(560)  # the file path stays readable

    def choice(self) -> ExportChoice:
        fmt: Format = self.format.currentData()
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() not in (".htm", ".html", ".pdf") or (
            (path.suffix.lower() == ".pdf") != (fmt == "pdf")
        ):
            path = path.with_suffix(SUFFIX[fmt])
        scope = self._pair if self.scope_pair.isChecked() else None
        return ExportChoice(
            path, fmt, self.page_size.currentData(), scope, self.omit_inferred.isChecked()
        )

    def _format_changed(self, _index: int = 0) -> None:
        fmt = self.format.currentData()
        # The HTML report flows to the reader's window; page size only shapes the PDF.
        self.page_size.setEnabled(fmt == "pdf")
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(SUFFIX[fmt])))
        self._validate()

    def _validate(self, _text: str = "") -> None:
        ok = bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name = "PDF report (*.pdf)" if fmt == "pdf" else "HTML report (*.html *.htm)"
        path, _ = QFileDialog.getSaveFileName(self, "Export Report", self.path.text(), name)
        if path:
            self.path.setText(path)
