"""Every shipped traffic scenario loads, runs and gives coherent KPIs."""

from __future__ import annotations

import math

import pytest

from simulator.experiments.replications import run_replications
from simulator.scenario.loader import check_scenario_file, load_scenario
from tests.model.helpers import TRAFFIC

SHIPPED = sorted(TRAFFIC.glob("*.yaml"))
REQUIRED = {
    "tmall_daily",
    "tmall_double11",
    "baseline_no_bot",
    "bot70_warm",
    "bot70_cold",
    "mmc_reference",
}


def test_the_required_scenarios_ship():
    assert {p.stem for p in SHIPPED} >= REQUIRED


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenario_runs(path):
    assert check_scenario_file(path) == []
    scenario = load_scenario(path, ["horizon.days=1"])
    k = run_replications(scenario, 2, seed=1).runs[0].kpis
    assert k["sessions"] > 0
    parts = k["bot_resolved_share"] + k["handoff_share"] + k["bot_left_share"]
    assert parts == pytest.approx(1.0)
    for name in (
        "abandon_rate",
        "frt_sla",
        "queue_wait_prob",
        "fcr_3day",
        "conversion_rate",
        "agent_occupancy",
        "csat_satisfied",
    ):
        assert math.isnan(k[name]) or 0.0 <= k[name] <= 1.0, name
    assert 1.0 <= k["csat_mean"] <= 5.0
    assert k["cost_total"] > 0


def test_daily_shop_has_about_8000_sessions_and_double11_several_times_more():
    daily = run_replications(load_scenario(TRAFFIC / "tmall_daily.yaml"), 2, seed=2)
    d11 = run_replications(load_scenario(TRAFFIC / "tmall_double11.yaml"), 1, seed=2)
    n_daily = sum(daily.values("sessions")) / 2
    assert 7000 < n_daily < 9000
    assert d11.values("sessions")[0] > 4 * n_daily


def test_warm_handoff_beats_cold_on_csat_with_common_random_numbers():
    warm = run_replications(load_scenario(TRAFFIC / "bot70_warm.yaml"), 3, seed=9)
    cold = run_replications(load_scenario(TRAFFIC / "bot70_cold.yaml"), 3, seed=9)
    diffs = [
        w - c for w, c in zip(warm.values("csat_mean"), cold.values("csat_mean"), strict=False)
    ]
    assert all(d > 0 for d in diffs)
