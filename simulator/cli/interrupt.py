"""Ctrl-C cancels long work: the first SIGINT sets a cancel token, a second one interrupts.

A command wraps its long operation in :func:`cancel_on_interrupt` and passes the token on;
the operation stops at its next check (within about one replication) and raises
``Cancelled`` with what it finished, which the command can still print or write.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from simulator.common.runcontrol import CancelToken

#: Exit status of a command stopped by Ctrl-C (128 + SIGINT), as shells report it.
EXIT_INTERRUPTED = 130


@contextmanager
def cancel_on_interrupt() -> Iterator[CancelToken]:
    """A token that the first Ctrl-C cancels; a second Ctrl-C raises ``KeyboardInterrupt``.

    Outside the main thread (signals cannot be handled there) the token is only returned.
    """
    token = CancelToken()
    if threading.current_thread() is not threading.main_thread():
        yield token
        return

    def on_sigint(signum, frame) -> None:
        # no printing here: the handler may run in the middle of a write to stderr
        token.cancel()
        signal.signal(signal.SIGINT, signal.default_int_handler)  # the next Ctrl-C is hard

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
