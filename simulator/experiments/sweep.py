"""Parameter sweeps: a scenario run over a grid of field values, one flat row per run.

A grid maps scenario field paths (``agents.concurrency``) to the values to try; a sweep runs
every point of their Cartesian product for ``replications`` replications. The scenario is an
object (loaded from a file or being edited), each point is made from it by setting the grid's
fields. All points share the seed, so replication r of every point sees the same arrivals
(common random numbers) and points differ only where the grid changes them. Work items, one per
(point, replication), go to a ``concurrent.futures.Executor`` passed in (a process pool, a Dask
client's executor) or run in-process; the rows are the same whichever ran them, in point then
replication order. Progress and cancelling follow :mod:`simulator.common.runcontrol`; a
cancelled sweep keeps the rows it finished.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from simulator.common import csvformat, csvsafe
from simulator.common.atomicfile import atomic_open
from simulator.common.errors import InputError, ScenarioError
from simulator.common.runcontrol import CancelToken, ProgressFn, ordered_map
from simulator.common.yamlio import parse_value
from simulator.experiments.replications import run_replication
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import estimate
from simulator.scenario.loader import with_values
from simulator.scenario.schema import Scenario

#: Most points one grid option may expand to (a typo like ``0:1000000:1`` fails fast).
MAX_VALUES = 10_000
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUMBER})\s*:\s*({_NUMBER})\s*:\s*({_NUMBER})\s*$")
_HALF_RANGE = re.compile(rf"^\s*{_NUMBER}\s*:\s*{_NUMBER}\s*$")
_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$")
_GRID_HELP = "expected PATH=V1,V2,... or PATH=START:STOP:STEP, e.g. agents.count=8,10,12"


def parse_grid(text: str) -> tuple[str, list]:
    """Parse one ``--grid`` option into a field path and the values to try.

    ``PATH=V1,V2,...`` lists values, each read as YAML (``1``, ``0.5``, ``true``, ``cold``,
    ``{dist: exponential, mean_s: 300}``). ``PATH=START:STOP:STEP`` is an arithmetic range that
    includes STOP when it falls on the grid; whole numbers give ints, otherwise floats are
    rounded to the inputs' decimals so ``0.1:0.3:0.1`` gives ``[0.1, 0.2, 0.3]`` exactly.

    Raises:
        InputError: one line naming the option and what is allowed.
    """
    path, sep, raw = text.partition("=")
    path = path.strip()
    where = f"--grid {text if len(text) <= 80 else text[:79] + '…'!r}"
    if not sep or not path:
        raise InputError(f"{where}: {_GRID_HELP}")
    if not _PATH.match(path):
        raise InputError(f"{where}: {path!r} is not a dotted field path like agents.count")
    if not raw.strip():
        raise InputError(f"{where}: no values after '='; {_GRID_HELP}")
    match = _RANGE.match(raw)
    if match:
        values = _parse_range(where, *match.groups())
    elif _HALF_RANGE.match(raw):
        raise InputError(f"{where}: a range needs START:STOP:STEP, e.g. 0.5:0.9:0.1")
    else:
        values = _parse_list(where, raw)
    seen = set()
    for v in values:
        key = _dump(v)
        if key in seen:
            raise InputError(f"{where}: value {key} is listed twice")
        seen.add(key)
    return path, values


def _parse_range(where: str, start_s: str, stop_s: str, step_s: str) -> list:
    try:
        return _range_values(where, start_s, stop_s, step_s)
    except (ArithmeticError, ValueError):  # decimal overflow, a float out of range
        raise InputError(f"{where}: START, STOP and STEP must be numbers within ±1e15") from None


def _range_values(where: str, start_s: str, stop_s: str, step_s: str) -> list:
    start, stop, step = Decimal(start_s), Decimal(stop_s), Decimal(step_s)
    if any(abs(d) > Decimal("1e15") for d in (start, stop, step)):
        raise ValueError("too large")
    if step == 0:
        raise InputError(f"{where}: STEP must not be 0")
    if (stop - start) * step < 0:
        raise InputError(f"{where}: STEP {step_s} moves away from STOP {stop_s}; flip its sign")
    count = int((stop - start) / step) + 1  # Decimal arithmetic: exact for decimal literals
    if count > MAX_VALUES:
        raise InputError(f"{where}: {count:,} values; at most {MAX_VALUES:,} per --grid")
    whole = all(re.fullmatch(r"[-+]?\d+", s) for s in (start_s, stop_s, step_s))
    if whole:
        return [int(start + k * step) for k in range(count)]
    return [float(start + k * step) for k in range(count)]


def _parse_list(where: str, raw: str) -> list:
    try:
        values = parse_value(f"[{raw}]", where)
    except InputError as exc:
        detail = exc.diagnostics[0].message.removeprefix("value is not valid YAML ")
        raise InputError(f"{where}: values are not valid YAML {detail}") from None
    if not isinstance(values, list) or not values:
        raise InputError(f"{where}: {_GRID_HELP}")
    return values


def _dump(value: Any) -> str:
    """One-line YAML for a value, read back exactly by ``--set`` (floats keep every digit)."""
    text = yaml.safe_dump(value, default_flow_style=True, width=math.inf, allow_unicode=True)
    return text.removesuffix("\n").removesuffix("\n...").strip()


@dataclass(frozen=True)
class SweepPoint:
    """One grid point: its index in the sweep and the value of every grid path."""

    index: int
    params: dict[str, Any]

    def overrides(self) -> list[str]:
        """The ``--set PATH=VALUE`` strings that make this point from the base scenario."""
        return [f"{path}={_dump(value)}" for path, value in self.params.items()]


@dataclass(frozen=True)
class SweepResult:
    """Every run of a sweep as flat rows, with per-point summaries.

    Attributes:
        scenario: where the swept scenario came from (its file), or ``""``.
        seed: the seed every point shares.
        replications: replications per point.
        grid: field path -> values tried, in option order (the last path varies fastest).
        rows: one row per (point, replication), sorted by point then replication:
            ``{"point", "replication", "seed", <grid paths>..., <KPI names>...}``. A sweep
            stopped early holds only the rows it finished.
        points: the grid points, in index order.
        name: the scenario's display name.
    """

    scenario: str
    seed: int
    replications: int
    grid: dict[str, list]
    rows: list[dict]
    points: tuple[SweepPoint, ...] = ()
    name: str = ""
    kpis: tuple[str, ...] = field(default=KPI_NAMES)

    def summary(self) -> list[dict]:
        """One row per point: ``point``, the grid params, and per KPI its mean over replications
        (key ``KPI``) with the 95% CI (``KPI_ci_lo``, ``KPI_ci_hi``; NaN for one replication).
        A point with no finished row (a sweep stopped early) is left out."""
        by_point: dict[int, list[dict]] = {}
        for row in self.rows:
            by_point.setdefault(row["point"], []).append(row)
        out = []
        for point in self.points:
            runs = by_point.get(point.index, [])
            if not runs:
                continue
            row: dict[str, Any] = {"point": point.index, **point.params}
            for name in self.kpis:
                est = estimate([r[name] for r in runs])
                row[name] = est.mean
                row[f"{name}_ci_lo"] = est.lo
                row[f"{name}_ci_hi"] = est.hi
            out.append(row)
        return out

    @classmethod
    def from_rows(
        cls,
        scenario: Scenario,
        grid: Mapping[str, Sequence],
        replications: int,
        seed: int,
        rows: Sequence[dict],
        source: str = "",
    ) -> SweepResult:
        """The result of sweeping ``scenario`` over ``grid`` from its rows (all of them, or
        those a cancelled sweep finished: ``Cancelled.partial``)."""
        grid = {path: list(values) for path, values in grid.items()}
        return cls(
            scenario=source,
            seed=seed,
            replications=replications,
            grid=grid,
            rows=list(rows),
            points=tuple(grid_points(grid)),
            name=scenario.name,
        )

    @property
    def complete(self) -> bool:
        """Every (point, replication) has its row (false for a sweep stopped early)."""
        return len(self.rows) == len(self.points) * self.replications

    def write_csv(self, path: str | Path) -> None:
        """All rows, one per (point, replication); NaN as an empty cell."""
        columns = ["point", "replication", "seed", *self.grid, *self.kpis]
        _write_rows(Path(path), columns, self.rows)

    def write_summary_csv(self, path: str | Path) -> None:
        """One row per point with each KPI's mean and 95% CI bounds."""
        stats = [f"{k}{s}" for k in self.kpis for s in ("", "_ci_lo", "_ci_hi")]
        _write_rows(Path(path), ["point", *self.grid, *stats], self.summary())


def format_param(value: Any) -> str:
    """A grid value as it reads in a table or CSV cell (YAML for mappings, lists, booleans, null)."""
    if isinstance(value, dict | list | bool) or value is None:
        return _dump(value)
    return str(value)


def _cell(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, dict | list | bool) or value is None:
        return _dump(value)
    return value


def _write_rows(path: Path, columns: Sequence[str], rows: Iterable[Mapping]) -> None:
    """UTF-8 with BOM (Excel), NaN as an empty cell, formula cells neutralised."""
    with atomic_open(path, newline="", encoding=csvformat.ENCODING) as fh:
        writer = csvsafe.writer(fh)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row[c]) for c in columns])


def grid_points(grid: Mapping[str, Sequence]) -> list[SweepPoint]:
    """The Cartesian product of the grid, the last path varying fastest."""
    if not grid:
        raise InputError("a sweep needs at least one --grid PATH=VALUES")
    for path, values in grid.items():
        if not values:
            raise InputError(f"--grid {path}: no values to try")
    paths = list(grid)
    combos = itertools.product(*(grid[p] for p in paths))
    return [SweepPoint(i, dict(zip(paths, combo, strict=True))) for i, combo in enumerate(combos)]


def point_scenarios(scenario: Scenario, points: Sequence[SweepPoint]) -> list[Scenario]:
    """The scenario of every point (``scenario`` with the point's fields set), all validated
    before anything runs.

    Raises:
        ScenarioError: for the first point that does not validate, naming it and the field.
    """
    scenarios = []
    for point in points:
        try:
            scenarios.append(with_values(scenario, point.params))
        except ScenarioError as exc:
            params = ", ".join(f"{k}={_dump(v)}" for k, v in point.params.items())
            err = ScenarioError(f"--grid {params} (sweep point {point.index}): {exc}")
            err.diagnostics = exc.diagnostics  # every problem, each with its field path
            raise err from None
    return scenarios


@dataclass(frozen=True)
class SweepRun:
    """One work item of a sweep: a replication of a point's scenario."""

    point: SweepPoint
    replication: int
    scenario: Scenario


def run_point(run: SweepRun, seed: int) -> dict[str, Any]:
    """Simulate one work item; its flat row (picklable, for executors)."""
    rep = run_replication(run.scenario, seed, run.replication)
    return {
        "point": run.point.index,
        "replication": run.replication,
        "seed": seed,
        **run.point.params,
        **rep.kpis,
    }


def run_sweep(
    scenario: Scenario,
    grid: Mapping[str, Sequence],
    replications: int = 3,
    seed: int = 0,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    *,
    source: str = "",
) -> SweepResult:
    """Run every grid point of a scenario for ``replications`` replications under one seed.

    Args:
        scenario: the base scenario (every point is it with the grid's fields set).
        grid: field path -> values; see :func:`parse_grid`.
        replications: replications per point (common random numbers across points).
        seed: the seed every point shares.
        executor: runs the (point, replication) items; ``None`` runs them in this process.
        progress: one event per finished (point, replication) item, in the order they finish;
            its ``partial`` is that item's row.
        cancel: stops the sweep between items (in-process) or within a poll (executor).
        source: where ``scenario`` came from (its file), kept in the result.

    Raises:
        ScenarioError: a grid value that does not validate, before anything runs.
        Cancelled: ``cancel`` was cancelled; ``partial`` lists the rows finished so far, in
            point then replication order (:meth:`SweepResult.from_rows` makes them a result).
    """
    if replications < 1:
        raise ValueError('"replications" must be >= 1.')
    grid = {path: list(values) for path, values in grid.items()}
    points = grid_points(grid)
    scenarios = point_scenarios(scenario, points)
    runs = [
        SweepRun(p, r, sc)
        for p, sc in zip(points, scenarios, strict=True)
        for r in range(replications)
    ]

    rows = ordered_map(
        partial(run_point, seed=seed),
        runs,
        executor=executor,
        progress=progress,
        cancel=cancel,
        label="sweep",
    )
    return SweepResult.from_rows(scenario, grid, replications, seed, rows, source)
