"""The memory layout of a batch: ragged work and think times, freed when the batch is over.

The human phase keeps work and think times only for the rounds an agent plays, session after
session from ``human_start``; the numbers must be the ones the round-by-round draws give (the
matrix the model used to keep), and cutting rows from a batch must keep each session's own.
"""

from __future__ import annotations

import numpy as np

from simulator.model import Simulation
from simulator.model.arrivals import arrival_times, entry_and_intent
from simulator.model.human_view import HUMAN_PHASE_ONLY
from simulator.model.plan import plan_batch
from simulator.model.proactive import take_rows
from simulator.model.streams import Streams
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC, TRAFFIC


def _batch(scenario, seed: int = 3):
    st = Streams.for_batch(seed, 0, 0)
    times = arrival_times(scenario, st.arrivals)
    entry, intent, _ = entry_and_intent(scenario, times.size, st.mix)
    b = plan_batch(scenario, st, times, entry, intent, np.arange(times.size), None, False)
    return b, Streams.for_batch(seed, 0, 0)  # fresh streams: the same draws again


def test_ragged_times_are_the_round_by_round_draws():
    scenario = load_scenario(TRAFFIC / "bot70_cold.yaml")  # cold: human rounds > rounds left
    b, st = _batch(scenario)
    assert b.human_rounds.max() > 1 and (b.human_rounds == 0).any()
    assert b.work_s.size == b.think_s.size == int(b.human_rounds.sum())
    first = scenario.agents.first_reply_time or scenario.agents.reply_time
    for k in range(int(b.human_rounds.max())):
        work = (first if k == 0 else scenario.agents.reply_time).sample(st.service, b.size)
        think = scenario.customers.think_time.sample(st.think, b.size)
        kept = np.flatnonzero(b.human_rounds > k)
        np.testing.assert_array_equal(b.work_s[b.human_start[kept] + k], work[kept])
        np.testing.assert_array_equal(b.think_s[b.human_start[kept] + k], think[kept])


def test_cut_rows_keep_their_own_work_times():
    # one round each and no bot: the ragged arrays are exactly as long as the batch, so a
    # cut that took them for per-session columns would shuffle whose time is whose
    b, _ = _batch(load_scenario(MMC))
    assert b.work_s.size == b.size
    keep = np.arange(b.size) % 3 != 1
    cut = take_rows(b, keep)
    np.testing.assert_array_equal(
        cut.work_s[cut.human_start], b.work_s[b.human_start[np.flatnonzero(keep)]]
    )


def test_human_phase_columns_are_freed_when_the_batch_is_over():
    sim = Simulation(load_scenario(TRAFFIC / "tmall_daily.yaml"), 5)
    result = sim.finish()
    first = sim._run.batches[0]  # every chat of the first contacts ended before the drain did
    for name in HUMAN_PHASE_ONLY:
        assert getattr(first, name).size == 0, name
    # what the log needs is still there, and a snapshot after the end still reads the chats
    assert first.arrival_s.size == first.size
    assert sim.snapshot().arrivals == len(result.sessions)
