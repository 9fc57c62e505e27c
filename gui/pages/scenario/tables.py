"""Bindings for the table-like fields: hourly profile and schedule, entry points, skill groups."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.pages.scenario.fields import Binding, describe, field_of
from gui.widgets.hourly_editor import HourlyEditor
from simulator.scenario.schema import INTENTS

CONTEXT = "ScenarioTables"
INTENT_LABELS = {
    "presale": QT_TRANSLATE_NOOP("ScenarioTables", "Pre-sale"),
    "logistics": QT_TRANSLATE_NOOP("ScenarioTables", "Logistics"),
    "aftersale": QT_TRANSLATE_NOOP("ScenarioTables", "After-sale"),
    "complaint": QT_TRANSLATE_NOOP("ScenarioTables", "Complaint"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _hours(path: str, diagnostics: list[Any]) -> set[int]:
    """Hours named by diagnostics such as ``agents.schedule[3]``."""
    hours = set()
    for diag in diagnostics:
        rest = field_of(diag)[len(path) :]
        if rest.startswith("[") and "]" in rest and rest[1 : rest.index("]")].isdigit():
            hours.add(int(rest[1 : rest.index("]")]))
    return hours


class _HourlyBinding(Binding):
    """Marks the table (not every child widget) and the cells of the hours at fault."""

    def set_error(self, text: str) -> None:
        self.error = text
        self.widget.table.setStyleSheet(
            "QTableWidget { border: 2px solid #d0342c; }" if text else ""
        )
        self.widget.table.setToolTip(text)
        if not text:
            self.widget.mark_hours(set())

    def show_problems(self, diagnostics: list[Any]) -> None:
        self.set_error("\n".join(describe(d) for d in diagnostics))
        self.widget.mark_hours(_hours(self.path, diagnostics))


def _number(text: str) -> float:
    try:
        return float(text.strip().replace(",", ""))
    except ValueError:
        return float("nan")  # the schema refuses it with a field path


class ProfileBinding(_HourlyBinding):
    """Expected sessions per hour; an edit sets the daily volume and the hourly shape together."""

    def __init__(self) -> None:
        super().__init__("arrivals.hourly_profile", HourlyEditor(integer=False))
        self.widget.edited.connect(self._edited)

    def show(self, scenario: Any) -> None:
        rates = scenario.arrivals.hourly_rates()
        self.widget.set_values([round(r, 1) for r in rates])

    def _edited(self, values: list[float]) -> None:
        total = sum(v for v in values if v == v)
        self.committed.emit(
            {"arrivals.sessions_per_day": round(total, 1), "arrivals.hourly_profile": values}
        )

    def retranslate(self) -> None:
        self.widget.set_row_label(QCoreApplication.translate("ScenarioTables", "Sessions"))
        self.widget.set_axis_label(
            QCoreApplication.translate("ScenarioTables", "sessions per hour")
        )


class ScheduleBinding(_HourlyBinding):
    """Agents scheduled in each hour (a constant headcount is shown as 24 equal bars); on duty
    is this less the shrinkage."""

    def __init__(self) -> None:
        super().__init__("agents.schedule", HourlyEditor(integer=True))
        self.widget.edited.connect(lambda values: self.committed.emit({self.path: values}))

    def show(self, scenario: Any) -> None:
        self.widget.set_values([scenario.agents.scheduled(h) for h in range(24)])

    def retranslate(self) -> None:
        self.widget.set_row_label(QCoreApplication.translate("ScenarioTables", "Agents"))
        self.widget.set_axis_label(QCoreApplication.translate("ScenarioTables", "agents scheduled"))


class _TableBinding(Binding):
    """A table whose whole content is submitted on every edit (mixes must sum to 1)."""

    headers: tuple[str, ...] = ()

    def __init__(self, path: str, rows_editable: bool = False) -> None:
        box = QWidget()
        self.table = QTableWidget(0, len(self.headers), box)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # names whole
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(150)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.add_button = self.remove_button = None
        if rows_editable:
            buttons = QHBoxLayout()
            self.add_button = QPushButton(box)
            self.remove_button = QPushButton(box)
            self.add_button.clicked.connect(self.add_row)
            self.remove_button.clicked.connect(self.remove_row)
            buttons.addWidget(self.add_button)
            buttons.addWidget(self.remove_button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        super().__init__(path, box)
        self.table.itemChanged.connect(lambda _item: self.commit())
        self._filling = False

    def fill(self, rows: list[list[str]]) -> None:
        self._filling = True
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setFixedHeight(min(60 + 30 * max(len(rows), 2), 360))
        self._filling = False

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item is not None else ""

    def named_rows(self) -> Iterator[tuple[int, str]]:
        """Each row with a name in its first cell (a new row counts once it has one)."""
        for r in range(self.table.rowCount()):
            name = self.cell(r, 0).strip()
            if name:
                yield r, name

    def commit(self) -> None:
        if not self._filling:
            super().commit()

    def show(self, scenario: Any) -> None:
        from gui.pages.scenario.fields import value_at

        self.write(value_at(scenario, self.path))

    def set_error(self, text: str) -> None:
        self.error = text
        self.table.setStyleSheet("QTableWidget { border: 2px solid #d0342c; }" if text else "")
        self.table.setToolTip(text)

    def add_row(self) -> None:
        self._filling = True
        self.table.insertRow(self.table.rowCount())
        self._filling = False

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.commit()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([tr(h) for h in self.headers])
        if self.add_button is not None:
            self.add_button.setText(QCoreApplication.translate("ScenarioTables", "Add row"))
            self.remove_button.setText(QCoreApplication.translate("ScenarioTables", "Remove row"))


class EntryPointsBinding(_TableBinding):
    """Entry points: share of sessions and the intent mix of each (rows sum to 1)."""

    headers = (
        QT_TRANSLATE_NOOP("ScenarioTables", "Entry point"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Share"),
        *INTENT_LABELS.values(),
    )

    def __init__(self) -> None:
        super().__init__("arrivals.entry_points")

    def write(self, value: Any) -> None:
        rows = []
        for name, entry in (value or {}).items():
            mix = [f"{entry.intents.get(i, 0.0):g}" for i in INTENTS]
            rows.append([name, f"{entry.share:g}", *mix])
        self.fill(rows)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def read(self) -> Any:
        out = {}
        for r in range(self.table.rowCount()):
            intents = {i: _number(self.cell(r, 2 + k)) for k, i in enumerate(INTENTS)}
            intents = {i: v for i, v in intents.items() if v != 0}
            out[self.cell(r, 0)] = {"share": _number(self.cell(r, 1)), "intents": intents}
        return out


class GroupsBinding(_TableBinding):
    """Skill groups: name, share of each hour's headcount, and the intents the group serves."""

    headers = (
        QT_TRANSLATE_NOOP("ScenarioTables", "Skill group"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Share"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Intents served"),
    )

    def __init__(self) -> None:
        super().__init__("agents.groups", rows_editable=True)

    def write(self, value: Any) -> None:
        rows = [[n, f"{g.share:g}", " ".join(g.intents)] for n, g in (value or {}).items()]
        self.fill(rows)

    def read(self) -> Any:
        out = {}
        for r, name in self.named_rows():
            intents = self.cell(r, 2).replace(",", " ").split()
            out[name] = {"share": _number(self.cell(r, 1)), "intents": intents}
        return out


class ProficiencyBinding(_TableBinding):
    """Proficiency levels: name, share of the agents, and how the level changes the work (an
    empty factor cell is the default: 1 for the factors, 0 for the rating)."""

    headers = (
        QT_TRANSLATE_NOOP("ScenarioTables", "Level"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Share"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Reply time ×"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Resolution ×"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Rating ± (stars)"),
    )
    defaults = (1.0, 1.0, 0.0)

    def __init__(self) -> None:
        super().__init__("agents.proficiency", rows_editable=True)

    def write(self, value: Any) -> None:
        rows = [
            [
                n,
                f"{p.share:g}",
                f"{p.reply_time_factor:g}",
                f"{p.resolution_factor:g}",
                f"{p.csat_effect:g}",
            ]  # fmt: skip
            for n, p in (value or {}).items()
        ]
        self.fill(rows)

    def read(self) -> Any:
        out = {}
        for r, name in self.named_rows():
            factors = [
                _number(text) if (text := self.cell(r, c)).strip() else default
                for c, default in zip((2, 3, 4), self.defaults, strict=True)
            ]
            out[name] = {
                "share": _number(self.cell(r, 1)),
                "reply_time_factor": factors[0],
                "resolution_factor": factors[1],
                "csat_effect": factors[2],
            }
        return out


class _DistWordsDelegate(QStyledItemDelegate):
    """Shows a distribution cell in words (the window's language); editing gives its YAML."""

    def displayText(self, value: Any, locale: Any) -> str:  # noqa: N802 (Qt's name)
        from gui.pages.scenario.dist_edit import dist_words
        from gui.pages.scenario.fields import parse_dist

        try:
            return dist_words(parse_dist(str(value))) or str(value)
        except ValueError:
            return str(value)  # text that is not a distribution yet shows as typed


class IntentsBinding(_TableBinding):
    """Per intent: human resolution, rounds, requests for a human, the chance of an order (and
    what a human and a wait do to it), and how often the customer comes back.

    An edit submits every cell as its own field path, so the intents' other fields are kept; an
    intent that never orders has its order cells empty, and they stay out of the edit.
    """

    headers = (
        QT_TRANSLATE_NOOP("ScenarioTables", "Intent"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Human resolves"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Rounds"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Asks for a human at once"),
        QT_TRANSLATE_NOOP("ScenarioTables", "…after a failed answer"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Order chance"),
        QT_TRANSLATE_NOOP("ScenarioTables", "+ if a human helped"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Wait decay (s)"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Order chance if unresolved"),
        QT_TRANSLATE_NOOP("ScenarioTables", "Comes back if unresolved"),
        QT_TRANSLATE_NOOP("ScenarioTables", "…if resolved"),
    )
    fields = (
        "human_resolution",
        "rounds",
        "request_human.at_start",
        "request_human.after_failure",
        "conversion.base",
        "conversion.human_lift",
        "conversion.wait_decay_s",
        "conversion.lost",
        "recontact.if_unresolved",
        "recontact.if_resolved",
    )

    def __init__(self) -> None:
        super().__init__("intents")
        self.table.setWordWrap(False)  # one line a row: the four intents fit without scrolling
        # eleven columns share the width: their titles wrap onto two lines instead of clipping
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * header.fontMetrics().height() + 10)
        self._words = _DistWordsDelegate(self.table)
        rounds = 1 + self.fields.index("rounds")
        self.table.setItemDelegateForColumn(rounds, self._words)
        header.setSectionResizeMode(rounds, QHeaderView.ResizeMode.ResizeToContents)

    def write(self, value: Any) -> None:
        from gui.pages.scenario.fields import dist_text, value_at

        rows = []
        for intent in INTENTS:
            cells = [QCoreApplication.translate("ScenarioTables", INTENT_LABELS[intent])]
            for field in self.fields:
                v = value_at(value[intent], field)
                cells.append(dist_text(v) if field == "rounds" else "" if v is None else f"{v:g}")
            rows.append(cells)
        self.fill(rows)
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def read(self) -> Any:
        from gui.pages.scenario.fields import parse_dist

        out: dict[str, Any] = {}
        for r, intent in enumerate(INTENTS):
            for c, field in enumerate(self.fields, start=1):
                text = self.cell(r, c).strip()
                if field == "rounds":
                    try:
                        out[f"intents.{intent}.rounds"] = parse_dist(text)
                    except ValueError:
                        out[f"intents.{intent}.rounds"] = text  # the schema names the problem
                elif text or not field.startswith("conversion."):
                    out[f"intents.{intent}.{field}"] = _number(text)
        return out

    def commit(self) -> None:
        if not self._filling:
            self.committed.emit(self.read())

    def retranslate(self) -> None:
        super().retranslate()
        self._filling = True
        for r, intent in enumerate(INTENTS):
            item = self.table.item(r, 0)
            if item is not None:
                item.setText(QCoreApplication.translate("ScenarioTables", INTENT_LABELS[intent]))
        self._filling = False
