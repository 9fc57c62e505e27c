"""Sweeps: grid parsing, executor independence (in-process, process pool, Dask), fail-fast
validation, summaries, and the ``kefulab sweep`` command."""

from __future__ import annotations

import csv
import math
import multiprocessing
import time
from concurrent.futures import Executor, ProcessPoolExecutor

import pytest

from simulator.cli.main import main
from simulator.common.errors import InputError, ScenarioError
from simulator.experiments.sweep import SweepResult, grid_points, parse_grid, run_sweep
from simulator.metrics.kpis import KPI_NAMES
from simulator.metrics.stats import estimate
from simulator.scenario.loader import load_scenario
from tests.conftest import SCENARIOS

MMC = SCENARIOS / "traffic" / "mmc_reference.yaml"
#: M/M/c at 60 chats/h for one day: ~1,400 sessions, ~0.1 s per replication.
TINY = ["horizon.days=1", "horizon.warmup_hours=1", "arrivals.rate_per_hour=60"]
GRID = {"agents.count": [2, 3], "agents.reply_time.mean_s": [60, 90]}
SEED = 11


def tiny():
    return load_scenario(MMC, TINY)


# ---------------------------------------------------------------- parse_grid


@pytest.mark.parametrize(
    ("text", "path", "values"),
    [
        ("agents.count=8,10,12", "agents.count", [8, 10, 12]),
        ("agents.count=8:16:2", "agents.count", [8, 10, 12, 14, 16]),
        ("agents.count=8:15:2", "agents.count", [8, 10, 12, 14]),  # 15 is off the grid
        ("agents.count=12:8:-2", "agents.count", [12, 10, 8]),
        ("x.y=0.1:0.3:0.1", "x.y", [0.1, 0.2, 0.3]),  # no float drift: 0.1*3 != 0.3
        ("x.y=0.5:0.9:0.1", "x.y", [0.5, 0.6, 0.7, 0.8, 0.9]),
        ("x.y=0:1:0.25", "x.y", [0.0, 0.25, 0.5, 0.75, 1.0]),
        ("x.y=1e-3:3e-3:1e-3", "x.y", [0.001, 0.002, 0.003]),
        ("x.y=0.05,0.1", "x.y", [0.05, 0.1]),
        ("bot.enabled=true,false", "bot.enabled", [True, False]),
        ("handoff.mode=warm, cold", "handoff.mode", ["warm", "cold"]),
        (
            "customers.patience={dist: exponential, mean_s: 300},null",
            "customers.patience",
            [{"dist": "exponential", "mean_s": 300}, None],
        ),
        (" agents.count = 3", "agents.count", [3]),
    ],
)
def test_parse_grid_values(text, path, values):
    got_path, got = parse_grid(text)
    assert got_path == path
    assert got == values
    assert [type(v) for v in got] == [type(v) for v in values]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("agents.count", "PATH=V1,V2"),
        ("=1,2", "PATH=V1,V2"),
        ("agents.count=", "no values"),
        ("agents count=1", "dotted field path"),
        ("agents.count=1:5", "START:STOP:STEP"),
        ("agents.count=1:5:0", "STEP must not be 0"),
        ("agents.count=5:1:1", "flip its sign"),
        ("agents.count=0:1000000:1", "at most"),
        ("agents.count=1,,2", "not valid YAML"),
        ("agents.count=[1,2", "not valid YAML"),
        ("agents.count=1,2,1", "listed twice"),
    ],
)
def test_parse_grid_errors_name_the_option(text, fragment):
    with pytest.raises(InputError) as info:
        parse_grid(text)
    message = str(info.value)
    assert message.startswith(f"--grid {text!r}")
    assert fragment in message
    assert "\n" not in message


def test_grid_points_last_path_fastest():
    points = grid_points({"a.b": [1, 2], "c.d": ["x", "y", "z"]})
    assert [p.index for p in points] == list(range(6))
    assert points[1].params == {"a.b": 1, "c.d": "y"}
    assert points[3].params == {"a.b": 2, "c.d": "x"}
    assert points[3].overrides() == ["a.b=2", "c.d=x"]


# ---------------------------------------------------------------- same rows on every executor


def _same(a: list[dict], b: list[dict]) -> bool:
    """Exact equality of every cell, NaN equal to NaN."""
    if len(a) != len(b):
        return False
    for ra, rb in zip(a, b, strict=True):
        if list(ra) != list(rb):
            return False
        for k in ra:
            x, y = ra[k], rb[k]
            both_nan = isinstance(x, float) and isinstance(y, float) and math.isnan(x)
            if not (x == y or (both_nan and math.isnan(y))):
                return False
    return True


@pytest.fixture(scope="module")
def in_process() -> SweepResult:
    return run_sweep(tiny(), GRID, replications=2, seed=SEED)


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    )
    client = distributed.Client(cluster, set_as_default=False)
    yield client
    client.close()
    cluster.close()


def test_rows_are_flat_sorted_and_share_random_numbers(in_process):
    rows = in_process.rows
    assert [(r["point"], r["replication"]) for r in rows] == [
        (p, r) for p in range(4) for r in (0, 1)
    ]
    assert list(rows[0]) == ["point", "replication", "seed", *GRID, *KPI_NAMES]
    assert {r["seed"] for r in rows} == {SEED}
    assert [(r["agents.count"], r["agents.reply_time.mean_s"]) for r in rows[::2]] == [
        (2, 60),
        (2, 90),
        (3, 60),
        (3, 90),
    ]
    # common random numbers: replication r has the same arrivals at every point ...
    for rep in (0, 1):
        assert len({r["sessions"] for r in rows if r["replication"] == rep}) == 1
    assert rows[0]["sessions"] != rows[1]["sessions"]  # ... and replications differ
    # the grid reached the model: slower replies and fewer agents mean a longer first response
    frt = {(r["agents.count"], r["agents.reply_time.mean_s"]): r["frt_mean_s"] for r in rows[::2]}
    assert frt[(2, 90)] > frt[(2, 60)] > frt[(3, 60)]


def test_process_pool_gives_identical_rows(in_process):
    ctx = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(2, mp_context=ctx) as pool:
        pooled = run_sweep(tiny(), GRID, replications=2, seed=SEED, executor=pool)
    assert _same(pooled.rows, in_process.rows)


def test_dask_local_cluster_gives_identical_rows(in_process, dask_client):
    done = []
    result = run_sweep(
        tiny(),
        GRID,
        replications=2,
        seed=SEED,
        executor=dask_client.get_executor(pure=False),
        progress=done.append,
    )
    assert _same(result.rows, in_process.rows)
    assert [e.done for e in done] == list(range(1, 9)) and {e.total for e in done} == {8}
    assert _same(
        sorted((e.partial for e in done), key=lambda r: r["point"] * 2 + r["replication"]),
        result.rows,
    )


def test_cli_on_dask_scheduler_matches_in_process_csv(tmp_path, dask_client, capsys):
    local, remote = tmp_path / "local.csv", tmp_path / "dask.csv"
    common = ["sweep", str(MMC), "-n", "2", "--seed", str(SEED)]
    common += [a for s in TINY for a in ("--set", s)]
    common += ["--grid", "agents.count=2,3", "--grid", "agents.reply_time.mean_s=60:90:30"]
    assert main([*common, "--workers", "1", "--csv", str(local)]) == 0
    address = dask_client.scheduler.address
    assert main([*common, "--scheduler", address, "--csv", str(remote)]) == 0
    assert local.read_text(encoding="utf-8") == remote.read_text(encoding="utf-8")
    out = capsys.readouterr().out
    assert "4 point(s) x 2 replication(s)" in out and "frt_mean_s" in out


# ---------------------------------------------------------------- fail fast, summaries


class RecordingExecutor(Executor):
    """Counts submissions; a sweep with a bad point must submit nothing."""

    def __init__(self):
        self.submitted = 0

    def submit(self, fn, /, *args, **kwargs):  # pragma: no cover - must not be reached
        self.submitted += 1
        raise AssertionError("a simulation was submitted before every point validated")


def test_bad_grid_value_fails_before_any_simulation():
    executor = RecordingExecutor()
    grid = {"agents.count": [2, 3], "agents.concurrency": [1, 0]}
    with pytest.raises(ScenarioError) as info:
        run_sweep(tiny(), grid, replications=2, executor=executor)
    message = str(info.value)
    assert message.startswith("--grid agents.count=2, agents.concurrency=0 (sweep point 1)")
    assert "agents.concurrency" in message and "\n" not in message
    assert executor.submitted == 0


def test_cli_bad_grid_value_exits_2_with_one_line(capsys):
    code = main(["sweep", str(MMC), "--grid", "agents.concurrency=1,0", "--workers", "1"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0
    assert "sweep point 1" in err and "agents.concurrency" in err


def test_unreachable_scheduler_exits_2_quickly(capsys):
    pytest.importorskip("distributed")
    start = time.monotonic()
    code = main(["sweep", str(MMC), "--grid", "agents.count=2", "--scheduler", "tcp://127.0.0.1:9"])
    elapsed = time.monotonic() - start
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert "tcp://127.0.0.1:9" in err and err.count("\n") == 0
    assert elapsed < 3.0


def test_missing_dask_tells_how_to_install(monkeypatch, capsys):
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)  # import fails
    code = main(["sweep", str(MMC), "--grid", "agents.count=2", "--scheduler", "tcp://h:1"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert 'pip install "kefulab[cluster]"' in err


def test_summary_one_row_per_point_with_means_of_its_rows(in_process):
    summary = in_process.summary()
    assert [s["point"] for s in summary] == [0, 1, 2, 3]
    for s in summary:
        runs = [r for r in in_process.rows if r["point"] == s["point"]]
        assert len(runs) == 2
        for path in GRID:
            assert s[path] == runs[0][path]
        for name in KPI_NAMES:
            est = estimate([r[name] for r in runs])
            values = [r[name] for r in runs if not math.isnan(r[name])]
            if values:
                assert s[name] == pytest.approx(sum(values) / len(values), rel=1e-12)
            assert _same(
                [{"lo": s[f"{name}_ci_lo"], "hi": s[f"{name}_ci_hi"]}],
                [{"lo": est.lo, "hi": est.hi}],
            )


def test_csv_files_round_trip(in_process, tmp_path):
    rows_csv, summary_csv = tmp_path / "rows.csv", tmp_path / "summary.csv"
    in_process.write_csv(rows_csv)
    in_process.write_summary_csv(summary_csv)
    with open(rows_csv, encoding="utf-8-sig") as fh:  # the CSV starts with a BOM (Excel)
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8
    for got, want in zip(rows, in_process.rows, strict=True):
        assert int(got["point"]) == want["point"]
        assert int(got["agents.count"]) == want["agents.count"]
        assert float(got["frt_mean_s"]) == want["frt_mean_s"]  # full precision
        assert (
            got["conversion_rate"] == "" or float(got["conversion_rate"]) == want["conversion_rate"]
        )
    with open(summary_csv, encoding="utf-8-sig") as fh:
        summary = list(csv.DictReader(fh))
    assert len(summary) == 4
    assert {"frt_mean_s", "frt_mean_s_ci_lo", "frt_mean_s_ci_hi"} <= set(summary[0])
