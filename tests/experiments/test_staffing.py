"""Staffing plan: the analytic guess against the Erlang calculator, the plan re-simulated on
other seeds, the search's stopping rule, executors, JSON and the CLI.

Statistical checks re-simulate the plan on seeds the search never saw. The search picks, per
hour, the fewest agents that met the target on its own replications, so on fresh seeds an
hour's true level may sit below the target by about the search's own noise (the winner's
curse); per-hour tolerances therefore combine the standard errors of both measurements.
"""

from __future__ import annotations

import json
import math
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pytest

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.experiments.staffing.demand import first_reply_time, measure_demand, simulate_counts
from simulator.experiments.staffing.planner import (
    StaffingTargets,
    TargetOutOfReach,
    analytic_plan,
    plan_staffing,
    with_schedule,
)
from simulator.metrics.erlang_staffing import required_positions
from simulator.metrics.queueing import erlang_a
from simulator.metrics.stats import estimate
from simulator.scenario.loader import load_scenario

TRAFFIC = traffic_dir()
DAILY = TRAFFIC / "tmall_daily.yaml"
SMALL = ["arrivals.sessions_per_day=2000"]
TINY = ["arrivals.sessions_per_day=600"]
TARGETS = StaffingTargets(frt_sla=0.8, frt_threshold_s=30, max_abandon=0.05)
THRESHOLD = TARGETS.frt_threshold_s
# A day with a quiet night, an hour with no arrivals at all (04:00) and an evening peak.
PROFILE = [2, 1, 1, 1, 0, 1, 2, 3, 4, 5, 6, 6, 5, 5, 5, 5, 5, 5, 6, 7, 9, 10, 9, 5]


def _mmc(*sets: str):
    """The M/M/c reference on one day with an hourly profile and a constant 100 s reply, so
    the no-wait first reply is exactly 100 s and FRT = queue wait + 100 s."""
    return load_scenario(
        TRAFFIC / "mmc_reference.yaml",
        [
            "arrivals.sessions_per_day=2400",
            f"arrivals.hourly_profile={PROFILE}",
            "agents.reply_time={dist: constant, value: 100}",
            "horizon.days=1",
            "horizon.warmup_hours=0",
            *sets,
        ],
    )


# ---------------------------------------------------------------- analytic guess


def test_analytic_plan_is_erlang_c_on_the_measured_load():
    """No bot, one chat per agent, one round, no abandonment: each hour needs what the Erlang C
    calculator gives for that hour's handoffs, with the 100 s first reply taken off the
    threshold (80% within 130 s of FRT = 80% within 30 s of queue wait)."""
    scenario = _mmc()
    demand = measure_demand(scenario)
    assert demand.human_rounds == 1 and demand.warm_share == 0
    assert demand.typing_s_per_chat == pytest.approx(100) and demand.chat_s == pytest.approx(100)
    assert demand.handoffs_per_hour[4] == 0
    assert sum(demand.handoffs_per_hour) == pytest.approx(2400, rel=0.1)  # Poisson, 1 day
    plan = analytic_plan(scenario, StaffingTargets(0.8, 130, 0.05), demand)
    expected = [
        required_positions(v, 100.0, 3600.0, 0.8, 30.0).positions if v else 0
        for v in demand.handoffs_per_hour
    ]
    assert list(plan) == expected
    assert plan[4] == 0 and max(plan) >= 5  # no demand, no one; the peak needs several


def test_analytic_plan_keeps_abandonment_under_the_limit_with_erlang_a():
    """With exponential patience and an SLA target that any stable queue meets, the binding
    requirement is abandonment: the fewest agents with Erlang A's P(abandon) <= 1%."""
    scenario = _mmc("customers.patience={dist: exponential, mean_s: 60}")
    demand = measure_demand(scenario)
    plan = analytic_plan(scenario, StaffingTargets(0.05, 600, 0.01), demand)
    for v, n in zip(demand.handoffs_per_hour, plan, strict=True):
        if v == 0:
            assert n == 0
            continue
        lam = v / 3600.0
        fewest = next(k for k in range(1, 200) if erlang_a(k, lam, 100.0, 60.0).abandonment <= 0.01)
        assert n == fewest


def test_no_wait_ceiling_matches_the_lognormal_reply_and_warm_read():
    """The best possible FRT SLA is P(warm read + first reply <= t): in the daily scenario
    every handed-off chat comes from the bot (warm read) and the first reply's typing is
    lognormal. Monte Carlo with 40,000 draws: allow 4 standard errors (about 0.01)."""
    scenario = load_scenario(DAILY, TINY)
    first = first_reply_time(scenario)
    assert first.dist == "lognormal"
    warm = scenario.handoff.warm_read_s
    demand = measure_demand(scenario)
    assert demand.warm_share == 1.0
    sigma = math.sqrt(math.log1p(first.cv**2))
    mu = math.log(first.center) - sigma**2 / 2
    for share in (0.3, 0.6, 0.9):  # thresholds where the ceiling is 30%, 60%, 90%
        z = math.sqrt(2) * _erfinv(2 * share - 1)
        t = warm + math.exp(mu + sigma * z)
        assert demand.sla_ceiling(t) == pytest.approx(share, abs=0.01)
        assert demand.threshold_for(share) == pytest.approx(t, rel=0.02)


def _erfinv(y: float) -> float:
    """Inverse error function by bisection (no SciPy)."""
    lo, hi = -6.0, 6.0
    for _ in range(80):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


def test_target_above_the_no_wait_ceiling_is_refused_with_a_way_out():
    scenario = load_scenario(DAILY, TINY)
    demand = measure_demand(scenario)
    with pytest.raises(TargetOutOfReach) as info:
        plan_staffing(scenario, StaffingTargets(0.8, 10, 0.05), replications=1)
    err = info.value
    assert err.ceiling == pytest.approx(demand.sla_ceiling(10)) and err.ceiling < 0.8
    assert err.threshold_needed_s == pytest.approx(demand.threshold_for(0.8))
    assert err.threshold_needed_s > 10
    message = str(err)
    assert "\n" not in message and "out of reach" in message and "--frt-threshold above" in message


# ---------------------------------------------------------------- the search


@pytest.fixture(scope="module")
def small_plan():
    scenario = load_scenario(DAILY, SMALL)
    return scenario, plan_staffing(scenario, TARGETS, replications=3, seed=0)


def test_every_hour_meets_unless_out_of_reach_and_iterations_remain(small_plan):
    _, plan = small_plan
    assert plan.iterations < 20  # stopped by its rule, not by the limit
    for h in plan.hours:
        assert h.meets or not h.reachable, h
        if h.meets:
            assert h.achieved_frt_sla >= 0.8 and h.achieved_abandon <= 0.05
    # the plan is not the current schedule in disguise: this demand needs far fewer agents
    assert plan.agent_hours["simulated"] < 0.6 * plan.agent_hours["current"]


def test_achieved_figures_are_those_of_the_returned_schedule(small_plan):
    scenario, plan = small_plan
    staffed = with_schedule(scenario, plan.simulated)
    total = simulate_counts(staffed, 0, 0, THRESHOLD)
    for r in (1, 2):
        total = total + simulate_counts(staffed, 0, r, THRESHOLD)
    np.testing.assert_array_equal([h.achieved_frt_sla for h in plan.hours], total.frt_sla())
    np.testing.assert_array_equal([h.achieved_abandon for h in plan.hours], total.abandon())


def test_plan_meets_its_targets_on_other_seeds(small_plan):
    """Six replications of seed 1000. The day's FRT SLA (replication mean, Student SE over
    replications) must reach the target less 3 SE; every reachable hour's pooled SLA the
    target less 4 combined binomial SEs (this test's and the search's, see module docstring);
    abandonment likewise."""
    scenario, plan = small_plan
    staffed = with_schedule(scenario, plan.simulated)
    runs = [simulate_counts(staffed, 1000, r, THRESHOLD) for r in range(6)]
    day = estimate([c.on_time.sum() / (c.handoffs - c.abandoned).sum() for c in runs])
    assert day.mean >= 0.8 - 3 * day.se, day
    total = runs[0]
    for c in runs[1:]:
        total = total + c
    judged = total.handoffs - total.abandoned
    sla, abandon = total.frt_sla(), total.abandon()
    for h in plan.hours:
        if not h.reachable or judged[h.hour] == 0:
            continue
        search_n = judged[h.hour] / 2  # the search ran 3 replications, this test 6
        p = 0.8
        se = math.sqrt(p * (1 - p) / judged[h.hour] + p * (1 - p) / search_n)
        assert sla[h.hour] >= 0.8 - 4 * se, (h.hour, sla[h.hour], se)
        se_ab = math.sqrt(0.05 * 0.95 * (1 / total.handoffs[h.hour] + 2 / total.handoffs[h.hour]))
        assert abandon[h.hour] <= 0.05 + 4 * se_ab, (h.hour, abandon[h.hour])


def test_one_agent_fewer_misses_in_some_busy_hour(small_plan):
    """The plan is lean: taking one agent from each of the three busiest hours makes at least
    one of them miss on the search's own replications."""
    scenario, plan = small_plan
    busiest = sorted(range(24), key=lambda h: -plan.hours[h].handoffs_per_hour)[:3]
    leaner = [n - (1 if h in busiest else 0) for h, n in enumerate(plan.simulated)]
    staffed = with_schedule(scenario, tuple(leaner))
    total = simulate_counts(staffed, 0, 0, THRESHOLD)
    for r in (1, 2):
        total = total + simulate_counts(staffed, 0, r, THRESHOLD)
    assert any(total.frt_sla()[h] < 0.8 for h in busiest)


def test_last_iteration_keeps_headcounts_seen_to_meet():
    scenario = load_scenario(DAILY, TINY)
    plan = plan_staffing(scenario, TARGETS, replications=2, max_iterations=1)
    assert plan.iterations == 1
    assert len(plan.simulated) == 24 and all(n >= 0 for n in plan.simulated)


def test_same_plan_with_a_process_pool():
    scenario = load_scenario(DAILY, TINY)
    serial = plan_staffing(scenario, TARGETS, replications=2, seed=3)
    with ProcessPoolExecutor(2) as pool:
        pooled = plan_staffing(scenario, TARGETS, replications=2, seed=3, executor=pool)
    a, b = serial.to_json(), pooled.to_json()
    a.pop("seconds"), b.pop("seconds")
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_json_keys(small_plan):
    _, plan = small_plan
    data = plan.to_json()
    assert set(data) >= {
        "scenario",
        "targets",
        "hours",
        "analytic",
        "simulated",
        "current",
        "agent_hours",
        "cost_per_day",
        "savings_vs_current",
        "iterations",
        "simulations",
        "seconds",
        "replications",
        "seed",
    }
    assert (
        set(data["agent_hours"])
        == set(data["cost_per_day"])
        == {
            "analytic",
            "simulated",
            "current",
        }
    )
    assert set(data["savings_vs_current"]) == {"agent_hours", "yuan_per_day"}
    assert len(data["hours"]) == 24
    assert set(data["hours"][0]) >= {
        "hour",
        "handoffs_per_hour",
        "analytic_agents",
        "simulated_agents",
        "current_agents",
        "achieved_frt_sla",
        "achieved_abandon",
        "meets",
    }
    ah = data["agent_hours"]
    assert ah["simulated"] == sum(data["simulated"])
    assert data["cost_per_day"]["current"] == pytest.approx(ah["current"] * 35)
    assert data["savings_vs_current"]["yuan_per_day"] == pytest.approx(
        (ah["current"] - ah["simulated"]) * 35
    )


# ---------------------------------------------------------------- CLI


def test_cli_prints_the_table_and_writes_json(tmp_path, capsys):
    out = tmp_path / "plan.json"
    code = main(
        [
            "staff",
            str(DAILY),
            *("--set", TINY[0]),
            *("--frt-threshold", "40", "-n", "2", "--workers", "1", "--json", str(out)),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert text.count(":00 ") == 24 and "agent-hours/day" in text and "¥" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["targets"]["frt_threshold_s"] == 40 and len(data["simulated"]) == 24


@pytest.mark.parametrize(
    "option,value",
    [("--frt-sla", "1"), ("--frt-sla", "0"), ("--frt-threshold", "0"), ("--max-abandon", "1")],
)
def test_cli_rejects_bad_targets(option, value, capsys):
    with pytest.raises(SystemExit) as info:
        main(["staff", str(DAILY), option, value])
    assert info.value.code == 2
    assert f"{option}: must be" in capsys.readouterr().err


def test_cli_out_of_reach_is_one_line_and_exit_2(capsys):
    code = main(
        [
            "staff",
            str(DAILY),
            "--set",
            TINY[0],
            "--frt-threshold",
            "10",
            "-n",
            "1",
            "--workers",
            "1",
        ]
    )
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("kefulab: error: ") and "out of reach" in err[-1]


def test_warm_up_hours_and_an_understaffed_baseline():
    """A stationary M/M/c day with a 2-hour warm-up, staffed with one agent for 3.3 Erlangs:
    the backlog of the baseline must not make hours look out of reach, and the warm-up hours
    must be staffed like the rest (their chats need agents even if the KPIs skip them)."""
    scenario = load_scenario(
        TRAFFIC / "mmc_reference.yaml",
        ["arrivals.rate_per_hour=120", "agents.count=1", "horizon.days=1"],
    )
    assert scenario.horizon.warmup_hours == 2
    plan = plan_staffing(scenario, StaffingTargets(0.8, 300, 0.05), replications=2)
    assert plan.all_met and plan.iterations < 20
    assert plan.current_missing_hours == list(range(24))
    assert all(3 <= n <= 8 for n in plan.simulated)  # ~3.3 Erlangs plus 100 s first reply
