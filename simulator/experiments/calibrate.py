"""Fit a scenario to a shop's hourly history.

From an hourly export (:mod:`simulator.experiments.history`) this estimates the ordinary daily volume, the
hour-of-day profile, a multiplier per day (promo days stand out), and the agent schedule when the
export has an ``agents`` column. The export counts every session, re-contacts included, while a
scenario's ``sessions_per_day`` counts first contacts (the model adds re-contacts itself), so the
volume is divided by the re-contact factor of a short pilot simulation of the calibrated scenario.

When the export has ``handoffs`` and ``first_response_s`` columns (and ``fit_service`` is on),
the same pilot runs also fit the service side:

* the handoff share (handoffs / sessions over all complete days), by scaling every bot
  answer quality of the base scenario by one factor (``bot.answer_quality``; a base without a
  bot is left alone);
* the first response of a typical ordinary day (the median over ordinary days of each day's
  handoff-weighted mean, so that a congested day after a promo does not pull it), by moving the
  mean of ``agents.first_reply_time`` (created from ``reply_time`` when the base has none) by
  the gap between history and pilot. The pilot is read through the same hourly export as the
  history (:func:`simulator.experiments.history.history_rows`), not from its chats, and the
  first round (volume not yet divided by the re-contact factor) does not move the first reply. Queueing and the warm read stay the model's own,
  so a history faster than they allow cannot be reached: the check
  (:mod:`simulator.experiments.calibration_check`) then says so.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import numpy as np
from pydantic import ValidationError

from simulator.common.errors import InputError
from simulator.common.yamlio import validation_diagnostics
from simulator.experiments.history import HourRow, history_rows
from simulator.model import simulate
from simulator.scenario.schema import Scenario

PROMO_THRESHOLD = 1.5  # a day above 1.5x the median day counts as a promo day
PILOT_ROUNDS = 4
#: replications of the last pilot round, averaged: a run's median ordinary-day first response
#: varies by ~2% from seed to seed, which the last step would carry into the first reply
PILOT_REPLICATIONS = 3
#: the fitted first reply's mean stays within these bounds, seconds (typing an opening line
#: takes time; a history slower than an hour per opening reply is queueing, not typing)
MIN_FIRST_REPLY_S = 1.0
MAX_FIRST_REPLY_S = 3600.0


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
    observed_frt_mean_s: float | None  # all complete days, handoff-weighted
    # the service fit (None when the export lacks the column, the base has no bot, or
    # fit_service is off)
    ordinary_frt_mean_s: float | None = None  # median ordinary day: what first reply is fitted to
    answer_quality_scale: float | None = None  # factor on every bot answer quality
    first_reply_mean_s: float | None = None  # fitted mean of agents.first_reply_time
    pilot_handoff_share: float | None = None  # last pilot run, for the record
    pilot_frt_mean_s: float | None = None  # median ordinary day, last round (mean of runs)


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
    fit_service: bool = True,
) -> tuple[Calibration, dict]:
    """Return the calibration and the calibrated scenario as plain data (validated by the caller).

    ``source`` names the history (its file) in error messages. ``fit_service`` also fits the
    handoff share and the first response (see the module's docstring) when the export has them.

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
    frt = _frt_mean(complete, order)
    day_frts = [_frt_mean(complete, [d]) for d, p in zip(order, promo, strict=True) if not p]
    day_frts = [f for f in day_frts if f is not None]
    ordinary_frt = float(np.median(day_frts)) if day_frts else None

    data = base.model_dump(mode="json", exclude_none=True)
    arrivals = data["arrivals"]
    arrivals.pop("rate_per_hour", None)
    arrivals["hourly_profile"] = [round(float(p), 4) for p in profile]
    data["horizon"] = {"days": len(order), "warmup_hours": 0}
    if agents is not None:
        data["agents"].pop("count", None)
        data["agents"].pop("shrinkage", None)  # the export counts agents on duty, after shrinkage
        data["agents"]["schedule"] = list(agents)
    fit = _ServiceFit(
        data,
        handoff_share if fit_service and base.bot.enabled and base.bot.answer_quality else None,
        ordinary_frt if fit_service else None,
        ordinary,
    )
    # Exports count re-contacts, the scenario counts first contacts. Each day's re-contact
    # factor depends on load and spills over from busy days, so first contacts per day are
    # found by a fixed point: first_d = total_d / factor_d, with factor_d from a pilot run of
    # the scenario fitted so far. Three rounds settle it.
    # The service fit rides on the same pilot runs.
    first = totals.copy()
    for k in range(PILOT_ROUNDS):
        level = float(first[ordinary].mean())
        arrivals["sessions_per_day"] = round(level, 1)
        arrivals["day_multipliers"] = [round(float(f / level), 4) for f in first]
        fit.apply()
        pilot = _fitted(data, source)
        last = k == PILOT_ROUNDS - 1
        results = [simulate(pilot, seed, r) for r in range(PILOT_REPLICATIONS if last else 1)]
        logs = [r.sessions for r in results]
        first = totals / np.mean([_daily_factors_of(log, len(order)) for log in logs], axis=0)
        # Re-contacts come back hours later, so they fill the night more than first contacts
        # do: the profile (of first contacts) is the history's, less each hour's re-contacts.
        fixed = profile * np.mean([_hourly_first_share(log, ordinary) for log in logs], axis=0)
        arrivals["hourly_profile"] = [round(float(p), 4) for p in fixed * 100.0 / fixed.sum()]
        # The pilot is measured as the history was: on its own hourly export. The first round
        # simulates the history's sessions as first contacts, so the model's re-contacts come
        # on top of re-contacts already counted: with a quarter of the sessions re-contacts
        # the desk is overloaded and its first response says nothing about the first reply.
        # The first reply moves from the second round on.
        fit.update([history_rows(pilot, r) for r in results], fit_frt=k > 0)
    fit.apply()
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
        ordinary_frt_mean_s=ordinary_frt,
        answer_quality_scale=fit.scale if fit.handoff_target is not None else None,
        first_reply_mean_s=fit.first_reply if fit.frt_target is not None else None,
        pilot_handoff_share=fit.last_handoff,
        pilot_frt_mean_s=fit.last_frt,
    )
    return cal, data


def _frt_mean(complete: dict[date, dict[int, HourRow]], days) -> float | None:
    """Handoff-weighted mean first response of ``days`` (None when the export has none)."""
    frts = [
        (r.first_response_s, r.handoffs or 1)
        for d in days
        for r in complete[d].values()
        if r.first_response_s is not None
    ]
    if not frts:
        return None
    return float(np.average([f for f, _ in frts], weights=[w for _, w in frts]))


class _ServiceFit:
    """Handoff share (by one factor on the bot's answer quality per intent) and ordinary-day mean first
    response (by the mean of ``agents.first_reply_time``), updated from each pilot run.

    The handoff share falls as answer quality rises, but not in proportion (a customer meets
    several answers), so the factor moves by secant steps on the pilot's shares; the first
    reply moves by the gap in mean first response (queueing on top of it is the model's own).
    """

    def __init__(self, data: dict, handoff_target, frt_target, ordinary: np.ndarray) -> None:
        self.data = data
        self.handoff_target = handoff_target
        self.frt_target = frt_target
        self.ordinary = ordinary
        self.base_answer_quality = dict(data.get("bot", {}).get("answer_quality", {}))
        agents = data["agents"]
        self.first_dist = dict(agents.get("first_reply_time") or agents["reply_time"])
        self.first_mean = _dist_mean(self.first_dist)
        if not self.first_mean > 0:  # a constant 0 s reply cannot be scaled
            self.frt_target = None
        self.first_reply = self.first_mean
        self.scale = 1.0
        self.history: list[tuple[float, float]] = []  # (scale, pilot handoff share)
        self.last_handoff: float | None = None
        self.last_frt: float | None = None

    def apply(self) -> None:
        if self.handoff_target is not None:
            top = max(self.base_answer_quality.values())
            self.scale = min(self.scale, 1.0 / top) if top > 0 else self.scale
            self.data["bot"]["answer_quality"] = {
                k: round(min(1.0, v * self.scale), 4) for k, v in self.base_answer_quality.items()
            }
        if self.frt_target is not None:
            ratio = self.first_reply / self.first_mean
            self.data["agents"]["first_reply_time"] = _dist_scaled(self.first_dist, ratio)

    def update(self, runs: list[list[HourRow]], fit_frt: bool = True) -> None:
        """Take in a pilot round's hourly exports (one per replication, days in the history's
        order).

        The pilot is read exactly as the history was read: the handoff share from the hourly
        counts, each day's first response as the handoff-weighted mean of the hourly means.
        That is not the mean over the answered chats: chats that leave the queue unanswered
        count as handoffs but have no first response, and they cluster in the hours that
        answer slowly (nights, the days after a promo), so the export's daily figure runs
        several percent above the chats' mean. Fitting one to the other would set the first
        reply that much too slow.

        The first response is each run's median ordinary day, averaged over the runs; the
        handoff share is the first run's, so that the secant steps compare runs on common
        random numbers.
        """
        shares, frts = [], []
        for rows in runs:
            pilot = _by_day(rows)
            days = list(pilot)[: self.ordinary.size]
            sessions = sum(r.sessions for d in days for r in pilot[d].values())
            handed = sum(r.handoffs or 0 for d in days for r in pilot[d].values())
            shares.append(float(handed / sessions) if sessions else None)
            per_day = [
                _frt_mean(pilot, [d]) for d, o in zip(days, self.ordinary, strict=False) if o
            ]
            per_day = [f for f in per_day if f is not None]
            if per_day:
                frts.append(float(np.median(per_day)))
        self.last_handoff = shares[0]
        self.last_frt = float(np.mean(frts)) if frts else None
        if fit_frt and self.frt_target is not None and self.last_frt is not None:
            gap = self.frt_target - self.last_frt
            self.first_reply = min(
                MAX_FIRST_REPLY_S, max(MIN_FIRST_REPLY_S, self.first_reply + gap)
            )
        if self.handoff_target is not None and self.last_handoff is not None:
            self.history.append((self.scale, self.last_handoff))
            self.scale = self._next_scale()

    def _next_scale(self) -> float:
        target = self.handoff_target
        (k1, h1) = self.history[-1]
        kept, want = 1.0 - h1, 1.0 - target
        if len(self.history) >= 2 and k1 > 0:
            k0, h0 = self.history[-2]
            if h1 != h0 and k1 != k0:  # secant step on h(k)
                slope = (h1 - h0) / (k1 - k0)
                # Once the factor moves by a fraction of a percent, the two runs' shares differ
                # by noise as much as by the factor (the volume and first reply moved too), and
                # a secant through noise can jump anywhere (seen: x1.007 -> x0.905, handoff
                # share 55% -> 59%). Trust it only near the slope of the proportional model
                # below, -kept / k.
                model = -kept / k1
                if model < 0 and 0.5 <= slope / model <= 2.0:
                    return float(max(0.0, k1 + (target - h1) / slope))
        # first step: the bot keeps the share it does not hand off in proportion to answer quality
        return float(max(0.0, k1 * want / kept)) if kept > 0 else k1


def _dist_mean(d: dict) -> float:
    from simulator.scenario.distributions import Distribution

    return float(Distribution.model_validate(d).center)


def _dist_scaled(d: dict, ratio: float) -> dict:
    """The distribution with every duration scaled by ``ratio`` (the same shape and cv)."""
    out = dict(d)
    for key in ("mean_s", "mean", "value", "low", "high"):
        if out.get(key) is not None:
            out[key] = round(float(out[key]) * ratio, 3)
    if out.get("values"):
        out["values"] = [round(float(v) * ratio, 3) for v in out["values"]]
    return out


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
    return _daily_factors_of(simulate(_fitted(data, source), seed).sessions, days)


def _hourly_first_share(log, ordinary: np.ndarray) -> np.ndarray:
    """Per hour of day, first contacts / all sessions on the ordinary days of a pilot run
    (1 in an hour with no session)."""
    days = ordinary.size
    day = np.minimum((log.arrival_s // 86400).astype(int), days - 1)
    keep = ordinary[day]
    hour = (log.arrival_s[keep] // 3600).astype(int) % 24
    total = np.bincount(hour, minlength=24)
    first = np.bincount(hour[~log.is_recontact[keep]], minlength=24)
    return np.where(total > 0, first / np.maximum(total, 1), 1.0)


def _daily_factors_of(log, days: int) -> np.ndarray:
    """Sessions per first contact on each day of a simulated session log."""
    day = np.minimum((log.arrival_s // 86400).astype(int), days - 1)
    total = np.bincount(day, minlength=days)
    first = np.bincount(day[~log.is_recontact], minlength=days)
    return np.where(first > 0, total / np.maximum(first, 1), 1.0)
