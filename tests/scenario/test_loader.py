"""Scenario loading: bad input gets one line naming the file, the field path and what's allowed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from simulator.common.errors import ScenarioError
from simulator.scenario.loader import load_scenario
from tests.model.helpers import MMC, TRAFFIC

GOOD = MMC.read_text(encoding="utf-8")

BAD_CASES = [
    # (replace this text, with this text, expected fragments of the message)
    ("  count: 11", "  count: 11\n  crowd: 3", ["agents.crowd", "unknown field", "concurrency"]),
    ("  concurrency: 1", "  concurrency: 0", ["agents.concurrency", "greater than or equal to 1"]),
    ("  concurrency: 1", "  concurrency: 11", ["agents.concurrency", "less than or equal to 10"]),
    ("  rate_per_hour: 360", "  rate_per_hour: -5", ["arrivals.rate_per_hour", "greater than 0"]),
    ("  rate_per_hour: 360", "  rate_per_hour: lots", ["arrivals.rate_per_hour", "valid number"]),
    (
        "{dist: exponential, mean_s: 100}",
        "{dist: weibull, mean_s: 100}",
        ["agents.reply_time.dist", "exponential", "lognormal"],
    ),
    (
        "{dist: exponential, mean_s: 100}",
        "{dist: lognormal, mean_s: 100}",
        ["agents.reply_time", "needs mean_s (or mean) and cv"],
    ),
    ("  count: 11", "  count: 11\n  schedule: [1]", ["agents", "either count or schedule"]),
    (
        "share: 1.0, intents: {presale: 1.0}",
        "share: 1.0, intents: {presale: 0.5}",
        ["arrivals.entry_points.any.intents", "must sum to 1"],
    ),
    (
        "share: 1.0, intents: {presale: 1.0}",
        "share: 1.0, intents: {browsing: 1.0}",
        ["arrivals.entry_points.any.intents.browsing", "presale"],
    ),
    ("  days: 2", "  days: 0", ["horizon.days", "greater than or equal to 1"]),
    ("  warmup_hours: 2", "  warmup_hours: 100", ["warmup_hours must be shorter"]),
    ("schema_version: 1", "schema_version: 7", ["schema_version", "1"]),
    (
        "  rate_per_hour: 360",
        "  rate_per_hour: 360\n  sessions_per_day: 100",
        ["arrivals", "either sessions_per_day"],
    ),
]


@pytest.mark.parametrize("old,new,fragments", BAD_CASES)
def test_bad_scenario_gets_one_line_with_file_and_field(tmp_path, old, new, fragments):
    assert old in GOOD
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    msg = str(info.value)
    assert "\n" not in msg
    assert msg.startswith(f"{path}:")
    for frag in fragments:
        assert frag in msg, msg


def test_error_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace("  concurrency: 1", "  concurrency: 0"), encoding="utf-8")
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if "concurrency" in t)
    with pytest.raises(ScenarioError, match=rf"bad.yaml:{line}: agents.concurrency"):
        load_scenario(path)


@pytest.mark.parametrize(
    "text,fragment",
    [
        ("name: [unclosed", "invalid YAML"),
        ("", "expected a mapping"),
        ("- just\n- a list\n", "expected a mapping"),
        ("!!python/object/apply:os.system ['echo hacked']\n", "invalid YAML"),
    ],
)
def test_unreadable_files(tmp_path, text, fragment):
    path = tmp_path / "s.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError if "mapping" in fragment else Exception) as info:
        load_scenario(path)
    assert fragment in str(info.value) and str(path) in str(info.value)


def test_missing_file():
    with pytest.raises(Exception, match="file not found"):
        load_scenario(TRAFFIC / "nope.yaml")


def test_overrides_apply_and_validate():
    s = load_scenario(
        MMC,
        [
            "agents.count=40",
            "bot.enabled=false",
            "customers.patience={dist: exponential, mean_s: 200}",
        ],
    )
    assert s.agents.count == 40 and s.customers.patience.center == 200
    with pytest.raises(ScenarioError, match=r"agents.count.*\(set by --set agents.count\)"):
        load_scenario(MMC, ["agents.count=-1"])
    with pytest.raises(ScenarioError, match="expected PATH=VALUE"):
        load_scenario(MMC, ["agents.count"])


def test_override_of_one_exclusive_field_drops_the_other():
    s = load_scenario(TRAFFIC / "tmall_daily.yaml", ["agents.count=12"])
    assert s.agents.count == 12 and s.agents.schedule is None
    s = load_scenario(
        MMC, ["arrivals.sessions_per_day=1000", f"arrivals.hourly_profile={[1] * 24}"]
    )
    assert s.arrivals.rate_per_hour is None and s.arrivals.hourly_rates()[0] == pytest.approx(
        1000 / 24
    )


def test_scenarios_are_immutable():
    s = load_scenario(MMC)
    with pytest.raises(ValidationError):
        s.agents.count = 3  # type: ignore[misc]


def _line_of(path, text):
    return next(i for i, t in enumerate(path.read_text().splitlines(), 1) if t.startswith(text))


def test_typo_of_a_top_level_key_is_reported_at_the_typo_with_did_you_mean(tmp_path):
    path = tmp_path / "typo.yaml"
    path.write_text(GOOD.replace("agents:", "agnets:"), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    (d,) = info.value.diagnostics  # not also "agents: required field is missing"
    assert (d.field, d.line, d.message) == ("agnets", _line_of(path, "agnets:"), "unknown field")
    assert "did you mean agents?" in d.hint
    assert str(info.value).startswith(f"{path}:{d.line}: agnets: unknown field (did you mean")


def test_typo_of_a_nested_key_gets_did_you_mean(tmp_path):
    path = tmp_path / "typo.yaml"
    path.write_text(GOOD.replace("  concurrency: 1", "  concurency: 1"), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    (d,) = info.value.diagnostics
    assert d.field == "agents.concurency" and d.line == _line_of(path, "  concurency")
    assert d.hint.startswith("did you mean concurrency?")


def test_a_missing_field_without_a_typo_is_still_reported(tmp_path):
    path = tmp_path / "missing.yaml"
    path.write_text(GOOD.replace("agents:", "zzzzzz:"), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    fields = {d.field: d for d in info.value.diagnostics}
    assert fields["agents"].message == "required field is missing" and "zzzzzz" in fields


@pytest.mark.parametrize(
    "path,label",
    [
        (TRAFFIC.parent / "roleplay" / "late_delivery_angry.yaml", "a role-play script"),
        (TRAFFIC.parent / "kb" / "shipping.yaml", "a knowledge-base file"),
        (TRAFFIC.parent / "lexicons" / "zh.yaml", "a reply-classifier lexicon"),
    ],
)
def test_other_kinds_of_file_say_what_they_look_like(path, label):
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    (d,) = info.value.diagnostics
    assert f"looks like {label}" in d.message and "not a traffic scenario" in d.message
    assert d.file == str(path) and "kefulab" in d.hint


def test_override_problems_name_the_override(tmp_path):
    with pytest.raises(ScenarioError) as info:
        load_scenario(MMC, ["agents.concurrency=0", "bot.answer_quality.presale=2"], days=400)
    fields = {d.field: d for d in info.value.diagnostics}
    assert fields["agents.concurrency"].hint == "set by --set agents.concurrency"
    assert fields["horizon.days"].hint == "set by --days"
    assert fields["agents.concurrency"].line == _line_of(MMC, "  concurrency")
    s = load_scenario(TRAFFIC / "tmall_daily.yaml", ["agents.schedule[0]=4"])
    assert s.agents.schedule[0] == 4
    with pytest.raises(ScenarioError, match=r"--set 'agents.count.x=1': agents.count.x: "):
        load_scenario(MMC, ["agents.count.x=1"])


def test_a_shipped_scenario_loads_by_name_and_a_missing_one_lists_the_names():
    assert load_scenario("tmall_daily") == load_scenario(TRAFFIC / "tmall_daily.yaml")
    with pytest.raises(ScenarioError) as info:
        load_scenario("no_such_scenario")
    (d,) = info.value.diagnostics
    assert d.message == "file not found" and "tmall_daily" in d.hint


def test_the_old_interception_key_names_its_new_name(tmp_path):
    """``bot.interception`` was renamed ``bot.answer_quality``: an old file gets one line
    naming the new key, never a silent default."""
    text = (TRAFFIC / "tmall_daily.yaml").read_text(encoding="utf-8")
    path = tmp_path / "old.yaml"
    path.write_text(text.replace("answer_quality:", "interception:"), encoding="utf-8")
    with pytest.raises(ScenarioError) as err:
        load_scenario(path)
    message = str(err.value)
    assert "\n" not in message and "old.yaml" in message
    assert "'interception' is now 'answer_quality'" in message
