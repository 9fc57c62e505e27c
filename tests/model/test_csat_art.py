"""CSAT charges slow later replies: ``satisfaction.per_minute_response`` per minute by which the
chat's mean response time after the first reply exceeds ``satisfaction.response_grace_s``."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.model import simulate
from simulator.model.outcomes import csat_score, later_response_s
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC

# ample agents, two rounds per chat, a 10 s first reply: the one later reply's response time
# is exactly agents.reply_time (the agent is free when the customer writes again)
TWO_ROUNDS = [
    "horizon.days=1",
    "horizon.warmup_hours=0",
    "arrivals.rate_per_hour=60",
    "agents.count=30",
    "intents.presale.rounds={dist: constant, value: 2}",
    "agents.first_reply_time={dist: constant, value: 10}",
]


def _run(reply_s: float):
    s = load_scenario(MMC, TWO_ROUNDS + [f"agents.reply_time={{dist: constant, value: {reply_s}}}"])
    return simulate(s, 3).sessions


def test_slower_later_replies_lower_csat_and_nothing_else():
    fast, slow = _run(20.0), _run(140.0)
    for name in ("frt_s", "resolved", "abandoned", "human_replies", "converted"):
        np.testing.assert_array_equal(getattr(fast, name), getattr(slow, name), err_msg=name)
    assert (fast.human_replies == 2).all()
    # fast: 20 s is inside the 30 s grace, no penalty; slow: 0.3 x (140 - 30) / 60 points less
    inside = (slow.csat > 1.0) & (fast.csat < 5.0)
    assert inside.sum() > 500
    np.testing.assert_allclose(fast.csat[inside] - slow.csat[inside], 0.3 * 110 / 60, atol=1e-9)
    assert slow.csat.mean() < fast.csat.mean()


def test_the_art_term_by_hand():
    s = load_scenario(MMC, TWO_ROUNDS)
    one = np.ones(3)
    # first reply after 12 s, then replies after 30 s and 90 s; 40 s later answers; one reply
    later = later_response_s(
        np.array([12 + 30 + 90, 12 + 40, 12.0]), np.full(3, 12.0), np.array([3, 2, 1])
    )
    np.testing.assert_allclose(later, [60.0, 40.0, np.nan])
    no = np.zeros(3, bool)
    args = (s, one.astype(bool), no, np.full(3, 12.0), np.zeros(3), no, np.zeros(3))
    plain = csat_score(*args)
    charged = csat_score(*args, None, later)
    # beyond the 30 s grace: 30 s and 10 s, at 0.3 points a minute; a single reply: nothing
    np.testing.assert_allclose(plain - charged, [0.15, 0.05, 0.0])
    assert csat_score(*args, None, later)[0] == pytest.approx(4.7 - 0.15 * 0.2 - 0.15)
