"""The 24-hour grid of a staffing plan: load, analytic / simulated / current headcount, and
what the plan achieved, with over- and under-staffed hours coloured."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from simulator.experiments.staffing import HourPlan, StaffingPlan
from simulator.metrics.catalogue import kpi_info

#: background of an hour the current schedule under- or over-staffs against the plan
UNDER_COLOUR = "#f6c9c5"
OVER_COLOUR = "#fbe3b0"
MISS_COLOUR = "#c62828"
COLUMNS = (
    "hour",
    "handoffs",
    "analytic",
    "simulated",
    "current",
    "sla",
    "abandon",
    "sla_now",
    "abandon_now",
)


@dataclass(frozen=True)
class Staffing:
    """How the current schedule compares with the simulated plan in one hour."""

    hour: int
    gap: int  # current - simulated: < 0 under-staffed, > 0 over-staffed

    @property
    def kind(self) -> str:
        return "under" if self.gap < 0 else "over" if self.gap > 0 else "ok"


def staffing_of(hour: HourPlan) -> Staffing:
    return Staffing(hour.hour, hour.current_agents - hour.simulated_agents)


class PlanTable(QTableWidget):
    """One row per hour of day; the current headcount cell coloured by :func:`staffing_of`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(24, len(COLUMNS), parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.plan: StaffingPlan | None = None

    def retranslate(self) -> None:
        """Headers and their tooltips in the current language (the plan is shown again)."""
        headers = [
            (self.tr("Hour"), ""),
            (self.tr("Handoffs/h"), self.tr("Chats handed to agents per hour (current schedule)")),
            (self.tr("Erlang"), self.tr("Agents needed by the Erlang C/A formula")),
            (self.tr("Simulated"), self.tr("Agents needed, checked in simulation: the plan")),
            (self.tr("Current"), self.tr("Agents on duty in the scenario now")),
            (self.tr("FRT SLA"), self.tr("First replies within the threshold with the plan")),
            (self.tr("Abandoned"), self.tr("Handed-off chats abandoned with the plan")),
            (
                self.tr("SLA now"),
                self.tr("First replies within the threshold with the current schedule"),
            ),
            (
                self.tr("Abandoned now"),
                self.tr("Handed-off chats abandoned with the current schedule"),
            ),
        ]
        self.setHorizontalHeaderLabels([text for text, _ in headers])
        for col, (_, tip) in enumerate(headers):
            self.horizontalHeaderItem(col).setToolTip(tip)

    def _tips(self) -> dict[str, str]:
        return {
            "under": self.tr("Under-staffed now: {n} agents fewer than the plan"),
            "over": self.tr("Over-staffed now: {n} agents more than the plan"),
            "miss": self.tr("The plan still misses a target here: raise the iterations."),
            "miss_now": self.tr("The current schedule misses this target in this hour."),
            "unreachable": self.tr(
                "Out of reach even with many agents (few chats, long first replies)."
            ),
        }

    def show_plan(self, plan: StaffingPlan | None, lang: str) -> None:
        """Fill the grid (``None``: hours only)."""
        self.plan = plan
        tips = self._tips()
        sla, abandon = kpi_info("frt_sla"), kpi_info("abandon_rate")
        for h in range(24):
            self.setItem(h, 0, _cell(f"{h:02d}:00", align_left=True))
            if plan is None:
                for col in range(1, len(COLUMNS)):
                    self.setItem(h, col, _cell(""))
                continue
            hour = sorted(plan.hours, key=lambda x: x.hour)[h]
            mark, tip = "", ""
            if not hour.meets:
                mark, tip = (
                    (" †", tips["unreachable"]) if not hour.reachable else (" ✗", tips["miss"])
                )
            cells = [
                f"{hour.handoffs_per_hour:,.0f}",
                str(hour.analytic_agents),
                str(hour.simulated_agents),
                str(hour.current_agents),
                _share(sla, hour.achieved_frt_sla, lang) + mark,
                _share(abandon, hour.achieved_abandon, lang),
                _share(sla, hour.current_frt_sla, lang),
                _share(abandon, hour.current_abandon, lang),
            ]
            for col, text in enumerate(cells, start=1):
                self.setItem(h, col, _cell(text))
            if mark:
                item = self.item(h, COLUMNS.index("sla"))
                item.setForeground(QBrush(QColor(MISS_COLOUR)))
                item.setToolTip(tip)
            # the current schedule's misses, marked at the target that fails
            targets = plan.targets
            now = (
                ("sla_now", hour.current_frt_sla < targets.frt_sla),
                ("abandon_now", hour.current_abandon > targets.max_abandon),
            )
            for col, missed in now:
                if missed:
                    item = self.item(h, COLUMNS.index(col))
                    item.setText(item.text() + " ✗")
                    item.setForeground(QBrush(QColor(MISS_COLOUR)))
                    item.setToolTip(tips["miss_now"])
            state = staffing_of(hour)
            if state.kind != "ok":
                colour = UNDER_COLOUR if state.kind == "under" else OVER_COLOUR
                for col in (COLUMNS.index("current"), 0):
                    item = self.item(h, col)
                    item.setBackground(QBrush(QColor(colour)))
                    item.setToolTip(tips[state.kind].format(n=abs(state.gap)))
        self.resizeColumnsToContents()

    def cell_text(self, row: int, col: str) -> str:
        item = self.item(row, COLUMNS.index(col))
        return item.text() if item is not None else ""

    def background(self, row: int, col: str) -> str:
        """The cell's background colour name (``""``: none), for tests."""
        brush = self.item(row, COLUMNS.index(col)).background()
        return brush.color().name() if brush.style() != Qt.BrushStyle.NoBrush else ""


def _share(info, value: float, lang: str) -> str:
    return "–" if math.isnan(value) else info.format(value, lang)


def _cell(text: str, align_left: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    align = Qt.AlignmentFlag.AlignLeft if align_left else Qt.AlignmentFlag.AlignRight
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return item
