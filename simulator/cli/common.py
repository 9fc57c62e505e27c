"""Argument types and options shared by the simulation subcommands."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from simulator.cli.format import printable
from simulator.cli.i18n import add_lang_option, resolve_lang, t
from simulator.common.atomicfile import write_text
from simulator.common.errors import InputError
from simulator.scenario.loader import load_scenario, parse_override
from simulator.scenario.schema import Scenario

__all__ = [
    "COUNT_REPLACES_SCHEDULE",
    "MAX_SEED",
    "add_lang_option",
    "add_scenario_options",
    "add_staffing_targets",
    "bounded_float",
    "load_scenario_noting",
    "positive_int",
    "resolve_lang",
    "seed_int",
    "write_json",
]


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


#: Largest seed every command accepts: SQLite's largest integer (the progress store keeps the
#: seed of each session); numpy's SeedSequence takes any non-negative integer.
MAX_SEED = 2**63 - 1


def seed_int(text: str) -> int:
    """An argparse type: a whole number in 0..MAX_SEED (2**63 - 1)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a whole number 0-{MAX_SEED}, got {text!r}"
        ) from None
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"must be between 0 and 2**63-1 = {MAX_SEED}, got {text}")
    return value


def bounded_float(allowed: str, ok: Callable[[float], bool]) -> Callable[[str], float]:
    """An argparse type: a finite number for which ``ok`` holds, else "must be ALLOWED"."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not ok(value):
            raise argparse.ArgumentTypeError(f"must be {allowed}, got {text!r}")
        return value

    return parse


def add_staffing_targets(p: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """--frt-sla, --frt-threshold, --max-abandon and --reliability, as ``staff``, ``report``
    and ``compare --equal-service`` take them."""
    p.add_argument(
        "--frt-sla",
        type=bounded_float("a share strictly between 0 and 1 (0.8 = 80%)", lambda v: 0 < v < 1),
        default=0.8,
        metavar="SL",
        help="target share of answered chats whose first reply is within the threshold "
        "(default 0.8)",
    )
    p.add_argument(
        "--frt-threshold",
        type=bounded_float("a number of seconds > 0", lambda v: v > 0),
        default=None,
        metavar="SECONDS",
        help="first-response threshold (default: the scenario's kpi.frt_threshold_s)",
    )
    p.add_argument(
        "--max-abandon",
        type=bounded_float("a share in [0, 1) (0.05 = 5%)", lambda v: 0 <= v < 1),
        default=0.05,
        metavar="SHARE",
        help="largest share of handed-off chats that may leave unanswered (default 0.05)",
    )
    p.add_argument(
        "--reliability",
        type=bounded_float("a share in [0, 1] (0.8 = 80% of days)", lambda v: 0 <= v <= 1),
        default=0.8,
        metavar="SHARE",
        help="share of simulated days on which every hour must meet the FRT SLA on that "
        "day's own chats (default 0.8; 0 = judge only the figure pooled over all days)",
    )


def add_scenario_options(p: argparse.ArgumentParser) -> None:
    """--replications, --seed, --days and --set, as every simulation command takes them."""
    p.add_argument(
        "--replications",
        "-n",
        type=positive_int,
        default=5,
        metavar="N",
        help="independent replications to run (default 5); CIs need at least 2",
    )
    p.add_argument(
        "--seed",
        type=seed_int,
        default=0,
        metavar="S",
        help="random seed (default 0); the same seed gives the same numbers",
    )
    p.add_argument(
        "--days",
        type=positive_int,
        default=None,
        metavar="D",
        help="override horizon.days (simulated days)",
    )
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="override a scenario field by its dotted path; VALUE is read as YAML, "
        "e.g. --set agents.count=40 --set bot.enabled=false "
        "--set 'customers.patience={dist: exponential, mean_s: 200}'; agents.count on a "
        "scenario with an hourly schedule replaces the schedule (a note on stderr says so)",
    )


#: What ``--set agents.count=N`` (or ``--grid agents.count=...``) does to a scenario with an
#: hourly ``agents.schedule``: it REPLACES the schedule with N agents every hour (the loader
#: drops the schedule, as ``with_values`` documents), and the command says so on stderr, once,
#: before it simulates. It is not refused: a flat headcount is the usual what-if ("what if we
#: had 12 agents all day?"); to scale a schedule instead, give ``--set agents.schedule=[...]``.
COUNT_REPLACES_SCHEDULE = "replace"


def load_scenario_noting(
    path: Path,
    overrides: Sequence[str] = (),
    days: int | None = None,
    lang: str = "en",
    *,
    grid_paths: Sequence[str] = (),
) -> Scenario:
    """:func:`load_scenario` for a command: as it, plus one note on stderr when
    ``--set agents.count`` or ``--grid agents.count`` replaces the file's hourly schedule
    (see :data:`COUNT_REPLACES_SCHEDULE`). ``compare`` and ``staff`` should load through this
    too."""
    scenario = load_scenario(path, overrides, days)
    count = _count_override(overrides)
    if count is None and "agents.count" not in grid_paths:
        return scenario
    base = load_scenario(path)
    schedule = base.agents.schedule
    if schedule is None:
        return scenario
    facts = {"low": min(schedule), "high": max(schedule), "hours": sum(schedule)}
    if count is not None and scenario.agents.schedule is None:
        text = t("count_replaces_schedule", lang, option="--set", count=count, **facts)
    elif "agents.count" in grid_paths:
        text = t("count_grid_replaces_schedule", lang, **facts)
    else:
        return scenario
    print(printable(text), file=sys.stderr)
    return scenario


def _count_override(overrides: Sequence[str]) -> Any:
    """The value of the last ``--set agents.count=N`` (as typed), or ``None``."""
    found = None
    for text in overrides:
        try:
            assignment = parse_override(text)
        except InputError:  # load_scenario has already accepted it; be safe anyway
            continue
        if assignment.keys == ("agents", "count"):
            found = assignment.value
        elif assignment.keys[:2] == ("agents", "schedule"):
            found = None
    return found


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def write_json(path: Path, payload: dict, option: str = "--json") -> None:
    """Write JSON with NaN/inf as null, UTF-8, non-ASCII kept readable; whole or not at all
    (an unwritable path is one InputError line naming it)."""
    write_text(path, json.dumps(_clean(payload), ensure_ascii=False, indent=2), option=option)
