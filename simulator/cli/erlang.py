"""``kefulab erlang``: the analytic staffing calculator (Erlang C, or Erlang A with patience)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from simulator.cli.common import bounded_float
from simulator.common.atomicfile import check_output_file, write_text
from simulator.common.errors import InputError
from simulator.metrics.erlang_staffing import (
    DEFAULT_TYPING_SHARE,
    TYPING_OCCUPANCY,
    StaffingResult,
    required_positions,
)

DESCRIPTION = """\
Fewest agents for one interval so that TARGET of the contacts are answered within
ANSWER-TIME seconds, by the standard Erlang C formula (customers never hang up) or, with
--patience, Erlang A (M/M/n+M with exponential patience; abandoners count as not answered).

Chat concurrency K is modelled as K independent slots per agent, each holding a chat for
AHT, as WFM chat calculators do. That pools one agent's typing across others, so with K > 1
the agents on contacts are never fewer than the typing floor: ceil(volume x TYPING / interval
/ TYPING-OCCUPANCY), the typing load at the target typing occupancy (default 85%); TYPING is
the agent's own work per chat (default 45% of the AHT, as in the shipped scenarios). For chat
the answer is still a lower bound: `kefulab staff SCENARIO` simulates how an agent's replies
queue behind each other. Shrinkage then scales the agents on contacts up to the agents to
schedule: ceil(on contacts / (1 - S)).
"""

EXAMPLE = """\
example:
  kefulab erlang --volume 100 --aht 180 --interval 1800 --target 0.8 --answer-time 20
      100 contacts in half an hour, 3 min handle time, 80% answered within 20 s: 14 agents.
  kefulab erlang --volume 600 --aht 240 --interval 3600 --target 0.8 --answer-time 30 \\
      --patience 120 --concurrency 3 --shrinkage 0.3 --json plan.json
      chats with 2 min mean patience, 3 chats per agent, 30% shrinkage (Erlang A).
  kefulab erlang --volume 418 --aht 185 --interval 3600 --target 0.8 --answer-time 30 \
      --patience 180 --concurrency 4 --typing 86
      4 chats per agent, 86 s of typing per chat: the typing floor (12), not Erlang A's 6.
"""


#: Input bounds (docs/input-limits.md): the search for the staffing level takes time in
#: proportion to the offered load, so the load is capped at MAX_ERLANGS (a few seconds).
MAX_VOLUME = 10_000_000
MAX_SECONDS = 86_400.0
MAX_INTERVAL_S = 366 * 86_400.0
MAX_CONCURRENCY = 50
MAX_ERLANGS = 100_000.0

_volume = bounded_float(
    f"a number of contacts >= 0 (at most {MAX_VOLUME:,})", lambda v: 0 <= v <= MAX_VOLUME
)
_seconds = bounded_float(
    f"a number of seconds > 0 (at most {MAX_SECONDS:,.0f})", lambda v: 0 < v <= MAX_SECONDS
)
_interval = bounded_float(
    f"a number of seconds > 0 (at most {MAX_INTERVAL_S:,.0f})", lambda v: 0 < v <= MAX_INTERVAL_S
)
_answer_time = bounded_float(
    f"a number of seconds >= 0 (at most {MAX_SECONDS:,.0f})", lambda v: 0 <= v <= MAX_SECONDS
)
_target = bounded_float("a share strictly between 0 and 1 (0.8 = 80%)", lambda v: 0 < v < 1)
_shrinkage = bounded_float("a share in [0, 1) (0.3 = 30%)", lambda v: 0 <= v < 1)
_max_occupancy = bounded_float("a share in (0, 1] (0.85 = 85%)", lambda v: 0 < v <= 1)


def _concurrency(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_CONCURRENCY:
        raise argparse.ArgumentTypeError(
            f"must be a whole number >= 1 (at most {MAX_CONCURRENCY}), got {text!r}"
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "erlang",
        help="analytic staffing calculator (Erlang C, or Erlang A with --patience)",
        description=DESCRIPTION,
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--volume",
        type=_volume,
        required=True,
        metavar="N",
        help="contacts (calls or chats) arriving in the interval, 0 to 10,000,000",
    )
    p.add_argument(
        "--aht",
        type=_seconds,
        required=True,
        metavar="SECONDS",
        help="average handle time per contact (per chat with --concurrency), seconds",
    )
    p.add_argument(
        "--interval",
        type=_interval,
        required=True,
        metavar="SECONDS",
        help="interval length in seconds (1800 = half an hour, 3600 = an hour)",
    )
    p.add_argument(
        "--target",
        type=_target,
        required=True,
        metavar="SL",
        help="required service level, a share in (0, 1): 0.8 = 80%%",
    )
    p.add_argument(
        "--answer-time",
        type=_answer_time,
        required=True,
        metavar="SECONDS",
        help="service-level threshold: answered within this many seconds, >= 0",
    )
    p.add_argument(
        "--patience",
        type=_seconds,
        metavar="SECONDS",
        help="mean customer patience in seconds (exponential): use Erlang A; "
        "omit for Erlang C (nobody abandons)",
    )
    p.add_argument(
        "--concurrency",
        type=_concurrency,
        default=1,
        metavar="K",
        help="chats one agent handles at once, 1 to 50 (default 1: calls)",
    )
    p.add_argument(
        "--shrinkage",
        type=_shrinkage,
        default=0.0,
        metavar="S",
        help="share of paid time off contacts (breaks, training), in [0, 1); default 0",
    )
    p.add_argument(
        "--max-occupancy",
        type=_max_occupancy,
        metavar="OCC",
        help="optional cap on the share of time slots are busy, in (0, 1]",
    )
    p.add_argument(
        "--typing",
        type=_seconds,
        metavar="SECONDS",
        help="with --concurrency > 1: the agent's own typing per chat, at most the AHT "
        f"(default {DEFAULT_TYPING_SHARE * 100:.0f}%% of the AHT)",
    )
    p.add_argument(
        "--typing-occupancy",
        type=_max_occupancy,
        default=TYPING_OCCUPANCY,
        metavar="OCC",
        help="with --concurrency > 1: largest share of on-duty time an agent types, in (0, 1] "
        f"(default {TYPING_OCCUPANCY:g})",
    )
    p.add_argument(
        "--json",
        type=Path,
        metavar="FILE",
        help="also write the result as JSON to FILE ('-' for standard output)",
    )
    p.set_defaults(handler=handle)


def result_json(result: StaffingResult, max_occupancy: float | None = None) -> dict:
    """The JSON object of one staffing result (keys are a contract)."""
    data = asdict(result)
    data["max_occupancy"] = max_occupancy
    return data


def format_table(result: StaffingResult) -> str:
    """Human-readable summary of one staffing result."""
    r = result
    model = "Erlang C" if r.model == "erlang_c" else f"Erlang A (mean patience {r.patience_s:g} s)"
    abandonment = "-" if r.abandonment is None else f"{r.abandonment:.1%}"
    rows = [
        (
            "agents to schedule",
            f"{r.positions}" + (f"  (shrinkage {r.shrinkage:.0%})" if r.shrinkage else ""),
        ),
        ("agents on contacts", f"{r.raw_positions}"),
        ("servers (chat slots)", f"{r.servers}  ({r.concurrency} per agent)"),
        (
            "service level",
            f"{r.service_level:.1%} answered within {r.answer_time_s:g} s (target {r.target:.1%})",
        ),
        ("P(wait)", f"{r.wait_probability:.1%}"),
        ("ASA", f"{r.asa_s:.1f} s"),
        ("occupancy", f"{r.occupancy:.1%}"),
        ("abandonment", abandonment),
    ]
    if r.concurrency > 1:
        rows[-2] = ("slot occupancy", rows[-2][1])
        binding = "typing floor" if r.typing_floor > r.queue_positions else "queue"
        rows[2:2] = [
            ("slot model alone", f"{r.queue_positions}"),
            (
                "typing floor",
                f"{r.typing_floor}  ({r.typing_erlangs:.2f} Erlangs of typing, {r.typing_s:g} s "
                f"per chat, at {r.typing_occupancy:.0%} occupancy)",
            ),
            ("binding", binding),
            ("typing occupancy", f"{r.agent_occupancy:.1%}"),
        ]
    head = (
        f"{model}: {r.traffic_erlangs:.2f} Erlangs "
        f"({r.volume:g} contacts x {r.aht_s:g} s in {r.interval_s:g} s)"
    )
    width = max(len(label) for label, _ in rows)
    lines = [head, *(f"  {label:<{width}}  {value}" for label, value in rows)]
    if r.lower_bound:
        lines += [
            f"note: with {r.concurrency} chats per agent this is a lower bound: an agent types "
            "one reply at a time,",
            "      and the replies of its chats queue behind each other, which no formula sees.",
            "      For the simulated answer: kefulab staff SCENARIO (docs/staffing.md).",
        ]
    return "\n".join(lines)


def handle(args: argparse.Namespace) -> int:
    load = args.volume * args.aht / args.interval
    if load > MAX_ERLANGS:
        raise InputError(
            f"kefulab erlang: --volume x --aht / --interval: offered load {load:,.0f} Erlangs, "
            f"at most {MAX_ERLANGS:,.0f}"
        )
    if args.typing is not None and args.concurrency == 1:
        raise InputError(
            "kefulab erlang: --typing: only with --concurrency > 1 (with one contact per agent "
            "the AHT is the agent's work)"
        )
    if args.typing is not None and args.typing > args.aht:
        raise InputError(
            f"kefulab erlang: --typing: must be at most --aht ({args.aht:g} s): typing is part "
            f"of the time a chat holds a slot, got {args.typing:g}"
        )
    if args.json is not None and str(args.json) != "-":
        check_output_file(args.json, "--json")
    try:
        result = required_positions(
            volume=args.volume,
            aht_s=args.aht,
            interval_s=args.interval,
            target_service_level=args.target,
            answer_time_s=args.answer_time,
            patience_s=args.patience,
            concurrency=args.concurrency,
            shrinkage=args.shrinkage,
            max_occupancy=args.max_occupancy,
            typing_s=args.typing,
            typing_occupancy=args.typing_occupancy,
        )
    except ValueError as exc:  # e.g. a patience too long for the exact Erlang A chain
        raise InputError(f"kefulab erlang: {exc}") from None
    to_stdout = args.json is not None and str(args.json) == "-"
    if not to_stdout:
        print(format_table(result))
    if args.json is not None:
        text = json.dumps(result_json(result, args.max_occupancy), indent=2) + "\n"
        if to_stdout:
            sys.stdout.write(text)
        else:
            write_text(args.json, text, option="--json")
    return 0
