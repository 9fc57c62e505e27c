"""The report's pages as images in a scroll area, one under the other."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class PagePreview(QScrollArea):
    """Shows page images (PNG bytes, e.g. :attr:`ReportBuild.page_images`) at their size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.body = QWidget(self)
        self.body.setObjectName("ReportPreviewBody")
        self.body.setStyleSheet("QWidget#ReportPreviewBody { background: #8a8f98; }")
        self.column = QVBoxLayout(self.body)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.column.setSpacing(14)
        self.column.setContentsMargins(14, 14, 14, 14)
        self.placeholder = QLabel(self.body)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: white;")
        self.placeholder.setWordWrap(True)
        self.column.addWidget(self.placeholder)
        self.setWidget(self.body)
        self.page_labels: list[QLabel] = []

    def set_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)

    def show_pages(self, images: Sequence[bytes]) -> None:
        """Replace the shown pages (an empty sequence shows the placeholder)."""
        for label in self.page_labels:
            self.column.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        for data in images:
            self.add_page(data)
        self.placeholder.setVisible(not self.page_labels)

    def add_page(self, data: bytes) -> None:
        """Show one more page under the others."""
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        label = QLabel(self.body)
        label.setPixmap(pixmap)
        label.setFrameShape(QFrame.Shape.Box)
        label.setStyleSheet("background: white; border: 1px solid #555;")
        self.column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.page_labels.append(label)
        self.placeholder.hide()

    @property
    def pages(self) -> int:
        return len(self.page_labels)
