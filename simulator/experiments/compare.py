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

import math
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass

import numpy as np

from simulator.experiments.replications import Replication, Replications, run_replication
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import Estimate, estimate
from simulator.scenario.schema import Scenario

Progress = Callable[[int, int], None]  # (done, total)


@dataclass(frozen=True)
class PairedDiff:
    """Mean of per-replication differences ``b - a`` with its paired 95% CI.

    ``significant`` is true when the 95% CI excludes 0 (needs at least 2 pairs).
    """

    mean: float
    lo: float
    hi: float
    se: float
    n: int
    significant: bool

    @property
    def ci95(self) -> tuple[float, float]:
        return (self.lo, self.hi)

    def scaled(self, factor: float) -> PairedDiff:
        """The same difference in other units (e.g. per month = 30 x per day)."""
        lo, hi = sorted((self.lo * factor, self.hi * factor))
        return PairedDiff(
            self.mean * factor, lo, hi, self.se * abs(factor), self.n, self.significant
        )

    def to_dict(self) -> dict:
        return {"mean": self.mean, "ci95": [self.lo, self.hi], "significant": self.significant}


def paired_from_differences(diffs: Sequence[float]) -> PairedDiff:
    """A :class:`PairedDiff` from per-replication differences already taken."""
    est = estimate(diffs)
    significant = est.n >= 2 and not math.isnan(est.lo) and (est.lo > 0 or est.hi < 0)
    return PairedDiff(est.mean, est.lo, est.hi, est.se, est.n, bool(significant))


def paired_difference(a: Sequence[float], b: Sequence[float]) -> PairedDiff:
    """Mean and paired 95% t-interval of ``b - a``, paired by replication (same seeds).

    A pair where either value is NaN (a KPI with no data in that replication) is left out.

    Raises:
        ValueError: ``a`` and ``b`` have different lengths.
    """
    xa = np.asarray(a, dtype=float)
    xb = np.asarray(b, dtype=float)
    if xa.shape != xb.shape or xa.ndim != 1:
        raise ValueError(f"paired values need equal lengths, got {xa.size} and {xb.size}.")
    return paired_from_differences(xb - xa)


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
        from simulator.experiments.roi import roi_table

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


def compare_scenarios(
    scenarios: Sequence[Scenario],
    names: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    replications: int = 5,
    seed: int = 0,
    executor: Executor | None = None,
    progress: Progress | None = None,
    keep_results: bool = False,
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
        progress: called with ``(done, total)`` over all scenarios x replications.
        keep_results: keep each replication's full ``RunResult`` (for charts).
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
    jobs = [(i, r) for i in range(len(scenarios)) for r in range(replications)]
    total = len(jobs)
    done: list[Replication] = []
    if executor is None:
        for k, (i, r) in enumerate(jobs):
            done.append(run_replication(scenarios[i], seed, r, keep_results))
            if progress:
                progress(k + 1, total)
    else:
        futures = [
            executor.submit(run_replication, scenarios[i], seed, r, keep_results) for i, r in jobs
        ]
        for k, fut in enumerate(futures):
            done.append(fut.result())
            if progress:
                progress(k + 1, total)
    runs = [
        Replications(sc, seed, done[i * replications : (i + 1) * replications])
        for i, sc in enumerate(scenarios)
    ]
    return Comparison(names, sources, scenarios, seed, replications, runs)
