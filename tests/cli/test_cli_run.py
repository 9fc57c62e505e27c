"""The ``kefulab run`` and ``kefulab validate`` commands, through the real entry point."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from simulator.cli.main import main
from simulator.metrics.kpis import KPI_NAMES
from tests.model.helpers import MMC, TRAFFIC

ISSUE_KPIS = {
    "sessions",
    "bot_resolved_share",
    "handoff_share",
    "abandon_rate",
    "frt_mean_s",
    "frt_p90_s",
    "frt_sla",
    "art_mean_s",
    "queue_wait_mean_s",
    "queue_wait_prob",
    "fcr_3day",
    "answer_ratio",
    "conversion_rate",
    "orders",
    "revenue",
    "csat_mean",
    "agent_occupancy",
    "cost_total",
    "cost_per_session",
    "profit",
}


def test_run_prints_table_and_writes_json_and_csv(tmp_path, capsys):
    out = tmp_path / "k.json"
    code = main(
        [
            "run",
            str(MMC),
            "-n",
            "2",
            "--seed",
            "3",
            "--days",
            "1",
            "--json",
            str(out),
            "--csv",
            str(tmp_path / "csv"),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "queue_wait_prob" in text and "95% CI" in text
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["seed"] == 3 and data["replications"] == 2 and data["scenario"] == str(MMC)
    assert set(data["kpis"]) >= ISSUE_KPIS and set(data["kpis"]) == set(KPI_NAMES)
    lo, hi = data["kpis"]["sessions"]["ci95"]
    assert lo <= data["kpis"]["sessions"]["mean"] <= hi
    assert len(data["replication_kpis"]) == 2
    sessions_csv = (tmp_path / "csv" / "sessions_r0.csv").read_text(encoding="utf-8")
    assert sessions_csv.splitlines()[0].endswith("customer_name")
    rows = list(csv.DictReader(io.StringIO(sessions_csv)))
    after_warmup = [r for r in rows if float(r["arrival_s"]) >= 2 * 3600]  # warmup_hours: 2
    assert len(after_warmup) == data["replication_kpis"][0]["sessions"]
    assert (tmp_path / "csv" / "hourly_r1.csv").exists()


def test_same_seed_same_json(tmp_path):
    paths = [tmp_path / "a.json", tmp_path / "b.json"]
    for p in paths:
        assert main(["run", str(MMC), "-n", "2", "--days", "1", "--json", str(p)]) == 0
    a, b = (json.loads(p.read_text()) for p in paths)
    assert a["kpis"] == b["kpis"]


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "simulator.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_bad_input_gets_one_line_and_exit_2(tmp_path):
    r = _cli("run", str(MMC), "--set", "agents.concurrency=0")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "agents.concurrency" in lines[0] and "Traceback" not in r.stderr
    r = _cli("run", str(tmp_path / "missing.yaml"))
    assert r.returncode == 2 and "file not found" in r.stderr
    r = _cli("run", str(MMC), "--replications", "zero")
    assert r.returncode == 2 and "--replications" in r.stderr


def test_validate_reports_every_problem(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(MMC.read_text().replace("  concurrency: 1", "  concurrency: 0\n  crowd: 2"))
    r = _cli("validate", str(bad), str(TRAFFIC / "tmall_daily.yaml"))
    assert r.returncode == 2
    assert "agents.concurrency" in r.stdout and "agents.crowd" in r.stdout
    assert "tmall_daily.yaml: ok" in r.stdout
    r = _cli("validate", *map(str, sorted(TRAFFIC.glob("*.yaml"))))
    assert r.returncode == 0, r.stdout
