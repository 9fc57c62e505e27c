"""The message-level chat model: bulk bot phase (numpy) and human phase (SimPy)."""

from simulator.model.engine import simulate
from simulator.model.records import HourlySeries, RunResult, SessionLog

__all__ = ["simulate", "RunResult", "SessionLog", "HourlySeries"]
