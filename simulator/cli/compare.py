"""``kefulab compare A.yaml B.yaml ...``: scenarios side by side on common random numbers.

Prints every KPI for every scenario (mean and 95% CI) and each scenario's difference from the
first with its paired 95% CI, then the ROI of each alternative against the first. With
``--equal-service`` every scenario is first staffed to the same targets by the staffing
planner (:mod:`simulator.experiments.equal_service`). ``--lang zh|en`` (default from the locale)
chooses the language of the tables: KPI labels from the catalogue, shipped scenario names in
Chinese; the JSON keeps its machine keys.
"""

from __future__ import annotations

import argparse
import math
import string
import sys
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import (
    add_lang_option,
    add_scenario_options,
    add_staffing_targets,
    load_scenario_noting,
    positive_int,
    resolve_lang,
    write_json,
)
from simulator.cli.format import display_width, pad, printable, printable_lines
from simulator.cli.i18n import t
from simulator.cli.interrupt import EXIT_INTERRUPTED, cancel_on_interrupt
from simulator.common.atomicfile import check_output_file
from simulator.common.errors import InputError
from simulator.common.names import scenario_display_name
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
from simulator.metrics.catalogue import EstimateText, kpi_info, kpi_label
from simulator.metrics.kpis import KPI_NAMES

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
    add_lang_option(p)
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
    lang = resolve_lang(args)
    if args.json:  # refuse an unwritable output before the simulations, not after them
        check_output_file(args.json, "--json")
    scenarios = [
        load_scenario_noting(path, args.overrides, args.days, lang) for path in args.scenarios
    ]
    days = {effective_days(s) for s in scenarios}
    if len(days) > 1:
        print(t("cmp_horizons_note", lang), file=sys.stderr)
    if args.equal_service:
        comparison = _equal_service(args, scenarios, lang)
        if comparison is None:
            return EXIT_INTERRUPTED
        print(printable_lines(render_plans(comparison, lang)))
        print()
    else:
        comparison = compare_scenarios(
            scenarios,
            sources=[str(p) for p in args.scenarios],
            replications=args.replications,
            seed=args.seed,
            progress=ProgressBar(t("cmp_bar", lang, n=len(scenarios))),
        )
    print(printable_lines(render_comparison(comparison, lang)))
    print()
    print(printable_lines(render_roi(comparison, lang)))
    if args.json:
        write_json(args.json, comparison.to_json())
        print(t("wrote", lang, path=printable(args.json)), file=sys.stderr)
    return 0


def _names(comparison: Comparison | EqualServiceComparison, lang: str) -> list[str]:
    """Names for people: a shipped scenario's Chinese name in zh, else the scenario's own."""
    if lang != "zh":
        return list(comparison.names)
    return [
        scenario_display_name(src, name, lang)
        for name, src in zip(comparison.names, comparison.sources, strict=True)
    ]


def _equal_service(
    args: argparse.Namespace, scenarios: list, lang: str = "en"
) -> EqualServiceComparison | None:
    """Plan and compare; ``None`` when Ctrl-C stopped it (after saying so)."""
    from simulator.cli.staff import targets_from_args

    targets = [targets_from_args(args, s) for s in scenarios]
    if len(set(targets)) > 1:
        raise InputError(
            "compare --equal-service: the scenarios have different kpi.frt_threshold_s; "
            "give --frt-threshold so all are staffed to the same target"
        )
    print(
        t(
            "cmp_staffing_note",
            lang,
            n=len(scenarios),
            prep=args.plan_replications,
            seed=args.seed,
            first=args.plan_replications,
            last=args.plan_replications + args.replications - 1,
        ),
        file=sys.stderr,
        flush=True,
    )
    names = [
        scenario_display_name(p, s.name, lang) if lang == "zh" else s.name
        for p, s in zip(args.scenarios, scenarios, strict=True)
    ]

    def step(event: Progress) -> None:
        s = event.partial
        if event.label == "plan" and s is not None:
            k = min((event.done - 1) // args.max_iterations, len(names) - 1)
            print(
                t(
                    "cmp_planning",
                    lang,
                    name=printable(names[k]),
                    it=s.iteration,
                    hours=sum(s.schedule),
                    missing=len(s.missing_hours),
                ),
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
        print(t("cmp_interrupted", lang, n=len(exc.partial)), file=sys.stderr)
        return None


def render_plans(es: EqualServiceComparison, lang: str = "en") -> str:
    """The equal-service header: the targets, and each scenario's planned agent-hours."""
    tg = es.targets
    lines = [
        t(
            "cmp_plans_header",
            lang,
            sla=f"{tg.frt_sla:.0%}",
            thr=f"{tg.frt_threshold_s:g}",
            ab=f"{tg.max_abandon:.1%}",
            rel=f"{tg.reliability:.0%}",
            prep=es.plan_replications,
            first=es.plan_replications,
            last=es.plan_replications + es.replications - 1,
        ),
    ]
    head = ("cmp_scenario", "cmp_agent_hours_day", "cmp_was", "cmp_agent_cost_day", "cmp_targets")
    rows: list[tuple[str, ...]] = [("", *(t(k, lang) for k in head))]
    for i, (name, p) in enumerate(zip(_names(es, lang), es.plans, strict=True)):
        missing = [h.hour for h in p.hours if not h.meets]
        met = (
            t("cmp_all_met", lang)
            if not missing
            else t("cmp_missed_at", lang, hours=", ".join(f"{h:02d}:00" for h in missing))
        )
        rows.append(
            (
                _letter(i),
                name,
                f"{p.agent_hours['simulated']:,}",
                f"{p.agent_hours['current']:,}",
                MONEY.format(p.cost_per_day["simulated"], lang),
                met,
            )
        )
    table = _table(rows, right={2, 3, 4})
    lines += [table[0], "-" * max(display_width(x) for x in table), *table[1:]]
    return "\n".join(lines)


def fmt_change(name: str, diff: PairedDiff, lang: str = "en") -> EstimateText:
    """A paired difference of a KPI or ROI item: ``+1.2 pts [+0.4 pts, +2.0 pts]``."""
    return kpi_info(name).format_estimate(diff.mean, diff.lo, diff.hi, lang, delta=True)


def _table(rows: list[tuple[str, ...]], right: set[int]) -> list[str]:
    """Align columns (two spaces apart, by terminal width, so Chinese lines up); columns in
    ``right`` are right-aligned."""
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [
            pad(c, w, ">" if i in right else "<")
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
    return out


def _letter(i: int) -> str:
    return string.ascii_uppercase[i]


def render_comparison(comparison: Comparison | EqualServiceComparison, lang: str = "en") -> str:
    """Legend of scenarios, then one block per KPI: a row per scenario with its mean and CI
    and its paired difference from scenario A. In English the KPI column shows the KPI's key
    (as ``--kpi`` and the JSON take it); in Chinese its catalogue label."""
    first = comparison.scenarios[0]
    mode = "cmp_mode_equal" if isinstance(comparison, EqualServiceComparison) else "cmp_mode_as_is"
    lines = [
        t(
            "cmp_header",
            lang,
            mode=t(mode, lang),
            n=len(comparison.scenarios),
            reps=comparison.replications,
            seed=comparison.seed,
            days=first.horizon.days,
        ),
    ]
    names = _names(comparison, lang)
    legend = [
        (f"  {_letter(i)}", name, src, t("cmp_baseline", lang) if i == 0 else "")
        for i, (name, src) in enumerate(zip(names, comparison.sources, strict=True))
    ]
    lines.extend(_table(legend, right=set()))
    lines.append("")
    head = ("kpi", "", "mean", "ci95", "cmp_delta", "", "cmp_paired_ci")
    rows: list[tuple[str, ...]] = [tuple(t(k, lang) if k else "" for k in head)]
    for kpi in KPI_NAMES:
        info = kpi_info(kpi)
        ests = comparison.per_scenario(kpi)
        diffs = comparison.diff_vs_first(kpi)
        label = kpi_label(kpi, lang) if lang == "zh" else kpi
        for i, (est, diff) in enumerate(zip(ests, diffs, strict=True)):
            text = info.format_estimate(est.mean, est.lo, est.hi, lang)
            row = (label if i == 0 else "", _letter(i), text.value, text.ci)
            if diff is None:
                row += ("", "", "")
            else:
                mark = SIGNIFICANT if diff.significant else ""
                change = fmt_change(kpi, diff, lang)
                row += (change.value, mark, change.ci)
            rows.append(row)
    table = _table(rows, right={2, 4})
    lines.append(table[0])
    lines.append("-" * max(display_width(x) for x in table))
    lines.extend(table[1:])
    lines.append(t("cmp_sig_note", lang, mark=SIGNIFICANT))
    return "\n".join(lines)


def fmt_days(days: float, lang: str = "en") -> str:
    if math.isnan(days):
        return "–"
    if math.isinf(days):
        return t("cmp_never", lang)
    if days >= 60:
        return t("cmp_days_months", lang, days=f"{days:,.0f}", months=f"{days / 30:.1f}")
    return t("cmp_days", lang, days=f"{days:.1f}")


def _payback_line(row: RoiRow, lang: str = "en") -> str:
    gain = row.per_day["profit"]
    cost = MONEY.format(row.one_off_cost, lang)
    if not row.one_off_cost and row.pays_back:  # nothing to pay back: not "0.0 days"
        return t("cmp_payback_none", lang, gain=MONEY.format_delta(gain.mean, lang))
    if not row.pays_back:
        return t("cmp_payback_never", lang, gain=MONEY.format_delta(gain.mean, lang), cost=cost)
    lo, hi = row.payback_ci95
    if math.isnan(lo):
        ci = ""
    elif max(lo, hi) < 60:
        ci = t("cmp_payback_ci_short", lang, lo=f"{lo:.1f}", hi=f"{hi:.1f}")
    else:
        ci = t("cmp_payback_ci_long", lang, lo=fmt_days(lo, lang), hi=fmt_days(hi, lang))
    return t(
        "cmp_payback",
        lang,
        days=fmt_days(row.payback_days, lang),
        ci=ci,
        cost=cost,
        gain=MONEY.format(gain.mean, lang),
    )


def render_roi(comparison: Comparison | EqualServiceComparison, lang: str = "en") -> str:
    """One table per alternative: money per day and per month, quality changes, payback."""
    blocks = []
    how = "cmp_roi_equal" if isinstance(comparison, EqualServiceComparison) else "cmp_roi_as_is"
    names = _names(comparison, lang)
    for i, row in enumerate(roi_table(comparison), start=1):
        lines = [
            t(
                "cmp_roi_header",
                lang,
                b=_letter(i),
                alt=names[i],
                base=names[0],
                how=t(how, lang),
            ),
        ]
        ci = t("ci95", lang)
        rows: list[tuple[str, ...]] = [
            (t("cmp_item", lang), t("cmp_per_day", lang), "", ci, t("cmp_per_month", lang), ci)
        ]
        month = row.per_month
        for key in PER_DAY_ITEMS:
            d, m = fmt_change(key, row.per_day[key], lang), fmt_change(key, month[key], lang)
            mark = SIGNIFICANT if row.per_day[key].significant else ""
            rows.append((kpi_label(key, lang), d.value, mark, d.ci, m.value, m.ci))
        for key in QUALITY_ITEMS:
            d = fmt_change(key, row.quality[key], lang)
            mark = SIGNIFICANT if row.quality[key].significant else ""
            rows.append((kpi_label(key, lang), d.value, mark, d.ci))
        rows = [r + ("",) * (6 - len(r)) for r in rows]
        table = _table(rows, right={1, 4})
        lines.append(table[0])
        lines.append("-" * max(display_width(x) for x in table))
        lines.extend(table[1:])
        lines.append(_payback_line(row, lang))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
