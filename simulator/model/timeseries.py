"""Hourly time-averages of step functions (queue length, agents typing).

The model only appends ``(time, delta)`` pairs while it runs (cheap); the per-hour averages are
integrated once, vectorised, at the end.
"""

from __future__ import annotations

import numpy as np


class StepLog:
    """Changes of a piecewise-constant quantity that starts at 0."""

    __slots__ = ("times", "deltas")

    def __init__(self) -> None:
        self.times: list[float] = []
        self.deltas: list[float] = []

    def change(self, now: float, delta: float) -> None:
        """Record that the value changes by ``delta`` at time ``now`` (times never decrease)."""
        self.times.append(now)
        self.deltas.append(delta)

    def hourly_averages(self, hours: int) -> np.ndarray:
        """Mean value in each of ``hours`` whole hours from time 0."""
        edges = np.arange(hours + 1) * 3600.0
        if not self.times:
            return np.zeros(hours)
        t = np.asarray(self.times)
        v = np.cumsum(self.deltas)  # value from t[k] until t[k+1]
        # integral F(t[k]) of the value up to each change point
        f = np.concatenate(([0.0], np.cumsum(v[:-1] * np.diff(t))))
        k = np.searchsorted(t, edges, side="right") - 1  # last change at or before each edge
        inside = k >= 0
        f_edges = np.zeros(edges.size)
        f_edges[inside] = f[k[inside]] + v[k[inside]] * (edges[inside] - t[k[inside]])
        return np.diff(f_edges) / 3600.0
