"""``kefulab calibrate`` and ``kefulab history``: fit demand to a shop's hourly export, or
produce such an export from a simulation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml
from pydantic import ValidationError

from simulator.cli.calibrate_table import print_check, print_service_fit, print_summary
from simulator.cli.common import MAX_SEED, add_lang_option, positive_int, resolve_lang, seed_int
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.data import resolve_scenario, traffic_dir
from simulator.common.errors import InputError
from simulator.experiments.calibrate import PROMO_THRESHOLD, calibrate
from simulator.experiments.calibration_check import TOLERANCE, check_fit
from simulator.experiments.history import generate_history, read_history, write_history
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario

#: The shipped scenario calibrate takes everything but demand from when --base is not given.
DEFAULT_BASE = "tmall_daily"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "calibrate",
        help="fit a scenario's volume, profile, promo days, handoffs and first response to an "
        "hourly export",
        description=(
            "Read an hourly history CSV (columns: timestamp, or date + hour; sessions; optional "
            "handoffs, first_response_s, agents) and write a scenario that reproduces it: "
            "ordinary daily volume, 24-hour profile, one multiplier per day (promo days stand "
            "out), the agents' schedule when the export has an agents column, the handoff share "
            "(one factor on the bot's answer quality per intent) and the ordinary days' mean first "
            "response (the mean of agents.first_reply_time) when it has those columns. "
            "Everything else (handoff policy, customers, money) comes from --base. The fitted "
            "scenario is then simulated on seed+1 and set beside the history, per hour of day "
            "and per day; a warning on stderr names each KPI and hour or day the simulation "
            "misses by more than --tolerance (and by more than sampling noise). "
            "Method: docs/calibration.md."
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
    p.add_argument(
        "--tolerance",
        type=float,
        default=TOLERANCE,
        metavar="SHARE",
        help=f"largest relative gap between history and simulation before a warning "
        f"(default {TOLERANCE:g}, i.e. {TOLERANCE * 100:.0f}%%)",
    )
    p.add_argument(
        "--demand-only",
        action="store_true",
        help="fit volume, profile, promo days and schedule only; keep the base's bot "
        "answer quality and first reply time",
    )
    add_lang_option(p)
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
    if not 0 < args.tolerance < 10:
        raise InputError(
            f"--tolerance: must be > 0 and < 10 (a share: 0.1 = 10%), got {args.tolerance}"
        )
    lang = resolve_lang(args)
    check_output_file(args.out, "--out")
    rows = read_history(args.history)
    base_path = (
        traffic_dir() / f"{DEFAULT_BASE}.yaml" if args.base is None else resolve_scenario(args.base)
    )
    base = load_scenario(base_path)
    cal, data = calibrate(
        rows, base, args.seed, args.promo_threshold, str(args.history), not args.demand_only
    )
    data["name"] = f"Calibrated from {args.history.name}"
    data["description"] = (
        f"Demand fitted to {args.history.name} ({len(cal.days)} complete days); "
        f"everything else from {base_path.name}."
    )
    try:
        fitted = Scenario.model_validate(data)
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
    if cal.answer_quality_scale is not None:
        header += (
            f"# Bot answer quality: the base's values x{cal.answer_quality_scale:.3f} (handoff share "
            f"{cal.observed_handoff_share * 100:.1f}% in the history).\n"
        )
    if cal.first_reply_mean_s is not None:
        header += (
            f"# agents.first_reply_time mean {cal.first_reply_mean_s:.1f} s (first response "
            f"{cal.ordinary_frt_mean_s:.1f} s on the median ordinary day of the history).\n"
        )
    write_text(
        args.out, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), option="--out"
    )
    print_summary(cal, str(args.history), lang)
    print_service_fit(cal, base, lang)
    check_seed = (args.seed + 1) % (MAX_SEED + 1)
    check = check_fit(rows, fitted, cal, check_seed, args.tolerance)
    print_check(check, lang)
    print(f"wrote {args.out}")
    return 0


def handle_history(args: argparse.Namespace) -> int:
    check_output_file(args.out, "--out")
    scenario = load_scenario(args.scenario, args.overrides, args.days)
    rows = generate_history(scenario, args.seed)
    write_history(args.out, rows)
    print(f"wrote {len(rows)} hourly rows ({scenario.horizon.days} day(s)) to {args.out}")
    return 0
