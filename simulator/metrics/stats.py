"""Confidence intervals over replications (Student t), without SciPy."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# two-sided 95% Student t quantiles t(0.975, df) for df = 1..30
_T975 = (
    12.7062,
    4.3027,
    3.1824,
    2.7764,
    2.5706,
    2.4469,
    2.3646,
    2.3060,
    2.2622,
    2.2281,
    2.2010,
    2.1788,
    2.1604,
    2.1448,
    2.1314,
    2.1199,
    2.1098,
    2.1009,
    2.0930,
    2.0860,
    2.0796,
    2.0739,
    2.0687,
    2.0639,
    2.0595,
    2.0555,
    2.0518,
    2.0484,
    2.0452,
    2.0423,
)
_Z975 = 1.959963984540054


def t975(df: int) -> float:
    """The 97.5% quantile of Student's t with ``df`` degrees of freedom."""
    if df < 1:
        raise ValueError('"df" must be >= 1.')
    if df <= len(_T975):
        return _T975[df - 1]
    z = _Z975  # Cornish-Fisher expansion, error < 1e-4 for df > 30
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


@dataclass(frozen=True)
class Estimate:
    """A mean over replications with its 95% confidence interval and standard error."""

    mean: float
    lo: float
    hi: float
    se: float
    n: int

    @property
    def ci95(self) -> tuple[float, float]:
        return (self.lo, self.hi)


def estimate(values: Sequence[float]) -> Estimate:
    """Mean and 95% t-interval of replication values (NaNs ignored; CI is NaN for n < 2)."""
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    n = int(x.size)
    if n == 0:
        return Estimate(math.nan, math.nan, math.nan, math.nan, 0)
    mean = float(x.mean())
    if n < 2:
        return Estimate(mean, math.nan, math.nan, math.nan, n)
    se = float(x.std(ddof=1) / math.sqrt(n))
    half = t975(n - 1) * se
    return Estimate(mean, mean - half, mean + half, se, n)
