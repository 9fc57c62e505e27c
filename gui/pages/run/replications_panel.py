"""Replications of the current scenario in worker processes, with a progress bar.

A fixed number of replications, or the precision rule "run until the 95% CI of FRT SLA is
within ±1 point" (rounds until the half-width is small enough or the cap is reached). The work
runs in a :class:`~gui.workers.ProcessJob` (a process pool of ``settings.worker_count()``);
cancel keeps the replications finished so far.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gui.pages.run.precision import (
    PrecisionRule,
    RoundDone,
    half_width,
    replicate_until_precise,
)
from gui.workers import ProcessJob
from simulator.common.runcontrol import Progress
from simulator.experiments.replications import Replications, run_replications
from simulator.scenario.schema import Scenario


class ReplicationsPanel(QGroupBox):
    """Controls and progress of one set of replications.

    Signals:
        replicationsReady(Replications): finished (or cancelled with at least one done).
        failed(object): the exception a replication raised.
    """

    replicationsReady = Signal(object)  # noqa: N815 (Qt signal names)
    failed = Signal(object)

    def __init__(self, workers: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workers = workers
        self.job: ProcessJob | None = None
        self._scenario: Scenario | None = None
        self._seed = 0
        self.count_label = QLabel(self)
        self.count = QSpinBox(self)
        self.count.setRange(2, 1000)
        self.count.setValue(10)
        self.precise = QCheckBox(self)
        self.cap_label = QLabel(self)
        self.cap = QSpinBox(self)
        self.cap.setRange(5, 1000)
        self.cap.setValue(100)
        self.start_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)  # one line, so a new text never resizes the page
        grid = QGridLayout(self)
        grid.addWidget(self.count_label, 0, 0)
        grid.addWidget(self.count, 0, 1)
        grid.addWidget(self.precise, 0, 2, 1, 2)
        grid.addWidget(self.cap_label, 0, 4)
        grid.addWidget(self.cap, 0, 5)
        grid.addWidget(self.start_button, 0, 6)
        grid.addWidget(self.cancel_button, 0, 7)
        grid.addWidget(self.bar, 1, 0, 1, 8)
        grid.addWidget(self.status, 2, 0, 1, 8)
        grid.setColumnStretch(3, 1)
        self.precise.toggled.connect(self._precise_toggled)
        self.cancel_button.clicked.connect(self.cancel)
        self._precise_toggled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Replications"))
        self.count_label.setText(self.tr("Replications:"))
        self.precise.setText(self.tr("Run until the 95% CI of FRT SLA is within ±1 point"))
        self.cap_label.setText(self.tr("at most"))
        self.start_button.setText(self.tr("Run replications"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _precise_toggled(self, on: bool) -> None:
        self.count.setEnabled(not on)
        self.cap.setEnabled(on)
        self.cap_label.setEnabled(on)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, scenario: Scenario, seed: int) -> None:
        """Run replications of ``scenario`` under ``seed`` in worker processes."""
        if self.job is not None:
            return
        self._scenario, self._seed = scenario, seed
        workers = max(1, int(self._workers()))
        if self.precise.isChecked():
            rule = PrecisionRule(cap=self.cap.value())
            total = rule.cap
            job = ProcessJob(replicate_until_precise, scenario, seed, rule, workers=workers)
        else:
            total = self.count.value()
            job = ProcessJob(run_replications, scenario, total, seed, workers=workers)
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting worker processes: {n}…").format(n=workers))
        job.progress.connect(self._on_progress)
        job.returned.connect(self._on_done)
        job.cancelled.connect(self._on_cancelled)
        job.errored.connect(self.failed)
        job.finished.connect(self._on_finished)
        self.job = job
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        job.start()

    def cancel(self) -> None:
        """Stop the replications; those finished are kept."""
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _on_progress(self, event: Progress) -> None:
        self.bar.setValue(min(event.done, self.bar.maximum()))
        if isinstance(event.partial, RoundDone):
            self.status.setText(self._round_text(event.partial))
        elif not self.precise.isChecked():
            self.status.setText(
                self.tr("{done} of {total} replications done").format(
                    done=event.done, total=event.total
                )
            )

    def _round_text(self, done: RoundDone) -> str:
        width = "–" if math.isnan(done.half_width) else f"±{done.half_width * 100:.2f}"
        text = self.tr("{n} replications: 95% CI of FRT SLA {width} points").format(
            n=done.replications, width=width
        )
        if done.met:
            text += " " + self.tr("(precise enough)")
        return text

    def _on_done(self, reps: Replications) -> None:
        self.bar.setValue(self.bar.maximum())
        if self.precise.isChecked():
            width = half_width(reps, "frt_sla")
            met = not math.isnan(width) and width <= 0.01
            text = self._round_text(RoundDone(len(reps.runs), width, met))
            if not met:
                text += " " + self.tr("(cap reached)")
            self.status.setText(text)
        else:
            self.status.setText(self.tr("{n} replications done").format(n=len(reps.runs)))
        self.replicationsReady.emit(reps)

    def _on_cancelled(self, partial: list) -> None:
        self.status.setText(
            self.tr("Cancelled; {n} finished replications are kept").format(n=len(partial))
        )
        if partial and self._scenario is not None:
            self.replicationsReady.emit(Replications(self._scenario, self._seed, list(partial)))

    def _on_finished(self) -> None:
        self.job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
