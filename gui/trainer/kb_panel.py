"""The knowledge-base side panel: search in the customer's words, read, insert into the reply."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.common.errors import KefuLabError
from simulator.roleplay.kb import Entry, KnowledgeBase, load_kb

__all__ = ["KbPanel"]

RESULTS = 8


class KbPanel(QWidget):
    """Search box, hits, the chosen answer and an "Insert into reply" button.

    Hits in the script's language come first.
    """

    insertRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, kb: KnowledgeBase | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kb = kb
        self.lang = "zh"
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.run_search)
        self.hits = QListWidget(self)
        self.hits.setWordWrap(True)
        self.hits.currentItemChanged.connect(self._show_entry)
        self.hits.itemDoubleClicked.connect(lambda _item: self.insert())
        self.answer = QPlainTextEdit(self)
        self.answer.setReadOnly(True)
        self.insert_button = QPushButton(self)
        self.insert_button.setEnabled(False)
        self.insert_button.clicked.connect(self.insert)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a33;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.hits, 2)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.error)
        self.retranslate()

    @property
    def kb(self) -> KnowledgeBase | None:
        if self._kb is None:
            try:
                self._kb = load_kb()
            except KefuLabError as exc:
                self.error.setText(str(exc))
                self.error.show()
        return self._kb

    def set_language(self, lang: str) -> None:
        """Prefer entries in ``lang`` (the script's language)."""
        self.lang = lang
        self.run_search(self.search.text())

    def run_search(self, query: str) -> None:
        self.hits.clear()
        self.answer.clear()
        self.insert_button.setEnabled(False)
        kb = self.kb
        if kb is None or not query.strip():
            return
        found = kb.search(query, limit=RESULTS * 2)
        found.sort(key=lambda h: h.entry.lang != self.lang)  # stable: keeps the ranking
        for hit in found[:RESULTS]:
            entry = hit.entry
            head = f"{entry.product} · " if entry.product else ""
            item = QListWidgetItem(head + entry.questions[0])
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.answer)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(0)

    def current_entry(self) -> Entry | None:
        item = self.hits.currentItem()
        if item is None or self.kb is None:
            return None
        return self.kb.get(item.data(Qt.ItemDataRole.UserRole))

    def insert(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.insertRequested.emit(entry.answer)

    def _show_entry(self, *_args) -> None:
        entry = self.current_entry()
        self.answer.setPlainText(entry.answer if entry else "")
        self.insert_button.setEnabled(entry is not None)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Knowledge base"))
        self.search.setPlaceholderText(self.tr("Search: a keyword or the customer's question"))
        self.insert_button.setText(self.tr("Insert into reply"))
        self.insert_button.setToolTip(
            self.tr("Put this answer into your reply (double-click works too)")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
