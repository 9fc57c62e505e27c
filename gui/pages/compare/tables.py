"""The Compare page's tables: paired differences per KPI, and the ROI of each alternative.

Labels, units and formats come from the KPI catalogue; a significant change is marked ``*``
and coloured as the report colours it (:func:`simulator.report.content.change_style`).
"""

from __future__ import annotations

import math
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from simulator.experiments.compare import Comparison
from simulator.experiments.paired import PairedDiff
from simulator.experiments.roi import PER_DAY_ITEMS, QUALITY_ITEMS, RoiRow
from simulator.metrics.catalogue import KPIS, kpi_info
from simulator.report.content import change_style

#: Text colour of a significant change, by :func:`change_style`.
STYLE_COLOURS = {"better": "#1a7f37", "worse": "#c62828", "significant": "#1f4e79"}
SIGNIFICANT_MARK = "*"
#: Longest scenario name shown whole in a column header.
HEADER_NAME_CHARS = 22


def diff_text(diff: PairedDiff | None, kpi: str, lang: str) -> tuple[str, str, str]:
    """A paired change as (value with its significance mark, 95% CI, style)."""
    if diff is None or math.isnan(diff.mean):
        return "–", "", ""
    info = kpi_info(kpi)
    text = info.format_estimate(diff.mean, diff.lo, diff.hi, lang, delta=True)
    mark = SIGNIFICANT_MARK if diff.significant else ""
    return text.value + mark, text.ci, change_style(diff, info)


def _item(text: str, tooltip: str = "", style: str = "", numeric: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    if style in STYLE_COLOURS:
        item.setForeground(QBrush(QColor(STYLE_COLOURS[style])))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class _Table(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)

    def _fit(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.columnCount():
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

    def set_header(self, labels: list[str], names: list[str]) -> None:
        """Column headers; a scenario name longer than :data:`HEADER_NAME_CHARS` wraps onto
        two lines (shortened in the middle beyond that), the full text is the tooltip."""
        self.setColumnCount(len(labels))
        for col, (label, name) in enumerate(zip(labels, names, strict=True)):
            item = QTableWidgetItem(label.replace("{name}", header_name(name)))
            item.setToolTip(label.replace("{name}", name))
            self.setHorizontalHeaderItem(col, item)

    def cell_text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""


class DifferencesTable(_Table):
    """One row per KPI: the baseline's mean and 95% CI, then each alternative's paired
    difference from the baseline with its CI (two lines per cell)."""

    def show_comparison(self, comparison: Comparison | None, lang: str) -> None:
        """Fill the table (``None`` empties it)."""
        self.clear()
        if comparison is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        names = comparison.names
        header = [self.tr("KPI"), "{name}\n" + self.tr("baseline")]
        header += ["{name}\n" + self.tr("minus the baseline") for _ in names[1:]]
        self.setRowCount(len(KPIS))
        self.set_header(header, ["", *names])
        for row, (kpi, info) in enumerate(KPIS.items()):
            label = _item(info.label(lang), info.definition(lang), numeric=False)
            label.setData(Qt.ItemDataRole.UserRole, kpi)
            self.setItem(row, 0, label)
            est = comparison.per_scenario(kpi)[0]
            base = info.format_estimate(est.mean, est.lo, est.hi, lang)
            self.setItem(row, 1, _item(_two_lines(base.value, base.ci), info.definition(lang)))
            for col, diff in enumerate(comparison.diff_vs_first(kpi)[1:], start=2):
                value, ci, style = diff_text(diff, kpi, lang)
                self.setItem(row, col, _item(_two_lines(value, ci), info.definition(lang), style))
        self._fit()

    def difference_text(self, kpi: str, alternative: int = 1) -> str:
        """The shown change of ``kpi`` for alternative number ``alternative`` (1 = first)."""
        return self.cell_text(list(KPIS).index(kpi), 1 + alternative).split("\n")[0]


def header_name(name: str, width: int = HEADER_NAME_CHARS) -> str:
    """``name`` in at most two lines of about ``width`` characters; a longer name keeps its
    start and its end (where names of variants differ) around an ellipsis."""
    if len(name) > 2 * width:
        name = name[: width - 1] + "…" + name[-width:]
    lines = textwrap.wrap(name, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join(lines)


def _two_lines(value: str, ci: str) -> str:
    return f"{value}\n{ci}" if ci else value


class RoiTable(_Table):
    """Return on investment: each money item's change per day and per month, the quality
    changes, the one-off cost and the payback period with its 95% CI, per alternative."""

    def show_rows(self, rows: list[RoiRow], lang: str) -> None:
        """Fill the table with one pair of columns (per day, per month) per alternative."""
        self.clear()
        header, names = [self.tr("Item")], [""]
        for row in rows:
            header += ["{name}\n" + self.tr("per day"), "{name}\n" + self.tr("per month")]
            names += [row.alternative, row.alternative]
        items = [*PER_DAY_ITEMS, *QUALITY_ITEMS]
        self.setRowCount(len(items) + 2 if rows else 0)
        if not rows:
            self.setColumnCount(0)
            return
        self.set_header(header, names)
        for r, item in enumerate(items):
            info = kpi_info(item)
            self.setItem(r, 0, _item(info.label(lang), info.definition(lang), numeric=False))
        n = len(items)
        self.setItem(n, 0, _item(self.tr("One-off cost"), numeric=False))
        self.setItem(
            n + 1,
            0,
            _item(
                self.tr("Payback period"),
                self.tr("One-off cost divided by the daily profit gain, with its 95% CI"),
                numeric=False,
            ),
        )
        for k, roi in enumerate(rows):
            day_col, month_col = 1 + 2 * k, 2 + 2 * k
            month = roi.per_month
            for r, item in enumerate(items):
                if item in roi.per_day:
                    self.setItem(r, day_col, _diff_item(roi.per_day[item], item, lang))
                    self.setItem(r, month_col, _diff_item(month[item], item, lang))
                else:
                    self.setItem(r, day_col, _diff_item(roi.quality[item], item, lang))
                    self.setItem(r, month_col, _item(""))
            self.setItem(n, day_col, _item(kpi_info("cost").format(roi.one_off_cost, lang)))
            self.setItem(n, month_col, _item(""))
            self.setItem(n + 1, day_col, _item(*self.payback_text(roi)))
            self.setItem(n + 1, month_col, _item(""))
        self._fit()

    def payback_text(self, roi: RoiRow) -> tuple[str, str, str]:
        """The payback period as (text with its CI, tooltip, style)."""
        if roi.one_off_cost <= 0:
            return self.tr("no one-off cost"), "", ""
        if not roi.pays_back:
            return self.tr("never (no profit gain)"), "", "worse"
        text = self.tr("{days} days").format(days=f"{roi.payback_days:,.0f}")
        lo, hi = roi.payback_ci95
        if not (math.isnan(lo) or math.isnan(hi)):
            hi_text = "∞" if math.isinf(hi) else f"{hi:,.0f}"
            text += f"\n[{lo:,.0f}, {hi_text}]"
        return text, "", ""

    def payback(self, alternative: int = 1) -> str:
        """The shown payback period of alternative number ``alternative``."""
        return self.cell_text(self.rowCount() - 1, 2 * alternative - 1)


def _diff_item(diff: PairedDiff, kpi: str, lang: str) -> QTableWidgetItem:
    value, ci, style = diff_text(diff, kpi, lang)
    return _item(_two_lines(value, ci), kpi_info(kpi).definition(lang), style)
