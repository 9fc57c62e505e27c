"""The simulation half of the staffing plan: candidate schedules, simulated and judged by hour.

Every candidate schedule is simulated on the same replications (one seed, common random
numbers), so two candidates differ only by their headcounts and the search is deterministic.
Each hour of the day keeps its own record (:class:`HourSearch`): what each headcount it tried
achieved, the bracket between the largest headcount seen to miss and the smallest seen to meet,
and the load factor that makes the analytic model agree with the simulation, which predicts
the next headcount to try.
"""

from __future__ import annotations

import math
from concurrent.futures import Executor
from dataclasses import dataclass
from functools import partial
from statistics import NormalDist

import numpy as np

from simulator.common.runcontrol import CancelToken, ordered_map
from simulator.experiments.staffing.analytic import HourModel
from simulator.experiments.staffing.demand import HourCounts, StaffingTargets, simulate_counts
from simulator.scenario.schema import Scenario

Schedule = tuple[int, ...]
#: Predictions an hour gets before the search falls back on bisecting its bracket.
MAX_GUIDED = 3
#: An hour missing at its cap with at most this share of its chats queueing is out of reach.
QUEUED_SHARE = 0.02


def with_schedule(scenario: Scenario, schedule: Schedule) -> Scenario:
    """The scenario with ``agents.schedule`` set to 24 hourly headcounts (validated)."""
    data = scenario.model_dump()
    data["agents"]["count"] = None
    data["agents"]["schedule"] = [int(n) for n in schedule]
    return Scenario.model_validate(data)


def meets_targets(sla: float, abandon: float, frt_sla: float, max_abandon: float) -> bool:
    """Both targets met (an hour in which no chat was judged meets the SLA trivially)."""
    return bool((math.isnan(sla) or sla >= frt_sla) and abandon <= max_abandon)


def binomial_se(share: float, n: int) -> float:
    """Standard error of a share measured on ``n`` chats (at least that of 1% / 99%)."""
    return math.sqrt(max(share * (1.0 - share), 0.0099) / max(n, 1))


@dataclass(frozen=True)
class Evaluation:
    """One schedule's counts over all replications, by hour of day."""

    schedule: Schedule
    counts: HourCounts

    @property
    def sla(self) -> np.ndarray:
        return self.counts.frt_sla()

    @property
    def abandon(self) -> np.ndarray:
        return self.counts.abandon()

    def days_met(self, frt_sla: float) -> tuple[np.ndarray, np.ndarray]:
        """Per hour: days that met ``frt_sla`` on their own chats, and days judged."""
        return self.counts.days_met(frt_sla)


def _replication_counts(
    replication: int, scenario: Scenario, seed: int, threshold_s: float
) -> HourCounts:
    return simulate_counts(scenario, seed, replication, threshold_s)


class ScheduleSimulator:
    """Simulates schedules on fixed replications, through an executor when given; remembers
    what it simulated (the same schedule gives the same counts). A cancel stops it between
    replications (raising ``Cancelled``)."""

    def __init__(
        self,
        scenario: Scenario,
        threshold_s: float,
        replications: int,
        seed: int,
        executor: Executor | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.scenario, self.threshold_s = scenario, threshold_s
        self.replications, self.seed, self.executor = replications, seed, executor
        self.cancel = cancel
        self.cache: dict[Schedule, Evaluation] = {}

    def __call__(self, schedule: Schedule) -> Evaluation:
        if schedule in self.cache:
            return self.cache[schedule]
        scenario = with_schedule(self.scenario, schedule)
        counts = ordered_map(
            partial(
                _replication_counts, scenario=scenario, seed=self.seed, threshold_s=self.threshold_s
            ),
            range(self.replications),
            executor=self.executor,
            cancel=self.cancel,
        )
        total = counts[0]
        for c in counts[1:]:  # summed in replication order: the same whichever executor
            total = total + c
        ev = self.cache[schedule] = Evaluation(schedule, total)
        return ev


class HourSearch:
    """The search state of one hour of the day.

    Args:
        model: The analytic model of the hour.
        targets: The plan's targets; an hour out of reach lowers its own copy.
        cap: Most agents the search tries in this hour.
    """

    def __init__(self, model: HourModel, targets: StaffingTargets, cap: int) -> None:
        self.model = model
        self.sla_target, self.max_abandon = targets.frt_sla, targets.max_abandon
        self.reliability = targets.reliability
        self.cap = cap
        self.seen: dict[int, tuple[float, float]] = {}  # headcount -> latest (sla, abandon)
        self.day_share: dict[int, tuple[float, int]] = {}  # headcount -> (share of days met, days)
        self.margin = 0.0  # SLA above the target the pooled figure needs for the reliability
        self.factors: dict[int, float] = {}  # headcount -> load factor fitted there
        self.at_ceiling: set[int] = set()  # headcounts whose level was the no-wait level
        self.demand = False
        self.reachable = True
        self.guided = 0

    def record(
        self,
        n: int,
        sla: float,
        abandon: float,
        judged: int,
        handoffs: int,
        queued: int,
        days: tuple[float, int] = (1.0, 0),
        daily_sd: float = 0.0,
    ) -> None:
        """Note what ``n`` agents achieved: the SLA over ``judged`` chats, the abandonment
        over ``handoffs``, of which ``queued`` waited for a chat slot, and ``days`` = (share of
        days that met the SLA on their own chats, as ``HourCounts.reliable_share`` judges it;
        days judged), whose daily SLAs spread by ``daily_sd``. The latest figure for a
        headcount replaces earlier ones, since the neighbouring hours may have changed."""
        self.demand = self.demand or handoffs > 0
        self.seen[n] = (sla, abandon)
        share, ndays = days
        self.day_share[n] = (share if ndays else 1.0, ndays)
        if self.reliability > 0 and ndays >= 2 and math.isfinite(daily_sd):
            # aim the pooled figure high enough that the reliability's share of days reach
            # the target: its normal quantile times the day-to-day spread
            z = NormalDist().inv_cdf(min(max(self.reliability, 0.01), 0.99))
            self.margin = max(self.margin, min(max(z, 0.0) * daily_sd, 0.15))
        ceiling = self.model.demand.sla_ceiling(self.model.threshold_s)
        if not math.isnan(sla) and sla >= ceiling - 2 * binomial_se(sla, judged):
            self.at_ceiling.add(n)
        else:
            self.at_ceiling.discard(n)
        factor = self.model.fit_load_factor(n, sla, judged)
        if factor is None:
            self.factors.pop(n, None)
        else:
            self.factors[n] = factor
        if n >= self.cap and not self.meets(n) and queued <= QUEUED_SHARE * handoffs:
            # Out of reach: with this large headcount next to no chat waited for an agent, yet
            # the hour misses (few chats that drew long first replies). Plan to do as well as
            # it did, less one standard error (few chats make the figure jumpy between
            # candidates). A miss at the cap with chats queueing, a backlog carried over from
            # an understaffed hour before, is not this: the hour stays at the cap until its
            # neighbours improve.
            self.reachable = False
            if not math.isnan(sla):
                self.sla_target = min(self.sla_target, sla - binomial_se(sla, judged))
            self.max_abandon = max(self.max_abandon, abandon + binomial_se(abandon, handoffs))
            share = self.day_share[n][0]
            if share < self.reliability:
                self.reliability = max(share - binomial_se(share, ndays), 0.0)

    @property
    def load_factor(self) -> float | None:
        """The load factor fitted where the measured level came closest to the target."""
        if not self.factors:
            return None
        n = min(self.factors, key=lambda k: (abs(self.seen[k][0] - self.sla_target), k))
        return self.factors[n]

    def meets(self, n: int) -> bool:
        if n <= 0 or n not in self.seen:
            return False
        return meets_targets(*self.seen[n], self.sla_target, self.max_abandon) and (
            self.reliable(n)
        )

    def reliable(self, n: int) -> bool:
        """``n`` agents met the SLA on at least the reliability target's share of days."""
        share = self.day_share.get(n, (1.0, 0))[0]
        return share >= self.reliability - 1e-12

    def bracket(self) -> tuple[int, int | None]:
        """(largest headcount known to miss, smallest known to meet or None); no agents at all
        count as missing."""
        ok = min((n for n in self.seen if self.meets(n)), default=None)
        below = [n for n in self.seen if not self.meets(n) and (ok is None or n < ok)]
        return max(below, default=0), ok

    def settled(self) -> bool:
        """No demand, or one agent fewer than the smallest headcount that meets was seen to
        miss."""
        if not self.demand:
            return True
        fail, ok = self.bracket()
        return ok is not None and ok - fail <= 1

    def safe(self) -> int:
        """The smallest headcount known to meet, else the next step up."""
        if not self.demand:
            return 0
        ok = self.bracket()[1]
        return ok if ok is not None else self.next(1.0)

    def _flat(self, n: int) -> bool:
        """A smaller headcount reached the same level as ``n`` (more agents did not help)."""
        level = self.seen[n][0]
        return any(m < n and self.seen[m][0] >= level for m in self.seen if m > 0)

    def next(self, fallback_factor: float) -> int:
        """The next headcount to try: the analytic requirement with the fitted load factor (or
        ``fallback_factor``), strictly inside the bracket; once :data:`MAX_GUIDED` predictions
        have not settled it, the bracket's middle, or a quarter more (less) while no headcount
        has met (missed)."""
        if not self.demand:
            return 0
        fail, ok = self.bracket()
        if ok is not None and ok - fail <= 1:
            return ok
        lo, hi = fail + 1, (ok - 1 if ok is not None else self.cap)
        if lo >= hi:
            return min(lo, self.cap)
        if ok is None and (fail in self.at_ceiling or self._flat(fail)):
            return hi  # more agents did not help, or cannot: is the target reachable at all?
        if self.guided >= MAX_GUIDED:  # predictions have not settled it
            if ok is None:
                return min(fail + max(1, fail // 4), hi)  # grow by a quarter
            if fail == 0:
                return max(lo, hi - max(1, hi // 4))  # no miss seen yet: a quarter less
            return (lo + hi) // 2
        self.guided += 1
        model = self.model.scaled(self.load_factor or fallback_factor)
        ceiling = self.model.demand.sla_ceiling(self.model.threshold_s)
        aim = min(self.sla_target + self.margin, max(self.sla_target, ceiling - 0.01))
        guess = model.requirement(aim, self.max_abandon, hi)
        # Until the bracket has both ends, overshoot the guess a little towards the missing
        # end: the fitted model is too steep near the target, so guesses step one at a time.
        if ok is None:
            guess = max(guess, fail + _step(fail))
        elif fail == 0:
            guess = min(guess, ok - _step(ok))
        return min(max(guess, lo), hi)


def _step(n: int) -> int:
    """A stride of about 8% of a headcount, at least one agent."""
    return max(1, round(n / 12))


def record_all(hours: list[HourSearch], ev: Evaluation) -> None:
    """Record one simulated schedule in every hour's search."""
    sla, abandon, c = ev.sla, ev.abandon, ev.counts
    judged = c.handoffs - c.abandoned
    daily = c.daily_frt_sla()
    for h, hour in enumerate(hours):
        _, days = c.days_met(hour.sla_target)
        share = c.reliable_share(hour.sla_target)
        col = daily[:, h] if daily.shape[0] else np.zeros(0)
        col = col[~np.isnan(col)]
        sd = float(np.std(col, ddof=1)) if col.size >= 2 else 0.0
        hour.record(
            ev.schedule[h],
            float(sla[h]),
            float(abandon[h]),
            int(judged[h]),
            int(c.handoffs[h]),
            int(c.queued[h]),
            (float(share[h]), int(days[h])),
            sd,
        )


def fallback_factor(hours: list[HourSearch]) -> float:
    """The median load factor over hours that have one; 1 (the model as it is) unless at
    least three hours have one."""
    factors = [h.load_factor for h in hours if h.load_factor is not None]
    return float(np.median(factors)) if len(factors) >= 3 else 1.0


def misses(
    sla: float,
    abandon: float,
    share: float,
    targets_sla: float,
    max_abandon: float,
    reliability: float,
) -> tuple[str, ...]:
    """Which targets an hour misses: ``"sla"`` (pooled FRT SLA), ``"abandon"``, ``"days"``
    (the SLA met on too small a share of days)."""
    out = []
    if not math.isnan(sla) and sla < targets_sla:
        out.append("sla")
    if abandon > max_abandon:
        out.append("abandon")
    if share < reliability - 1e-12:
        out.append("days")
    return tuple(out)


def missing_hours(hours: list[HourSearch], ev: Evaluation) -> tuple[int, ...]:
    """Hours with demand that miss their (effective) targets in ``ev``."""
    return tuple(
        h for h, hour in enumerate(hours) if hour.demand and not hour.meets(ev.schedule[h])
    )
