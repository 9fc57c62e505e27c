"""Generator workers (yield, pause, abort, errors) and the process job (progress, cancel)."""

from __future__ import annotations

import multiprocessing
import threading

import pytest

pytest.importorskip("PySide6")

from gui.workers import GeneratorWorker, ProcessJob  # noqa: E402
from simulator.common.errors import KefuLabError  # noqa: E402
from simulator.experiments.replications import Replications, run_replications  # noqa: E402
from simulator.scenario.loader import load_scenario  # noqa: E402
from tests.conftest import SCENARIOS  # noqa: E402


def count_to(n: int, closed: threading.Event | None = None):
    try:
        yield from range(n)
    finally:
        if closed is not None:
            closed.set()
    return "done"


def forever(closed: threading.Event, started: threading.Event | None = None):
    if started is not None:
        started.set()
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        closed.set()


def fails_after_one():
    yield 1
    raise KefuLabError("scenario.yaml: agents.count: must be >= 1")


def test_generator_worker_yields_every_value_then_returns(qtbot):
    worker = GeneratorWorker(count_to, 5)
    seen: list[int] = []
    returned: list = []
    worker.yielded.connect(seen.append)
    worker.returned.connect(returned.append)
    with qtbot.waitSignals([worker.returned, worker.finished], order="strict"):
        worker.start()
    assert seen == [0, 1, 2, 3, 4]
    assert returned == ["done"]


def test_generator_worker_aborts_at_a_yield(qtbot):
    closed = threading.Event()
    worker = GeneratorWorker(forever, closed)
    returned: list = []
    worker.returned.connect(returned.append)
    worker.yielded.connect(lambda i: worker.quit() if i >= 3 else None)
    with qtbot.waitSignals([worker.aborted, worker.finished], order="strict"):
        worker.start()
    assert closed.is_set()  # the generator was closed (its finally ran)
    assert returned == []


def test_generator_worker_pauses_before_the_next_value_and_resumes(qtbot):
    worker = GeneratorWorker(count_to, 3)
    seen: list[int] = []
    worker.yielded.connect(seen.append)
    worker.pause()
    with qtbot.waitSignal(worker.paused):
        worker.start()
    assert worker.is_paused
    assert seen == []
    with qtbot.waitSignals([worker.resumed, worker.returned]):
        worker.resume()
    assert seen == [0, 1, 2]


def test_quit_wakes_a_paused_worker(qtbot):
    worker = GeneratorWorker(count_to, 3)
    seen: list[int] = []
    worker.yielded.connect(seen.append)
    worker.pause()
    with qtbot.waitSignal(worker.paused):
        worker.start()
    with qtbot.waitSignals([worker.aborted, worker.finished]):
        worker.quit()
    assert seen == []


def test_generator_worker_delivers_errors(qtbot):
    worker = GeneratorWorker(fails_after_one)
    errors: list = []
    worker.errored.connect(errors.append)
    with qtbot.waitSignals([worker.errored, worker.finished], order="strict"):
        worker.start()
    (exc,) = errors
    assert isinstance(exc, KefuLabError)
    assert "agents.count" in str(exc)


def test_generator_worker_needs_a_generator_function():
    with pytest.raises(TypeError):
        GeneratorWorker(lambda: 1)


@pytest.fixture(scope="module")
def small_scenario():
    return load_scenario(SCENARIOS / "traffic" / "mmc_reference.yaml", days=1)


def test_process_job_reports_progress_and_gives_the_in_process_numbers(qtbot, small_scenario):
    job = ProcessJob(run_replications, small_scenario, 3, 11, workers=2)
    events = []
    job.progress.connect(events.append)
    returned: list = []
    job.returned.connect(returned.append)
    with qtbot.waitSignals([job.returned, job.finished], timeout=120_000):
        job.start()
    (reps,) = returned
    assert isinstance(reps, Replications)
    assert [e.done for e in events] == [1, 2, 3]
    assert events[-1].total == 3
    here = run_replications(small_scenario, 3, 11)
    # repr: a KPI without data is NaN, which == never matches
    assert repr([r.kpis for r in reps.runs]) == repr([r.kpis for r in here.runs])


def test_cancelling_a_process_job_keeps_partial_results_and_leaves_no_process(
    qtbot, small_scenario
):
    job = ProcessJob(run_replications, small_scenario, 40, 3, workers=2)
    job.progress.connect(lambda event: job.cancel())
    cancelled: list = []
    job.cancelled.connect(cancelled.append)
    returned: list = []
    job.returned.connect(returned.append)
    with qtbot.waitSignal(job.finished, timeout=120_000):
        job.start()
    assert returned == []
    assert len(cancelled) == 1
    partial = cancelled[0]
    assert 1 <= len(partial) < 40
    assert [r.replication for r in partial] == sorted(r.replication for r in partial)
    assert multiprocessing.active_children() == []


def test_stop_all_workers_stops_a_running_generator(qtbot):
    from gui.workers import stop_all_workers

    closed, started = threading.Event(), threading.Event()
    worker = GeneratorWorker(forever, closed, started)
    aborted: list = []
    worker.aborted.connect(lambda: aborted.append(True))
    worker.start()
    qtbot.waitUntil(started.is_set)
    assert stop_all_workers(10_000)
    assert closed.is_set()
    qtbot.waitUntil(lambda: aborted == [True])


def test_a_worker_never_queues_behind_paused_ones(qtbot):
    from PySide6.QtCore import QThreadPool

    held = [
        GeneratorWorker(count_to, 3) for _ in range(QThreadPool.globalInstance().maxThreadCount())
    ]
    for worker in held:  # every pool thread is taken by a paused worker
        worker.pause()
        with qtbot.waitSignal(worker.paused):
            worker.start()
    late = GeneratorWorker(count_to, 2)
    try:
        with qtbot.waitSignal(late.returned, timeout=10_000):
            late.start()
    finally:
        for worker in held:
            with qtbot.waitSignal(worker.finished):
                worker.quit()
