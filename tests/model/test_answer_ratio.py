"""答问比 moves with agent behaviour: several messages per reply (``agents.messages_per_reply``),
a bare one-message answer when other customers wait for the agent (``agents.terse_backlog``)."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.common.errors import ScenarioError
from simulator.metrics.kpis import compute_kpis
from simulator.model import simulate
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

DAILY = TRAFFIC / "tmall_daily.yaml"


def test_messages_come_from_their_own_stream():
    """More messages per reply change the messages sent and nothing else (no other draw
    shifts); every reply sends at least one message."""
    a = simulate(load_scenario(DAILY), 4).sessions
    b = simulate(load_scenario(DAILY, ["agents.messages_per_reply.mean=3"]), 4).sessions
    for name in ("frt_s", "resolved", "abandoned", "csat", "converted", "next_contact_s"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    np.testing.assert_array_equal(a.terse_replies, b.terse_replies)
    assert (a.agent_messages >= a.human_replies).all()
    assert b.agent_messages.sum() > 1.5 * a.agent_messages.sum()
    assert (a.agent_messages[a.human_replies == 0] == 0).all()


def test_an_overloaded_desk_answers_tersely():
    """Fewer agents holding more chats each: customers wait for their agent, who sends the bare
    answer, so the ratio falls (same seed, common random numbers)."""
    ample = load_scenario(DAILY)
    short = load_scenario(DAILY, ["agents.count=6", "agents.concurrency=8"])
    k_ample, k_short = (compute_kpis(simulate(s, 7), s) for s in (ample, short))
    assert k_short["answer_ratio"] < k_ample["answer_ratio"] - 0.05
    assert k_ample["answer_ratio"] > 1.2  # not 1.00 by construction


@pytest.mark.parametrize(
    "override,field",
    [
        ("agents.terse_backlog=0", "agents.terse_backlog"),
        ("agents.messages_per_reply={dist: poisson1, mean: 0.5}", "agents.messages_per_reply"),
    ],
)
def test_bad_message_settings_name_their_field(override, field):
    with pytest.raises(ScenarioError, match=field.replace(".", r"\.")):
        load_scenario(DAILY, [override])


@pytest.mark.parametrize(
    "dist,mean,sd",
    [
        ("{dist: poisson1, mean: 1.7}", 1.7, 0.7**0.5),  # drawn as one Poisson sum per chat
        ("{dist: discrete, values: [1, 3]}", 2.0, 1.0),  # drawn reply by reply
    ],
)
def test_messages_per_reply_follow_their_distribution(dist, mean, sd):
    """Over every non-terse reply of a day, messages per reply average the distribution's mean
    (replies are independent draws: 4 standard errors); a reply sends 1 to 3 messages."""
    log = simulate(load_scenario(DAILY, [f"agents.messages_per_reply={dist}"]), 5).sessions
    full = log.human_replies - log.terse_replies
    extra = log.agent_messages - log.terse_replies
    assert (extra >= full).all()
    if "discrete" in dist:
        assert (extra <= 3 * full).all()
    per_reply = extra.sum() / full.sum()
    assert abs(per_reply - mean) <= 4 * sd / full.sum() ** 0.5
