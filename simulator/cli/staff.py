"""``kefulab staff SCENARIO``: how many agents each hour, analytic and checked in simulation."""

from __future__ import annotations

import argparse
import math
import os
import sys
from concurrent.futures import Executor
from pathlib import Path

from simulator.cli.common import (
    add_lang_option,
    add_staffing_targets,
    load_scenario_noting,
    positive_int,
    resolve_lang,
    seed_int,
    write_json,
)
from simulator.cli.format import printable, printable_lines, text_table
from simulator.cli.i18n import t
from simulator.cli.interrupt import EXIT_INTERRUPTED, cancel_on_interrupt
from simulator.common.atomicfile import check_output_file
from simulator.common.names import scenario_display_name
from simulator.common.runcontrol import Cancelled, Progress
from simulator.experiments.executors import process_pool, shutdown_now
from simulator.experiments.staffing.planner import (
    DEFAULT_MAX_ITERATIONS,
    DEFAULT_REPLICATIONS,
    StaffingPlan,
    StaffingTargets,
    plan_staffing,
)
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
    add_lang_option(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="also write the plan as JSON")
    p.set_defaults(handler=handle)


class _Progress:
    """Prints one line per simulated candidate on stderr."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang

    def __call__(self, event: Progress) -> None:
        step = event.partial
        if step is None:  # the search settled before max_iterations
            return
        missing = step.missing_hours
        what = (
            t("stf_still_missing", self.lang, n=len(missing), hours=_hours(missing))
            if missing
            else t("stf_all_meet", self.lang)
        )
        it, most, hours = step.iteration, step.max_iterations, sum(step.schedule)
        print(
            t("stf_iteration", self.lang, it=it, max=most, hours=hours, what=what),
            file=sys.stderr,
            flush=True,
        )


def _hours(hours: list[int] | tuple[int, ...]) -> str:
    return ", ".join(f"{h:02d}:00" for h in hours)


def handle(args: argparse.Namespace) -> int:
    lang = resolve_lang(args)
    if args.json:  # refuse an unwritable output before the search, not after it
        check_output_file(args.json, "--json")
    scenario = load_scenario_noting(args.scenario, args.overrides, None, lang)
    targets = targets_from_args(args, scenario)
    workers = args.workers or min(os.cpu_count() or 1, args.replications)
    print(
        t("stf_current", lang, reps=args.replications, workers=workers),
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
                _Progress(lang),
                args.max_iterations,
                cancel=cancel,
            )
    except Cancelled as exc:
        print(t("stf_interrupted", lang, n=len(exc.partial)), file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if pool is not None:
            shutdown_now(pool)
    name = scenario_display_name(args.scenario, plan.scenario_name, lang) if lang == "zh" else None
    print(printable_lines(format_plan(plan, lang, name)))
    if args.json:
        write_json(args.json, {"scenario_file": str(args.scenario), **plan.to_json()})
        print(t("wrote", lang, path=printable(args.json)), file=sys.stderr)
    return 0


def targets_from_args(args: argparse.Namespace, scenario: Scenario) -> StaffingTargets:
    """The targets of ``--frt-sla``, ``--frt-threshold``, ``--max-abandon`` and
    ``--reliability`` (the threshold defaults to the scenario's), as staff, report and compare
    read them."""
    threshold = args.frt_threshold or scenario.kpi.frt_threshold_s
    return StaffingTargets(args.frt_sla, threshold, args.max_abandon, args.reliability)


#: How the table names a missed target (English; :func:`miss_text` reads the language's).
MISS_WORDS = {"sla": "SLA", "abandon": "abandon", "days": "days"}


def miss_text(misses: tuple[str, ...], lang: str = "en") -> str:
    """``SLA+abandon``, or ``ok`` when nothing is missed (``达标率+放弃率`` / ``达标`` in zh)."""
    if not misses:
        return t("stf_ok", lang)
    return "+".join(t(f"stf_miss_{m}", lang) for m in misses)


def _reliability_line(plan: StaffingPlan, lang: str = "en") -> str:
    """What the reliability target asks and how well the plan's days can know it."""
    tg = plan.targets
    if tg.reliability <= 0:
        return t("stf_rel_off", lang)
    days = max((h.days for h in plan.hours), default=0)
    se = math.sqrt(tg.reliability * (1 - tg.reliability) / max(days, 1))
    return t("stf_rel", lang, rel=f"{tg.reliability:.0%}", days=days, se=f"{se:.0%}")


def _pct(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1%}"


def format_plan(plan: StaffingPlan, lang: str = "en", name: str | None = None) -> str:
    """The plan as a table for people: one row per hour, then totals and savings; ``name``
    (default the plan's scenario name) heads it, in ``lang``."""
    tg = plan.targets
    lines = [
        t("stf_title", lang, name=name or plan.scenario_name),
        t(
            "stf_targets",
            lang,
            sla=f"{tg.frt_sla:.0%}",
            thr=f"{tg.frt_threshold_s:g}",
            ab=f"{tg.max_abandon:.1%}",
            ceil=f"{plan.frt_sla_ceiling:.1%}",
        ),
        _reliability_line(plan, lang),
        "",
    ]
    rows = [tuple(t("stf_head", lang).split("|"))]
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
                miss_text(h.current_misses, lang) if h.handoffs_per_hour > 0 else "",
            )
        )
    lines.append(text_table(rows))
    lines.append(t("stf_miss_note", lang))
    ah, cost = plan.agent_hours, plan.cost_per_day
    save = plan.savings_vs_current
    totals = [("", *t("stf_totals_head", lang).split("|"))]
    totals += [(t(f"stf_row_{k}", lang), f"{ah[k]:,}", "¥" + format(cost[k], ",.0f")) for k in ah]
    lines += ["", text_table(totals), ""]
    if save["agent_hours"] >= 0:
        hours, yuan = save["agent_hours"], save["yuan_per_day"]
        lines.append(t("stf_saves", lang, hours=f"{hours:,}", yuan=f"¥{yuan:,.0f}"))
    else:
        hours, yuan = -save["agent_hours"], -save["yuan_per_day"]
        lines.append(t("stf_needs", lang, hours=f"{hours:,}", yuan=f"¥{yuan:,.0f}"))
    missing_now = plan.current_missing_hours
    if missing_now:
        by_hour = {h.hour: h for h in plan.hours}
        where = ", ".join(
            f"{h:02d}:00 ({miss_text(by_hour[h].current_misses, lang)})" for h in missing_now
        )
        lines.append(t("stf_current_misses", lang, hours=where))
    unreachable = [h.hour for h in plan.hours if not h.reachable]
    if unreachable:
        lines.append(t("stf_unreachable", lang, hours=_hours(unreachable)))
    if not plan.all_met and any(h.reachable and not h.meets for h in plan.hours):
        lines.append(t("stf_still", lang, n=plan.iterations))
    lines.append(
        t(
            "stf_footer",
            lang,
            it=plan.iterations,
            sims=plan.simulations,
            reps=plan.replications,
            seed=plan.seed,
            secs=f"{plan.seconds:.1f}",
        )
    )
    return "\n".join(lines)
