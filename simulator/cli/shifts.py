"""``kefulab shifts SCENARIO``: a least-cost roster of shifts for 24 hourly headcounts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from simulator.cli.common import add_lang_option, resolve_lang, write_json
from simulator.cli.format import display_width, pad, printable
from simulator.cli.i18n import t
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.errors import InputError
from simulator.common.yamlio import read_yaml
from simulator.experiments.staffing.shifts import (
    HOURS,
    MAX_SHIFT_HOURS,
    Roster,
    ShiftRules,
    plan_shifts,
    roster_scenario,
)
from simulator.scenario.loader import load_scenario, scenario_to_yaml

DESCRIPTION = """\
Turn 24 hourly headcounts into shifts people can work: choose how many agents start at each
allowed hour with each allowed length so that every hour has at least its headcount at work,
at the fewest paid hours (an integer program solved by HiGHS through scipy.optimize.milp;
among equally cheap rosters, the fewest people). Shifts of at least --break-from hours get an
unpaid --break mid-shift. The day repeats, so a shift may run past midnight (--no-wrap: not).

The headcounts are, in this order: --requirement, the `simulated` plan of a
`kefulab staff --json` file (--plan), else SCENARIO's own agents.schedule (or count). They are
agents *scheduled*: with agents.shrinkage the model puts floor(scheduled x (1 - shrinkage)) of
them on chats. --write-scenario writes SCENARIO with agents.schedule set to the roster's
hourly coverage, ready for `kefulab run`.
"""

EXAMPLE = """\
example:
  kefulab staff scenarios/traffic/tmall_daily.yaml --json plan.json
  kefulab shifts scenarios/traffic/tmall_daily.yaml --plan plan.json --starts 6-22 \\
      --lengths 4-9 --chart roster.png --write-scenario tmall_rostered.yaml
  kefulab run tmall_rostered.yaml
"""


def hour_set(low: int, high: int):  # noqa: ANN201
    """An argparse type: ``6-22``, ``8,12,16`` or a mix, each within ``low..high``."""

    def parse(text: str) -> tuple[int, ...]:
        out: set[int] = set()
        try:
            for part in text.split(","):
                a, _, b = part.strip().partition("-")
                first, last = int(a), int(b) if b else int(a)
                if first > last:
                    raise ValueError
                out.update(range(first, last + 1))
        except ValueError:
            out = set()
        if not out or min(out) < low or max(out) > high:
            raise argparse.ArgumentTypeError(
                f"must be whole hours {low}-{high} as a range or list (e.g. 6-22 or 8,12,16), "
                f"got {text!r}"
            )
        return tuple(sorted(out))

    return parse


def whole_hours(low: int, high: int):  # noqa: ANN201
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number of hours {low}-{high}, got {text!r}"
            )
        return value

    return parse


def requirement_list(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(v) for v in text.split(","))
    except ValueError:
        values = ()
    if len(values) != HOURS or min(values) < 0 or max(values) > 100_000:
        raise argparse.ArgumentTypeError(
            f"must be 24 comma-separated whole numbers 0-100000 (hours 0-23), got {text!r}"
        )
    return values


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "shifts",
        help="a least-cost roster of shifts for the hourly headcounts (MILP)",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("scenario", type=Path, help="scenario YAML file or shipped scenario name")
    p.add_argument("--set", dest="overrides", action="append", default=[], metavar="PATH=VALUE",
                   help="override a scenario field, as for kefulab run")  # fmt: skip
    src = p.add_mutually_exclusive_group()
    src.add_argument("--plan", type=Path, metavar="FILE",
                     help="a `kefulab staff --json` file: roster its `simulated` headcounts")  # fmt: skip
    src.add_argument("--requirement", type=requirement_list, metavar="N,N,...",
                     help="24 hourly headcounts to roster, hours 0-23")  # fmt: skip
    p.add_argument("--starts", type=hour_set(0, 23), default=tuple(range(HOURS)), metavar="HOURS",
                   help="allowed start hours, e.g. 6-22 or 8,12,16 (default 0-23)")  # fmt: skip
    p.add_argument("--lengths", type=hour_set(1, MAX_SHIFT_HOURS), default=(4, 5, 6, 7, 8, 9),
                   metavar="HOURS", help="allowed shift lengths in hours, break included "
                   "(default 4-9)")  # fmt: skip
    p.add_argument("--break-from", type=whole_hours(0, MAX_SHIFT_HOURS), default=6, metavar="H",
                   help="shifts at least this long get the break (default 6)")  # fmt: skip
    p.add_argument("--break", dest="break_hours", type=whole_hours(0, 4), default=1,
                   metavar="H", help="unpaid break in hours, mid-shift (default 1; 0 = none)")  # fmt: skip
    p.add_argument("--no-wrap", dest="wrap", action="store_false",
                   help="shifts must end by midnight")  # fmt: skip
    p.add_argument("--json", type=Path, metavar="FILE", help="write the roster as JSON")
    p.add_argument("--chart", type=Path, metavar="FILE.png",
                   help="draw the roster (coverage and shifts) to an image file")  # fmt: skip
    add_lang_option(p)
    p.add_argument("--write-scenario", type=Path, metavar="OUT.yaml",
                   help="write SCENARIO with agents.schedule = the roster's hourly coverage")  # fmt: skip
    p.set_defaults(handler=handle)


def plan_requirement(path: Path) -> tuple[int, ...]:
    """The ``simulated`` headcounts of a ``kefulab staff --json`` file."""
    data = read_yaml(path).data  # JSON is YAML: the strict reader, with its limits
    values = data.get("simulated") if isinstance(data, dict) else None
    if (
        not isinstance(values, list)
        or len(values) != HOURS
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in values)
    ):
        raise InputError(
            f"{path}: simulated: expected the 24 whole hourly headcounts of a "
            "`kefulab staff --json` file"
        )
    return tuple(values)


def shift_label(shift, lang: str = "en") -> str:  # noqa: ANN001
    """``08:00-17:00 (break 12:00-13:00)``, the break in ``lang``."""
    end = (shift.start + shift.length) % HOURS
    text = f"{shift.start:02d}:00-{end:02d}:00"
    if shift.break_offset is not None:
        b = (shift.start + shift.break_offset) % HOURS
        a, z = f"{b:02d}:00", f"{(b + shift.break_hours) % HOURS:02d}:00"
        text += t("sh_break", lang, a=a, b=z)
    return text


def format_roster(roster: Roster, cost_per_hour: float, lang: str = "en") -> str:
    """The roster for people: its shifts, the hourly cover against the need, the totals."""
    head = t("sh_head", lang).split("|")
    rows = [f"{pad(head[0], 34)} {pad(head[1], 6, '>')} {pad(head[2], 6, '>')}"]
    for line in roster.lines:
        label = pad(shift_label(line.shift, lang), 34)
        rows.append(f"{label} {line.count:>6} {line.shift.paid_hours:>6}")
    rows.append("")
    width = max(10, *(display_width(t(k, lang)) + 2 for k in ("sh_hour", "sh_needed")))
    for key, values in (
        ("sh_hour", range(HOURS)),
        ("sh_needed", roster.requirement),
        ("sh_at_work", roster.coverage),
    ):
        rows.append(pad(t(key, lang), width) + " ".join(f"{v:>3}" for v in values))
    rows.append("")
    rows.append(
        t(
            "sh_summary",
            lang,
            agents=roster.agents,
            paid=roster.paid_hours,
            yuan=f"¥{roster.paid_hours * cost_per_hour:,.0f}",
            req=roster.requirement_hours,
            surplus=f"{roster.surplus_hours:+d}",
            eff=f"{roster.efficiency:.1%}",
        )
    )
    if not roster.optimal:
        rows.append(t("sh_not_optimal", lang))
    return "\n".join(rows)


def handle(args: argparse.Namespace) -> int:
    lang = resolve_lang(args)
    for option, path in (("--json", args.json), ("--chart", args.chart),
                         ("--write-scenario", args.write_scenario)):  # fmt: skip
        if path is not None:
            check_output_file(path, option)
    scenario = load_scenario(args.scenario, args.overrides)
    if args.requirement is not None:
        requirement = args.requirement
    elif args.plan is not None:
        requirement = plan_requirement(args.plan)
    else:
        requirement = tuple(scenario.agents.scheduled(h) for h in range(HOURS))
    rules = ShiftRules(args.starts, args.lengths, args.break_from, args.break_hours, args.wrap)
    roster = plan_shifts(requirement, rules)
    print(format_roster(roster, scenario.economics.agent_cost_per_hour, lang))
    if args.json is not None:
        write_json(args.json, {"scenario_file": str(args.scenario), **roster.to_json()})
    if args.chart is not None:
        from simulator.charts.shifts import roster_figure

        fig = roster_figure(roster, lang=lang)
        try:
            fig.savefig(args.chart, dpi=120)
        except (OSError, ValueError) as exc:
            raise InputError(
                f"--chart {printable(str(args.chart))}: cannot write ({exc})"
            ) from None
        print(t("wrote", lang, path=printable(str(args.chart))), file=sys.stderr)
    if args.write_scenario is not None:
        out = roster_scenario(scenario, roster)
        write_text(args.write_scenario, scenario_to_yaml(out), option="--write-scenario")
        print(t("wrote", lang, path=printable(str(args.write_scenario))), file=sys.stderr)
    return 0
