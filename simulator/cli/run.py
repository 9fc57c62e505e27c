"""``kefulab run SCENARIO``: simulate a scenario and print its KPIs with 95% CIs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import add_scenario_options, write_json
from simulator.cli.format import kpi_table, printable
from simulator.common import csvsafe
from simulator.common.atomicfile import (
    atomic_open,
    check_output_dir,
    check_output_file,
    make_output_dir,
)
from simulator.experiments.replications import Replications, run_replications
from simulator.metrics.kpis import KPI_NAMES
from simulator.scenario.loader import load_scenario


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="simulate a traffic scenario and print its KPIs",
        description=(
            "Simulate SCENARIO (a YAML file under scenarios/traffic/) message by message: "
            "arrivals, the AI bot, handoff rules, agents with concurrency, re-contacts. Prints "
            "each KPI's mean over replications and its 95% confidence interval."
        ),
        epilog="example: kefulab run scenarios/traffic/tmall_daily.yaml -n 10 --set agents.count=40",
    )
    p.add_argument(
        "scenario", type=Path, metavar="SCENARIO", help="scenario YAML file or shipped name"
    )
    add_scenario_options(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="write KPIs and CIs as JSON")
    p.add_argument(
        "--csv",
        type=Path,
        metavar="DIR",
        help="write per-replication KPIs, per-session records and hourly series",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if args.json:  # refuse an unwritable output before the simulation, not after it
        check_output_file(args.json, "--json")
    if args.csv:
        check_output_dir(args.csv, "--csv")
    scenario = load_scenario(args.scenario, args.overrides, args.days)
    bar = ProgressBar(f"{scenario.name}: replications")
    reps = run_replications(
        scenario, args.replications, args.seed, progress=bar, keep_results=bool(args.csv)
    )
    summary = reps.summary()
    print(
        f"Scenario: {printable(scenario.name)}  ({scenario.horizon.days} day(s), "
        f"{args.replications} replication(s), seed {args.seed})"
    )
    print(kpi_table(summary))
    if args.json:
        write_json(args.json, json_payload(args.scenario, reps))
        print(f"wrote {printable(args.json)}", file=sys.stderr)
    if args.csv:
        write_csv_dir(args.csv, reps)
        print(f"wrote CSV files to {printable(args.csv)}/", file=sys.stderr)
    return 0


def json_payload(path: Path, reps: Replications) -> dict:
    summary = reps.summary()
    return {
        "scenario": str(path),
        "name": reps.scenario.name,
        "seed": reps.seed,
        "replications": len(reps.runs),
        "kpis": {k: {"mean": e.mean, "ci95": [e.lo, e.hi]} for k, e in summary.items()},
        "replication_kpis": [{"replication": r.replication, **r.kpis} for r in reps.runs],
    }


def write_csv_dir(folder: Path, reps: Replications) -> None:
    """replications.csv, plus sessions_rN.csv and hourly_rN.csv for each replication."""
    from faker import Faker

    make_output_dir(folder, "--csv")
    with atomic_open(folder / "replications.csv", newline="", option="--csv") as fh:
        w = csvsafe.writer(fh)
        w.writerow(["replication", "seed", *KPI_NAMES])
        for r in reps.runs:
            w.writerow([r.replication, r.seed, *(f"{r.kpis[k]:.6g}" for k in KPI_NAMES)])
    for r in reps.runs:
        log = r.result.sessions
        fake = Faker(reps.scenario.customers.locale)
        fake.seed_instance(reps.seed * 100_003 + r.replication)
        names = [fake.name() for _ in range(int(log.customer_id.max(initial=-1)) + 1)]
        log.write_csv(folder / f"sessions_r{r.replication}.csv", names)
        r.result.hourly.write_csv(folder / f"hourly_r{r.replication}.csv")
