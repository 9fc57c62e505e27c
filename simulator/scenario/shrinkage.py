"""Shrinkage: scheduled (paid) agents vs agents on duty (``agents.shrinkage``, docs/shifts.md).

On duty = ``floor(scheduled x (1 - s))``; its inverse, the fewest to schedule for ``n`` on duty,
is ``ceil(n / (1 - s))`` (the Erlang calculator's rule). Both allow 1e-9 for rounding so that
the round trip always gives back at least ``n``.
"""

from __future__ import annotations

import math


def on_duty_after_shrinkage(scheduled: int, shrinkage: float) -> int:
    """``floor(scheduled x (1 - shrinkage))``: agents available for chats."""
    if shrinkage <= 0:
        return scheduled
    return math.floor(scheduled * (1.0 - shrinkage) + 1e-9)


def scheduled_for(on_duty: int, shrinkage: float) -> int:
    """Fewest agents to schedule so that ``on_duty`` are available: ``ceil(n / (1 - s))``."""
    if shrinkage <= 0 or on_duty <= 0:
        return max(on_duty, 0)
    return math.ceil(on_duty / (1.0 - shrinkage) - 1e-9)
