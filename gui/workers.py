"""Work off the UI thread: generator workers (as superqt/napari do them) and a process job.

A :class:`GeneratorWorker` runs a generator in ``QThreadPool.globalInstance()`` and emits each
yielded value; it can pause, resume and abort at a yield. Its signals live on a separate
:class:`WorkerSignals` ``QObject`` (a ``QRunnable`` is not a ``QObject``), created in the thread
that builds the worker, so slots run there (queued connections).

A :class:`ProcessJob` runs one long function that takes ``executor``, ``progress`` and
``cancel`` keyword arguments (the run-control protocol of :mod:`simulator.common.runcontrol`)
in a pool thread, hands it a process pool, and reports ``Progress`` events as signals:
multi-replication work runs in processes, never in threads of this process.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Generator
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from simulator.common.runcontrol import Cancelled, CancelToken, Progress
from simulator.experiments.executors import process_pool, shutdown_now


def _emit(signal, *args) -> None:
    """Emit from a worker thread; a window closed (or an app torn down) mid-run has deleted the
    signals' QObject, and the worker then finishes quietly instead of raising in the pool."""
    with contextlib.suppress(RuntimeError):  # "Signal source has been deleted"
        signal.emit(*args)


class WorkerSignals(QObject):
    """Signals of a worker; emitted from the pool thread, delivered in the owner's thread."""

    started = Signal()
    yielded = Signal(object)  # each value the generator yields
    returned = Signal(object)  # the generator's return value (not emitted when aborted)
    errored = Signal(object)  # the exception the generator raised
    aborted = Signal()  # quit() was honoured at a yield
    paused = Signal()
    resumed = Signal()
    finished = Signal()  # always last, whatever the outcome
    _done = Signal(object)  # internal: lets the owner thread drop its reference


class ProcessJobSignals(QObject):
    """The signals a :class:`ProcessJob` adds to :class:`WorkerSignals`."""

    progress = Signal(object)  # a simulator.common.runcontrol.Progress
    cancelled = Signal(object)  # the partial results (list, in input order)


class _Tracked(QRunnable):
    """A runnable kept alive (from Python) while the pool runs it."""

    _alive: ClassVar[set[_Tracked]] = set()

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = WorkerSignals()
        self.signals._done.connect(_Tracked._alive.discard)

    def start(self) -> None:
        """Queue the worker on the global thread pool."""
        if self in _Tracked._alive:
            raise RuntimeError("this worker was already started")
        _Tracked._alive.add(self)
        pool = QThreadPool.globalInstance()
        # Workers mostly wait (paused, or on worker processes), so a worker never queues behind
        # others: the pool (one thread per core by default) grows by a thread when all are busy.
        if not pool.tryStart(self):
            pool.setMaxThreadCount(pool.maxThreadCount() + 1)
            pool.start(self)

    @property
    def started(self):  # noqa: D102 - signal pass-through, as superqt's WorkerBase
        return self.signals.started

    @property
    def returned(self):  # noqa: D102
        return self.signals.returned

    @property
    def errored(self):  # noqa: D102
        return self.signals.errored

    @property
    def finished(self):  # noqa: D102
        return self.signals.finished


class GeneratorWorker(_Tracked):
    """Run ``func(*args, **kwargs)`` (a generator function) in the global thread pool.

    Between two values the worker checks for ``quit()`` (the generator is closed and
    ``aborted`` emitted) and ``pause()`` (it waits, without polling, until ``resume()``).
    An exception raised by the generator is emitted on ``errored``; it never reaches Qt.
    """

    def __init__(self, func: Callable[..., Generator[Any, None, Any]], *args, **kwargs) -> None:
        super().__init__()
        self._gen = func(*args, **kwargs)
        if not isinstance(self._gen, Generator):
            raise TypeError(f"{func!r} is not a generator function")
        self._cond = threading.Condition()
        self._abort = False
        self._pause_requested = False
        self._paused = False

    @property
    def yielded(self):  # noqa: D102
        return self.signals.yielded

    @property
    def aborted(self):  # noqa: D102
        return self.signals.aborted

    @property
    def paused(self):  # noqa: D102
        return self.signals.paused

    @property
    def resumed(self):  # noqa: D102
        return self.signals.resumed

    @property
    def abort_requested(self) -> bool:
        return self._abort

    @property
    def is_paused(self) -> bool:
        return self._paused

    def quit(self) -> None:
        """Ask the worker to stop at the next yield (wakes it if paused)."""
        with self._cond:
            self._abort = True
            self._cond.notify_all()

    def pause(self) -> None:
        """Ask the worker to pause at the next yield (safe from any thread)."""
        with self._cond:
            if not self._paused:
                self._pause_requested = True

    def resume(self) -> None:
        """Resume a paused worker (or withdraw a pause not yet honoured)."""
        with self._cond:
            self._pause_requested = False
            self._paused = False
            self._cond.notify_all()

    def _checkpoint(self) -> bool:
        """Honour pause and quit requests; True when the worker must stop."""
        with self._cond:
            if self._pause_requested and not self._abort:
                self._pause_requested = False
                self._paused = True
                _emit(self.signals.paused)
                while self._paused and not self._abort:
                    self._cond.wait()
                if not self._abort:
                    _emit(self.signals.resumed)
            return self._abort

    def run(self) -> None:
        """Called by the pool: drive the generator, emit what happens."""
        sig = self.signals
        _emit(sig.started)
        try:
            while True:
                if self._checkpoint():
                    self._gen.close()
                    _emit(sig.aborted)
                    break
                try:
                    value = next(self._gen)
                except StopIteration as stop:
                    _emit(sig.returned, stop.value)
                    break
                _emit(sig.yielded, value)
        except Exception as exc:  # delivered to the UI, never raised into Qt
            _emit(sig.errored, exc)
        finally:
            self._gen = None
            _emit(sig.finished)
            _emit(sig._done, self)


class ProcessJob(_Tracked):
    """Run ``func(*args, executor=pool, progress=..., cancel=token, **kwargs)`` in a pool thread
    with a process pool of ``workers`` processes.

    Signals: ``progress(Progress)``, ``returned(result)``, ``cancelled(partial)`` (the results
    finished before ``cancel()``, as :class:`Cancelled` carries them), ``errored(exc)`` and
    ``finished``. Whatever happens, no worker process is left behind.
    """

    def __init__(self, func: Callable[..., Any], *args, workers: int = 2, **kwargs) -> None:
        super().__init__()
        if workers < 1:
            raise ValueError('"workers" must be >= 1.')
        self.events = ProcessJobSignals()
        self._call = (func, args, kwargs)
        self.workers = workers
        self.token = CancelToken()

    @property
    def progress(self):  # noqa: D102
        return self.events.progress

    @property
    def cancelled(self):  # noqa: D102
        return self.events.cancelled

    def cancel(self) -> None:
        """Stop: pending replications are dropped and running worker processes ended."""
        self.token.cancel()

    def _report(self, event: Progress) -> None:
        _emit(self.events.progress, event)

    def run(self) -> None:
        """Called by the pool."""
        func, args, kwargs = self._call
        sig = self.signals
        _emit(sig.started)
        executor = None
        clean = False
        try:
            executor = process_pool(self.workers)
            result = func(
                *args, executor=executor, progress=self._report, cancel=self.token, **kwargs
            )
            clean = True
            _emit(sig.returned, result)
        except Cancelled as exc:
            _emit(self.events.cancelled, exc.partial)
        except Exception as exc:
            _emit(sig.errored, exc)
        finally:
            if executor is not None:
                if clean:
                    executor.shutdown(wait=True)
                else:
                    shutdown_now(executor)
            _emit(sig.finished)
            _emit(sig._done, self)


def stop_all_workers(msecs: int = 10_000) -> bool:
    """Ask every running worker to stop (generators quit, process jobs cancel) and wait up to
    ``msecs`` for the pool; for the main window's close. True when all have finished."""
    for worker in list(_Tracked._alive):
        if isinstance(worker, GeneratorWorker):
            worker.quit()
        elif isinstance(worker, ProcessJob):
            worker.cancel()
    return QThreadPool.globalInstance().waitForDone(msecs)
