"""Calibration from an hourly export: strict CSV reading and a generate -> calibrate round trip."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.cli.main import main
from simulator.common.errors import InputError
from simulator.experiments.calibrate import calibrate
from simulator.experiments.history import generate_history, read_history, write_history
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

DAILY = TRAFFIC / "tmall_daily.yaml"
TRUTH = [
    "arrivals.sessions_per_day=1500",
    "horizon.days=7",
    "arrivals.day_multipliers=[1, 1, 1, 3, 1, 1, 1]",
    "agents.count=8",
]


def test_round_trip_recovers_volume_profile_and_promo_day(tmp_path):
    truth = load_scenario(DAILY, TRUTH)
    path = tmp_path / "h.csv"
    write_history(path, generate_history(truth, seed=3))
    cal, data = calibrate(read_history(path), load_scenario(DAILY), seed=4)
    # 6 ordinary days of ~1,500 Poisson first contacts: sampling SE of the daily mean ~0.7%;
    # the re-contact correction adds pilot noise of the same order; allow 5%
    assert cal.sessions_per_day == pytest.approx(1500, rel=0.05)
    assert cal.day_multipliers[3] == pytest.approx(3.0, rel=0.10)
    assert cal.promo_days == (cal.days[3],)
    assert cal.agents_schedule == (8,) * 24
    true_profile = np.asarray(truth.arrivals.hourly_profile)
    assert np.corrcoef(true_profile, cal.hourly_profile)[0, 1] > 0.97
    assert data["horizon"]["days"] == 7


HEADER = "timestamp,sessions,handoffs,first_response_s,agents\n"


@pytest.mark.parametrize(
    "body,fragment",
    [
        ("2026-10-01 00:00,12,3,20.5,2\n2026-10-01 01:00,abc,3,20,2\n", ":3: column 'sessions'"),
        ("2026-10-01 00:00,-4,3,20.5,2\n", ":2: column 'sessions': expected a whole number >= 0"),
        ("2026-10-01 25:00,4,3,20.5,2\n", ":2: column 'timestamp'"),
        ("2026-10-01 00:30,4,3,20.5,2\n", "must be on the hour"),
        ("2026-10-01 00:00,4,3,fast,2\n", ":2: column 'first_response_s'"),
        (
            "2026-10-01 00:00,4,3,20,2\n2026-10-01 00:00,5,3,20,2\n",
            ":3: hour 2026-10-01 00:00 appears twice",
        ),
        ("2026-10-01 00:00,4,3\n", ":2: expected 5 columns"),
    ],
)
def test_malformed_rows_name_line_and_column(tmp_path, body, fragment):
    path = tmp_path / "h.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_history(path)
    assert fragment in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_header_and_date_hour_form(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("when,count\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":1: header: needs 'sessions'"):
        read_history(path)
    path.write_text("date,hour,sessions\n2026-10-01,5,7\n2026-10-01,24,1\n", encoding="utf-8")
    with pytest.raises(InputError, match=r":3: column 'hour': must be 0-23"):
        read_history(path)
    path.write_text("date,hour,sessions\n2026-10-01,5,7\n", encoding="utf-8")
    assert read_history(path)[0].sessions == 7


def test_cli_calibrates_the_shipped_example_and_reports_incomplete_days(tmp_path, capsys):
    example = TRAFFIC.parent / "history" / "example_shop_hourly.csv"
    text = example.read_text(encoding="utf-8").splitlines()
    short = tmp_path / "short.csv"  # 3 full days plus 5 hours of a fourth
    short.write_text("\n".join(text[: 1 + 3 * 24 + 5]) + "\n", encoding="utf-8")
    out = tmp_path / "cal.yaml"
    assert main(["calibrate", str(short), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "has 5 of 24 hours; left out of the fit" in captured.err
    assert load_scenario(out).horizon.days == 3
    assert main(["calibrate", str(tmp_path / "none.csv"), "--out", str(out)]) == 2
