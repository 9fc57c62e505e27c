"""``kefulab run SCENARIO``: simulate a scenario and print its KPIs with 95% CIs.

``--lang zh|en`` (default from the locale, see :mod:`simulator.cli.i18n`) chooses the language
of the table: KPI names from the catalogue, the shipped scenario's and entry points' names.
A run of more than one day also prints a per-day table (each day's KPIs, mean over the
replications); ``--day-chart FILE`` draws its day-by-day curve (answer quality, bot-resolved
and handoff shares, cost: the knowledge-base snowball). ``--set agents.count=N`` on a
scenario with an hourly schedule replaces the schedule and says so on stderr (:data:`simulator.cli.common.COUNT_REPLACES_SCHEDULE`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.cli.bar import ProgressBar
from simulator.cli.common import (
    add_lang_option,
    add_scenario_options,
    load_scenario_noting,
    resolve_lang,
    write_json,
)
from simulator.cli.format import kpi_columns_table, kpi_table, printable, printable_lines
from simulator.cli.i18n import on_off, t
from simulator.common import csvformat, csvsafe
from simulator.common.atomicfile import (
    atomic_open,
    check_output_dir,
    check_output_file,
    make_output_dir,
)
from simulator.common.errors import InputError
from simulator.common.names import entry_mix_text, scenario_display_name
from simulator.experiments.replications import Replications, run_replications
from simulator.metrics.days import day_kpis
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import estimate
from simulator.scenario.schema import Scenario

#: KPIs of the per-day table of a multi-day run.
DAY_KPIS = (
    "sessions",
    "bot_resolved_share",
    "handoff_share",
    "frt_mean_s",
    "frt_sla",
    "abandon_rate",
    "csat_mean",
    "agent_hours",
    "profit",
)


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
    add_lang_option(p)
    p.add_argument("--json", type=Path, metavar="FILE", help="write KPIs and CIs as JSON")
    p.add_argument(
        "--csv",
        type=Path,
        metavar="DIR",
        help="write per-replication KPIs, per-session records and hourly series (UTF-8 with "
        "BOM for Excel; times also as hh:mm; empty cells where there is no value)",
    )
    p.add_argument(
        "--day-chart",
        type=Path,
        metavar="FILE",
        help="multi-day runs: draw day by day the bot's answer quality per intent (the "
        "knowledge-base snowball), the bot-resolved and handoff shares and the cost "
        "(.png, .pdf or .svg)",
    )
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    lang = resolve_lang(args)
    if args.json:  # refuse an unwritable output before the simulation, not after it
        check_output_file(args.json, "--json")
    if args.csv:
        check_output_dir(args.csv, "--csv")
    if args.day_chart:
        check_output_file(args.day_chart, "--day-chart")
        if args.day_chart.suffix.lower() not in (".png", ".pdf", ".svg"):
            raise InputError(
                f"--day-chart {printable(str(args.day_chart))}: the file name must end in "
                ".png, .pdf or .svg"
            )
    scenario = load_scenario_noting(args.scenario, args.overrides, args.days, lang)
    if args.day_chart and scenario.horizon.days < 2:
        raise InputError(
            f"--day-chart {printable(str(args.day_chart))}: needs a run of 2 days or more "
            f"(horizon.days is {scenario.horizon.days}; set it with --days N)"
        )
    name = scenario_display_name(args.scenario, scenario.name, lang)
    bar = ProgressBar(t("replications_bar", lang, name=name))
    days = scenario.horizon.days
    reps = run_replications(
        scenario,
        args.replications,
        args.seed,
        progress=bar,
        keep_results=bool(args.csv) or days > 1,
    )
    summary = reps.summary()
    print(
        t(
            "run_header",
            lang,
            name=printable(name),
            days=days,
            reps=args.replications,
            seed=args.seed,
        )
    )
    print(printable_lines(describe(scenario, lang)))
    print()
    print(kpi_table(summary, lang))
    if days > 1:
        print()
        print(t("per_day", lang, reps=args.replications))
        print(per_day_table(reps, lang))
    if args.json:
        write_json(args.json, json_payload(args.scenario, reps))
        print(t("wrote", lang, path=printable(args.json)), file=sys.stderr)
    if args.csv:
        write_csv_dir(args.csv, reps)
        print(t("wrote_csv_dir", lang, path=printable(args.csv)), file=sys.stderr)
    if args.day_chart:
        write_day_chart(args.day_chart, reps, name, lang)
        print(t("wrote", lang, path=printable(str(args.day_chart))), file=sys.stderr)
    return 0


def write_day_chart(path: Path, reps: Replications, name: str, lang: str) -> None:
    """The day-by-day chart (:func:`simulator.charts.knowledge.knowledge_base_figure`) of a
    multi-day run's replications."""
    from simulator.charts.knowledge import knowledge_base_figure
    from simulator.metrics.days import knowledge_base_days

    results = [r.result for r in reps.runs if r.result is not None]
    fig = knowledge_base_figure(knowledge_base_days(results, reps.scenario), lang, title=name)
    try:
        fig.savefig(path, dpi=120)
    except (OSError, ValueError) as exc:
        raise InputError(f"--day-chart {printable(str(path))}: cannot write ({exc})") from None


def describe(scenario: Scenario, lang: str) -> str:
    """Two or three lines on what was simulated: entry points (named, with shares), the
    agents (count or schedule) and whether the AI bot is on."""
    a = scenario.agents
    if a.schedule is None:
        agents = t("agents_line_count", lang, count=a.count, conc=a.concurrency)
    else:
        agents = t(
            "agents_line_schedule",
            lang,
            low=min(a.schedule),
            high=max(a.schedule),
            hours=sum(a.schedule),
            conc=a.concurrency,
        )
    return "\n".join(
        [
            t("entries", lang, mix=entry_mix_text(scenario.arrivals.entry_points, lang)),
            agents,
            t("bot_line", lang, state=on_off(scenario.bot.enabled, lang)),
        ]
    )


def per_day_means(reps: Replications) -> list[dict[str, float]]:
    """Per simulated day, each KPI's mean over the replications (kept results needed)."""
    by_rep = [day_kpis(r.result, reps.scenario) for r in reps.runs if r.result is not None]
    days = reps.scenario.horizon.days
    return [
        {k: estimate([rep[d][k] for rep in by_rep]).mean for k in KPI_NAMES} for d in range(days)
    ]


def per_day_table(reps: Replications, lang: str, kpis: tuple[str, ...] = DAY_KPIS) -> str:
    """A table with one line per simulated day and the KPIs of :data:`DAY_KPIS`."""
    rows = [(t("day_n", lang, n=d + 1), v) for d, v in enumerate(per_day_means(reps))]
    return kpi_columns_table(rows, kpis, lang)


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
    """replications.csv, plus sessions_rN.csv and hourly_rN.csv for each replication; UTF-8
    with BOM, empty cells for missing values, clock times beside seconds."""
    from faker import Faker

    make_output_dir(folder, "--csv")
    with atomic_open(
        folder / "replications.csv", newline="", encoding=csvformat.ENCODING, option="--csv"
    ) as fh:
        w = csvsafe.writer(fh)
        w.writerow(["replication", "seed", *KPI_NAMES])
        for r in reps.runs:
            w.writerow(
                [r.replication, r.seed, *(csvformat.cell(r.kpis[k], ".6g") for k in KPI_NAMES)]
            )
    for r in reps.runs:
        log = r.result.sessions
        fake = Faker(reps.scenario.customers.locale)
        fake.seed_instance(reps.seed * 100_003 + r.replication)
        names = [fake.name() for _ in range(int(log.customer_id.max(initial=-1)) + 1)]
        log.write_csv(folder / f"sessions_r{r.replication}.csv", names)
        r.result.hourly.write_csv(folder / f"hourly_r{r.replication}.csv")
