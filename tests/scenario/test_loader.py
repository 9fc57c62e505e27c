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
