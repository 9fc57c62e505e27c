"""``kefulab staff SCENARIO``: how many agents each hour, analytic and checked in simulation."""

from __future__ import annotations

import argparse
import math
import os
import sys
from concurrent.futures import Executor
from pathlib import Path

from simulator.cli.common import add_staffing_targets, positive_int, seed_int, write_json
from simulator.cli.format import printable, printable_lines
from simulator.cli.interrupt import EXIT_INTERRUPTED, cancel_on_interrupt
from simulator.common.atomicfile import check_output_file
from simulator.common.runcontrol import Cancelled, Progress
from simulator.experiments.executors import process_pool, shutdown_now
from simulator.experiments.staffing.planner import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_REPLICATIONS,
    StaffingPlan,
    StaffingTargets,
    plan_staffing,
)
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario

DESCRIPTION = """\
Answer "how many agents do I need each hour?" for SCENARIO's demand, bot, handoff policy and
chat concurrency. The scenario as it is (its current schedule) is simulated first to measure
the chats handed to humans each hour; an Erlang C / Erlang A first guess per hour follows; then
a search adjusts the 24 hourly headcounts in simulation until every hour meets the targets:
FRT SLA (share of answered handed-off chats whose first human reply comes within the
threshold) and abandonment (share of handed-off chats that leave the queue), pooled over the
replications, and the reliability target: the FRT SLA met on each day's own chats on at least
--reliability of the simulated days. `kefulab report` plans with the same defaults, so it
gives the same plan. Method: docs/staffing.md.
"""

EXAMPLE = """\
example:
  kefulab staff scenarios/traffic/tmall_double11.yaml --frt-threshold 60 --workers 2
  kefulab staff scenarios/traffic/tmall_daily.yaml --frt-sla 0.9 --frt-threshold 90 \\
      --max-abandon 0.02 -n 5 --json plan.json
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "staff",
        help="hourly staffing plan: Erlang first guess, then checked in simulation",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "scenario", type=Path, metavar="SCENARIO", help="scenario YAML file or shipped name"
    )
    add_staffing_targets(p)
    p.add_argument(
        "--replications",
        "-n",
        type=positive_int,
        default=DEFAULT_REPLICATIONS,
        metavar="N",
        help="replications each candidate schedule is simulated on; with one-day scenarios, "
        f"the days the reliability target is judged on (default {DEFAULT_REPLICATIONS})",
    )
    p.add_argument("--seed", type=seed_int, default=0, metavar="S", help="random seed (default 0)")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="override a scenario field by its dotted path (VALUE read as YAML)",
    )
    p.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="processes for the replications (default: CPU cores, at most N replications)",
    )
    p.add_argument(
        "--max-iterations",
        type=positive_int,
        default=DEFAULT_MAX_ITERATIONS,
        metavar="N",
        help=f"most candidate schedules to simulate (default {DEFAULT_MAX_ITERATIONS})",
    )
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the plan as JSON")
    p.set_defaults(handler=handle)


class _Progress:
    """Prints one line per simulated candidate on stderr."""

    def __call__(self, event: Progress) -> None:
        step = event.partial
        if step is None:  # the search settled before max_iterations
            return
        missing = step.missing_hours
        what = (
            f"{len(missing)} hour(s) still missing: " + ", ".join(f"{h:02d}:00" for h in missing)
            if missing
            else "every hour meets the targets"
        )
        print(
            f"staff: iteration {step.iteration}/{step.max_iterations}: "
            f"{sum(step.schedule)} agent-hours, {what}",
            file=sys.stderr,
            flush=True,
        )


def handle(args: argparse.Namespace) -> int:
    if args.json:  # refuse an unwritable output before the search, not after it
        check_output_file(args.json, "--json")
    scenario = load_scenario(args.scenario, args.overrides)
    targets = targets_from_args(args, scenario)
    workers = args.workers or min(os.cpu_count() or 1, args.replications)
    print(
        f"staff: simulating the current schedule ({args.replications} replication(s), "
        f"{workers} worker(s))",
        file=sys.stderr,
        flush=True,
    )
    pool: Executor | None = process_pool(workers) if workers > 1 else None
    try:
        with cancel_on_interrupt() as cancel:
            plan = plan_staffing(
                scenario,
                targets,
                args.replications,
                args.seed,
                pool,
                _Progress(),
                args.max_iterations,
                cancel=cancel,
            )
    except Cancelled as exc:
        print(
            f"kefulab: interrupted after {len(exc.partial)} candidate schedule(s); no plan",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    finally:
        if pool is not None:
            shutdown_now(pool)
    print(printable_lines(format_plan(plan)))
    if args.json:
        write_json(args.json, {"scenario_file": str(args.scenario), **plan.to_json()})
        print(f"wrote {printable(args.json)}", file=sys.stderr)
    return 0


def targets_from_args(args: argparse.Namespace, scenario: Scenario) -> StaffingTargets:
    """The targets of ``--frt-sla``, ``--frt-threshold``, ``--max-abandon`` and
    ``--reliability`` (the threshold defaults to the scenario's), as staff, report and compare
    read them."""
    threshold = args.frt_threshold or scenario.kpi.frt_threshold_s
    return StaffingTargets(args.frt_sla, threshold, args.max_abandon, args.reliability)


#: How the table names a missed target.
MISS_WORDS = {"sla": "SLA", "abandon": "abandon", "days": "days"}


def miss_text(misses: tuple[str, ...]) -> str:
    """``SLA+abandon``, or ``ok`` when nothing is missed."""
    return "+".join(MISS_WORDS[m] for m in misses) if misses else "ok"


def _reliability_line(plan: StaffingPlan) -> str:
    """What the reliability target asks and how well the plan's days can know it."""
    t = plan.targets
    if t.reliability <= 0:
        return "Reliability: off (--reliability 0): pooled figures only"
    days = max((h.days for h in plan.hours), default=0)
    se = math.sqrt(t.reliability * (1 - t.reliability) / max(days, 1))
    return (
        f"Reliability: the SLA met on each day's own chats on at least {t.reliability:.0%} of "
        f'the simulated days ("days met", {days} day(s) per hour: known to about ±{se:.0%}, '
        f"one binomial SE; more --replications narrow it)"
    )


def _pct(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1%}"


def format_plan(plan: StaffingPlan) -> str:
    """The plan as a table for people: one row per hour, then totals and savings."""
    t = plan.targets
    lines = [
        f"Staffing plan: {plan.scenario_name}",
        f"Targets: {t.frt_sla:.0%} of first replies within {t.frt_threshold_s:g} s, at most "
        f"{t.max_abandon:.1%} abandonment, every hour  (best possible with no wait: "
        f"{plan.frt_sla_ceiling:.1%})",
        _reliability_line(plan),
        "",
    ]
    head = (
        "hour",
        "handoffs",
        "analytic",
        "simulated",
        "current",
        "FRT SLA",
        "abandon",
        "days met",
        "now SLA",
        "now abandon",
        "now days",
        "now misses",
    )
    rows = []
    for h in plan.hours:
        mark = "" if h.meets else (" †" if not h.reachable else " ✗")
        rows.append(
            (
                f"{h.hour:02d}:00",
                f"{h.handoffs_per_hour:,.0f}",
                str(h.analytic_agents),
                str(h.simulated_agents),
                str(h.current_agents),
                _pct(h.achieved_frt_sla) + mark,
                _pct(h.achieved_abandon),
                f"{h.days_met_share:.0%}",
                _pct(h.current_frt_sla),
                _pct(h.current_abandon),
                f"{h.current_days_met_share:.0%}",
                miss_text(h.current_misses) if h.handoffs_per_hour > 0 else "",
            )
        )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    fmt = lambda r: "  ".join(  # noqa: E731
        f"{v:<{w}}" if i == 0 else f"{v:>{w}}"
        for i, (v, w) in enumerate(zip(r, widths, strict=True))
    )
    lines += [fmt(head), "-" * (sum(widths) + 2 * (len(widths) - 1))]
    lines += [fmt(r) for r in rows]
    lines.append(
        "now misses: the target the current schedule misses in the hour: SLA (pooled FRT SLA), "
        "abandon (abandonment), days (the SLA met on too few days)"
    )
    ah, cost = plan.agent_hours, plan.cost_per_day
    save = plan.savings_vs_current
    lines += [
        "",
        f"{'':<10}{'agent-hours/day':>16}{'cost/day':>12}",
        *(f"{k:<10}{ah[k]:>16,}{'¥' + format(cost[k], ',.0f'):>12}" for k in ah),
        "",
    ]
    if save["agent_hours"] >= 0:
        lines.append(
            f"The simulated plan saves {save['agent_hours']:,} agent-hours "
            f"(¥{save['yuan_per_day']:,.0f}) a day against the current schedule."
        )
    else:
        lines.append(
            f"The simulated plan needs {-save['agent_hours']:,} agent-hours "
            f"(¥{-save['yuan_per_day']:,.0f}) a day more than the current schedule."
        )
    missing_now = plan.current_missing_hours
    if missing_now:
        by_hour = {h.hour: h for h in plan.hours}
        lines.append(
            "The current schedule misses the targets at "
            + ", ".join(f"{h:02d}:00 ({miss_text(by_hour[h].current_misses)})" for h in missing_now)
            + "."
        )
    unreachable = [h.hour for h in plan.hours if not h.reachable]
    if unreachable:
        lines.append(
            "† out of reach in simulation even with many agents (few chats, long first "
            "replies): " + ", ".join(f"{h:02d}:00" for h in unreachable)
        )
    if not plan.all_met and any(h.reachable and not h.meets for h in plan.hours):
        lines.append(f"✗ still missing after {plan.iterations} iterations: raise --max-iterations.")
    lines.append(
        f"{plan.iterations} iteration(s), {plan.simulations} schedule(s) simulated (the current "
        f"one included) on {plan.replications} replication(s) each, seed {plan.seed}, in "
        f"{plan.seconds:.1f} s."
    )
    return "\n".join(lines)
