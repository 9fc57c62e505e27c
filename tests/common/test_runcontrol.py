"""The run-control protocol: ordered results, monotone progress, cancel keeps what finished."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from simulator.common.errors import KefuLabError
from simulator.common.runcontrol import Cancelled, CancelToken, Progress, ordered_map


def _square(x: int) -> int:
    return x * x


def test_in_process_results_in_order_and_progress_monotone():
    events: list[Progress] = []
    out = ordered_map(_square, range(6), progress=events.append, label="squares")
    assert out == [0, 1, 4, 9, 16, 25]
    assert [e.done for e in events] == [1, 2, 3, 4, 5, 6]
    assert {e.total for e in events} == {6} and {e.label for e in events} == {"squares"}
    assert [e.partial for e in events] == out


def test_executor_gives_the_same_results_and_progress_ends_at_total():
    events: list[Progress] = []
    with ThreadPoolExecutor(3) as pool:
        out = ordered_map(_square, range(20), executor=pool, progress=events.append)
    assert out == [x * x for x in range(20)]
    assert [e.done for e in events] == list(range(1, 21))
    assert sorted(e.partial for e in events) == sorted(out)


def test_cancel_in_process_keeps_the_finished_results():
    token = CancelToken()
    calls: list[int] = []

    def fn(x: int) -> int:
        calls.append(x)
        return x * 10

    def progress(event: Progress) -> None:
        if event.done == 3:
            token.cancel()

    with pytest.raises(Cancelled) as info:
        ordered_map(fn, range(8), progress=progress, cancel=token)
    assert info.value.partial == [0, 10, 20]
    assert calls == [0, 1, 2]  # nothing ran after the cancel
    assert isinstance(info.value, KefuLabError)


def test_cancel_through_an_executor_keeps_finished_results_in_input_order():
    token = CancelToken()
    release = threading.Event()  # items from 4 on wait for it: the cancel comes first

    def fn(x: int) -> int:
        if x >= 4:
            release.wait()
        return x * x

    def progress(event: Progress) -> None:
        if event.done == 4:
            token.cancel()

    with ThreadPoolExecutor(1) as pool:
        try:
            with pytest.raises(Cancelled) as info:
                ordered_map(fn, range(50), executor=pool, progress=progress, cancel=token)
        finally:
            release.set()
    assert info.value.partial == [0, 1, 4, 9]


def test_a_token_cancelled_before_the_start_runs_nothing():
    token = CancelToken()
    token.cancel()
    assert token.cancelled
    with pytest.raises(Cancelled) as info:
        ordered_map(_square, range(3), cancel=token)
    assert info.value.partial == []


def test_a_failing_item_cancels_the_rest_and_raises_its_error():
    def fn(x: int) -> int:
        if x == 2:
            raise ValueError("bad item")
        return x

    with ThreadPoolExecutor(1) as pool, pytest.raises(ValueError, match="bad item"):
        ordered_map(fn, range(10), executor=pool)


def test_check_raises_only_when_cancelled():
    token = CancelToken()
    token.check(["x"])  # not cancelled: nothing happens
    token.cancel()
    with pytest.raises(Cancelled) as info:
        token.check(["x"])
    assert info.value.partial == ["x"]


def test_an_item_failing_after_the_cancel_counts_as_cancelled():
    token = CancelToken()

    def fn(x: int) -> int:
        if x == 2:  # e.g. a worker process killed by the same Ctrl-C
            token.cancel()
            raise RuntimeError("worker died")
        return x

    with ThreadPoolExecutor(1) as pool, pytest.raises(Cancelled) as info:
        ordered_map(fn, range(5), executor=pool, cancel=token)
    partial = info.value.partial
    assert partial[:2] == [0, 1] and 2 not in partial  # what finished is kept, in order
