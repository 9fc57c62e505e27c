"""The human phase on hand-timed arrivals with constant durations, worked out by hand.

``arrival_times`` is replaced by fixed times; everything else (one entry point, one intent,
one round per chat, constant reply time and patience) is deterministic, so every wait, FRT and
KPI below can be checked with pencil and paper.
"""

from __future__ import annotations

import numpy as np
import pytest

from simulator.metrics.kpis import compute_kpis
from simulator.model import engine, simulate
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC

HAND = [
    "horizon.days=1",
    "horizon.warmup_hours=0",
    "agents.count=1",
    "agents.reply_time={dist: constant, value: 100}",
    "customers.patience={dist: constant, value: 50}",
    "kpi.frt_threshold_s=120",
]


def run_at(monkeypatch, times, overrides):
    """Simulate the M/M/c reference with ``overrides`` and arrivals at ``times`` (s)."""
    monkeypatch.setattr(engine, "arrival_times", lambda s, rng: np.asarray(times, float))
    s = load_scenario(MMC, HAND + overrides)
    r = simulate(s, 0)
    return r.sessions, compute_kpis(r, s)


def test_backlog_abandoners_count_the_time_they_waited(monkeypatch):
    """One agent, two chats at once, replies take 100 s, customers wait 50 s.

    A (t=10) is taken at once: first reply at 110. B (t=20) gets the agent's free slot but
    waits behind A's reply and leaves at 70, after 50 s. C (t=30) finds no free slot and queues;
    B's leaving frees a slot at 70, C waits in the agent's backlog and leaves at 80, 50 s after
    its handoff. Before the fix B counted 0 s (and "did not queue") and C 40 s.
    """
    log, k = run_at(monkeypatch, [10.0, 20.0, 30.0], ["agents.concurrency=2"])
    np.testing.assert_array_equal(log.abandoned, [False, True, True])
    np.testing.assert_allclose(log.queue_wait_s, [0.0, 50.0, 50.0])
    np.testing.assert_array_equal(log.queued, [False, True, True])
    np.testing.assert_allclose(log.end_s, [110.0, 70.0, 80.0])
    assert k["queue_wait_mean_s"] == pytest.approx(100.0 / 3)
    assert k["queue_wait_prob"] == pytest.approx(2 / 3)
    assert k["abandon_rate"] == pytest.approx(2 / 3)
    assert k["frt_mean_s"] == pytest.approx(100.0)
    assert k["frt_sla"] == pytest.approx(1 / 3)  # the two abandoners are misses
    assert k["frt_sla_answered"] == pytest.approx(1.0)


def test_one_chat_per_agent_waits_in_the_queue_only(monkeypatch):
    """The same arrivals at one chat per agent: B and C queue from their handoff and leave
    after 50 s; the recorded waits are the same as with a backlog."""
    log, k = run_at(monkeypatch, [10.0, 20.0, 30.0], ["agents.concurrency=1"])
    np.testing.assert_allclose(log.queue_wait_s, [0.0, 50.0, 50.0])
    np.testing.assert_array_equal(log.queued, [False, True, True])
    assert k["queue_wait_mean_s"] == pytest.approx(100.0 / 3)


def test_messages_per_reply_and_terse_replies_under_a_backlog(monkeypatch):
    """Three chats reach one agent who holds three at once; each reply is 3 messages unless
    another customer is waiting for the agent when he starts it (terse_backlog 1).

    A (t=10) is answered at once: 3 messages. At 110 the agent turns to B while C still waits
    behind it: B gets one bare message. At 210 he turns to C with nobody waiting: 3 messages.
    """
    three = ["agents.messages_per_reply={dist: constant, value: 3}"]
    patient = ["agents.concurrency=3", "customers.patience={dist: constant, value: 1000}"]
    log, k = run_at(monkeypatch, [10.0, 20.0, 30.0], patient + three + ["agents.terse_backlog=1"])
    np.testing.assert_allclose(log.frt_s, [100.0, 190.0, 280.0])
    np.testing.assert_array_equal(log.terse_replies, [0, 1, 0])
    np.testing.assert_array_equal(log.agent_messages, [3, 1, 3])
    np.testing.assert_array_equal(log.customer_messages, [1, 1, 1])
    assert k["answer_ratio"] == pytest.approx(7 / 3)
    # never terse: every reply is 3 messages
    log, k = run_at(
        monkeypatch, [10.0, 20.0, 30.0], patient + three + ["agents.terse_backlog=null"]
    )
    np.testing.assert_array_equal(log.agent_messages, [3, 3, 3])
    assert k["answer_ratio"] == pytest.approx(3.0)
