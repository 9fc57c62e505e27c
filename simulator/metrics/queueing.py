"""Analytic queueing formulas: Erlang B, Erlang C (M/M/n), Erlang A (M/M/n+M) and staffing.

All times are in seconds and all rates per second. ``traffic`` is the offered load in Erlangs,
``arrival rate x mean service time``. The formulas are the standard ones and stay stable for
large loads (hundreds of servers):

- Erlang B by the recursion ``B(0) = 1``, ``B(n) = A B(n-1) / (n + A B(n-1))``; Erlang C from B.
- Erlang A (Palm's M/M/n+M; Garnett, Mandelbaum & Reiman 2002) exactly from the birth-death
  chain of M/M/n+M, whose death rate in state ``k`` is ``min(k, n) mu + max(k - n, 0) theta``
  (``theta`` = 1 / mean patience). The chain is summed in log space and truncated where the
  remaining states carry less than ``exp(-60)`` of the mass.

An arrival that finds ``j - 1`` customers queued ahead of it reaches a server after
``V = sum of Exp(n mu + i theta), i = 0..j-1`` (FCFS, ahead customers are served or abandon),
and is served if its own exponential patience outlasts ``V``. The density of ``V`` is
``K e^{-n mu v} (1 - e^{-theta v})^{j-1}``, so ``P(served, V <= t) = n mu / (n mu + j theta) *
I_x(j, n mu / theta + 1)`` with ``x = 1 - e^{-theta t}`` (``I`` the regularized incomplete beta
function), which gives the Erlang A service level exactly.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

import numpy as np

#: States whose log-probability is this far below the largest one are dropped.
_LOG_NEGLIGIBLE = 60.0
#: Largest birth-death chain Erlang A will build (states); beyond it the input is absurd.
_MAX_CHAIN_STATES = 1 << 24


def _check_servers(servers: int) -> int:
    try:
        n = operator.index(servers)
    except TypeError:
        raise ValueError(f'"servers" must be a whole number >= 1, got {servers!r}.') from None
    if isinstance(servers, bool) or n < 1:
        raise ValueError(f'"servers" must be >= 1, got {servers!r}.')
    return n


def _check_nonnegative(name: str, value: float, *, allow_inf: bool = False) -> float:
    v = float(value)
    if math.isnan(v) or v < 0 or (math.isinf(v) and not allow_inf):
        allowed = ">= 0" if allow_inf else "finite and >= 0"
        raise ValueError(f'"{name}" must be {allowed}, got {value!r}.')
    return v


def _check_positive(name: str, value: float) -> float:
    v = float(value)
    if not (v > 0 and math.isfinite(v)):
        raise ValueError(f'"{name}" must be finite and > 0, got {value!r}.')
    return v


# --------------------------------------------------------------------------- Erlang B / C


def erlang_b(servers: int, traffic: float) -> float:
    """Blocking probability of M/M/n/n (Erlang loss formula).

    Args:
        servers: Number of servers ``n >= 1``.
        traffic: Offered load ``A`` in Erlangs (``>= 0``).
    """
    n = _check_servers(servers)
    a = _check_nonnegative("traffic", traffic)
    b = 1.0
    for k in range(1, n + 1):
        b = a * b / (k + a * b)
    return b


def erlang_c_wait_probability(servers: int, traffic: float) -> float:
    """Probability that an arrival waits in M/M/n (Erlang C); 1.0 when ``traffic >= servers``."""
    n = _check_servers(servers)
    a = _check_nonnegative("traffic", traffic)
    if a >= n:
        return 1.0
    b = erlang_b(n, a)
    return n * b / (n - a * (1.0 - b))


def erlang_c_mean_wait(servers: int, traffic: float, service_time_s: float) -> float:
    """Mean wait in queue of all arrivals (ASA) in M/M/n, seconds; ``inf`` when unstable."""
    n = _check_servers(servers)
    s = _check_positive("service_time_s", service_time_s)
    c = erlang_c_wait_probability(n, traffic)
    a = float(traffic)
    return math.inf if a >= n else c * s / (n - a)


def erlang_c_service_level(
    servers: int, traffic: float, service_time_s: float, answer_time_s: float
) -> float:
    """``P(wait <= answer_time_s)`` in M/M/n: ``1 - C exp(-(n - A) t / S)``; 0 when unstable."""
    n = _check_servers(servers)
    s = _check_positive("service_time_s", service_time_s)
    t = _check_nonnegative("answer_time_s", answer_time_s, allow_inf=True)
    c = erlang_c_wait_probability(n, traffic)
    a = float(traffic)
    if a >= n:
        return 0.0
    return 1.0 - c * math.exp(-(n - a) * t / s)


def mmc_mean_queue_length(servers: int, traffic: float) -> float:
    """Mean number waiting ``Lq = C A / (n - A)`` in M/M/n; ``inf`` when unstable."""
    n = _check_servers(servers)
    c = erlang_c_wait_probability(n, traffic)
    a = float(traffic)
    return math.inf if a >= n else c * a / (n - a)


def littles_law_length(arrival_rate_per_s: float, mean_time_s: float) -> float:
    """Little's law ``L = lambda W``: mean number present given the rate and mean stay."""
    return _check_nonnegative("arrival_rate_per_s", arrival_rate_per_s) * _check_nonnegative(
        "mean_time_s", mean_time_s, allow_inf=True
    )


def littles_law_time(arrival_rate_per_s: float, mean_length: float) -> float:
    """Little's law ``W = L / lambda``: mean stay given the rate and mean number present."""
    return _check_nonnegative("mean_length", mean_length) / _check_positive(
        "arrival_rate_per_s", arrival_rate_per_s
    )


# --------------------------------------------------------------------------- Erlang A


@dataclass(frozen=True)
class ErlangAResult:
    """Steady-state figures of M/M/n+M (Erlang A), as seen by an arriving customer (PASTA).

    Attributes:
        wait_probability: ``P(wait > 0)``: the arrival finds every server busy.
        abandonment: ``P(abandon)``: share of arrivals that leave before being served.
        mean_wait_s: Mean time in queue over all arrivals, abandoners counted with the time
            they waited (``Lq / lambda``), seconds.
        mean_wait_served_s: Mean time in queue of served arrivals (the ASA of the answered).
        service_level: Share of all arrivals answered within ``answer_time_s``:
            ``P(served and wait <= t)``. Abandoners, before or after ``t``, count as not
            answered within ``t`` (the stricter standard definition; it never exceeds
            ``P(wait <= t)``).
        occupancy: Mean share of servers busy, ``A (1 - P(abandon)) / n``.
        mean_queue_length: Mean number waiting ``Lq``.
    """

    wait_probability: float
    abandonment: float
    mean_wait_s: float
    mean_wait_served_s: float
    service_level: float
    occupancy: float
    mean_queue_length: float


def _log_sum_exp(log_w: np.ndarray) -> float:
    top = float(log_w.max())
    return top + math.log(float(np.exp(log_w - top).sum()))


def _mmn_m_log_weights(n: int, lam: float, mu: float, theta: float) -> np.ndarray:
    """Unnormalized log stationary weights of states ``0..K`` of M/M/n+M (state 0 at 0.0)."""
    k = np.arange(1, n + 1, dtype=float)
    head = np.cumsum(np.log(lam / (k * mu)))
    log_w = [np.zeros(1), head]
    last, top = float(head[-1]), max(0.0, float(head.max()))
    m0, size = 1, 1024
    while True:
        m = np.arange(m0, m0 + size, dtype=float)
        steps = np.log(lam) - np.log(n * mu + m * theta)
        tail = last + np.cumsum(steps)
        log_w.append(tail)
        last, top = float(tail[-1]), max(top, float(tail.max()))
        if steps[-1] < 0 and last < top - _LOG_NEGLIGIBLE:
            break
        m0 += size
        size *= 2
        if m0 + size > _MAX_CHAIN_STATES:
            raise ValueError(
                '"patience_mean_s" is too long for this load: the M/M/n+M queue would exceed '
                f"{_MAX_CHAIN_STATES} states; use Erlang C (no abandonment) instead."
            )
    return np.concatenate(log_w)


def _answered_within(j: np.ndarray, c: float, theta: float, t: float) -> np.ndarray:
    """``I_x(j, c/theta + 1)`` for stage counts ``j = 1, 2, ...`` (see the module docstring).

    Uses ``I_x(a + 1, b) = I_x(a, b) - x^a (1 - x)^b / (a B(a, b))``; the subtraction's
    absolute error stays near machine precision times ``len(j)``, enough for a weighted sum.
    """
    if t == 0:
        return np.zeros(len(j))
    b = c / theta + 1.0
    if math.isinf(t):
        return np.ones(len(j))
    x = -math.expm1(-theta * t)
    if x == 0:  # t so small that no queued customer can be reached in time
        return np.zeros(len(j))
    log_x = math.log(x)
    i_first = -math.expm1(-b * theta * t)  # I_x(1, b) = 1 - (1 - x)^b
    # log of x^k (1 - x)^b / (k B(k, b)) for k = 1..len(j)-1, by term_k / term_{k-1} = x (k-1+b)/k.
    k = j[1:]
    log_term = (
        log_x + math.log(b) - b * theta * t + np.cumsum(log_x + np.log(k - 1 + b) - np.log(k))
    )
    log_term = np.concatenate(([log_x + math.log(b) - b * theta * t], log_term))[:-1]
    values = i_first - np.concatenate(([0.0], np.cumsum(np.exp(log_term))))
    return np.clip(values, 0.0, 1.0)


def erlang_a(
    servers: int,
    arrival_rate_per_s: float,
    service_time_s: float,
    patience_mean_s: float,
    answer_time_s: float = 0.0,
) -> ErlangAResult:
    """Exact steady state of M/M/n+M (Erlang A) with exponential patience.

    Args:
        servers: Number of servers ``n >= 1``.
        arrival_rate_per_s: Poisson arrival rate ``lambda`` (per second, ``>= 0``).
        service_time_s: Mean exponential service time ``1 / mu`` (seconds, ``> 0``).
        patience_mean_s: Mean exponential patience ``1 / theta`` (seconds, finite, ``> 0``);
            for customers who never leave use the Erlang C functions.
        answer_time_s: Service-level threshold ``t`` (seconds, ``>= 0``, may be ``inf``).

    Returns:
        The :class:`ErlangAResult`; ``service_level`` is ``P(served and wait <= t)``.
    """
    n = _check_servers(servers)
    lam = _check_nonnegative("arrival_rate_per_s", arrival_rate_per_s)
    mu = 1.0 / _check_positive("service_time_s", service_time_s)
    theta = 1.0 / _check_positive("patience_mean_s", patience_mean_s)
    t = _check_nonnegative("answer_time_s", answer_time_s, allow_inf=True)
    if lam == 0:
        return ErlangAResult(0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    log_w = _mmn_m_log_weights(n, lam, mu, theta)
    prob = np.exp(log_w - _log_sum_exp(log_w))
    queue_probs = prob[n:]  # arrival finds n + j - 1 in system: j = 1, 2, ...
    j = np.arange(1, len(queue_probs) + 1, dtype=float)
    c = n * mu
    total = float(prob.sum())  # 1 up to rounding; dividing keeps both shares in [0, 1]
    no_wait = float(prob[:n].sum()) / total
    wait_probability = min(1.0, float(queue_probs.sum()) / total)
    mean_queue_length = float(((j - 1) * queue_probs).sum())
    abandonment = min(1.0, theta * mean_queue_length / lam)
    served_given_j = c / (c + j * theta)
    # E[W 1{served} | j] = P(served | j) * sum_{i=1..j} 1 / (c + i theta)
    served_wait_sum = float((queue_probs * served_given_j * np.cumsum(1.0 / (c + j * theta))).sum())
    served = 1.0 - abandonment
    sl_queued = float((queue_probs * served_given_j * _answered_within(j, c, theta, t)).sum())
    return ErlangAResult(
        wait_probability=wait_probability,
        abandonment=abandonment,
        mean_wait_s=mean_queue_length / lam,
        mean_wait_served_s=served_wait_sum / served if served > 0 else math.inf,
        service_level=min(1.0, no_wait + sl_queued),
        occupancy=min(1.0, lam / mu * served / n),
        mean_queue_length=mean_queue_length,
    )
