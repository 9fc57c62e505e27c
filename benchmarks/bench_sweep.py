"""Sweep throughput: the same sweep with 1 worker (in-process) and a 2-process pool.

tmall_daily for 1 day over 8 points (agents.concurrency 2..5 x warm/cold handoff) x 2
replications = 16 simulations. The pool is the one ``kefulab sweep --workers 2`` builds
(forkserver start method), and its start-up is counted, as a user waits for it too. Checks that
both runs give identical rows. Other work on the machine slows both runs; the load average is
printed next to the figures. Usage:
    python benchmarks/bench_sweep.py [--workers 2] [--replications 2]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from simulator.experiments.executors import process_pool  # noqa: E402
from simulator.experiments.sweep import SweepResult, run_sweep  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402

SCENARIO = ROOT / "scenarios" / "traffic" / "tmall_daily.yaml"
GRID = {"agents.concurrency": [2, 3, 4, 5], "handoff.context_transfer": [True, False]}


def timed_sweeps(workers: int, replications: int) -> tuple[SweepResult, float, float]:
    """The sweep twice: from a cold start (pool start-up and worker imports counted), then
    again on the same, warm pool. Returns the first result and both durations."""
    scenario = load_scenario(SCENARIO, days=1)
    start = time.perf_counter()
    if workers == 1:
        result = run_sweep(scenario, GRID, replications, seed=0)
        cold = time.perf_counter() - start
        start = time.perf_counter()
        run_sweep(scenario, GRID, replications, seed=0)
    else:
        with process_pool(workers) as pool:
            result = run_sweep(scenario, GRID, replications, seed=0, executor=pool)
            cold = time.perf_counter() - start
            start = time.perf_counter()
            run_sweep(scenario, GRID, replications, seed=0, executor=pool)
    return result, cold, time.perf_counter() - start


def _spin(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def parallel_capacity(workers: int, n: int = 3_000_000) -> float:
    """How much faster ``workers`` busy loops finish than one after another, right now: the
    ceiling for any speed-up on this machine under its current load (ideal: ``workers``)."""
    with process_pool(workers) as pool:
        list(pool.map(_spin, [1000] * workers))  # start the workers first
        alone = _spin(n)
        start = time.perf_counter()
        list(pool.map(_spin, [n] * workers))
        together = time.perf_counter() - start
    return workers * alone / together


def same_rows(a: SweepResult, b: SweepResult) -> bool:
    def key(row: dict) -> list:
        return [("nan" if isinstance(v, float) and math.isnan(v) else v) for v in row.values()]

    return [list(r) for r in a.rows] == [list(r) for r in b.rows] and [key(r) for r in a.rows] == [
        key(r) for r in b.rows
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2, help="pool size to compare with 1")
    ap.add_argument("--replications", type=int, default=2)
    args = ap.parse_args()
    points = math.prod(len(v) for v in GRID.values())
    items = points * args.replications
    print(
        f"tmall_daily, 1 day: {points} points x {args.replications} replications = {items} runs; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before"
    )
    results = {}
    for workers in (1, args.workers):
        result, cold, warm = timed_sweeps(workers, args.replications)
        results[workers] = (result, cold, warm)
        for label, seconds in (("cold", cold), ("warm", warm)):
            print(
                f"workers={workers} {label}: {seconds:6.2f} s  {points / seconds:5.2f} points/s  "
                f"{items / seconds:5.2f} runs/s"
            )
        print(f"  (load average {os.getloadavg()[0]:.1f} after)")
    capacity = parallel_capacity(args.workers)
    print(
        f"parallel capacity now: {args.workers} busy loops run {capacity:.2f}x faster than one "
        f"after another (the ceiling for the speed-up; ideal {args.workers:.2f}x)"
    )
    a, b = results[1], results[args.workers]
    identical = same_rows(a[0], b[0])
    print(
        f"speed-up 1 -> {args.workers} workers: {a[1] / b[1]:.2f}x cold (pool start-up counted), "
        f"{a[2] / b[2]:.2f}x warm; rows identical: {identical}"
    )
    if not identical:
        sys.exit(1)


if __name__ == "__main__":
    main()
