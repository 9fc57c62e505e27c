"""Loading traffic scenarios: one call from a YAML file (plus ``--set`` overrides) to a Scenario."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from simulator.common.diagnostics import Diagnostic
from simulator.common.errors import ScenarioError
from simulator.common.yamlio import YamlDocument, describe_errors, read_yaml
from simulator.scenario.schema import Scenario

#: Setting one field of a pair with ``--set`` drops the other, so an override never conflicts.
EXCLUSIVE = {
    ("agents", "count"): [("agents", "schedule")],
    ("agents", "schedule"): [("agents", "count")],
    ("arrivals", "rate_per_hour"): [
        ("arrivals", "sessions_per_day"),
        ("arrivals", "hourly_profile"),
    ],
    ("arrivals", "sessions_per_day"): [("arrivals", "rate_per_hour")],
}


def parse_override(text: str) -> tuple[tuple[str, ...], Any]:
    """Split ``path.to.field=value`` into a key path and a YAML-parsed value."""
    path, sep, raw = text.partition("=")
    keys = tuple(path.strip().split("."))
    if not sep or not all(keys):
        raise ScenarioError(f"--set {text!r}: expected PATH=VALUE, e.g. agents.count=40")
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError as exc:
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ScenarioError(f"--set {text!r}: value is not valid YAML ({problem})") from None
    return keys, value


def apply_overrides(data: dict, overrides: Iterable[str]) -> tuple[dict, list[tuple[str, ...]]]:
    """Return a copy of ``data`` with each ``PATH=VALUE`` applied, plus the paths touched."""
    data = copy.deepcopy(data)
    touched = []
    for text in overrides:
        keys, value = parse_override(text)
        node = data
        for i, key in enumerate(keys[:-1]):
            child = node.get(key)
            if child is None:
                child = node[key] = {}
            if not isinstance(child, dict):
                where = ".".join(keys[: i + 1])
                raise ScenarioError(
                    f"--set {text!r}: {where} is not a mapping, cannot set a field in it"
                )
            node = child
        node[keys[-1]] = value
        for other in EXCLUSIVE.get(keys, []):
            parent = data
            for key in other[:-1]:
                parent = parent.get(key, {})
            if isinstance(parent, dict):
                parent.pop(other[-1], None)
        touched.append(keys)
    return data, touched


def _validate(doc: YamlDocument, data: Any, touched: Sequence[tuple[str, ...]]) -> Scenario:
    if not isinstance(data, dict):
        kind = "an empty file" if data is None else f"a {type(data).__name__}"
        raise ScenarioError(f"{doc.path}: expected a mapping of scenario fields, got {kind}")
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        problems = describe_errors(exc, doc, Scenario)
        problems = [_mark_overrides(p, touched) for p in problems]
        extra = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        err = ScenarioError(problems[0] + extra)
        err.problems = problems  # type: ignore[attr-defined]
        raise err from None


def _mark_overrides(problem: str, touched: Sequence[tuple[str, ...]]) -> str:
    for keys in touched:
        dotted = ".".join(keys)
        if f": {dotted}" in problem:
            return f"{problem} (set by --set {dotted})"
    return problem


def load_scenario(
    path: str | Path, overrides: Iterable[str] = (), days: int | None = None
) -> Scenario:
    """Load and validate a scenario file; apply ``--set`` overrides and a ``--days`` horizon.

    Raises:
        ScenarioError: one line naming the file, the field path and what is allowed.
    """
    doc = read_yaml(path)
    data = doc.data
    overrides = list(overrides)
    if days is not None:
        overrides.append(f"horizon.days={days}")
    touched: list[tuple[str, ...]] = []
    if overrides and isinstance(data, dict):
        data, touched = apply_overrides(data, overrides)
    return _validate(doc, data, touched)


def check_scenario_file(path: str | Path) -> list[Diagnostic]:
    """Every problem of one scenario file, for ``kefulab validate``."""
    try:
        load_scenario(path)
    except ScenarioError as exc:
        problems = getattr(exc, "problems", [str(exc)])
        out = []
        for p in problems:
            head, _, msg = p.partition(": ")
            out.append(Diagnostic("error", head, "", msg))
        return out
    return []
