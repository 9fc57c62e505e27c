"""A run part-way through: the :class:`Snapshot` record and the running tallies behind it.

A snapshot is cheap enough to take every simulated minute: nothing here scans every session.
Each source is read past a cursor (or counted as it happens), so the work of a snapshot follows
what happened since the last one:

* a batch's bot phase is planned in full when the batch is made, so each session's outcome of
  that phase (bot resolved, bot left, or handoff by reason; with or without an order) is known
  with its time: sorted once per batch, then counted past a cursor found by bisection;
* arrivals are counted on each batch's arrival times, which are sorted already;
* each chat the agents finish is put on two lists (its batch, its index) by the desks' ``on_end``
  hook and counted by the next snapshot;
* agents typing, queue length and overtime come from the desks' step logs
  (:class:`~simulator.model.tallies.StepTally`), FRT p90 from a running percentile, and the
  chats of each on-duty agent from the desks' list of the agents on duty.

Nothing here changes the model: a watched run gives the same result as one that is not.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

import numpy as np

from simulator.model.ended_chats import EndedChats
from simulator.model.engine import ModelRun
from simulator.model.human_view import HumanView
from simulator.model.plan import BOT_LEFT, BOT_RESOLVED, HANDED_OFF, NO_BOT, REASONS, SessionBatch
from simulator.model.service import Chat
from simulator.model.tallies import StepTally
from simulator.scenario.schema import INTENTS, Scenario

#: Keys of ``Snapshot.handed_off_by_reason``: the handoff reasons of the session log.
HANDOFF_REASONS: tuple[str, ...] = REASONS[1:]
#: Key of ``Snapshot.queue_by_group`` when the scenario has no skill groups.
ALL_AGENTS = "all"

PRESALE = INTENTS.index("presale")
# Kinds of bot-phase outcome on a batch's time line: a handoff (one kind per reason), or an end
# with the bot, kind _BOT_END + 4 * left + 2 * presale + ordered; sessions that arrive after the
# warm-up count _KINDS more, so the KPIs can leave the warm-up out.
_BOT_END = len(HANDOFF_REASONS)
_KINDS = _BOT_END + 8

_CHATS = attrgetter("chats")
# bot-phase ends read at once up to which a plain loop counts them (beyond, bytes.count per kind)
_LOOP_MAX = 16


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
# ``object.__setattr__`` at a time, a good part of the cost of a snapshot): its ``__dict__`` is
# set in one go; equality, pickling and ``dataclasses`` all work the same
_new = object.__new__
_set = object.__setattr__


def _bot_conversion(s: Scenario) -> tuple[np.ndarray, np.ndarray]:
    """Per intent, the chance of an order of a chat that ends with the bot, resolved or not:
    what :func:`~simulator.model.outcomes.conversion_probability` gives with no human reply and
    no wait (a test checks it), without its per-intent masks over the whole batch."""
    convs = [s.intents[i].conversion for i in INTENTS]
    resolved = [0.0 if c is None else min(c.base, 1.0) for c in convs]
    not_resolved = [0.0 if c is None else c.lost for c in convs]
    return np.array(resolved), np.array(not_resolved)


def _bot_counts(k: list[int]) -> tuple[int, ...]:
    """From the count of each kind of bot-phase outcome (``k[:_KINDS]`` before the warm-up,
    ``k[_KINDS:]`` after; a kind's layout is handoff reasons, then bot ends as (resolved, left)
    x (other, presale) x (no order, order)): the count of each handoff reason, then handed
    off, bot resolved, bot left, bot orders, and after the warm-up: bot resolved, presale
    sessions that ended with the bot, and their orders."""
    e, e2 = _BOT_END, _KINDS + _BOT_END
    by_reason = [k[r] + k[_KINDS + r] for r in range(_BOT_END)]
    late_resolved = k[e2] + k[e2 + 1] + k[e2 + 2] + k[e2 + 3]
    late_presale_orders = k[e2 + 3] + k[e2 + 7]
    return (
        *by_reason,
        sum(by_reason),
        k[e] + k[e + 1] + k[e + 2] + k[e + 3] + late_resolved,
        k[e + 4] + k[e + 5] + k[e + 6] + k[e + 7] + k[e2 + 4] + k[e2 + 5] + k[e2 + 6] + k[e2 + 7],
        k[e + 1] + k[e + 3] + k[e + 5] + k[e + 7] + k[e2 + 1] + k[e2 + 5] + late_presale_orders,
        late_resolved,
        k[e2 + 2] + k[e2 + 6] + late_presale_orders,
        late_presale_orders,
    )


class _TimeLine:
    """When each session of a batch ended its bot phase, and how, in time order; ``pos`` is how
    many of them have been counted."""

    __slots__ = ("times", "kinds", "pos")

    def __init__(self, s: Scenario, b: SessionBatch, warmup_s: float) -> None:
        phase, intent = b.bot_phase, b.intent
        handed = (phase == HANDED_OFF) | (phase == NO_BOT)
        # orders of chats that end with the bot, decided as finish_log decides them: with no
        # human reply and no wait, the chance is min(base, 1) if resolved, else lost
        if_resolved, if_not = _bot_conversion(s)
        p = np.where(phase == BOT_RESOLVED, if_resolved[intent], if_not[intent])
        ordered = ~handed & (b.u_convert < p)
        ended = _BOT_END + 4 * (phase == BOT_LEFT) + 2 * (intent == PRESALE) + ordered
        kinds = np.where(handed, b.reason.astype(np.intp) - 1, ended)
        kinds += np.where(b.arrival_s >= warmup_s, _KINDS, 0)
        times = np.where(handed, b.handoff_s, b.bot_end_s)
        order = np.argsort(times, kind="stable")  # nearly sorted already: arrival order
        # flat arrays of plain numbers: bisect and slices need no numpy call per snapshot, and
        # the garbage collector does not walk them as it would walk lists
        self.times = array("d", times[order].tobytes())
        self.kinds = kinds[order].astype(np.uint8).tobytes()  # one byte a session
        self.pos = 0


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
        self.lines: list[_TimeLine] = []  # batches with bot-phase ends still to come
        self.kind_counts = [0] * (2 * _KINDS)
        self.bot_counts = _bot_counts(self.kind_counts)
        self.arrival_times: list[array] = []  # of every batch, for the hourly counts
        self.arrivals_live: list[array] = []  # batches with arrivals still to come
        self.arrivals_past = 0  # arrivals of the other batches
        self.early = 0 if not self.warmup_s else None  # arrivals in the warm-up, once known
        self.hour_edges = [0]  # arrivals before each whole hour passed
        self.hour_counts: tuple[int, ...] = ()
        # chats the agents finished: those so far, then those the desks put on ``ended``
        self.chats = EndedChats(s, self.warmup_s, self.frt_threshold_s)
        for view, human in run.views:  # a chat's end time is written when it ends
            end_s = view.end_s
            ended = [i for i in human.tolist() if end_s[i] == end_s[i]]
            self.chats.count([view] * len(ended), ended)
        # the batch and index of each chat that ends from now on, for the next snapshot
        self.ended_views: list[HumanView] = []
        self.ended_index: list[int] = []
        add_view, add_index = self.ended_views.append, self.ended_index.append

        def on_end(chat: Chat) -> None:
            add_view(chat.batch)
            add_index(chat.i)

        for desk in run.desks:
            desk.on_end = on_end
        # time integrals from the warm-up to the horizon, as compute_kpis weighs the hours
        lo, hi = self.warmup_s, s.horizon_s
        self.steps = [
            (
                d,
                StepTally(d.typing, lo, hi),
                StepTally(d.overtime, lo, hi),
                StepTally(d.queue_len, 0.0, math.inf),  # only its value is read
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
                self.lines.append(_TimeLine(self.s, b, self.warmup_s))
                # first contacts and each flush's re-contacts are made in time order
                arrivals = array("d", b.arrival_s.tobytes())
                self.arrival_times.append(arrivals)
                self.arrivals_live.append(arrivals)

    def _count_bot_phase(self, now: float) -> None:
        counts = self.kind_counts
        over = changed = False
        for line in self.lines:
            pos = line.pos
            k = bisect_left(line.times, now, pos)
            if k > pos:
                if k - pos < _LOOP_MAX:
                    for kind in line.kinds[pos:k]:
                        counts[kind] += 1
                else:  # each kind present counted in C
                    chunk = line.kinds[pos:k]
                    for kind in set(chunk):
                        counts[kind] += chunk.count(kind)
                line.pos = k
                changed = True
                over |= k == len(line.times)
        if changed:
            self.bot_counts = _bot_counts(counts)
        if over:
            self.lines = [line for line in self.lines if line.pos < len(line.times)]

    def _count_arrivals(self, now: float) -> int:
        n, past = self.arrivals_past, False
        for a in self.arrivals_live:
            k = bisect_left(a, now)
            n += k
            past |= k == len(a)
        if past:  # put aside the batches whose arrivals are all past
            live = self.arrivals_live
            self.arrivals_past += sum(len(a) for a in live if a[-1] < now)
            self.arrivals_live = [a for a in live if a[-1] >= now]
        if self.early is None and now >= self.warmup_s:
            self.early = sum(bisect_left(a, self.warmup_s) for a in self.arrival_times)
        return n

    def _pass_hours(self, hour: int) -> None:
        """Count the arrivals of every whole hour before ``hour`` (once per hour passed)."""
        edges = self.hour_edges
        while len(edges) <= hour:
            edge = len(edges) * 3600.0
            edges.append(sum(bisect_left(a, edge) for a in self.arrival_times))
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
        if self.ended_index:
            chats_ended.count(self.ended_views, self.ended_index)
            self.ended_views.clear()
            self.ended_index.clear()
        queues: dict[str, int] = {}
        typing = paid = typing_now = 0.0
        chats: tuple[int, ...] = ()
        for desk, typed, overtime, queue, group in self.steps:
            chats += tuple(map(_CHATS, desk.staffed))  # (the first: no copy made)
            typing += typed.integral(now)
            typing_now += typed.value
            paid += overtime.integral(now)
            queues[group] = int(queue.read())
        # (conditional expressions rather than min/max: those parse keyword arguments)
        hour = int(now // 3600.0)
        if hour >= run.hours:
            hour = run.hours - 1
        if hour >= len(self.hour_edges):
            self._pass_hours(hour)
        start = hour * 3600.0 if hour * 3600.0 > self.warmup_s else self.warmup_s
        end = now if now < self.horizon_s else self.horizon_s
        paid += self.paid_before[hour] + self.duty[hour] * (end - start if end > start else 0.0)
        counts = self.bot_counts  # see _bot_counts
        handed, bot_resolved, bot_left, bot_orders = counts[_BOT_END : _BOT_END + 4]
        late_bot_resolved, late_bot_presale, late_bot_presale_orders = counts[_BOT_END + 4 :]
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
        frt = chats_ended.frt
        sla_n = frt.n + abandoned - early_gone
        late_ended = ended - early_ended
        nan = math.nan
        # zip without strict=: the lengths match by construction, and parsing the keyword
        # is a measurable part of a snapshot
        snap = _new(Snapshot)
        _set(
            snap,
            "__dict__",
            {
                "clock_s": now,
                "arrivals": arrivals,
                "with_bot": arrivals - bot_resolved - bot_left - handed,
                "bot_resolved": bot_resolved,
                "bot_left": bot_left,
                "handed_off": handed,
                "handed_off_by_reason": dict(zip(HANDOFF_REASONS, counts)),  # noqa: B905
                "resolved": bot_resolved + human_resolved,
                "abandoned": abandoned,
                "ordered": bot_orders + orders,
                "queue_by_group": queues,
                "agents_on_duty": len(chats),
                "agents_typing": int(typing_now),
                "chats_per_agent": chats,
                "chat_slots": len(chats) * self.concurrency,
                "arrivals_by_hour": (*self.hour_counts, arrivals - self.hour_edges[-1]),
                "frt_p90_s": frt.value(),
                # abandoners are misses, as in the frt_sla KPI
                "frt_sla": chats_ended.frt_sla / sla_n if sla_n else nan,
                "abandon_rate": (abandoned - early_gone) / late_ended if late_ended else nan,
                "bot_resolved_share": late_bot_resolved / late_arrivals if late_arrivals else nan,
                "occupancy": typing / paid if paid else nan,
                "conversion_rate": late_presale_orders / late_presale if late_presale else nan,
                "in_service": handed - ended,
                "human_unresolved": ended - human_resolved - abandoned,
            },
        )
        return snap
