"""Equal-service comparison (issue 12, point 1): every scenario staffed to the same targets by
the planner, then compared on common random numbers with paired CIs."""

from __future__ import annotations

import pytest

from simulator.common.data import traffic_dir
from simulator.common.runcontrol import Cancelled, CancelToken
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.equal_service import EQUAL_SERVICE, compare_equal_service
from simulator.experiments.replications import run_replication
from simulator.experiments.roi import QUALITY_ITEMS, roi_table
from simulator.experiments.staffing.planner import StaffingTargets, plan_staffing
from simulator.scenario.loader import load_scenario

TRAFFIC = traffic_dir()
# two shipped scenarios, on a smaller day so the plans take seconds
SMALL = ["arrivals.sessions_per_day=1500"]
TARGETS = StaffingTargets(0.8, 30, 0.05, 0.8)
PLAN_REPS, REPS = 4, 3


@pytest.fixture(scope="module")
def scenarios():
    return [
        load_scenario(TRAFFIC / "tmall_daily.yaml", SMALL),
        load_scenario(TRAFFIC / "bot70_cold.yaml", SMALL),
    ]


@pytest.fixture(scope="module")
def equal(scenarios):
    events = []
    es = compare_equal_service(
        scenarios,
        TARGETS,
        replications=REPS,
        seed=5,
        plan_replications=PLAN_REPS,
        max_iterations=8,
        progress=events.append,
    )
    return es, events


def test_each_scenario_runs_with_the_plan_the_planner_gives_it(scenarios, equal):
    es, _ = equal
    assert es.mode == EQUAL_SERVICE and es.targets == TARGETS
    for sc, staffed, plan in zip(scenarios, es.scenarios, es.plans, strict=True):
        alone = plan_staffing(sc, TARGETS, PLAN_REPS, 5, max_iterations=8)
        assert plan.simulated == alone.simulated  # same settings for all: the staff plan
        assert tuple(staffed.agents.schedule) == tuple(plan.simulated)
        assert staffed.agents.count is None
    # as is, the two scenarios run on very different schedules; staffed, on their plans
    assert es.plans[0].simulated != es.plans[1].simulated


def test_comparison_is_paired_on_replications_the_plans_did_not_use(scenarios, equal):
    es, _ = equal
    assert [r.replication for r in es.runs[0].runs] == list(range(PLAN_REPS, PLAN_REPS + REPS))
    # common random numbers: replication r of a staffed scenario is exactly run_replication
    again = run_replication(es.scenarios[1], 5, PLAN_REPS + 1)
    assert es.runs[1].runs[1].kpis == again.kpis
    direct = compare_scenarios(es.scenarios, replications=REPS, seed=5, first_replication=PLAN_REPS)
    assert direct.values("profit") == es.values("profit")


def test_roi_at_equal_service_has_paired_cost_quality_and_profit(equal):
    es, _ = equal
    (row,) = roi_table(es)
    for item in ("cost", "agent_cost", "profit"):
        d = row.per_day[item]
        assert d.n == REPS and d.lo <= d.mean <= d.hi
    assert set(QUALITY_ITEMS) == {"csat_mean", "fcr_3day", "conversion_rate"}
    for item in QUALITY_ITEMS:
        assert row.quality[item].n == REPS
    # agent cost is that of the planned schedules (agent-hours x wage)
    hours = [p.agent_hours["simulated"] for p in es.plans]
    wage = es.scenarios[0].economics.agent_cost_per_hour
    assert row.per_day["agent_cost"].mean == pytest.approx((hours[1] - hours[0]) * wage, rel=0.02)


def test_every_staffed_scenario_serves_at_the_targets(equal):
    """The service is equal: both staffed scenarios reach the FRT SLA target on the fresh
    replications, the day's SLA within 3 SE of the target or above (Student SE over the
    replications)."""
    from simulator.metrics.stats import estimate

    es, _ = equal
    for k in range(2):
        sla = estimate(es.values("frt_sla_answered")[k])  # the planner's SLA: answered chats
        assert sla.mean >= TARGETS.frt_sla - 3 * max(sla.se, 0.005), (k, sla)


def test_json_says_the_mode_and_the_plans(equal):
    es, _ = equal
    data = es.to_json()
    assert data["mode"] == "equal_service"
    assert data["first_replication"] == PLAN_REPS
    assert [p["schedule"] for p in data["plans"]] == [list(p.simulated) for p in es.plans]
    assert len(data["roi"]) == 1


def test_progress_rises_to_the_total(equal):
    _, events = equal
    done = [e.done for e in events]
    assert done == sorted(done) and done[-1] == events[-1].total == 2 * (8 + REPS)
    assert {e.label for e in events} == {"plan", "compare"}


def test_cancel_returns_the_plans_finished(scenarios):
    token = CancelToken()
    seen = []

    def stop_after_first_plan(event):
        if event.label == "plan" and event.done >= 8:  # the first plan's last event
            seen.append(event)
            token.cancel()

    with pytest.raises(Cancelled) as info:
        compare_equal_service(
            scenarios,
            TARGETS,
            replications=REPS,
            seed=5,
            plan_replications=PLAN_REPS,
            max_iterations=8,
            progress=stop_after_first_plan,
            cancel=token,
        )
    assert len(info.value.partial) == 1 and seen
