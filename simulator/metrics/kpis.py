"""KPIs of one replication, computed from its flat session records.

Definitions and formulas: ``docs/metrics.md``. Sessions that arrive during the warm-up are
simulated but left out of every KPI.
"""

from __future__ import annotations

import math

import numpy as np

from simulator.metrics.bot_shares import bot_resolved_shares
from simulator.metrics.catalogue import KPIS
from simulator.metrics.proactive import with_proactive
from simulator.model.records import RunResult
from simulator.scenario.schema import INTENTS, Scenario

FCR_WINDOW_S = 72 * 3600.0

#: KPI names in display order; units, labels and formats: :mod:`simulator.metrics.catalogue`.
KPI_NAMES: tuple[str, ...] = tuple(KPIS)


def _share(num: float, den: float) -> float:
    return float(num) / float(den) if den else math.nan


def _weighted_sum(weight: np.ndarray, values: np.ndarray) -> float:
    """``weight · values[:len(weight)]`` summed exactly (``math.fsum``): a BLAS dot product's
    last bit depends on the numpy build, and the golden runs are compared byte for byte."""
    return math.fsum((weight * np.asarray(values[: weight.size], dtype=float)).tolist())


def _per_customer(customer_id: np.ndarray, asked: np.ndarray, ordered: np.ndarray) -> float:
    """Customers with an order among the sessions ``asked`` / customers with any such session
    (a customer's re-contacts share his ``customer_id``)."""
    inquiring = np.unique(customer_id[asked])
    return _share(np.unique(customer_id[asked & ordered]).size, inquiring.size)


def _hour_weights(result: RunResult) -> np.ndarray:
    """Share of each simulated hour that lies after the warm-up and within the horizon."""
    hours = int(round(result.horizon_s / 3600.0))
    start = np.arange(hours) * 3600.0
    return np.clip((start + 3600.0 - result.warmup_s) / 3600.0, 0.0, 1.0)


def compute_kpis(result: RunResult, scenario: Scenario) -> dict[str, float]:
    """Every KPI of one replication (NaN where a KPI has no data, e.g. no handoffs)."""
    log = result.sessions.select(result.sessions.arrival_s >= result.warmup_s)
    n = len(log)
    n_came = n - int(log.invited.sum())
    # chats still open when the run stopped have no outcome yet: they count as sessions and
    # handoffs, but not in outcome KPIs (abandonment, waits, FCR, conversion, CSAT)
    ended = ~log.censored
    handed = log.handed_off & ended
    answered = handed & ~np.isnan(log.frt_s)
    frt = log.frt_s[answered]
    # the first human reply as the customer lives it: from his first message of the session
    frt_customer = (log.frt_s + log.handoff_s - log.arrival_s)[answered]
    frt_met = (frt <= scenario.kpi.frt_threshold_s).sum()
    waits = log.queue_wait_s[handed]
    waits = waits[~np.isnan(waits)]
    presale = (log.intent == INTENTS.index("presale")) & ended
    gap = log.next_contact_s - log.arrival_s
    came_back = ~np.isnan(gap) & (gap <= FCR_WINDOW_S)
    quiet = ~came_back & ended  # no new contact within 72 h: what a dashboard calls solved
    weight = _hour_weights(result)
    paid = result.hourly.agents_on_duty + result.hourly.agents_overtime
    on_duty_hours = _weighted_sum(weight, paid)
    # shrinkage (agents.shrinkage): scheduled agents not on chats are paid but not on duty
    a = scenario.agents
    shrunk = np.array([a.scheduled(h % 24) - a.on_duty(h % 24) for h in range(weight.size)])
    agent_hours = on_duty_hours + _weighted_sum(weight, shrunk)
    typing_hours = _weighted_sum(weight, result.hourly.busy_agents)
    econ = scenario.economics
    bot_sessions = int(log.bot_touched.sum())
    cost = agent_hours * econ.agent_cost_per_hour + bot_sessions * scenario.bot.cost_per_session
    revenue = float(log.order_value.sum())
    rated = ended
    kpis = {
        "sessions": float(n),
        # the bot's shares are of the sessions that came to the shop by themselves: an invited
        # chat (proactive service) opens with an agent and would read as a handoff
        "bot_resolved_share": _share(log.bot_resolved.sum(), n_came),
        "handoff_share": _share((log.handed_off & ~log.invited).sum(), n_came),
        "bot_left_share": _share(log.bot_left.sum(), n_came),
        **bot_resolved_shares(log),
        "abandon_rate": _share(log.abandoned.sum(), handed.sum()),
        "frt_mean_s": float(frt.mean()) if frt.size else math.nan,
        "frt_p90_s": float(np.percentile(frt, 90)) if frt.size else math.nan,
        "frt_customer_mean_s": float(frt_customer.mean()) if frt.size else math.nan,
        # an abandoner never got a first reply: a miss
        "frt_sla": _share(frt_met, (answered | (handed & log.abandoned)).sum()),
        "frt_sla_answered": _share(frt_met, frt.size),
        "art_mean_s": _share(log.human_resp_sum_s.sum(), log.human_replies.sum()),
        "queue_wait_mean_s": float(waits.mean()) if waits.size else math.nan,
        "queue_wait_prob": _share(log.queued[handed].sum(), handed.sum()),
        "fcr_3day": _share(quiet.sum(), ended.sum()),
        "fcr_true": _share((quiet & log.resolved).sum(), ended.sum()),
        "fcr_silent_gap": _share((quiet & ~log.resolved).sum(), ended.sum()),
        # 答问比 of the human service: agents' messages over the customer messages they answer
        "answer_ratio": _share(log.agent_messages.sum(), log.messages_to_agents.sum()),
        "conversion_rate": _share(log.converted[presale].sum(), presale.sum()),
        "conversion_rate_customers": _per_customer(log.customer_id, presale, log.converted),
        "orders": float(log.converted.sum()),
        "revenue": revenue,
        "csat_mean": float(log.csat[rated].mean()) if rated.any() else math.nan,
        "csat_satisfied": _share((log.csat[rated] >= 3.5).sum(), rated.sum()),
        "agent_occupancy": _share(typing_hours, on_duty_hours),
        "agent_hours": agent_hours,
        "cost_total": cost,
        "cost_per_session": _share(cost, n),
        "profit": revenue * econ.margin - cost,
    }
    return with_proactive(kpis, log, result, scenario)
