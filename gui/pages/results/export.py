"""Exports of a run outcome (Qt-free): KPI CSV files, the CLI's JSON, chart PNGs.

The JSON is the payload ``kefulab run --json`` writes (:func:`simulator.cli.run.json_payload`,
through the CLI's own writer), so the same scenario, seed and replications give the same file.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

from simulator.cli.common import write_json
from simulator.cli.run import json_payload
from simulator.common import csvsafe
from simulator.common.atomicfile import atomic_open
from simulator.metrics.catalogue import KPIS
from simulator.metrics.kpis import KPI_NAMES
from simulator.model.records import RunResult


def export_json(path: Path, outcome) -> None:
    """Write what ``kefulab run SCENARIO --seed S -n N --json FILE`` writes."""
    write_json(Path(path), json_payload(Path(outcome.source), outcome.replications))


def export_csv(path: Path, outcome, lang: str = "en") -> list[Path]:
    """``path``: one row per KPI (mean and 95% CI); beside it ``*_replications.csv`` (one row
    per replication, as ``kefulab run --csv``) and ``*_hourly.csv`` (the watched run's hours).

    Returns:
        The files written.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    reps = outcome.replications
    summary = reps.summary()
    with atomic_open(path, newline="") as fh:
        w = csvsafe.writer(fh)
        w.writerow(["kpi", "label", "unit", "mean", "ci95_lo", "ci95_hi", "replications"])
        for name, info in KPIS.items():
            est = summary[name]
            w.writerow(
                [
                    name,
                    info.label(lang),
                    info.unit,
                    f"{est.mean:.6g}",
                    f"{est.lo:.6g}",
                    f"{est.hi:.6g}",
                    est.n,
                ]
            )
    written = [path]
    per_rep = path.with_name(f"{path.stem}_replications.csv")
    with atomic_open(per_rep, newline="") as fh:
        w = csvsafe.writer(fh)
        w.writerow(["replication", "seed", *KPI_NAMES])
        for r in reps.runs:
            w.writerow([r.replication, r.seed, *(f"{r.kpis[k]:.6g}" for k in KPI_NAMES)])
    written.append(per_rep)
    watched: RunResult | None = outcome.watched
    if watched is not None:
        hourly = path.with_name(f"{path.stem}_hourly.csv")
        watched.hourly.write_csv(hourly)
        written.append(hourly)
    return written


def export_png(path: Path, figure: Figure, dpi: int = 150) -> None:
    """Save one chart as PNG."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=dpi, format="png")
