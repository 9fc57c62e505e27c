"""Traffic scenarios: the validated schema, its distributions and the file loader."""

from simulator.scenario.schema import INTENTS, Scenario

__all__ = ["INTENTS", "Scenario"]
