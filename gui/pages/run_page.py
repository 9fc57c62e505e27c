"""Page 2, "Run and watch": a simulation stepped in a worker, live panels, replications.

The run is a :class:`~simulator.model.simulation.Simulation` advanced by
:func:`gui.pages.run.stepping.watch_run` in a :class:`~gui.workers.GeneratorWorker` (never on
the UI thread). A yielded snapshot is shown when it arrives, unless the last was shown less than
:data:`MIN_FRAME_MS` ago (then the latest is shown when that time is up): as fast as possible the
worker yields about 6 a second, each shown once, and at a set speed the view changes about 7
times a second whatever the snapshot rate. A frame repaints the moving parts of the charts over
matplotlib's kept full draw (a full draw only when an axis grows);
a page not on screen draws nothing until it is shown. A finished run and finished replications
go to the results page through :class:`gui.run_state.RunState`.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.app import current_language
from gui.pages.run.agent_tiles import AgentTiles
from gui.pages.run.flow_view import FlowView
from gui.pages.run.kpi_tiles import KpiTiles
from gui.pages.run.live_charts import LiveCharts
from gui.pages.run.live_text import LiveBar, LiveText
from gui.pages.run.replications_panel import ReplicationsPanel
from gui.pages.run.stepping import Pace, WatchedRun, watch_run
from gui.run_state import RunOutcome, RunState
from gui.shipped import display_name
from gui.widgets.message_bar import MessageBar
from gui.workers import GeneratorWorker
from simulator.common.errors import KefuLabError
from simulator.experiments.replications import Replication, Replications
from simulator.model.engine import DRAIN_HOURS
from simulator.model.simulation import Snapshot

#: speed choices: simulated minutes per wall-clock second (None = as fast as possible)
SPEEDS: tuple[int | None, ...] = (None, 1, 10, 30, 60, 240)
DEFAULT_SPEED = 60
#: the live view changes at most once per this many ms (at least 5 times a second is needed)
MIN_FRAME_MS = 120


class RunPage(QWidget):
    """Watch one run of the document's scenario, then run replications."""

    #: emitted each time the live panels show a newer snapshot
    frameShown = Signal()

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.run_state = RunState.of(document)
        self.worker: GeneratorWorker | None = None
        self.pace: Pace | None = None
        self.latest: Snapshot | None = None
        self.snapshots_seen = 0  # snapshots received from the watched run (since its start)
        self._stale = False  # a snapshot arrived that the panels do not show yet
        self._shown_at = -math.inf  # time.monotonic() of the last frame shown
        self.watched: WatchedRun | None = None
        self._run_scenario = None
        self._run_seed = 0
        self._end_s = 1.0
        self._build()
        self.retranslate()
        self._set_running(False)
        document.scenarioChanged.connect(self._scenario_changed)

    # layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.scenario_label = QLabel(self)
        self.seed_label = QLabel(self)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2_147_483_647)
        self.speed_label = QLabel(self)
        self.speed = QComboBox(self)
        for _ in SPEEDS:
            self.speed.addItem("")
        self.speed.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.start_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.step_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        # the clock, the bar, the agents' line and the KPI values change on every frame: they
        # repaint alone, without re-laying out the page (see gui/pages/run/live_text.py)
        self.clock = LiveText(self)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.clock.setFont(font)
        self.status = QLabel(self)  # finished / cancelled: beside the clock, so no layout shift
        self._status: tuple[str | None, str] = (None, "")
        self.status.setStyleSheet("color: #555555;")
        self.sim_bar = LiveBar(1000, self)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.step_button.clicked.connect(self.step_hour)
        self.cancel_button.clicked.connect(self.cancel)

        controls = QHBoxLayout()
        for w in (self.seed_label, self.seed, self.speed_label, self.speed):
            controls.addWidget(w)
        controls.addSpacing(12)
        for w in (self.start_button, self.pause_button, self.step_button, self.cancel_button):
            controls.addWidget(w)
        controls.addSpacing(12)
        controls.addWidget(self.clock)
        controls.addWidget(self.sim_bar, 1)
        controls.addWidget(self.status)

        self.kpi_tiles = KpiTiles(self)
        self.charts = LiveCharts(self)
        self.agents_box = QGroupBox(self)
        self.agents_text = LiveText(self.agents_box, opaque=False)
        self.agent_tiles = AgentTiles(self.agents_box)
        agents = QVBoxLayout(self.agents_box)
        agents.addWidget(self.agents_text)
        agents.addWidget(self.agent_tiles, 1)
        self.flow_box = QGroupBox(self)
        self.flow = FlowView(self.flow_box)
        QVBoxLayout(self.flow_box).addWidget(self.flow)

        body = QGridLayout()
        body.addWidget(self.kpi_tiles, 0, 0)
        body.addWidget(self.charts, 1, 0, 2, 1)
        body.addWidget(self.agents_box, 0, 1, 2, 1)
        body.addWidget(self.flow_box, 2, 1)
        body.setColumnStretch(0, 3)
        body.setColumnStretch(1, 2)
        body.setRowStretch(1, 1)
        body.setRowStretch(2, 1)

        self.replications = ReplicationsPanel(self.settings.worker_count, self)
        self.replications.start_button.clicked.connect(self.start_replications)
        self.replications.replicationsReady.connect(self._replications_ready)
        self.replications.failed.connect(self._failed)

        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addWidget(self.scenario_label)
        page.addLayout(controls)
        page.addLayout(body, 1)
        page.addWidget(self.replications)

        self.frame_timer = QTimer(self)  # the throttle: running = a snapshot waits to be shown
        self.frame_timer.setSingleShot(True)
        self.frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.frame_timer.setInterval(MIN_FRAME_MS)
        self.frame_timer.timeout.connect(self._frame_due)

    @property
    def lang(self) -> str:
        return current_language()

    def _set_status(self, kind: str | None, clock: str = "") -> None:
        """The finished/cancelled note beside the clock, kept as a kind so a language switch
        re-words it."""
        self._status = (kind, clock)
        if kind == "finished":
            self.status.setText(self.tr("Finished: see the Results page."))
        elif kind == "cancelled":
            self.status.setText(self.tr("Cancelled at {clock}.").format(clock=clock))
        else:
            self.status.clear()

    def retranslate(self) -> None:
        """Re-label everything in the current language."""
        lang = self.lang
        self._set_status(*self._status)
        self.setWindowTitle(self.tr("Run and watch"))
        self.seed_label.setText(self.tr("Seed:"))
        self.speed_label.setText(self.tr("Speed:"))
        for i, minutes in enumerate(SPEEDS):
            text = (
                self.tr("As fast as possible")
                if minutes is None
                else self.tr("{n} simulated min per second").format(n=minutes)
            )
            self.speed.setItemText(i, text)
        self.start_button.setText(self.tr("Start"))
        self.step_button.setText(self.tr("Step one hour"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._label_pause()
        self.agents_box.setTitle(self.tr("Agents"))
        self.clock.set_samples([self._day_text(10, "00:00")])
        self.agents_text.set_samples([self._agents_line(888, 888, 8888, 8888)])
        self.flow_box.setTitle(
            self.tr("Sessions so far ({basis})").format(basis=self.flow.basis_text())
        )
        self.kpi_tiles.relabel(lang)
        self.charts.set_texts(
            {
                "arrivals": self.tr("Arrivals per hour"),
                "expected": self.tr("Scenario profile"),
                "queue": self.tr("Customers waiting for an agent"),
                "hour": self.tr("Simulated hour"),
            },
            lang,
        )
        self.replications.retranslate()
        self.flow.update()
        self._scenario_changed(self.document.scenario)
        self._refresh_text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _scenario_changed(self, scenario) -> None:
        name = display_name(getattr(self.document, "path", None), scenario.name, self.lang)
        self.scenario_label.setText(self.tr("Scenario: {name}").format(name=name))
        if self.worker is None:  # the profile of the next run, drawn before it starts
            self.charts.show_scenario(scenario, _run_hours(scenario))

    # the watched run -----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.worker is not None

    def start(self) -> None:
        """Start watching replication 0 of the document's scenario under the seed."""
        if self.worker is not None:
            return
        if self.message_bar.kind:
            self.message_bar.clear()
        self._set_status(None)
        scenario = self.document.scenario
        self._run_scenario, self._run_seed = scenario, self.seed.value()
        self._end_s = _run_hours(scenario) * 3600.0
        self.latest, self.watched = None, None
        self.snapshots_seen = 0
        self.charts.show_scenario(scenario, _run_hours(scenario))
        self.charts.clear_data()
        self.agent_tiles.set_capacity(max(scenario.agents.on_duty(h) for h in range(24)))
        self.pace = Pace(self._speed())
        worker = GeneratorWorker(watch_run, scenario, self._run_seed, self.pace)
        worker.yielded.connect(self._on_snapshot)
        worker.returned.connect(self._on_watched)
        worker.errored.connect(self._failed)
        worker.aborted.connect(self._on_aborted)
        worker.paused.connect(self._label_pause)
        worker.resumed.connect(self._label_pause)
        worker.finished.connect(self._on_finished)
        self.worker = worker
        self._set_running(True)
        worker.start()

    def toggle_pause(self) -> None:
        if self.worker is None:
            return
        if self.worker.is_paused:
            self.worker.resume()
        else:
            self.worker.pause()

    def step_hour(self) -> None:
        """While paused: run one more simulated hour, then pause again."""
        if self.worker is None or not self.worker.is_paused or self.pace is None:
            return
        now = self.latest.clock_s if self.latest is not None else 0.0
        self.pace.hold(min(now + 3600.0, self._end_s), self.worker.pause)
        self.worker.resume()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.quit()

    def _speed(self) -> float | None:
        minutes = SPEEDS[self.speed.currentIndex()]
        return None if minutes is None else minutes * 60.0

    def _speed_changed(self) -> None:
        if self.pace is not None:
            self.pace.sim_per_wall = self._speed()

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self.latest = snapshot
        self.snapshots_seen += 1
        self.charts.add_point(
            snapshot.clock_s, sum(snapshot.queue_by_group.values()), snapshot.arrivals_by_hour
        )
        self._stale = True
        if self.frame_timer.isActive():
            return  # the throttle shows the latest when it is up
        # the throttle's timer runs only when a snapshot comes early: a timer started after
        # every frame would wake the UI thread (and take the GIL from the run) for nothing
        wait_ms = MIN_FRAME_MS - (time.monotonic() - self._shown_at) * 1000.0
        if wait_ms <= 0:
            self._show_frame()
        else:
            self.frame_timer.start(math.ceil(wait_ms))

    def _frame_due(self) -> None:
        if self._stale:
            self._show_frame()

    def _show_frame(self) -> None:
        """Show the latest snapshot on every live panel, if the page is on screen."""
        if not self.isVisible():
            return  # kept stale: showEvent draws it
        self._stale = False
        self._refresh_text()
        self.charts.refresh()
        self._shown_at = time.monotonic()
        self.frameShown.emit()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._show_frame()

    def _on_watched(self, watched: WatchedRun) -> None:
        self.watched = watched
        scenario, seed = self._run_scenario, self._run_seed
        reps = Replications(scenario, seed, [Replication(0, seed, watched.kpis)])
        self.run_state.publish(RunOutcome(scenario, self._source(), reps, watched.result))
        self._set_status("finished")

    def _on_aborted(self) -> None:
        self._set_status("cancelled", self._clock_text())

    def _on_finished(self) -> None:
        self.worker = None
        self.pace = None
        self.frame_timer.stop()
        self._stale = False
        self._refresh_text()
        self.charts.refresh()
        self._set_running(False)

    def _failed(self, exc: BaseException) -> None:
        """A failed run or replication: its one-line message in the bar, the page stays usable."""
        if isinstance(exc, KefuLabError):
            text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        else:
            text = self.tr("The run failed: {error}").format(error=f"{type(exc).__name__}: {exc}")
        self.message_bar.show_error(text)

    # replications --------------------------------------------------------------------------
    def start_replications(self) -> None:
        if self.message_bar.kind:
            self.message_bar.clear()
        self.replications.start(self.document.scenario, self.seed.value())

    def _replications_ready(self, reps: Replications) -> None:
        watched = None
        if (
            self.watched is not None
            and reps.scenario == self._run_scenario
            and reps.seed == self._run_seed
        ):
            watched = self.watched.result
        self.run_state.publish(RunOutcome(reps.scenario, self._source(), reps, watched))

    def _source(self) -> str:
        path = getattr(self.document, "path", None)
        return str(path) if path is not None else self.document.scenario.name

    # display -------------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.pause_button.setEnabled(running)
        self.cancel_button.setEnabled(running)
        self.step_button.setEnabled(running and self.worker is not None and self.worker.is_paused)
        self.seed.setEnabled(not running)
        self._label_pause()

    def _label_pause(self) -> None:
        paused = self.worker is not None and self.worker.is_paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.step_button.setEnabled(paused)

    def _clock_text(self) -> str:
        t = self.latest.clock_s if self.latest is not None else 0.0
        day, rest = divmod(int(t), 86400)
        return self._day_text(day + 1, f"{rest // 3600:02d}:{rest % 3600 // 60:02d}")

    def _day_text(self, day: int, hhmm: str) -> str:
        return self.tr("Day {day}, {time}").format(day=day, time=hhmm)

    def _agents_line(self, on_duty: int, typing: int, used: int, slots: int) -> str:
        return self.tr(
            "On duty {on_duty} · typing {typing} · chat slots in use {used} of {slots}"
        ).format(on_duty=on_duty, typing=typing, used=used, slots=slots)

    def _refresh_text(self) -> None:
        s = self.latest
        self.clock.setText(self._clock_text())
        self.sim_bar.setValue(0 if s is None else int(1000 * min(s.clock_s / self._end_s, 1.0)))
        self.kpi_tiles.show_snapshot(s, self.lang)
        if s is None:
            self.agents_text.setText("")
            self.agent_tiles.set_agents((), 1)
            self.flow.set_snapshot(None)
            return
        in_use = sum(s.chats_per_agent)
        self.agents_text.setText(
            self._agents_line(s.agents_on_duty, s.agents_typing, in_use, s.chat_slots)
        )
        concurrency = s.chat_slots // s.agents_on_duty if s.agents_on_duty else 1
        self.agent_tiles.set_agents(s.chats_per_agent, concurrency)
        self.flow.set_snapshot(s)


def _run_hours(scenario) -> int:
    """Simulated hours of a run: the horizon and the drain."""
    return scenario.horizon.days * 24 + DRAIN_HOURS
