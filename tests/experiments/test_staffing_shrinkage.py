"""Shrinkage (issue 12, point 3): agents.shrinkage is validated, the model puts
floor(scheduled x (1 - shrinkage)) agents on chats, pays the scheduled ones, and the analytic
first guess plans scheduled agents with it."""

from __future__ import annotations

import dataclasses
import math

import pytest

from simulator.experiments.staffing.analytic import HourModel
from simulator.experiments.staffing.demand import measure_demand
from simulator.metrics.erlang_staffing import required_positions
from simulator.metrics.kpis import compute_kpis
from simulator.model.simulation import simulate
from simulator.scenario.loader import load_scenario, with_values
from simulator.scenario.shrinkage import on_duty_after_shrinkage, scheduled_for


def _small(**values):
    base = load_scenario("mmc_reference", ["horizon.days=1", "horizon.warmup_hours=0"])
    return with_values(base, values)


def test_default_is_no_shrinkage() -> None:
    s = _small()
    assert s.agents.shrinkage == 0.0 and s.agents.on_duty(5) == s.agents.scheduled(5) == 11


@pytest.mark.parametrize("bad", ["1", "-0.1", "1.5", "true", "'0.3'"])
def test_bad_shrinkage_is_one_line_naming_the_field(bad: str) -> None:
    from simulator.common.errors import InputError

    with pytest.raises(InputError) as exc:
        load_scenario("mmc_reference", [f"agents.shrinkage={bad}"])
    line = exc.value.diagnostics[0].one_line() if hasattr(exc.value, "diagnostics") else ""
    assert "agents.shrinkage" in (line or str(exc.value))
    assert "\n" not in str(exc.value)


def test_on_duty_is_the_floor_and_the_calculator_inverts_it() -> None:
    assert [on_duty_after_shrinkage(n, 0.3) for n in (0, 1, 2, 3, 10, 20)] == [0, 0, 1, 2, 7, 14]
    for s in (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 1 / 3, 0.35, 0.5, 0.9):
        for need in range(0, 300):
            sched = scheduled_for(need, s)
            assert on_duty_after_shrinkage(sched, s) >= need  # enough on duty ...
            assert sched == 0 or on_duty_after_shrinkage(sched - 1, s) < need  # ... fewest
            if need:
                calc = required_positions(need * 10, 1, 10, 0.5, 0, shrinkage=s)
                assert calc.positions == scheduled_for(calc.raw_positions, s)


def test_model_applies_shrinkage_and_pays_the_scheduled_agents() -> None:
    plain = _small(**{"agents.count": 10})
    shrunk = _small(**{"agents.count": 10, "agents.shrinkage": 0.3})
    assert shrunk.agents.on_duty(0) == 7
    a, b = simulate(plain, seed=3), simulate(shrunk, seed=3)
    assert set(a.hourly.agents_on_duty[:24]) == {10}
    assert set(b.hourly.agents_on_duty[:24]) == {7}
    ka, kb = compute_kpis(a, plain), compute_kpis(b, shrunk)
    # paid: all ten scheduled agents for 24 h (plus overtime of chats run past a shift)
    assert kb["agent_hours"] >= 240.0 and ka["agent_hours"] >= 240.0
    # 10 Erlangs on 7 agents is overloaded: waits explode where 10 agents cope
    assert kb["queue_wait_mean_s"] > 10 * ka["queue_wait_mean_s"]
    # occupancy is typing over on-duty hours, not over paid hours
    assert kb["agent_occupancy"] > 0.95


def test_analytic_guess_plans_scheduled_agents() -> None:
    scenario = _small()
    assert measure_demand(with_values(scenario, {"agents.shrinkage": 0.25})).shrinkage == 0.25
    demand = measure_demand(scenario)
    shrunk = dataclasses.replace(demand, shrinkage=0.25)  # the same measured load
    for h in (3, 12):  # 80% of first replies within 300 s (exponential 100 s replies)
        bare = HourModel(demand, 300.0, h).requirement(0.8, 0.05)
        planned = HourModel(shrunk, 300.0, h).requirement(0.8, 0.05)
        assert 10 < bare < 20
        assert planned == math.ceil(bare / 0.75 - 1e-9)  # scheduled = ceil(on duty / 0.75)
        assert HourModel(shrunk, 300.0, h).performance(planned) == HourModel(
            demand, 300.0, h
        ).performance(math.floor(planned * 0.75 + 1e-9))
