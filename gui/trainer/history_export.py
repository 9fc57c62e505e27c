"""The "Export CSV…" button of the progress and assignments pages.

Asks where to save (a file dialog; tests replace :attr:`HistoryExport.ask_path`), writes the
history through ``ProgressStore.export_history_csv`` (UTF-8 with BOM, headers in the interface
language) and says what happened in a label next to the button.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from gui.app import current_language
from simulator.common.errors import KefuLabError
from simulator.roleplay.store import ProgressStore

__all__ = ["HistoryExport"]


class HistoryExport(QObject):
    """A button and a result label that export one trainee's (or everyone's) history."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.store: ProgressStore | None = None
        self.trainee: str | None = None
        self.button = QPushButton(parent)
        self.result = QLabel(parent)
        self.result.setStyleSheet("color: #5b6270;")
        self.button.clicked.connect(self.export)
        # ask_path(suggested_name) -> path or "": a save dialog unless a test replaces it
        self.ask_path: Callable[[str], str] = self._dialog
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export CSV…"))
        self.button.setToolTip(
            self.tr("Every session with its scores, UTF-8 with BOM so Excel shows Chinese")
        )

    def set_source(self, store: ProgressStore | None, trainee: str | None) -> None:
        self.store, self.trainee = store, trainee
        self.button.setEnabled(store is not None)

    def export(self) -> Path | None:
        """Ask for a file and write the history; return the file written (None if cancelled)."""
        if self.store is None:
            return None
        who = self.trainee or self.tr("team")
        chosen = self.ask_path(f"kefulab-{who}-{date.today().isoformat()}.csv")
        if not chosen:
            return None
        path = Path(chosen)
        try:
            rows = self.store.export_history_csv(path, self.trainee, lang=current_language())
        except KefuLabError as exc:
            self.result.setText(str(exc))
            return None
        self.result.setText(self.tr("{n} session(s) written to {path}").format(n=rows, path=path))
        return path

    def _dialog(self, suggested: str) -> str:
        parent = self.parent()
        chosen, _ = QFileDialog.getSaveFileName(
            parent if isinstance(parent, QWidget) else None,
            self.tr("Export history as CSV"),
            str(Path.home() / suggested),
            self.tr("CSV files (*.csv)"),
        )
        return chosen
