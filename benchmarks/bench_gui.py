"""The live view's responsiveness and cost, offscreen.

While the 双11 scenario (scenarios/traffic/tmall_double11.yaml) runs on the "Run and watch"
page as fast as possible, a 10 ms ``QTimer`` probe on the UI thread records the longest gap
between its ticks (the longest event-loop stall); the run's wall time and the process's CPU
time (both threads: the simulation and the drawing) are set against a headless run of the same
seed: ``simulate()`` and ``compute_kpis()``, what ``kefulab run`` does for one replication and
what the watched run ends with too, so the difference is the cost of watching. The cost is taken
from watched runs without the probe (the probe is the benchmark's instrument, not part of the
view: its ticks cost the UI thread about 1% of the run and make the threads trade the GIL 100
times a second); the stall from watched runs with it; the cost with the probe running is given
too. CPU time is the steadier figure on a shared machine; the UI thread's own CPU time (drawing, Qt and the probe) is
given apart from the worker's (the simulation and its snapshots). The gaps between the frames
the page shows (``frameShown``) check "at least 5 updates a second".
Targets: stall <= 50 ms, cost <= 15%, longest frame gap <= 200 ms.

Usage:
    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py [--repeat 3] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "scenarios" / "traffic" / "tmall_double11.yaml"
PROBE_MS = 10


def headless(scenario, seed: int) -> tuple[float, float]:
    """Wall and CPU seconds of ``simulate()`` and its KPIs."""
    from simulator.metrics.kpis import compute_kpis
    from simulator.model import simulate

    t0, c0 = time.perf_counter(), time.process_time()
    compute_kpis(simulate(scenario, seed, 0), scenario)
    return time.perf_counter() - t0, time.process_time() - c0


def probe_gaps(work, seconds: float | None = None) -> list[float]:
    """Gaps between 10 ms probe ticks while ``work(loop)`` runs (it must quit ``loop``), or
    for ``seconds`` of an idle event loop."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    probe.start()
    if work is None:
        QTimer.singleShot(int(seconds * 1000), loop.quit)
    else:
        work(loop)
    loop.exec()
    probe.stop()
    return [b - a for a, b in zip(ticks, ticks[1:], strict=False)]


def thread_run(scenario, seed: int) -> list[float]:
    """Probe gaps while a headless ``simulate()`` runs in a plain thread (no view): the stalls
    the machine and the GIL cause on their own."""
    import threading

    from PySide6.QtCore import QObject, Signal

    from simulator.model import simulate

    class Done(QObject):
        done = Signal()

    done = Done()

    def work(loop) -> None:
        done.done.connect(loop.quit)  # queued: emitted from the thread, run in the UI thread

        def target() -> None:
            simulate(scenario, seed, 0)
            done.done.emit()

        threading.Thread(target=target).start()

    return probe_gaps(work)


def live_run(page, seed: int, probe_on: bool = True) -> dict:
    """Run the page's watched run to its end; the wall time, and the probe's longest gap when
    ``probe_on``."""
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.pages.run_page import SPEEDS

    page.speed.setCurrentIndex(SPEEDS.index(None))
    page.seed.setValue(seed)
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(PROBE_MS)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    done: dict[str, float] = {}
    shown: list[float] = []
    page.frameShown.connect(lambda: shown.append(time.perf_counter()))

    def finished() -> None:
        done.update(t=time.perf_counter(), cpu=time.process_time(), ui=time.thread_time())
        loop.quit()

    draws0, blits0 = page.charts.full_draws, page.charts.blits
    if probe_on:
        probe.start()
    t0, c0, u0 = time.perf_counter(), time.process_time(), time.thread_time()
    page.start()
    # one slot at the end, none on each snapshot: a queued slot wakes the UI thread, which
    # takes the GIL from the run, so the instrument would add to what it measures
    page.worker.finished.connect(finished)
    loop.exec()
    probe.stop()
    page.frameShown.disconnect()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    # the live view's refresh: first frame after the start, gaps between frames, to the end
    marks = [t0, *shown, done["t"]]
    frame_gaps = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    return {
        "seconds": done["t"] - t0,
        "cpu_s": done["cpu"] - c0,
        "ui_cpu_s": done["ui"] - u0,
        "longest_stall_ms": max(gaps) * 1000.0 if gaps else float("nan"),
        "p99_gap_ms": sorted(gaps)[int(0.99 * (len(gaps) - 1))] * 1000.0 if gaps else 0.0,
        "snapshots": page.snapshots_seen,
        "frames_shown": len(shown),
        "longest_frame_gap_ms": max(frame_gaps[1:]) * 1000.0 if len(frame_gaps) > 1 else 0.0,
        "first_frame_ms": frame_gaps[0] * 1000.0,
        "full_draws": page.charts.full_draws - draws0,
        "blits": page.charts.blits - blits0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings

    from gui.app import create_app, settle_heap
    from gui.document import ScenarioDocument
    from gui.pages.run_page import RunPage
    from gui.settings import Settings
    from simulator.scenario.loader import load_scenario

    app = create_app([])
    scenario = load_scenario(SCENARIO)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "k.ini"), QSettings.Format.IniFormat))
        document = ScenarioDocument(scenario, SCENARIO)
        page = RunPage(document, settings)
        page.resize(1400, 900)
        page.show()
        app.processEvents()
        settle_heap()  # as `kefulab gui` does once its window is shown
        load = os.getloadavg()
        idle = max(probe_gaps(None, 1.0))
        base, live, probed, threaded = [], [], [], []
        for _ in range(args.repeat):
            base.append(headless(scenario, args.seed))
            live.append(live_run(page, args.seed, probe_on=False))
            probed.append(live_run(page, args.seed))
            threaded.append(max(thread_run(scenario, args.seed)))
        page.close()
    wall = [b[0] for b in base]
    cpu = [b[1] for b in base]
    report = {
        "scenario": SCENARIO.name,
        "seed": args.seed,
        "headless_wall_s": [round(x, 3) for x in wall],
        "live_wall_s": [round(r["seconds"], 3) for r in live],
        "headless_cpu_s": [round(x, 3) for x in cpu],
        "live_cpu_s": [round(r["cpu_s"], 3) for r in live],
        "live_ui_thread_cpu_s": [round(r["ui_cpu_s"], 3) for r in live],
        "probed_cpu_s": [round(r["cpu_s"], 3) for r in probed],
        "cost_wall_median": round(
            statistics.median(r["seconds"] for r in live) / statistics.median(wall) - 1.0, 3
        ),
        "cost_cpu_median": round(
            statistics.median(r["cpu_s"] for r in live) / statistics.median(cpu) - 1.0, 3
        ),
        "cost_cpu_min": round(min(r["cpu_s"] for r in live) / min(cpu) - 1.0, 3),
        # each watched run against the headless run just before it (load drifts less in a pair)
        "cost_cpu_pairs_median": round(
            statistics.median(r["cpu_s"] / c - 1.0 for r, c in zip(live, cpu, strict=True)), 3
        ),
        "cost_cpu_median_with_probe": round(
            statistics.median(r["cpu_s"] for r in probed) / statistics.median(cpu) - 1.0, 3
        ),
        "load_average_1min": [round(load[0], 1), round(os.getloadavg()[0], 1)],
        # the UI thread's share (drawing, Qt, the 10 ms probe) against the headless run
        "ui_thread_cost_cpu_median": round(
            statistics.median(r["ui_cpu_s"] for r in live) / statistics.median(cpu), 3
        ),
        "longest_stall_ms": round(max(r["longest_stall_ms"] for r in probed), 1),
        "longest_stall_ms_median": round(
            statistics.median(r["longest_stall_ms"] for r in probed), 1
        ),
        "control_idle_loop_stall_ms": round(idle * 1000, 1),
        "control_thread_no_view_stall_ms": round(max(threaded) * 1000, 1),
        "p99_gap_ms": round(max(r["p99_gap_ms"] for r in probed), 1),
        "snapshots_per_run": [r["snapshots"] for r in live],
        "frames_shown_per_run": [r["frames_shown"] for r in live],
        "longest_frame_gap_ms": round(max(r["longest_frame_gap_ms"] for r in live + probed), 1),
        "first_frame_ms_median": round(statistics.median(r["first_frame_ms"] for r in live), 1),
        "full_draws_per_run": [r["full_draws"] for r in live],
        "blits_per_run": [r["blits"] for r in live],
        "targets": {"longest_stall_ms": 50, "cost": 0.15, "longest_frame_gap_ms": 200},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
