"""``--lang zh`` for compare, staff, shifts and the trainer's scorecard (issue 12 §7): Chinese
labels, shipped scenario and entry-point names, and no raw KPI, entry-point or dimension keys
in what people read; JSON keeps its machine keys."""

from __future__ import annotations

import json
import re

import pytest

from simulator.cli.main import main
from simulator.common.data import traffic_dir
from simulator.experiments.roi import PER_DAY_ITEMS, QUALITY_ITEMS
from simulator.metrics.kpis import KPI_NAMES
from simulator.roleplay.script import DIMENSIONS
from simulator.scenario.loader import load_scenario

TRAFFIC = traffic_dir()
DAILY = str(TRAFFIC / "tmall_daily.yaml")
WARM = str(TRAFFIC / "bot70_warm.yaml")
TINY = ["--set", "arrivals.sessions_per_day=600"]
NEED = ",".join(str(v) for v in [0] * 8 + [1] * 10 + [0] * 6)
MACHINE_KEYS = set(KPI_NAMES) | set(PER_DAY_ITEMS) | set(QUALITY_ITEMS)


def _keys_in(text: str, keys: set[str]) -> set[str]:
    """Which ``keys`` appear in ``text`` as whole identifiers (not inside a file path)."""
    words = set(re.findall(r"(?<![\w/.])[a-z][a-z0-9_]*(?![\w/.])", text))
    return words & keys


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default language comes from the locale: make it English unless a test says not."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


def test_compare_zh_has_chinese_labels_and_names_and_no_kpi_keys(tmp_path, capsys):
    out_json = tmp_path / "c.json"
    argv = ["compare", DAILY, WARM, *TINY, "-n", "2", "--lang", "zh", "--json", str(out_json)]
    assert main(argv) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "方案对比 (按现状)" in out and "(基准)" in out
    assert "天猫店铺·平日" in out  # the shipped scenario's Chinese name
    assert "平均首次响应时长" in out and "客服利润贡献" in out  # catalogue labels
    assert "回本周期" in out and "投资回报" in out
    body = out.split("\n", 3)[3]  # after the header and the legend (which names the files)
    assert _keys_in(body, MACHINE_KEYS) == set()
    for english in ("Comparison", "mean", "paired", "payback", "per day", "ROI of"):
        assert english not in out
    assert "已写入" in captured.err
    data = json.loads(out_json.read_text(encoding="utf-8"))  # JSON keeps machine keys
    assert "frt_mean_s" in json.dumps(data)


def test_compare_en_keeps_english(capsys):
    assert main(["compare", DAILY, WARM, *TINY, "-n", "2", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Comparison (as is)" in out and "frt_mean_s" in out and "方案" not in out


def test_staff_zh_prints_the_plan_in_chinese(capsys):
    argv = ["staff", "mmc_reference", "-n", "2", "--max-iterations", "2", "--workers", "1"]
    argv += ["--frt-threshold", "200", "--set", "horizon.days=1"]
    argv += ["--set", "arrivals.rate_per_hour=60", "--lang", "zh"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    out = captured.out
    assert "排班方案: M/M/c 参考模型" in out
    assert "时段" in out and "转人工量" in out and "当前未达标项" in out and "每天工时" in out
    for english in ("Staffing plan", "Targets", "handoffs", "agent-hours", "now misses",
                    "iteration", "simulated", "Reliability"):  # fmt: skip
        assert english not in out, english
    assert "排班: 第 1/2 轮" in captured.err


def test_shifts_zh_and_default_from_the_locale(monkeypatch, capsys):
    argv = ["shifts", "mmc_reference", "--requirement", NEED, "--lengths", "8", "--no-wrap"]
    assert main([*argv, "--lang", "zh"]) == 0
    zh = capsys.readouterr().out
    assert "班次" in zh and "休息" in zh and "2 个班次, 每天计薪 14 工时" in zh
    for english in ("shift", "needed", "at work", "paid", "break"):
        assert english not in zh, english
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(argv) == 0
    assert capsys.readouterr().out == zh
    assert main([*argv, "--lang", "en"]) == 0
    assert "2 shifts, 14 paid agent-hours a day" in capsys.readouterr().out


def test_report_assumptions_name_the_entry_points():
    from simulator.report.assumptions import _entries

    sc = load_scenario(DAILY)
    zh = _entries(sc, "zh")
    assert "hot_product" not in zh and "爆款" in zh and "%" in zh
    assert "hot_product" not in _entries(sc, "en")


def test_trainer_scorecard_zh_shows_no_dimension_or_ending_keys(tmp_path, capsys):
    from pathlib import Path

    transcripts = Path(__file__).resolve().parents[1] / "roleplay" / "transcripts"
    bad = transcripts / "late_delivery_angry_bad.yaml"
    argv = ["train", "late_delivery_angry", "--replay", str(bad), "--db", str(tmp_path / "p.db")]
    assert main(argv) == 0
    out = capsys.readouterr().out
    report = out[out.index("评分报告") :]
    assert "不指责" in report and "失分点" in report
    assert _keys_in(report, set(DIMENSIONS) | {"refund_forced"}) == set()
    assert "(被迫退款)" in report
