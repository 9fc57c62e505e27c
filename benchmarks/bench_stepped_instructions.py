"""Cost of watching the 双11 scenario, in instructions (valgrind callgrind): load-independent.

bench_simulator.py's stepped case times the same thing in CPU time, which a busy machine
disturbs; instruction counts do not depend on the load. Four child processes run under
callgrind: the scenario loaded only; one call of ``simulate``; a ``Simulation`` stepped one
simulated minute at a time; the same with a ``snapshot()`` after every step (what a GUI does,
far more often). The run's own instructions are the one call's less the load's; each cost is
a share of them. Garbage collection is left on (as in a real run) unless ``--no-gc``: where its
collections fall shifts with every allocation, which moves a count by up to ~1% of the run.

Usage (takes a few minutes; needs valgrind):
    python benchmarks/bench_stepped_instructions.py [--jobs 2] [--no-gc] [--step-s 60]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("load", "one", "stepped", "watched")

_CHILD = """
import gc, sys
sys.path.insert(0, {root!r})
from simulator.model import Simulation, simulate
from simulator.scenario.loader import load_scenario
s = load_scenario({scenario!r})
gc.collect()
if {no_gc}:
    gc.disable()
mode = {mode!r}
if mode == "one":
    simulate(s, 0)
elif mode != "load":
    sim = Simulation(s, 0)
    while not sim.done:
        sim.run_until(sim.now + {step_s!r})
        if mode == "watched":
            sim.snapshot()
    sim.finish()
"""


def instructions(mode: str, no_gc: bool, step_s: float = 60.0) -> int:
    """Instructions callgrind counts for one child process in ``mode``."""
    scenario = str(ROOT / "scenarios" / "traffic" / "tmall_double11.yaml")
    code = _CHILD.format(root=str(ROOT), scenario=scenario, no_gc=no_gc, mode=mode, step_s=step_s)
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")  # no spinning threads
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out"]
            + [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no total for {mode}:\n{out.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2, help="callgrind runs at once (default 2)")
    ap.add_argument("--no-gc", action="store_true", help="garbage collection off in the runs")
    ap.add_argument(
        "--step-s",
        type=float,
        default=60.0,
        help="simulated seconds per step (default 60: the issue's every simulated minute)",
    )
    args = ap.parse_args()
    # compile the bytecode first, so no child pays for it
    subprocess.run([sys.executable, "-c", "import simulator.model.snapshot"], cwd=ROOT, check=True)
    with ThreadPoolExecutor(args.jobs) as pool:
        counts = dict(
            zip(
                MODES,
                pool.map(lambda m: instructions(m, args.no_gc, args.step_s), MODES),
                strict=True,
            )
        )
    sys.path.insert(0, str(ROOT))
    from simulator.model.engine import DRAIN_HOURS
    from simulator.scenario.loader import load_scenario

    s = load_scenario(ROOT / "scenarios" / "traffic" / "tmall_double11.yaml")
    n = int((s.horizon_s + DRAIN_HOURS * 3600.0) // args.step_s)
    run = counts["one"] - counts["load"]
    steps = counts["stepped"] - counts["one"]
    snaps = counts["watched"] - counts["stepped"]
    print(f"双11, garbage collection {'off' if args.no_gc else 'on'}; instructions (callgrind):")
    for mode in MODES:
        print(f"  {mode:<8} {counts[mode]:>15,}")
    print(f"run alone                 {run:>15,}")
    print(f"stepping every {args.step_s:g} s     {steps:>+15,}  {steps / run:+.1%} of the run")
    print(
        f"+ a snapshot each step    {snaps:>+15,}  {snaps / run:+.1%} of the run "
        f"({n:,} snapshots, {snaps / n:,.0f} each)"
    )
    print(f"cost of watching          {steps + snaps:>+15,}  {(steps + snaps) / run:+.1%} (≤ 10%)")


if __name__ == "__main__":
    main()
