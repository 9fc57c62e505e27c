"""The KPI catalogue: one entry per KPI that compute_kpis returns, and one number formatter
whose output a shop owner can read (no -0.0, no ¥0.00 beside ¥20,000, shares in %, changes of
shares in points)."""

from __future__ import annotations

import math

import pytest

from simulator.common.data import traffic_dir
from simulator.experiments.roi import PER_DAY_ITEMS, QUALITY_ITEMS
from simulator.metrics.catalogue import KPIS, ROI_ITEMS, KpiInfo, field_label, kpi_info
from simulator.metrics.kpis import KPI_NAMES, compute_kpis
from simulator.metrics.units import UNITS, format_interval, format_number
from simulator.model import simulate
from simulator.scenario.loader import load_scenario


@pytest.fixture(scope="module")
def computed_kpis() -> dict[str, float]:
    scenario = load_scenario(traffic_dir() / "mmc_reference.yaml", ["horizon.warmup_hours=1"], 1)
    return compute_kpis(simulate(scenario, seed=3), scenario)


def test_every_computed_kpi_has_one_catalogue_entry_and_vice_versa(computed_kpis):
    assert list(computed_kpis) == list(KPIS) == list(KPI_NAMES)
    for name, info in KPIS.items():
        assert info.name == name and info.unit in UNITS
        assert info.label("zh") and info.label("en") and info.label("zh") != info.label("en")
        for lang in ("zh", "en"):  # one sentence each: a tooltip
            text = info.definition(lang)
            assert text.endswith(("。", ".")) and text.count("。") + text.count(". ") <= 1


def test_roi_items_and_quality_items_read_the_catalogue():
    assert tuple(ROI_ITEMS) == PER_DAY_ITEMS
    assert all(k in KPIS for k in QUALITY_ITEMS)
    assert ROI_ITEMS["profit"] is KPIS["profit"]
    assert kpi_info("agent_cost").unit == "yuan"
    with pytest.raises(KeyError, match="unknown KPI 'nope'"):
        kpi_info("nope")


def test_directions_and_signs():
    assert KPIS["frt_mean_s"].better(-3.0) is True and KPIS["frt_mean_s"].better(3.0) is False
    assert KPIS["conversion_rate"].better(0.01) is True
    assert KPIS["handoff_share"].better(0.1) is None  # depends on the shop
    assert KPIS["profit"].better(math.nan) is None and KPIS["profit"].better(0.0) is None
    assert [k for k, info in KPIS.items() if info.signed] == ["profit"]


@pytest.mark.parametrize(
    ("name", "value", "lang", "expected"),
    [
        ("frt_sla", 0.8312, "en", "83.1%"),
        ("abandon_rate", 0.0035, "en", "0.35%"),  # a small share keeps its digits
        ("abandon_rate", 0.0, "zh", "0.0%"),
        ("frt_mean_s", 22.64, "en", "22.6 s"),
        ("frt_mean_s", 22.64, "zh", "22.6 秒"),
        ("frt_p90_s", 1234.4, "en", "1,234 s"),
        ("profit", 20000.4, "en", "¥20,000"),
        ("profit", -1610.2, "zh", "-¥1,610"),
        ("cost_per_session", 2.345, "en", "¥2.35"),
        ("cost_per_session", 0.004, "en", "¥0"),  # tiny money: no ¥0.00
        ("profit", -0.001, "en", "¥0"),  # rounds to zero: no sign
        ("sessions", 7818.0, "en", "7,818"),
        ("orders", 12.5, "en", "12.5"),
        ("agent_hours", 312.0, "zh", "312 小时"),
        ("csat_mean", 4.123, "en", "4.12"),
        ("csat_mean", math.nan, "en", "–"),
    ],
)
def test_values_read_naturally(name, value, lang, expected):
    assert kpi_info(name).format(value, lang) == expected


@pytest.mark.parametrize(
    ("name", "value", "lang", "expected"),
    [
        ("frt_sla", 0.0123, "en", "+1.2 pts"),  # shares change in points, not in %
        ("frt_sla", 0.0123, "zh", "+1.2 个百分点"),
        ("profit", -1610.0, "en", "-¥1,610"),
        ("profit", 1610.0, "en", "+¥1,610"),
        ("frt_mean_s", -3.25, "zh", "-3.2 秒"),
        ("frt_mean_s", -0.01, "en", "±0.0 s"),  # rounds to zero: neither + nor -
        ("csat_mean", -0.0001, "en", "±0.00"),
        ("csat_mean", 0.012, "en", "+0.012"),
    ],
)
def test_changes_are_signed(name, value, lang, expected):
    assert kpi_info(name).format_delta(value, lang) == expected


def test_intervals_never_show_minus_zero_and_share_decimals_with_the_mean():
    abandon = KPIS["abandon_rate"]
    assert abandon.format_ci(-0.00004, 0.0031, "en") == "[0.00%, 0.31%]"  # clipped at 0
    assert KPIS["frt_sla"].format_ci(0.97, 1.02, "en") == "[97.0%, 100.0%]"  # clipped at 100%
    assert KPIS["frt_mean_s"].format_ci(-0.04, 0.4, "en") == "[0.0 s, 0.4 s]"
    assert KPIS["profit"].format_ci(-310.0, 5.0, "en") == "[-¥310, ¥5]"  # signed: not clipped
    assert abandon.format_ci(math.nan, 0.1, "en") == ""
    text = KPIS["profit"].format_estimate(20000.0, 19000.0, 21000.0, "en")
    assert (text.value, text.ci) == ("¥20,000", "[¥19,000, ¥21,000]")
    change = KPIS["profit"].format_estimate(50.0, -3000.0, 3100.0, "en", delta=True)
    assert (change.value, change.ci) == ("+¥50", "[-¥3,000, +¥3,100]")  # not +¥50.00
    assert format_interval(-0.04, 0.04, "seconds", "en", change=True) == "[±0.0 s, ±0.0 s]"
    assert "-0" not in format_number(-0.0, "share", "en")


def test_a_bad_unit_or_language_is_refused():
    with pytest.raises(ValueError, match='"unit" must be one of'):
        KpiInfo("x", "percent", True, "x", "x", "x", "x")
    with pytest.raises(ValueError, match='"lang" must be one of zh, en'):
        KPIS["profit"].format(1.0, "fr")


def test_field_labels():
    assert field_label("agents.concurrency", "zh") == "并发上限"
    assert field_label("agents.concurrency", "en") == "Chat concurrency"
    assert field_label("bot.enabled", "en") == "AI bot on"
    assert field_label("bot.answer_quality.presale", "zh") == "机器人答复质量 (售前)"
    assert field_label("intents.presale.conversion.base", "en") == "intents.presale.conversion.base"
