"""Loading and editing traffic scenarios: YAML (plus ``--set`` overrides) to a validated Scenario.

Every way in ends in one validation step that raises :class:`ScenarioError` carrying one
:class:`~simulator.common.diagnostics.Diagnostic` per problem (file, line, field path, message,
hint): :func:`load_scenario` for files, :func:`scenario_from_yaml` for text from an editor, and
:func:`with_values` for field edits given as Python values. :func:`scenario_to_yaml` writes a
scenario back as YAML that :func:`scenario_from_yaml` reads into an equal scenario.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from simulator.common.data import resolve_scenario, shipped_scenarios
from simulator.common.diagnostics import Diagnostic, join_hints
from simulator.common.errors import InputError, ScenarioError, diagnostics_of
from simulator.common.filekinds import KINDS, kind_by_content
from simulator.common.inputfile import path_exists
from simulator.common.yamlio import (
    Loc,
    YamlDocument,
    format_loc,
    parse_value,
    parse_yaml,
    read_yaml,
    validation_diagnostics,
)
from simulator.common.yamlstrict import StrictResolver
from simulator.scenario.schema import Scenario

STR_TAG = "tag:yaml.org,2002:str"

#: Setting one field of a pair drops the other, so an override never conflicts.
EXCLUSIVE = {
    ("agents", "count"): [("agents", "schedule")],
    ("agents", "schedule"): [("agents", "count")],
    ("arrivals", "rate_per_hour"): [
        ("arrivals", "sessions_per_day"),
        ("arrivals", "hourly_profile"),
    ],
    ("arrivals", "sessions_per_day"): [("arrivals", "rate_per_hour")],
}

PATH_HINT = "a dotted field path such as agents.count or agents.schedule[3]"


@dataclass(frozen=True)
class Assignment:
    """One field set by ``--set``, ``--days`` or :func:`with_values`.

    Attributes:
        keys: The field's location (``("agents", "schedule", 3)``).
        value: The new value (plain Python: dicts, lists, numbers, strings, None).
        origin: Where a problem with the path itself is reported (``--set 'x=1'``), or "".
        note: Hint added to a validation problem at this field ("set by --set agents.count").
    """

    keys: Loc
    value: Any
    origin: str = ""
    note: str = ""

    @property
    def field(self) -> str:
        return format_loc(self.keys)


def parse_path(path: str) -> Loc:
    """Split ``agents.schedule[3]`` into ``("agents", "schedule", 3)``.

    Raises:
        ValueError: not a dotted path of names with optional ``[index]`` parts.
    """
    keys: list[str | int] = []
    for part in path.strip().split("."):
        name, bracket, rest = part.partition("[")
        if not name.strip():
            raise ValueError(f"empty name in {path!r}")
        keys.append(name.strip())
        while bracket:
            index, close, rest = rest.partition("]")
            if not close or not index.strip().isdigit():
                raise ValueError(f"bad index in {path!r}")
            keys.append(int(index))
            if rest and not rest.startswith("["):
                raise ValueError(f"unexpected {rest!r} in {path!r}")
            bracket, rest = rest[:1], rest[1:]
    return tuple(keys)


def parse_override(text: str) -> Assignment:
    """Read ``path.to.field=value`` (the value as YAML) into an :class:`Assignment`."""
    origin = f"--set {_clip(text)!r}"
    path, sep, raw = text.partition("=")
    try:
        keys = parse_path(path) if sep else ()
    except ValueError:
        keys = ()
    if not keys:
        problem = Diagnostic("error", origin, "expected PATH=VALUE", hint="e.g. agents.count=40")
        raise ScenarioError(problem)
    try:
        value = parse_value(raw, origin) if raw.strip() else None
    except InputError as exc:
        raise _as_scenario_error(exc) from None
    return Assignment(keys, value, origin, f"set by --set {format_loc(keys)}")


def _clip(text: str, limit: int = 80) -> str:
    """``text`` cut to ``limit`` characters for naming it in a message."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value: Any) -> Any:
    """A Python value as the plain data a scenario file holds (models, tuples, numpy too)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_unset=True)
    if type(value).__module__ == "numpy" and hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _assign(data: dict, a: Assignment) -> Diagnostic | None:
    """Set ``a.value`` at ``a.keys`` in ``data`` (in place); a Diagnostic if the path is unusable."""

    def problem(message: str, hint: str = "") -> Diagnostic:
        return Diagnostic("error", a.origin, message, field=a.field, hint=hint)

    node: Any = data
    for i, key in enumerate(a.keys):
        where = format_loc(a.keys[:i]) if i else "the scenario"
        last = i == len(a.keys) - 1
        if isinstance(key, int):
            if not isinstance(node, list):
                return problem(f"{where} is not a list, it has no item [{key}]")
            if key >= len(node):
                return problem(
                    f"{where} has {len(node)} items, no item [{key}]",
                    f"indexes run from 0 to {len(node) - 1}" if node else "",
                )
        elif not isinstance(node, dict):
            return problem(f"{where} is not a mapping, cannot set a field in it")
        if last:
            node[key] = a.value
            break
        child = node[key] if isinstance(key, int) else node.get(key)
        if child is None and isinstance(a.keys[i + 1], int):
            return problem(
                f"{format_loc(a.keys[: i + 1])} is not set, it has no item [{a.keys[i + 1]}]",
                f"set the whole list with {format_loc(a.keys[: i + 1])}",
            )
        if child is None:
            child = node[key] = {}
        node = child
    names = tuple(k for k in a.keys if isinstance(k, str))
    for other in EXCLUSIVE.get(names, []):
        parent = data.get(other[0])
        if isinstance(parent, dict):
            parent.pop(other[1], None)
    return None


def _apply(
    data: dict, assignments: Sequence[Assignment], problems: Sequence[Diagnostic] = ()
) -> dict:
    """A copy of ``data`` with every assignment made; ScenarioError listing every bad path."""
    data = copy.deepcopy(data)
    found = [*problems, *(p for a in assignments if (p := _assign(data, a)) is not None)]
    if found:
        raise ScenarioError(found)
    return data


def _note(d: Diagnostic, assignments: Sequence[Assignment]) -> Diagnostic:
    """Tell which override set the field a problem is about."""
    for a in assignments:
        if a.note and d.field and _related(d.field, a.field):
            return dataclasses.replace(d, hint=join_hints(d.hint, a.note))
    return d


def _related(field: str, other: str) -> bool:
    """Is one of two field paths the other or inside it?"""
    short, long = sorted((field, other), key=len)
    return long == short or long.startswith((f"{short}.", f"{short}["))


def _wrong_kind(data: dict, file: str) -> Diagnostic | None:
    kind = kind_by_content(data)
    if kind is None or kind is KINDS["scenario"]:
        return None
    marker = next(m for m in kind.markers if m in data)
    return Diagnostic(
        "error",
        file,
        f"this looks like {kind.label} (it has '{marker}:' at the top level), "
        "not a traffic scenario",
        hint=join_hints(kind.usage, "traffic scenarios live in scenarios/traffic"),
    )


def _validate(
    data: Any,
    doc: YamlDocument | None,
    file: str,
    assignments: Sequence[Assignment] = (),
) -> Scenario:
    if not isinstance(data, dict):
        kind = "an empty file" if data is None else f"a {type(data).__name__}"
        raise ScenarioError(
            Diagnostic("error", file, f"expected a mapping of scenario fields, got {kind}")
        )
    wrong = _wrong_kind(data, file)
    if wrong is not None:
        raise ScenarioError(wrong)
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        problems = validation_diagnostics(exc, Scenario, doc, file)
        raise ScenarioError([_note(d, assignments) for d in problems]) from None


def _as_scenario_error(exc: InputError) -> ScenarioError:
    return exc if isinstance(exc, ScenarioError) else ScenarioError(exc.diagnostics or str(exc))


def _scenario_file(path_or_name: str | Path) -> Path:
    """The file to read: an existing path, else the shipped scenario of that name."""
    path = Path(path_or_name)
    if path_exists(path, "scenario path"):
        return path
    try:
        return resolve_scenario(path_or_name)
    except InputError:
        shipped = f"shipped scenarios: {', '.join(shipped_scenarios())}"
        raise ScenarioError(
            Diagnostic("error", str(path), "file not found", hint=shipped)
        ) from None


def load_scenario(
    path: str | Path, overrides: Iterable[str] = (), days: int | None = None
) -> Scenario:
    """Load and validate a scenario file; apply ``--set`` overrides and a ``--days`` horizon.

    ``path`` may also name a shipped scenario (``tmall_daily``); an existing file wins.

    Raises:
        ScenarioError: its ``diagnostics`` name the file, line, field path and what is allowed;
            ``str()`` is the first of them on one line.
    """
    try:
        doc = read_yaml(_scenario_file(path))
    except InputError as exc:
        raise _as_scenario_error(exc) from None
    assignments = [parse_override(text) for text in overrides]
    if days is not None:
        assignments.append(Assignment(("horizon", "days"), days, "--days", "set by --days"))
    data = doc.data
    if assignments and isinstance(data, dict):
        data = _apply(data, assignments)
    return _validate(data, doc, str(doc.path), assignments)


def with_values(scenario: Scenario, values: Mapping[str | Loc, Any], *, file: str = "") -> Scenario:
    """A new validated scenario with the fields at the given dotted paths set.

    Paths are those of the scenario file (``agents.count``, ``arrivals.hourly_profile[20]``,
    ``bot.answer_quality.presale``); values are Python objects (numbers, lists, dicts, models),
    not YAML text. As with ``--set``, setting ``agents.count`` drops ``agents.schedule`` and
    vice versa, and ``arrivals.rate_per_hour`` and ``arrivals.sessions_per_day`` replace each
    other. A key may also be a tuple of keys, for a map key that contains a dot.

    Raises:
        ScenarioError: ``diagnostics`` lists every problem, each with its ``field`` path.
    """
    assignments: list[Assignment] = []
    problems: list[Diagnostic] = []
    for path, value in values.items():
        try:
            keys = tuple(path) if isinstance(path, tuple) else parse_path(path)
        except ValueError:
            keys = ()
        if not keys:
            problems.append(
                Diagnostic("error", file, "not a field path", None, str(path), PATH_HINT)
            )
            continue
        assignments.append(Assignment(keys, _plain(value), origin=file))
    data = _apply(scenario_data(scenario), assignments, problems)
    return _validate(data, None, file, assignments)


def scenario_data(scenario: Scenario) -> dict:
    """The scenario as the plain data of its file: fields the file (or an edit) set, in order."""
    data = scenario.model_dump(mode="json", exclude_unset=True)
    return {"schema_version": scenario.schema_version, **data}


class _Dumper(yaml.SafeDumper):
    """Block style for nested mappings, literal blocks for multi-line text; text that the
    strict reader would take for another type (``1e5``) is quoted."""

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        tag = super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode and implicit[0] and tag == STR_TAG:
            return StrictResolver().resolve(kind, value, implicit)
        return tag


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar(STR_TAG, value, style=style)


_Dumper.add_representer(str, _text)


def scenario_to_yaml(scenario: Scenario) -> str:
    """The scenario as YAML text that :func:`scenario_from_yaml` reads back into an equal one."""
    return yaml.dump(
        scenario_data(scenario),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=None,
        width=100,
    )


def scenario_from_yaml(text: str, path: str = "<editor>") -> Scenario:
    """Validate scenario YAML text (an editor's buffer) into a Scenario.

    Raises:
        ScenarioError: ``diagnostics`` carry ``path`` as their file and the line of each
            problem in ``text``.
    """
    try:
        doc = parse_yaml(text, path)
    except InputError as exc:
        raise _as_scenario_error(exc) from None
    return _validate(doc.data, doc, path)


def check_scenario_file(path: str | Path) -> list[Diagnostic]:
    """Every problem of one scenario file, for ``kefulab validate``."""
    try:
        load_scenario(path)
    except InputError as exc:
        return list(diagnostics_of(exc))
    return []
