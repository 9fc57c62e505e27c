"""Page 8, "Calibrate": fit the scenario's demand to a shop's hourly history CSV.

The CSV is read with :func:`simulator.experiments.history.read_history` (a bad file shows its
one-line error in the message bar). The fit (:mod:`gui.pages.calibrate.fit`: ``calibrate`` as
``kefulab calibrate`` runs it, on the editor's scenario as the base, then a replay of the fitted
scenario) runs in a :class:`~gui.workers.GeneratorWorker`, never on the UI thread. The page
shows history against simulation per hour of day (chart and table) and saves the fitted
scenario as YAML (:func:`simulator.scenario.loader.scenario_to_yaml`) or opens it in the editor.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui.pages.calibrate.fit import CalibrationFit, fit_history
from gui.pages.calibrate.fit_chart import FitWords, draw_fit
from gui.pages.calibrate.fit_summary import FitSummary
from gui.pages.calibrate.fit_table import FitTable
from gui.pages.job_page import JobPage
from gui.scenario_edit import scenario_to_yaml
from gui.shipped import display_name, is_shipped
from gui.widgets.message_bar import MessageBar
from gui.workers import GeneratorWorker
from simulator.common.data import history_example
from simulator.common.errors import InputError
from simulator.experiments.history import HourRow, read_history

SNAPSHOT_TIMEOUT_MS = 300_000


class CalibratePage(JobPage):
    """Open a history, fit it, compare, save or open the fitted scenario."""

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(document, settings, parent)
        self.history_path: Path | None = None
        self.rows: list[HourRow] = []
        self.fit: CalibrationFit | None = None
        self.saved_path: Path | None = None
        self._stage = ""
        self._build()
        document.scenarioChanged.connect(lambda _: self._show_base())
        self.retranslate()

    # layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.open_button = QPushButton(self)
        self.example_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.seed_label = QLabel(self)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.open_button.clicked.connect(self.open_dialog)
        self.example_button.clicked.connect(lambda: self.open_history(history_example()))
        self.fit_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        for w in (self.open_button, self.example_button, self.seed_label, self.seed):
            top.addWidget(w)
        top.addWidget(self.fit_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.base_label = QLabel(self)
        self.base_label.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 1)
        self.busy.setValue(0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.summary = FitSummary(self)

        self.figure = Figure(figsize=(6.5, 6.0), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(380, 360)
        self.table = FitTable(self)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.canvas)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([590, 520])

        self.save_button = QPushButton(self)
        self.editor_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_dialog)
        self.editor_button.clicked.connect(self.open_in_editor)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.editor_button)
        bottom.addStretch(1)

        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addLayout(top)
        page.addWidget(self.file_label)
        page.addWidget(self.base_label)
        page.addWidget(self.busy)
        page.addWidget(self.status)
        page.addWidget(self.summary)
        page.addWidget(split, 1)
        page.addLayout(bottom)

    def _base_name(self) -> str:
        doc = self.document
        return display_name(getattr(doc, "path", None), doc.scenario.name, self.lang)

    def _show_base(self) -> None:
        self.base_label.setText(
            self.tr("Everything but demand comes from the scenario in the editor: {name}").format(
                name=self._base_name()
            )
        )

    # opening and fitting -------------------------------------------------------------------
    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open hourly history"), "", self.tr("Hourly history (*.csv)")
        )
        if name:
            self.open_history(Path(name))

    def open_history(self, path: str | Path) -> bool:
        """Read a history CSV and fit it; a bad file's one-line error goes to the message bar."""
        if self.job is not None:
            return False
        path = Path(path)
        try:
            rows = read_history(path)
        except InputError as exc:
            self.message_bar.show_exception(exc)
            return False
        self.message_bar.clear()
        self.history_path, self.rows = path, rows
        self.show_fit(None)
        self._show_file()
        return self.start()

    def _show_file(self) -> None:
        if self.history_path is None:
            self.file_label.setText(self.tr("No history open: open an hourly export (CSV)."))
            return
        days = len({r.day for r in self.rows})
        self.file_label.setText(
            self.tr("History: {file} ({hours} hourly rows, {days} days)").format(
                file=self.history_path.name, hours=len(self.rows), days=days
            )
        )

    def start(self) -> bool:
        """Fit the open history off the UI thread (False: nothing open, or already fitting)."""
        if self.job is not None or not self.rows or self.history_path is None:
            return False
        self.message_bar.clear()
        base_file = getattr(self.document, "path", None)
        base_name = base_file.name if base_file is not None else self.document.scenario.name
        worker = GeneratorWorker(
            fit_history,
            self.rows,
            self.document.scenario,
            self.history_path.name,
            base_name,
            self.seed.value(),
        )
        self.busy.setRange(0, 0)  # busy: calibrate reports no steps
        self.busy.show()
        self.run_job(worker)
        return True

    def _on_yielded(self, stage: str) -> None:
        self._stage = stage
        self._show_stage()

    def _show_stage(self) -> None:
        self.set_status(self._stage_text)

    def _stage_text(self) -> str:
        texts = {
            "fit": self.tr("Fitting volume, hourly profile and promo days (pilot runs)…"),
            "simulate": self.tr("Simulating the fitted scenario to compare with the history…"),
            "done": self.tr("Fitted."),
            "cancelled": self.tr("Cancelled; no fit."),
        }
        return texts.get(self._stage, "")

    def _on_done(self, fit: CalibrationFit) -> None:
        self._stage = "done"
        self._show_stage()
        self.saved_path = None
        self.show_fit(fit)

    def _on_failed(self, exc: Exception) -> None:
        self._stage = "failed"
        self.set_failed(exc)

    def _on_aborted(self) -> None:
        self._stage = "cancelled"
        self._show_stage()

    def _on_job_ended(self) -> None:
        self.busy.setRange(0, 1)
        self.busy.hide()

    def _update_buttons(self) -> None:
        running = self.job is not None
        for button in (self.open_button, self.example_button):
            button.setEnabled(not running)
        self.fit_button.setEnabled(not running and bool(self.rows))
        self.cancel_button.setEnabled(running)
        self.save_button.setEnabled(not running and self.fit is not None)
        self.editor_button.setEnabled(not running and self.fit is not None)

    # saving --------------------------------------------------------------------------------
    def ask_save_path(self) -> Path | None:
        """Where to save the fitted scenario (tests monkeypatch this); None when cancelled."""
        start = (
            self.history_path.with_suffix(".yaml").name if self.history_path else "calibrated.yaml"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save fitted scenario"), start, self.tr("Scenario files (*.yaml *.yml)")
        )
        return Path(name) if name else None

    def save_dialog(self) -> bool:
        path = self.ask_save_path()
        return self.save(path) if path is not None else False

    def save(self, path: str | Path) -> bool:
        """Write the fitted scenario as YAML to ``path`` (never over a shipped scenario)."""
        if self.fit is None:
            return False
        path = Path(path)
        if path.suffix not in (".yaml", ".yml"):
            path = path.with_suffix(".yaml")
        if is_shipped(path):
            self.message_bar.show_error(
                self.tr("{path}: shipped scenarios are read-only; choose another name").format(
                    path=path
                )
            )
            return False
        try:
            path.write_text(scenario_to_yaml(self.fit.scenario), encoding="utf-8")
        except OSError as exc:
            self.message_bar.show_error(f"{path}: {exc.strerror or exc}")
            return False
        self.saved_path = path
        self.settings.add_recent_file(path)
        self.message_bar.show_info(self.tr("Saved the fitted scenario to {path}").format(path=path))
        return True

    def open_in_editor(self) -> bool:
        """Replace the editor's scenario with the fitted one, as one undoable edit."""
        if self.fit is None:
            return False
        if not self.document.load_yaml_text(scenario_to_yaml(self.fit.scenario)):
            self.message_bar.show_error(self.tr("Cannot open the fitted scenario in the editor."))
            return False
        self.message_bar.show_info(
            self.tr("The fitted scenario is in the editor; Undo brings the previous one back.")
        )
        window = self.window()
        if window is not self and callable(getattr(window, "show_page", None)):
            window.show_page("scenario")
        return True

    # snapshots (``kefulab gui --snapshot``) -------------------------------------------------
    def snapshot_states(self) -> tuple[str, ...]:
        return ("fitted",)

    def show_snapshot_state(self, state: str) -> None:
        """The shipped example shop fitted (once, for every language)."""
        if self.fit is not None or self.job is not None:
            return
        if self.open_history(history_example()):
            self.wait_for_job(SNAPSHOT_TIMEOUT_MS)

    # showing -------------------------------------------------------------------------------
    def _words(self) -> FitWords:
        return FitWords(
            history=self.tr("History"),
            simulated=self.tr("Fitted scenario, simulated"),
            hour_of_day=self.tr("Hour of day"),
            titles={
                "sessions": self.tr("Sessions per hour"),
                "handoffs": self.tr("Handed off to agents per hour"),
                "first_response_s": self.tr("Mean first response (s)"),
            },
            no_history=self.tr("not in the history"),
        )

    def show_fit(self, fit: CalibrationFit | None) -> None:
        """Show ``fit`` in the chart, the table and the summary (``None``: empty)."""
        self.fit = fit
        draw_fit(self.figure, fit, self._words(), self.lang)
        self.canvas.draw_idle()
        self.table.show_fit(fit)
        self.summary.show_fit(fit)
        self._update_buttons()

    def retranslate(self) -> None:
        super().retranslate()
        self.open_button.setText(self.tr("Open history CSV…"))
        self.example_button.setText(self.tr("Open the example shop"))
        self.seed_label.setText(self.tr("Seed:"))
        self.fit_button.setText(self.tr("Fit again"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save fitted scenario…"))
        self.editor_button.setText(self.tr("Open in the editor"))
        self.table.set_headers(
            [
                self.tr("Hour"),
                self.tr("Sessions\nhistory"),
                self.tr("Sessions\nfit"),
                self.tr("Handoffs\nhistory"),
                self.tr("Handoffs\nfit"),
                self.tr("First response (s)\nhistory"),
                self.tr("First response (s)\nfit"),
            ]
        )
        self._show_file()
        self._show_base()
        self.show_fit(self.fit)
