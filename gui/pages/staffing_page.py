"""Page 6, "Staffing": how many agents each hour, and writing the plan into the schedule.

:func:`simulator.experiments.staffing.plan_staffing` (Erlang first guess, then a search checked
in simulation) runs in a :class:`~gui.workers.ProcessJob` whose process pool simulates each
candidate's replications, with progress per candidate and cancel. The page shows the 24-hour
grid (:class:`~gui.pages.staffing.plan_table.PlanTable`), agent-hours and cost of each schedule,
and :func:`simulator.charts.staffing_plan_figure`. "Apply to scenario" writes the simulated plan
into ``agents.schedule`` as one undoable edit of the document, then re-runs: the Run page's
watched run when the page sits in the main window, else this page's staffing check.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.pages.job_page import JobPage
from gui.pages.staffing.chart import draw_plan
from gui.pages.staffing.plan_table import OVER_COLOUR, UNDER_COLOUR, PlanTable
from gui.pages.staffing.targets_box import TargetsBox
from gui.widgets.message_bar import MessageBar
from gui.workers import ProcessJob
from simulator.common.runcontrol import Progress
from simulator.experiments.staffing import StaffingPlan, plan_staffing
from simulator.metrics.catalogue import kpi_info

SCHEDULES = ("analytic", "simulated", "current")


class StaffingPage(JobPage):
    """Targets and run controls on top; the hourly grid and chart; totals and "apply"."""

    def __init__(self, document, settings, parent: QWidget | None = None) -> None:
        super().__init__(document, settings, parent)
        self.plan: StaffingPlan | None = None
        self.rerun = ""  # what the last "apply" re-ran: "run_page" or "staffing"
        self._planning = self._planned = None  # the scenario being planned / last planned
        self._build()
        document.scenarioChanged.connect(self._scenario_changed)
        self._scenario_changed(document.scenario)
        self.retranslate()

    # layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.message_bar = MessageBar(self)
        self.targets_box = TargetsBox(self)
        box = self.targets_box
        self.frt_sla, self.frt_threshold, self.max_abandon = (
            box.frt_sla,
            box.frt_threshold,
            box.max_abandon,
        )
        self.replications, self.seed, self.max_iterations = (
            box.replications,
            box.seed,
            box.max_iterations,
        )
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        controls = QVBoxLayout()
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        controls.addLayout(buttons)
        controls.addWidget(self.bar)
        controls.addWidget(self.status)
        controls.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.targets_box, 3)
        top.addLayout(controls, 2)

        self.table = PlanTable(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        table_box = QWidget(self)
        table_column = QVBoxLayout(table_box)
        table_column.setContentsMargins(0, 0, 0, 0)
        table_column.addWidget(self.table, 1)
        table_column.addWidget(self.legend)
        self.figure = Figure(figsize=(6.5, 3.8), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(360, 260)
        self.totals = QTableWidget(len(SCHEDULES), 2, self)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.totals.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.totals.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.totals.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.savings = QLabel(self)
        self.savings.setWordWrap(True)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply_plan)
        right = QWidget(self)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(0, 0, 0, 0)
        right_column.addWidget(self.canvas, 1)
        right_column.addWidget(self.totals)
        right_column.addWidget(self.savings)
        right_column.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(table_box)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([470, 640])

        page = QVBoxLayout(self)
        page.addWidget(self.message_bar)
        page.addLayout(top)
        page.addWidget(split, 1)

    def _scenario_changed(self, scenario) -> None:
        if self.plan is None:  # follow the scenario's threshold until a plan fixes targets
            self.frt_threshold.setValue(scenario.kpi.frt_threshold_s)
        self._update_buttons()

    def current_schedule(self) -> tuple[int, ...]:
        agents = self.document.scenario.agents
        return tuple(agents.scheduled(h) for h in range(24))  # as the plan counts them

    # running -------------------------------------------------------------------------------
    def start(self) -> bool:
        """Plan the editor's scenario against the targets (False: not started)."""
        if self.job is not None:
            return False
        self.message_bar.clear()
        reps = self.replications.value()
        self._planning = self.document.scenario
        job = ProcessJob(
            plan_staffing,
            self._planning,
            self.targets_box.targets(),
            replications=reps,
            seed=self.seed.value(),
            max_iterations=self.max_iterations.value(),
            workers=max(1, min(self.settings.worker_count(), reps)),
        )
        self.bar.setRange(0, self.max_iterations.value())
        self.bar.setValue(0)
        self.set_status(lambda: self.tr("Simulating the current schedule…"))
        self.run_job(job)
        return True

    def _on_progress(self, event: Progress) -> None:
        self.bar.setRange(0, event.total)
        self.bar.setValue(event.done)
        step = event.partial
        if step is None:
            return
        self.set_status(lambda: self._candidate_text(step))

    def _candidate_text(self, step) -> str:
        missing = len(step.missing_hours)
        what = (
            self.tr("{n} hours still miss the targets").format(n=missing)
            if missing
            else self.tr("every hour meets the targets")
        )
        return self.tr("Candidate {i} of at most {n}: {hours} agent-hours; {what}.").format(
            i=step.iteration, n=step.max_iterations, hours=sum(step.schedule), what=what
        )

    def _on_done(self, plan: StaffingPlan) -> None:
        self._planned = self._planning
        self.set_status(
            lambda: self.tr("Done: {n} candidate schedules simulated in {s:.0f} s.").format(
                n=plan.simulations, s=plan.seconds
            )
        )
        self.show_plan(plan)

    def _on_cancelled(self, steps: list) -> None:
        self.set_status(
            lambda: self.tr("Cancelled after {n} candidate schedules; no plan.").format(
                n=len(steps or [])
            )
        )

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.targets_box.setEnabled(not running)
        self.apply_button.setEnabled(not running and self.can_apply())

    def can_apply(self) -> bool:
        """A plan of the editor's scenario as it is now (not of an earlier version or another
        file) whose schedule differs from the current one."""
        return (
            self.plan is not None
            and self._planned == self.document.scenario
            and tuple(self.plan.simulated) != self.current_schedule()
        )

    # applying ------------------------------------------------------------------------------
    def apply_plan(self) -> bool:
        """Write the simulated plan into ``agents.schedule`` (one undoable edit), then re-run."""
        if not self.can_apply() or self.job is not None:
            return False
        schedule = [int(n) for n in self.plan.simulated]
        if not self.document.set_values(
            {"agents.schedule": schedule}, self.tr("Apply staffing plan")
        ):
            diagnostics = getattr(self.document, "diagnostics", [])
            first = diagnostics[0].one_line() if diagnostics else ""
            self.message_bar.show_error(
                self.tr("Cannot apply the plan: {error}").format(error=first)
            )
            return False
        run_page = getattr(self.window(), "pages", {}).get("run")
        if run_page is not None and callable(getattr(run_page, "start", None)):
            if not getattr(run_page, "running", False):
                run_page.start()
            self.rerun = "run_page"
            self.message_bar.show_info(
                lambda: self.tr(
                    "Applied the plan ({hours} agent-hours) to the schedule; the Run page is "
                    "running the scenario again. Undo restores the previous schedule."
                ).format(hours=sum(schedule))
            )
        else:
            self.rerun = "staffing"
            self.start()  # first: starting clears the message bar
            self.message_bar.show_info(
                lambda: self.tr(
                    "Applied the plan ({hours} agent-hours) to the schedule; checking it again. "
                    "Undo restores the previous schedule."
                ).format(hours=sum(schedule))
            )
        self._update_buttons()
        return True

    # snapshots (``kefulab gui --snapshot``) -------------------------------------------------
    def snapshot_states(self) -> tuple[str, ...]:
        return ("planned",)

    def show_snapshot_state(self, state: str) -> None:
        """A quick plan of the editor's scenario (run once, for every language)."""
        if self.plan is not None or self.job is not None:
            return
        self.replications.setValue(1)
        self.max_iterations.setValue(3)
        if self.start():
            self.wait_for_job()

    # showing -------------------------------------------------------------------------------
    def show_plan(self, plan: StaffingPlan | None) -> None:
        """Show ``plan`` in the grid, the totals and the chart (``None``: empty)."""
        self.plan = plan
        lang = self.lang
        self.table.show_plan(plan, lang)
        draw_plan(self.figure, plan, lang)
        self.canvas.draw_idle()
        hours_info, cost_info = kpi_info("agent_hours"), kpi_info("agent_cost")
        for row, key in enumerate(SCHEDULES):
            hours = plan.agent_hours[key] if plan else None
            cost = plan.cost_per_day[key] if plan else None
            for col, text in enumerate(
                (
                    hours_info.format(hours, lang) if hours is not None else "",
                    cost_info.format(cost, lang) if cost is not None else "",
                )
            ):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.totals.setItem(row, col, item)
        self.savings.setText(self._savings_text())
        self._update_buttons()

    def _savings_text(self) -> str:
        plan = self.plan
        if plan is None:
            return self.tr("No plan yet: set the targets and run the plan.")
        save = plan.savings_vs_current
        money = kpi_info("agent_cost").format(abs(save["yuan_per_day"]), self.lang)
        if save["agent_hours"] >= 0:
            text = self.tr("The plan saves {h} agent-hours ({money}) a day against now.")
        else:
            text = self.tr("The plan needs {h} agent-hours ({money}) a day more than now.")
        text = text.format(h=abs(save["agent_hours"]), money=money)
        missing = plan.current_missing_hours
        if missing:
            text += " " + self.tr("The current schedule misses the targets at {hours}.").format(
                hours=", ".join(f"{h:02d}:00" for h in missing)
            )
        return text

    def retranslate(self) -> None:
        super().retranslate()
        self.targets_box.retranslate()
        self.run_button.setText(self.tr("Plan staffing"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.apply_button.setText(self.tr("Apply plan to the scenario"))
        self.apply_button.setToolTip(
            self.tr("Writes the simulation-checked headcounts into the schedule (undoable).")
        )
        self.table.retranslate()
        self.legend.setText(
            self.tr(
                "<span style='background:{under}'>&nbsp;red&nbsp;</span> under-staffed now, "
                "<span style='background:{over}'>&nbsp;amber&nbsp;</span> over-staffed now "
                "(current against the plan); ✗ plan misses a target; † out of reach."
            ).format(under=UNDER_COLOUR, over=OVER_COLOUR)
        )
        self.totals.setHorizontalHeaderLabels(
            [self.tr("Agent-hours per day"), self.tr("Cost per day")]
        )
        self.totals.setVerticalHeaderLabels(
            [self.tr("Erlang formula"), self.tr("Simulated plan"), self.tr("Current schedule")]
        )
        self.show_plan(self.plan)
