"""Fit a scenario's demand to a shop's hourly history.

From an hourly export (:mod:`simulator.experiments.history`) this estimates the ordinary daily volume, the
hour-of-day profile, a multiplier per day (promo days stand out), and the agent schedule when the
export has an ``agents`` column. The export counts every session, re-contacts included, while a
scenario's ``sessions_per_day`` counts first contacts (the model adds re-contacts itself), so the
volume is divided by the re-contact factor of a short pilot simulation of the calibrated scenario.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np
from pydantic import ValidationError

from simulator.common.errors import InputError
from simulator.common.yamlio import validation_diagnostics
from simulator.experiments.history import HourRow
from simulator.model import simulate
from simulator.scenario.schema import Scenario

PROMO_THRESHOLD = 1.5  # a day above 1.5x the median day counts as a promo day
PILOT_ROUNDS = 3


@dataclass(frozen=True)
class Calibration:
    """What the history says, and the numbers written into the scenario."""

    days: tuple[date, ...]  # complete days used, in order
    incomplete_days: tuple[tuple[date, int], ...]  # (day, hours present): left out, reported
    daily_totals: tuple[int, ...]
    promo_days: tuple[date, ...]
    observed_sessions_per_day: float  # ordinary days, re-contacts included
    recontact_factor: float  # sessions / first contacts in the pilot simulation
    sessions_per_day: float  # first contacts per ordinary day
    hourly_profile: tuple[float, ...]
    day_multipliers: tuple[float, ...]
    agents_schedule: tuple[int, ...] | None
    observed_handoff_share: float | None
    observed_frt_mean_s: float | None


def _by_day(rows: list[HourRow]) -> dict[date, dict[int, HourRow]]:
    days: dict[date, dict[int, HourRow]] = defaultdict(dict)
    for r in rows:
        days[r.day][r.hour] = r
    return dict(sorted(days.items()))


def calibrate(
    rows: list[HourRow],
    base: Scenario,
    seed: int = 0,
    promo_threshold: float = PROMO_THRESHOLD,
    source: str = "history",
) -> tuple[Calibration, dict]:
    """Return the calibration and the calibrated scenario as plain data (validated by the caller).

    ``source`` names the history (its file) in error messages.

    Raises:
        InputError: when the history has no complete day (24 hourly rows), or the scenario
            fitted to it is out of the scenario's bounds (see docs/input-limits.md).
    """
    days = _by_day(rows)
    complete = {d: h for d, h in days.items() if len(h) == 24}
    incomplete = tuple((d, len(h)) for d, h in days.items() if len(h) != 24)
    if not complete:
        raise InputError(f"{source}: no complete day (24 hourly rows) to calibrate from")
    order = list(complete)
    counts = np.array([[complete[d][h].sessions for h in range(24)] for d in order], float)
    totals = counts.sum(axis=1)
    median = float(np.median(totals))
    promo = totals > promo_threshold * median
    ordinary = ~promo
    if not totals[ordinary].any():
        raise InputError(f"{source}: the ordinary days have 0 sessions; nothing to calibrate")
    observed = float(totals[ordinary].mean())
    shares = counts[ordinary] / np.maximum(totals[ordinary, None], 1.0)
    profile = shares.mean(axis=0) * 100.0

    agents = None
    if all(complete[d][h].agents is not None for d in order for h in range(24)):
        staff = np.array([[complete[d][h].agents for h in range(24)] for d in order], float)
        agents = tuple(int(round(v)) for v in np.median(staff[ordinary], axis=0))
    handed = [complete[d][h].handoffs for d in order for h in range(24)]
    handoff_share = (
        float(sum(handed) / totals.sum())
        if all(x is not None for x in handed) and totals.sum()
        else None
    )
    frts = [
        (r.first_response_s, r.handoffs or 1)
        for d in order
        for r in complete[d].values()
        if r.first_response_s is not None
    ]
    frt = float(np.average([f for f, _ in frts], weights=[w for _, w in frts])) if frts else None

    data = base.model_dump(mode="json", exclude_none=True)
    arrivals = data["arrivals"]
    arrivals.pop("rate_per_hour", None)
    arrivals["hourly_profile"] = [round(float(p), 4) for p in profile]
    data["horizon"] = {"days": len(order), "warmup_hours": 0}
    if agents is not None:
        data["agents"].pop("count", None)
        data["agents"]["schedule"] = list(agents)
    # Exports count re-contacts, the scenario counts first contacts. Each day's re-contact
    # factor depends on load and spills over from busy days, so first contacts per day are
    # found by a fixed point: first_d = total_d / factor_d, with factor_d from a pilot run of
    # the scenario fitted so far. Three rounds settle it.
    first = totals.copy()
    for _ in range(PILOT_ROUNDS):
        level = float(first[ordinary].mean())
        arrivals["sessions_per_day"] = round(level, 1)
        arrivals["day_multipliers"] = [round(float(f / level), 4) for f in first]
        first = totals / _daily_factors(data, len(order), seed, source)
    level = float(first[ordinary].mean())
    arrivals["sessions_per_day"] = round(level, 1)
    arrivals["day_multipliers"] = [round(float(f / level), 4) for f in first]
    multipliers = np.array(arrivals["day_multipliers"])
    promo = multipliers > promo_threshold
    factor = observed / level
    cal = Calibration(
        days=tuple(order),
        incomplete_days=incomplete,
        daily_totals=tuple(int(t) for t in totals),
        promo_days=tuple(d for d, p in zip(order, promo, strict=True) if p),
        observed_sessions_per_day=observed,
        recontact_factor=factor,
        sessions_per_day=arrivals["sessions_per_day"],
        hourly_profile=tuple(arrivals["hourly_profile"]),
        day_multipliers=tuple(arrivals["day_multipliers"]),
        agents_schedule=agents,
        observed_handoff_share=handoff_share,
        observed_frt_mean_s=frt,
    )
    return cal, data


def _fitted(data: dict, source: str) -> Scenario:
    """The scenario fitted so far; an InputError naming ``source`` if the history is out of
    the scenario's bounds (too many days, a volume no run can take)."""
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        d = validation_diagnostics(exc, Scenario)[0]
        raise InputError(
            f"{source}: the fitted scenario is out of bounds: {d.field}: {d.message}"
        ) from None


def _daily_factors(data: dict, days: int, seed: int, source: str = "history") -> np.ndarray:
    """Sessions per first contact on each day of a pilot run of ``data``."""
    log = simulate(_fitted(data, source), seed).sessions
    day = np.minimum((log.arrival_s // 86400).astype(int), days - 1)
    total = np.bincount(day, minlength=days)
    first = np.bincount(day[~log.is_recontact], minlength=days)
    return np.where(first > 0, total / np.maximum(first, 1), 1.0)
