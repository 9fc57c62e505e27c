"""``kefulab report A.yaml [B.yaml ...] --pdf OUT.pdf [--html OUT.html]``: the consultant's
report for a shop owner, in Chinese or English."""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import Executor
from contextlib import nullcontext
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import add_scenario_options, add_staffing_targets, positive_int
from simulator.cli.format import printable
from simulator.common.atomicfile import check_output_file
from simulator.common.errors import InputError
from simulator.common.names import scenario_display_name
from simulator.experiments.compare import compare_scenarios
from simulator.experiments.staffing.planner import DEFAULT_MAX_ITERATIONS, DEFAULT_REPLICATIONS
from simulator.report import build_document, write_html, write_pdf
from simulator.scenario.loader import load_scenario

DESCRIPTION = """\
Simulate every SCENARIO on the same seeds (common random numbers; the first is the baseline),
plan the staffing of the first one (unless --no-staffing), and write a report a shop owner can
read: the scenarios and their assumptions, every KPI with its 95% CI, each scenario's paired
difference from the baseline (significant ones marked), ROI per day and month with the payback
period, the hourly staffing plan, and the charts (funnel, first response times, comparison,
staffing, traffic through the day). --set and --days apply to every scenario.

With two or more scenarios the ROI is at equal service by default (--roi-mode equal-service):
every scenario is first staffed by the staffing planner to the same targets (the options below,
the same settings as `kefulab staff`), and the staffed scenarios are compared on replications
the plans were not made on; the report says which mode it used. --roi-mode as-is compares the
scenarios with their own schedules. The staffing plan shown is the one `kefulab staff` gives
for the first scenario with the same options.
"""

EXAMPLE = """\
example:
  kefulab report scenarios/traffic/tmall_daily.yaml scenarios/traffic/bot70_warm.yaml \\
      scenarios/traffic/bot70_cold.yaml --pdf report.pdf --html report.html --lang zh
"""

MAX_SCENARIOS = 8


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report",
        help="write the consultant's report (PDF and/or HTML) for one or more scenarios",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "scenarios",
        type=Path,
        nargs="+",
        metavar="SCENARIO",
        help="scenario YAML files or shipped names; the first is the baseline",
    )
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the report as an A4 PDF")
    p.add_argument("--html", type=Path, metavar="OUT.html", help="write one self-contained HTML")
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default="zh",
        help="language of the report (default zh)",
    )
    add_scenario_options(p)
    p.add_argument(
        "--workers",
        type=positive_int,
        default=1,
        metavar="N",
        help="processes for the simulations (default 1: in this process)",
    )
    staff = p.add_argument_group("staffing plan (first scenario)")
    staff.add_argument(
        "--no-staffing", action="store_true", help="leave the staffing plan out (faster)"
    )
    staff.add_argument(
        "--staffing-replications",
        type=positive_int,
        default=DEFAULT_REPLICATIONS,
        metavar="N",
        help=f"replications per candidate schedule (default {DEFAULT_REPLICATIONS}, as staff)",
    )
    staff.add_argument(
        "--max-iterations",
        type=positive_int,
        default=DEFAULT_MAX_ITERATIONS,
        metavar="N",
        help=f"most candidate schedules per plan (default {DEFAULT_MAX_ITERATIONS}, as staff)",
    )
    staff.add_argument(
        "--roi-mode",
        choices=("equal-service", "as-is"),
        default="equal-service",
        help="equal-service (default): staff every scenario to the targets before comparing; "
        "as-is: compare the scenarios with their own schedules",
    )
    add_staffing_targets(staff)
    p.set_defaults(handler=handle)


def _check_output(path: Path | None, suffix: str, option: str) -> None:
    if path is None:
        return
    if path.suffix.lower() != suffix:
        raise InputError(f"{option} {path}: the file name must end in {suffix}")
    check_output_file(path, option)


def _executor(workers: int, runs: int):
    if workers <= 1 or runs <= 1:
        return nullcontext(None)
    from simulator.experiments.executors import process_pool

    return process_pool(min(workers, runs))


def _staffing(args: argparse.Namespace, scenario, pool: Executor | None):
    """The staffing plan of the first scenario, or (None, why not)."""
    from simulator.report.planning import report_staffing

    print(
        f"report: planning the staffing of {printable(scenario.name)} "
        f"({args.staffing_replications} replication(s) per candidate)",
        file=sys.stderr,
        flush=True,
    )

    def step(event) -> None:
        s = event.partial
        if s is None:  # the search settled early
            return
        print(
            f"report: staffing iteration {s.iteration}/{s.max_iterations}, "
            f"{sum(s.schedule)} agent-hours",
            file=sys.stderr,
            flush=True,
        )

    staffing = report_staffing(
        scenario,
        args.frt_sla,
        args.frt_threshold,
        args.max_abandon,
        args.staffing_replications,
        args.seed,
        pool,
        step,
        reliability=args.reliability,
        max_iterations=args.max_iterations,
    )
    if staffing.note:
        print(f"kefulab: note: no staffing plan: {staffing.note}", file=sys.stderr)
    return staffing.plan, staffing.note


def _equal_service(args: argparse.Namespace, scenarios: list, names: list[str], pool):
    """(the equal-service comparison, "") or (None, why not) when a target is out of reach."""
    from simulator.cli.staff import targets_from_args
    from simulator.experiments.equal_service import compare_equal_service
    from simulator.experiments.staffing.analytic import TargetOutOfReach

    targets = [targets_from_args(args, s) for s in scenarios]
    if len(set(targets)) > 1:
        raise InputError(
            "report: the scenarios have different kpi.frt_threshold_s; give --frt-threshold "
            "so all are staffed to the same target (or --roi-mode as-is)"
        )
    print(
        f"report: staffing {len(scenarios)} scenarios to the same targets "
        f"({args.staffing_replications} replication(s) per candidate), then comparing them",
        file=sys.stderr,
        flush=True,
    )
    bar = ProgressBar(f"report: equal service, {len(scenarios)} scenario(s)")
    try:
        es = compare_equal_service(
            scenarios,
            targets[0],
            names=names,
            sources=[str(p) for p in args.scenarios],
            replications=args.replications,
            seed=args.seed,
            plan_replications=args.staffing_replications,
            max_iterations=args.max_iterations,
            executor=pool,
            progress=bar,
            keep_results=True,
        )
    except TargetOutOfReach as exc:
        print(
            f"kefulab: note: no equal-service comparison ({exc}); the ROI compares the "
            "scenarios as they are",
            file=sys.stderr,
        )
        return None, str(exc)
    return es, ""


def handle(args: argparse.Namespace) -> int:
    if args.pdf is None and args.html is None:
        raise InputError("report: give --pdf OUT.pdf and/or --html OUT.html")
    if len(args.scenarios) > MAX_SCENARIOS:
        raise InputError(
            f"report takes at most {MAX_SCENARIOS} scenario files, got {len(args.scenarios)}"
        )
    _check_output(args.pdf, ".pdf", "--pdf")
    _check_output(args.html, ".html", "--html")
    scenarios = [load_scenario(path, args.overrides, args.days) for path in args.scenarios]
    names = [
        scenario_display_name(src, s.name, args.lang)
        for src, s in zip(args.scenarios, scenarios, strict=True)
    ]
    for k, name in enumerate(names):  # two files may carry the same name: tell them apart
        if names.count(name) > 1:
            names[k] = f"{name} ({args.scenarios[k].stem})"
    runs = len(scenarios) * args.replications
    with _executor(args.workers, max(runs, args.staffing_replications)) as pool:
        comparison, plan, why = None, None, ""
        if args.roi_mode == "equal-service" and len(scenarios) > 1:
            comparison, why = _equal_service(args, scenarios, names, pool)
            if comparison is not None and not args.no_staffing:
                plan = comparison.plans[0]  # the first scenario's plan, as staff gives it
        if comparison is None:
            comparison = compare_scenarios(
                scenarios,
                names=names,
                sources=[str(p) for p in args.scenarios],
                replications=args.replications,
                seed=args.seed,
                executor=pool,
                progress=ProgressBar(f"report: {len(scenarios)} scenario(s), runs"),
                keep_results=True,
            )
            if not args.no_staffing:
                plan, why = _staffing(args, scenarios[0], pool)
    doc = build_document(comparison, plan, lang=args.lang, staffing_note=why)
    try:
        if args.pdf:
            pages = write_pdf(doc, args.pdf, ProgressBar("report: PDF pages"))
            print(f"wrote {args.pdf} ({pages} pages)", file=sys.stderr)
        if args.html:
            write_html(doc, args.html, ProgressBar("report: HTML charts"))
            print(f"wrote {args.html}", file=sys.stderr)
    except OSError as exc:
        raise InputError(f"cannot write the report: {exc.strerror or exc}") from None
    return 0
