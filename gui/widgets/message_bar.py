"""A dismissable one-line message bar at the top of the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "error": "QFrame#MessageBar { background: #fdecea; border: 1px solid #e0a39c; }",
    "info": "QFrame#MessageBar { background: #e8f1fb; border: 1px solid #a9c6e8; }",
}


class MessageBar(QFrame):
    """Shows one error or info line (e.g. a failed run's one-line error) until dismissed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.kind = ""
        self._make_text: Callable[[], str] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.retranslate()
        self.hide()

    def show_error(self, text: str | Callable[[], str]) -> None:
        self._show("error", text)

    def show_info(self, text: str | Callable[[], str]) -> None:
        """Show ``text``; a function (``lambda: self.tr(...)``) is called again to re-word the
        message when the language changes."""
        self._show("info", text)

    def show_exception(self, exc: BaseException) -> None:
        """An error's first non-blank line (some errors start with a newline), else its type."""
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        self.show_error(lines[0] if lines else type(exc).__name__)

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def clear(self) -> None:
        self.kind = ""
        self._make_text = None
        self.label.clear()
        self.hide()

    def _show(self, kind: str, text: str | Callable[[], str]) -> None:
        self.kind = kind
        self._make_text = text if callable(text) else None
        self.setStyleSheet(_STYLES[kind])
        self.label.setText(text() if callable(text) else text)
        self.show()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))
        if self._make_text is not None:
            self.label.setText(self._make_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
