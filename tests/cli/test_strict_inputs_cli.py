"""Issue 13 through the real entry point: strict data files, --set values and erlang bounds
give exit status 2 and one line on stderr naming the file or option."""

from __future__ import annotations

import os
import threading

import pytest

from simulator.cli.main import main
from tests.model.helpers import MMC, TRAFFIC

ERLANG = ["erlang", "--aht", "180", "--interval", "1800", "--target", "0.8", "--answer-time", "20"]


def _status(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse refuses an option value
        return int(exc.code or 0)


def _one_line(capsys) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_fifo_scenario_is_refused_at_once(tmp_path, capsys):
    fifo = tmp_path / "scenario.yaml"
    os.mkfifo(fifo)
    status: list[int] = []
    worker = threading.Thread(target=lambda: status.append(_status(["run", str(fifo)])))
    worker.daemon = True
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "kefulab run blocked on a FIFO"
    assert status == [2]
    assert f"{fifo}: is a FIFO (named pipe), expected a YAML file" in _one_line(capsys)


def test_duplicate_block_in_a_scenario_is_one_line(tmp_path, capsys):
    path = tmp_path / "dup.yaml"
    path.write_text(MMC.read_text(encoding="utf-8") + "agents:\n  count: 1\n", encoding="utf-8")
    assert _status(["run", str(path), "-n", "1"]) == 2
    line = _one_line(capsys)
    assert f"{path}:" in line and "'agents' appears twice" in line


def test_deep_set_value_is_one_line(capsys):
    value = "[" * 900 + "]" * 900
    assert _status(["run", str(MMC), "--set", f"horizon={value}", "--days", "2"]) == 2
    line = _one_line(capsys)
    assert "--set 'horizon=[[[" in line and "nested more than 50 levels" in line


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ("arrivals.rate_per_hour=1e30", "arrivals.rate_per_hour"),
        ("agents.count=100000000", "agents.count"),
        ("customers.locale=xx", "customers.locale"),
        ("agents.count=yes", "agents.count"),
    ],
)
def test_out_of_bounds_set_is_one_line(capsys, override, field):
    assert _status(["run", str(TRAFFIC / "mmc_reference.yaml"), "--set", override]) == 2
    line = _one_line(capsys)
    assert f"{MMC}:" in line and field in line


def test_erlang_refuses_a_huge_volume(capsys):
    assert _status([*ERLANG, "--volume", "1e12"]) == 2
    line = _one_line(capsys)
    assert "--volume" in line and "at most 10,000,000" in line and "'1e12'" in line


def test_erlang_refuses_a_load_beyond_one_calculation(capsys):
    argv = ["erlang", "--volume", "10000000", "--aht", "86400", "--interval", "1800"]
    assert _status([*argv, "--target", "0.8", "--answer-time", "20"]) == 2
    line = _one_line(capsys)
    assert "offered load 480,000,000 Erlangs" in line and "at most 100,000" in line


def test_erlang_refuses_a_huge_concurrency(capsys):
    assert _status([*ERLANG, "--volume", "10", "--concurrency", "1000000000000"]) == 2
    assert "--concurrency" in _one_line(capsys)


def test_calibrate_with_inf_in_the_history_names_file_and_row(tmp_path, capsys):
    path = tmp_path / "h.csv"
    path.write_text("timestamp,sessions\n2026-10-01 00:00,5\n2026-10-01 01:00,inf\n")
    assert _status(["calibrate", str(path), "--out", str(tmp_path / "out.yaml")]) == 2
    line = _one_line(capsys)
    assert f"{path}:3: column 'sessions'" in line
    assert not (tmp_path / "out.yaml").exists()
