"""The Sweep page's table: one row per finished grid point, KPIs as mean and 95% CI."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from simulator.experiments.sweep import SweepResult, format_param
from simulator.metrics.catalogue import kpi_info
from simulator.metrics.fields import field_label


class SweepTable(QTableWidget):
    """Grid values, finished replications, then one column per KPI (mean over CI)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_result(
        self, result: SweepResult | None, kpis: Sequence[str], lang: str, runs_header: str
    ) -> None:
        """Fill the table from ``result.summary()`` (``None``: empty)."""
        self.clear()
        if result is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        paths = list(result.grid)
        headers = [field_label(p, lang) for p in paths] + [runs_header]
        headers += [kpi_info(k).label(lang) for k in kpis]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        for col, path in enumerate(paths):
            self.horizontalHeaderItem(col).setToolTip(path)
        for col, kpi in enumerate(kpis, start=len(paths) + 1):
            self.horizontalHeaderItem(col).setToolTip(kpi_info(kpi).definition(lang))
        runs = {}
        for row in result.rows:
            runs[row["point"]] = runs.get(row["point"], 0) + 1
        summary = result.summary()
        self.setRowCount(len(summary))
        for r, row in enumerate(summary):
            for col, path in enumerate(paths):
                self.setItem(r, col, _cell(format_param(row[path])))
            self.setItem(r, len(paths), _cell(f"{runs.get(row['point'], 0)}/{result.replications}"))
            for col, kpi in enumerate(kpis, start=len(paths) + 1):
                text = kpi_info(kpi).format_estimate(
                    row[kpi], row[f"{kpi}_ci_lo"], row[f"{kpi}_ci_hi"], lang
                )
                self.setItem(r, col, _cell(f"{text.value}\n{text.ci}" if text.ci else text.value))
        self.resizeRowsToContents()

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
