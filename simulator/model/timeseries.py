"""Hourly time-averages of step functions (queue length, agents typing)."""

from __future__ import annotations

import numpy as np


class HourlyAverage:
    """Integrates a piecewise-constant quantity into per-hour areas.

    Call :meth:`change` with the current time and the new value whenever it changes;
    :meth:`averages` returns the mean value in each hour.
    """

    __slots__ = ("area", "value", "last", "hours")

    def __init__(self, hours: int) -> None:
        self.hours = hours
        self.area = np.zeros(hours)
        self.value = 0.0
        self.last = 0.0

    def change(self, now: float, delta: float) -> None:
        """Add ``delta`` to the value at time ``now``."""
        last = self.last
        if now > last and self.value:
            h0 = int(last // 3600.0)
            h1 = int(now // 3600.0)
            if h0 == h1:
                if h0 < self.hours:
                    self.area[h0] += self.value * (now - last)
            else:
                self._spread(last, now)
        self.last = now
        self.value += delta

    def _spread(self, start: float, end: float) -> None:
        h = int(start // 3600.0)
        while start < end and h < self.hours:
            stop = min(end, (h + 1) * 3600.0)
            self.area[h] += self.value * (stop - start)
            start = stop
            h += 1

    def averages(self, now: float) -> np.ndarray:
        self.change(now, 0.0)
        return self.area / 3600.0
