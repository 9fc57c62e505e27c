"""``kefulab shifts``: table, JSON, chart, the roster written back into a runnable scenario,
and one-line errors with exit status 2."""

from __future__ import annotations

import json

import pytest

from simulator.cli import main as cli_main
from simulator.scenario.loader import load_scenario

NEED = ",".join(str(v) for v in [0] * 8 + [1] * 10 + [0] * 6)


@pytest.fixture(autouse=True)
def only_shifts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_main, "COMMANDS", ("shifts", "run"))


def test_roster_table_json_chart_and_scenario(tmp_path, capsys) -> None:
    out_json, png, yml = tmp_path / "r.json", tmp_path / "r.png", tmp_path / "rostered.yaml"
    argv = ["shifts", "mmc_reference", "--requirement", NEED, "--lengths", "8", "--no-wrap"]
    argv += ["--json", str(out_json), "--chart", str(png), "--write-scenario", str(yml)]
    assert cli_main.main(argv) == 0
    out = capsys.readouterr().out
    assert "2 shifts, 14 paid agent-hours a day" in out and "bare requirement of 10" in out
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert (data["paid_hours"], data["requirement_hours"], data["agents"]) == (14, 10, 2)
    assert all(s["length_hours"] == 8 and s["paid_hours"] == 7 for s in data["shifts"])
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rostered = load_scenario(yml)
    assert list(rostered.agents.schedule) == data["coverage"]
    assert cli_main.main(["run", str(yml), "-n", "1", "--days", "1"]) == 0  # it simulates


def test_plan_file_supplies_the_requirement(tmp_path, capsys) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"simulated": [2] * 24}), encoding="utf-8")
    assert cli_main.main(["shifts", "mmc_reference", "--plan", str(plan), "--lengths", "8",
                          "--break", "0"]) == 0  # fmt: skip
    assert "6 shifts, 48 paid agent-hours" in capsys.readouterr().out


def test_default_requirement_is_the_scenarios_schedule(capsys) -> None:
    assert cli_main.main(["shifts", "mmc_reference", "--lengths", "6", "--break", "0"]) == 0
    assert "44 shifts, 264 paid agent-hours" in capsys.readouterr().out  # 11 agents x 24 h


def test_written_scenario_keeps_its_shrinkage(tmp_path, capsys) -> None:
    """The requirement counts scheduled agents; the scenario's shrinkage still applies."""
    yml = tmp_path / "out.yaml"
    argv = ["shifts", "mmc_reference", "--set", "agents.shrinkage=0.2", "--requirement"]
    argv += [",".join(["10"] * 24), "--lengths", "8", "--break", "0"]
    assert cli_main.main([*argv, "--write-scenario", str(yml)]) == 0
    out = load_scenario(yml)
    assert out.agents.shrinkage == 0.2 and set(out.agents.schedule) == {10}
    assert out.agents.on_duty(12) == 8


@pytest.mark.parametrize(
    ("extra", "needle"),
    [
        (
            ["--requirement", NEED, "--starts", "20-23", "--no-wrap"],
            "no allowed shift works at 08:00",
        ),
        (["--starts", "25"], "--starts: must be whole hours 0-23"),
        (["--lengths", "0-3,x"], "--lengths: must be whole hours 1-16"),
        (["--requirement", "1,2,3"], "--requirement: must be 24 comma-separated"),
        (["--break", "9"], "--break: must be a whole number of hours 0-4"),
        (["--lengths", "2", "--break-from", "2"], "cannot hold a 1 h break"),
    ],
)
def test_bad_rules_are_one_line(extra, needle, capsys) -> None:
    try:
        status = cli_main.main(["shifts", "mmc_reference", *extra])
    except SystemExit as exc:  # argparse errors
        status = exc.code
    assert status == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and needle in err[0]


def test_bad_plan_file_is_one_line(tmp_path, capsys) -> None:
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"simulated": [1.5] * 24}), encoding="utf-8")
    assert cli_main.main(["shifts", "mmc_reference", "--plan", str(plan)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "simulated" in err[0] and str(plan) in err[0]
