"""Running statistics that cost little per update: a percentile of a growing set of numbers and
the time integral of a step function, both read part-way through a run."""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import mul

from simulator.model.timeseries import StepLog


class RunningPercentile:
    """A percentile of a growing set of numbers, as ``numpy.percentile`` computes it (linear
    interpolation between order statistics ``k`` and ``k + 1``): a max-heap holds the lowest
    ``k + 1`` values and a min-heap the rest, so adding a value costs O(log n)."""

    def __init__(self, q: float) -> None:
        if not 0 <= q <= 100:
            raise ValueError(f'"q" must be between 0 and 100, got {q}.')
        self.q = q / 100.0
        self.n = 0
        self._low: list[float] = []  # negated values: a max-heap
        self._high: list[float] = []

    def add(self, x: float) -> None:
        """Add a number (not NaN)."""
        self.extend((x,))

    def extend(self, values: Iterable[float]) -> None:
        """Add numbers (none of them NaN)."""
        low, high = self._low, self._high
        push = heapq.heappush
        n = self.n
        for x in values:
            if high and x > high[0]:
                push(high, x)
            else:
                push(low, -x)
            n += 1
        self.n = n
        want = int((n - 1) * self.q) + 1 if n else 0
        while len(low) > want:
            push(high, -heapq.heappop(low))
        while len(low) < want:
            push(low, -heapq.heappop(high))

    def value(self) -> float:
        """The percentile of the numbers added so far (NaN if none)."""
        if not self.n:
            return math.nan
        index = (self.n - 1) * self.q
        t = index - int(index)
        a = -self._low[0]
        if not t:
            return a
        b = self._high[0]
        diff = b - a
        return b - diff * (1 - t) if t >= 0.5 else a + diff * t  # as numpy's _lerp


class StepTally:
    """The current value of a :class:`StepLog` and its integral over ``[lo, min(now, hi)]``.

    Both are running sums over the changes not yet read: with ``c`` clipping a time to
    ``[lo, hi]``, the integral is ``sum(d_k * (c(now) - c(t_k)))``, that is
    ``value * c(now) - sum(d_k * c(t_k))``.
    """

    __slots__ = ("log", "lo", "hi", "pos", "value", "moment")

    def __init__(self, log: StepLog, lo: float, hi: float) -> None:
        self.log, self.lo, self.hi = log, lo, hi
        self.pos = 0
        self.value = 0.0
        self.moment = 0.0

    def advance(self) -> None:
        """Read the changes logged since the last call."""
        times, deltas = self.log.times, self.log.deltas
        n, pos = len(times), self.pos
        if n == pos:
            return
        lo, hi = self.lo, self.hi
        if lo <= times[pos] and times[n - 1] <= hi:  # all inside the window (the usual case)
            self.moment += sum(map(mul, deltas[pos:n], times[pos:n]))
        else:
            i1 = bisect_left(times, lo, pos, n)
            i2 = bisect_right(times, hi, i1, n)
            self.moment += (
                lo * sum(deltas[pos:i1])
                + sum(map(mul, deltas[i1:i2], times[i1:i2]))
                + hi * sum(deltas[i2:n])
            )
        self.value += sum(deltas[pos:n])
        self.pos = n

    def read(self) -> float:
        """The value now (the changes logged so far read first)."""
        if len(self.log.times) != self.pos:
            self.advance()
        return self.value

    def integral(self, now: float) -> float:
        """Integral of the value over ``[lo, min(now, hi)]`` (the changes logged so far read
        first; ``now`` not before the last of them)."""
        if len(self.log.times) != self.pos:
            self.advance()
        t = now if now > self.lo else self.lo  # not min/max: those parse keyword arguments
        return self.value * (t if t < self.hi else self.hi) - self.moment
