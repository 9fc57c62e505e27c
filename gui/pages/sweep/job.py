"""The sweep as the Sweep page's process job runs it: on a local pool or a Dask cluster."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import Executor

from simulator.common.runcontrol import CancelToken, ProgressFn
from simulator.experiments.executors import dask_executor
from simulator.experiments.sweep import SweepResult, run_sweep
from simulator.scenario.schema import Scenario


def sweep_job(
    scenario: Scenario,
    grid: Mapping[str, Sequence],
    replications: int,
    seed: int,
    *,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    scheduler: str = "",
    connect_timeout_s: float = 10.0,
    source: str = "",
) -> SweepResult:
    """:func:`run_sweep` on ``executor`` (the job's process pool), or on the Dask scheduler at
    ``scheduler`` when one is given (the unused local pool then starts no process)."""
    if not scheduler:
        return run_sweep(
            scenario, grid, replications, seed, executor, progress, cancel, source=source
        )
    with dask_executor(scheduler, connect_timeout_s) as dask:
        return run_sweep(scenario, grid, replications, seed, dask, progress, cancel, source=source)
