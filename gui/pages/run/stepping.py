"""Stepping a watched run (Qt-free): the generator a worker drives, and its pace.

``watch_run`` advances a :class:`~simulator.model.simulation.Simulation` in frames and yields a
snapshot after each; the UI thread changes :class:`Pace` (speed, a hold point for "step one
hour") while it runs. Attribute writes are atomic under the GIL, and the generator reads each
one once per frame, so no lock is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass

from simulator.metrics.kpis import compute_kpis
from simulator.model import RunResult
from simulator.model.simulation import Simulation, Snapshot
from simulator.scenario.schema import Scenario

#: wall-clock length of one frame at a set speed (20 snapshots per second)
FRAME_S = 0.05
#: as fast as possible, a frame ends before this much wall time (the live view must change at
#: least 5 times a second, and every snapshot costs the simulation time: no more than needed)
FAST_FRAME_S = 0.15
#: as fast as possible, a frame is run in slices of about this much wall time, and it ends when
#: one more slice would pass FAST_FRAME_S (the cost of a simulated hour varies tenfold over a
#: day, so a frame cannot be sized in advance)
SLICE_S = 0.015


class Pace:
    """How fast the watched run goes, and where it stops for "step one hour".

    Attributes:
        sim_per_wall: simulated seconds per wall-clock second; ``None`` = as fast as possible.
        hold_at: simulated time at which the run pauses (then ``on_hold`` is called).
        on_hold: called in the worker thread when ``hold_at`` is reached.
    """

    def __init__(self, sim_per_wall: float | None = None) -> None:
        self.sim_per_wall = sim_per_wall
        self.hold_at: float | None = None
        self.on_hold: Callable[[], None] | None = None

    def hold(self, at_s: float, on_hold: Callable[[], None]) -> None:
        """Pause the run when the clock reaches ``at_s``."""
        self.on_hold = on_hold
        self.hold_at = at_s


@dataclass(frozen=True)
class WatchedRun:
    """What a watched run ends with: the same result and KPIs ``simulate`` would give."""

    result: RunResult
    kpis: dict[str, float]


def _fast_frame(sim: Simulation, slice_s: float, hold: float | None) -> float:
    """Run ``sim`` in slices until one more would end past :data:`FAST_FRAME_S` (or the run
    or ``hold`` is reached); the slice length adapted for the next frame."""
    start = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        target = sim.now + slice_s
        sim.run_until(target if hold is None else min(target, hold))
        now = time.perf_counter()
        took = now - t0
        # the next slice aims at SLICE_S of wall time, changing by at most x2
        scale = SLICE_S / took if took > 0 else 2.0
        slice_s = min(max(slice_s * min(max(scale, 0.5), 2.0), 1.0), 86400.0)
        if sim.done or (hold is not None and sim.now >= hold):
            return slice_s
        if now - start + min(took * 2.0, SLICE_S * 2.0) > FAST_FRAME_S:
            return slice_s


def watch_run(scenario: Scenario, seed: int, pace: Pace) -> Generator[Snapshot, None, WatchedRun]:
    """Simulate replication 0 of ``scenario`` under ``seed``, yielding a snapshot per frame.

    As fast as possible, a frame runs slices of simulated time until the next would end past
    :data:`FAST_FRAME_S` of wall time (see :func:`_fast_frame`); at a set speed, a frame covers
    ``sim_per_wall * FRAME_S`` simulated seconds and the generator waits out the rest.
    """
    sim = Simulation(scenario, seed, 0)
    slice_s = 300.0  # simulated seconds of a slice, adapted to take about SLICE_S
    yield sim.snapshot()
    while not sim.done:
        rate = pace.sim_per_wall
        hold = pace.hold_at
        if rate is None:
            slice_s = _fast_frame(sim, slice_s, hold)
        else:
            t0 = time.perf_counter()
            target = sim.now + rate * FRAME_S
            sim.run_until(target if hold is None else min(target, hold))
            elapsed = time.perf_counter() - t0
            if elapsed < FRAME_S:
                time.sleep(FRAME_S - elapsed)
        if hold is not None and sim.now >= hold and pace.hold_at == hold:
            pace.hold_at = None
            if pace.on_hold is not None:
                pace.on_hold()
        yield sim.snapshot()
    result = sim.finish()
    return WatchedRun(result, compute_kpis(result, scenario))
