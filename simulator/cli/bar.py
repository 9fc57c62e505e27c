"""A small progress bar with ETA for long work, written to stderr."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from simulator.cli.format import printable
from simulator.common.runcontrol import Progress


class ProgressBar:
    """A :class:`~simulator.common.runcontrol.Progress` listener (also callable as
    ``(done, total)``); redraws in place on a terminal, prints sparse lines otherwise."""

    def __init__(self, label: str, stream: TextIO | None = None, min_interval_s: float = 0.2):
        self.label = printable(label)  # labels carry scenario names: no raw escapes
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.min_interval_s = min_interval_s
        self._last = 0.0
        self._open = False  # a partial line is on the terminal
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, event: Progress | int, total: int | None = None) -> None:
        if isinstance(event, Progress):
            done, total = event.done, event.total
        else:
            done, total = event, int(total or 0)
        now = time.monotonic()
        if done < total and now - self._last < self.min_interval_s:
            return
        self._last = now
        elapsed = now - self.start
        eta = elapsed / done * (total - done) if done else float("nan")
        width = 24
        fill = int(width * done / total) if total else width
        bar = "#" * fill + "-" * (width - fill)
        eta_txt = f"ETA {eta:5.0f} s" if done < total else f"done in {elapsed:.1f} s"
        line = f"{self.label} [{bar}] {done}/{total} {eta_txt}"
        if self.tty:
            end = "\n" if done >= total else ""
            self._open = done < total
            self.stream.write("\r" + line + end)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End a line left open on a terminal (work stopped before its last step)."""
        if self._open:
            self.stream.write("\n")
            self.stream.flush()
            self._open = False
