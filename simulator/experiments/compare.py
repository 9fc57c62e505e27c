"""Compare scenarios on common random numbers: per-scenario estimates and paired differences.

Every scenario runs the same replications ``(seed, 0..n-1)``. The simulator derives its random
streams from ``SeedSequence(seed, spawn_key=(replication,))``, one stream per random source, so
replication ``r`` of scenario A and replication ``r`` of scenario B see the same arrivals,
customers and work times and differ only where the scenarios differ. The difference
``B_r - A_r`` therefore cancels most of the replication-to-replication noise, and its 95% CI
(a paired t-interval over replications) is much narrower than one built from two independent
estimates.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import partial

from simulator.common.runcontrol import CancelToken, ProgressFn, ordered_map
from simulator.experiments.paired import PairedDiff, paired_difference, paired_from_differences
from simulator.experiments.replications import Replication, Replications, run_replication
from simulator.experiments.roi import roi_table
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import Estimate, estimate
from simulator.scenario.schema import Scenario

__all__ = [
    "ComparedRun",
    "Comparison",
    "PairedDiff",
    "compare_scenarios",
    "paired_difference",
    "paired_from_differences",
]


@dataclass(frozen=True)
class Comparison:
    """Replications of several scenarios on the same seeds; scenario 0 is the baseline."""

    names: list[str]
    sources: list[str]
    scenarios: list[Scenario]
    seed: int
    replications: int
    runs: list[Replications]

    def values(self, kpi: str) -> list[list[float]]:
        """Per scenario, the KPI's value in each replication (replication order)."""
        return [reps.values(kpi) for reps in self.runs]

    def per_scenario(self, kpi: str) -> list[Estimate]:
        """Each scenario's mean and 95% CI of ``kpi`` over its replications."""
        return [estimate(v) for v in self.values(kpi)]

    def diff_vs_first(self, kpi: str) -> list[PairedDiff | None]:
        """Each scenario's paired difference from scenario 0 (``None`` for scenario 0)."""
        first, *rest = self.values(kpi)
        return [None, *(paired_difference(first, v) for v in rest)]

    def to_json(self) -> dict:
        """The JSON document of ``kefulab compare --json``.

        ``kpis[NAME]["per_scenario"][i]`` and ``kpis[NAME]["diff_vs_first"][i]`` both belong to
        ``scenarios[i]``; ``diff_vs_first[0]`` is ``null`` (the baseline has no difference from
        itself), so the lists stay aligned. ``roi`` holds one row per alternative (see
        :func:`simulator.experiments.roi.roi_table`). NaN (no data) is written as ``null`` by the CLI.
        """
        kpis = {}
        for name in KPI_NAMES:
            kpis[name] = {
                "per_scenario": [
                    {"mean": e.mean, "ci95": [e.lo, e.hi]} for e in self.per_scenario(name)
                ],
                "diff_vs_first": [d.to_dict() if d else None for d in self.diff_vs_first(name)],
            }
        return {
            "scenarios": [
                {
                    "name": name,
                    "source": source,
                    "days": sc.horizon.days,
                    "warmup_hours": sc.horizon.warmup_hours,
                }
                for name, source, sc in zip(self.names, self.sources, self.scenarios, strict=True)
            ],
            "seed": self.seed,
            "replications": self.replications,
            "kpis": kpis,
            "roi": [row.to_dict() for row in roi_table(self)],
        }


@dataclass(frozen=True)
class ComparedRun:
    """One finished run of a comparison: a replication of scenario number ``scenario``."""

    scenario: int
    run: Replication


def _run_job(job: tuple[Scenario, int, int], seed: int, keep_results: bool) -> ComparedRun:
    scenario, index, replication = job
    return ComparedRun(index, run_replication(scenario, seed, replication, keep_results))


def compare_scenarios(
    scenarios: Sequence[Scenario],
    names: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    replications: int = 5,
    seed: int = 0,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    keep_results: bool = False,
    *,
    cancel: CancelToken | None = None,
    first_replication: int = 0,
) -> Comparison:
    """Run every scenario on replications ``(seed, 0..replications-1)`` (common random numbers).

    Args:
        scenarios: scenario 0 is the baseline the others are compared with.
        names: display names (default: each scenario's ``name``).
        sources: where each scenario came from, e.g. file paths (default: ``""``).
        replications: replications per scenario (CIs need at least 2).
        seed: the seed shared by all scenarios.
        executor: optional ``concurrent.futures.Executor``; all runs are submitted at once and
            the results are identical to a serial run.
        progress: one event per finished run over all scenarios x replications; its
            ``partial`` is the :class:`ComparedRun`.
        keep_results: keep each replication's full ``RunResult`` (for charts).
        cancel: stops the work between runs.
        first_replication: run replications ``first_replication..first_replication +
            replications - 1`` instead (days not used before, e.g. by a staffing plan).

    Raises:
        Cancelled: ``cancel`` was cancelled; ``partial`` lists the finished
            :class:`ComparedRun` objects in scenario then replication order.
    """
    scenarios = list(scenarios)
    if not scenarios:
        raise ValueError('"scenarios" needs at least one scenario.')
    if replications < 1:
        raise ValueError('"replications" must be >= 1.')
    names = [s.name for s in scenarios] if names is None else [str(n) for n in names]
    sources = [""] * len(scenarios) if sources is None else [str(s) for s in sources]
    if len(names) != len(scenarios) or len(sources) != len(scenarios):
        raise ValueError('"names" and "sources" need one entry per scenario.')
    if first_replication < 0:
        raise ValueError('"first_replication" must be >= 0.')
    reps = range(first_replication, first_replication + replications)
    jobs = [(sc, i, r) for i, sc in enumerate(scenarios) for r in reps]
    done = ordered_map(
        partial(_run_job, seed=seed, keep_results=keep_results),
        jobs,
        executor=executor,
        progress=progress,
        cancel=cancel,
        label="compare",
    )
    runs = [
        Replications(sc, seed, [d.run for d in done[i * replications : (i + 1) * replications]])
        for i, sc in enumerate(scenarios)
    ]
    return Comparison(names, sources, scenarios, seed, replications, runs)
