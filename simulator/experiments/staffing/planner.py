"""Staffing plan: how many agents each hour of the day, checked in simulation.

:func:`plan_staffing` answers "how many agents do I need each hour?" in four steps:

1. Simulate the scenario as it is (its current schedule) on the plan's replications. This
   measures the human demand per hour (:mod:`simulator.experiments.staffing.demand`) and is the baseline
   the plan is compared with.
2. The analytic first guess per hour (:mod:`simulator.experiments.staffing.analytic`: Erlang C, or Erlang A
   when customers give up, on the handed-off load, the larger of the typing and the chat-slot
   requirement).
3. Search the 24 hourly headcounts in simulation (:mod:`simulator.experiments.staffing.search`). Per hour
   of day of the handoff, the search measures the FRT service level among answered chats (the
   ``frt_sla`` KPI; chats still waiting when the run stops count as late) and the abandonment
   among handed-off chats, pooled over the replications. The analytic model, its load rescaled
   per hour to agree with what was simulated, proposes the next headcount inside each hour's
   bracket (largest headcount seen to miss, smallest seen to meet), a little past it while one
   end is missing; after three proposals the bracket is bisected. The first candidate is that
   rescaled model, calibrated on the baseline.
4. Hours interact (queued chats and busy agents carry over into the next hour), so the search
   stops only when the schedule it would try next is the one it has just simulated and every
   hour met its targets there with one agent fewer seen to miss, or after ``max_iterations``
   candidates; the last one then keeps, per hour, the smallest headcount seen to meet.

With a reliability target (``StaffingTargets.reliability``, default 80%), an hour meets its
targets only when, besides the pooled figures, its FRT SLA on each simulated day's own chats
reached the target on at least that share of the days (replications x days); the table
reports that share per hour. :data:`DEFAULT_REPLICATIONS` is the one default of ``staff``,
``report`` and ``compare --equal-service``, so they plan the same schedule for the same
scenario and settings.

An hour with no handoffs needs no one; an hour with any gets at least one agent. An hour that
misses even with a large headcount (twice the larger of the analytic guess and the current
schedule, and at least 4 more than the guess) while hardly any chat waits for a slot is out of
reach on these replications, e.g. a night hour whose handful of chats drew long first replies: it is
planned to do as well as that headcount did, less one standard error, and reported with
``reachable=False, meets=False``.
Details and the approximation: ``docs/staffing.md``.
"""

from __future__ import annotations

import time
from concurrent.futures import Executor
from dataclasses import asdict, dataclass

from simulator.common.runcontrol import Cancelled, CancelToken, Progress, ProgressFn
from simulator.experiments.staffing.analytic import (
    HourModel,
    TargetOutOfReach,
    analytic_plan,
    check_reachable,
)
from simulator.experiments.staffing.demand import HOURS, StaffingTargets, demand_from_counts
from simulator.experiments.staffing.search import (
    Evaluation,
    HourSearch,
    Schedule,
    ScheduleSimulator,
    fallback_factor,
    misses,
    missing_hours,
    record_all,
    with_schedule,
)
from simulator.scenario.schema import Scenario

#: Replications each candidate schedule is simulated on, by default (``staff``, ``report``,
#: ``compare --equal-service`` and the API): with one-day scenarios, the days the reliability
#: target is judged on.
DEFAULT_REPLICATIONS = 10
#: Most candidate schedules the search simulates, by default.
DEFAULT_MAX_ITERATIONS = 20

__all__ = [
    "DEFAULT_MAX_ITERATIONS",
    "DEFAULT_REPLICATIONS",
    "HourPlan",
    "SearchStep",
    "StaffingPlan",
    "StaffingTargets",
    "TargetOutOfReach",
    "analytic_plan",
    "plan_staffing",
    "with_schedule",
]


@dataclass(frozen=True)
class HourPlan:
    """One hour of the plan.

    Attributes:
        hour: Hour of day, 0-23.
        handoffs_per_hour: Mean chats handed to humans in this hour (measured on the baseline).
        analytic_agents / simulated_agents / current_agents: Headcounts on duty.
        achieved_frt_sla: FRT service level with the simulated plan, pooled over the
            replications (NaN when no chat was judged in this hour).
        achieved_abandon: Abandonment with the simulated plan.
        meets: Both targets met in simulation.
        reachable: False when even a large headcount missed the SLA target in this hour.
        current_frt_sla / current_abandon: The same two figures for the current schedule.
        days_met_share / current_days_met_share: Share of simulated days on which the hour
            met the FRT SLA target on that day's chats (plan / current schedule).
        days: Simulated days with a judged chat in this hour (plan).
        reliable_share: The share of days the reliability target is judged on (plan): the
            smaller of ``days_met_share`` and, in busy hours, a normal model of the daily SLAs
            (``HourCounts.reliable_share``).
        misses / current_misses: The targets the plan / current schedule misses in this hour:
            ``"sla"``, ``"abandon"``, ``"days"`` (reliability); empty when it meets them all.
    """

    hour: int
    handoffs_per_hour: float
    analytic_agents: int
    simulated_agents: int
    current_agents: int
    achieved_frt_sla: float
    achieved_abandon: float
    meets: bool
    reachable: bool
    current_frt_sla: float
    current_abandon: float
    days_met_share: float = 1.0
    current_days_met_share: float = 1.0
    days: int = 0
    reliable_share: float = 1.0
    misses: tuple[str, ...] = ()
    current_misses: tuple[str, ...] = ()


@dataclass(frozen=True)
class StaffingPlan:
    """Hourly headcounts for a scenario (analytic, simulated, current) with their cost.

    ``iterations`` counts the search's candidate schedules (the baseline not included);
    ``simulations`` the distinct schedules simulated, the baseline included (a candidate met
    before reuses its result); ``seconds`` is the wall-clock time of the whole plan.
    """

    scenario_name: str
    targets: StaffingTargets
    hours: list[HourPlan]
    analytic: Schedule
    simulated: Schedule
    current: Schedule
    agent_cost_per_hour: float
    frt_sla_ceiling: float
    iterations: int
    simulations: int
    seconds: float
    replications: int
    seed: int

    @property
    def agent_hours(self) -> dict[str, int]:
        """Agent-hours per day of each schedule."""
        return {
            "analytic": sum(self.analytic),
            "simulated": sum(self.simulated),
            "current": sum(self.current),
        }

    @property
    def cost_per_day(self) -> dict[str, float]:
        """Agent cost per day of each schedule, ¥ (agent-hours x agent_cost_per_hour)."""
        return {k: v * self.agent_cost_per_hour for k, v in self.agent_hours.items()}

    @property
    def savings_vs_current(self) -> dict[str, float]:
        """What the simulated plan saves per day against the current schedule (negative: the
        plan needs more)."""
        hours = self.agent_hours["current"] - self.agent_hours["simulated"]
        return {"agent_hours": hours, "yuan_per_day": hours * self.agent_cost_per_hour}

    @property
    def all_met(self) -> bool:
        return all(h.meets for h in self.hours)

    @property
    def current_missing_hours(self) -> list[int]:
        """Hours in which the current schedule misses a target."""
        return [h.hour for h in self.hours if h.handoffs_per_hour > 0 and h.current_misses]

    def to_json(self) -> dict:
        return {
            "scenario": self.scenario_name,
            "targets": asdict(self.targets),
            "hours": [asdict(h) for h in self.hours],
            "analytic": list(self.analytic),
            "simulated": list(self.simulated),
            "current": list(self.current),
            "agent_hours": self.agent_hours,
            "cost_per_day": self.cost_per_day,
            "savings_vs_current": self.savings_vs_current,
            "all_met": self.all_met,
            "current_missing_hours": self.current_missing_hours,
            "frt_sla_ceiling": self.frt_sla_ceiling,
            "iterations": self.iterations,
            "simulations": self.simulations,
            "seconds": self.seconds,
            "replications": self.replications,
            "seed": self.seed,
        }


@dataclass(frozen=True)
class SearchStep:
    """Progress of the search after simulating one candidate schedule."""

    iteration: int
    max_iterations: int
    schedule: Schedule
    missing_hours: tuple[int, ...]


def plan_staffing(
    scenario: Scenario,
    targets: StaffingTargets | None = None,
    replications: int = DEFAULT_REPLICATIONS,
    seed: int = 0,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    *,
    cancel: CancelToken | None = None,
) -> StaffingPlan:
    """Plan the hourly headcounts that meet ``targets`` in simulation.

    Args:
        scenario: The scenario; its current schedule (``agents.count`` or ``schedule``) is
            simulated first, to measure the demand and as the baseline.
        targets: FRT SLA, threshold and abandonment limit for every hour (default
            :class:`StaffingTargets`).
        replications: Replications each candidate is simulated on (``0..replications-1`` of
            ``seed``).
        seed: Seed of the replications.
        executor: Runs a candidate's replications in parallel (a process pool); the plan is
            the same with or without it.
        progress: One event per simulated candidate (``done`` = candidates so far, ``total`` =
            ``max_iterations``, ``partial`` = its :class:`SearchStep`); a search that settles
            early ends with one event at ``done == total`` and no ``partial``.
        max_iterations: Most candidate schedules to simulate (the baseline not counted).
        cancel: Stops the search between replications of a candidate.

    Raises:
        TargetOutOfReach: the SLA target is at or above what first replies with no wait reach.
        Cancelled: ``cancel`` was cancelled; ``partial`` lists the :class:`SearchStep` of every
            candidate simulated before, in order.
    """
    targets = targets or StaffingTargets()
    if replications < 1:
        raise ValueError('"replications" must be >= 1.')
    if max_iterations < 1:
        raise ValueError('"max_iterations" must be >= 1.')
    t0 = time.perf_counter()
    sim = ScheduleSimulator(scenario, targets.frt_threshold_s, replications, seed, executor, cancel)
    steps: list[SearchStep] = []

    def simulate(schedule: Schedule) -> Evaluation:
        try:
            return sim(schedule)
        except Cancelled:  # stopped between replications: report the candidates finished
            raise Cancelled(list(steps)) from None

    current = tuple(scenario.agents.scheduled(h) for h in range(HOURS))
    baseline = simulate(current)
    demand = demand_from_counts(scenario, baseline.counts, replications, seed)
    check_reachable(scenario, targets, demand)
    analytic = analytic_plan(scenario, targets, demand)
    hours = [
        HourSearch(
            HourModel(demand, targets.frt_threshold_s, h),
            targets,
            cap=max(2 * max(analytic[h], current[h]), analytic[h] + 4),
        )
        for h in range(HOURS)
    ]
    record_all(hours, baseline)
    last = baseline
    candidate = tuple(h.next(fallback_factor(hours)) for h in hours)
    iterations = 0
    while iterations < max_iterations:
        if candidate == last.schedule and all(h.settled() for h in hours):
            break
        if cancel is not None:
            cancel.check(list(steps))
        if iterations == max_iterations - 1:  # the last simulation: no more experiments
            candidate = tuple(h.safe() for h in hours)
        last = simulate(candidate)
        iterations += 1
        record_all(hours, last)
        steps.append(
            SearchStep(iterations, max_iterations, last.schedule, missing_hours(hours, last))
        )
        if progress:
            progress(Progress(iterations, max_iterations, "staffing", steps[-1]))
        factor = fallback_factor(hours)
        candidate = tuple(h.next(factor) for h in hours)
    if progress and iterations < max_iterations:  # settled early: the work is done
        progress(Progress(max_iterations, max_iterations, "staffing"))

    rows = [
        _hour_plan(
            h, demand.handoffs_per_hour[h], analytic, current, hours[h], last, baseline, targets
        )
        for h in range(HOURS)
    ]
    return StaffingPlan(
        scenario_name=scenario.name,
        targets=targets,
        hours=rows,
        analytic=tuple(analytic),
        simulated=tuple(last.schedule),
        current=current,
        agent_cost_per_hour=scenario.economics.agent_cost_per_hour,
        frt_sla_ceiling=demand.sla_ceiling(targets.frt_threshold_s),
        iterations=iterations,
        simulations=len(sim.cache),
        seconds=time.perf_counter() - t0,
        replications=replications,
        seed=seed,
    )


def _hour_plan(
    h: int,
    handoffs_per_hour: float,
    analytic: Schedule,
    current: Schedule,
    search: HourSearch,
    plan: Evaluation,
    baseline: Evaluation,
    targets: StaffingTargets,
) -> HourPlan:
    sla, abandon = float(plan.sla[h]), float(plan.abandon[h])
    met, days = plan.days_met(targets.frt_sla)
    share = float(met[h] / days[h]) if days[h] else 1.0
    judged = float(plan.counts.reliable_share(targets.frt_sla)[h])
    met0, days0 = baseline.days_met(targets.frt_sla)
    share0 = float(met0[h] / days0[h]) if days0[h] else 1.0
    judged0 = float(baseline.counts.reliable_share(targets.frt_sla)[h])
    now_sla, now_abandon = float(baseline.sla[h]), float(baseline.abandon[h])
    now_misses = misses(
        now_sla, now_abandon, judged0, targets.frt_sla, targets.max_abandon, targets.reliability
    )
    plan_misses = misses(
        sla, abandon, judged, targets.frt_sla, targets.max_abandon, targets.reliability
    )
    return HourPlan(
        hour=h,
        handoffs_per_hour=handoffs_per_hour,
        analytic_agents=analytic[h],
        simulated_agents=plan.schedule[h],
        current_agents=current[h],
        achieved_frt_sla=sla,
        achieved_abandon=abandon,
        meets=not plan_misses,
        reachable=search.reachable,
        current_frt_sla=now_sla,
        current_abandon=now_abandon,
        days_met_share=share,
        current_days_met_share=share0,
        reliable_share=judged,
        days=int(days[h]),
        misses=plan_misses if search.demand else (),
        current_misses=now_misses if search.demand else (),
    )
