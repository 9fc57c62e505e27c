"""Shift construction: from 24 hourly headcounts to a roster of shifts, at least cost.

Managers schedule people, not hourly headcounts. Given the agents needed in each hour of the
day (a requirement, e.g. ``kefulab staff``'s simulated plan) and the rules for shifts (allowed
start hours, lengths, a break rule), :func:`plan_shifts` chooses how many agents work each
kind of shift so that every hour has at least its requirement at work, at the fewest paid
hours, by an integer program solved with HiGHS (``scipy.optimize.milp``):

- Shift kinds ``j``: every allowed start ``s`` with every allowed length ``L`` (hours from
  start to end, break included). A shift of at least ``break_from`` hours has an unpaid break
  of ``break_hours`` hours placed mid-shift: it begins ``(L - break_hours) // 2`` hours after
  the start (a 9 h shift from 08:00 works 08-12, breaks 12-13 and works 13-17). Paid hours
  ``p_j = L - break``.
- The day repeats (a scenario's schedule applies to every day), so with ``wrap`` (the default)
  a shift may run past midnight into the early hours: 22:00 + 8 h covers 22-06.
- Minimise ``sum_j p_j x_j`` over whole numbers ``x_j >= 0`` subject to ``sum_j a_hj x_j >=
  r_h`` for every hour ``h`` (``a_hj`` = 1 when shift ``j`` works in hour ``h``). Among the
  rosters of least paid hours a second solve takes one with the fewest shifts (people).

The requirement counts agents *scheduled* in an hour: with ``agents.shrinkage`` a scenario puts
``floor(scheduled x (1 - shrinkage))`` of them on chats, so the roster written back into the
scenario (:func:`roster_scenario`) keeps the requirement's on-duty agents. Breaks are not
shrinkage: an agent on break is not counted in the hour at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from simulator.common.errors import InputError
from simulator.scenario.schema import Scenario

HOURS = 24
#: Longest shift (hours, break included) the rules may allow.
MAX_SHIFT_HOURS = 16


def _hour_list(values: Sequence[int], what: str, low: int, high: int) -> tuple[int, ...]:
    out = tuple(sorted({int(v) for v in values}))
    if not out:
        raise InputError(f"shift rules: {what}: give at least one value ({low}-{high})")
    bad = [v for v in out if not low <= v <= high]
    if bad:
        raise InputError(f"shift rules: {what}: {bad[0]} is out of range (allowed {low}-{high})")
    return out


@dataclass(frozen=True)
class ShiftRules:
    """What shifts may look like.

    Attributes:
        starts: Allowed start hours (0-23).
        lengths: Allowed lengths in hours from start to end, break included (1-16).
        break_from: Shifts at least this long get a break (hours; 0 = every shift).
        break_hours: Length of that unpaid break, hours (0 = no breaks).
        wrap: Shifts may run past midnight into the next day's early hours.
    """

    starts: tuple[int, ...] = tuple(range(HOURS))
    lengths: tuple[int, ...] = (4, 5, 6, 7, 8, 9)
    break_from: int = 6
    break_hours: int = 1
    wrap: bool = True

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", _hour_list(self.starts, "starts", 0, HOURS - 1))
        object.__setattr__(self, "lengths", _hour_list(self.lengths, "lengths", 1, MAX_SHIFT_HOURS))
        if not 0 <= self.break_hours <= 4:
            raise InputError(f"shift rules: break: {self.break_hours} h (allowed 0-4 hours)")
        if not 0 <= self.break_from <= MAX_SHIFT_HOURS:
            raise InputError(
                f"shift rules: break-from: {self.break_from} h (allowed 0-{MAX_SHIFT_HOURS})"
            )
        short = [n for n in self.lengths if self.break_applies(n) and n - self.break_hours < 2]
        if short:
            raise InputError(
                f"shift rules: a {short[0]} h shift cannot hold a {self.break_hours} h break "
                "with work on both sides; raise --break-from or drop that length"
            )

    def break_applies(self, length: int) -> bool:
        return self.break_hours > 0 and length >= self.break_from

    def kinds(self) -> list[Shift]:
        """Every shift kind the rules allow (start-major order)."""
        out = []
        for s in self.starts:
            for length in self.lengths:
                if not self.wrap and s + length > HOURS:
                    continue
                brk = (length - self.break_hours) // 2 if self.break_applies(length) else None
                out.append(Shift(s, length, brk, self.break_hours if brk is not None else 0))
        return out

    def to_json(self) -> dict:
        return {
            "starts": list(self.starts),
            "lengths": list(self.lengths),
            "break_from": self.break_from,
            "break_hours": self.break_hours,
            "wrap": self.wrap,
        }


@dataclass(frozen=True)
class Shift:
    """One kind of shift: ``start`` hour, ``length`` hours, break ``break_offset`` hours after
    the start (``None``: no break) lasting ``break_hours``."""

    start: int
    length: int
    break_offset: int | None
    break_hours: int = 0

    @property
    def paid_hours(self) -> int:
        return self.length - self.break_hours

    def working_hours(self) -> list[int]:
        """Hours of the day (0-23) worked, in order (the break left out; wraps at midnight)."""
        brk = (
            range(0)
            if self.break_offset is None
            else range(self.break_offset, self.break_offset + self.break_hours)
        )
        return [(self.start + i) % HOURS for i in range(self.length) if i not in brk]

    def label(self) -> str:
        end = (self.start + self.length) % HOURS
        text = f"{self.start:02d}:00-{end:02d}:00"
        if self.break_offset is not None:
            b = (self.start + self.break_offset) % HOURS
            text += f" (break {b:02d}:00-{(b + self.break_hours) % HOURS:02d}:00)"
        return text


@dataclass(frozen=True)
class RosterLine:
    shift: Shift
    count: int


@dataclass(frozen=True)
class Roster:
    """A least-cost roster for an hourly requirement.

    Attributes:
        requirement: Agents needed in each hour (24).
        lines: Shift kinds used and how many agents work each.
        coverage: Agents at work in each hour (24), ``>= requirement``.
        rules: The rules the roster follows.
        optimal: The solver proved the least paid hours (False only if it hit its time limit
            with a feasible roster).
    """

    requirement: tuple[int, ...]
    lines: tuple[RosterLine, ...]
    coverage: tuple[int, ...]
    rules: ShiftRules
    optimal: bool = True

    @property
    def paid_hours(self) -> int:
        """Paid agent-hours per day of the roster (breaks unpaid)."""
        return sum(line.count * line.shift.paid_hours for line in self.lines)

    @property
    def requirement_hours(self) -> int:
        """The bare requirement's agent-hours per day (the least any roster could pay)."""
        return sum(self.requirement)

    @property
    def agents(self) -> int:
        """People (shifts) per day."""
        return sum(line.count for line in self.lines)

    @property
    def surplus_hours(self) -> int:
        """Paid hours beyond the bare requirement (coverage over it, plus nothing else)."""
        return self.paid_hours - self.requirement_hours

    @property
    def efficiency(self) -> float:
        """Bare requirement ÷ paid hours (1 = no hour over-covered); 1 for an empty roster."""
        return self.requirement_hours / self.paid_hours if self.paid_hours else 1.0

    def to_json(self) -> dict:
        return {
            "requirement": list(self.requirement),
            "coverage": list(self.coverage),
            "shifts": [
                {
                    "start": ln.shift.start,
                    "length_hours": ln.shift.length,
                    "break_start": None
                    if ln.shift.break_offset is None
                    else (ln.shift.start + ln.shift.break_offset) % HOURS,
                    "break_hours": ln.shift.break_hours,
                    "paid_hours": ln.shift.paid_hours,
                    "count": ln.count,
                }
                for ln in self.lines
            ],
            "paid_hours": self.paid_hours,
            "requirement_hours": self.requirement_hours,
            "surplus_hours": self.surplus_hours,
            "agents": self.agents,
            "efficiency": self.efficiency,
            "optimal": self.optimal,
            "rules": self.rules.to_json(),
        }


def _check_requirement(requirement: Sequence[int]) -> tuple[int, ...]:
    req = tuple(requirement)
    if len(req) != HOURS:
        raise InputError(f"shift requirement: needs 24 hourly headcounts, got {len(req)}")
    out = []
    for h, v in enumerate(req):
        if isinstance(v, bool) or int(v) != v or v < 0:
            raise InputError(f"shift requirement: hour {h}: {v!r} is not a whole number >= 0")
        out.append(int(v))
    return tuple(out)


def _solve(c: np.ndarray, a: np.ndarray, req: np.ndarray, extra=None):  # noqa: ANN001, ANN202
    from scipy.optimize import Bounds, LinearConstraint, milp

    constraints = [LinearConstraint(a, lb=req, ub=np.inf)]
    if extra is not None:
        constraints.append(extra)
    return milp(
        c,
        integrality=np.ones_like(c),
        bounds=Bounds(0, np.inf),
        constraints=constraints,
        options={"time_limit": 60.0, "mip_rel_gap": 0.0},  # exact, not within 0.01%
    )


def plan_shifts(requirement: Sequence[int], rules: ShiftRules | None = None) -> Roster:
    """The roster of least paid hours covering ``requirement`` (24 hourly headcounts).

    Raises:
        InputError: a bad requirement, or rules under which some hour with a requirement has
            no shift at all (one line naming the hours), or the solver found no roster.
    """
    from scipy.optimize import LinearConstraint

    rules = rules or ShiftRules()
    req = _check_requirement(requirement)
    kinds = rules.kinds()
    a = np.zeros((HOURS, len(kinds)))
    for j, k in enumerate(kinds):
        a[k.working_hours(), j] = 1.0
    uncovered = [h for h in range(HOURS) if req[h] > 0 and (not kinds or not a[h].any())]
    if uncovered:
        hours = ", ".join(f"{h:02d}:00" for h in uncovered)
        raise InputError(
            f"shift rules: no allowed shift works at {hours}, where agents are needed "
            "(allow other --starts, --lengths or --break"
            + ("" if rules.wrap else ", or shifts past midnight: drop --no-wrap")
            + ")"
        )
    if not any(req):
        return Roster(req, (), (0,) * HOURS, rules)
    r = np.array(req, dtype=float)
    paid = np.array([k.paid_hours for k in kinds], dtype=float)
    first = _solve(paid, a, r)
    if first.x is None:
        raise InputError(f"shift rules: the solver found no roster ({first.message})")
    best = round(float(paid @ np.round(first.x)))
    # among rosters with the least paid hours, the fewest shifts (people)
    second = _solve(np.ones(len(kinds)), a, r, LinearConstraint(paid[None, :], ub=best + 0.5))
    x = np.round(second.x if second.x is not None else first.x).astype(int)
    lines = tuple(RosterLine(k, int(n)) for k, n in zip(kinds, x, strict=True) if n > 0)
    coverage = tuple(int(v) for v in a @ x)
    if any(c < need for c, need in zip(coverage, req, strict=True)):  # pragma: no cover
        raise InputError("shift rules: the solver's roster misses an hour (numerical trouble)")
    return Roster(req, lines, coverage, rules, optimal=bool(first.status == 0))


def roster_scenario(scenario: Scenario, roster: Roster) -> Scenario:
    """The scenario with ``agents.schedule`` set to the roster's hourly coverage."""
    from simulator.scenario.loader import with_values

    return with_values(scenario, {"agents.schedule": list(roster.coverage)})
