"""The staffing plan's analytic half: an Erlang C / Erlang A first guess, hour by hour.

The load comes from a simulation (:mod:`simulator.experiments.staffing.demand`); the rest is the standard
queueing approximation, each hour treated as stationary (SIPP):

- ``lambda_h``: handed-off chats per second in hour ``h``.
- Typing per chat ``T = first reply + (rounds - 1) x reply + warm share x warm read`` (means of
  ``agents.first_reply_time``, else ``reply_time``, and ``reply_time``, proficiency mix
  included). An agent types one reply at a time, so the typing load is
  ``lambda_h T`` Erlangs; the replies are jobs of ``T / rounds`` seconds queueing for the agents
  as servers, M/M/n (Erlang C; pooled, so optimistic about an agent's own backlog, which a new
  chat mostly avoids by going to the least-loaded agent).
- A chat holds one of an agent's ``K`` slots for ``C = rounds x reply + (rounds - 1) x think +
  warm``; the slot queue is M/M/(nK) (Erlang C), or M/M/(nK)+M (Erlang A, exponential patience
  with the mean of ``customers.patience``) when customers give up. Only this queue abandons.
- The first response time is the wait plus the no-wait first reply ``D`` (warm read and the
  first reply's typing), sampled from the scenario's distributions. With ``P(W > w | answered)
  = q exp(-w / m)`` (exact for Erlang C; for Erlang A fitted to its ``P(wait)`` and the mean
  wait of answered chats), the FRT service level among answered chats is
  ``E[1{D <= t} (1 - q exp(-(t - D) / m))]``; its limit with no wait, ``P(D <= t)``, is the
  best any headcount can reach.
- Hour ``h`` needs ``max(n_typing, ceil(n_slots / K))`` agents: each the fewest servers whose
  FRT service level reaches the target (for slots, also whose abandonment stays under the
  limit). An hour without handed-off chats needs no one; one with any needs one at least.
- With chat concurrency (``K > 1``) never fewer than ``ceil(lambda_h T / TYPING_OCCUPANCY)``
  agents: an agent types one reply at a time, so the typing load at the target occupancy
  (:data:`simulator.metrics.erlang_staffing.TYPING_OCCUPANCY`, 85%) is a floor, the rule the
  Erlang calculator (``kefulab erlang``) applies too.
- With shrinkage ``s`` (``agents.shrinkage``) the model's headcounts are *scheduled* agents:
  ``n`` scheduled put ``floor(n (1 - s))`` on chats (as the simulation does), and the
  requirement is ``ceil(on duty / (1 - s))``.

The approximation ignores how the replies of an agent's chats interleave and that a queue
spills into the next hour; on the 双11 scenario (80% within 30 s) it asks for 413 agent-hours
where simulation shows 541 are needed. The simulation search (:mod:`simulator.experiments.staffing.planner`) corrects it, and
uses :meth:`HourModel.fit_load_factor` to rescale the load so the model agrees with what it
simulated.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from simulator.common.errors import InputError
from simulator.experiments.staffing.demand import (
    HOURS,
    HumanDemand,
    StaffingTargets,
    measure_demand,
)
from simulator.metrics.erlang_staffing import TYPING_OCCUPANCY, typing_floor
from simulator.metrics.queueing import erlang_a, erlang_c_wait_probability
from simulator.scenario.schema import Scenario
from simulator.scenario.shrinkage import on_duty_after_shrinkage, scheduled_for

#: Largest headcount the analytic search considers for one hour.
MAX_AGENTS = 100_000
#: Load factors :meth:`HourModel.fit_load_factor` may return.
LOAD_FACTOR_RANGE = (0.25, 4.0)
#: A measured level this close to the no-wait ceiling (plus noise) says little about the load.
NEAR_CEILING = 0.02


class TargetOutOfReach(InputError):
    """The FRT SLA target is above what any headcount reaches (typing takes time).

    Attributes:
        ceiling: The FRT service level with no wait at all.
        threshold_needed_s: The threshold the asked share of no-wait first replies meets.
    """

    def __init__(self, message: str, ceiling: float, threshold_needed_s: float) -> None:
        super().__init__(message)
        self.ceiling = ceiling
        self.threshold_needed_s = threshold_needed_s


def check_reachable(scenario: Scenario, targets: StaffingTargets, demand: HumanDemand) -> None:
    """Raise :class:`TargetOutOfReach` when the SLA target is at or above the no-wait ceiling."""
    t = targets.frt_threshold_s
    ceiling = demand.sla_ceiling(t)
    if targets.frt_sla < ceiling:
        return
    needed = demand.threshold_for(targets.frt_sla)
    first = "agents.first_reply_time" if scenario.agents.first_reply_time else "agents.reply_time"
    warm = (
        f" plus the {demand.warm_read_s:g} s warm read"
        if demand.warm_share > 0 and demand.warm_read_s > 0
        else ""
    )
    raise TargetOutOfReach(
        f"{scenario.name}: an FRT SLA of {targets.frt_sla:.0%} within {t:g} s is out of reach: "
        f"typing the first reply ({first}, mean {demand.first_typing_s:g} s){warm} keeps "
        f"{1 - ceiling:.0%} of first replies over {t:g} s even with no wait; ask for --frt-sla "
        f"below {ceiling:.2f}, or --frt-threshold above {math.ceil(needed)} (with no wait, "
        f"{targets.frt_sla:.0%} of first replies take up to {needed:.0f} s)",
        ceiling,
        needed,
    )


def _frt_level(first_reply_s: np.ndarray, threshold_s: float, q: float, m: float) -> float:
    """``E[1{D <= t} (1 - q exp(-(t - D) / m))]`` over the first-reply sample ``D``."""
    k = int(np.searchsorted(first_reply_s, threshold_s, side="right"))
    if k == 0:
        return 0.0
    if q <= 0:
        return k / first_reply_s.size
    if not math.isfinite(m):
        return k * (1.0 - q) / first_reply_s.size
    slack = threshold_s - first_reply_s[:k]
    return float(k - q * np.exp(-slack / m).sum()) / first_reply_s.size


def _wait_tail_c(servers: int, traffic: float, service_s: float) -> tuple[float, float]:
    """Erlang C: ``(P(wait > 0), E[wait | wait > 0])``; ``(1, inf)`` when unstable."""
    if traffic >= servers:
        return 1.0, math.inf
    return erlang_c_wait_probability(servers, traffic), service_s / (servers - traffic)


def _fewest(meets: Callable[[int], bool], limit: int) -> int:
    """Smallest ``n`` in ``1..limit`` with ``meets(n)`` (``limit`` if none), for ``meets``
    monotone in ``n``: grow by doubling, then bisect."""
    if meets(1):
        return 1
    low, hi = 1, 2
    while not meets(hi):
        if hi >= limit:
            return limit
        low, hi = hi, min(hi * 2, limit)
    while hi - low > 1:
        mid = (low + hi) // 2
        low, hi = (low, mid) if meets(mid) else (mid, hi)
    return hi


class HourModel:
    """The analytic model of one hour: FRT service level and abandonment for ``n`` agents.

    Args:
        demand: The measured human demand.
        threshold_s: The FRT threshold.
        hour: Hour of day, 0-23.
        load_factor: Multiplies the hour's handoff rate (1 = as measured).
    """

    def __init__(
        self, demand: HumanDemand, threshold_s: float, hour: int, load_factor: float = 1.0
    ) -> None:
        self.demand, self.threshold_s, self.hour = demand, threshold_s, hour
        self.load_factor = load_factor
        self.rate = demand.handoffs_per_hour[hour] / 3600.0 * load_factor
        self._typing: dict[int, float] = {}
        self._slots: dict[int, tuple[float, float]] = {}

    def scaled(self, load_factor: float) -> HourModel:
        """The same hour with the handoff rate multiplied by ``load_factor``."""
        return HourModel(self.demand, self.threshold_s, self.hour, load_factor)

    def typing_sla(self, agents: int) -> float:
        """FRT service level if waiting for a typing agent were the only delay."""
        if agents not in self._typing:
            d = self.demand
            per_reply_s = d.typing_s_per_chat / max(d.human_rounds, 1.0)
            q, m = _wait_tail_c(agents, self.rate * d.typing_s_per_chat, per_reply_s)
            self._typing[agents] = _frt_level(d.no_wait_first_reply_s, self.threshold_s, q, m)
        return self._typing[agents]

    def slot_performance(self, slots: int) -> tuple[float, float]:
        """(FRT service level, abandonment) if waiting for a free chat slot were the only
        delay."""
        if slots not in self._slots:
            d = self.demand
            if d.patience_s is None:
                q, m = _wait_tail_c(slots, self.rate * d.chat_s, d.chat_s)
                abandon = 0.0
            else:
                r = erlang_a(slots, self.rate, d.chat_s, d.patience_s)
                abandon = r.abandonment
                served = 1.0 - abandon
                q = min(1.0, max(0.0, 1.0 - (1.0 - r.wait_probability) / served)) if served else 1
                m = r.mean_wait_served_s / q if q > 0 else 0.0
            level = _frt_level(d.no_wait_first_reply_s, self.threshold_s, q, m)
            self._slots[slots] = (level, abandon)
        return self._slots[slots]

    def performance(self, agents: int) -> tuple[float, float]:
        """Predicted (FRT service level, abandonment) with ``agents`` agents scheduled
        (``floor(agents x (1 - shrinkage))`` of them on duty)."""
        if self.rate == 0:
            return 1.0, 0.0
        agents = on_duty_after_shrinkage(agents, self.demand.shrinkage)
        if agents <= 0:
            return 0.0, 1.0
        sla, abandon = self.slot_performance(agents * self.demand.concurrency)
        return min(sla, self.typing_sla(agents)), abandon

    def typing_load(self) -> float:
        """Erlangs of typing: handed-off chats per second x typing per chat."""
        return self.rate * self.demand.typing_s_per_chat

    def requirement(self, frt_sla: float, max_abandon: float, limit: int = MAX_AGENTS) -> int:
        """Fewest agents to schedule predicted to meet both targets (0 for an hour without
        demand; at most ``limit``): with concurrency, never below the typing load at
        :data:`TYPING_OCCUPANCY`; with shrinkage, scheduled agents."""
        if self.rate == 0:
            return 0
        k = self.demand.concurrency
        typing = _fewest(lambda n: self.typing_sla(n) >= frt_sla, limit)

        def slots_meet(c: int) -> bool:
            sla, abandon = self.slot_performance(c)
            return sla >= frt_sla and abandon <= max_abandon

        slots = _fewest(slots_meet, limit * k)
        floor = typing_floor(self.typing_load(), k, TYPING_OCCUPANCY)
        on_duty = max(typing, math.ceil(slots / k), floor, 1)
        return min(scheduled_for(on_duty, self.demand.shrinkage), limit)

    def fit_load_factor(self, agents: int, measured_sla: float, judged: int) -> float | None:
        """The load factor at which the model's FRT service level with ``agents`` agents equals
        ``measured_sla``, measured on ``judged`` chats, within :data:`LOAD_FACTOR_RANGE`.

        ``None`` when the measurement says little: no demand or agents, nothing measured, or a
        level within two binomial standard errors of the no-wait ceiling or under 5% (near
        either end the level hardly moves with the load, so it only bounds the factor), or no
        factor in the range agrees.
        """
        if self.rate == 0 or agents <= 0 or judged <= 0 or math.isnan(measured_sla):
            return None
        goal = measured_sla
        se = math.sqrt(max(goal * (1 - goal), 0.01) / judged)
        if not 0.05 <= goal <= self.demand.sla_ceiling(self.threshold_s) - NEAR_CEILING - 2 * se:
            return None
        lo, hi = (math.log(f) for f in LOAD_FACTOR_RANGE)
        if (
            self.scaled(math.exp(lo)).performance(agents)[0] <= goal
            or self.scaled(math.exp(hi)).performance(agents)[0] >= goal
        ):
            return None  # the model cannot agree within the range
        for _ in range(24):  # the level falls as the load grows: bisect on log(factor)
            mid = (lo + hi) / 2
            lo, hi = (
                (mid, hi) if self.scaled(math.exp(mid)).performance(agents)[0] > goal else (lo, mid)
            )
        return math.exp((lo + hi) / 2)


def analytic_plan(
    scenario: Scenario,
    targets: StaffingTargets | None = None,
    demand: HumanDemand | None = None,
) -> tuple[int, ...]:
    """The Erlang first guess: agents needed in each hour of the day (24 entries).

    Args:
        scenario: The scenario whose demand is planned for.
        targets: FRT SLA, threshold and abandonment limit (default :class:`StaffingTargets`).
        demand: The measured human demand; measured by one simulated replication (seed 0) of
            the scenario as it is when not given.

    Raises:
        TargetOutOfReach: the SLA target is at or above what first replies with no wait reach.
    """
    targets = targets or StaffingTargets()
    if demand is None:
        demand = measure_demand(scenario)
    check_reachable(scenario, targets, demand)
    return tuple(
        HourModel(demand, targets.frt_threshold_s, h).requirement(
            targets.frt_sla, targets.max_abandon
        )
        for h in range(HOURS)
    )
