"""Check a calibration: simulate the fitted scenario and set it beside the history.

:func:`check_fit` compares, for the complete days the fit used,

* per hour of day, averaged over the ordinary days: sessions, handoffs and mean first response
  (handoff-weighted, as the export reports it);
* per day: sessions, handoff share and mean first response.

A KPI is **off** in an hour when the simulation differs from the history by more than
``tolerance`` (relative, default 10%) *and* by more than three standard errors of the
difference (from the day-to-day spread of that hour on both sides), so that a quiet night hour
whose values are a few dozen chats each is not flagged for sampling noise alone; such hours are
listed as *within noise*. Three, not two: the table holds 72 hour-KPI cells and the standard
errors come from a handful of days, so at two a perfect fit would still be flagged in a few
cells by chance; a real misfit shows in many hours and in the daily rows. A day is off when it
differs by more than ``tolerance`` (a day's totals are large enough for noise to stay well
inside 10%). With fewer than four ordinary days the hours are shown but not warned about.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from simulator.experiments.calibrate import Calibration
from simulator.experiments.history import HourRow, generate_history
from simulator.scenario.schema import Scenario

TOLERANCE = 0.10
#: replications of the fitted scenario the check averages: one day's mean first response varies
#: by 3-5% from run to run (queue bursts at night and after a promo), so two single runs of the
#: same model differ by more than 10% on some day of a fortnight in about 4 pairs of 10; the
#: history is one run, the simulated side need not be
CHECK_REPLICATIONS = 3
#: a gap counts as real when it is more than this many standard errors of the difference
NOISE_SE = 3.0
#: an hour is judged against noise only with at least this many days on each side (the spread
#: of two or three values says little); with fewer, hours are shown but only the days warn
MIN_DAYS = 4
KPIS = ("sessions", "handoffs", "first_response_s")
DAY_KPIS = ("sessions", "handoff_share", "first_response_s")


@dataclass(frozen=True)
class Gap:
    """One KPI in one hour of day (``where`` = ``"20:00"``) or on one day (``"2026-10-11"``)."""

    kpi: str
    where: str
    history: float  # NaN when the history has no value
    simulated: float  # NaN when the simulation has none
    beyond_tolerance: bool
    beyond_noise: bool  # the gap is more than NOISE_SE standard errors (always True for days)

    @property
    def rel_gap(self) -> float:
        if math.isnan(self.history) or math.isnan(self.simulated) or self.history == 0:
            return math.nan
        return self.simulated / self.history - 1.0

    @property
    def off(self) -> bool:
        return self.beyond_tolerance and self.beyond_noise


@dataclass(frozen=True)
class FitCheck:
    tolerance: float
    seed: int  # of the check run
    hourly: tuple[Gap, ...]  # 24 x KPIS, hour-major
    daily: tuple[Gap, ...]  # days x DAY_KPIS, day-major
    days: tuple[date, ...]
    ordinary_days: int
    replications: int = 1  # simulated runs averaged

    def hour(self, h: int, kpi: str) -> Gap:
        return self.hourly[h * len(KPIS) + KPIS.index(kpi)]

    def day(self, i: int, kpi: str) -> Gap:
        return self.daily[i * len(DAY_KPIS) + DAY_KPIS.index(kpi)]

    def off(self) -> dict[str, list[Gap]]:
        """The gaps beyond tolerance and noise, by KPI (hours first, then days)."""
        out: dict[str, list[Gap]] = {}
        for g in (*self.hourly, *self.daily):
            if g.off:
                out.setdefault(g.kpi, []).append(g)
        return out

    def within_noise(self) -> list[Gap]:
        """Hours beyond tolerance whose gap is within sampling noise."""
        return [g for g in self.hourly if g.beyond_tolerance and not g.beyond_noise]


def _grid(rows: list[HourRow], days: list[date]) -> dict[str, np.ndarray]:
    """Per KPI a (days, 24) array, NaN where the rows have no value."""
    index = {d: i for i, d in enumerate(days)}
    out = {k: np.full((len(days), 24), np.nan) for k in KPIS}
    for r in rows:
        i = index.get(r.day)
        if i is None:
            continue
        out["sessions"][i, r.hour] = r.sessions
        if r.handoffs is not None:
            out["handoffs"][i, r.hour] = r.handoffs
        if r.first_response_s is not None:
            out["first_response_s"][i, r.hour] = r.first_response_s
    return out


def _mean_se(values: np.ndarray, weights: np.ndarray | None = None) -> tuple[float, float]:
    ok = ~np.isnan(values)
    if weights is not None:
        ok &= ~np.isnan(weights) & (weights > 0)
    v = values[ok]
    if v.size == 0:
        return math.nan, math.nan
    w = None if weights is None else weights[ok]
    mean = float(np.average(v, weights=w))
    se = float(np.std(v, ddof=1) / math.sqrt(v.size)) if v.size >= MIN_DAYS else math.inf
    return mean, se


def _day_value(grid: dict[str, np.ndarray], i: int, kpi: str) -> float:
    s, h, f = grid["sessions"][i], grid["handoffs"][i], grid["first_response_s"][i]
    if kpi == "sessions":
        return float(np.nansum(s))
    if kpi == "handoff_share":
        return (
            float(np.nansum(h) / np.nansum(s))
            if np.nansum(s) and not np.isnan(h).all()
            else math.nan
        )
    ok = ~np.isnan(f)
    if not ok.any():
        return math.nan
    w = np.where(np.isnan(h), 1.0, np.maximum(h, 1.0))[ok]
    return float(np.average(f[ok], weights=w))


def compare(
    history: list[HourRow],
    simulated: Sequence[HourRow] | Sequence[Sequence[HourRow]],
    cal: Calibration,
    tolerance: float = TOLERANCE,
    seed: int = 0,
) -> FitCheck:
    """Set ``simulated`` (an export of the fitted scenario, its days in order, or several such
    exports, averaged) beside ``history`` on the days ``cal`` used.

    With several runs, a day's simulated value is the mean of the runs' values, and an hour's
    is the mean over every run's ordinary days (its standard error from all of them)."""
    runs = [simulated] if not simulated or isinstance(simulated[0], HourRow) else simulated
    days = list(cal.days)
    hist = _grid(history, days)
    sims = []
    for run in runs:
        sim_days = sorted({r.day for r in run})[: len(days)]
        sims.append(_grid([r for r in run if r.day in sim_days], sim_days))
    promo = set(cal.promo_days)
    ordinary = np.array([d not in promo for d in days])
    if not ordinary.any():
        ordinary[:] = True
    # the runs' ordinary days stacked, for the hours
    sim = {k: np.concatenate([g[k][ordinary] for g in sims]) for k in KPIS}
    hourly: list[Gap] = []
    for h in range(24):
        for kpi in KPIS:
            wh = hist["handoffs"][ordinary, h] if kpi == "first_response_s" else None
            ws = sim["handoffs"][:, h] if kpi == "first_response_s" else None
            mh, se_h = _mean_se(hist[kpi][ordinary, h], wh)
            ms, se_s = _mean_se(sim[kpi][:, h], ws)
            hourly.append(_gap(kpi, f"{h:02d}:00", mh, ms, tolerance, math.hypot(se_h, se_s)))
    daily: list[Gap] = []
    for i, d in enumerate(days):
        for kpi in DAY_KPIS:
            values = [_day_value(g, i, kpi) for g in sims]
            values = [v for v in values if not math.isnan(v)]
            daily.append(
                _gap(
                    kpi,
                    d.isoformat(),
                    _day_value(hist, i, kpi),
                    float(np.mean(values)) if values else math.nan,
                    tolerance,
                    0.0,
                )
            )
    return FitCheck(
        tolerance,
        seed,
        tuple(hourly),
        tuple(daily),
        tuple(days),
        int(ordinary.sum()),
        len(runs),
    )


def _gap(kpi: str, where: str, h: float, s: float, tolerance: float, se: float) -> Gap:
    if math.isnan(h) or math.isnan(s):
        return Gap(kpi, where, h, s, False, False)
    diff = abs(s - h)
    beyond = diff > tolerance * abs(h) if h else diff > 0
    noise = not math.isnan(se) and diff > NOISE_SE * se
    return Gap(kpi, where, h, s, beyond, noise)


def check_fit(
    history: list[HourRow],
    scenario: Scenario,
    cal: Calibration,
    seed: int,
    tolerance: float = TOLERANCE,
    replications: int = CHECK_REPLICATIONS,
) -> FitCheck:
    """Simulate ``scenario`` (the fitted one) on ``seed``, ``replications`` times, and compare
    the runs' mean with ``history``."""
    runs = [generate_history(scenario, seed, r) for r in range(replications)]
    return compare(history, runs, cal, tolerance, seed)
