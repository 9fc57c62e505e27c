"""The Sweep page's grid controls: one or two fields (readable names) and their values."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from gui.pages.sweep.fields import SweepField, parse_values, sweepable_fields
from simulator.common.errors import KefuLabError
from simulator.scenario.schema import Scenario

#: the field the first chooser starts on, when the scenario has it
DEFAULT_FIELD = "agents.concurrency"
#: second fields tried for a small 2 x 2 grid (the snapshot's), in order
SMALL_GRID_FIELDS = (
    "agents.reply_time.mean_s",
    "handoff.warm_read_s",
    "economics.agent_cost_per_hour",
)


class GridBox(QGroupBox):
    """Two field choosers (the second may be "none") with a grid text each, in the CLI's
    grammar; a newly chosen field starts with a small grid around its current value."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: list[SweepField] = []
        self.combos = [QComboBox(self), QComboBox(self)]
        self.edits = [QLineEdit(self), QLineEdit(self)]
        self.field_labels = [QLabel(self), QLabel(self)]
        self.values_labels = [QLabel(self), QLabel(self)]
        form = QFormLayout(self)
        for i in range(2):
            self.combos[i].setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.combos[i].currentIndexChanged.connect(lambda _=0, n=i: self._field_chosen(n))
            form.addRow(self.field_labels[i], self.combos[i])
            form.addRow(self.values_labels[i], self.edits[i])
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")
        form.addRow(self.help)

    def field(self, path: str) -> SweepField | None:
        return next((f for f in self.fields if f.path == path), None)

    def set_scenario(self, scenario: Scenario, lang: str) -> None:
        """Offer the scenario's sweepable fields, keeping the current choices if still there."""
        chosen = [self.chosen_path(i) for i in range(2)]
        self.fields = sweepable_fields(scenario)
        for i, combo in enumerate(self.combos):
            blocked = combo.blockSignals(True)
            combo.clear()
            if i == 1:
                combo.addItem(self.tr("(none)"), "")
            for f in self.fields:
                combo.addItem(f.label(lang), f.path)
                combo.setItemData(combo.count() - 1, f.path, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(chosen[i]) if chosen[i] else -1
            if index < 0:
                index = max(combo.findData(DEFAULT_FIELD), 0) if i == 0 else 0
            combo.setCurrentIndex(index)
            combo.blockSignals(blocked)
            if chosen[i] != self.chosen_path(i) or not self.edits[i].text():
                self._field_chosen(i)
        self.changed.emit()

    def chosen_path(self, i: int) -> str:
        """The dotted path chosen in chooser ``i`` (``""``: none)."""
        return self.combos[i].currentData() or ""

    def choose(self, i: int, path: str, values: str) -> None:
        """Choose field ``i`` and its grid text, as a user would."""
        index = self.combos[i].findData(path)
        if index < 0:
            raise ValueError(f"{path!r} is not a sweepable field of this scenario")
        self.combos[i].setCurrentIndex(index)
        self.edits[i].setText(values)

    def choose_small_grid(self) -> bool:
        """Two values of the chosen field and of a second one (False: no second field)."""
        first = self.chosen_path(0)
        paths = [f.path for f in self.fields]
        second = next((p for p in SMALL_GRID_FIELDS if p in paths and p != first), "")
        if not first or not second:
            return False
        self.choose(1, second, self.field(second).suggested_grid().rsplit(",", 1)[0])
        values = self.edits[0].text().split(",")
        self.edits[0].setText(",".join(values[1:] if len(values) > 2 else values))
        return True

    def _field_chosen(self, i: int) -> None:
        field = self.field(self.chosen_path(i))
        self.edits[i].setEnabled(field is not None)
        self.edits[i].setText(field.suggested_grid() if field is not None else "")
        self.changed.emit()

    def grid(self) -> dict[str, list]:
        """The grid the controls describe.

        Raises:
            KefuLabError: a bad grid text (the CLI's one-line message), or one field twice.
        """
        grid: dict[str, list] = {}
        for i in range(2):
            path = self.chosen_path(i)
            if not path:
                continue
            if path in grid:
                raise KefuLabError(self.tr("Choose two different fields."))
            grid[path] = parse_values(path, self.edits[i].text())
        return grid

    def retranslate(self, lang: str) -> None:
        self.setTitle(self.tr("Fields and values"))
        self.field_labels[0].setText(self.tr("Field 1 (across):"))
        self.field_labels[1].setText(self.tr("Field 2 (up):"))
        for label in self.values_labels:
            label.setText(self.tr("Values:"))
        self.help.setText(
            self.tr(
                "Values as on the command line: a list (2,3,4 or true,false) or a range "
                "START:STOP:STEP (8:16:2 gives 8, 10, 12, 14, 16)."
            )
        )
        for combo in self.combos:
            for row in range(combo.count()):
                field = self.field(combo.itemData(row))
                combo.setItemText(row, field.label(lang) if field else self.tr("(none)"))
