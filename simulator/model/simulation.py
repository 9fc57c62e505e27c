"""A replication that can be stepped and watched: ``run_until``, ``snapshot``, ``finish``.

SimPy's ``env.run(until=t)`` stops before the first event at ``t`` and resumes from there, and
the events of a run are processed in the same order however often it stops; so a run stepped one
simulated minute at a time gives the same :class:`RunResult`, bit for bit, as one call.
"""

from __future__ import annotations

import math
import time

from simpy.core import URGENT, StopSimulation
from simpy.events import Event

from simulator.model.engine import ModelRun
from simulator.model.outcomes import finish_log
from simulator.model.proactive import notice_times
from simulator.model.records import RunResult
from simulator.model.snapshot import Snapshot, Tally
from simulator.scenario.schema import Scenario


class Simulation:
    """Replication ``replication`` of ``scenario`` under ``seed``, advanced from outside.

    Example::

        sim = Simulation(scenario, seed=7)
        while not sim.done:
            sim.run_until(sim.now + 60.0)
            draw(sim.snapshot())
        result = sim.finish()

    Attributes:
        scenario: The scenario being run.
        seed: Seed of the run's random streams.
        replication: Replication number (independent streams for each).
        end_s: Simulated time at which the run ends (the horizon plus the drain hours).
    """

    def __init__(self, scenario: Scenario, seed: int = 0, replication: int = 0) -> None:
        started = time.perf_counter()
        self.scenario = scenario
        self.seed, self.replication = seed, replication
        self._run = ModelRun(scenario, seed, replication)
        self._run.start()
        self.end_s: float = self._run.end_s
        # The end of the run is one urgent event scheduled now, at time end_s exactly (built as
        # SimPy's own run(until=...) builds it): however the run is stepped, it stops there.
        env = self._run.env
        end = Event(env)
        end._ok, end._value = True, None
        env.schedule(end, URGENT, self.end_s)
        end.callbacks.extend((self._on_end, StopSimulation.callback))
        self._clock = 0.0
        self._done = False
        self._tally: Tally | None = None  # made by the first snapshot
        self._result: RunResult | None = None
        self._wall_s = time.perf_counter() - started  # time spent simulating (not observing)

    @property
    def now(self) -> float:
        """Simulated seconds since the start of day 1."""
        return self._clock

    @property
    def done(self) -> bool:
        """Whether the run has reached ``end_s``."""
        return self._done

    def _on_end(self, _event: Event) -> None:
        self._done = True

    def run_until(self, t: float) -> None:
        """Advance the run to simulated time ``t`` (clamped to ``end_s``); earlier ``t`` is a
        no-op. Events at exactly ``t`` happen in the next step."""
        t = float(t)
        if math.isnan(t):
            raise ValueError('"t" must be a number of simulated seconds, got NaN.')
        if self._done or t <= self._clock:
            return
        started = time.perf_counter()
        env = self._run.env
        if t >= self.end_s:
            env.run()  # stopped by the end event
        elif t > env.now:
            env.run(until=t)
        self._clock = self.end_s if self._done else t
        self._wall_s += time.perf_counter() - started

    def snapshot(self) -> Snapshot:
        """The run as it stands now, as plain numbers (see :class:`Snapshot`)."""
        if self._tally is None:
            self._tally = Tally(self._run)
        return self._tally.snapshot(self._clock)

    def finish(self) -> RunResult:
        """Run to the end if needed and return the result (the same one on every call)."""
        if self._result is None:
            self.run_until(self.end_s)
            started = time.perf_counter()
            run, end = self._run, self.end_s
            for desk in run.desks:
                desk.close(end)
            for view, human in run.views:
                view.write_back(human)
            log, hourly = finish_log(
                self.scenario, run.batches, run.entry_names, run.desks, run.hours
            )
            self._wall_s += time.perf_counter() - started
            self._result = RunResult(
                seed=self.seed,
                replication=self.replication,
                sessions=log,
                hourly=hourly,
                warmup_s=self.scenario.horizon.warmup_hours * 3600.0,
                horizon_s=self.scenario.horizon_s,
                agent_busy_s=float(sum(a.busy_s for d in run.desks for a in d.agents)),
                sessions_per_s=len(log) / self._wall_s if self._wall_s > 0 else float("inf"),
                delay_notice_s=notice_times(run.batches),
            )
        return self._result


def simulate(scenario: Scenario, seed: int = 0, replication: int = 0) -> RunResult:
    """Run replication ``replication`` of ``scenario`` under ``seed`` in one call.

    The same (seed, replication) gives the same result, bit for bit; replications of one seed
    use independent streams (``SeedSequence(seed, spawn_key=(replication, batch))``, one per
    batch of sessions: first contacts, then the re-contacts of each flush).
    """
    return Simulation(scenario, seed, replication).finish()
