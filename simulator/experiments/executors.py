"""Executors for long work: a local process pool and a Dask distributed cluster.

Both are plain ``concurrent.futures.Executor`` objects handed to ``run_replications``,
``compare_scenarios``, ``run_sweep`` and ``plan_staffing``; results are identical with or
without them. Nothing here sets a start method or any other global state.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
import socket
import time
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager

from simulator.common.errors import InputError

CLUSTER_HINT = 'pip install "kefulab[cluster]"'


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it cancels, then stops us)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProcessPool(ProcessPoolExecutor):
    """A process pool whose ``with`` block stops its workers at once when it exits on an error
    (a cancel, Ctrl-C), instead of waiting for the work still queued."""

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.shutdown(wait=True)
        else:
            shutdown_now(self)
        return False


def process_pool(workers: int) -> ProcessPool:
    """A local pool of ``workers`` processes with an explicit start method: forkserver where
    the OS has it (no fork of a process that may hold threads), else spawn. Workers ignore
    SIGINT, so Ctrl-C reaches only the parent, which cancels and then stops them.

    Raises:
        ValueError: ``workers`` < 1.
    """
    if workers < 1:
        raise ValueError('"workers" must be >= 1.')
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    return ProcessPool(
        workers, mp_context=multiprocessing.get_context(method), initializer=_ignore_sigint
    )


def shutdown_now(executor: Executor) -> None:
    """Stop ``executor`` without waiting for its queued or running work.

    A process pool's pending work is cancelled, its worker processes are terminated and joined,
    so none is left behind; any other executor is shut down with its pending work cancelled.
    """
    if not isinstance(executor, ProcessPoolExecutor):
        try:
            executor.shutdown(wait=False, cancel_futures=True)
        except TypeError:  # an executor whose shutdown() predates cancel_futures (Dask's)
            executor.shutdown(wait=False)
        return
    # the pool's own bookkeeping (CPython keeps no public handle on its workers)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)
    results = getattr(executor, "_result_queue", None)
    executor.shutdown(wait=False, cancel_futures=True)
    _await_cancel_handled(executor, manager)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join()
    if results is not None:
        # A worker stopped while sending a result leaves half a message in the pipe, and the
        # pool's manager thread waits for the rest forever. With the workers gone, closing our
        # own end of the pipe ends that wait (EOF): the manager then marks the pool broken and
        # exits, as it does for any worker that dies.
        results._writer.close()
    if manager is not None:
        manager.join()


def _await_cancel_handled(executor: ProcessPoolExecutor, manager, timeout_s: float = 2.0) -> None:
    """Give the pool's manager thread up to ``timeout_s`` to drop the cancelled work.

    ``shutdown(cancel_futures=True)`` only wakes the manager; it drops cancelled futures when it
    next runs. If it first runs after the workers are gone, Python 3.11 takes the pool for broken
    and sets an exception on every future it still holds, which raises ``InvalidStateError`` in
    its thread for a future the caller had already cancelled. A manager stuck reading half a
    result never gets there: the wait then ends at ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while getattr(executor, "_cancel_pending_futures", False) and time.monotonic() < deadline:
        if manager is None or not manager.is_alive():
            return
        time.sleep(0.002)


@contextmanager
def dask_executor(address: str, timeout_s: float = 10.0) -> Iterator[Executor]:
    """An executor on the Dask distributed scheduler at ``address``; closes the client on exit.

    Raises:
        InputError: one line naming the address: Dask is not installed, the address is
            malformed, unreachable, or not a Dask scheduler.
    """
    client = dask_client(address, timeout_s)
    try:
        yield client.get_executor(pure=False)
    finally:
        client.close()


def dask_client(address: str, timeout_s: float):
    """Connect to a Dask scheduler, or raise a one-line InputError naming the address."""
    try:
        from distributed import Client
        from distributed.comm.addressing import parse_address, parse_host_port
    except ImportError:
        raise InputError(f"--scheduler needs Dask distributed: {CLUSTER_HINT}") from None
    where = f"--scheduler {address}"
    try:
        scheme, location = parse_address(address)
        if scheme == "tcp":
            host, port = parse_host_port(location)
    except ValueError as exc:
        raise InputError(f"{where}: {exc}; expected tcp://HOST:PORT") from None
    if scheme == "tcp":
        # a plain TCP probe first: a refused or unresolvable address fails at once and cleanly
        try:
            socket.create_connection((host, port), timeout=timeout_s).close()
        except OSError as exc:
            reason = "timed out" if isinstance(exc, TimeoutError) else exc.strerror or exc
            raise InputError(f"{where}: cannot reach the Dask scheduler ({reason})") from None
    try:
        # the Dask handshake on its own, so a port that is not a scheduler fails here, before a
        # Client exists (a half-built Client prints a traceback when garbage-collected)
        asyncio.run(_handshake(address, timeout_s))
        return Client(address, timeout=timeout_s, set_as_default=False)
    except Exception as exc:  # noqa: BLE001 - anything there is not a usable scheduler
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"{where}: not a reachable Dask scheduler ({first})") from None


async def _handshake(address: str, timeout_s: float) -> None:
    from distributed.comm import connect

    comm = await connect(address, timeout=timeout_s)
    await comm.close()
