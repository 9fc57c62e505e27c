"""Replications in rounds until a KPI's 95% CI is narrow enough (Qt-free).

"Run until the 95% CI of FRT SLA is within ±1 point": replications ``0..n-1`` of one seed are
run in rounds through the run-control ``ordered_map`` (so an executor, progress and cancel work
as for ``run_replications``); after each round the half-width of the KPI's interval is checked.
The replications are exactly those ``run_replications(scenario, n, seed)`` would give.
"""

from __future__ import annotations

import math
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import partial

from simulator.common.runcontrol import Cancelled, CancelToken, Progress, ProgressFn, ordered_map
from simulator.experiments.replications import Replication, Replications, run_replication
from simulator.metrics.stats import estimate
from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class PrecisionRule:
    """Stop when the 95% CI half-width of ``kpi`` is at most ``half_width``.

    Attributes:
        kpi: a KPI name of ``compute_kpis``.
        half_width: in the KPI's own unit (0.01 = one percentage point for a share).
        first: replications in the first round (at least 2, so there is an interval).
        step: replications added per further round.
        cap: never more than this many replications.
    """

    kpi: str = "frt_sla"
    half_width: float = 0.01
    first: int = 5
    step: int = 5
    cap: int = 100

    def __post_init__(self) -> None:
        if not self.half_width > 0:
            raise ValueError('"half_width" must be > 0.')
        if self.first < 2:
            raise ValueError('"first" must be >= 2.')
        if self.step < 1:
            raise ValueError('"step" must be >= 1.')
        if self.cap < self.first:
            raise ValueError('"cap" must be >= "first".')


@dataclass(frozen=True)
class RoundDone:
    """Sent as ``Progress.partial`` after each round."""

    replications: int
    half_width: float  # NaN while there is no interval
    met: bool


def half_width(reps: Replications, kpi: str) -> float:
    """Half-width of the 95% CI of ``kpi`` over the replications (NaN below two values)."""
    est = estimate(reps.values(kpi))
    return (est.hi - est.lo) / 2.0 if est.n >= 2 else math.nan


def replicate_until_precise(
    scenario: Scenario,
    seed: int,
    rule: PrecisionRule,
    *,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
) -> Replications:
    """Run rounds of replications until ``rule`` is met or its cap is reached.

    Raises:
        Cancelled: when ``cancel`` fires; ``partial`` holds every finished replication.
    """
    runs: list[Replication] = []
    job = partial(run_replication, scenario, seed)
    size = rule.first
    while True:
        before = len(runs)

        def step(event: Progress, before: int = before) -> None:
            if progress is not None:
                progress(Progress(before + event.done, rule.cap, event.label))

        try:
            runs += ordered_map(
                job,
                range(before, before + size),
                executor=executor,
                progress=step,
                cancel=cancel,
                label="replications",
            )
        except Cancelled as exc:
            raise Cancelled(runs + list(exc.partial)) from None
        reps = Replications(scenario, seed, list(runs))
        width = half_width(reps, rule.kpi)
        met = not math.isnan(width) and width <= rule.half_width
        if progress is not None:
            progress(Progress(len(runs), rule.cap, "round", RoundDone(len(runs), width, met)))
        if met or len(runs) >= rule.cap:
            return reps
        size = min(rule.step, rule.cap - len(runs))
