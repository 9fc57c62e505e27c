"""Outputs a Chinese shop can use (issue 12, point 7): ``--lang`` on run and sweep, KPI labels
from the catalogue, shipped scenario and entry-point names, per-day figures, Excel-ready CSV
files, and what ``--set agents.count`` does to a schedule."""

from __future__ import annotations

import csv
import io
import json
import math

import pytest

from simulator.cli.i18n import default_lang
from simulator.cli.main import main
from simulator.cli.run import per_day_means
from simulator.common.csvformat import clock
from simulator.common.names import (
    SHIPPED_NAMES,
    entry_mix_text,
    entry_point_name,
    scenario_display_name,
)
from simulator.experiments.replications import run_replications
from simulator.metrics.catalogue import kpi_label
from simulator.metrics.kpis import KPI_NAMES
from simulator.scenario.loader import load_scenario

BOM = b"\xef\xbb\xbf"
#: A small ordinary day of the shipped shop (its schedule, entry points and bot kept).
SMALL = ["--set", "arrivals.sessions_per_day=1200"]
ENTRY_KEYS = ("hot_product", "promo_page", "order_page")


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def _no_raw_keys(text: str) -> list[str]:
    """KPI keys and entry-point keys that appear in ``text`` (a zh table must show none)."""
    return [k for k in (*KPI_NAMES, *ENTRY_KEYS) if k in text]


# ------------------------------------------------------------------ the default language


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW"}, "zh"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL wins
        ({"LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": ""}, "zh"),  # an empty variable does not count
        ({"LANG": "en_GB", "LC_MESSAGES": "zh_CN"}, "zh"),
    ],
)
def test_default_language_follows_the_locale(env, lang):
    assert default_lang(env) == lang


def test_run_without_lang_prints_chinese_under_a_chinese_locale(monkeypatch, capsys):
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["run", "mmc_reference", "-n", "1", "--days", "1"]) == 0
    out = capsys.readouterr().out
    assert "方案: M/M/c 参考模型" in out and kpi_label("frt_sla", "zh") in out


# ------------------------------------------------------------------ run


@pytest.fixture(scope="module")
def zh_run(tmp_path_factory):
    """``kefulab run tmall_daily --days 2 --lang zh --csv DIR --json FILE`` (small volume)."""
    folder = tmp_path_factory.mktemp("zh_run")
    argv = ["run", "tmall_daily", "-n", "2", "--days", "2", "--seed", "4", *SMALL]
    argv += ["--lang", "zh", "--csv", str(folder / "csv"), "--json", str(folder / "k.json")]
    capture = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(capture):
        code = main(argv)
    assert code == 0
    return capture.getvalue(), folder


def test_zh_run_shows_chinese_labels_and_names_and_no_raw_keys(zh_run):
    out, _ = zh_run
    assert out.splitlines()[0].startswith("方案: 天猫店铺·平日  (2 天, 2 次重复")
    assert "进线入口: 爆款商品页 35%、活动页 20%、订单页 30%、搜索 15%" in out
    assert "AI 机器人: 开" in out
    for name in KPI_NAMES:  # every KPI by its catalogue label, in Chinese
        assert kpi_label(name, "zh") in out
    assert _no_raw_keys(out) == []
    assert "Scenario" not in out and "mean" not in out


def test_multi_day_run_prints_one_line_per_day(zh_run):
    out, _ = zh_run
    lines = out.splitlines()
    day1 = [line for line in lines if line.startswith("第 1 天")]
    day2 = [line for line in lines if line.startswith("第 2 天")]
    assert len(day1) == 1 and len(day2) == 1
    assert not [line for line in lines if line.startswith("第 3 天")]
    assert "%" in day1[0] and "秒" in day1[0] and "¥" in day2[0]


def test_per_day_figures_add_up_to_the_whole_run():
    """The days partition the KPI window: their sessions, orders and agent-hours sum to the
    run's (per replication, so also in the mean)."""
    scenario = load_scenario("tmall_daily", ["arrivals.sessions_per_day=1200"], days=2)
    reps = run_replications(scenario, 2, seed=4, keep_results=True)
    days = per_day_means(reps)
    assert len(days) == 2
    whole = reps.summary()
    for kpi in ("sessions", "orders", "agent_hours", "cost_total"):
        assert sum(d[kpi] for d in days) == pytest.approx(whole[kpi].mean, rel=1e-9)
    assert all(0 < d["frt_sla"] <= 1 for d in days)


def test_single_day_run_prints_no_per_day_table(capsys):
    assert main(["run", "mmc_reference", "-n", "1", "--days", "1", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "每日指标" not in out and "第 1 天" not in out


def test_en_run_shows_labels_and_the_keys_to_type(capsys):
    assert main(["run", "mmc_reference", "-n", "1", "--days", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Scenario: M/M/c reference" in out and "Entry points: any entry 100%" in out
    assert "AI bot: off" in out
    row = next(line for line in out.splitlines() if line.startswith("Had to queue"))
    assert row.rstrip().endswith("queue_wait_prob")
    assert [line[:5] for line in out.splitlines() if line.startswith("day ")] == ["day 1", "day 2"]


# ------------------------------------------------------------------ CSV exports


def test_run_csv_files_have_a_bom_clock_times_and_no_nan(zh_run):
    _, folder = zh_run
    files = sorted((folder / "csv").glob("*.csv"))
    assert {f.name for f in files} >= {"replications.csv", "sessions_r0.csv", "hourly_r1.csv"}
    for path in files:
        assert path.read_bytes().startswith(BOM), path.name
        cells = [c for row in _rows(path) for c in row]
        assert not [c for c in cells if c.strip().lower() in ("nan", "inf", "-inf")]
    rows = _rows(folder / "csv" / "sessions_r0.csv")
    header, body = rows[0], rows[1:]
    col = {name: header.index(name) for name in header}
    assert header[col["arrival_s"] + 1 : col["arrival_s"] + 3] == ["arrival_day", "arrival_clock"]
    # sessions no human answered have no first response: an empty cell, not "nan"
    assert any(r[col["frt_s"]] == "" for r in body)
    for r in body[:: max(1, len(body) // 50)]:
        seconds = float(r[col["arrival_s"]])
        assert r[col["arrival_clock"]] == clock(seconds)
        assert int(r[col["arrival_day"]]) == int(seconds // 86400) + 1
    assert {r[col["arrival_day"]] for r in body} == {"1", "2"}
    hourly = _rows(folder / "csv" / "hourly_r0.csv")
    assert hourly[0][:4] == ["hour", "day", "hour_of_day", "clock"]
    assert [r[3] for r in hourly[1:25]] == [f"{h:02d}:00" for h in range(24)]


def test_clock_times():
    assert clock(0) == "00:00" and clock(30600) == "08:30" and clock(30599.9) == "08:29"
    assert clock(86400 + 3600) == "01:00" and clock(math.nan) == ""


# ------------------------------------------------------------------ sweep


def test_zh_sweep_names_fields_and_values_and_writes_excel_csv(tmp_path, capsys):
    rows_csv, summary_csv = tmp_path / "rows.csv", tmp_path / "summary.csv"
    argv = ["sweep", "tmall_daily", "--grid", "bot.enabled=true,false"]
    argv += ["--grid", "agents.concurrency=3,4", "-n", "1", "--days", "1", "--workers", "1"]
    argv += [*SMALL, "--lang", "zh", "--csv", str(rows_csv), "--summary-csv", str(summary_csv)]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("参数扫描: 天猫店铺·平日  (4 个组合 x 1 次重复")
    header = out.splitlines()[1]
    assert "启用 AI 机器人" in header and "并发上限" in header and "组合" in header
    assert kpi_label("frt_sla", "zh", short=True) in header
    body = out.splitlines()[3:7]
    assert sum(" 开 " in line for line in body) == 2 and sum(" 关 " in line for line in body) == 2
    assert _no_raw_keys(out) == [] and "bot.enabled" not in out
    assert "True" not in out and "true" not in out
    for path in (rows_csv, summary_csv):
        assert path.read_bytes().startswith(BOM)
        cells = [c for row in _rows(path) for c in row]
        assert not [c for c in cells if c.strip().lower() in ("nan", "inf", "-inf")]
    # one replication: no CI, so the CI columns are empty cells rather than "nan"
    summary = _rows(summary_csv)
    lo = summary[0].index("frt_sla_ci_lo")
    assert {r[lo] for r in summary[1:]} == {""}


# ------------------------------------------------------------------ agents.count vs schedule


def test_set_agents_count_replaces_the_schedule_and_says_so(tmp_path, capsys):
    out = tmp_path / "k.json"
    argv = ["run", "tmall_daily", "-n", "1", "--days", "1", *SMALL, "--lang", "en"]
    assert main([*argv, "--set", "agents.count=12", "--json", str(out)]) == 0
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if "note:" in line]
    assert len(notes) == 1
    assert "agents.count=12 replaces the scenario's hourly schedule" in notes[0]
    assert "181 agent-hours" in notes[0] and "12 agents every hour" in notes[0]
    # and it really ran with 12 agents every hour, not the schedule
    kpis = json.loads(out.read_text(encoding="utf-8"))["kpis"]
    assert kpis["agent_hours"]["mean"] == pytest.approx(12 * 24)


def test_no_note_without_a_schedule_or_without_count(capsys):
    assert main(["run", "mmc_reference", "-n", "1", "--days", "1", "--set", "agents.count=12"]) == 0
    assert "note:" not in capsys.readouterr().err
    argv = ["run", "tmall_daily", "-n", "1", "--days", "1", *SMALL]
    assert main(argv) == 0
    assert "note:" not in capsys.readouterr().err


def test_zh_note_and_grid_of_counts_on_a_schedule(capsys):
    argv = ["sweep", "tmall_daily", "--grid", "agents.count=10,12", "-n", "1", "--days", "1"]
    assert main([*argv, "--workers", "1", *SMALL, "--lang", "zh"]) == 0
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if "注意" in line]
    assert len(notes) == 1 and "--grid agents.count 取代方案的按小时排班" in notes[0]


# ------------------------------------------------------------------ names


def test_shipped_and_entry_point_names():
    assert scenario_display_name("tmall_daily", "Tmall shop, ordinary day", "zh") == "天猫店铺·平日"
    assert scenario_display_name(None, "My shop", "zh") == "My shop"
    assert entry_point_name("hot_product", "zh") == "爆款商品页"
    assert entry_point_name("my_entry", "zh") == "my_entry"
    assert entry_mix_text({"search": 0.25, "hot_product": 0.75}, "en") == (
        "search 25%, best-seller product page 75%"
    )
    assert set(SHIPPED_NAMES) == {
        "tmall_daily",
        "tmall_double11",
        "baseline_no_bot",
        "bot70_warm",
        "bot70_cold",
        "mmc_reference",
        "tmall_unpaid",
        "tmall_proactive",
        "tmall_kb_snowball",
    }


def test_a_local_file_named_like_a_shipped_one_keeps_its_own_name(tmp_path):
    local = tmp_path / "tmall_daily.yaml"
    local.write_text("x: 1\n", encoding="utf-8")
    assert scenario_display_name(local, "Our own shop", "zh") == "Our own shop"


def test_every_shipped_entry_point_has_a_name():
    from simulator.common.data import traffic_dir

    for stem in SHIPPED_NAMES:
        scenario = load_scenario(traffic_dir() / f"{stem}.yaml")
        for key in scenario.arrivals.entry_points:
            assert entry_point_name(key, "zh") != key, (stem, key)
