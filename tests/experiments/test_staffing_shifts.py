"""Shift construction (issue 12, point 3): least-cost rosters by MILP, checked against hand
computation and brute force; infeasible rules are one-line errors; the roster written back
into a scenario is what the model simulates."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from simulator.common.errors import InputError
from simulator.experiments.staffing.shifts import Shift, ShiftRules, plan_shifts, roster_scenario
from simulator.scenario.loader import load_scenario, scenario_from_yaml, scenario_to_yaml


def _covers(roster) -> None:
    assert all(c >= r for c, r in zip(roster.coverage, roster.requirement, strict=True))
    hours = np.zeros(24, dtype=int)
    for line in roster.lines:
        hours[line.shift.working_hours()] += line.count
    assert tuple(hours) == roster.coverage  # the coverage is what the shifts work


def test_break_is_mid_shift_and_unpaid() -> None:
    nine = Shift(8, 9, (9 - 1) // 2, 1)
    assert nine.working_hours() == [8, 9, 10, 11, 13, 14, 15, 16]
    assert nine.paid_hours == 8 and nine.label() == "08:00-17:00 (break 12:00-13:00)"
    late = Shift(22, 8, 3, 1)
    assert late.working_hours() == [22, 23, 0, 2, 3, 4, 5]  # past midnight, break 01:00


def test_known_optimum_one_agent_ten_hours_with_eight_hour_shifts() -> None:
    """One agent 08:00-18:00 with only 8 h shifts (1 h break after 3 h), none past midnight.
    One shift works 7 hours, so at least two are needed: 14 paid hours; two suffice
    (08:00 covers 8-10 and 12-15, 10:00 covers 10-12 and 14-17), hence 14 is the optimum."""
    need = [0] * 8 + [1] * 10 + [0] * 6
    roster = plan_shifts(need, ShiftRules(lengths=(8,), break_from=6, break_hours=1, wrap=False))
    _covers(roster)
    assert (roster.paid_hours, roster.agents, roster.requirement_hours) == (14, 2, 10)
    assert roster.surplus_hours == 4


def test_known_optimum_without_breaks_is_the_bare_requirement() -> None:
    """2 agents 08-16 and 1 agent 16-20, 4-5 h shifts without breaks: 20 agent-hours needed,
    and 2 x 08-12, 2 x 12-16, 1 x 16-20 pay exactly 20: no roster can pay less."""
    need = [0] * 8 + [2] * 8 + [1] * 4 + [0] * 4
    roster = plan_shifts(need, ShiftRules(lengths=(4, 5), break_hours=0, wrap=False))
    _covers(roster)
    assert (roster.paid_hours, roster.agents, roster.efficiency) == (20, 5, 1.0)


def test_matches_brute_force_on_small_cases() -> None:
    """Starts 6/8/10/12, lengths 4 and 8 (8 h with a 1 h break): every roster with up to 3
    agents per kind is enumerated; the solver's paid hours equal the cheapest feasible one,
    and its shift count is the fewest among those."""
    rules = ShiftRules(starts=(6, 8, 10, 12), lengths=(4, 8), break_from=6, break_hours=1,
                       wrap=False)  # fmt: skip
    kinds = rules.kinds()
    a = np.zeros((24, len(kinds)), dtype=int)
    for j, k in enumerate(kinds):
        a[k.working_hours(), j] = 1
    paid = np.array([k.paid_hours for k in kinds])
    combos = np.array(list(itertools.product(range(4), repeat=len(kinds))))  # 65,536
    cover = combos @ a.T
    rng = np.random.default_rng(12)
    for _ in range(6):
        need = np.zeros(24, dtype=int)
        need[6:20] = rng.integers(0, 3, 14)
        feasible = (cover >= need).all(axis=1)
        best = (combos[feasible] @ paid).min()
        fewest = combos[feasible & (combos @ paid == best)].sum(axis=1).min()
        roster = plan_shifts(need.tolist(), rules)
        _covers(roster)
        assert (roster.paid_hours, roster.agents) == (best, fewest), need


def test_shifts_wrap_past_midnight() -> None:
    need = [1] * 6 + [0] * 16 + [1] * 2  # 22:00-06:00
    roster = plan_shifts(need, ShiftRules(starts=(22,), lengths=(8,), break_hours=0))
    assert [(ln.shift.start, ln.count) for ln in roster.lines] == [(22, 1)]
    assert roster.paid_hours == 8


def test_infeasible_rules_are_one_line() -> None:
    need = [0] * 8 + [1] * 4 + [0] * 8 + [2] * 2 + [0] * 2
    with pytest.raises(InputError) as exc:
        plan_shifts(need, ShiftRules(starts=(8,), lengths=(4,), wrap=False))
    text = str(exc.value)
    assert "\n" not in text and "20:00, 21:00" in text and "--starts" in text
    with pytest.raises(InputError, match="cannot hold a 1 h break"):
        ShiftRules(lengths=(2,), break_from=2, break_hours=1)
    with pytest.raises(InputError, match="24 hourly"):
        plan_shifts([1] * 23)


def test_empty_requirement_needs_no_one() -> None:
    roster = plan_shifts([0] * 24)
    assert (roster.paid_hours, roster.lines, roster.efficiency) == (0, (), 1.0)


def test_roster_written_back_is_the_scenarios_schedule() -> None:
    scenario = load_scenario("mmc_reference")
    need = [0] * 7 + [3] * 12 + [1] * 5
    roster = plan_shifts(need, ShiftRules(starts=tuple(range(6, 20)), lengths=(4, 6, 8)))
    out = scenario_from_yaml(scenario_to_yaml(roster_scenario(scenario, roster)))
    assert out.agents.schedule == roster.coverage
    assert out.agents.count is None


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_roster_chart_shows_coverage_against_requirement(lang: str) -> None:
    from matplotlib.figure import Figure

    from simulator.charts.shifts import roster_figure

    need = [1, 0, 1, 1, 1, 1] + [0] * 16 + [1] * 2  # 22:00-06:00, break at 01:00
    roster = plan_shifts(need, ShiftRules(starts=(22,), lengths=(8,), break_hours=1))
    fig = roster_figure(roster, lang=lang)
    assert isinstance(fig, Figure)
    top, bottom = fig.axes[:2]
    assert [round(p.get_height()) for p in top.patches] == list(roster.coverage)
    assert [t.get_text() for t in bottom.get_yticklabels()] == ["22:00-06:00"]
