"""KPIs of one replication, computed from its flat session records.

Definitions and formulas: ``docs/metrics.md``. Sessions that arrive during the warm-up are
simulated but left out of every KPI.
"""

from __future__ import annotations

import math

import numpy as np

from simulator.model.records import RunResult
from simulator.scenario import INTENTS, Scenario

FCR_WINDOW_S = 72 * 3600.0

#: KPI names in display order, with a unit used for formatting ("", "%", "s", "¥", "n").
KPI_UNITS: dict[str, str] = {
    "sessions": "n",
    "bot_resolved_share": "%",
    "handoff_share": "%",
    "bot_left_share": "%",
    "abandon_rate": "%",
    "frt_mean_s": "s",
    "frt_p90_s": "s",
    "frt_sla": "%",
    "art_mean_s": "s",
    "queue_wait_mean_s": "s",
    "queue_wait_prob": "%",
    "fcr_3day": "%",
    "answer_ratio": "",
    "conversion_rate": "%",
    "orders": "n",
    "revenue": "¥",
    "csat_mean": "",
    "csat_satisfied": "%",
    "agent_occupancy": "%",
    "agent_hours": "n",
    "cost_total": "¥",
    "cost_per_session": "¥",
    "profit": "¥",
}
KPI_NAMES: tuple[str, ...] = tuple(KPI_UNITS)


def _share(num: float, den: float) -> float:
    return float(num) / float(den) if den else math.nan


def compute_kpis(result: RunResult, scenario: Scenario) -> dict[str, float]:
    """Every KPI of one replication (NaN where a KPI has no data, e.g. no handoffs)."""
    log = result.sessions.select(result.sessions.arrival_s >= result.warmup_s)
    n = len(log)
    handed = log.handed_off
    answered = handed & ~np.isnan(log.frt_s)
    frt = log.frt_s[answered]
    waits = log.queue_wait_s[handed]
    waits = waits[~np.isnan(waits)]
    presale = log.intent == INTENTS.index("presale")
    gap = log.next_contact_s - log.arrival_s
    came_back = ~np.isnan(gap) & (gap <= FCR_WINDOW_S)
    first_h = int(math.ceil(result.warmup_s / 3600.0 - 1e-9))
    last_h = int(round(result.horizon_s / 3600.0))
    on_duty = result.hourly.agents_on_duty[first_h:last_h]
    typing = result.hourly.busy_agents[first_h:last_h]
    agent_hours = float(on_duty.sum())
    econ = scenario.economics
    bot_sessions = int(log.bot_touched.sum())
    cost = agent_hours * econ.agent_cost_per_hour + bot_sessions * scenario.bot.cost_per_session
    revenue = float(log.order_value.sum())
    rated = ~log.censored
    return {
        "sessions": float(n),
        "bot_resolved_share": _share(log.bot_resolved.sum(), n),
        "handoff_share": _share(handed.sum(), n),
        "bot_left_share": _share(log.bot_left.sum(), n),
        "abandon_rate": _share(log.abandoned.sum(), handed.sum()),
        "frt_mean_s": float(frt.mean()) if frt.size else math.nan,
        "frt_p90_s": float(np.percentile(frt, 90)) if frt.size else math.nan,
        "frt_sla": _share((frt <= scenario.kpi.frt_threshold_s).sum(), frt.size),
        "art_mean_s": _share(log.human_resp_sum_s.sum(), log.human_replies.sum()),
        "queue_wait_mean_s": float(waits.mean()) if waits.size else math.nan,
        "queue_wait_prob": _share(log.queued[handed].sum(), handed.sum()),
        "fcr_3day": _share((~came_back).sum(), n),
        "answer_ratio": _share(log.replies.sum(), log.customer_messages.sum()),
        "conversion_rate": _share(log.converted[presale].sum(), presale.sum()),
        "orders": float(log.converted.sum()),
        "revenue": revenue,
        "csat_mean": float(log.csat[rated].mean()) if rated.any() else math.nan,
        "csat_satisfied": _share((log.csat[rated] >= 3.5).sum(), rated.sum()),
        "agent_occupancy": _share(typing.sum(), agent_hours),
        "agent_hours": agent_hours,
        "cost_total": cost,
        "cost_per_session": _share(cost, n),
        "profit": revenue * econ.margin - cost,
    }
