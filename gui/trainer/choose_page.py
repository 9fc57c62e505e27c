"""Choose a script: who is training, the scripts with the trainee's best score and attempts,
filters by language and difficulty, and a side note listing script files that do not load."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.roleplay.script import BrokenScript, Script
from simulator.roleplay.store import ProgressStore

__all__ = ["ChoosePage", "ScriptStats", "script_stats"]

COLUMNS = 6


@dataclass(frozen=True)
class ScriptStats:
    """One trainee's record on one script."""

    best: float | None = None  # best finished total (None: never finished)
    attempts: int = 0  # sessions started


def script_stats(store: ProgressStore | None, trainee: str) -> dict[str, ScriptStats]:
    """Best finished total and number of sessions started, per script id, of ``trainee``."""
    stats: dict[str, ScriptStats] = {}
    if store is None or not trainee:
        return stats
    for row in store.sessions(trainee):
        old = stats.get(row.script_id, ScriptStats())
        best = old.best
        if row.total is not None and (best is None or row.total > best):
            best = row.total
        stats[row.script_id] = ScriptStats(best, old.attempts + 1)
    return stats


class _SortItem(QTableWidgetItem):
    """A cell that sorts by a number stored under ``UserRole + 1``."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        key = Qt.ItemDataRole.UserRole + 1
        a, b = self.data(key), other.data(key)
        if a is not None and b is not None:
            return a < b
        return self.text() < other.text()


class ChoosePage(QWidget):
    """Pick the trainee and a script; emits :attr:`scriptChosen` with the script."""

    scriptChosen = Signal(object)  # noqa: N815 (Qt signal naming)
    traineeChanged = Signal(str)  # noqa: N815

    def __init__(
        self,
        scripts: Sequence[Script],
        broken: Sequence[BrokenScript],
        store: ProgressStore | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scripts = sorted(scripts, key=lambda s: (s.lang != "zh", s.difficulty, s.id))
        self.broken = list(broken)
        self.store = store
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.trainee = QComboBox(self)
        self.trainee.setEditable(True)
        self.trainee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.trainee.setMinimumWidth(200)
        self.trainee.currentTextChanged.connect(self._trainee_changed)
        self.language = QComboBox(self)
        self.difficulty = QComboBox(self)
        for combo in (self.language, self.difficulty):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.trainee_label, self.language_label = QLabel(self), QLabel(self)
        self.difficulty_label = QLabel(self)
        form = QHBoxLayout()
        form.addWidget(self.trainee_label)
        form.addWidget(self.trainee)
        form.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.language_label)
        filters.addWidget(self.language)
        filters.addSpacing(12)
        filters.addWidget(self.difficulty_label)
        filters.addWidget(self.difficulty)
        filters.addStretch(1)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the scripts' own order
        self.table.itemDoubleClicked.connect(lambda _item: self.choose())
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.broken_note = QLabel(self)
        self.broken_note.setWordWrap(True)
        self.broken_note.setTextFormat(Qt.TextFormat.RichText)
        self.broken_note.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.broken_note.setMaximumWidth(300)
        self.broken_note.setStyleSheet(
            "background: #fff8e1; border: 1px solid #e6cf85; padding: 6px;"
        )
        self.broken_note.setVisible(bool(self.broken))
        self.next_button = QPushButton(self)
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.choose)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.broken_note, 0, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(filters)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._stats: dict[str, ScriptStats] = {}
        self.retranslate()

    # -- trainee -----------------------------------------------------------------------------
    def set_trainees(self, names: Sequence[str], current: str) -> None:
        """Fill the trainee combo with ``names`` (known trainees) and select ``current``."""
        self.trainee.blockSignals(True)
        self.trainee.clear()
        for name in dict.fromkeys([*names, current] if current else names):
            self.trainee.addItem(name)
        self.trainee.setCurrentText(current)
        self.trainee.blockSignals(False)
        self._trainee_changed(current)

    def current_trainee(self) -> str:
        return self.trainee.currentText().strip()

    def _trainee_changed(self, name: str) -> None:
        self.refresh()
        self._selection_changed()
        self.traineeChanged.emit(name.strip())

    # -- the table ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the rows (after a session, best scores and attempts change)."""
        self._stats = script_stats(self.store, self.current_trainee())
        selected = self.selected_script()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.scripts))
        for row, script in enumerate(self.scripts):
            record = self._stats.get(script.id, ScriptStats())
            best, attempts = record.best, record.attempts
            stars = "★" * script.difficulty + "☆" * (3 - script.difficulty)
            cells = [
                (script.title, None),
                ("中文" if script.lang == "zh" else "English", None),
                (stars, script.difficulty),
                (self._intent(script), None),
                ("—" if best is None else f"{best:.0f}", -1 if best is None else best),
                (str(attempts), attempts),
            ]
            for col, (text, key) in enumerate(cells):
                item = _SortItem(text)
                item.setData(Qt.ItemDataRole.UserRole, script.id)
                item.setData(Qt.ItemDataRole.UserRole + 1, key)
                if col == 0:
                    item.setToolTip(script.description or script.title)
                if col == 3:
                    item.setToolTip("、".join(script.skills))
                self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.apply_filters()
        if selected is not None:
            self.select(selected.id)

    def apply_filters(self) -> None:
        lang = self.language.currentData()
        level = self.difficulty.currentData()
        for row in range(self.table.rowCount()):
            script = self._script_at(row)
            hide = script is None or (lang and script.lang != lang)
            hide = hide or (level and script.difficulty != level)
            self.table.setRowHidden(row, bool(hide))

    def visible_scripts(self) -> list[str]:
        return [
            s.id
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row) and (s := self._script_at(row)) is not None
        ]

    def select(self, script_id: str) -> None:
        for row in range(self.table.rowCount()):
            script = self._script_at(row)
            if script is not None and script.id == script_id:
                self.table.selectRow(row)
                return

    def selected_script(self) -> Script | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self._script_at(rows[0].row()) if rows else None

    def choose(self) -> None:
        script = self.selected_script()
        if script is not None and self.current_trainee():
            self.scriptChosen.emit(script)

    def _script_at(self, row: int) -> Script | None:
        item = self.table.item(row, 0)
        sid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((s for s in self.scripts if s.id == sid), None)

    def _selection_changed(self) -> None:
        self.next_button.setEnabled(
            self.selected_script() is not None and bool(self.current_trainee())
        )

    def _intent(self, script) -> str:
        """The script's intent (售前 / 物流 / 售后 / 投诉); scripts without one: by structure."""
        names = {
            "presale": self.tr("Pre-sale"),
            "logistics": self.tr("Logistics"),
            "aftersale": self.tr("After-sale"),
            "complaint": self.tr("Complaint"),
        }
        if script.intent is not None:
            return names[script.intent]
        return {"complaint": names["complaint"], "fabe": names["presale"]}.get(
            script.structure, self.tr("Question")
        )

    # -- labels ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a customer to practise with"))
        self.trainee_label.setText(self.tr("Trainee"))
        self.trainee.lineEdit().setPlaceholderText(self.tr("Your name (type a new one to add it)"))
        self.language_label.setText(self.tr("Language"))
        self.difficulty_label.setText(self.tr("Difficulty"))
        for combo, items in (
            (self.language, [(self.tr("All"), ""), ("中文", "zh"), ("English", "en")]),
            (
                self.difficulty,
                [(self.tr("All"), 0), ("★", 1), ("★★", 2), ("★★★", 3)],
            ),
        ):
            index = max(0, combo.currentIndex())
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Script"),
                self.tr("Language"),
                self.tr("Difficulty"),
                self.tr("Intent"),
                self.tr("Your best"),
                self.tr("Attempts"),
            ]
        )
        self.next_button.setText(self.tr("Read the brief →"))
        if self.broken:
            lines = "".join(f"<li>{escape(b.error)}</li>" for b in self.broken)
            self.broken_note.setText(
                "<b>" + escape(self.tr("Script files that could not be loaded")) + "</b>"
                f"<ul style='margin-left:-20px'>{lines}</ul>"
                + escape(self.tr("Fix them (kefulab validate FILE) to see them here."))
            )
        for row in range(self.table.rowCount()):
            script = self._script_at(row)
            if script is not None and self.table.item(row, 3) is not None:
                self.table.item(row, 3).setText(self._intent(script))
        self.apply_filters()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
