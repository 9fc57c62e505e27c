"""Editing scenarios as an editor does: with_values, and YAML text in and out."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.common.errors import ScenarioError
from simulator.scenario.distributions import Distribution
from simulator.scenario.loader import (
    load_scenario,
    scenario_from_yaml,
    scenario_to_yaml,
    with_values,
)
from tests.model.helpers import MMC, TRAFFIC

DAILY = TRAFFIC / "tmall_daily.yaml"


def test_with_values_sets_fields_lists_and_maps():
    base = load_scenario(DAILY)
    edited = with_values(
        base,
        {
            "agents.schedule[3]": 7,
            "arrivals.hourly_profile[20]": 9.5,
            "bot.answer_quality.presale": 0.5,
            "customers.patience": Distribution(dist="exponential", mean_s=200),
            "agents.concurrency": np.int64(5),
            "handoff.keywords": ("投诉", "退款"),
        },
    )
    assert edited.agents.schedule[3] == 7 and edited.arrivals.hourly_profile[20] == 9.5
    assert edited.bot.answer_quality["presale"] == 0.5 and edited.agents.concurrency == 5
    assert edited.customers.patience.center == 200 and edited.handoff.keywords == ("投诉", "退款")
    assert base.agents.schedule[3] == 1 and edited.intents == base.intents  # a new scenario
    assert with_values(base, {}) == base


def test_with_values_follows_the_count_schedule_rule_of_set():
    daily = load_scenario(DAILY)
    flat = with_values(daily, {"agents.count": 12})
    assert flat.agents.count == 12 and flat.agents.schedule is None
    shifts = with_values(load_scenario(MMC), {"agents.schedule": [5] * 24})
    assert shifts.agents.count is None and shifts.agents.max_on_duty == 5
    daily_rate = with_values(daily, {"arrivals.rate_per_hour": 300})
    assert daily_rate.arrivals.sessions_per_day is None
    assert daily_rate.arrivals.hourly_profile is None


def test_with_values_reports_every_problem_with_its_field_path():
    with pytest.raises(ScenarioError) as info:
        with_values(load_scenario(MMC), {"agents.concurrency": 0, "bot.answer_quality.presale": 2})
    err = info.value
    assert {d.field for d in err.diagnostics} == {
        "agents.concurrency",
        "bot.answer_quality.presale",
    }
    by_field = {d.field: d for d in err.diagnostics}
    assert "greater than or equal to 1" in by_field["agents.concurrency"].message
    assert all(d.severity == "error" and d.line is None for d in err.diagnostics)
    assert "\n" not in str(err) and str(err).endswith("(+1 more)")


@pytest.mark.parametrize(
    "path,fragment",
    [
        ("agents.schedule[3]", "agents.schedule is not set"),  # MMC gives a count
        ("agents.count.x", "agents.count is not a mapping"),
        ("arrivals.rate_per_hour[2]", "not a list"),
        ("a..b", "not a field path"),
        ("agents.schedule[x]", "not a field path"),
    ],
)
def test_with_values_rejects_unusable_paths(path, fragment):
    with pytest.raises(ScenarioError) as info:
        with_values(load_scenario(MMC), {path: 1})
    (d,) = info.value.diagnostics
    assert d.field == path and fragment in d.message


def test_with_values_index_out_of_range_and_typo():
    daily = load_scenario(DAILY)
    with pytest.raises(ScenarioError) as info:
        with_values(daily, {"agents.schedule[24]": 1})
    assert "has 24 items" in info.value.diagnostics[0].message
    with pytest.raises(ScenarioError) as info:
        with_values(daily, {"agnets.count": 3})
    (d,) = info.value.diagnostics
    assert d.field == "agnets" and "did you mean agents?" in d.hint


@pytest.mark.parametrize(
    "values,field,guess",
    [
        ({"agents.reply_time.dist": "lognormall"}, "agents.reply_time.dist", "lognormal"),
        ({"bot.answer_quality.complain": 0.1}, "bot.answer_quality.complain", "complaint"),
    ],
)
def test_a_misspelt_choice_gets_did_you_mean(values, field, guess):
    with pytest.raises(ScenarioError) as info:
        with_values(load_scenario(MMC), values)
    (d,) = info.value.diagnostics
    assert d.field == field and d.hint == f"did you mean {guess}?"


@pytest.mark.parametrize("path", sorted(TRAFFIC.glob("*.yaml")), ids=lambda p: p.stem)
def test_yaml_round_trip_gives_the_same_scenario(path):
    scenario = load_scenario(path)
    text = scenario_to_yaml(scenario)
    assert scenario_from_yaml(text) == scenario
    assert scenario_to_yaml(scenario_from_yaml(text)) == text


def test_scenario_from_yaml_diagnostics_carry_lines():
    text = scenario_to_yaml(load_scenario(MMC)).replace("concurrency: 1", "concurrency: 0")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "concurrency" in t)
    with pytest.raises(ScenarioError) as info:
        scenario_from_yaml(text)
    (d,) = info.value.diagnostics
    assert (d.file, d.line, d.field) == ("<editor>", line, "agents.concurrency")
    assert str(info.value).startswith(f"<editor>:{line}: agents.concurrency: ")
    with pytest.raises(ScenarioError) as info:
        scenario_from_yaml("name: x\nagents: [unclosed\n", path="draft.yaml")
    (d,) = info.value.diagnostics
    assert d.file == "draft.yaml" and d.line == 3 and "invalid YAML" in d.message
