"""Running statistics that cost little per update: a percentile of a growing set of numbers and
the time integral of a step function, both read part-way through a run."""

from __future__ import annotations

import heapq
import math
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from operator import mul

import numpy as np

from simulator.model.timeseries import StepLog

#: changes read at once from which a StepTally reads them in numpy. The numpy path adds floats
#: one after the other, as ``sum`` does up to CPython 3.11; from 3.12 ``sum`` compensates its
#: rounding, so there the numpy path would change a snapshot's last bits and is not used.
_NUMPY_MIN = 64 if sys.version_info < (3, 12) else math.inf


class RunningPercentile:
    """A percentile of a growing set of numbers, as ``numpy.percentile`` computes it (linear
    interpolation between order statistics ``k`` and ``k + 1``): a max-heap holds the lowest
    ``k + 1`` values and a min-heap the rest. A value goes to the heap that must grow, through
    the other one when it belongs there (one ``heappushpop``), so adding it costs O(log n)
    with no rebalancing; many values at once (more than are held) rebuild both heaps from a
    partition instead, in O(n)."""

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

    def extend(self, values: Iterable[float] | np.ndarray) -> None:
        """Add numbers (none of them NaN)."""
        if isinstance(values, np.ndarray):
            if values.size * 4 > self.n:  # a rebuild costs about n/4 additions
                self._rebuild(values)
                return
            values = values.tolist()
        elif len(values) > max(self.n, 64):  # type: ignore[arg-type]
            self._rebuild(np.array(values, float))
            return
        low, high = self._low, self._high
        push, pushpop = heapq.heappush, heapq.heappushpop
        n, q = self.n, self.q
        for x in values:
            n += 1
            if len(low) <= (n - 1) * q:  # low grows: int((n - 1) * q) + 1 values
                if high and x > high[0]:
                    x = pushpop(high, x)
                push(low, -x)
            else:
                if low and x < -low[0]:
                    x = -pushpop(low, -x)
                push(high, x)
        self.n = n

    def _rebuild(self, values: np.ndarray) -> None:
        """Both heaps afresh from what they hold and ``values``."""
        held = np.concatenate([np.array(self._high), values])
        held = np.concatenate([-np.array(self._low), held]) if self._low else held
        n = held.size
        want = int((n - 1) * self.q) + 1
        if want < n:
            held = np.partition(held, want)  # the lowest want values first
        self._low = (-held[:want]).tolist()
        self._high = held[want:].tolist()
        heapq.heapify(self._low)
        heapq.heapify(self._high)
        self.n = n

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


class StepValue:
    """The current value of a :class:`StepLog` (a running sum of the changes not yet read)."""

    __slots__ = ("deltas", "pos", "value")

    def __init__(self, log: StepLog) -> None:
        self.deltas = log.deltas
        self.pos = 0
        self.value = 0

    def read(self) -> int:
        """The value now."""
        deltas = self.deltas
        if len(deltas) != self.pos:
            self.value += sum(deltas[self.pos :])
            self.pos = len(deltas)
        return self.value


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
            if n - pos >= _NUMPY_MIN:
                self._advance_arrays(pos, n)
                return
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

    def _advance_arrays(self, pos: int, n: int) -> None:
        """:meth:`advance` over many changes, all inside the window, in numpy: the products
        summed one after the other (``cumsum``), as ``sum`` adds floats in CPython 3.11, so
        the moment is the same to the bit."""
        # views of the logs, let go before the model appends to them again
        t = np.frombuffer(self.log.times, np.float64, n - pos, pos * 8)
        d = np.frombuffer(self.log.deltas, np.int8, n - pos, pos)
        self.moment += float(np.cumsum(d * t)[-1])
        self.value += int(d.sum(dtype=np.int64))
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
