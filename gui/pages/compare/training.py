"""The "after training" alternative: today's scenario with agents at the level the trainees'
recent role-play scores map to (docs/training-roi.md), read from the trainer's progress store."""

from __future__ import annotations

from pathlib import Path

from gui.pages.compare.state import Candidate
from simulator.cli.training import apply_training, load_checked_mapping, scores_from_store
from simulator.roleplay.store import ProgressStore, default_db_path
from simulator.scenario.schema import Scenario


def store_trainees(db: Path | None = None) -> list[str]:
    """The trainees in the progress store (empty when there is no store yet)."""
    path = default_db_path() if db is None else db
    if not path.exists():
        return []
    with ProgressStore.open(path) as store:
        return store.trainees()


def trained_candidate(
    scenario: Scenario, name: str, trainee: str | None, share: float, db: Path | None = None
) -> Candidate:
    """A candidate with ``share`` of the agents trained to ``trainee``'s level (None: the team).

    Raises:
        InputError: no store, no finished sessions, or a bad mapping file (one line).
    """
    mapping = load_checked_mapping()
    with ProgressStore.open(default_db_path() if db is None else db) as store:
        scores = scores_from_store(store, trainee, last=mapping.recent_sessions)
    trained = apply_training(scenario, scores, mapping, share=share)
    return Candidate(trained.scenario, name)
