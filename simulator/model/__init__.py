"""The message-level chat model: bulk bot phase (numpy) and human phase (SimPy)."""

from simulator.model.records import HourlySeries, RunResult, SessionLog
from simulator.model.simulation import Simulation, simulate
from simulator.model.snapshot import Snapshot

__all__ = ["simulate", "Simulation", "Snapshot", "RunResult", "SessionLog", "HourlySeries"]
