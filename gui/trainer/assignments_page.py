"""The assignments page: a supervisor assigns scripts; a trainee sees theirs first; the team view.

``AssignmentsPage(store, scripts, trainee)``: the form assigns a script to a trainee with a due
date and a pass mark (``ProgressStore.assign``); "My assignments" lists the current trainee's
(theirs first, as the issue asks); the team table lists everyone's with the status today
(not started / in progress / overdue / passed, counted above it) and can be filtered by status.
Double-clicking an assignment emits :attr:`scriptChosen` with its script.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.trainer.history_export import HistoryExport
from simulator.common.errors import KefuLabError
from simulator.roleplay.scoring import PASS_MARK
from simulator.roleplay.script_schema import Script
from simulator.roleplay.store import STATUSES, Assignment, ProgressStore

__all__ = ["AssignmentsPage"]

# status colours: text, background
STATUS_COLOURS = {
    "not_started": ("#5b6270", "#eef0f3"),
    "in_progress": ("#8a5a00", "#fff3d6"),
    "overdue": ("#b3261e", "#fde3e1"),
    "passed": ("#1b5e20", "#dcf1dd"),
}
TEAM_COLUMNS = ("trainee", "script", "due", "pass_mark", "status", "best", "attempts", "by")
MINE_COLUMNS = TEAM_COLUMNS[1:]


class AssignmentsPage(QWidget):
    """Assign scripts, see one's own assignments first, and the team's status.

    Args:
        store: the progress store (``None``: the page is read-only and empty).
        scripts: the scripts that can be assigned.
        trainee: the trainee using the window (their assignments are shown first).
    """

    scriptChosen = Signal(object)  # noqa: N815 (Qt signal naming) - a Script
    assignmentAdded = Signal(int)  # noqa: N815 - the new assignment's id

    def __init__(
        self,
        store: ProgressStore | None,
        scripts: Sequence[Script] = (),
        trainee: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stale = False
        self.store = store
        self.scripts = {s.id: s for s in scripts}
        self.trainee = trainee or None
        self.rows: list[Assignment] = []

        self.form_box = QGroupBox(self)
        self.script_label, self.trainee_label = QLabel(self), QLabel(self)
        self.due_label, self.mark_label, self.by_label = QLabel(self), QLabel(self), QLabel(self)
        self.script_box = QComboBox(self)
        lang = current_language()
        for script in sorted(scripts, key=lambda s: (s.lang != lang, s.difficulty, s.id)):
            self.script_box.addItem(f"{script.title}  ({script.id})", script.id)
        self.trainee_box = QComboBox(self)
        self.trainee_box.setEditable(True)
        self.trainee_box.setMinimumWidth(140)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(7), self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setMinimumDate(QDate.currentDate())  # a due date in the past is a typo
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.mark_spin = QSpinBox(self)
        self.mark_spin.setRange(0, 100)
        self.mark_spin.setValue(PASS_MARK)
        self.by_edit = QLineEdit(self)
        self.by_edit.setMinimumWidth(150)
        self.assign_button = QPushButton(self)
        self.assign_button.setDefault(True)
        self.assign_button.clicked.connect(self.assign)
        self.form_error = QLabel(self)
        self.form_error.setStyleSheet("color: #b3261e;")
        self.form_error.hide()
        grid = QGridLayout(self.form_box)
        pairs = (
            (self.script_label, self.script_box),
            (self.trainee_label, self.trainee_box),
            (self.due_label, self.due_edit),
            (self.mark_label, self.mark_spin),
            (self.by_label, self.by_edit),
        )
        for col, (label, field) in enumerate(pairs):
            grid.addWidget(label, 0, col)
            grid.addWidget(field, 1, col)
        grid.setColumnStretch(0, 3)
        grid.addWidget(self.assign_button, 1, len(pairs))
        grid.addWidget(self.form_error, 2, 0, 1, len(pairs) + 1)

        self.mine_box = QGroupBox(self)
        self.mine_table = _table(self.mine_box, len(MINE_COLUMNS))
        self.mine_empty = QLabel(self.mine_box)
        self.mine_empty.setStyleSheet("color: #5b6270;")
        mine = QVBoxLayout(self.mine_box)
        mine.addWidget(self.mine_empty)
        mine.addWidget(self.mine_table)

        self.team_box = QGroupBox(self)
        self.counts = QLabel(self.team_box)
        self.filter_box = QComboBox(self.team_box)
        self.team_table = _table(self.team_box, len(TEAM_COLUMNS))
        self.export = HistoryExport(self.team_box)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.filter_box)
        bar.addWidget(self.export.result)
        bar.addWidget(self.export.button)
        team = QVBoxLayout(self.team_box)
        team.addLayout(bar)
        team.addWidget(self.team_table)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form_box)
        layout.addWidget(self.mine_box, 1)
        layout.addWidget(self.team_box, 2)

        self.filter_box.currentIndexChanged.connect(lambda _i: self._fill_team())
        self.mine_table.cellDoubleClicked.connect(lambda r, _c: self._choose(self.mine_table, r))
        self.team_table.cellDoubleClicked.connect(lambda r, _c: self._choose(self.team_table, r))
        self.form_box.setEnabled(store is not None)
        self.retranslate()
        self.set_trainee(trainee)

    # -- public ------------------------------------------------------------------------------
    def set_trainee(self, name: str | None) -> None:
        """The trainee using the window: their assignments first, the form's default trainee."""
        self.trainee = name or None
        names = self.store.trainees() if self.store is not None else []
        self.trainee_box.clear()
        self.trainee_box.addItems(names)
        self.trainee_box.setCurrentText(name or "")
        self.refresh()

    def refresh(self) -> None:
        """Re-read the assignments (statuses are as of today)."""
        self.rows = self.store.assignments() if self.store is not None else []
        mine = [a for a in self.rows if self.trainee and a.trainee == self.trainee]
        self._fill(self.mine_table, mine, MINE_COLUMNS)
        self.mine_table.setVisible(bool(mine))
        self.mine_empty.setVisible(not mine)
        self._fill_team()
        self.export.set_source(self.store, None)
        self._retitle()

    def assign(self) -> int | None:
        """Assign the form's script; return the new assignment's id (None on bad input)."""
        if self.store is None:
            return None
        due = self.due_edit.date().toPython()
        try:
            ident = self.store.assign(
                self.script_box.currentData() or "",
                self.trainee_box.currentText().strip(),
                due,
                self.mark_spin.value(),
                self.by_edit.text().strip(),
            )
        except KefuLabError as exc:
            self.form_error.setText(str(exc))
            self.form_error.show()
            return None
        self.form_error.clear()
        self.form_error.hide()
        self.refresh()
        self.assignmentAdded.emit(ident)
        return ident

    def status_counts(self) -> dict[str, int]:
        """How many assignments have each status (the team view's counts)."""
        return {s: sum(a.status == s for a in self.rows) for s in STATUSES}

    # -- tables ------------------------------------------------------------------------------
    def _fill_team(self) -> None:
        wanted = self.filter_box.currentData()
        rows = [a for a in self.rows if not wanted or a.status == wanted]
        rows.sort(key=lambda a: a.trainee != self.trainee)  # the trainee's own first (stable)
        self._fill(self.team_table, rows, TEAM_COLUMNS)
        counts = self.status_counts()
        parts = [self.tr("Assigned: {n}").format(n=len(self.rows))]
        parts += [f"{self._status_name(s)}: {counts[s]}" for s in STATUSES]
        self.counts.setText("   ·   ".join(parts))

    def _fill(self, table: QTableWidget, rows: list[Assignment], columns: Sequence[str]) -> None:
        table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            for c, key in enumerate(columns):
                item = QTableWidgetItem(self._cell(a, key))
                item.setData(Qt.ItemDataRole.UserRole, a.script_id)
                if key == "status":
                    fg, bg = STATUS_COLOURS[a.status]
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                if key in ("pass_mark", "best", "attempts"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _cell(self, a: Assignment, key: str) -> str:
        if key == "script":
            script = self.scripts.get(a.script_id)
            return f"{script.title} ({a.script_id})" if script else a.script_id
        if key == "status":
            return self._status_name(a.status)
        if key == "best":
            return "—" if a.best_score is None else f"{a.best_score:.0f}"
        value = {
            "trainee": a.trainee,
            "due": a.due.isoformat(),
            "pass_mark": str(a.pass_mark),
            "attempts": str(a.attempts),
            "by": a.assigned_by,
        }
        return value[key]

    def _choose(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        script = self.scripts.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if script is not None:
            self.scriptChosen.emit(script)

    # -- language ----------------------------------------------------------------------------
    def _status_name(self, status: str) -> str:
        return {
            "not_started": self.tr("Not started"),
            "in_progress": self.tr("In progress"),
            "overdue": self.tr("Overdue"),
            "passed": self.tr("Passed"),
        }[status]

    def _headers(self) -> dict[str, str]:
        return {
            "trainee": self.tr("Trainee"),
            "script": self.tr("Script"),
            "due": self.tr("Due"),
            "pass_mark": self.tr("Pass mark"),
            "status": self.tr("Status"),
            "best": self.tr("Best"),
            "attempts": self.tr("Attempts"),
            "by": self.tr("Assigned by"),
        }

    def _retitle(self) -> None:
        if self.trainee:
            self.mine_box.setTitle(self.tr("My assignments ({name})").format(name=self.trainee))
        else:
            self.mine_box.setTitle(self.tr("My assignments"))

    def retranslate(self) -> None:
        self.form_box.setTitle(self.tr("Assign a script (supervisor)"))
        self.script_label.setText(self.tr("Script"))
        self.trainee_label.setText(self.tr("Trainee"))
        self.due_label.setText(self.tr("Due"))
        self.mark_label.setText(self.tr("Pass mark"))
        self.by_label.setText(self.tr("Assigned by"))
        self.by_edit.setPlaceholderText(self.tr("supervisor's name"))
        self.assign_button.setText(self.tr("Assign"))
        self.mine_empty.setText(self.tr("Nothing assigned to you."))
        self.team_box.setTitle(self.tr("Team"))
        heads = self._headers()
        self.team_table.setHorizontalHeaderLabels([heads[k] for k in TEAM_COLUMNS])
        self.mine_table.setHorizontalHeaderLabels([heads[k] for k in MINE_COLUMNS])
        current = self.filter_box.currentIndex()
        self.filter_box.blockSignals(True)
        self.filter_box.clear()
        self.filter_box.addItem(self.tr("All statuses"), "")
        for status in STATUSES:
            self.filter_box.addItem(self._status_name(status), status)
        self.filter_box.setCurrentIndex(max(0, current))
        self.filter_box.blockSignals(False)
        self.export.retranslate()
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.isVisible():
                self.refresh()
            else:  # a hidden page re-reads the store when it is shown
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table
