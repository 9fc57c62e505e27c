"""Page 4, "Compare": a pinned baseline against alternatives on common random numbers.

The scenarios run with :func:`simulator.experiments.compare.compare_scenarios` in a
:class:`~gui.workers.ProcessJob` (a process pool of ``settings.worker_count()`` processes),
with progress and cancel; a cancelled comparison keeps the replications every scenario
finished. The page shows each KPI's paired difference from the baseline with its 95% CI and
significance mark, the comparison chart (:func:`simulator.charts.comparison_figure`) and the
ROI of each alternative (:func:`simulator.experiments.roi.roi_table`). The latest comparison
is shared with the Report page through :class:`~gui.pages.compare.state.CompareState`.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.pages.compare.candidates_panel import CandidatesPanel
from gui.pages.compare.state import Candidate, CompareState, partial_comparison
from gui.pages.compare.tables import DifferencesTable, RoiTable
from gui.pages.job_page import JobPage
from gui.scenario_edit import scenario_to_yaml
from gui.widgets.message_bar import MessageBar
from gui.workers import ProcessJob
from simulator.charts import comparison_figure
from simulator.common.runcontrol import Progress
from simulator.experiments.compare import Comparison, compare_scenarios
from simulator.experiments.roi import roi_table


class ComparePage(JobPage):
    """Baseline and alternatives on the left; differences, chart and ROI on the right."""

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(document, settings, parent)
        self.state = CompareState.of(document)
        self.comparison: Comparison | None = None
        self._candidates: list[Candidate] = []
        self._partial = False
        self.message_bar = MessageBar(self)
        self.panel = CandidatesPanel(document, self)
        self.panel.failed.connect(self.message_bar.show_error)
        self.panel.loadRequested.connect(self.load_into_editor)
        self.panel.changed.connect(self._update_buttons)
        # run controls
        self.reps_label = QLabel(self)
        self.replications = QSpinBox(self)
        self.replications.setRange(2, 500)
        self.replications.setValue(5)
        self.seed_label = QLabel(self)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        controls = QGridLayout()
        controls.addWidget(self.reps_label, 0, 0)
        controls.addWidget(self.replications, 0, 1)
        controls.addWidget(self.seed_label, 1, 0)
        controls.addWidget(self.seed, 1, 1)
        controls.addWidget(self.run_button, 2, 0)
        controls.addWidget(self.cancel_button, 2, 1)
        controls.addWidget(self.bar, 3, 0, 1, 2)
        controls.addWidget(self.status, 4, 0, 1, 2)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.panel, 1)
        left_column.addLayout(controls)
        # results
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.differences = DifferencesTable(self)
        self.figure = Figure(figsize=(8.0, 5.2), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(420, 300)
        self.roi = RoiTable(self)
        self.roi_note = QLabel(self)
        self.roi_note.setWordWrap(True)
        roi_tab = QWidget(self)
        roi_column = QVBoxLayout(roi_tab)
        roi_column.addWidget(self.roi, 1)
        roi_column.addWidget(self.roi_note)
        self.tabs.addTab(self.differences, "")
        self.tabs.addTab(self.canvas, "")
        self.tabs.addTab(roi_tab, "")
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.heading)
        right_column.addWidget(self.note)
        right_column.addWidget(self.tabs, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 900])
        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addWidget(split, 1)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.retranslate()
        self.show_comparison(self.state.latest)

    # running -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Run the baseline and the alternatives on common random numbers (False: not started)."""
        candidates = self.panel.candidates()
        if self.job is not None:
            return False
        if len(candidates) < 2:
            self.message_bar.show_error(self.tr("Add at least one alternative to compare."))
            return False
        self.message_bar.clear()
        reps = self.replications.value()
        total = len(candidates) * reps
        workers = max(1, min(self.settings.worker_count(), total))
        self._candidates = candidates
        job = ProcessJob(
            compare_scenarios,
            [c.scenario for c in candidates],
            names=[c.name for c in candidates],
            sources=[c.source for c in candidates],
            replications=reps,
            seed=self.seed.value(),
            keep_results=True,  # the Report page draws the funnel and day charts from them
            workers=workers,
        )
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.set_status(lambda: self.tr("Starting worker processes: {n}…").format(n=workers))
        self.run_job(job)
        return True

    def _on_progress(self, event: Progress) -> None:
        self.bar.setValue(min(event.done, self.bar.maximum()))
        self.set_status(
            lambda: self.tr("{done} of {total} runs done").format(
                done=event.done, total=event.total
            )
        )

    def _on_done(self, comparison: Comparison) -> None:
        self._partial = False
        self.set_status(lambda: self.tr("Done."))
        self._publish(comparison)

    def _on_cancelled(self, done: list) -> None:
        comparison = partial_comparison(done or [], self._candidates, self.seed.value())
        if comparison is None:
            self.set_status(
                lambda: self.tr(
                    "Cancelled: too few replications finished to pair ({n} runs)."
                ).format(n=len(done or []))
            )
            return
        self._partial = True
        self.set_status(
            lambda: self.tr(
                "Cancelled: showing the {n} replications every scenario finished."
            ).format(n=comparison.replications)
        )
        self._publish(comparison)

    def _publish(self, comparison: Comparison) -> None:
        self.show_comparison(comparison)
        self.state.publish(comparison)

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.run_button.setEnabled(not running and len(self.panel.candidates()) >= 2)
        self.cancel_button.setEnabled(running)
        self.panel.setEnabled(not running)

    # editor --------------------------------------------------------------------------------
    def load_into_editor(self, candidate: Candidate) -> bool:
        """Replace the editor's scenario with ``candidate``'s, as one undoable edit."""
        if not self.document.load_yaml_text(scenario_to_yaml(candidate.scenario)):
            self.message_bar.show_error(
                self.tr("Cannot load {name} into the editor.").format(name=candidate.name)
            )
            return False
        self.message_bar.show_info(
            self.tr(
                "Loaded {name} into the editor; Undo brings the previous scenario back."
            ).format(name=candidate.name)
        )
        window = self.window()
        if window is not self and callable(getattr(window, "show_page", None)):
            window.show_page("scenario")
        return True

    # showing -------------------------------------------------------------------------------
    def show_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison`` (``None``: the empty page)."""
        self.comparison = comparison
        lang = self.lang
        self.differences.show_comparison(comparison, lang)
        self.roi.show_rows(roi_table(comparison) if comparison else [], lang)
        self.figure.clear()
        if comparison is not None:
            comparison_figure(comparison, lang=lang, fig=self.figure)
        self.canvas.draw_idle()
        self._show_heading()

    def _show_heading(self) -> None:
        c = self.comparison
        if c is None:
            self.heading.setText(self.tr("No comparison yet"))
            self.note.setText(
                self.tr(
                    "Pin a baseline, add alternatives (the editor's scenario after a change, "
                    "files or shipped scenarios) and run them on the same random numbers."
                )
            )
            return
        self.heading.setText(
            self.tr("{n} scenarios · seed {seed} · replications: {reps}").format(
                n=len(c.names), seed=c.seed, reps=c.replications
            )
        )
        note = self.tr(
            "Each alternative minus the baseline, paired by replication (common random "
            "numbers), with its 95% CI. * the interval excludes 0: green is better for the "
            "shop, red worse."
        )
        if self._partial:
            note += " " + self.tr("Cancelled early: fewer replications than asked.")
        self.note.setText(note)

    def retranslate(self) -> None:
        super().retranslate()
        self.reps_label.setText(self.tr("Replications:"))
        self.seed_label.setText(self.tr("Seed:"))
        self.run_button.setText(self.tr("Compare"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Paired differences"))
        self.tabs.setTabText(1, self.tr("Chart"))
        self.tabs.setTabText(2, self.tr("Return on investment"))
        self.roi_note.setText(
            self.tr(
                "Per day: the alternative's money per simulated day minus the baseline's; "
                "per month: 30 days. Payback: the alternative's one-off cost divided by its "
                "daily profit gain."
            )
        )
        self._update_buttons()
        if self.comparison is not None:
            self.show_comparison(self.comparison)
        else:
            self._show_heading()
