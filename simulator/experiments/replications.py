"""Replications of a scenario: seeds, optional parallelism, flat rows of KPIs, summaries.

Parallelism comes from a ``concurrent.futures.Executor`` passed in (a process pool, a Dask
client's executor, ...); nothing here sets a start method or touches global state.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field

from simulator.metrics.kpis import KPI_NAMES, compute_kpis
from simulator.metrics.stats import Estimate, estimate
from simulator.model import RunResult, simulate
from simulator.scenario.schema import Scenario

Progress = Callable[[int, int], None]  # (done, total)


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
    progress: Progress | None = None,
    keep_results: bool = False,
) -> Replications:
    """Run ``replications`` independent replications; results are the same with or without
    an executor, and in replication order."""
    if replications < 1:
        raise ValueError('"replications" must be >= 1.')
    runs: list[Replication] = []
    if executor is None:
        for r in range(replications):
            runs.append(run_replication(scenario, seed, r, keep_results))
            if progress:
                progress(r + 1, replications)
    else:
        futures = [
            executor.submit(run_replication, scenario, seed, r, keep_results)
            for r in range(replications)
        ]
        for k, fut in enumerate(futures):
            runs.append(fut.result())
            if progress:
                progress(k + 1, replications)
    return Replications(scenario, seed, runs)
