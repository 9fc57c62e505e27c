"""The event model of one replication: bulk bot phase, SimPy human phase, re-contacts.

:class:`ModelRun` builds the event heap; :class:`simulator.model.simulation.Simulation` steps it
and turns it into a :class:`~simulator.model.records.RunResult`.
"""

from __future__ import annotations

import numpy as np
import simpy
from simpy.core import NORMAL
from simpy.events import Timeout

from simulator.model.arrivals import arrival_times, entry_and_intent
from simulator.model.human_view import HumanView, RecontactQueue
from simulator.model.plan import (
    BOT_LEFT,
    BOT_RESOLVED,
    HANDED_OFF,
    NO_BOT,
    SessionBatch,
    plan_batch,
)
from simulator.model.proactive import ProactiveRun
from simulator.model.service import ServiceDesk
from simulator.model.snowball import Snowball
from simulator.model.streams import Streams
from simulator.scenario.schema import INTENTS, Scenario

DRAIN_HOURS = 6  # the run goes on this long after the horizon so open chats can finish


def _init_outcome(b: SessionBatch) -> None:
    n = b.size
    b.outcome.update(
        resolved=np.zeros(n, bool),
        abandoned=np.zeros(n, bool),
        queued=np.zeros(n, bool),
        censored=np.zeros(n, bool),
        queue_wait_s=np.full(n, np.nan),
        frt_s=np.full(n, np.nan),
        end_s=np.full(n, np.nan),
        next_contact_s=np.full(n, np.nan),
        # counts and ids narrow while the run lasts (widened to int64 in the session log)
        human_replies=np.zeros(n, np.int16),
        human_messages=np.zeros(n, np.int16),
        terse_replies=np.zeros(n, np.int16),
        human_resp_sum_s=np.zeros(n),
        agent_id=np.full(n, -1, np.int32),
        agent_load=np.full(n, np.nan),
    )


class _Feeder:
    """Hands a batch's chats to the desk in handoff order. It is its own SimPy event, put on the
    queue again for each next handoff: a short event heap is faster than one holding every
    future handoff, and no Timeout object is made per chat."""

    _ok = True  # SimPy's loop reads only ``callbacks`` and ``_ok`` of an event
    __slots__ = ("env", "route", "view", "times", "order", "pos", "callbacks")

    def __init__(self, env, route, view, times: memoryview, order: memoryview) -> None:
        self.env, self.route, self.view = env, route, view
        self.times, self.order, self.pos = times, order, 0
        self.callbacks = (self._fire,)
        env.schedule(self, NORMAL, times[0] - env.now)

    def _fire(self, _ev: _Feeder) -> None:
        pos = self.pos
        i = self.order[pos]
        self.route[self.view.intent[i]].handoff(self.view, i)
        pos += 1
        self.pos = pos
        if pos < len(self.order):
            self.callbacks = (self._fire,)
            self.env.schedule(self, NORMAL, self.times[pos] - self.env.now)


class ModelRun:
    """One replication's model state: the batches of sessions, the desks and the SimPy loop."""

    def __init__(self, scenario: Scenario, seed: int, replication: int) -> None:
        self.s = scenario
        self.seed, self.replication = seed, replication
        self.streams = Streams.for_batch(seed, replication, 0)
        self.env = simpy.Environment()
        self.hours = scenario.horizon.days * 24 + DRAIN_HOURS
        self.end_s = scenario.horizon_s + DRAIN_HOURS * 3600.0
        self.recontacts = RecontactQueue()
        groups = list(scenario.agents.groups.values())
        # one service desk per skill group (one desk serving every intent when there are none)
        self.desks = [
            ServiceDesk(self.env, scenario, self.hours, self.recontacts, id_offset=k * 100_000)
            for k in range(max(len(groups), 1))
        ]
        self.route = [
            self.desks[next((k for k, g in enumerate(groups) if name in g.intents), 0)]
            for name in INTENTS
        ]
        self.batches: list[SessionBatch] = []
        self.views: list = []
        self.flush_s = min(scenario.intents[i].recontact.min_delay_s for i in INTENTS)
        self.entry_names: list[str] = []
        self.proactive: ProactiveRun | None = None
        # with the knowledge-base snowball on, first contacts are planned day by day
        self.snowball = (
            Snowball(scenario, seed, replication) if scenario.knowledge_base.snowball else None
        )

    def start(self) -> None:
        s, st = self.s, self.streams
        times = arrival_times(s, st.arrivals)
        entry, intent, self.entry_names = entry_and_intent(s, times.size, st.mix)
        ids = np.arange(times.size)
        self.proactive = ProactiveRun(s, self.seed, self.replication, times, intent)
        # a run of several days plans its first contacts day by day, so the human phase's
        # inputs of only a day or two are held at a time (memory flat in the days)
        by_day = self.snowball is not None or s.horizon.days > 1
        if not by_day:
            b = plan_batch(s, st, times, entry, intent, ids, None, False)
            self._add_batch(self.proactive.first_contacts(b, st, ids))
        else:
            self._first = (times, entry, intent, ids)
            self._plan_day(0)
        invited = self.proactive.invitation_batch(times.size)
        if invited is not None:
            self._add_batch(invited)
        for h in range(self.hours):
            ev = Timeout(self.env, h * 3600.0, h)
            ev.callbacks.append(self._on_hour)
        if by_day:
            for d in range(1, s.horizon.days):
                Timeout(self.env, d * 86400.0, d).callbacks.append(
                    lambda ev: self._plan_day(ev.value)
                )
        ev = Timeout(self.env, self.flush_s, 1)
        ev.callbacks.append(self._on_flush)

    def _plan_day(self, day: int) -> None:
        """Plan one day's first contacts, with the knowledge base as it stands (snowball), on
        the day's own random streams."""
        times, entry, intent, ids = self._first
        lo, hi = np.searchsorted(times, [day * 86400.0, (day + 1) * 86400.0])
        if self.snowball is not None:
            s, st = self.snowball.scenario_for(self.views, self.env.now), self.snowball.streams(day)
        else:
            s, st = self.s, Streams.for_day(self.seed, self.replication, day)
        sl = slice(lo, hi)
        b = plan_batch(s, st, times[sl], entry[sl], intent[sl], ids[sl], None, False)
        self._add_batch(self.proactive.first_contacts(b, st, ids[sl]))

    def _add_batch(self, b: SessionBatch) -> None:
        _init_outcome(b)
        self.batches.append(b)
        o = b.outcome
        done = (b.bot_phase == BOT_RESOLVED) | (b.bot_phase == BOT_LEFT)
        o["resolved"][:] = b.bot_phase == BOT_RESOLVED
        o["end_s"][done] = b.bot_end_s[done]
        # re-contacts of chats that ended with the bot are known now
        p_res = np.array([self.s.intents[i].recontact.if_resolved for i in INTENTS])[b.intent]
        p_unres = np.array([self.s.intents[i].recontact.if_unresolved for i in INTENTS])[b.intent]
        p = np.where(o["resolved"], p_res, p_unres)
        back = done & (b.u_recontact < p)
        o["next_contact_s"][back] = b.bot_end_s[back] + b.recontact_delay_s[back]
        horizon = self.s.horizon_s
        for i in np.flatnonzero(back & (o["next_contact_s"] < horizon)):
            self.recontacts.push(float(o["next_contact_s"][i]), b, int(i))
        human = np.flatnonzero((b.bot_phase == HANDED_OFF) | (b.bot_phase == NO_BOT))
        if human.size:
            view = HumanView(b, human.size)
            self.views.append((view, human))
            order = human[np.argsort(b.handoff_s[human], kind="stable")]
            _Feeder(self.env, self.route, view, memoryview(b.handoff_s[order]), memoryview(order))

    def _on_hour(self, ev: Timeout) -> None:
        h = ev.value
        counts = self.s.agents.group_headcounts(self.s.agents.on_duty(h % 24))
        for desk, n in zip(self.desks, counts, strict=True):
            desk.set_headcount(h, n)

    def _on_flush(self, ev: Timeout) -> None:
        """Turn re-contacts due before the next flush into a new batch of sessions."""
        now = self.env.now
        until = now + self.flush_s
        due = self.recontacts.pop_due(until)
        if due:
            s = self.s if self.snowball is None else self.snowball.current
            st = Streams.for_batch(self.seed, self.replication, ev.value)
            t = np.array([d[0] for d in due])
            src = [(d[1], d[2]) for d in due]
            entry = np.array([b.entry[i] for b, i in src], dtype=np.int8)
            intent = np.array([b.intent[i] for b, i in src], dtype=np.int8)
            cust = np.array([b.customer_id[i] for b, i in src])
            vip = np.array([b.vip[i] for b, i in src], dtype=bool)
            b = plan_batch(s, st, t, entry, intent, cust, vip, True)
            self.proactive.on_batch(b, st)
            self._add_batch(b)
        if until < self.s.horizon_s:
            nxt = Timeout(self.env, self.flush_s, ev.value + 1)
            nxt.callbacks.append(self._on_flush)
