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
#: as fast as possible, frames are longer (10 snapshots per second, still twice the text rate):
#: every snapshot costs the simulation time
FAST_FRAME_S = 0.1


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


def watch_run(scenario: Scenario, seed: int, pace: Pace) -> Generator[Snapshot, None, WatchedRun]:
    """Simulate replication 0 of ``scenario`` under ``seed``, yielding a snapshot per frame.

    As fast as possible, each frame covers as much simulated time as takes about
    :data:`FAST_FRAME_S` of wall time (adapted frame by frame); at a set speed, a frame covers
    ``sim_per_wall * FRAME_S`` simulated seconds and the generator waits out the rest.
    """
    sim = Simulation(scenario, seed, 0)
    chunk_s = 300.0
    yield sim.snapshot()
    while not sim.done:
        t0 = time.perf_counter()
        rate = pace.sim_per_wall
        step = chunk_s if rate is None else rate * FRAME_S
        target = sim.now + step
        hold = pace.hold_at
        if hold is not None:
            target = min(target, hold)
        sim.run_until(target)
        elapsed = time.perf_counter() - t0
        if rate is None:
            # aim the next frame at FAST_FRAME_S of wall time, changing by at most x2 per frame
            scale = FAST_FRAME_S / elapsed if elapsed > 0 else 2.0
            chunk_s = min(max(step * min(max(scale, 0.5), 2.0), 1.0), 86400.0)
        elif elapsed < FRAME_S:
            time.sleep(FRAME_S - elapsed)
        if hold is not None and sim.now >= hold and pace.hold_at == hold:
            pace.hold_at = None
            if pace.on_hold is not None:
                pace.on_hold()
        yield sim.snapshot()
    result = sim.finish()
    return WatchedRun(result, compute_kpis(result, scenario))
