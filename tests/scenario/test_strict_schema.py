"""Strict scenario values and hard bounds (issue 13): no bool or text where a number belongs,
finite numbers only, nothing that can overflow or exhaust memory, a Faker locale. Every
problem is one line naming the file (or the --set option) and the field."""

from __future__ import annotations

import typing

import pytest
from pydantic import BaseModel, Strict

from simulator.common.errors import ScenarioError
from simulator.scenario import numbers
from simulator.scenario.distributions import Distribution
from simulator.scenario.loader import load_scenario, scenario_to_yaml, with_values
from simulator.scenario.schema import Scenario
from tests.model.helpers import MMC

GOOD = MMC.read_text(encoding="utf-8")


def _models(model: type[BaseModel], seen: set) -> list[type[BaseModel]]:
    if model in seen:
        return []
    seen.add(model)
    out = [model]
    for field in model.model_fields.values():
        for inner in _inner_types(field.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                out += _models(inner, seen)
    return out


def _inner_types(annotation) -> list:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) is typing.Annotated:
        return _inner_types(args[0])
    if args:
        return [t for a in args if a is not Ellipsis for t in _inner_types(a)]
    return [annotation]


def _bare_scalars(annotation, strict: bool) -> list:
    """The float/int/bool types in ``annotation`` not wrapped in a Strict annotation."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        marked = strict or any(isinstance(m, Strict) for m in args[1:])
        return _bare_scalars(args[0], marked)
    if args and origin is not typing.Literal:
        return [b for a in args if a is not Ellipsis for b in _bare_scalars(a, strict)]
    return [annotation] if annotation in (float, int, bool) and not strict else []


def test_every_number_and_flag_in_the_schema_is_strict():
    """A new field written as a bare float/int/bool would accept true as 1: use Float/Int/Flag."""
    loose = []
    for model in _models(Scenario, set()):
        for name, field in model.model_fields.items():
            strict = any(isinstance(m, Strict) for m in field.metadata)
            if _bare_scalars(field.annotation, strict):
                loose.append(f"{model.__name__}.{name}")
    assert loose == []
    assert Distribution in _models(Scenario, set())


def _file_error(tmp_path, old: str, new: str) -> str:
    assert old in GOOD
    path = tmp_path / "s.yaml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    message = str(info.value)
    assert message.startswith(f"{path}:") and "\n" not in message
    return message


@pytest.mark.parametrize("value", ["true", "yes", "on", "'40'"])
def test_no_bool_or_text_where_a_number_belongs(tmp_path, value):
    message = _file_error(tmp_path, "  count: 11", f"  count: {value}")
    assert "agents.count" in message and "valid integer" in message


def test_a_whole_number_field_refuses_a_fraction(tmp_path):
    assert "agents.count" in _file_error(tmp_path, "  count: 11", "  count: 11.5")


def test_flags_take_true_false_and_yes_no_words_but_not_numbers():
    base = load_scenario(MMC)
    assert with_values(base, {"bot.enabled": True}).bot.enabled is True
    assert load_scenario(MMC, ["bot.enabled=yes"]).bot.enabled is True
    assert load_scenario(MMC, ["bot.enabled=off"]).bot.enabled is False
    with pytest.raises(ScenarioError, match="bot.enabled"):
        load_scenario(MMC, ["bot.enabled=1"])


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ("agents.count=true", "agents.count"),
        ("agents.concurrency=yes", "agents.concurrency"),
        ("arrivals.rate_per_hour=on", "arrivals.rate_per_hour"),
        ("customers.vip_share=false", "customers.vip_share"),
    ],
)
def test_set_refuses_bools_for_numbers(override, field):
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, [override])
    message = str(info.value)
    assert message.startswith(f"{MMC}:") and field in message and "\n" not in message


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_non_finite_values_from_python_are_refused(value):
    with pytest.raises(ScenarioError, match="agents.reply_time.mean_s"):
        with_values(load_scenario(MMC), {"agents.reply_time.mean_s": value})


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ("arrivals.rate_per_hour=1e30", "arrivals.rate_per_hour"),
        ("agents.reply_time={dist: lognormal, mean_s: 100, cv: 1e200}", "agents.reply_time.cv"),
        ("agents.count=100000000", "agents.count"),
        ("horizon.days=367", "horizon.days"),
        ("agents.reply_time.mean_s=1e12", "agents.reply_time.mean_s"),
        ("arrivals.day_multipliers=[1000]", "arrivals.day_multipliers[0]"),
        ("economics.average_order_value=1e300", "economics.average_order_value"),
        ("intents.presale.rounds={dist: constant, value: 1000000}", "intents.presale.rounds"),
        ("customers.bot_tolerance={dist: geometric, mean: 1e6}", "customers.bot_tolerance"),
        ("name=" + "x" * 300, "name"),
    ],
)
def test_values_beyond_the_bounds_are_refused(override, field):
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, [override])
    (first, *_) = info.value.diagnostics
    assert first.field == field, str(info.value)
    assert "\n" not in str(info.value)


def test_a_run_is_capped_in_expected_sessions():
    ok = load_scenario(MMC, ["arrivals.rate_per_hour=80000", "horizon.days=1"])
    assert ok.expected_sessions == pytest.approx(80000 * 24)
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, ["arrivals.rate_per_hour=80000", "horizon.days=2"])
    message = str(info.value)
    assert "3,840,000 first contacts" in message and f"{numbers.MAX_RUN_SESSIONS:,}" in message


def test_locale_must_be_one_faker_has(tmp_path):
    assert load_scenario(MMC, ["customers.locale=en_US"]).customers.locale == "en_US"
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, ["customers.locale=xx"])
    (d,) = info.value.diagnostics
    assert d.field == "customers.locale" and "not a locale Faker has" in d.message
    assert "zh_CN" in d.message
    with pytest.raises(ScenarioError, match="did you mean zh_CN"):
        load_scenario(MMC, ["customers.locale=zh_XN"])


def test_dates_in_set_values_stay_text():
    assert load_scenario(MMC, ["name=2026-02-30"]).name == "2026-02-30"
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, ["agents.count=2026-02-30"])
    assert "agents.count" in str(info.value) and "'2026-02-30'" in str(info.value)


@pytest.mark.parametrize("levels", [60, 300, 900])
def test_deep_set_value_is_one_line(levels):
    value = "[" * levels + "]" * levels
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, [f"horizon={value}"], days=2)
    message = str(info.value)
    assert message.startswith("--set 'horizon=[[[") and "nested more than 50" in message
    assert "\n" not in message and len(message) < 300


def test_duplicate_block_in_a_scenario_file_is_refused(tmp_path):
    agents_line = GOOD.splitlines().index("agents:") + 1
    total = len(GOOD.splitlines())
    path = tmp_path / "s.yaml"
    path.write_text(GOOD + "agents:\n  count: 1\n  reply_time: {dist: constant, value: 1}\n")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    message = str(info.value)
    assert message.startswith(f"{path}:{total + 1}: agents:")
    assert f"lines {agents_line} and {total + 1}" in message


def test_text_looking_like_a_number_survives_a_round_trip():
    scenario = with_values(load_scenario(MMC), {"name": "1e5", "description": "yes"})
    text = scenario_to_yaml(scenario)
    from simulator.scenario.loader import scenario_from_yaml

    back = scenario_from_yaml(text)
    assert (back.name, back.description) == ("1e5", "yes")
