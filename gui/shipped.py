"""Scenarios shipped with KefuLab: where they are and their names in zh and en."""

from __future__ import annotations

from pathlib import Path

from simulator.common.data import resolve_scenario, traffic_dir
from simulator.common.names import SHIPPED_NAMES

# Display names of the shipped traffic scenarios, by file stem: (zh, en); the table lives
# in the simulator (CLI and report use it too).
DEFAULT_SCENARIO = "tmall_daily"


def shipped_path(stem: str = DEFAULT_SCENARIO) -> Path:
    return traffic_dir() / f"{stem}.yaml"


def scenario_file(scenario: str | Path | None) -> Path:
    """A scenario argument as a file: a path or a shipped name (default: the daily shop)."""
    return shipped_path() if not scenario else resolve_scenario(scenario)


def is_shipped(path: str | Path) -> bool:
    """True for a file in the shipped scenarios folder (opened read-only)."""
    try:
        return Path(path).resolve().parent == traffic_dir().resolve()
    except OSError:
        return False


def display_name(path: Path | None, name: str, lang: str) -> str:
    """The scenario's name in ``lang``: the shipped name for a shipped file, else its own."""
    if path is not None and is_shipped(path) and path.stem in SHIPPED_NAMES:
        zh, en = SHIPPED_NAMES[path.stem]
        return zh if lang == "zh" else en
    return name


__all__ = [
    "DEFAULT_SCENARIO",
    "SHIPPED_NAMES",
    "display_name",
    "is_shipped",
    "scenario_file",
    "shipped_path",
]
