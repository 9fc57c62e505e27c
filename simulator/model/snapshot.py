"""A run part-way through: the :class:`Snapshot` record and the running tallies behind it.

A snapshot is cheap enough to take every simulated minute: nothing here scans every session.
Each source is read past a cursor (or counted as it happens), so the work of a snapshot follows
what happened since the last one:

* a batch's bot phase is planned in full when the batch is made, so each session's outcome of
  that phase (bot resolved, bot left, or handoff by reason; with or without an order) is known
  with its time: sorted once per batch, with the running count of each outcome, read past a
  cursor found by bisection (:mod:`simulator.model.batch_lines`: one row per line and snapshot);
* arrivals are counted on each batch's arrival times, which are sorted already (a cursor);
* each chat the agents finish is put on a list as (batch, index) by the desks' ``on_end`` hook
  and counted by the next snapshot;
* agents typing, queue length and overtime come from the desks' step logs
  (:class:`~simulator.model.tallies.StepTally`, ``StepValue``), FRT p90 from a running
  percentile, and the chats of each on-duty agent from the desks' list of the agents on duty.

Many events at once (a snapshot after hours, as the workbench takes them) are counted in numpy,
a few one by one; both ways give the same numbers to the bit (tests/model/test_snapshot_paths).

Nothing here changes the model: a watched run gives the same result as one that is not.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from simulator.model.batch_lines import (
    BOT_COLUMNS,
    Cursor,
    arrival_line,
    bot_conversion,
    bot_line,
    move_bot_line,
)
from simulator.model.ended_chats import EndedChats
from simulator.model.engine import ModelRun
from simulator.model.human_view import HumanView
from simulator.model.plan import REASONS
from simulator.model.tallies import StepTally, StepValue

#: Keys of ``Snapshot.handed_off_by_reason``: the handoff reasons of the session log.
HANDOFF_REASONS: tuple[str, ...] = REASONS[1:]
#: Key of ``Snapshot.queue_by_group`` when the scenario has no skill groups.
ALL_AGENTS = "all"

# a dict display with these keys is made faster than dict(zip(HANDOFF_REASONS, ...))
_REASON1, _REASON2, _REASON3, _REASON4, _REASON5 = HANDOFF_REASONS
# a cursor first looks this far ahead, so a snapshot after a short step bisects a short range
_GALLOP = 128


@dataclass(frozen=True)
class Snapshot:
    """The run at ``clock_s``, as plain (picklable) numbers.

    Counts cover every session that has arrived so far, warm-up included. The KPIs follow
    :func:`simulator.metrics.kpis.compute_kpis` (sessions arriving in the warm-up left out), over
    what is known at ``clock_s``: a chat still open is not counted in abandonment, FRT, SLA or
    conversion; a session still with the bot counts in the denominator of the bot-resolved share;
    occupancy is typing time over paid agent time from the warm-up to ``clock_s`` (capped at the
    horizon). At the end of the run the KPIs equal ``compute_kpis`` (up to rounding). NaN where
    there is nothing to measure yet.

    Sessions flow: ``arrivals = with_bot + bot_resolved + bot_left + handed_off`` and
    ``handed_off = in_service + (resolved - bot_resolved) + abandoned + human_unresolved``.
    """

    clock_s: float
    arrivals: int  # sessions arrived so far
    with_bot: int  # sessions talking to the bot now
    bot_resolved: int
    bot_left: int  # gave up on the bot
    handed_off: int  # chats that reached the human queue so far (no-bot chats included)
    handed_off_by_reason: Mapping[str, int]  # HANDOFF_REASONS: the session log's reason names
    resolved: int  # by the bot or an agent
    abandoned: int  # left while waiting for an agent's first reply
    ordered: int  # sessions that ended in an order
    queue_by_group: Mapping[str, int]  # customers waiting for a free agent, per skill group
    agents_on_duty: int
    agents_typing: int  # typing a reply now (agents finishing chats after their shift included)
    chats_per_agent: tuple[int, ...]  # open chats held by each on-duty agent
    chat_slots: int  # on-duty agents x concurrency
    arrivals_by_hour: tuple[int, ...]  # per simulated hour so far, the current one partial
    frt_p90_s: float
    frt_sla: float
    abandon_rate: float
    bot_resolved_share: float
    occupancy: float
    conversion_rate: float
    in_service: int = 0  # handed-off chats not over: waiting, or held by an agent
    human_unresolved: int = 0  # chats agents finished without resolving them


# a snapshot is made without the frozen ``__init__`` (which sets the 24 fields one
# ``object.__setattr__`` at a time, a good part of the cost of a snapshot): its fields are
# written straight into a fresh instance's ``__dict__`` (a third cheaper than setting a dict
# built as a display); equality, pickling and ``dataclasses`` all work the same
_new = object.__new__


def _find(line: Cursor, now: float) -> int:
    """Where ``line``'s cursor moves to pass its times before ``now`` (its next one is)."""
    times, pos = line.times, line.pos
    hi = pos + _GALLOP
    if hi < line.size and times[hi] >= now:
        return bisect_left(times, now, pos + 1, hi)
    return bisect_left(times, now, pos + 1)


def _add_rows(sums: tuple[int, ...], lines: list[Cursor]) -> tuple[int, ...]:
    """``sums`` plus the ``row`` of each bot-phase line (the 12 batch_lines.BOT_COLUMNS one by
    one: faster than any loop over them)."""
    c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11 = sums
    for line in lines:
        a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11 = line.row
        c0, c1, c2, c3, c4, c5 = c0 + a0, c1 + a1, c2 + a2, c3 + a3, c4 + a4, c5 + a5
        c6, c7, c8, c9, c10, c11 = c6 + a6, c7 + a7, c8 + a8, c9 + a9, c10 + a10, c11 + a11
    return c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11


class Tally:
    """Running counters of one :class:`ModelRun`, brought up to date by :meth:`snapshot`."""

    def __init__(self, run: ModelRun) -> None:
        s = self.s = run.s
        self.run = run
        self.warmup_s = s.horizon.warmup_hours * 3600.0
        self.horizon_s = s.horizon_s
        self.frt_threshold_s = float(s.kpi.frt_threshold_s)
        self.groups = tuple(s.agents.groups) or (ALL_AGENTS,)
        self.concurrency = s.agents.concurrency
        # bot phase and arrivals, per batch
        self.batches = 0
        self.conversion = bot_conversion(s)
        self.lines: list[Cursor] = []  # bot-phase lines not read to their end
        self.bot_past = (0,) * BOT_COLUMNS  # the counts of the lines read to their end
        self.bot_counts = self.bot_past  # and of all lines (batch_lines.BOT_COLUMNS)
        self.arrival_lines: list[Cursor] = []  # of every batch, for the hourly counts
        self.arrivals_live: list[Cursor] = []  # with arrivals still to come
        self.arrivals_past = 0  # arrivals of the other batches
        self.early = 0 if not self.warmup_s else None  # arrivals in the warm-up, once known
        self.hour_edges = [0]  # arrivals before each whole hour passed
        self.hour_counts: tuple[int, ...] = ()
        # chats the agents finished: those so far, then those the desks put on ``ended``
        self.chats = EndedChats(s, self.warmup_s, self.frt_threshold_s)
        ended = []  # a chat's end time is written when it ends
        for view, human in run.views:
            end_s = view.batch.outcome["end_s"][human]
            if not np.isnan(end_s).all():
                ended.append((view, human[end_s == end_s]))
        if ended:
            self.chats.count_groups(ended)
        # (batch, index) of each chat that ends from now on, for the next snapshot
        self.ended: list[tuple[HumanView, int]] = []
        for desk in run.desks:
            desk.on_end = self.ended.append
        # time integrals from the warm-up to the horizon, as compute_kpis weighs the hours
        lo, hi = self.warmup_s, s.horizon_s
        self.steps = [
            (
                d,
                StepTally(d.typing, lo, hi),
                StepTally(d.overtime, lo, hi),
                StepValue(d.queue_len),
                group,
            )
            for d, group in zip(run.desks, self.groups, strict=True)
        ]
        self.duty = [
            sum(s.agents.group_headcounts(s.agents.on_duty(h % 24))) for h in range(run.hours)
        ]
        self.paid_before = [0.0]  # scheduled agent-seconds in the KPI window before each hour
        for h, n in enumerate(self.duty):
            self.paid_before.append(self.paid_before[-1] + n * self._in_window(h, (h + 1) * 3600.0))

    def _in_window(self, hour: int, until: float) -> float:
        """Seconds from the start of ``hour`` to ``until`` inside ``[warm-up, horizon]``."""
        return max(0.0, min(until, self.s.horizon_s) - max(hour * 3600.0, self.warmup_s))

    # ---- bot phase and arrivals -----------------------------------------------------------
    def _add_batches(self) -> None:
        batches = self.run.batches
        while self.batches < len(batches):
            b = batches[self.batches]
            self.batches += 1
            if b.size:
                self.lines.append(bot_line(b, self.conversion, self.warmup_s))
                arrivals = arrival_line(b)
                self.arrival_lines.append(arrivals)
                self.arrivals_live.append(arrivals)

    def _count_bot_phase(self, now: float) -> None:
        changed = over = False
        for line in self.lines:
            if line.next_s < now:
                k = _find(line, now)
                if line.table is None:
                    move_bot_line(line, k)
                else:  # (move_bot_line's own last step, without the call)
                    r = k * BOT_COLUMNS
                    line.row = tuple(line.table[r : r + BOT_COLUMNS])
                line.pos = k
                line.next_s = line.times[k] if k < line.size else math.inf
                changed = True
                over |= k == line.size
        if not changed:
            return
        if over:  # the counts of a line read to its end join those of the lines before
            done = [line for line in self.lines if line.pos == line.size]
            self.bot_past = _add_rows(self.bot_past, done)
            self.lines = [line for line in self.lines if line.pos < line.size]
        self.bot_counts = _add_rows(self.bot_past, self.lines)

    def _count_arrivals(self, now: float) -> int:
        n, over = self.arrivals_past, False
        for line in self.arrivals_live:
            if line.next_s < now:
                k = line.pos = _find(line, now)
                line.next_s = line.times[k] if k < line.size else math.inf
                over |= k == line.size
            n += line.pos
        if over:  # put aside the batches whose arrivals are all past
            live = self.arrivals_live
            self.arrivals_past += sum(line.size for line in live if line.pos == line.size)
            self.arrivals_live = [line for line in live if line.pos < line.size]
        if self.early is None and now >= self.warmup_s:
            self.early = sum(bisect_left(a.times, self.warmup_s) for a in self.arrival_lines)
        return n

    def _pass_hours(self, hour: int) -> None:
        """Count the arrivals of every whole hour before ``hour`` (once per hour passed)."""
        edges = self.hour_edges
        while len(edges) <= hour:
            edge = len(edges) * 3600.0
            edges.append(sum(bisect_left(a.times, edge) for a in self.arrival_lines))
        self.hour_counts = tuple(b - a for a, b in pairwise(edges))

    # ---- the snapshot ---------------------------------------------------------------------
    def snapshot(self, now: float) -> Snapshot:
        """Bring every counter up to ``now`` and return the picture."""
        run = self.run
        if self.batches < len(run.batches):
            self._add_batches()
        if self.lines:
            self._count_bot_phase(now)
        arrivals = self._count_arrivals(now)
        chats_ended = self.chats
        if self.ended:
            chats_ended.count(self.ended)
            self.ended.clear()
        queues: dict[str, int] = {}
        typing = paid = typing_now = 0.0
        chats: tuple[int, ...] = ()
        for desk, typed, overtime, queue, group in self.steps:
            # (a comprehension reads a slot faster than map(attrgetter); the first: no copy)
            chats += tuple([a.chats for a in desk.staffed])
            typing += typed.integral(now)
            typing_now += typed.value
            paid += overtime.integral(now)
            queues[group] = queue.read()
        # (conditional expressions rather than min/max: those parse keyword arguments)
        hour = int(now // 3600.0)
        if hour >= run.hours:
            hour = run.hours - 1
        if hour >= len(self.hour_edges):
            self._pass_hours(hour)
        start = hour * 3600.0 if hour * 3600.0 > self.warmup_s else self.warmup_s
        end = now if now < self.horizon_s else self.horizon_s
        paid += self.paid_before[hour] + self.duty[hour] * (end - start if end > start else 0.0)
        (
            by_reason1,
            by_reason2,
            by_reason3,
            by_reason4,
            by_reason5,
            handed,
            bot_resolved,
            bot_left,
            bot_orders,
            late_bot_resolved,
            late_bot_presale,
            late_bot_presale_orders,
        ) = self.bot_counts  # as batch_lines.BOT_COLUMNS
        ended, human_resolved = chats_ended.ended, chats_ended.resolved
        (
            abandoned,
            orders,
            presale,
            presale_orders,
            early_ended,
            early_gone,
            early_presale,
            early_orders,
        ) = chats_ended.sums
        late_presale = late_bot_presale + presale - early_presale
        late_presale_orders = late_bot_presale_orders + presale_orders - early_orders
        late_arrivals = arrivals - self.early if self.early is not None else 0

        sla_n = chats_ended.frt.n + abandoned - early_gone
        late_ended = ended - early_ended
        nan = math.nan
        snap = _new(Snapshot)
        d = snap.__dict__
        d["clock_s"] = now
        d["arrivals"] = arrivals
        d["with_bot"] = arrivals - bot_resolved - bot_left - handed
        d["bot_resolved"] = bot_resolved
        d["bot_left"] = bot_left
        d["handed_off"] = handed
        d["handed_off_by_reason"] = {
            _REASON1: by_reason1,
            _REASON2: by_reason2,
            _REASON3: by_reason3,
            _REASON4: by_reason4,
            _REASON5: by_reason5,
        }
        d["resolved"] = bot_resolved + human_resolved
        d["abandoned"] = abandoned
        d["ordered"] = bot_orders + orders
        d["queue_by_group"] = queues
        d["agents_on_duty"] = len(chats)
        d["agents_typing"] = int(typing_now)
        d["chats_per_agent"] = chats
        d["chat_slots"] = len(chats) * self.concurrency
        d["arrivals_by_hour"] = (*self.hour_counts, arrivals - self.hour_edges[-1])
        d["frt_p90_s"] = chats_ended.frt_p90_s
        # abandoners are misses, as in the frt_sla KPI
        d["frt_sla"] = chats_ended.frt_sla / sla_n if sla_n else nan
        d["abandon_rate"] = (abandoned - early_gone) / late_ended if late_ended else nan
        d["bot_resolved_share"] = late_bot_resolved / late_arrivals if late_arrivals else nan
        d["occupancy"] = typing / paid if paid else nan
        d["conversion_rate"] = late_presale_orders / late_presale if late_presale else nan
        d["in_service"] = handed - ended
        d["human_unresolved"] = ended - human_resolved - abandoned
        return snap
