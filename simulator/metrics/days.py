"""KPIs day by day: each simulated day's KPIs, and the knowledge-base curve of a multi-day run
(the bot's answer quality, the bot-resolved share, handoffs and cost, per day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from simulator.metrics.kpis import compute_kpis
from simulator.model.records import RunResult
from simulator.model.snowball import quality_by_day
from simulator.scenario.schema import INTENTS, Scenario


def day_kpis(result: RunResult, scenario: Scenario) -> list[dict[str, float]]:
    """Every KPI of each simulated day of one replication: day d holds the sessions arriving
    in ``[(d-1) x 24 h, d x 24 h)`` after the warm-up, and the agent-hours of those hours
    (outcomes of chats that run past midnight count on the day they arrived)."""
    out = []
    for d in range(scenario.horizon.days):
        start, end = d * 86400.0, (d + 1) * 86400.0
        start = max(start, result.warmup_s)
        window = replace(
            result,
            sessions=result.sessions.select(result.sessions.arrival_s < end),
            warmup_s=start,
            horizon_s=end,
        )
        out.append(compute_kpis(window, scenario))
    return out


@dataclass(frozen=True)
class KnowledgeBaseDays:
    """Per simulated day (index 0 = day 1), means over the replications.

    Attributes:
        quality: (days, intents) the bot's answer quality per intent (INTENTS order) that day.
        bot_resolved_share, handoff_share: shares of the day's sessions.
        handoffs: chats handed to a human that day.
        work_hours: agent time spent typing replies (the human workload).
        work_cost: ``work_hours`` x ``economics.agent_cost_per_hour``, plus the rest of the
            service cost that is not paid agent time (bot fees, proactive costs): what the
            work costs when the roster follows it.
        cost_total: the service cost KPI (the paid roster plus bot fees and proactive costs);
            flat while the scenario's roster is.
    """

    quality: np.ndarray
    bot_resolved_share: np.ndarray
    handoff_share: np.ndarray
    handoffs: np.ndarray
    work_hours: np.ndarray
    work_cost: np.ndarray
    cost_total: np.ndarray

    @property
    def days(self) -> int:
        return int(self.handoffs.size)


def knowledge_base_days(results: Sequence[RunResult], scenario: Scenario) -> KnowledgeBaseDays:
    """The knowledge-base curve of a (multi-day) run, averaged over ``results`` (replications).
    Without the snowball the quality is the scenario's, flat."""
    if not results:
        raise ValueError('"results" needs at least one RunResult.')
    rows: dict[str, list] = {k: [] for k in KnowledgeBaseDays.__dataclass_fields__}
    wage = scenario.economics.agent_cost_per_hour
    for r in results:
        days = day_kpis(r, scenario)
        if scenario.knowledge_base.snowball:
            rows["quality"].append(quality_by_day(r.sessions, scenario))
        else:
            q0 = [scenario.bot.hit_rate(i) for i in INTENTS]
            rows["quality"].append(np.tile(q0, (len(days), 1)))
        share = np.array([[k["bot_resolved_share"], k["handoff_share"]] for k in days])
        n = np.array([k["sessions"] for k in days])
        busy = r.hourly.busy_agents
        work = np.array([float(np.sum(busy[d * 24 : (d + 1) * 24])) for d in range(len(days))])
        # everything in the service cost that is not paid agent time (bot fees, notices, ...)
        other = np.array([k["cost_total"] - k["agent_hours"] * wage for k in days])
        rows["bot_resolved_share"].append(share[:, 0])
        rows["handoff_share"].append(share[:, 1])
        rows["handoffs"].append(share[:, 1] * n)
        rows["work_hours"].append(work)
        rows["work_cost"].append(work * wage + other)
        rows["cost_total"].append(np.array([k["cost_total"] for k in days]))
    return KnowledgeBaseDays(**{k: np.nanmean(np.array(v), axis=0) for k, v in rows.items()})
