"""One run-control protocol for all long work: progress events, a cancel token, an ordered map.

Every long operation (replications, comparisons, sweeps, staffing plans) takes
``progress: ProgressFn | None`` and ``cancel: CancelToken | None``, and the parallel ones an
``executor: concurrent.futures.Executor | None``. They run their items through
:func:`ordered_map`, which

* calls ``fn`` on every item, in this process or through the executor, and returns the results
  in item order (the same numbers whichever ran them);
* reports one :class:`Progress` after each finished item (``done`` rises by one each time, and
  the last event has ``done == total``);
* checks the :class:`CancelToken` between items (in-process) or while waiting (executor): on a
  cancel the pending items are dropped and :class:`Cancelled` is raised, its ``partial`` holding
  the results finished so far, in item order. Work already running finishes (at most one item's
  time) unless the caller also kills its workers
  (:func:`simulator.experiments.executors.shutdown_now`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, wait
from dataclasses import dataclass
from typing import Any, TypeVar

from simulator.common.errors import KefuLabError

T = TypeVar("T")
R = TypeVar("R")

#: How often (seconds) :func:`ordered_map` looks at the cancel token while waiting on an executor.
POLL_S = 0.05


@dataclass(frozen=True)
class Progress:
    """One progress event of a long operation.

    Attributes:
        done: Items finished so far (rises by one per event).
        total: Items in the whole operation.
        label: What is being counted, e.g. ``"sweep"``.
        partial: The result finished at this step (a sweep row, a replication), else ``None``.
    """

    done: int
    total: int
    label: str = ""
    partial: Any = None


ProgressFn = Callable[[Progress], None]


class Cancelled(KefuLabError):
    """A long operation stopped because its :class:`CancelToken` was cancelled.

    Attributes:
        partial: What finished before the cancel (a list, in input order; each operation's
            docstring says what its items are).
    """

    def __init__(self, partial: Any = None, message: str = "cancelled") -> None:
        super().__init__(message)
        self.partial = [] if partial is None else partial


class CancelToken:
    """A flag that asks long work to stop; safe to set from another thread or a signal handler.

    Setting it is one attribute assignment (atomic under the GIL, no lock), so a SIGINT handler
    can call :meth:`cancel` while the main thread is anywhere.
    """

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def check(self, partial: Any = None) -> None:
        """Raise :class:`Cancelled` carrying ``partial`` if :meth:`cancel` was called."""
        if self._cancelled:
            raise Cancelled(partial)


_MISSING = object()


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    executor: Executor | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    label: str = "",
) -> list[R]:
    """``[fn(item) for item in items]``, in this process or through ``executor``.

    Args:
        fn: Called once per item; must be picklable for a process pool.
        items: The work items.
        executor: Runs the items (all submitted at once); ``None`` runs them here, in order.
        progress: Called with a :class:`Progress` after each finished item (in the order they
            finish); its ``partial`` is that item's result.
        cancel: Checked before each item (in-process) or every :data:`POLL_S` seconds while
            waiting (executor).
        label: The events' label.

    Returns:
        The results, in item order.

    Raises:
        Cancelled: ``cancel`` was cancelled; ``partial`` lists the finished results in item
            order. Pending executor work is cancelled first.
    """
    items = list(items)
    total = len(items)
    results: list[Any] = [_MISSING] * total

    def finished() -> list[R]:
        return [r for r in results if r is not _MISSING]

    if executor is None:
        for i, item in enumerate(items):
            if cancel is not None:
                cancel.check(finished())
            results[i] = fn(item)
            if progress is not None:
                progress(Progress(i + 1, total, label, results[i]))
        return results

    index: dict[Future, int] = {}
    pending: set[Future] = set()
    try:
        for i, item in enumerate(items):
            fut = executor.submit(fn, item)
            index[fut] = i
            pending.add(fut)
        done = 0
        while pending:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            timeout = POLL_S if cancel is not None else None
            ready, pending = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
            for fut in sorted(ready, key=index.__getitem__):
                results[index[fut]] = fut.result()
                done += 1
                if progress is not None:
                    progress(Progress(done, total, label, results[index[fut]]))
    except Exception as exc:
        _cancel_all(pending)
        if isinstance(exc, Cancelled) or (cancel is not None and cancel.cancelled):
            # once cancelled, an item that failed (e.g. a worker hit by the same Ctrl-C before
            # it could ignore it: BrokenProcessPool) counts as cancelled, not as an error
            _collect_finished(index, results)
            raise Cancelled(finished()) from None
        raise
    except BaseException:
        _cancel_all(pending)
        raise
    return results


def _cancel_all(futures: Iterable[Future]) -> None:
    for fut in futures:
        fut.cancel()


def _collect_finished(index: dict[Future, int], results: list[Any]) -> None:
    """Keep every result that finished before the cancel, reported or not."""
    for fut, i in index.items():
        finished = fut.done() and not fut.cancelled() and fut.exception() is None
        if results[i] is _MISSING and finished:
            results[i] = fut.result()
