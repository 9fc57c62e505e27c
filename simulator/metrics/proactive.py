"""KPIs of proactive service: paid orders and what follow-up recovered, the split of inquiry
churn, delay notices and invitations, and their cost (added to the service cost).

Definitions: ``docs/metrics.md`` and the catalogue (:mod:`simulator.metrics.catalogue`).
"""

from __future__ import annotations

import numpy as np

from simulator.model.records import RunResult, SessionLog
from simulator.scenario.schema import INTENTS, Scenario

#: The KPIs this module adds, in catalogue order.
PROACTIVE_KPIS = (
    "paid_orders",
    "recovered_orders",
    "churn_not_ordered_share",
    "churn_not_paid_share",
    "delay_notices",
    "invitations",
    "proactive_cost",
)


def inquiry_churn(log: SessionLog) -> tuple[float, float]:
    """Of the customers who asked pre-sale questions (in sessions that ended) and paid for no
    order: the share who never ordered, and the share who ordered but did not pay (NaN, NaN
    when every inquirer paid)."""
    pre = (log.intent == INTENTS.index("presale")) & ~log.censored
    if not pre.any():
        return np.nan, np.nan
    _, who = np.unique(log.customer_id[pre], return_inverse=True)
    ordered = np.bincount(who, weights=log.converted[pre]) > 0
    paid = np.bincount(who, weights=log.paid[pre]) > 0
    lost = ~paid
    if not lost.any():
        return np.nan, np.nan
    return float((lost & ~ordered).sum() / lost.sum()), float((lost & ordered).sum() / lost.sum())


def with_proactive(
    kpis: dict[str, float], log: SessionLog, result: RunResult, s: Scenario
) -> dict[str, float]:
    """``kpis`` with the proactive KPIs added and their cost in ``cost_total``,
    ``cost_per_session`` and ``profit`` (``log``: the sessions after the warm-up)."""
    p = s.proactive
    t = result.delay_notice_s
    late = int(((t >= result.warmup_s) & (t < result.horizon_s)).sum())
    notices = late / p.delay_notices.asking_share
    invited = float(log.invited.sum())
    sent = invited / p.invitations.accept_rate if p.invitations.accept_rate > 0 else 0.0
    followed = float(log.followed_up.sum())
    cost = (
        notices * p.delay_notices.cost_per_notice
        + sent * p.invitations.cost_per_invitation
        + followed * p.unpaid_follow_up.cost_per_follow_up
    )
    not_ordered, not_paid = inquiry_churn(log)
    out = dict(kpis)
    if cost:
        out["cost_total"] = kpis["cost_total"] + cost
        n = kpis["sessions"]
        out["cost_per_session"] = out["cost_total"] / n if n else np.nan
        out["profit"] = kpis["revenue"] * s.economics.margin - out["cost_total"]
    out.update(
        paid_orders=float(log.paid.sum()),
        recovered_orders=float((log.paid & log.followed_up).sum()),
        churn_not_ordered_share=not_ordered,
        churn_not_paid_share=not_paid,
        delay_notices=float(notices),
        invitations=invited,
        proactive_cost=float(cost),
    )
    return out
