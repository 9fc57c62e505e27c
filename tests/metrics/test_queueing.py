"""Analytic queueing formulas against independent references.

References:
- Erlang B: exact rational arithmetic (``fractions.Fraction``) of ``(A^n/n!) / sum A^k/k!``.
- Erlang C: pyworkforce 0.5.1 (``pyworkforce.queuing.ErlangC``, an independent implementation),
  run once in a throwaway venv; its numbers are pinned below. The first case is the well-known
  Call Centre Helper worked example (100 calls per half hour, AHT 3 min, 80% in 20 s,
  30% shrinkage: 14 agents on the phones, 20 scheduled).
- Erlang A: a direct numerical solve of the truncated M/M/n+M generator (numpy least squares,
  600 states) and, for the service level, the matrix exponential of the tagged customer's absorbing
  chain; the numbers are pinned below and a small instance is re-solved live in this file.
"""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.metrics.erlang_staffing import required_positions
from simulator.metrics.queueing import (
    erlang_a,
    erlang_b,
    erlang_c_mean_wait,
    erlang_c_service_level,
    erlang_c_wait_probability,
    littles_law_length,
    littles_law_time,
    mmc_mean_queue_length,
)


def exact_erlang_b(n: int, a: int) -> float:
    terms = [Fraction(a) ** k / math.factorial(k) for k in range(n + 1)]
    return float(terms[-1] / sum(terms))


# --------------------------------------------------------------------------- Erlang B / C


@pytest.mark.parametrize(("n", "a"), [(1, 1), (10, 5), (12, 10), (250, 200), (1050, 1000)])
def test_erlang_b_matches_exact_rational_formula(n: int, a: int) -> None:
    assert erlang_b(n, a) == pytest.approx(exact_erlang_b(n, a), rel=1e-12)


def test_erlang_b_classic_table_value() -> None:
    # Erlang B tables: 10 trunks, 5 Erlangs -> blocking 1.84%.
    assert erlang_b(10, 5.0) == pytest.approx(0.018385, abs=5e-7)


# pyworkforce ErlangC(transactions, aht=min, asa=answer time in min, interval=min):
# (positions, Erlangs, answer_time_s, aht_s, waiting_probability, service_level)
PYWORKFORCE_ERLANG_C = [
    (11, 10.0, 20, 180, 0.6821182046893323, 0.38961381172915344),
    (12, 10.0, 20, 180, 0.4493882242982709, 0.6401580403740066),
    (13, 10.0, 20, 180, 0.285270453036493, 0.7955947884177831),
    (14, 10.0, 20, 180, 0.1741319335950498, 0.8883500191794669),
    (15, 10.0, 20, 180, 0.10204236700798798, 0.9414528428690223),
    (49, 48.0, 15, 240, 0.8367565744957725, 0.21393994352361412),
    (55, 48.0, 15, 240, 0.23870093637800924, 0.8458830921705803),
    (201, 200.0, 20, 180, 0.9157574407097783, 0.1805442373875863),
    (205, 200.0, 20, 180, 0.6305614241434676, 0.6382132259126183),
    (208, 200.0, 20, 180, 0.4654705896371078, 0.8086393197305575),
    (220, 200.0, 20, 180, 0.10938047992578107, 0.9881466536113809),
]


@pytest.mark.parametrize(("n", "a", "t", "aht", "pw", "sl"), PYWORKFORCE_ERLANG_C)
def test_erlang_c_matches_pyworkforce(n, a, t, aht, pw, sl) -> None:
    assert erlang_c_wait_probability(n, a) == pytest.approx(pw, rel=1e-12)
    assert erlang_c_service_level(n, a, aht, t) == pytest.approx(sl, rel=1e-12)


def test_erlang_c_mean_wait_and_queue_length_follow_the_closed_forms() -> None:
    # ASA = C * AHT / (n - A); Lq = C * A / (n - A); Little: Lq = lambda * Wq.
    c = 0.1741319335950498  # pyworkforce, 14 positions at 10 Erlangs
    assert erlang_c_mean_wait(14, 10.0, 180) == pytest.approx(c * 180 / 4, rel=1e-12)
    assert mmc_mean_queue_length(14, 10.0) == pytest.approx(c * 10 / 4, rel=1e-12)
    lam = 10.0 / 180
    assert littles_law_length(lam, erlang_c_mean_wait(14, 10.0, 180)) == pytest.approx(
        mmc_mean_queue_length(14, 10.0)
    )
    assert littles_law_time(lam, mmc_mean_queue_length(14, 10.0)) == pytest.approx(
        erlang_c_mean_wait(14, 10.0, 180)
    )


def test_erlang_c_unstable_queue() -> None:
    assert erlang_c_wait_probability(10, 10.0) == 1.0
    assert erlang_c_mean_wait(10, 12.0, 60) == math.inf
    assert erlang_c_service_level(10, 12.0, 60, 20) == 0.0
    assert mmc_mean_queue_length(10, 10.0) == math.inf


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: erlang_b(0, 1.0), '"servers" must be >= 1'),
        (lambda: erlang_b(2.5, 1.0), '"servers" must be a whole number'),
        (lambda: erlang_c_wait_probability(3, -1.0), '"traffic" must be finite and >= 0'),
        (lambda: erlang_c_mean_wait(3, 1.0, 0), '"service_time_s" must be finite and > 0'),
        (lambda: erlang_c_service_level(3, 1.0, 60, -1), '"answer_time_s" must be >= 0'),
        (lambda: erlang_a(3, 0.1, 60, math.inf), '"patience_mean_s" must be finite and > 0'),
        (lambda: required_positions(10, 60, 1800, 1.0, 20), '"target_service_level" must be in'),
        (lambda: required_positions(10, 60, 1800, 0.8, 20, shrinkage=1), '"shrinkage" must be'),
        (lambda: required_positions(10, 60, 1800, 0.8, 20, concurrency=0), '"concurrency"'),
        (lambda: required_positions(-1, 60, 1800, 0.8, 20), '"volume" must be finite and >= 0'),
    ],
)
def test_bad_arguments_raise_precise_errors(call, message) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        call()


# --------------------------------------------------------------------------- Erlang A

# Pinned from the independent CTMC solve described in the module docstring.
# (servers, arrival rate /s, service s, patience s, answer s) ->
#   wait_probability, abandonment, mean_wait_s, service_level, mean_queue_length, occupancy
CTMC_ERLANG_A = [
    (
        (10, 8 / 60, 60, 120, 20),
        (0.317434354228, 0.038821392326, 4.658567079146, 0.884891268620, 0.621142277219, 0.768942886139),
    ),
    (
        (3, 0.05, 50, 30, 10),
        (0.419044721475, 0.190226564246, 5.706796927394, 0.689652525566, 0.285339846370, 0.674811196461),
    ),
    (
        (4, 0.1, 60, 90, 15),
        (0.895768324480, 0.360103217093, 32.409289538335, 0.209166761661, 3.240928953834, 0.959845174361),
    ),
    (
        (1, 0.02, 40, 25, 5),
        (0.523871578657, 0.345160524557, 8.629013113925, 0.518637471991, 0.172580262278, 0.523871580354),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("args", "expected"), CTMC_ERLANG_A)
def test_erlang_a_matches_independent_ctmc_solve(args, expected) -> None:
    r = erlang_a(*args)
    got = (
        r.wait_probability,
        r.abandonment,
        r.mean_wait_s,
        r.service_level,
        r.mean_queue_length,
        r.occupancy,
    )
    assert got == pytest.approx(expected, rel=1e-7)


def _expm(m: np.ndarray) -> np.ndarray:
    """Matrix exponential by scaling and squaring of a Taylor series."""
    halvings = max(0, math.ceil(math.log2(max(np.abs(m).sum(axis=1).max(), 1e-300))) + 2)
    scaled = m / 2.0**halvings
    result, term = np.eye(len(m)), np.eye(len(m))
    for k in range(1, 25):
        term = term @ scaled / k
        result = result + term
    for _ in range(halvings):
        result = result @ result
    return result


def _ctmc_reference(n: int, lam: float, s: float, patience: float, t: float, states: int = 90):
    """Stationary law by a dense generator solve; SL and served wait by the tagged chain."""
    mu, theta = 1 / s, 1 / patience
    q = np.zeros((states, states))
    for k in range(states):
        if k + 1 < states:
            q[k, k + 1] = lam
        if k:
            q[k, k - 1] = min(k, n) * mu + max(k - n, 0) * theta
        q[k, k] = -q[k].sum()
    lhs = np.vstack([q.T, np.ones(states)])
    rhs = np.zeros(states + 1)
    rhs[-1] = 1
    p = np.linalg.lstsq(lhs, rhs, rcond=None)[0]
    stages = states - n  # an arrival finding n + j - 1 present needs j queue moves
    # Tagged chain: transient j = 1..stages, then served, abandoned; exp(G t) gives P(served by t).
    size = stages + 2
    g = np.zeros((size, size))
    for i in range(stages):
        advance = n * mu + i * theta
        g[i, i - 1 if i else stages] = advance
        g[i, stages + 1] = theta
        g[i, i] = -(advance + theta)
    transition = _expm(g * t)
    acc = transition[:stages]
    sl = p[:n].sum() + (p[n:] * acc[:, stages]).sum()
    # E[wait * 1{served} | j] by first-step analysis.
    served_wait, served_prob = np.zeros(stages + 1), np.ones(stages + 1)
    for j in range(1, stages + 1):
        out = n * mu + j * theta
        advance = n * mu + (j - 1) * theta
        served_prob[j] = advance / out * served_prob[j - 1]
        served_wait[j] = served_prob[j] / out + advance / out * served_wait[j - 1]
    lq = float((np.maximum(np.arange(states) - n, 0) * p).sum())
    served = 1 - theta * lq / lam
    return sl, float((p[n:] * served_wait[1:]).sum() / served), theta * lq / lam


def test_erlang_a_service_level_and_served_wait_match_live_ctmc() -> None:
    args = (6, 4 / 60, 75, 100, 12)
    sl, served_wait, abandonment = _ctmc_reference(*args)
    r = erlang_a(*args)
    assert r.service_level == pytest.approx(sl, rel=1e-8)
    assert r.mean_wait_served_s == pytest.approx(served_wait, rel=1e-8)
    assert r.abandonment == pytest.approx(abandonment, rel=1e-8)


def test_erlang_a_long_patience_approaches_erlang_c() -> None:
    n, a, s, t = 12, 10.0, 180.0, 20.0
    r = erlang_a(n, a / s, s, 1e7, t)
    assert r.wait_probability == pytest.approx(erlang_c_wait_probability(n, a), rel=1e-4)
    assert r.mean_wait_s == pytest.approx(erlang_c_mean_wait(n, a, s), rel=1e-3)
    assert r.service_level == pytest.approx(erlang_c_service_level(n, a, s, t), rel=1e-4)
    assert r.abandonment < 1e-4


def test_erlang_a_huge_staff_means_no_wait() -> None:
    r = erlang_a(400, 20 / 60, 60, 30, 0)
    assert r.wait_probability < 1e-12
    assert r.service_level == pytest.approx(1.0, abs=1e-12)
    assert r.occupancy == pytest.approx(20 / 400, rel=1e-9)


def test_erlang_a_overload_is_stable_and_consistent() -> None:
    # 600 Erlangs on 500 servers: abandonment carries the excess, occupancy near 1.
    r = erlang_a(500, 10.0, 60, 120, 30)
    assert 0.1 < r.abandonment < 0.3
    assert r.occupancy == pytest.approx(600 * (1 - r.abandonment) / 500, rel=1e-9)
    assert r.service_level <= 1 - r.abandonment + 1e-12
    assert r.mean_wait_s == pytest.approx(r.mean_queue_length / 10.0, rel=1e-12)  # Little


# --------------------------------------------------------------------------- staffing


def test_required_positions_worked_example_with_shrinkage() -> None:
    # Call Centre Helper's worked example; pyworkforce gives raw 14, scheduled 20.
    r = required_positions(100, 180, 1800, 0.8, 20, shrinkage=0.3, max_occupancy=0.85)
    assert (r.raw_positions, r.positions, r.servers, r.model) == (14, 20, 14, "erlang_c")
    assert r.service_level == pytest.approx(0.8883500191794669, rel=1e-12)
    assert r.wait_probability == pytest.approx(0.1741319335950498, rel=1e-12)
    assert r.occupancy == pytest.approx(10 / 14)
    assert r.abandonment is None


@pytest.mark.parametrize(
    ("volume", "aht", "interval", "target", "t", "shrink", "max_occ", "raw", "positions"),
    [
        (2000, 180, 1800, 0.8, 20, 0.0, None, 208, 208),  # pyworkforce (200 Erlangs)
        (360, 240, 1800, 0.9, 15, 0.0, None, 57, 57),  # pyworkforce
        (750, 270, 3600, 0.9, 30, 0.25, None, 64, 86),  # pyworkforce
        (100, 180, 1800, 0.3, 20, 0.0, 0.85, 12, 12),  # pyworkforce: occupancy cap binds
    ],
)
def test_required_positions_matches_pyworkforce(
    volume, aht, interval, target, t, shrink, max_occ, raw, positions
) -> None:
    r = required_positions(
        volume, aht, interval, target, t, shrinkage=shrink, max_occupancy=max_occ
    )
    assert (r.raw_positions, r.positions) == (raw, positions)


def test_required_positions_erlang_a_and_concurrency() -> None:
    one = required_positions(600, 240, 3600, 0.8, 30, patience_s=120)
    three = required_positions(600, 240, 3600, 0.8, 30, patience_s=120, concurrency=3)
    assert three.model == "erlang_a" and three.abandonment is not None
    assert three.queue_positions == math.ceil(one.servers / 3)  # the slot model alone
    assert three.raw_positions == max(three.queue_positions, three.typing_floor)
    assert three.servers == 3 * three.raw_positions
    # Abandonment relieves the queue, so Erlang A never needs more than Erlang C.
    assert one.servers <= required_positions(600, 240, 3600, 0.8, 30).servers


def test_zero_volume_needs_nobody() -> None:
    r = required_positions(0, 180, 1800, 0.8, 20, patience_s=60)
    assert (r.positions, r.servers, r.service_level, r.abandonment) == (0, 0, 1.0, 0.0)


def _service_level(n: int, a: float, aht: float, t: float, patience: float | None) -> float:
    if patience is None:
        return erlang_c_service_level(n, a, aht, t)
    return erlang_a(n, a / aht, aht, patience, t).service_level


loads = st.floats(min_value=0.2, max_value=60.0)
ahts = st.floats(min_value=10.0, max_value=900.0)
answer_times = st.floats(min_value=0.0, max_value=120.0)
patiences = st.one_of(st.none(), st.floats(min_value=5.0, max_value=1200.0))


@settings(max_examples=60, deadline=None)
@given(a=loads, aht=ahts, t=answer_times, patience=patiences, extra=st.integers(0, 20))
def test_service_level_never_falls_when_adding_servers(a, aht, t, patience, extra) -> None:
    n = max(1, math.floor(a) - 3) + extra
    more, fewer = _service_level(n + 1, a, aht, t, patience), _service_level(n, a, aht, t, patience)
    assert more >= fewer - 1e-12


@settings(max_examples=60, deadline=None)
@given(
    volume=st.floats(min_value=1.0, max_value=1500.0),
    aht=ahts,
    target=st.floats(min_value=0.05, max_value=0.98),
    t=answer_times,
    patience=patiences,
    k=st.integers(1, 5),
)
def test_required_positions_is_minimal(volume, aht, target, t, patience, k) -> None:
    r = required_positions(volume, aht, 1800, target, t, patience_s=patience, concurrency=k)
    a = volume * aht / 1800
    assert r.service_level >= target
    assert r.servers == r.raw_positions * k
    assert r.raw_positions == max(r.queue_positions, r.typing_floor)
    fewer = (r.queue_positions - 1) * k  # minimal for the slot model; the floor may add more
    if fewer >= 1 and (patience is not None or fewer > a):
        assert _service_level(fewer, a, aht, t, patience) < target
