"""What a first-time user sees: what Parallax does, and one obvious way to try it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.actions import shortcut_text

EXPLANATION = (
    "Parallax lines up the sentences and direct quotes that several news outlets share "
    "about one event, and shows how each outlet words them: who reported what, who quoted "
    "whom and how, and what only one outlet says."
)
HOW = (
    "You can also drop article files or a whole folder anywhere on this window: plain "
    "text, Markdown, saved web pages (HTML), Word (DOCX) or PDF."
)


class EmptyState(QWidget):
    sampleRequested = Signal()
    openFilesRequested = Signal()
    openFolderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")

        title = QLabel("Compare how outlets tell the same story", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)

        explanation = QLabel(EXPLANATION, self)
        explanation.setWordWrap(True)
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        how = QLabel(HOW, self)
        how.setWordWrap(True)
        how.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Full-contrast text: the "disabled" grey is too faint on light themes.

        self.sample_button = QPushButton("Open the sample story", self)
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setDefault(True)
        self.sample_button.setToolTip(
            "Three real articles about President Zelensky staying in Kyiv, February 2022"
        )
        big = QFont(self.sample_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.sample_button.setFont(big)
        self.sample_button.setMinimumHeight(48)
        self.sample_button.setMinimumWidth(280)
        self.sample_button.clicked.connect(self.sampleRequested)

        self.files_button = QPushButton("Open Files…", self)
        self.files_button.setToolTip(
            f"Choose article files to compare ({shortcut_text('open_files')})"
        )
        self.files_button.clicked.connect(self.openFilesRequested)
        self.folder_button = QPushButton("Open Folder…", self)
        self.folder_button.setToolTip(
            f"Compare every article in a folder ({shortcut_text('open_folder')})"
        )
        self.folder_button.clicked.connect(self.openFolderRequested)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        sample_row = QHBoxLayout()
        sample_row.addStretch(1)
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)

        column = QVBoxLayout()
        column.addStretch(2)
        column.addWidget(title)
        column.addSpacing(12)
        column.addWidget(explanation)
        column.addSpacing(24)
        column.addLayout(sample_row)
        column.addSpacing(12)
        column.addLayout(row)
        column.addSpacing(24)
        column.addWidget(how)
        column.addStretch(3)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
