"""Argument types and options shared by the simulation subcommands."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path
from typing import Any


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {value}")
    return value


def seed_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {value}")
    return value


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
        "--set 'customers.patience={dist: exponential, mean_s: 200}'",
    )


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def write_json(path: Path, payload: dict) -> None:
    """Write JSON with NaN/inf as null, UTF-8, non-ASCII kept readable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_clean(payload), ensure_ascii=False, indent=2), encoding="utf-8")
