"""Return on investment of alternatives against a baseline, with paired 95% CIs.

Formulas and sign conventions: ``docs/roi.md``. In short, for each replication ``r`` (the same
seed in every scenario) and each money item, the alternative's per-day value minus the
baseline's; the per-day change is the mean of those differences with its paired t-interval,
the per-month change is 30 times that, and the payback period is the alternative's
``economics.one_off_cost`` divided by its daily profit gain.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from simulator.experiments.paired import PairedDiff, paired_from_differences
from simulator.experiments.replications import Replications
from simulator.metrics.catalogue import ROI_ITEMS
from simulator.scenario.schema import Scenario

DAYS_PER_MONTH = 30

#: Money and volume items, changed per day (alternative - baseline); their units and labels
#: are in the KPI catalogue.
PER_DAY_ITEMS: tuple[str, ...] = tuple(ROI_ITEMS)
#: Service-quality KPIs, changed as rates (alternative - baseline); see the KPI catalogue.
QUALITY_ITEMS: tuple[str, ...] = ("csat_mean", "fcr_3day", "conversion_rate")


def effective_days(scenario: Scenario) -> float:
    """Days the KPIs cover: the horizon less the warm-up (KPIs leave the warm-up out)."""
    return scenario.horizon.days - scenario.horizon.warmup_hours / 24.0


def per_day_values(reps: Replications) -> dict[str, np.ndarray]:
    """Per replication, every :data:`PER_DAY_ITEMS` value per simulated day."""
    sc = reps.scenario
    days = effective_days(sc)

    def col(kpi: str) -> np.ndarray:
        return np.asarray(reps.values(kpi), dtype=float)

    agent_hours = col("agent_hours")
    agent_cost = agent_hours * sc.economics.agent_cost_per_hour
    cost = col("cost_total")
    revenue = col("revenue")
    proactive = np.nan_to_num(col("proactive_cost"))  # delay notices, invitations, 催付
    totals = {
        "agent_hours": agent_hours,
        "agent_cost": agent_cost,
        "bot_fees": cost - agent_cost - proactive,
        "proactive_cost": proactive,
        "cost": cost,
        "orders": col("orders"),
        "paid_orders": col("paid_orders"),  # what revenue counts (the unpaid stage: docs)
        "revenue": revenue,
        "gross_margin": revenue * sc.economics.margin,
        "profit": col("profit"),
    }
    return {k: v / days for k, v in totals.items()}


def _payback(one_off: float, gain: PairedDiff) -> tuple[float, tuple[float, float]]:
    """Days to earn ``one_off`` back at the daily profit gain, with the CI mapped through
    ``one_off / gain`` (monotone for gain > 0; a bound at gain <= 0 is never = inf)."""

    def days(g: float) -> float:
        if math.isnan(g):
            return math.nan
        return one_off / g if g > 0 else math.inf

    return days(gain.mean), (days(gain.hi), days(gain.lo))


def _days_json(value: float) -> float | str:
    return "never" if math.isinf(value) else value


@dataclass(frozen=True)
class RoiRow:
    """ROI of one alternative against the baseline; every change is alternative - baseline."""

    baseline: str
    alternative: str
    one_off_cost: float
    per_day: dict[str, PairedDiff]
    quality: dict[str, PairedDiff]
    payback_days: float  # math.inf: never pays back (daily profit gain <= 0)
    payback_ci95: tuple[float, float]

    @property
    def per_month(self) -> dict[str, PairedDiff]:
        """The per-day changes over a month of :data:`DAYS_PER_MONTH` days."""
        return {k: d.scaled(DAYS_PER_MONTH) for k, d in self.per_day.items()}

    @property
    def pays_back(self) -> bool:
        return math.isfinite(self.payback_days)

    def to_dict(self) -> dict:
        """JSON-ready: payback is a number of days or ``"never"``; NaN stays NaN."""
        lo, hi = self.payback_ci95
        return {
            "baseline": self.baseline,
            "alternative": self.alternative,
            "one_off_cost": self.one_off_cost,
            "per_day": {k: d.to_dict() for k, d in self.per_day.items()},
            "per_month": {k: d.to_dict() for k, d in self.per_month.items()},
            "quality": {k: d.to_dict() for k, d in self.quality.items()},
            "payback_days": _days_json(self.payback_days),
            "payback_ci95": [_days_json(lo), _days_json(hi)],
        }


def roi_row(
    baseline: Replications, alternative: Replications, baseline_name: str, alternative_name: str
) -> RoiRow:
    """ROI of one alternative against the baseline, paired by replication."""
    if len(baseline.runs) != len(alternative.runs):
        raise ValueError(
            f"paired ROI needs the same replications, got {len(baseline.runs)} "
            f"and {len(alternative.runs)}."
        )
    base, alt = per_day_values(baseline), per_day_values(alternative)
    per_day = {k: paired_from_differences(alt[k] - base[k]) for k in PER_DAY_ITEMS}
    quality = {
        k: paired_from_differences(
            np.asarray(alternative.values(k), dtype=float)
            - np.asarray(baseline.values(k), dtype=float)
        )
        for k in QUALITY_ITEMS
    }
    one_off = alternative.scenario.economics.one_off_cost
    payback, payback_ci = _payback(one_off, per_day["profit"])
    return RoiRow(baseline_name, alternative_name, one_off, per_day, quality, payback, payback_ci)


class Compared(Protocol):
    """What :func:`roi_table` reads of a comparison (a
    :class:`simulator.experiments.compare.Comparison`): names and runs, baseline first."""

    names: Sequence[str]
    runs: Sequence[Replications]


def roi_table(comparison: Compared) -> list[RoiRow]:
    """One :class:`RoiRow` per alternative (scenarios 1..), against scenario 0."""
    base = comparison.runs[0]
    return [
        roi_row(base, reps, comparison.names[0], name)
        for reps, name in zip(comparison.runs[1:], comparison.names[1:], strict=True)
    ]
