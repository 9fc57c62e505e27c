"""The handed-off sessions as the event loop sees them, and the re-contacts still to come.

:class:`HumanView` holds a batch's columns as Python lists (element access from the SimPy loop is
several times cheaper than on numpy arrays) and writes the human phase's outcomes back;
:class:`RecontactQueue` keeps future re-contacts earliest first for every desk of a run.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from simulator.model.plan import SessionBatch

#: Outcome columns the human phase fills in, with their starting values.
OUTCOME_DEFAULTS = {
    "resolved": False,
    "abandoned": False,
    "queued": False,
    "censored": False,
    "queue_wait_s": math.nan,
    "frt_s": math.nan,
    "end_s": math.nan,
    "next_contact_s": math.nan,
    "human_replies": 0,
    "human_messages": 0,
    "terse_replies": 0,
    "human_resp_sum_s": 0.0,
    "agent_id": -1,
    "agent_load": math.nan,  # mean chats the serving agent held over this chat's replies
}
_INPUTS = (
    "bot_phase",
    "handoff_s",
    "human_rounds",
    "patience_s",
    "u_resolve",
    "intent",
    "u_recontact",
    "recontact_delay_s",
)


class RecontactQueue:
    """Future re-contacts, earliest first, shared by every service desk of a run."""

    def __init__(self) -> None:
        self._heap: list = []
        self._seq = 0  # tie-breaker, so equal times never compare batches

    def push(self, t: float, batch: SessionBatch, i: int) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (t, self._seq, batch, i))

    def pop_due(self, until: float) -> list[tuple[float, SessionBatch, int]]:
        """Remove and return the re-contacts due before ``until``, in time order."""
        due = []
        while self._heap and self._heap[0][0] < until:
            t, _, batch, i = heapq.heappop(self._heap)
            due.append((t, batch, i))
        return due


class HumanView:
    """A batch's columns as Python lists: element access from the event loop is several times
    cheaper on lists than on numpy arrays. :meth:`write_back` copies outcomes to the batch."""

    def __init__(self, batch: SessionBatch) -> None:
        self.batch = batch
        for name in _INPUTS:
            setattr(self, name, getattr(batch, name).tolist())
        # (round, session) matrices stay numpy: read with .item(), which returns a Python float
        # (cheaper than converting whole matrices, and keeps SimPy's clock on plain floats)
        self.work_s = batch.work_s
        self.think_s = batch.think_s
        n = batch.size
        for name, value in OUTCOME_DEFAULTS.items():
            setattr(self, name, [value] * n)

    def write_back(self, indices) -> None:
        for name in OUTCOME_DEFAULTS:
            column = self.batch.outcome[name]
            column[indices] = np.asarray(getattr(self, name), dtype=column.dtype)[indices]
