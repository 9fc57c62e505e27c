"""Replications of a scenario: seeds, optional parallelism, flat rows of KPIs, summaries.

Parallelism comes from a ``concurrent.futures.Executor`` passed in (a process pool, a Dask
client's executor, ...); nothing here sets a start method or touches global state. Progress
and cancelling follow :mod:`simulator.common.runcontrol`.
"""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass, field
from functools import partial

from simulator.common.runcontrol import CancelToken, ProgressFn, ordered_map
from simulator.metrics.kpis import KPI_NAMES, compute_kpis
from simulator.metrics.stats import Estimate, estimate
from simulator.model import RunResult, simulate
from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class Replication:
    """One replication's KPIs, and its full result when kept."""

    replication: int
    seed: int
    kpis: dict[str, float]
    result: RunResult | None = None


@dataclass(frozen=True)
class Replications:
    """All replications of one scenario under one seed."""

    scenario: Scenario
    seed: int
    runs: list[Replication] = field(default_factory=list)

    def values(self, kpi: str) -> list[float]:
        return [r.kpis[kpi] for r in self.runs]

    def summary(self) -> dict[str, Estimate]:
        """Mean and 95% CI of every KPI over the replications."""
        return {name: estimate(self.values(name)) for name in KPI_NAMES}


def run_replication(
    scenario: Scenario, seed: int, replication: int, keep_result: bool = False
) -> Replication:
    """Simulate one replication and compute its KPIs (picklable, for executors)."""
    result = simulate(scenario, seed, replication)
    kpis = compute_kpis(result, scenario)
    return Replication(replication, seed, kpis, result if keep_result else None)


def run_replications(
    scenario: Scenario,
    replications: int = 5,
    seed: int = 0,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    keep_results: bool = False,
    *,
    cancel: CancelToken | None = None,
) -> Replications:
    """Run ``replications`` independent replications; results are the same with or without
    an executor, and in replication order.

    Args:
        scenario: The scenario to simulate.
        replications: How many (``0..replications-1`` of ``seed``).
        seed: The seed of every replication.
        executor: Runs the replications in parallel; ``None`` runs them here.
        progress: One event per finished replication, its ``partial`` the :class:`Replication`.
        keep_results: Keep each replication's full ``RunResult`` (for charts and CSV files).
        cancel: Stops the work between replications.

    Raises:
        Cancelled: ``cancel`` was cancelled; ``partial`` lists the finished
            :class:`Replication` objects in replication order.
    """
    if replications < 1:
        raise ValueError('"replications" must be >= 1.')
    runs = ordered_map(
        partial(run_replication, scenario, seed, keep_result=keep_results),
        range(replications),
        executor=executor,
        progress=progress,
        cancel=cancel,
        label="replications",
    )
    return Replications(scenario, seed, runs)
