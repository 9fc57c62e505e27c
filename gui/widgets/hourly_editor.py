"""24 hourly values edited as a bar chart (click or drag a bar) and as a one-row table."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simulator.charts.fonts import chart_style

HOURS = 24


class HourlyEditor(QWidget):
    """Bar chart plus table of 24 values; emits :attr:`edited` once per finished edit.

    Args:
        integer: values are whole numbers (headcounts) rather than weights.
    """

    edited = Signal(list)

    def __init__(self, integer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.integer = integer
        self.values: list[float] = [0.0] * HOURS
        self.overlay: list[float] | None = None
        self.ylabel = ""
        self._dragging = False
        self._updating = False
        with chart_style("zh"):  # texts made here keep the CJK font (axis label in Chinese)
            self.figure = Figure(figsize=(7.5, 2.0), dpi=90)
            self.axes = self.figure.add_subplot()
            self._build_axes()
        # fixed margins: a constrained layout would re-run on every redraw of an edit
        self.figure.subplots_adjust(left=0.07, right=0.99, top=0.95, bottom=0.14)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(140)  # the agents tab fits 1360x860 without scrolling
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.mpl_connect("button_press_event", self._press)
        self.canvas.mpl_connect("motion_notify_event", self._motion)
        self.canvas.mpl_connect("button_release_event", self._release)
        self.table = QTableWidget(1, HOURS, self)
        self.table.setHorizontalHeaderLabels([f"{h}" for h in range(HOURS)])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.itemChanged.connect(self._cell_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.table)
        self._redraw()

    # public ---------------------------------------------------------------------------------
    def set_values(self, values: Sequence[float], overlay: Sequence[float] | None = None) -> None:
        """Show ``values`` (24); ``overlay`` is drawn as a line for reference (e.g. demand)."""
        if len(values) != HOURS:
            raise ValueError(f'"values" needs {HOURS} entries, got {len(values)}')
        shown = [float(v) for v in values]
        if shown == self.values and self.table.item(0, 0) is not None and overlay == self.overlay:
            return
        self.values = [float(v) for v in values]
        self.overlay = list(overlay) if overlay is not None else None
        self._updating = True
        for hour, value in enumerate(self.values):
            item = QTableWidgetItem(self._format(value))
            self.table.setItem(0, hour, item)
        self._updating = False
        self.table.resizeRowsToContents()
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + self.table.rowHeight(0) + frame + 2)
        self._redraw()

    def mark_hours(self, hours: set[int]) -> None:
        """Give the cells of ``hours`` a red background (the values at fault)."""
        self._updating = True
        for hour in range(HOURS):
            item = self.table.item(0, hour)
            if item is not None:
                item.setBackground(QColor("#f6c6c2") if hour in hours else QBrush())
        self._updating = False

    def set_row_label(self, text: str) -> None:
        self.table.setVerticalHeaderLabels([text])

    def set_axis_label(self, text: str) -> None:
        self.ylabel = text
        self._redraw()

    def hour_at(self, x: float) -> int | None:
        hour = int(round(x))
        return hour if 0 <= hour < HOURS else None

    # drawing --------------------------------------------------------------------------------
    def _format(self, value: float) -> str:
        if self.integer or abs(value) >= 100:
            return f"{value:.0f}"
        return f"{value:g}"

    def _top(self) -> float:
        top = max(max(self.values), max(self.overlay or [0.0]), 1.0)
        return top * 1.35

    def _build_axes(self) -> None:
        """The bars, overlay line and axis decorations, made once (redraws only update them)."""
        self.bars = self.axes.bar(range(HOURS), [0.0] * HOURS, width=0.8, color="#4a7bd0")
        (self.overlay_line,) = self.axes.step(
            range(HOURS), [0.0] * HOURS, where="mid", color="#d0704a", lw=1.2
        )
        self.overlay_line.set_visible(False)
        self.axes.set_xlim(-0.6, HOURS - 0.4)
        self.axes.set_xticks(range(0, HOURS, 3))
        self.axes.grid(True, axis="y", alpha=0.3)
        self.axes.grid(False, axis="x")
        self.axes.spines[["top", "right"]].set_visible(False)

    def _redraw(self, keep_limits: bool = False) -> None:
        ylim = self.axes.get_ylim() if keep_limits else (0.0, self._top())
        for bar, value in zip(self.bars, self.values, strict=True):
            bar.set_height(value if value == value else 0.0)  # NaN (a bad cell) draws as 0
        if self.overlay is not None:
            self.overlay_line.set_ydata(self.overlay)
        self.overlay_line.set_visible(self.overlay is not None)
        self.axes.set_ylim(*ylim)
        self.axes.set_ylabel(self.ylabel)
        self.canvas.draw_idle()

    # mouse editing --------------------------------------------------------------------------
    def _apply_mouse(self, event: MouseEvent) -> None:
        if event.inaxes is not self.axes or event.xdata is None or event.ydata is None:
            return
        hour = self.hour_at(event.xdata)
        if hour is None:
            return
        value = max(0.0, float(event.ydata))
        value = float(round(value)) if self.integer else round(value, 2)
        self.values[hour] = value
        self._updating = True
        self.table.setItem(0, hour, QTableWidgetItem(self._format(value)))
        self._updating = False
        self._redraw(keep_limits=True)

    def _press(self, event: MouseEvent) -> None:
        if event.button == 1 and event.inaxes is self.axes:
            self._dragging = True
            self._apply_mouse(event)

    def _motion(self, event: MouseEvent) -> None:
        if self._dragging:
            self._apply_mouse(event)

    def _release(self, event: MouseEvent) -> None:
        if self._dragging:
            self._dragging = False
            self.edited.emit(self._emitted())

    # table editing --------------------------------------------------------------------------
    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._updating:
            return
        try:
            value = float(item.text().replace(",", ""))
        except ValueError:
            value = float("nan")
        self.values[item.column()] = value
        self.edited.emit(self._emitted())

    def _emitted(self) -> list[float | int]:
        if self.integer:
            return [int(v) if v == v and float(v).is_integer() else v for v in self.values]
        return list(self.values)
