"""The handed-off sessions as the event loop sees them, and the re-contacts still to come.

:class:`HumanView` gives the event loop a batch's columns as memoryviews: element access yields
plain Python numbers at close to list speed, without a Python object per session, and outcomes
are written straight into the batch's columns; :class:`RecontactQueue` keeps future re-contacts
earliest first for every desk of a run.
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
    "human_start",
    "work_s",
    "think_s",
    "patience_s",
    "u_resolve",
    "intent",
    "u_recontact",
    "recontact_delay_s",
)


#: Batch columns read by nothing but the human phase (the re-contact draws of chats that end
#: with the bot are read when the batch is made): emptied when the batch's last chat is over.
HUMAN_PHASE_ONLY = (
    "human_start",
    "work_s",
    "think_s",
    "patience_s",
    "u_resolve",
    "u_recontact",
    "recontact_delay_s",
)
_NONE = np.empty(0)


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
    """A batch's columns as memoryviews, indexed by session: reading one yields a Python float,
    int or bool at close to the cost of a list (several times cheaper than numpy indexing, and
    SimPy's clock stays on plain floats), and writing one fills in the batch's outcome column
    (``OUTCOME_DEFAULTS``) in place, so no per-session Python object outlives its chat.

    A column's memoryview is made when first read and let go when the batch's last handed-off
    chat is over (:meth:`chat_over`), so a long run holds views only of batches still in play.
    """

    def __init__(self, batch: SessionBatch, chats: int) -> None:
        self.batch = batch
        self.open = chats  # handed-off chats of the batch not over yet

    def __getattr__(self, name: str) -> memoryview:
        """The memoryview of column ``name`` (called only when it is not made yet)."""
        if name in _INPUTS:
            column = getattr(self.batch, name)
        elif name in OUTCOME_DEFAULTS:
            column = self.batch.outcome[name]
        else:
            raise AttributeError(name)
        view = memoryview(column)
        setattr(self, name, view)
        return view

    def chat_over(self) -> None:
        """One of the batch's chats is over; after the last, the memoryviews are let go, and
        the columns only the human phase reads (``HUMAN_PHASE_ONLY``) are freed."""
        self.open -= 1
        if not self.open:
            self.__dict__ = {"batch": self.batch, "open": 0}
            for name in HUMAN_PHASE_ONLY:
                setattr(self.batch, name, _NONE)

    def write_back(self, indices) -> None:
        """Nothing to copy: the outcomes of ``indices`` are in the batch's columns already."""
