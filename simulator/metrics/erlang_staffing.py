"""Erlang staffing: the fewest positions that meet a service level in one interval.

Erlang C when customers wait for ever, Erlang A (M/M/n+M) when they abandon; chat concurrency
turns positions into chat slots, and shrinkage turns working positions into scheduled ones.
The formulas themselves are in :mod:`simulator.metrics.queueing`.

With chat concurrency ``K > 1`` the slot model pools one agent's typing across others: K slots
of one agent can all be "serving" at once although the agent types one reply at a time. So
with ``K > 1`` the working positions are never fewer than the *typing floor*
``ceil(volume x typing / interval / typing_occupancy)``: the typing load (Erlangs of agent
work) at the target share of on-duty time spent typing (:data:`TYPING_OCCUPANCY`, 85%). The
typing per chat is the agent's own work (first reply, later replies, reading), not the time
the chat lasts; when not given it is :data:`DEFAULT_TYPING_SHARE` of the AHT. Even then the
answer is a lower bound for chat (replies of one agent's chats still queue behind each
other); ``kefulab staff`` simulates that. With ``K = 1`` the position is the server and the
Erlang formulas are exact.
"""

from __future__ import annotations

import math
import operator
from dataclasses import dataclass

from simulator.metrics.queueing import (
    _check_nonnegative,
    _check_positive,
    erlang_a,
    erlang_c_mean_wait,
    erlang_c_service_level,
    erlang_c_wait_probability,
)

#: Largest share of an agent's on-duty time spent typing that the typing floor accepts.
TYPING_OCCUPANCY = 0.85
#: Agent typing per chat as a share of the chat's handle time when not given: in the shipped
#: scenarios (4-5 chats per agent, customer think time between rounds) an agent types for
#: 46-47% of the time a chat holds a slot (``kefulab staff``'s measured demand).
DEFAULT_TYPING_SHARE = 0.45


def typing_floor(
    typing_erlangs: float, concurrency: int, occupancy: float = TYPING_OCCUPANCY
) -> int:
    """Fewest agents on chats whose typing keeps under ``occupancy``: ``ceil(load / occ)``
    for chat (``concurrency > 1``); 0 with one contact per agent (Erlang is exact there)."""
    if concurrency <= 1 or typing_erlangs <= 0:
        return 0
    return math.ceil(typing_erlangs / occupancy - 1e-9)


@dataclass(frozen=True)
class StaffingResult:
    """Minimum staffing for one interval and what it delivers.

    Attributes:
        positions: Scheduled positions (agents) after shrinkage, ``ceil(raw / (1 - s))``.
        raw_positions: Positions that must be working (on chats) to meet the target.
        servers: Chat slots actually working, ``raw_positions * concurrency``; the figures
            below are computed for this many servers.
        service_level: Share of arrivals answered within ``answer_time_s`` (Erlang A:
            abandoners count as not answered).
        wait_probability: ``P(wait > 0)``.
        asa_s: Average speed of answer: mean wait of answered arrivals, seconds (Erlang C:
            over all arrivals, who are all answered).
        occupancy: Mean share of chat slots busy.
        abandonment: ``P(abandon)`` for Erlang A; ``None`` for Erlang C.
        traffic_erlangs: Offered load ``volume * aht_s / interval_s``.
        model: ``"erlang_c"`` or ``"erlang_a"``.
        typing_s: Agent typing per chat used for the typing floor (``None`` for ``K = 1``).
        typing_erlangs: Typing load ``volume x typing_s / interval_s`` (0 for ``K = 1``).
        typing_occupancy: Target share of on-duty time typing behind the floor.
        typing_floor: ``ceil(typing_erlangs / typing_occupancy)`` (0 for ``K = 1``).
        queue_positions: Positions the slot model (Erlang C/A alone) asks for.
        agent_occupancy: Typing load per working position (``None`` for ``K = 1``).
        lower_bound: True for chat (``K > 1``): the simulation usually needs more.
    """

    positions: int
    raw_positions: int
    servers: int
    service_level: float
    wait_probability: float
    asa_s: float
    occupancy: float
    abandonment: float | None
    traffic_erlangs: float
    model: str
    volume: float
    aht_s: float
    interval_s: float
    target: float
    answer_time_s: float
    patience_s: float | None
    concurrency: int
    shrinkage: float
    typing_s: float | None = None
    typing_erlangs: float = 0.0
    typing_occupancy: float = TYPING_OCCUPANCY
    typing_floor: int = 0
    queue_positions: int = 0
    agent_occupancy: float | None = None
    lower_bound: bool = False


@dataclass(frozen=True)
class _Performance:
    service_level: float
    wait_probability: float
    asa_s: float
    occupancy: float
    abandonment: float | None


def _performance(
    servers: int, traffic: float, aht_s: float, answer_time_s: float, patience_s: float | None
) -> _Performance:
    if traffic == 0:
        return _Performance(1.0, 0.0, 0.0, 0.0, None if patience_s is None else 0.0)
    if servers > traffic + 40.0 * math.sqrt(traffic) + 100.0:
        # far above the load (e.g. a typing floor with many slots per agent): P(wait) is
        # below 1e-300, zero in double precision; skip the O(servers) formulas
        return _Performance(1.0, 0.0, 0.0, traffic / servers, None if patience_s is None else 0.0)
    if patience_s is None:
        return _Performance(
            service_level=erlang_c_service_level(servers, traffic, aht_s, answer_time_s),
            wait_probability=erlang_c_wait_probability(servers, traffic),
            asa_s=erlang_c_mean_wait(servers, traffic, aht_s),
            occupancy=min(1.0, traffic / servers),
            abandonment=None,
        )
    r = erlang_a(servers, traffic / aht_s, aht_s, patience_s, answer_time_s)
    return _Performance(
        r.service_level, r.wait_probability, r.mean_wait_served_s, r.occupancy, r.abandonment
    )


def required_positions(
    volume: float,
    aht_s: float,
    interval_s: float,
    target_service_level: float,
    answer_time_s: float,
    patience_s: float | None = None,
    concurrency: int = 1,
    shrinkage: float = 0.0,
    max_occupancy: float | None = None,
    typing_s: float | None = None,
    typing_occupancy: float = TYPING_OCCUPANCY,
) -> StaffingResult:
    """Fewest positions that answer ``target_service_level`` of arrivals within ``answer_time_s``.

    Erlang C when ``patience_s`` is ``None`` (customers never leave; the queue must also be
    stable), Erlang A with exponential patience of mean ``patience_s`` otherwise.

    Chat concurrency ``K`` is modelled the way WFM chat calculators do: each position is ``K``
    independent servers (chat slots), each holding a chat for the per-chat handle time
    ``aht_s``. That alone ignores that an agent types one reply at a time, so for ``K > 1``
    the working positions are at least the typing floor (module docstring), and the result
    is marked ``lower_bound`` (the simulator models the interleaving: ``kefulab staff``).

    Args:
        volume: Arrivals (calls, chats) in the interval, ``>= 0``.
        aht_s: Average handle time per contact (per chat for ``K > 1``), seconds, ``> 0``.
        interval_s: Interval length, seconds, ``> 0`` (1800 for a half-hour).
        target_service_level: Required share answered within ``answer_time_s``, in (0, 1).
        answer_time_s: Service-level threshold, seconds, ``>= 0``.
        patience_s: Mean patience (seconds, ``> 0``) or ``None`` for no abandonment.
        concurrency: Chats a position handles at once, ``>= 1``.
        shrinkage: Share of scheduled time not on contacts (breaks, training), in [0, 1).
        max_occupancy: Optional cap on slot occupancy, in (0, 1].
        typing_s: Agent typing (work) per chat, seconds, in (0, ``aht_s``]; default
            ``DEFAULT_TYPING_SHARE x aht_s``. Used only for ``K > 1``.
        typing_occupancy: Target share of on-duty time spent typing, in (0, 1].

    Returns:
        The :class:`StaffingResult`: performance of ``raw_positions * concurrency`` servers.
    """
    volume = _check_nonnegative("volume", volume)
    aht_s = _check_positive("aht_s", aht_s)
    interval_s = _check_positive("interval_s", interval_s)
    target = float(target_service_level)
    if not 0 < target < 1:
        raise ValueError(f'"target_service_level" must be in (0, 1), got {target_service_level!r}.')
    answer_time_s = _check_nonnegative("answer_time_s", answer_time_s)
    if patience_s is not None:
        patience_s = _check_positive("patience_s", patience_s)
    try:
        k = operator.index(concurrency)
    except TypeError:
        raise ValueError(
            f'"concurrency" must be a whole number >= 1, got {concurrency!r}.'
        ) from None
    if isinstance(concurrency, bool) or k < 1:
        raise ValueError(f'"concurrency" must be >= 1, got {concurrency!r}.')
    shrinkage = float(shrinkage)
    if not 0 <= shrinkage < 1:
        raise ValueError(f'"shrinkage" must be in [0, 1), got {shrinkage!r}.')
    if max_occupancy is not None and not 0 < float(max_occupancy) <= 1:
        raise ValueError(f'"max_occupancy" must be in (0, 1], got {max_occupancy!r}.')
    typing_occupancy = float(typing_occupancy)
    if not 0 < typing_occupancy <= 1:
        raise ValueError(f'"typing_occupancy" must be in (0, 1], got {typing_occupancy!r}.')
    if k > 1:
        typing_s = DEFAULT_TYPING_SHARE * aht_s if typing_s is None else float(typing_s)
        if not (0 < typing_s <= aht_s):
            raise ValueError(
                f'"typing_s" must be > 0 and at most the AHT ({aht_s:g} s): typing is part of '
                f"the time a chat holds a slot, got {typing_s!r}."
            )
    else:
        typing_s = None
    traffic = volume * aht_s / interval_s
    typing_erlangs = volume * typing_s / interval_s if typing_s is not None else 0.0
    floor = typing_floor(typing_erlangs, k, typing_occupancy)

    def meets(n: int) -> bool:
        if patience_s is None and traffic >= n:
            return False
        perf = _performance(n, traffic, aht_s, answer_time_s, patience_s)
        if max_occupancy is not None and perf.occupancy > max_occupancy:
            return False
        return perf.service_level >= target

    if traffic == 0:
        raw = 0
    else:
        # Service level and occupancy improve with every added server: grow then bisect.
        low = max(1, math.floor(traffic) + 1) if patience_s is None else 1
        if meets(low):
            hi = low
            low -= 1
        else:
            step, hi = 1, low + 1
            while not meets(hi):
                low, step = hi, step * 2
                hi = low + step
        while hi - low > 1:  # invariant: not meets(low) (or low == 0), meets(hi)
            mid = (low + hi) // 2
            low, hi = (low, mid) if meets(mid) else (mid, hi)
        raw = math.ceil(hi / k)
    queue_raw = raw
    raw = max(raw, floor)
    servers = raw * k
    perf = (
        _performance(servers, traffic, aht_s, answer_time_s, patience_s)
        if servers
        else _Performance(1.0, 0.0, 0.0, 0.0, None if patience_s is None else 0.0)
    )
    return StaffingResult(
        positions=math.ceil(raw / (1.0 - shrinkage) - 1e-9),
        raw_positions=raw,
        servers=servers,
        service_level=perf.service_level,
        wait_probability=perf.wait_probability,
        asa_s=perf.asa_s,
        occupancy=perf.occupancy,
        abandonment=perf.abandonment,
        traffic_erlangs=traffic,
        model="erlang_c" if patience_s is None else "erlang_a",
        volume=volume,
        aht_s=aht_s,
        interval_s=interval_s,
        target=target,
        answer_time_s=answer_time_s,
        patience_s=patience_s,
        concurrency=k,
        shrinkage=shrinkage,
        typing_s=typing_s,
        typing_erlangs=typing_erlangs,
        typing_occupancy=typing_occupancy,
        typing_floor=floor,
        queue_positions=queue_raw,
        agent_occupancy=(typing_erlangs / raw if raw else 0.0) if k > 1 else None,
        lower_bound=k > 1,
    )
