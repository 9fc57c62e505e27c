"""The watched run's hourly series as a table (day, hour, then one column per series)."""

from __future__ import annotations

import math
from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from simulator.model.records import HourlySeries

SERIES: tuple[str, ...] = tuple(f.name for f in fields(HourlySeries))
#: decimals shown per series (counts as integers, averages with one decimal)
DECIMALS: dict[str, int] = {"arrivals": 0, "handoffs": 0, "agents_on_duty": 0}


class HourlyTable(QTableWidget):
    """Rows are simulated hours; columns day, hour of day and the :class:`HourlySeries`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2 + len(SERIES), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)

    def set_headers(self, headers: list[str]) -> None:
        self.setHorizontalHeaderLabels(headers)
        self.resizeColumnsToContents()

    def show_series(self, hourly: HourlySeries | None) -> None:
        if hourly is None:
            self.setRowCount(0)
            return
        hours = int(hourly.arrivals.size)
        self.setRowCount(hours)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for h in range(hours):
            cells = [str(h // 24 + 1), f"{h % 24:02d}:00"]
            for name in SERIES:
                v = float(getattr(hourly, name)[h])
                cells.append("–" if math.isnan(v) else f"{v:,.{DECIMALS.get(name, 1)}f}")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(align)
                self.setItem(h, col, item)
        self.resizeColumnsToContents()
