"""Fit a scenario to a shop's hourly history and set the fit beside the history, hour by hour.

Qt-free. :func:`fit_history` is a generator for :class:`gui.workers.GeneratorWorker`: it yields
the stage it starts (so the page can say what is happening, and cancel between stages), runs
:func:`simulator.experiments.calibrate.calibrate` exactly as ``kefulab calibrate`` does, then
replays the fitted scenario as an hourly export
(:func:`simulator.experiments.history.generate_history`) to compare it with the history.
"""

from __future__ import annotations

import math
from collections.abc import Generator, Sequence
from dataclasses import dataclass

from simulator.experiments.calibrate import PROMO_THRESHOLD, Calibration, calibrate
from simulator.experiments.history import HourRow, generate_history
from simulator.scenario.schema import Scenario

#: the stages :func:`fit_history` yields, in order
STAGES = ("fit", "simulate")
SERIES = ("sessions", "handoffs", "first_response_s")


@dataclass(frozen=True)
class HourlySeries:
    """One measure per hour of day (mean over the fitted days), history and simulation.

    ``history`` is NaN in an hour the export has no value for (no such column, or no chat)."""

    name: str  # one of SERIES
    history: tuple[float, ...]
    simulated: tuple[float, ...]

    @property
    def has_history(self) -> bool:
        return any(not math.isnan(v) for v in self.history)


@dataclass(frozen=True)
class CalibrationFit:
    """A finished fit: what the history says, the fitted scenario, and the hourly comparison."""

    calibration: Calibration
    scenario: Scenario
    series: tuple[HourlySeries, ...]  # in SERIES order
    history_name: str

    def series_of(self, name: str) -> HourlySeries:
        return next(s for s in self.series if s.name == name)


def _per_hour(rows: Sequence[HourRow], value, weight=None) -> tuple[float, ...]:
    """Mean of ``value(row)`` per hour of day (weighted by ``weight(row)``), NaN when none."""
    sums, weights = [0.0] * 24, [0.0] * 24
    for row in rows:
        v = value(row)
        if v is None:
            continue
        w = 1.0 if weight is None else float(weight(row) or 0)
        sums[row.hour] += w * float(v)
        weights[row.hour] += w
    return tuple(s / w if w > 0 else math.nan for s, w in zip(sums, weights, strict=True))


def hourly_series(
    history: Sequence[HourRow], simulated: Sequence[HourRow]
) -> tuple[HourlySeries, ...]:
    """Sessions, handoffs and mean first response per hour of day, history against simulation
    (first response weighted by the hour's handoffs, as ``calibrate`` weighs it)."""

    def frt_weight(row: HourRow) -> float:
        return row.handoffs or 1

    def build(name, value, weight=None) -> HourlySeries:
        return HourlySeries(
            name, _per_hour(history, value, weight), _per_hour(simulated, value, weight)
        )

    return (
        build("sessions", lambda r: r.sessions),
        build("handoffs", lambda r: r.handoffs),
        build("first_response_s", lambda r: r.first_response_s, frt_weight),
    )


def fitted_scenario(
    data: dict, history_name: str, calibration: Calibration, base_name: str
) -> Scenario:
    """The calibrated data as a validated scenario, named and described as the CLI names it."""
    data = dict(data)
    data["name"] = f"Calibrated from {history_name}"
    data["description"] = (
        f"Demand fitted to {history_name} ({len(calibration.days)} complete days); "
        f"everything else from {base_name}."
    )
    return Scenario.model_validate(data)


def fit_history(
    rows: Sequence[HourRow],
    base: Scenario,
    history_name: str,
    base_name: str,
    seed: int = 0,
    promo_threshold: float = PROMO_THRESHOLD,
) -> Generator[str, None, CalibrationFit]:
    """Fit ``base``'s demand to ``rows``; yields each stage of :data:`STAGES` as it starts."""
    yield "fit"
    calibration, data = calibrate(list(rows), base, seed, promo_threshold)
    scenario = fitted_scenario(data, history_name, calibration, base_name)
    yield "simulate"
    days = set(calibration.days)
    used = [r for r in rows if r.day in days]
    simulated = generate_history(scenario, seed)
    return CalibrationFit(calibration, scenario, hourly_series(used, simulated), history_name)
