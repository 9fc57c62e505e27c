"""Results shared between the run page and the results page.

Pages are built as ``Page(document, settings, parent)``, so the one :class:`RunState` of a
window hangs off its scenario document: ``RunState.of(document)`` attaches it on first use.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from simulator.experiments.replications import Replications
from simulator.model import RunResult
from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class RunOutcome:
    """What a finished run or set of replications produced.

    Attributes:
        scenario: the scenario that ran.
        source: the scenario's file (as ``kefulab run`` names it in its JSON), or its name.
        replications: the KPIs of every replication (one when only the watched run).
        watched: the run watched live (replication 0), for the charts and the hourly table.
    """

    scenario: Scenario
    source: str
    replications: Replications
    watched: RunResult | None = None

    @property
    def seed(self) -> int:
        return self.replications.seed


class RunState(QObject):
    """Holds the latest outcome and announces new ones."""

    resultsReady = Signal(object)  # a RunOutcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: RunOutcome | None = None

    def publish(self, outcome: RunOutcome) -> None:
        """Make ``outcome`` the latest and tell every listener."""
        self.latest = outcome
        self.resultsReady.emit(outcome)

    @classmethod
    def of(cls, document: QObject) -> RunState:
        """The run state of ``document``'s window, created on first use."""
        state = getattr(document, "run_state", None)
        if not isinstance(state, RunState):
            state = cls(document)
            document.run_state = state
        return state
