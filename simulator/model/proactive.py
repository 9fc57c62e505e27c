"""Proactive service in a run: delay notices, invitations to chat, the unpaid-order stage.

Each option draws from random streams of its own (``SeedSequence(seed, spawn_key=(replication,
PROACTIVE_KEY, k))``, or draws made after a batch's plan), so with the option on every other
session keeps its random numbers (common random numbers for ``kefulab compare``) and with it
off a run is unchanged, bit for bit. Assumptions: ``docs/scenarios.md``.

* **Delay notices**: a first contact about a parcel late by more than 48 h is prevented with
  chance ``prevented``; prevented contacts are planned like the others (so nobody else's draws
  move) and then dropped. Notices sent = late contacts / ``asking_share``.
* **Invitations**: accepted invitations are extra pre-sale chats that an agent opens (no bot),
  arriving over the day like the shop's traffic; their chance of an order gets a lift.
* **Unpaid stage** (``pay_rate`` < 1): an order is paid with chance ``pay_rate``; an unpaid
  order followed up (催付) is paid with chance ``recovered``. Revenue counts paid orders.
"""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np

from simulator.model.arrivals import arrival_times
from simulator.model.plan import SessionBatch, plan_batch
from simulator.model.streams import Streams
from simulator.scenario.schema import INTENTS, Scenario

#: Spawn-key namespace of the proactive streams (far above any flush batch number).
PROACTIVE_KEY = 1 << 40
_NOTICES, _INVITATIONS = 0, 1


def _rng(seed: int, replication: int, k: int) -> np.random.Generator:
    ss = np.random.SeedSequence(seed, spawn_key=(replication, PROACTIVE_KEY, k))
    return np.random.Generator(np.random.PCG64(ss))


def take_rows(b: SessionBatch, keep: np.ndarray) -> SessionBatch:
    """The batch with only the sessions where ``keep`` is true (every per-session column and
    per-session outcome column; the ragged work and think times stay whole, as the kept
    sessions' ``human_start`` still points into them)."""
    n = b.size

    def cut(v):
        if not isinstance(v, np.ndarray) or v.ndim == 0:
            return v
        if v.ndim == 2 and v.shape[1] == n:
            return v[:, keep]
        return v[keep] if v.shape[0] == n else v

    whole = ("outcome", "work_s", "think_s")
    cols = {f.name: cut(getattr(b, f.name)) for f in fields(b) if f.name not in whole}
    return replace(b, **cols, outcome={k: cut(v) for k, v in b.outcome.items()})


class ProactiveRun:
    """The proactive options of one replication (a no-op when all are off)."""

    def __init__(
        self, s: Scenario, seed: int, replication: int, times: np.ndarray, intent: np.ndarray
    ) -> None:
        self.s, self.seed, self.replication = s, seed, replication
        self.p = s.proactive
        self.late = self.prevented = None
        dn = self.p.delay_notices
        if dn.enabled:
            rng = _rng(seed, replication, _NOTICES)
            u_late, u_prevent = rng.random(times.size), rng.random(times.size)
            share = np.array([dn.late_share.get(i, 0.0) for i in INTENTS])[intent]
            self.late = u_late < share
            self.prevented = self.late & (u_prevent < dn.prevented)

    def on_batch(self, b: SessionBatch, streams: Streams) -> None:
        """Draw who pays an order (and who pays after a follow-up) for a planned batch, after
        its plan so no other draw moves."""
        if self.p.payment_stage:
            b.outcome["u_pay"] = streams.outcome.random(b.size)
            b.outcome["u_recover"] = streams.outcome.random(b.size)

    def first_contacts(self, b: SessionBatch, streams: Streams, ids: np.ndarray) -> SessionBatch:
        """A batch of first contacts (``ids``: their indices among all first contacts) with the
        contacts a delay notice prevented dropped; the arrival times of every late-parcel
        contact (prevented or not) are kept as ``outcome["delay_notice_s"]``."""
        self.on_batch(b, streams)
        if self.late is None:
            return b
        late = self.late[ids]
        out = take_rows(b, ~self.prevented[ids])
        out.outcome["delay_notice_s"] = b.arrival_s[late]
        return out

    def invitation_batch(self, first_id: int) -> SessionBatch | None:
        """The accepted invitations of the whole horizon as one batch of pre-sale chats that go
        straight to an agent (customer ids from ``first_id``); None when invitations are off."""
        inv = self.p.invitations
        s = self.s
        daily = sum(s.arrivals.hourly_rates())
        if not inv.enabled or inv.per_day * inv.accept_rate <= 0:
            return None
        st = Streams.from_seed(
            np.random.SeedSequence(self.seed, spawn_key=(self.replication, PROACTIVE_KEY, 2))
        )
        times = arrival_times(s, _rng(self.seed, self.replication, _INVITATIONS),
                              scale=inv.per_day * inv.accept_rate / daily)  # fmt: skip
        n = times.size
        eps = list(s.arrivals.entry_points.values())
        entry = np.full(n, int(np.argmax([e.intents.get("presale", 0.0) for e in eps])), np.int8)
        intent = np.full(n, INTENTS.index("presale"), np.int8)
        agent_only = s.model_copy(update={"bot": s.bot.model_copy(update={"enabled": False})})
        b = plan_batch(agent_only, st, times, entry, intent, first_id + np.arange(n), None, False)
        self.on_batch(b, st)
        b.outcome["invited"] = np.ones(n, bool)
        return b


# ---- closing a run (called from simulator.model.outcomes.finish_log) --------------------------
def _column(batches: list[SessionBatch], name: str, fill, order: np.ndarray) -> np.ndarray:
    """Column ``name`` of every batch (``fill`` where a batch has none), in the log's order:
    ``order`` of the batches' sessions taken one after the other."""
    return np.concatenate(
        [b.outcome[name] if name in b.outcome else np.full(b.size, fill) for b in batches]
    )[order]


def invited_column(batches: list[SessionBatch], order: np.ndarray) -> np.ndarray:
    """Per session, in the log's order (see _column): an invited chat."""
    return _column(batches, "invited", False, order)


def invited_conversion(s: Scenario, p_conv: np.ndarray, invited: np.ndarray) -> np.ndarray:
    """The chance of an order with the invitation's lift added for invited chats."""
    if not invited.any():
        return p_conv
    lift = s.proactive.invitations.conversion_lift
    return np.where(invited, np.minimum(p_conv + lift, 1.0), p_conv)


def payment(
    s: Scenario, batches: list[SessionBatch], ordered: np.ndarray, order: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per session, in the log's order (see _column): the order is paid, and the unpaid order
    was followed up (催付)."""
    p = s.proactive
    if not p.payment_stage:
        return ordered.copy(), np.zeros(ordered.size, bool)
    paid = ordered & (_column(batches, "u_pay", 1.0, order) < p.pay_rate)
    followed = ordered & ~paid & p.unpaid_follow_up.enabled
    recovered = followed & (
        _column(batches, "u_recover", 1.0, order) < p.unpaid_follow_up.recovered
    )
    return paid | recovered, followed


def notice_times(batches: list[SessionBatch]) -> np.ndarray:
    """Arrival times of the late-parcel first contacts (each stands for 1 / asking_share
    delay notices), sorted."""
    found = [b.outcome["delay_notice_s"] for b in batches if "delay_notice_s" in b.outcome]
    return np.sort(np.concatenate(found)) if found else np.zeros(0)
