"""The human side of the chat model, on a SimPy event loop.

An agent holds up to ``concurrency`` chats but types one reply at a time: replies owed to the
agent's chats wait in the agent's own FIFO, so the response a customer sees grows with the
agent's load. A handed-off chat waits in one FIFO queue until some on-duty agent has a free chat
slot (the least-loaded agent takes it); while it waits, the customer's patience runs. Events are
SimPy timeouts with callbacks rather than one generator process per chat, which keeps the
per-message cost below that of a textbook SimPy M/M/c loop.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from heapq import heappush

import simpy
from simpy.core import NORMAL

from simulator.model.human_view import HumanView, RecontactQueue
from simulator.model.plan import NO_BOT
from simulator.model.timeseries import StepLog
from simulator.scenario.schema import INTENTS, Scenario

GOLDEN = 0.6180339887498949


class Agent:
    __slots__ = (
        "id",
        "active",
        "chats",
        "busy",
        "backlog",
        "time_factor",
        "resolve_factor",
        "csat_effect",
        "busy_s",
        "busy_since",
        "overtime",
    )

    def __init__(
        self, agent_id: int, time_factor: float, resolve_factor: float, csat_effect: float = 0.0
    ) -> None:
        self.id = agent_id
        self.active = False
        self.chats = 0
        self.busy = False
        self.backlog: deque[Chat] = deque()
        self.time_factor = time_factor
        self.resolve_factor = resolve_factor
        self.csat_effect = csat_effect  # CSAT points added to chats this agent served
        self.busy_s = 0.0
        self.busy_since = 0.0
        self.overtime = False  # off duty but still finishing chats (paid)


class Chat:
    """A handed-off chat while it is open. It is also its own SimPy event for its next reply or
    message (it awaits one at a time): SimPy's loop reads only ``callbacks`` and ``_ok`` of an
    event, so a chat is put on the queue without a Timeout object per step."""

    _ok = True
    __slots__ = (
        "callbacks",
        "batch",
        "i",
        "agent",
        "round",
        "msg_s",
        "first_reply_s",
        "resp_sum_s",
        "waiting",
        "queued",
        "rounds",
        "warm_read_s",
        "work",
        "think",
        "at",
        "started",
        "owed",
        "terse",
        "resolve_factor",
        "load_sum",
        "load_n",
    )

    def __init__(self, batch: HumanView, i: int, rounds: int, warm_read_s: float) -> None:
        self.batch = batch
        self.i = i
        self.agent: Agent | None = None
        self.round = 0
        self.msg_s = 0.0
        self.first_reply_s = math.nan
        self.resp_sum_s = 0.0
        self.waiting = True
        self.queued = False
        self.rounds = rounds
        self.warm_read_s = warm_read_s
        self.started = False  # the agent has begun typing the first reply
        self.owed = True  # the customer's latest message still awaits a reply
        self.terse = 0  # replies typed while others waited for the agent: one message each
        self.resolve_factor = 1.0  # handoff.cold_resolution_factor after a cold handoff
        self.load_sum = 0  # chats the agent held at each reply typed for this chat ...
        self.load_n = 0  # ... and how many replies that was (agent_load is their mean)
        self.work: memoryview = batch.work_s
        self.think: memoryview = batch.think_s
        self.at: int = batch.human_start[i]  # where this chat's rounds start in work and think
        self.callbacks: tuple | None = None


class _Patience:
    """The moment a waiting customer's patience runs out, as a slim SimPy event (see Chat)."""

    _ok = True
    __slots__ = ("callbacks", "chat")

    def __init__(self, callbacks: tuple, chat: Chat) -> None:
        self.callbacks, self.chat = callbacks, chat


class ServiceDesk:
    """Agents, the handoff queue and the per-hour series, driven by SimPy events."""

    def __init__(
        self,
        env: simpy.Environment,
        scenario: Scenario,
        hours: int,
        recontacts: RecontactQueue,
        id_offset: int = 0,
    ) -> None:
        self.env = env
        self.s = scenario
        self.k = scenario.agents.concurrency
        self.agents: list[Agent] = []
        self.free: list[dict[Agent, None]] = [{} for _ in range(self.k)]
        self.queue: deque[Chat] = deque()
        self.queue_len = StepLog()
        self.typing = StepLog()
        self.overtime = StepLog()
        self.on_duty = [0] * hours
        self.open_chats: set[Chat] = set()
        # hook called with each chat that ends, once its outcome is written
        self.on_end: Callable[[Chat], None] | None = None
        self.staffed: list[Agent] = []  # the agents on duty, in agent order
        self.recontacts = recontacts
        self.id_offset = id_offset
        levels = list(scenario.agents.proficiency.values())
        self._levels = levels
        self._resolution = [scenario.intents[i].human_resolution for i in INTENTS]
        rc = [scenario.intents[i].recontact for i in INTENTS]
        self._rc_resolved = [r.if_resolved for r in rc]
        self._rc_unresolved = [r.if_unresolved for r in rc]
        self.horizon_s = scenario.horizon_s
        self._reply = (self._on_reply,)  # a chat's callbacks when scheduled as its own event
        self._message = (self._on_message,)
        # a chat's next reply or message goes on SimPy's queue as env.schedule() puts it there,
        # (time, priority, event id, event), without the call: it is the hottest line of a run
        self._queue, self._eid = env._queue, env._eid
        self._patience = (self._on_patience,)
        terse = scenario.agents.terse_backlog
        self._terse_backlog = math.inf if terse is None else terse
        ov = scenario.agents.overload
        self._over_at = ov.threshold
        self._over_work = ov.reply_time_per_chat
        self._over_resolve = ov.resolution_per_chat

    # ---- staffing -------------------------------------------------------------------------
    def _new_agent(self) -> Agent:
        k = len(self.agents)
        tf = rf = 1.0
        ce = 0.0
        if self._levels:
            u, acc = (k * GOLDEN) % 1.0, 0.0
            level = self._levels[-1]
            for lv in self._levels:
                acc += lv.share
                if u < acc:
                    level = lv
                    break
            tf, rf = level.reply_time_factor, level.resolution_factor
            ce = level.csat_effect
        agent = Agent(self.id_offset + k, tf, rf, ce)
        self.agents.append(agent)
        return agent

    def set_headcount(self, hour: int, target: int) -> None:
        """Bring agents on or off duty at an hour boundary; leavers finish their chats."""
        if hour < len(self.on_duty):
            self.on_duty[hour] = target
        active = [a for a in self.agents if a.active]
        if target > len(active):
            idle = [a for a in self.agents if not a.active]
            while len(idle) < target - len(active):
                idle.append(self._new_agent())
            for a in idle[: target - len(active)]:
                a.active = True
                if a.overtime:
                    a.overtime = False
                    self.overtime.change(self.env.now, -1)
                if a.chats < self.k:
                    self.free[a.chats][a] = None
        else:
            for a in active[target:]:
                a.active = False
                if a.chats < self.k:
                    self.free[a.chats].pop(a, None)
                if a.chats:
                    a.overtime = True
                    self.overtime.change(self.env.now, 1)
        self.staffed = [a for a in self.agents if a.active]
        self._dispatch()

    # ---- chats ----------------------------------------------------------------------------
    def handoff(self, batch: HumanView, i: int) -> None:
        """A chat reaches the human queue now."""
        from_bot = batch.bot_phase[i] != NO_BOT
        warm = self.s.handoff.warm_read_s if (from_bot and self.s.handoff.context_transfer) else 0.0
        chat = Chat(batch, i, batch.human_rounds[i], warm)
        if from_bot and not self.s.handoff.context_transfer:
            chat.resolve_factor = self.s.handoff.cold_resolution_factor
        chat.msg_s = self.env._now
        self.open_chats.add(chat)
        agent = self._free_agent()
        if agent is not None:
            self._assign(chat, agent)
            return
        chat.queued = True
        self.queue.append(chat)
        self.queue_len.change(self.env._now, 1)
        self._start_patience(chat)

    def _start_patience(self, chat: Chat) -> None:
        patience = chat.batch.patience_s[chat.i]
        if patience != math.inf:
            self.env.schedule(_Patience(self._patience, chat), NORMAL, patience)

    def _free_agent(self) -> Agent | None:
        for bucket in self.free:
            if bucket:
                return next(iter(bucket))
        return None

    def _assign(self, chat: Chat, agent: Agent) -> None:
        now = self.env._now
        chat.waiting = False
        chat.agent = agent
        b, i = chat.batch, chat.i
        b.queue_wait_s[i] = now - b.handoff_s[i]
        b.queued[i] = chat.queued
        b.agent_id[i] = agent.id
        self.free[agent.chats].pop(agent, None)
        agent.chats += 1
        if agent.chats < self.k and agent.active:
            self.free[agent.chats][agent] = None
        if agent.busy and not chat.queued:
            self._start_patience(chat)  # straight into a busy agent's backlog: patience runs
        self._owe_reply(agent, chat)

    def _owe_reply(self, agent: Agent, chat: Chat) -> None:
        if agent.busy:
            agent.backlog.append(chat)
        else:
            self._type(agent, chat)

    def _type(self, agent: Agent, chat: Chat) -> None:
        now = self.env._now
        work = chat.work[chat.at + chat.round] * agent.time_factor
        chat.load_sum += agent.chats
        chat.load_n += 1
        if agent.chats > self._over_at:  # overloaded: every reply takes longer
            work *= 1.0 + self._over_work * (agent.chats - self._over_at)
        if chat.round == 0:
            work += chat.warm_read_s
            chat.started = True
        if len(agent.backlog) >= self._terse_backlog:
            chat.terse += 1  # others wait for him: the bare answer, one message
        if not agent.busy:
            agent.busy = True
            agent.busy_since = now
            self.typing.change(now, 1)
        chat.callbacks = self._reply
        heappush(self._queue, (now + work, NORMAL, next(self._eid), chat))

    def _on_reply(self, chat: Chat) -> None:
        agent = chat.agent
        now = self.env._now
        if chat.round == 0:
            chat.first_reply_s = now
        chat.owed = False
        chat.resp_sum_s += now - chat.msg_s
        chat.round += 1
        if chat.round < chat.rounds:
            chat.callbacks = self._message
            think = chat.think[chat.at + chat.round - 1]
            heappush(self._queue, (now + think, NORMAL, next(self._eid), chat))
        else:
            self._end(chat, now)
        if agent.backlog:
            self._type(agent, agent.backlog.popleft())
        else:
            agent.busy = False
            agent.busy_s += now - agent.busy_since
            self.typing.change(now, -1)
        if chat.round >= chat.rounds:
            self._release(agent)

    def _on_message(self, chat: Chat) -> None:
        chat.msg_s = self.env._now
        chat.owed = True
        self._owe_reply(chat.agent, chat)

    def _on_patience(self, ev: _Patience) -> None:
        """The customer gives up unless an agent has started on his first reply: he may leave
        from the queue, or from an agent's backlog after being assigned."""
        chat = ev.chat
        if chat.started or chat not in self.open_chats:
            return  # being answered, or already over
        now = self.env.now
        b, i = chat.batch, chat.i
        b.abandoned[i] = True
        if chat.waiting:  # still in the queue for a free slot
            chat.waiting = False
            self.queue_len.change(now, -1)
            b.queue_wait_s[i] = now - b.handoff_s[i]
            b.queued[i] = True
            self._finish(chat, now, resolved=False)
            return
        agent = chat.agent
        agent.backlog.remove(chat)  # assigned, but the agent never got to it
        b.queue_wait_s[i] = now - b.handoff_s[i]  # he waited all along, in queue and backlog
        b.queued[i] = True
        self._finish(chat, now, resolved=False)
        self._release(agent)

    def _end(self, chat: Chat, now: float) -> None:
        b, i = chat.batch, chat.i
        p = self._resolution[b.intent[i]] * chat.agent.resolve_factor * chat.resolve_factor
        over = chat.load_sum / chat.load_n - self._over_at
        if over > 0:  # the agent held more chats than he serves well
            p *= max(1.0 - self._over_resolve * over, 0.0)
        self._finish(chat, now, resolved=b.u_resolve[i] < p)

    def _finish(self, chat: Chat, now: float, resolved: bool) -> None:
        self.open_chats.discard(chat)
        b, i = chat.batch, chat.i
        o = b
        o.resolved[i] = resolved
        o.end_s[i] = now
        o.frt_s[i] = chat.first_reply_s - b.handoff_s[i]
        o.human_replies[i] = chat.round
        o.human_messages[i] = chat.round + chat.owed
        o.terse_replies[i] = chat.terse
        o.human_resp_sum_s[i] = chat.resp_sum_s
        o.agent_load[i] = chat.load_sum / chat.load_n if chat.load_n else math.nan
        if self.on_end is not None:
            self.on_end((b, i))
        intent = b.intent[i]
        p = self._rc_resolved[intent] if resolved else self._rc_unresolved[intent]
        if b.u_recontact[i] < p:
            t = now + b.recontact_delay_s[i]
            o.next_contact_s[i] = t
            if t < self.horizon_s:
                self.recontacts.push(t, b.batch, i)
        b.chat_over()

    def _release(self, agent: Agent) -> None:
        if agent.active and agent.chats < self.k:
            self.free[agent.chats].pop(agent, None)
        agent.chats -= 1
        if agent.active:
            self.free[agent.chats][agent] = None
        elif agent.chats == 0 and agent.overtime:
            agent.overtime = False
            self.overtime.change(self.env.now, -1)
        self._dispatch()

    def _dispatch(self) -> None:
        """Give queued chats to agents with free slots, first come first served."""
        queue = self.queue
        while queue:
            head = queue[0]
            if not head.waiting:
                queue.popleft()
                continue
            agent = self._free_agent()
            if agent is None:
                return
            queue.popleft()
            self.queue_len.change(self.env.now, -1)
            self._assign(head, agent)

    def close(self, now: float) -> None:
        """Record chats still open when the run stops (censored: unresolved, no end)."""
        for chat in list(self.open_chats):
            b, i = chat.batch, chat.i
            if not chat.started:  # still waiting, in the queue or in an agent's backlog
                b.queue_wait_s[i] = now - b.handoff_s[i]
                b.queued[i] = True
            b.censored[i] = True
            self.open_chats.discard(chat)
            b.resolved[i] = False
            b.frt_s[i] = chat.first_reply_s - b.handoff_s[i]
            b.human_replies[i] = chat.round
            b.human_messages[i] = chat.round + chat.owed
            b.terse_replies[i] = min(chat.terse, chat.round)  # not the reply being typed
            b.human_resp_sum_s[i] = chat.resp_sum_s
            b.agent_load[i] = chat.load_sum / chat.load_n if chat.load_n else math.nan
        for a in self.agents:
            if a.busy:
                a.busy_s += now - a.busy_since
