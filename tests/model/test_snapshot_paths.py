"""The snapshot's two ways of counting each thing (a few events one by one, many at once in
numpy) give the same snapshots, to the bit, whatever the steps between them."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from simulator.model import Simulation
from simulator.model.tallies import RunningPercentile
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

WARMUP = "horizon.warmup_hours=3"  # the post-warm-up columns differ from the others
# base + human_lift above 1: a resolved chat's chance of an order is capped
CAPPED = "intents.presale.conversion={base: 0.9, human_lift: 0.4, wait_decay_s: 600, lost: 0.05}"
# minutes, then hours, then a second: both ways meet in one run
STEPS = (60.0, 60.0, 5400.0, 60.0, 1.0, 7200.0, 600.0)


def _stepped(scenario, seed: int = 2) -> list[tuple]:
    sim = Simulation(scenario, seed)
    snaps, k = [], 0
    while not sim.done:
        sim.run_until(sim.now + STEPS[k % len(STEPS)])
        k += 1
        snap = sim.snapshot()
        snaps.append(tuple(repr(getattr(snap, f.name)) for f in dataclasses.fields(snap)))
    return snaps


@pytest.mark.parametrize(
    ("module", "name", "one_by_one", "at_once", "overrides"),
    [
        ("batch_lines", "BULK", 10**9, 1, [WARMUP]),  # bot-phase rows: table, or bincount
        ("tallies", "_NUMPY_MIN", 10**9, 1, [WARMUP]),  # typing, paid time: sum, or cumsum
        ("ended_chats", "VECTOR_MIN", 10**9, 1, [WARMUP]),  # chats: loop, or numpy
        ("ended_chats", "VECTOR_MIN", 10**9, 1, [CAPPED]),
    ],
)
def test_counting_one_by_one_or_at_once_gives_the_same_snapshots(
    monkeypatch, module, name, one_by_one, at_once, overrides
):
    import importlib

    mod = importlib.import_module(f"simulator.model.{module}")
    if getattr(mod, name) == math.inf:
        pytest.skip("this Python's sum compensates rounding: the numpy path is off")
    scenario = load_scenario(TRAFFIC / "tmall_daily.yaml", overrides)
    runs = []
    for value in (one_by_one, at_once):
        monkeypatch.setattr(mod, name, value)
        runs.append(_stepped(scenario))
    assert runs[0] == runs[1]


def test_running_percentile_adds_many_at_once_as_one_by_one():
    """Values added one by one, in small lists, or in arrays large enough to rebuild the
    heaps: the same percentile after every addition, equal to numpy's."""
    rng = np.random.default_rng(7)
    chunks = [rng.exponential(40.0, size) for size in (1, 3, 200, 5, 90, 2000, 1, 700, 40)]
    chunks[3][:] = 12.5  # ties across the two heaps
    chunks[5][::3] = 0.0
    one, lists, arrays = RunningPercentile(90), RunningPercentile(90), RunningPercentile(90)
    seen = np.empty(0)
    for chunk in chunks:
        for x in chunk.tolist():
            one.add(x)
        lists.extend(chunk.tolist())
        arrays.extend(chunk)
        seen = np.concatenate([seen, chunk])
        want = float(np.percentile(seen, 90))
        assert one.value() == lists.value() == arrays.value() == want
        assert one.n == lists.n == arrays.n == seen.size
    assert math.isnan(RunningPercentile(50).value())
