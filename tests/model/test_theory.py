"""The chat model against queueing theory, over seeded replications.

With the bot off, one chat per agent, one round per chat, exponential work, stationary arrivals
and infinite patience the model is M/M/c: waits must match Erlang C. With exponential patience
it is M/M/c+M: abandonment and waits must match Erlang A. Replications are independent, so the
standard error of their mean is honest; each check allows 4 standard errors (a false alarm
about once in 16,000 runs per check) plus a small allowance for the finite horizon.
"""

from __future__ import annotations

import numpy as np
import pytest

from simulator.experiments.replications import run_replications
from simulator.metrics.queueing import erlang_a, erlang_c_mean_wait, erlang_c_wait_probability
from simulator.metrics.stats import estimate
from tests.model.helpers import mmc

K_SE = 4.0


def _close(values, theory, rel_slack=0.02):
    est = estimate(values)
    tol = K_SE * est.se + rel_slack * abs(theory)
    assert abs(est.mean - theory) <= tol, (
        f"simulated {est.mean:.4f} ± {est.se:.4f} (SE) vs theory {theory:.4f}, tol {tol:.4f}"
    )


@pytest.mark.parametrize(
    "rate,servers,service_s,reps",
    [
        (288.0, 10, 100.0, 10),  # 8 Erlangs on 10 agents: 80% utilisation
        (360.0, 11, 100.0, 12),  # 10 Erlangs on 11 agents: 91% utilisation
    ],
)
def test_erlang_c_wait_probability_and_mean_wait(rate, servers, service_s, reps):
    scenario = mmc(rate, servers, service_s, days=1)
    runs = run_replications(scenario, reps, seed=11)
    traffic = rate / 3600.0 * service_s
    _close(runs.values("queue_wait_prob"), erlang_c_wait_probability(servers, traffic))
    _close(runs.values("queue_wait_mean_s"), erlang_c_mean_wait(servers, traffic, service_s))
    _close(runs.values("agent_occupancy"), traffic / servers, rel_slack=0.01)


def test_erlang_a_abandonment_and_mean_wait():
    rate, servers, service_s, patience = 360.0, 10, 100.0, 300.0  # 10 Erlangs on 10 agents
    scenario = mmc(rate, servers, service_s, patience_s=patience, days=1)
    runs = run_replications(scenario, 10, seed=5)
    theory = erlang_a(servers, rate / 3600.0, service_s, patience)
    _close(runs.values("abandon_rate"), theory.abandonment)
    _close(runs.values("queue_wait_mean_s"), theory.mean_wait_s)
    _close(runs.values("queue_wait_prob"), theory.wait_probability)
    # one reply per chat: FRT = wait + the exponential reply; abandoners are FRT SLA misses
    t = scenario.kpi.frt_threshold_s
    within = _served_frt_within(servers, rate / 3600.0, service_s, patience, t)
    _close(runs.values("frt_sla"), within)
    _close(runs.values("frt_sla_answered"), within / (1.0 - theory.abandonment))


def _served_frt_within(servers, lam, service_s, patience_s, t, steps=600):
    """Erlang A's P(served and wait + service <= t): its service level ``P(served and wait <=
    w)`` on a grid of ``w`` (an atom at 0, then a density), convolved with the exponential
    service by the midpoint rule."""
    w = np.linspace(0.0, t, steps + 1)
    level = np.array([erlang_a(servers, lam, service_s, patience_s, x).service_level for x in w])
    mid = (w[1:] + w[:-1]) / 2
    reply_by = lambda left: 1.0 - np.exp(-left / service_s)  # noqa: E731
    return float(level[0] * reply_by(t) + (np.diff(level) * reply_by(t - mid)).sum())


def test_littles_law_on_the_queue():
    """Time-average queue length = handoff rate x mean wait (abandoners' waits included)."""
    scenario = mmc(360.0, 10, 100.0, patience_s=300.0, days=1)
    runs = run_replications(scenario, 8, seed=3, keep_results=True)
    ratios = []
    for r in runs.runs:
        res = r.result
        h0, h1 = int(res.warmup_s // 3600), int(res.horizon_s // 3600)
        lq = res.hourly.queue_length[h0:h1].mean()
        log = res.sessions
        inside = (log.handoff_s >= h0 * 3600) & (log.handoff_s < h1 * 3600)
        lam = inside.sum() / ((h1 - h0) * 3600.0)
        w = np.nanmean(log.queue_wait_s[inside])
        ratios.append(lq / (lam * w))
    _close(ratios, 1.0)


@pytest.mark.slow
@pytest.mark.parametrize("servers,rate", [(40, 1296.0), (45, 1512.0)])
def test_erlang_c_large_systems(servers, rate):
    """Long check at larger scale (36 and 42 Erlangs)."""
    scenario = mmc(rate, servers, 100.0, days=3)
    runs = run_replications(scenario, 20, seed=21)
    traffic = rate / 36.0
    _close(runs.values("queue_wait_prob"), erlang_c_wait_probability(servers, traffic), 0.01)
    _close(runs.values("queue_wait_mean_s"), erlang_c_mean_wait(servers, traffic, 100.0), 0.01)
