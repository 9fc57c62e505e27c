"""Calibration that reproduces the shop (issue 12, point 5): a history made by the model with a
slower first reply and a stronger bot than the base scenario is calibrated, then the fitted
scenario is simulated on a seed the fit did not use and compared with the history day by day.

One replication of each: the history (seed 3, 7 days of ~1,600 sessions, one 2x promo day),
the fit's pilot runs (seed 4) and the check (seed 5). Tolerance: 10% per day on sessions,
handoff share and mean first response. With ~900 handoffs a day and a first response of
~35 s (cv ~0.6), one day's mean has an SE of ~2%, so two independent runs differ by ~3% (1 SE)
and 10% is over 3 SEs; sessions and handoff share are tighter still.
"""

from __future__ import annotations

import re

import pytest

from simulator.cli.main import main
from simulator.experiments.calibrate import calibrate
from simulator.experiments.calibration_check import check_fit
from simulator.experiments.history import generate_history, read_history, write_history
from simulator.scenario.loader import load_scenario
from simulator.scenario.schema import Scenario
from tests.model.helpers import TRAFFIC

DAILY = TRAFFIC / "tmall_daily.yaml"
# the shop: tmall_daily's customers, but a bot whose answer quality is 1.2x the base's and agents whose
# opening reply takes 20 s on average (the base says 12 s)
TRUTH = [
    "arrivals.sessions_per_day=1500",
    "horizon.days=7",
    "arrivals.day_multipliers=[1, 1, 1, 2, 1, 1, 1]",
    "agents.count=8",
    "bot.answer_quality={presale: 0.60, logistics: 0.936, aftersale: 0.66, complaint: 0.06}",
    "agents.first_reply_time={dist: lognormal, mean_s: 20, cv: 0.5}",
]


@pytest.fixture(scope="module")
def shop_history(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "shop.csv"
    write_history(path, generate_history(load_scenario(DAILY, TRUTH), seed=3))
    return path


def _fit(path, fit_service=True):
    rows = read_history(path)
    cal, data = calibrate(rows, load_scenario(DAILY), seed=4, fit_service=fit_service)
    return rows, cal, Scenario.model_validate(data)


def test_round_trip_reproduces_sessions_handoff_share_and_first_response_per_day(shop_history):
    rows, cal, fitted = _fit(shop_history)
    check = check_fit(rows, fitted, cal, seed=5, tolerance=0.10)
    assert len(check.daily) == 7 * 3
    off = [(g.where, g.kpi, g.history, g.simulated) for g in check.daily if g.beyond_tolerance]
    assert off == []
    # hours: the standard errors come from six ordinary days a side, so across 72 hour-KPI
    # cells one may pass 3 "SE" by chance (seen with the day-by-day streams: 06:00, a quiet
    # hour, 26.2 s against 22.5 s); a real misfit shows in many hours and in the daily rows
    assert sum(len(gaps) for gaps in check.off().values()) <= 1
    # the knobs land near the truth: 20 s opening reply, answer quality x1.2
    assert cal.first_reply_mean_s == pytest.approx(20, rel=0.15)
    assert cal.answer_quality_scale == pytest.approx(1.2, rel=0.10)


def test_demand_only_fit_misses_first_response_and_the_check_says_where(shop_history):
    """The control: without the service fit the base's 12 s first reply and weaker bot stay,
    and the check names first response and handoffs on every day."""
    rows, cal, fitted = _fit(shop_history, fit_service=False)
    assert cal.first_reply_mean_s is None and cal.answer_quality_scale is None
    check = check_fit(rows, fitted, cal, seed=5, tolerance=0.10)
    off = check.off()
    frt_days = [g.where for g in off.get("first_response_s", []) if "-" in g.where]
    assert len(frt_days) == 7
    assert all(g.simulated < g.history for g in off["first_response_s"])


def test_cli_prints_the_side_by_side_table_and_warns_on_stderr(shop_history, tmp_path, capsys):
    out = tmp_path / "fitted.yaml"
    argv = ["calibrate", str(shop_history), "--out", str(out), "--seed", "4", "--lang", "en"]
    assert main([*argv, "--demand-only"]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) >= 1
    frt = next(w for w in warnings if "first response" in w)
    assert "more than 10%" in frt and "2026-10-01" in frt
    assert "hour" in captured.out and "first response (s)" in captured.out
    assert main(argv) == 0
    captured = capsys.readouterr()
    # no day is off; one quiet hour may pass 3 "SE" by chance (see the round-trip test above)
    warnings = [line for line in captured.err.splitlines() if line.startswith("warning:")]
    assert len(warnings) <= 1 and all(re.search(r" at \d\d:00 ", w) for w in warnings)
    scale = float(re.search(r"bot answer quality x([0-9.]+)", captured.out).group(1))
    assert scale == pytest.approx(1.2, rel=0.10)
    if not warnings:
        assert "every hour and day within 10%" in captured.out
    fitted = load_scenario(out)
    assert fitted.agents.first_reply_time.center == pytest.approx(20, rel=0.15)


def test_cli_refuses_a_tolerance_out_of_range(shop_history, tmp_path, capsys):
    out = tmp_path / "fitted.yaml"
    assert main(["calibrate", str(shop_history), "--out", str(out), "--tolerance", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert "--tolerance" in err and "\n" not in err
    assert not out.exists()


def test_shipped_example_was_made_by_the_current_model():
    """The shipped export reproduces itself: calibrated and re-simulated on a seed its
    generation did not use, every day's sessions, handoff share and first response are within
    10% (the old export, made before first_reply_time, was 70-110% slower on first response)."""
    from simulator.common.data import history_example

    rows = read_history(history_example())
    cal, data = calibrate(rows, load_scenario(DAILY), seed=0)
    check = check_fit(rows, Scenario.model_validate(data), cal, seed=1, tolerance=0.10)
    off = [(g.where, g.kpi, g.history, g.simulated) for g in check.daily if g.beyond_tolerance]
    assert off == []
    assert cal.first_reply_mean_s == pytest.approx(12, rel=0.15)  # tmall_daily's own


def test_cli_help_names_the_fit_options(capsys):
    with pytest.raises(SystemExit) as info:
        main(["calibrate", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--tolerance" in out and "--demand-only" in out and "10%" in out
