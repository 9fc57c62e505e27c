"""What the Compare page compares and the latest comparison, shared with the Report page.

Pages are built as ``Page(document, settings, parent)``, so the one :class:`CompareState` of a
window hangs off its scenario document (as :class:`gui.run_state.RunState` does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gui.shipped import is_shipped
from simulator.common.data import resolve_scenario
from simulator.experiments.compare import ComparedRun, Comparison
from simulator.experiments.replications import Replications
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario

#: Where a candidate came from.
CURRENT, FILE, SHIPPED = "current", "file", "shipped"


@dataclass(frozen=True)
class Candidate:
    """A scenario pinned for a comparison (immutable: later edits of the document do not
    change it).

    Attributes:
        scenario: the scenario as it was pinned.
        name: its name in the comparison (unique among the candidates).
        source: its file, or ``""`` for an edited copy of the document's scenario.
        kind: :data:`CURRENT`, :data:`FILE` or :data:`SHIPPED`.
    """

    scenario: Scenario
    name: str
    source: str = ""
    kind: str = CURRENT


def candidate_from_file(name_or_path: str | Path) -> Candidate:
    """A candidate read from a scenario file or a shipped scenario's name.

    Raises:
        InputError: no such file or shipped scenario, or the file is not a valid scenario.
    """
    path = resolve_scenario(name_or_path)
    scenario = load_scenario(path)
    return Candidate(scenario, scenario.name, str(path), SHIPPED if is_shipped(path) else FILE)


def unique_name(name: str, taken: Sequence[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)``… when another candidate has it."""
    if name not in taken:
        return name
    k = 2
    while f"{name} ({k})" in taken:
        k += 1
    return f"{name} ({k})"


def partial_comparison(
    done: Sequence[ComparedRun], candidates: Sequence[Candidate], seed: int
) -> Comparison | None:
    """The comparison of the replications every candidate finished before a cancel.

    Pairs need the same replication in every scenario, so only replications finished for all
    candidates are kept; ``None`` when fewer than two are (no interval without two).
    """
    by_scenario: list[dict[int, object]] = [{} for _ in candidates]
    for item in done:
        by_scenario[item.scenario][item.run.replication] = item.run
    common = sorted(set.intersection(*(set(d) for d in by_scenario))) if by_scenario else []
    if len(common) < 2:
        return None
    runs = [
        Replications(c.scenario, seed, [d[r] for r in common])
        for c, d in zip(candidates, by_scenario, strict=True)
    ]
    return Comparison(
        [c.name for c in candidates],
        [c.source for c in candidates],
        [c.scenario for c in candidates],
        seed,
        len(common),
        runs,
    )


class CompareState(QObject):
    """The latest comparison of a window (baseline first), announced to listeners."""

    comparisonReady = Signal(object)  # noqa: N815 (Qt signal names) — a Comparison

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.latest: Comparison | None = None

    def publish(self, comparison: Comparison) -> None:
        """Make ``comparison`` the latest and tell every listener."""
        self.latest = comparison
        self.comparisonReady.emit(comparison)

    @classmethod
    def of(cls, document: QObject) -> CompareState:
        """The compare state of ``document``'s window, created on first use."""
        state = getattr(document, "compare_state", None)
        if not isinstance(state, CompareState):
            state = cls(document)
            document.compare_state = state
        return state
