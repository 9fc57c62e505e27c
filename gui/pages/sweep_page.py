"""Page 5, "Sweep": the editor's scenario over a grid of one or two fields' values.

Fields come from :func:`gui.pages.sweep.fields.sweepable_fields` (catalogue names, never dotted
paths on screen); grids use the CLI's grammar (``v1,v2,...`` or ``start:stop:step``, parsed by
:func:`simulator.experiments.sweep.parse_grid`). :func:`simulator.experiments.sweep.run_sweep`
runs in a :class:`~gui.workers.ProcessJob`: a local process pool of the settings' worker count,
or a Dask scheduler when an address is given. Rows finished so far are shown as they arrive and
kept when the sweep is cancelled. The chart is the heat map of the chosen KPI
(:mod:`gui.pages.sweep.chart`), under it the table of every point.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.pages.job_page import JobPage
from gui.pages.sweep.chart import draw_sweep
from gui.pages.sweep.grid_box import GridBox
from gui.pages.sweep.job import sweep_job
from gui.pages.sweep.table import SweepTable
from gui.shipped import display_name
from gui.widgets.message_bar import MessageBar
from gui.workers import ProcessJob
from simulator.charts import DEFAULT_COMPARE_KPIS
from simulator.common.errors import KefuLabError
from simulator.common.runcontrol import Progress
from simulator.experiments.sweep import SweepResult
from simulator.metrics.catalogue import KPIS
from simulator.scenario.schema import Scenario

#: the KPI coloured first, as ``kefulab sweep --heatmap`` does without ``--kpi``
DEFAULT_HEATMAP_KPI = "profit"
REFRESH_MS = 250  # redraw the table and heat map at most 4 times a second while rows arrive


class SweepPage(JobPage):
    """Grid controls on the left; the heat map and the table of points on the right."""

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(document, settings, parent)
        self.result: SweepResult | None = None
        self._run: tuple[Scenario, dict, int, int, str] | None = None
        self._rows: list[dict] = []
        self._total = 0
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._show_partial)
        document.scenarioChanged.connect(self._scenario_changed)
        self._scenario_changed(document.scenario)
        self.retranslate()
        self._update_buttons()

    # layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.grid_box = GridBox(self)
        self.grid_box.changed.connect(self._update_buttons)
        self.field_combos, self.grid_edits = self.grid_box.combos, self.grid_box.edits

        self.run_box = QGroupBox(self)
        self.replications = QSpinBox(self)
        self.replications.setRange(1, 500)
        self.replications.setValue(3)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.workers = QSpinBox(self)
        self.workers.setRange(1, 256)
        self.workers.setValue(self.settings.worker_count())
        self.workers.valueChanged.connect(self.settings.set_worker_count)
        self.scheduler = QLineEdit(self)
        self.scheduler.textChanged.connect(lambda _: self._update_buttons())
        self.reps_label, self.seed_label = QLabel(self), QLabel(self)
        self.workers_label, self.scheduler_label = QLabel(self), QLabel(self)
        run_form = QFormLayout(self.run_box)
        run_form.addRow(self.reps_label, self.replications)
        run_form.addRow(self.seed_label, self.seed)
        run_form.addRow(self.workers_label, self.workers)
        run_form.addRow(self.scheduler_label, self.scheduler)
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.grid_box)
        column.addWidget(self.run_box)
        column.addLayout(buttons)
        column.addWidget(self.bar)
        column.addWidget(self.status)
        column.addStretch(1)

        self.kpi_label = QLabel(self)
        self.kpi = QComboBox(self)
        for name in KPIS:
            self.kpi.addItem(name, name)
        self.kpi.setCurrentIndex(list(KPIS).index(DEFAULT_HEATMAP_KPI))
        self.kpi.currentIndexChanged.connect(lambda _: self.show_result(self.result))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        kpi_row = QHBoxLayout()
        kpi_row.addWidget(self.kpi_label)
        kpi_row.addWidget(self.kpi)
        kpi_row.addWidget(self.heading, 1)
        self.figure = Figure(figsize=(7.0, 4.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(360, 240)
        self.table = SweepTable(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setSizes([480, 260])
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addLayout(kpi_row)
        right_column.addWidget(split, 1)

        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(1, 1)
        body.setSizes([340, 900])
        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addWidget(body, 1)

    @property
    def finished_rows(self) -> list[dict]:
        """Rows of the running (or last) sweep received so far, in the order they finished."""
        return list(self._rows)

    # fields --------------------------------------------------------------------------------
    def _scenario_changed(self, scenario: Scenario) -> None:
        self.grid_box.set_scenario(scenario, self.lang)

    def chosen_path(self, i: int) -> str:
        """The dotted path chosen in field chooser ``i`` (``""``: none)."""
        return self.grid_box.chosen_path(i)

    def choose(self, i: int, path: str, values: str) -> None:
        """Choose field ``i`` and its grid text (as a user would; tests use it)."""
        self.grid_box.choose(i, path, values)

    # running -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Run the sweep of the editor's scenario (False: not started; why is in the bar)."""
        if self.job is not None:
            return False
        try:
            grid = self.grid_box.grid()
        except KefuLabError as exc:
            self.message_bar.show_exception(exc)
            return False
        self.message_bar.clear()
        scenario, reps, seed = self.document.scenario, self.replications.value(), self.seed.value()
        self._total = reps
        for values in grid.values():
            self._total *= len(values)
        path = getattr(self.document, "path", None)
        source = str(path) if path is not None else ""
        self._run = (scenario, grid, reps, seed, source)
        self._rows = []
        scheduler = self.scheduler.text().strip()
        workers = max(1, min(self.workers.value(), self._total))
        job = ProcessJob(
            sweep_job,
            scenario,
            grid,
            reps,
            seed,
            scheduler=scheduler,
            source=source,
            workers=workers,
        )
        self.bar.setRange(0, self._total)
        self.bar.setValue(0)
        where = scheduler or self.tr("{n} worker processes").format(n=workers)
        self.set_status(
            lambda: self.tr("Starting: {runs} runs on {where}…").format(
                runs=self._total, where=where
            )
        )
        self.show_result(None)
        self.run_job(job)
        return True

    def _on_progress(self, event: Progress) -> None:
        self.bar.setValue(min(event.done, self.bar.maximum()))
        self.set_status(
            lambda: self.tr("{done} of {total} runs done").format(
                done=event.done, total=event.total
            )
        )
        if isinstance(event.partial, dict):
            self._rows.append(event.partial)
            if not self._refresh_timer.isActive():
                self._refresh_timer.start()

    def _partial_result(self, rows: list[dict]) -> SweepResult | None:
        if self._run is None:
            return None
        scenario, grid, reps, seed, source = self._run
        rows = sorted(rows, key=lambda r: (r["point"], r["replication"]))
        return SweepResult.from_rows(scenario, grid, reps, seed, rows, source)

    def _show_partial(self) -> None:
        if self.job is not None and self._rows:
            self.show_result(self._partial_result(self._rows))

    def _on_done(self, result: SweepResult) -> None:
        self._refresh_timer.stop()
        self.set_status(lambda: self.tr("Done: {n} runs.").format(n=len(result.rows)))
        self.show_result(result)

    def _on_cancelled(self, rows: list) -> None:
        self._refresh_timer.stop()
        result = self._partial_result(list(rows or []))
        self.set_status(
            lambda: self.tr(
                "Cancelled: {done} of {total} runs finished; they are kept below."
            ).format(done=len(rows or []), total=self._total)
        )
        self.show_result(result if result is not None and result.rows else None)

    def _on_failed(self, exc: Exception) -> None:
        self._refresh_timer.stop()
        self.set_failed(exc)

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.run_button.setEnabled(not running and bool(self.chosen_path(0)))
        self.cancel_button.setEnabled(running)
        for w in (self.grid_box, self.replications, self.seed, self.scheduler):
            w.setEnabled(not running)
        self.workers.setEnabled(not running and not self.scheduler.text().strip())

    # snapshots (``kefulab gui --snapshot``) -------------------------------------------------
    def snapshot_states(self) -> tuple[str, ...]:
        return ("swept",)

    def show_snapshot_state(self, state: str) -> None:
        """A small 2 x 2 sweep of the editor's scenario (run once, for every language)."""
        if self.result is not None or self.job is not None:
            return
        if not self.grid_box.choose_small_grid():
            return
        self.replications.setValue(1)
        if self.start():
            self.wait_for_job()

    # showing -------------------------------------------------------------------------------
    def chosen_kpi(self) -> str:
        return self.kpi.currentData() or DEFAULT_HEATMAP_KPI

    def table_kpis(self) -> list[str]:
        """The chosen KPI first, then the KPIs a shop owner looks at first."""
        first = self.chosen_kpi()
        return [first, *(k for k in DEFAULT_COMPARE_KPIS if k != first)]

    def show_result(self, result: SweepResult | None) -> None:
        """Show ``result`` (finished, partial or ``None``) in the heat map and the table."""
        self.result = result
        lang = self.lang
        drawn = draw_sweep(self.figure, result, self.chosen_kpi(), lang)
        self.canvas.draw_idle()
        self.table.show_result(result, self.table_kpis(), lang, self.tr("Runs"))
        if not drawn:
            self.heading.setText(self.tr("No sweep yet: choose fields and their values, then Run."))
        else:
            self.heading.setText(
                self.tr(
                    "{name} · {points} points · replications per point: {reps} · seed {seed}"
                ).format(
                    name=display_name(
                        Path(result.scenario) if result.scenario else None, result.name, lang
                    ),
                    points=len(result.points),
                    reps=result.replications,
                    seed=result.seed,
                )
            )

    def retranslate(self) -> None:
        super().retranslate()
        lang = self.lang
        self.grid_box.retranslate(lang)
        self.run_box.setTitle(self.tr("Run"))
        self.reps_label.setText(self.tr("Replications per point:"))
        self.seed_label.setText(self.tr("Seed:"))
        self.workers_label.setText(self.tr("Worker processes:"))
        self.scheduler_label.setText(self.tr("Dask scheduler:"))
        self.scheduler.setPlaceholderText(self.tr("optional, e.g. tcp://10.0.0.5:8786"))
        self.scheduler.setToolTip(
            self.tr("Run on a Dask cluster instead of local processes (kefulab[cluster]).")
        )
        self.run_button.setText(self.tr("Run sweep"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.kpi_label.setText(self.tr("KPI:"))
        for row in range(self.kpi.count()):
            info = KPIS[self.kpi.itemData(row)]
            self.kpi.setItemText(row, info.label(lang))
            self.kpi.setItemData(row, info.definition(lang), Qt.ItemDataRole.ToolTipRole)
        self.show_result(self.result)
