"""What the human side of a scenario must absorb, measured in simulation, hour by hour.

A simulation of the scenario counts, per hour of day of the handoff, the chats handed to humans,
how many got a first reply in time and how many left the queue, and the agent replies each chat
took. The staffing search (:mod:`simulator.experiments.staffing.planner`) judges candidate schedules by these
counts, and the analytic guess (:mod:`simulator.experiments.staffing.analytic`) takes its load from them,
so the bot phase, re-contacts and a cold handoff's extra rounds are all in the load.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from statistics import NormalDist

import numpy as np

from simulator.model import RunResult, simulate
from simulator.scenario.distributions import Distribution
from simulator.scenario.schema import INTENTS, Scenario

HOURS = 24
#: Judged chats a day an hour needs, on average, before the reliability is also judged by a
#: normal model of its daily SLAs (fewer chats make the daily SLA too coarse for it).
MODEL_CHATS_PER_DAY = 30
#: Monte Carlo draws of the no-wait first reply, and the quantile points kept from them.
_FIRST_REPLY_DRAWS = 40_000
_FIRST_REPLY_POINTS = 2_000


@dataclass(frozen=True)
class StaffingTargets:
    """What every hour of a staffing plan must achieve.

    Attributes:
        frt_sla: Share of answered handed-off chats whose first human reply comes within
            ``frt_threshold_s`` (the ``frt_sla_answered`` KPI), in (0, 1).
        frt_threshold_s: The first-response threshold, seconds, > 0.
        max_abandon: Largest share of handed-off chats that may leave the queue, in [0, 1).
        reliability: Share of simulated days on which each hour must meet ``frt_sla`` on that
            day's own chats, in [0, 1]; 0 judges only the figure pooled over all days (on top
            of which the reliability target applies: both must hold).
    """

    frt_sla: float = 0.8
    frt_threshold_s: float = 30.0
    max_abandon: float = 0.05
    reliability: float = 0.8

    def __post_init__(self) -> None:
        if not 0 < self.frt_sla < 1:
            raise ValueError(f'"frt_sla" must be in (0, 1), got {self.frt_sla!r}.')
        if not (self.frt_threshold_s > 0 and math.isfinite(self.frt_threshold_s)):
            raise ValueError(f'"frt_threshold_s" must be > 0, got {self.frt_threshold_s!r}.')
        if not 0 <= self.max_abandon < 1:
            raise ValueError(f'"max_abandon" must be in [0, 1), got {self.max_abandon!r}.')
        if not 0 <= self.reliability <= 1:
            raise ValueError(f'"reliability" must be in [0, 1], got {self.reliability!r}.')


@dataclass(frozen=True)
class HourCounts:
    """Handed-off chats of one or more replications, by hour of day of the handoff.

    Every session counts, the warm-up included (unlike the KPIs): a schedule must serve every
    hour's chats, and a warm-up hour left unjudged would be planned with no one. Arrays have
    24 entries. ``daily_on_time`` and ``daily_judged`` keep the same counts per simulated day
    (one row per day of every replication, 24 columns), for the share of days that met the SLA.
    """

    handoffs: np.ndarray
    answered: np.ndarray  # got a first human reply
    on_time: np.ndarray  # ... within the threshold
    abandoned: np.ndarray  # left the queue
    queued: np.ndarray  # found no free chat slot and waited in the queue
    finished: int  # handed-off chats an agent saw through to the end
    finished_replies: int  # agent replies those chats took
    from_bot: int  # handed-off chats the bot passed on (the rest had no bot)
    daily_on_time: np.ndarray = field(default_factory=lambda: np.zeros((0, HOURS), np.int64))
    daily_judged: np.ndarray = field(default_factory=lambda: np.zeros((0, HOURS), np.int64))

    def __add__(self, other: HourCounts) -> HourCounts:
        return HourCounts(
            self.handoffs + other.handoffs,
            self.answered + other.answered,
            self.on_time + other.on_time,
            self.abandoned + other.abandoned,
            self.queued + other.queued,
            self.finished + other.finished,
            self.finished_replies + other.finished_replies,
            self.from_bot + other.from_bot,
            np.vstack([self.daily_on_time, other.daily_on_time]),
            np.vstack([self.daily_judged, other.daily_judged]),
        )

    def daily_frt_sla(self) -> np.ndarray:
        """Per simulated day (rows) and hour (columns): that day's FRT service level in that
        hour, NaN where no chat of the hour was judged that day."""
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(
                self.daily_judged > 0,
                self.daily_on_time / np.maximum(self.daily_judged, 1),
                np.nan,
            )

    def days_met(self, frt_sla: float) -> tuple[np.ndarray, np.ndarray]:
        """Per hour: (days on which the hour met ``frt_sla``, days on which it had a judged
        chat). A day with no judged chat in the hour is left out."""
        daily = self.daily_frt_sla()
        judged = ~np.isnan(daily)
        met = judged & (np.where(judged, daily, 0.0) >= frt_sla - 1e-12)
        return met.sum(axis=0), judged.sum(axis=0)

    def reliable_share(self, frt_sla: float) -> np.ndarray:
        """Per hour: the share of days that meet ``frt_sla`` as the planner judges it, the
        smaller of the share counted (:meth:`day_share_met`) and, in an hour with at least
        :data:`MODEL_CHATS_PER_DAY` judged chats a day on average over at least 3 days, the
        share a normal model of its daily SLAs (their mean and spread) gives. On ten days the
        count moves in steps of 10 points and rewards a lucky draw; the model uses how far each
        day was from the target, and is steadier."""
        counted = self.day_share_met(frt_sla)
        daily = self.daily_frt_sla()
        out = counted.astype(float)
        for h in range(HOURS):
            col = daily[:, h] if daily.shape[0] else np.zeros(0)
            judged = ~np.isnan(col)
            n = int(judged.sum())
            if n < 3 or self.daily_judged[:, h].sum() < MODEL_CHATS_PER_DAY * n:
                continue
            values = col[judged]
            mean, sd = float(values.mean()), float(values.std(ddof=1))
            if sd <= 0:
                model = 1.0 if mean >= frt_sla else 0.0
            else:
                model = NormalDist().cdf((mean - frt_sla) / sd)
            out[h] = min(out[h], model)
        return out

    def day_share_met(self, frt_sla: float) -> np.ndarray:
        """Per hour: the share of simulated days (with a judged chat) that met ``frt_sla``;
        1 where no day had one."""
        met, days = self.days_met(frt_sla)
        return np.where(days > 0, met / np.maximum(days, 1), 1.0)

    def frt_sla(self) -> np.ndarray:
        """Per hour: on-time first replies / (answered + never answered nor abandoned), NaN if
        none. Chats still waiting when the run stops count as late."""
        waiting = self.handoffs - self.answered - self.abandoned
        den = self.answered + waiting
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(den > 0, self.on_time / np.maximum(den, 1), np.nan)

    def abandon(self) -> np.ndarray:
        """Per hour: abandoned / handed off (0 where nothing was handed off)."""
        return np.where(self.handoffs > 0, self.abandoned / np.maximum(self.handoffs, 1), 0.0)


def count_hours(result: RunResult, threshold_s: float, days: int | None = None) -> HourCounts:
    """Count one replication's handed-off chats by hour of day of their handoff; ``days`` is
    the horizon (chats handed off after it, while the run drains, count in its last day)."""
    log = result.sessions
    keep = log.handed_off
    hour = (log.handoff_s[keep] // 3600.0).astype(np.int64) % HOURS
    frt = log.frt_s[keep]
    answered = ~np.isnan(frt)
    on_time = answered & (np.where(answered, frt, np.inf) <= threshold_s)
    abandoned = log.abandoned[keep]
    finished = ~abandoned & ~log.censored[keep]

    def per_hour(mask: np.ndarray) -> np.ndarray:
        return np.bincount(hour[mask], minlength=HOURS)[:HOURS]

    day = (log.handoff_s[keep] // 86400.0).astype(np.int64)
    if days is None:
        days = int(day.max()) + 1 if day.size else 1
    day = np.clip(day, 0, days - 1)
    cell = day * HOURS + hour
    judged = answered | (~answered & ~abandoned)  # answered, or still waiting at the end

    def per_day_hour(mask: np.ndarray) -> np.ndarray:
        return np.bincount(cell[mask], minlength=days * HOURS).reshape(days, HOURS)

    return HourCounts(
        handoffs=np.bincount(hour, minlength=HOURS)[:HOURS],
        answered=per_hour(answered),
        on_time=per_hour(on_time),
        abandoned=per_hour(abandoned),
        queued=per_hour(log.queued[keep]),
        finished=int(finished.sum()),
        finished_replies=int(log.human_replies[keep][finished].sum()),
        from_bot=int(log.bot_touched[keep].sum()),
        daily_on_time=per_day_hour(on_time),
        daily_judged=per_day_hour(judged),
    )


def simulate_counts(
    scenario: Scenario, seed: int, replication: int, threshold_s: float
) -> HourCounts:
    """Simulate one replication and count it by hour (picklable, small result for executors)."""
    return count_hours(simulate(scenario, seed, replication), threshold_s, scenario.horizon.days)


# --------------------------------------------------------------------------- demand


@dataclass(frozen=True)
class HumanDemand:
    """The load handed to humans, per hour of day, and what each chat takes.

    Attributes:
        handoffs_per_hour: Mean handed-off chats in each hour of day (24).
        human_rounds: Mean agent replies per handed-off chat.
        warm_share: Share of handed-off chats whose agent first reads the bot transcript.
        first_typing_s: Mean typing time of the first reply after the handoff
            (``agents.first_reply_time``, else ``reply_time``; proficiency mix included).
        reply_s: Mean typing time of a later reply (proficiency mix included).
        think_s: Mean customer think time between rounds.
        warm_read_s: ``handoff.warm_read_s``.
        concurrency: Chats an agent holds at once (``agents.concurrency``).
        patience_s: Mean patience (Erlang A), or ``None`` when customers never leave.
        no_wait_first_reply_s: Sorted sample of the first response with no wait at all (warm
            read + typing the first reply), seconds.
    """

    handoffs_per_hour: tuple[float, ...]
    human_rounds: float
    warm_share: float
    first_typing_s: float
    reply_s: float
    think_s: float
    warm_read_s: float
    concurrency: int
    patience_s: float | None
    no_wait_first_reply_s: np.ndarray = field(repr=False, compare=False)
    shrinkage: float = 0.0  # agents.shrinkage (analytic.py plans scheduled agents with it)

    @property
    def typing_s_per_chat(self) -> float:
        """Agent typing time a handed-off chat takes, seconds."""
        later = max(self.human_rounds - 1.0, 0.0) * self.reply_s
        return self.first_typing_s + later + self.warm_share * self.warm_read_s

    @property
    def chat_s(self) -> float:
        """Time a chat holds an agent's slot when nobody waits, seconds."""
        return self.typing_s_per_chat + max(self.human_rounds - 1.0, 0.0) * self.think_s

    def sla_ceiling(self, threshold_s: float) -> float:
        """The FRT service level with no wait at all: the best any headcount can reach."""
        d = self.no_wait_first_reply_s
        return float(np.searchsorted(d, threshold_s, side="right")) / d.size

    def threshold_for(self, sla: float) -> float:
        """The shortest threshold that ``sla`` of no-wait first replies meet, seconds."""
        return float(np.quantile(self.no_wait_first_reply_s, sla))


def first_reply_time(scenario: Scenario) -> Distribution:
    """What typing the first reply after a handoff takes."""
    return scenario.agents.first_reply_time or scenario.agents.reply_time


def _first_reply_sample(scenario: Scenario, warm_share: float, seed: int) -> np.ndarray:
    """Sorted quantile points of the no-wait first reply: warm read (when it applies) plus the
    first reply's typing, scaled by a proficiency level drawn by its share of agents."""
    rng = np.random.default_rng(np.random.SeedSequence(seed, spawn_key=(0x57AFF,)))
    n = _FIRST_REPLY_DRAWS
    typing = np.asarray(first_reply_time(scenario).sample(rng, n), dtype=float)
    levels = list(scenario.agents.proficiency.values())
    if levels:
        shares = np.array([lv.share for lv in levels])
        factors = np.array([lv.reply_time_factor for lv in levels])
        typing = typing * factors[rng.choice(len(levels), n, p=shares / shares.sum())]
    warm = rng.random(n) < warm_share
    sample = typing + np.where(warm, scenario.handoff.warm_read_s, 0.0)
    points = (np.arange(_FIRST_REPLY_POINTS) + 0.5) / _FIRST_REPLY_POINTS
    return np.sort(np.quantile(sample, points))


def demand_from_counts(
    scenario: Scenario, counts: HourCounts, replications: int, seed: int = 0
) -> HumanDemand:
    """The human demand measured by ``replications`` simulated replications' ``counts``."""
    per_day = counts.handoffs / (replications * scenario.horizon.days)
    handed = int(counts.handoffs.sum())
    if counts.finished:
        rounds = counts.finished_replies / counts.finished
    else:  # no chat was seen through: fall back on the longest intent's mean rounds
        rounds = max(scenario.intents[i].rounds.center for i in INTENTS)
    from_bot_share = counts.from_bot / handed if handed else 0.0
    warm_share = from_bot_share if scenario.handoff.context_transfer else 0.0
    levels = list(scenario.agents.proficiency.values())
    factor = (
        sum(lv.share * lv.reply_time_factor for lv in levels) / sum(lv.share for lv in levels)
        if levels
        else 1.0
    )
    patience = scenario.customers.patience
    return HumanDemand(
        handoffs_per_hour=tuple(float(x) for x in per_day),
        human_rounds=float(rounds),
        warm_share=float(warm_share),
        first_typing_s=first_reply_time(scenario).center * factor,
        reply_s=scenario.agents.reply_time.center * factor,
        think_s=scenario.customers.think_time.center,
        warm_read_s=scenario.handoff.warm_read_s,
        concurrency=scenario.agents.concurrency,
        patience_s=None if patience is None else patience.center,
        no_wait_first_reply_s=_first_reply_sample(scenario, warm_share, seed),
        shrinkage=scenario.agents.shrinkage,
    )


def measure_demand(scenario: Scenario, replications: int = 1, seed: int = 0) -> HumanDemand:
    """Simulate ``replications`` replications of the scenario as it is and measure its demand."""
    counts = [
        simulate_counts(scenario, seed, r, scenario.kpi.frt_threshold_s)
        for r in range(replications)
    ]
    total = counts[0]
    for c in counts[1:]:
        total = total + c
    return demand_from_counts(scenario, total, replications, seed)
