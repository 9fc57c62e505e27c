"""The Erlang calculator for chat (issue 12, point 4): never fewer agents than the typing load
at the target occupancy allows, and said to be a lower bound."""

from __future__ import annotations

import itertools
import math

import pytest

from simulator.metrics.erlang_staffing import (
    DEFAULT_TYPING_SHARE,
    TYPING_OCCUPANCY,
    required_positions,
    typing_floor,
)

VOLUMES = (1, 40, 418, 2500)
AHTS = (60.0, 185.0, 600.0)
TYPING_SHARES = (None, 0.2, 0.47, 1.0)
CONCURRENCY = (2, 3, 4, 8)
PATIENCE = (None, 60.0, 180.0)
OCCUPANCY = (0.6, TYPING_OCCUPANCY, 1.0)
SHRINKAGE = (0.0, 0.3)


def test_never_below_the_typing_load_over_a_grid() -> None:
    grid = itertools.product(
        VOLUMES, AHTS, TYPING_SHARES, CONCURRENCY, PATIENCE, OCCUPANCY, SHRINKAGE
    )
    checked = 0
    for volume, aht, share, k, patience, occ, shrink in grid:
        typing = None if share is None else share * aht
        r = required_positions(
            volume, aht, 3600, 0.8, 30, patience_s=patience, concurrency=k,
            shrinkage=shrink, typing_s=typing, typing_occupancy=occ,
        )  # fmt: skip
        per_chat = DEFAULT_TYPING_SHARE * aht if typing is None else typing
        load = volume * per_chat / 3600
        # agents on chats type at most `occ` of their time ...
        assert r.raw_positions * occ >= load - 1e-9, (volume, aht, share, k, patience, occ)
        # ... and scheduled agents lose the shrinkage on top
        assert r.positions * (1 - shrink) >= load / occ - 1e-9
        assert r.agent_occupancy is not None and r.agent_occupancy <= occ + 1e-12
        assert r.lower_bound and r.typing_erlangs == pytest.approx(load)
        checked += 1
    assert checked == 3456


def test_the_issue_example_is_not_six_agents() -> None:
    """418 chats/h, 185 s each, 4 per agent: the slot model says 6; typing 86 s per chat
    (as simulated for tmall_daily) is 10 Erlangs, so at least ceil(10 / 0.85) = 12."""
    r = required_positions(418, 185, 3600, 0.8, 30, patience_s=180, concurrency=4, typing_s=86)
    assert r.queue_positions == 6
    assert r.typing_floor == math.ceil(418 * 86 / 3600 / 0.85) == 12
    assert r.raw_positions == 12 and r.servers == 48


def test_one_contact_per_agent_is_plain_erlang() -> None:
    """With K = 1 the agent is the server: no floor, the pinned Erlang C result stands."""
    r = required_positions(100, 180, 1800, 0.8, 20)
    assert (r.raw_positions, r.typing_floor, r.lower_bound) == (14, 0, False)
    assert typing_floor(50.0, 1) == 0
    assert typing_floor(8.5, 3, 0.85) == 10 and typing_floor(8.6, 3, 0.85) == 11


@pytest.mark.parametrize("bad", [0.0, -1.0, 186.0])
def test_typing_must_lie_within_the_aht(bad: float) -> None:
    with pytest.raises(ValueError, match="typing_s"):
        required_positions(418, 185, 3600, 0.8, 30, concurrency=4, typing_s=bad)


@pytest.mark.parametrize("load", [10.0, 400.0, 5000.0])
def test_no_queue_shortcut_agrees_with_the_formulas(load: float) -> None:
    """Far above the load (a typing floor with many slots) the O(servers) formulas are skipped:
    there P(wait) is already below 1e-200 by the exact Erlang C and Erlang A formulas."""
    from simulator.metrics.queueing import erlang_a, erlang_c_wait_probability

    n = math.floor(load + 40 * math.sqrt(load) + 100) + 1
    assert erlang_c_wait_probability(n, load) < 1e-200
    assert erlang_a(n, load / 100, 100, 60).wait_probability < 1e-200
    r = required_positions(load * 36, 100, 3600, 0.8, 20, concurrency=50, typing_s=100)
    assert r.servers > n and r.wait_probability == 0.0 and r.service_level == 1.0
    assert r.occupancy == pytest.approx(load / r.servers)
