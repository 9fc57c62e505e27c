"""``kefulab sweep SCENARIO --grid PATH=VALUES ...``: a scenario over a grid of field values.

Runs on a local process pool (``--workers``) or a Dask distributed cluster (``--scheduler``);
the rows are identical either way. Ctrl-C stops the sweep after the runs in progress and still
prints and writes the rows finished so far (exit status 130); a second Ctrl-C aborts at once.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import (
    add_lang_option,
    add_scenario_options,
    load_scenario_noting,
    positive_int,
    resolve_lang,
    write_json,
)
from simulator.cli.format import printable, text_table
from simulator.cli.i18n import format_value, t
from simulator.cli.interrupt import EXIT_INTERRUPTED, cancel_on_interrupt
from simulator.common.atomicfile import check_output_file
from simulator.common.errors import InputError, KefuLabError
from simulator.common.names import scenario_display_name
from simulator.common.runcontrol import Cancelled
from simulator.experiments.executors import CLUSTER_HINT, dask_executor, process_pool
from simulator.experiments.sweep import SweepResult, parse_grid, run_sweep
from simulator.metrics.catalogue import field_label, kpi_info, kpi_label, magnitude
from simulator.metrics.kpis import KPI_NAMES

#: KPIs the summary table shows unless ``--kpi`` chooses others.
DEFAULT_KPIS = ("frt_mean_s", "frt_sla", "abandon_rate", "csat_mean", "cost_total", "profit")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sweep",
        help="run a scenario over a grid of parameter values",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Run SCENARIO at every point of a grid of field values (the Cartesian product of\n"
            "the --grid options), each point for --replications replications. Every point uses\n"
            "the same seed, so replication r of each point sees the same customers (common\n"
            "random numbers). Prints a summary per point (mean ± 95% CI half-width) and can\n"
            "write one CSV row per (point, replication).\n\n"
            "Grid syntax (--grid, repeatable; one path per option):\n"
            "  PATH=V1,V2,...         listed values, each read as YAML:\n"
            "                         agents.concurrency=2,3,4   bot.enabled=true,false\n"
            "                         'customers.patience={dist: exponential, mean_s: 300},null'\n"
            "  PATH=START:STOP:STEP   a range, STOP included when it falls on the grid:\n"
            "                         agents.count=8:16:2 -> 8,10,12,14,16\n"
            "                         bot.cost_per_session=0.1:0.3:0.05 -> 0.1,0.15,...,0.3\n"
            "PATH is a scenario field's dotted path, as for --set."
        ),
        epilog=(
            "example: kefulab sweep scenarios/traffic/tmall_daily.yaml "
            "--grid agents.concurrency=2,3,4 --grid handoff.warm_read_s=0:20:10 -n 3 "
            "--days 1 --workers 2 --csv sweep.csv"
        ),
    )
    p.add_argument(
        "scenario", type=Path, metavar="SCENARIO", help="scenario YAML file or shipped name"
    )
    p.add_argument(
        "--grid",
        action="append",
        required=True,
        metavar="PATH=VALUES",
        help="a field and its values: PATH=V1,V2,... or PATH=START:STOP:STEP (see above)",
    )
    add_scenario_options(p)
    p.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="local worker processes (default: one per CPU core); 1 runs in this process",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask distributed cluster, e.g. tcp://10.0.0.5:8786 (needs "
        f"{CLUSTER_HINT} here and kefulab installed on every worker)",
    )
    p.add_argument(
        "--connect-timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="give up reaching --scheduler after this long (default 10)",
    )
    p.add_argument(
        "--kpi",
        action="append",
        choices=KPI_NAMES,
        metavar="NAME",
        help=f"KPI to show in the table, repeatable (default: {', '.join(DEFAULT_KPIS)})",
    )
    p.add_argument(
        "--csv",
        type=Path,
        metavar="FILE",
        help="write every (point, replication) row (UTF-8 with BOM; empty cell = no value)",
    )
    p.add_argument(
        "--summary-csv", type=Path, metavar="FILE", help="write one row per point (mean, CI)"
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="write grid, summary and rows")
    p.add_argument(
        "--heatmap",
        type=Path,
        metavar="FILE",
        help="draw a heat map of one KPI over the first two --grid paths (.png, .pdf or .svg); "
        "the KPI is the first --kpi, else profit",
    )
    add_lang_option(p)
    p.set_defaults(handler=handle)


def parse_grids(options: Sequence[str]) -> dict[str, list]:
    """All ``--grid`` options as one grid; a path given twice is an error."""
    grid: dict[str, list] = {}
    for text in options:
        path, values = parse_grid(text)
        if path in grid:
            raise InputError(f"--grid {text!r}: {path} already has a --grid; give it once")
        grid[path] = values
    return grid


HEATMAP_SUFFIXES = (".png", ".pdf", ".svg")


def handle(args: argparse.Namespace) -> int:
    grid = parse_grids(args.grid)
    for option, path in (
        ("--csv", args.csv),
        ("--summary-csv", args.summary_csv),
        ("--json", args.json),
    ):
        if path:  # refuse an unwritable output before the sweep, not after it
            check_output_file(path, option)
    if args.heatmap is not None:
        if len(grid) < 2:
            raise InputError("--heatmap needs two --grid paths (one per axis)")
        if args.heatmap.suffix.lower() not in HEATMAP_SUFFIXES:
            raise InputError(
                f"--heatmap {args.heatmap}: the file name must end in {', '.join(HEATMAP_SUFFIXES)}"
            )
        check_output_file(args.heatmap, "--heatmap")
    if args.scheduler and args.workers is not None:
        raise InputError("--workers is for the local process pool; drop it with --scheduler")
    if args.connect_timeout <= 0:
        raise InputError(f"--connect-timeout: must be > 0 s, got {args.connect_timeout:g}")
    points = 1
    for values in grid.values():
        points *= len(values)
    lang = resolve_lang(args)
    scenario = load_scenario_noting(
        args.scenario, args.overrides, args.days, lang, grid_paths=tuple(grid)
    )
    name = scenario_display_name(args.scenario, scenario.name, lang)
    bar = ProgressBar(t("sweep_bar", lang, name=name))
    try:
        with cancel_on_interrupt() as cancel, make_executor(args, points * args.replications) as ex:
            result = run_sweep(
                scenario,
                grid,
                args.replications,
                args.seed,
                ex,
                progress=bar,
                cancel=cancel,
                source=str(args.scenario),
            )
    except ModuleNotFoundError as exc:
        if not args.scheduler:
            raise
        raise KefuLabError(
            f"--scheduler {args.scheduler}: a worker cannot import {exc.name!r}; "
            "install kefulab on every Dask worker"
        ) from None
    except Cancelled as exc:
        bar.close()
        result = SweepResult.from_rows(
            scenario, grid, args.replications, args.seed, exc.partial, str(args.scenario)
        )
    print(
        t(
            "sweep_header",
            lang,
            name=printable(name),
            points=len(result.points),
            reps=result.replications,
            seed=result.seed,
        )
    )
    if not result.complete:
        total = len(result.points) * result.replications
        print(
            f"kefulab: interrupted: {len(result.rows)} of {total} runs finished; "
            "the table and files below hold those",
            file=sys.stderr,
        )
    print(summary_table(result, args.kpi or DEFAULT_KPIS, lang))
    for path, write in (
        (args.csv, result.write_csv),
        (args.summary_csv, result.write_summary_csv),
        (args.json, lambda p: write_json(p, json_payload(result))),
    ):
        if path:
            write(path)
            print(t("wrote", lang, path=printable(path)), file=sys.stderr)
    if not result.complete:
        if args.heatmap is not None:
            print(
                f"kefulab: no heat map {args.heatmap}: the sweep was interrupted", file=sys.stderr
            )
        return EXIT_INTERRUPTED
    if args.heatmap is not None:
        draw_heatmap(result, args.heatmap, (args.kpi or ["profit"])[0], lang)
        print(t("wrote", lang, path=printable(args.heatmap)), file=sys.stderr)
    return 0


def draw_heatmap(result, path: Path, kpi: str, lang: str) -> None:
    """The first two grid paths on the axes (x, y), ``kpi`` as colour; other paths averaged."""
    from simulator.charts import sweep_heatmap_figure

    x, y = list(result.grid)[:2]
    fig = sweep_heatmap_figure(result.summary(), x, y, kpi, lang=lang)
    try:
        fig.savefig(path, dpi=120)
    except OSError as exc:
        raise InputError(f"--heatmap {path}: cannot write ({exc.strerror or exc})") from None


@contextmanager
def make_executor(args: argparse.Namespace, items: int) -> Iterator[Executor | None]:
    """The executor ``--workers``/``--scheduler`` ask for (``None``: run in this process)."""
    if args.scheduler:
        with dask_executor(args.scheduler, args.connect_timeout) as executor:
            yield executor
        return
    workers = min(args.workers or os.cpu_count() or 1, items)
    if workers <= 1:
        yield None
        return
    with process_pool(workers) as pool:
        yield pool


def _with_ci(kpi: str, mean: float, lo: float, hi: float, lang: str) -> str:
    info, scale = kpi_info(kpi), magnitude(mean, lo, hi)
    text = info.format(mean, lang, scale=scale)
    if lo != lo or hi != hi:  # NaN: one replication, or no data
        return text
    return f"{text} ±{info.format((hi - lo) / 2, lang, scale=scale)}"


def summary_table(result: SweepResult, kpis: Sequence[str], lang: str = "en") -> str:
    """Plain-text table, one line per point: grid values, then each KPI as mean ± CI half-width.

    In English the header holds the grid paths and KPI keys as typed for ``--grid`` and
    ``--kpi``; in Chinese their names (field labels, the catalogue's short KPI labels). Values
    read alike in both: booleans as on/off (开/关), mappings as ``{key: value}``."""
    zh = lang == "zh"
    header = [
        t("point", lang),
        *(printable(field_label(p, lang) if zh else p) for p in result.grid),
        *(kpi_label(k, lang, short=True) if zh else k for k in kpis),
    ]
    lines = [header]
    for row in result.summary():
        cells = [str(row["point"]), *(printable(format_value(row[p], lang)) for p in result.grid)]
        for k in kpis:
            cells.append(_with_ci(k, row[k], row[f"{k}_ci_lo"], row[f"{k}_ci_hi"], lang))
        lines.append(cells)
    return text_table(lines, ">" * len(header)) + "\n" + t("sweep_note", lang)


def json_payload(result: SweepResult) -> dict:
    return {
        "scenario": result.scenario,
        "name": result.name,
        "seed": result.seed,
        "replications": result.replications,
        "grid": result.grid,
        "complete": result.complete,  # false: interrupted, only the finished rows
        "summary": result.summary(),
        "rows": result.rows,
    }
