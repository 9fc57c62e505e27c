"""Page 3, "Results": every KPI with its 95% CI, the charts, the hourly table, exports.

It shows the latest :class:`~gui.run_state.RunOutcome` of the window's
:class:`~gui.run_state.RunState`: a watched run (one replication, no interval) or a set of
replications (mean and 95% CI). KPI labels, units, formats and the definitions in the tooltips
come from the KPI catalogue; the charts are :mod:`simulator.charts` figures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.pages.results.charts import ChartTabs
from gui.pages.results.export import export_csv, export_json, export_png
from gui.pages.results.hourly_table import HourlyTable
from gui.pages.results.kpi_table import KpiTable
from gui.run_state import RunOutcome, RunState
from gui.shipped import display_name
from gui.widgets.message_bar import MessageBar
from simulator.common.errors import InputError


class ResultsPage(QWidget):
    """Shows the window's latest run outcome."""

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.run_state = RunState.of(document)
        self.outcome: RunOutcome | None = None
        self.message_bar = MessageBar(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.kpis = KpiTable(self)
        self.charts = ChartTabs(self)
        self.hourly = HourlyTable(self)
        self.charts.addTab(self.hourly, "")
        self.charts.currentChanged.connect(self._tab_changed)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.kpis)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.csv_button = QPushButton(self)
        self.json_button = QPushButton(self)
        self.png_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.json_button.clicked.connect(lambda: self.export_json())
        self.png_button.clicked.connect(lambda: self.export_png())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.csv_button, self.json_button, self.png_button):
            buttons.addWidget(b)
        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addWidget(self.heading)
        page.addWidget(self.note)
        page.addWidget(split, 1)
        page.addLayout(buttons)
        self.run_state.resultsReady.connect(self.show_outcome)
        document.scenarioChanged.connect(lambda _: self._show_heading())
        self.retranslate()
        self.show_outcome(self.run_state.latest)

    @property
    def lang(self) -> str:
        return current_language()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Results"))
        self.kpis.set_headers(self.tr("KPI"), self.tr("Value"), self.tr("95% CI"))
        self.charts.set_titles(
            {
                "day_profile": self.tr("Day profile"),
                "frt_distribution": self.tr("First response times"),
                "funnel": self.tr("Funnel"),
            }
        )
        self.charts.setTabText(self.charts.indexOf(self.hourly), self.tr("Hourly table"))
        self.hourly.set_headers(
            [
                self.tr("Day"),
                self.tr("Hour"),
                self.tr("Arrivals"),
                self.tr("Handoffs"),
                self.tr("Queue (avg)"),
                self.tr("Agents typing (avg)"),
                self.tr("Agents on duty"),
                self.tr("Overtime agents (avg)"),
                self.tr("FRT mean (s)"),
            ]
        )
        self.csv_button.setText(self.tr("Export CSV…"))
        self.json_button.setText(self.tr("Export JSON…"))
        self.png_button.setText(self.tr("Export PNG…"))
        self._show_heading()
        if self.outcome is not None:
            self.kpis.show_replications(self.outcome.replications, self.lang)
            self._draw_charts()  # redrawn when their tab is next shown

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # showing -------------------------------------------------------------------------------
    def show_outcome(self, outcome: RunOutcome | None) -> None:
        """Show ``outcome`` (``None``: the empty page)."""
        self.outcome = outcome
        self.kpis.show_replications(outcome.replications if outcome else None, self.lang)
        self.hourly.show_series(outcome.watched.hourly if outcome and outcome.watched else None)
        self._draw_charts()
        self._show_heading()
        for b in (self.csv_button, self.json_button):
            b.setEnabled(outcome is not None)
        self._tab_changed()

    def _draw_charts(self) -> None:
        o = self.outcome
        runs = [o.watched] if o is not None and o.watched is not None else []
        self.charts.show_runs(runs, o.scenario if o else None, self.lang)

    def _show_heading(self) -> None:
        o = self.outcome
        if o is None:
            self.heading.setText(self.tr("No results yet"))
            self.note.setText(self.tr("Run the scenario on the Run and watch page."))
            return
        name = display_name(getattr(self.document, "path", None), o.scenario.name, self.lang)
        if self.document.scenario != o.scenario:
            name = o.scenario.name
        n = len(o.replications.runs)
        self.heading.setText(
            self.tr("{name} · seed {seed} · replications: {n}").format(name=name, seed=o.seed, n=n)
        )
        if n < 2:
            note = self.tr("One run: no confidence interval (run replications for one).")
        else:
            note = self.tr("Mean over the replications with its 95% confidence interval.")
        if o.watched is not None:
            note += " " + self.tr("Charts and the hourly table show the watched run.")
        else:
            note += " " + self.tr("Charts need a watched run of this scenario and seed.")
        if self.document.scenario != o.scenario:
            note = (
                self.tr(
                    "These results are for an earlier version of the scenario: it has changed "
                    "since. Run it again for results of the scenario as it is now."
                )
                + " "
                + note
            )
            self.note.setStyleSheet("color: #a0522d;")
        else:
            self.note.setStyleSheet("")
        self.note.setText(note)

    def _tab_changed(self) -> None:
        on_chart = self.charts.currentWidget() is not self.hourly
        self.png_button.setEnabled(
            self.outcome is not None and self.outcome.watched is not None and on_chart
        )

    # exports -------------------------------------------------------------------------------
    def _ask(self, caption: str, suffix: str, filters: str) -> Path | None:
        stem = self.outcome.scenario.name.replace(" ", "_") if self.outcome else "results"
        name, _ = QFileDialog.getSaveFileName(self, caption, f"{stem}{suffix}", filters)
        return Path(name) if name else None

    def _export(self, action) -> bool:
        try:
            action()
        except (OSError, InputError) as exc:  # the writers turn OSError into one InputError line
            self.message_bar.show_error(self.tr("Cannot write: {error}").format(error=exc))
            return False
        return True

    def export_json(self, path: Path | None = None) -> Path | None:
        """Write the KPIs as ``kefulab run --json`` does (asks for a file when none given)."""
        if self.outcome is None:
            return None
        path = path or self._ask(self.tr("Export JSON"), ".json", self.tr("JSON (*.json)"))
        if path and self._export(lambda: export_json(path, self.outcome)):
            self.message_bar.show_info(self.tr("Wrote {files}").format(files=path))
            return path
        return None

    def export_csv(self, path: Path | None = None) -> list[Path]:
        """Write the KPI table, per-replication KPIs and the hourly series as CSV."""
        if self.outcome is None:
            return []
        path = path or self._ask(self.tr("Export CSV"), ".csv", self.tr("CSV (*.csv)"))
        written: list[Path] = []
        if path and self._export(lambda: written.extend(export_csv(path, self.outcome, self.lang))):
            self.message_bar.show_info(
                self.tr("Wrote {files}").format(files=", ".join(map(str, written)))
            )
        return written

    def export_png(self, path: Path | None = None) -> Path | None:
        """Save the chart in the current tab as PNG."""
        key = self.charts.current_key()
        if self.outcome is None or key is None:
            return None
        path = path or self._ask(self.tr("Export PNG"), f"_{key}.png", self.tr("PNG (*.png)"))
        figure = self.charts.ensure_drawn(key)
        if path and self._export(lambda: export_png(path, figure)):
            self.message_bar.show_info(self.tr("Wrote {files}").format(files=path))
            return path
        return None
