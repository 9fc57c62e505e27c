"""``kefulab compare A.yaml B.yaml ...``: scenarios side by side on common random numbers.

Prints every KPI for every scenario (mean and 95% CI) and each scenario's difference from the
first with its paired 95% CI, then the ROI of each alternative against the first. With
``--equal-service`` every scenario is first staffed to the same targets by the staffing
planner (:mod:`simulator.experiments.equal_service`).
"""

from __future__ import annotations

import argparse
import math
import string
import sys
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import (
    add_scenario_options,
    add_staffing_targets,
    positive_int,
    write_json,
)
from simulator.cli.format import LANG, printable, printable_lines
from simulator.cli.interrupt import EXIT_INTERRUPTED, cancel_on_interrupt
from simulator.common.atomicfile import check_output_file
from simulator.common.errors import InputError
from simulator.common.runcontrol import Cancelled, Progress
from simulator.experiments.compare import Comparison, PairedDiff, compare_scenarios
from simulator.experiments.equal_service import EqualServiceComparison, compare_equal_service
from simulator.experiments.roi import (
    PER_DAY_ITEMS,
    QUALITY_ITEMS,
    RoiRow,
    effective_days,
    roi_table,
)
from simulator.experiments.staffing.planner import DEFAULT_MAX_ITERATIONS, DEFAULT_REPLICATIONS
from simulator.metrics.catalogue import EstimateText, kpi_info
from simulator.metrics.kpis import KPI_NAMES
from simulator.scenario.loader import load_scenario

SIGNIFICANT = "*"
MONEY = kpi_info("profit")  # formats yuan amounts that are not KPIs (one-off cost)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "compare",
        help="compare scenarios side by side with paired CIs and ROI",
        description=(
            "Simulate every SCENARIO on the same seeds (common random numbers) and print, per KPI, each\n"
            "scenario's mean and 95% CI and its difference from the first scenario with a 95% CI paired\n"
            "by replication; '*' marks differences whose CI excludes 0. Then the ROI of each scenario\n"
            "against the first: change in cost, revenue and profit per day and per month, and the payback\n"
            "period of its one-off cost. --set and --days apply to every scenario. With --equal-service,\n"
            "every scenario is first staffed to the same targets by the staffing planner (the same\n"
            "settings as `kefulab staff`, for all of them), and the staffed scenarios are compared on\n"
            "replications the plans were not made on: cost, CSAT, FCR, conversion and profit at equal\n"
            "service.\n"
        ),
        epilog=(
            "examples:\n  kefulab compare scenarios/traffic/tmall_daily.yaml "
            "scenarios/traffic/bot70_warm.yaml scenarios/traffic/bot70_cold.yaml -n 10\n"
            "  kefulab compare --equal-service tmall_daily bot70_warm bot70_cold -n 10 "
            "--frt-sla 0.8 --frt-threshold 30"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "scenarios",
        type=Path,
        nargs="+",
        metavar="SCENARIO",
        help="scenario YAML files or shipped names; the first is the baseline",
    )
    add_scenario_options(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="write the comparison as JSON")
    eq = p.add_argument_group("equal service (staff every scenario to the same targets first)")
    eq.add_argument(
        "--equal-service",
        action="store_true",
        help="staff every scenario with the staffing planner to the targets below, then compare",
    )
    add_staffing_targets(eq)
    eq.add_argument(
        "--plan-replications",
        type=positive_int,
        default=DEFAULT_REPLICATIONS,
        metavar="N",
        help=f"replications per candidate schedule (default {DEFAULT_REPLICATIONS}, as staff)",
    )
    eq.add_argument(
        "--max-iterations",
        type=positive_int,
        default=DEFAULT_MAX_ITERATIONS,
        metavar="N",
        help=f"most candidate schedules per plan (default {DEFAULT_MAX_ITERATIONS}, as staff)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    if len(args.scenarios) < 2:
        raise InputError(
            f"compare needs at least 2 scenario files (the first is the baseline), "
            f"got {len(args.scenarios)}: {args.scenarios[0]}"
        )
    if len(args.scenarios) > len(string.ascii_uppercase):
        raise InputError(f"compare takes at most 26 scenario files, got {len(args.scenarios)}")
    if args.json:  # refuse an unwritable output before the simulations, not after them
        check_output_file(args.json, "--json")
    scenarios = [load_scenario(path, args.overrides, args.days) for path in args.scenarios]
    days = {effective_days(s) for s in scenarios}
    if len(days) > 1:
        print(
            "kefulab: note: the scenarios cover different horizons, so totals (sessions, "
            "orders, cost, revenue) are not comparable; the ROI below is per day.",
            file=sys.stderr,
        )
    if args.equal_service:
        comparison = _equal_service(args, scenarios)
        if comparison is None:
            return EXIT_INTERRUPTED
        print(printable_lines(render_plans(comparison)))
        print()
    else:
        comparison = compare_scenarios(
            scenarios,
            sources=[str(p) for p in args.scenarios],
            replications=args.replications,
            seed=args.seed,
            progress=ProgressBar(f"compare {len(scenarios)} scenarios: runs"),
        )
    print(printable_lines(render_comparison(comparison)))
    print()
    print(printable_lines(render_roi(comparison)))
    if args.json:
        write_json(args.json, comparison.to_json())
        print(f"wrote {printable(args.json)}", file=sys.stderr)
    return 0


def _equal_service(args: argparse.Namespace, scenarios: list) -> EqualServiceComparison | None:
    """Plan and compare; ``None`` when Ctrl-C stopped it (after saying so)."""
    from simulator.cli.staff import targets_from_args

    targets = [targets_from_args(args, s) for s in scenarios]
    if len(set(targets)) > 1:
        raise InputError(
            "compare --equal-service: the scenarios have different kpi.frt_threshold_s; "
            "give --frt-threshold so all are staffed to the same target"
        )
    print(
        f"compare: staffing {len(scenarios)} scenarios to the same targets "
        f"({args.plan_replications} replication(s) per candidate, seed {args.seed}), then "
        f"comparing them on replications {args.plan_replications}.."
        f"{args.plan_replications + args.replications - 1}",
        file=sys.stderr,
        flush=True,
    )
    names = [s.name for s in scenarios]

    def step(event: Progress) -> None:
        s = event.partial
        if event.label == "plan" and s is not None:
            k = min((event.done - 1) // args.max_iterations, len(names) - 1)
            print(
                f"compare: planning {printable(names[k])}: iteration {s.iteration}, "
                f"{sum(s.schedule)} agent-hours, {len(s.missing_hours)} hour(s) missing",
                file=sys.stderr,
                flush=True,
            )

    try:
        with cancel_on_interrupt() as cancel:
            return compare_equal_service(
                scenarios,
                targets[0],
                sources=[str(p) for p in args.scenarios],
                replications=args.replications,
                seed=args.seed,
                plan_replications=args.plan_replications,
                max_iterations=args.max_iterations,
                progress=step,
                cancel=cancel,
            )
    except Cancelled as exc:
        print(
            f"kefulab: interrupted after planning {len(exc.partial)} scenario(s); no comparison",
            file=sys.stderr,
        )
        return None


def render_plans(es: EqualServiceComparison) -> str:
    """The equal-service header: the targets, and each scenario's planned agent-hours."""
    t = es.targets
    lines = [
        f"Equal service: every scenario staffed by the planner to {t.frt_sla:.0%} of first "
        f"replies within {t.frt_threshold_s:g} s, at most {t.max_abandon:.1%} abandonment, on "
        f"{t.reliability:.0%} of days, every hour ({es.plan_replications} replication(s) per "
        f"candidate); compared below on replications {es.plan_replications}.."
        f"{es.plan_replications + es.replications - 1} (not used by the plans)",
    ]
    rows: list[tuple[str, ...]] = [
        ("", "scenario", "agent-hours/day", "was", "agent cost/day", "targets")
    ]
    for i, (name, p) in enumerate(zip(es.names, es.plans, strict=True)):
        missing = [h.hour for h in p.hours if not h.meets]
        met = "all met" if not missing else "missed at " + ", ".join(f"{h:02d}:00" for h in missing)
        rows.append(
            (
                _letter(i),
                name,
                f"{p.agent_hours['simulated']:,}",
                f"{p.agent_hours['current']:,}",
                MONEY.format(p.cost_per_day["simulated"], LANG),
                met,
            )
        )
    table = _table(rows, right={2, 3, 4})
    lines += [table[0], "-" * max(len(x) for x in table), *table[1:]]
    return "\n".join(lines)


def fmt_change(name: str, diff: PairedDiff) -> EstimateText:
    """A paired difference of a KPI or ROI item: ``+1.2 pts [+0.4 pts, +2.0 pts]``."""
    return kpi_info(name).format_estimate(diff.mean, diff.lo, diff.hi, LANG, delta=True)


def _table(rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    """Align columns (two spaces apart); columns in ``right`` are right-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [
            f"{c:>{w}}" if i in right else f"{c:<{w}}"
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return out


def _letter(i: int) -> str:
    return string.ascii_uppercase[i]


def render_comparison(comparison: Comparison | EqualServiceComparison) -> str:
    """Legend of scenarios, then one block per KPI: a row per scenario with its mean and CI
    and its paired difference from scenario A."""
    first = comparison.scenarios[0]
    mode = "equal service" if isinstance(comparison, EqualServiceComparison) else "as is"
    lines = [
        f"Comparison ({mode}): {len(comparison.scenarios)} scenarios, {comparison.replications} "
        f"replication(s) each on seed {comparison.seed} (common random numbers), "
        f"{first.horizon.days} day(s)",
    ]
    legend = [
        (f"  {_letter(i)}", name, src, "(baseline)" if i == 0 else "")
        for i, (name, src) in enumerate(zip(comparison.names, comparison.sources, strict=True))
    ]
    lines.extend(_table(legend, right=set()))
    lines.append("")
    rows: list[tuple[str, ...]] = [("KPI", "", "mean", "95% CI", "Δ vs A", "", "paired 95% CI")]
    for kpi in KPI_NAMES:
        info = kpi_info(kpi)
        ests = comparison.per_scenario(kpi)
        diffs = comparison.diff_vs_first(kpi)
        for i, (est, diff) in enumerate(zip(ests, diffs, strict=True)):
            text = info.format_estimate(est.mean, est.lo, est.hi, LANG)
            row = (kpi if i == 0 else "", _letter(i), text.value, text.ci)
            if diff is None:
                row += ("", "", "")
            else:
                mark = SIGNIFICANT if diff.significant else ""
                change = fmt_change(kpi, diff)
                row += (change.value, mark, change.ci)
            rows.append(row)
    table = _table(rows, right={2, 4})
    lines.append(table[0])
    lines.append("-" * max(len(t) for t in table))
    lines.extend(table[1:])
    lines.append(f"{SIGNIFICANT} the paired 95% CI of the difference excludes 0")
    return "\n".join(lines)


def fmt_days(days: float) -> str:
    if math.isnan(days):
        return "–"
    if math.isinf(days):
        return "never"
    if days >= 60:
        return f"{days:,.0f} days ({days / 30:.1f} months)"
    return f"{days:.1f} days"


def _payback_line(row: RoiRow) -> str:
    gain = row.per_day["profit"]
    cost = MONEY.format(row.one_off_cost, LANG)
    if not row.pays_back:
        return (
            f"payback: never (profit change {MONEY.format_delta(gain.mean, LANG)} a day is not a gain; "
            f"one-off cost {cost})"
        )
    lo, hi = row.payback_ci95
    if math.isnan(lo):
        ci = ""
    elif max(lo, hi) < 60:
        ci = f" (95% CI {lo:.1f} to {hi:.1f} days)"
    else:
        ci = f" (95% CI {fmt_days(lo)} to {fmt_days(hi)})"
    return (
        f"payback: {fmt_days(row.payback_days)}{ci} = one-off cost {cost} / profit gain "
        f"{MONEY.format(gain.mean, LANG)} a day"
    )


def render_roi(comparison: Comparison | EqualServiceComparison) -> str:
    """One table per alternative: money per day and per month, quality changes, payback."""
    blocks = []
    at_equal = (
        ", both staffed to the same targets (equal service)"
        if isinstance(comparison, EqualServiceComparison)
        else ", each with its own schedule (as is)"
    )
    for i, row in enumerate(roi_table(comparison), start=1):
        lines = [
            f"ROI of {_letter(i)} ({row.alternative}) against A ({row.baseline}); "
            f"changes are {_letter(i)} - A{at_equal}",
        ]
        rows: list[tuple[str, ...]] = [("item", "per day", "", "95% CI", "per month", "95% CI")]
        month = row.per_month
        for key in PER_DAY_ITEMS:
            d, m = fmt_change(key, row.per_day[key]), fmt_change(key, month[key])
            mark = SIGNIFICANT if row.per_day[key].significant else ""
            rows.append((kpi_info(key).label(LANG), d.value, mark, d.ci, m.value, m.ci))
        for key in QUALITY_ITEMS:
            d = fmt_change(key, row.quality[key])
            mark = SIGNIFICANT if row.quality[key].significant else ""
            rows.append((kpi_info(key).label(LANG), d.value, mark, d.ci))
        rows = [r + ("",) * (6 - len(r)) for r in rows]
        table = _table(rows, right={1, 4})
        lines.append(table[0])
        lines.append("-" * max(len(t) for t in table))
        lines.extend(table[1:])
        lines.append(_payback_line(row))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
