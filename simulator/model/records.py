"""Flat results of one run: a column per session field, and per-hour series.

KPIs, charts and reports read only these, never live model objects.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import NamedTuple

import numpy as np

from simulator.common import csvformat, csvsafe
from simulator.common.atomicfile import atomic_open
from simulator.model.plan import REASONS
from simulator.scenario.schema import INTENTS


class SessionRecord(NamedTuple):
    """One session as a flat, immutable row (for CSV export and inspection)."""

    session_id: int
    customer_id: int
    is_recontact: bool
    vip: bool
    entry_point: str
    intent: str
    arrival_s: float
    bot_resolved: bool
    bot_left: bool
    handed_off: bool
    handoff_reason: str
    handoff_s: float
    bot_failed_answers: int
    queued: bool
    queue_wait_s: float
    abandoned: bool
    frt_s: float
    art_s: float
    customer_messages: int
    replies: int
    human_replies: int
    resolved: bool
    converted: bool
    order_value: float
    csat: float
    end_s: float
    next_contact_s: float
    agent_id: int
    censored: bool
    agent_messages: int
    terse_replies: int
    agent_load: float
    invited: bool
    paid: bool
    followed_up: bool
    messages_to_agents: int


@dataclass(frozen=True)
class SessionLog:
    """Per-session columns (numpy arrays of equal length), ordered by arrival."""

    session_id: np.ndarray
    customer_id: np.ndarray
    is_recontact: np.ndarray
    vip: np.ndarray
    entry: np.ndarray  # index into entry_names
    intent: np.ndarray  # index into INTENTS
    arrival_s: np.ndarray
    bot_resolved: np.ndarray
    bot_left: np.ndarray
    bot_touched: np.ndarray
    handed_off: np.ndarray
    reason: np.ndarray  # index into REASONS
    handoff_s: np.ndarray
    bot_failed: np.ndarray
    queued: np.ndarray  # found no free chat slot, or left from an agent's backlog unanswered
    queue_wait_s: np.ndarray  # NaN unless handed off; abandoners: until they left
    abandoned: np.ndarray
    frt_s: np.ndarray  # NaN unless a human replied
    human_resp_sum_s: np.ndarray
    human_replies: np.ndarray
    customer_messages: np.ndarray
    replies: np.ndarray
    resolved: np.ndarray
    converted: np.ndarray
    order_value: np.ndarray
    csat: np.ndarray
    end_s: np.ndarray
    next_contact_s: np.ndarray  # NaN when the customer does not come back (may lie past horizon)
    agent_id: np.ndarray  # -1 when no agent
    censored: np.ndarray
    agent_messages: np.ndarray  # messages the human agents sent (several per reply)
    terse_replies: np.ndarray  # human replies sent as one bare message: others were waiting
    agent_load: np.ndarray  # mean chats the serving agent held over its replies; NaN: no reply
    invited: np.ndarray  # an agent invited the shopper to chat (proactive invitation)
    paid: np.ndarray  # the order was paid (all orders when the unpaid stage is off)
    followed_up: np.ndarray  # an unpaid order was followed up (催付)
    messages_to_agents: np.ndarray  # customer messages a human answered (or still owed)
    entry_names: tuple[str, ...]

    def __len__(self) -> int:
        return int(self.arrival_s.size)

    def select(self, mask: np.ndarray) -> SessionLog:
        """A new log with only the sessions where ``mask`` is true."""
        cols = {
            f.name: (getattr(self, f.name)[mask] if f.name != "entry_names" else self.entry_names)
            for f in fields(self)
        }
        return SessionLog(**cols)

    def rows(self) -> list[SessionRecord]:
        """The sessions as flat records."""
        art = np.where(
            self.human_replies > 0,
            self.human_resp_sum_s / np.maximum(self.human_replies, 1),
            np.nan,
        )
        out = []
        for k in range(len(self)):
            out.append(
                SessionRecord(
                    int(self.session_id[k]),
                    int(self.customer_id[k]),
                    bool(self.is_recontact[k]),
                    bool(self.vip[k]),
                    self.entry_names[self.entry[k]],
                    INTENTS[self.intent[k]],
                    float(self.arrival_s[k]),
                    bool(self.bot_resolved[k]),
                    bool(self.bot_left[k]),
                    bool(self.handed_off[k]),
                    REASONS[self.reason[k]],
                    float(self.handoff_s[k]),
                    int(self.bot_failed[k]),
                    bool(self.queued[k]),
                    float(self.queue_wait_s[k]),
                    bool(self.abandoned[k]),
                    float(self.frt_s[k]),
                    float(art[k]),
                    int(self.customer_messages[k]),
                    int(self.replies[k]),
                    int(self.human_replies[k]),
                    bool(self.resolved[k]),
                    bool(self.converted[k]),
                    float(self.order_value[k]),
                    float(self.csat[k]),
                    float(self.end_s[k]),
                    float(self.next_contact_s[k]),
                    int(self.agent_id[k]),
                    bool(self.censored[k]),
                    int(self.agent_messages[k]),
                    int(self.terse_replies[k]),
                    float(self.agent_load[k]),
                    bool(self.invited[k]),
                    bool(self.paid[k]),
                    bool(self.followed_up[k]),
                    int(self.messages_to_agents[k]),
                )
            )
        return out

    def write_csv(self, path: Path, names: list[str] | None = None) -> None:
        """Write one row per session; ``names`` adds a customer_name column (Faker).

        UTF-8 with BOM, missing values (NaN) as empty cells, and next to the times of day
        (seconds from 00:00 of day 1) their clock time: ``arrival_day``, ``arrival_clock``
        (``hh:mm``), ``handoff_clock``, ``end_clock``, ``next_contact_day``,
        ``next_contact_clock`` (see :mod:`simulator.common.csvformat`)."""
        header: list[str] = []
        for name in SessionRecord._fields:
            header.append(name)
            header.extend(_CLOCK_COLUMNS.get(name, ()))
        if names:
            header.append("customer_name")
        with atomic_open(path, newline="", encoding=csvformat.ENCODING) as fh:
            w = csvsafe.writer(fh)
            w.writerow(header)
            for row in self.rows():
                vals: list = []
                for name, v in zip(SessionRecord._fields, row, strict=True):
                    vals.append(csvformat.cell(v, ".3f"))
                    for extra in _CLOCK_COLUMNS.get(name, ()):
                        vals.append(
                            csvformat.day_of(v) if extra.endswith("_day") else csvformat.clock(v)
                        )
                if names:
                    vals.append(names[row.customer_id])
                w.writerow(vals)


#: Columns written after a time-of-day column of the sessions CSV (see SessionLog.write_csv).
_CLOCK_COLUMNS: dict[str, tuple[str, ...]] = {
    "arrival_s": ("arrival_day", "arrival_clock"),
    "handoff_s": ("handoff_clock",),
    "end_s": ("end_clock",),
    "next_contact_s": ("next_contact_day", "next_contact_clock"),
}


@dataclass(frozen=True)
class HourlySeries:
    """Per-hour series over the run (hour 0 = 00:00 of day 1), drain hours included."""

    arrivals: np.ndarray  # sessions starting in the hour
    handoffs: np.ndarray  # chats reaching the human queue in the hour
    queue_length: np.ndarray  # time-average number of chats waiting for an agent
    busy_agents: np.ndarray  # time-average number of agents typing a reply
    agents_on_duty: np.ndarray  # scheduled headcount
    agents_overtime: np.ndarray  # time-average agents off duty but still finishing chats
    frt_mean_s: np.ndarray  # mean FRT of chats handed off in the hour (NaN if none)

    def write_csv(self, path: Path) -> None:
        """One row per hour: ``hour``, ``day``, ``hour_of_day``, ``clock`` (``hh:00``), then the
        series; UTF-8 with BOM, no data (NaN) as an empty cell."""
        with atomic_open(path, newline="", encoding=csvformat.ENCODING) as fh:
            w = csvsafe.writer(fh)
            names = [f.name for f in fields(self)]
            w.writerow(["hour", "day", "hour_of_day", "clock", *names])
            for h in range(self.arrivals.size):
                vals = [float(getattr(self, n)[h]) for n in names]
                clock = f"{h % 24:02d}:00"
                w.writerow(
                    [h, h // 24 + 1, h % 24, clock, *(csvformat.cell(v, ".4g") for v in vals)]
                )


@dataclass(frozen=True)
class RunResult:
    """Everything one replication produced."""

    seed: int
    replication: int
    sessions: SessionLog
    hourly: HourlySeries
    warmup_s: float
    horizon_s: float
    agent_busy_s: float  # total typing time of all agents
    sessions_per_s: float  # simulation speed (wall clock), for benchmarks only
    #: arrival times of first contacts about a parcel late > 48 h (proactive delay notices)
    delay_notice_s: np.ndarray = field(default_factory=lambda: np.zeros(0))
