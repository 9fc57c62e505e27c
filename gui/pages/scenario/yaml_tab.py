"""The YAML view of the scenario, kept in sync: edits apply on a pause or on leaving the tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from gui.document import ScenarioDocument
from gui.pages.scenario.fields import describe
from gui.scenario_edit import field_of

PAUSE_MS = 1200


class YamlTab(QWidget):
    """A plain-text YAML editor; invalid text stays as typed, its lines marked in red."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.editor = QPlainTextEdit(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.editor.setFont(font)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.errors = QLabel(self)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors)
        layout.addWidget(self.editor, 1)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.apply)
        self._setting = False
        self._applying = False
        self.pending = False
        self.editor.textChanged.connect(self._typed)
        self.editor.installEventFilter(self)
        document.scenarioChanged.connect(self.refresh)
        document.diagnosticsChanged.connect(self._diagnostics)
        self.refresh()

    def refresh(self, *_: Any) -> None:
        """Show the document's scenario (unless this tab is the one applying it)."""
        if self._applying:
            return
        self._setting = True
        self.editor.setPlainText(self.document.to_yaml())
        self._setting = False
        self.pending = False
        self._mark([])

    def apply(self) -> bool:
        """Apply the typed text to the document; True when it was valid (or unchanged)."""
        self.pause.stop()
        if not self.pending:
            return True
        self._applying = True
        try:
            ok = self.document.load_yaml_text(self.editor.toPlainText())
        finally:
            self._applying = False
        if ok:
            self.pending = False
            self._mark([])
        return ok

    def _typed(self) -> None:
        if not self._setting:
            self.pending = True
            self.pause.start()

    def _diagnostics(self, diagnostics: list[Any]) -> None:
        if self._applying:
            self._mark(diagnostics)

    def _mark(self, diagnostics: list[Any]) -> None:
        selections, lines = [], []
        for diag in diagnostics:
            line = getattr(diag, "line", None)
            field = field_of(diag)
            where = " ".join(
                part
                for part in (self.tr("line %1").replace("%1", str(line)) if line else "", field)
                if part
            )
            lines.append(f"{where}: {describe(diag)}" if where else describe(diag))
            if line:
                block = self.editor.document().findBlockByLineNumber(line - 1)
                selection = QTextEdit.ExtraSelection()
                selection.format.setBackground(QColor("#fbd5d2"))
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.cursor = QTextCursor(block)
                selections.append(selection)
        self.editor.setExtraSelections(selections)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.apply()
        return super().eventFilter(watched, event)
