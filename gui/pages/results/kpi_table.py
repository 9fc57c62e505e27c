"""Every KPI with its mean and 95% CI; labels, units and definitions from the KPI catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from simulator.experiments.replications import Replications
from simulator.metrics.catalogue import KPIS, magnitude


class KpiTable(QTableWidget):
    """One row per KPI of the catalogue: name (definition as tooltip), value, 95% CI."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(KPIS), 3, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.reps: Replications | None = None
        self.lang = "en"

    def set_headers(self, kpi: str, value: str, ci: str) -> None:
        self.setHorizontalHeaderLabels([kpi, value, ci])

    def show_replications(self, reps: Replications | None, lang: str) -> None:
        """Fill the table (``None`` empties the values)."""
        self.reps, self.lang = reps, lang
        summary = reps.summary() if reps is not None else {}
        for row, (name, info) in enumerate(KPIS.items()):
            label = QTableWidgetItem(info.label(lang))
            label.setToolTip(info.definition(lang))
            label.setData(Qt.ItemDataRole.UserRole, name)
            self.setItem(row, 0, label)
            est = summary.get(name)
            if est is None:
                value, ci = "", ""
            else:
                scale = magnitude(est.mean, est.lo, est.hi)
                value = info.format(est.mean, lang, scale=scale)
                ci = info.format_ci(est.lo, est.hi, lang, scale=scale)
            for col, text in ((1, value), (2, ci)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(info.definition(lang))
                self.setItem(row, col, item)
        self.setCurrentCell(-1, -1)
        self.fit_width()

    def fit_width(self) -> None:
        """Wide enough for every column, so no KPI name is cut short."""
        self.resizeColumnsToContents()
        columns = sum(self.columnWidth(c) for c in range(self.columnCount()))
        scroll = self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(columns + scroll + 2 * self.frameWidth() + 4)

    def text_of(self, kpi: str) -> tuple[str, str]:
        """The shown value and interval of ``kpi`` (for tests and screenshots)."""
        row = list(KPIS).index(kpi)
        return self.item(row, 1).text(), self.item(row, 2).text()
