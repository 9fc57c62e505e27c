"""The planner's analytic first guess follows the calculator's chat rule (issue 12, point 4):
with concurrency, never fewer agents than the typing load at the target occupancy."""

from __future__ import annotations

import dataclasses
import math

from simulator.experiments.staffing.analytic import HourModel
from simulator.experiments.staffing.demand import measure_demand
from simulator.metrics.erlang_staffing import TYPING_OCCUPANCY
from simulator.scenario.loader import load_scenario


def test_first_guess_never_below_the_typing_load() -> None:
    scenario = load_scenario(
        "mmc_reference",
        ["horizon.days=1", "horizon.warmup_hours=0", "agents.concurrency=4"],
    )
    measured = measure_demand(scenario)
    checked = 0
    for rounds in (1.0, 4.0):  # one reply per chat, or four with customer think time between
        demand = dataclasses.replace(measured, human_rounds=rounds, think_s=60.0)
        for factor in (0.05, 0.3, 1.0, 3.0):
            for shrinkage in (0.0, 0.3):
                model = HourModel(dataclasses.replace(demand, shrinkage=shrinkage), 600.0, 12)
                model = model.scaled(factor)
                for sla, abandon in ((0.5, 0.05), (0.8, 0.05), (0.95, 0.01)):
                    n = model.requirement(sla, abandon)
                    on_duty = math.floor(n * (1 - shrinkage) + 1e-9)
                    assert on_duty * TYPING_OCCUPANCY >= model.typing_load() - 1e-9
                    checked += 1
    assert checked == 48


def test_floor_binds_where_slots_pool_the_typing() -> None:
    """Four slots per agent and long customer think time: the slot queue alone would let an
    agent 'type' four chats at once; the floor asks for the typing load / 0.85."""
    scenario = load_scenario(
        "mmc_reference",
        ["horizon.days=1", "horizon.warmup_hours=0", "agents.concurrency=4"],
    )
    demand = dataclasses.replace(measure_demand(scenario), human_rounds=4.0, think_s=300.0)
    model = HourModel(demand, 3600.0, 12)
    floor = math.ceil(model.typing_load() / TYPING_OCCUPANCY - 1e-9)
    assert model.requirement(0.05, 1.0) == floor
