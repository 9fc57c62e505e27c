"""Hourly time-averages of step functions (queue length, agents typing).

The model only appends ``(time, delta)`` pairs while it runs (cheap); the per-hour averages are
integrated once, vectorised, at the end. The pairs are kept in flat arrays (9 bytes a change, not
a list's float object and two pointers): a busy day logs millions of changes.
"""

from __future__ import annotations

from array import array

import numpy as np


class StepLog:
    """Changes of a piecewise-constant quantity that starts at 0, by small whole steps."""

    __slots__ = ("times", "deltas")

    def __init__(self) -> None:
        self.times = array("d")
        self.deltas = array("b")  # -128 .. 127

    def change(self, now: float, delta: int) -> None:
        """Record that the value changes by ``delta`` at time ``now`` (times never decrease)."""
        self.times.append(now)
        self.deltas.append(delta)

    def hourly_averages(self, hours: int) -> np.ndarray:
        """Mean value in each of ``hours`` whole hours from time 0."""
        edges = np.arange(hours + 1) * 3600.0
        if not self.times:
            return np.zeros(hours)
        # views of the arrays (gone when this returns: a live view would stop them growing),
        # and the integral F(t[k]) of the value up to each change point computed in place, as
        # a busy day logs millions of changes
        t = np.frombuffer(self.times)
        v = np.cumsum(np.frombuffer(self.deltas, np.int8), dtype=np.int64)  # from t[k] on
        f = np.zeros(t.size)
        np.subtract(t[1:], t[:-1], out=f[1:])
        np.multiply(v[:-1], f[1:], out=f[1:])
        np.cumsum(f[1:], out=f[1:])
        k = np.searchsorted(t, edges, side="right") - 1  # last change at or before each edge
        inside = k >= 0
        f_edges = np.zeros(edges.size)
        f_edges[inside] = f[k[inside]] + v[k[inside]] * (edges[inside] - t[k[inside]])
        return np.diff(f_edges) / 3600.0
