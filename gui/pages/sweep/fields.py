"""Which scenario fields a sweep can vary, their readable names, and a starting grid.

Qt-free: the Sweep page fills its field choosers from :func:`sweepable_fields` and parses the
user's grid text with the CLI's own parser (:func:`simulator.experiments.sweep.parse_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gui.pages.scenario.fields import value_at
from simulator.experiments.sweep import parse_grid
from simulator.metrics.fields import FIELD_LABELS, INTENT_LABELS, field_label
from simulator.scenario.schema import Scenario


@dataclass(frozen=True)
class SweepField:
    """A scenario field a sweep can vary: its dotted path and its value in the scenario."""

    path: str
    value: Any

    def label(self, lang: str) -> str:
        """The readable name (catalogue label), e.g. ``Chat concurrency``."""
        return field_label(self.path, lang)

    def suggested_grid(self) -> str:
        """A small grid around the current value, in the CLI's grammar."""
        return suggest_grid(self.value)


def _candidate_paths() -> list[str]:
    paths: list[str] = []
    for path in FIELD_LABELS:
        paths.append(path)
        if path == "bot.answer_quality":
            paths += [f"{path}.{intent}" for intent in INTENT_LABELS]
    return paths


def _sweepable(value: Any) -> bool:
    return isinstance(value, bool | int | float)


def sweepable_fields(scenario: Scenario) -> list[SweepField]:
    """The catalogue's named fields that hold a number or a yes/no in ``scenario``, in the
    catalogue's order (a field the scenario leaves unset, such as ``agents.count`` under a
    schedule, is left out)."""
    found = []
    for path in _candidate_paths():
        value = value_at(scenario, path)
        if _sweepable(value):
            found.append(SweepField(path, value))
    return found


def _number(value: float) -> str:
    return f"{value:.6g}"


def suggest_grid(value: Any) -> str:
    """Values to try around ``value``: ``true,false``; ``3,4,5``; ``20,25,30`` (±20%)."""
    if isinstance(value, bool):
        return "true,false"
    if isinstance(value, int):
        return ",".join(str(v) for v in (max(value - 1, 0), value, value + 1) if v >= 0)
    if value == 0:
        return "0,0.5,1"
    if 0 < value < 1:  # a share: stay inside (0, 1)
        lo, hi = max(round(value - 0.1, 4), 0.0), min(round(value + 0.1, 4), 1.0)
        return ",".join(_number(v) for v in (lo, value, hi))
    return ",".join(_number(v) for v in (value * 0.8, value, value * 1.2))


def parse_values(path: str, text: str) -> list:
    """The values of ``text`` (``v1,v2,...`` or ``start:stop:step``) for ``path``.

    Raises:
        InputError: one line naming the grid and what is allowed (the CLI's message).
    """
    _, values = parse_grid(f"{path}={text}")
    return values
