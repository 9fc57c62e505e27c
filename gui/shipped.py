"""Scenarios shipped with KefuLab: where they are and their names in zh and en."""

from __future__ import annotations

from pathlib import Path

from simulator.common.data import resolve_scenario, traffic_dir

#: Display names of the shipped traffic scenarios, by file stem: (zh, en). The scenario
#: schema has one ``name``; the workbench shows these instead for the shipped files.
SHIPPED_NAMES: dict[str, tuple[str, str]] = {
    "tmall_daily": ("天猫店铺·平日", "Tmall shop, ordinary day"),
    "tmall_double11": ("天猫店铺·双11", "Tmall shop, Singles' Day (双11)"),
    "baseline_no_bot": ("天猫店铺·无机器人(基线)", "Tmall shop, no bot (baseline)"),
    "bot70_warm": ("天猫店铺·70%机器人·热转接", "Tmall shop, 70% bot, warm handoff"),
    "bot70_cold": ("天猫店铺·70%机器人·冷转接", "Tmall shop, 70% bot, cold handoff"),
    "mmc_reference": ("M/M/c 参考模型", "M/M/c reference"),
}
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
