"""Regenerate the shipped hourly history example, ``scenarios/history/example_shop_hourly.csv``.

    python -m simulator.experiments.history_example [OUT.csv]

The example is 14 days of the shipped ordinary-day shop (``tmall_daily``) with one promo day
(day 11 at 3.2x the ordinary volume, on the ordinary schedule), simulated by the current model
on a fixed seed and written in the export format ``kefulab calibrate`` reads (what
``kefulab history tmall_daily --days 14 --set ... --seed 2026`` writes). Regenerate it whenever
the model changes what a session looks like (as ``agents.first_reply_time`` did), so that
calibrating from it reproduces it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from simulator.common.data import history_example, traffic_dir
from simulator.experiments.history import generate_history, write_history
from simulator.scenario.loader import load_scenario

BASE = "tmall_daily"
SEED = 2026
DAYS = 14
OVERRIDES = (f"arrivals.day_multipliers=[{', '.join(['1'] * 10 + ['3.2', '1', '1', '1'])}]",)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else history_example()
    scenario = load_scenario(traffic_dir() / f"{BASE}.yaml", list(OVERRIDES), DAYS)
    rows = generate_history(scenario, SEED)
    write_history(out, rows)
    print(f"wrote {len(rows)} hourly rows ({DAYS} days of {BASE}, seed {SEED}) to {out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
