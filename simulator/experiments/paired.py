"""Paired differences on common random numbers: the mean of ``b - a`` with its 95% CI.

Replication ``r`` of two scenarios run on the same seed sees the same customers, so the
difference ``b_r - a_r`` cancels most of the replication-to-replication noise; its paired
t-interval is much narrower than one built from two independent estimates. Used by
:mod:`simulator.experiments.compare` (per-KPI differences) and :mod:`simulator.experiments.roi`
(money and quality changes).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from simulator.metrics.stats import estimate


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
