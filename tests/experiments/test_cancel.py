"""Cancelling long experiments: finished results are kept, no worker process is left behind,
progress is monotone and ends at its total; ``kefulab sweep`` keeps its rows on Ctrl-C."""

from __future__ import annotations

import csv
import multiprocessing
import os
import signal
import subprocess
import sys
import time

import pytest

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.common.runcontrol import Cancelled, CancelToken, Progress
from simulator.experiments.compare import ComparedRun, compare_scenarios
from simulator.experiments.executors import process_pool, shutdown_now
from simulator.experiments.replications import Replication, run_replications
from simulator.experiments.staffing.planner import SearchStep, StaffingTargets, plan_staffing
from simulator.experiments.sweep import SweepResult, run_sweep
from simulator.scenario.loader import load_scenario
from tests.conftest import ROOT

MMC = traffic_dir() / "mmc_reference.yaml"
#: M/M/c at 60 chats/h for one day: ~0.1 s per replication.
TINY = ["horizon.days=1", "horizon.warmup_hours=1", "arrivals.rate_per_hour=60"]
#: 16 points.
GRID = {"agents.count": [2, 3, 4, 5], "agents.reply_time.mean_s": [60, 70, 80, 90]}


def tiny():
    return load_scenario(MMC, TINY)


def cancel_at(done: int, token: CancelToken, seen: list[Progress] | None = None):
    """A progress listener that records events and cancels ``token`` at the ``done``-th."""

    def listener(event: Progress) -> None:
        if seen is not None:
            seen.append(event)
        if event.done == done:
            token.cancel()

    return listener


def test_cancelled_replications_keep_the_finished_ones():
    scenario = tiny()
    full = run_replications(scenario, 5, seed=3)
    token = CancelToken()
    with pytest.raises(Cancelled) as info:
        run_replications(scenario, 5, seed=3, progress=cancel_at(2, token), cancel=token)
    partial = info.value.partial
    assert all(isinstance(r, Replication) for r in partial)
    assert [r.replication for r in partial] == [0, 1]
    assert [r.kpis for r in partial] == [r.kpis for r in full.runs[:2]]


def test_sweep_cancelled_after_7_of_16_points_keeps_7_rows():
    scenario = tiny()
    seen: list[Progress] = []
    token = CancelToken()
    with pytest.raises(Cancelled) as info:
        run_sweep(
            scenario, GRID, replications=1, seed=5, progress=cancel_at(7, token, seen), cancel=token
        )
    rows = info.value.partial
    assert len(rows) == 7
    assert [r["point"] for r in rows] == list(range(7))
    assert [e.partial for e in seen] == rows  # each event carried its row
    full = run_sweep(scenario, GRID, replications=1, seed=5)
    assert rows == full.rows[:7]
    result = SweepResult.from_rows(scenario, GRID, 1, 5, rows)
    assert not result.complete and full.complete
    assert [s["point"] for s in result.summary()] == list(range(7))


def test_progress_is_monotone_and_ends_at_total():
    seen: list[Progress] = []
    run_sweep(tiny(), {"agents.count": [2, 3]}, replications=2, seed=1, progress=seen.append)
    assert [e.done for e in seen] == [1, 2, 3, 4]
    assert {e.total for e in seen} == {4} and {e.label for e in seen} == {"sweep"}


def test_cancelled_comparison_keeps_finished_runs_with_their_scenario():
    scenarios = [tiny(), load_scenario(MMC, [*TINY, "agents.count=4"])]
    token = CancelToken()
    with pytest.raises(Cancelled) as info:
        compare_scenarios(
            scenarios, replications=2, seed=2, progress=cancel_at(3, token), cancel=token
        )
    partial = info.value.partial
    assert all(isinstance(r, ComparedRun) for r in partial)
    assert [(r.scenario, r.run.replication) for r in partial] == [(0, 0), (0, 1), (1, 0)]


def test_cancelled_process_pool_sweep_leaves_no_worker_behind():
    scenario = tiny()
    token = CancelToken()
    workers = []

    def progress(event: Progress) -> None:
        if event.done == 2:
            workers.extend(pool._processes.values())  # the pool's worker processes
            token.cancel()

    grid = {"agents.count": [2, 3, 4, 5], "agents.reply_time.mean_s": [60, 90]}
    with pytest.raises(Cancelled) as info, process_pool(2) as pool:
        run_sweep(scenario, grid, replications=2, seed=5, executor=pool, progress=progress,
                  cancel=token)  # fmt: skip
    assert workers and not any(p.is_alive() for p in workers)
    assert not set(multiprocessing.active_children()) & set(workers)
    rows = info.value.partial
    assert 2 <= len(rows) < 16  # what finished is kept; the rest never ran
    keys = [(r["point"], r["replication"]) for r in rows]
    assert keys == sorted(keys)
    serial = {(r["point"], r["replication"]): r for r in run_sweep(scenario, grid, 2, 5).rows}
    # same numbers (repr: a KPI without data is NaN, which == never matches)
    assert all(repr(r) == repr(serial[(r["point"], r["replication"])]) for r in rows)


def test_shutdown_now_stops_busy_workers():
    pool = process_pool(2)
    futures = [pool.submit(time.sleep, 600) for _ in range(4)]
    while not any(f.running() for f in futures):  # wait until a worker has picked one up
        time.sleep(0.01)
    workers = list(pool._processes.values())
    shutdown_now(pool)
    assert workers and not any(p.is_alive() for p in workers)
    assert not any(f.done() and not f.cancelled() and f.exception() is None for f in futures)


def test_staffing_progress_per_candidate_and_cancel_between_evaluations():
    scenario = load_scenario(traffic_dir() / "tmall_daily.yaml", ["arrivals.sessions_per_day=600"])
    targets = StaffingTargets(frt_sla=0.8, frt_threshold_s=30, max_abandon=0.05)
    seen: list[Progress] = []
    plan_staffing(scenario, targets, replications=1, max_iterations=3, progress=seen.append)
    assert [e.done for e in seen] == sorted(e.done for e in seen) and seen[-1].done == 3
    assert {e.total for e in seen} == {3}
    steps = [e.partial for e in seen if e.partial is not None]
    assert [s.iteration for s in steps] == list(range(1, len(steps) + 1))

    token = CancelToken()
    with pytest.raises(Cancelled) as info:
        plan_staffing(
            scenario, targets, replications=1, max_iterations=3,
            progress=cancel_at(1, token), cancel=token,
        )  # fmt: skip
    partial = info.value.partial
    assert len(partial) == 1 and isinstance(partial[0], SearchStep)
    assert partial[0].schedule == steps[0].schedule


def _interrupt_at(done: int):
    """A stand-in for the CLI's progress bar that presses Ctrl-C at the ``done``-th run."""

    class Bar:
        def __init__(self, label: str) -> None:
            pass

        def __call__(self, event: Progress) -> None:
            if event.done == done:
                os.kill(os.getpid(), signal.SIGINT)

        def close(self) -> None:
            pass

    return Bar


def test_cli_sweep_interrupted_writes_the_finished_rows(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("simulator.cli.sweep.ProgressBar", _interrupt_at(7))
    out = tmp_path / "rows.csv"
    args = ["sweep", str(MMC), "-n", "1", "--workers", "1", "--csv", str(out)]
    args += [a for s in TINY for a in ("--set", s)]
    args += ["--grid", "agents.count=2:5:1", "--grid", "agents.reply_time.mean_s=60:90:10"]
    assert main(args) == 130
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["point"]) for r in rows] == list(range(7))
    captured = capsys.readouterr()
    assert "7 of 16 runs" in captured.err
    assert "16 point(s)" in captured.out
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # handler restored


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process is POSIX")
def test_cli_sweep_on_ctrl_c_in_a_real_process_keeps_rows(tmp_path):
    out = tmp_path / "rows.csv"
    args = [sys.executable, "-m", "simulator.cli.main", "sweep", str(MMC), "-n", "2"]
    args += ["--workers", "2", "--csv", str(out)]
    args += [a for s in TINY for a in ("--set", s)]
    args += ["--grid", "agents.count=2:5:1", "--grid", "agents.reply_time.mean_s=60:90:10"]
    proc = subprocess.Popen(args, cwd=ROOT, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:  # the bar prints a line per update when not on a terminal
        if "] 1/32" in line or "] 2/32" in line:
            proc.send_signal(signal.SIGINT)
            break
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 130, err
    with open(out, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert 1 <= len(rows) < 32
    assert f"{len(rows)} of 32 runs finished" in err


def test_shutdown_now_returns_when_a_worker_died_halfway_through_sending_a_result():
    # what a worker stopped mid-send leaves behind: a result's length and the start of its bytes
    import struct
    import threading

    pool = process_pool(1)
    future = pool.submit(time.sleep, 600)
    while not future.running():
        time.sleep(0.01)
    os.write(pool._result_queue._writer.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    manager = pool._executor_manager_thread
    stopper = threading.Thread(target=shutdown_now, args=(pool,), daemon=True)
    stopper.start()
    stopper.join(60)
    assert not stopper.is_alive(), "shutdown_now waited for the rest of a half-sent result"
    assert not manager.is_alive()


def test_shutdown_now_leaves_no_error_in_the_pool_thread_when_its_manager_is_slow(monkeypatch):
    # A manager thread that is not scheduled between shutdown() and the workers' end (a loaded
    # machine) used to take the pool for broken and set an exception on futures the caller had
    # cancelled: InvalidStateError in its thread. Each look at the pipes is delayed to make it so.
    import threading
    from concurrent.futures import process

    original = process._ExecutorManagerThread.wait_result_broken_or_wakeup
    asleep = threading.Event()

    def slow_wait(self):
        asleep.set()
        time.sleep(0.5)
        return original(self)

    monkeypatch.setattr(process._ExecutorManagerThread, "wait_result_broken_or_wakeup", slow_wait)
    errors = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_type))
    pool = process_pool(1)
    futures = [pool.submit(time.sleep, 600) for _ in range(5)]
    assert asleep.wait(10)  # the manager has queued what it could and looks away for 0.5 s
    for fut in futures:
        fut.cancel()  # what run_all does with the work still pending when cancelled
    assert sum(f.cancelled() for f in futures) >= 2
    manager = pool._executor_manager_thread
    shutdown_now(pool)
    manager.join(10)
    assert not manager.is_alive()
    assert errors == []
    assert all(f.cancelled() or f.done() for f in futures)
