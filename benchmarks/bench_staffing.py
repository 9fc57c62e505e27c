"""Staffing plan speed: ``plan_staffing`` on the 双11 scenario, 2 worker processes vs 1.

Goal (issue 3, §8): the 双11 plan in under 60 s on 2 cores. The pool is the one ``kefulab staff
--workers N`` uses (forkserver start method); its start-up is counted. The plan simulates the current
schedule once, then candidate schedules, each on 3 replications (~40,000 sessions each), with
the default targets: 80% of first replies within 30 s, at most 5% abandonment. Usage:

    python benchmarks/bench_staffing.py [--workers 2 1] [--replications 3] [--threshold 30]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from simulator.experiments.executors import process_pool
from simulator.experiments.staffing.planner import StaffingTargets, plan_staffing
from simulator.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "traffic" / "tmall_double11.yaml"
GOAL_S = 60.0


def run(workers: int, replications: int, threshold_s: float) -> dict:
    scenario = load_scenario(SCENARIO)
    targets = StaffingTargets(0.8, threshold_s, 0.05)
    t0 = time.perf_counter()
    if workers > 1:
        with process_pool(workers) as pool:  # as kefulab staff --workers N
            plan = plan_staffing(scenario, targets, replications, 0, pool)
    else:
        plan = plan_staffing(scenario, targets, replications, 0)
    seconds = time.perf_counter() - t0  # pool start-up and shutdown included
    return {"seconds": seconds, "plan": plan}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, nargs="+", default=[2, 1])
    ap.add_argument("--replications", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=30.0)
    args = ap.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"staffing plan, {SCENARIO.name}: {args.replications} replications per candidate, "
        f"80% within {args.threshold:g} s, abandonment <= 5%  "
        f"(CPU cores: {os.cpu_count()}, load average at start: {load:.2f})"
    )
    print(
        f"{'workers':>7}  {'seconds':>8}  {'goal':>5}  {'iterations':>10}  {'runs':>4}  "
        f"{'analytic':>8}  {'simulated':>9}  {'current':>7}  {'all met':>7}"
    )
    for workers in args.workers:
        r = run(workers, args.replications, args.threshold)
        plan = r["plan"]
        ah = plan.agent_hours
        runs = plan.simulations * plan.replications  # the current schedule included
        goal = "ok" if r["seconds"] < GOAL_S else "MISS"
        print(
            f"{workers:>7}  {r['seconds']:>8.1f}  {goal if workers == 2 else '':>5}  "
            f"{plan.iterations:>10}  {runs:>4}  {ah['analytic']:>8}  {ah['simulated']:>9}  "
            f"{ah['current']:>7}  {str(plan.all_met):>7}",
            flush=True,
        )
    print(
        "agent-hours per day; runs = replications simulated (distinct candidates and the "
        "current schedule)"
    )


if __name__ == "__main__":
    main()
