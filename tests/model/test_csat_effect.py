"""``agents.proficiency.LEVEL.csat_effect``: rating points added to chats an agent of that level
served, and nothing else."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.model import simulate
from simulator.model.service import GOLDEN
from simulator.scenario.loader import load_scenario, with_values
from simulator.scenario.schema import INTENTS


@pytest.fixture(scope="module")
def base():
    # two skill groups, so agents of both desks (ids offset by 100,000) are covered
    return with_values(
        load_scenario("tmall_daily"),
        {
            "agents.groups": {
                "presale": {"share": 0.5, "intents": ["presale"]},
                "service": {"share": 0.5, "intents": [i for i in INTENTS if i != "presale"]},
            }
        },
    )


def test_the_effect_lands_on_chats_of_agents_at_that_level_only(base):
    levels = {
        "warm": {"share": 0.5, "csat_effect": 0.4},
        "plain": {"share": 0.5},
    }
    neutral = with_values(base, {"agents.proficiency": {**levels, "warm": {"share": 0.5}}})
    warm = with_values(base, {"agents.proficiency": levels})
    a = simulate(neutral, seed=5, replication=0).sessions
    b = simulate(warm, seed=5, replication=0).sessions
    for name in ("resolved", "abandoned", "frt_s", "agent_id", "converted", "next_contact_s"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    k = b.agent_id % 100_000  # index of the agent within its desk
    warm_agent = (b.agent_id >= 0) & ((k * GOLDEN) % 1.0 < 0.5)
    served = (b.human_replies > 0) & ~b.abandoned
    assert (warm_agent & served).sum() > 100 and (~warm_agent & served).sum() > 100
    assert {int(i) // 100_000 for i in b.agent_id[warm_agent & served]} == {0, 1}
    lifted = warm_agent & served
    expected = np.clip(a.csat + 0.4, 1.0, 5.0)
    inside = lifted & (a.csat > 1.0) & (a.csat < 5.0)  # not clipped before the lift
    np.testing.assert_allclose(b.csat[inside], expected[inside], rtol=0, atol=1e-12)
    assert np.all(b.csat[lifted] >= a.csat[lifted])
    np.testing.assert_array_equal(b.csat[~lifted], a.csat[~lifted])


def test_csat_effect_is_bounded(base):
    from simulator.common.errors import ScenarioError

    with pytest.raises(ScenarioError, match="csat_effect"):
        with_values(base, {"agents.proficiency": {"x": {"share": 1, "csat_effect": 1.5}}})
