"""``kefulab erlang``: output, JSON contract and one-line errors with exit status 2."""

from __future__ import annotations

import json

import pytest

from simulator.cli import main as cli_main

BASE = ["erlang", "--volume", "100", "--aht", "180", "--interval", "1800", "--target", "0.8"]
BASE += ["--answer-time", "20"]

JSON_KEYS = {
    "positions", "service_level", "wait_probability", "asa_s", "occupancy", "abandonment",
    "volume", "aht_s", "interval_s", "target", "answer_time_s", "patience_s", "concurrency",
    "shrinkage", "traffic_erlangs", "servers", "model",
}  # fmt: skip


@pytest.fixture(autouse=True)
def only_erlang(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the real ``kefulab`` parser with just this subcommand (others may be unfinished)."""
    monkeypatch.setattr(cli_main, "COMMANDS", ("erlang",))


def test_table_shows_the_worked_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main([*BASE, "--shrinkage", "0.3"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Erlang C: 10.00 Erlangs")
    lines = {line.split("  ")[1].strip(): line for line in out.splitlines()[1:]}
    assert "20" in lines["agents to schedule"]
    assert lines["agents on contacts"].split()[-1] == "14"
    assert "88.8% answered within 20 s" in lines["service level"]
    assert lines["P(wait)"].endswith("17.4%")
    assert lines["ASA"].endswith("7.8 s")  # 0.17413 * 180 / 4 = 7.84 s
    assert lines["occupancy"].endswith("71.4%")
    assert lines["abandonment"].endswith("-")


def test_json_erlang_c(tmp_path) -> None:
    out = tmp_path / "plan.json"
    assert cli_main.main([*BASE, "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= JSON_KEYS
    assert (data["model"], data["positions"], data["servers"]) == ("erlang_c", 14, 14)
    assert data["abandonment"] is None and data["patience_s"] is None
    assert data["traffic_erlangs"] == pytest.approx(10.0)
    assert data["service_level"] == pytest.approx(0.8883500191794669, rel=1e-12)  # pyworkforce


def test_json_erlang_a_with_concurrency_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["erlang", "--volume", "600", "--aht", "240", "--interval", "3600", "--target", "0.8"]
    argv += ["--answer-time", "30", "--patience", "120", "--concurrency", "3"]
    assert cli_main.main([*argv, "--shrinkage", "0.3", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)  # only JSON on stdout with '--json -'
    assert data["model"] == "erlang_a"
    assert 0 < data["abandonment"] < 0.2
    assert data["servers"] == 3 * data["raw_positions"]
    assert data["positions"] == -(-data["raw_positions"] * 10 // 7)  # ceil(raw / 0.7)
    assert data["service_level"] >= 0.8
    assert (data["concurrency"], data["patience_s"], data["shrinkage"]) == (3, 120.0, 0.3)


@pytest.mark.parametrize(
    ("option", "value", "allowed"),
    [
        ("--volume", "-5", "a number of contacts >= 0"),
        ("--aht", "0", "a number of seconds > 0"),
        ("--aht", "abc", "a number of seconds > 0"),
        ("--interval", "-1800", "a number of seconds > 0"),
        ("--target", "80", "a share strictly between 0 and 1"),
        ("--target", "1", "a share strictly between 0 and 1"),
        ("--answer-time", "-1", "a number of seconds >= 0"),
        ("--patience", "0", "a number of seconds > 0"),
        ("--patience", "inf", "a number of seconds > 0"),
        ("--concurrency", "0", "a whole number >= 1"),
        ("--concurrency", "1.5", "a whole number >= 1"),
        ("--shrinkage", "1", "a share in [0, 1)"),
        ("--max-occupancy", "0", "a share in (0, 1]"),
    ],
)
def test_bad_value_exits_2_with_one_line_error(
    capsys: pytest.CaptureFixture[str], option: str, value: str, allowed: str
) -> None:
    argv = [a for a in BASE]
    if option in argv:
        argv[argv.index(option) + 1] = value
    else:
        argv += [option, value]
    with pytest.raises(SystemExit) as exc:
        cli_main.main(argv)
    assert exc.value.code == 2
    errors = capsys.readouterr().err.splitlines()  # one line, no usage block
    assert len(errors) == 1
    assert f"kefulab erlang: {option}: must be {allowed}" in errors[0]
    assert repr(value) in errors[0]


def test_unwritable_json_is_an_input_error(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-dir" / "plan.json"
    assert cli_main.main([*BASE, "--json", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(target) in err[0] and "does not exist" in err[0]


def test_help_names_units_and_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli_main.main(["erlang", "--help"])
    assert exc.value.code == 0
    text = capsys.readouterr().out
    for needle in ("--patience SECONDS", "seconds", "0.8 = 80%", "example:", "kefulab erlang"):
        assert needle in text


CHAT = ["erlang", "--concurrency", "4", "--aht", "185", "--volume", "418", "--patience", "180"]
CHAT += ["--interval", "3600", "--target", "0.8", "--answer-time", "30"]


def test_chat_answer_respects_typing_and_says_it_is_a_lower_bound(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 12's example: the slot model alone answered 6 agents; the typing floor (45% of
    the AHT typed, at 85% typing occupancy) asks for 12, and the output points to staff."""
    assert cli_main.main(CHAT) == 0
    out = capsys.readouterr().out
    lines = {line.split("  ")[1].strip(): line for line in out.splitlines()[1:] if "  " in line}
    assert lines["agents to schedule"].split()[-1] == "12"
    assert lines["slot model alone"].split()[-1] == "6"
    assert lines["binding"].split()[-1] == "floor"
    assert "lower bound" in out and "kefulab staff" in out


def test_chat_json_carries_the_floor(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main([*CHAT, "--typing", "86", "--json", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["typing_floor"], data["queue_positions"], data["raw_positions"]) == (12, 6, 12)
    assert data["lower_bound"] is True and data["typing_s"] == 86.0


def test_typing_longer_than_the_aht_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main([*CHAT, "--typing", "200"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--typing" in err[0] and "at most --aht" in err[0]


def test_typing_without_concurrency_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main.main([*BASE, "--typing", "60"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--typing: only with --concurrency > 1" in err[0]
