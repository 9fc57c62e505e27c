"""The staffing plan a report includes: plan the baseline, or say why there is no plan.

Shared by ``kefulab report`` and the desktop workbench's report page, so both put the same
plan (or the same note) in the report they build with
:func:`simulator.report.build_document`.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from simulator.common.runcontrol import CancelToken, ProgressFn
from simulator.experiments.staffing.planner import DEFAULT_MAX_ITERATIONS, DEFAULT_REPLICATIONS
from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class ReportStaffing:
    """The staffing plan for a report, or why there is none.

    Attributes:
        plan: a ``simulator.experiments.staffing.planner.StaffingPlan``, or ``None``.
        note: why there is no plan (the target is out of reach), else ``""``; pass it to
            ``build_document(..., staffing_note=note)``.
    """

    plan: Any | None
    note: str = ""


def report_staffing(
    scenario: Scenario,
    frt_sla: float = 0.8,
    frt_threshold_s: float | None = None,
    max_abandon: float = 0.05,
    replications: int = DEFAULT_REPLICATIONS,
    seed: int = 0,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    *,
    cancel: CancelToken | None = None,
    reliability: float = 0.8,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
) -> ReportStaffing:
    """Plan ``scenario``'s staffing for the report; an unreachable target becomes the note.

    The defaults are the planner's (and ``kefulab staff``'s), so the report shows the plan
    ``staff`` prints for the same scenario, targets and seed.

    Args:
        frt_threshold_s: the first-response threshold (default: the scenario's
            ``kpi.frt_threshold_s``).
        progress, executor, cancel: as :func:`~simulator.experiments.staffing.planner.plan_staffing`
            takes them.

    Raises:
        Cancelled: ``cancel`` was cancelled.
    """
    from simulator.experiments.staffing.planner import (
        StaffingTargets,
        TargetOutOfReach,
        plan_staffing,
    )

    threshold = frt_threshold_s or scenario.kpi.frt_threshold_s
    targets = StaffingTargets(frt_sla, threshold, max_abandon, reliability)
    try:
        plan = plan_staffing(
            scenario, targets, replications, seed, executor, progress, max_iterations, cancel=cancel
        )
    except TargetOutOfReach as exc:
        return ReportStaffing(None, str(exc))
    return ReportStaffing(plan)
