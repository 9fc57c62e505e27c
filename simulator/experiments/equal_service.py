"""Compare scenarios at equal service: staff each one to the same targets, then compare.

A comparison of scenarios "as they are" compares each with its own hand-set schedule, so a
scenario may look cheaper only because it serves customers worse (a baseline at 54%
occupancy, a cold handoff answering 70% of chats in time against the baseline's 80%). At equal
service, every scenario is first given the hourly schedule the staffing planner
(:func:`simulator.experiments.staffing.planner.plan_staffing`) finds for the **same** targets
and settings (FRT SLA, threshold, abandonment, reliability, replications, seed); the staffed
scenarios are then compared on common random numbers, with paired CIs, on replications the
plans were not made on (``plan_replications..plan_replications + replications - 1`` of the
same seed), so the comparison does not reuse the days each plan was fitted to. Cost,
CSAT, FCR, conversion and profit then differ by what the scenarios do at the same service.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import asdict, dataclass

from simulator.common.runcontrol import Cancelled, CancelToken, Progress, ProgressFn
from simulator.experiments.compare import Comparison, compare_scenarios
from simulator.experiments.staffing.analytic import TargetOutOfReach
from simulator.experiments.staffing.demand import StaffingTargets
from simulator.experiments.staffing.planner import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_REPLICATIONS,
    StaffingPlan,
    plan_staffing,
)
from simulator.experiments.staffing.search import with_schedule
from simulator.scenario.schema import Scenario

__all__ = ["EQUAL_SERVICE", "AS_IS", "EqualServiceComparison", "compare_equal_service"]

#: The two comparison modes, as the report and the JSON name them.
EQUAL_SERVICE = "equal_service"
AS_IS = "as_is"


@dataclass(frozen=True)
class EqualServiceComparison:
    """Scenarios staffed to the same targets, then compared.

    Attributes:
        comparison: The staffed scenarios (each with its planned ``agents.schedule``) on common
            random numbers; scenario 0 is the baseline. Its ``roi_table`` is the equal-service
            ROI.
        plans: Each scenario's :class:`StaffingPlan` (same order).
        targets: The targets every scenario was staffed to.
        plan_replications: Replications each plan was searched on (``0..n-1`` of the seed).
    """

    comparison: Comparison
    plans: list[StaffingPlan]
    targets: StaffingTargets
    plan_replications: int

    mode = EQUAL_SERVICE

    # the Comparison interface, so charts and ROI read either kind
    @property
    def names(self) -> list[str]:
        return self.comparison.names

    @property
    def sources(self) -> list[str]:
        return self.comparison.sources

    @property
    def scenarios(self) -> list[Scenario]:
        return self.comparison.scenarios

    @property
    def seed(self) -> int:
        return self.comparison.seed

    @property
    def replications(self) -> int:
        return self.comparison.replications

    @property
    def runs(self) -> list:
        return self.comparison.runs

    def values(self, kpi: str) -> list[list[float]]:
        return self.comparison.values(kpi)

    def per_scenario(self, kpi: str) -> list:
        return self.comparison.per_scenario(kpi)

    def diff_vs_first(self, kpi: str) -> list:
        return self.comparison.diff_vs_first(kpi)

    @property
    def all_met(self) -> bool:
        """Every scenario's plan met every target in every hour (else the service is only
        as equal as the hours out of reach allow)."""
        return all(p.all_met for p in self.plans)

    def to_json(self) -> dict:
        """The comparison's JSON, with ``mode``, the targets and each scenario's plan."""
        out = self.comparison.to_json()
        out["mode"] = EQUAL_SERVICE
        out["targets"] = asdict(self.targets)
        out["plan_replications"] = self.plan_replications
        out["first_replication"] = self.plan_replications
        out["plans"] = [
            {
                "name": name,
                "schedule": list(p.simulated),
                "current": list(p.current),
                "agent_hours": p.agent_hours,
                "cost_per_day": p.cost_per_day,
                "all_met": p.all_met,
                "missing_hours": [h.hour for h in p.hours if not h.meets],
            }
            for name, p in zip(self.names, self.plans, strict=True)
        ]
        return out


def compare_equal_service(
    scenarios: Sequence[Scenario],
    targets: StaffingTargets | None = None,
    names: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    replications: int = 5,
    seed: int = 0,
    plan_replications: int = DEFAULT_REPLICATIONS,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    keep_results: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> EqualServiceComparison:
    """Staff every scenario to ``targets`` with the planner, then compare the staffed ones.

    Args:
        scenarios: Scenario 0 is the baseline.
        targets: The targets every scenario is staffed to (default :class:`StaffingTargets`;
            its threshold, when left at the default, is used for every scenario alike).
        names, sources, keep_results: As :func:`~simulator.experiments.compare.compare_scenarios`.
        replications: Replications of the comparison, per scenario.
        seed: The one seed of the plans and the comparison.
        plan_replications, max_iterations: The planner's settings, the same for every scenario
            (defaults: the planner's, which ``kefulab staff`` uses too).
        executor: Runs replications in parallel; the numbers are the same without it.
        progress: One event per planned candidate schedule, then per comparison run; ``total``
            = scenarios x (``max_iterations`` + ``replications``) and ``done`` rises to it
            (a plan that settles early jumps to its share). ``label`` is ``"plan"`` (partial:
            the planner's ``SearchStep``) or ``"compare"`` (partial: a ``ComparedRun``).
        cancel: Stops between replications.

    Raises:
        TargetOutOfReach: a scenario cannot reach the SLA target (its name in the message).
        Cancelled: ``partial`` lists the :class:`StaffingPlan` of the scenarios planned so far.
    """
    scenarios = list(scenarios)
    if not scenarios:
        raise ValueError('"scenarios" needs at least one scenario.')
    targets = targets or StaffingTargets()
    n = len(scenarios)
    total = n * (max_iterations + replications)
    shown = [s.name for s in scenarios] if names is None else [str(x) for x in names]
    plans: list[StaffingPlan] = []

    def shifted(offset: int, label: str) -> ProgressFn | None:
        if progress is None:
            return None
        return lambda e: progress(Progress(offset + e.done, total, label, e.partial))

    for i, sc in enumerate(scenarios):
        try:
            plan = plan_staffing(
                sc,
                targets,
                plan_replications,
                seed,
                executor,
                shifted(i * max_iterations, "plan"),
                max_iterations,
                cancel=cancel,
            )
        except Cancelled:
            raise Cancelled(list(plans)) from None
        except TargetOutOfReach as exc:
            name = shown[i] if i < len(shown) else sc.name
            raise TargetOutOfReach(f"{name}: {exc}", exc.ceiling, exc.threshold_needed_s) from None
        plans.append(plan)
    staffed = [with_schedule(sc, p.simulated) for sc, p in zip(scenarios, plans, strict=True)]
    try:
        comparison = compare_scenarios(
            staffed,
            names=names,
            sources=sources,
            replications=replications,
            seed=seed,
            executor=executor,
            progress=shifted(n * max_iterations, "compare"),
            keep_results=keep_results,
            cancel=cancel,
            first_replication=plan_replications,
        )
    except Cancelled:
        raise Cancelled(list(plans)) from None
    return EqualServiceComparison(comparison, plans, targets, plan_replications)
