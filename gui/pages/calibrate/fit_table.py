"""The calibration table: per hour of day, each measure in the history and in simulation."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from gui.pages.calibrate.fit import SERIES, CalibrationFit

#: decimals per series: sessions and handoffs per hour are averages over days
DECIMALS = {"sessions": 1, "handoffs": 1, "first_response_s": 1}


class FitTable(QTableWidget):
    """24 rows (hour of day); two columns (history, simulated) per measure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(24, 1 + 2 * len(SERIES), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))

    def show_fit(self, fit: CalibrationFit | None) -> None:
        for h in range(24):
            self.setItem(h, 0, _cell(f"{h:02d}:00", left=True))
            for n, name in enumerate(SERIES):
                series = fit.series_of(name) if fit is not None else None
                for k in range(2):
                    text = ""
                    if series is not None:
                        value = (series.history, series.simulated)[k][h]
                        text = "–" if math.isnan(value) else f"{value:,.{DECIMALS[name]}f}"
                    self.setItem(h, 1 + 2 * n + k, _cell(text))
        self.resizeColumnsToContents()

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""


def _cell(text: str, left: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    align = Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item
