"""``kefulab calibrate`` and ``kefulab history``: fit demand to a shop's hourly export, or
produce such an export from a simulation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from pydantic import ValidationError

from simulator.cli.common import positive_int, seed_int
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.data import resolve_scenario, traffic_dir
from simulator.common.errors import InputError
from simulator.experiments.calibrate import PROMO_THRESHOLD, calibrate
from simulator.experiments.history import generate_history, read_history, write_history
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario

#: The shipped scenario calibrate takes everything but demand from when --base is not given.
DEFAULT_BASE = "tmall_daily"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "calibrate",
        help="fit a scenario's daily volume, hourly profile and promo days to an hourly export",
        description=(
            "Read an hourly history CSV (columns: timestamp, or date + hour; sessions; optional "
            "handoffs, first_response_s, agents) and write a scenario whose demand matches it: "
            "ordinary daily volume, 24-hour profile, one multiplier per day (promo days stand "
            "out), and the agents' schedule when the export has an agents column. Everything "
            "else (bot, handoff policy, customers, money) comes from --base."
        ),
        epilog="example: kefulab calibrate scenarios/history/example_shop_hourly.csv --out my_shop.yaml",
    )
    p.add_argument("history", type=Path, metavar="HISTORY.csv")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="scenario YAML to write")
    p.add_argument(
        "--base",
        type=Path,
        metavar="SCENARIO",
        help=f"scenario file or shipped name to take everything else from (default {DEFAULT_BASE})",
    )
    p.add_argument("--seed", type=seed_int, default=0, help="seed of the pilot run (default 0)")
    p.add_argument(
        "--promo-threshold",
        type=float,
        default=PROMO_THRESHOLD,
        metavar="X",
        help=f"a day above X times the median day is a promo day (default {PROMO_THRESHOLD})",
    )
    p.set_defaults(handler=handle_calibrate)

    h = sub.add_parser(
        "history",
        help="simulate a scenario and export it as an hourly history CSV",
        description="Write the hourly export a shop would have (the format calibrate reads).",
    )
    h.add_argument("scenario", type=Path, metavar="SCENARIO")
    h.add_argument("--out", type=Path, required=True, metavar="FILE")
    h.add_argument("--days", type=positive_int, default=None, metavar="D")
    h.add_argument("--seed", type=seed_int, default=0)
    h.add_argument("--set", dest="overrides", action="append", default=[], metavar="PATH=VALUE")
    h.set_defaults(handler=handle_history)


def handle_calibrate(args: argparse.Namespace) -> int:
    if not args.promo_threshold > 1:
        raise InputError(f"--promo-threshold: must be > 1, got {args.promo_threshold}")
    check_output_file(args.out, "--out")
    rows = read_history(args.history)
    base_path = (
        traffic_dir() / f"{DEFAULT_BASE}.yaml" if args.base is None else resolve_scenario(args.base)
    )
    base = load_scenario(base_path)
    cal, data = calibrate(rows, base, args.seed, args.promo_threshold, str(args.history))
    data["name"] = f"Calibrated from {args.history.name}"
    data["description"] = (
        f"Demand fitted to {args.history.name} ({len(cal.days)} complete days); "
        f"everything else from {base_path.name}."
    )
    try:
        Scenario.model_validate(data)
    except ValidationError as exc:  # pragma: no cover - calibrate only writes valid fields
        raise InputError(f"{args.out}: calibrated scenario does not validate: {exc}") from None
    for day, n in cal.incomplete_days:
        print(
            f"note: {args.history}: {day} has {n} of 24 hours; left out of the fit", file=sys.stderr
        )
    header = (
        f"# Calibrated by `kefulab calibrate` from {args.history.name}.\n"
        f"# Observed {cal.observed_sessions_per_day:,.0f} sessions per ordinary day; the "
        f"model adds re-contacts (factor {cal.recontact_factor:.3f}), so first contacts are "
        f"{cal.sessions_per_day:,.0f}.\n"
    )
    write_text(
        args.out, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), option="--out"
    )
    print(f"Calibrated {len(cal.days)} day(s) from {args.history}")
    print(
        f"  sessions per ordinary day: {cal.observed_sessions_per_day:,.0f} observed, "
        f"{cal.sessions_per_day:,.0f} first contacts (re-contact factor {cal.recontact_factor:.3f})"
    )
    peak = max(range(24), key=lambda h: cal.hourly_profile[h])
    print(f"  busiest hour: {peak:02d}:00 ({cal.hourly_profile[peak]:.1f}% of the day)")
    promo = (
        ", ".join(
            f"{d} (x{m:.2f})"
            for d, m in zip(cal.days, cal.day_multipliers, strict=True)
            if d in cal.promo_days
        )
        or "none"
    )
    print(f"  promo days: {promo}")
    if cal.agents_schedule is not None:
        print(f"  agent schedule: {list(cal.agents_schedule)}")
    if cal.observed_handoff_share is not None:
        print(
            f"  observed handoff share: {cal.observed_handoff_share * 100:.1f}% "
            f"(compare with `kefulab run {args.out}`)"
        )
    if cal.observed_frt_mean_s is not None:
        print(f"  observed mean first response: {cal.observed_frt_mean_s:.1f} s")
    print(f"wrote {args.out}")
    return 0


def handle_history(args: argparse.Namespace) -> int:
    check_output_file(args.out, "--out")
    scenario = load_scenario(args.scenario, args.overrides, args.days)
    rows = generate_history(scenario, args.seed)
    write_history(args.out, rows)
    print(f"wrote {len(rows)} hourly rows ({scenario.horizon.days} day(s)) to {args.out}")
    return 0
