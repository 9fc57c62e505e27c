"""Strict history CSV, calibration bounds and --grid values (issue 13): one line naming the
file (or option) and the row, never a traceback."""

from __future__ import annotations

import os
import threading
from datetime import date, timedelta

import pytest

from simulator.common.errors import InputError
from simulator.experiments.calibrate import calibrate
from simulator.experiments.history import HourRow, read_history
from simulator.experiments.sweep import parse_grid
from simulator.scenario.loader import load_scenario
from tests.model.helpers import TRAFFIC

HEADER = "timestamp,sessions,handoffs,first_response_s,agents\n"
ROW = "2026-10-01 00:00,{sessions},3,{frt},2\n"


def _refused(tmp_path, text: str) -> str:
    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_history(path)
    message = str(info.value)
    assert message.startswith(f"{path}:") and "\n" not in message
    return message.removeprefix(f"{path}")


@pytest.mark.parametrize(
    ("header", "fragment"),
    [
        (
            "timestamp,sessions,sessions\n",
            ":1: header: column 'sessions' appears twice (columns 2 and 3)",
        ),
        ("timestamp,sessions,\n", ":1: header: column 3 has no name"),
        ("timestamp, ,sessions\n", ":1: header: column 2 has no name"),
        ("timestamp,agents,sessions,agents \n", "'agents' appears twice (columns 2 and 4)"),
    ],
)
def test_duplicate_or_empty_column_names_are_refused(tmp_path, header, fragment):
    assert fragment in _refused(tmp_path, header + "2026-10-01 00:00,1,1,1\n")


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e400", "Infinity", "1e12"])
def test_non_finite_or_huge_counts_are_refused(tmp_path, value):
    message = _refused(tmp_path, HEADER + ROW.format(sessions=value, frt=10))
    assert message.startswith(":2: column 'sessions': expected a whole number >= 0")


@pytest.mark.parametrize("value", ["inf", "nan", "1e300"])
def test_non_finite_or_huge_seconds_are_refused(tmp_path, value):
    message = _refused(tmp_path, HEADER + ROW.format(sessions=5, frt=value))
    assert message.startswith(":2: column 'first_response_s': expected seconds >= 0")


def test_control_characters_in_a_cell_are_escaped_in_the_message(tmp_path):
    message = _refused(tmp_path, HEADER + ROW.format(sessions="4\x1b[31m", frt=1))
    assert "\x1b" not in message and "\\x1b" in message


def test_fifo_history_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "h.csv"
    os.mkfifo(fifo)
    result: list[str] = []

    def read() -> None:
        try:
            read_history(fifo)
        except InputError as exc:
            result.append(str(exc))

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "read_history blocked on a FIFO"
    assert result == [f"{fifo}: is a FIFO (named pipe), expected a CSV file"]


def _days(n: int, sessions: int) -> list[HourRow]:
    start = date(2026, 1, 1)
    return [HourRow(start + timedelta(days=d), h, sessions) for d in range(n) for h in range(24)]


def test_calibration_beyond_the_scenario_bounds_names_the_history():
    base = load_scenario(TRAFFIC / "tmall_daily.yaml")
    with pytest.raises(InputError) as info:
        calibrate(_days(400, 1), base, source="shop.csv")
    message = str(info.value)
    assert message.startswith("shop.csv: the fitted scenario is out of bounds: horizon.days:")
    with pytest.raises(InputError, match=r"^shop\.csv: the ordinary days have 0 sessions"):
        calibrate(_days(2, 0), base, source="shop.csv")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("agents.count=1,2," + "[" * 400 + "]" * 400, "nested more than 50 levels"),
        ("agents.count=1,{a: 1, a: 2}", "appears twice"),
        ("agents.count=1,.nan", "not a finite number"),
        ("agents.count=0:1e999999999:1e999999990", "within ±1e15"),
    ],
)
def test_grid_values_use_the_strict_reader(text, fragment):
    with pytest.raises(InputError) as info:
        parse_grid(text)
    message = str(info.value)
    assert message.startswith("--grid 'agents.count=") and fragment in message
    assert "\n" not in message and len(message) < 300


def test_grid_dates_and_yes_stay_text():
    assert parse_grid("name=2026-02-30,yes,1e5") == ("name", ["2026-02-30", "yes", 1e5])
