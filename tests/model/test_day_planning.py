"""Runs of several days plan their first contacts a day at a time (docs/scenarios.md)."""

from __future__ import annotations

import numpy as np

from simulator.model import Simulation, simulate
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

DAYS = ["horizon.days=3", "arrivals.sessions_per_day=1500"]


def test_each_day_is_planned_at_its_midnight():
    sim = Simulation(load_scenario(TRAFFIC / "tmall_daily.yaml", DAYS), 4)
    sim.run_until(3600.0)
    first = [b for b in sim._run.batches if not b.is_recontact.any()]
    assert len(first) == 1 and first[0].arrival_s.max() < 86400.0  # day 1 only, so far
    sim.run_until(86400.0 * 2 + 3600.0)
    first = [b for b in sim._run.batches if not b.is_recontact.any()]
    assert len(first) == 3  # one batch a day
    for day, b in enumerate(first):
        assert (b.arrival_s // 86400.0 == day).all()


def test_day_planning_is_reproducible_and_keeps_common_random_numbers():
    s = load_scenario(TRAFFIC / "tmall_daily.yaml", DAYS)
    a, b = simulate(s, 9).sessions, simulate(s, 9).sessions
    assert np.array_equal(a.arrival_s, b.arrival_s) and np.array_equal(a.csat, b.csat)
    # another staffing draws the same customers: first contacts and their bot phase agree
    other = simulate(load_scenario(TRAFFIC / "tmall_daily.yaml", [*DAYS, "agents.count=30"]), 9)
    c = other.sessions
    fa, fc = ~a.is_recontact, ~c.is_recontact
    assert np.array_equal(a.arrival_s[fa], c.arrival_s[fc])
    assert np.array_equal(a.intent[fa], c.intent[fc])
    assert np.array_equal(a.bot_resolved[fa], c.bot_resolved[fc])
