"""The shipped 双11 tells the promo story (issue 12, point 6): with the schedule a shop has
before planning, service is visibly worse than on an ordinary day, and the promo's order value
and conversion are its own.

3 replications of each scenario on the same seeds. Each comparison asks for a gap of more than
3 standard errors of the difference (replication spread), in the direction of the story.
"""

from __future__ import annotations

import math

import numpy as np

from simulator.experiments.replications import run_replications
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

REPS = 3


def _gap(a, b, kpi):
    """Mean of a - b and the standard error of that difference (independent runs)."""
    x, y = np.asarray(a.values(kpi)), np.asarray(b.values(kpi))
    se = math.sqrt(x.var(ddof=1) / x.size + y.var(ddof=1) / y.size)
    return float(x.mean() - y.mean()), se


def test_double11_as_scheduled_serves_worse_than_an_ordinary_day():
    d11_scenario = load_scenario(TRAFFIC / "tmall_double11.yaml")
    # the ordinary day with 双11's bot, so the comparison is the day and its schedule, not the
    # bot (a stronger bot resolves more chats without a wait, which alone lifts CSAT)
    same_bot = [f"bot={d11_scenario.bot.model_dump()}"]
    daily_scenario = load_scenario(TRAFFIC / "tmall_daily.yaml", same_bot)
    daily = run_replications(daily_scenario, REPS, seed=7)
    d11 = run_replications(d11_scenario, REPS, seed=7)
    for kpi, sign in (
        ("frt_mean_s", +1),
        ("abandon_rate", +1),
        ("frt_sla", -1),
        ("csat_mean", -1),
    ):
        diff, se = _gap(d11, daily, kpi)
        assert sign * diff > 3 * se, (kpi, diff, se)
    # visibly, not just significantly: FRT up by a third, abandonment several times the day's
    assert np.mean(d11.values("frt_mean_s")) > 1.3 * np.mean(daily.values("frt_mean_s"))
    assert np.mean(d11.values("abandon_rate")) > 5 * np.mean(daily.values("abandon_rate"))


def test_double11_has_promo_money_and_an_unplanned_schedule():
    daily = load_scenario(TRAFFIC / "tmall_daily.yaml")
    d11 = load_scenario(TRAFFIC / "tmall_double11.yaml")
    assert d11.economics.average_order_value > daily.economics.average_order_value
    promo, ordinary = d11.intents["presale"].conversion, daily.intents["presale"].conversion
    assert promo.base > ordinary.base and promo.wait_decay_s < ordinary.wait_decay_s
    assert d11.customers.patience.center < daily.customers.patience.center
    # stretched at the peaks: fewer agents per arriving session at 00:00-01:00 and 20:00-22:00
    # than in the afternoon (13:00-17:00)
    prof, sched = np.asarray(d11.arrivals.hourly_profile), np.asarray(d11.agents.schedule)
    per_load = sched / prof
    afternoon = per_load[13:18].mean()
    assert per_load[[0, 1, 20, 21, 22]].max() < 0.75 * afternoon
    assert "before planning" in d11.description
